import type { DataValidation, Workbook } from 'exceljs';
import type { ValueType } from '../plan/model.js';
import { TASK_STATUSES } from '../plan/model.js';
import { NARRATIVE_KEYS } from '../model/submission.js';
import { formatDate } from '../util/vi-format.js';
import { periodOf, periodSpan } from '../consolidate/period.js';
import { deterministicZip } from '../util/deterministic-zip.js';
import { heightOfLines, wrappedLines } from '../util/wrapped-lines.js';
import type { Form } from './form.js';
import {
  BOOLEAN_LABELS,
  FORM_FORMAT,
  FORM_VERSION,
  MARKERS,
  NARRATIVE_LABELS,
  PLAN_ROW_KEY,
  PREPARER_FIELDS,
  PREPARER_LABELS,
  SHEET_NAMES,
  TASK_STATUS_LABELS,
  pathKey,
  ratingKind,
  type RowKind,
  type MetaKey,
} from './layout.js';
import { FONT, FormSheet, type InputCell } from './xlsx-sheet.js';
import { getIn } from './raw-data.js';
import { guideLines } from './guide.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function validationFor(type: ValueType, choices: readonly { name: string }[] | null = null): DataValidation | undefined {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Giá trị không hợp lệ' };
  switch (type) {
    case 'count':
      return { ...common, type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], error: 'Nhập số nguyên không âm (0, 1, 2, …).' };
    case 'percent':
      return { ...common, type: 'decimal', operator: 'between', formulae: [0, 100], error: 'Nhập số từ 0 đến 100.' };
    case 'number':
      return { ...common, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], error: 'Nhập số không âm.' };
    case 'boolean':
      return { ...common, type: 'list', formulae: [`"${BOOLEAN_LABELS.yes},${BOOLEAN_LABELS.no}"`], error: 'Chọn Có hoặc Không.' };
    case 'text':
      return undefined;
    case 'date':
      return DATE_VALIDATION;
    case 'rating':
      return { ...common, type: 'list', formulae: [`"${(choices ?? []).map((c) => c.name).join(',')}"`], error: 'Chọn một mức trong danh sách.' };
  }
}

const STATUS_VALIDATION: DataValidation = {
  type: 'list',
  allowBlank: true,
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: 'Giá trị không hợp lệ',
  error: 'Chọn một tình trạng trong danh sách.',
  formulae: [`"${TASK_STATUSES.map((s) => TASK_STATUS_LABELS[s]).join(',')}"`],
};

const DATE_VALIDATION: DataValidation = {
  type: 'date',
  operator: 'between',
  allowBlank: true,
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: 'Ngày không hợp lệ',
  error: 'Nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/06/2024.',
  formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2099, 11, 31))],
};

const NUM_FMT: Partial<Record<ValueType, string>> = { count: '#,##0', text: '@', date: 'dd/mm/yyyy', rating: '@' };

/** A value of the submission data as it is written into an input cell. */
function cellValue(value: unknown, type: ValueType | 'date' | 'status'): InputCell['value'] {
  if (value === null || value === undefined) return null;
  if (type === 'boolean' && typeof value === 'boolean') return value ? BOOLEAN_LABELS.yes : BOOLEAN_LABELS.no;
  if (type === 'status' && typeof value === 'string' && value in TASK_STATUS_LABELS) {
    return TASK_STATUS_LABELS[value as keyof typeof TASK_STATUS_LABELS];
  }
  if (type === 'date' && typeof value === 'string') {
    const m = ISO_DATE.exec(value);
    if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return value;
  }
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

const GUIDE_WIDTH = 75;

function addGuide(wb: Workbook, form: Form): void {
  const ws = wb.addWorksheet(SHEET_NAMES.guide);
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.8, right: 0.6, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 },
  };
  ws.getColumn(1).width = GUIDE_WIDTH;
  const lines = guideLines(form);
  lines.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line.text;
    cell.font = { ...FONT, bold: line.style === 'title' || line.style === 'heading', size: line.style === 'title' ? 14 : 12 };
    cell.alignment = { wrapText: true, vertical: 'top', horizontal: line.style === 'title' ? 'center' : 'left' };
    ws.getRow(i + 1).height = heightOfLines(wrappedLines(line.text, GUIDE_WIDTH));
  });
  ws.views = [{ showGridLines: false }];
  ws.pageSetup.printArea = `A1:A${lines.length}`;
}

