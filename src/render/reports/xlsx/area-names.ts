import type { AreaInfo } from '../../../consolidate/types.js';

/**
 * What the workbook calls an area: its number in the Word report ("II.2") and
 * its short title ("Thủ tục hành chính"), so that sheet names stay whole words
 * within Excel's 31 characters.
 */
export function areaSheetTitle(area: AreaInfo, numbers: ReadonlyMap<string, string>): string {
  return `${numbers.get(area.id) ?? area.code}. ${area.shortTitle}`;
}
