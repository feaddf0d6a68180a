import { defineMessages } from './index.js';

/** Messages of problems found while reading Excel forms, keyed by their stable code. */
export const xlsxMessages = defineMessages(
  {
    'xlsx-too-large': 'Tệp Excel quá lớn ({size} MB; giới hạn {limit} MB).',
    'xlsx-not-a-workbook':
      'Tệp không phải bảng tính Excel (.xlsx){what}; hãy mở bằng Excel hoặc LibreOffice Calc và lưu lại dạng Excel (.xlsx).',
    'xlsx-encrypted': 'Tệp Excel được đặt mật khẩu (đã mã hóa) nên không đọc được; hãy gỡ mật khẩu mở tệp rồi gửi lại.',
    'xlsx-legacy-format':
      'Tệp là bảng tính Excel 97–2003 (.xls) chứ không phải .xlsx; hãy mở và lưu lại dạng Excel Workbook (.xlsx).',
    'xlsx-truncated': 'Tệp Excel không đầy đủ (bị cắt cụt, có thể do tải về hoặc sao chép chưa xong); hãy gửi lại tệp.',
    'xlsx-corrupt': 'Tệp Excel bị hỏng (phần "{detail}" không đọc được); hãy mở bằng Excel hoặc LibreOffice, lưu lại rồi gửi lại.',
    'xlsx-zip-bomb':
      'Tệp nén bất thường: {size} MB giải nén thành hơn {expanded} MB ({parts} phần); tệp bị từ chối để bảo vệ hệ thống.',
    'xlsx-timeout':
      'Đọc tệp Excel quá {seconds} giây nên đã dừng; tệp quá phức tạp, hãy chép số liệu sang biểu mẫu mới tạo bằng "cchc template".',
    'xlsx-too-complex': 'Tệp Excel quá phức tạp để đọc (vượt giới hạn bộ nhớ); hãy chép số liệu sang biểu mẫu mới.',
    'xlsx-too-many-cells':
      'Tệp Excel có quá nhiều ô (hơn {limit}); một biểu mẫu báo cáo chỉ có vài nghìn ô. Hãy chép số liệu sang biểu mẫu mới tạo bằng "cchc template".',
    'xlsx-out-of-bounds':
      'Ô {cell} nằm ngoài giới hạn của một trang tính Excel (1.048.576 dòng, 16.384 cột): tệp không do Excel hay LibreOffice lưu, hoặc đã bị sửa. Hãy chép số liệu sang biểu mẫu mới.',
    'xlsx-bad-shared-string':
      'Ô {cell} trỏ tới một đoạn chữ không có trong tệp (tệp bị hỏng); hãy mở bằng Excel hoặc LibreOffice Calc, lưu lại rồi gửi lại.',
    'xlsx-unreadable': 'Không đọc được tệp Excel ({detail}); hãy mở bằng Excel hoặc LibreOffice Calc, lưu lại rồi gửi lại.',
    'xlsx-not-a-form':
      'Bảng tính không phải biểu mẫu báo cáo do cchc tạo (không có cột mã chỉ tiêu); hãy lấy biểu mẫu bằng lệnh "cchc template" và điền vào đó.',
    'xlsx-form-version': 'Biểu mẫu do phiên bản cchc mới hơn tạo (định dạng {version}); có thể có số liệu không đọc được.',
    'xlsx-bad-row': 'Dòng biểu mẫu bị sửa hỏng (mã "{key}", loại "{kind}"); không đọc được dòng này.',
    'xlsx-duplicate-row': 'Dòng lặp lại "{name}" (đã có ở ô {first}); chỉ đọc dòng đầu tiên, hãy xóa dòng thừa.',
    'xlsx-row-without-key':
      'Dòng {row} có nội dung nhưng không thuộc biểu mẫu (dòng chèn thêm hoặc sao chép); nội dung này không được đọc.',
    'xlsx-merged-cell': 'Ô bị gộp vào ô {master} nên không đọc được; hãy bỏ gộp ô và nhập số liệu của từng dòng.',
    'xlsx-formula-no-result':
      '"{name}": ô có công thức {formula} nhưng chưa có kết quả đã tính; hãy mở tệp bằng Excel hoặc LibreOffice để tính lại rồi lưu, hoặc nhập giá trị.',
    'xlsx-error-value': '"{name}": ô có lỗi {error}; hãy sửa công thức hoặc nhập giá trị.',
    'xlsx-bad-number': '"{name}": "{text}" không phải là số.',
    'xlsx-percent-in-count':
      '"{name}" là số lượng, không phải tỷ lệ: ô có "{text}". Ghi số lượng (ví dụ 113, không kèm dấu %); tỷ lệ do cchc tự tính từ các số lượng.',
    'xlsx-percent-in-number':
      '"{name}" ghi bằng con số theo đơn vị tính của dòng (điểm, phút, hạng…), không phải tỷ lệ: ô có "{text}". Ghi con số không kèm dấu %, ví dụ 85.',
    'xlsx-value-outside-input':
      'Ô này có "{text}" nhưng không phải ô nhập của dòng "{name}"; cchc không đọc ô này. Ghi số liệu vào ô {input} (ô nền vàng) rồi xóa ô này.',
    'xlsx-text-outside-input':
      'Ô này có "{text}" ghi thêm vào cột chỉ tiêu kế hoạch hoặc hướng dẫn của dòng "{name}"; cchc không đọc cột này nên nội dung đó sẽ không được ghi nhận. Ghi số liệu của dòng vào ô {input} (ô nền vàng) rồi xóa phần ghi thêm ở ô này.',
    'xlsx-bad-boolean': '"{name}": "{text}" không hợp lệ; chọn Có hoặc Không.',
    'xlsx-bad-status':
      'Nhiệm vụ "{name}": tình trạng "{text}" không hợp lệ; chọn Hoàn thành, Đang thực hiện hoặc Chưa thực hiện.',
    'xlsx-missing-status': 'Nhiệm vụ "{name}" có ghi chú nhưng chưa chọn tình trạng.',
    'xlsx-bad-addressee': '"{name}": nơi nhận "{text}" không có trong danh sách; chọn một trong: {choices}.',
    'xlsx-bad-date': '"{name}": ngày "{text}" không hợp lệ; nhập ngày/tháng/năm, ví dụ 05/06/2024.',
    'what.docx': ' (đây là tệp Word)',
    'what.pptx': ' (đây là tệp PowerPoint)',
    'what.zip': ' (đây là tệp nén .zip)',
    'what.ods': ' (đây là bảng tính OpenDocument .ods; trong LibreOffice Calc chọn Tệp → Lưu thành… → Excel 2007-365 (.xlsx))',
    'what.odt': ' (đây là văn bản OpenDocument .odt)',
    'what.other': '',
  },
  {
    'xlsx-too-large': 'Excel file too large ({size} MB; limit {limit} MB).',
    'xlsx-not-a-workbook': 'Not an Excel workbook (.xlsx){what}; open it in Excel or LibreOffice Calc and save it as Excel (.xlsx).',
    'xlsx-encrypted': 'The Excel file is password-protected (encrypted) and cannot be read; remove the open password and send it again.',
    'xlsx-legacy-format': 'This is an Excel 97–2003 workbook (.xls), not .xlsx; open it and save it as Excel Workbook (.xlsx).',
    'xlsx-truncated': 'The Excel file is incomplete (truncated, perhaps an unfinished download or copy); send it again.',
    'xlsx-corrupt': 'The Excel file is damaged (part "{detail}" cannot be read); open it in Excel or LibreOffice, save it and send it again.',
    'xlsx-zip-bomb': 'Suspicious compression: {size} MB expands to over {expanded} MB ({parts} parts); refused to protect the system.',
    'xlsx-timeout':
      'Reading the Excel file took over {seconds} seconds and was stopped; the file is too complex, copy the figures into a fresh form from "cchc template".',
    'xlsx-too-complex': 'The Excel file is too complex to read (memory limit exceeded); copy the figures into a fresh form.',
    'xlsx-too-many-cells': 'The Excel file has too many cells (over {limit}); a report form has a few thousand. Copy the figures into a fresh form from "cchc template".',
    'xlsx-out-of-bounds':
      'Cell {cell} lies beyond what a sheet can hold (1,048,576 rows, 16,384 columns): the file was not saved by Excel or LibreOffice, or was altered. Copy the figures into a fresh form.',
    'xlsx-bad-shared-string': 'Cell {cell} refers to a text that is not in the file (the file is damaged); open it in Excel or LibreOffice Calc, save it and send it again.',
    'xlsx-unreadable': 'Cannot read the Excel file ({detail}); open it in Excel or LibreOffice Calc, save it and send it again.',
    'xlsx-not-a-form':
      'This workbook is not a cchc report form (no indicator id column); get the form with "cchc template" and fill it in.',
    'xlsx-form-version': 'The form was made by a newer cchc (format {version}); some figures may not be read.',
    'xlsx-bad-row': 'A form row was damaged (id "{key}", kind "{kind}"); the row cannot be read.',
    'xlsx-duplicate-row': 'Duplicate row "{name}" (already at cell {first}); only the first is read, delete the extra row.',
    'xlsx-row-without-key': 'Row {row} has content but is not part of the form (an inserted or copied row); it is not read.',
    'xlsx-merged-cell': 'The cell is merged into {master} and cannot be read; unmerge the cells and enter each row\'s figure.',
    'xlsx-formula-no-result':
      '"{name}": the cell has formula {formula} but no calculated result; open the file in Excel or LibreOffice to recalculate and save, or type the value.',
    'xlsx-error-value': '"{name}": the cell holds error {error}; fix the formula or type the value.',
    'xlsx-bad-number': '"{name}": "{text}" is not a number.',
    'xlsx-percent-in-count':
      '"{name}" is a count, not a rate: the cell holds "{text}". Enter the count (e.g. 113, without %); cchc computes the rate from the counts.',
    'xlsx-percent-in-number':
      '"{name}" is a figure in the row\'s unit (points, minutes, rank…), not a rate: the cell holds "{text}". Enter the figure without %, e.g. 85.',
    'xlsx-value-outside-input':
      'This cell holds "{text}" but is not where row "{name}" is entered; cchc does not read it. Enter the figure in cell {input} (the yellow cell) and clear this one.',
    'xlsx-text-outside-input':
      'This cell holds "{text}", added to the target or guidance of row "{name}"; cchc does not read this column, so it will be lost. Enter the row\'s value in cell {input} (the yellow cell) and remove what was added here.',
    'xlsx-bad-boolean': '"{name}": "{text}" is not valid; choose Có (yes) or Không (no).',
    'xlsx-bad-status': 'Task "{name}": status "{text}" is not valid; choose Hoàn thành, Đang thực hiện or Chưa thực hiện.',
    'xlsx-missing-status': 'Task "{name}" has a note but no status.',
    'xlsx-bad-addressee': '"{name}": addressee "{text}" is not in the list; choose one of: {choices}.',
    'xlsx-bad-date': '"{name}": date "{text}" is not valid; type day/month/year, e.g. 05/06/2024.',
    'what.docx': ' (it is a Word document)',
    'what.pptx': ' (it is a PowerPoint file)',
    'what.zip': ' (it is a .zip archive)',
    'what.ods': ' (it is an OpenDocument spreadsheet, .ods; in LibreOffice Calc choose File → Save As… → Excel 2007-365 (.xlsx))',
    'what.odt': ' (it is an OpenDocument text, .odt)',
    'what.other': '',
  },
);

export type XlsxMessageKey = Parameters<typeof xlsxMessages.t>[0];
