/**
 * Hostile content, generated: whatever passes the checks must not run code,
 * load from another origin, link to javascript:/data:/vbscript:, or add a
 * redirect rule. The judges here are independent of the checks: the MDX
 * compiler the build uses (is any identifier of the planted code left in its
 * output?), the WHATWG URL parser after one round of HTML decoding, and a
 * _redirects reader that splits lines and fields as loosely as a CDN might.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { Parser } from 'acorn';
import { parseEntities } from 'parse-entities';
import { stringify } from 'yaml';
import { checkMdx, type CheckContext } from './mdx.ts';
import { parseContentFile } from './parse.ts';
import { checkRedirects } from './yaml.ts';
import { toRedirectsFile } from '../lib/redirects.ts';
import { walk, type ContentNode } from './tree.ts';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);
const SEED = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : undefined;
const settings = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };

const context: CheckContext = {
  components: ['ActionLink', 'Attachment', 'ContactCard', 'InsetText', 'PageLink'],
  contactIds: ['team'],
  pageIds: new Set(['index', 'help-in-a-crisis', 'feedback/thank-you']),
  contactPhones: new Map(),
  document: (href) => {
    if (href === '/documents/a.pdf') return { file: 'a.pdf', fileType: 'PDF', bytes: 1, fileSize: '1 KB' };
    throw new Error('no such document');
  },
};

// ---- Links to pages ----

test(`fuzz: a link to a page passes only when it names a page that exists (${RUNS} cases)`, () => {
  const known = [...context.pageIds];
  const near = fc.constantFrom(...known).chain((id) =>
    fc.constantFrom(id, ` ${id}`, `${id}/`, `/${id}`, id.toUpperCase(), `${id}.mdx`, `${id}/index`, id.replace('-', '_'), `../${id}`),
  );
  const page = fc.oneof(fc.constantFrom(...known), near, fc.string(), fc.string({ unit: 'binary' }));
  fc.assert(
    fc.property(page, (id) => {
      // Written as a literal in braces, so any string reaches the rule as it is.
      const parsed = parseContentFile('content/pages/x.mdx', `Read <PageLink page={${JSON.stringify(id)}}>this page</PageLink>.\n`);
      const refused = checkMdx(parsed, context).length > 0;
      assert.equal(refused, !context.pageIds.has(id), JSON.stringify(id));
    }),
    settings,
  );
});

// ---- MDX ----

/** The planted code always uses this name, so the compiled output shows whether any of it survived. */
const PLANTED = '__pwn';
const comment = fc.constantFrom('', '/* a */', '/**/', '/* } */', '// x\n', '/* a */ /* b */');
const code = fc.constantFrom(`${PLANTED}()`, `${PLANTED}.env.SECRET`, `(${PLANTED})`, `${PLANTED}\`x\``, `"${PLANTED}"`, '1', `...${PLANTED}`, `${PLANTED} = 1`);
/** Half of all expressions hold only comments (or nothing), so the checks also meet content they must pass. */
const maybeCode = fc.oneof(fc.constant(''), code);
const expression = fc.tuple(comment, maybeCode, comment).map(([a, b, c]) => `{${a} ${b} ${c}}`);
const safeScheme = fc.constantFrom('/', '/images/', '/documents/', 'https://www.nhs.uk/', 'mailto:a@nhs.net', 'tel:0115', '', '#');
const hostileScheme = fc.constantFrom(
  'javascript:', 'JaVaScRiPt:', ' javascript:', 'java\tscript:', 'java&#10;script:', '&#106;avascript:', '&#x6A;avascript&colon;',
  '&amp;#106;avascript:', 'jav&#x09;ascript:', '\u0001javascript:', 'data:text/html,', 'DATA:image/png,', 'vbscript:', 'https://evil.example/',
  '//evil.example/', '/\\evil.example/', '\\\\evil.example/', 'http://evil.example/',
);
const scheme = fc.oneof(safeScheme, hostileScheme);
const address = fc.tuple(scheme, fc.constantFrom(`${PLANTED}()`, 'x.png', 'alert(1)', '', 'a.pdf')).map(([a, b]) => a + b);
const attributeValue = fc.oneof(
  address.map((a) => `"${a.replaceAll('"', '&quot;')}"`),
  address.map((a) => `{${JSON.stringify(a)}}`),
  fc.tuple(comment, maybeCode).map(([a, b]) => `{${a}${b}}`),
);
const element = fc
  .tuple(
    fc.constantFrom('a', 'ActionLink', 'InsetText', 'span', 'img', 'script', 'Attachment', 'ContactCard', 'div'),
    fc.constantFrom('href', 'src', 'title', 'onClick', 'onmouseover', 'style', 'poster', 'action', 'contact', 'srcset', 'xlink:href'),
    attributeValue,
  )
  .map(([tag, name, value]) => `<${tag} ${name}=${value}>x</${tag}>`);
