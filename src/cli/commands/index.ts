import type { CommandDefinition } from '../program.js';

/** Every command of the CLI: adding one is one file plus one line here. */
export const COMMANDS: CommandDefinition[] = [];
