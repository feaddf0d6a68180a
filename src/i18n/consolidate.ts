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
    'note.value-gap':
      '{unit} không báo cáo chỉ tiêu "{name}" ({indicator}) trong {parts}; số liệu {period} của đơn vị chỉ gồm các kỳ có số liệu, kỳ thiếu không được tính là 0.',
    'note.value-carried':
      '{unit}: số liệu {parts} của chỉ tiêu "{name}" ({indicator}) chưa báo cáo; giá trị cuối kỳ {period} của đơn vị lấy theo số liệu {from}.',
    'note.values-carried':
      '{unit} chưa có số liệu {parts} được tổng hợp; giá trị cuối kỳ {period} của {count} chỉ tiêu lấy theo số liệu {from}: {names}.',
    'note.rate-unpaired':
      '{unit} chỉ báo cáo một trong hai số (tử số, mẫu số) của tỷ lệ "{name}" ({indicator}) trong {parts}; báo cáo đó không được tính vào cả tử số và mẫu số của tỷ lệ {period}.',
    'note.outside-reporters':
      'Chỉ tiêu "{name}" ({indicator}) theo Kế hoạch do {planned} đơn vị báo cáo; {count} đơn vị khác cũng báo cáo ({units}) và được cộng vào số tổng hợp, nên số liệu là của {reporting}/{expected} đơn vị (kể cả các đơn vị đó).',
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
    'cli.option.period': 'kỳ báo cáo: 2024Q2 (quý), 2024S1 hoặc 2024H1 (6 tháng), 2024 (năm)',
    'cli.error.badPeriod':
      'Kỳ báo cáo không hợp lệ: "{value}". Dùng dạng 2024Q2 (quý II), 2024S1 (6 tháng đầu năm), 2024S2 (6 tháng cuối năm) hoặc 2024 (cả năm).',
    'cli.error.periodSpansPlans':
      'Kỳ {period} trải qua hai kế hoạch ("{first}" đến hết ngày {end}, "{next}" từ ngày {from}); một báo cáo không gộp mục tiêu của hai kế hoạch: hãy lập báo cáo cho các kỳ trước và từ ngày {from}.',
    'cli.error.periodBeforePlans': 'Kỳ {period} ở trước ngày áp dụng kế hoạch đầu tiên của kho báo cáo ({from}).',
    'report.option.skipInvalid': 'bỏ qua báo cáo có lỗi và nêu tên các đơn vị bị loại trong báo cáo',
    'report.error.format': 'Định dạng không hỗ trợ: "{value}"; chọn trong: {choices}.',
    'report.blocked':
      '{count} báo cáo thuộc {period} có lỗi nên chưa tổng hợp được. Sửa các lỗi dưới đây, hoặc chạy lại với --skip-invalid để bỏ qua các báo cáo này.',
    'report.written': 'Đã ghi {file}',
    'progress.checking': 'Đang đọc và kiểm tra báo cáo',
    'status.description': 'Tình hình gửi báo cáo của các đơn vị trong kỳ: đúng hạn, trễ hạn, chưa gửi, có lỗi.',
    'status.option.format': 'định dạng: table (bảng, mặc định) hoặc json',
    'status.option.strict': 'trả mã thoát 1 khi còn đơn vị chưa gửi báo cáo (kể cả thiếu một kỳ con)',
    'status.title': 'Tình hình gửi báo cáo {period}: hạn gửi {due}, số liệu từ {from} đến {to}',
    'status.col.no': 'STT',
    'status.col.unit': 'Đơn vị',
    'status.col.kind': 'Loại',
    'status.col.status': 'Tình trạng',
    'status.col.submitted': 'Ngày gửi',
    'status.col.note': 'Ghi chú',
    'status.on-time': 'Đúng hạn',
    'status.late': 'Trễ hạn {days} ngày',
    'status.partial': 'Thiếu kỳ',
    'status.missing': 'Chưa gửi',
    'status.invalid': 'Có lỗi, bị loại',
    'status.note.missingParts': 'chưa gửi {parts}',
    'status.note.invalidParts': 'có lỗi: {parts}',
    'status.note.emptyValues': 'để trống {count} chỉ tiêu {period}',
    'status.note.errors': '{count} lỗi trong {files}',
    'status.note.subPeriods': 'tổng hợp từ {parts}',
    'status.note.lateParts': 'nộp muộn {parts}',
    'status.note.latePart': '{period} ({days} ngày, ngày {date})',
    'status.summary':
      'Phải gửi: {expected} · Đã gửi đủ: {submitted} (đúng hạn {onTime}, trễ hạn {late}) · Thiếu kỳ: {partial} · Chưa gửi: {missing} · Có lỗi: {invalid}',
    'status.rates': 'Tỷ lệ gửi báo cáo: {reporting} · Tỷ lệ gửi đúng hạn: {onTime}',
    'status.none': 'Không có đơn vị nào phải gửi báo cáo {period}.',
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
    'note.value-gap':
      '{unit} did not report indicator "{name}" ({indicator}) in {parts}; its {period} figure covers only the periods that give it (a gap is not counted as 0).',
    'note.value-carried':
      '{unit}: indicator "{name}" ({indicator}) is not reported for {parts}; its end-of-period value for {period} is the one of {from}.',
    'note.values-carried':
      '{unit} has no figures for {parts} in the consolidation; the end-of-period values for {period} of {count} indicators are those of {from}: {names}.',
    'note.rate-unpaired':
      '{unit} gave only one of the two counts (numerator, denominator) of rate "{name}" ({indicator}) in {parts}; that report adds to neither count of its {period} rate.',
    'note.outside-reporters':
      'Indicator "{name}" ({indicator}) is reported by {planned} unit(s) under the plan; {count} other unit(s) reported it too ({units}) and are added to the totals, so the figure is that of {reporting} of {expected} units (those included).',
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
    'cli.option.period': 'reporting period: 2024Q2 (quarter), 2024S1 or 2024H1 (half year), 2024 (year)',
    'cli.error.badPeriod':
      'Invalid period: "{value}". Use 2024Q2 (second quarter), 2024S1 (first half), 2024S2 (second half) or 2024 (year).',
    'cli.error.periodSpansPlans':
      'Period {period} runs across two plans ("{first}" until {end}, "{next}" from {from}); a report never mixes two plans\' targets: report the periods before and from {from}.',
    'cli.error.periodBeforePlans': 'Period {period} is before the repository\'s first plan applies ({from}).',
    'report.option.skipInvalid': 'leave out submissions with errors and name the excluded units in the report',
    'report.error.format': 'Unsupported format: "{value}"; choose from: {choices}.',
    'report.blocked':
      '{count} {count|submission|submissions} for {period} {count|has|have} errors, so nothing was consolidated. Fix the errors below, or run again with --skip-invalid to leave those submissions out.',
    'report.written': 'Wrote {file}',
    'progress.checking': 'Reading and checking submissions',
    'status.description': 'Who has reported for the period: on time, late, missing, with errors.',
    'status.option.format': 'format: table (default) or json',
    'status.option.strict': 'exit with code 1 when an expected unit has not reported (or lacks a sub-period)',
    'status.title': 'Reporting status, {period}: due {due}, data from {from} to {to}',
    'status.col.no': 'No.',
    'status.col.unit': 'Unit',
    'status.col.kind': 'Kind',
    'status.col.status': 'Status',
    'status.col.submitted': 'Submitted',
    'status.col.note': 'Note',
    'status.on-time': 'On time',
    'status.late': '{days} {days|day|days} late',
    'status.partial': 'Incomplete',
    'status.missing': 'Missing',
    'status.invalid': 'Has errors, excluded',
    'status.note.missingParts': 'missing {parts}',
    'status.note.invalidParts': 'with errors: {parts}',
    'status.note.emptyValues': 'left {count} {count|indicator|indicators} empty in {period}',
    'status.note.errors': '{count} {count|error|errors} in {files}',
    'status.note.subPeriods': 'rolled up from {parts}',
    'status.note.lateParts': 'late: {parts}',
    'status.note.latePart': '{period} ({days} {days|day|days}, on {date})',
    'status.summary':
      'Expected: {expected} · Complete: {submitted} (on time {onTime}, late {late}) · Incomplete: {partial} · Missing: {missing} · With errors: {invalid}',
    'status.rates': 'Reporting rate: {reporting} · On-time rate: {onTime}',
    'status.none': 'No unit is expected to report for {period}.',
  },
);
