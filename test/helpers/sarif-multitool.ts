import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** Path of the Multitool's native executable (the npm package's bin.js runs it through a shell). */
export function multitoolBinary(): string {
  return require('@microsoft/sarif-multitool') as string;
}

export interface MultitoolFinding {
  ruleId: string;
  level: string;
  text: string;
}

/**
 * Runs `Sarif.Multitool validate` (SARIF rules plus GitHub's ingestion rules)
 * on `sarif` and returns its findings. A proxy on a closed loopback port keeps
 * the URI-reachability rule from reaching out to the network.
 */
export function multitoolValidate(sarif: string): MultitoolFinding[] {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-sarif-'));
  try {
    const input = join(dir, 'cchc.sarif');
    const output = join(dir, 'validation.sarif');
    writeFileSync(input, sarif);
    const run = spawnSync(
      multitoolBinary(),
      ['validate', input, '-o', output, '--log', 'ForceOverwrite', '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning;Note'],
      {
        encoding: 'utf8',
        timeout: 120_000,
        env: {
          ...process.env,
          HTTPS_PROXY: 'http://127.0.0.1:9',
          HTTP_PROXY: 'http://127.0.0.1:9',
          NO_PROXY: '',
          DOTNET_CLI_TELEMETRY_OPTOUT: '1',
        },
      },
    );
    if (run.status !== 0) throw new Error(`Sarif.Multitool exited ${run.status}: ${run.stdout}${run.stderr}`);
    const log = JSON.parse(readFileSync(output, 'utf8')) as {
      runs: { results?: { ruleId: string; level?: string; message: { id?: string; text?: string; arguments?: string[] } }[] }[];
    };
    const results = log.runs[0]?.results ?? [];
    const lines = run.stdout.split('\n');
    return results.map((r) => ({
      ruleId: r.ruleId,
      level: r.level ?? 'warning',
      // The log stores message ids; the console line carries the rendered text.
      text: lines.find((l) => l.includes(` ${r.ruleId}: `) && l.includes(r.message.arguments?.[0] ?? '')) ?? r.message.text ?? '',
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let schema: object | null = null;

/**
 * The SARIF 2.1.0 JSON Schema that the Multitool itself embeds (a resource in
 * its single-file bundle, stored as a length-prefixed UTF-8 string).
 */
export function embeddedSarifSchema(): object {
  if (schema) return schema;
  const bundle = readFileSync(multitoolBinary());
  const title = bundle.indexOf('"title": "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"');
  if (title < 0) throw new Error('SARIF schema not found in the Multitool bundle');
  const start = bundle.lastIndexOf('{', title);
  const length = bundle.readInt32LE(start - 4);
  const text = bundle.subarray(start, start + length).toString('utf8');
  schema = JSON.parse(text) as object;
  return schema;
}
