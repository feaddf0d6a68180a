import { defineMessages } from './index.js';

/** Messages of consolidation: notes about the figures, group names, statuses. */
export const consolidateMessages = defineMessages(
  {
    'note.missing-sub-period':
      '{unit} chưa có báo cáo {parts}; số liệu {period} của đơn vị chỉ gồm các kỳ đã báo cáo, kỳ thiếu không được tính là 0.',
    'note.invalid-sub-period': 'Báo cáo {parts} của {unit} có lỗi nên không được tổng hợp vào {period}.',
    'note.sub-period-mismatch':
      'Báo cáo {period} của {unit}: chỉ tiêu "{name}" ({indicator}) ghi {value}, khác số liệu tính từ {parts} là {expected}.',
    'note.duplicate-submission': '{unit} có {count} báo cáo {period} ({files}); chỉ dùng {file}.',
    'note.unknown-unit': 'Tệp {file}: đơn vị "{unit}" không có trong units.yaml nên báo cáo không được tổng hợp.',
    'note.unit-not-valid':
      'Tệp {file}: {unit} không hoạt động trong {period} (theo units.yaml) nên báo cáo không được tổng hợp.',
    'note.bad-period': 'Tệp {file}: kỳ báo cáo "{period}" không hợp lệ nên báo cáo không được tổng hợp.',
    'note.value-type': 'Tệp {file}: giá trị của chỉ tiêu "{indicator}" không đúng kiểu ({type}) nên bị bỏ qua.',
    'note.no-baseline':
      'Chưa có số liệu năm {year} của chỉ tiêu "{name}" ({indicator}) để tính mục tiêu so với năm {year}; bổ sung báo cáo năm {year} hoặc mục baselines trong cchc.yaml.',
    'group.department': 'Các phòng chuyên môn',
    'group.public-service-unit': 'Các đơn vị sự nghiệp công lập',
    'group.local': 'UBND các {kinds}',
    'kind.department': 'Phòng chuyên môn',
    'kind.public-service-unit': 'Đơn vị sự nghiệp công lập',
    'kind.commune': 'Xã',
    'kind.town': 'Thị trấn',
    'kind.ward': 'Phường',
    'kinds.commune': 'xã',
    'kinds.town': 'thị trấn',
    'kinds.ward': 'phường',
    'list.and': ', ',
  },
  {
    'note.missing-sub-period':
      '{unit} has not submitted {parts}; its figures for {period} cover only the periods submitted (a missing period is not counted as 0).',
    'note.invalid-sub-period': 'The report for {parts} from {unit} has errors and is left out of {period}.',
    'note.sub-period-mismatch':
      'Report for {period} from {unit}: indicator "{name}" ({indicator}) is {value}, but its sub-periods ({parts}) give {expected}.',
    'note.duplicate-submission': '{unit} has {count} reports for {period} ({files}); only {file} is used.',
    'note.unknown-unit': 'File {file}: unit "{unit}" is not in units.yaml, so the report is left out.',
    'note.unit-not-valid': 'File {file}: {unit} is not active in {period} (see units.yaml), so the report is left out.',
    'note.bad-period': 'File {file}: "{period}" is not a valid period, so the report is left out.',
    'note.value-type': 'File {file}: the value of indicator "{indicator}" has the wrong type ({type}) and is ignored.',
    'note.no-baseline':
      'No {year} value for indicator "{name}" ({indicator}) to compute its target relative to {year}; add the {year} annual reports or a baselines entry in cchc.yaml.',
    'group.department': 'Departments',
    'group.public-service-unit': 'Public service units',
    'group.local': '{kinds} People\'s Committees',
    'kind.department': 'Department',
    'kind.public-service-unit': 'Public service unit',
    'kind.commune': 'Commune',
    'kind.town': 'Town',
    'kind.ward': 'Ward',
    'kinds.commune': 'commune',
    'kinds.town': 'town',
    'kinds.ward': 'ward',
    'list.and': ', ',
  },
);
