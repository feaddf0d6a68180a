import { formatNumber } from '../util/vi-format.js';
import { getLang } from '../i18n/index.js';

/** A progress line: `tick()` per item done, `done()` when finished (clears the line). */
export interface Progress {
  tick(count?: number): void;
  done(): void;
}

const SILENT: Progress = { tick: () => undefined, done: () => undefined };

/** Runs shorter than this show nothing: the line is for waits a person notices. */
const SHOW_AFTER_MS = 1000;
const REDRAW_MS = 100;

/**
 * A one-line "label: 1.234/3.000" on stderr, redrawn in place, only when
 * stderr is a terminal and not in CI: a CI log or a pipe never gets it, and
 * standard output (the result) is never touched.
 */
export function startProgress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || process.env['CI'] || total <= 1) return SILENT;
  const started = Date.now();
  let done = 0;
  let drawn = 0;
  let shown = false;
  const number = (n: number) => (getLang() === 'vi' ? formatNumber(n) : String(n));
  return {
    tick(count = 1) {
      done += count;
      const now = Date.now();
      if (now - started < SHOW_AFTER_MS || now - drawn < REDRAW_MS) return;
      drawn = now;
      shown = true;
      stream.write(`\r\x1b[K${label}: ${number(done)}/${number(total)}`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}

/**
 * A one-line status for a stage without a count ("Đang viết báo cáo Word…"),
 * on the same terms as startProgress: shown at once, on a terminal only.
 */
export function showStatus(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || process.env['CI']) return SILENT;
  stream.write(`\r\x1b[K${label}`);
  return { tick: () => undefined, done: () => void stream.write('\r\x1b[K') };
}
