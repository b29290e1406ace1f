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
 *
 * Every response, redirects and errors included, carries the site's security
 * headers. A Location it makes itself is always a path on this site: an
 * address whose path could be read as another host (//x, /\x, %2F, %5C) is
 * not found, never redirected. A page address in capitals (/CRISIS/, from a
 * poster) is sent on to its lower-case page.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../src/lib/security-headers.ts';
import { parseRedirectsFile } from '../src/lib/redirects.ts';
import { isLocalPath } from '../src/lib/urls.ts';
import { foldPageAddress } from '../src/lib/address-case.ts';

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
// The rule for the whole site: sent with every response, even outside the base path.
const SITE_HEADERS = headersFor(headerRules, base);
const ORIGIN = 'http://localhost';

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

/** The headers _headers gives the request's path, the site's security headers at least. */
function headersOf(req) {
  let path = '/';
  try {
    path = new URL(`${ORIGIN}${req.url}`).pathname;
  } catch {
    // An address no URL parser reads still gets the site's headers.
  }
  return { ...SITE_HEADERS, ...headersFor(headerRules, path) };
}

/** A response with no page: a redirect, 405 or 500, with the same headers as any other. */
function answer(req, res, status, headers = {}, body = undefined) {
  res.writeHead(status, { 'Cache-Control': DEFAULT_CACHE, ...headersOf(req), ...headers }).end(body);
}

/** A redirect to a path this server made: only ever a path on this site. */
function redirectTo(req, res, path, search) {
  if (!isLocalPath(path, ORIGIN)) throw new Error(`refused to redirect to ${JSON.stringify(path)}`);
  answer(req, res, 301, { Location: path + search });
}

/**
 * A rule from _redirects: to a path here, or to an https:// address
 * content/redirects.yaml names. Like Netlify, the query goes along to a path here.
 */
function follow(req, res, rule, search) {
  if (/^https:\/\/[^/\\]/.test(rule.to)) return answer(req, res, rule.status, { Location: rule.to });
  if (!isLocalPath(rule.to, ORIGIN)) throw new Error(`refused the rule to ${JSON.stringify(rule.to)}`);
  answer(req, res, rule.status, { Location: rule.to + search });
}

async function notFound(req, res, status = 404) {
  const page = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
  send(req, res, status, page, 'text/html; charset=utf-8');
}

function send(req, res, status, body, type, extraHeaders = {}) {
  const headers = { 'Cache-Control': DEFAULT_CACHE, ...headersOf(req), 'Content-Type': type, Vary: 'Accept-Encoding', ...extraHeaders };
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
    // Read as the path it is: resolved against a base, //evil.example/ would become a host.
    const url = new URL(`${ORIGIN}${req.url?.startsWith('/') ? req.url : '/__bad-request__'}`);
    // A path that could be read as another host, or hides separators in
    // escapes, is no file's address: never decode it into one.
    if (!isLocalPath(url.pathname, ORIGIN)) return await notFound(req, res);
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return await notFound(req, res, 400);
    }
    if (`${url.pathname}/` === base) return redirectTo(req, res, base, url.search);
    // Outside the base path there is nothing: answer with the site's 404 page.
    pathname = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : '/__outside-base__';
    const rule = (path) => redirectRules.find((r) => r.from === path || r.from === `${path}/`);
    const redirect = rule(url.pathname);
    if (redirect) return follow(req, res, redirect, url.search);
    if (req.method === 'POST') {
      // Netlify Forms: accept the submission and show the page the form's action names.
      for await (const _chunk of req);
    } else if (req.method !== 'GET' && req.method !== 'HEAD') {
      return answer(req, res, 405, { Allow: 'GET, HEAD, POST' });
    }
    const found = await findFile(pathname);
    if (found.redirect) return redirectTo(req, res, `${url.pathname}/`, url.search);
    if (found.file) {
      const body = await readFile(found.file);
      send(req, res, 200, body, TYPES[extname(found.file)] ?? 'application/octet-stream');
      return;
    }
    // An address in capitals leads to its lower-case page, when there is one.
    const folded = foldPageAddress(url.pathname, base);
    if (folded && req.method !== 'POST') {
      const foldedRule = rule(folded);
      if (foldedRule) return follow(req, res, foldedRule, url.search);
      const page = folded.startsWith(base) ? await findFile(`/${decodeURIComponent(folded).slice(base.length)}`) : {};
      if (page.file) return redirectTo(req, res, folded, url.search);
    }
    await notFound(req, res, found.status ?? 404);
  } catch (error) {
    console.error(error);
    if (!res.headersSent) answer(req, res, 500, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Server error');
  }
});

// A request Node cannot parse (a tab or newline in the address) is answered here, still with the headers.
server.on('clientError', (_error, socket) => {
  if (!socket.writable) return socket.destroy();
  const headers = Object.entries(SITE_HEADERS).map(([name, value]) => `${name}: ${value}\r\n`).join('');
  socket.end(`HTTP/1.1 400 Bad Request\r\n${headers}Content-Length: 0\r\nConnection: close\r\n\r\n`);
});

// --port 0 takes a free port; the line below says which (tests read it).
server.listen(port, host, () => {
  console.log(`Serving ${root} at http://${host}:${server.address().port}/`);
});
