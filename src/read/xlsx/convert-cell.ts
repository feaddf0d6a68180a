import type { TaskStatus } from '../../plan/model.js';
import type { Addressee } from '../../model/submission.js';
import { TASK_STATUSES } from '../../plan/model.js';
import { parseVietnameseNumber } from '../../util/vi-format.js';
import { BOOLEAN_LABELS, TASK_STATUS_LABELS } from '../../form/layout.js';
import { contentText, type CellContent } from './cell-content.js';

/**
 * A cell converted to the type its row expects. On failure `raw` is what the
 * data gets instead (the text as typed), and the code names the problem.
 */
export type Converted<T> =
  | { ok: true; value: T }
  | { ok: false; code: string; params: Record<string, string>; raw: string };

/** A cell that cannot be converted: the data keeps the text as shown. */
function rejected(code: string, text: string): Converted<never> {
  return { ok: false, code, params: { text }, raw: text };
}

function failed(c: CellContent): Converted<never> | null {
  if (c.kind === 'error') return { ok: false, code: 'xlsx-error-value', params: { error: c.value }, raw: c.value };
  if (c.kind === 'no-result') {
    return { ok: false, code: 'xlsx-formula-no-result', params: { formula: `=${c.formula}` }, raw: `=${c.formula}` };
  }
  return null;
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Folds case, spacing and Vietnamese diacritics: "Đang  Thực hiện" → "dang thuc hien". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A percentage as typed: a cell formatted as % (Excel turns "100%" into 1 shown as 100%), or text ending in %. */
export function hasPercent(c: CellContent): boolean {
  return (c.kind === 'number' && c.percentFormat === true) || (c.kind === 'text' && /%\s*$/.test(c.value));
}

/** Whole counts and measures; numbers typed as text the Vietnamese way are read too. */
export function toNumber(c: CellContent): Converted<number | null> {
  const f = failed(c);
  if (f) return f;
  switch (c.kind) {
    case 'empty':
      return { ok: true, value: null };
    case 'number': {
      // A cell formatted as % holds a fraction: 95,5% is stored as 0.955.
      const value = c.percentFormat ? Number((c.value * 100).toPrecision(12)) : c.value;
      return { ok: true, value };
    }
    case 'text': {
      const parsed = parseVietnameseNumber(c.value);
      if (parsed) return { ok: true, value: parsed.value };
      return rejected('xlsx-bad-number', c.value);
    }
    default:
      return rejected('xlsx-bad-number', contentText(c));
  }
}

const YES = new Set(['co', 'c', 'yes', 'y', 'true', 'dung', 'x', '1', fold(BOOLEAN_LABELS.yes)]);
const NO = new Set(['khong', 'k', 'no', 'n', 'false', 'sai', '0', fold(BOOLEAN_LABELS.no)]);

export function toBoolean(c: CellContent): Converted<boolean | null> {
  const f = failed(c);
  if (f) return f;
  if (c.kind === 'empty') return { ok: true, value: null };
  if (c.kind === 'boolean') return { ok: true, value: c.value };
  if (c.kind === 'number' && (c.value === 0 || c.value === 1)) return { ok: true, value: c.value === 1 };
  const text = contentText(c);
  const key = fold(text);
  if (YES.has(key)) return { ok: true, value: true };
  if (NO.has(key)) return { ok: true, value: false };
  return rejected('xlsx-bad-boolean', text);
}

const STATUS_BY_TEXT = new Map<string, TaskStatus>();
for (const s of TASK_STATUSES) {
  STATUS_BY_TEXT.set(fold(TASK_STATUS_LABELS[s]), s);
  STATUS_BY_TEXT.set(s, s);
}

export function toStatus(c: CellContent): Converted<TaskStatus | null> {
  const f = failed(c);
  if (f) return f;
  if (c.kind === 'empty') return { ok: true, value: null };
  const text = contentText(c);
  const status = STATUS_BY_TEXT.get(fold(text));
  return status ? { ok: true, value: status } : rejected('xlsx-bad-status', text);
}

const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

function validDate(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return isoDate(t);
}

/** Excel's 1900 date system: serial 1 is 1900-01-01, with the phantom 29/02/1900 (serial 60). */
function fromSerial(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 61 || serial > 2958465) return null;
  return isoDate(new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000));
}

/** Dates typed as Excel dates, as text dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy) or yyyy-mm-dd. */
export function toDate(c: CellContent): Converted<string> {
  const f = failed(c);
  if (f) return f;
  switch (c.kind) {
    case 'empty':
      return { ok: true, value: '' };
    case 'date':
      // exceljs gives dates in UTC: the calendar day is the UTC day.
      return { ok: true, value: isoDate(c.value) };
    case 'number': {
      const iso = fromSerial(c.value);
      return iso ? { ok: true, value: iso } : rejected('xlsx-bad-date', String(c.value));
    }
    case 'text': {
      const s = c.value.trim();
      const dmy = DMY.exec(s);
      const ymd = YMD.exec(s);
      const iso = dmy
        ? validDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]))
        : ymd
          ? validDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]))
          : null;
      return iso ? { ok: true, value: iso } : rejected('xlsx-bad-date', s);
    }
    default:
      return rejected('xlsx-bad-date', contentText(c));
  }
}

/** Free text; numbers typed into a text cell (a phone number) become their digits. */
export function toText(c: CellContent): Converted<string> {
  const f = failed(c);
  if (f) return f;
  switch (c.kind) {
    case 'empty':
      return { ok: true, value: '' };
    case 'text':
      return { ok: true, value: c.value };
    case 'number':
      return { ok: true, value: String(c.value) };
    case 'boolean':
      return { ok: true, value: c.value ? BOOLEAN_LABELS.yes : BOOLEAN_LABELS.no };
    case 'date':
      return { ok: true, value: isoDate(c.value) };
    default:
      return { ok: true, value: '' };
  }
}

/**
 * The addressee of a proposal: its label on the form (`labels`, from the
 * form's metadata), the repository-independent words, or the code itself.
 */
export function toAddressee(c: CellContent, labels: ReadonlyMap<string, Addressee>): Converted<Addressee | null> {
  const f = failed(c);
  if (f) return f;
  if (c.kind === 'empty') return { ok: true, value: null };
  const text = contentText(c);
  if (text.trim() === '') return { ok: true, value: null };
  const folded = fold(text);
  for (const [label, code] of labels) if (fold(label) === folded) return { ok: true, value: code };
  const known = [...new Set(labels.keys())].join('; ');
  return { ok: false, code: 'xlsx-bad-addressee', params: { text, choices: known }, raw: text };
}
