import { parentPort } from 'node:worker_threads';
import { readWorkbook } from './read-workbook.js';
import type { XlsxLimits } from './guard.js';

/** Worker thread of the xlsx reader: one workbook per message, answered with plain data. */
parentPort?.on('message', (msg: { id: number; bytes: Uint8Array; limits: XlsxLimits }) => {
  readWorkbook(msg.bytes, msg.limits).then(
    (reading) => parentPort?.postMessage({ id: msg.id, reading }),
    (err: unknown) =>
      parentPort?.postMessage({
        id: msg.id,
        reading: {
          data: undefined,
          places: [],
          problems: [
            { severity: 'error', code: 'xlsx-unreadable', params: { detail: err instanceof Error ? err.message : String(err) }, cell: null, path: '' },
          ],
        },
      }),
  );
});
