/**
 * A workbook as a plain, comparable description, read without exceljs: what
 * a spreadsheet program shows and prints, not how the XML spells it. Cells
 * with their values and resolved styles (font, fill, border, alignment,
 * number format), row heights, column widths, merges, frozen panes, filters,
 * conditional formats (with their resolved colours), print setup, defined
 * names and document properties. Shared strings and inline strings read
 * alike, style and dxf indexes are resolved, attribute order is ignored.
 */
import { readZip, xmlUnescape, zipText } from './zip.js';

export interface WorkbookModel {
  properties: Record<string, string>;
  definedNames: string[];
  /** Every distinct cell style, in order of first use; cells refer to them by index. */
  styles: string[];
  sheets: SheetModel[];
}

export interface SheetModel {
  name: string;
  /** Sheet-level elements (sheetPr, sheetViews, sheetFormatPr, autoFilter, printOptions, pageMargins, pageSetup, headerFooter, mergeCells, …), attributes sorted. */
  settings: string[];
  /** Column ranges: "min-max width [hidden]". */
  cols: string[];
  /** Conditional formats with each rule's dxf written out. */
  conditionalFormats: string[];
  /** "r ht=… hidden" then the row's cells as "ref type:value #style". */
  rows: string[];
}

interface Element {
  name: string;
  attrs: Record<string, string>;
  /** The raw inner XML ('' for an empty element). */
  inner: string;
}

const ATTR = /([\w:]+)="([^"]*)"/g;

function attrsOf(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(ATTR)) out[m[1]!] = xmlUnescape(m[2]!);
  return out;
}

/** The direct children of an XML fragment (no comments or processing instructions inside). */
function children(xml: string): Element[] {
  const out: Element[] = [];
  let i = 0;
  while (i < xml.length) {
    const open = xml.indexOf('<', i);
    if (open < 0) break;
    if (xml.startsWith('<?', open)) {
      i = xml.indexOf('?>', open) + 2;
      continue;
    }
    const end = xml.indexOf('>', open);
    const tag = xml.slice(open + 1, end);
    const selfClosing = tag.endsWith('/');
    const name = /^[\w:]+/.exec(tag)![0];
    const attrs = attrsOf(tag.slice(name.length));
    if (selfClosing) {
      out.push({ name, attrs, inner: '' });
      i = end + 1;
      continue;
    }
    // Find the matching close tag, counting nested elements of the same name.
    let depth = 1;
    let p = end + 1;
    const re = new RegExp(`<(/?)${name.replace(':', '\\:')}(?=[\\s/>])[^>]*?(/?)>`, 'g');
    re.lastIndex = p;
    let close = -1;
    for (let m = re.exec(xml); m; m = re.exec(xml)) {
      if (m[1] === '/') depth--;
      else if (m[2] !== '/') depth++;
      if (depth === 0) {
        close = m.index;
        p = m.index + m[0].length;
        break;
      }
    }
    if (close < 0) throw new Error(`unclosed <${name}>`);
    out.push({ name, attrs, inner: xml.slice(end + 1, close) });
    i = p;
  }
  return out;
}

function child(xml: string, name: string): Element | undefined {
  return children(xml).find((e) => e.name === name);
}

