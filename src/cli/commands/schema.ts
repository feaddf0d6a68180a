import { join, relative, resolve } from 'node:path';
import type { CommandDefinition } from '../program.js';
import { validateMessages as m } from '../../i18n/validate.js';
import { cliMessages } from '../../i18n/cli.js';
import { loadPlanFile, type Repository } from '../../repo/load.js';
import { openRepository } from '../repo-context.js';
import { allSchemas, schemaText } from '../../schema/all-schemas.js';
import { submissionSchema } from '../../schema/submission-schema.js';
import { submissionSchemaFile } from '../../repo/plans-by-date.js';
import { writeFilesAtomic } from '../../util/atomic-write.js';
import { refuseDefaultFolderOutside, refuseOutputOnInput } from '../../repo/output-guard.js';
import { UsageError } from '../errors.js';

interface SchemaOptions {
  repo?: string;
  out?: string;
  plan?: string;
}

export const schemaCommand: CommandDefinition = (program, ctx) => {
  program
    .command('schema')
    .description(m.t('schema.description'))
    .option('--repo <dir>', cliMessages.t('option.repo'))
    .option('-o, --out <dir>', m.t('schema.option.out'))
    .option('--plan <file>', m.t('schema.option.plan'))
    .action(async (opts: SchemaOptions) => {
      const cwd = process.cwd();
      // Like every command, schema works on a repository; `--plan FILE --out DIR` is the one way
      // to make schemas without one (a plan being written, cchc's own schemas/).
      let plan;
      let root: string | null = null;
      let repo: Repository | null = null;
      if (opts.plan !== undefined) {
        if (opts.out === undefined) throw new UsageError(m.t('schema.error.planNeedsOut'));
        const file = resolve(cwd, opts.plan);
        plan = await loadPlanFile(file, relative(cwd, file) || file);
      } else {
        repo = await openRepository(opts.repo);
        root = repo.root;
        plan = repo.plan;
      }
      const out = resolve(cwd, opts.out ?? join(root!, 'schemas'));
      if (opts.out === undefined && root) refuseDefaultFolderOutside(root, out, 'schemas');
      const schemas = allSchemas(plan);
      // A repository that changes plan at a date: the earlier plans' submission schemas too, named by plan.
      if (repo) for (const { plan: older } of repo.plans.slice(0, -1)) schemas[submissionSchemaFile(repo.plans, older)] = submissionSchema(older);
      if (repo) for (const name of Object.keys(schemas)) refuseOutputOnInput(repo, join(out, name), relative(cwd, join(out, name)));
      writeFilesAtomic(Object.entries(schemas).map(([name, schema]) => ({ path: join(out, name), data: schemaText(schema) })));
      process.stdout.write(
        m.t('schema.written', { count: Object.keys(schemas).length, dir: relative(cwd, out) || '.', files: Object.keys(schemas).join(', ') }) + '\n',
      );
      ctx.exit(0);
    });
};
