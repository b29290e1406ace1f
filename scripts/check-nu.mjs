#!/usr/bin/env node
/**
 * Every built page through the W3C Nu HTML Checker (vnu-jar, needs Java 11
 * or later: .ci/run installs Debian's default-jre-headless when it is missing).
 * It finds what html-validate does not, such as a <script> after </html>.
 * Any error fails the run, except the few messages listed below, each a
 * known gap in the checker rather than in the page.
 *
 *   node scripts/check-nu.mjs [dist]
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';

/** Messages that are not errors in the pages, with why. */
const KNOWN_GAPS = [
  // Nu's CSS checker predates CSS shapes: nhsuk-frontend draws its icons' outlines with clip-path: path() and shape().
  { pattern: /CSS: “clip-path”: “(path|shape)\(/, why: 'clip-path path() and shape()' },
  // nhsuk-frontend's icons use the mask shorthand with position/size ("0 0/1.5rem 1.5rem"), which Nu does not parse.
  { pattern: /CSS: “mask”: Too many values/, why: 'mask shorthand with a size' },
  // nhsuk-frontend's header logo sets height: intrinsic for old Safari; browsers that do not know it ignore it.
  { pattern: /CSS: “height”: Too many values/, why: 'height: intrinsic' },
  // nhsuk-frontend's "@media screen\0" hack for old Internet Explorer; other browsers skip the rule.
  { pattern: /CSS: unrecognized media “screen/, why: '@media screen\\0' },
  // Netlify reads this attribute when it deploys and removes it from the pages it serves.
  { pattern: /Attribute “netlify-honeypot” not allowed on element “form”/, why: 'netlify-honeypot' },
];

const files = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.html'))
  .map((file) => join(dist, file));
if (files.length === 0) {
  console.error(`No pages in ${dist}/: run npm run build first.`);
  process.exit(1);
}

const jar = join(createRequire(import.meta.url).resolve('vnu-jar/package.json'), '..', 'build', 'dist', 'vnu.jar');
const problems = [];
const ignored = new Map();
// A few hundred files a run keeps the command line short on a large site.
for (let at = 0; at < files.length; at += 500) {
  const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'gnu', ...files.slice(at, at + 500)], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) {
    console.error(`The Nu HTML Checker could not run (${run.error.message}). It needs Java: install Debian's default-jre-headless, or any Java 11 or later.`);
    process.exit(1);
  }
  for (const line of `${run.stdout}${run.stderr}`.split('\n').filter(Boolean)) {
    const gap = KNOWN_GAPS.find(({ pattern }) => pattern.test(line));
    if (gap) ignored.set(gap.why, (ignored.get(gap.why) ?? 0) + 1);
    else problems.push(line.replace(/^"file:[^"]*\/(dist\/[^"]*)"/, '$1'));
  }
}

const skipped = [...ignored].map(([why, n]) => `${why} (${n})`).join(', ');
if (problems.length) {
  console.error(`The Nu HTML Checker found ${problems.length} error(s) in ${files.length} pages:\n  ${problems.slice(0, 50).join('\n  ')}`);
  process.exit(1);
}
console.log(`Nu HTML Checker: no errors in ${files.length} pages${skipped ? ` (known checker gaps skipped: ${skipped})` : ''}.`);
