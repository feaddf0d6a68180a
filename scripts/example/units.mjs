// The reporting units of the example repository: UBND huyện Tứ Kỳ (Hải Dương) in 2024.
// Populations, staff numbers and sector sizes are illustrative, not official statistics.

/** Lower-case ASCII kebab slug of a Vietnamese name: "xã Đại Sơn" → "xa-dai-son". */
export function slug(name) {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Commune-level units ceased on 1 July 2025 (two-level local government). */
export const COMMUNE_LEVEL_END = '2025-06-30';
/** The district and its departments and units were abolished at the same time. */
export const DISTRICT_END = '2025-06-30';

// [short name, population] — the town first, then the 22 communes in the order of the domain brief.
const COMMUNE_LEVEL = [
  ['thị trấn Tứ Kỳ', 12900],
  ['xã Đại Sơn', 9800],
  ['xã Hưng Đạo', 6200],
  ['xã Ngọc Kỳ', 7600],
  ['xã Bình Lăng', 5900],
  ['xã Chí Minh', 8700],
  ['xã Tái Sơn', 6800],
  ['xã Quang Phục', 9300],
  ['xã Dân Chủ', 7100],
  ['xã Tân Kỳ', 8200],
  ['xã Quang Khải', 6500],
  ['xã Đại Hợp', 7900],
  ['xã Quảng Nghiệp', 8400],
  ['xã An Thanh', 9100],
  ['xã Minh Đức', 6900],
  ['xã Văn Tố', 5600],
  ['xã Quang Trung', 7300],
  ['xã Phượng Kỳ', 6100],
  ['xã Cộng Lạc', 8800],
  ['xã Tiên Động', 7700],
  ['xã Nguyên Giáp', 9500],
  ['xã Hà Kỳ', 5400],
  ['xã Hà Thanh', 6000],
];

function communeId(shortName) {
  // "thị trấn Tứ Kỳ" → "tt-tu-ky" (the usual abbreviation), "xã Đại Sơn" → "xa-dai-son".
  return slug(shortName.replace(/^thị trấn /, 'tt '));
}

/**
 * Departments (phòng chuyên môn) of the district UBND.
 * sector: what its TTHC are about (for narrative); tthc: TTHC under its authority;
 * fees: of those, TTHC with a fee or charge; staff: civil servants; leaders: head + deputies;
 * files/docs: work files and outgoing documents per quarter; inspections: sector inspections per quarter.
 */
const DEPARTMENTS = [
  {
    name: 'Phòng Nội vụ',
    leads: ['chi-dao', 'to-chuc', 'cong-vu'],
    sector: 'tổ chức bộ máy, công chức, thi đua - khen thưởng, tôn giáo, thanh niên',
    tthc: 27, fees: 0, staff: 9, leaders: 3, files: 390, docs: 270, inspections: [1, 3],
  },
  {
    name: 'Phòng Tư pháp',
    leads: ['the-che'],
    sector: 'chứng thực, hộ tịch, nuôi con nuôi, bồi thường nhà nước, hòa giải cơ sở',
    tthc: 36, fees: 11, staff: 6, leaders: 2, files: 270, docs: 150, inspections: [1, 2],
  },
  {
    name: 'Văn phòng HĐND và UBND huyện',
    id: 'van-phong-hdnd-ubnd',
    leads: ['tthc'],
    sector: 'tiếp nhận, trả kết quả tại Bộ phận Một cửa huyện',
    tthc: 0, fees: 0, staff: 21, leaders: 4, files: 1150, docs: 720, inspections: null,
  },
  {
    name: 'Phòng Tài chính - Kế hoạch',
    leads: ['tai-chinh'],
    sector: 'đăng ký hộ kinh doanh, hợp tác xã, quản lý giá, tài sản công',
    tthc: 19, fees: 6, staff: 9, leaders: 3, files: 430, docs: 310, inspections: [1, 3],
  },
  {
    name: 'Phòng Văn hóa và Thông tin',
    leads: ['chinh-quyen-so'],
    sector: 'văn hóa, gia đình, thể thao, du lịch, thông tin và truyền thông',
    tthc: 22, fees: 4, staff: 6, leaders: 2, files: 240, docs: 160, inspections: [1, 3],
  },
  {
    name: 'Phòng Kinh tế và Hạ tầng',
    leads: [],
    // The plan's role for ISO 9001 and the district's infrastructure software (section V.7).
    roles: ['ktht'],
    sector: 'cấp phép xây dựng, quy hoạch, giao thông, công thương',
    tthc: 25, fees: 5, staff: 9, leaders: 3, files: 380, docs: 230, inspections: [2, 5],
  },
  {
    name: 'Phòng Tài nguyên và Môi trường',
    leads: [],
    sector: 'môi trường, tài nguyên nước, khoáng sản',
    tthc: 14, fees: 3, staff: 8, leaders: 3, files: 520, docs: 290, inspections: [2, 5],
  },
  {
    name: 'Phòng Lao động - Thương binh và Xã hội',
    leads: [],
    sector: 'người có công, bảo trợ xã hội, trẻ em, phòng chống tệ nạn xã hội',
    tthc: 38, fees: 0, staff: 8, leaders: 3, files: 450, docs: 260, inspections: [1, 3],
  },
  {
    name: 'Phòng Giáo dục và Đào tạo',
    leads: [],
    sector: 'giáo dục mầm non, phổ thông, thi, tuyển sinh, văn bằng chứng chỉ',
    tthc: 31, fees: 0, staff: 12, leaders: 3, files: 470, docs: 330, inspections: [2, 6],
  },
  {
    name: 'Phòng Nông nghiệp và Phát triển nông thôn',
    leads: [],
    sector: 'trồng trọt, chăn nuôi, thủy lợi, phòng chống thiên tai, nông thôn mới',
    tthc: 16, fees: 0, staff: 7, leaders: 2, files: 260, docs: 170, inspections: [1, 3],
  },
  {
    name: 'Thanh tra huyện',
    leads: [],
    sector: 'tiếp công dân, giải quyết khiếu nại, tố cáo',
    tthc: 9, fees: 0, staff: 7, leaders: 3, files: 210, docs: 120, inspections: [2, 4],
  },
  {
    name: 'Phòng Y tế',
    leads: [],
    sector: 'y tế cơ sở, an toàn thực phẩm, dân số',
    tthc: 10, fees: 0, staff: 4, leaders: 2, files: 150, docs: 100, inspections: [1, 3],
  },
];

/** Public service units (đơn vị sự nghiệp công lập) that report to the district. */
const PUBLIC_SERVICE_UNITS = [
  {
    name: 'Trung tâm Văn hóa, Thông tin và Thể thao huyện',
    id: 'trung-tam-van-hoa-thong-tin-the-thao',
    role: 'tuyên truyền trên hệ thống truyền thanh, tổ chức hoạt động văn hóa, thể thao',
    // It runs the district radio: the plan's "Đài Phát thanh huyện" (section V.8).
    roles: ['dai-phat-thanh'],
    staff: 18, leaders: 3, docs: 110,
  },
  {
    name: 'Trung tâm Dịch vụ nông nghiệp huyện',
    id: 'trung-tam-dich-vu-nong-nghiep',
    role: 'chuyển giao tiến bộ kỹ thuật, khuyến nông, bảo vệ thực vật, thú y',
    staff: 11, leaders: 2, docs: 65,
  },
  {
    name: 'Ban Quản lý dự án đầu tư xây dựng huyện',
    id: 'ban-quan-ly-du-an-dau-tu-xay-dung',
    role: 'quản lý các dự án đầu tư công do UBND huyện làm chủ đầu tư',
    staff: 14, leaders: 3, docs: 220,
  },
];

/** Department ids drop the conjunction: "Phòng Kinh tế và Hạ tầng" → "phong-kinh-te-ha-tang". */
function departmentId(name) {
  return slug(name.replace(/ và /g, ' '));
}

function build() {
  const units = [];
  for (const [shortName, population] of COMMUNE_LEVEL) {
    const town = shortName.startsWith('thị trấn');
    units.push({
      id: communeId(shortName),
      name: `UBND ${shortName}`,
      shortName,
      kind: town ? 'town' : 'commune',
      validTo: COMMUNE_LEVEL_END,
      leads: [],
      roles: [],
      population,
    });
  }
  for (const d of DEPARTMENTS) {
    units.push({ roles: [], ...d, id: d.id ?? departmentId(d.name), shortName: d.name, kind: 'department', validTo: DISTRICT_END });
  }
  for (const p of PUBLIC_SERVICE_UNITS) {
    units.push({ roles: [], ...p, id: p.id ?? slug(p.name), shortName: p.name, kind: 'public-service-unit', validTo: DISTRICT_END, leads: [] });
  }
  return units;
}

/** Every unit with its generator profile; `id`, `name`, `kind`, `validTo`, `leads`, `roles` go to units.yaml. */
export const UNITS = build();
export const unitById = new Map(UNITS.map((u) => [u.id, u]));
export const isCommuneLevel = (u) => u.kind === 'commune' || u.kind === 'town' || u.kind === 'ward';
