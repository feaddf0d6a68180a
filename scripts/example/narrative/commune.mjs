// Narrative of a commune or the town: short, practical, about its one-stop desk, staff and IT.
import { rng } from '../rng.mjs';
import { num, pct, cap, para, QUARTER_NAME } from './text.mjs';
import { common } from './common.mjs';
import { SURGE } from '../figures.mjs';

/** Commune-level target for digitised TTHC results in 2024 (ramp 15 % in 2022, +20 a year). */
const DIGITISED_TARGET_2024 = 55;

function words(u) {
  const level = u.kind === 'town' ? 'thị trấn' : 'xã';
  return {
    level,
    Level: cap(level),
    hamlet: u.kind === 'town' ? 'khu dân cư' : 'thôn',
    ubnd: `UBND ${level}`,
  };
}

function chiDao(u, q, v) {
  const w = words(u);
  const r = rng(u.id, q, 'chi-dao');
  const items = r.int(6, 22);
  const direction =
    q === 1
      ? r.pick([
          `Ngay từ đầu năm, ${w.ubnd} ban hành Kế hoạch cải cách hành chính năm 2024, phân công cụ thể nhiệm vụ cho từng công chức chuyên môn và gắn kết quả thực hiện với bình xét thi đua cuối năm.`,
          `${w.ubnd} đã ban hành Kế hoạch CCHC và Kế hoạch tuyên truyền CCHC năm 2024, tổ chức quán triệt đến toàn thể cán bộ, công chức ngay sau Tết Nguyên đán Giáp Thìn.`,
        ])
      : r.pick([
          `${w.ubnd} tiếp tục triển khai Kế hoạch CCHC năm 2024; nội dung CCHC được đưa vào chương trình giao ban hằng tháng của Thường trực HĐND, UBND ${w.level}.`,
          `Chủ tịch UBND ${w.level} trực tiếp chỉ đạo công tác CCHC, thường xuyên kiểm tra hoạt động của Bộ phận Một cửa và đôn đốc công chức xử lý hồ sơ đúng hạn.`,
          `Công tác CCHC tiếp tục được xác định là nhiệm vụ trọng tâm; ${w.ubnd} kịp thời triển khai các văn bản chỉ đạo của UBND huyện và phân công rõ trách nhiệm của từng cán bộ, công chức.`,
        ]);
  const publicity = r.pick([
    `Công tác tuyên truyền được thực hiện qua hệ thống truyền thanh của ${w.level} với ${items} tin, bài về CCHC, dịch vụ công trực tuyến và thanh toán không dùng tiền mặt.`,
    `${w.Level} đăng tải ${items} tin, bài về CCHC trên trang thông tin điện tử, nhóm Zalo của các ${w.hamlet} và lồng ghép tuyên truyền tại các hội nghị ở khu dân cư.`,
    `Tổ công nghệ số cộng đồng ở các ${w.hamlet} tích cực hướng dẫn người dân kích hoạt tài khoản định danh điện tử VNeID và sử dụng dịch vụ công trực tuyến.`,
  ]);
  const discipline = r.pick([
    'Cán bộ, công chức chấp hành nghiêm giờ giấc làm việc, quy tắc ứng xử; trong kỳ không có trường hợp vi phạm kỷ luật, kỷ cương hành chính.',
    `Việc thực hiện văn hóa công sở, đeo thẻ công chức khi thi hành công vụ được duy trì nghiêm túc; ${w.level} không nhận được phản ánh về thái độ phục vụ của công chức.`,
    `${w.ubnd} duy trì hòm thư góp ý và số điện thoại đường dây nóng tại Bộ phận Một cửa; trong kỳ không có phản ánh, kiến nghị về hành vi nhũng nhiễu, gây phiền hà.`,
  ]);
  const special = {
    1: r.chance(0.5) ? 'Sau Tết Nguyên đán, UBND huyện kiểm tra đột xuất việc chấp hành giờ giấc làm việc tại Bộ phận Một cửa; kết quả không có công chức vi phạm.' : '',
    2: r.chance(0.5) ? `${w.ubnd} cử công chức tham dự đầy đủ các hội nghị tập huấn nghiệp vụ CCHC, kiểm soát TTHC do UBND huyện tổ chức.` : '',
    3: `Khi cơn bão số 3 (Yagi) đổ bộ, ${w.ubnd} bố trí lực lượng trực, khắc phục sự cố điện, mạng để Bộ phận Một cửa hoạt động trở lại ngay sau bão.`,
    4: `${w.ubnd} đã tự đánh giá, chấm điểm Chỉ số CCHC năm 2024 theo hướng dẫn của UBND huyện, tự chấm đạt ${num(v['par-index-diem'])} điểm.`,
  }[q];
  const results = para(direction, publicity, discipline, special);

  // Difficulties picked from the repository's list (word for word, with the list's cause or the
  // commune's own), and now and then one of the commune's own.
  const own = (cause) => (r.chance(0.3) ? cause : undefined);
  const picked = r.sample(
    [
      common('chi-dao', 'Công tác tuyên truyền', own(`Chưa có công chức chuyên trách công tác tuyên truyền; ${w.level} chưa có trang thông tin điện tử riêng.`)),
      common('chi-dao', 'Hệ thống truyền thanh'),
      common('chi-dao', 'Một bộ phận người dân', own(`Nhiều lao động trẻ của ${w.level} làm việc tại các khu công nghiệp, người ở nhà chủ yếu là người cao tuổi.`)),
      common('chi-dao', 'kiêm nhiệm nhiều việc', own(`${w.Level} có ${v['cbcc-xa']} cán bộ, công chức nhưng phải giải quyết ${v['tthc-tong-so']} TTHC cùng nhiều nhiệm vụ chuyên môn.`)),
      common('chi-dao', 'Kinh phí dành cho', own(`Nguồn thu ngân sách của ${w.level} thấp, chủ yếu dựa vào ngân sách cấp trên bổ sung.`)),
      common('chi-dao', 'tài liệu kiểm chứng'),
      {
        issue: `Hội trường UBND ${w.level} xuống cấp, chưa đủ điều kiện tổ chức hội nghị trực tuyến với huyện.`,
        cause: `Hội trường xây dựng từ năm ${r.int(1998, 2005)}, ${w.level} chưa bố trí được kinh phí cải tạo.`,
      },
    ],
    r.int(1, 2),
  );
  const lowScore =
    q === 4 && v['par-index-diem'] < 80
      ? {
          issue: `Điểm tự đánh giá Chỉ số CCHC năm 2024 của ${w.level} đạt ${num(v['par-index-diem'])} điểm, chưa đạt loại tốt.`,
          cause: 'Bị trừ điểm ở các tiêu chí về tỷ lệ hồ sơ trực tuyến và số hóa kết quả giải quyết TTHC.',
        }
      : null;
  const storm =
    q === 3 && r.chance(0.4)
      ? { issue: 'Cơn bão số 3 gây mất điện, mất kết nối mạng nhiều ngày, ảnh hưởng đến tiến độ thực hiện một số nhiệm vụ.', cause: 'Hệ thống điện, viễn thông trên địa bàn bị hư hỏng nặng sau bão.' }
      : null;
  const difficulties = [lowScore, storm, ...picked].filter(Boolean);

  const next =
    q < 4
      ? r.sample(
          [
            'Tiếp tục thực hiện có hiệu quả Kế hoạch CCHC năm 2024, tập trung các nhiệm vụ còn chậm tiến độ.',
            `Tuyên truyền về CCHC tối thiểu ${r.int(2, 4)} lần mỗi tháng trên hệ thống truyền thanh của ${w.level}.`,
            `Đẩy mạnh tuyên truyền về CCHC, dịch vụ công trực tuyến đến từng ${w.hamlet}; phát huy vai trò của Tổ công nghệ số cộng đồng.`,
            'Tăng cường kỷ luật, kỷ cương hành chính; kiểm tra việc thực hiện quy tắc ứng xử của cán bộ, công chức tại Bộ phận Một cửa.',
            q === 3 ? 'Chuẩn bị đầy đủ tài liệu kiểm chứng phục vụ tự đánh giá Chỉ số CCHC năm 2024.' : 'Duy trì giao ban định kỳ về CCHC, kịp thời tháo gỡ vướng mắc phát sinh.',
          ],
          r.int(2, 3),
        )
      : r.sample(
          [
            'Xây dựng, ban hành Kế hoạch CCHC năm 2025 ngay từ đầu năm, bám sát kế hoạch của UBND huyện.',
            'Khắc phục các tiêu chí bị trừ điểm trong tự đánh giá Chỉ số CCHC năm 2024.',
            'Quán triệt, thực hiện nghiêm các chủ trương về sắp xếp, tinh gọn tổ chức bộ máy theo chỉ đạo của cấp trên.',
          ],
          r.int(2, 3),
        );
  const nextTasks = para(next);
  // A commune's requests go to the district (its UBND, departments and centres): `to: body`.
  const proposals = r.chance(0.5)
    ? [
        {
          text: r.pick([
            `Đề nghị UBND huyện tiếp tục tổ chức tập huấn nghiệp vụ CCHC, kỹ năng số cho công chức cấp xã${q < 4 ? ` trong ${['', 'quý II', 'quý III', 'quý IV'][q]}` : ' ngay từ đầu năm 2025'}.`,
            `Đề nghị UBND huyện quan tâm hỗ trợ kinh phí thay thế ${r.int(2, 4)} máy tính đã cũ tại Bộ phận Một cửa của ${w.level}.`,
            `Đề nghị UBND huyện hỗ trợ kinh phí cho hoạt động của Tổ công nghệ số cộng đồng ở ${r.int(5, 12)} ${w.hamlet} của ${w.level}.`,
            `Đề nghị Trung tâm Văn hóa, Thông tin và Thể thao huyện hỗ trợ kỹ thuật sửa chữa hệ thống truyền thanh của ${w.level}.`,
            q === 2 || q === 3
              ? 'Đề nghị Phòng Nội vụ sớm hướng dẫn tài liệu kiểm chứng các tiêu chí Chỉ số CCHC cấp xã năm 2024.'
              : 'Đề nghị UBND huyện tăng cường trao đổi kinh nghiệm về CCHC giữa các xã, thị trấn.',
          ]),
          to: 'body',
        },
      ]
    : [];
  return { results, difficulties, nextTasks, proposals };
}

