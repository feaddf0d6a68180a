import { describe, expect, it, beforeAll } from 'vitest';
import { renderDocx } from '../../../src/render/reports/docx/render-docx.js';
import { breakBodyName } from '../../../src/render/reports/docx/heading-block.js';
import { recipientLines } from '../../../src/render/reports/docx/signature-block.js';
import { openDocx, paragraphWith, type DocxParts, type ParagraphInfo } from '../../helpers/docx-xml.js';
import { zipText } from '../../helpers/zip.js';
import { sampleReportInput } from '../../helpers/sample-report.js';

const MM = 1440 / 25.4;
const between = (v: number, lo: number, hi: number) => v >= Math.floor(lo) && v <= Math.ceil(hi);

/** Every run of the paragraph with text has this formatting (the element's style). */
function style(p: ParagraphInfo) {
  const runs = p.runs.filter((r) => r.text.trim() !== '');
  const sizes = [...new Set(runs.map((r) => r.size))];
  return {
    sizes,
    bold: runs.every((r) => r.bold),
    regular: runs.every((r) => !r.bold && !r.italic),
    italic: runs.every((r) => r.italic),
    underline: runs.every((r) => r.underline),
    fonts: [...new Set(runs.map((r) => r.font))],
  };
}

/** The table's own and its cells' border settings (not the borders of paragraphs inside). */
function tableBorders(tableXml: string): string {
  return [...tableXml.matchAll(/<w:(?:tblBorders|tcBorders)>([\s\S]*?)<\/w:(?:tblBorders|tcBorders)>/g)].map((m) => m[1]).join('');
}

