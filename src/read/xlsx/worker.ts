import { readWorkbook } from './read-workbook.js';
import type { XlsxLimits } from './guard.js';

/**
 * The xlsx reader's process (started by isolate.ts): one workbook per
 * message, answered with plain data; it ends when the CLI that started it
 * does.
 */
process.on('message', (msg: { id: number; bytes: Uint8Array; limits: XlsxLimits }) => {
  readWorkbook(msg.bytes, msg.limits).then(
    (reading) => process.send?.({ id: msg.id, reading }),
    (err: unknown) =>
      process.send?.({
        id: msg.id,
        reading: {
          data: undefined,
          places: [],
          problems: [
            { severity: 'error', code: 'xlsx-unreadable', params: { detail: err instanceof Error ? err.message : String(err) }, cell: null, path: '' },
          ],
          origin: null,
        },
      }),
  );
});
process.on('disconnect', () => process.exit(0));
