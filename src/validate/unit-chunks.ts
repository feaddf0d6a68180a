import { basename, extname } from 'node:path';

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
