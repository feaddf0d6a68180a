/** Reading SpreadsheetML for tests, without exceljs: sheets, cells, styles. */
import { readZip, xmlUnescape, zipText } from './zip.js';

export interface CellInfo {
  ref: string;
  /** Strings for s/inlineStr/str cells, numbers for n cells, booleans for b. */
  value: string | number | boolean;
  type: string;
  formula: string | null;
  numFmt: string;
}

export interface SheetInfo {
  name: string;
  xml: string;
  cells: Map<string, CellInfo>;
}

const BUILTIN_FORMATS: Record<number, string> = { 0: 'General', 1: '0', 3: '#,##0', 14: 'mm-dd-yy', 49: '@' };

function textOf(si: string): string {
  return [...si.matchAll(/<t(?: [^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => xmlUnescape(m[1]!)).join('');
}

export function openXlsx(buf: Buffer): { sheets: SheetInfo[]; entries: Map<string, Buffer> } {
  const entries = readZip(buf);
  const workbook = zipText(entries, 'xl/workbook.xml');
  const rels = zipText(entries, 'xl/_rels/workbook.xml.rels');
  const shared = entries.has('xl/sharedStrings.xml')
    ? [...zipText(entries, 'xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1]!))
    : [];
  const styles = zipText(entries, 'xl/styles.xml');
  const numFmts = new Map<number, string>(
    [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g)].map((m) => [Number(m[1]), xmlUnescape(m[2]!)]),
  );
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const xfFormats = [...cellXfs.matchAll(/<xf ([^>]*?)\/?>/g)].map((m) => Number(/numFmtId="(\d+)"/.exec(m[1]!)?.[1] ?? 0));
  const sheets: SheetInfo[] = [];
  for (const m of workbook.matchAll(/<sheet ([^>]*)\/>/g)) {
    const attrs = m[1]!;
    const name = xmlUnescape(/name="([^"]*)"/.exec(attrs)![1]!);
    const rid = /r:id="([^"]*)"/.exec(attrs)![1]!;
    const target = new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]*)"`).exec(rels)?.[1] ??
      new RegExp(`<Relationship [^>]*Target="([^"]*)"[^>]*Id="${rid}"`).exec(rels)![1]!;
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    const xml = zipText(entries, path);
    const cells = new Map<string, CellInfo>();
    for (const c of xml.matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const a = c[1]!;
      const inner = c[2] ?? '';
      const ref = /r="([A-Z]+\d+)"/.exec(a)![1]!;
      const type = /t="([^"]*)"/.exec(a)?.[1] ?? 'n';
      const style = Number(/s="(\d+)"/.exec(a)?.[1] ?? 0);
      const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      const f = /<f(?: [^>]*)?>([\s\S]*?)<\/f>|<f [^>]*\/>/.exec(inner);
      let value: string | number | boolean;
      if (type === 's') value = shared[Number(v)] ?? '';
      else if (type === 'inlineStr') value = textOf(inner);
      else if (type === 'str') value = xmlUnescape(v ?? '');
      else if (type === 'b') value = v === '1';
      else if (v === undefined) continue;
      else value = Number(v);
      const fmtId = xfFormats[style] ?? 0;
      cells.set(ref, { ref, value, type, formula: f ? (f[1] ?? '') : null, numFmt: numFmts.get(fmtId) ?? BUILTIN_FORMATS[fmtId] ?? String(fmtId) });
    }
    sheets.push({ name, xml, cells });
  }
  return { sheets, entries };
}
