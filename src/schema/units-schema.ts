import { UNIT_KINDS } from '../plan/model.js';
import { DRAFT, SCHEMA_BASE, idString, dateString, UNIT_KIND_TITLES, type JsonSchema } from './common.js';

/** Schema of units.yaml, the registry of reporting units. */
export function unitsSchema(areaIds: readonly string[]): JsonSchema {
  return {
    $schema: DRAFT,
    $id: `${SCHEMA_BASE}units.schema.json`,
    title: 'Danh sách đơn vị báo cáo (units.yaml)',
    type: 'object',
    additionalProperties: false,
    required: ['units'],
    properties: {
      units: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'name', 'kind'],
          properties: {
            id: idString('Mã đơn vị: chữ thường không dấu, số và dấu gạch ngang, ví dụ xa-dai-son'),
            name: { type: 'string', minLength: 1, description: 'Tên đơn vị (tiếng Việt có dấu)' },
            kind: {
              enum: [...UNIT_KINDS],
              description: `Loại đơn vị: ${UNIT_KINDS.map((k) => `${k} = ${UNIT_KIND_TITLES[k]}`).join('; ')}`,
            },
            validFrom: dateString('Ngày bắt đầu hoạt động (YYYY-MM-DD), để trống nếu không giới hạn'),
            validTo: dateString('Ngày kết thúc hoạt động (YYYY-MM-DD), để trống nếu không giới hạn'),
            leads: {
              type: 'array',
              uniqueItems: true,
              items: areaIds.length ? { enum: [...areaIds] } : { type: 'string' },
              description: 'Các lĩnh vực CCHC đơn vị chủ trì (viết báo cáo chuyên đề)',
            },
          },
        },
      },
    },
  };
}
