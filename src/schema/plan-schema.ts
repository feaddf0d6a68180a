import { VALUE_TYPES } from '../plan/model.js';
import { DRAFT, SCHEMA_BASE, ID_PATTERN, type JsonSchema } from './common.js';

// Descriptions are Vietnamese: an editor with the YAML language server shows them on hover
// to the clerk adapting a plan (docs/ke-hoach.md explains the format at length).

const kinds = (description: string): JsonSchema => ({
  type: 'array',
  items: { type: 'string', pattern: ID_PATTERN },
  uniqueItems: true,
  description: `${description} Mã loại đơn vị (khai báo trong kinds; mặc định: department = phòng chuyên môn, public-service-unit = đơn vị sự nghiệp công lập, commune = xã, town = thị trấn, ward = phường) hoặc tên một danh sách trong kindLists.`,
});
const roles = (description: string): JsonSchema => ({
  type: 'array',
  items: { type: 'string', pattern: ID_PATTERN },
  uniqueItems: true,
  description: `${description} Mã vai trò trong roles, mã loại đơn vị hoặc tên danh sách trong kindLists.`,
});
const year = (description: string): JsonSchema => ({ type: 'integer', minimum: 2000, maximum: 2100, description });
const id = (description: string): JsonSchema => ({ type: 'string', pattern: ID_PATTERN, description: `${description} Chữ thường không dấu, số và dấu gạch ngang.` });
const text = (description: string): JsonSchema => ({ type: 'string', minLength: 1, description });

