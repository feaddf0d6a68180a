import { DRAFT, SCHEMA_BASE, type JsonSchema } from './common.js';

const day: JsonSchema = { type: 'integer', minimum: 1, maximum: 31 };

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
      plan: { type: 'string', minLength: 1, description: 'Đường dẫn tệp kế hoạch CCHC (mặc định: kế hoạch đi kèm cchc)' },
      due: {
        type: 'object',
        additionalProperties: false,
        properties: { quarter: day, half: day, year: day },
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
        additionalProperties: false,
        properties: {
          jumpFactor: { type: 'number', exclusiveMinimum: 1, description: 'Hệ số tăng/giảm bất thường so với kỳ trước' },
        },
      },
      templates: { type: 'string', minLength: 1, description: 'Thư mục mẫu báo cáo riêng của cơ quan' },
    },
  };
}
