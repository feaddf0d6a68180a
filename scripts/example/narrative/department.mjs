// Narrative of a district department for the areas it does not lead, and of public service units.
import { rng } from '../rng.mjs';
import { num, pct, para, QUARTER_NAME } from './text.mjs';

export function deptWords(u) {
  if (u.id === 'thanh-tra-huyen') return { Name: 'Thanh tra huyện', noun: 'cơ quan', Noun: 'Cơ quan' };
  if (u.id === 'van-phong-hdnd-ubnd') return { Name: 'Văn phòng HĐND và UBND huyện', noun: 'Văn phòng', Noun: 'Văn phòng' };
  return { Name: u.shortName, noun: 'phòng', Noun: 'Phòng' };
}

function chiDao(u, q) {
  const w = deptWords(u);
  const r = rng(u.id, q, 'chi-dao');
  const direction =
    q === 1
      ? `${w.Name} ban hành kế hoạch triển khai nhiệm vụ CCHC năm 2024 của ${w.noun}, phân công cụ thể cho từng công chức và gắn với đánh giá, xếp loại hằng tháng.`
      : r.pick([
          `${w.Name} tiếp tục thực hiện các nhiệm vụ CCHC được UBND huyện giao; nội dung CCHC được lồng ghép trong các cuộc họp giao ban của ${w.noun}.`,
          `Lãnh đạo ${w.noun} thường xuyên quán triệt công chức thực hiện nghiêm kỷ luật, kỷ cương hành chính và quy tắc ứng xử trong thi hành công vụ.`,
          `${w.Name} bám sát Kế hoạch CCHC năm 2024 của UBND huyện, chủ động triển khai các nhiệm vụ thuộc lĩnh vực ${u.sector}.`,
        ]);
  const more = r.sample(
    [
      `Trong kỳ, ${w.noun} không có công chức vi phạm kỷ luật, không nhận được phản ánh, kiến nghị về thái độ, trách nhiệm phục vụ.`,
      `${w.Name} phối hợp với Trung tâm Văn hóa, Thông tin và Thể thao huyện đưa ${r.int(3, 9)} tin, bài tuyên truyền các quy định mới thuộc lĩnh vực phụ trách.`,
      `${w.Name} hoàn thành ${r.int(8, 25)} nhiệm vụ được UBND huyện, Chủ tịch UBND huyện giao trong kỳ, không có nhiệm vụ quá hạn.`,
      `Nội dung CCHC được đưa vào ${r.int(2, 3)} cuộc giao ban của ${w.noun} trong ${QUARTER_NAME[q]}.`,
    ],
    r.int(1, 2),
  );
  return { results: para(direction, more) };
}

function theChe(u, q, v) {
  const w = deptWords(u);
  const r = rng(u.id, q, 'the-che');
  return {
    results: para(
      r.pick([
        `Trong ${QUARTER_NAME[q]}, ${w.noun} tham gia ý kiến ${v['vb-gop-y']} dự thảo văn bản quy phạm pháp luật, văn bản chỉ đạo do các sở, ngành của tỉnh và UBND huyện gửi lấy ý kiến, bảo đảm đúng thời hạn.`,
        `${w.Name} đã tham gia góp ý ${v['vb-gop-y']} dự thảo văn bản liên quan đến lĩnh vực ${u.sector}.`,
      ]),
      r.chance(0.5) ? `${w.Name} phối hợp với Phòng Tư pháp rà soát các văn bản quy phạm pháp luật thuộc lĩnh vực phụ trách, kịp thời đề xuất sửa đổi, bổ sung.` : '',
    ),
  };
}

