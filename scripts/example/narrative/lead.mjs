// Thematic narratives of the lead departments (báo cáo chuyên đề): fuller, quarter-specific, and
// drawing on the other units' figures the way the lead's officer would from the shared repository.
import { rng } from '../rng.mjs';
import { num, pct, para, total, two, QUARTER_NAME } from './text.mjs';

/**
 * A lead department's narrative (its báo cáo chuyên đề). Results are the district's own account of
 * the area, written for the whole body ("UBND huyện ban hành…"), because the consolidated report
 * quotes them as such; each difficulty carries its own cause; proposals go to the province
 * (`upper`) or a ministry (`central`), never to the district that signs the report.
 */
function compose(r, results, banks) {
  const pickFrom = (bank, lo, hi) => {
    const pool = bank.filter(Boolean);
    return pool.length ? r.sample(pool, Math.min(pool.length, r.int(lo, hi))) : [];
  };
  return {
    results: para(results),
    difficulties: [...(banks.difficulties.always ?? []).filter(Boolean), ...pickFrom(banks.difficulties.general, 1, 2)],
    nextTasks: para(banks.nextTasks.always ?? [], pickFrom(banks.nextTasks.general, 2, 3)),
    proposals: pickFrom(banks.proposals, 1, 2),
  };
}

/** The previous quarter's late and missing reports, as the standing office records them. */
function lateNote(ctx, q) {
  if (q === 1) return null;
  const { late, missing } = ctx.schedule(q - 1);
  const parts = [];
  if (late.length) parts.push(`${two(late.length)} đơn vị gửi chậm`);
  if (missing.length) parts.push(`${two(missing.length)} đơn vị không gửi báo cáo`);
  return parts.length
    ? {
        issue: `Việc chấp hành chế độ báo cáo chưa nghiêm: báo cáo CCHC ${QUARTER_NAME[q - 1]} có ${parts.join(', ')}.`,
        cause: 'Một số đơn vị chưa phân công cụ thể công chức theo dõi, tổng hợp báo cáo CCHC; công chức phụ trách thường xuyên thay đổi.',
      }
    : null;
}

