import { describe, expect, it } from 'vitest';
import { gitlab } from '../../../src/render/formatters/gitlab.js';
import { SAMPLE } from './sample-result.js';

const options = { lang: 'vi' as const, colour: false, root: process.cwd() };

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

describe('gitlab formatter', () => {
  const issues = JSON.parse(gitlab(SAMPLE, options)) as Issue[];

  it('writes a Code Quality issue per finding with mapped severities', () => {
    expect(issues.map((i) => [i.check_name, i.severity, i.location.path, i.location.lines.begin])).toEqual([
      ['part-exceeds-whole', 'major', 'submissions/2024Q2/xa-dai-son.yaml', 14],
      ['unknown-indicator', 'major', 'submissions/2024Q2/xa-dai-son.yaml', 16],
      ['value-jump', 'minor', 'submissions/2024Q2/xa-dai-son.yaml', 20],
      ['percent-out-of-range', 'major', 'submissions/2024Q2/xa-hung-dao.xlsx', 1],
      ['late-submission', 'info', 'submissions/2024Q2/thi tran tu ky.yaml', 4],
      ['empty-file', 'major', 'submissions/2024Q2/thi tran tu ky.yaml', 1],
    ]);
    expect(issues[3]!.description).toBe('Thủ tục hành chính!D12: Tỷ lệ phải từ 0 đến 100.');
    for (const i of issues) expect(Object.keys(i).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
  });

  it('fingerprints are unique, and stable when lines move but not when the finding changes', () => {
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    for (const i of issues) expect(i.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    const moved = JSON.parse(
      gitlab({ ...SAMPLE, diagnostics: SAMPLE.diagnostics.map((d) => ({ ...d, line: d.line === null ? null : d.line + 3 })) }, options),
    ) as Issue[];
    expect(moved.map((i) => i.fingerprint)).toEqual(issues.map((i) => i.fingerprint));
    const other = JSON.parse(
      gitlab({ ...SAMPLE, diagnostics: [{ ...SAMPLE.diagnostics[0]!, path: '/areas/tthc/values/hs-qua-han' }] }, options),
    ) as Issue[];
    expect(other[0]!.fingerprint).not.toBe(issues[0]!.fingerprint);
  });

  it('an empty run is an empty array', () => {
    expect(gitlab({ files: 0, fileList: [], diagnostics: [] }, options)).toBe('[]\n');
  });
});
