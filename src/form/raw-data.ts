/**
 * Submission data before the schema has checked it: whatever a YAML or xlsx
 * file held. These helpers read it without trusting its shape.
 */
export function getIn(data: unknown, path: readonly (string | number)[]): unknown {
  let node = data;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, seg)) return undefined;
    node = (node as Record<string, unknown>)[String(seg)];
  }
  return node;
}

/** Own enumerable keys of a mapping; none for anything else. */
export function keysOf(data: unknown): string[] {
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data) : [];
}