const spread = fc.constantFrom(`<InsetText {...${PLANTED}}>x</InsetText>`, `<span {...{a: ${PLANTED}()}}>x</span>`);
const markdownLink = fc
  .tuple(fc.constantFrom('[x](', '![x]('), address, fc.boolean())
  .map(([open, url, angle]) => (angle ? `${open}<${url.replaceAll('>', '')}>)` : `${open}${url.replaceAll(/[\s()]/g, '')})`));
const definition = fc.tuple(fc.constantFrom('[x][r]', '![x][r]', '[r]'), address).map(([use, url]) => `${use}\n\n[r]: <${url.replaceAll(/[<>\n]/g, '')}>`);
const esm = fc.constantFrom(`import ${PLANTED} from "node:child_process"`, `export const a = ${PLANTED}()`, `export { ${PLANTED} }`);
const style = fc
  .tuple(fc.constantFrom('url(', 'URL(', 'u\\72l(', 'image-set('), address)
  .map(([fn, url]) => `<span style="background:${fn}${url.replaceAll('"', '')})">x</span>`);
const text = fc.constantFrom('Some text.', 'A { brace', '\\{ escaped \\}', '<', '}', `${PLANTED} as text`, 'https://evil.example/x.png');
const fragments = fc.constantFrom('{', '}', '/*', '*/', ' ', '\n', `${PLANTED}()`, '<a href="', '">', '</a>', '[x](', ')', 'javascript:', '&#106;', '`', '${', '<>', '</>');
const soup = fc.array(fragments, { maxLength: 10 }).map((parts) => parts.join(''));
const block = fc.oneof(
  { weight: 3, arbitrary: expression },
  { weight: 3, arbitrary: element },
  { weight: 1, arbitrary: spread },
  { weight: 3, arbitrary: markdownLink },
  { weight: 2, arbitrary: definition },
  { weight: 1, arbitrary: esm },
  { weight: 1, arbitrary: style },
  { weight: 3, arbitrary: text },
  { weight: 1, arbitrary: soup },
);
const mdxBody = fc.tuple(fc.array(block, { minLength: 1, maxLength: 3 }), fc.constantFrom('\n\n', ' ', '\n')).map(([blocks, join]) => blocks.join(join));

const DANGEROUS = new Set(['javascript:', 'data:', 'vbscript:']);
const SITE = 'https://site.invalid/';
/** A browser reads an attribute value once through HTML decoding, then the URL parser. */
const browserUrl = (value: string): URL | undefined => {
  try {
    return new URL(parseEntities(value), SITE);
  } catch {
    return undefined;
  }
};
const URL_ATTRIBUTES = new Set(['href', 'action', 'formaction', 'xlink:href', 'cite']);
const LOADED_ATTRIBUTES = new Set(['src', 'poster', 'srcset', 'background', 'data']);

/** Every identifier in a JavaScript program. */
function identifiers(program: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(program)) for (const item of program) identifiers(item, found);
  else if (program && typeof program === 'object') {
    const node = program as { type?: string; name?: string };
    if ((node.type === 'Identifier' || node.type === 'JSXIdentifier') && node.name) found.add(node.name);
    for (const value of Object.values(node)) if (value && typeof value === 'object') identifiers(value, found);
  }
  return found;
}

