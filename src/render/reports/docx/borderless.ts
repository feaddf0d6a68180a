import { BorderStyle, TableBorders } from 'docx';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

/** Borders for the layout tables of the heading and signature blocks: none at all. */
export const NO_TABLE_BORDERS = TableBorders.NONE;
export const NO_CELL_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE } as const;
