/** Remembers content/ as it was before the editor's tests, for global-teardown.ts. */
import { writeFileSync } from 'node:fs';
import { fingerprint } from './content-snapshot.ts';

export const FINGERPRINT_FILE = 'node_modules/.cache/editor-tests-content.sha256';

export default function globalSetup(): void {
  writeFileSync(FINGERPRINT_FILE, fingerprint());
}