// ---------------------------------------------------------------- Phòng Nội vụ
function noiVuChiDao(u, q, v, ctx) {
  const r = rng(u.id, q, 'lead-chi-dao');
  const k = v['kt-don-vi-da-kiem-tra'];
  const units = v['kt-don-vi-truc-thuoc'];
  const cumulative = [1, 2, 3, 4].filter((x) => x <= q).reduce((s, x) => s + ctx.value(u.id, x, 'kt-don-vi-da-kiem-tra'), 0);
  const rank = v['par-index-xep-hang'];
  const before = q > 1 ? ctx.value(u.id, q - 1, 'par-index-xep-hang') : rank;
  const move = rank < before ? `tăng ${two(before - rank)} bậc so với năm trước` : rank > before ? `giảm ${two(rank - before)} bậc so với năm trước` : 'giữ nguyên thứ hạng so với năm trước';
  const yearToDate = `lũy kế từ đầu năm đã kiểm tra ${two(cumulative)}/${units} cơ quan, đơn vị (${pct(cumulative, units)})`;
  const results = {
    1: [
      'Ngay từ đầu năm, UBND huyện ban hành Kế hoạch CCHC năm 2024, Kế hoạch kiểm tra CCHC năm 2024 và Kế hoạch tuyên truyền CCHC năm 2024; 100% cơ quan, đơn vị, UBND các xã, thị trấn đã ban hành kế hoạch CCHC của đơn vị.',
      `Sau Tết Nguyên đán Giáp Thìn, UBND huyện chỉ đạo tăng cường kỷ luật, kỷ cương hành chính; Phòng Nội vụ (cơ quan thường trực CCHC) kiểm tra công tác CCHC, việc chấp hành giờ giấc làm việc tại ${two(k)} cơ quan, đơn vị.`,
      `Chỉ số CCHC năm 2022 của huyện xếp thứ ${rank}/12 đơn vị cấp huyện của tỉnh; UBND huyện đã giao các phòng chuyên môn chủ trì khắc phục các tiêu chí bị trừ điểm.`,
    ],
    2: [
      `UBND tỉnh công bố Chỉ số CCHC năm 2023: huyện Tứ Kỳ xếp thứ ${rank}/12 đơn vị cấp huyện, ${move}.`,
      `Trong quý, UBND huyện kiểm tra công tác CCHC tại ${two(k)} cơ quan, đơn vị, ${yearToDate}; qua kiểm tra đã chỉ ra các tồn tại trong niêm yết TTHC, số hóa hồ sơ và yêu cầu khắc phục trong 30 ngày.`,
      `UBND huyện khảo sát sự hài lòng của người dân, tổ chức 6 tháng đầu năm với ${num(v['hl-so-phieu'])} phiếu: ${num(v['hl-hai-long'])} phiếu hài lòng với sự phục vụ hành chính (đạt ${pct(v['hl-hai-long'], v['hl-so-phieu'])}).`,
      'Công tác tuyên truyền CCHC tiếp tục được đẩy mạnh qua Đài truyền thanh huyện, Cổng thông tin điện tử huyện và hệ thống truyền thanh cơ sở.',
    ],
    3: [
      `Trong quý, UBND huyện kiểm tra công tác CCHC tại ${two(k)} cơ quan, đơn vị; ${yearToDate}.`,
      'UBND huyện chỉ đạo các cơ quan, đơn vị, UBND các xã, thị trấn tập trung khắc phục hậu quả cơn bão số 3, bảo đảm hoạt động của Bộ phận Một cửa không bị gián đoạn kéo dài.',
      'Phòng Nội vụ hướng dẫn UBND các xã, thị trấn chuẩn bị tài liệu kiểm chứng phục vụ đánh giá Chỉ số CCHC năm 2024.',
    ],
    4: [
      `Trong quý, UBND huyện kiểm tra công tác CCHC tại ${two(k)} cơ quan, đơn vị; cả năm 2024 đã kiểm tra ${two(cumulative)}/${units} cơ quan, đơn vị (${pct(cumulative, units)}), đạt chỉ tiêu 30 - 40% của Kế hoạch.`,
      `UBND huyện khảo sát sự hài lòng của người dân, tổ chức cuối năm với ${num(v['hl-so-phieu'])} phiếu: ${num(v['hl-hai-long'])} phiếu hài lòng, đạt ${pct(v['hl-hai-long'], v['hl-so-phieu'])}.`,
      communeScores(ctx, q),
      'UBND huyện đã khen thưởng các tập thể, cá nhân có thành tích tiêu biểu trong công tác CCHC năm 2024.',
    ],
  }[q];
  return compose(r, results, {
    difficulties: {
      always: [lateNote(ctx, q)],
      general: [
        {
          issue: 'Một số cơ quan, đơn vị, UBND cấp xã chưa quan tâm đúng mức đến công tác CCHC; người đứng đầu chưa thực sự quyết liệt trong chỉ đạo.',
          cause: 'Nhận thức của một bộ phận cán bộ, công chức về CCHC chưa đầy đủ, còn tư tưởng trông chờ vào cơ quan chủ trì.',
        },
        {
          issue: 'Công tác tuyên truyền CCHC ở một số xã còn hình thức, chưa đến được với người dân.',
          cause: 'Công chức làm công tác CCHC ở cấp xã kiêm nhiệm nhiều việc, thường xuyên thay đổi; kinh phí cho tuyên truyền còn hạn chế.',
        },
        {
          issue: 'Việc khắc phục các tồn tại sau kiểm tra ở một số đơn vị còn chậm.',
          cause: 'Một số tồn tại cần kinh phí, trang thiết bị để khắc phục; việc theo dõi, đôn đốc sau kiểm tra chưa thường xuyên.',
        },
        q === 1
          ? {
              issue: 'Chỉ số CCHC năm 2022 của huyện chưa đạt mục tiêu thuộc nhóm dẫn đầu của tỉnh; các tiêu chí về chính quyền số và cải cách tài chính công còn bị trừ nhiều điểm.',
              cause: 'Hạ tầng số của cấp xã chưa đồng bộ; số đơn vị sự nghiệp công lập tự chủ tài chính còn ít.',
            }
          : {
              issue: `Chỉ số CCHC năm 2023 của huyện (thứ ${rank}/12) chưa đạt mục tiêu thuộc nhóm dẫn đầu khối UBND cấp huyện của tỉnh.`,
              cause: 'Các tiêu chí về chính quyền số, cải cách tài chính công và mức độ hài lòng của người dân còn bị trừ điểm.',
            },
      ],
    },
    nextTasks: {
      general: {
        1: [
          'Tổ chức kiểm tra công tác CCHC theo kế hoạch, tập trung vào Bộ phận Một cửa cấp xã.',
          'Triển khai khảo sát sự hài lòng của người dân, tổ chức 6 tháng đầu năm.',
          'Tham mưu UBND huyện phân tích kết quả Chỉ số CCHC năm 2023 khi được công bố, đề ra giải pháp khắc phục.',
        ],
        2: [
          'Tiếp tục kiểm tra CCHC tại các cơ quan, đơn vị còn lại theo kế hoạch.',
          'Tham mưu UBND huyện ban hành văn bản chấn chỉnh những tồn tại qua kiểm tra.',
          'Hướng dẫn các xã, thị trấn chuẩn bị tài liệu kiểm chứng Chỉ số CCHC năm 2024.',
        ],
        3: [
          'Hoàn thành kiểm tra CCHC năm 2024; tổ chức khảo sát sự hài lòng cuối năm.',
          'Hướng dẫn UBND các xã, thị trấn tự đánh giá Chỉ số CCHC năm 2024.',
          'Đôn đốc các cơ quan, đơn vị gửi báo cáo CCHC đúng thời hạn.',
        ],
        4: [
          'Tham mưu UBND huyện ban hành Kế hoạch CCHC, Kế hoạch kiểm tra và Kế hoạch tuyên truyền CCHC năm 2025.',
          'Tổng kết công tác CCHC giai đoạn 2021 - 2025 theo hướng dẫn của tỉnh.',
          'Thẩm định kết quả tự đánh giá Chỉ số CCHC năm 2024 của UBND các xã, thị trấn.',
        ],
      }[q],
    },
    proposals: [
      { text: 'Đề nghị Sở Nội vụ tiếp tục tổ chức tập huấn nghiệp vụ CCHC cho công chức làm công tác CCHC cấp huyện, cấp xã.', to: 'upper' },
      q === 1 ? { text: 'Đề nghị UBND tỉnh sớm công bố Chỉ số CCHC năm 2023 để các địa phương kịp thời khắc phục.', to: 'upper' } : null,
      { text: 'Đề nghị UBND tỉnh hướng dẫn, hỗ trợ kinh phí cho hoạt động khảo sát sự hài lòng của người dân ở cấp huyện.', to: 'upper' },
      { text: 'Đề nghị Bộ Nội vụ sớm ban hành bộ tiêu chí xác định Chỉ số CCHC cấp xã áp dụng thống nhất trên toàn quốc.', to: 'central' },
    ],
  });
}

function communeScores(ctx, q) {
  const scores = ctx.communeValues(q).map((v) => v['par-index-diem']).filter((x) => typeof x === 'number');
  const below = scores.filter((s) => s < 80).length;
  return (
    `UBND huyện đã thẩm định kết quả tự đánh giá Chỉ số CCHC năm 2024 của ${scores.length} xã, thị trấn: điểm tự đánh giá từ ${num(Math.min(...scores))} đến ${num(Math.max(...scores))} điểm` +
    (below ? `, còn ${two(below)}/${scores.length} đơn vị dưới 80 điểm (chưa đạt loại tốt).` : ', 100% đơn vị đạt loại tốt trở lên.')
  );
}

