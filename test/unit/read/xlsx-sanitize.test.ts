import { describe, expect, it } from 'vitest';
import { sanitizeWorkbook, sanitizeWorksheetXml, MAX_CELLS } from '../../../src/read/xlsx/sanitize.js';
import { openZip, writeStoredZip } from '../../../src/util/zip.js';
import { readZip } from '../../helpers/zip.js';
import { xmlError } from '../../helpers/well-formed.js';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const sheet = (body: string, ns = NS, p = '') => `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${ns}>${body}</${p}worksheet>`;
const DATA = '<sheetData><row r="1" spans="1:2147483647"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>12.5</v></c></row></sheetData>';
const clean = (xml: string, strings = 1) => sanitizeWorksheetXml(xml, 'xl/worksheets/sheet1.xml', 'Chỉ tiêu', strings);
const refusal = (xml: string, strings = 1) => {
  try {
    clean(xml, strings);
    return null;
  } catch (err) {
    return (err as { problem?: unknown }).problem ?? err;
  }
};

describe('the xlsx sanitiser parses what it limits', () => {
  it('keeps cells and small merges, leaves out validations, columns, formats and extensions however they are spelt', () => {
    const out = clean(
      sheet(
        `<cols><col min="1" max="2147483647"/></cols>${DATA}<mergeCells count="2"><mergeCell ref="A1:XFD1048576"/><mergeCell ref="C3:D4"/></mergeCells >` +
          '<dataValidations count="1"><dataValidation sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations >' +
          '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" priority="1"><formula>1</formula></cfRule></conditionalFormatting><extLst><ext uri="x"/></extLst>',
      ),
    );
    expect(xmlError(out)).toBeNull();
    expect(out).toContain('<c r="A1" t="s"><v>0</v></c><c r="B1"><v>12.5</v></c>');
    expect(out).toContain('<mergeCells count="1"><mergeCell ref="C3:D4"/></mergeCells>');
    expect(out).not.toMatch(/dataValidation|<cols|conditionalFormatting|extLst/);
    // With a namespace prefix, as some programs write it.
    const prefixed = clean(sheet(`<x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData><x:dataValidations count="1"><x:dataValidation sqref="A1:XFD1048576"/></x:dataValidations>`, 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', 'x:'));
    expect(prefixed).not.toContain('dataValidation');
    expect(prefixed).toContain('<x:c r="A1"><x:v>1</x:v></x:c>');
  });

  it('keeps a value that is not a number as the text it is, for the reader to report', () => {
    const out = clean(sheet('<sheetData><row r="2"><c r="D2" s="3"><v>0x1F</v></c><c r="E2" t="b"><v>yes</v></c><c r="F2"><v>1E+3</v></c></row></sheetData>'));
    expect(out).toContain('<c r="D2" s="3" t="inlineStr"><is><t xml:space="preserve">0x1F</t></is></c>');
    expect(out).toContain('<c r="E2" t="inlineStr"><is><t xml:space="preserve">yes</t></is></c>');
    expect(out).toContain('<c r="F2"><v>1E+3</v></c>');
  });

  it('refuses cells beyond a sheet, a shared string that is not there, too many cells, and what is not XML', () => {
    expect(refusal(sheet('<sheetData><row r="2147483647"><c r="A2147483647"><v>1</v></c></row></sheetData>'))).toEqual({ code: 'xlsx-out-of-bounds', params: { cell: 'Chỉ tiêu!A2147483647' } });
    expect(refusal(sheet('<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>'))).toEqual({ code: 'xlsx-out-of-bounds', params: { cell: 'Chỉ tiêu!XFE1' } });
    expect(refusal(sheet('<sheetData><row r="1"><c r="A1" t="s"><v>5</v></c></row></sheetData>'), 5)).toEqual({ code: 'xlsx-bad-shared-string', params: { cell: 'Chỉ tiêu!A1' } });
    const many = `<sheetData>${Array.from({ length: MAX_CELLS / 100 + 1 }, (_, r) => `<row r="${r + 1}">${'<c><v>1</v></c>'.repeat(100)}</row>`).join('')}</sheetData>`;
    expect(refusal(sheet(many))).toEqual({ code: 'xlsx-too-many-cells', params: { limit: MAX_CELLS } });
    expect(refusal('<worksheet><sheetData><row></sheetData></worksheet>')).toEqual({ code: 'xlsx-corrupt', params: { detail: 'xl/worksheets/sheet1.xml' } });
  });

  it('writes back what any text needs escaped', () => {
    const out = clean(sheet('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lt;a&gt; &amp; "b"</t></is></c><c r="B1"><f>A1&amp;"x"</f><v>3</v></c></row></sheetData>'));
    expect(xmlError(out)).toBeNull();
    expect(out).toContain('<is><t>&lt;a&gt; &amp; "b"</t></is>');
    expect(out).toContain('<f>A1&amp;"x"</f><v>3</v>');
  });
});

describe('sheet names exceljs refuses', () => {
  const enc = new TextEncoder();
  const book = (names: string[]) =>
    `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${names
      .map((n, i) => `<sheet name="${n.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('')}</sheets><definedNames><definedName name="all">'x'!$A$1:$XFD$1048576</definedName></definedNames></workbook>`;
  const rels = (count: number) =>
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${Array.from(
      { length: count },
      (_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    ).join('')}</Relationships>`;

  it('gives them stand-in names (and says which), keeps the others, in a workbook part that still parses', async () => {
    const names = ['Hướng dẫn điền biểu mẫu báo cáo cải cách hành chính', 'Chỉ:tiêu', "'Nhiệm vụ'", 'History', 'Sheet 1', 'sheet 1', 'Thuyết minh', ''];
    const zip = writeStoredZip([
      { name: '[Content_Types].xml', data: enc.encode('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
      { name: 'xl/workbook.xml', data: enc.encode(book(names)) },
      { name: 'xl/_rels/workbook.xml.rels', data: enc.encode(rels(names.length)) },
      ...names.map((_, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: enc.encode(sheet('<sheetData/>')) })),
    ]);
    const result = await sanitizeWorkbook(await openZip(zip));
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    const workbook = new TextDecoder().decode([...readZip(Buffer.from(result.zip))].find(([n]) => n === 'xl/workbook.xml')![1]);
    expect(xmlError(workbook)).toBeNull();
    expect(workbook).not.toContain('definedName');
    const given = [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]!);
    // Kept: 'Sheet 1' (the first of two names equal but for case) and 'Thuyết minh'; the stand-ins avoid both.
    expect(given).toEqual(['Sheet 2', 'Sheet 3', 'Sheet 4', 'Sheet 5', 'Sheet 1', 'Sheet 6', 'Thuyết minh', 'Sheet 7']);
    expect(result.sheetNames).toEqual({
      'Sheet 2': names[0],
      'Sheet 3': 'Chỉ:tiêu',
      'Sheet 4': "'Nhiệm vụ'",
      'Sheet 5': 'History',
      'Sheet 6': 'sheet 1',
      'Sheet 7': '',
    });
    // Relationship ids are kept, so every sheet is still found.
    expect(workbook.match(/r:id="rId\d+"/g)).toHaveLength(names.length);
  });
});
