import type { Plan } from '../plan/model.js';
import type { SchemaError } from './ajv.js';
import type { Finding } from './finding.js';
import { diagnosticWords as w } from '../i18n/diagnostics.js';
import { closest } from '../util/suggest.js';
import { formatNumber, parseVietnameseNumber } from '../util/vi-format.js';
import { getLang } from '../i18n/index.js';

function decode(seg: string): string {
  return seg.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function pointerToPath(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map(decode);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return w.t('value.empty');
  if (typeof value === 'number') return getLang() === 'vi' ? formatNumber(value, decimalsOf(value)) : String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? value.slice(0, 57) + '…' : value);
  if (Array.isArray(value)) return w.t('type.array');
  if (typeof value === 'object') return w.t('type.object');
  return String(value);
}

/** Digits after the decimal point as the number was written (at most 6): 1.234 shows as 1,234, never rounded to 1,23. */
function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot === -1 || /e/i.test(text) ? 0 : Math.min(6, text.length - dot - 1);
}

/** A number written as text ("240", "1.234", "95,5"): what the clerk meant, or null. */
function quotedNumber(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const t = value.trim();
  return /^-?\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?%?$|^-?\d+(?:[.,]\d+)?%?$/.test(t) ? t : null;
}

function valueAt(data: unknown, path: readonly string[]): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[seg];
  }
  return v;
}