function noiVuToChuc(u, q, v, ctx) {
  const r = rng(u.id, q, 'lead-to-chuc');
  const base = ctx.baselines[2021];
  const dv = v['dv-sncl'];
  const bc = v['bc-sncl'];
  const dvDrop = `giảm ${base['dv-sncl'] - dv} đơn vị (${pct(base['dv-sncl'] - dv, base['dv-sncl'])}) so với năm 2021`;
  const bcDrop = `giảm ${num(base['bc-sncl'] - bc)} người (${pct(base['bc-sncl'] - bc, base['bc-sncl'])}) so với năm 2021`;
  const results = {
    1: [
      `Tổng số đơn vị sự nghiệp công lập thuộc UBND huyện là ${dv} đơn vị, ${dvDrop}; biên chế sự nghiệp hưởng lương từ ngân sách nhà nước là ${num(bc)} người, ${bcDrop}.`,
      'UBND huyện tiếp tục hoàn thiện Đề án vị trí việc làm và rà soát chức năng, nhiệm vụ của các phòng chuyên môn theo Nghị định số 37/2014/NĐ-CP và Nghị định số 108/2020/NĐ-CP.',
    ],
    2: [
      'UBND huyện chỉ đạo Phòng Nội vụ, Phòng Giáo dục và Đào tạo rà soát mạng lưới trường, lớp, xây dựng phương án sáp nhập các trường có quy mô nhỏ từ năm học 2024 - 2025.',
      `Đến hết quý II, UBND huyện có ${dv} đơn vị sự nghiệp công lập và ${num(bc)} biên chế sự nghiệp hưởng lương từ ngân sách nhà nước.`,
      'Các phòng chuyên môn thuộc UBND huyện hoạt động ổn định, không có thay đổi về tổ chức bộ máy.',
    ],
    3: [
      `Từ năm học 2024 - 2025, UBND huyện quyết định sáp nhập hai trường học thành một trường; số đơn vị sự nghiệp công lập thuộc UBND huyện còn ${dv} đơn vị, ${dvDrop}.`,
      `Biên chế sự nghiệp hưởng lương từ ngân sách nhà nước của huyện còn ${num(bc)} người, ${bcDrop}, chủ yếu do thực hiện tinh giản biên chế và nghỉ hưu đúng tuổi.`,
    ],
    4: [
      'UBND huyện triển khai tổng kết việc thực hiện Nghị quyết số 18-NQ/TW về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả; rà soát chức năng, nhiệm vụ các phòng chuyên môn để chuẩn bị phương án sắp xếp.',
      `Đến cuối năm 2024, UBND huyện có ${dv} đơn vị sự nghiệp công lập (${dvDrop}) và ${num(bc)} biên chế sự nghiệp (${bcDrop}); mục tiêu giảm tối thiểu 10% vào năm 2025 cần tiếp tục phấn đấu.`,
    ],
  }[q];
  return compose(r, results, {
    difficulties: {
      general: [
        {
          issue: `Việc sắp xếp đơn vị sự nghiệp công lập còn chậm; số đơn vị mới giảm ${pct(base['dv-sncl'] - dv, base['dv-sncl'])} so với năm 2021, chưa đạt mục tiêu giảm tối thiểu 10%.`,
          cause: 'Các đơn vị sự nghiệp chủ yếu là trường học, việc sáp nhập phụ thuộc quy hoạch mạng lưới trường lớp và điều kiện cơ sở vật chất.',
        },
        {
          issue: 'Số giáo viên nghỉ hưu, chuyển công tác lớn trong khi tuyển dụng bổ sung còn chậm, gây thiếu giáo viên cục bộ ở một số trường.',
          cause: 'Nguồn tuyển dụng giáo viên mầm non, tiểu học khan hiếm; chỉ tiêu biên chế được giao chưa sát nhu cầu thực tế.',
        },
      ],
    },
    nextTasks: {
      general:
        q < 4
          ? [
              'Tiếp tục rà soát, sắp xếp các đơn vị sự nghiệp công lập theo Nghị quyết số 19-NQ/TW.',
              'Thực hiện tinh giản biên chế theo Nghị định số 29/2023/NĐ-CP.',
              'Hoàn thiện Đề án vị trí việc làm của các cơ quan, đơn vị.',
            ]
          : [
              'Xây dựng phương án sắp xếp tổ chức bộ máy các cơ quan chuyên môn theo chỉ đạo của Trung ương, của tỉnh.',
              'Rà soát, thống kê đội ngũ cán bộ, công chức, viên chức chịu ảnh hưởng khi sắp xếp tổ chức bộ máy để thực hiện chính sách theo hướng dẫn của cấp trên.',
              'Tiếp tục thực hiện tinh giản biên chế theo Nghị định số 29/2023/NĐ-CP.',
            ],
    },
    proposals: [{ text: 'Đề nghị Sở Nội vụ hướng dẫn cụ thể việc giao số lượng người làm việc cho các trường học sau sáp nhập.', to: 'upper' }],
  });
}

