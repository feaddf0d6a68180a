import type { Diagnostic } from '../../../src/model/diagnostic.js';
import type { ValidationResult } from '../../../src/render/formatters/types.js';

function d(partial: Partial<Diagnostic> & Pick<Diagnostic, 'severity' | 'code' | 'message' | 'file'>): Diagnostic {
  return { line: null, column: null, cell: null, path: '', ...partial };
}

/**
 * Findings that exercise every corner the CI formats must get right: two errors
 * in one file, a warning, an info, an xlsx cell, a whole-file finding, text with
 * markup and delimiter characters, a file name with a space.
 */
export const SAMPLE: ValidationResult = {
  files: 4,
  fileList: [
    'submissions/2024Q2/phong-tu-phap.yaml',
    'submissions/2024Q2/xa-dai-son.yaml',
    'submissions/2024Q2/xa-hung-dao.xlsx',
    'submissions/2024Q2/thi tran tu ky.yaml',
  ],
  diagnostics: [
    d({
      severity: 'error',
      code: 'part-exceeds-whole',
      message: 'Số hồ sơ giải quyết đúng hạn (120) lớn hơn số hồ sơ đã giải quyết (100).',
      file: 'submissions/2024Q2/xa-dai-son.yaml',
      line: 14,
      column: 21,
      path: '/areas/tthc/values/hs-dung-han',
    }),
    d({
      severity: 'error',
      code: 'unknown-indicator',
      message: 'Chỉ tiêu "hs-dung-hann" không có trong kế hoạch: <b>&</b> "quote" 50% a:b, c\r\ndòng 2',
      file: 'submissions/2024Q2/xa-dai-son.yaml',
      line: 16,
      column: 7,
      path: '/areas/tthc/values/hs-dung-hann',
    }),
    d({
      severity: 'warning',
      code: 'value-jump',
      message: 'Giá trị tăng gấp 5 lần so với kỳ trước (quý I năm 2024).',
      file: 'submissions/2024Q2/xa-dai-son.yaml',
      line: 20,
      column: 25,
      path: '/areas/tthc/values/hs-tiep-nhan',
    }),
    d({
      severity: 'error',
      code: 'percent-out-of-range',
      message: 'Tỷ lệ phải từ 0 đến 100.',
      file: 'submissions/2024Q2/xa-hung-dao.xlsx',
      cell: 'Thủ tục hành chính!D12',
      path: '/areas/tthc/values/ty-le-hai-long',
    }),
    d({
      severity: 'info',
      code: 'late-submission',
      message: 'Nộp muộn 3 ngày so với hạn 12/06/2024.',
      file: 'submissions/2024Q2/thi tran tu ky.yaml',
      line: 4,
      column: 12,
      path: '/submitted',
    }),
    d({
      severity: 'error',
      code: 'empty-file',
      message: 'Tệp rỗng.',
      file: 'submissions/2024Q2/thi tran tu ky.yaml',
    }),
  ],
};
