/**
 * Helper processes a step starts (Pagefind's, esbuild's) count in its CPU
 * time only once they have ended and Node has collected them: Pagefind's
 * close() and esbuild's stop() return before that. A step waits for them, so
 * its figure is its own and they do not run on into the next step. Linux only
 * (/proc); elsewhere nothing is waited for.
 */
import { readFileSync, readdirSync } from 'node:fs';

/** This process's child processes, by id. */
export function childProcesses(): string[] {
  try {
    return readdirSync('/proc/self/task').flatMap((task) => readFileSync(`/proc/self/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean));
  } catch {
    return [];
  }
}

/** Resolves when every child process not in `before` has ended, or after a second at most. */
export async function newChildrenEnded(before: readonly string[]): Promise<void> {
  const started = childProcesses().filter((pid) => !before.includes(pid));
  for (let waited = 0; waited < 1000 && started.some((pid) => childProcesses().includes(pid)); waited += 5) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
