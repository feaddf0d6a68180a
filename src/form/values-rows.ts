import type { FormIndicator } from './form.js';
import type { FormColumn } from './xlsx-sheet.js';

/** The visible columns of the values sheet: labels, the value (input), then the target and guidance. */
export function valuesColumns(year: number): FormColumn[] {
  return [
    { header: 'STT', width: 8 },
    { header: 'Chỉ tiêu', width: 55 },
    { header: 'Đơn vị tính', width: 12 },
    { header: 'Giá trị', width: 14, field: '' },
    { header: `Chỉ tiêu kế hoạch năm ${year}`, width: 32 },
    { header: 'Hướng dẫn', width: 45 },
  ];
}

/**
 * What an indicator row of the values sheet shows in each column (null for the
 * input and for an empty label). The reader compares the target and guidance
 * cells of a filled form with these to find text typed there.
 */
export function indicatorRowLabels(ind: FormIndicator): (string | null)[] {
  const target = [ind.target, ...ind.feeds].filter((t): t is string => t !== null).join('\n');
  return [ind.number, ind.name, ind.unit, null, target || null, ind.hint];
}
