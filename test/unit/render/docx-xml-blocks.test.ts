/**
 * The parts of the Word report written as WordprocessingML text (data tables,
 * units' narratives) instead of docx objects: the same XML the docx library
 * writes, escaped, NFC, well-formed, spliced where their placeholders stood.
 */
import { AlignmentType, Document, Packer, Paragraph } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { columnWidths, dataTable, type TableColumn, type TableRowContent } from '../../../src/render/reports/docx/data-table.js';
import { LANDSCAPE_TEXT_WIDTH, TEXT_WIDTH } from '../../../src/render/reports/docx/page-setup.js';
import { renderDocx } from '../../../src/render/reports/docx/render-docx.js';
import { bodyParagraph, run, runs, type RunStyle } from '../../../src/render/reports/docx/text.js';
import { bodyParagraphXml, paragraphXml, runsXml, runXml, styledRunsXml, xmlText } from '../../../src/render/reports/docx/wordml.js';
import { XmlBlock } from '../../../src/render/reports/docx/xml-block.js';
import { XmlSplicer } from '../../../src/render/reports/docx/xml-splicer.js';
import { openDocx, paragraphsOf, runsOf, type DocxParts } from '../../helpers/docx-xml.js';
import { sampleReportInput } from '../../helpers/sample-report.js';
import { readZip, xmlUnescape, zipText } from '../../helpers/zip.js';

/** The body of word/document.xml when the docx library packs `children`, up to the section properties. */
async function libraryBody(children: Paragraph[]): Promise<string> {
  const xml = zipText(readZip(await Packer.toBuffer(new Document({ sections: [{ children }] }))), 'word/document.xml');
  return /<w:body>([\s\S]*?)<w:sectPr\b/.exec(xml)![1]!;
}

function text(block: XmlBlock): string {
  return Buffer.concat(block.parts()).toString('utf8');
}

/** Throws unless every element is closed in order and every & starts an entity. */
function assertWellFormed(xml: string): void {
  const open: string[] = [];
  for (const m of xml.matchAll(/<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<\?[^>]*\?>|<|>/g)) {
    if (m[0] === '<' || m[0] === '>') throw new Error(`stray ${m[0]} at ${m.index}: ${xml.slice(m.index - 60, m.index + 60)}`);
    if (m[0].startsWith('<?')) continue;
    const [, close, name, , selfClosing] = m;
    if (selfClosing) continue;
    if (close) {
      const top = open.pop();
      if (top !== name) throw new Error(`</${name}> closes <${top}> at ${m.index}`);
    } else open.push(name!);
  }
  if (open.length) throw new Error(`unclosed: ${open.join(' ')}`);
  const bad = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(xml);
  if (bad) throw new Error(`bare & at ${bad.index}`);
}

const HOSTILE = 'Xã "Hòa & Bình" <số 1> O\'Neil';
const TEXTS = [
  'Phòng Nội vụ',
  HOSTILE,
  'Nguye\u0302\u0303n Va\u0306n An', // decomposed (NFD): written composed
  'hai dòng\ndòng thứ hai\n',
  'điều khiển\u0001\u000b\u001f bỏ đi, tab\tvà xuống\rdòng giữ lại',
  '',
];
const STYLES: RunStyle[] = [{}, { bold: true }, { italics: true }, { bold: true, italics: true, size: 12 }, { size: 10, italics: true }];

describe('WordprocessingML text', () => {
  it('escapes markup, writes NFC and drops what XML 1.0 forbids', () => {
    expect(xmlText(HOSTILE)).toBe('Xã &quot;Hòa &amp; Bình&quot; &lt;số 1&gt; O&apos;Neil');
    expect(xmlText('Nguye\u0302\u0303n')).toBe('Nguyễn');
    expect(xmlText('a\u0000b\u0008c\u000bd\u000ce\u001ff\ufffeg\uffffh')).toBe('abcdefgh');
    expect(xmlText('tab\tlf\ncr\r')).toBe('tab\tlf\ncr\r');
    // A lone surrogate is dropped; a pair (a character outside the BMP) is kept.
    expect(xmlText('a\ud800b\udc00c😀')).toBe('abc😀');
  });

  it('writes runs and paragraphs byte for byte as the docx library writes them', async () => {
    const library: Paragraph[] = [];
    let ours = '';
    for (const t of TEXTS) {
      for (const style of STYLES) {
        library.push(bodyParagraph(t, style));
        ours += bodyParagraphXml(style.size === undefined ? styledRunsXml(t, style) : runsXml(t, style));
        library.push(new Paragraph({ alignment: AlignmentType.CENTER, children: runs(t, style) }));
        ours += paragraphXml('center', runsXml(t, style));
        library.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(t, style)] }));
        ours += paragraphXml('right', runXml(t, style));
      }
      // A unit's line: its name in italics, then its text.
      library.push(bodyParagraph([run(`- ${t}:`, { italics: true }), run(` ${t}`)]));
      ours += bodyParagraphXml(runXml(`- ${t}:`, { italics: true }) + runXml(` ${t}`));
    }
    expect(ours).toBe(await libraryBody(library));
  });
});

