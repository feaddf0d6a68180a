import type { Formatter } from './types.js';
import { json } from './json.js';
import { stylish } from './stylish.js';

/** The registry is also the list of `--format` choices: one file plus one line per formatter. */
export const FORMATTERS = {
  stylish,
  json,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];
