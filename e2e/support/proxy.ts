/**
 * A plain HTTP proxy in front of a site's server, for offline tests: it can
 * hold back chosen addresses (a slow connection), drop every request (no
 * signal) and switch its upstream (a deploy). Plain HTTP, not Playwright's
 * routing, because the service worker's own fetches must be slowed too, and
 * Playwright attached to a worker stalls a new worker's activation.
 */
import { createServer, request as httpRequest } from 'node:http';

export interface Proxy {
  /** Addresses (paths) held back for the delay before they are passed on. */
  slow: Set<string>;
  /** When true, every request is dropped, as on a phone with no signal. */
  offline: boolean;
  /** The port requests go on to. */
  upstream: number;
  close(): Promise<void>;
}

export async function startProxy(port: number, upstream: number, delayMs: number): Promise<Proxy> {
  const proxy: Omit<Proxy, 'close'> = { slow: new Set(), offline: false, upstream };
  const server = createServer((req, res) => {
    if (proxy.offline) return void req.socket.destroy();
    const forward = () => {
      const out = httpRequest({ host: '127.0.0.1', port: proxy.upstream, path: req.url, method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      out.on('error', () => res.destroy());
      req.pipe(out);
    };
    if (proxy.slow.has(new URL(req.url ?? '/', 'http://x').pathname)) setTimeout(forward, delayMs);
    else forward();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return Object.assign(proxy, { close: () => new Promise<void>((resolve) => server.close(() => resolve())) });
}
