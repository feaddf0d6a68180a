/**
 * Reading WordprocessingML for tests: paragraphs and runs with their effective
 * formatting: the run's own, else its paragraph style's (following basedOn),
 * else the document defaults, as Word resolves it.
 */
import { readZip, xmlUnescape, zipText } from './zip.js';

/** A paragraph style of styles.xml: its own properties and the style it is based on. */
export interface StyleInfo {
  id: string;
  name: string;
  basedOn: string | null;
  pPr: string;
  rPr: string;
}

/** The paragraph styles and the document defaults of a styles.xml. */
export interface Styles {
  byId: Map<string, StyleInfo>;
  defaultPPr: string;
  defaultRPr: string;
}

export function stylesOf(xml: string): Styles {
  const byId = new Map<string, StyleInfo>();
  for (const m of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    if (!/w:type="paragraph"/.test(m[1]!)) continue;
    const id = /w:styleId="([^"]+)"/.exec(m[1]!)![1]!;
    const body = m[2]!;
    byId.set(id, {
      id,
      name: /<w:name w:val="([^"]*)"\/>/.exec(body)?.[1] ?? id,
      basedOn: /<w:basedOn w:val="([^"]*)"\/>/.exec(body)?.[1] ?? null,
      pPr: /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(body)?.[1] ?? '',
      rPr: /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? '',
    });
  }
  return {
    byId,
    defaultPPr: /<w:pPrDefault>\s*<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(xml)?.[1] ?? '',
    defaultRPr: /<w:rPrDefault>\s*<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(xml)?.[1] ?? '',
  };
}

/** The property sources of a paragraph style, nearest first, ending with the defaults. */
function chain(styles: Styles | undefined, styleId: string | null, pick: 'pPr' | 'rPr'): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (let id = styleId ?? 'Normal'; styles && id && !seen.has(id); ) {
    seen.add(id);
    const s = styles.byId.get(id);
    if (!s) break;
    out.push(s[pick]);
    id = s.basedOn ?? '';
  }
  if (styles) out.push(pick === 'pPr' ? styles.defaultPPr : styles.defaultRPr);
  return out;
}

/** The first source (the run's or paragraph's own, then its styles) that sets what `re` matches. */
function resolve(sources: readonly string[], re: RegExp): RegExpExecArray | null {
  for (const s of sources) {
    const m = re.exec(s);
    if (m) return m;
  }
  return null;
}

export interface RunInfo {
  text: string;
  font: string | null;
  /** Points. */
  size: number | null;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

export interface ParagraphInfo {
  xml: string;
  /** The paragraph style's id ("Heading1", "BodyText"), null for Normal. */
  style: string | null;
  text: string;
  runs: RunInfo[];
  align: string | null;
  firstLine: number | null;
  after: number | null;
}

function flag(sources: readonly string[], tag: string): boolean {
  const m = resolve(sources, new RegExp(`<w:${tag}(?: w:val="([^"]*)")?/>`));
  return m !== null && m[1] !== 'false' && m[1] !== '0' && m[1] !== 'none';
}

export function runsOf(pXml: string, inherited: readonly string[] = []): RunInfo[] {
  const out: RunInfo[] = [];
  for (const m of pXml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)) {
    const body = m[1]!;
    const rPr = [/<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? '', ...inherited];
    const text = [...body.matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g)].map((t) => xmlUnescape(t[1]!)).join('');
    const size = resolve(rPr, /<w:sz w:val="(\d+)"\/>/)?.[1];
    const u = resolve(rPr, /<w:u w:val="([^"]*)"\/>/)?.[1];
    out.push({
      text,
      font: resolve(rPr, /<w:rFonts [^>]*w:ascii="([^"]*)"/)?.[1] ?? null,
      size: size ? Number(size) / 2 : null,
      bold: flag(rPr, 'b'),
      italic: flag(rPr, 'i'),
      underline: u !== undefined && u !== 'none',
    });
  }
  return out;
}

export function paragraphsOf(xml: string, styles?: Styles): ParagraphInfo[] {
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const pXml = m[1]!;
    const ownPPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(pXml)?.[1] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(ownPPr)?.[1] ?? null;
    const pPr = [ownPPr, ...chain(styles, style, 'pPr')];
    const runs = runsOf(pXml, chain(styles, style, 'rPr'));
    const firstLine = resolve(pPr, /<w:ind [^>]*w:firstLine="(\d+)"/)?.[1];
    const after = resolve(pPr, /<w:spacing [^>]*w:after="(\d+)"/)?.[1];
    return {
      xml: pXml,
      style,
      text: runs.map((r) => r.text).join(''),
      runs,
      align: resolve(pPr, /<w:jc w:val="([^"]+)"\/>/)?.[1] ?? null,
      firstLine: firstLine ? Number(firstLine) : null,
      after: after ? Number(after) : null,
    };
  });
}

export interface DocxParts {
  entries: Map<string, Buffer>;
  document: string;
  styles: Styles;
  paragraphs: ParagraphInfo[];
  text: string;
}

export function openDocx(buf: Buffer): DocxParts {
  const entries = readZip(buf);
  const document = zipText(entries, 'word/document.xml');
  const styles = stylesOf(zipText(entries, 'word/styles.xml'));
  const paragraphs = paragraphsOf(document, styles);
  return { entries, document, styles, paragraphs, text: paragraphs.map((p) => p.text).join('\n') };
}

/** The first paragraph whose text equals `text` (or matches it). */
export function paragraphWith(doc: DocxParts, text: string | RegExp): ParagraphInfo {
  const p = doc.paragraphs.find((x) => (typeof text === 'string' ? x.text === text : text.test(x.text)));
  if (!p) throw new Error(`no paragraph ${String(text)} in:\n${doc.paragraphs.map((x) => x.text).filter(Boolean).slice(0, 40).join('\n')}`);
  return p;
}
