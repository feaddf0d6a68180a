/**
 * The bundled plan against the plan it encodes (test/fixtures/plan-source):
 * every target of its section II (and the dated duties of section V.1),
 * listed here by the plan's own words, is carried by the encoded plan with
 * those words; every encoded target quotes the plan verbatim; every target
 * whose words leave a number, a year or a way of measuring open says how it
 * reads them; every bullet of the "Nhiệm vụ" parts is a task with its lead.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledPlan } from '../../helpers/plan.js';

const SEED = readFileSync(fileURLToPath(new URL('../../fixtures/plan-source/tu-ky-2021-2025.txt', import.meta.url)), 'utf8');

/** Words compared without their spacing: the text was extracted from a PDF, with line breaks anywhere. */
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, '');
const SEED_SQUASHED = squash(SEED);

/** A target's text is one excerpt of the plan, or several joined by " … ". */
const excerpts = (text: string) => text.split(' … ');

/** Each target of the plan, by its words (verbatim), and the indicator carrying it. */
const SECTION_II: readonly (readonly [section: string, words: string, indicator: string])[] = [
  ['2.1', 'Phấn đấu Chỉ số CCHC (PAR INDEX) của huyện giai đoạn 2021 - 2025 thuộc Top dẫn đầu khối UBND cấp huyện trong tỉnh', 'par-index-xep-hang'],
  ['2.1', 'UBND các xã, thị trấn được đánh giá chỉ số CCHC đạt từ loại tốt trở lên', 'par-index-xep-loai'],
  ['2.1', 'Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ hành chính đạt từ 85% trở lên', 'ty-le-hai-long'],
  ['2.1', 'đến năm 2025 đạt từ 95% trở lên', 'ty-le-hai-long'],
  ['2.1', 'Hàng năm tổ chức kiểm tra công tác CCHC định kỳ và đột xuất từ 30-40% cơ quan, đơn vị trực thuộc', 'ty-le-kiem-tra'],
  ['2.1', 'Phấn đấu hoàn thành các nhiệm vụ Tỉnh ủy và UBND tỉnh giao', 'ty-le-nv-tinh-giao'],
  ['2.3', '100% các TTHC được công khai đầy đủ, kịp thời, đúng quy định', 'ty-le-tthc-cong-khai'],
  [
    '2.3',
    'Thực hiện rà soát, đơn giản hóa TTHC, đề xuất cắt giảm thành phần hồ sơ, yêu cầu, điều kiện… và thời gian thực hiện giải quyết TTHC',
    'tthc-de-xuat-don-gian-hoa',
  ],
  ['2.3', 'đạt từ 95% - 100% hồ sơ TTHC được trả kết quả đúng và trước hạn', 'ty-le-dung-han'],
  ['2.3', 'Hoàn thành số hoá kết quả giải quyết TTHC cấp huyện với tỷ lệ 20%', 'ty-le-so-hoa'],
  ['2.3', 'cấp xã với tỷ lệ 15%', 'ty-le-so-hoa'],
  ['2.3', 'Phấn đấu mỗi năm tăng tối thiểu 20% đối với mỗi cấp hành chính đến khi đạt 100%.', 'ty-le-so-hoa'],
  [
    '2.3',
    'Phấn đấu đạt từ 50% - 80% TTHC có yêu cầu thực hiện nghĩa vụ tài chính được triển khai thanh toán trực tuyến',
    'ty-le-tthc-thanh-toan-truc-tuyen',
  ],
  ['2.3', 'tỷ lệ giao dịch thanh toán trực tuyến đạt từ 30% trở lên', 'ty-le-gd-truc-tuyen'],
  [
    '2.3',
    'Phấn đấu tối thiểu 80% hồ sơ giải quyết TTHC được luân chuyển nội bộ giữa các cơ quan thực hiện bằng phương thức điện tử',
    'ty-le-luan-chuyen-dien-tu',
  ],
  [
    '2.3',
    'Phấn đấu từ 80 % đến 100% người dân, doanh nghiệp đánh giá mức độ hài lòng trong giải quyết TTHC đạt điểm đánh giá từ tốt trở lên',
    'ty-le-danh-gia-tot',
  ],
  [
    '2.3',
    'Đến năm 2025 đạt 80% người dân, doanh nghiệp thực hiện TTHC không phải cung cấp các thông tin, giấy tờ, tài liệu đã được chấp nhận khi thực hiện TTHC thành công trước đó',
    'ty-le-khong-nop-lai',
  ],
  ['2.3', 'Giảm thời gian chờ đợi của người dân, doanh nghiệp xuống trung bình tối đa 15 phút/01 lượt giao dịch', 'tg-cho-trung-binh'],
  ['2.3', 'thời gian tiếp nhận, xử lý hồ sơ tối thiểu 30 phút/01 hồ sơ', 'tg-xu-ly-trung-binh'],
  [
    '2.3',
    'Tỷ lệ người dân, doanh nghiệp thực hiện các dịch vụ công trực tuyến và thực hiện thủ tục hành chính trên môi trường điện tử tối thiểu đạt 50% so với tổng số hồ sơ tiếp nhận',
    'ty-le-hs-truc-tuyen',
  ],
  ['2.4', 'Phấn đấu đến năm 2025, giảm tối thiểu 10% số lượng đơn vị sự nghiệp công lập so với năm 2021', 'dv-sncl'],
  ['2.4', 'giảm tối thiểu 10% biên chế sự nghiệp hưởng lương từ ngân sách nhà nước so với năm 2021', 'bc-sncl'],
  ['2.5', '100% cán bộ, công chức cấp xã có trình độ đại học', 'ty-le-cbcc-xa-dai-hoc'],
  ['2.5', 'được chuẩn hoá về lý luận chính trị, chuyên môn, nghiệp vụ, kỹ năng làm việc', 'ty-le-cbcc-xa-chuan-hoa'],
  ['2.5', '100% cán bộ lãnh đạo quản lý từ cấp phòng được bồi dưỡng theo tiêu chuẩn chức danh nghề nghiệp', 'ty-le-ld-boi-duong'],
  ['2.5', '100% cán bộ, công chức được tập huấn về kỹ năng giao tiếp trong công vụ', 'ty-le-tap-huan-giao-tiep'],
  [
    '2.5',
    'Phấn đấu có từ 10-20% cán bộ, công chức trẻ, cán bộ, công chức giữ chức vụ lãnh đạo, quản lý đủ khả năng làm việc trong môi trường quốc tế',
    'ty-le-lam-viec-quoc-te',
  ],
  ['2.6', 'Phấn đấu đến năm 2025 có tối thiểu 20% đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên', 'ty-le-sncl-tu-chu'],
  [
    '2.6',
    'các đơn vị sự nghiệp kinh tế và sự nghiệp khác khi có đủ điều kiện, hoàn thành việc chuyển đổi thành công ty cổ phần hoặc chuyển sang tự bảo đảm chi thường xuyên và chi đầu tư',
    'ty-le-sncl-kt-chuyen-doi',
  ],
  ['2.6', 'Thực hiện đúng quy định của Luật Ngân sách nhà nước hiện hành về công khai ngân sách nhà nước', 'cong-khai-ngan-sach'],
  ['2.6', 'phấn đấu hoàn thành, hoàn thành vượt mức dự toán ngân sách được giao', 'ty-le-thu-ngan-sach'],
  ['2.7', 'Duy trì kết nối, chia sẻ thông tin giữa Cổng dịch vụ công tỉnh với Cổng Dịch vụ công Quốc gia', 'ket-noi-cong-dvc'],
  [
    '2.7',
    '100% người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến được cấp định danh và xác thực điện tử thông suốt và hợp nhất trên tất cả các hệ thống thông tin của các cấp chính quyền từ huyện đến xã, thị trấn',
    'ty-le-dinh-danh',
  ],
  [
    '2.7',
    '80% dịch vụ công trực tuyến mức độ 4, được cung cấp trên nhiều phương tiện truy cập khác nhau, bao gồm cả thiết bị di động',
    'ty-le-dvc-di-dong',
  ],
  ['2.7', 'phấn đấu đến hết năm 2021, 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến mức độ 4', 'ty-le-tthc-muc-4'],
  ['2.7', '80% hồ sơ công việc tại cấp huyện', 'ty-le-hscv-tren-mang'],
  [
    '2.7',
    '60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước)',
    'ty-le-hscv-tren-mang',
  ],
  ['2.7', '100% báo cáo định kỳ và văn bản hành chính (trừ văn bản mật) được gửi nhận bằng văn bản điện tử', 'ty-le-vb-dien-tu'],
  [
    '2.7',
    '100% các phòng chuyên môn, ban ngành UBND huyện, các xã, thị trấn báo cáo định kỳ về chỉ tiêu phát triển kinh tế xã hội được thực hiện trên hệ thống phần mềm báo cáo của tỉnh',
    'bao-cao-phan-mem-tinh',
  ],
  ['2.7', 'cơ sở dữ liệu về quản lý đất đai', 'csdl-dat-dai'],
  ['2.7', 'cơ sở dữ liệu về cán bộ công chức, viên chức và đánh giá cán bộ, công chức, viên chức', 'csdl-can-bo'],
  ['2.7', 'Bước đầu hình thành thành dữ liệu về phần mềm hệ thống quản lý chiếu sáng', 'phan-mem-chieu-sang'],
  ['2.7', 'phần mềm quản lý hệ thống đường giao thông của huyện kết nối với trung tâm điều hành của huyện, của tỉnh', 'phan-mem-giao-thong'],
  [
    '2.7',
    '50% hoạt động kiểm tra của cơ quan quản lý nhà nước được thực hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý',
    'ty-le-kt-moi-truong-so',
  ],
  ['2.7', 'Tiếp tục duy trì áp dụng, cải tiến hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001', 'iso-9001'],
  // Section V.1: duties every unit has, with a date or every year.
  ['V.1', 'Kế hoạch CCHC giai đoạn 2021 - 2025 (Hoàn thành xong trước ngày 31/12/2021)', 'kh-cchc-giai-doan'],
  ['V.1', 'Kế hoạch CCHC hàng năm của cơ quan, đơn vị, địa phương', 'kh-cchc-nam'],
  ['V.1', 'Định kỳ hàng năm tổ chức thực hiện hội nghị đối thoại với người dân, tổ chức và doanh nghiệp', 'hoi-nghi-doi-thoai'],
  ['V.1', 'Xây dựng và triển khai Kế hoạch kiểm tra công vụ, kiểm tra CCHC hàng năm', 'kh-kiem-tra'],
];

