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

/** Starts scripts/serve.mjs and waits until it says it is listening (so a server already on the port is never mistaken for it). */
export async function serveSite(dir: string, port: number, base = '/'): Promise<RunningSite> {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dir, '--port', String(port), '--base', base], { stdio: ['ignore', 'pipe', 'pipe'] });
  const origin = `http://127.0.0.1:${port}`;
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server for ${dir} did not start on port ${port} in 10 s:\n${output}`)), 10_000);
    server.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Serving ')) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.stderr.on('data', (chunk) => (output += chunk));
    server.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server for ${dir} stopped (exit code ${code}) instead of serving on port ${port}:\n${output}`));
    });
  });
  return { origin, stop: () => server.kill() };
}
