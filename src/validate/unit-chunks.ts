import { basename, extname } from 'node:path';

/**
 * Files a chunk (at least) when checking unit by unit: threads share the work
 * evenly to the end, a message a chunk costs little, and the submissions a
 * chunk holds as context die young (a large chunk's survive collections and
 * cost the collector more than the rest of the check).
 */
export const UNIT_CHUNK_FILES = 16;

/**
 * Splits a batch of submission files into chunks of at least `minFiles` files
 * (file indices, ascending within a chunk) that keep each unit's files together:
 * files with the same name (the unit id: one per period) go to the same chunk,
 * so the chunk that checks a quarter has read its previous quarter itself.
 * Chunks follow the order in which units first appear.
 */
export function unitChunks(files: readonly string[], minFiles: number): number[][] {
  const byStem = new Map<string, number[]>();
  files.forEach((f, i) => {
    const stem = basename(f, extname(f));
    const group = byStem.get(stem);
    if (group) group.push(i);
    else byStem.set(stem, [i]);
  });
  const chunks: number[][] = [];
  let current: number[] = [];
  for (const group of byStem.values()) {
    for (const i of group) current.push(i);
    if (current.length >= minFiles) {
      chunks.push(current.sort((a, b) => a - b));
      current = [];
    }
  }
  if (current.length) chunks.push(current.sort((a, b) => a - b));
  return chunks;
}