/** An element in a canonical form: attributes sorted (some left out), children in order. */
function canonical(e: Element, skip: readonly string[] = []): string {
  const attrs = Object.entries(e.attrs)
    .filter(([k]) => !skip.includes(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => ` ${k}="${v}"`)
    .join('');
  const kids = children(e.inner);
  const body = kids.length ? kids.map((k) => canonical(k, skip)).join('') : xmlUnescape(e.inner);
  return `<${e.name}${attrs}>${body}</${e.name}>`;
}

function textOf(si: string): string {
  return [...si.matchAll(/<t(?: [^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => xmlUnescape(m[1]!)).join('');
}

const BUILTIN_FORMATS: Record<number, string> = { 0: 'General', 1: '0', 3: '#,##0', 14: 'mm-dd-yy', 49: '@' };

/** A sheet element's place in the sheet, for the few that are modelled apart. */
const MODELLED = new Set(['sheetData', 'cols', 'conditionalFormatting', 'dimension']);

export function workbookModel(buf: Buffer): WorkbookModel {
  const entries = readZip(buf);
  const workbook = zipText(entries, 'xl/workbook.xml');
  const rels = children(child(zipText(entries, 'xl/_rels/workbook.xml.rels'), 'Relationships')!.inner);
  const shared = entries.has('xl/sharedStrings.xml')
    ? children(child(zipText(entries, 'xl/sharedStrings.xml'), 'sst')!.inner).map((si) => textOf(si.inner))
    : [];

  const styleSheet = child(zipText(entries, 'xl/styles.xml'), 'styleSheet')!.inner;
  const section = (name: string) => children(child(styleSheet, name)?.inner ?? '');
  const numFmts = new Map(section('numFmts').map((f) => [Number(f.attrs['numFmtId']), f.attrs['formatCode']!]));
  const fonts = section('fonts').map((f) => canonical(f));
  const fills = section('fills').map((f) => canonical(f));
  const borders = section('borders').map((f) => canonical(f));
  const dxfs = section('dxfs').map((f) => canonical(f));
  const xfs = section('cellXfs').map((xf) => {
    const id = Number(xf.attrs['numFmtId'] ?? 0);
    return [
      `numFmt=${numFmts.get(id) ?? BUILTIN_FORMATS[id] ?? id}`,
      `font=${fonts[Number(xf.attrs['fontId'] ?? 0)]}`,
      `fill=${fills[Number(xf.attrs['fillId'] ?? 0)]}`,
      `border=${borders[Number(xf.attrs['borderId'] ?? 0)]}`,
      ...children(xf.inner).map((k) => canonical(k)),
    ].join(' ');
  });
  const styles: string[] = [];
  const styleIndex = new Map<string, number>();
  const styleOf = (xf: number) => {
    const key = xfs[xf] ?? `missing xf ${xf}`;
    let n = styleIndex.get(key);
    if (n === undefined) {
      n = styles.length;
      styles.push(key);
      styleIndex.set(key, n);
    }
    return n;
  };

  const book = child(workbook, 'workbook')!.inner;
  const definedNames = children(child(book, 'definedNames')?.inner ?? '').map(
    (d) => `${d.attrs['name']} ${d.attrs['localSheetId'] ?? ''} ${xmlUnescape(d.inner)}`,
  );
  const sheets: SheetModel[] = children(child(book, 'sheets')!.inner).map((s) => {
    const rel = rels.find((r) => r.attrs['Id'] === s.attrs['r:id'])!;
    const target = rel.attrs['Target']!;
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    const ws = child(zipText(entries, path), 'worksheet')!.inner;
    const parts = children(ws);
    const settings = parts.filter((p) => !MODELLED.has(p.name)).map((p) => canonical(p, ['x14ac:dyDescent']));
    const cols = children(parts.find((p) => p.name === 'cols')?.inner ?? '').map(
      (c) => `${c.attrs['min']}-${c.attrs['max']} ${c.attrs['width']}${c.attrs['hidden'] === '1' ? ' hidden' : ''}`,
    );
    const conditionalFormats = parts
      .filter((p) => p.name === 'conditionalFormatting')
      .map((p) => {
        const rules = children(p.inner).map((r) => {
          const dxf = r.attrs['dxfId'] !== undefined ? dxfs[Number(r.attrs['dxfId'])] : '';
          return `${canonical(r, ['dxfId'])} ${dxf}`;
        });
        return `${p.attrs['sqref']}: ${rules.join(' ')}`;
      });
    const rows = children(parts.find((p) => p.name === 'sheetData')?.inner ?? '').map((r) => {
      const a = r.attrs;
      const head = `${a['r']}${a['ht'] !== undefined ? ` ht=${a['ht']}` : ''}${a['customHeight'] === '1' ? ' custom' : ''}${a['hidden'] === '1' ? ' hidden' : ''}`;
      const cells = children(r.inner).map((c) => {
        const type = c.attrs['t'] ?? 'n';
        const v = /<v>([\s\S]*?)<\/v>/.exec(c.inner)?.[1];
        const f = /<f\b/.test(c.inner) ? ' formula' : '';
        let value: string;
        if (type === 's') value = `s:${shared[Number(v)]}`;
        else if (type === 'inlineStr' || type === 'str') value = `s:${type === 'str' ? xmlUnescape(v ?? '') : textOf(c.inner)}`;
        else if (v === undefined) value = '-';
        else value = `${type}:${xmlUnescape(v)}`;
        return `${c.attrs['r']} ${JSON.stringify(value)}${f} #${styleOf(Number(c.attrs['s'] ?? 0))}`;
      });
      return [head, ...cells].join(' | ');
    });
    return { name: xmlUnescape(s.attrs['name']!), settings, cols, conditionalFormats, rows };
  });

  const core = child(zipText(entries, 'docProps/core.xml'), 'cp:coreProperties')!.inner;
  const properties = Object.fromEntries(children(core).map((p) => [p.name, xmlUnescape(p.inner)]));
  return { properties, definedNames, styles, sheets };
}
