#!/usr/bin/env node
/**
 * Serves the built site (dist/) the way a CDN would: directory indexes,
 * trailing-slash redirects, the 404 page with status 404, compression, the
 * headers in dist/_headers and the redirects in dist/_redirects, and form
 * POSTs answered like Netlify Forms (the form's action page, status 200).
 * Used by `npm start` and the Playwright tests, so both see the same thing.
 *
 *   node scripts/serve.mjs [--port 4321] [--dir dist] [--base /peer-support/]
 *
 * --base serves the site under a sub-path, as a trust hosting it at
 * /peer-support/ would (build it with BASE_PATH to match).
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../src/lib/security-headers.ts';
import { parseRedirectsFile } from '../src/lib/redirects.ts';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const root = resolve(option('dir', process.env.OUT_DIR ?? 'dist'));
const port = Number(option('port', process.env.PORT ?? 4321));
const host = option('host', '127.0.0.1');
const base = `/${option('base', process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

const headerRules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8').catch(() => ''));
const redirectRules = parseRedirectsFile(await readFile(join(root, '_redirects'), 'utf8').catch(() => ''));
// Netlify's default for anything the rules leave alone (pages, mostly).
const DEFAULT_CACHE = 'public, max-age=0, must-revalidate';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json|wasm))|image\/svg/;

async function findFile(pathname) {
  const file = resolve(root, `.${pathname}`);
  if (file !== root && !file.startsWith(root + sep)) return { status: 400 };
  const info = await stat(file).catch(() => null);
  if (info?.isFile()) return { file };
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
    const index = join(file, 'index.html');
    if (await stat(index).catch(() => null)) return { file: index };
  }
  return { status: 404 };
}

function send(req, res, status, body, type, extraHeaders = {}) {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const headers = { 'Cache-Control': DEFAULT_CACHE, ...headersFor(headerRules, path), 'Content-Type': type, Vary: 'Accept-Encoding', ...extraHeaders };
  const accept = String(req.headers['accept-encoding'] ?? '');
  let payload = body;
  if (COMPRESSIBLE.test(type) && body.length > 512) {
    if (/\bbr\b/.test(accept)) {
      payload = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
      headers['Content-Encoding'] = 'br';
    } else if (/\bgzip\b/.test(accept)) {
      payload = gzipSync(body, { level: 9 });
      headers['Content-Encoding'] = 'gzip';
    }
  }
  headers['Content-Length'] = payload.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : payload);
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/__bad-request__';
    }
    if (`${pathname}/` === base) {
      res.writeHead(301, { Location: base }).end();
      return;
    }
    // Outside the base path there is nothing: answer with the site's 404 page.
    pathname = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : '/__outside-base__';
    const redirect = redirectRules.find((rule) => rule.from === url.pathname || rule.from === `${url.pathname}/`);
    if (redirect) {
      res.writeHead(redirect.status, { Location: redirect.to, ...headersFor(headerRules, url.pathname) }).end();
      return;
    }
    if (req.method === 'POST') {
      // Netlify Forms: accept the submission and show the page the form's action names.
      for await (const _chunk of req);
    } else if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD, POST' }).end();
      return;
    }
    const found = await findFile(pathname);
    if (found.redirect) {
      res.writeHead(301, { Location: base + found.redirect.slice(1) + url.search }).end();
      return;
    }
    if (found.file) {
      const body = await readFile(found.file);
      send(req, res, 200, body, TYPES[extname(found.file)] ?? 'application/octet-stream');
      return;
    }
    const notFound = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
    send(req, res, found.status ?? 404, notFound, 'text/html; charset=utf-8');
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
});

server.listen(port, host, () => {
  console.log(`Serving ${root} at http://${host}:${port}/`);
});