/**
 * Targets whose words leave a number, a year or a way of measuring open (the
 * encoding had to choose, and must say how it reads them).
 */
const INTERPRETED = [
  'par-index-xep-hang', // "Top dẫn đầu" → top 3
  'par-index-xep-loai', // the scale of ratings
  'ty-le-hai-long', // 85 % until 2024, 95 % in 2025
  'ty-le-kiem-tra', // 30–40 %: met from 30 %
  'ty-le-nv-tinh-giao', // "hoàn thành" → 100 % of the tasks due
  'tthc-de-xuat-don-gian-hoa', // no number → at least one a year
  'ty-le-so-hoa', // 20 % in 2022, "+20 %" as points
  'ty-le-tthc-thanh-toan-truc-tuyen', // 50–80 %: met from 50 %
  'ty-le-danh-gia-tot', // ratings counted, not people
  'ty-le-khong-nop-lai', // dossiers counted, not people
  'tg-cho-trung-binh', // every one-stop desk, no pooled average
  'tg-xu-ly-trung-binh', // "giảm … tối thiểu 30 phút" → a reduction against 2021
  'ty-le-cbcc-xa-dai-hoc', // no year → 2025
  'ty-le-cbcc-xa-chuan-hoa',
  'ty-le-ld-boi-duong',
  'ty-le-tap-huan-giao-tiep',
  'ty-le-lam-viec-quoc-te',
  'ty-le-sncl-kt-chuyen-doi', // only when a unit is eligible
  'ty-le-thu-ngan-sach', // "hoàn thành dự toán" → revenue ≥ 100 % of the estimate
  'ty-le-tthc-muc-4', // "đến hết năm 2021" → kept at 100 % after
  'csdl-dat-dai', // "dự kiến xây dựng" → by 2025
  'csdl-can-bo',
  'phan-mem-chieu-sang',
  'phan-mem-giao-thong',
  'kh-cchc-giai-doan', // "trước ngày 31/12/2021" → by 31/12/2021
  'kh-cchc-nam', // no deadline → the year's plan exists
  'hoi-nghi-doi-thoai', // every unit, within the year
  'kh-kiem-tra',
];

