#!/usr/bin/env node
/**
 * npm run content:report: writes the content team's report (every page's
 * title, address, review dates, owner, reading age and style counts) as one
 * Markdown file and prints its path. reports/ is not published with the site.
 *
 *   node scripts/content-report.ts [--out reports/content-report.md]
 *
 * CONTENT_DIR, BASE_PATH and BUILD_DATE work as they do for the build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';

// As in lint-content.ts: compiled code is kept between runs, so the rest is imported after this.
enableCompileCache('node_modules/.cache/node-compile');
const { checkSiteContent } = await import('../src/content-style/site-content.ts');
const { contentReport } = await import('../src/content-style/content-report.ts');

const { values } = parseArgs({ options: { out: { type: 'string', default: 'reports/content-report.md' } } });
const { today, pages } = await checkSiteContent();
const out = resolve(values.out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, contentReport(pages, today));
console.log(`Content report for ${pages.length} pages written to ${out}`);
