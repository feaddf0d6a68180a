import type { DataValidation, Workbook, Worksheet } from 'exceljs';
import type { ValueType } from '../plan/model.js';
import { TASK_STATUSES } from '../plan/model.js';
import { ADDRESSEES, type Addressee } from '../model/submission.js';
import { formatDate } from '../util/vi-format.js';
import { periodOf, periodSpan } from '../consolidate/period.js';
import { deterministicZip } from '../util/deterministic-zip.js';
import { heightOfLines, wrappedLines } from '../util/wrapped-lines.js';
import type { Form } from './form.js';
import {
  BOOLEAN_LABELS,
  DIFFICULTY_ROWS,
  FORM_FORMAT,
  FORM_VERSION,
  MARKERS,
  META_KEYS,
  NARRATIVE_FIELDS,
  NARRATIVE_LABELS,
  PLAN_ROW_KEY,
  PREPARER_FIELDS,
  PREPARER_LABELS,
  PROPOSAL_ROWS,
  SHEET_NAMES,
  TASK_STATUS_LABELS,
  addresseeMetaKey,
  pathKey,
  ratingKind,
  type RowKind,
  type MetaKey,
} from './layout.js';
import { FILLS, FONT, FormSheet, THIN, type InputCell } from './xlsx-sheet.js';
import { upgradedNarrative } from './upgrade-narrative.js';
import { getIn } from './raw-data.js';
import { guideLines } from './guide.js';
import { indicatorRowLabels, labelsDigest, shownLabels, valuesColumns } from './values-rows.js';

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
    valuesColumns(form.period.year),
  );
  for (const area of form.areas) {
    if (area.indicators.length === 0) continue;
    sheet.section(pathKey(['areas', area.id, 'values']), `${area.code}. ${area.title}`);
    for (const ind of area.indicators) {
      const path = ['areas', area.id, 'values', ind.id];
      const given = getIn(fill, path);
      const value = ind.choices ? (ind.choices.find((c) => c.id === given)?.name ?? cellValue(given, 'text')) : cellValue(given, ind.type);
      const kind = ind.choices ? ratingKind(ind.choices) : (ind.type as RowKind);
      sheet.row(pathKey(path), kind, indicatorRowLabels(ind), {
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

/** Where the common difficulties of each area sit on their sheet, for the drop-downs of the narrative sheet. */
type SuggestionRanges = Map<string, { issues: string; causes: string | null }>;

const LIST_FIRST_ROW = 4;
const quotedSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** The rows the common difficulties sheet gives each area: a heading, then one row an item. */
function suggestionRanges(form: Form): SuggestionRanges {
  const ranges: SuggestionRanges = new Map();
  const sheet = quotedSheet(SHEET_NAMES.difficulties);
  let r = LIST_FIRST_ROW;
  for (const area of form.areas) {
    if (area.commonDifficulties.length === 0) continue;
    const first = r + 1;
    const last = first + area.commonDifficulties.length - 1;
    const withCause = area.commonDifficulties.some((d) => d.cause);
    ranges.set(area.id, { issues: `${sheet}!$B$${first}:$B$${last}`, causes: withCause ? `${sheet}!$C$${first}:$C$${last}` : null });
    r = last + 1;
  }
  return ranges;
}

/**
 * "Khó khăn thường gặp": the repository's common difficulties of each area
 * with their usual causes, to read and to pick from (the narrative sheet's
 * drop-downs list them, at the rows suggestionRanges gives). None when no area has any.
 */
function addCommonDifficulties(wb: Workbook, form: Form): Worksheet | null {
  const areas = form.areas.filter((a) => a.commonDifficulties.length > 0);
  if (areas.length === 0) return null;
  const name = SHEET_NAMES.difficulties;
  const ws = wb.addWorksheet(name);
  const widths = [8, 70, 60];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.mergeCells(1, 1, 1, 3);
  const title = ws.getCell(1, 1);
  title.value = 'KHÓ KHĂN, HẠN CHẾ THƯỜNG GẶP';
  title.font = { ...FONT, bold: true, size: 14 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;
  ws.mergeCells(2, 1, 2, 3);
  const note = ws.getCell(2, 1);
  note.value =
    `Đơn vị gặp đúng khó khăn nào thì chọn nguyên văn ở dòng «${NARRATIVE_LABELS.difficulties}» của lĩnh vực đó, trang «${SHEET_NAMES.narrative}» ` +
    '(ô có danh sách chọn), rồi ghi nguyên nhân của đơn vị ở cột bên cạnh; khó khăn khác thì tự ghi.';
  note.font = { ...FONT, italic: true };
  note.alignment = { wrapText: true, vertical: 'middle' };
  ws.getRow(2).height = heightOfLines(wrappedLines(String(note.value), widths.reduce((a, b) => a + b, 0)));
  ['STT', 'Khó khăn, hạn chế', 'Nguyên nhân thường gặp'].forEach((h, i) => {
    const cell = ws.getCell(3, i + 1);
    cell.value = h;
    cell.font = { ...FONT, bold: true };
    cell.fill = FILLS.header;
    cell.border = THIN;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  let r = LIST_FIRST_ROW;
  for (const area of areas) {
    ws.mergeCells(r, 1, r, 3);
    const heading = ws.getCell(r, 1);
    heading.value = `${area.code}. ${area.title}`;
    heading.font = { ...FONT, bold: true };
    heading.fill = FILLS.section;
    heading.border = THIN;
    r++;
    area.commonDifficulties.forEach((d, i) => {
      const cells = [`${area.code}.${i + 1}`, d.issue, d.cause];
      cells.forEach((v, c) => {
        const cell = ws.getCell(r, c + 1);
        cell.value = v;
        cell.font = FONT;
        cell.border = THIN;
        cell.alignment = { vertical: 'top', wrapText: true, horizontal: c === 0 ? 'center' : undefined };
      });
      ws.getRow(r).height = heightOfLines(Math.max(wrappedLines(d.issue, widths[1]!), wrappedLines(d.cause ?? '', widths[2]!)));
      r++;
    });
  }
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 3, topLeftCell: 'A4' }];
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' };
  ws.pageSetup.printArea = `A1:C${r - 1}`;
  return ws;
}

/** A drop-down of suggestions: picking one is quicker, typing something else is allowed. */
function suggestions(range: string, prompt: string): DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    showErrorMessage: false,
    showInputMessage: true,
    promptTitle: 'Gợi ý',
    prompt,
    formulae: [range],
  };
}

/** The drop-down of the addressees: the three labels written on the metadata sheet, in order. */
function addresseeValidation(): DataValidation {
  const first = META_KEYS.indexOf(addresseeMetaKey(ADDRESSEES[0])) + 2;
  const last = first + ADDRESSEES.length - 1;
  return {
    type: 'list',
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Giá trị không hợp lệ',
    error: 'Chọn nơi nhận đề xuất trong danh sách.',
    formulae: [`'${SHEET_NAMES.meta}'!$B$${first}:$B$${last}`],
  };
}

const asText = (v: unknown): string | null => (typeof v === 'string' ? v : v === null || v === undefined ? null : JSON.stringify(v));

function addNarrative(wb: Workbook, form: Form, fill: unknown, ranges: SuggestionRanges): FormSheet {
  const sheet = new FormSheet(
    wb.addWorksheet(SHEET_NAMES.narrative),
    'THUYẾT MINH KẾT QUẢ THỰC HIỆN CẢI CÁCH HÀNH CHÍNH',
    `${form.unit.name} — ${form.period.label}. Viết ngắn gọn, mỗi khó khăn, mỗi đề xuất một dòng; xuống dòng trong ô bằng Alt+Enter.`,
    [
      { header: 'STT', width: 7 },
      { header: 'Nội dung', width: 22 },
      { header: 'Thuyết minh của đơn vị', width: 62, field: '' },
      { header: 'Nguyên nhân (của khó khăn, hạn chế)', width: 46, field: NARRATIVE_FIELDS.cause },
      { header: 'Gửi đến (nơi nhận đề xuất)', width: 24, field: NARRATIVE_FIELDS.to },
    ],
  );
  const toValidation = addresseeValidation();
  const toLabel = (v: unknown): InputCell['value'] =>
    typeof v === 'string' && (ADDRESSEES as readonly string[]).includes(v) ? form.addressees[v as Addressee] : asText(v);
  for (const area of form.areas) {
    const base = ['areas', area.id, 'narrative'];
    const narrative = upgradedNarrative(getIn(fill, base));
    const lead = area.ledByUnit ? ' — đơn vị chủ trì lĩnh vực: bắt buộc thuyết minh' : '';
    sheet.section(pathKey(base), `${area.code}. ${area.title}${lead}`);
    const text = (k: 'results' | 'nextTasks', n: number) =>
      sheet.row(pathKey([...base, k]), 'text', [String(n), NARRATIVE_LABELS[k]], {
        '': { value: cellValue(getIn(narrative, [k]), 'text'), numFmt: '@', tall: true, span: 3 },
      });
    text('results', 1);

    const difficulties = getIn(narrative, ['difficulties']);
    const givenDifficulties = Array.isArray(difficulties) ? difficulties : [];
    const range = ranges.get(area.id);
    const issueHelp = range ? suggestions(range.issues, 'Chọn khó khăn thường gặp hoặc tự ghi khó khăn của đơn vị.') : undefined;
    const causeHelp = range?.causes ? suggestions(range.causes, 'Chọn nguyên nhân thường gặp hoặc tự ghi nguyên nhân.') : undefined;
    const nDifficulties = Math.max(DIFFICULTY_ROWS, givenDifficulties.length + 1);
    for (let i = 0; i < nDifficulties; i++) {
      const item: unknown = givenDifficulties[i];
      sheet.row(pathKey([...base, 'difficulties', String(i)]), 'difficulty', [`2.${i + 1}`, NARRATIVE_LABELS.difficulties], {
        '': { value: asText(getIn(item, ['issue'])), numFmt: '@', ...(issueHelp ? { validation: issueHelp } : {}) },
        [NARRATIVE_FIELDS.cause]: { value: asText(getIn(item, ['cause'])), numFmt: '@', ...(causeHelp ? { validation: causeHelp } : {}) },
      });
    }
    text('nextTasks', 3);

    const proposals = getIn(narrative, ['proposals']);
    const givenProposals = Array.isArray(proposals) ? proposals : [];
    const nProposals = Math.max(PROPOSAL_ROWS, givenProposals.length + 1);
    for (let i = 0; i < nProposals; i++) {
      const item: unknown = givenProposals[i];
      sheet.row(pathKey([...base, 'proposals', String(i)]), 'proposal', [`4.${i + 1}`, NARRATIVE_LABELS.proposals], {
        '': { value: asText(getIn(item, ['text'])), numFmt: '@', span: 2 },
        [NARRATIVE_FIELDS.to]: { value: toLabel(getIn(item, ['to'])), validation: toValidation },
      });
    }
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
    'to.body': form.addressees.body,
    'to.upper': form.addressees.upper,
    'to.central': form.addressees.central,
    labels: labelsDigest(shownLabels(form)),
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
  const info = addInfo(wb, form, fill);
  const values = addValues(wb, form, fill);
  const tasks = addTasks(wb, form, fill);
  const sheets = [info, values, tasks, addNarrative(wb, form, fill, suggestionRanges(form))];
  const list = addCommonDifficulties(wb, form);
  addMeta(wb, form);
  for (const s of sheets) {
    s.finish();
    await s.protect();
  }
  if (list) await list.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  const buffer = await wb.xlsx.writeBuffer();
  // The same form always gives the same bytes, stamped with the period's last day.
  const end = periodSpan(periodOf(form.period.id)).to;
  return new Uint8Array(await deterministicZip(new Uint8Array(buffer), new Date(`${end}T00:00:00Z`)));
}
