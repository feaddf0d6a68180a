import chalk from 'chalk';

/** chalk 5 ignores NO_COLOR: decide the colour level ourselves. */
export function configureColour(stream: NodeJS.WriteStream = process.stdout, force?: boolean): void {
  const noColour = process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '';
  if (force === false || noColour || (!stream.isTTY && force !== true && !process.env['FORCE_COLOR'])) {
    chalk.level = 0;
  }
}

/**
 * A reader that stops early (`cchc report -f json | head`) closes the pipe:
 * stop quietly as Unix tools do, instead of crashing on EPIPE.
 */
export function stopQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    process.stderr.write(`cchc: ${err.message.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')}\n`);
    process.exit(2);
  });
}
