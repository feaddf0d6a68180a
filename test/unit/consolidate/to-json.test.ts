import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { loadConsolidation } from '../../../src/cli/load-consolidation.js';
import { consolidate } from '../../../src/consolidate/consolidate.js';
import { consolidationJsonChunks, consolidationToJson, jsonChunks } from '../../../src/consolidate/to-json.js';

const ROOT = fileURLToPath(new URL('../../fixtures/consolidate/', import.meta.url));

describe('consolidation JSON in pieces', () => {
  it('joins to exactly JSON.stringify(…, null, 2) for a quarter, a half and a year', async () => {
    const { input } = await loadConsolidation(ROOT, '2024Q2', 'vi', { cwd: ROOT, today: '2025-01-31' });
    for (const period of ['2024Q2', '2024S1', '2024']) {
      const c = consolidate({ ...input, period });
      const pieces = [...consolidationJsonChunks(c)];
      expect(pieces.join('')).toBe(JSON.stringify(c, null, 2) + '\n');
      expect(consolidationToJson(c)).toBe(JSON.stringify(c, null, 2) + '\n');
      // Each unit is a piece of its own, however many units there are.
      for (const unit of c.units) {
        expect(pieces).toContain(JSON.stringify(unit, null, 2).replaceAll('\n', '\n    '));
      }
    }
  });

  it('matches JSON.stringify on any JSON data, including empty containers and undefined members', () => {
    const withHoles = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue(),
        fc.constant(undefined),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(fc.string(), tie('value'), { maxKeys: 4 }),
      ),
    })).value;
    fc.assert(
      fc.property(withHoles, (value) => {
        if (value === undefined) return;
        expect([...jsonChunks(value)].join('')).toBe(JSON.stringify(value, null, 2) + '\n');
      }),
      { numRuns: 500 },
    );
  });
});