function noiVuCongVu(u, q, v, ctx) {
  const r = rng(u.id, q, 'lead-cong-vu');
  // Each rate over the communes that report both its counts, as the consolidation computes it.
  const reporting = (id) => ctx.communeValues(q).filter((x) => typeof x[id] === 'number' && typeof x['cbcc-xa'] === 'number');
  const withDegree = reporting('cbcc-xa-dai-hoc');
  const withStandard = reporting('cbcc-xa-chuan-hoa');
  const degree = total(withDegree, 'cbcc-xa-dai-hoc');
  const degreeOf = total(withDegree, 'cbcc-xa');
  const standard = total(withStandard, 'cbcc-xa-chuan-hoa');
  const standardOf = total(withStandard, 'cbcc-xa');
  const all = ctx.communeValues(q).length;
  const who = withDegree.length === all ? `${all} xã, thị trấn` : `${withDegree.length} xã, thị trấn có đủ số liệu (${two(all - withDegree.length)} xã chưa báo cáo số cán bộ, công chức có trình độ đại học)`;
  const standardisation =
    `Theo báo cáo của ${who}, cấp xã có ${num(degree)}/${num(degreeOf)} cán bộ, công chức có trình độ đại học trở lên (${pct(degree, degreeOf)}); ` +
    `${num(standard)}/${num(standardOf)} cán bộ, công chức cấp xã đã được chuẩn hóa (${pct(standard, standardOf)}).`;
  const results = {
    1: [
      'UBND huyện thực hiện điều động, bổ nhiệm, bổ nhiệm lại cán bộ lãnh đạo đúng quy trình; duy trì đánh giá, xếp loại công chức hằng tháng.',
      standardisation,
      `UBND huyện cử ${r.int(12, 20)} lượt cán bộ, công chức tham gia các lớp bồi dưỡng do tỉnh tổ chức.`,
    ],
    2: [
      'UBND huyện tổ chức lớp tập huấn kỹ năng giao tiếp, ứng xử cho công chức Bộ phận Một cửa cấp huyện, cấp xã.',
      standardisation,
      'UBND huyện triển khai kế hoạch xét tuyển viên chức giáo dục năm 2024.',
    ],
    3: [
      'UBND huyện hoàn thành kỳ xét tuyển viên chức giáo dục năm 2024; thực hiện chế độ tiền lương mới theo Nghị định số 73/2024/NĐ-CP từ ngày 01/7/2024 cho cán bộ, công chức, viên chức.',
      standardisation,
      'UBND huyện tiếp tục triển khai Nghị định số 73/2023/NĐ-CP về khuyến khích, bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung.',
    ],
    4: [
      'UBND huyện hướng dẫn các cơ quan, đơn vị, UBND các xã, thị trấn đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2024 theo Nghị định số 90/2020/NĐ-CP và Nghị định số 48/2023/NĐ-CP.',
      standardisation,
      'Dữ liệu cán bộ, công chức, viên chức của huyện được cập nhật đầy đủ trên phần mềm quản lý cán bộ, công chức, viên chức của tỉnh.',
    ],
  }[q];
  return compose(r, results, {
    difficulties: {
      general: [
        degree < degreeOf
          ? {
              issue: `Tỷ lệ cán bộ, công chức cấp xã có trình độ đại học trở lên mới đạt ${pct(degree, degreeOf)}, chưa đạt mục tiêu 100%.`,
              cause: 'Một số công chức lớn tuổi, gần đến tuổi nghỉ hưu không tham gia đào tạo nâng cao trình độ.',
            }
          : null,
        {
          issue: 'Việc thực hiện văn hóa công vụ ở một số nơi còn chưa nghiêm; vẫn còn công chức chưa thành thạo kỹ năng số.',
          cause: 'Việc kiểm tra, giám sát thực thi công vụ chưa thường xuyên; số lớp bồi dưỡng kỹ năng số còn ít.',
        },
        {
          issue: 'Chính sách thu hút người có tài năng vào làm việc tại huyện chưa được thực hiện.',
          cause: 'Ngân sách huyện còn khó khăn, chưa bố trí được nguồn kinh phí thực hiện chính sách.',
        },
      ],
    },
    nextTasks: {
      general: [
        'Tiếp tục đào tạo, bồi dưỡng chuẩn hóa đội ngũ cán bộ, công chức cấp xã.',
        q < 3 ? 'Hoàn thành xét tuyển viên chức giáo dục năm 2024 theo chỉ tiêu được giao.' : 'Xây dựng kế hoạch tuyển dụng công chức, viên chức năm 2025.',
        'Thực hiện đánh giá cán bộ, công chức, viên chức thực chất, gắn với kết quả thực hiện nhiệm vụ.',
      ],
    },
    proposals: [{ text: 'Đề nghị Sở Nội vụ mở thêm lớp bồi dưỡng kỹ năng số, kỹ năng giao tiếp cho công chức cấp xã.', to: 'upper' }],
  });
}

