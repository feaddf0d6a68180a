#!/usr/bin/env node
// Second step of the example: the submissions listed in XLSX_SUBMISSIONS (scripts/gen-example.mjs)
// are kept as Excel forms, made the way a compiling office would make them: the generator writes
// their YAML to a scratch folder, then the built CLI converts each one with `cchc convert`.
//
//   npm run build && node scripts/gen-example-xlsx.mjs          # examples/tu-ky
//   node scripts/gen-example-xlsx.mjs --out DIR                 # a repository written elsewhere
//
// Reproducible: the forms are stamped with the period's last day, so re-running gives the same bytes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ options: { out: { type: 'string' } } });
const OUT = resolve(args.out ?? join(ROOT, 'examples/tu-ky'));
const sources = mkdtempSync(join(tmpdir(), 'cchc-example-xlsx-'));
const node = (script, ...rest) => execFileSync(process.execPath, [script, ...rest], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

try {
  process.stdout.write(node(join(ROOT, 'scripts/gen-example.mjs'), '--out', OUT, '--xlsx-sources', sources));
  const files = readdirSync(sources).filter((n) => n.endsWith('.yaml')).sort();
  for (const name of files) {
    const [, period, unit] = /^(\d{4}Q\d)-(.+)\.yaml$/.exec(name);
    const target = join(OUT, 'submissions', period, `${unit}.xlsx`);
    node(join(ROOT, 'bin/cchc'), 'convert', join(sources, name), '--to', 'xlsx', '--out', target, '--repo', OUT, '--force');
  }
  console.log(`examples: ${files.length} submissions kept as .xlsx (cchc convert)`);
} finally {
  rmSync(sources, { recursive: true, force: true });
}