/** Schema of a plan catalogue file (plans/*.yaml). */
export function planSchema(): JsonSchema {
  return {
    $schema: DRAFT,
    $id: `${SCHEMA_BASE}plan.schema.json`,
    title: 'Kế hoạch cải cách hành chính (lĩnh vực, chỉ tiêu, mục tiêu, nhiệm vụ)',
    description: 'Một kế hoạch CCHC mã hóa thành dữ liệu: các lĩnh vực, chỉ tiêu đơn vị báo cáo, mục tiêu của kế hoạch và nhiệm vụ. Xem docs/ke-hoach.md.',
    type: 'object',
    additionalProperties: false,
    required: ['id', 'version', 'title', 'issuer', 'fromYear', 'toYear', 'levels', 'areas', 'indicators', 'tasks'],
    properties: {
      id: id('Mã kế hoạch, ví dụ tu-ky-2021-2025.'),
      version: { type: 'string', description: 'Phiên bản của tệp kế hoạch; biểu mẫu Excel ghi lại phiên bản dùng để tạo nó. Tăng khi sửa kế hoạch.' },
      title: text('Tên kế hoạch như trong văn bản ("Kế hoạch thực hiện cải cách hành chính nhà nước huyện Tứ Kỳ giai đoạn 2021 - 2025").'),
      issuer: text('Cơ quan ban hành kế hoạch.'),
      document: { type: 'string', description: 'Số, ngày của văn bản ban hành kế hoạch, ví dụ "Kế hoạch số 123/KH-UBND ngày 10/12/2021".' },
      fromYear: year('Năm đầu của kế hoạch.'),
      toYear: year('Năm cuối của kế hoạch.'),
      levels: {
        type: 'object',
        minProperties: 1,
        description: 'Các cấp: mỗi cấp một danh sách loại đơn vị, ví dụ district: [department, public-service-unit]. Mục tiêu riêng của một cấp (level) được đánh giá trên số liệu của các đơn vị cấp đó.',
        additionalProperties: kinds('Loại đơn vị thuộc cấp này.'),
      },
      levelNames: {
        type: 'object',
        description: 'Tên hiển thị của từng cấp, ví dụ district: cấp huyện.',
        additionalProperties: { type: 'string' },
      },
      scales: {
        type: 'object',
        description: 'Các thang xếp loại có thứ tự (chỉ tiêu type: rating), liệt kê từ mức thấp nhất đến mức cao nhất, ví dụ xep-loai: [{id: yeu, name: Yếu}, …, {id: xuat-sac, name: Xuất sắc}].',
        propertyNames: { pattern: ID_PATTERN },
        additionalProperties: {
          type: 'array',
          minItems: 2,
          description: 'Các mức của thang, từ thấp đến cao.',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'name'],
            properties: { id: id('Mã mức, dùng trong báo cáo của đơn vị.'), name: text('Tên mức như trong văn bản: "Tốt", "Cấp độ 2".') },
          },
        },
      },
      sources: {
        type: 'array',
        description: 'Các văn bản mà mục tiêu được lấy từ đó (mục tiêu ghi nguồn bằng cite).',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'title'],
          properties: {
            id: id('Mã văn bản, dùng trong cite.source.'),
            title: text('Số, ngày, cơ quan ban hành và tên văn bản: "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030".'),
            subject: { type: 'string', description: 'Trích yếu, khi tên chưa nói rõ.' },
            url: { type: 'string', description: 'Địa chỉ công khai của văn bản.' },
          },
        },
      },
      kinds: {
        type: 'array',
        minItems: 1,
        description:
          'Các loại đơn vị báo cáo, theo thứ tự báo cáo liệt kê (bỏ trống: phòng chuyên môn, đơn vị sự nghiệp công lập, xã, phường, thị trấn). Từ 01/7/2025: phòng chuyên môn thuộc UBND xã, trung tâm phục vụ hành chính công, phường, đặc khu, sở, ngành…',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'name'],
          properties: {
            id: id('Mã loại đơn vị, dùng trong units.yaml (kind) và trong reportedBy.'),
            name: text('Tên loại trong câu văn, chữ thường: "xã", "phòng chuyên môn", "trung tâm phục vụ hành chính công".'),
            group: { type: 'string', pattern: ID_PATTERN, description: 'Nhóm trong bảng của báo cáo (các loại cùng nhóm chung một cột); mặc định: mã của loại.' },
            groupName: { type: 'string', description: 'Tên nhóm; {kinds} là tên các loại có mặt: "UBND các {kinds}". Mặc định: "Các <tên loại>".' },
          },
        },
      },
      kindLists: {
        type: 'object',
        description:
          'Danh sách loại đơn vị đặt tên, dùng thay cho cả danh sách ở reportedBy, requiredFor, levels, lead…: cap-xa: [commune, town, ward], hoặc kèm tên: cap-xa: { name: UBND các xã, thị trấn, kinds: [commune, town, ward] }.',
        propertyNames: { pattern: ID_PATTERN },
        additionalProperties: {
          oneOf: [
            { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', pattern: ID_PATTERN } },
            {
              type: 'object',
              additionalProperties: false,
              required: ['name', 'kinds'],
              properties: {
                name: text('Tên danh sách khi báo cáo gọi các đơn vị này là cơ quan chủ trì, phối hợp: "Các cơ quan, đơn vị, UBND cấp xã".'),
                kinds: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', pattern: ID_PATTERN }, description: 'Mã các loại đơn vị của danh sách (khai báo trong kinds hoặc loại mặc định).' },
              },
            },
          ],
        },
      },
      roles: {
        type: 'object',
        description:
          'Vai trò của đơn vị, gọi theo chức năng, không theo mã đơn vị (một kế hoạch dùng chung cho nhiều UBND): đơn vị thuộc kinds (nếu có) chủ trì một trong leads (nếu có), hoặc đơn vị được ghi vai trò này ở roles trong units.yaml. Ví dụ noi-vu: { name: Phòng Nội vụ, kinds: [department], leads: [chi-dao] }.',
        propertyNames: { pattern: ID_PATTERN },
        additionalProperties: {
          type: 'object',
          additionalProperties: false,
          required: ['name'],
          properties: {
            name: text('Tên vai trò như báo cáo viết: "Phòng Nội vụ", "Đài Phát thanh huyện".'),
            kinds: kinds('Loại đơn vị giữ vai trò.'),
            leads: { type: 'array', uniqueItems: true, items: { type: 'string', pattern: ID_PATTERN }, description: 'Đơn vị chủ trì một trong các lĩnh vực này (leads trong units.yaml).' },
          },
        },
      },
      areas: {
        type: 'array',
        minItems: 1,
        description: 'Các lĩnh vực cải cách, theo thứ tự của kế hoạch.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'code', 'title', 'lead'],
          properties: {
            id: id('Mã lĩnh vực, dùng trong báo cáo của đơn vị (areas.<mã>) và trong leads của units.yaml.'),
            code: { type: 'string', description: 'Số mục trong kế hoạch, ví dụ "2.3".' },
            title: text('Tên lĩnh vực.'),
            shortTitle: { ...text('Tên ngắn của lĩnh vực cho tên trang tính Excel ("Thủ tục hành chính"); mặc định là tên.'), maxLength: 24 },
            lead: { type: 'string', description: 'Cơ quan chủ trì lĩnh vực như kế hoạch ghi, ví dụ "Phòng Tư pháp".' },
          },
        },
      },
      indicators: { type: 'array', description: 'Các chỉ tiêu: số liệu đơn vị báo cáo và tỷ lệ tính từ số liệu đó.', items: { $ref: '#/$defs/indicator' } },
      tasks: {
        type: 'array',
        description: 'Các nhiệm vụ của kế hoạch (như Khung Kế hoạch kèm theo): nội dung, cơ quan chủ trì, phối hợp, thời gian, sản phẩm; đơn vị báo cáo tình trạng thực hiện.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'area', 'title'],
          properties: {
            id: id('Mã nhiệm vụ.'),
            area: { type: 'string', description: 'Mã lĩnh vực của nhiệm vụ.' },
            title: text('Nội dung nhiệm vụ.'),
            ref: { type: 'string', description: 'Vị trí trong kế hoạch: "2.1.b", "III.3", "V.1".' },
            lead: roles('Cơ quan chủ trì.'),
            coordinate: roles('Cơ quan phối hợp.'),
            deadline: {
              type: 'string',
              pattern: '^([0-9]{4}-)?[0-9]{2}-[0-9]{2}$',
              description: 'Hạn hoàn thành: YYYY-MM-DD một lần, MM-DD hằng năm. Quá hạn mà chưa hoàn thành thì báo cáo nêu là quá hạn.',
            },
            schedule: { type: 'string', description: 'Thời gian thực hiện như kế hoạch ghi: "Thường xuyên", "Hằng năm", "Quý IV/2021".' },
            output: { type: 'string', description: 'Sản phẩm: "Kế hoạch kiểm tra CCHC hằng năm", "Báo cáo kết quả".' },
            reporters: roles('Đơn vị báo cáo tình trạng nhiệm vụ; mặc định: cơ quan chủ trì.'),
            reportedBy: kinds('Với nhiệm vụ không ghi cơ quan chủ trì: loại đơn vị mà mọi đơn vị đều báo cáo.'),
          },
        },
      },
    },
    $defs: {
      indicator: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'area', 'name', 'unit', 'type'],
        // Numbers and percentages reported directly have no default aggregation (a rate has none at all).
        if: { required: ['type'], properties: { type: { enum: ['number', 'percent'] } }, not: { required: ['ratio'] } },
        then: { required: ['aggregation'] },
        properties: {
          id: id('Mã chỉ tiêu, dùng trong báo cáo của đơn vị (areas.<lĩnh vực>.values.<mã>).'),
          area: { type: 'string', description: 'Mã lĩnh vực của chỉ tiêu.' },
          name: text('Tên chỉ tiêu như in trong biểu mẫu và báo cáo.'),
          unit: { type: 'string', description: 'Đơn vị tính: "hồ sơ", "%", "phút", "đơn vị".' },
          type: {
            enum: [...VALUE_TYPES],
            description:
              'Kiểu giá trị: count (số đếm, số nguyên ≥ 0), percent (tỷ lệ %), number (số), boolean (Có/Không), text (chữ), date (ngày thực hiện, YYYY-MM-DD), rating (một mức của thang xếp loại, cần scale).',
          },
          reportedBy: kinds('Loại đơn vị báo cáo chỉ tiêu. Tỷ lệ (ratio) không ai báo cáo: bỏ trống.'),
          requiredFor: kinds('Loại đơn vị bắt buộc phải báo cáo chỉ tiêu trong mọi kỳ.'),
          reporters: {
            type: 'object',
            description:
              'Đơn vị được chờ báo cáo chỉ tiêu, theo loại đơn vị: chỉ các đơn vị chủ trì một trong các lĩnh vực (leads trong units.yaml); loại không nêu: mọi đơn vị của loại đó.',
            propertyNames: { pattern: ID_PATTERN },
            additionalProperties: {
              type: 'object',
              additionalProperties: false,
              minProperties: 1,
              properties: {
                leads: { type: 'array', items: { type: 'string', pattern: ID_PATTERN }, minItems: 1, uniqueItems: true, description: 'Mã các lĩnh vực.' },
                roles: { type: 'array', items: { type: 'string', pattern: ID_PATTERN }, minItems: 1, uniqueItems: true, description: 'Mã các vai trò trong roles.' },
              },
            },
          },
          aggregation: {
            type: 'object',
            additionalProperties: false,
            required: ['units', 'time'],
            description:
              'Cách cộng dồn. Mặc định: count cộng (sum, sum); boolean: tất cả đều Có (all, last); date: ngày muộn nhất (max, last); rating: mức thấp nhất (min, last); text: không cộng. Chỉ tiêu number, percent báo cáo trực tiếp phải ghi rõ. Tỷ lệ (ratio) không có aggregation: luôn tính lại từ tổng tử số và mẫu số, ghép cặp theo từng báo cáo.',
            properties: {
              units: { enum: ['sum', 'max', 'min', 'all', 'any', 'none'], description: 'Giữa các đơn vị: sum, max, min, all (tất cả Có), any (có một đơn vị Có), none.' },
              time: { enum: ['sum', 'last', 'max', 'min', 'all', 'any', 'none'], description: 'Giữa các kỳ (năm từ các quý): sum, last (giá trị cuối kỳ), max, min, all, any, none.' },
            },
          },
          ratio: {
            type: 'object',
            additionalProperties: false,
            required: ['numerator', 'denominator'],
            description: 'Tỷ lệ = 100 × tử số ÷ mẫu số, tính từ tổng số liệu của các đơn vị (không lấy bình quân tỷ lệ).',
            properties: {
              numerator: { type: 'string', description: 'Mã chỉ tiêu đếm làm tử số.' },
              denominator: { type: 'string', description: 'Mã chỉ tiêu đếm làm mẫu số.' },
            },
          },
          window: {
            enum: ['period', 'year-to-date'],
            description:
              'Số liệu đọc theo kỳ (period) hay lũy kế từ đầu năm (year-to-date). Mặc định: year-to-date khi chỉ tiêu có mục tiêu đánh giá theo năm (evaluate: year), còn lại period.',
          },
          notAbove: { type: 'array', items: { type: 'string' }, description: 'Các chỉ tiêu mà giá trị này không được vượt quá (bộ phận không vượt tổng).' },
          sumOf: { type: 'array', items: { type: 'string' }, minItems: 2, description: 'Các chỉ tiêu thành phần cộng lại bằng giá trị này.' },
          scale: { type: 'string', description: 'Với type: rating, mã thang xếp loại trong scales.' },
          breakdown: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'items'],
            description:
              'Với tỷ lệ: số liệu chia theo lĩnh vực ("trong đó lĩnh vực đất đai, xây dựng, đầu tư ≥ 90%"). Mỗi mục sinh hai chỉ tiêu đếm <mã tử số>.<mục>, <mã mẫu số>.<mục> và tỷ lệ <mã>.<mục> mang các mục tiêu targets dưới đây.',
            properties: {
              name: text('Tên chung của các mục trong câu văn: "lĩnh vực".'),
              items: {
                type: 'array',
                minItems: 1,
                description: 'Các mục (lĩnh vực) chia số liệu, mỗi mục có mã và tên: { id: dat-dai, name: đất đai }.',
                items: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['id', 'name'],
                  properties: { id: id('Mã mục.'), name: text('Tên mục: "đất đai".') },
                },
              },
              targets: { type: 'array', items: { $ref: '#/$defs/target' }, description: 'Mục tiêu áp dụng cho tỷ lệ của từng mục.' },
            },
          },
          targets: { type: 'array', items: { $ref: '#/$defs/target' }, description: 'Các mục tiêu của kế hoạch cho chỉ tiêu này.' },
          hint: { type: 'string', description: 'Hướng dẫn ngắn in trong biểu mẫu.' },
          chart: { type: 'boolean', description: 'Vẽ diễn biến theo quý trong báo cáo.' },
          rank: {
            type: 'boolean',
            description:
              'Chỉ tiêu là thứ hạng (1 là đứng đầu, số nhỏ hơn là tốt hơn): mục tiêu change giảm số hạng (direction: decrease) được viết là "tăng ≥ 2 bậc", ngưỡng max là "trong 3 hạng đầu".',
          },
          shortName: { ...text('Tên ngắn của chỉ tiêu trong chú giải biểu đồ ("Tỷ lệ hồ sơ đúng hạn"); mặc định là tên.'), maxLength: 60 },
        },
      },
      target: {
        type: 'object',
        additionalProperties: false,
        required: ['text'],
        description:
          'Một mục tiêu: ngưỡng (min, max, equals, minRating, deadline, ramp, relative hoặc change), có thể kèm share (tỷ lệ đơn vị đạt), cumulative (lũy kế), when (điều kiện), by (đến năm), level (cấp).',
        properties: {
          text: text('Nguyên văn câu chữ của kế hoạch cho mục tiêu này (chép đúng từng chữ).'),
          note: { type: 'string', description: 'Cách hiểu khi câu chữ của kế hoạch chưa nói rõ con số (ví dụ "Top dẫn đầu" hiểu là trong 3 đơn vị đứng đầu). Báo cáo in kèm mục tiêu.' },
          cite: {
            type: 'object',
            additionalProperties: false,
            required: ['source'],
            description: 'Văn bản mục tiêu được lấy từ đó.',
            properties: { source: { type: 'string', description: 'Mã văn bản trong sources.' }, at: { type: 'string', description: 'Vị trí trong văn bản: "Mục II.2.b", "Điều 3".' } },
          },
          level: { type: 'string', description: 'Cấp áp dụng (một khóa của levels); bỏ trống: mọi cấp.' },
          fromYear: year('Năm đầu áp dụng; mặc định năm đầu kế hoạch.'),
          toYear: year('Năm cuối áp dụng; mặc định năm cuối kế hoạch (với deadline một lần: năm của hạn).'),
          by: year('"Đến năm N": trước năm N mục tiêu được nêu nhưng chưa đánh giá.'),
          min: { type: 'number', description: 'Ngưỡng dưới: đạt khi giá trị ≥ min.' },
          max: { type: 'number', description: 'Ngưỡng trên: đạt khi giá trị ≤ max.' },
          stretch: { type: 'number', description: 'Mức phấn đấu cao hơn min (khoảng 30-40%: min 30, stretch 40); không đạt stretch không phải là chưa đạt.' },
          equals: { type: 'boolean', description: 'Với chỉ tiêu Có/Không: giá trị phải đạt.' },
          minRating: { type: 'string', description: 'Với chỉ tiêu xếp loại (rating): mức thấp nhất được coi là đạt, ví dụ tot ("từ loại Tốt trở lên").' },
          deadline: {
            type: 'string',
            pattern: '^([0-9]{4}-)?[0-9]{2}-[0-9]{2}$',
            description: 'Với chỉ tiêu ngày (date): hạn hoàn thành. YYYY-MM-DD một lần ("trước ngày 31/12/2021"); MM-DD hằng năm ("12-31": trong năm, trước ngày 31/12). Nhiều đơn vị: mọi đơn vị phải hoàn thành (hoặc theo share).',
          },
          ramp: {
            type: 'object',
            additionalProperties: false,
            required: ['startYear', 'start', 'step', 'cap'],
            description: 'Lộ trình tăng dần: năm startYear đạt start, mỗi năm tăng step, tối đa cap.',
            properties: {
              startYear: year('Năm bắt đầu lộ trình.'),
              start: { type: 'number', description: 'Mức của năm bắt đầu.' },
              step: { type: 'number', description: 'Mức tăng mỗi năm.' },
              cap: { type: 'number', description: 'Mức tối đa.' },
            },
          },
          relative: {
            type: 'object',
            additionalProperties: false,
            required: ['baselineYear', 'changePercent', 'bound'],
            description: 'Cách viết cũ của change: ngưỡng = giá trị năm gốc × (100 + changePercent) ÷ 100.',
            properties: {
              baselineYear: year('Năm gốc.'),
              changePercent: { type: 'number', description: 'Thay đổi so với năm gốc, %: -10 là giảm 10%.' },
              bound: { enum: ['max', 'min'], description: 'Ngưỡng tính được là ngưỡng trên (max) hay dưới (min).' },
            },
          },
          change: {
            type: 'object',
            additionalProperties: false,
            required: ['against', 'direction'],
            description:
              'Thay đổi so với năm gốc hoặc cùng kỳ năm trước: "giảm tối thiểu 30 phút so với năm 2021", "năm sau cao hơn năm trước", "tăng ít nhất 2 bậc". Năm gốc lấy từ baselines của cchc.yaml, nếu không có thì từ số liệu năm đó.',
            properties: {
              against: {
                oneOf: [year('Năm gốc.'), { const: 'previous-year', description: 'Cùng kỳ năm trước.' }],
                description: 'So với: một năm gốc (2021) hoặc previous-year (cùng kỳ năm trước).',
              },
              direction: { enum: ['increase', 'decrease'], description: 'increase: tăng; decrease: giảm (thứ hạng tăng bậc là giảm số hạng).' },
              by: { type: 'number', minimum: 0, description: 'Mức thay đổi tối thiểu; bỏ trống: chỉ cần tăng (giảm) so với giá trị so sánh.' },
              as: { enum: ['amount', 'percent'], description: 'amount: theo đơn vị tính của chỉ tiêu (điểm % với tỷ lệ); percent: % của giá trị so sánh. Mặc định amount.' },
            },
          },
          share: {
            type: 'object',
            additionalProperties: false,
            required: ['min'],
            description: 'Tỷ lệ đơn vị đạt ngưỡng: ngưỡng của mục tiêu áp dụng cho từng đơn vị, và ít nhất min % số đơn vị phải đạt ("80% số xã đạt …"). Đơn vị không có số liệu là chưa đạt.',
            properties: {
              min: { type: 'number', minimum: 0, maximum: 100, description: 'Tỷ lệ đơn vị phải đạt, %.' },
              kinds: kinds('Loại đơn vị được tính; mặc định mọi loại báo cáo chỉ tiêu.'),
            },
          },
          cumulative: { type: 'boolean', description: 'Đánh giá trên số lũy kế từ năm đầu kế hoạch (hoặc fromYear) đến hết kỳ báo cáo.' },
          when: {
            type: 'object',
            additionalProperties: false,
            required: ['indicator', 'text'],
            description: 'Điều kiện ("khi có đủ điều kiện"): chỉ đánh giá khi chỉ tiêu điều kiện đạt (mặc định: số > 0 hoặc Có); nếu không, mục tiêu "chưa đủ điều kiện áp dụng".',
            properties: {
              indicator: { type: 'string', description: 'Mã chỉ tiêu điều kiện.' },
              min: { type: 'number', description: 'Điều kiện đạt khi giá trị ≥ min.' },
              equals: { type: 'boolean', description: 'Điều kiện đạt khi giá trị bằng equals.' },
              text: text('Câu chữ của kế hoạch cho điều kiện: "khi có đủ điều kiện".'),
            },
          },
          evaluate: { enum: ['period', 'year'], description: 'period: đánh giá ở mọi kỳ; year: chỉ đánh giá trên số liệu cả năm (chỉ tiêu hằng năm).' },
        },
      },
    },
  };
}
