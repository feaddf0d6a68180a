import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledPlan } from '../helpers/plan.js';
import { fill, locateRow, openWorkbook, saveWorkbook } from '../helpers/xlsx-fill.js';
import { buildForm, type Form } from '../../src/form/form.js';
import { writeXlsxForm } from '../../src/form/xlsx-form.js';
import { periodOf } from '../../src/consolidate/period.js';
import { readXlsx } from '../../src/read/xlsx.js';
import { hasOffice, officeSkipReason } from '../helpers/office.js';
import { addresseeLabels } from '../../src/repo/addressees.js';
import { loadCommonDifficulties } from '../../src/repo/common-difficulties.js';


/** Converts with LibreOffice in a profile of its own (parallel runs must not share one). */
function soffice(file: string, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-lo-out-'));
  const profile = mkdtempSync(join(tmpdir(), 'cchc-lo-profile-'));
  const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', dir, file], {
    encoding: 'utf8',
    timeout: 110_000,
  });
  const out = join(dir, file.replace(/^.*\//, '').replace(/\.\w+$/, `.${to.split(':')[0]}`));
  if (r.status !== 0 || !existsSync(out)) throw new Error(`soffice failed: ${r.stderr}`);
  return out;
}

officeSkipReason();

describe.skipIf(!hasOffice)('Excel forms in LibreOffice', () => {
  let form: Form;
  let work: string;
  let filled: string;

  beforeAll(async () => {
    const plan = await bundledPlan();
    form = buildForm(plan, { id: 'xa-an-binh', name: 'Xã An Bình', kind: 'commune', leads: ['tthc'] }, periodOf('2024Q2'), {
      due: '2024-06-12',
      addressees: addresseeLabels({ shortName: 'UBND huyện Tứ Kỳ', parent: 'UBND TỈNH HẢI DƯƠNG' }),
      commonDifficulties: loadCommonDifficulties(plan, null),
    });
    work = mkdtempSync(join(tmpdir(), 'cchc-lo-'));
    const wb = await openWorkbook(await writeXlsxForm(form));
    fill(wb, 'submitted', new Date(Date.UTC(2024, 5, 10)));
    fill(wb, 'preparedBy/name', 'Trần Thị Bình');
    fill(wb, 'preparedBy/phone', '0912345678');
    fill(wb, 'areas/tthc/values/hs-truc-tuyen', 190);
    fill(wb, 'areas/tthc/values/hs-truc-tiep', '1.220');
    const a = locateRow(wb, 'areas/tthc/values/hs-truc-tuyen');
    const b = locateRow(wb, 'areas/tthc/values/hs-truc-tiep');
    fill(wb, 'areas/tthc/values/hs-tiep-nhan', { formula: `D${a.row}+D${b.row}`, result: 1410 });
    fill(wb, 'areas/tthc/values/tg-cho-trung-binh', '12,5');
    fill(wb, 'areas/chinh-quyen-so/values/iso-9001', 'Có');
    fill(wb, 'areas/tai-chinh/values/cong-khai-ngan-sach', 'Không');
    fill(wb, 'areas/tthc/tasks/tt-01', 'Hoàn thành', 'status');
    fill(wb, 'areas/tthc/tasks/tt-02', 'Đang thực hiện', 'status');
    fill(wb, 'areas/tthc/tasks/tt-02', 'Chờ nâng cấp phần mềm một cửa', 'note');
    fill(wb, 'areas/tthc/narrative/results', 'Bộ phận Một cửa hoạt động ổn định.\nTỷ lệ hồ sơ đúng hạn đạt 99%.');
    // A difficulty picked from the list with the commune's own cause; proposals with their addressee.
    fill(wb, 'areas/tthc/narrative/difficulties/0', 'Tỷ lệ hồ sơ nộp trực tuyến chưa đạt chỉ tiêu.');
    fill(wb, 'areas/tthc/narrative/difficulties/0', 'Người dân quen nộp hồ sơ chứng thực trực tiếp.', 'cause');
    fill(wb, 'areas/tthc/narrative/difficulties/2', 'Máy quét hỏng.');
    fill(wb, 'areas/tthc/narrative/proposals/0', 'Đề nghị UBND tỉnh nâng cấp hệ thống một cửa điện tử.');
    fill(wb, 'areas/tthc/narrative/proposals/0', 'UBND tỉnh Hải Dương', 'to');
    filled = join(work, 'xa-an-binh.xlsx');
    writeFileSync(filled, await saveWorkbook(wb));
  });

  it('a filled form re-saved by LibreOffice Calc reads the same', async () => {
    const resaved = soffice(filled, 'xlsx');
    const original = await readXlsx(readFileSync(filled));
    const fromCalc = await readXlsx(readFileSync(resaved));
    expect(original.problems).toEqual([]);
    expect(fromCalc.problems).toEqual([]);
    expect(fromCalc.data).toEqual(original.data);
    const data = fromCalc.data as { areas: Record<string, { values: Record<string, unknown>; tasks: Record<string, unknown> }> };
    expect(data.areas['tthc']!.values).toMatchObject({ 'hs-tiep-nhan': 1410, 'hs-truc-tiep': 1220, 'tg-cho-trung-binh': 12.5 });
    expect(data.areas['tthc']!.tasks).toMatchObject({ 'tt-01': 'done', 'tt-02': { status: 'in-progress', note: 'Chờ nâng cấp phần mềm một cửa' } });
    expect((data.areas['tthc'] as unknown as { narrative: unknown }).narrative).toMatchObject({
      difficulties: [
        { issue: 'Tỷ lệ hồ sơ nộp trực tuyến chưa đạt chỉ tiêu.', cause: 'Người dân quen nộp hồ sơ chứng thực trực tiếp.' },
        { issue: 'Máy quét hỏng.' },
      ],
      proposals: [{ text: 'Đề nghị UBND tỉnh nâng cấp hệ thống một cửa điện tử.', to: 'upper' }],
    });
    expect(fromCalc.locator.locate(['areas', 'tthc', 'narrative', 'difficulties', 1, 'cause'])).toEqual(
      original.locator.locate(['areas', 'tthc', 'narrative', 'difficulties', 1, 'cause']),
    );
    expect(fromCalc.locator.locate(['areas', 'tthc', 'values', 'hs-tiep-nhan'])).toEqual(
      original.locator.locate(['areas', 'tthc', 'values', 'hs-tiep-nhan']),
    );
  });

  it('the form prints: instructions, names, units and targets in Vietnamese', () => {
    const pdf = soffice(filled, 'pdf');
    const r = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const text = r.stdout.replace(/\s+/g, ' ');
    for (const s of [
      'HƯỚNG DẪN ĐIỀN BIỂU MẪU BÁO CÁO CẢI CÁCH HÀNH CHÍNH',
      'Đơn vị báo cáo: Xã An Bình (mã đơn vị: xa-an-binh)',
      'Hạn gửi báo cáo: ngày 12/06/2024',
      'BIỂU SỐ LIỆU CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH',
      'Số hồ sơ TTHC đã giải quyết',
      'Chỉ tiêu kế hoạch năm 2024',
      '95%–100%',
      'TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH',
      'Chờ nâng cấp phần mềm một cửa',
      'THUYẾT MINH KẾT QUẢ THỰC HIỆN CẢI CÁCH HÀNH CHÍNH',
      'Bộ phận Một cửa hoạt động ổn định.',
      'Người dân quen nộp hồ sơ chứng thực trực tiếp.',
      'UBND tỉnh Hải Dương',
      'KHÓ KHĂN, HẠN CHẾ THƯỜNG GẶP',
      'Trần Thị Bình',
      '10/06/2024',
    ]) {
      expect(text).toContain(s);
    }
    // Nothing of the machinery is printed.
    expect(text).not.toContain('cchc:key');
    expect(text).not.toContain('areas/tthc/values');
  });

  it('a form saved as Excel 97-2003 (.xls) and renamed to .xlsx is recognised', async () => {
    const xls = soffice(filled, 'xls');
    const renamed = xls.replace(/\.xls$/, '.xlsx');
    copyFileSync(xls, renamed);
    const r = await readXlsx(readFileSync(renamed));
    expect(r.data).toBeUndefined();
    expect(r.problems.map((p) => p.code)).toEqual(['xlsx-legacy-format']);
  });
});
