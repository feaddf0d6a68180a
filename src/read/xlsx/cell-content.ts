import type { Cell, CellValue } from 'exceljs';

/** What a cell holds, once formulas, rich text and hyperlinks are looked through. */
export type CellContent =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; percentFormat: boolean }
  | { kind: 'text'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; value: Date }
  | { kind: 'error'; value: string }
  | { kind: 'no-result'; formula: string };

type Plain = Exclude<CellValue, null | undefined>;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

function richText(v: unknown): string | null {
  if (!isRecord(v) || !Array.isArray(v['richText'])) return null;
  return (v['richText'] as unknown[]).map((r) => (isRecord(r) && typeof r['text'] === 'string' ? r['text'] : '')).join('');
}

/** A number format shows percentages when it has a % outside quotes and brackets. */
export function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return numFmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '').includes('%');
}

function text(value: string): CellContent {
  const s = value.normalize('NFC').replace(/\r\n?/g, '\n');
  return s.trim() === '' ? { kind: 'empty' } : { kind: 'text', value: s };
}

function fromValue(v: Plain | unknown, percentFormat: boolean): CellContent {
  if (v === null || v === undefined) return { kind: 'empty' };
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', value: v, percentFormat } : { kind: 'error', value: String(v) };
  if (typeof v === 'string') return text(v);
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { kind: 'error', value: '#VALUE!' } : { kind: 'date', value: v };
  if (!isRecord(v)) return { kind: 'text', value: String(v) };
  if (typeof v['error'] === 'string') return { kind: 'error', value: v['error'] };
  const rich = richText(v);
  if (rich !== null) return text(rich);
  if ('hyperlink' in v && 'text' in v) {
    const t = v['text'];
    return typeof t === 'string' ? text(t) : text(richText(t) ?? '');
  }
  if ('formula' in v || 'sharedFormula' in v) {
    const result = v['result'];
    const formula = String(v['formula'] ?? v['sharedFormula'] ?? '');
    if (result === undefined || result === null) {
      return { kind: 'no-result', formula };
    }
    return fromValue(result, percentFormat);
  }
  return { kind: 'text', value: JSON.stringify(v) };
}

/** The content of a cell. A cell merged into another reads as empty: its value belongs to the master. */
export function cellContent(cell: Cell): CellContent {
  if (cell.isMerged && cell.master.address !== cell.address) return { kind: 'empty' };
  return fromValue(cell.value, isPercentFormat(cell.numFmt));
}

/**
 * The text a content shows, as the spreadsheet shows it: for labels, keys and
 * messages, and as the data kept when a cell cannot be converted.
 */
export function contentText(c: CellContent): string {
  switch (c.kind) {
    case 'empty':
      return '';
    case 'text':
      return c.value;
    case 'number':
      return String(c.value);
    case 'boolean':
      return c.value ? 'TRUE' : 'FALSE';
    case 'date':
      return c.value.toISOString().slice(0, 10);
    case 'error':
      return c.value;
    case 'no-result':
      return `=${c.formula}`;
  }
}

/** The text a cell shows. */
export function cellText(cell: Cell): string {
  return contentText(cellContent(cell));
}
