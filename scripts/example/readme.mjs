// README.md of the example repository (Vietnamese, with an English summary). Generated so that the
// table of deliberate warnings always carries the right files and lines.
import { QUARTERS, periodId } from './schedule.mjs';

const KIND_NAMES = { town: 'thị trấn', commune: 'xã', department: 'phòng chuyên môn', 'public-service-unit': 'đơn vị sự nghiệp công lập' };
const AREA_TITLES = {
  'chi-dao': '2.1 Chỉ đạo, điều hành',
  'the-che': '2.2 Cải cách thể chế',
  tthc: '2.3 Cải cách TTHC',
  'to-chuc': '2.4 Tổ chức bộ máy',
  'cong-vu': '2.5 Chế độ công vụ',
  'tai-chinh': '2.6 Tài chính công',
  'chinh-quyen-so': '2.7 Chính quyền số',
};

function viDate(iso) {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function readme({ units, submissions, warnings, schedule, xlsx }) {
  const byId = new Map(units.map((u) => [u.id, u]));
  const count = (kind) => units.filter((u) => u.kind === kind).length;
  const leads = units.filter((u) => u.leads.length);
  const periodRows = QUARTERS.map((q) => {
    const sent = submissions.filter((s) => s.q === q).length;
    const late = Object.entries(schedule.LATE[q]).map(([id, date]) => `${byId.get(id).name} (${viDate(date)})`);
    const missing = schedule.MISSING[q].map((id) => byId.get(id).name);
    return `| ${periodId(q)} | ${sent}/${units.length} | ${late.join('; ') || '—'} | ${missing.join('; ') || '—'} |`;
  });
  const warningRows = warnings.map((w) => `| \`${w.file}\` | ${w.line} | \`${w.code}\` | \`${w.pointer.split('/').slice(2).join('.') || w.pointer}\` | ${w.vi} |`);
  const xlsxNote = xlsx.length
    ? `Các báo cáo sau được lưu ở dạng biểu mẫu Excel (tạo bằng \`cchc convert\`) để minh họa việc nộp báo cáo bằng Excel: ${xlsx
        .map(([id, q]) => `\`submissions/${periodId(q)}/${id}.xlsx\``)
        .join(', ')}.`
    : 'Kho có thể chứa cả báo cáo dạng biểu mẫu Excel (.xlsx, tạo bằng `cchc template` hoặc\n`cchc convert`); hiện mọi báo cáo của ví dụ đều ở dạng YAML.';

  return `# Kho báo cáo CCHC mẫu: UBND huyện Tứ Kỳ, năm 2024

