import type { CommandDefinition } from '../program.js';
import { validateCommand } from './validate.js';
import { schemaCommand } from './schema.js';
import { initCommand } from './init.js';
import { statusCommand } from './status.js';
import { reportCommand } from './report.js';
import { templateCommand } from './template.js';
import { convertCommand } from './convert.js';
import { planCommand } from './plan.js';

/** Every command of the CLI: adding one is one file plus one line here. */
export const COMMANDS: CommandDefinition[] = [
  validateCommand,
  schemaCommand,
  initCommand,
  statusCommand,
  reportCommand,
  templateCommand,
  convertCommand,
  planCommand,
];