function theChe(u, q, v) {
  const w = words(u);
  const r = rng(u.id, q, 'the-che');
  const issued =
    v['vb-ban-hanh'] > 0
      ? `Trong kỳ, ${w.ubnd} ban hành ${v['vb-ban-hanh']} văn bản quy phạm pháp luật; văn bản được tự kiểm tra và gửi Phòng Tư pháp kiểm tra theo quy định.`
      : r.pick([
          `Trong kỳ, HĐND, UBND ${w.level} không ban hành văn bản quy phạm pháp luật.`,
          `Trong kỳ, ${w.ubnd} không ban hành văn bản quy phạm pháp luật mới.`,
          `${cap(QUARTER_NAME[q])}, HĐND và UBND ${w.level} không ban hành văn bản quy phạm pháp luật.`,
        ]);
  const review =
    v['vb-ra-soat'] > 0
      ? `${w.Level} đã rà soát ${v['vb-ra-soat']} văn bản do HĐND, UBND ${w.level} ban hành` +
        (v['vb-phat-hien'] > 0
          ? `, phát hiện ${v['vb-phat-hien']} văn bản hết hiệu lực và đã công bố, xử lý theo quy định.`
          : ', không phát hiện văn bản trái pháp luật, chồng chéo hoặc không còn phù hợp.')
      : r.pick([
          'Công tác rà soát văn bản được thực hiện thường xuyên, gắn với việc cập nhật văn bản mới của cấp trên.',
          `Công chức tư pháp - hộ tịch theo dõi, cập nhật văn bản mới của cấp trên để kịp thời tham mưu UBND ${w.level} rà soát khi cần thiết.`,
          `Trong kỳ không phát sinh văn bản cần rà soát; ${w.level} tiếp tục cập nhật danh mục văn bản còn hiệu lực.`,
        ]);
  const drafts = v['vb-gop-y'] > 0 ? `Tham gia ý kiến ${v['vb-gop-y']} dự thảo văn bản khi được cấp trên đề nghị.` : '';
  const other = r.pick([
    `Công tác phổ biến, giáo dục pháp luật được lồng ghép trong ${r.int(3, 9)} buổi sinh hoạt của các chi hội, đoàn thể.`,
    `Các tổ hòa giải ở ${w.hamlet} hòa giải thành ${r.int(2, 7)} vụ việc, góp phần giữ gìn an ninh, trật tự tại cơ sở.`,
    `Tủ sách pháp luật của ${w.level} được bổ sung ${r.int(5, 20)} đầu sách, tài liệu mới.`,
    `Hệ thống truyền thanh phát ${r.int(4, 12)} tin, bài phổ biến các luật mới có hiệu lực.`,
  ]);
  return { results: para(issued, review, drafts, other) };
}

