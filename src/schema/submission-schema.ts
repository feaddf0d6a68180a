import type { Indicator, Plan, Task } from '../plan/model.js';
import { TASK_STATUSES } from '../plan/model.js';
import { ADDRESSEES } from '../model/submission.js';
import { DRAFT, SCHEMA_BASE, PERIOD_PATTERN, DATE_PATTERN, idString, dateString, type JsonSchema } from './common.js';

function valueSchema(ind: Indicator, plan: Plan): JsonSchema {
  const description = `${ind.name} (${ind.unit})${ind.hint ? `. ${ind.hint}` : ''}`;
  switch (ind.type) {
    case 'count':
      return { type: ['integer', 'null'], minimum: 0, description };
    case 'percent':
      return { type: ['number', 'null'], minimum: 0, maximum: 100, description };
    case 'number':
      return { type: ['number', 'null'], minimum: 0, description };
    case 'boolean':
      return { type: ['boolean', 'null'], description };
    case 'text':
      return { type: ['string', 'null'], description };
    case 'date':
      return { type: ['string', 'null'], pattern: DATE_PATTERN, description: `${description}. Ngày thực hiện (YYYY-MM-DD); để trống khi chưa thực hiện` };
    case 'rating': {
      const levels = plan.scales[ind.scale ?? ''] ?? [];
      const names = levels.map((l) => `${l.id} = ${l.name}`).join('; ');
      return { enum: [...levels.map((l) => l.id), null], description: `${description}. ${names}` };
    }
  }
}

function taskSchema(task: Task): JsonSchema {
  return {
    description: task.title,
    anyOf: [
      // null: not reported yet (the empty form lists every task with null).
      { type: 'null' },
      { $ref: '#/$defs/taskStatus' },
      {
        type: 'object',
        additionalProperties: false,
        required: ['status'],
        properties: { status: { $ref: '#/$defs/taskStatus' }, note: { type: 'string', description: 'Ghi chú về tình hình thực hiện nhiệm vụ' } },
      },
    ],
  };
}

/**
 * The submission schema for a plan: one sub-schema per area under $defs, each
 * listing the area's reportable indicators (never the computed ratios) and tasks.
 */
export function submissionSchema(plan: Plan): JsonSchema {
  const defs: Record<string, JsonSchema> = {
    taskStatus: {
      enum: [...TASK_STATUSES],
      description: 'done = hoàn thành; in-progress = đang thực hiện; not-started = chưa thực hiện',
    },
    narrative: {
      type: 'object',
      additionalProperties: false,
      description: 'Thuyết minh của đơn vị về lĩnh vực',
      properties: {
        results: { type: 'string', description: 'Kết quả đạt được' },
        difficulties: {
          type: 'array',
          description: 'Khó khăn, hạn chế: mỗi mục một vấn đề (issue) và nguyên nhân của nó (cause)',
          items: { $ref: '#/$defs/difficulty' },
        },
        shortcomings: {
          type: 'string',
          description: 'Tồn tại, hạn chế và nguyên nhân (mẫu cũ, một đoạn văn; nên dùng difficulties)',
        },
        nextTasks: { type: 'string', description: 'Nhiệm vụ trọng tâm kỳ tới' },
        proposals: {
          // A list of items, or one text (the form before proposals had addressees).
          type: ['array', 'string'],
          description: 'Đề xuất, kiến nghị: mỗi mục một nội dung (text) và nơi nhận (to)',
          items: { $ref: '#/$defs/proposal' },
        },
      },
    },
    difficulty: {
      type: 'object',
      additionalProperties: false,
      required: ['issue'],
      properties: {
        issue: { type: 'string', description: 'Khó khăn, hạn chế' },
        cause: { type: ['string', 'null'], description: 'Nguyên nhân' },
      },
    },
    proposal: {
      type: 'object',
      additionalProperties: false,
      required: ['text'],
      properties: {
        text: { type: 'string', description: 'Nội dung đề xuất, kiến nghị' },
        to: {
          enum: [...ADDRESSEES, null],
          description:
            'Nơi nhận: body = cơ quan tổng hợp báo cáo (UBND cấp trên trực tiếp của đơn vị và các phòng, ban của UBND đó); ' +
            'upper = cấp trên của cơ quan tổng hợp (UBND tỉnh, sở, ngành tỉnh); central = bộ, ngành trung ương',
        },
      },
    },
  };
  const areaProps: Record<string, JsonSchema> = {};
  for (const area of plan.areas) {
    const values: Record<string, JsonSchema> = {};
    for (const ind of plan.indicators) if (ind.area === area.id && !ind.ratio) values[ind.id] = valueSchema(ind, plan);
    const tasks: Record<string, JsonSchema> = {};
    for (const task of plan.tasks) if (task.area === area.id) tasks[task.id] = taskSchema(task);
    defs[`area-${area.id}`] = {
      type: 'object',
      title: `${area.code}. ${area.title}`,
      additionalProperties: false,
      properties: {
        values: { type: 'object', additionalProperties: false, properties: values, description: 'Số liệu các chỉ tiêu của lĩnh vực (chưa có số liệu thì để null)' },
        tasks: { type: 'object', additionalProperties: false, properties: tasks, description: 'Tình hình thực hiện các nhiệm vụ của lĩnh vực mà đơn vị báo cáo' },
        narrative: { $ref: '#/$defs/narrative' },
      },
    };
    areaProps[area.id] = { $ref: `#/$defs/area-${area.id}` };
  }
  return {
    $schema: DRAFT,
    $id: `${SCHEMA_BASE}submission.schema.json`,
    title: `Báo cáo CCHC định kỳ của đơn vị — ${plan.title}`,
    'x-plan': { id: plan.id, version: plan.version },
    type: 'object',
    additionalProperties: false,
    required: ['unit', 'period', 'submitted', 'areas'],
    properties: {
      unit: idString('Mã đơn vị trong units.yaml'),
      period: {
        type: 'string',
        pattern: PERIOD_PATTERN,
        description: 'Kỳ báo cáo: 2024Q2 (quý), 2024S1 (6 tháng), 2024 (năm)',
      },
      submitted: dateString('Ngày gửi báo cáo (YYYY-MM-DD)'),
      preparedBy: {
        type: 'object',
        description: 'Người lập báo cáo và cách liên hệ',
        additionalProperties: false,
        required: ['name'],
        properties: {
          name: { type: 'string', minLength: 1, description: 'Người lập báo cáo' },
          title: { type: 'string', description: 'Chức vụ' },
          phone: { type: 'string', description: 'Điện thoại' },
          email: { type: 'string', description: 'Thư điện tử' },
        },
      },
      areas: { type: 'object', additionalProperties: false, properties: areaProps, description: 'Số liệu, nhiệm vụ và thuyết minh theo từng lĩnh vực CCHC của kế hoạch' },
    },
    $defs: defs,
  };
}
