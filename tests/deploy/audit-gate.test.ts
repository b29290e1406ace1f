/**
 * The audit gate (`npm run test:audit`, which `npm test` runs) must fail
 * when code that ships has a known high-severity advisory, so:
 *  - what ships to readers' browsers and to the editor's deploy is in
 *    `dependencies`, which `npm audit --omit=dev` checks;
 *  - the gate, run exactly as package.json writes it, fails on a planted
 *    vulnerable version (tests/deploy/fixtures/audit/shipped: lodash 4.17.20,
 *    GHSA-35jh-r3h4-6jhm, high), and passes when the same version is only a
 *    devDependency or when the fixed version is installed.
 *
 * npm asks the registry's advisory endpoint (a POST), which the machines that
 * run these tests cannot always reach (here the registry answers GET only).
 * So the gate runs against a local stand-in that answers as the registry
 * does, with that one public advisory: npm itself decides which installed
 * versions it covers and what the exit code is.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import { join, resolve as absolute } from 'node:path';
import { gunzipSync } from 'node:zlib';
import ts from 'typescript';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const FIXTURES = 'tests/deploy/fixtures/audit';

/** The public advisory, in the shape of the registry's bulk advisory answer. */
const LODASH_ADVISORY = {
  id: 1, // the registry's own number for it; npm only uses it as a key
  url: 'https://github.com/advisories/GHSA-35jh-r3h4-6jhm',
  title: 'Command Injection in lodash',
  severity: 'high',
  vulnerable_versions: '<4.17.21',
};

/** A cache of its own, so no saved answer from the real registry counts. */
const cache = mkdtempSync(join(tmpdir(), 'audit-gate-'));
let registry: Server;
let registryUrl = '';
/** What npm asked the advisory endpoint about, one body a run. */
const asked: Record<string, string[]>[] = [];
/** When set, the advisory endpoint refuses npm's POST, as the registry reached from CI here does. */
let refuse = false;

before(async () => {
  registry = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    if (req.method === 'POST' && req.url === '/-/npm/v1/security/advisories/bulk' && refuse) {
      res.writeHead(405).end();
      return;
    }
    if (req.method === 'POST' && req.url === '/-/npm/v1/security/advisories/bulk') {
      const body = JSON.parse((req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8')) as Record<string, string[]>;
      asked.push(body);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body.lodash ? { lodash: [LODASH_ADVISORY] } : {}));
      return;
    }
    // npm reads the package's versions to say whether a fix exists.
    if (req.method === 'GET' && req.url === '/lodash') {
      const versions = Object.fromEntries(['4.17.20', '4.17.21'].map((version) => [version, { name: 'lodash', version, dist: { tarball: `${registryUrl}lodash/-/lodash-${version}.tgz` } }]));
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ name: 'lodash', 'dist-tags': { latest: '4.17.21' }, versions }));
      return;
    }
    res.writeHead(404).end();
  });
  registry.listen(0, '127.0.0.1');
  await once(registry, 'listening');
  registryUrl = `http://127.0.0.1:${(registry.address() as { port: number }).port}/`;
});

after(() => {
  registry.close();
  rmSync(cache, { recursive: true, force: true });
});

/** Runs the test:audit script, as package.json writes it (its script file from this project), in a fixture project. */
function gate(fixture: string, env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      'sh',
      ['-c', pkg.scripts['test:audit']!.replace('scripts/', `${absolute('scripts')}/`)],
      { cwd: join(FIXTURES, fixture), env: { ...process.env, AUDIT_REQUIRED: '', npm_config_registry: registryUrl, npm_config_cache: cache, npm_config_update_notifier: 'false', ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

test('the gate audits shipped dependencies at high severity', () => {
  assert.equal(pkg.scripts['test:audit'], 'node scripts/audit.mjs');
  assert.match(readFileSync('scripts/audit.mjs', 'utf8'), /'audit', '--omit=dev', '--audit-level=high'/);
});

test('where the advisory endpoint refuses, the gate says nothing was checked, and fails when an audit is required', async () => {
  refuse = true;
  try {
    const lenient = await gate('shipped');
    assert.equal(lenient.code, 0, lenient.output);
    assert.match(lenient.output, /NOT CHECKED/);
    const required = await gate('shipped', { AUDIT_REQUIRED: '1' });
    assert.notEqual(required.code, 0, required.output);
    assert.match(required.output, /NOT CHECKED/);
  } finally {
    refuse = false;
  }
});

test('the gate fails on a shipped dependency with a high advisory', async () => {
  const { code, output } = await gate('shipped');
  assert.notEqual(code, 0, output);
  assert.match(output, /lodash/);
  assert.match(output, /GHSA-35jh-r3h4-6jhm/);
  assert.match(output, /high/i);
  assert.deepEqual(asked.at(-1), { lodash: ['4.17.20'] });
});

test('the gate passes the fixed version, and a devDependency is not audited (why shipped code must be a dependency)', async () => {
  const patched = await gate('patched');
  assert.equal(patched.code, 0, patched.output);
  assert.deepEqual(asked.at(-1), { lodash: ['4.17.21'] });
  const before = asked.length;
  const devOnly = await gate('dev-only');
  assert.equal(devOnly.code, 0, devOnly.output);
  // npm did not even ask about it.
  assert.ok(asked.length === before || !asked.at(-1)?.lodash, JSON.stringify(asked.at(-1)));
});

test('what ships to browsers and to the editor\'s deploy is a dependency, so the gate covers it', () => {
  const shipped = [
    'nhsuk-frontend', // styles and scripts on every page
    'workbox-core', 'workbox-precaching', 'workbox-routing', 'workbox-strategies', 'workbox-expiration', // bundled into sw.js
    'pagefind', // writes the search scripts and WebAssembly readers download
    '@keystatic/core', '@keystatic/astro', 'react', 'react-dom', '@astrojs/react', // the editor, in the browser and its function
    'astro', '@astrojs/netlify', // the editor's server function runs Astro's runtime on Netlify
  ];
  for (const name of shipped) {
    assert.ok(pkg.dependencies[name], `${name} ships, so it must be in "dependencies" (npm audit --omit=dev skips devDependencies)`);
    assert.ok(!pkg.devDependencies[name], `${name} is in both dependencies and devDependencies`);
  }
});

test('every package the browser scripts, the service worker and the editor import is a dependency', () => {
  const files = [
    ...readdirSync('src/scripts', { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts')).map((f) => join('src/scripts', f)),
    'src/integrations/service-worker/worker.ts',
    'keystatic.config.tsx',
  ];
  const packages = new Set<string>();
  for (const file of files) {
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      // virtual: modules are made by this project's own integrations (src/integrations/).
      if (/^(\.|\/|node:|astro:|virtual:)/.test(fileName)) continue;
      packages.add(fileName.startsWith('@') ? fileName.split('/').slice(0, 2).join('/') : fileName.split('/')[0]!);
    }
  }
  assert.ok(packages.has('workbox-precaching'), [...packages].join(', '));
  for (const name of packages) assert.ok(pkg.dependencies[name], `${name} is imported by code that ships: move it to "dependencies"`);
});

