import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Workbook } from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, cchc } from '../helpers/cli.js';
import { FIXTURES, tempRepo } from '../helpers/fixture-repo.js';
import { fill, openWorkbook, saveWorkbook } from '../helpers/xlsx-fill.js';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('cchc template', () => {
  it('writes the form of one unit into bieu-mau/<period>/, a folder git ignores, and refuses to overwrite without --force', () => {
    const root = tempRepo();
    spawnSync('git', ['init', '-q'], { cwd: root });
    const r = cchc(['template', '--unit', 'xa-an-binh', '--period', '2024Q3'], { cwd: root });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Đã tạo biểu mẫu bieu-mau/2024Q3/xa-an-binh.xlsx (Xã An Bình, 2024Q3).\n');
    expect(readFileSync(join(root, 'bieu-mau/2024Q3/xa-an-binh.xlsx')).subarray(0, 2).toString()).toBe('PK');
    // The form is for a person to fill in and send; it is not part of the repository's data.
    const ignored = spawnSync('git', ['check-ignore', 'bieu-mau/2024Q3/xa-an-binh.xlsx'], { cwd: root, encoding: 'utf8' });
    expect(ignored.status).toBe(0);
    expect(spawnSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).stdout).not.toContain('bieu-mau');
    const again = cchc(['template', '--unit', 'xa-an-binh', '--period', '2024Q3'], { cwd: root });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('cchc: Tệp bieu-mau/2024Q3/xa-an-binh.xlsx đã có; dùng --force để ghi đè.\n');
    expect(cchc(['template', '--unit', 'xa-an-binh', '--period', '2024Q3', '--force'], { cwd: root }).code).toBe(0);
    // -o names the file, as in every command.
    expect(cchc(['template', '--unit', 'xa-an-binh', '--period', '2024Q3', '-o', 'an-binh.xlsx'], { cwd: root }).code).toBe(0);
    expect(existsSync(join(root, 'an-binh.xlsx'))).toBe(true);
  });

  it('writes a YAML form whose schema line points at the repository schemas', () => {
    const root = tempRepo();
    const r = cchc(['template', '--unit', 'tt-trung-tam', '--period', '2024S1', '--format', 'yaml', '--out', 'submissions/2024S1/tt-trung-tam.yaml'], { cwd: root });
    expect(r.code).toBe(0);
    const text = readFileSync(join(root, 'submissions/2024S1/tt-trung-tam.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/submission.schema.json');
    expect(text).toContain('period: 2024S1');
  });

  it('--all writes one form per unit active in the period', () => {
    const root = tempRepo();
    // xa-an-binh is dissolved on 30/06/2025: no form for 2025Q3.
    const r = cchc(['template', '--all', '--period', '2025Q3', '--out', 'bieu-mau'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Đã tạo 2 biểu mẫu trong bieu-mau.\n');
    expect(existsSync(join(root, 'bieu-mau/phong-noi-vu.xlsx'))).toBe(true);
    expect(existsSync(join(root, 'bieu-mau/tt-trung-tam.xlsx'))).toBe(true);
    expect(existsSync(join(root, 'bieu-mau/xa-an-binh.xlsx'))).toBe(false);
  });

  it.each([
    [['--period', '2024Q2'], 'cchc: Cần chọn --unit ID hoặc --all (không dùng cả hai).'],
    [['--unit', 'xa-an-binh', '--all', '--period', '2024Q2'], 'cchc: Cần chọn --unit ID hoặc --all (không dùng cả hai).'],
    [['--unit', 'xa-an-binh', '--period', '2024Q5'], 'cchc: Kỳ báo cáo "2024Q5" không hợp lệ; dùng dạng 2024Q2 (quý), 2024S1 (6 tháng) hoặc 2024 (năm).'],
    [['--unit', 'xa-an-bin', '--period', '2024Q2'], 'cchc: Đơn vị "xa-an-bin" không có trong units.yaml (có phải "xa-an-binh"?).'],
    [['--unit', 'xa-an-binh', '--period', '2025Q4'], 'cchc: Đơn vị "xa-an-binh" không hoạt động trong kỳ 2025Q4 (thời gian hoạt động: không thời hạn – 30/06/2025).'],
  ])('refuses %j with one line and exit 2', (args, message) => {
    const r = cchc(['template', ...args], { cwd: tempRepo() });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${message}\n`);
    expect(r.stdout).toBe('');
  });

  it('accepts only the xlsx and yaml formats', () => {
    const r = cchc(['template', '--unit', 'xa-an-binh', '--period', '2024Q2', '--format', 'pdf'], { cwd: tempRepo() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^cchc: Giá trị "pdf" của --format.* không hợp lệ; chọn một trong: xlsx, yaml\.\n$/);
  });

  it('speaks English with --lang en', () => {
    const r = cchc(['template', '--unit', 'nobody', '--period', '2024Q2', '--lang', 'en'], { cwd: tempRepo() });
    expect(r.stderr).toBe('cchc: Unit "nobody" is not in units.yaml.\n');
  });
});

describe('xlsx submissions in cchc validate', () => {
  let root: string;

  beforeAll(async () => {
    root = tempRepo();
    expect(cchc(['template', '--unit', 'xa-an-binh', '--period', '2024Q3', '--out', 'submissions/2024Q3/xa-an-binh.xlsx'], { cwd: root }).code).toBe(0);
    const file = join(root, 'submissions/2024Q3/xa-an-binh.xlsx');
    const wb = await openWorkbook(readFileSync(file));
    fill(wb, 'submitted', '10/09/2024');
    fill(wb, 'preparedBy/name', 'Trần Thị Bình');
    fill(wb, 'areas/tthc/values/hs-giai-quyet', 400);
    fill(wb, 'areas/tthc/values/hs-dung-han', 401);
    fill(wb, 'areas/tthc/values/hs-qua-han', '4 hồ sơ');
    fill(wb, 'areas/tthc/values/hs-tiep-nhan', { formula: 'D20/0', result: { error: '#DIV/0!' } });
    writeFileSync(file, await saveWorkbook(wb));
  });

  it('points at sheet and cell in the stylish output, exit 1', () => {
    const r = cchc(['validate', 'submissions/2024Q3/xa-an-binh.xlsx'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/'Chỉ tiêu'!D\d+ +lỗi +"Số hồ sơ giải quyết quá hạn": "4 hồ sơ" không phải là số\. +xlsx-bad-number/);
    expect(r.stdout).toMatch(/'Chỉ tiêu'!D\d+ +lỗi +"Tổng số hồ sơ TTHC tiếp nhận trong kỳ": ô có lỗi #DIV\/0!/);
    expect(r.stdout).toMatch(/'Chỉ tiêu'!D\d+ +lỗi +"Số hồ sơ giải quyết đúng hạn và trước hạn" \(401\) lớn hơn/);
  });

  it('gives the cell in JSON', () => {
    const r = cchc(['validate', '--format', 'json', 'submissions/2024Q3/xa-an-binh.xlsx'], { cwd: root });
    const out = JSON.parse(r.stdout) as { diagnostics: { code: string; cell: string | null; line: number | null; path: string }[] };
    const bad = out.diagnostics.find((d) => d.code === 'xlsx-bad-number')!;
    expect(bad).toMatchObject({ line: null, path: '/areas/tthc/values/hs-qua-han' });
    expect(bad.cell).toMatch(/^Chỉ tiêu!D\d+$/);
    // The reader's problem is not repeated by the schema check.
    expect(out.diagnostics.filter((d) => d.path === '/areas/tthc/values/hs-qua-han').map((d) => d.code)).toEqual(['xlsx-bad-number']);
  });

  it('reports broken workbooks and goes on with the other files', () => {
    const broken = tempRepo({
      'submissions/2024Q2/tt-trung-tam.xlsx': readFileSync(join(FIXTURES, 'base-repo/units.yaml')),
    });
    const r = cchc(['validate', '--format', 'json'], { cwd: broken });
    const out = JSON.parse(r.stdout) as { files: number; diagnostics: { code: string; file: string }[] };
    expect(out.files).toBe(3);
    expect(out.diagnostics).toEqual([expect.objectContaining({ code: 'xlsx-not-a-workbook', file: 'submissions/2024Q2/tt-trung-tam.xlsx' })]);
    expect(r.code).toBe(1);
  });

  it('stops reading a workbook that exceeds the time budget', () => {
    const r = cchc(['validate', '--format', 'json', 'submissions/2024Q3/xa-an-binh.xlsx'], { cwd: root, env: { CCHC_XLSX_TIMEOUT_MS: '1' } });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { diagnostics: { code: string; message: string }[] };
    expect(out.diagnostics.map((d) => d.code)).toEqual(['xlsx-timeout']);
    expect(out.diagnostics[0]!.message).toContain('Đọc tệp Excel quá 1 giây nên đã dừng');
  });

  it('reads workbooks in a process of their own: the CLI never loads exceljs, the reader does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-trace-'));
    // NODE_OPTIONS reaches every process of the run: each records the modules it loaded.
    const r = spawnSync(process.execPath, [BIN, 'validate', 'submissions/2024Q3/xa-an-binh.xlsx'], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', CCHC_RECORD_DIR: dir, NODE_OPTIONS: `--require ${join(FIXTURES, '../helpers/record-modules-each.cjs')}` },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    // The reader ends when the CLI does: give it a moment to write its record.
    const records = async () => {
      for (let i = 0; i < 50 && readdirSync(dir).length < 2; i++) await new Promise((done) => setTimeout(done, 100));
      return readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { argv: string[]; modules: string[] });
    };
    const all = await records();
    const cli = all.find((p) => p.argv.some((a) => a.endsWith('bin/cchc')))!;
    const reader = all.find((p) => p !== cli)!;
    const exceljs = (m: string) => /node_modules[\\/]exceljs[\\/]/.test(m);
    expect(cli.modules.filter(exceljs)).toEqual([]);
    expect(reader.modules.some(exceljs)).toBe(true);
  });
});

describe('a form made from another version of the plan', () => {
  /** A repository whose plan is the bundled one at version 0.9, with one more row that the current version dropped. */
  function olderPlanRepo(): string {
    const text = readFileSync(join(ROOT, 'plans/tu-ky-2021-2025.yaml'), 'utf8')
      .replace('version: "2.0"', 'version: "0.9"')
      .replace(
        '\nindicators:\n',
        [
          '\nindicators:',
          '  - id: hs-buu-chinh',
          '    area: tthc',
          '    name: Số hồ sơ tiếp nhận qua dịch vụ bưu chính công ích',
          '    unit: hồ sơ',
          '    type: count',
          '    reportedBy: [commune, town, ward]',
          '    aggregation: { units: sum, time: sum }',
          '',
        ].join('\n'),
      );
    const root = tempRepo({ 'plans/cu.yaml': text });
    writeFileSync(join(root, 'cchc.yaml'), readFileSync(join(root, 'cchc.yaml'), 'utf8') + 'plan: plans/cu.yaml\n');
    return root;
  }

  /** xa-an-binh's 2024Q3 form made in that repository, with a date and one figure typed in. */
  async function filledOlderForm(): Promise<Workbook> {
    const old = olderPlanRepo();
    const form = join(old, 'form.xlsx');
    expect(cchc(['template', '--unit', 'xa-an-binh', '--period', '2024Q3', '--out', form], { cwd: old }).code).toBe(0);
    const wb = await openWorkbook(readFileSync(form));
    fill(wb, 'submitted', '10/09/2024');
    fill(wb, 'areas/tthc/values/hs-tiep-nhan', 30);
    return wb;
  }

  it('cchc template writes the plan and version the repository uses into the form', async () => {
    const root = tempRepo();
    expect(cchc(['template', '--unit', 'xa-an-binh', '--period', '2024Q3'], { cwd: root }).code).toBe(0);
    const wb = await openWorkbook(readFileSync(join(root, 'bieu-mau/2024Q3/xa-an-binh.xlsx')));
    const meta = wb.worksheets.find((ws) => ws.getCell('A1').value === 'cchc:meta')!;
    const pairs = new Map<unknown, unknown>();
    meta.eachRow((row) => pairs.set(row.getCell(1).value, row.getCell(2).value));
    expect(pairs.get('plan')).toBe('tu-ky-2021-2025');
    expect(pairs.get('planVersion')).toBe('2.0');
    const old = olderPlanRepo();
    expect(cchc(['template', '--unit', 'xa-an-binh', '--period', '2024Q3'], { cwd: old }).code).toBe(0);
    const oldMeta = (await openWorkbook(readFileSync(join(old, 'bieu-mau/2024Q3/xa-an-binh.xlsx')))).worksheets.find((ws) => ws.getCell('A1').value === 'cchc:meta')!;
    expect(oldMeta.getColumn(2).values).toContain('0.9');
  });

  it('validate warns when every row still maps, and fails naming the rows that do not', async () => {
    const wb = await filledOlderForm();
    const root = tempRepo({ 'submissions/2024Q3/xa-an-binh.xlsx': await saveWorkbook(wb) });
    const warned = cchc(['validate', 'submissions/2024Q3/xa-an-binh.xlsx'], { cwd: root });
    expect(warned.stdout).toMatch(
      /'Thông tin chung'!B\d+ +cảnh báo +Biểu mẫu được tạo từ kế hoạch tu-ky-2021-2025 phiên bản 0\.9, khác với kế hoạch kho báo cáo đang dùng \(tu-ky-2021-2025 phiên bản 2\.0\)\. .*\(1 dòng trống không còn trong kế hoạch được bỏ qua\).* +form-plan-changed/,
    );
    expect(warned.stdout).not.toMatch(/unknown-indicator/);
    const english = cchc(['validate', '--lang', 'en', 'submissions/2024Q3/xa-an-binh.xlsx'], { cwd: root });
    expect(english.stdout).toMatch(/The form was made from plan tu-ky-2021-2025 version 0\.9, not the plan this repository uses \(tu-ky-2021-2025 version 2\.0\)/);

    fill(wb, 'areas/tthc/values/hs-buu-chinh', 7);
    writeFileSync(join(root, 'submissions/2024Q3/xa-an-binh.xlsx'), await saveWorkbook(wb));
    const failed = cchc(['validate', '--format', 'json', 'submissions/2024Q3/xa-an-binh.xlsx'], { cwd: root });
    expect(failed.code).toBe(1);
    const out = JSON.parse(failed.stdout) as { diagnostics: { code: string; severity: string; cell: string | null; message: string }[] };
    const mismatch = out.diagnostics.filter((d) => d.code.startsWith('form-plan-') || d.code === 'unknown-indicator');
    expect(mismatch).toEqual([expect.objectContaining({ code: 'form-plan-mismatch', severity: 'error', cell: expect.stringMatching(/^Thông tin chung!B\d+$/) })]);
    expect(mismatch[0]!.message).toMatch(/1 dòng đã điền không còn trong kế hoạch hiện hành \(Chỉ tiêu!B\d+ «hs-buu-chinh»\)/);
  });

  it('convert says the same: converts with a warning when every row maps, refuses when a filled row would be lost', async () => {
    const wb = await filledOlderForm();
    const root = tempRepo({ 'xa-an-binh.xlsx': await saveWorkbook(wb) });
    const ok = cchc(['convert', 'xa-an-binh.xlsx', '--to', 'yaml'], { cwd: root });
    expect(ok.code).toBe(0);
    expect(ok.stderr).toMatch(/^\.\/xa-an-binh\.xlsx Thông tin chung!B\d+: Biểu mẫu được tạo từ kế hoạch tu-ky-2021-2025 phiên bản 0\.9.* \[form-plan-changed\]\n$/);
    expect(readFileSync(join(root, 'xa-an-binh.yaml'), 'utf8')).not.toContain('hs-buu-chinh');

    fill(wb, 'areas/tthc/values/hs-buu-chinh', 7);
    writeFileSync(join(root, 'xa-an-binh.xlsx'), await saveWorkbook(wb));
    const refused = cchc(['convert', 'xa-an-binh.xlsx', '--to', 'yaml', '--out', 'moi.yaml'], { cwd: root });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('[form-plan-mismatch]');
    expect(existsSync(join(root, 'moi.yaml'))).toBe(false);
  });
});

describe('cchc convert', () => {
  it('refuses to convert a workbook with errors, writes nothing and leaves the input alone', async () => {
    const root = tempRepo();
    cchc(['template', '--unit', 'xa-an-binh', '--period', '2024Q3', '--out', 'in.xlsx'], { cwd: root });
    const wb = await openWorkbook(readFileSync(join(root, 'in.xlsx')));
    const cell = fill(wb, 'areas/tthc/values/hs-qua-han', '4 hồ sơ');
    writeFileSync(join(root, 'in.xlsx'), await saveWorkbook(wb));
    const before = sha(join(root, 'in.xlsx'));
    const r = cchc(['convert', 'in.xlsx', '--to', 'yaml'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`in.xlsx ${cell}: "Số hồ sơ giải quyết quá hạn": "4 hồ sơ" không phải là số. [xlsx-bad-number]`);
    expect(r.stderr).toContain('Không chuyển được in.xlsx: tệp có lỗi phải sửa trước.');
    expect(existsSync(join(root, 'in.yaml'))).toBe(false);
    expect(sha(join(root, 'in.xlsx'))).toBe(before);
  });

  it('converts a submission into bieu-mau/<period>/, not beside it (that would be a duplicate), keeps every value, and will not overwrite', () => {
    const root = tempRepo();
    const src = join(root, 'submissions/2024Q2/xa-an-binh.yaml');
    const before = sha(src);
    const r = cchc(['convert', 'submissions/2024Q2/xa-an-binh.yaml', '--to', 'xlsx'], { cwd: root });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'Đã chuyển submissions/2024Q2/xa-an-binh.yaml thành bieu-mau/2024Q2/xa-an-binh.xlsx.\n' +
        'Muốn nộp bản Excel thay cho submissions/2024Q2/xa-an-binh.yaml: chép bieu-mau/2024Q2/xa-an-binh.xlsx vào submissions/2024Q2 rồi xóa submissions/2024Q2/xa-an-binh.yaml.\n',
    );
    expect(sha(src)).toBe(before);
    // The repository still validates: no second report of the unit appeared.
    expect(cchc(['validate'], { cwd: root }).stdout).not.toContain('duplicate-submission');
    const again = cchc(['convert', 'submissions/2024Q2/xa-an-binh.yaml', '--to', 'xlsx'], { cwd: root });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('đã có; dùng --force để ghi đè');
    // Written beside the input on purpose: refused, naming the file it would duplicate.
    const beside = cchc(['convert', 'submissions/2024Q2/xa-an-binh.yaml', '--to', 'xlsx', '-o', 'submissions/2024Q2/xa-an-binh.xlsx'], { cwd: root });
    expect(beside.code).toBe(2);
    expect(beside.stderr).toContain('submissions/2024Q2/xa-an-binh.yaml của cùng đơn vị');
    expect(existsSync(join(root, 'submissions/2024Q2/xa-an-binh.xlsx'))).toBe(false);
  });

  it('works outside any repository, with the bundled plan', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-alone-'));
    writeFileSync(
      join(dir, 'don-vi-moi.yaml'),
      'unit: don-vi-moi\nperiod: 2024Q2\nsubmitted: "2024-06-10"\nareas:\n  tthc:\n    values: { hs-tiep-nhan: 12, chi-tieu-la: 3 }\n    narrative: { results: "Kết quả" }\n',
    );
    const r = cchc(['convert', 'don-vi-moi.yaml', '--to', 'xlsx'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('Lưu ý: đơn vị "don-vi-moi" không có trong danh sách đơn vị; biểu mẫu chỉ gồm các dòng có trong báo cáo.\n');
    const back = cchc(['convert', 'don-vi-moi.xlsx', '--to', 'yaml', '--out', 'lai.yaml'], { cwd: dir });
    expect(back.code).toBe(0);
    expect(readFileSync(join(dir, 'lai.yaml'), 'utf8')).toContain('chi-tieu-la: 3');
  });

  it.each([
    [['convert', 'khong-co.yaml', '--to', 'xlsx'], 'cchc: Không tìm thấy tệp khong-co.yaml.'],
    [['convert', 'cchc.yaml', '--to', 'yaml'], 'cchc: Tệp cchc.yaml đã ở dạng yaml.'],
    [['convert', 'cchc.yaml', '--to', 'xlsx', '--out', 'cchc.yaml'], 'cchc: Tệp ghi ra trùng với tệp đầu vào (cchc.yaml).'],
  ])('refuses %j', (args, message) => {
    const r = cchc(args, { cwd: tempRepo() });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${message}\n`);
  });
});
