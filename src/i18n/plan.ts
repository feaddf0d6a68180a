import { defineMessages } from './index.js';

export const planMessages = defineMessages(
  {
    'command.description': 'Làm việc với tệp kế hoạch CCHC (plans/*.yaml).',
    'check.description':
      'Kiểm tra tệp kế hoạch: cú pháp YAML, các mục theo lược đồ kế hoạch và tính nhất quán (mã lĩnh vực, chỉ tiêu, loại đơn vị, vai trò, mục tiêu phù hợp với chỉ tiêu); mỗi lỗi ghi tệp, dòng, cột.',
    'check.arg.files': 'tệp kế hoạch cần kiểm tra (mặc định: kế hoạch của kho báo cáo, ngoài kho: kế hoạch đi kèm cchc)',
    'check.ok':
      '{file}: kế hoạch hợp lệ — {areas} lĩnh vực, {indicators} chỉ tiêu, {targets} mục tiêu ({notes} có ghi cách hiểu, {cited} có nguồn), {tasks} nhiệm vụ.',
  },
  {
    'command.description': 'Work with CCHC plan files (plans/*.yaml).',
    'check.description':
      'Check a plan file: YAML syntax, the plan schema and its consistency (area, indicator, kind and role ids, targets fitting their indicator); every mistake with its file, line and column.',
    'check.arg.files': "plan files to check (default: the repository's plan; outside a repository: the plan bundled with cchc)",
    'check.ok':
      '{file}: a valid plan — {areas} areas, {indicators} indicators, {targets} targets ({notes} with an interpretation note, {cited} citing a source), {tasks} tasks.',
  },
);
