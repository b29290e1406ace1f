/**
 * Builds the site with test settings (another base path, changed content...)
 * into its own folder. One build at a time across all test processes: Astro
 * keeps some state in the project's .astro/ folder, which builds running side
 * by side would share and mix up.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LOCK = join(tmpdir(), `peer-support-build-${process.cwd().replace(/\W/g, '_')}.lock`);

async function withLock<T>(task: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock older than five minutes was left by a killed run.
      const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 300_000) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await task();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export interface BuildResult {
  ok: boolean;
  output: string;
}

/** Runs `astro build` with extra environment settings; resolves when it ends. */
export function buildSite(env: Record<string, string>, timeoutMs = 180_000): Promise<BuildResult> {
  return withLock(
    () =>
      new Promise<BuildResult>((resolve) => {
        const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (d) => (output += d));
        child.stderr.on('data', (d) => (output += d));
        // A build that hangs is a failure too.
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        child.on('close', (code) => {
          clearTimeout(timer);
          resolve({ ok: code === 0, output: output.replace(/\x1b\[[0-9;]*m/g, '') });
        });
      }),
  );
}
