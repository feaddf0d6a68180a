import { defineMessages } from './index.js';

export const formatterMessages = defineMessages(
  {
    'severity.error': 'lỗi',
    'severity.warning': 'cảnh báo',
    'severity.info': 'thông tin',
    'summary.problems': '{total} vấn đề ({errors} lỗi, {warnings} cảnh báo, {infos} thông tin) trong {files} tệp',
    'summary.clean': 'Không có vấn đề nào trong {files} tệp.',
    'sarif.srcroot': 'Thư mục gốc của kho báo cáo',
    'dependents.title': 'Kiểm tra lại {count} tệp không đổi được so sánh với các tệp đã thay đổi (kỳ trước, các quý của kỳ):',
    'dependents.because': 'vì {files} đã thay đổi',
  },
  {
    'severity.error': 'error',
    'severity.warning': 'warning',
    'severity.info': 'info',
    'summary.problems': '{total} {total|problem|problems} ({errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}, {infos} {infos|info|infos}) in {files} {files|file|files}',
    'summary.clean': 'No problems in {files} {files|file|files}.',
    'sarif.srcroot': 'The report repository root',
    'dependents.title': 'Also checked {count} unchanged {count|file|files} that {count|is|are} compared with changed ones (previous period, quarters of a period):',
    'dependents.because': 'because {files} changed',
  },
);
