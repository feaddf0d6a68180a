// Helpers shared by the benchmarks: timed runs of commands (compare) and of
// functions in this process (timeIt), medians, ratios, peak memory, and the
// machine description. Results are also appended to
// bench/.data/results.jsonl so bench/RESULTS.md can be written from one run.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, availableParallelism, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(BENCH_DIR, '..');
export const BIN = join(ROOT, 'bin/cchc');
export const DATA_DIR = join(BENCH_DIR, '.data');
const PEAK_RSS = join(BENCH_DIR, 'peak-rss.cjs');

/** BENCH_QUICK=1: fewer runs, for trying the benchmarks out. */
export const QUICK = process.env.BENCH_QUICK === '1';

export function machine() {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return { nproc: availableParallelism(), cpu, node: process.version, memoryGb: Math.round(totalmem() / 2 ** 30), platform: process.platform };
}

export function describeMachine() {
  const m = machine();
  return `${m.nproc} × ${m.cpu}, ${m.memoryGb} GB, Node ${m.node}, ${m.platform}`;
}

/**
 * Runs a command once: wall time in ms, exit code, and (for `node` commands)
 * the process's peak resident memory in MB, worker threads included.
 */
export function runOnce(cmd, args, { cwd = ROOT, env = {}, peak = false, input } = {}) {
  let rssFile = null;
  let fullArgs = args;
  if (peak && cmd === process.execPath) {
    rssFile = join(mkdtempSync(join(tmpdir(), 'cchc-bench-')), 'rss');
    fullArgs = ['-r', PEAK_RSS, ...args];
  }
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, fullArgs, {
    cwd,
    env: { ...process.env, NO_COLOR: '1', ...env, ...(rssFile ? { CCHC_BENCH_RSS_FILE: rssFile } : {}) },
    stdio: ['pipe', 'pipe', 'pipe'],
    input,
    maxBuffer: 1024 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let peakMb = null;
  if (rssFile) {
    try {
      peakMb = Math.round(Number(readFileSync(rssFile, 'utf8')) / 1024);
    } catch {
      peakMb = null;
    }
    rmSync(dirname(rssFile), { recursive: true, force: true });
  }
  return { ms, code: r.status, stdout: r.stdout?.toString() ?? '', stderr: r.stderr?.toString() ?? '', peakMb };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};

/**
 * Runs each command `runs` times, interleaved (A B C A B C …) so that a noisy
 * neighbour slows all of them alike; returns the median wall time of each.
 * A command whose exit code is not in `okCodes` aborts the benchmark.
 */
export function compare(commands, runs, { warmup = 1 } = {}) {
  const times = commands.map(() => []);
  const peaks = commands.map(() => []);
  for (let i = 0; i < warmup + runs; i++) {
    commands.forEach((c, j) => {
      const r = runOnce(c.cmd, c.args, c);
      const ok = c.okCodes ?? [0];
      if (!ok.includes(r.code)) {
        throw new Error(`${c.label}: exit ${r.code}\n${r.stderr.slice(0, 2000)}`);
      }
      if (i >= warmup) {
        times[j].push(r.ms);
        if (r.peakMb !== null) peaks[j].push(r.peakMb);
      }
    });
  }
  return commands.map((c, j) => ({
    label: c.label,
    medianMs: median(times[j]),
    minMs: Math.min(...times[j]),
    runs: times[j].length,
    peakMb: peaks[j].length ? Math.max(...peaks[j]) : null,
  }));
}

/**
 * Times a function in this process (sync or async): once to warm up, then
 * `runs` times; a row for report(), like compare()'s.
 */
export async function timeIt(label, fn, runs = RUNS(5, 1)) {
  await fn();
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return { label, medianMs: median(ms), minMs: Math.min(...ms), runs, peakMb: null };
}

export const fmtMs = (ms) =>
  ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`;

/** Prints one line per measurement and one per ratio; records them for RESULTS.md. */
export function report(bench, rows, ratios) {
  for (const r of rows) {
    const mem = r.peakMb !== null && r.peakMb !== undefined ? `, peak ${r.peakMb} MB` : '';
    console.log(`  ${r.label.padEnd(58)} median ${fmtMs(r.medianMs).padStart(8)}  (min ${fmtMs(r.minMs)}, ${r.runs} runs${mem})`);
  }
  for (const q of ratios) {
    const verdict = q.goal === undefined ? '' : q.value <= q.goal ? `  goal ≤ ${q.goal} ✓` : `  goal ≤ ${q.goal} ✗`;
    console.log(`  ratio ${q.label.padEnd(52)} ${q.value.toFixed(2)}×${verdict}`);
  }
  mkdirSync(DATA_DIR, { recursive: true });
  appendFileSync(
    join(DATA_DIR, 'results.jsonl'),
    `${JSON.stringify({ bench, at: new Date().toISOString(), machine: machine(), rows, ratios })}\n`,
  );
}

export const RUNS = (full, quick = 1) => {
  const env = Number(process.env.BENCH_RUNS);
  if (Number.isInteger(env) && env > 0) return env;
  return QUICK ? quick : full;
};
