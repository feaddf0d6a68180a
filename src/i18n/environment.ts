import { defineMessages } from './index.js';

/**
 * Failures of the machine rather than of the data or of cchc: a full disk, a
 * read-only folder, missing permissions, a file where a folder is expected.
 * Each says what happened to which path and what to do about it.
 */
export const environmentMessages = defineMessages(
  {
    read: 'Không đọc được {path}: {reason}. {advice}',
    write: 'Không ghi được {path}: {reason}. {advice}',
    list: 'Không đọc được thư mục {path}: {reason}. {advice}',

    'reason.ENOSPC': 'ổ đĩa đã đầy',
    'reason.EDQUOT': 'đã dùng hết dung lượng được cấp (quota)',
    'reason.EROFS': 'ổ đĩa hoặc thư mục này chỉ cho phép đọc',
    'reason.EACCES': 'không có quyền',
    'reason.EPERM': 'không được phép',
    'reason.EEXIST': 'đã có một tệp hoặc thư mục cùng tên',
    'reason.EISDIR': 'đó là một thư mục, không phải tệp',
    'reason.ENOTDIR': 'một phần của đường dẫn là tệp chứ không phải thư mục',
    'reason.ENOENT': 'không tồn tại',
    'reason.ENAMETOOLONG': 'đường dẫn quá dài',
    'reason.ELOOP': 'đường dẫn đi qua quá nhiều liên kết (symlink), có thể là một vòng lặp',
    'reason.EMFILE': 'hệ thống đang mở quá nhiều tệp',
    'reason.EIO': 'lỗi vào/ra của ổ đĩa',
    'reason.EBUSY': 'tệp đang bị chương trình khác dùng',
    'reason.EXDEV': 'không thể đổi tên qua hai ổ đĩa khác nhau',
    'reason.other': 'lỗi hệ thống {code}',

    'advice.space': 'Hãy giải phóng chỗ trống trên ổ đĩa hoặc chọn nơi ghi khác (--out), rồi chạy lại.',
    'advice.readOnly': 'Hãy chọn nơi ghi khác (--out) hoặc nhờ cán bộ CNTT cho phép ghi vào thư mục đó.',
    'advice.readPermission': 'Hãy cấp quyền đọc cho người dùng đang chạy cchc (lệnh chmod hoặc chown), hoặc chạy cchc bằng người dùng có quyền.',
    'advice.writePermission': 'Hãy cấp quyền ghi vào thư mục đó cho người dùng đang chạy cchc, hoặc chọn nơi ghi khác (--out).',
    'advice.exists': 'Hãy xóa hoặc đổi tên nó, hoặc chọn nơi ghi khác (--out).',
    'advice.isDir': 'Hãy xóa hoặc đổi tên thư mục đó, hoặc chọn nơi ghi khác (--out).',
    'advice.notDir': 'Hãy kiểm tra đường dẫn: có một tệp mang tên của thư mục cần dùng.',
    'advice.missing': 'Hãy kiểm tra lại đường dẫn.',
    'advice.retry': 'Hãy kiểm tra ổ đĩa và chạy lại; nếu lỗi lặp lại, hãy báo cán bộ CNTT.',
    'set.unchanged': 'Các tệp đã có trong {dir} được giữ nguyên, không tệp nào bị ghi dở.',
    'set.mixed': 'Lưu ý: không khôi phục được bản cũ của {written}: các tệp này đã là bản mới, các tệp khác vẫn là bản cũ; hãy chạy lại lệnh sau khi khắc phục.',
  },
  {
    read: 'Cannot read {path}: {reason}. {advice}',
    write: 'Cannot write {path}: {reason}. {advice}',
    list: 'Cannot read folder {path}: {reason}. {advice}',

    'reason.ENOSPC': 'the disk is full',
    'reason.EDQUOT': 'the disk quota is used up',
    'reason.EROFS': 'the disk or folder is read-only',
    'reason.EACCES': 'permission denied',
    'reason.EPERM': 'operation not permitted',
    'reason.EEXIST': 'a file or folder of that name is already there',
    'reason.EISDIR': 'it is a folder, not a file',
    'reason.ENOTDIR': 'part of the path is a file, not a folder',
    'reason.ENOENT': 'it does not exist',
    'reason.ENAMETOOLONG': 'the path is too long',
    'reason.ELOOP': 'the path goes through too many links (symlinks), perhaps a loop',
    'reason.EMFILE': 'too many files are open',
    'reason.EIO': 'the disk reported an input/output error',
    'reason.EBUSY': 'the file is in use by another program',
    'reason.EXDEV': 'a file cannot be renamed across two disks',
    'reason.other': 'system error {code}',

    'advice.space': 'Free some space on the disk or choose another place to write (--out), then run again.',
    'advice.readOnly': 'Choose another place to write (--out), or ask the IT officer to make that folder writable.',
    'advice.readPermission': 'Give the user running cchc permission to read it (chmod or chown), or run cchc as a user who may.',
    'advice.writePermission': 'Give the user running cchc permission to write to that folder, or choose another place to write (--out).',
    'advice.exists': 'Delete or rename it, or choose another place to write (--out).',
    'advice.isDir': 'Delete or rename that folder, or choose another place to write (--out).',
    'advice.notDir': 'Check the path: a file has the name of a folder it needs.',
    'advice.missing': 'Check the path.',
    'advice.retry': 'Check the disk and run again; if it happens again, tell the IT officer.',
    'set.unchanged': 'The files already in {dir} are as they were; nothing is half-written.',
    'set.mixed': 'Note: the previous {written} could not be put back: those are new, the other files are the previous ones; run the command again once this is fixed.',
  },
);
