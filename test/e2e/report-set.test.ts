/**
 * The report's files are replaced as a set, and the machine's failures are
 * told as such: a crash between the renames is completed by the next run, a
 * rename that fails puts the previous files back, a folder in the way stops
 * the run before anything is written, and a full disk, a read-only folder or
 * missing permissions give a message naming the path and what to do (exit 2,
 * Vietnamese and English), never "internal error", never a temporary left.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/fixture-repo.js';

const FAULTS = join(ROOT, 'test/helpers/fs-faults.cjs');
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function repoCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-set-'));
  made.push(dir);
  const root = join(dir, 'kho');
  cpSync(join(FIXTURES, 'base-repo'), root, { recursive: true });
  return root;
}

function run(args: string[], cwd: string, env: Record<string, string> = {}, wrap: string[] = []) {
  const r = spawnSync(wrap[0] ?? process.execPath, [...wrap.slice(1), ...(wrap.length ? [process.execPath] : []), '-r', FAULTS, BIN, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', CCHC_LANG: '', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

const report = (cwd: string, env: Record<string, string> = {}, extra: string[] = []) => run(['report', '--period', '2024Q2', '--format', 'docx,xlsx,json', ...extra], cwd, env);

/** The report folder: file name → bytes. */
function folder(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).map((n) => [n, readFileSync(join(dir, n))]));
}

/**
 * A second version of the data: the report files differ from the first ones.
 * A figure changes (the Word report's body carries figures, not every unit's text).
 */
function changeData(root: string): void {
  const file = join(root, 'submissions/2024Q2/xa-an-binh.yaml');
  writeFileSync(
    file,
    readFileSync(file, 'utf8')
      .replace('Bộ phận Một cửa hoạt động ổn định.', 'Bộ phận Một cửa hoạt động rất ổn định.')
      .replace('hs-dung-han: 396', 'hs-dung-han: 395')
      .replace('hs-qua-han: 4', 'hs-qua-han: 5'),
  );
}

const NAMES = ['bao-cao-cchc-2024Q2.docx', 'bao-cao-cchc-2024Q2.json', 'bao-cao-cchc-2024Q2.xlsx'];

