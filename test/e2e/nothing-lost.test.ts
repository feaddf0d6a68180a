import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, cchc } from '../helpers/cli.js';

/**
 * Nothing lost: a report run that is interrupted (Ctrl-C) or fails leaves no
 * temporary or half-written file, and the reports of the previous run as they
 * were (or, when it got that far, the whole new reports).
 */
const PERIOD = '2024';
const FORMAT = 'docx,xlsx,json';
const OUT = 'bao-cao';

let base: string;

function copyOfExample(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'cchc-lost-')), 'kho');
  cpSync(join(ROOT, 'examples/tu-ky'), dir, { recursive: true });
  return dir;
}

/** Every file under a folder (relative path → bytes). */
function files(dir: string, prefix = ''): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) for (const [k, v] of files(join(dir, e.name), rel)) out.set(k, v);
    else out.set(rel, readFileSync(join(dir, e.name)));
  }
  return out;
}

const leftovers = (dir: string) => [...files(dir).keys()].filter((f) => f.endsWith('.tmp') || /\/\.[^/]+\.\d+\.\d+/.test(`/${f}`));

function report(cwd: string, extra: string[] = []) {
  return cchc(['report', '--period', PERIOD, '--format', FORMAT, ...extra], { cwd });
}

/** Changes a figure of one unit (still a valid submission), so the new reports differ from the old ones. */
function editNarrative(repo: string): void {
  const dir = join(repo, 'submissions/2024Q4');
  const name = readdirSync(dir).find((f) => f.endsWith('.yaml') && /iso-9001: true/.test(readFileSync(join(dir, f), 'utf8')))!;
  const file = join(dir, name);
  const text = readFileSync(file, 'utf8');
  const edited = text.replace('iso-9001: true', 'iso-9001: false');
  expect(edited).not.toBe(text);
  writeFileSync(file, edited);
}

beforeAll(() => {
  base = copyOfExample();
  const first = report(base);
  expect(first.code, first.stderr).toBe(0);
});
afterAll(() => rmSync(join(base, '..'), { recursive: true, force: true }));