function tthc(u, q, v) {
  const w = deptWords(u);
  const r = rng(u.id, q, 'tthc');
  const simplified = v['tthc-de-xuat-don-gian-hoa'];
  return {
    results: para(
      `Lĩnh vực ${u.sector} hiện có ${v['tthc-tong-so']} TTHC thuộc thẩm quyền giải quyết của cấp huyện do ${w.noun} tham mưu; 100% TTHC được công khai tại Bộ phận Một cửa huyện, trên Cổng Dịch vụ công quốc gia và Cổng thông tin điện tử huyện.`,
      r.pick([
        'Hồ sơ thuộc lĩnh vực được tiếp nhận qua Bộ phận Một cửa huyện và xử lý trên Hệ thống thông tin giải quyết TTHC của tỉnh; số liệu hồ sơ được tổng hợp trong báo cáo của Văn phòng HĐND và UBND huyện.',
        `${w.Name} cử công chức thường trực tại Bộ phận Một cửa huyện, bảo đảm hướng dẫn, tiếp nhận và chuyển xử lý hồ sơ đúng quy trình nội bộ đã được phê duyệt.`,
      ]),
      simplified > 0 ? `Trong kỳ, ${w.noun} đề xuất đơn giản hóa ${simplified} TTHC, tập trung cắt giảm thành phần hồ sơ và thời gian giải quyết.` : '',
      {
        1: `${w.Name} rà soát, đề nghị cập nhật quy trình nội bộ của ${r.int(2, 6)} TTHC trên Hệ thống thông tin giải quyết TTHC của tỉnh.`,
        2: r.pick([`Công chức của ${w.noun} hướng dẫn người dân nộp hồ sơ trực tuyến ngay tại Bộ phận Một cửa huyện.`, `${w.Name} rà soát các TTHC có thể thực hiện toàn trình trên môi trường điện tử, đề xuất bổ sung ${r.int(1, 3)} TTHC.`]),
        3: r.pick([`Sau cơn bão số 3, ${w.noun} chủ động liên hệ người dân có hồ sơ đến hạn để trả kết quả, không để phát sinh hồ sơ quá hạn do sự cố.`, `${w.Name} cập nhật các TTHC được sửa đổi, bổ sung theo quyết định công bố mới của Chủ tịch UBND tỉnh.`]),
        4: `${w.Name} tổng hợp, đánh giá tình hình giải quyết TTHC lĩnh vực phụ trách năm 2024, đề xuất ${r.int(1, 3)} giải pháp rút ngắn thời gian giải quyết.`,
      }[q],
      q === 3 && u.id === 'phong-tai-nguyen-moi-truong'
        ? 'Từ ngày 01/8/2024, Phòng Tài nguyên và Môi trường tham mưu triển khai các TTHC mới theo Luật Đất đai năm 2024, bổ sung 02 TTHC vào danh mục thuộc thẩm quyền.'
        : '',
    ),
  };
}

function congVu(u, q, v) {
  const w = deptWords(u);
  const r = rng(u.id, q, 'cong-vu');
  return {
    results: para(
      r.pick([
        `${w.Name} hiện có ${v['cbccvc']} công chức, trong đó ${v['ld-cap-phong']} lãnh đạo ${w.noun}; ${v['ld-cap-phong-boi-duong']}/${v['ld-cap-phong']} lãnh đạo đã được bồi dưỡng theo tiêu chuẩn chức danh.`,
        `Tổng số công chức của ${w.noun} là ${v['cbccvc']} người (${v['ld-cap-phong']} lãnh đạo); ${v['cbccvc-tap-huan-giao-tiep']} người đã được tập huấn kỹ năng giao tiếp trong thực thi công vụ.`,
      ]),
      r.pick([
        'Công chức thực hiện nghiêm quy tắc ứng xử, văn hóa công sở và quy định về thời giờ làm việc.',
        'Việc đánh giá, xếp loại công chức được thực hiện hằng tháng trên cơ sở kết quả thực hiện nhiệm vụ.',
        `Trong ${QUARTER_NAME[q]}, ${w.noun} cử ${r.int(1, 4)} lượt công chức tham gia các lớp bồi dưỡng chuyên môn, nghiệp vụ do tỉnh tổ chức.`,
        `${w.Name} bố trí công chức theo Đề án vị trí việc làm đã được phê duyệt; không có công chức vi phạm kỷ luật trong ${QUARTER_NAME[q]}.`,
      ]),
      q === 3 ? 'Thực hiện chế độ tiền lương mới từ ngày 01/7/2024 bảo đảm kịp thời, đúng quy định.' : '',
      q === 4 ? `Hoàn thành đánh giá, xếp loại chất lượng công chức năm 2024 của ${w.noun}.` : '',
    ),
  };
}

