import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

// Vitest gives each test file its own copy of this module, so the hook runs once per file. After-all
// hooks run last registered first, so the file's own ones (stopping a server that still writes
// into a folder) run before this one.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A new empty folder under the system's temporary folder, named `factcheck-NAME-XXXXXX`, removed
 * with everything in it when the test file is done; tests do not leave folders behind.
 */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `factcheck-${name}-`));
  made.push(dir);
  return dir;
}