describe('Word report format (Nghị định 30/2020, Phụ lục I)', () => {
  let doc: DocxParts;
  beforeAll(async () => {
    doc = openDocx(await renderDocx(sampleReportInput('quarter')));
  });

  it('is A4 portrait with the official margins', () => {
    const pgSz = /<w:pgSz ([^>]*)\/>/.exec(doc.document)![1]!;
    expect(Number(/w:w="(\d+)"/.exec(pgSz)![1])).toBe(11906);
    expect(Number(/w:h="(\d+)"/.exec(pgSz)![1])).toBe(16838);
    expect(pgSz).not.toMatch(/w:orient="landscape"/);
    const mar = /<w:pgMar ([^>]*)\/>/.exec(doc.document)![1]!;
    const get = (k: string) => Number(new RegExp(`w:${k}="(\\d+)"`).exec(mar)![1]);
    expect(between(get('top'), 20 * MM, 25 * MM)).toBe(true);
    expect(between(get('bottom'), 20 * MM, 25 * MM)).toBe(true);
    expect(between(get('left'), 30 * MM, 35 * MM)).toBe(true);
    expect(between(get('right'), 15 * MM, 20 * MM)).toBe(true);
  });

  it('sets the appendices on A4 landscape pages with the same margins', () => {
    const sections = [...doc.document.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    const last = sections[1]!;
    expect(last).toMatch(/<w:pgSz [^>]*w:w="16838"[^>]*w:h="11906"[^>]*w:orient="landscape"/);
    const mar = (x: string) => /<w:pgMar ([^>]*)\/>/.exec(x)![1]!.replace(/ w:(header|footer|gutter)="\d+"/g, '');
    expect(mar(last)).toBe(mar(sections[0]!));
    expect(last).toMatch(/<w:headerReference w:type="default"/);
    expect(last).not.toMatch(/<w:titlePg\/>/);
  });

  it('numbers pages centred in the top margin from page 2 only', () => {
    expect(doc.document).toMatch(/<w:titlePg\/>/);
    const refs = [...doc.document.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)];
    const rels = zipText(doc.entries, 'word/_rels/document.xml.rels');
    const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1]!;
    const byType = new Map(refs.map((r) => [r[1]!, zipText(doc.entries, `word/${target(r[2]!)}`)]));
    expect(byType.get('default')).toMatch(/PAGE/);
    expect(byType.get('default')).toMatch(/<w:jc w:val="center"\/>/);
    const pageRun = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(byType.get('default')!)![1]!;
    expect(Number(/<w:sz w:val="(\d+)"\/>/.exec(pageRun)![1]) / 2).toBeGreaterThanOrEqual(13);
    expect(byType.get('first')).not.toMatch(/PAGE/);
  });

  it('uses Times New Roman, black, everywhere', () => {
    const fonts = new Set(doc.paragraphs.flatMap((p) => p.runs.filter((r) => r.text !== '').map((r) => r.font)));
    expect([...fonts]).toEqual(['Times New Roman']);
    // Black by default, and no run anywhere says otherwise.
    const defaults = /<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(zipText(doc.entries, 'word/styles.xml'))![1]!;
    expect(defaults).toMatch(/<w:color w:val="000000"\/>/);
    expect(defaults).toMatch(/w:ascii="Times New Roman"/);
    const colours = new Set([...doc.document.matchAll(/<w:color w:val="([0-9A-Fa-f]{6}|\w+)"\/>/g)].map((m) => m[1]));
    expect([...colours].filter((c) => c !== '000000')).toEqual([]);
  });

  it('sets the heading block as the format table says', () => {
    const national = style(paragraphWith(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
    expect(national.bold).toBe(true);
    expect(national.sizes.every((s) => between(s!, 12, 13))).toBe(true);
    const motto = style(paragraphWith(doc, 'Độc lập - Tự do - Hạnh phúc'));
    expect([motto.bold, motto.underline]).toEqual([true, true]);
    expect(motto.sizes.every((s) => between(s!, 13, 14))).toBe(true);
    const parent = style(paragraphWith(doc, 'UBND TỈNH HẢI DƯƠNG'));
    expect(parent.regular).toBe(true);
    expect(parent.sizes.every((s) => between(s!, 12, 13))).toBe(true);
    const issuing = style(paragraphWith(doc, 'ỦY BAN NHÂN DÂNHUYỆN TỨ KỲ'));
    expect(issuing.bold).toBe(true);
    expect(issuing.sizes.every((s) => between(s!, 12, 13))).toBe(true);
    const number = paragraphWith(doc, /^Số:\s+\/BC-UBND$/);
    expect(style(number).sizes).toEqual([13]);
    expect(style(number).regular).toBe(true);
    const date = paragraphWith(doc, 'Tứ Kỳ, ngày 05 tháng 6 năm 2024');
    expect(style(date).italic).toBe(true);
    expect(style(date).sizes.every((s) => between(s!, 13, 14))).toBe(true);
    // The heading is a borderless two-column table whose grid matches its cells.
    const firstTable = /<w:tbl>([\s\S]*?)<\/w:tbl>/.exec(doc.document)![1]!;
    const grid = [...firstTable.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(2);
    const cellWidths = [...firstTable.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>|<w:tcW w:w="(\d+)" w:type="dxa"\/>/g)].map((m) => Number(m[1] ?? m[2]));
    expect(cellWidths.slice(0, 2)).toEqual(grid);
    expect(tableBorders(firstTable)).not.toMatch(/w:val="single"/);
  });

  it('sets the document type, subject, body, signature and appendices', () => {
    const type = paragraphWith(doc, 'BÁO CÁO');
    expect(style(type).bold).toBe(true);
    expect(style(type).sizes.every((s) => between(s!, 13, 14))).toBe(true);
    expect(type.align).toBe('center');
    const subject = paragraphWith(doc, 'Kết quả thực hiện công tác cải cách hành chính quý II năm 2024');
    expect([style(subject).bold, subject.align]).toEqual([true, 'center']);
    const body = paragraphWith(doc, /^Thực hiện Kế hoạch số 3148\/KH-UBND ngày 30\/12\/2021 của UBND huyện Tứ Kỳ về thực hiện cải cách hành chính/);
    expect(body.align).toBe('both');
    expect(between(body.firstLine!, 10 * MM, 12.7 * MM)).toBe(true);
    expect(body.after).toBeGreaterThanOrEqual(120);
    expect(style(body).sizes.every((s) => between(s!, 13, 14))).toBe(true);
    expect(style(paragraphWith(doc, /^I\. CÔNG TÁC CHỈ ĐẠO/)).bold).toBe(true);
    const recipientsLabel = style(paragraphWith(doc, 'Nơi nhận:'));
    expect([recipientsLabel.bold, recipientsLabel.italic, recipientsLabel.sizes]).toEqual([true, true, [12]]);
    expect(style(paragraphWith(doc, '- Sở Nội vụ tỉnh Hải Dương;')).sizes).toEqual([11]);
    expect(paragraphWith(doc, '- Lưu: VT, NV.').text).toBe('- Lưu: VT, NV.');
    const authority = style(paragraphWith(doc, 'TM. ỦY BAN NHÂN DÂNKT. CHỦ TỊCHPHÓ CHỦ TỊCH'));
    expect(authority.bold).toBe(true);
    expect(authority.sizes.every((s) => between(s!, 13, 14))).toBe(true);
    expect(style(paragraphWith(doc, 'Nguyễn Văn An')).bold).toBe(true);
    const appendix = style(paragraphWith(doc, 'Phụ lục I'));
    expect([appendix.bold, appendix.sizes]).toEqual([true, [14]]);
    const appendixTitle = paragraphWith(doc, /^KẾT QUẢ CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH QUÝ II NĂM 2024/);
    expect(style(appendixTitle).bold).toBe(true);
    expect(style(appendixTitle).sizes.every((s) => between(s!, 13, 14))).toBe(true);
  });

  it('gives every table explicit widths that match its cells, and repeats data table headers', () => {
    const tables = [...doc.document.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]!);
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const t of tables) {
      const grid = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(grid.length).toBeGreaterThan(0);
      for (const row of t.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>|<w:tr [^>]*>([\s\S]*?)<\/w:tr>/g)) {
        const rowXml = row[1] ?? row[2]!;
        const widths = [...rowXml.matchAll(/<w:tcW (?:w:type="dxa" w:w="(\d+)"|w:w="(\d+)" w:type="dxa")\/>/g)].map((m) => Number(m[1] ?? m[2]));
        expect(widths.reduce((a, b) => a + b, 0)).toBe(grid.reduce((a, b) => a + b, 0));
      }
    }
    const dataTables = tables.filter((t) => /w:val="single"/.test(tableBorders(t)));
    expect(dataTables.length).toBeGreaterThanOrEqual(2);
    for (const t of dataTables) expect(t).toMatch(/<w:tblHeader\/>/);
  });

  it('writes figures in Vietnamese number formats', () => {
    expect(doc.text).toMatch(/91,3%/);
    expect(doc.text).toMatch(/\(1\.460\/1\.600\)/);
    expect(doc.text).toMatch(/1\.234/);
    expect(doc.text).toMatch(/≥\u00a085%/);
  });

  it('embeds the trend chart as a native line chart with its data, Vietnamese series names and every target', async () => {
    expect([...doc.entries.keys()].filter((k) => k.startsWith('word/media/'))).toEqual([]);
    const chart = zipText(doc.entries, 'word/charts/chart1.xml');
    expect(chart).toMatch(/<c:lineChart>/);
    // The chart part hangs off the document, its data off the chart: Word's "Edit Data" opens the workbook.
    expect(zipText(doc.entries, 'word/_rels/document.xml.rels')).toMatch(/Target="charts\/chart1\.xml"/);
    const embedded = /Target="([^"]+\.xlsx)"/.exec(zipText(doc.entries, 'word/charts/_rels/chart1.xml.rels'))![1]!;
    expect(doc.entries.has(`word/${embedded.replace(/^\.\.\//, '')}`)).toBe(true);
    expect(doc.document).toMatch(/<wp:inline[\s\S]*?<c:chart [^>]*r:id=/);
    const names = [...chart.matchAll(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]!);
    const lines = names.filter((n) => !n.startsWith('Mục tiêu: '));
    expect(lines).toContain('Tỷ lệ hồ sơ đúng hạn');
    expect(lines).toContain('Tỷ lệ số hóa kết quả, cấp huyện');
    // Every line has its target drawn.
    for (const n of lines) expect(names).toContain(`Mục tiêu: ${n}`);
    // Every label in the document's font; rates as fractions with a percent format; axis titles in words.
    expect([...chart.matchAll(/<a:latin typeface="([^"]+)"/g)].map((m) => m[1])).toContain('Times New Roman');
    expect(new Set([...chart.matchAll(/<a:latin typeface="([^"]+)"/g)].map((m) => m[1]))).toEqual(new Set(['Times New Roman']));
    expect(chart).toMatch(/formatCode="0%"/);
    expect(chart).toContain('Tỷ lệ (%)');
    const caption = paragraphWith(doc, /^Biểu đồ 1\. Diễn biến các tỷ lệ chính theo quý/);
    // The quarterly body has no table; the annual report's targets table has its caption.
    const tableCaption = paragraphWith(openDocx(await renderDocx(sampleReportInput('year'))), /^Bảng 1\./);
    expect(caption.style).toBe('Caption');
    expect(tableCaption.style).toBe('Caption');
    expect([style(caption).italic, style(caption).bold]).toEqual([true, false]);
  });

  it('has paragraph styles for the outline, the body, captions and the recipients, in Vietnamese', () => {
    const { byId } = doc.styles;
    for (const [id, level] of [['Heading1', 0], ['Heading2', 1], ['Heading3', 2]] as const) {
      expect(byId.get(id)!.pPr).toContain(`<w:outlineLvl w:val="${level}"/>`);
      expect(byId.get(id)!.rPr).toMatch(/<w:color w:val="000000"\/>/);
    }
    expect(byId.get('BodyText')!.name).toBe('Body Text');
    expect(byId.get('NoiNhan')!.name).toBe('Nơi nhận');
    expect(doc.styles.defaultRPr).toMatch(/<w:lang w:val="vi-VN"/);
    expect(paragraphWith(doc, /^I\. CÔNG TÁC CHỈ ĐẠO/).style).toBe('Heading1');
    expect(paragraphWith(doc, /^II\. /).style).toBe('Heading1');
    expect(paragraphWith(doc, /^1\. Cải cách thể chế/).style).toBe('Heading2');
    expect(paragraphWith(doc, /^Thực hiện Kế hoạch số 3148\/KH-UBND/).style).toBe('BodyText');
    expect(paragraphWith(doc, 'Nơi nhận:').style).toBe('NoiNhan');
    expect(paragraphWith(doc, 'Phụ lục I').style).toBe('Heading1');
    // Headings carry the format of the body's first line and bold, from their style.
    const heading = paragraphWith(doc, /^I\. CÔNG TÁC CHỈ ĐẠO/);
    expect([style(heading).bold, style(heading).sizes, heading.firstLine]).toEqual([true, [14], Math.round(12.7 * MM)]);
  });

  it('has no invisible characters in its text', () => {
    for (const part of [...doc.entries.keys()].filter((k) => /\.xml$/.test(k))) {
      expect(zipText(doc.entries, part), part).not.toMatch(/[\u200b-\u200f\u2060\ufeff\u00ad]/);
    }
  });

  it('numbers areas the same way in the body and in the appendix', () => {
    expect(doc.text).toMatch(/^1\. Cải cách thể chế$/m);
    expect(doc.text).toMatch(/^II\.1\. Cải cách thể chế$/m);
    expect(doc.text).toMatch(/^I\. Công tác chỉ đạo, điều hành$/m);
    expect(doc.text).not.toMatch(/^2\.\d\. /m);
  });

  it('keeps every text NFC', () => {
    expect(doc.text).toBe(doc.text.normalize('NFC'));
  });
});