// ---------------------------------------------------------------- Phòng Tư pháp
function tuPhapTheChe(u, q, v, ctx) {
  const r = rng(u.id, q, 'lead-the-che');
  const communes = ctx.communeValues(q);
  const communeReviewed = total(communes, 'vb-ra-soat');
  const pending = v['vb-phat-hien'] - v['vb-da-xu-ly'];
  const issued = v['vb-ban-hanh'];
  const results = {
    1: [
      'UBND huyện ban hành Kế hoạch công tác xây dựng, kiểm tra, rà soát văn bản quy phạm pháp luật năm 2024.',
      `Trong quý, HĐND, UBND huyện ban hành ${two(issued)} văn bản quy phạm pháp luật, 100% được tự kiểm tra theo quy định.`,
      `UBND huyện hoàn thành hệ thống hóa văn bản quy phạm pháp luật kỳ 2019 - 2023: đã rà soát ${two(v['vb-ra-soat'])} văn bản, phát hiện ${two(v['vb-phat-hien'])} văn bản hết hiệu lực hoặc không còn phù hợp, đã xử lý ${two(v['vb-da-xu-ly'])} văn bản; kết quả được công bố theo quy định.`,
      `UBND các xã, thị trấn rà soát ${two(communeReviewed)} văn bản do cấp xã ban hành; Phòng Tư pháp tham gia ý kiến ${two(v['vb-gop-y'])} dự thảo văn bản của tỉnh và huyện.`,
    ],
    2: [
      `Trong quý, HĐND, UBND huyện ban hành ${two(issued)} văn bản quy phạm pháp luật; 100% văn bản được thẩm định và tự kiểm tra theo quy định.`,
      `UBND huyện rà soát ${two(v['vb-ra-soat'])} văn bản, phát hiện ${two(v['vb-phat-hien'])} văn bản không còn phù hợp và đã xử lý ${two(v['vb-da-xu-ly'])} văn bản.`,
      'UBND huyện chỉ đạo các phòng chuyên môn rà soát văn bản liên quan đến Luật Đất đai năm 2024 để kịp thời sửa đổi, bãi bỏ trước ngày luật có hiệu lực.',
      `Phòng Tư pháp tham gia ý kiến ${two(v['vb-gop-y'])} dự thảo văn bản quy phạm pháp luật của tỉnh và huyện.`,
    ],
    3: [
      `Trong quý, HĐND, UBND huyện ban hành ${two(issued)} văn bản quy phạm pháp luật, trong đó có các văn bản triển khai Luật Đất đai năm 2024.`,
      `UBND huyện rà soát ${two(v['vb-ra-soat'])} văn bản, phát hiện ${two(v['vb-phat-hien'])} văn bản không còn phù hợp, đã xử lý ${two(v['vb-da-xu-ly'])} văn bản` +
        (pending > 0 ? `; ${two(pending)} văn bản đang được cơ quan chủ trì soạn thảo đề xuất sửa đổi.` : '.'),
      `Phòng Tư pháp tham gia ý kiến ${two(v['vb-gop-y'])} dự thảo văn bản, hướng dẫn công chức tư pháp - hộ tịch cấp xã rà soát văn bản do cấp xã ban hành.`,
    ],
    4: [
      `Trong quý, HĐND, UBND huyện ban hành ${two(issued)} văn bản quy phạm pháp luật; lũy kế cả năm 2024 ban hành ${two([1, 2, 3, 4].reduce((s, x) => s + ctx.value(u.id, x, 'vb-ban-hanh'), 0))} văn bản, 100% được tự kiểm tra đúng quy định.`,
      `UBND huyện rà soát ${two(v['vb-ra-soat'])} văn bản, phát hiện ${two(v['vb-phat-hien'])} và đã xử lý ${two(v['vb-da-xu-ly'])} văn bản hết hiệu lực; UBND các xã, thị trấn rà soát ${two(communeReviewed)} văn bản.`,
      `Phòng Tư pháp tham gia ý kiến ${two(v['vb-gop-y'])} dự thảo văn bản; tổng hợp danh mục văn bản quy phạm pháp luật hết hiệu lực năm 2024 để UBND huyện công bố.`,
    ],
  }[q];
  return compose(r, results, {
    difficulties: {
      general: [
        {
          issue: 'Một số dự thảo văn bản được gửi thẩm định chậm so với quy định, ảnh hưởng đến thời gian thẩm định.',
          cause: 'Cơ quan chủ trì soạn thảo chưa chủ động lập kế hoạch soạn thảo; văn bản của Trung ương, của tỉnh thay đổi nhiều, thời gian hướng dẫn ngắn.',
        },
        {
          issue: 'Công tác rà soát văn bản ở cấp xã còn hình thức.',
          cause: 'Công chức tư pháp - hộ tịch cấp xã kiêm nhiệm nhiều việc, chưa được bồi dưỡng chuyên sâu về kiểm tra, rà soát văn bản.',
        },
        pending > 0
          ? {
              issue: `Còn ${two(pending)} văn bản phát hiện không còn phù hợp chưa được xử lý trong kỳ.`,
              cause: 'Các văn bản này liên quan đến nhiều lĩnh vực, đang chờ văn bản hướng dẫn thi hành Luật Đất đai năm 2024 của tỉnh.',
            }
          : null,
      ],
    },
    nextTasks: {
      always: [pending > 0 ? `Đôn đốc xử lý ${two(pending)} văn bản không còn phù hợp đã phát hiện trong ${QUARTER_NAME[q]}.` : ''],
      general: [
        'Thẩm định, tự kiểm tra 100% văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành.',
        'Rà soát văn bản quy phạm pháp luật theo các luật mới có hiệu lực.',
        q === 4 ? 'Tham mưu Kế hoạch công tác xây dựng, kiểm tra, rà soát văn bản năm 2025.' : 'Hướng dẫn UBND cấp xã rà soát, công bố danh mục văn bản hết hiệu lực.',
      ],
    },
    proposals: [
      { text: 'Đề nghị Sở Tư pháp tổ chức tập huấn kỹ năng xây dựng, kiểm tra văn bản quy phạm pháp luật cho công chức cấp huyện, cấp xã.', to: 'upper' },
      { text: 'Đề nghị UBND tỉnh sớm ban hành các văn bản quy định chi tiết Luật Đất đai năm 2024 thuộc thẩm quyền của tỉnh.', to: 'upper' },
    ],
  });
}

