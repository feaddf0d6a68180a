import { consolidationJsonChunks } from '../../consolidate/to-json.js';
import type { ReportInput } from './report-input.js';

/**
 * A report writer: the file extension it produces and how it renders the
 * report, as the bytes of an office file or as text in pieces (written as made).
 */
export interface ReportWriter {
  extension: string;
  render(input: ReportInput): Promise<Buffer> | Iterable<string>;
}

/**
 * The registry is also the list of `cchc report --format` choices: one file
 * plus one line per writer. docx and exceljs are imported only when used.
 */
export const REPORT_WRITERS = {
  docx: {
    extension: 'docx',
    render: async (input) => (await import('./docx/render-docx.js')).renderDocx(input),
  },
  xlsx: {
    extension: 'xlsx',
    render: async (input) => (await import('./xlsx/render-xlsx.js')).renderXlsx(input),
  },
  json: {
    extension: 'json',
    // Needs only the figures: usable without a template, in the user's language.
    render: (input: Pick<ReportInput, 'consolidation'>) => consolidationJsonChunks(input.consolidation),
  },
} satisfies Record<string, ReportWriter>;

export type ReportFormat = keyof typeof REPORT_WRITERS;
export const REPORT_FORMATS = Object.keys(REPORT_WRITERS) as ReportFormat[];

/** File name of a report: "bao-cao-cchc-2024Q2.docx". */
export function reportFileName(periodId: string, format: ReportFormat): string {
  return `bao-cao-cchc-${periodId}.${REPORT_WRITERS[format].extension}`;
}
