/**
 * What the editor's tests may change: content/ and public/documents/. A
 * snapshot of every file's bytes, to put back exactly what a test changed,
 * and to check that a run ends with the files it started with.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';

export const EDITABLE = ['content', 'public/documents'];

export type Snapshot = Map<string, Buffer>;

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, String(name)))
    .filter((path) => statSync(path).isFile());
}

export function takeSnapshot(): Snapshot {
  return new Map(EDITABLE.flatMap(files).map((path) => [path, readFileSync(path)]));
}

/** Puts every file back as it was, and removes files the test added (and folders left empty). */
export function restoreSnapshot(snapshot: Snapshot): string[] {
  const changed: string[] = [];
  for (const path of EDITABLE.flatMap(files)) {
    const before = snapshot.get(path);
    if (!before) {
      rmSync(path);
      changed.push(path);
    } else if (!before.equals(readFileSync(path))) {
      writeFileSync(path, before);
      changed.push(path);
    }
  }
  for (const [path, bytes] of snapshot) {
    if (!existsSync(path)) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
      changed.push(path);
    }
  }
  return changed;
}

/** One hash for the editable files' names and bytes. */
export function fingerprint(snapshot: Snapshot = takeSnapshot()): string {
  const hash = createHash('sha256');
  for (const [path, bytes] of [...snapshot].sort(([a], [b]) => a.localeCompare(b))) hash.update(path).update('\0').update(bytes);
  return hash.digest('hex');
}
