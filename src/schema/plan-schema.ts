import { UNIT_KINDS } from '../plan/model.js';
import { DRAFT, SCHEMA_BASE, ID_PATTERN, type JsonSchema } from './common.js';

const kinds: JsonSchema = { type: 'array', items: { enum: [...UNIT_KINDS] }, uniqueItems: true };
const year: JsonSchema = { type: 'integer', minimum: 2000, maximum: 2100 };

/** Schema of a plan catalogue file (plans/*.yaml). */
export function planSchema(): JsonSchema {
  return {
    $schema: DRAFT,
    $id: `${SCHEMA_BASE}plan.schema.json`,
    title: 'Danh mục kế hoạch CCHC (lĩnh vực, chỉ tiêu, mục tiêu, nhiệm vụ)',
    type: 'object',
    additionalProperties: false,
    required: ['id', 'version', 'title', 'issuer', 'fromYear', 'toYear', 'levels', 'areas', 'indicators', 'tasks'],
    properties: {
      id: { type: 'string', pattern: ID_PATTERN },
      version: { type: 'string' },
      title: { type: 'string', minLength: 1 },
      issuer: { type: 'string', minLength: 1 },
      fromYear: year,
      toYear: year,
      levels: { type: 'object', additionalProperties: kinds, minProperties: 1 },
      levelNames: { type: 'object', additionalProperties: { type: 'string' } },
      areas: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'code', 'title', 'lead'],
          properties: {
            id: { type: 'string', pattern: ID_PATTERN },
            code: { type: 'string' },
            title: { type: 'string', minLength: 1 },
            lead: { type: 'string' },
          },
        },
      },
      indicators: { type: 'array', items: { $ref: '#/$defs/indicator' } },
      tasks: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'area', 'title', 'reportedBy'],
          properties: {
            id: { type: 'string', pattern: ID_PATTERN },
            area: { type: 'string' },
            title: { type: 'string', minLength: 1 },
            reportedBy: kinds,
          },
        },
      },
    },
    $defs: {
      indicator: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'area', 'name', 'unit', 'type', 'reportedBy'],
        // A reported indicator says how its values combine; a rate has no aggregation of its own
        // (its counts, paired per report, decide; plan consistency refuses one).
        if: { required: ['ratio'] },
        else: { required: ['aggregation'] },
        properties: {
          id: { type: 'string', pattern: ID_PATTERN },
          area: { type: 'string' },
          name: { type: 'string', minLength: 1 },
          unit: { type: 'string' },
          type: { enum: ['count', 'percent', 'number', 'boolean', 'text'] },
          reportedBy: kinds,
          requiredFor: kinds,
          reporters: {
            type: 'object',
            description:
              'Đơn vị được chờ báo cáo chỉ tiêu, theo loại đơn vị: chỉ các đơn vị chủ trì một trong các lĩnh vực (leads trong units.yaml); loại không nêu: mọi đơn vị của loại đó.',
            propertyNames: { enum: [...UNIT_KINDS] },
            additionalProperties: {
              type: 'object',
              additionalProperties: false,
              required: ['leads'],
              properties: { leads: { type: 'array', items: { type: 'string', pattern: ID_PATTERN }, minItems: 1, uniqueItems: true } },
            },
          },
          aggregation: {
            type: 'object',
            additionalProperties: false,
            required: ['units', 'time'],
            properties: {
              units: { enum: ['sum', 'max', 'min', 'all', 'any', 'none'] },
              time: { enum: ['sum', 'last', 'max', 'min', 'all', 'any', 'none'] },
            },
          },
          ratio: {
            type: 'object',
            additionalProperties: false,
            required: ['numerator', 'denominator'],
            properties: { numerator: { type: 'string' }, denominator: { type: 'string' } },
          },
          window: {
            enum: ['period', 'year-to-date'],
            description:
              'Số liệu đọc theo kỳ (period) hay lũy kế từ đầu năm (year-to-date). Mặc định: year-to-date khi chỉ tiêu có mục tiêu đánh giá theo năm (evaluate: year), còn lại period.',
          },
          notAbove: { type: 'array', items: { type: 'string' } },
          sumOf: { type: 'array', items: { type: 'string' }, minItems: 2 },
          targets: { type: 'array', items: { $ref: '#/$defs/target' } },
          hint: { type: 'string' },
          chart: { type: 'boolean' },
        },
      },
      target: {
        type: 'object',
        additionalProperties: false,
        required: ['text'],
        properties: {
          level: { type: 'string' },
          fromYear: year,
          toYear: year,
          by: year,
          min: { type: 'number' },
          max: { type: 'number' },
          stretch: { type: 'number' },
          equals: { type: 'boolean' },
          ramp: {
            type: 'object',
            additionalProperties: false,
            required: ['startYear', 'start', 'step', 'cap'],
            properties: { startYear: year, start: { type: 'number' }, step: { type: 'number' }, cap: { type: 'number' } },
          },
          relative: {
            type: 'object',
            additionalProperties: false,
            required: ['baselineYear', 'changePercent', 'bound'],
            properties: {
              baselineYear: year,
              changePercent: { type: 'number' },
              bound: { enum: ['max', 'min'] },
            },
          },
          evaluate: { enum: ['period', 'year'] },
          text: { type: 'string', minLength: 1 },
        },
      },
    },
  };
}
