// `cchc status` on the bundled example: the late and missing units it shows are exactly those the
// example's README documents ("Đã gửi / Gửi chậm / Không gửi" table), for every quarter, and the
// half year and the year follow from them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cchc, ROOT } from '../helpers/cli.js';

const EXAMPLE = join(ROOT, 'examples/tu-ky');

interface Documented {
  submitted: number;
  expected: number;
  late: Map<string, string>; // name → dd/mm/yyyy
  missing: string[];
}

/** The README's table: | 2024Q2 | 36/38 | Name (dd/mm/yyyy); … | Name; … | */
function documented(): Map<string, Documented> {
  const readme = readFileSync(join(EXAMPLE, 'README.md'), 'utf8');
  const out = new Map<string, Documented>();
  for (const m of readme.matchAll(/^\| (2024Q[1-4]) \| (\d+)\/(\d+) \| ([^|]*) \| ([^|]*) \|$/gm)) {
    const list = (cell: string) => (cell.trim() === '—' ? [] : cell.split(';').map((s) => s.trim()));
    const late = new Map(list(m[4]!).map((s) => {
      const [, name, date] = /^(.*) \((\d\d\/\d\d\/\d{4})\)$/.exec(s)!;
      return [name!, date!] as const;
    }));
    out.set(m[1]!, { submitted: Number(m[2]), expected: Number(m[3]), late, missing: list(m[5]!) });
  }
  return out;
}

interface Row {
  no: number;
  name: string;
  status: string;
  date: string;
  note: string;
}

function statusTable(period: string): { rows: Row[]; text: string; code: number } {
  const r = cchc(['status', '--period', period], { cwd: EXAMPLE });
  expect(r.stderr).toBe('');
  const rows = r.stdout
    .split('\n')
    .filter((l) => /^\s*\d+\s{2}/.test(l))
    .map((l) => {
      const [no, name, , status, date = '', note = ''] = l.trim().split(/\s{2,}/);
      return { no: Number(no), name: name!, status: status!, date, note };
    });
  return { rows, text: r.stdout, code: r.code };
}

const DOCS = documented();
const collator = new Intl.Collator('vi');

describe('cchc status in examples/tu-ky', () => {
  it('the README documents all four quarters', () => {
    expect([...DOCS.keys()]).toEqual(['2024Q1', '2024Q2', '2024Q3', '2024Q4']);
  });

  for (const [period, doc] of DOCS) {
    it(`${period}: shows exactly the documented late and missing units`, () => {
      const { rows, text, code } = statusTable(period);
      expect(code).toBe(0);
      expect(rows).toHaveLength(doc.expected);
      // Vietnamese collation, numbered 1…n.
      expect(rows.map((r) => r.name)).toEqual([...rows.map((r) => r.name)].sort(collator.compare));
      expect(rows.map((r) => r.no)).toEqual(rows.map((_, i) => i + 1));

      const late = rows.filter((r) => r.status.startsWith('Trễ hạn'));
      expect(new Map(late.map((r) => [r.name, r.date]))).toEqual(doc.late);
      expect(rows.filter((r) => r.status === 'Chưa gửi').map((r) => r.name).sort(collator.compare)).toEqual(
        [...doc.missing].sort(collator.compare),
      );
      expect(rows.filter((r) => r.status === 'Đúng hạn')).toHaveLength(doc.submitted - doc.late.size);
      expect(text).toContain(
        `Phải gửi: ${doc.expected} · Đã gửi đủ: ${doc.submitted} (đúng hạn ${doc.submitted - doc.late.size}, trễ hạn ${doc.late.size})`,
      );
    });
  }

  it('2024Q2: the late units are late by the right number of days (due 12/06/2024)', () => {
    const { rows, text } = statusTable('2024Q2');
    expect(text).toContain('hạn gửi 12/06/2024');
    const days = (date: string) => Number(date.slice(0, 2)) - 12;
    for (const r of rows.filter((x) => x.status.startsWith('Trễ hạn'))) expect(r.status).toBe(`Trễ hạn ${days(r.date)} ngày`);
  });

  it('2024S1 and 2024: a unit missing a quarter is incomplete, a unit late in any quarter is late', () => {
    for (const [period, quarters] of [
      ['2024S1', ['2024Q1', '2024Q2']],
      ['2024', ['2024Q1', '2024Q2', '2024Q3', '2024Q4']],
    ] as const) {
      const docs = quarters.map((q) => DOCS.get(q)!);
      const missing = new Set(docs.flatMap((d) => d.missing));
      const late = new Set(docs.flatMap((d) => [...d.late.keys()]).filter((n) => !missing.has(n)));
      const { rows, code } = statusTable(period);
      expect(code).toBe(0);
      expect(new Set(rows.filter((r) => r.status === 'Thiếu kỳ').map((r) => r.name))).toEqual(missing);
      expect(new Set(rows.filter((r) => r.status.startsWith('Trễ hạn')).map((r) => r.name))).toEqual(late);
      for (const r of rows.filter((x) => x.status === 'Thiếu kỳ')) expect(r.note).toMatch(/^chưa gửi Quý (I|II|III|IV)\/2024/);
      for (const r of rows.filter((x) => x.status.startsWith('Trễ hạn'))) expect(r.note).toMatch(/^nộp muộn Quý/);
    }
  });

  it('--strict fails the quarters with missing units and passes the complete ones', () => {
    for (const period of ['2024Q1', '2024Q2']) {
      const r = cchc(['status', '--period', period, '--strict'], { cwd: EXAMPLE });
      expect(r.code, period).toBe(DOCS.get(period)!.missing.length > 0 ? 1 : 0);
    }
    expect(DOCS.get('2024Q1')!.missing).toEqual([]);
  });
});
