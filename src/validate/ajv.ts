/**
 * The only module that knows ajv. Validators for the bundled plan are
 * precompiled at build time (dist/validators/default.cjs, standalone CommonJS
 * because ajv's ESM standalone output still calls require()); any other plan is
 * compiled on first use, with ajv loaded lazily.
 */
import { createRequire } from 'node:module';
import type { JsonSchema } from '../schema/common.js';
import { PRECOMPILED_PATH, loadPrecompiledModule } from './precompiled.js';

export { PRECOMPILED_PATH };

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

/**
 * The plan-dependent schemas as one text: the precompiled validators fit a plan
 * exactly when its schemas give the same text (compared whole; no hashing, which
 * would load node:crypto at every start).
 */
export function schemasKey(schemas: Pick<Record<SchemaName, JsonSchema>, 'submission' | 'units'>): string {
  return `${JSON.stringify(schemas.submission)}\n${JSON.stringify(schemas.units)}`;
}

function wrap(fn: CompiledFn): SchemaCheck {
  return (data) => {
    if (fn(data)) return [];
    return (fn.errors ?? []).map((e) => ({ keyword: e.keyword, instancePath: e.instancePath, params: e.params }));
  };
}

type Precompiled = { schemasKey: string } & Record<SchemaName, CompiledFn>;
let precompiled: Precompiled | null | undefined;

function loadPrecompiled(): Precompiled | null {
  if (precompiled !== undefined) return precompiled;
  if (process.env['CCHC_NO_PRECOMPILED']) return (precompiled = null);
  return (precompiled = loadPrecompiledModule() as Precompiled | null);
}

async function newAjv() {
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  return new Ajv2020({ allErrors: true, strict: false, messages: false, code: { source: true, esm: false } });
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
  const key = schemasKey(schemas);
  const cached = planCache.get(key);
  if (cached) return cached;
  const pre = loadPrecompiled();
  const checks =
    pre && pre.schemasKey === key
      ? { submission: wrap(pre.submission), units: wrap(pre.units) }
      : { submission: await compile(schemas.submission), units: await compile(schemas.units) };
  planCache.set(key, checks);
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
  return `${code}\nmodule.exports.schemasKey = ${JSON.stringify(schemasKey(schemas))};\n`;
}
