import type { Formatter } from './types.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

/** The registry is also the list of `--format` choices: one file plus one line per formatter. */
export const FORMATTERS = {
  stylish,
  json,
  junit,
  sarif,
  github,
  gitlab,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];
