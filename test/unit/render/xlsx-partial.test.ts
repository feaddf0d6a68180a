/**
 * Partial figures in the workbook (issue 13): a unit's value that lacks a
 * sub-period or a value is shaded and in italics on the units sheet, with what
 * it lacks in the last column; the summary names the units whose figures are
 * partial. On test/fixtures/over-time, 2024S1 (see test/unit/consolidate/over-time.test.ts).
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConsolidation } from '../../../src/cli/load-consolidation.js';
import { consolidate } from '../../../src/consolidate/consolidate.js';
import { loadReportTemplate } from '../../../src/render/reports/template/load-report-template.js';
import { renderXlsx } from '../../../src/render/reports/xlsx/render-xlsx.js';
import { workbookModel, type WorkbookModel } from '../../helpers/xlsx-model.js';

const ROOT = fileURLToPath(new URL('../../fixtures/over-time/', import.meta.url));
let model: WorkbookModel;

beforeAll(async () => {
  const loaded = await loadConsolidation(ROOT, '2024S1', 'vi', { cwd: ROOT, today: '2025-01-31' });
  model = workbookModel(
    await renderXlsx({
      consolidation: consolidate(loaded.input),
      body: loaded.repo.config.body,
      signer: loaded.repo.config.signer,
      recipients: loaded.repo.config.recipients,
      template: loadReportTemplate('half'),
      date: '2024-06-20',
      diagnostics: [],
    }),
  );
});

/** The cells of a sheet's row whose text contains `needle`, by column letter: `"t:value" #style`. */
function rowWith(sheet: string, needle: string): Map<string, string> {
  const s = model.sheets.find((x) => x.name === sheet)!;
  const row = s.rows.find((r) => r.includes(needle));
  if (!row) throw new Error(`no row with ${needle} in ${sheet}`);
  return new Map(row.split(' | ').slice(1).map((c) => [/^[A-Z]+/.exec(c)![0], c.slice(c.indexOf(' ') + 1)]));
}
const style = (c: string) => model.styles[Number(/#(\d+)$/.exec(c)![1])]!;

describe('partial figures in the workbook', () => {
  it('shades a unit’s partial values and says what they lack', () => {
    // The units sheet of the area that holds the indicator ("II.2. Đơn vị").
    const units = model.sheets.find((x) => x.name.endsWith('Đơn vị') && x.rows.some((r) => r.includes('Số TTHC thuộc thẩm quyền')))!.name;
    const header = rowWith(units, 'Cơ quan, đơn vị');
    const columnOf = (name: string) => [...header].find(([, c]) => c.includes(name))![0];
    const b = rowWith(units, 'Xã Bình Minh');
    const ts = b.get(columnOf('Số TTHC thuộc thẩm quyền'))!;
    expect(ts).toMatch(/^"n:110" /);
    expect(style(ts)).toMatch(/<i>/);
    expect(style(ts)).toMatch(/FFFFF2CC/);
    expect(style(b.get(columnOf('Số hồ sơ đã giải quyết'))!)).not.toMatch(/FFFFF2CC/);
    expect(b.get(columnOf('Số liệu chưa đủ'))).toContain(
      'Để trống Quý II/2024: Số TTHC thuộc thẩm quyền; lấy theo số liệu Quý I/2024: Số TTHC thuộc thẩm quyền, Tỷ lệ TTHC được công khai; chỉ có một trong hai số (tử số, mẫu số) Quý II/2024: Tỷ lệ TTHC được công khai',
    );
  });

  it('names the units whose figure is partial in the summary', () => {
    const row = rowWith('Tổng hợp', 'Tỷ lệ số hóa');
    expect([...row.values()]).toContain('"s:1: Xã An Bình" #' + /#(\d+)$/.exec([...row.values()].find((c) => c.includes('Xã An Bình'))!)![1]);
  });

  it('notes the values left empty in the reporting status, as the Word appendix does', () => {
    const row = rowWith('Tình hình báo cáo', 'Xã An Bình');
    expect([...row.values()].some((c) => c.includes('Để trống 1 chỉ tiêu Quý II/2024'))).toBe(true);
  });
});
