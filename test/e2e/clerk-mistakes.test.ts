/**
 * Mistakes a commune clerk makes in the Excel form and in YAML, made as the
 * clerk makes them, then checked with the built CLI: each is found at its cell
 * or line, says what to do, in Vietnamese (English with --lang en), and one
 * mistake gives one finding.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cchc } from '../helpers/cli.js';
import { BASE_REPO, tempRepo } from '../helpers/fixture-repo.js';
import { fill, locateRow, openWorkbook, saveWorkbook } from '../helpers/xlsx-fill.js';

interface Found {
  line: number | null;
  column: number | null;
  cell: string | null;
  code: string;
  message: string;
  severity: string;
}

const FILE = 'submissions/2024Q2/xa-an-binh';
const YAML_TEXT = readFileSync(join(BASE_REPO, `${FILE}.yaml`), 'utf8');

function check(repo: string, file: string, lang = 'vi'): { code: number; list: Found[] } {
  const r = cchc(['validate', file, '--format', 'json', '--lang', lang], { cwd: repo });
  return { code: r.code, list: (JSON.parse(r.stdout) as { diagnostics: Found[] }).diagnostics };
}

describe('the Excel form', () => {
  let form: Uint8Array;

  beforeAll(() => {
    // The unit's quarter as a filled form, as the clerk would have it before the slip.
    const repo = tempRepo();
    const out = join(repo, 'form.xlsx');
    const r = cchc(['convert', `${FILE}.yaml`, '--to', 'xlsx', '-o', out], { cwd: repo });
    expect(r.code, r.stderr).toBe(0);
    form = readFileSync(out);
  });

  /** A repository whose unit sent the form after `edit`. */
  async function sent(edit: (wb: Awaited<ReturnType<typeof openWorkbook>>) => void): Promise<string> {
    const wb = await openWorkbook(form);
    edit(wb);
    const repo = tempRepo({ [`${FILE}.xlsx`]: await saveWorkbook(wb) });
    rmSync(join(repo, `${FILE}.yaml`));
    return repo;
  }

  it('the unchanged form is clean', async () => {
    const repo = await sent(() => undefined);
    expect(check(repo, `${FILE}.xlsx`)).toEqual({ code: 0, list: [] });
  });

  it('"100%" typed in a count row is an error at its cell: the row wants the count', async () => {
    let cell = '';
    const repo = await sent((wb) => (cell = fill(wb, 'areas/tthc/values/tthc-cong-khai', '100%')));
    const { code, list } = check(repo, `${FILE}.xlsx`);
    expect(code).toBe(1);
    expect(list.map((d) => [d.cell, d.code])).toEqual([[cell, 'xlsx-percent-in-count']]);
    expect(list[0]!.message).toBe(
      '"Số thủ tục hành chính được công khai đầy đủ, kịp thời, đúng quy định" là số lượng, không phải tỷ lệ: ô có "100%". Ghi số lượng (ví dụ 113, không kèm dấu %); tỷ lệ do cchc tự tính từ các số lượng.',
    );
    expect(check(repo, `${FILE}.xlsx`, 'en').list[0]!.message).toContain('is a count, not a rate: the cell holds "100%"');
  });

  it('the same when Excel turned the typing into a percentage cell (1 shown as 100%)', async () => {
    let cell = '';
    const repo = await sent((wb) => {
      cell = fill(wb, 'areas/tthc/values/tthc-cong-khai', 1);
      const { ws, row, col } = locateRow(wb, 'areas/tthc/values/tthc-cong-khai');
      const c = ws.getCell(row, col);
      c.style = { ...c.style, numFmt: '0%' }; // its own style: cells of a loaded sheet share theirs
    });
    const { list } = check(repo, `${FILE}.xlsx`);
    expect(list.map((d) => [d.cell, d.code])).toEqual([[cell, 'xlsx-percent-in-count']]);
    expect(list[0]!.message).toContain('ô có "100%"');
  });

  it('"85%" in a points row is an error at its cell', async () => {
    let cell = '';
    const repo = await sent((wb) => (cell = fill(wb, 'areas/tai-chinh/values/thtk-diem', '85%')));
    const { code, list } = check(repo, `${FILE}.xlsx`);
    expect(code).toBe(1);
    expect(list.map((d) => [d.cell, d.code])).toEqual([[cell, 'xlsx-percent-in-number']]);
    expect(list[0]!.message).toContain('không phải tỷ lệ: ô có "85%". Ghi con số không kèm dấu %, ví dụ 85.');
  });

  it('a figure typed beside the input (in the target or guidance column) is a warning at that cell', async () => {
    const places: string[] = [];
    const repo = await sent((wb) => {
      for (const [key, offset, value] of [
        ['areas/tthc/values/hs-tiep-nhan', 1, 412],
        ['areas/tthc/values/hs-truc-tuyen', 2, '190'],
      ] as const) {
        const { ws, row, col } = locateRow(wb, key);
        ws.getCell(row, col + offset).value = value;
        places.push(`${ws.name}!${ws.getCell(row, col + offset).address}`);
      }
    });
    const { code, list } = check(repo, `${FILE}.xlsx`);
    expect(code).toBe(0);
    expect(list.map((d) => [d.cell, d.code, d.severity])).toEqual(places.map((p) => [p, 'xlsx-value-outside-input', 'warning']));
    expect(list[0]!.message).toMatch(/^Ô này có "412" nhưng không phải ô nhập của dòng "Tổng số hồ sơ TTHC tiếp nhận trong kỳ"; cchc không đọc ô này\. Ghi số liệu vào ô D\d+ \(ô nền vàng\) rồi xóa ô này\.$/);
  });

  it('text typed into the target or guidance column is a warning at that cell: it is not read', async () => {
    const places: string[] = [];
    const repo = await sent((wb) => {
      // A remark in the target cell, and one added under the guidance.
      const t = locateRow(wb, 'areas/tthc/values/hs-tiep-nhan');
      const target = t.ws.getCell(t.row, t.col + 1);
      target.value = 'Đã tiếp nhận đủ, không tồn đọng';
      const g = locateRow(wb, 'areas/tthc/values/hs-truc-tuyen');
      const guidance = g.ws.getCell(g.row, g.col + 2);
      expect(String(guidance.value ?? '')).not.toBe('');
      guidance.value = `${String(guidance.value)}\nCó 3 hồ sơ nộp qua bưu chính`;
      places.push(`${t.ws.name}!${target.address}`, `${g.ws.name}!${guidance.address}`);
    });
    const { code, list } = check(repo, `${FILE}.xlsx`);
    expect(code).toBe(0);
    expect(list.map((d) => [d.cell, d.code, d.severity])).toEqual(places.map((p) => [p, 'xlsx-text-outside-input', 'warning']));
    expect(list[0]!.message).toMatch(
      /^Ô này có "Đã tiếp nhận đủ, không tồn đọng" ghi thêm vào cột chỉ tiêu kế hoạch hoặc hướng dẫn của dòng "Tổng số hồ sơ TTHC tiếp nhận trong kỳ"; cchc không đọc cột này nên nội dung đó sẽ không được ghi nhận\. Ghi số liệu của dòng vào ô D\d+ \(ô nền vàng\) rồi xóa phần ghi thêm ở ô này\.$/,
    );
    // Only what was added to the guidance is quoted.
    expect(list[1]!.message).toMatch(/^Ô này có "Có 3 hồ sơ nộp qua bưu chính" ghi thêm/);
    expect(check(repo, `${FILE}.xlsx`, 'en').list[1]!.message).toMatch(
      /^This cell holds "Có 3 hồ sơ nộp qua bưu chính", added to the target or guidance of row ".+"; cchc does not read this column, so it will be lost\. Enter the row's value in cell D\d+/,
    );
  });

  it('text in those columns of a form made from another plan version is left to the plan finding', async () => {
    const repo = await sent((wb) => {
      const t = locateRow(wb, 'areas/tthc/values/hs-tiep-nhan');
      t.ws.getCell(t.row, t.col + 2).value = 'Hướng dẫn của kế hoạch cũ';
      const meta = wb.worksheets.find((ws) => ws.getCell(1, 1).value === 'cchc:meta')!;
      for (let r = 2; r <= meta.rowCount; r++) if (meta.getCell(r, 1).value === 'planVersion') meta.getCell(r, 2).value = '0.1';
    });
    expect(check(repo, `${FILE}.xlsx`).list.map((d) => d.code)).toEqual(['form-plan-changed']);
  });

  it('a required value left empty is an error at its cell (exit 1)', async () => {
    let cell = '';
    const repo = await sent((wb) => (cell = fill(wb, 'areas/tthc/values/hs-qua-han', null)));
    const { code, list } = check(repo, `${FILE}.xlsx`);
    expect(code).toBe(1);
    const empty = list.filter((d) => d.code === 'empty-required-value');
    expect(empty.map((d) => d.cell)).toEqual([cell]);
    expect(empty[0]!.message).toBe(
      '"Số hồ sơ giải quyết quá hạn" là số liệu bắt buộc nhưng đang để trống; hãy ghi số liệu (ghi 0 nếu trong kỳ không phát sinh).',
    );
  });
});