describe('the report set', () => {
  it('a run killed between its renames is completed by the next one: never an old .xlsx beside a new .docx for long, no temporary left', () => {
    const root = repoCopy();
    const out = join(root, 'bao-cao');
    expect(report(root).code).toBe(0);
    const first = folder(out);
    changeData(root);
    const killed = report(root, { CCHC_FS_FAULT: 'kill-after-rename:1' });
    expect(killed.signal).toBe('SIGKILL');
    // What a crash leaves: one new file, the others old, the journal and the temporaries.
    const after = [...folder(out).keys()];
    expect(after.filter((n) => n.endsWith('.journal'))).toHaveLength(1);
    expect(after.filter((n) => n.endsWith('.tmp')).length).toBeGreaterThan(0);
    const changed = NAMES.filter((n) => !readFileSync(join(out, n)).equals(first.get(n)!));
    expect(changed).toHaveLength(1);

    // The next run that writes there finishes the killed run's set, then writes its own.
    const next = report(root);
    expect(next.code, next.stderr).toBe(0);
    expect([...folder(out).keys()].sort()).toEqual(NAMES);
    const check = run(['report', '--period', '2024Q2', '--format', 'docx,xlsx,json', '--check'], root);
    expect(check.code, check.stdout).toBe(0);
  });

  it('a journal committed to the report folder by someone else moves or removes no file outside it', () => {
    const root = repoCopy();
    const out = join(root, 'bao-cao');
    mkdirSync(out);
    const host = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
    const secret = join(root, '..', 'secret.txt');
    writeFileSync(secret, 'secret of the CI runner');
    const config = readFileSync(join(root, 'cchc.yaml'));
    // As a pull request could commit it, for a runner whose host name is known and a run that no longer runs.
    const journal = JSON.stringify({ files: [{ temp: '../../secret.txt', target: 'stolen.txt', backup: '../cchc.yaml' }] });
    writeFileSync(join(out, `.cchc-${host}-4194303-1.journal`), journal);
    const r = report(root);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(secret, 'utf8')).toBe('secret of the CI runner');
    expect(readFileSync(join(root, 'cchc.yaml'))).toEqual(config);
    expect(existsSync(join(out, 'stolen.txt'))).toBe(false);
    expect([...folder(out).keys()].filter((n) => !n.startsWith('.')).sort()).toEqual(NAMES);
  });

  it('a committed link of .cchc-cache/ out of the repository: the reports are written, nothing out there', () => {
    const root = repoCopy();
    const outside = mkdtempSync(join(tmpdir(), 'cchc-outside-'));
    made.push(outside);
    symlinkSync(outside, join(root, '.cchc-cache'));
    const r = report(root);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(outside)).toEqual([]);
    expect([...folder(join(root, 'bao-cao')).keys()].sort()).toEqual(NAMES);
  });

  it('recovery alone completes the set the killed run had fully written', async () => {
    const root = repoCopy();
    const out = join(root, 'bao-cao');
    expect(report(root).code).toBe(0);
    changeData(root);
    expect(report(root, { CCHC_FS_FAULT: 'kill-after-rename:2' }).signal).toBe('SIGKILL');
    const { recoverInterruptedWrites } = (await import(join(ROOT, 'dist/util/atomic-write.js'))) as typeof import('../../src/util/atomic-write.js');
    const completed = recoverInterruptedWrites(out);
    expect(completed).toHaveLength(1);
    expect([...folder(out).keys()].sort()).toEqual(NAMES);
    // The folder now holds the killed run's whole set: what the changed data gives.
    expect(run(['report', '--period', '2024Q2', '--format', 'docx,xlsx,json', '--check'], root).code).toBe(0);
  });

  it('a rename that fails midway puts the previous files back, says so, exit 2', () => {
    const root = repoCopy();
    const out = join(root, 'bao-cao');
    expect(report(root).code).toBe(0);
    const first = folder(out);
    changeData(root);
    for (const lang of ['vi', 'en']) {
      const r = report(root, { CCHC_FS_FAULT: 'fail-rename:2:EACCES', CCHC_LANG: lang });
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(/internal|nội bộ/i);
      expect(r.stderr).toContain(lang === 'vi' ? 'Không ghi được bao-cao/bao-cao-cchc-2024Q2.xlsx: không có quyền' : 'Cannot write bao-cao/bao-cao-cchc-2024Q2.xlsx: permission denied');
      expect(r.stderr).toContain(lang === 'vi' ? 'Các tệp đã có trong bao-cao được giữ nguyên, không tệp nào bị ghi dở.' : 'The files already in bao-cao are as they were; nothing is half-written.');
      expect(folder(out)).toEqual(first);
    }
  });

  it('a folder where the .xlsx goes stops the run before anything is written', () => {
    const root = repoCopy();
    const out = join(root, 'bao-cao');
    expect(report(root).code).toBe(0);
    const docx = readFileSync(join(out, NAMES[0]!));
    rmSync(join(out, NAMES[2]!));
    mkdirSync(join(out, NAMES[2]!));
    changeData(root);
    const r = report(root, { CCHC_LANG: 'en' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('cchc: Cannot write bao-cao/bao-cao-cchc-2024Q2.xlsx: it is a folder, not a file. Delete or rename that folder, or choose another place to write (--out).\n');
    expect(readFileSync(join(out, NAMES[0]!)).equals(docx)).toBe(true);
    expect(readdirSync(out).sort()).toEqual(NAMES);
  });

  it('a full disk is said as such, in both languages, and leaves the previous reports and no temporary', () => {
    const root = repoCopy();
    const out = join(root, 'bao-cao');
    expect(report(root).code).toBe(0);
    const first = folder(out);
    changeData(root);
    const vi = report(root, { CCHC_FS_FAULT: 'fail-write:ENOSPC' });
    expect(vi.code).toBe(2);
    expect(vi.stderr).toMatch(/^cchc: Không ghi được bao-cao\/bao-cao-cchc-2024Q2\.docx: ổ đĩa đã đầy\. Hãy giải phóng chỗ trống/);
    const en = report(root, { CCHC_FS_FAULT: 'fail-write:ENOSPC', CCHC_LANG: 'en' });
    expect(en.stderr).toMatch(/^cchc: Cannot write bao-cao\/bao-cao-cchc-2024Q2\.docx: the disk is full\. Free some space/);
    expect(folder(out)).toEqual(first);
  });
});

/** Real failures of a real file system, where this machine allows making them: a 64 kB disk, a read-only disk. */
const canMount = process.platform === 'linux' && spawnSync('unshare', ['-m', 'true']).status === 0;
/** A user without privileges, to meet permissions (root is never refused). */
const asNobody = process.getuid?.() === 0 && spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'true']).status === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];