test(`fuzz: generated MDX that passes the checks runs no code and loads or links nothing unsafe (${RUNS} cases)`, async () => {
  const started = performance.now();
  let passed = 0;
  let refused = 0;
  await fc.assert(
    fc.asyncProperty(mdxBody, async (body) => {
      const source = `---\ntitle: Fuzz\n---\n\n${body}\n`;
      let parsed;
      try {
        parsed = parseContentFile('fuzz.mdx', source);
      } catch {
        refused++;
        return; // The build cannot compile it either.
      }
      if (checkMdx(parsed, context).length) {
        refused++;
        return;
      }
      passed++;
      // 1. The build's compiler keeps no identifier of the planted code.
      const compiled = String(await compile(body, { remarkPlugins: [remarkGfm] }));
      const program = Parser.parse(compiled, { ecmaVersion: 'latest', sourceType: 'module' });
      assert.ok(!identifiers(program).has(PLANTED), `code survived in:\n${body}\n---\n${compiled}`);
      // 2. No link to a code scheme; nothing loaded from another origin; no inline style.
      walk(parsed.tree, (node: ContentNode) => {
        if ((node.type === 'link' || node.type === 'definition') && node.url !== undefined) {
          assert.ok(!DANGEROUS.has(browserUrl(node.url)?.protocol ?? ''), `link ${node.url}`);
        }
        if (node.type === 'image' && node.url !== undefined) assert.equal(browserUrl(node.url)?.origin, new URL(SITE).origin, `image ${node.url}`);
        for (const attribute of node.attributes ?? []) {
          const name = attribute.name?.toLowerCase() ?? '';
          const value = typeof attribute.value === 'string' ? attribute.value : undefined;
          assert.notEqual(name, 'style', 'no inline style');
          if (value === undefined) continue;
          if (URL_ATTRIBUTES.has(name)) assert.ok(!DANGEROUS.has(browserUrl(value)?.protocol ?? ''), `${name}=${value}`);
          if (LOADED_ATTRIBUTES.has(name)) assert.equal(browserUrl(value)?.origin, new URL(SITE).origin, `${name}=${value}`);
        }
      });
    }),
    settings,
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`MDX fuzz: ${RUNS} cases in ${seconds} s, ${passed} passed the checks and were judged, ${refused} refused.`);
  assert.ok(passed >= RUNS / 10, `too few cases passed to judge anything (${passed})`);
  assert.ok(refused >= RUNS / 10, `too few hostile cases were refused (${refused})`);
});

// ---- redirects ----

const piece = fc.constantFrom(
  '/', 'a', 'crisis', 'https://', 'evil.example', 'www.nhs.uk', ' ', '\n', '\r', '\t', '\v', '\f', '\u2028', '\u0085', '\u00a0', '\u3000', '\u200b',
  ':splat', ':name', '*', '!', '200', '301', '200!', '#', '?', ':', '..', '\\', '%0a', '\0',
);
const field = fc.oneof(
  { weight: 4, arbitrary: fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom('/crisis/', '/help-in-a-crisis/', 'https://www.nhs.uk/') },
);
const rules = fc.array(fc.record({ from: field, to: field }), { maxLength: 5 });

/** Lines and fields as the loosest reader would split them: any line break, any white space. */
function readLoosely(file: string): string[][] {
  return file
    .split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/)
    .filter((line) => line.trim() !== '')
    .map((line) => line.trim().split(/[\s\p{Z}\p{Cc}\p{Cf}]+/u));
}

/** A rule as written: exactly from, to and 301, and no pattern, flag or placeholder. */
function assertPlainRules(file: string, count: number): void {
  const lines = readLoosely(file);
  assert.equal(lines.length, count, `one line per rule:\n${JSON.stringify(file)}`);
  for (const fields of lines) {
    assert.equal(fields.length, 3, `three fields: ${JSON.stringify(fields)}`);
    assert.equal(fields[2], '301');
    for (const part of fields.slice(0, 2)) assert.doesNotMatch(part, /[*!]|(^|\/):/, `no pattern or flag: ${part}`);
  }
}

test(`fuzz: a redirects file that passes the schema writes exactly one plain rule per redirect (${RUNS} cases)`, () => {
  const started = performance.now();
  let passed = 0;
  fc.assert(
    fc.property(rules, fc.constantFrom('/', '/peer-support/'), (items, base) => {
      const { rules: checked, problems } = checkRedirects('redirects.yaml', stringify(items));
      if (problems.length) return;
      passed++;
      assertPlainRules(toRedirectsFile(checked, base), checked.length);
    }),
    settings,
  );
  console.log(`Redirects fuzz (schema, then writer): ${RUNS} cases in ${((performance.now() - started) / 1000).toFixed(2)} s, ${passed} passed the schema.`);
  assert.ok(passed >= RUNS / 10, `too few cases passed to judge anything (${passed})`);
});

test(`fuzz: the _redirects writer alone refuses any rule that would add another (${RUNS} cases)`, () => {
  let written = 0;
  fc.assert(
    fc.property(rules, (items) => {
      let file: string;
      try {
        file = toRedirectsFile(items, '/');
      } catch {
        return;
      }
      written++;
      assertPlainRules(file, items.length);
    }),
    settings,
  );
  console.log(`Redirects fuzz (writer without the schema): ${RUNS} cases, ${written} written.`);
});