// ---------------------------------------------------------------- Văn phòng HĐND và UBND huyện
function vanPhongTthc(u, q, v, ctx) {
  const r = rng(u.id, q, 'lead-tthc');
  const tn = v['hs-tiep-nhan'];
  const gq = v['hs-giai-quyet'];
  const qh = v['hs-qua-han'];
  const communes = ctx.communeValues(q);
  const ctn = total(communes, 'hs-tiep-nhan');
  const ctt = total(communes, 'hs-truc-tuyen');
  const cgq = total(communes, 'hs-giai-quyet');
  const cdh = total(communes, 'hs-dung-han');
  const cqh = total(communes, 'hs-qua-han');
  const lateCommunes = communes.filter((x) => x['hs-qua-han'] > 0).length;
  // The commune-level digitisation target for 2024 (15% in 2022, +20 points a year).
  const undigitised = communes.filter((x) => (100 * x['kq-so-hoa']) / x['hs-giai-quyet'] < 55).length;
  const paidOnline = (100 * total([v, ...communes], 'gd-thanh-toan-truc-tuyen')) / total([v, ...communes], 'gd-thanh-toan');
  const opening = {
    1: 'UBND huyện ban hành Kế hoạch kiểm soát TTHC năm 2024 và Kế hoạch rà soát, đánh giá TTHC năm 2024.',
    2: 'UBND huyện chấn chỉnh việc giải quyết hồ sơ quá hạn, yêu cầu cơ quan, đơn vị để xảy ra quá hạn phải xin lỗi người dân bằng văn bản.',
    3: 'Từ ngày 01/8/2024, Bộ phận Một cửa huyện tiếp nhận hồ sơ theo các TTHC mới của Luật Đất đai năm 2024; sau cơn bão số 3, Bộ phận Một cửa huyện hoạt động trở lại ngay trong ngày 09/9/2024.',
    4: 'UBND huyện kiểm tra hoạt động của Bộ phận Một cửa một số xã và đánh giá chất lượng phục vụ của Bộ phận Một cửa các cấp năm 2024.',
  }[q];
  const results = [
    opening,
    `Bộ phận Một cửa huyện tiếp nhận ${num(tn)} hồ sơ TTHC, trong đó ${num(v['hs-truc-tuyen'])} hồ sơ trực tuyến (${pct(v['hs-truc-tuyen'], tn)}); đã giải quyết ${num(gq)} hồ sơ, ${num(v['hs-dung-han'])} hồ sơ đúng hạn và trước hạn (${pct(v['hs-dung-han'], gq)}), ` +
      (qh > 0 ? `${two(qh)} hồ sơ quá hạn.` : 'không có hồ sơ quá hạn.'),
    `Bộ phận Một cửa huyện số hóa ${num(v['kq-so-hoa'])} kết quả giải quyết TTHC (${pct(v['kq-so-hoa'], gq)}); ${num(v['gd-thanh-toan-truc-tuyen'])}/${num(v['gd-thanh-toan'])} giao dịch thanh toán phí, lệ phí được thực hiện trực tuyến; ${pct(v['hs-luan-chuyen-dien-tu'], v['hs-luan-chuyen'])} hồ sơ liên thông được luân chuyển điện tử.`,
    `Tại cấp xã, ${communes.length} xã, thị trấn tiếp nhận ${num(ctn)} hồ sơ, tỷ lệ trực tuyến ${pct(ctt, ctn)}; giải quyết ${num(cgq)} hồ sơ, tỷ lệ đúng hạn và trước hạn ${pct(cdh, cgq)}` +
      (cqh > 0 ? `, còn ${two(cqh)} hồ sơ quá hạn tại ${two(lateCommunes)} xã, thị trấn.` : ', không có hồ sơ quá hạn.'),
    `Thời gian chờ đợi trung bình tại Bộ phận Một cửa huyện là ${v['tg-cho-trung-binh']} phút/lượt, thời gian tiếp nhận trung bình ${v['tg-xu-ly-trung-binh']} phút/hồ sơ; trong kỳ UBND huyện không nhận được phản ánh, kiến nghị về quy định hành chính.`,
  ];
  return compose(r, results, {
    difficulties: {
      always: [
        qh + cqh > 0
          ? {
              issue: `Toàn huyện còn ${two(qh + cqh)} hồ sơ giải quyết quá hạn (Bộ phận Một cửa huyện ${two(qh)} hồ sơ, cấp xã ${two(cqh)} hồ sơ).`,
              cause: 'Các hồ sơ phải liên thông nhiều cấp, lấy ý kiến nhiều cơ quan; thời gian xác minh kéo dài.',
            }
          : null,
        undigitised > 0
          ? {
              issue: `Có ${two(undigitised)}/${communes.length} xã, thị trấn chưa đạt chỉ tiêu số hóa kết quả giải quyết TTHC năm 2024 (55%).`,
              cause: 'Trang thiết bị của Bộ phận Một cửa cấp xã xuống cấp; công chức một cửa còn kiêm nhiệm nhiều việc.',
            }
          : null,
      ],
      general: [
        {
          issue: 'Hệ thống thông tin giải quyết TTHC của tỉnh có thời điểm chậm, lỗi kết nối với Cổng Dịch vụ công quốc gia.',
          cause: 'Hệ thống thường quá tải vào thời điểm cuối tháng; hạ tầng kết nối giữa các cấp chưa đồng bộ.',
        },
        q === 3
          ? { issue: 'Nhiều hồ sơ phải cập nhật bù lên hệ thống sau khi khắc phục sự cố.', cause: 'Bão số 3 gây mất điện, mất mạng diện rộng trong nhiều ngày.' }
          : paidOnline < 30
            ? {
                issue: 'Tỷ lệ giao dịch thanh toán phí, lệ phí trực tuyến toàn huyện chưa đạt mục tiêu 30% của Kế hoạch.',
                cause: 'Người dân chưa quen thanh toán trực tuyến; nhiều khoản phí, lệ phí có giá trị nhỏ.',
              }
            : {
                issue: 'Nhiều giao dịch thanh toán trực tuyến vẫn do công chức Bộ phận Một cửa hướng dẫn, thực hiện thay người dân.',
                cause: 'Người dân chưa quen thanh toán trực tuyến; nhiều khoản phí, lệ phí có giá trị nhỏ.',
              },
      ],
    },
    nextTasks: {
      general: [
        'Duy trì hoạt động hiệu quả của Bộ phận Một cửa huyện, phấn đấu không có hồ sơ quá hạn.',
        'Đôn đốc các xã, thị trấn đẩy mạnh số hóa kết quả giải quyết TTHC, bảo đảm chỉ tiêu năm 2024.',
        'Cập nhật, công khai kịp thời các TTHC mới được công bố.',
        q === 4 ? 'Tham mưu Kế hoạch kiểm soát TTHC năm 2025.' : 'Tiếp tục rà soát, đề xuất đơn giản hóa TTHC theo kế hoạch.',
      ],
    },
    proposals: [
      { text: 'Đề nghị Văn phòng UBND tỉnh nâng cấp Hệ thống thông tin giải quyết TTHC của tỉnh, khắc phục lỗi đồng bộ dữ liệu với Cổng Dịch vụ công quốc gia.', to: 'upper' },
      { text: 'Đề nghị UBND tỉnh hỗ trợ kinh phí nâng cấp trang thiết bị cho Bộ phận Một cửa cấp xã.', to: 'upper' },
      { text: 'Đề nghị Văn phòng Chính phủ hoàn thiện chức năng thanh toán trực tuyến phí, lệ phí trên Cổng Dịch vụ công quốc gia.', to: 'central' },
    ],
  });
}

