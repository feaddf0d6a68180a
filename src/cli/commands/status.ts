import chalk from 'chalk';
import { Option } from 'commander';
import type { CommandDefinition } from '../program.js';
import { boundHeapGrowth } from '../bounded-heap.js';
import { cliMessages } from '../../i18n/cli.js';
import { consolidateMessages as m } from '../../i18n/consolidate.js';
import { getLang } from '../../i18n/index.js';
import { consolidate } from '../../consolidate/consolidate.js';
import { loadConsolidation, periodOption } from '../load-consolidation.js';
import { renderStatusTable } from '../../render/status-table.js';
import { terminalJson } from '../../render/terminal-text.js';

interface StatusOptions {
  period: string;
  format: 'table' | 'json';
  strict?: boolean;
  repo?: string;
}

export const statusCommand: CommandDefinition = (program, ctx) => {
  program
    .command('status')
    .description(m.t('status.description'))
    .requiredOption('-p, --period <id>', m.t('cli.option.period'))
    .addOption(new Option('-f, --format <name>', m.t('status.option.format')).choices(['table', 'json']).default('table'))
    .option('--strict', m.t('status.option.strict'))
    .option('--repo <dir>', cliMessages.t('option.repo'))
    .action(async (opts: StatusOptions) => {
      boundHeapGrowth();
      const period = periodOption(opts.period);
      const lang = getLang();
      const { input } = await loadConsolidation(opts.repo, period.id, lang, { onlyPeriodNeeds: true });
      const c = consolidate(input);
      if (opts.format === 'json') {
        const out = { version: c.version, period: c.period, completeness: c.completeness, notes: c.notes };
        process.stdout.write(terminalJson(JSON.stringify(out, null, 2)) + '\n');
      } else {
        process.stdout.write(renderStatusTable(c, { lang, colour: chalk.level > 0 }));
      }
      const lacking = c.completeness.missing + c.completeness.partial;
      ctx.exit(opts.strict && lacking > 0 ? 1 : 0);
    });
};
