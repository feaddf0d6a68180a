import { describe, expect, it } from 'vitest';
import { sanitizeWorksheetXml, MAX_CELLS } from '../../../src/read/xlsx/sanitize.js';
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