function addInfo(wb: Workbook, form: Form, fill: unknown): FormSheet {
  const sheet = new FormSheet(
    wb.addWorksheet(SHEET_NAMES.info),
    'THÔNG TIN CHUNG VỀ BÁO CÁO',
    `${form.unit.name} — ${form.period.label}`,
    [
      { header: 'Nội dung', width: 32 },
      { header: 'Thông tin', width: 44, field: '' },
      { header: 'Ghi chú', width: 60 },
    ],
  );
  sheet.row('unit', 'fixed', ['Mã đơn vị', form.unit.id, form.unit.name], {});
  sheet.row('period', 'fixed', ['Kỳ báo cáo', form.period.id, form.period.label], {});
  sheet.row(PLAN_ROW_KEY, 'fixed', ['Kế hoạch', form.plan.title, `Phiên bản ${form.plan.version}`], {});
  if (form.window) {
    sheet.row(null, 'label', ['Thời gian lấy số liệu', `${formatDate(form.window.from)} – ${formatDate(form.window.to)}`, null], {});
  }
  if (form.due) sheet.row(null, 'label', ['Hạn gửi báo cáo', formatDate(form.due), null], {});
  sheet.row('submitted', 'date', ['Ngày gửi báo cáo', null, 'Ngày/tháng/năm, ví dụ 05/06/2024.'], {
    '': { value: cellValue(getIn(fill, ['submitted']), 'date'), numFmt: 'dd/mm/yyyy', validation: DATE_VALIDATION },
  });
  for (const f of PREPARER_FIELDS) {
    sheet.row(pathKey(['preparedBy', f]), 'text', [PREPARER_LABELS[f], null, f === 'name' ? 'Họ và tên người lập.' : null], {
      '': { value: cellValue(getIn(fill, ['preparedBy', f]), 'text'), numFmt: '@' },
    });
  }
  return sheet;
}

function addValues(wb: Workbook, form: Form, fill: unknown): FormSheet {
  const sheet = new FormSheet(
    wb.addWorksheet(SHEET_NAMES.values),
    'BIỂU SỐ LIỆU CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH',
    `${form.unit.name} — ${form.period.label}. Nhập số liệu vào cột «Giá trị» (ô nền vàng).`,
    [
      { header: 'STT', width: 8 },
      { header: 'Chỉ tiêu', width: 55 },
      { header: 'Đơn vị tính', width: 12 },
      { header: 'Giá trị', width: 14, field: '' },
      { header: `Chỉ tiêu kế hoạch năm ${form.period.year}`, width: 32 },
      { header: 'Hướng dẫn', width: 45 },
    ],
  );
  for (const area of form.areas) {
    if (area.indicators.length === 0) continue;
    sheet.section(pathKey(['areas', area.id, 'values']), `${area.code}. ${area.title}`);
    for (const ind of area.indicators) {
      const path = ['areas', area.id, 'values', ind.id];
      const target = [ind.target, ...ind.feeds].filter((t): t is string => t !== null).join('\n');
      const given = getIn(fill, path);
      const value = ind.choices ? (ind.choices.find((c) => c.id === given)?.name ?? cellValue(given, 'text')) : cellValue(given, ind.type);
      const kind = ind.choices ? ratingKind(ind.choices) : (ind.type as RowKind);
      sheet.row(pathKey(path), kind, [ind.number, ind.name, ind.unit, null, target || null, ind.hint], {
        '': { value, numFmt: NUM_FMT[ind.type], validation: validationFor(ind.type, ind.choices) },
      });
    }
  }
  return sheet;
}

