import { defineMessages } from './index.js';

export const repoMessages = defineMessages(
  {
    'no-repo': 'Không tìm thấy kho báo cáo: thư mục {dir} và các thư mục cha không có tệp cchc.yaml. Chạy lệnh trong kho báo cáo, dùng --repo DIR, hoặc tạo kho mới bằng "cchc init".',
    'cannot-read': 'Không đọc được {file}: {detail}',
    'invalid-file': '{file} có lỗi, cchc không thể chạy tiếp:\n{problems}',
    'plan-inconsistent': 'Kế hoạch {file} không nhất quán:\n{problems}',
    'duplicate-unit': 'mã đơn vị "{id}" bị lặp lại',
    'missing-file': 'Thiếu tệp {file} trong kho báo cáo {dir}.',
    'path-not-found': 'Không tìm thấy đường dẫn: {path}',
    'more': '… và {count} lỗi khác',
    'outside-repository':
      '{file} dẫn ra ngoài kho báo cáo qua một liên kết (symlink), tới {target}; cchc không đọc tệp ngoài kho. Hãy đặt chính tệp đó vào kho thay cho liên kết.',
    'output-outside':
      'Thư mục {dir} của kho là liên kết (symlink) trỏ ra ngoài kho báo cáo ({target}); cchc không ghi ra ngoài kho. Hãy xóa liên kết, hoặc chọn nơi ghi bằng --out.',
    'output-on-input': 'Không ghi ra {path}: đó là tệp đầu vào của kho báo cáo ({input}); cchc không bao giờ ghi đè dữ liệu đầu vào. Hãy chọn tên tệp hoặc thư mục khác.',
    'output-in-inputs':
      'Không ghi ra {path}: đường dẫn này nằm trong thư mục dữ liệu đầu vào {folder} (có thể qua một liên kết symlink); cchc không ghi vào đó. Hãy chọn thư mục khác, ví dụ bao-cao/.',
    'config-path-outside':
      '{file}: {key}: "{value}" nằm ngoài kho báo cáo ({target}); cchc chỉ đọc tệp trong kho. Hãy chép vào kho và ghi đường dẫn tương đối, ví dụ {key}: ke-hoach/ke-hoach-cchc.yaml.',
    'difficulties.notMap':
      'tệp phải là một bảng theo mã lĩnh vực, mỗi lĩnh vực một danh sách khó khăn, ví dụ "tthc:" rồi các dòng "- issue: …"',
    'difficulties.unknownArea': 'lĩnh vực "{id}" không có trong kế hoạch{hint}; các lĩnh vực: {known}',
    'difficulties.notList': 'lĩnh vực "{id}" phải là một danh sách, mỗi mục có issue (khó khăn, hạn chế) và cause (nguyên nhân, không bắt buộc)',
    'difficulties.badItem': 'mỗi mục phải có issue (khó khăn, hạn chế) là một đoạn văn bản, cause (nguyên nhân) nếu có cũng là văn bản; không có mục nào khác',
    'difficulties.duplicate': 'khó khăn "{issue}" đã có ở dòng {line}',
  },
  {
    'no-repo': 'No report repository found: neither {dir} nor its parents contain cchc.yaml. Run inside a report repository, use --repo DIR, or create one with "cchc init".',
    'cannot-read': 'Cannot read {file}: {detail}',
    'invalid-file': '{file} has errors; cchc cannot go on:\n{problems}',
    'plan-inconsistent': 'Plan {file} is inconsistent:\n{problems}',
    'duplicate-unit': 'unit id "{id}" is used more than once',
    'missing-file': 'File {file} is missing in report repository {dir}.',
    'path-not-found': 'Path not found: {path}',
    'more': '… and {count} more',
    'outside-repository':
      '{file} leads outside the report repository through a link (symlink), to {target}; cchc does not read files outside the repository. Put the file itself in the repository instead of the link.',
    'output-outside':
      'Folder {dir} of the repository is a link (symlink) pointing outside the report repository ({target}); cchc does not write outside the repository. Remove the link, or choose where to write with --out.',
    'output-on-input': 'Not writing {path}: it is an input of the report repository ({input}); cchc never overwrites its input. Choose another file or folder.',
    'output-in-inputs':
      'Not writing {path}: it lies in the input folder {folder} (perhaps through a symlink); cchc does not write there. Choose another folder, for example bao-cao/.',
    'config-path-outside':
      '{file}: {key}: "{value}" is outside the report repository ({target}); cchc only reads files inside it. Copy it into the repository and give a relative path, e.g. {key}: plans/my-plan.yaml.',
    'difficulties.notMap': 'the file must map area ids to lists of difficulties, e.g. "tthc:" then lines "- issue: …"',
    'difficulties.unknownArea': 'area "{id}" is not in the plan{hint}; areas: {known}',
    'difficulties.notList': 'area "{id}" must be a list whose items have issue (the difficulty) and, optionally, cause',
    'difficulties.badItem': 'each item must have issue (text) and may have cause (text); nothing else',
    'difficulties.duplicate': 'difficulty "{issue}" is already on line {line}',
  },
);
