/** Shared pieces of the generated JSON Schemas (draft 2020-12). */
export const DRAFT = 'https://json-schema.org/draft/2020-12/schema';
export const SCHEMA_BASE = 'https://cchc.vn/schemas/';

export type JsonSchema = { [key: string]: unknown };

export const ID_PATTERN = '^[a-z0-9][a-z0-9-]*$';
export const DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
export const PERIOD_PATTERN = '^[0-9]{4}([QqSsHh][1-4])?$';

export const idString = (description: string): JsonSchema => ({
  type: 'string',
  pattern: ID_PATTERN,
  description,
});
export const dateString = (description: string): JsonSchema => ({
  type: 'string',
  pattern: DATE_PATTERN,
  description,
});
