// Report rendering speed, in this process: the Word document (with its chart)
// and the workbook for the synthetic district of bench/generate.mjs (N units,
// every indicator, the units' narratives), for a year.
import { consolidate } from '../dist/consolidate/consolidate.js';
import { renderDocx } from '../dist/render/reports/docx/render-docx.js';
import { renderXlsx } from '../dist/render/reports/xlsx/render-xlsx.js';
import { loadReportTemplate } from '../dist/render/reports/template/load-report-template.js';
import { syntheticRepository } from './generate.mjs';
import { report, timeIt } from './lib.mjs';

const config = { due: { quarter: 12, half: 12, year: 10 }, cutoffDay: 14, baselines: { 2021: { 'dv-sncl': 45, 'bc-sncl': 900 } } };
const body = { name: 'ỦY BAN NHÂN DÂN HUYỆN TỨ KỲ', parent: 'UBND TỈNH HẢI DƯƠNG', shortName: 'UBND huyện Tứ Kỳ', place: 'Tứ Kỳ', symbol: 'BC-UBND' };
const signer = { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' };
const rows = [];
for (const n of [30, 150]) {
  const { plan, units, submissions } = await syntheticRepository(n);
  const consolidation = consolidate({ plan, config, units, submissions, period: '2024' });
  const input = { consolidation, body, signer, recipients: ['Sở Nội vụ', 'Lưu: VT'], template: loadReportTemplate('year'), date: '2024-12-20', diagnostics: [] };
  rows.push(await timeIt(`${n} units, year: docx`, () => renderDocx(input)));
  rows.push(await timeIt(`${n} units, year: xlsx`, () => renderXlsx(input)));
}
report('report', rows, []);
