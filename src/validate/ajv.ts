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

/** Hash of the plan-dependent schemas: decides whether the precompiled validators fit. */
export function schemasHash(schemas: Pick<Record<SchemaName, JsonSchema>, 'submission' | 'units'>): string {
  const h = createHash('sha256');
  h.update(JSON.stringify(schemas.submission));
  h.update(JSON.stringify(schemas.units));
  return h.digest('hex').slice(0, 16);
}

export const PRECOMPILED_PATH = fileURLToPath(new URL('../validators/default.cjs', import.meta.url));

function wrap(fn: CompiledFn): SchemaCheck {
  return (data) => {
    if (fn(data)) return [];
    return (fn.errors ?? []).map((e) => ({ keyword: e.keyword, instancePath: e.instancePath, params: e.params }));
  };
}

type Precompiled = { hash: string } & Record<SchemaName, CompiledFn>;
let precompiled: Precompiled | null | undefined;

function loadPrecompiled(): Precompiled | null {
  if (precompiled !== undefined) return precompiled;
  if (process.env['CCHC_NO_PRECOMPILED'] || !existsSync(PRECOMPILED_PATH)) return (precompiled = null);
  const require = createRequire(import.meta.url);
  return (precompiled = require(PRECOMPILED_PATH) as Precompiled);
}

async function newAjv() {
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  return new Ajv2020({ allErrors: true, strict: false, code: { source: true, esm: false } });
}

let ajvInstance: Promise<Awaited<ReturnType<typeof newAjv>>> | null = null;
async function compile(schema: JsonSchema): Promise<SchemaCheck> {
  ajvInstance ??= newAjv();
  const ajv = await ajvInstance;
  const id = String(schema['$id']);
  const existing = ajv.getSchema(id);
  if (existing) ajv.removeSchema(id);
  return wrap(ajv.compile(schema) as CompiledFn);
}

/** Checks for the plan-independent schemas (cchc.yaml and plan files). */
export async function staticChecks(schemas: Pick<Record<SchemaName, JsonSchema>, 'config' | 'plan'>): Promise<{
  config: SchemaCheck;
  plan: SchemaCheck;
}> {
  const pre = loadPrecompiled();
  if (pre) return { config: wrap(pre.config), plan: wrap(pre.plan) };
  return { config: await compile(schemas.config), plan: await compile(schemas.plan) };
}

const planCache = new Map<string, { submission: SchemaCheck; units: SchemaCheck }>();

/** Checks for a plan's submission and unit-registry schemas: precompiled for the bundled plan. */
export async function planChecks(
  schemas: Pick<Record<SchemaName, JsonSchema>, 'submission' | 'units'>,
): Promise<{ submission: SchemaCheck; units: SchemaCheck }> {
  const hash = schemasHash(schemas);
  const cached = planCache.get(hash);
  if (cached) return cached;
  const pre = loadPrecompiled();
  const checks =
    pre && pre.hash === hash
      ? { submission: wrap(pre.submission), units: wrap(pre.units) }
      : { submission: await compile(schemas.submission), units: await compile(schemas.units) };
  planCache.set(hash, checks);
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
