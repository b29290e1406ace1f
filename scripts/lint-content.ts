#!/usr/bin/env node
/**
 * npm run lint:content: checks every page and notice in content/ against the
 * NHS.UK content style guide, prints each message (file, line, column, what
 * to do, rule), pages due a review, and every page's reading age. Exits with
 * 1 when there are style errors; warnings and notices never fail it.
 *
 *   node scripts/lint-content.ts [--summary] [--workers N]
 *
 * --summary prints the totals and errors only (for thousands of pages);
 * --workers N checks in N worker threads, or "auto" for one a core when each gets 150 files
 * or more. The default is this thread: on the project's shared 2-core machine, 1,000 pages
 * took 5.5 s in one thread and 6.9 s in two workers (each loads the code again).
 * CONTENT_DIR, BASE_PATH and BUILD_DATE work as they do for the build.
 */
import { enableCompileCache } from 'node:module';
import { parseArgs } from 'node:util';

// Keeps compiled code (TypeScript with its types stripped) between runs, which halves the
// start-up time; so the rest is imported after this line.
enableCompileCache('node_modules/.cache/node-compile');
const { checkSiteContent } = await import('../src/content-style/site-content.ts');
const { formatByRule, formatMessages, formatReadingAges, formatMessage, summaryLine, totals } = await import('../src/content-style/report.ts');
const { annotation } = await import('../src/content-style/annotations.ts');

const { values } = parseArgs({ options: { summary: { type: 'boolean', default: false }, workers: { type: 'string' } } });
const workers = values.workers === undefined ? 0 : values.workers === 'auto' ? 'auto' : Number(values.workers);

const { pages } = await checkSiteContent(workers);
// From the start of the process, so the figure includes loading the code and the dictionary;
// CPU time of all its threads too, which other work on a shared machine does not change.
const seconds = performance.now() / 1000;
const cpu = process.cpuUsage();
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const errors = pages.flatMap((page) => page.messages).filter((message) => message.severity === 'error');
const lines = values.summary
  ? [summaryLine(pages, seconds, cpuSeconds), ...errors.map(formatMessage), ...formatByRule(pages)]
  : [summaryLine(pages, seconds, cpuSeconds), ...formatMessages(pages), ...formatByRule(pages), ...formatReadingAges(pages)];
console.log(lines.join('\n'));
// In GitHub Actions, each message also as an annotation on its file and line in the pull request.
if (process.env.GITHUB_ACTIONS === 'true') console.log(pages.flatMap((page) => page.messages).map(annotation).join('\n'));
process.exitCode = totals(pages).error > 0 ? 1 : 0;