function tthc(u, q, v, prev) {
  const w = words(u);
  const r = rng(u.id, q, 'tthc');
  const tong = v['tthc-tong-so'];
  const published =
    v['tthc-cong-khai'] === tong
      ? r.pick([
          `${w.Level} thực hiện ${tong} TTHC thuộc thẩm quyền giải quyết; 100% TTHC được niêm yết công khai tại Bộ phận Một cửa và trên trang thông tin điện tử của ${w.level}.`,
          `100% trong số ${tong} TTHC thuộc thẩm quyền của ${w.ubnd} được công khai đầy đủ, kịp thời theo quyết định công bố của Chủ tịch UBND tỉnh.`,
        ])
      : `Trong số ${tong} TTHC thuộc thẩm quyền, ${v['tthc-cong-khai']} TTHC đã được niêm yết công khai; ${tong - v['tthc-cong-khai']} TTHC lĩnh vực đất đai mới được công bố đang được cập nhật.`;
  const landLaw =
    q === 3 && v['tthc-cong-khai'] === tong && r.chance(0.5)
      ? 'Các TTHC lĩnh vực đất đai được công bố mới khi Luật Đất đai năm 2024 có hiệu lực từ ngày 01/8/2024 đã được cập nhật, niêm yết kịp thời.'
      : '';
  const tn = v['hs-tiep-nhan'];
  const gq = v['hs-giai-quyet'];
  const dossiers = r.pick([
    `Bộ phận Một cửa tiếp nhận ${num(tn)} hồ sơ, trong đó ${num(v['hs-truc-tuyen'])} hồ sơ trực tuyến (${pct(v['hs-truc-tuyen'], tn)}); đã giải quyết ${num(gq)} hồ sơ, ${num(v['hs-dung-han'])} hồ sơ đúng hạn và trước hạn (đạt ${pct(v['hs-dung-han'], gq)}).`,
    `Trong kỳ, ${w.level} tiếp nhận ${num(tn)} hồ sơ TTHC (${num(v['hs-truc-tuyen'])} hồ sơ nộp trực tuyến, chiếm ${pct(v['hs-truc-tuyen'], tn)}), giải quyết ${num(gq)} hồ sơ, trong đó ${num(v['hs-dung-han'])} hồ sơ trả kết quả đúng hạn và trước hạn, đạt ${pct(v['hs-dung-han'], gq)}.`,
    `Tổng số hồ sơ TTHC tiếp nhận trong kỳ là ${num(tn)}` +
      (prev?.['hs-tiep-nhan'] ? ` (${tn >= prev['hs-tiep-nhan'] ? 'tăng' : 'giảm'} ${pct(Math.abs(tn - prev['hs-tiep-nhan']), prev['hs-tiep-nhan'])} so với quý trước)` : '') +
      `; tỷ lệ hồ sơ trực tuyến đạt ${pct(v['hs-truc-tuyen'], tn)}, tỷ lệ giải quyết đúng hạn và trước hạn đạt ${pct(v['hs-dung-han'], gq)}.`,
  ]);
  const surge = SURGE[u.id]?.[q];
  const surgeNote = surge
    ? q === 3
      ? `Số hồ sơ tăng mạnh so với quý II do ${w.level} tiếp nhận khoảng ${num(Math.round((tn * surge) / (1 + surge) / 10) * 10)} hồ sơ chứng thực bản sao, chứng thực chữ ký phục vụ công tác bồi thường, giải phóng mặt bằng dự án đầu tư trên địa bàn.`
      : 'Số hồ sơ chứng thực phục vụ bồi thường, giải phóng mặt bằng giảm dần so với quý III.'
    : '';
  const qh = v['hs-qua-han'];
  const lateField = r.pick(['đất đai', 'hộ tịch', 'chứng thực', 'bảo trợ xã hội']);
  const overdue =
    qh > 0
      ? `Có ${qh} hồ sơ giải quyết quá hạn thuộc lĩnh vực ${lateField} do phải xác minh, lấy ý kiến của cơ quan liên quan; ${w.ubnd} đã có văn bản xin lỗi người dân theo quy định.`
      : r.pick(['Không có hồ sơ giải quyết quá hạn.', 'Không có hồ sơ quá hạn, không có phản ánh, kiến nghị về quy định hành chính.']);
  const extra = r.sample(
    [
      `Đã số hóa ${num(v['kq-so-hoa'])} kết quả giải quyết TTHC (${pct(v['kq-so-hoa'], gq)} số hồ sơ đã giải quyết).`,
      `Thời gian chờ đợi trung bình của người dân là ${v['tg-cho-trung-binh']} phút/lượt giao dịch; có ${num(v['dg-luot-danh-gia'])} lượt đánh giá trên hệ thống, ${pct(v['dg-tot-tro-len'], v['dg-luot-danh-gia'])} đánh giá mức tốt trở lên.`,
      `${num(v['hs-luan-chuyen-dien-tu'])}/${num(v['hs-luan-chuyen'])} hồ sơ liên thông được luân chuyển bằng phương thức điện tử.`,
      `${num(v['gd-thanh-toan-truc-tuyen'])}/${num(v['gd-thanh-toan'])} giao dịch nộp phí, lệ phí được thực hiện trực tuyến.`,
    ],
    r.int(1, 2),
  );
  const results = para(published, landLaw, dossiers, surgeNote, overdue, extra);

  const onlineRate = (100 * v['hs-truc-tuyen']) / tn;
  const digitisedRate = (100 * v['kq-so-hoa']) / gq;
  const OVERDUE_CAUSE = {
    'đất đai': 'Hồ sơ đất đai phải xác minh nguồn gốc sử dụng đất, lấy ý kiến của cơ quan chuyên môn cấp huyện.',
    'hộ tịch': 'Hồ sơ hộ tịch phải xác minh thông tin tại nơi cư trú trước đây của người yêu cầu.',
    'chứng thực': 'Hồ sơ chứng thực phải xác minh tính hợp pháp của giấy tờ gốc.',
    'bảo trợ xã hội': 'Hồ sơ bảo trợ xã hội phải chờ kết quả xác minh của thôn và ý kiến của Phòng Lao động - Thương binh và Xã hội.',
  };
  const difficulties = [
    onlineRate < 50
      ? common('tthc', 'nộp trực tuyến chưa đạt', r.chance(0.4) ? `Phần lớn hồ sơ của ${w.level} là chứng thực bản sao, người dân quen nộp trực tiếp và nhận kết quả ngay.` : undefined)
      : common('tthc', 'nộp thay'),
    digitisedRate < DIGITISED_TARGET_2024
      ? common('tthc', 'Tỷ lệ số hóa', r.chance(0.4) ? `Máy quét của Bộ phận Một cửa hỏng, ${w.level} phải mượn máy của bộ phận khác.` : undefined)
      : null,
    ...r.sample(
      [
        common('tthc', 'Đường truyền mạng'),
        common('tthc', 'sổ hộ tịch'),
        common('tthc', 'phí, lệ phí trực tuyến'),
        {
          issue: `Bộ phận Một cửa của ${w.level} chật hẹp (khoảng ${r.int(20, 30)} m²), chưa đủ chỗ ngồi chờ cho người dân vào những ngày đông.`,
          cause: `Trụ sở UBND ${w.level} xây dựng từ năm ${r.int(2002, 2008)}, chưa được cải tạo, mở rộng.`,
        },
      ],
      1,
    ),
    q === 3 && r.chance(0.5)
      ? {
          issue: 'Một số hồ sơ phải tiếp nhận trực tiếp và cập nhật lên hệ thống sau khi khắc phục sự cố.',
          cause: 'Cơn bão số 3 gây mất điện, mất mạng nhiều ngày.',
        }
      : null,
    qh > 0 ? common('tthc', 'quá hạn', OVERDUE_CAUSE[lateField]) : null,
  ].filter(Boolean);
  const nextTasks = para(
    r.sample(
      [
        qh > 0 ? 'Khắc phục tình trạng hồ sơ quá hạn; công khai xin lỗi khi để xảy ra chậm trễ.' : 'Duy trì tỷ lệ hồ sơ giải quyết đúng hạn, không để phát sinh hồ sơ quá hạn.',
        onlineRate < 50 ? 'Phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 50% tổng số hồ sơ tiếp nhận.' : 'Nâng cao tỷ lệ hồ sơ người dân tự nộp trực tuyến, giảm dần việc công chức nộp thay.',
        'Đẩy mạnh số hóa hồ sơ, kết quả giải quyết TTHC, ưu tiên sổ hộ tịch và chứng thực.',
        `Nâng tỷ lệ số hóa kết quả giải quyết TTHC từ ${pct(v['kq-so-hoa'], gq)} lên tối thiểu ${Math.max(DIGITISED_TARGET_2024, Math.ceil(digitisedRate / 5) * 5 + 5)}%.`,
        `Giảm thời gian chờ đợi của người dân từ ${v['tg-cho-trung-binh']} phút xuống dưới ${Math.max(8, v['tg-cho-trung-binh'] - 2)} phút/lượt giao dịch.`,
        'Tiếp tục rà soát, cập nhật, niêm yết công khai TTHC theo các quyết định công bố mới của Chủ tịch UBND tỉnh.',
        'Hướng dẫn người dân thanh toán phí, lệ phí trực tuyến và nhận kết quả qua dịch vụ bưu chính công ích.',
      ],
      r.int(2, 3),
    ),
  );
  // Requests to the district's offices are the district's business (`body`); a fault of the
  // province's system goes up (`upper`).
  const proposals = r.chance(0.4)
    ? [
        r.pick([
          { text: `Đề nghị UBND huyện hỗ trợ kinh phí mua sắm ${r.int(1, 2)} máy quét và ${r.int(1, 3)} máy tính cho Bộ phận Một cửa của ${w.level} phục vụ số hóa.`, to: 'body' },
          { text: `Đề nghị Phòng Tư pháp hướng dẫn việc số hóa sổ hộ tịch lưu trữ tại ${w.ubnd} giai đoạn trước năm ${r.pick([2010, 2012, 2015])}.`, to: 'body' },
          { text: 'Đề nghị UBND tỉnh chỉ đạo khắc phục tình trạng Hệ thống thông tin giải quyết TTHC của tỉnh đôi lúc chậm, lỗi đồng bộ dữ liệu.', to: 'upper' },
          { text: 'Đề nghị Văn phòng HĐND và UBND huyện tổ chức tập huấn sử dụng các chức năng mới của Hệ thống thông tin giải quyết TTHC cho công chức một cửa cấp xã.', to: 'body' },
        ]),
      ]
    : [];
  return { results, difficulties, nextTasks, proposals };
}