describe('report kinds', () => {
  it('six-month and annual reports carry their own titles and comparison columns', async () => {
    const half = openDocx(await renderDocx(sampleReportInput('half')));
    expect(half.text).toMatch(/Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024/);
    expect(half.text).toMatch(/và phương hướng, nhiệm vụ 6 tháng cuối năm 2024/);
    expect(half.text).toMatch(/6 tháng cuối năm 2023/);
    expect(half.text).toMatch(/Cùng kỳ 6 tháng đầu năm 2023/);
    expect(half.text).toMatch(/88,5%/);
    const year = openDocx(await renderDocx(sampleReportInput('year')));
    expect(year.text).toMatch(/cải cách hành chính năm 2024/);
    expect(year.text).toMatch(/MỨC ĐỘ HOÀN THÀNH CÁC MỤC TIÊU CỦA KẾ HOẠCH/);
    // Every target of the plan with its status for the year.
    for (const t of ['Đạt từ 85% trở lên', 'Cấp huyện đạt 20%, mỗi năm tăng tối thiểu 20%', 'Cấp xã đạt 15%, mỗi năm tăng tối thiểu 20%', 'Duy trì TCVN ISO 9001']) {
      expect(year.text).toContain(t);
    }
  });
});

describe('small parts', () => {
  it('breaks a long body name before its administrative unit', () => {
    expect(breakBodyName('Ủy ban nhân dân huyện Tứ Kỳ')).toBe('ỦY BAN NHÂN DÂN\nHUYỆN TỨ KỲ');
    expect(breakBodyName('ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG')).toBe('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG');
    expect(breakBodyName('UBND XÃ TỨ KỲ')).toBe('UBND XÃ TỨ KỲ');
  });
  it('punctuates the recipients list', () => {
    expect(recipientLines(['Sở Nội vụ;', '- Lưu: VT, NV.', ' '])).toEqual(['- Sở Nội vụ;', '- Lưu: VT, NV.']);
  });
});