describe('the bundled plan against the plan it encodes', async () => {
  const plan = await bundledPlan();
  const targetsOf = (id: string) => plan.indicators.find((i) => i.id === id)?.targets ?? [];

  it('lists each target by words that are the plan\'s own', () => {
    for (const [section, words] of SECTION_II) expect(SEED_SQUASHED.includes(squash(words)), `${section}: ${words}`).toBe(true);
  });

  it.each(SECTION_II.map(([section, words, indicator]) => ({ section, words, indicator })))(
    '$section $indicator carries "$words"',
    ({ words, indicator }) => {
      const texts = targetsOf(indicator).flatMap((t) => excerpts(t.text).map(squash));
      expect(texts.some((t) => t.includes(squash(words))), `${indicator}: ${texts.join(' | ')}`).toBe(true);
    },
  );

  it('quotes the plan verbatim in every target, and carries no target the list above leaves out', () => {
    const listed = new Set(SECTION_II.map(([, , id]) => id));
    for (const ind of plan.indicators) {
      for (const t of ind.targets) {
        for (const piece of excerpts(t.text)) expect(SEED_SQUASHED.includes(squash(piece)), `${ind.id}: ${piece}`).toBe(true);
        expect(listed.has(ind.id), `${ind.id} has a target the list does not name`).toBe(true);
      }
    }
  });

  it('says how it reads the words that leave a number, a year or a measure open, and only those', () => {
    for (const id of INTERPRETED) expect(targetsOf(id).some((t) => t.note), `${id} has no interpretation note`).toBe(true);
    const noted = plan.indicators.filter((i) => i.targets.some((t) => t.note)).map((i) => i.id);
    expect(noted.sort()).toEqual([...INTERPRETED].sort());
  });

  it('tracks, without a number the plan does not give, the tasks the district assigns (2.1.b)', () => {
    expect(plan.indicators.find((i) => i.id === 'ty-le-nv-huyen-giao')).toMatchObject({ ratio: { numerator: 'nv-huyen-giao-hoan-thanh', denominator: 'nv-huyen-giao' }, targets: [] });
    expect(plan.indicators.find((i) => i.id === 'nv-huyen-giao')!.reportedBy).toEqual(['department', 'public-service-unit', 'commune', 'town', 'ward']);
  });

  it('has a task for every bullet of the "Nhiệm vụ" parts of section II, each with its lead', () => {
    const bullets = { '2.1.b': 7, '2.2.b': 4, '2.3.b': 8, '2.4.b': 7, '2.5.b': 9, '2.6.b': 6, '2.7.b': 11 };
    for (const [ref, count] of Object.entries(bullets)) {
      expect(plan.tasks.filter((t) => (t.ref ?? '').split(', ').includes(ref)).length, ref).toBe(count);
    }
    // The measures of section III and the duties of section V are tasks too.
    for (const ref of ['III.1', 'III.2', 'III.3', 'III.4', 'III.5', 'III.6', 'V.1', 'V.2', 'V.3', 'V.4', 'V.5', 'V.7', 'V.8']) {
      expect(plan.tasks.some((t) => (t.ref ?? '').split(', ').includes(ref)), ref).toBe(true);
    }
    for (const t of plan.tasks) expect(t.lead.length, `${t.id} has no lead`).toBeGreaterThan(0);
  });

  it('leaves each area\'s work to the department section V names, by role', () => {
    const leadOf = (id: string) => plan.tasks.find((t) => t.id === id)!.lead;
    expect(leadOf('cd-04')).toEqual(['noi-vu']); // V.2: inspections
    expect(leadOf('tc-02')).toEqual(['tu-phap']); // V.3
    expect(leadOf('tt-04')).toEqual(['van-phong']); // V.4: one-stop desks
    expect(leadOf('tcc-01')).toEqual(['tckh']); // V.5
    expect(leadOf('cqs-01')).toEqual(['vhtt']); // V.6
    expect(leadOf('cqs-12')).toEqual(['ktht']); // V.7: ISO 9001
    expect(leadOf('v8-01')).toEqual(['dai-phat-thanh']); // V.8
    expect(plan.roles['noi-vu']).toEqual({ name: 'Phòng Nội vụ', kinds: ['department'], leads: ['chi-dao'] });
  });
});