describe('nothing lost', () => {
  it('Ctrl-C at any moment of a report run leaves the old or the whole new reports, and no temporary file', async () => {
    const old = files(join(base, OUT));
    // The reports the interrupted runs are making, from an uninterrupted run on a copy.
    const finished = copyOfExample();
    cpSync(join(base, OUT), join(finished, OUT), { recursive: true });
    editNarrative(finished);
    const t0 = Date.now();
    // The reports were copied in, not written here by cchc, so replacing them takes --force.
    const whole = report(finished, ['--force']);
    const duration = Date.now() - t0;
    expect(whole.code, whole.stderr).toBe(0);
    const fresh = files(join(finished, OUT));
    expect([...fresh].filter(([name, bytes]) => !bytes.equals(old.get(name)!)).length, 'reports changed with the input').toBeGreaterThan(1);

    const outcomes: number[] = [];
    for (const fraction of [0.15, 0.3, 0.45, 0.6, 0.7, 0.8, 0.9, 0.95]) {
      const repo = copyOfExample();
      cpSync(join(base, OUT), join(repo, OUT), { recursive: true });
      editNarrative(repo);
      const child = spawn(process.execPath, [BIN, 'report', '--period', PERIOD, '--format', FORMAT, '--force'], {
        cwd: repo,
        env: { ...process.env, NO_COLOR: '1' },
        stdio: 'ignore',
      });
      const timer = setTimeout(() => child.kill('SIGINT'), Math.round(duration * fraction));
      const code = await new Promise<number | null>((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? -1 : null))));
      clearTimeout(timer);
      outcomes.push(code ?? -2);
      expect([0, 130, -1], `exit code after SIGINT at ${fraction}`).toContain(code);
      expect(leftovers(repo)).toEqual([]);
      const now = files(join(repo, OUT));
      expect([...now.keys()].sort()).toEqual([...old.keys()].sort());
      // All old or all new: the three files are written together.
      const allOld = [...now].every(([name, bytes]) => bytes.equals(old.get(name)!));
      const allNew = [...now].every(([name, bytes]) => bytes.equals(fresh.get(name)!));
      expect(allOld || allNew, `reports after SIGINT at ${fraction}`).toBe(true);
      rmSync(join(repo, '..'), { recursive: true, force: true });
    }
    // The interruptions did land during runs (else the test proves nothing).
    expect(outcomes.filter((c) => c !== 0).length).toBeGreaterThan(0);
    rmSync(join(finished, '..'), { recursive: true, force: true });
  });

  it('writeFilesAtomic: Ctrl-C while large files are being written leaves a complete, consistent set', async () => {
    // A child rewrites three 30 MB files again and again, each round with its own byte.
    const script = `
      const { writeFilesAtomic } = await import(${JSON.stringify(join(ROOT, 'dist/util/atomic-write.js'))});
      const dir = process.argv[1];
      for (let round = 1; ; round++) {
        const data = Buffer.alloc(30 * 1024 * 1024, round % 256);
        writeFilesAtomic(['a.bin', 'b.bin', 'c.bin'].map((n) => ({ path: dir + '/' + n, data })));
        if (round === 1) process.stdout.write('ready\\n');
        // Like cchc between steps: back to the event loop, where a signal handler can run.
        await new Promise((resolve) => setImmediate(resolve));
      }`;
    for (const delay of [0, 37, 83, 151, 229]) {
      const dir = mkdtempSync(join(tmpdir(), 'cchc-atomic-'));
      const child = spawn(process.execPath, ['--input-type=module', '-e', script, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGINT');
      const guard = setTimeout(() => child.kill('SIGKILL'), 20_000);
      const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      clearTimeout(guard);
      expect(code).toBe(130);
      const names = readdirSync(dir).sort();
      expect(names).toEqual(['a.bin', 'b.bin', 'c.bin']);
      const rounds = names.map((n) => {
        const bytes = readFileSync(join(dir, n));
        expect(bytes.length).toBe(30 * 1024 * 1024);
        expect(bytes.every((b) => b === bytes[0])).toBe(true);
        return bytes[0];
      });
      expect(new Set(rounds).size, 'the three files come from the same round').toBe(1);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a run refused for invalid submissions leaves the previous reports untouched', () => {
    const repo = copyOfExample();
    cpSync(join(base, OUT), join(repo, OUT), { recursive: true });
    const before = files(join(repo, OUT));
    const dir = join(repo, 'submissions/2024Q3');
    const name = readdirSync(dir).find((f) => f.endsWith('.yaml'))!;
    writeFileSync(join(dir, name), 'unit: [broken\n');
    const r = report(repo);
    expect(r.code).toBe(1);
    expect(files(join(repo, OUT))).toEqual(before);
    expect(leftovers(repo)).toEqual([]);
  });

  it('a run that fails on a broken report template leaves the previous reports untouched', () => {
    const repo = copyOfExample();
    cpSync(join(base, OUT), join(repo, OUT), { recursive: true });
    const before = files(join(repo, OUT));
    mkdirSync(join(repo, 'mau-bao-cao/report'), { recursive: true });
    writeFileSync(join(repo, 'mau-bao-cao/report/nam.yaml'), 'title: [oops\n');
    writeFileSync(join(repo, 'cchc.yaml'), `${readFileSync(join(repo, 'cchc.yaml'), 'utf8')}templates: mau-bao-cao\n`);
    const r = report(repo);
    expect(r.code).not.toBe(0);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(files(join(repo, OUT))).toEqual(before);
    expect(leftovers(repo)).toEqual([]);
  });

  it('refuses to write the reports through a link leading outside the repository', () => {
    const repo = copyOfExample();
    const outside = mkdtempSync(join(tmpdir(), 'cchc-outside-'));
    symlinkSync(outside, join(repo, OUT));
    const r = report(repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(OUT);
    expect(readdirSync(outside)).toEqual([]);
  });
});
