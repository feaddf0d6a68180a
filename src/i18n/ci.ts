import { defineMessages } from './index.js';

/** Messages about output targets (--format, -o), git (--changed) and reproducible reports (--check). */
export const ciMessages = defineMessages(
  {
    'option.format':
      'định dạng kết quả: {choices}; có thể dùng nhiều lần, mỗi định dạng có thể ghi ra tệp riêng: --format sarif=cchc.sarif',
    'option.output': 'ghi kết quả ra TỆP thay vì màn hình (áp dụng cho --format cuối cùng chưa có tệp riêng)',
    'option.changed':
      'chỉ báo cáo các tệp thay đổi so với nhánh gốc (git) và hệ quả ở các tệp được so sánh với chúng (kỳ sau, 6 tháng, năm), vẫn đối chiếu với các kỳ khác và danh sách đơn vị',
    'option.base': 'tham chiếu git để so sánh khi dùng --changed (mặc định: origin/HEAD nếu có, nếu không thì HEAD)',
    'error.unknownFormat': 'Định dạng "{format}" không hợp lệ; chọn một trong: {choices}.',
    'error.emptyFormatFile': 'Thiếu tên tệp sau "{format}=".',
    'error.twoOnStdout':
      'Các định dạng {formats} đều ghi ra màn hình; hãy cho mỗi định dạng (trừ một) một tệp riêng, ví dụ --format {example}.',
    'error.sameFile': 'Tệp {file} được dùng cho nhiều định dạng ({formats}).',
    'error.outputWithoutFormat': 'Tùy chọn -o không dùng được vì mọi --format đã có tệp riêng.',
    'error.baseWithoutChanged': 'Tùy chọn --base chỉ dùng cùng với --changed.',
    'error.cannotWrite': 'Không ghi được tệp {file}: {detail}',
    'error.gitMissing': 'Không tìm thấy chương trình git; tùy chọn --changed cần git.',
    'error.notGitRepo': 'Thư mục {dir} không nằm trong một kho git; tùy chọn --changed cần kho git.',
    'error.unknownRef': 'Không tìm thấy tham chiếu git "{ref}" (nhánh, thẻ hoặc commit). Trong CI, hãy lấy đủ lịch sử (fetch-depth: 0).',
    'error.noMergeBase': 'Không tìm được điểm chung giữa "{ref}" và HEAD; hãy lấy đủ lịch sử git (fetch-depth: 0).',
    'error.gitFailed': 'Lệnh git thất bại: {detail}',
    'changed.because': '(Tệp này không đổi nhưng được kiểm tra lại vì {files} đã thay đổi.)',
    'option.check':
      'không ghi gì, chỉ so báo cáo đã lưu trong thư mục --out với báo cáo tạo từ số liệu hiện tại (mã thoát 1 nếu khác)',
    'check.same': '  khớp     {file}',
    'check.differs': '  khác     {file}',
    'check.missing': '  chưa có  {file}',
    'check.ok': 'Các báo cáo đã lưu khớp với số liệu hiện tại.',
    'check.stale':
      '{count} tệp báo cáo không khớp với số liệu hiện tại; chạy lại "cchc report --period {period}{out}" rồi commit các tệp đó.',
  },
  {
    'option.format':
      'output format: {choices}; may be given several times, each with its own file: --format sarif=cchc.sarif',
    'option.output': 'write the output to FILE instead of the screen (for the last --format without its own file)',
    'option.changed':
      'report only on files changed since the base (git) and what that changes in files compared with them (next period, half, year), still checking them against other periods and the unit registry',
    'option.base': 'git reference to compare with for --changed (default: origin/HEAD if it exists, otherwise HEAD)',
    'error.unknownFormat': 'Unknown format "{format}"; choose one of: {choices}.',
    'error.emptyFormatFile': 'Missing file name after "{format}=".',
    'error.twoOnStdout':
      'Formats {formats} would all write to the screen; give each but one its own file, e.g. --format {example}.',
    'error.sameFile': 'File {file} is used for several formats ({formats}).',
    'error.outputWithoutFormat': 'Option -o has nothing to apply to: every --format already has its own file.',
    'error.baseWithoutChanged': 'Option --base only goes with --changed.',
    'error.cannotWrite': 'Cannot write {file}: {detail}',
    'error.gitMissing': 'The git program was not found; --changed needs git.',
    'error.notGitRepo': 'Folder {dir} is not inside a git repository; --changed needs one.',
    'error.unknownRef': 'Git reference "{ref}" (branch, tag or commit) not found. In CI, fetch the full history (fetch-depth: 0).',
    'error.noMergeBase': '"{ref}" and HEAD have no common ancestor; fetch the full git history (fetch-depth: 0).',
    'error.gitFailed': 'git failed: {detail}',
    'changed.because': '(This file did not change; it was checked again because {files} changed.)',
    'option.check':
      'write nothing: compare the reports saved in the --out folder with what the current data gives (exit 1 if they differ)',
    'check.same': '  same     {file}',
    'check.differs': '  differs  {file}',
    'check.missing': '  missing  {file}',
    'check.ok': 'The saved reports match the current data.',
    'check.stale': '{count} report {count|file does|files do} not match the current data; run "cchc report --period {period}{out}" again and commit them.',
  },
);
