import { DRAFT, SCHEMA_BASE, type JsonSchema } from './common.js';

const day: JsonSchema = { type: 'integer', minimum: 1, maximum: 31 };
const isoDate: JsonSchema = { type: 'string', pattern: '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$', description: 'Ngày, dạng YYYY-MM-DD' };

/** A document the report cites: number and symbol, date, issuer, subject. */
function documentRef(description: string, required: string[]): JsonSchema {
  return {
    type: 'object',
    additionalProperties: false,
    required,
    description,
    properties: {
      number: { type: 'string', minLength: 1, description: 'Số, ký hiệu văn bản, ví dụ 3148/KH-UBND' },
      date: { ...isoDate, description: 'Ngày ban hành, dạng YYYY-MM-DD' },
      issuer: { type: 'string', minLength: 1, description: 'Cơ quan ban hành (mặc định: tên ngắn của cơ quan tổng hợp)' },
      subject: { type: 'string', minLength: 1, description: 'Trích yếu, viết sau chữ "về"' },
    },
  };
}

/** Schema of cchc.yaml, the report repository's configuration. */
export function configSchema(): JsonSchema {
  return {
    $schema: DRAFT,
    $id: `${SCHEMA_BASE}config.schema.json`,
    title: 'Cấu hình kho báo cáo CCHC (cchc.yaml)',
    type: 'object',
    additionalProperties: false,
    required: ['body', 'signer'],
    properties: {
      body: {
        type: 'object',
        description: 'Cơ quan tổng hợp báo cáo (cơ quan ban hành báo cáo): tên, cơ quan chủ quản, tên gọn, địa danh, ký hiệu văn bản',
        additionalProperties: false,
        required: ['name', 'shortName', 'place'],
        properties: {
          name: { type: 'string', minLength: 1, description: 'Tên cơ quan ban hành, chữ in hoa' },
          parent: { type: 'string', description: 'Tên cơ quan chủ quản, chữ in hoa' },
          shortName: { type: 'string', minLength: 1, description: 'Tên viết gọn dùng trong văn bản' },
          place: { type: 'string', minLength: 1, description: 'Địa danh ghi ở dòng ngày tháng' },
          symbol: { type: 'string', description: 'Ký hiệu văn bản, ví dụ BC-UBND' },
        },
      },
      signer: {
        type: 'object',
        description: 'Người ký báo cáo: quyền hạn ký, chức vụ, họ và tên',
        additionalProperties: false,
        required: ['authority', 'title', 'name'],
        properties: {
          authority: { type: 'string', description: 'Quyền hạn ký, ví dụ TM. ỦY BAN NHÂN DÂN' },
          title: { type: 'string', description: 'Chức vụ người ký, ví dụ CHỦ TỊCH' },
          name: { type: 'string', description: 'Họ và tên người ký' },
        },
      },
      recipients: { type: 'array', items: { type: 'string' }, description: 'Nơi nhận' },
      // An empty path would silently mean the bundled plan: left out means that, "" is a mistake.
      plan: { type: 'string', minLength: 1, description: 'Đường dẫn tệp kế hoạch CCHC (mặc định: kế hoạch đi kèm cchc). Kho đổi kế hoạch theo ngày thì dùng plans.' },
      plans: {
        type: 'array',
        minItems: 1,
        description:
          'Các kế hoạch theo thời gian, mỗi kế hoạch áp dụng từ ngày from (đầu một quý) đến trước kế hoạch sau: số liệu năm 2025 theo kế hoạch 2021 - 2025, năm 2026 theo kế hoạch 2026 - 2030. Một kỳ báo cáo dùng một kế hoạch; kỳ trải qua hai kế hoạch thì báo cáo từng phần.',
        items: {
          type: 'object',
          additionalProperties: false,
          properties: {
            from: {
              type: 'string',
              pattern: '^[0-9]{4}-(01|04|07|10)-01$',
              description: 'Ngày bắt đầu áp dụng (YYYY-MM-DD, ngày đầu một quý); bỏ trống ở kế hoạch đầu tiên: áp dụng từ trước.',
            },
            file: { type: 'string', minLength: 1, description: 'Đường dẫn tệp kế hoạch; bỏ trống: kế hoạch đi kèm cchc.' },
          },
        },
      },
      due: {
        type: 'object',
        additionalProperties: false,
        properties: {
          quarter: { ...day, description: 'Hạn gửi báo cáo quý: ngày trong tháng cuối quý' },
          half: { ...day, description: 'Hạn gửi báo cáo 6 tháng: ngày trong tháng 6' },
          year: { ...day, description: 'Hạn gửi báo cáo năm: ngày trong tháng 12' },
        },
        description: 'Hạn gửi báo cáo: ngày trong tháng cuối của kỳ',
      },
      cutoffDay: { ...day, description: 'Ngày chốt số liệu (mặc định 14)' },
      finalDays: {
        type: 'boolean',
        description:
          'Đơn vị chấm dứt hoạt động (validTo) trước ngày chốt số liệu của một quý vẫn phải báo cáo quý đó cho những ngày cuối của mình (mặc định false)',
      },
      lateness: {
        enum: ['parts', 'period'],
        description:
          'Báo cáo 6 tháng, năm tổng hợp từ các quý: trễ hạn tính theo hạn của từng quý (parts, mặc định) hay theo hạn của kỳ 6 tháng, năm (period)',
      },
      baselines: {
        type: 'object',
        propertyNames: { pattern: '^[0-9]{4}$' },
        additionalProperties: { type: 'object', additionalProperties: { type: 'number' } },
        description: 'Số liệu năm gốc, ví dụ 2021: { dv-sncl: 45 }',
      },
      validation: {
        type: 'object',
        description: 'Tùy chọn kiểm tra số liệu',
        additionalProperties: false,
        properties: {
          jumpFactor: { type: 'number', exclusiveMinimum: 1, description: 'Hệ số tăng/giảm bất thường so với kỳ trước' },
        },
      },
      templates: { type: 'string', minLength: 1, description: 'Thư mục mẫu báo cáo riêng của cơ quan' },
      basis: {
        type: 'object',
        additionalProperties: false,
        description: 'Căn cứ ghi ở phần mở đầu báo cáo',
        properties: {
          plan: documentRef('Kế hoạch CCHC giai đoạn của cơ quan', ['number', 'date']),
          annualPlans: {
            type: 'object',
            propertyNames: { pattern: '^[0-9]{4}$' },
            additionalProperties: documentRef('Kế hoạch CCHC năm', ['number', 'date']),
            description: 'Kế hoạch CCHC hằng năm, theo năm, ví dụ "2024": { number: 25/KH-UBND, date: 2024-01-12 }',
          },
          requests: {
            type: 'array',
            description: 'Văn bản của cấp trên yêu cầu báo cáo',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['document', 'number', 'date', 'issuer'],
              properties: {
                document: { type: 'string', minLength: 1, description: 'Loại văn bản, ví dụ Công văn' },
                number: { type: 'string', minLength: 1, description: 'Số, ký hiệu văn bản' },
                date: { ...isoDate, description: 'Ngày ban hành, dạng YYYY-MM-DD' },
                issuer: { type: 'string', minLength: 1, description: 'Cơ quan ban hành, ví dụ Sở Nội vụ tỉnh Hải Dương' },
                subject: { type: 'string', minLength: 1, description: 'Trích yếu, ví dụ về việc báo cáo công tác CCHC quý II năm 2024' },
                periods: {
                  type: 'array',
                  items: {
                    anyOf: [
                      { type: 'string', pattern: '^[0-9]{4}([QSH][1-4])?$' },
                      { type: 'integer', minimum: 1000, maximum: 9999 },
                    ],
                  },
                  description: 'Các kỳ báo cáo áp dụng, ví dụ [2024Q2, 2024S1]; bỏ trống: mọi kỳ',
                },
              },
            },
          },
        },
      },
    },
  };
}
