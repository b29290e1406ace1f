/**
 * scripts/serve.mjs, the local server every browser test runs against,
 * behaves like a careful CDN: no address makes it redirect to another host,
 * every response (redirects and errors too) has the security headers, and a
 * page address in capitals leads to the page. Sends raw requests, so the
 * address arrives exactly as an attacker would write it. Needs a default
 * build (npm test builds first).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { once } from 'node:events';
import { headersFor, parseHeadersFile } from '../../src/lib/security-headers.ts';

const OUT_DIR = process.env.OUT_DIR ?? 'dist';
const SITE_HEADERS = headersFor(parseHeadersFile(readFileSync(`${OUT_DIR}/_headers`, 'utf8')), '/');
let server: ChildProcess;
let port = 0;

before(async () => {
  server = spawn(process.execPath, ['scripts/serve.mjs', '--port', '0', '--dir', OUT_DIR, '--base', '/'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  for await (const chunk of server.stdout!) {
    out += chunk;
    const match = /at http:\/\/[\d.]+:(\d+)\//.exec(out);
    if (match) {
      port = Number(match[1]);
      break;
    }
  }
  assert.ok(port, `the server did not start: ${out}`);
});

after(async () => {
  server.kill();
  await once(server, 'exit');
});

interface Answer {
  status: number;
  headers: Record<string, string>;
}

/** One request, its target sent byte for byte as given (no client tidies it). */
async function raw(target: string, method = 'GET'): Promise<Answer> {
  const socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  socket.write(`${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
  let text = '';
  for await (const chunk of socket) text += chunk.toString('latin1');
  const [head = ''] = text.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(statusLine.split(' ')[1]), headers };
}

function assertSecurityHeaders(answer: Answer, what: string) {
  for (const [name, value] of Object.entries(SITE_HEADERS)) assert.equal(answer.headers[name.toLowerCase()], value, `${what}: ${name}`);
}

/** A Location, if any, must lead to this server: a browser resolves it against the page's address. */
function assertStaysHere(answer: Answer, what: string) {
  const location = answer.headers['location'];
  if (location === undefined) return;
  const here = `http://127.0.0.1:${port}`;
  assert.equal(new URL(location, `${here}/a/b/`).origin, here, `${what} redirected off-site to ${location}`);
  assert.ok(!/^[/\\]{2}|^\/\\|^[a-z][a-z0-9+.-]*:/i.test(location), `${what} sent a Location a browser could read as another host: ${location}`);
}

const HOSTILE = [
  '/%2Fevil.example%2F..%2Fpagefind',
  '/%2fevil.example%2f..%2fpagefind',
  '/%2F%2Fevil.example/',
  '//evil.example/',
  '//evil.example/..%2Fpagefind',
  '///evil.example/pagefind',
  '/\\evil.example/',
  '/\\\\evil.example/pagefind',
  '/%5Cevil.example/',
  '/%5C%5Cevil.example%5C..%5Cpagefind',
  '/.//evil.example/pagefind',
  '/pagefind/..//evil.example/',
  '/%2e%2e//evil.example/pagefind',
  '/pagefind%2F..%2F..%2F',
  '/%09/evil.example/pagefind',
  '/%0a/evil.example/pagefind',
  '/\t/evil.example/pagefind',
  '/%00/pagefind',
  'http://evil.example/pagefind',
  '//evil.example/CRISIS',
  '/CRISIS/..//evil.example/',
  '/Crisis%2F..%2F%2Fevil.example',
  '/%E0%A4%A',
];

test('no address makes the server redirect to another host, and each answer has the security headers', async () => {
  for (const target of HOSTILE) {
    for (const method of ['GET', 'HEAD', 'POST', 'DELETE']) {
      const answer = await raw(target, method);
      const what = `${method} ${JSON.stringify(target)} (${answer.status})`;
      assert.ok(answer.status >= 200, `${what}: no answer`);
      assertStaysHere(answer, what);
      assertSecurityHeaders(answer, what);
    }
  }
});

test('redirects, 404, 405 and errors carry the security headers, like pages', async () => {
  const cases: [string, string, number][] = [
    ['GET', '/', 200],
    ['GET', '/pagefind', 301], // a folder without its slash
    ['GET', '/crisis/', 301], // a rule in _redirects
    ['GET', '/CRISIS/', 301], // an address in capitals
    ['GET', '/no-such-page/', 404],
    ['DELETE', '/', 405],
    ['PUT', '/help-in-a-crisis/', 405],
    ['GET', '/%E0%A4%A', 400],
    ['GET', '/\t/', 400], // Node's own parser refuses it
  ];
  for (const [method, target, status] of cases) {
    const answer = await raw(target, method);
    assert.equal(answer.status, status, `${method} ${JSON.stringify(target)}`);
    assertSecurityHeaders(answer, `${method} ${JSON.stringify(target)}`);
  }
});

test('a page address in capitals leads to its page in one step; file names keep their case', async () => {
  const expected: [string, string][] = [
    ['/CRISIS/', '/help-in-a-crisis/'],
    ['/Crisis', '/help-in-a-crisis/'],
    ['/Help-In-A-Crisis/', '/help-in-a-crisis/'],
    ['/HELP-IN-A-CRISIS', '/help-in-a-crisis/'],
    ['/Help-In-A-Crisis/?from=poster', '/help-in-a-crisis/?from=poster'],
    ['/Feedback/Thank-You/', '/feedback/thank-you/'],
  ];
  for (const [from, to] of expected) {
    const answer = await raw(from);
    assert.equal(answer.status, 301, from);
    assert.equal(answer.headers['location'], to, from);
  }
  assert.equal((await raw('/help-in-a-crisis/')).status, 200);
  assert.equal((await raw('/No-Such-Page/')).status, 404);
  assert.equal((await raw('/SW.JS')).status, 404);
  assert.equal((await raw('/MANIFEST.WEBMANIFEST')).status, 404);
});