function congVu(u, q, v) {
  const w = words(u);
  const r = rng(u.id, q, 'cong-vu');
  const degree = v['cbcc-xa-dai-hoc'];
  const staff =
    degree === undefined
      ? `${w.ubnd} hiện có ${v['cbccvc']} cán bộ, công chức; ${v['cbcc-xa-chuan-hoa']}/${v['cbcc-xa']} cán bộ, công chức đã được chuẩn hóa về lý luận chính trị, chuyên môn, nghiệp vụ.`
      : r.pick([
          `${w.ubnd} hiện có ${v['cbccvc']} cán bộ, công chức; trong số ${v['cbcc-xa']} người thuộc diện chuẩn hóa, ${degree} người có trình độ đại học trở lên (${pct(degree, v['cbcc-xa'])}), ${v['cbcc-xa-chuan-hoa']} người đã được chuẩn hóa về lý luận chính trị, chuyên môn, nghiệp vụ.`,
          `Tổng số cán bộ, công chức của ${w.level} là ${v['cbccvc']} người; ${degree}/${v['cbcc-xa']} cán bộ, công chức (trừ Chỉ huy trưởng Ban Chỉ huy Quân sự và Chủ tịch Hội Cựu chiến binh) có trình độ đại học trở lên.`,
        ]);
  const practice = r.pick([
    'Cán bộ, công chức thực hiện nghiêm quy tắc ứng xử, văn hóa công sở; dữ liệu cán bộ, công chức được cập nhật thường xuyên trên phần mềm quản lý của tỉnh.',
    `${w.Level} bố trí cán bộ, công chức đúng vị trí việc làm, tiêu chuẩn chức danh theo Nghị định số 33/2023/NĐ-CP.`,
    `Cử ${r.int(2, 6)} lượt cán bộ, công chức tham gia các lớp bồi dưỡng chuyên môn, nghiệp vụ, kỹ năng số do huyện, tỉnh tổ chức.`,
  ]);
  const special = {
    1: '',
    2: r.chance(0.5) ? 'Công chức Bộ phận Một cửa tham gia lớp tập huấn kỹ năng giao tiếp, ứng xử với người dân do UBND huyện tổ chức.' : '',
    3: 'Thực hiện chi trả tiền lương cho cán bộ, công chức theo mức lương cơ sở mới từ ngày 01/7/2024 theo Nghị định số 73/2024/NĐ-CP.',
    4: 'Hoàn thành đánh giá, xếp loại chất lượng cán bộ, công chức năm 2024 đúng quy trình, bảo đảm thực chất.',
  }[q];
  return { results: para(staff, practice, special) };
}