describe('YAML', () => {
  const repoWith = (text: string) => tempRepo({ [`${FILE}.yaml`]: text });
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('a required value left empty is an error at its key', () => {
    const text = YAML_TEXT.replace('hs-qua-han: 4', 'hs-qua-han:');
    const { code, list } = check(repoWith(text), `${FILE}.yaml`);
    expect(code).toBe(1);
    expect(list.filter((d) => d.code === 'empty-required-value').map((d) => [d.line, d.column])).toEqual([[lineOf(text, 'hs-qua-han'), 7]]);
  });

  it('text with an unquoted colon: one finding, on its line, with the line written right', () => {
    const text = YAML_TEXT.replace('results: Bộ phận Một cửa hoạt động ổn định.', 'results: Kết quả: Bộ phận Một cửa hoạt động ổn định.');
    const { code, list } = check(repoWith(text), `${FILE}.yaml`);
    expect(code).toBe(1);
    expect(list.map((d) => [d.line, d.code])).toEqual([[lineOf(text, 'Kết quả:'), 'yaml-syntax']]);
    expect(list[0]!.message).toBe(
      'Lỗi cú pháp YAML: giá trị của "results" là chữ có dấu hai chấm (:), nên bị hiểu nhầm thành một mục mới. Đặt cả đoạn chữ trong dấu nháy kép: results: "Kết quả: Bộ phận Một cửa hoạt động ổn định."',
    );
    expect(check(repoWith(text), `${FILE}.yaml`, 'en').list[0]!.message).toContain('Put the whole text in double quotes: results: "Kết quả:');
  });

  it('one line indented too deep: one finding at that line, not at the one above', () => {
    const text = YAML_TEXT.replace('      hs-giai-quyet: 400', '          hs-giai-quyet: 400');
    const { list } = check(repoWith(text), `${FILE}.yaml`);
    const line = lineOf(text, 'hs-giai-quyet');
    expect(list.map((d) => [d.line, d.code])).toEqual([[line, 'yaml-syntax']]);
    expect(list[0]!.message).toBe(
      `Lỗi cú pháp YAML: dòng ${line} thụt vào 10 dấu cách, sâu hơn dòng ${line - 1} (6 dấu cách), nhưng dòng ${line - 1} đã có giá trị nên không có mục con. Viết dòng ${line} thẳng cột với dòng ${line - 1} (6 dấu cách).`,
    );
  });

  it('a heading indented off its siblings is the line reported, not its children', () => {
    const text = YAML_TEXT.replace('  cong-vu:\n', '   cong-vu:\n');
    const { list } = check(repoWith(text), `${FILE}.yaml`);
    expect(list.map((d) => [d.line, d.code])).toEqual([[lineOf(text, 'cong-vu:'), 'yaml-syntax']]);
    expect(list[0]!.message).toContain(`thụt vào 3 dấu cách, lệch với các mục cùng cấp (thụt vào 2 dấu cách, như dòng ${lineOf(text, 'tthc:')})`);
  });

  it('a tab used to indent: one finding at its line', () => {
    const text = YAML_TEXT.replace('      hs-truc-tuyen: 190', '\ths-truc-tuyen: 190');
    const { list } = check(repoWith(text), `${FILE}.yaml`);
    expect(list.map((d) => [d.line, d.column, d.code])).toEqual([[lineOf(text, 'hs-truc-tuyen'), 1, 'yaml-syntax']]);
    expect(list[0]!.message).toContain('thụt đầu dòng bằng phím Tab, YAML chỉ cho phép dấu cách');
  });

  it('three mistakes in one file: three findings, each at its line', () => {
    const text = YAML_TEXT.replace('submitted: "2024-06-10"', 'submitted: "2024-06-10')
      .replace('      hs-truc-tuyen: 190', '\ths-truc-tuyen: 190')
      .replace('results: Bộ phận Một cửa hoạt động ổn định.', 'results: Ghi chú: ổn định.');
    const { list } = check(repoWith(text), `${FILE}.yaml`);
    expect(list.map((d) => d.line)).toEqual([lineOf(text, 'submitted'), lineOf(text, 'hs-truc-tuyen'), lineOf(text, 'Ghi chú')]);
    expect(list.every((d) => d.code === 'yaml-syntax')).toBe(true);
  });

  it('1.234 for one thousand two hundred and thirty-four, and a number in quotes, say what to write', () => {
    const text = YAML_TEXT.replace('hs-tiep-nhan: 410', 'hs-tiep-nhan: 1.234').replace('hs-truc-tuyen: 190', 'hs-truc-tuyen: "190"');
    const { list } = check(repoWith(text), `${FILE}.yaml`);
    const byCode = new Map(list.map((d) => [d.code, d]));
    expect(byCode.get('thousands-separator')!.line).toBe(lineOf(text, '1.234'));
    expect(byCode.get('thousands-separator')!.message).toBe(
      '"Tổng số hồ sơ TTHC tiếp nhận trong kỳ" phải là một số nguyên; 1.234 được đọc là số thập phân 1,234. Nếu là 1234, viết 1234: trong YAML không dùng dấu chấm phân cách hàng nghìn.',
    );
    expect(byCode.get('number-in-quotes')!.message).toBe(
      '"Số hồ sơ tiếp nhận trực tuyến, trên môi trường điện tử" phải là một số, nhưng "190" được viết trong dấu nháy nên là chữ. Bỏ dấu nháy, viết: 190',
    );
  });
});
