import { formatDate } from '../util/vi-format.js';
import type { Form } from './form.js';
import { BOOLEAN_LABELS, SHEET_NAMES, TASK_STATUS_LABELS } from './layout.js';

export interface GuideLine {
  text: string;
  style: 'title' | 'heading' | 'text';
}

/** The instructions sheet of the Excel form, in Vietnamese. */
export function guideLines(form: Form): GuideLine[] {
  const t = (text: string): GuideLine => ({ text, style: 'text' });
  const h = (text: string): GuideLine => ({ text, style: 'heading' });
  const statuses = Object.values(TASK_STATUS_LABELS).join(', ');
  const lines: GuideLine[] = [
    { text: 'HƯỚNG DẪN ĐIỀN BIỂU MẪU BÁO CÁO CẢI CÁCH HÀNH CHÍNH', style: 'title' },
    t(''),
    t(`Đơn vị báo cáo: ${form.unit.name} (mã đơn vị: ${form.unit.id})`),
    t(`Kỳ báo cáo: ${form.period.label} (mã kỳ: ${form.period.id})`),
    t(`Kế hoạch: ${form.plan.title} (phiên bản ${form.plan.version})`),
  ];
  if (form.window) {
    lines.push(t(`Thời gian lấy số liệu: từ ngày ${formatDate(form.window.from)} đến ngày ${formatDate(form.window.to)}`));
  }
  if (form.due) lines.push(t(`Hạn gửi báo cáo: ngày ${formatDate(form.due)}`));
  lines.push(
    t(''),
    h('Cách điền'),
    t(`1. Trang «${SHEET_NAMES.info}»: nhập ngày gửi báo cáo (ngày/tháng/năm, ví dụ 05/06/2024) và thông tin người lập báo cáo.`),
    t(
      `2. Trang «${SHEET_NAMES.values}»: nhập số liệu của kỳ báo cáo vào cột «Giá trị» (ô nền vàng). ` +
        'Chỉ tiêu đếm nhập số nguyên không âm; có thể gõ số theo kiểu Việt Nam (1.234 hoặc 95,5). ' +
        `Chỉ tiêu có đơn vị tính «Có/Không» chọn ${BOOLEAN_LABELS.yes} hoặc ${BOOLEAN_LABELS.no} trong danh sách. ` +
        'Các tỷ lệ (%) do phần mềm tự tính từ số liệu, đơn vị không phải nhập; cột «Chỉ tiêu kế hoạch» ghi mức kế hoạch đề ra để đơn vị đối chiếu. ' +
        'Ô để trống được hiểu là chưa có số liệu; chỉ tiêu ghi «Bắt buộc» phải nhập.',
    ),
    t(
      `3. Trang «${SHEET_NAMES.tasks}»: chọn tình trạng thực hiện từng nhiệm vụ (${statuses}); ` +
        'cột «Ghi chú» ghi kết quả cụ thể hoặc lý do chưa hoàn thành.',
    ),
    t(
      `4. Trang «${SHEET_NAMES.narrative}»: thuyết minh theo từng lĩnh vực: kết quả đạt được; khó khăn, hạn chế; ` +
        'nhiệm vụ trọng tâm kỳ tới; đề xuất, kiến nghị. Xuống dòng trong một ô bằng Alt+Enter. ' +
        'Đơn vị chủ trì lĩnh vực phải thuyết minh lĩnh vực mình chủ trì.',
    ),
    t(
      '   Mỗi khó khăn, hạn chế ghi một dòng, nguyên nhân của nó ghi ngay bên cạnh ở cột «Nguyên nhân». ' +
        (form.areas.some((a) => a.commonDifficulties.length > 0)
          ? `Khó khăn thường gặp (trang «${SHEET_NAMES.difficulties}») có thể chọn trong danh sách của ô; gặp đúng khó khăn đó thì chọn nguyên văn để báo cáo tổng hợp gộp và đếm đúng số đơn vị, khó khăn khác thì tự ghi. `
          : '') +
        `Mỗi đề xuất, kiến nghị ghi một dòng và chọn nơi nhận ở cột «Gửi đến»: «${form.addressees.body}» khi việc đề nghị ` +
        `do ${form.addressees.body} hoặc các phòng, ban của mình giải quyết; «${form.addressees.upper}» khi việc thuộc thẩm quyền ` +
        `cấp trên; «${form.addressees.central}» khi việc thuộc thẩm quyền trung ương.`,
    ),
    t(''),
    h('Lưu ý'),
    t(
      '• Các ô nhãn đã được khóa để tránh sửa nhầm (bảo vệ trang tính không đặt mật khẩu). ' +
        'Không đổi tên, xóa hay chèn trang tính, dòng, cột; không sửa các cột ẩn: chúng chứa mã chỉ tiêu để phần mềm đọc số liệu.',
    ),
    t('• Có thể dán số liệu từ bảng tính khác (dán giá trị). Ô có công thức được đọc theo kết quả đã tính; ô báo lỗi (#DIV/0!, #N/A, …) sẽ bị báo lỗi.'),
    t(
      `• Lưu tệp dạng Excel (.xlsx), không đặt mật khẩu mở tệp, với tên ${form.unit.id}.xlsx; ` +
        `gửi Phòng Nội vụ hoặc đặt vào thư mục submissions/${form.period.id}/ của kho báo cáo.`,
    ),
    t(`• Kiểm tra trước khi gửi: cchc validate submissions/${form.period.id}/${form.unit.id}.xlsx`),
  );
  return lines;
}
