import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../../src/render/formatters/github.js';
import { SAMPLE } from './sample-result.js';

const options = { lang: 'vi' as const, colour: false, root: process.cwd() };

/** Parses a workflow command the way the runner does: properties split on ",", values on the first "=". */
function parseCommand(line: string) {
  const m = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  if (!m) return null;
  const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const props = Object.fromEntries(
    m[2]!.split(',').map((p) => {
      const i = p.indexOf('=');
      return [p.slice(0, i), unescape(p.slice(i + 1))];
    }),
  );
  return { command: m[1]!, props, message: unescape(m[3]!) };
}

describe('github formatter', () => {
  const lines = github(SAMPLE, options).trimEnd().split('\n');

  it('emits one annotation per finding and a summary line', () => {
    expect(lines).toHaveLength(SAMPLE.diagnostics.length + 1);
    expect(lines[0]).toBe(
      '::error file=submissions/2024Q2/xa-dai-son.yaml,line=14,col=21,title=part-exceeds-whole::Số hồ sơ giải quyết đúng hạn (120) lớn hơn số hồ sơ đã giải quyết (100).',
    );
    expect(lines.map((l) => parseCommand(l)?.command)).toEqual(['error', 'error', 'warning', 'error', 'notice', 'error', undefined]);
    expect(lines.at(-1)).toBe('6 vấn đề (4 lỗi, 1 cảnh báo, 1 thông tin) trong 4 tệp');
  });

  it('escapes %, CR and LF in messages and also : and , in properties', () => {
    expect(escapeData('50% a\r\nb')).toBe('50%25 a%0D%0Ab');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
    const parsed = lines.map(parseCommand);
    expect(parsed[1]!.message).toBe(SAMPLE.diagnostics[1]!.message);
    expect(lines[1]).not.toMatch(/\r|\n/);
    const cell = parsed[3]!;
    expect(cell.props).toEqual({ file: 'submissions/2024Q2/xa-hung-dao.xlsx', title: 'percent-out-of-range (Thủ tục hành chính!D12)' });
    expect(cell.message).toBe('Thủ tục hành chính!D12: Tỷ lệ phải từ 0 đến 100.');
    expect(parsed[5]!.props).toEqual({ file: 'submissions/2024Q2/thi tran tu ky.yaml', title: 'empty-file' });
  });

  it('says so when there is nothing to report', () => {
    expect(github({ files: 2, fileList: ['a', 'b'], diagnostics: [] }, { ...options, lang: 'en' })).toBe('No problems in 2 files.\n');
  });
});
