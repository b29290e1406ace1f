import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentSecurityPolicy, formActionSource, headerRules, headersFor, parseHeadersFile, reportEndpoint, sha256, toHeadersFile } from './security-headers.ts';

const inputs = { inlineScripts: ['console.log(1)'], inlineStyles: ['p{margin:0}', 'p{margin:0}'], formAction: '/feedback/thank-you/', base: '/' };

test('hashes are CSP source expressions of the exact text', () => {
  // echo -n 'p{margin:0}' | openssl dgst -sha256 -binary | base64
  assert.equal(sha256('p{margin:0}'), "'sha256-QRQPRLGyxt3RJiKpYNjpkgHcmHU2PywsfL2e8oI0LQA='");
});

test('the policy allows only this site, exact inline hashes and WebAssembly', () => {
  const csp = contentSecurityPolicy(inputs);
  assert.match(csp, /^default-src 'self'; /);
  assert.match(csp, new RegExp(`script-src 'self' 'wasm-unsafe-eval' ${sha256('console.log(1)')};`));
  assert.match(csp, new RegExp(`style-src 'self' ${sha256('p{margin:0}')};`));
  for (const directive of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'"]) assert.ok(csp.includes(directive), directive);
  assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'/);
});

test('a feedback form posting elsewhere allows that origin only', () => {
  assert.equal(formActionSource('/feedback/thank-you/'), "'self'");
  assert.equal(formActionSource('https://forms.example.nhs.uk/submit?x=1'), 'https://forms.example.nhs.uk');
});

test('no header is given twice for one path', () => {
  const rules = headerRules(inputs);
  for (const path of ['/', '/help-in-a-crisis/', '/_astro/site.css', '/sw.js', '/pagefind/fragment/en_1.pf_fragment', '/assets/images/favicon.svg']) {
    const names = rules.filter((rule) => (rule.for.endsWith('*') ? path.startsWith(rule.for.slice(0, -1)) : rule.for === path)).flatMap((rule) => Object.keys(rule.values));
    assert.equal(new Set(names).size, names.length, path);
  }
});

test('hashed files are immutable; the worker and search entry files revalidate', () => {
  const rules = headerRules(inputs);
  assert.equal(headersFor(rules, '/_astro/a.B1c2.js')['Cache-Control'], 'public, max-age=31536000, immutable');
  assert.equal(headersFor(rules, '/pagefind/index/en_1.pf_index')['Cache-Control'], 'public, max-age=31536000, immutable');
  assert.equal(headersFor(rules, '/sw.js')['Cache-Control'], 'public, max-age=0, must-revalidate');
  assert.equal(headersFor(rules, '/pagefind/pagefind-entry.json')['Cache-Control'], 'public, max-age=0, must-revalidate');
  assert.equal(headersFor(rules, '/help-in-a-crisis/')['X-Frame-Options'], 'DENY');
});

test('rules follow the base path', () => {
  const rules = headerRules({ ...inputs, base: '/peer-support/' });
  assert.deepEqual(rules.map((rule) => rule.for.startsWith('/peer-support/')), rules.map(() => true));
});

test('the _headers file reads back to the same rules', () => {
  const rules = headerRules(inputs);
  assert.deepEqual(parseHeadersFile(toHeadersFile(rules)), rules);
});

test('with CSP_REPORT_URL set, every response names the endpoint and the policy reports to it', () => {
  const reportTo = reportEndpoint('https://reports.example.nhs.uk/csp');
  assert.equal(reportTo, 'https://reports.example.nhs.uk/csp');
  const rules = headerRules({ ...inputs, reportTo });
  for (const path of ['/', '/help-in-a-crisis/', '/_astro/a.B1c2.js', '/sw.js']) {
    const headers = headersFor(rules, path);
    assert.equal(headers['Reporting-Endpoints'], 'csp-endpoint="https://reports.example.nhs.uk/csp"', path);
    assert.match(headers['Content-Security-Policy'] ?? '', /; report-to csp-endpoint$/, path);
  }
  // And it survives the _headers file.
  assert.deepEqual(parseHeadersFile(toHeadersFile(rules)), rules);
});

test('with CSP_REPORT_URL unset, there is no reporting at all, not even an empty header', () => {
  for (const unset of [undefined, '', '  ']) {
    const reportTo = reportEndpoint(unset);
    assert.equal(reportTo, undefined);
    const rules = headerRules({ ...inputs, reportTo });
    const text = toHeadersFile(rules);
    assert.doesNotMatch(text, /Reporting-Endpoints|report-to|report-uri/i);
    assert.ok(!('Reporting-Endpoints' in headersFor(rules, '/')));
  }
});

test('a CSP_REPORT_URL browsers would ignore, or that would break the headers, stops the build', () => {
  for (const bad of [
    'http://reports.example.nhs.uk/csp', // browsers only report over https
    '/csp',
    'reports.example.nhs.uk/csp',
    'https://reports.example.nhs.uk/a"b',
    'https://reports.example.nhs.uk/a,b="https://evil.example/"',
    'https://reports.example.nhs.uk/a; script-src *',
    'https://reports.example.nhs.uk/a b',
    'https://reports.example.nhs.uk/a\nX-Frame-Options: ALLOW',
    'https://user:secret@reports.example.nhs.uk/csp',
    'https://reports.example.nhs.uk/caf\u00e9',
  ]) {
    assert.throws(() => reportEndpoint(bad), /CSP_REPORT_URL is .* Set it to the full https:\/\/ address/, bad);
  }
});