/** Recurrent budget of a department or unit (triệu đồng) and the share spent by the end of each quarter. */
export function budget(u) {
  return Math.round((u.staff * rng(u.id, 'budget').uniform(150, 210)) / 10) * 10;
}
const SPENT = { 1: [0.2, 0.25], 2: [0.45, 0.52], 3: [0.7, 0.76], 4: [0.93, 0.98] };

function taiChinh(u, q, v) {
  const w = deptWords(u);
  const r = rng(u.id, q, 'tai-chinh');
  const total = budget(u);
  const spent = Math.round((total * r.uniform(...SPENT[q])) / 10) * 10;
  return {
    results: para(
      r.pick([
        `${w.Name} thực hiện công khai dự toán, quyết toán ngân sách theo quy định; sử dụng kinh phí tiết kiệm, hiệu quả, đúng quy chế chi tiêu nội bộ.`,
        `Kinh phí quản lý hành chính được sử dụng đúng mục đích, tiết kiệm; ${w.noun} thực hiện nghiêm quy định về quản lý, sử dụng tài sản công.`,
      ]),
      `Dự toán chi thường xuyên năm 2024 của ${w.noun} là ${num(total)} triệu đồng, đến hết ${QUARTER_NAME[q]} đã thực hiện ${num(spent)} triệu đồng (${pct(spent, total)}).`,
      v['sncl-tu-chu-chi-thuong-xuyen'] !== undefined
        ? `${w.Name} phối hợp với Phòng Tài chính - Kế hoạch theo dõi việc giao quyền tự chủ cho các đơn vị sự nghiệp công lập: ${v['sncl-tu-chu-chi-thuong-xuyen']}/${v['dv-sncl']} đơn vị tự bảo đảm chi thường xuyên.`
        : '',
      q === 4 ? `Tự chấm điểm thực hành tiết kiệm, chống lãng phí năm 2024 đạt ${num(v['thtk-diem'])} điểm.` : '',
    ),
  };
}

function chinhQuyenSo(u, q, v) {
  const w = deptWords(u);
  const r = rng(u.id, q, 'chinh-quyen-so');
  const kt = v['kt-tong-so'];
  const inspections =
    kt === undefined
      ? ''
      : v['kt-moi-truong-so'] > 0
        ? `${w.Name} thực hiện ${kt} cuộc kiểm tra chuyên ngành, trong đó ${v['kt-moi-truong-so']} cuộc được thực hiện thông qua môi trường số và dữ liệu trên hệ thống thông tin.`
        : `${w.Name} thực hiện ${kt} cuộc kiểm tra chuyên ngành; các cuộc kiểm tra chủ yếu thực hiện trực tiếp tại cơ sở.`;
  return {
    results: para(
      `Trong kỳ, ${num(v['hscv-xu-ly-tren-mang'])}/${num(v['hscv-tong'])} hồ sơ công việc được xử lý trên môi trường mạng (${pct(v['hscv-xu-ly-tren-mang'], v['hscv-tong'])}); ${num(v['vb-di-dien-tu'])}/${num(v['vb-di'])} văn bản đi được ký số, phát hành điện tử.`,
      inspections,
      v['dvc-muc-4'] !== undefined && r.chance(0.5)
        ? `Lĩnh vực do ${w.noun} phụ trách có ${v['dvc-muc-4']} dịch vụ công trực tuyến toàn trình đang được cung cấp trên Cổng Dịch vụ công.`
        : '',
    ),
  };
}

/** Narrative per area for a department (areas it leads are written by lead.mjs). */
export function departmentNarratives(u, q, v) {
  const out = {
    'chi-dao': chiDao(u, q),
    'the-che': theChe(u, q, v),
    'cong-vu': congVu(u, q, v),
    'tai-chinh': taiChinh(u, q, v),
    'chinh-quyen-so': chinhQuyenSo(u, q, v),
  };
  if (v['tthc-tong-so'] !== undefined) out.tthc = tthc(u, q, v);
  return out;
}

