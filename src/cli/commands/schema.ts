import { join, relative, resolve } from 'node:path';
import type { CommandDefinition } from '../program.js';
import { validateMessages as m } from '../../i18n/validate.js';
import { cliMessages } from '../../i18n/cli.js';
import { findRepositoryRoot, loadPlanFile, loadRepository } from '../../repo/load.js';
import { DEFAULT_PLAN_PATH } from '../../plan/load.js';
import { allSchemas, schemaText } from '../../schema/all-schemas.js';
import { writeFilesAtomic } from '../../util/atomic-write.js';
import { escapesRepository } from '../../util/read-input.js';
import { repoMessages } from '../../i18n/repo.js';
import { refuseOutputOnInput } from '../../repo/output-guard.js';
import { UsageError } from '../errors.js';

export const schemaCommand: CommandDefinition = (program, ctx) => {
  program
    .command('schema')
    .description(m.t('schema.description'))
    .option('--repo <dir>', cliMessages.t('option.repo'))
    .option('--out <dir>', m.t('schema.option.out'))
    .action(async (opts: { repo?: string; out?: string }) => {
      const cwd = process.cwd();
      const root = opts.repo ? resolve(cwd, opts.repo) : findRepositoryRoot(cwd);
      const repo = root ? await loadRepository(root) : null;
      const plan = repo ? repo.plan : await loadPlanFile(DEFAULT_PLAN_PATH, relative(cwd, DEFAULT_PLAN_PATH));
      const out = resolve(cwd, opts.out ?? join(root ?? cwd, 'schemas'));
      if (opts.out === undefined && root) {
        const target = escapesRepository(root, out);
        if (target !== null) throw new UsageError(repoMessages.t('output-outside', { dir: 'schemas', target }));
      }
      const schemas = allSchemas(plan);
      if (repo) for (const name of Object.keys(schemas)) refuseOutputOnInput(repo, join(out, name), relative(cwd, join(out, name)));
      writeFilesAtomic(Object.entries(schemas).map(([name, schema]) => ({ path: join(out, name), data: schemaText(schema) })));
      process.stdout.write(
        m.t('schema.written', { count: Object.keys(schemas).length, dir: relative(cwd, out) || '.', files: Object.keys(schemas).join(', ') }) + '\n',
      );
      ctx.exit(0);
    });
};
