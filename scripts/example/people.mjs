// Who prepared each report: invented names, stable per unit (one commune changes officer mid-year).
import { rng } from './rng.mjs';

const SURNAMES = ['Nguyễn', 'Trần', 'Phạm', 'Vũ', 'Đỗ', 'Hoàng', 'Bùi', 'Đặng', 'Lê', 'Ngô', 'Đinh', 'Phan', 'Mạc', 'Lương', 'Đào'];
const MALE = [['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Xuân'], ['Hùng', 'Tuấn', 'Dũng', 'Hải', 'Long', 'Thắng', 'Cường', 'Huy', 'Nam', 'Khánh', 'Toàn', 'Sơn', 'Trung', 'Thành']];
const FEMALE = [['Thị', 'Thu', 'Thanh', 'Ngọc', 'Minh', 'Phương'], ['Hoa', 'Lan', 'Hương', 'Thảo', 'Trang', 'Huyền', 'Nhung', 'Hà', 'Yến', 'Ngân', 'Linh', 'Duyên', 'Thúy', 'Mai']];

const used = new Set();

function person(key) {
  const r = rng(key, 'person');
  for (;;) {
    const [middles, givens] = r.chance(0.55) ? FEMALE : MALE;
    const name = `${r.pick(SURNAMES)} ${r.pick(middles)} ${r.pick(givens)}`;
    if (!used.has(name)) {
      used.add(name);
      return { name, r };
    }
  }
}

const cache = new Map();

/** Units whose reporting officer changed from Q3 (a new officer took over the file). */
const CHANGED_FROM_Q3 = new Set(['xa-quang-phuc', 'phong-y-te']);

function preparer(u, generation) {
  const key = `${u.id}#${generation}`;
  if (cache.has(key)) return cache.get(key);
  const { name, r } = person(key);
  let title;
  if (u.kind === 'commune' || u.kind === 'town') {
    title = r.pick(['Công chức Văn phòng - Thống kê', 'Công chức Văn phòng - Thống kê', 'Công chức Văn phòng - Thống kê (phụ trách CCHC)', 'Công chức Tư pháp - Hộ tịch']);
  } else if (u.kind === 'department') {
    title = u.id === 'phong-noi-vu' ? 'Chuyên viên phụ trách CCHC' : r.pick(['Chuyên viên', 'Chuyên viên', 'Phó Trưởng phòng']);
    if (u.id === 'thanh-tra-huyen' && title === 'Phó Trưởng phòng') title = 'Phó Chánh Thanh tra';
    if (u.id === 'van-phong-hdnd-ubnd' && title === 'Phó Trưởng phòng') title = 'Phó Chánh Văn phòng';
  } else {
    title = r.pick(['Viên chức Hành chính - Tổng hợp', 'Kế toán', 'Phó Giám đốc']);
    if (u.id === 'ban-quan-ly-du-an-dau-tu-xay-dung' && title === 'Phó Giám đốc') title = 'Phó Trưởng ban';
  }
  const out = { name, title };
  if (r.chance(0.75)) out.phone = `0220 3747 ${String(r.int(100, 999))}`;
  cache.set(key, out);
  return out;
}

/** The preparer of unit u's quarter-q report. */
export function preparedBy(u, q) {
  return preparer(u, CHANGED_FROM_Q3.has(u.id) && q >= 3 ? 2 : 1);
}