function addTasks(wb: Workbook, form: Form, fill: unknown): FormSheet {
  const sheet = new FormSheet(
    wb.addWorksheet(SHEET_NAMES.tasks),
    'TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH',
    `${form.unit.name} — ${form.period.label}. Chọn tình trạng trong danh sách; ghi chú kết quả hoặc lý do.`,
    [
      { header: 'STT', width: 8 },
      { header: 'Nhiệm vụ', width: 70 },
      { header: 'Tình trạng', width: 20, field: 'status' },
      { header: 'Ghi chú (kết quả cụ thể, lý do chưa hoàn thành)', width: 60, field: 'note' },
    ],
  );
  for (const area of form.areas) {
    if (area.tasks.length === 0) continue;
    sheet.section(pathKey(['areas', area.id, 'tasks']), `${area.code}. ${area.title}`);
    for (const task of area.tasks) {
      const path = ['areas', area.id, 'tasks', task.id];
      const reported = getIn(fill, path);
      const status = typeof reported === 'object' && reported !== null ? getIn(reported, ['status']) : reported;
      const note = typeof reported === 'object' && reported !== null ? getIn(reported, ['note']) : undefined;
      sheet.row(pathKey(path), 'task', [task.number, task.detail ? `${task.title}\n${task.detail}` : task.title], {
        status: { value: cellValue(status, 'status'), validation: STATUS_VALIDATION },
        note: { value: cellValue(note, 'text'), numFmt: '@' },
      });
    }
  }
  return sheet;
}

function addNarrative(wb: Workbook, form: Form, fill: unknown): FormSheet {
  const sheet = new FormSheet(
    wb.addWorksheet(SHEET_NAMES.narrative),
    'THUYẾT MINH KẾT QUẢ THỰC HIỆN CẢI CÁCH HÀNH CHÍNH',
    `${form.unit.name} — ${form.period.label}. Viết ngắn gọn; xuống dòng trong ô bằng Alt+Enter.`,
    [
      { header: 'STT', width: 8 },
      { header: 'Nội dung', width: 30 },
      { header: 'Thuyết minh của đơn vị', width: 110, field: '' },
    ],
  );
  for (const area of form.areas) {
    const lead = area.ledByUnit ? ' — đơn vị chủ trì lĩnh vực: bắt buộc thuyết minh' : '';
    sheet.section(pathKey(['areas', area.id, 'narrative']), `${area.code}. ${area.title}${lead}`);
    NARRATIVE_KEYS.forEach((k, i) => {
      const path = ['areas', area.id, 'narrative', k];
      sheet.row(pathKey(path), 'text', [String(i + 1), NARRATIVE_LABELS[k]], {
        '': { value: cellValue(getIn(fill, path), 'text'), numFmt: '@', tall: true },
      });
    });
  }
  return sheet;
}

function addMeta(wb: Workbook, form: Form): void {
  const ws = wb.addWorksheet(SHEET_NAMES.meta, { state: 'veryHidden' });
  const meta: Record<MetaKey, string | number> = {
    format: FORM_FORMAT,
    version: FORM_VERSION,
    plan: form.plan.id,
    planVersion: form.plan.version,
    unit: form.unit.id,
    unitName: form.unit.name,
    kind: form.unit.kind ?? '',
    period: form.period.id,
  };
  ws.getCell(1, 1).value = MARKERS.meta;
  Object.entries(meta).forEach(([k, v], i) => {
    ws.getCell(i + 2, 1).value = k;
    ws.getCell(i + 2, 2).value = v;
  });
}

/**
 * Writes the Excel form of a unit for a period. With `fill` (submission data,
 * as read from a YAML or xlsx file) the input cells hold its values: that is
 * how `cchc convert` writes a workbook.
 */
export async function writeXlsxForm(form: Form, fill?: unknown): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'cchc';
  wb.title = `Báo cáo CCHC ${form.period.label} — ${form.unit.name}`;
  addGuide(wb, form);
  const sheets = [addInfo(wb, form, fill), addValues(wb, form, fill), addTasks(wb, form, fill), addNarrative(wb, form, fill)];
  addMeta(wb, form);
  for (const s of sheets) {
    s.finish();
    await s.protect();
  }
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  const buffer = await wb.xlsx.writeBuffer();
  // The same form always gives the same bytes, stamped with the period's last day.
  const end = periodSpan(periodOf(form.period.id)).to;
  return new Uint8Array(await deterministicZip(new Uint8Array(buffer), new Date(`${end}T00:00:00Z`)));
}