function vanPhongChiDao(u, q, v) {
  const r = rng(u.id, q, 'vp-chi-dao');
  const open = v['nv-tinh-giao'] - v['nv-tinh-giao-hoan-thanh'];
  return {
    results: para(
      `Văn phòng HĐND và UBND huyện theo dõi, đôn đốc thực hiện ${two(v['nv-tinh-giao'])} nhiệm vụ Tỉnh ủy, UBND tỉnh giao đến hạn trong kỳ; đã hoàn thành ${two(v['nv-tinh-giao-hoan-thanh'])} nhiệm vụ (${pct(v['nv-tinh-giao-hoan-thanh'], v['nv-tinh-giao'])})` +
        (open > 0 ? `, ${two(open)} nhiệm vụ đang triển khai.` : ', không có nhiệm vụ quá hạn.'),
      r.pick([
        'Việc theo dõi nhiệm vụ được thực hiện trên Hệ thống quản lý văn bản và điều hành, có nhắc việc tự động đến từng cơ quan chủ trì.',
        'Văn phòng HĐND và UBND huyện tham mưu UBND huyện ban hành chương trình công tác hằng tháng, phân công rõ cơ quan chủ trì, thời hạn hoàn thành.',
      ]),
    ),
    difficulties:
      open > 0
        ? [
            {
              issue: `Còn ${two(open)} nhiệm vụ Tỉnh ủy, UBND tỉnh giao chưa hoàn thành đúng hạn.`,
              cause: 'Các nhiệm vụ phải chờ hướng dẫn của cấp trên hoặc liên quan đến nhiều cơ quan.',
            },
          ]
        : [],
  };
}

// ---------------------------------------------------------------- Phòng Tài chính - Kế hoạch
function taiChinhKeHoach(u, q, v, ctx) {
  const r = rng(u.id, q, 'lead-tai-chinh');
  const dv = ctx.value('phong-noi-vu', q, 'dv-sncl');
  const autonomous = ctx.value('phong-noi-vu', q, 'sncl-tu-chu-chi-thuong-xuyen');
  const results = [
    {
      1: 'Ngay từ đầu năm, UBND huyện giao dự toán ngân sách năm 2024 cho các cơ quan, đơn vị, UBND các xã, thị trấn và hướng dẫn công khai dự toán theo quy định.',
      2: 'UBND huyện điều hành ngân sách chặt chẽ, tiết kiệm 10% chi thường xuyên để tạo nguồn cải cách tiền lương.',
      3: 'UBND huyện bố trí kinh phí thực hiện chế độ tiền lương mới từ ngày 01/7/2024 và kinh phí khắc phục hậu quả cơn bão số 3.',
      4: 'UBND huyện xây dựng dự toán ngân sách năm 2025, trình HĐND huyện quyết định đúng thời hạn.',
    }[q],
    q === 3
      ? `Riêng vốn đầu tư công do huyện quản lý, kế hoạch năm 2024 được điều chỉnh, bổ sung lên ${num(v['dtc-ke-hoach'])} triệu đồng; đến hết quý III đã giải ngân ${num(v['dtc-giai-ngan'])} triệu đồng.`
      : `Riêng vốn đầu tư công do huyện quản lý, kế hoạch năm 2024 là ${num(v['dtc-ke-hoach'])} triệu đồng; đến hết ${QUARTER_NAME[q]} đã giải ngân ${num(v['dtc-giai-ngan'])} triệu đồng.`,
    `Toàn huyện có ${two(autonomous)}/${dv} đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên (${pct(autonomous, dv)})` +
      (q === 4 ? ', tăng 01 đơn vị do UBND huyện phê duyệt phương án tự chủ của Ban Quản lý dự án đầu tư xây dựng huyện.' : '.'),
    '100% cơ quan, đơn vị, UBND các xã, thị trấn thực hiện công khai ngân sách theo quy định của Luật Ngân sách nhà nước.',
  ];
  return compose(r, results, {
    difficulties: {
      general: [
        {
          issue: `Tỷ lệ đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên (${pct(autonomous, dv)}) còn rất thấp so với mục tiêu 20% vào năm 2025.`,
          cause: 'Phần lớn đơn vị sự nghiệp công lập của huyện là trường học, nguồn thu sự nghiệp hạn chế.',
        },
        {
          issue: 'Tiến độ giải ngân vốn đầu tư công của một số dự án còn chậm.',
          cause: 'Vướng mắc trong bồi thường, giải phóng mặt bằng; một số chủ đầu tư chưa quyết liệt trong giải ngân.',
        },
        {
          issue: 'Thu tiền sử dụng đất đạt thấp so với dự toán.',
          cause: 'Thị trường bất động sản trầm lắng; việc đấu giá quyền sử dụng đất một số khu dân cư phải lùi thời gian.',
        },
      ],
    },
    nextTasks: {
      general: [
        q === 4 ? 'Tổ chức thực hiện dự toán ngân sách năm 2025 ngay từ đầu năm.' : 'Đẩy nhanh tiến độ giải ngân vốn đầu tư công, phấn đấu giải ngân 100% kế hoạch vốn năm 2024.',
        'Hướng dẫn các đơn vị sự nghiệp xây dựng phương án tự chủ tài chính giai đoạn 2025 - 2026 theo Nghị định số 60/2021/NĐ-CP.',
        'Tăng cường kiểm tra việc quản lý, sử dụng ngân sách, tài sản công tại các xã, thị trấn.',
      ],
    },
    proposals: [
      { text: 'Đề nghị Sở Tài chính hướng dẫn lộ trình tự chủ tài chính phù hợp với đặc thù của các trường học.', to: 'upper' },
      { text: 'Đề nghị Bộ Tài chính sửa đổi quy định về định mức chi thường xuyên của đơn vị sự nghiệp giáo dục để các trường có điều kiện tự chủ.', to: 'central' },
    ],
  });
}

