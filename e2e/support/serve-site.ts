/** Serves a built site with scripts/serve.mjs on its own port, for specs that build their own. */
import { spawn } from 'node:child_process';

/**
 * A port for a spec's own server, offset from E2E_PORT, so two checkouts can run
 * their suites side by side by setting E2E_PORT and E2E_NETLIFY_PORT.
 */
export function specPort(offset: number): number {
  return Number(process.env.E2E_PORT ?? 4329) + offset;
}

export interface RunningSite {
  origin: string;
  stop(): void;
}

export async function serveSite(dir: string, port: number, base = '/'): Promise<RunningSite> {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dir, '--port', String(port), '--base', base], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    // The body is read, so the connection is never left half-used.
    if (await fetch(`${origin}${base}`).then(async (r) => (await r.arrayBuffer(), r.ok), () => false)) return { origin, stop: () => server.kill() };
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`The server for ${dir} did not start on port ${port}.`);
}
