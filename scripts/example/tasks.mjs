// Task statuses (done / in-progress / not-started) with the occasional note, per unit and quarter.
import { rng } from './rng.mjs';
const { reportsTask } = await import(new URL('../../dist/plan/roles.js', import.meta.url).href);

/**
 * How a task usually stands. `q` is the quarter (1–4); `r` a random stream for this unit,
 * quarter and task. Returns a status or [status, note].
 */
const RULES = {
  'cd-01': (q) => 'done',
  'cd-02': () => 'done',
  'cd-03': () => 'done',
  'cd-04': (q, r, u) => (u.id === 'phong-noi-vu' ? (q === 1 ? ['in-progress', 'Đã ban hành Kế hoạch kiểm tra CCHC năm 2024; các đợt kiểm tra triển khai từ quý II.'] : 'done') : r.chance(0.7) ? 'done' : 'in-progress'),
  'cd-05': (q) => (q === 4 ? 'done' : 'in-progress'),
  'cd-06': (q, r, u) => (u.id === 'van-phong-hdnd-ubnd' ? (q === 4 ? 'done' : 'in-progress') : 'done'),
  'tc-01': (q, r) => (r.chance(0.8) ? 'done' : 'in-progress'),
  'tc-02': (q, r) => (r.chance(0.85) ? 'done' : 'in-progress'),
  'tc-03': (q) => (q === 1 || q === 4 ? 'done' : 'in-progress'),
  'tc-04': () => 'done',
  'tt-01': () => 'done',
  'tt-02': (q, r) => (r.chance(0.85) ? 'done' : 'in-progress'),
  'tt-03': (q, r) => (r.chance(0.5) ? 'done' : 'in-progress'),
  'tt-04': (q, r, u) =>
    u.kind === 'commune' && r.chance(0.15)
      ? ['in-progress', r.pick(['Đang sắp xếp lại khu vực chờ, bổ sung ghế ngồi và bảng niêm yết TTHC.', 'Đã đề nghị UBND huyện hỗ trợ kinh phí cải tạo phòng làm việc của Bộ phận Một cửa.'])]
      : 'done',
  'tt-05': (q, r, u) => (q === 3 && (u.id === 'xa-ha-ky' || u.id === 'xa-quang-khai') ? ['in-progress', 'Đang cập nhật, niêm yết danh mục TTHC lĩnh vực đất đai mới công bố.'] : 'done'),
  'tt-06': () => 'done',
  'tt-07': (q, r, u) =>
    u.kind === 'department' && u.id !== 'van-phong-hdnd-ubnd'
      ? 'in-progress'
      : ['in-progress', r.pick(['Tiếp tục số hóa sổ hộ tịch các năm trước theo kế hoạch của tỉnh.', 'Đang số hóa kết quả giải quyết TTHC lĩnh vực chứng thực, hộ tịch.', 'Số hóa kết quả TTHC còn hạn chế do thiếu máy quét chuyên dụng.'])],
  'tt-08': () => 'done',
  'tcbm-01': (q) => (q === 4 ? 'done' : 'in-progress'),
  'tcbm-02': () => 'in-progress',
  'tcbm-03': () => 'in-progress',
  'tcbm-04': () => 'in-progress',
  'tcbm-05': () => 'in-progress',
  'tcbm-06': (q) => (q === 1 ? 'not-started' : 'done'),
  'cv-01': () => 'done',
  'cv-02': (q, r, u) => (u.id === 'phong-noi-vu' ? (q === 3 ? ['done', 'Hoàn thành kỳ xét tuyển viên chức giáo dục năm 2024.'] : 'in-progress') : 'done'),
  'cv-03': () => 'done',
  'cv-04': () => 'done',
  'cv-05': () => 'done',
  'cv-06': (q, r) => (r.chance(0.6) ? 'done' : 'in-progress'),
  'cv-07': () => 'in-progress',
  'cv-08': (q) => (q === 4 ? 'done' : 'in-progress'),
  'cv-09': (q) => (q === 3 ? ['done', 'Thực hiện mức lương cơ sở mới từ ngày 01/7/2024 theo Nghị định số 73/2024/NĐ-CP.'] : 'done'),
  'tcc-01': () => 'done',
  'tcc-02': () => 'done',
  'tcc-03': (q, r, u) => (u.id === 'ban-quan-ly-du-an-dau-tu-xay-dung' && q === 4 ? ['done', 'Được giao tự bảo đảm chi thường xuyên giai đoạn 2025 - 2026.'] : 'in-progress'),
  'tcc-04': () => 'done',
  'tcc-05': () => 'done',
  'cqs-01': () => 'done',
  'cqs-02': () => 'done',
  'cqs-03': (q, r, u) => (u.kind === 'department' ? 'done' : r.chance(0.9) ? 'done' : 'in-progress'),
  'cqs-04': () => 'done',
  'cqs-05': () => 'done',
  'cqs-06': (q, r) => (r.chance(0.6) ? 'done' : 'in-progress'),
  'cqs-07': (q, r, u) =>
    u.kind === 'department'
      ? 'in-progress'
      : rng(u.id, 'paperless').chance(0.35)
        ? ['not-started', 'Chưa có kinh phí trang bị thiết bị cho phòng họp không giấy.']
        : 'in-progress',
  'cqs-08': () => 'done',
  'cqs-09': (q, r) => (r.chance(0.5) ? 'done' : 'in-progress'),
  'cqs-10': (q, r, u) => (u.kind === 'department' ? 'done' : r.chance(0.7) ? 'done' : ['in-progress', 'Đã đề nghị bổ sung máy quét, máy tính cho Bộ phận Một cửa.']),
  'cqs-11': (q) => (q >= 3 ? 'done' : 'in-progress'),
  'cqs-12': (q, r, u) => (u.id === 'phong-kinh-te-ha-tang' ? (q === 4 ? ['done', 'Hoàn thành đánh giá nội bộ hệ thống quản lý chất lượng năm 2024.'] : 'in-progress') : 'done'),
  'tcbm-07': (q) => (q === 4 ? 'done' : 'in-progress'),
  'tcc-06': (q, r, u) => (u.kind === 'department' ? 'in-progress' : r.chance(0.3) ? 'done' : 'not-started'),
  'gp-01': () => 'done',
  'gp-02': () => 'done',
  'gp-03': (q) => (q === 4 ? ['done', 'Trình UBND huyện dự toán kinh phí CCHC năm 2025.'] : 'done'),
  'gp-04': () => 'in-progress',
  'gp-05': (q) => (q >= 2 ? 'done' : 'in-progress'),
  'gp-06': () => 'in-progress',
  'v1-01': () => 'done',
  'v1-02': () => 'done',
  'v1-03': (q, r, u) => (dialogueQuarter(u) !== null && q >= dialogueQuarter(u) ? 'done' : 'in-progress'),
  'v1-04': (q) => (q === 1 ? 'in-progress' : 'done'),
  'v1-05': (q) => (q === 4 ? 'done' : 'not-started'),
  'v2-01': () => 'done',
  'v2-02': (q) => (q >= 2 ? 'done' : 'in-progress'),
  'v3-01': () => 'done',
  'v4-01': (q) => (q >= 3 ? ['done', 'Tổ chức hội nghị đối thoại với doanh nghiệp về TTHC ngày 18/9/2024.'] : 'in-progress'),
  'v8-01': () => 'done',
};

/** The quarter in which a unit holds its yearly dialogue conference (null: not held in 2024). */
export function dialogueQuarter(u) {
  const r = rng(u.id, 'dialogue');
  if (r.chance(0.08)) return null;
  return r.int(2, 4);
}

/** Status of every task the unit reports in `area` (by its kind or role, as cchc decides), in plan order. */
export function tasksFor(u, q, area, plan) {
  const out = {};
  for (const task of plan.tasks) {
    if (task.area !== area || !reportsTask(plan, task, u)) continue;
    const rule = RULES[task.id];
    if (!rule) throw new Error(`no status rule for task ${task.id}`);
    const result = rule(q, rng(u.id, q, task.id), u);
    out[task.id] = Array.isArray(result) ? { status: result[0], note: result[1] } : result;
  }
  return out;
}