Đây là một kho báo cáo cải cách hành chính (CCHC) hoàn chỉnh để dùng thử \`cchc\`: UBND huyện Tứ Kỳ
(tỉnh Hải Dương) tổng hợp báo cáo CCHC định kỳ của ${count('town')} thị trấn, ${count('commune')} xã,
${count('department')} phòng chuyên môn và ${count('public-service-unit')} đơn vị sự nghiệp công lập cho bốn quý năm 2024,
theo Kế hoạch thực hiện CCHC nhà nước huyện Tứ Kỳ giai đoạn 2021 - 2025 (kế hoạch đi kèm \`cchc\`).

> **Số liệu minh họa.** Tên đơn vị là thật; số liệu, họ tên người lập báo cáo, số điện thoại và nội
> dung thuyết minh là giả định, được tạo tự động cho hợp lý với một huyện nông thôn năm 2024. Không dùng
> làm số liệu thống kê.

## Cấu trúc

\`\`\`
examples/tu-ky/
├── cchc.yaml              cấu hình: cơ quan ban hành, người ký, nơi nhận, hạn gửi, ngày chốt số liệu
├── units.yaml             ${units.length} đơn vị báo cáo: mã, tên, loại, thời gian hoạt động, lĩnh vực chủ trì
└── submissions/
    ├── 2024Q1/            một tệp cho mỗi đơn vị đã gửi báo cáo: <mã đơn vị>.yaml
    ├── 2024Q2/
    ├── 2024Q3/
    └── 2024Q4/
\`\`\`

Mỗi báo cáo gồm mã đơn vị, kỳ báo cáo, ngày gửi, người lập và, cho từng lĩnh vực CCHC (2.1 - 2.7):
số liệu các chỉ tiêu (\`values\`), tình trạng các nhiệm vụ (\`tasks\`: \`done\` hoàn thành, \`in-progress\`
đang thực hiện, \`not-started\` chưa thực hiện) và thuyết minh (\`narrative\`): kết quả đạt được
(\`results\`), khó khăn, hạn chế (\`difficulties\`: mỗi mục một vấn đề \`issue\` kèm nguyên nhân \`cause\`
của nó), nhiệm vụ kỳ tới (\`nextTasks\`) và đề xuất, kiến nghị (\`proposals\`: mỗi mục một nội dung
\`text\` kèm nơi nhận \`to\`). Dòng đầu \`# yaml-language-server: $schema=...\` giúp trình soạn thảo (VS
Code với tiện ích YAML) gợi ý tên chỉ tiêu và báo lỗi ngay khi gõ.

\`\`\`yaml
    narrative:
      results: Trong kỳ, xã tiếp nhận 972 hồ sơ TTHC, giải quyết đúng hạn 955 hồ sơ.
      difficulties:
        - issue: Tỷ lệ hồ sơ nộp trực tuyến chưa đạt chỉ tiêu.
          cause: Phần lớn hồ sơ thuộc lĩnh vực chứng thực, hộ tịch; người dân quen nộp hồ sơ trực tiếp tại Bộ phận Một cửa.
      proposals:
        - text: Đề nghị UBND huyện hỗ trợ kinh phí mua sắm 01 máy quét cho Bộ phận Một cửa của xã phục vụ số hóa.
          to: body
\`\`\`

Khó khăn chung được các xã chọn nguyên văn từ danh sách khó khăn thường gặp mà biểu mẫu gợi ý
([\`templates/form/kho-khan-thuong-gap.yaml\`](../../templates/form/kho-khan-thuong-gap.yaml)), kèm nguyên
nhân của danh sách hoặc nguyên nhân riêng của xã; khó khăn riêng thì xã tự ghi. Nhờ vậy báo cáo tổng hợp
đếm được, ví dụ, bao nhiêu xã chưa đạt tỷ lệ hồ sơ trực tuyến. Nơi nhận: \`body\` là UBND huyện và các
phòng, ban, trung tâm của huyện (đề nghị của xã gửi huyện là việc của huyện); \`upper\` là UBND tỉnh, các
sở, ngành tỉnh; \`central\` là bộ, ngành trung ương. Các phòng chủ trì lĩnh vực viết phần kết quả như lời
của UBND huyện ("Trong quý, HĐND, UBND huyện ban hành 01 văn bản quy phạm pháp luật…"), vì báo cáo tổng
hợp dùng phần này cho toàn huyện; đề xuất của các phòng chủ trì gửi tỉnh hoặc bộ, ngành. Mọi con số trong
thuyết minh lấy từ chính số liệu của báo cáo (hoặc tổng số liệu các đơn vị, với phòng chủ trì).

Các tỷ lệ (tỷ lệ hồ sơ đúng hạn, tỷ lệ hồ sơ trực tuyến, ...) **không** được báo cáo: \`cchc\` tính lại từ
tổng các số đếm (ví dụ: tổng hồ sơ đúng hạn ÷ tổng hồ sơ đã giải quyết), không lấy bình quân tỷ lệ của
các đơn vị.

## Đơn vị báo cáo

- Cấp xã: UBND thị trấn Tứ Kỳ và 22 xã; cùng chấm dứt hoạt động từ ngày 01/7/2025 (\`validTo: "2025-06-30"\`).
- Cấp huyện: ${count('department')} phòng chuyên môn và ${count('public-service-unit')} đơn vị sự nghiệp công lập.
- Đơn vị chủ trì lĩnh vực (viết báo cáo chuyên đề, bắt buộc có thuyết minh kết quả, khó khăn kèm nguyên nhân, nhiệm vụ kỳ tới):
${leads.map((u) => `  - ${u.name}: ${u.leads.map((a) => AREA_TITLES[a]).join('; ')}`).join('\n')}

Hồ sơ TTHC cấp huyện đều được tiếp nhận qua Bộ phận Một cửa huyện, nên số hồ sơ cấp huyện do Văn phòng
HĐND và UBND huyện báo cáo; các phòng chuyên môn chỉ báo cáo số TTHC thuộc lĩnh vực của mình, để khi tổng
hợp không bị tính trùng. Tương tự, chỉ Phòng Nội vụ báo cáo số đơn vị sự nghiệp công lập và biên chế sự
nghiệp, chỉ Phòng Văn hóa và Thông tin báo cáo số tài khoản dịch vụ công của người dân. Số đơn vị sự
nghiệp tự bảo đảm chi thường xuyên do Phòng Nội vụ báo cáo cùng với tổng số đơn vị sự nghiệp (tỷ lệ chỉ
được tính từ tử số và mẫu số của cùng một báo cáo); Phòng Tài chính - Kế hoạch viết phần thuyết minh.
Kế hoạch ghi những chỉ tiêu ấy bằng \`reporters\` (ví dụ \`reporters: { department: { leads: [the-che] } }\`:
trong các phòng, chỉ đơn vị chủ trì lĩnh vực 2.2 được chờ báo cáo), nên khi tổng hợp số liệu văn bản
QPPL cấp huyện được tính là "1/1 phòng đã báo cáo", không phải "1/12".

## Tình hình gửi báo cáo

Hạn gửi: ngày ${schedule.DUE_DAY} của tháng cuối quý (\`due.quarter\` trong \`cchc.yaml\`).

| Kỳ | Đã gửi | Gửi chậm (ngày gửi) | Không gửi |
|---|---|---|---|
${periodRows.join('\n')}

## Dùng thử

Từ thư mục gốc của mã nguồn \`cchc\` (sau \`npm ci && npm run build\`):

\`\`\`sh
cd examples/tu-ky
node ../../bin/cchc validate                      # kiểm tra mọi báo cáo trong submissions/
node ../../bin/cchc status --period 2024Q2         # đơn vị nào đã gửi, gửi chậm, chưa gửi
node ../../bin/cchc report --period 2024Q2         # báo cáo tổng hợp quý II (Word và Excel)
\`\`\`

Nếu đã cài \`cchc\` (\`npm install -g\`), dùng \`cchc validate\`, \`cchc status --period 2024Q2\`,
\`cchc report --period 2024Q2\`. Kỳ báo cáo có thể là quý (\`2024Q2\`), 6 tháng (\`2024S1\`) hoặc năm (\`2024\`).

\`cchc validate\` kết thúc với mã 0: kho không có lỗi, chỉ có ${warnings.length} cảnh báo cố ý dưới đây.

## Các cảnh báo cố ý

Các báo cáo sau được cố ý để lại một sai sót nhỏ, để thấy \`cchc validate\` báo gì (đều là cảnh báo,
không phải lỗi). Số dòng là dòng \`cchc validate\` chỉ ra trong tệp.

| Tệp | Dòng | Mã | Vị trí dữ liệu | Nội dung |
|---|---|---|---|---|
${warningRows.join('\n')}

Ngoài ra, các báo cáo gửi chậm và không gửi ở bảng trên không phải lỗi của tệp: \`cchc status\` báo chúng.

## Dữ liệu được tạo thế nào

Toàn bộ kho (trừ các tệp \`.xlsx\`) được tạo bởi \`node scripts/gen-example.mjs\` với bộ sinh số ngẫu nhiên
có hạt giống cố định: chạy lại cho ra đúng từng byte như cũ. Muốn sửa ví dụ, sửa trình tạo
(\`scripts/example/\`) rồi chạy lại, không sửa tay các tệp YAML. Trình tạo tự kiểm tra mọi quy tắc của kế
hoạch (bộ phận không vượt tổng số, tổng các phần bằng tổng số, chỉ tiêu đúng loại đơn vị, số liệu bắt
buộc, thuyết minh của đơn vị chủ trì, khó khăn có nguyên nhân, đề xuất có nơi nhận, biến động bất thường)
và chỉ cho phép các cảnh báo cố ý ở trên.

${xlsxNote}
Danh sách báo cáo dạng Excel nằm trong \`XLSX_SUBMISSIONS\` của \`scripts/gen-example.mjs\`; với các báo cáo
này trình tạo không ghi tệp YAML (tệp \`.xlsx\` thay thế) và không xóa tệp \`.xlsx\`.

## English summary

A complete example report repository for \`cchc\`: the Tứ Kỳ district People's Committee compiling the
2024 quarterly public-administration-reform reports of its town, 22 communes, ${count('department')} departments and
${count('public-service-unit')} public service units. Unit names are real; all figures, people and narratives are invented
but plausible. Files are generated deterministically by \`scripts/gen-example.mjs\`. Most units report on
time, some late, a few not at all (table above). \`cchc validate\` exits 0 and shows exactly the
${warnings.length} deliberate warnings listed above (a value jump, a missing required value, a lead department's
missing difficulties, a task reported by a unit that does not lead it). Difficulties come with their causes,
proposals with their addressee (\`body\`, \`upper\`, \`central\`); communes pick shared difficulties word for
word from the repository's list of common difficulties:

${warnings.map((w) => `- \`${w.file}:${w.line}\` \`${w.code}\` — ${w.en}${w.detail && w.code === 'value-jump' ? ` (${w.detail})` : ''}`).join('\n')}
`;
}