// ---------------------------------------------------------------- Phòng Văn hóa và Thông tin
function vanHoaThongTin(u, q, v, ctx) {
  const r = rng(u.id, q, 'lead-chinh-quyen-so');
  const communes = ctx.communeValues(q);
  const depts = ctx.departmentValues(q);
  const filesRate = (vs) => pct(total(vs, 'hscv-xu-ly-tren-mang'), total(vs, 'hscv-tong'));
  // The commune-level target: 60% of work files processed online.
  const behind = communes.filter((x) => (100 * x['hscv-xu-ly-tren-mang']) / x['hscv-tong'] < 60).length;
  const inspections = total(depts, 'kt-tong-so');
  const digitalInspections = total(depts, 'kt-moi-truong-so');
  const opening = {
    1: 'UBND huyện ban hành Kế hoạch chuyển đổi số năm 2024 và Kế hoạch bảo đảm an toàn thông tin mạng năm 2024.',
    2: 'UBND huyện chỉ đạo Phòng Văn hóa và Thông tin phối hợp với Công an huyện triển khai các nhiệm vụ của Đề án 06, hướng dẫn người dân kích hoạt tài khoản định danh điện tử VNeID mức độ 2.',
    3: 'Từ ngày 01/7/2024, người dân, doanh nghiệp đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản định danh điện tử; UBND huyện chỉ đạo các doanh nghiệp viễn thông khắc phục hạ tầng bị hư hỏng sau cơn bão số 3.',
    4: 'Hưởng ứng Ngày Chuyển đổi số quốc gia 10/10, UBND huyện tổ chức tuyên truyền và hướng dẫn người dân sử dụng các nền tảng số tại 23 xã, thị trấn.',
  }[q];
  const results = [
    opening,
    `Toàn huyện có ${num(v['dvc-nguoi-dung'])} tài khoản người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến, trong đó ${num(v['dvc-nguoi-dung-dinh-danh'])} tài khoản đã được định danh, xác thực điện tử (${pct(v['dvc-nguoi-dung-dinh-danh'], v['dvc-nguoi-dung'])}).`,
    `Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng của các phòng chuyên môn thuộc UBND huyện đạt ${filesRate(depts)}, của UBND các xã, thị trấn đạt ${filesRate(communes)}; ${pct(total([...depts, ...communes], 'vb-di-dien-tu'), total([...depts, ...communes], 'vb-di'))} văn bản đi của các phòng chuyên môn và UBND các xã, thị trấn được phát hành dưới dạng điện tử.`,
    '100% cơ quan, đơn vị, UBND các xã, thị trấn báo cáo định kỳ trên Hệ thống thông tin báo cáo của tỉnh; Cổng thông tin điện tử huyện hoạt động ổn định, an toàn.',
  ];
  return compose(r, results, {
    difficulties: {
      always: [
        behind > 0
          ? {
              issue: `Có ${two(behind)}/${communes.length} xã, thị trấn chưa đạt chỉ tiêu 60% hồ sơ công việc xử lý trên môi trường mạng.`,
              cause: 'Một số cán bộ, công chức lớn tuổi còn quen xử lý trên văn bản giấy; cấp xã chưa có công chức chuyên trách công nghệ thông tin.',
            }
          : null,
      ],
      general: [
        {
          issue: 'Hạ tầng công nghệ thông tin ở một số xã xuống cấp; nhiều máy tính đã sử dụng trên 5 năm.',
          cause: 'Kinh phí đầu tư cho chuyển đổi số của cấp xã còn hạn chế.',
        },
        {
          issue: 'Hệ thống phòng họp không giấy chưa triển khai được ở cấp xã.',
          cause: 'Chưa được bố trí kinh phí đầu tư thiết bị.',
        },
        inspections > 0 && 100 * digitalInspections < 50 * inspections
          ? {
              issue: `Số cuộc kiểm tra chuyên ngành thực hiện qua môi trường số (${two(digitalInspections)}/${two(inspections)} cuộc) còn ít so với mục tiêu 50% của Kế hoạch.`,
              cause: 'Dữ liệu chuyên ngành chưa được số hóa đầy đủ, chưa kết nối giữa các hệ thống thông tin.',
            }
          : null,
      ],
    },
    nextTasks: {
      general: [
        'Tiếp tục hướng dẫn người dân sử dụng tài khoản định danh điện tử khi thực hiện dịch vụ công trực tuyến.',
        'Đôn đốc các cơ quan, đơn vị xử lý hồ sơ công việc trên môi trường mạng, ký số 100% văn bản đi.',
        'Kiểm tra, đánh giá an toàn thông tin mạng tại các cơ quan, đơn vị, UBND cấp xã.',
        q === 4 ? 'Tham mưu Kế hoạch chuyển đổi số năm 2025.' : 'Phát huy vai trò Tổ công nghệ số cộng đồng ở thôn, khu dân cư.',
      ],
    },
    proposals: [
      { text: 'Đề nghị Sở Thông tin và Truyền thông hỗ trợ đào tạo kỹ năng số cho công chức cấp xã.', to: 'upper' },
      { text: 'Đề nghị UBND tỉnh bố trí kinh phí triển khai phòng họp không giấy đến cấp xã.', to: 'upper' },
      { text: 'Đề nghị Bộ Thông tin và Truyền thông hướng dẫn kết nối, chia sẻ dữ liệu giữa các hệ thống thông tin chuyên ngành phục vụ kiểm tra trên môi trường số.', to: 'central' },
    ],
  });
}

/** Narratives a lead department writes, keyed by area; merged over its ordinary narratives. */
export function leadNarratives(u, q, v, ctx) {
  switch (u.id) {
    case 'phong-noi-vu':
      return { 'chi-dao': noiVuChiDao(u, q, v, ctx), 'to-chuc': noiVuToChuc(u, q, v, ctx), 'cong-vu': noiVuCongVu(u, q, v, ctx) };
    case 'phong-tu-phap':
      return { 'the-che': tuPhapTheChe(u, q, v, ctx) };
    case 'van-phong-hdnd-ubnd':
      return { tthc: vanPhongTthc(u, q, v, ctx), 'chi-dao': vanPhongChiDao(u, q, v) };
    case 'phong-tai-chinh-ke-hoach':
      return { 'tai-chinh': taiChinhKeHoach(u, q, v, ctx) };
    case 'phong-van-hoa-thong-tin':
      return { 'chinh-quyen-so': vanHoaThongTin(u, q, v, ctx) };
    default:
      return {};
  }
}
