import type { JsonSchema } from '../schema/common.js';
import type { SchemaError } from './ajv.js';
import type { Finding } from './finding.js';
import type { DataPath } from '../model/submission.js';
import { diagnosticWords as w } from '../i18n/diagnostics.js';
import { closest } from '../util/suggest.js';
import { pointerToPath } from './schema-findings.js';

/** The configuration files of a report repository, checked like submissions. */
export type ConfigFileKind = 'config' | 'units' | 'plan';

/** Lists whose items have ids, and what an item is called in messages. */
const LISTS = { units: 'list.unit', indicators: 'list.indicator', tasks: 'list.task', areas: 'list.area', sources: 'list.source', kinds: 'list.kind' } as const;

/**
 * How a data path of a configuration file is named in messages: an entry of a
 * list by its id ("kind của đơn vị \"xa-tan-ky\"", "type của chỉ tiêu
 * \"vb-ban-hanh\""), the rest as dotted keys, list positions left out.
 */
export function configFieldName(_kind: ConfigFileKind, data: unknown): (path: DataPath) => string {
  return (path) => {
    const list = typeof path[0] === 'string' ? LISTS[path[0] as keyof typeof LISTS] : undefined;
    if (list && typeof path[1] === 'number') {
      const item = ((data as Record<string, { id?: unknown }[] | undefined>)[path[0] as string] ?? [])[path[1]];
      const field = path.slice(2).filter((s) => typeof s !== 'number').join('.') || String(path[0]);
      const what = w.t(list);
      return typeof item?.id === 'string' && item.id !== ''
        ? w.t('name.itemField', { field, what, id: item.id })
        : w.t('name.itemFieldNth', { field, what, n: path[1] + 1 });
    }
    return `"${path.filter((s) => typeof s !== 'number').join('.') || '/'}"`;
  };
}

/**
 * Schema errors of a configuration file (cchc.yaml, units.yaml, a plan) as
 * findings: the offending value's path, what was found, and what is allowed
 * (the keys of the mapping, the values of a list of choices), with the
 * closest allowed word as a suggestion. `nameOf` words a path for the reader
 * ("kind of unit xa-tan-ky" rather than "units.5.kind").
 */
export function configFindings(errors: readonly SchemaError[], data: unknown, schema: JsonSchema, nameOf: (path: DataPath) => string): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const push = (f: Finding) => {
    const key = `${f.path.join('/')}|${f.target ?? ''}`;
    if (seen.has(key)) return; // one finding per place: the first error ajv gives there is the telling one
    seen.add(key);
    out.push(f);
  };
  if (errors.length === 0) return out;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [{ severity: 'error', code: 'config-not-mapping', params: { actual: describe(data) }, path: [] }];
  }
  for (const e of errors) {
    const path = dataPath(data, pointerToPath(e.instancePath));
    const value = valueAt(data, path);
    const name = nameOf(path);
    switch (e.keyword) {
      case 'additionalProperties': {
        const field = String(e.params['additionalProperty']);
        const allowed = Object.keys(subschemaAt(schema, path)?.properties ?? {});
        const near = closest(field, allowed);
        push({
          severity: 'error',
          code: 'unknown-config-field',
          params: {
            field,
            where: path.length ? w.t('where', { path: name }) : '',
            suggestion: near ? w.t('suggestion', { id: near }) : '',
            allowed: allowed.join(', '),
          },
          path: [...path, field],
          target: 'key',
        });
        break;
      }
      case 'required':
        push({
          severity: 'error',
          code: 'missing-field',
          params: { field: String(e.params['missingProperty']), where: path.length ? w.t('where', { path: name }) : '' },
          path,
          target: 'key',
        });
        break;
      case 'enum': {
        const allowed = ((e.params['allowedValues'] as unknown[]) ?? []).map(String);
        const near = typeof value === 'string' ? closest(value, allowed) : null;
        push({
          severity: 'error',
          code: 'invalid-choice',
          params: { name, value: describe(value), suggestion: near ? w.t('suggestion', { id: near }) : '', allowed: allowed.join(', ') },
          path,
        });
        break;
      }
      case 'type': {
        const expected = String(e.params['type'])
          .split(',')
          .map((t) => w.t(`type.${t}` as Parameters<typeof w.t>[0]))
          .join(w.t('or'));
        push({ severity: 'error', code: 'wrong-type', params: { name, expected, actual: describe(value) }, path });
        break;
      }
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        const limit = String(e.params['limit']);
        const bound = e.keyword.startsWith('exclusive')
          ? w.t(e.keyword === 'exclusiveMinimum' ? 'bound.above' : 'bound.below', { limit })
          : w.t(e.keyword === 'minimum' ? 'bound.min' : 'bound.max', { limit });
        push({ severity: 'error', code: 'value-out-of-range', params: { name, bound, value: describe(value) }, path });
        break;
      }
      case 'pattern': {
        const last = String(path[path.length - 1] ?? '');
        const code = /^(validFrom|validTo|from|to|date|effective|since|until)$/i.test(last) ? 'invalid-date' : 'invalid-id';
        push({ severity: 'error', code, params: { value: String(value) }, path });
        break;
      }
      case 'minLength':
        push({ severity: 'error', code: 'empty-value', params: { name }, path });
        break;
      case 'uniqueItems': {
        const j = Number(e.params['j']);
        const item = Array.isArray(value) ? value[j] : undefined;
        push({ severity: 'error', code: 'duplicate-item', params: { name, value: describe(item) }, path: [...path, j] });
        break;
      }
      default:
        push({ severity: 'error', code: 'schema-violation', params: { name, keyword: e.keyword }, path });
    }
  }
  return out;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return w.t('value.empty');
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (Array.isArray(value)) return w.t('type.array');
  if (typeof value === 'object') return w.t('type.object');
  return String(value);
}

function valueAt(data: unknown, path: DataPath): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/** A JSON Pointer's segments with list indexes as numbers, as the locators take them. */
function dataPath(data: unknown, segments: readonly string[]): DataPath {
  const out: (string | number)[] = [];
  let v: unknown = data;
  for (const seg of segments) {
    const index = Array.isArray(v) && /^\d+$/.test(seg) ? Number(seg) : null;
    out.push(index ?? seg);
    v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[index ?? seg] : undefined;
  }
  return out;
}

/** The schema that applies at `path` (through properties, items and additionalProperties). */
export function subschemaAt(schema: JsonSchema, path: DataPath): JsonSchema | undefined {
  let s: JsonSchema | undefined = schema;
  for (const seg of path) {
    if (!s) return undefined;
    if (typeof seg === 'number') s = s.items as JsonSchema | undefined;
    else s = (s.properties as Record<string, JsonSchema> | undefined)?.[seg] ?? (typeof s.additionalProperties === 'object' ? (s.additionalProperties as JsonSchema) : undefined);
  }
  return s;
}