describe('XmlBlock', () => {
  it('keeps what is written, in order, in UTF-8 chunks that each decode on their own', () => {
    const block = new XmlBlock();
    expect(block.empty).toBe(true);
    const pieces = Array.from({ length: 20_000 }, (_, i) => `<w:t>Đơn vị số ${i} – “ổn định” 😀</w:t>`);
    for (const p of pieces) block.write(p);
    expect(block.empty).toBe(false);
    const parts = block.parts();
    expect(parts.length).toBeGreaterThan(5);
    for (const part of parts) expect(part.toString('utf8')).not.toContain('\ufffd');
    expect(text(block)).toBe(pieces.join(''));
    // Reading does not lose what is written after.
    block.write('<w:t>cuối</w:t>');
    expect(text(block)).toBe(`${pieces.join('')}<w:t>cuối</w:t>`);
  });
});

describe('dataTable', () => {
  const columns: TableColumn[] = [
    { header: 'TT', weight: 5, align: 'centre' },
    { header: 'tên cơ quan, đơn vị', weight: 36, align: 'left' },
    { header: 'Ngày gửi', weight: 12, align: 'centre' },
    { header: 'Tình trạng', weight: 16, align: 'right' },
    { header: 'Ghi chú', weight: 31, align: 'left' },
  ];
  const rows: TableRowContent[] = [
    [{ text: 'Các phòng chuyên môn', bold: true, span: 5, align: 'left' }],
    ['1', HOSTILE, '10/06/2024', { text: '91,3%', note: '(1.460/\u200b1.600)' }, 'hai dòng\ndòng thứ hai'],
    ['2', 'Nguye\u0302\u0303n', '', { text: 'Trễ', italics: true }, ''],
    [{ text: 'rộng quá bảng', span: 9 }],
    ['3', { text: 'hai cột', span: 2 }, 'x', 'y'],
  ];
  let xml: string;
  let trs: string[];
  beforeAll(() => {
    xml = text(dataTable(columns, rows, LANDSCAPE_TEXT_WIDTH));
    trs = [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1]!);
  });

  it('is one well-formed table with a header row and a row per content row', () => {
    assertWellFormed(xml);
    expect(xml.startsWith('<w:tbl>')).toBe(true);
    expect(xml.endsWith('</w:tbl>')).toBe(true);
    expect(trs).toHaveLength(rows.length + 1);
  });

  it('keeps a group heading row (one cell across the table) with the row after it, and no other row', () => {
    // Rows 1 and 4 of the content span the table (the second is clipped to it); header row is trs[0].
    const keeps = trs.map((tr) => tr.includes('<w:keepNext/>'));
    expect(keeps).toEqual([false, true, false, false, true, false]);
  });

  it('has grid widths from columnWidths that fill the text width, and cell widths that match them', () => {
    const widths = columnWidths(
      columns.map((c) => c.weight),
      LANDSCAPE_TEXT_WIDTH,
    );
    expect(widths.reduce((a, b) => a + b, 0)).toBe(LANDSCAPE_TEXT_WIDTH);
    expect([...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))).toEqual(widths);
    expect(xml).toContain(`<w:tblW w:type="dxa" w:w="${LANDSCAPE_TEXT_WIDTH}"/>`);
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    const cells = (tr: string) => [...tr.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>(?:<w:gridSpan w:val="(\d+)"\/>)?/g)].map((m) => [Number(m[1]), Number(m[2] ?? 1)]);
    expect(cells(trs[0]!).map(([w]) => w)).toEqual(widths);
    expect(cells(trs[1]!)).toEqual([[LANDSCAPE_TEXT_WIDTH, 5]]);
    expect(cells(trs[2]!).map(([w]) => w)).toEqual(widths);
    // A span wider than the table stops at its edge.
    expect(cells(trs[4]!)).toEqual([[LANDSCAPE_TEXT_WIDTH, 5]]);
    expect(cells(trs[5]!)).toEqual([
      [widths[0]!, 1],
      [widths[1]! + widths[2]!, 2],
      [widths[3]!, 1],
      [widths[4]!, 1],
    ]);
  });

  it('repeats the header row on every page; no row splits across pages', () => {
    expect(trs[0]).toMatch(/^<w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>/);
    for (const tr of trs.slice(1)) expect(tr).toMatch(/^<w:trPr><w:cantSplit\/><\/w:trPr>/);
    const header = paragraphsOf(trs[0]!);
    expect(header.map((p) => p.text)).toEqual(['TT', 'Tên cơ quan, đơn vị', 'Ngày gửi', 'Tình trạng', 'Ghi chú']);
    for (const p of header) {
      expect(p.align).toBe('center');
      expect(p.runs.every((r) => r.bold && r.size === 12 && r.font === 'Times New Roman')).toBe(true);
    }
  });

  it('sets borders and cell margins once for the table, and centres cells vertically', () => {
    const borders = /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(xml)![1]!;
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) {
      expect(borders).toContain(`<w:${side} w:val="single" w:color="000000" w:sz="4"/>`);
    }
    expect(xml).toContain(
      '<w:tblCellMar><w:top w:type="dxa" w:w="30"/><w:left w:type="dxa" w:w="57"/><w:bottom w:type="dxa" w:w="30"/><w:right w:type="dxa" w:w="57"/></w:tblCellMar>',
    );
    expect(xml).not.toContain('<w:tcMar>');
    expect(xml.match(/<w:tc>/g)!.length).toBe(xml.match(/<w:vAlign w:val="center"\/>/g)!.length);
  });

  it('writes the cells: text escaped and NFC, alignment by column, notes small and italic, line breaks', () => {
    const row = paragraphsOf(trs[2]!);
    expect(row.map((p) => p.text)).toEqual(['1', HOSTILE, '10/06/2024', '91,3%', '(1.460/\u200b1.600)', 'hai dòngdòng thứ hai']);
    expect(row.map((p) => p.align)).toEqual(['center', 'left', 'center', 'right', 'right', 'left']);
    expect(trs[2]).toContain(xmlText(HOSTILE));
    const note = runsOf(row[4]!.xml)[0]!;
    expect([note.size, note.italic, note.bold]).toEqual([10, true, false]);
    expect(row[5]!.xml).toMatch(/dòng<\/w:t><\/w:r><w:r><w:rPr>[\s\S]*?<\/w:rPr><w:br\/><w:t xml:space="preserve">dòng thứ hai/);
    for (const p of row) for (const r of p.runs) expect([r.size, r.font]).toEqual(p === row[4] ? [10, 'Times New Roman'] : [12, 'Times New Roman']);
    expect(paragraphsOf(trs[3]!)[1]!.text).toBe('Nguyễn');
    expect(runsOf(paragraphsOf(trs[3]!)[3]!.xml)[0]!.italic).toBe(true);
    const group = paragraphsOf(trs[1]!)[0]!;
    expect([group.text, group.align, group.runs[0]!.bold]).toEqual(['Các phòng chuyên môn', 'left', true]);
    expect(xmlUnescape(xml)).toContain(HOSTILE);
  });

  it('takes its rows from any iterable, once, as it writes them', () => {
    let made = 0;
    function* many(): Generator<TableRowContent> {
      for (let i = 1; i <= 3000; i++) {
        made++;
        yield [String(i), `Đơn vị ${i}`, '', '', ''];
      }
    }
    const block = dataTable(columns, many());
    expect(made).toBe(3000);
    const out = text(block);
    assertWellFormed(out);
    expect(out.match(/<w:tr>/g)).toHaveLength(3001);
    expect(out).toContain(`<w:tblW w:type="dxa" w:w="${TEXT_WIDTH}"/>`);
  });
});

