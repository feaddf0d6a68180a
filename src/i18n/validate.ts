import { defineMessages } from './index.js';

export const validateMessages = defineMessages(
  {
    'command.description':
      'Kiểm tra báo cáo của các đơn vị (YAML, Excel) theo lược đồ và quy tắc của kế hoạch; chỉ rõ tệp, dòng, cột hoặc ô có vấn đề.',
    'arg.paths': 'tệp hoặc thư mục cần kiểm tra (mặc định: thư mục submissions/ của kho)',
    'option.failOn': 'mức gây lỗi (mã thoát 1)',
    'option.color': 'luôn tô màu kết quả',
    'option.noColor': 'không tô màu kết quả',
    'option.jobs': 'số luồng kiểm tra song song (mặc định: chọn theo số tệp và số nhân CPU còn rảnh; 1 = không song song)',
    'error.badJobs': 'Giá trị --jobs không hợp lệ: {value} (cần một số nguyên từ 1 đến 64).',
    'schema.description': 'Ghi các lược đồ JSON (JSON Schema) sinh từ kế hoạch của kho báo cáo.',
    'schema.option.out': 'thư mục ghi lược đồ (mặc định: schemas/ trong kho báo cáo)',
    'schema.written': 'Đã ghi {count} lược đồ vào {dir}: {files}',
  },
  {
    'command.description':
      "Check units' submissions (YAML, Excel) against the plan's schema and rules; points at the file, line, column or cell.",
    'arg.paths': 'files or folders to check (default: the repository\'s submissions/ folder)',
    'option.failOn': 'level that fails the run (exit code 1)',
    'option.color': 'always colour the output',
    'option.noColor': 'never colour the output',
    'option.jobs': 'threads checking in parallel (default: chosen from the number of files and the free CPU cores; 1 = none)',
    'error.badJobs': 'Invalid --jobs value: {value} (expected a whole number from 1 to 64).',
    'schema.description': "Write the JSON Schemas generated from the repository's plan.",
    'schema.option.out': 'folder to write the schemas to (default: schemas/ in the report repository)',
    'schema.written': 'Wrote {count} schemas to {dir}: {files}',
  },
);