describe('real file system failures', () => {
  function inMount(script: string): { status: number | null; stdout: string; stderr: string } {
    const r = spawnSync('unshare', ['-m', 'sh', '-c', script], { encoding: 'utf8', timeout: 180_000, env: { ...process.env, NO_COLOR: '1' } });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it.skipIf(!canMount)('ENOSPC on a full disk and EROFS on a read-only one: exit 2, the path and what to do, no temporary', () => {
    const root = repoCopy();
    const mnt = join(root, '..', 'mnt');
    mkdirSync(mnt);
    const cli = `${process.execPath} ${BIN}`;
    const script = [
      `mount -t tmpfs -o size=64k tmpfs ${mnt}`,
      `${cli} report --period 2024Q2 --repo ${root} --out ${mnt}/full; echo "exit=$?"`,
      `ls -A ${mnt}/full`,
      `mount -o remount,ro ${mnt}`,
      `CCHC_LANG=en ${cli} report --period 2024Q2 --repo ${root} --out ${mnt}/ro; echo "exit=$?"`,
      `CCHC_LANG=en ${cli} validate --repo ${root} --format json=${mnt}/v.json; echo "exit=$?"`,
    ].join('\n');
    const r = inMount(script);
    expect(r.stderr).not.toMatch(/internal|nội bộ|ENOENT/i);
    expect(r.stderr).toMatch(/Không ghi được .*mnt\/full\/bao-cao-cchc-2024Q2\.(docx|xlsx): ổ đĩa đã đầy/);
    expect(r.stderr).toContain(`Cannot write ${mnt}/ro: the disk or folder is read-only. Choose another place to write (--out)`);
    expect(r.stderr).toContain(`Cannot write ${mnt}/v.json: the disk or folder is read-only.`);
    expect(r.stdout.match(/exit=2/g)).toHaveLength(3);
    // Nothing half-written on the full disk: no report, no temporary.
    expect(r.stdout.split('\n').filter((l) => l && !l.startsWith('exit='))).toEqual([]);
  });

  it.skipIf(asNobody.length === 0 && process.getuid?.() === 0)('EACCES: a report folder the user may not write, an unreadable submissions folder', () => {
    const root = repoCopy();
    chmodSync(join(root, '..'), 0o755);
    spawnSync('chmod', ['-R', 'a+rX', join(root, '..')]);
    mkdirSync(join(root, 'bao-cao'));
    chmodSync(join(root, 'bao-cao'), 0o555);
    const w = run(['report', '--period', '2024Q2'], root, { CCHC_LANG: 'en' }, asNobody);
    expect(w.code).toBe(2);
    expect(w.stderr).toMatch(/^cchc: Cannot write bao-cao\/bao-cao-cchc-2024Q2\.docx: permission denied\. Give the user running cchc permission to write to that folder/);
    chmodSync(join(root, 'bao-cao'), 0o755);
    chmodSync(join(root, 'submissions/2024Q2'), 0o000);
    for (const args of [['status', '--period', '2024Q2'], ['report', '--period', '2024Q2'], ['validate']]) {
      const r = run(args, root, {}, asNobody);
      expect(r.code, `${args[0]}: ${r.stdout}`).toBe(2);
      expect(r.stderr).toMatch(/^cchc: Không đọc được thư mục submissions\/2024Q2: không có quyền\. Hãy cấp quyền đọc/);
    }
    chmodSync(join(root, 'submissions/2024Q2'), 0o755);
    expect(existsSync(join(root, 'bao-cao/bao-cao-cchc-2024Q2.docx'))).toBe(false);
  });
  it.skipIf(asNobody.length === 0)('a folder the user may not read, named to forge a workflow command: the message shows its name on one line', () => {
    const root = repoCopy();
    chmodSync(join(root, '..'), 0o755);
    spawnSync('chmod', ['-R', 'a+rX', join(root, '..')]);
    const folder = join(root, 'submissions', 'x\n::error file=units.yaml,line=1::forged');
    mkdirSync(folder);
    chmodSync(folder, 0o000);
    const r = run(['validate'], root, { CCHC_LANG: 'en' }, asNobody);
    chmodSync(folder, 0o755);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Cannot read folder submissions/x\\n::error file=units.yaml,line=1::forged: permission denied.');
    for (const line of r.stderr.split('\n')) expect(line.trimStart()).not.toMatch(/^::/);
  });
});
