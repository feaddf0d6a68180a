import { join, relative, resolve } from 'node:path';
import chalk from 'chalk';
import type { CommandDefinition } from '../program.js';
import { cliMessages } from '../../i18n/cli.js';
import { consolidateMessages as m } from '../../i18n/consolidate.js';
import { getLang } from '../../i18n/index.js';
import { consolidate } from '../../consolidate/consolidate.js';
import { consolidationToJson } from '../../consolidate/to-json.js';
import type { Consolidation } from '../../consolidate/types.js';
import { periodLabel } from '../../consolidate/period.js';
import { stylish } from '../../render/formatters/stylish.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { UsageError } from '../errors.js';
import { invalidFilesFor, loadConsolidation, periodOption } from '../load-consolidation.js';

interface ReportOptions {
  period: string;
  format: string;
  out?: string;
  skipInvalid?: boolean;
  repo?: string;
}

/** One output of the report: file name in --out and its content. */
type ReportWriter = (c: Consolidation) => { name: string; data: string | Uint8Array };

/** Output formats; the registry is also the list of --format choices. */
const WRITERS: Record<string, ReportWriter> = {
  json: (c) => ({ name: `bao-cao-cchc-${c.period.id}.json`, data: consolidationToJson(c) }),
};

function parseFormats(value: string): string[] {
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const n of names) {
    if (!Object.hasOwn(WRITERS, n)) {
      throw new UsageError(m.t('report.error.format', { value: n, choices: Object.keys(WRITERS).join(', ') }));
    }
  }
  return [...new Set(names)];
}

export const reportCommand: CommandDefinition = (program, ctx) => {
  program
    .command('report')
    .description(m.t('report.description'))
    .requiredOption('-p, --period <id>', m.t('cli.option.period'))
    .option('-f, --format <list>', m.t('report.option.format'), 'json')
    .option('-o, --out <dir>', m.t('report.option.out'))
    .option('--skip-invalid', m.t('report.option.skipInvalid'))
    .option('--repo <dir>', cliMessages.t('option.repo'))
    .action(async (opts: ReportOptions) => {
      const period = periodOption(opts.period);
      const formats = parseFormats(opts.format);
      const lang = getLang();
      const { repo, checked, input } = await loadConsolidation(opts.repo, period.id, lang);
      const blocking = invalidFilesFor(checked, period);
      if (blocking.length && !opts.skipInvalid) {
        const diagnostics = blocking.flatMap((c) => c.diagnostics.filter((d) => d.severity === 'error'));
        process.stderr.write(`${m.t('report.blocked', { count: blocking.length, period: periodLabel(period, lang) })}\n\n`);
        process.stderr.write(
          stylish({ files: blocking.length, fileList: blocking.map((c) => c.file), diagnostics }, { lang, colour: chalk.level > 0, root: repo.root }),
        );
        ctx.exit(1);
        return;
      }
      const consolidation = consolidate(input);
      for (const format of formats) {
        const { name, data } = WRITERS[format]!(consolidation);
        if (!opts.out && format === 'json') {
          process.stdout.write(data);
          continue;
        }
        const file = join(resolve(opts.out ?? '.'), name);
        writeFileAtomic(file, data);
        const shown = relative(process.cwd(), file);
        process.stderr.write(`${m.t('report.written', { file: shown.startsWith('..') ? file : shown })}\n`);
      }
      ctx.exit(0);
    });
};
