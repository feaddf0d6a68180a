import { describe, expect, it } from 'vitest';
import { heightOfLines, wrappedLines } from '../../../src/util/wrapped-lines.js';

// The one estimate of text room that the form writer and the report workbook share.
describe('wrappedLines', () => {
  it('fits about one character per unit of width, less the padding (51 in a column 50 wide)', () => {
    expect(wrappedLines('a'.repeat(51), 50)).toBe(1);
    expect(wrappedLines('a'.repeat(52), 50)).toBe(2);
    expect(wrappedLines('a'.repeat(103), 50)).toBe(3);
  });

  it('counts every paragraph, an empty one too, and one line per paragraph when the cell does not wrap', () => {
    expect(wrappedLines('một\nhai\n\nbốn', 50)).toBe(4);
    expect(wrappedLines(`${'a'.repeat(200)}\nb`, 50, false)).toBe(2);
    expect(wrappedLines(`${'a'.repeat(200)}\nb`, 50)).toBe(5);
  });

  it('counts characters, not UTF-16 units, and keeps room for a few in the narrowest column', () => {
    expect(wrappedLines('😀'.repeat(51), 50)).toBe(1);
    expect(wrappedLines('abcd', 1)).toBe(1);
    expect(wrappedLines('abcde', 1)).toBe(2);
  });
});

describe('heightOfLines', () => {
  it('gives 15.75 pt a line and a little room, at most the 409 pt Excel allows', () => {
    expect(heightOfLines(1)).toBe(18);
    expect(heightOfLines(2)).toBe(34);
    expect(heightOfLines(0)).toBe(18);
    expect(heightOfLines(1000)).toBe(409);
  });
});