/** Turns schema errors into findings with the plan's names and "did you mean" hints. */
export function schemaFindings(errors: readonly SchemaError[], data: unknown, plan: Plan): Finding[] {
  const indicatorName = new Map(plan.indicators.map((i) => [i.id, i.name]));
  const nameOf = (path: readonly string[]): string => {
    if (path[0] === 'areas' && path[2] === 'values' && path[3]) return `"${indicatorName.get(path[3]) ?? path[3]}"`;
    return `"${path.join('.') || '/'}"`;
  };
  const out: Finding[] = [];
  const seen = new Set<string>();
  const push = (f: Finding) => {
    const key = `${f.code}|${f.path.join('/')}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(f);
    }
  };
  // anyOf on task statuses produces one error per branch: report the task once.
  const taskPaths = new Set<string>();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const actual = Array.isArray(data) ? w.t('type.array') : describe(data);
    return [{ severity: 'error', code: 'not-an-object', params: { actual }, path: [] }];
  }
  for (const e of errors) {
    const path = pointerToPath(e.instancePath);
    if (path[0] === 'areas' && path[2] === 'tasks' && path[3] !== undefined) {
      const key = path.slice(0, 4).join('/');
      if (!taskPaths.has(key)) {
        taskPaths.add(key);
        push({ severity: 'error', code: 'invalid-task-status', params: { id: path[3] }, path: path.slice(0, 4) });
      }
      continue;
    }
    const value = valueAt(data, path);
    switch (e.keyword) {
      case 'additionalProperties': {
        const prop = String(e.params['additionalProperty']);
        const full = [...path, prop];
        if (path.length === 1 && path[0] === 'areas') {
          const ids = plan.areas.map((a) => a.id);
          const near = closest(prop, ids);
          push({
            severity: 'error',
            code: 'unknown-area',
            params: { id: prop, suggestion: near ? w.t('suggestion', { id: near }) : '', known: ids.join(', ') },
            path: full,
            target: 'key',
          });
        } else if (path.length === 3 && path[0] === 'areas' && (path[2] === 'values' || path[2] === 'tasks')) {
          const area = path[1]!;
          const ids =
            path[2] === 'values'
              ? plan.indicators.filter((i) => !i.ratio).map((i) => i.id)
              : plan.tasks.map((t) => t.id);
          const inArea =
            path[2] === 'values'
              ? plan.indicators.filter((i) => i.area === area && !i.ratio).map((i) => i.id)
              : plan.tasks.filter((t) => t.area === area).map((t) => t.id);
          const near = closest(prop, inArea) ?? closest(prop, ids);
          push({
            severity: 'error',
            code: path[2] === 'values' ? 'unknown-indicator' : 'unknown-task',
            params: { id: prop, area, suggestion: near ? w.t('suggestion', { id: near }) : '' },
            path: full,
            target: 'key',
          });
        } else {
          push({
            severity: 'error',
            code: 'unknown-field',
            params: { field: prop, where: path.length ? w.t('where', { path: path.join('.') }) : '' },
            path: full,
            target: 'key',
          });
        }
        break;
      }
      case 'required':
        push({
          severity: 'error',
          code: 'missing-field',
          params: {
            field: String(e.params['missingProperty']),
            where: path.length ? w.t('where', { path: path.join('.') }) : '',
          },
          path,
          // An item of a list has no key of its own: point at the item.
          target: Array.isArray(valueAt(data, path.slice(0, -1))) ? 'value' : 'key',
        });
        break;
      case 'if':
        // Only says that a then/else branch failed; that branch's own error says what.
        break;
      case 'type': {
        const wanted = String(e.params['type']);
        const typed = quotedNumber(value);
        if (typed !== null && /integer|number/.test(wanted) && !typed.endsWith('%')) {
          // "240" in quotes is text: the usual slip of copying from a spreadsheet or a form.
          // As YAML writes the number the clerk meant: "1.234" → 1234, "95,5" → 95.5.
          const fixed = parseVietnameseNumber(typed)?.value;
          push({ severity: 'error', code: 'number-in-quotes', params: { name: nameOf(path), value: typed, fixed: String(fixed ?? typed) }, path });
          break;
        }
        if (typeof value === 'number' && wanted.includes('integer') && !wanted.includes('number') && Math.abs(value) >= 1 && decimalsOf(value) === 3) {
          // 1.234 is one thousand two hundred and thirty-four written the Vietnamese way; YAML reads a decimal
          // (0.125 is no such number, and 1.230 reads as 1.23: only three digits after a leading 1-999 are taken for it).
          push({
            severity: 'error',
            code: 'thousands-separator',
            params: { name: nameOf(path), value: describe(value), typed: String(value), meant: String(Math.round(value * 1000)) },
            path,
          });
          break;
        }
        const expected = wanted
          .split(',')
          .filter((t) => t !== 'null')
          .map((t) => w.t(`type.${t}` as Parameters<typeof w.t>[0]))
          .join(w.t('and'));
        push({ severity: 'error', code: 'wrong-type', params: { name: nameOf(path), expected, actual: describe(value) }, path });
        break;
      }
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        const limit = Number(e.params['limit']);
        const bound = w.t(e.keyword.endsWith('inimum') ? 'bound.min' : 'bound.max', { limit: formatNumber(limit) });
        push({ severity: 'error', code: 'value-out-of-range', params: { name: nameOf(path), bound, value: describe(value) }, path });
        break;
      }
      case 'pattern': {
        const last = path[path.length - 1];
        const isValue = path.length === 4 && path[0] === 'areas' && path[2] === 'values';
        const code =
          last === 'period'
            ? 'invalid-period'
            : isValue || last === 'submitted' || last === 'validFrom' || last === 'validTo'
              ? 'invalid-date'
              : 'invalid-id';
        push({ severity: 'error', code, params: { value: String(value) }, path });
        break;
      }
      case 'enum': {
        // A rating not on its scale: say the levels.
        const ind = path.length === 4 && path[0] === 'areas' && path[2] === 'values' ? plan.indicators.find((i) => i.id === path[3]) : undefined;
        const scale = ind?.type === 'rating' ? (plan.scales[ind.scale ?? ''] ?? []) : null;
        if (scale) {
          const allowed = scale.map((l) => `${l.id} (${l.name})`).join(', ');
          push({ severity: 'error', code: 'invalid-rating', params: { name: nameOf(path), value: describe(value), allowed }, path });
        } else {
          // Any other list of choices (cchc.yaml's lateness, a plan's window, a proposal's addressee): say them;
          // null, which some lists accept for "not given", is no choice to offer.
          const allowed = Array.isArray(e.params['allowedValues'])
            ? (e.params['allowedValues'] as unknown[]).filter((v) => v !== null).map(String).join(', ')
            : '';
          push({ severity: 'error', code: 'invalid-choice', params: { name: nameOf(path), value: describe(value), suggestion: '', allowed }, path });
        }
        break;
      }
      case 'minLength':
        push({ severity: 'error', code: 'empty-value', params: { name: nameOf(path) }, path });
        break;
      default:
        push({ severity: 'error', code: 'schema-violation', params: { name: nameOf(path), keyword: e.keyword }, path });
    }
  }
  return out;
}
