// cchc.yaml and units.yaml of the example repository, with Vietnamese comments for the officers who keep them.
import YAML from 'yaml';
import { isDeepStrictEqual } from 'node:util';
import { scalar } from './emit.mjs';

export const BASELINES = { 2021: { 'dv-sncl': 79, 'bc-sncl': 2046, 'tg-xu-ly-trung-binh': 60 } };
export const JUMP_FACTOR = 3;

export const CONFIG = {
  body: {
    name: 'ỦY BAN NHÂN DÂN HUYỆN TỨ KỲ',
    parent: 'UBND TỈNH HẢI DƯƠNG',
    shortName: 'UBND huyện Tứ Kỳ',
    place: 'Tứ Kỳ',
    symbol: 'BC-UBND',
  },
  signer: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', name: 'Nguyễn Văn Bình' },
  recipients: [
    'UBND tỉnh Hải Dương (b/c)',
    'Sở Nội vụ tỉnh Hải Dương',
    'TT Huyện ủy',
    'TT HĐND huyện',
    'Chủ tịch, các PCT UBND huyện',
    'Lưu: VT, NV.',
  ],
  due: { quarter: 12, half: 12, year: 10 },
  cutoffDay: 14,
  baselines: { 2021: BASELINES[2021] },
  validation: { jumpFactor: JUMP_FACTOR },
  basis: {
    plan: { number: '3148/KH-UBND', date: '2021-12-30' },
    annualPlans: { 2024: { number: '18/KH-UBND', date: '2024-01-19' } },
    requests: [
      {
        document: 'Công văn',
        number: '1175/SNV-CCHC',
        date: '2024-05-31',
        issuer: 'Sở Nội vụ tỉnh Hải Dương',
        subject: 'về việc báo cáo công tác cải cách hành chính quý II và 6 tháng đầu năm 2024',
        periods: ['2024Q2', '2024S1'],
      },
    ],
  },
};

export function configYaml() {
  const c = CONFIG;
  const text = `# yaml-language-server: $schema=../../schemas/config.schema.json
# Cấu hình kho báo cáo CCHC của UBND huyện Tứ Kỳ (dữ liệu minh họa).
# Không có mục "plan": kho dùng Kế hoạch CCHC giai đoạn 2021 - 2025 đi kèm cchc
# (plans/tu-ky-2021-2025.yaml). Muốn dùng kế hoạch khác, thêm: plan: duong-dan/ke-hoach.yaml

# Cơ quan tổng hợp, ban hành báo cáo (phần đầu văn bản theo Nghị định số 30/2020/NĐ-CP).
body:
  # Tên cơ quan ban hành, chữ in hoa
  name: ${scalar(c.body.name)}
  # Tên cơ quan chủ quản, chữ in hoa
  parent: ${scalar(c.body.parent)}
  # Tên viết gọn dùng trong nội dung báo cáo
  shortName: ${scalar(c.body.shortName)}
  # Địa danh ở dòng "Tứ Kỳ, ngày ... tháng ... năm ..."
  place: ${scalar(c.body.place)}
  # Ký hiệu văn bản: "Số: .../BC-UBND"
  symbol: ${scalar(c.body.symbol)}

# Người ký báo cáo: thẩm quyền ký, chức vụ (\\n để xuống dòng), họ và tên.
signer:
  authority: ${scalar(c.signer.authority)}
  title: ${scalar(c.signer.title)}
  name: ${scalar(c.signer.name)}

# Nơi nhận, in ở cuối văn bản.
recipients:
${c.recipients.map((r) => `  - ${scalar(r)}`).join('\n')}

# Hạn gửi báo cáo của các đơn vị: ngày của tháng cuối kỳ (quý, 6 tháng, năm).
due:
  quarter: ${c.due.quarter}
  half: ${c.due.half}
  year: ${c.due.year}

# Ngày chốt số liệu: số liệu tính đến ngày 14 của tháng cuối kỳ (Văn bản số 581/BNV-CCHC).
cutoffDay: ${c.cutoffDay}

# Số liệu năm gốc cho các mục tiêu so với năm 2021 (đến năm 2025 giảm tối thiểu 10% số đơn vị
# sự nghiệp công lập và 10% biên chế sự nghiệp hưởng lương từ ngân sách nhà nước).
baselines:
  "2021":
    dv-sncl: ${c.baselines[2021]['dv-sncl']}
    bc-sncl: ${c.baselines[2021]['bc-sncl']}
    # Thời gian tiếp nhận, xử lý trung bình một hồ sơ năm 2021 (phút, nơi cao nhất): mục tiêu giảm tối thiểu 30 phút.
    tg-xu-ly-trung-binh: ${c.baselines[2021]['tg-xu-ly-trung-binh']}

# Kiểm tra số liệu: cảnh báo khi một số liệu tăng hoặc giảm quá 3 lần so với kỳ trước của đơn vị.
validation:
  jumpFactor: ${c.validation.jumpFactor}

# Căn cứ ghi ở phần mở đầu báo cáo (số, ký hiệu và ngày ban hành của các văn bản; ngày dạng YYYY-MM-DD).
basis:
  # Kế hoạch CCHC giai đoạn 2021 - 2025 của UBND huyện
  plan:
    number: ${scalar(c.basis.plan.number)}
    date: ${scalar(c.basis.plan.date)}
  # Kế hoạch CCHC hằng năm
  annualPlans:
    "2024":
      number: ${scalar(c.basis.annualPlans[2024].number)}
      date: ${scalar(c.basis.annualPlans[2024].date)}
  # Văn bản của cấp trên yêu cầu báo cáo; periods: các kỳ áp dụng (bỏ trống = mọi kỳ)
  requests:
${c.basis.requests
  .map(
    (r) => `    - document: ${scalar(r.document)}
      number: ${scalar(r.number)}
      date: ${scalar(r.date)}
      issuer: ${scalar(r.issuer)}
      subject: ${scalar(r.subject)}
      periods: [${r.periods.join(', ')}]`,
  )
  .join('\n')}
`;
  if (!isDeepStrictEqual(YAML.parse(text, { schema: 'core' }), CONFIG)) throw new Error('cchc.yaml does not read back as CONFIG');
  return text;
}