function taiChinh(u, q, v) {
  const w = words(u);
  const r = rng(u.id, q, 'tai-chinh');
  const open = r.pick([
    `${w.ubnd} thực hiện công khai dự toán, quyết toán ngân sách theo quy định của Luật Ngân sách nhà nước; thực hiện cơ chế tự chủ kinh phí quản lý hành chính theo quy chế chi tiêu nội bộ.`,
    `Việc quản lý, điều hành ngân sách ${w.level} bảo đảm đúng dự toán, công khai, minh bạch; tài sản công được quản lý, sử dụng đúng mục đích.`,
  ]);
  const invest = `Kế hoạch vốn đầu tư công năm 2024 của ${w.level} là ${num(v['dtc-ke-hoach'])} triệu đồng, đến hết kỳ đã giải ngân ${num(v['dtc-giai-ngan'])} triệu đồng, đạt ${pct(v['dtc-giai-ngan'], v['dtc-ke-hoach'])}.`;
  const thrift = q === 4 ? `Tự chấm điểm thực hành tiết kiệm, chống lãng phí năm 2024 đạt ${num(v['thtk-diem'])} điểm.` : '';
  return { results: para(open, invest, thrift) };
}

function chinhQuyenSo(u, q, v) {
  const w = words(u);
  const r = rng(u.id, q, 'chinh-quyen-so');
  const files = r.pick([
    `Trong kỳ, ${num(v['hscv-xu-ly-tren-mang'])}/${num(v['hscv-tong'])} hồ sơ công việc được xử lý trên môi trường mạng (${pct(v['hscv-xu-ly-tren-mang'], v['hscv-tong'])}); ${num(v['vb-di-dien-tu'])}/${num(v['vb-di'])} văn bản đi được ký số và gửi dưới dạng điện tử qua Hệ thống quản lý văn bản và điều hành.`,
    `Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng đạt ${pct(v['hscv-xu-ly-tren-mang'], v['hscv-tong'])}; ${pct(v['vb-di-dien-tu'], v['vb-di'])} văn bản đi (${num(v['vb-di-dien-tu'])}/${num(v['vb-di'])} văn bản) được phát hành điện tử.`,
  ]);
  const more = r.sample(
    [
      '100% cán bộ, công chức sử dụng thư điện tử công vụ và chữ ký số trong xử lý công việc.',
      `Báo cáo định kỳ của ${w.level} được thực hiện trên Hệ thống thông tin báo cáo của tỉnh.`,
      `${w.Level} duy trì áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 trong giải quyết TTHC.`,
      `Trang thông tin điện tử của ${w.level} được cập nhật thường xuyên các thông tin chỉ đạo, điều hành và TTHC.`,
    ],
    r.int(1, 2),
  );
  const onlineFiles = (100 * v['hscv-xu-ly-tren-mang']) / v['hscv-tong'];
  // The commune-level target is 60% of work files processed online.
  const difficulties =
    onlineFiles < 60
      ? [common('chinh-quyen-so', 'hồ sơ công việc')]
      : onlineFiles < 75
        ? [
            {
              issue: 'Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng tuy đạt chỉ tiêu nhưng chưa đồng đều giữa các bộ phận chuyên môn.',
              cause: common('chinh-quyen-so', 'hồ sơ công việc').cause,
            },
          ]
        : r.chance(0.3)
          ? [
              r.pick([
                common('chinh-quyen-so', 'Trang thiết bị', `${r.int(2, 5)} máy tính của ${w.ubnd} đã sử dụng trên 5 năm, chưa được bố trí kinh phí thay thế.`),
                common('chinh-quyen-so', 'chuyên trách'),
                common('chinh-quyen-so', 'Đường truyền Internet', q === 3 ? 'Hạ tầng viễn thông bị hư hỏng sau cơn bão số 3, nhà mạng khắc phục chậm.' : undefined),
              ]),
            ]
          : [];
  return { results: para(files, more), difficulties };
}

/** Narrative per area for a commune-level unit. `prev` = the same unit's previous-quarter values. */
export function communeNarratives(u, q, v, prev) {
  return {
    'chi-dao': chiDao(u, q, v),
    'the-che': theChe(u, q, v),
    tthc: tthc(u, q, v, prev),
    'cong-vu': congVu(u, q, v),
    'tai-chinh': taiChinh(u, q, v),
    'chinh-quyen-so': chinhQuyenSo(u, q, v),
  };
}