describe('XmlSplicer', () => {
  it('puts each block where its placeholder paragraph stood and leaves the rest as the library wrote it', async () => {
    const splicer = new XmlSplicer();
    const a = new XmlBlock().write('<w:p><w:r><w:t>khối A &amp; B</w:t></w:r></w:p>');
    const b = new XmlBlock().write('<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>');
    const children = [new Paragraph('đầu'), splicer.placeholder(a), new Paragraph('giữa'), splicer.placeholder(b), new Paragraph('cuối')];
    const packed = zipText(readZip(await Packer.toBuffer(new Document({ sections: [{ children }] }))), 'word/document.xml');
    const spliced = Buffer.concat(splicer.splice(Buffer.from(packed, 'utf8'))).toString('utf8');
    const expected = await libraryBody([new Paragraph('đầu'), new Paragraph('giữa'), new Paragraph('cuối')]);
    const [first, middle, last] = [...expected.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    expect(spliced).toContain(`<w:body>${first}${text(a)}${middle}${text(b)}${last}<w:sectPr`);
    expect(spliced.slice(0, spliced.indexOf('<w:body>'))).toBe(packed.slice(0, packed.indexOf('<w:body>')));
    expect(spliced).not.toContain('cchc-xml-block');
    assertWellFormed(spliced);
  });

  it('refuses a document without its placeholders', () => {
    const splicer = new XmlSplicer();
    splicer.placeholder(new XmlBlock().write('<w:p/>'));
    expect(() => splicer.splice(Buffer.from('<w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body>'))).toThrow(/placeholder/);
  });
});

describe('the Word report with its spliced blocks', () => {
  let doc: DocxParts;
  beforeAll(async () => {
    doc = openDocx(await renderDocx(sampleReportInput('quarter')));
  });

  it('is well-formed and has no placeholder left', () => {
    assertWellFormed(doc.document);
    expect(doc.document).not.toContain('cchc-xml-block');
  });

  it('keeps the data tables of the body portrait and the appendices landscape, each across its text width', async () => {
    // The annual report has a table in its body (the targets of the plan).
    const year = openDocx(await renderDocx(sampleReportInput('year')));
    const [portrait, landscape] = year.document.split(/<w:p><w:pPr><w:sectPr\b[\s\S]*?<\/w:sectPr><\/w:pPr><\/w:p>/);
    expect(landscape).toBeDefined();
    expect(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/.exec(landscape!)![0]).toMatch(/w:orient="landscape"/);
    const widths = (xml: string) =>
      [...xml.matchAll(/<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="(\d+)"\/><w:tblBorders>/g)].map((m) => Number(m[1]));
    expect(widths(portrait!).length).toBeGreaterThanOrEqual(1);
    expect(new Set(widths(portrait!))).toEqual(new Set([TEXT_WIDTH]));
    expect(widths(landscape!)).toEqual([LANDSCAPE_TEXT_WIDTH, LANDSCAPE_TEXT_WIDTH]);
    // Phụ lục II: a row per unit, in the landscape section.
    const input = sampleReportInput('quarter');
    for (const u of input.consolidation.completeness.units) expect(landscape).toContain(`>${xmlText(u.name)}<`);
  });

  it("keeps the units' narratives out of the body unless the detailed annex is asked for", () => {
    expect(doc.paragraphs.some((p) => /UBND xã Đại Sơn: Tiếp nhận/.test(p.text))).toBe(false);
  });

  it("writes the units' narratives in the detailed annex as body paragraphs, the unit's name in italics", async () => {
    const input = sampleReportInput('quarter');
    const detailed = openDocx(await renderDocx({ ...input, appendices: [...input.appendices, 'narratives'] }));
    assertWellFormed(detailed.document);
    expect(detailed.text).toContain('Phụ lục IV');
    const line = detailed.paragraphs.find((p) => /^- UBND xã Đại Sơn: Tiếp nhận/.test(p.text))!;
    expect(line.align).toBe('both');
    expect(line.firstLine).toBe(720);
    expect(line.runs.map((r) => [r.italic, r.size, r.font])).toEqual([
      [true, 14, 'Times New Roman'],
      [false, 14, 'Times New Roman'],
    ]);
  });
});