/** Narrative per area for a public service unit. */
export function publicServiceUnitNarratives(u, q, v) {
  const r = rng(u.id, q, 'narrative');
  const total = budget(u);
  const spent = Math.round((total * r.uniform(...SPENT[q])) / 10) * 10;
  const out = {
    'chi-dao': {
      results: para(
        v['kh-cchc-nam'] ? 'Đơn vị đã ban hành Kế hoạch CCHC năm 2024 và Kế hoạch kiểm tra nội bộ năm 2024.' : 'Đơn vị đang hoàn thiện Kế hoạch CCHC năm 2024.',
        `Trong ${QUARTER_NAME[q]}, đơn vị hoàn thành ${v['nv-huyen-giao-hoan-thanh']}/${v['nv-huyen-giao']} nhiệm vụ UBND huyện giao đến hạn.`,
      ),
    },
    'cong-vu': {
      results: para(
        `Đơn vị hiện có ${v['cbccvc']} viên chức, trong đó ${v['ld-cap-phong']} viên chức quản lý; ${v['ld-cap-phong-boi-duong']}/${v['ld-cap-phong']} viên chức quản lý đã được bồi dưỡng theo tiêu chuẩn chức danh.`,
        r.pick([
          'Đơn vị bố trí viên chức theo vị trí việc làm đã được phê duyệt; thực hiện đánh giá, xếp loại viên chức hằng tháng.',
          'Viên chức thực hiện nghiêm quy tắc ứng xử, văn hóa công sở; không có viên chức vi phạm kỷ luật.',
        ]),
        q === 3 ? 'Thực hiện chế độ tiền lương mới cho viên chức, người lao động từ ngày 01/7/2024.' : '',
      ),
    },
    'tai-chinh': {
      results: para(
        'Đơn vị thực hiện cơ chế tự chủ tài chính theo Nghị định số 60/2021/NĐ-CP; công khai dự toán, quyết toán theo quy định.',
        `Dự toán chi năm 2024 của đơn vị là ${num(total)} triệu đồng, đến hết ${QUARTER_NAME[q]} đã thực hiện ${num(spent)} triệu đồng (${pct(spent, total)}).`,
        u.id === 'ban-quan-ly-du-an-dau-tu-xay-dung' && q === 4
          ? 'UBND huyện đã phê duyệt phương án tự chủ tài chính của Ban, theo đó Ban tự bảo đảm chi thường xuyên từ năm 2025.'
          : r.pick([
              'Quy chế chi tiêu nội bộ được rà soát, bổ sung phù hợp với nhiệm vụ được giao.',
              'Tài sản công của đơn vị được quản lý, sử dụng đúng mục đích, tiết kiệm.',
            ]),
        q === 4 ? `Tự chấm điểm thực hành tiết kiệm, chống lãng phí năm 2024 đạt ${num(v['thtk-diem'])} điểm.` : '',
      ),
    },
    'chinh-quyen-so': {
      results: para(
        `${num(v['vb-di-dien-tu'])}/${num(v['vb-di'])} văn bản đi của đơn vị được ký số và phát hành trên Hệ thống quản lý văn bản và điều hành (${pct(v['vb-di-dien-tu'], v['vb-di'])}).`,
        r.chance(0.5) ? 'Đơn vị cài đặt phần mềm phòng chống mã độc trên toàn bộ máy tính, bảo đảm an toàn thông tin.' : '',
      ),
    },
  };
  if (u.id === 'trung-tam-van-hoa-thong-tin-the-thao') {
    const items = r.int(28, 45);
    out['chi-dao'] = {
      results: para(
        `Trung tâm xây dựng chuyên mục "Cải cách hành chính" trên Đài truyền thanh huyện, phát sóng ${items} tin, bài về CCHC, dịch vụ công trực tuyến, chuyển đổi số và Đề án 06 trong kỳ.`,
        q === 4
          ? 'Phối hợp với Phòng Văn hóa và Thông tin tuyên truyền Ngày Chuyển đổi số quốc gia 10/10 bằng pano, băng rôn và trên hệ thống truyền thanh cơ sở.'
          : 'Tin, bài được tiếp âm trên hệ thống truyền thanh của các xã, thị trấn.',
      ),
    };
  }
  return out;
}
