/**
 * The editor's Netlify site, built and served on this machine as Netlify
 * builds and serves it: Netlify Build (the program Netlify's build servers
 * run, which netlify-cli wraps) with "Package directory" set to `editor`,
 * then netlify-cli's local server, offline.
 *
 *   node scripts/editor-netlify.mjs [--port 8888] [--no-build]
 *
 * netlify-cli finds a package directory only in an npm workspace, which this
 * repository is not, so the build is run with Netlify Build's own
 * --packagePath flag, and the server is started inside editor/ with the
 * functions Netlify Build packaged from editor/.netlify/v1/functions/.
 * Edge functions are off: they need Deno, which is downloaded on first use.
 */
import { spawn, spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { port: { type: 'string', default: '8888' }, 'no-build': { type: 'boolean', default: false } } });
const env = { ...process.env, NETLIFY_TELEMETRY_DISABLED: '1' };

if (!values['no-build']) {
  const build = spawnSync(process.execPath, ['node_modules/@netlify/build/bin.js', '--offline', '--packagePath', 'editor'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(
  process.execPath,
  [
    '../node_modules/netlify-cli/bin/run.js',
    'dev',
    '--offline',
    '--internal-disable-edge-functions',
    '--dir', '../dist-editor',
    '--functions', '.netlify/v1/functions',
    '--port', values.port,
    '--no-open',
    '--skip-gitignore',
  ],
  { cwd: 'editor', stdio: 'inherit', env },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
