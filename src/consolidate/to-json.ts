import type { Consolidation } from './types.js';

/**
 * Depth down to which the JSON is written piece by piece; below it each value
 * is one `JSON.stringify` call. At depth 2 a piece is one unit, one indicator,
 * one task: small strings however many units there are.
 */
const SPLIT_DEPTH = 2;
const INDENT = '  ';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `JSON.stringify(value, null, 2)` of a value nested `depth` levels deep. */
function nested(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2);
  return depth === 0 ? text : text.replaceAll('\n', `\n${INDENT.repeat(depth)}`);
}

function* pieces(value: unknown, depth: number): Generator<string> {
  if (depth >= SPLIT_DEPTH || (!Array.isArray(value) && !isRecord(value))) {
    yield nested(value, depth);
    return;
  }
  const inner = INDENT.repeat(depth + 1);
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '' : ','}\n${inner}`;
      // As JSON.stringify: functions and undefined in arrays become null.
      const item: unknown = value[i];
      if (item === undefined || typeof item === 'function') yield 'null';
      else yield* pieces(item, depth + 1);
    }
    yield `\n${INDENT.repeat(depth)}]`;
    return;
  }
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || typeof item === 'function') continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* pieces(item, depth + 1);
  }
  yield first ? '{}' : `\n${INDENT.repeat(depth)}}`;
}

/**
 * The consolidation as printed by `cchc report --format json` (indented,
 * newline-terminated), in pieces whose concatenation is exactly
 * `JSON.stringify(consolidation, null, 2) + '\n'`. Written piece by piece, a
 * province's 10,000 units never become one 100 MB string.
 */
export function consolidationJsonChunks(consolidation: Consolidation): Generator<string> {
  return jsonChunks(consolidation);
}

/** Any plain JSON data (no toJSON methods) as `JSON.stringify(value, null, 2) + '\n'` in pieces. */
export function* jsonChunks(value: unknown): Generator<string> {
  yield* pieces(value, 0);
  yield '\n';
}

/** The whole JSON text at once (tests, small outputs). */
export function consolidationToJson(consolidation: Consolidation): string {
  return [...consolidationJsonChunks(consolidation)].join('');
}
