import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const BASE_REPO = join(FIXTURES, 'base-repo');

/** A throw-away copy of a fixture repository, with extra files written into it. */
export function tempRepo(files: Record<string, string | Uint8Array> = {}, from = BASE_REPO): string {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-test-'));
  cpSync(from, dir, { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  return dir;
}
