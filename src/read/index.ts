import { extname } from 'node:path';
import type { ReadResult } from './types.js';
import { readYaml } from './yaml.js';
import { readXlsx } from './xlsx.js';

/** A reader turns a file's bytes into raw submission data plus a locator. */
export type SubmissionReader = (bytes: Uint8Array) => ReadResult | Promise<ReadResult>;

/**
 * Readers by file extension: also the list of file types `validate` picks up
 * in folders. Heavy readers are imported only when such a file is met.
 */
export const READERS: Record<string, SubmissionReader> = {
  '.yaml': readYaml,
  '.yml': readYaml,
  '.xlsx': readXlsx,
};

export const SUBMISSION_EXTENSIONS = Object.keys(READERS);

export function readerFor(file: string): SubmissionReader | undefined {
  return READERS[extname(file).toLowerCase()];
}
