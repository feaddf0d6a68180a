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
    'option.quiet': 'chỉ báo lỗi, không hiện cảnh báo và thông tin',
    'option.maxWarnings': 'số cảnh báo tối đa; nhiều hơn thì lệnh thất bại (mã thoát 1)',
    'error.badMaxWarnings': 'Giá trị --max-warnings không hợp lệ: {value} (cần một số nguyên ≥ 0).',
    'tooManyWarnings': 'Có {count} cảnh báo, vượt mức tối đa --max-warnings {max}.',
    configFirst: 'chưa kiểm tra các báo cáo trong submissions/: sửa lỗi trong {files} trước.',
    'schema.description': 'Ghi các lược đồ JSON (JSON Schema) sinh từ kế hoạch của kho báo cáo.',
    'schema.option.out': 'thư mục ghi lược đồ (mặc định: schemas/ trong kho báo cáo)',
    'schema.option.plan': 'sinh lược đồ từ tệp kế hoạch này, không cần kho báo cáo (cần --out)',
    'schema.error.planNeedsOut': 'Với --plan, hãy cho biết thư mục ghi lược đồ bằng --out THƯ_MỤC.',
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
    'option.quiet': 'report errors only, no warnings or infos',
    'option.maxWarnings': 'most warnings allowed; more fail the run (exit code 1)',
    'error.badMaxWarnings': 'Invalid --max-warnings value: {value} (expected a whole number ≥ 0).',
    'tooManyWarnings': '{count} {count|warning|warnings}, more than --max-warnings {max} allows.',
    configFirst: 'the submissions in submissions/ were not checked: fix the errors in {files} first.',
    'schema.description': "Write the JSON Schemas generated from the repository's plan.",
    'schema.option.out': 'folder to write the schemas to (default: schemas/ in the report repository)',
    'schema.option.plan': 'make the schemas of this plan file, without a report repository (needs --out)',
    'schema.error.planNeedsOut': 'With --plan, say where to write the schemas with --out DIR.',
    'schema.written': 'Wrote {count} schemas to {dir}: {files}',
  },
);