const KIND_HEADINGS = {
  town: 'Thị trấn và các xã (cấp xã): chấm dứt hoạt động từ ngày 01/7/2025',
  department: 'Phòng chuyên môn thuộc UBND huyện',
  'public-service-unit': 'Đơn vị sự nghiệp công lập thuộc UBND huyện',
};

export function unitsYaml(units) {
  const lines = [
    '# yaml-language-server: $schema=../../schemas/units.schema.json',
    '# Danh sách đơn vị báo cáo CCHC của huyện Tứ Kỳ.',
    '#   id        mã đơn vị, trùng với tên tệp báo cáo: submissions/2024Q2/xa-dai-son.yaml',
    '#   kind      town = thị trấn, commune = xã, ward = phường, department = phòng chuyên môn,',
    '#             public-service-unit = đơn vị sự nghiệp công lập',
    '#   validFrom, validTo  thời gian hoạt động (để trống = không giới hạn)',
    '#   leads     các lĩnh vực đơn vị chủ trì, viết báo cáo chuyên đề của lĩnh vực',
    '#   roles     vai trò khác trong Kế hoạch: ktht = chủ trì ISO 9001 (mục V.7), dai-phat-thanh = Đài Phát thanh (mục V.8)',
    '# Từ ngày 01/7/2025 chính quyền địa phương tổ chức hai cấp: cấp huyện kết thúc hoạt động; 23 xã,',
    '# thị trấn của Tứ Kỳ được sắp xếp thành 6 xã Tứ Kỳ, Tân Kỳ, Đại Sơn, Chí Minh, Lạc Phượng, Nguyên Giáp',
    '# (thành phố Hải Phòng). Việc sắp xếp lại các phòng chuyên môn đầu năm 2025 không thể hiện ở đây:',
    '# ví dụ này chỉ có số liệu năm 2024.',
    'units:',
  ];
  let lastHeading;
  for (const u of units) {
    const heading = KIND_HEADINGS[u.kind === 'commune' ? 'town' : u.kind];
    if (heading !== lastHeading) {
      lines.push(`  # ${heading}`);
      lastHeading = heading;
    }
    lines.push(`  - id: ${scalar(u.id)}`, `    name: ${scalar(u.name)}`, `    kind: ${u.kind}`);
    if (u.validFrom) lines.push(`    validFrom: ${scalar(u.validFrom, { quote: true })}`);
    if (u.validTo) lines.push(`    validTo: ${scalar(u.validTo, { quote: true })}`);
    if (u.leads.length) lines.push(`    leads: [${u.leads.join(', ')}]`);
    if (u.roles.length) lines.push(`    roles: [${u.roles.join(', ')}]`);
  }
  const text = lines.join('\n') + '\n';
  const expected = {
    units: units.map((u) => ({
      id: u.id,
      name: u.name,
      kind: u.kind,
      ...(u.validFrom ? { validFrom: u.validFrom } : {}),
      ...(u.validTo ? { validTo: u.validTo } : {}),
      ...(u.leads.length ? { leads: u.leads } : {}),
      ...(u.roles.length ? { roles: u.roles } : {}),
    })),
  };
  if (!isDeepStrictEqual(YAML.parse(text, { schema: 'core' }), expected)) throw new Error('units.yaml does not read back as intended');
  return text;
}
