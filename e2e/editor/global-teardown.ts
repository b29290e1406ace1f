/** The editor's tests must leave content/ exactly as they found it. */
import { readFileSync } from 'node:fs';
import { fingerprint } from './content-snapshot.ts';
import { FINGERPRINT_FILE } from './global-setup.ts';

export default function globalTeardown(): void {
  if (fingerprint() !== readFileSync(FINGERPRINT_FILE, 'utf8')) {
    throw new Error('The editor tests left content/ or public/documents/ changed: a test did not put back what it saved.');
  }
}
