import { defineMessages } from './index.js';

/** Messages of `cchc report` and of the report templates. */
export const reportMessages = defineMessages(
  {
    'template.invalid': 'Mẫu báo cáo {file} không hợp lệ:\n{problems}',
    'template.cannotRead': 'Không đọc được mẫu báo cáo {file}: {detail}',
    'template.syntax': 'lỗi cú pháp YAML: {detail}',
    'template.notMap': '"{key}" phải gồm các dòng "khóa: giá trị"',
    'template.unknownKey': 'khóa "{key}" không có trong mẫu báo cáo{hint}; các khóa hợp lệ ở đây: {keys}',
    'template.didYouMean': ' (có phải "{suggestion}"?)',
    'template.notText':
      '"{key}" phải là một đoạn chữ (đặt trong dấu ngoặc kép nếu bắt đầu bằng ký tự đặc biệt như -, *, {, [)',
    'template.emptyValue': '"{key}" chưa có nội dung; ghi "" nếu muốn để trống',
    'template.notList': '"{key}" phải là một danh sách, ví dụ: [{example}]',
    'template.badItem': '"{value}" không dùng được trong "{key}"; chọn trong: {values}',
    'template.duplicateItem': '"{value}" xuất hiện hai lần trong "{key}"',
    'template.unknownPlaceholder': 'chỗ giữ chỗ {placeholder} không dùng được trong "{key}"{hint}; dùng được: {allowed}',
    'template.missingKey': 'thiếu khóa "{key}"',
    'template.notFound': 'Không tìm thấy thư mục mẫu báo cáo {dir} (khai báo "templates" trong cchc.yaml).',
  },
  {
    'template.invalid': 'Report template {file} is not valid:\n{problems}',
    'template.cannotRead': 'Cannot read report template {file}: {detail}',
    'template.syntax': 'YAML syntax error: {detail}',
    'template.notMap': '"{key}" must be made of "key: value" lines',
    'template.unknownKey': 'key "{key}" is not part of a report template{hint}; valid keys here: {keys}',
    'template.didYouMean': ' (did you mean "{suggestion}"?)',
    'template.notText': '"{key}" must be text (quote it if it starts with a special character such as -, *, {, [)',
    'template.emptyValue': '"{key}" has no content; write "" to leave it empty',
    'template.notList': '"{key}" must be a list, for example: [{example}]',
    'template.badItem': '"{value}" cannot be used in "{key}"; choose from: {values}',
    'template.duplicateItem': '"{value}" appears twice in "{key}"',
    'template.unknownPlaceholder': 'placeholder {placeholder} cannot be used in "{key}"{hint}; allowed: {allowed}',
    'template.missingKey': 'key "{key}" is missing',
    'template.notFound': 'Report template folder {dir} not found (the "templates" setting of cchc.yaml).',
  },
);
