import { Command, Option } from 'commander';

/** What every command action gets: its exit code goes back through `exit`. */
export interface CommandContext {
  exit(code: number): void;
}

/** A command plug-in: adds itself to the program. One file each in commands/. */
export type CommandDefinition = (program: Command, ctx: CommandContext) => void;

/** `--option <value>` restricted to choices, with our own message on a bad value. */
export function choiceOption(flags: string, description: string, choices: readonly string[]): Option {
  return new Option(flags, description).choices(choices as string[]);
}
