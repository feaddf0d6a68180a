/** Reading WordprocessingML for tests: paragraphs and runs with their formatting. */
import { readZip, xmlUnescape, zipText } from './zip.js';

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
  text: string;
  runs: RunInfo[];
  align: string | null;
  firstLine: number | null;
  after: number | null;
}

function flag(rPr: string, tag: string): boolean {
  const m = new RegExp(`<w:${tag}(?: w:val="([^"]*)")?/>`).exec(rPr);
  return m !== null && m[1] !== 'false' && m[1] !== '0' && m[1] !== 'none';
}

export function runsOf(pXml: string): RunInfo[] {
  const out: RunInfo[] = [];
  for (const m of pXml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)) {
    const body = m[1]!;
    const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? '';
    const text = [...body.matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g)].map((t) => xmlUnescape(t[1]!)).join('');
    const size = /<w:sz w:val="(\d+)"\/>/.exec(rPr)?.[1];
    const u = /<w:u w:val="([^"]*)"\/>/.exec(rPr)?.[1];
    out.push({
      text,
      font: /<w:rFonts [^>]*w:ascii="([^"]*)"/.exec(rPr)?.[1] ?? null,
      size: size ? Number(size) / 2 : null,
      bold: flag(rPr, 'b'),
      italic: flag(rPr, 'i'),
      underline: u !== undefined && u !== 'none',
    });
  }
  return out;
}

export function paragraphsOf(xml: string): ParagraphInfo[] {
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const pXml = m[1]!;
    const runs = runsOf(pXml);
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(pXml)?.[1] ?? '';
    const firstLine = /<w:ind [^>]*w:firstLine="(\d+)"/.exec(pPr)?.[1];
    const after = /<w:spacing [^>]*w:after="(\d+)"/.exec(pPr)?.[1];
    return {
      xml: pXml,
      text: runs.map((r) => r.text).join(''),
      runs,
      align: /<w:jc w:val="([^"]+)"\/>/.exec(pPr)?.[1] ?? null,
      firstLine: firstLine ? Number(firstLine) : null,
      after: after ? Number(after) : null,
    };
  });
}

export interface DocxParts {
  entries: Map<string, Buffer>;
  document: string;
  paragraphs: ParagraphInfo[];
  text: string;
}

export function openDocx(buf: Buffer): DocxParts {
  const entries = readZip(buf);
  const document = zipText(entries, 'word/document.xml');
  const paragraphs = paragraphsOf(document);
  return { entries, document, paragraphs, text: paragraphs.map((p) => p.text).join('\n') };
}

/** The first paragraph whose text equals `text` (or matches it). */
export function paragraphWith(doc: DocxParts, text: string | RegExp): ParagraphInfo {
  const p = doc.paragraphs.find((x) => (typeof text === 'string' ? x.text === text : text.test(x.text)));
  if (!p) throw new Error(`no paragraph ${String(text)} in:\n${doc.paragraphs.map((x) => x.text).filter(Boolean).slice(0, 40).join('\n')}`);
  return p;
}
