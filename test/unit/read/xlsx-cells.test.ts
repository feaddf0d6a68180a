import { describe, expect, it } from 'vitest';
import { fold, toBoolean, toDate, toNumber, toStatus, toText } from '../../../src/read/xlsx/convert-cell.js';
import { isPercentFormat, type CellContent } from '../../../src/read/xlsx/cell-content.js';

const text = (value: string): CellContent => ({ kind: 'text', value });
const num = (value: number, percentFormat = false): CellContent => ({ kind: 'number', value, percentFormat });
const ok = (value: unknown) => ({ ok: true, value });
const bad = (code: string, raw: string) => expect.objectContaining({ ok: false, code, raw });

describe('cell conversions', () => {
  it.each([
    [num(12), ok(12)],
    [num(0.955, true), ok(95.5)],
    [num(0.07, true), ok(7)],
    [text('1.234'), ok(1234)],
    [text('95,5'), ok(95.5)],
    [text('95,5%'), ok(95.5)],
    [text('1.234.567,8'), ok(1234567.8)],
    [text(' 42 '), ok(42)],
    [{ kind: 'empty' } as CellContent, ok(null)],
    [text('12 hồ sơ'), bad('xlsx-bad-number', '12 hồ sơ')],
    [text('1.23.4'), bad('xlsx-bad-number', '1.23.4')],
    [{ kind: 'date', value: new Date(Date.UTC(2024, 0, 2)) } as CellContent, bad('xlsx-bad-number', '2024-01-02')],
    [{ kind: 'error', value: '#DIV/0!' } as CellContent, bad('xlsx-error-value', '#DIV/0!')],
    [{ kind: 'no-result', formula: 'A1+A2' } as CellContent, bad('xlsx-formula-no-result', '=A1+A2')],
  ])('number %j → %j', (content, expected) => {
    expect(toNumber(content)).toEqual(expected);
  });

  it.each([
    ['Có', true],
    ['có', true],
    ['CO', true],
    ['x', true],
    ['Không', false],
    ['khong', false],
    ['Sai', false],
  ])('boolean "%s" → %s', (t, v) => {
    expect(toBoolean(text(t))).toEqual(ok(v));
  });

  it('boolean from cells and failures', () => {
    expect(toBoolean({ kind: 'boolean', value: false })).toEqual(ok(false));
    expect(toBoolean(num(1))).toEqual(ok(true));
    expect(toBoolean(num(2))).toEqual(bad('xlsx-bad-boolean', '2'));
    expect(toBoolean(text('được'))).toEqual(bad('xlsx-bad-boolean', 'được'));
  });

  it.each([
    ['Hoàn thành', 'done'],
    ['hoàn  thành ', 'done'],
    ['HOAN THANH', 'done'],
    ['Đang thực hiện', 'in-progress'],
    ['chưa thực hiện', 'not-started'],
    ['in-progress', 'in-progress'],
  ])('status "%s" → %s', (t, v) => {
    expect(toStatus(text(t))).toEqual(ok(v));
  });

  it('a status outside the list', () => {
    expect(toStatus(text('Xong'))).toEqual(bad('xlsx-bad-status', 'Xong'));
  });

  it('a cell of the wrong kind keeps the text the spreadsheet shows, in every conversion', () => {
    const yes: CellContent = { kind: 'boolean', value: true };
    expect(toNumber(yes)).toEqual(bad('xlsx-bad-number', 'TRUE'));
    expect(toStatus(yes)).toEqual(bad('xlsx-bad-status', 'TRUE'));
    expect(toDate({ kind: 'boolean', value: false })).toEqual(bad('xlsx-bad-date', 'FALSE'));
    expect(toStatus(num(2.5))).toEqual(bad('xlsx-bad-status', '2.5'));
  });

  it.each([
    [text('05/06/2024'), ok('2024-06-05')],
    [text('5/6/2024'), ok('2024-06-05')],
    [text('05-06-2024'), ok('2024-06-05')],
    [text('05.06.2024'), ok('2024-06-05')],
    [text('2024-06-05'), ok('2024-06-05')],
    [num(45448), ok('2024-06-05')],
    [{ kind: 'date', value: new Date(Date.UTC(2024, 5, 5)) } as CellContent, ok('2024-06-05')],
    [{ kind: 'date', value: new Date(Date.UTC(2024, 5, 5, 23, 59, 59, 999)) } as CellContent, ok('2024-06-05')],
    [{ kind: 'empty' } as CellContent, ok('')],
    [text('30/02/2024'), bad('xlsx-bad-date', '30/02/2024')],
    [text('tháng 6'), bad('xlsx-bad-date', 'tháng 6')],
  ])('date %j → %j', (content, expected) => {
    expect(toDate(content)).toEqual(expected);
  });

  it('text keeps what was typed; numbers in text cells become digits', () => {
    expect(toText(text('dòng 1\ndòng 2'))).toEqual(ok('dòng 1\ndòng 2'));
    expect(toText(num(912345678))).toEqual(ok('912345678'));
    expect(toText({ kind: 'empty' })).toEqual(ok(''));
  });

  it('folds Vietnamese for loose matching', () => {
    expect(fold('  Đang   Thực hiện ')).toBe('dang thuc hien');
  });

  it('knows percentage formats', () => {
    expect(isPercentFormat('0.0%')).toBe(true);
    expect(isPercentFormat('0"%"')).toBe(false);
    expect(isPercentFormat('#,##0')).toBe(false);
    expect(isPercentFormat(undefined)).toBe(false);
  });
});
