import type { Plan } from '../plan/model.js';
import { DRAFT, SCHEMA_BASE, ID_PATTERN, idString, dateString, type JsonSchema } from './common.js';

/** Schema of units.yaml, the registry of reporting units, for a plan's areas, kinds and roles. */
export function unitsSchema(plan: Pick<Plan, 'areas' | 'kinds' | 'roles'>): JsonSchema {
  const areaIds = plan.areas.map((a) => a.id);
  const roleIds = Object.keys(plan.roles);
  return {
    $schema: DRAFT,
    $id: `${SCHEMA_BASE}units.schema.json`,
    title: 'Danh sách đơn vị báo cáo (units.yaml)',
    type: 'object',
    additionalProperties: false,
    required: ['units'],
    properties: {
      kinds: {
        type: 'array',
        description: 'Loại đơn vị riêng của kho báo cáo, thêm vào các loại của kế hoạch (ví dụ đặc khu, phòng chuyên môn thuộc UBND xã).',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'name'],
          properties: {
            id: idString('Mã loại đơn vị'),
            name: { type: 'string', minLength: 1, description: 'Tên loại trong câu văn, chữ thường: "đặc khu"' },
            group: { type: 'string', pattern: ID_PATTERN, description: 'Nhóm trong bảng của báo cáo; mặc định: mã của loại' },
            groupName: { type: 'string', description: 'Tên nhóm; {kinds} là tên các loại có mặt' },
          },
        },
      },
      units: {
        type: 'array',
        description: 'Các cơ quan, đơn vị báo cáo cho cơ quan tổng hợp, mỗi đơn vị một mục',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'name', 'kind'],
          properties: {
            id: idString('Mã đơn vị: chữ thường không dấu, số và dấu gạch ngang, ví dụ xa-dai-son'),
            name: { type: 'string', minLength: 1, description: 'Tên đơn vị (tiếng Việt có dấu)' },
            kind: {
              enum: plan.kinds.map((k) => k.id),
              description: `Loại đơn vị: ${plan.kinds.map((k) => `${k.id} = ${k.name}`).join('; ')}`,
            },
            validFrom: dateString('Ngày bắt đầu hoạt động (YYYY-MM-DD), để trống nếu không giới hạn'),
            validTo: dateString('Ngày kết thúc hoạt động (YYYY-MM-DD), để trống nếu không giới hạn'),
            leads: {
              type: 'array',
              uniqueItems: true,
              items: areaIds.length ? { enum: [...areaIds] } : { type: 'string' },
              description: 'Các lĩnh vực CCHC đơn vị chủ trì (viết báo cáo chuyên đề)',
            },
            roles: {
              type: 'array',
              uniqueItems: true,
              items: roleIds.length ? { enum: roleIds } : { type: 'string', pattern: ID_PATTERN },
              description: `Vai trò của đơn vị trong kế hoạch (ngoài lĩnh vực chủ trì)${roleIds.length ? `: ${Object.entries(plan.roles).map(([id, r]) => `${id} = ${r.name}`).join('; ')}` : ''}`,
            },
          },
        },
      },
    },
  };
}
