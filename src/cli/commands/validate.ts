import { Option } from 'commander';
import type { CommandDefinition } from '../program.js';
import { validateMessages as m } from '../../i18n/validate.js';
import { cliMessages } from '../../i18n/cli.js';
import { FORMATTERS, FORMAT_NAMES, type FormatName } from '../../render/formatters/index.js';
import { getLang } from '../../i18n/index.js';
import { openRepository } from '../repo-context.js';
import { collectSubmissionFiles } from '../../repo/files.js';
import { SubmissionChecker } from '../../validate/pipeline.js';
import { SEVERITIES, severityRank, type Severity } from '../../model/diagnostic.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import chalk from 'chalk';

interface ValidateOptions {
  repo?: string;
  format: FormatName;
  output?: string;
  failOn: Severity;
  color?: boolean;
}

export const validateCommand: CommandDefinition = (program, ctx) => {
  program
    .command('validate')
    .description(m.t('command.description'))
    .argument('[paths...]', m.t('arg.paths'))
    .option('--repo <dir>', cliMessages.t('option.repo'))
    .addOption(
      new Option('-f, --format <name>', m.t('option.format'))
        .choices(FORMAT_NAMES)
        .default('stylish'),
    )
    .option('-o, --output <file>', m.t('option.output'))
    .addOption(new Option('--fail-on <level>', m.t('option.failOn')).choices([...SEVERITIES]).default('error'))
    .option('--color', m.t('option.color'))
    .option('--no-color', m.t('option.noColor'))
    .action(async (paths: string[], opts: ValidateOptions) => {
      const repo = await openRepository(opts.repo, paths);
      const files = collectSubmissionFiles(repo.root, paths);
      const checker = new SubmissionChecker(repo);
      const checked = await checker.checkAll(files);
      const diagnostics = checked.flatMap((c) => c.diagnostics);
      const colour = opts.output ? false : opts.color === true ? true : opts.color === false ? false : chalk.level > 0;
      const text = FORMATTERS[opts.format](
        { files: checked.length, fileList: checked.map((c) => c.file), diagnostics },
        { lang: getLang(), colour, root: repo.root },
      );
      if (opts.output) writeFileAtomic(opts.output, text);
      else process.stdout.write(text);
      const limit = severityRank(opts.failOn);
      ctx.exit(diagnostics.some((d) => severityRank(d.severity) >= limit) ? 1 : 0);
    });
};
