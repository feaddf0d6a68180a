import chalk from 'chalk';

/** chalk 5 ignores NO_COLOR: decide the colour level ourselves. */
export function configureColour(stream: NodeJS.WriteStream = process.stdout, force?: boolean): void {
  const noColour = process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '';
  if (force === false || noColour || (!stream.isTTY && force !== true && !process.env['FORCE_COLOR'])) {
    chalk.level = 0;
  }
}
