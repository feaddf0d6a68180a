// Writes the V8 code cache of the bundled CLI: runs `cchc validate` once on a
// small repository (the common case: one unit's file in CI) with
// CCHC_WRITE_CODE_CACHE set, so the cache holds the functions such a run compiles.
// The run doubles as a smoke test of the bundle: the build fails if it fails.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const FILES = {
  'cchc.yaml': [
    'body: { name: ỦY BAN NHÂN DÂN HUYỆN MẪU, parent: UBND TỈNH MẪU, shortName: UBND huyện Mẫu, place: Mẫu }',
    'signer: { authority: TM. ỦY BAN NHÂN DÂN, title: CHỦ TỊCH, name: Nguyễn Văn A }',
    '',
  ].join('\n'),
  'units.yaml': 'units:\n  - { id: xa-mau, name: Xã Mẫu, kind: commune }\n',
  'submissions/2024Q1/xa-mau.yaml': [
    'unit: xa-mau',
    'period: 2024Q1',
    'submitted: "2024-03-10"',
    'preparedBy: { name: Trần Thị B }',
    'areas:',
    '  tthc:',
    '    values: { hs-tiep-nhan: 100, hs-truc-tuyen: 60, hs-truc-tiep: 40, hs-giai-quyet: 90, hs-dung-han: 88, hs-qua-han: 2 }',
    '    narrative: { results: Bộ phận Một cửa hoạt động ổn định. }',
    '',
  ].join('\n'),
};

export function writeCodeCache() {
  const repo = mkdtempSync(join(tmpdir(), 'cchc-warm-'));
  try {
    for (const [name, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(repo, name)), { recursive: true });
      writeFileSync(join(repo, name), text);
    }
    // Exit code 1 (findings) is fine; 2 or a crash is not.
    try {
      execFileSync(process.execPath, [join(root, 'bin/cchc'), 'validate', '--no-color', 'submissions/2024Q1/xa-mau.yaml'], {
        cwd: repo,
        env: { ...process.env, CCHC_WRITE_CODE_CACHE: '1', CCHC_LANG: 'vi', NO_COLOR: '1' },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    } catch (err) {
      if (err.status !== 1) throw new Error(`the bundled CLI failed its warm-up run (exit ${err.status})`);
    }
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}
