#!/usr/bin/env node
/**
 * Copies the header rules the build wrote to dist/_headers into netlify.toml,
 * between the "generated headers" markers, so both hold the same rules from
 * one source (src/lib/security-headers.ts). Run after a build that changes
 * code (the CSP carries hashes of the pages' inline style and script):
 *
 *   npm run build && npm run headers:netlify
 *
 * tests/deploy/netlify-toml.test.ts fails when the two differ. Content edits
 * never change the rules, so editors never need this.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseHeadersFile } from '../src/lib/security-headers.ts';

const BEGIN = '# BEGIN generated headers (npm run headers:netlify; do not edit by hand)';
const END = '# END generated headers';

const dist = process.argv[2] ?? 'dist';
const rules = parseHeadersFile(await readFile(`${dist}/_headers`, 'utf8'));
const toml = rules
  .map((rule) => [`[[headers]]`, `  for = ${JSON.stringify(rule.for)}`, `  [headers.values]`, ...Object.entries(rule.values).map(([name, value]) => `    ${name} = ${JSON.stringify(value)}`)].join('\n'))
  .join('\n\n');

const current = await readFile('netlify.toml', 'utf8');
const start = current.indexOf(BEGIN);
const end = current.indexOf(END);
const before = start >= 0 ? current.slice(0, start) : `${current.trimEnd()}\n\n`;
const after = end >= 0 ? current.slice(end + END.length) : '\n';
await writeFile('netlify.toml', `${before}${BEGIN}\n${toml}\n${END}${after}`);
console.log(`netlify.toml: ${rules.length} header rules written from ${dist}/_headers.`);
