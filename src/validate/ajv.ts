/**
 * The only module that knows ajv. Validators for the bundled plan are
 * precompiled at build time (dist/validators/default.cjs, standalone CommonJS
 * because ajv's ESM standalone output still calls require()); any other plan is
 * compiled on first use, with ajv loaded lazily.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { JsonSchema } from '../schema/common.js';

export type SchemaName = 'submission' | 'units' | 'config' | 'plan';
export const SCHEMA_FILES: Record<SchemaName, string> = {
  submission: 'submission.schema.json',
  units: 'units.schema.json',
  config: 'config.schema.json',
  plan: 'plan.schema.json',
};

/** One schema violation, independent of ajv's types. */
export interface SchemaError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

export type SchemaCheck = (data: unknown) => SchemaError[];

interface CompiledFn {
  (data: unknown): boolean;
  errors?: Array<{ keyword: string; instancePath: string; params: Record<string, unknown> }> | null;
}

export function schemasHash(schemas: Record<SchemaName, JsonSchema>): string {
  const h = createHash('sha256');
  for (const name of Object.keys(SCHEMA_FILES).sort()) h.update(JSON.stringify(schemas[name as SchemaName]));
  return h.digest('hex').slice(0, 16);
}

export const PRECOMPILED_PATH = fileURLToPath(new URL('../validators/default.cjs', import.meta.url));

function wrap(fn: CompiledFn): SchemaCheck {
  return (data) => {
    if (fn(data)) return [];
    return (fn.errors ?? []).map((e) => ({ keyword: e.keyword, instancePath: e.instancePath, params: e.params }));
  };
}

function loadPrecompiled(hash: string): Record<SchemaName, SchemaCheck> | null {
  if (!existsSync(PRECOMPILED_PATH)) return null;
  const require = createRequire(import.meta.url);
  const mod = require(PRECOMPILED_PATH) as { hash: string } & Record<SchemaName, CompiledFn>;
  if (mod.hash !== hash) return null;
  return {
    submission: wrap(mod.submission),
    units: wrap(mod.units),
    config: wrap(mod.config),
    plan: wrap(mod.plan),
  };
}

async function newAjv() {
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  return new Ajv2020({ allErrors: true, strict: false, code: { source: true, esm: false } });
}

const cache = new Map<string, Record<SchemaName, SchemaCheck>>();

/** Schema checks for these schemas: precompiled when they are the bundled plan's. */
export async function schemaChecks(schemas: Record<SchemaName, JsonSchema>): Promise<Record<SchemaName, SchemaCheck>> {
  const hash = schemasHash(schemas);
  const cached = cache.get(hash);
  if (cached) return cached;
  let checks = loadPrecompiled(hash);
  if (!checks) {
    const ajv = await newAjv();
    const compile = (s: JsonSchema) => wrap(ajv.compile(s) as CompiledFn);
    checks = {
      submission: compile(schemas.submission),
      units: compile(schemas.units),
      config: compile(schemas.config),
      plan: compile(schemas.plan),
    };
  }
  cache.set(hash, checks);
  return checks;
}

/** Standalone CommonJS source of all four validators (build step). */
export async function standaloneSource(schemas: Record<SchemaName, JsonSchema>): Promise<string> {
  const ajv = await newAjv();
  const refs: Record<string, string> = {};
  for (const name of Object.keys(SCHEMA_FILES) as SchemaName[]) {
    const id = String(schemas[name]['$id']);
    ajv.addSchema(schemas[name]);
    refs[name] = id;
  }
  const require = createRequire(import.meta.url);
  const standalone = (require('ajv/dist/standalone') as { default: (a: typeof ajv, r: Record<string, string>) => string })
    .default;
  const code = standalone(ajv, refs);
  return `${code}\nmodule.exports.hash = ${JSON.stringify(schemasHash(schemas))};\n`;
}
