import { readFileSync } from 'node:fs';
import { Command, CommanderError, type Option } from 'commander';
import { langFromEnv, setLang, type Lang } from '../i18n/index.js';
import { cliMessages as m } from '../i18n/cli.js';
import { configureColour, stopQuietlyOnClosedPipe } from './output.js';
import { UsageError } from './errors.js';
import { asEnvironmentError } from './environment-error.js';
import { visible, visibleLines } from '../render/terminal-text.js';
import { COMMANDS } from './commands/index.js';
import { closest } from '../util/suggest.js';

// The bundled CLI is also what worker threads load (src/util/start-worker.ts).
export { runWorkerEntry } from './worker-entries.js';

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** The language is needed before parsing (help texts are localised): --lang, else CCHC_LANG, both checked. */
function langFromArgv(argv: readonly string[]): Lang | null {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v !== undefined) {
      if (v === 'vi' || v === 'en') return v;
      throw new UsageError(m.t('error.badLang', { lang: v }));
    }
  }
  const env = langFromEnv();
  if (env !== null && typeof env === 'object') throw new UsageError(m.t('error.badLangEnv', { lang: env.unsupported }));
  return env;
}

/** The command-line words that are not options nor the values of --lang. */
function operands(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang') i++;
    else if (!a.startsWith('-')) out.push(a);
  }
  return out;
}

/** "Lệnh không tồn tại: valdate. Có phải "validate"?" */
function unknownCommand(program: Command, name: string): UsageError {
  const near = closest(name, program.commands.map((c) => c.name()));
  return new UsageError(m.t('error.unknownCommand', { command: name, suggestion: near ? m.t('error.didYouMean', { command: near }) : '' }));
}

function commanderMessage(err: CommanderError, argv: readonly string[]): string {
  const quoted = /'([^']+)'/.exec(err.message)?.[1] ?? '';
  const sub = argv.find((a) => !a.startsWith('-'));
  const command = sub ? `${sub} ` : '';
  switch (err.code) {
    case 'commander.unknownOption':
      return m.t('error.unknownOption', { option: quoted, command });
    case 'commander.unknownCommand':
      return m.t('error.unknownCommand', { command: quoted, suggestion: '' });
    case 'commander.missingArgument':
      return m.t('error.missingArgument', { argument: quoted });
    case 'commander.optionMissingArgument':
      return m.t('error.optionMissingArgument', { option: quoted });
    case 'commander.missingMandatoryOptionValue':
      return m.t('error.missingMandatoryOptionValue', { option: quoted });
    case 'commander.invalidArgument': {
      const choices = /Allowed choices are (.*)\./.exec(err.message)?.[1];
      const value = /argument '([^']+)'/.exec(err.message)?.[1];
      const option = /option '([^']+)'/.exec(err.message)?.[1];
      if (choices && option) return m.t('error.choice', { value: value ?? '', option, choices });
      return m.t('error.invalidArgument', { detail: err.message.replace(/^error: /, '') });
    }
    case 'commander.excessArguments':
      return m.t('error.excessArguments', { detail: err.message.replace(/^error: /, '') });
    default:
      return m.t('error.generic', { detail: err.message.replace(/^error: /, '') });
  }
}

/** Option help with choices and defaults worded in the user's language. */
function describeOption(option: Option): string {
  const extra: string[] = [];
  if (option.argChoices) extra.push(`${m.t('help.choices')}: ${option.argChoices.join(', ')}`);
  if (option.defaultValue !== undefined && typeof option.defaultValue !== 'boolean') {
    extra.push(`${m.t('help.default')}: ${String(option.defaultValue)}`);
  }
  return extra.length ? `${option.description} (${extra.join('; ')})` : option.description;
}

/** Commander's help headings, in the user's language. */
const HELP_TITLES: Record<string, Parameters<typeof m.t>[0]> = {
  'Usage:': 'help.usage',
  'Options:': 'help.options',
  'Commands:': 'help.commands',
  'Arguments:': 'help.arguments',
  'Global Options:': 'help.globalOptions',
};

export function buildProgram(ctx: { exit(code: number): void }): Command {
  const program = new Command('cchc')
    .description(m.t('program.description'))
    .version(packageVersion(), '-v, --version', m.t('option.version'))
    .helpOption('-h, --help', m.t('option.help'))
    .helpCommand('help [command]', m.t('help.command'))
    .option('--lang <lang>', m.t('option.lang'))
    .showSuggestionAfterError(false)
    .configureHelp({
      optionDescription: (option) => describeOption(option),
      styleTitle: (title) => (HELP_TITLES[title] ? m.t(HELP_TITLES[title]) : title),
    })
    .exitOverride()
    .configureOutput({ writeErr: () => undefined });
  for (const define of COMMANDS) define(program, ctx);
  for (const sub of program.commands) {
    sub.exitOverride().configureOutput({ writeErr: () => undefined });
    sub.helpOption('-h, --help', m.t('option.help'));
  }
  return program;
}

/** Runs the CLI and returns the exit code; never throws. */
export async function main(argv: readonly string[]): Promise<number> {
  const args = argv.slice(2);
  let exitCode = 0;
  try {
    const lang = langFromArgv(args);
    if (lang) setLang(lang);
    configureColour(process.stdout);
    stopQuietlyOnClosedPipe(process.stdout);
    const program = buildProgram({ exit: (code) => (exitCode = code) });
    // Bare `cchc` shows what it can do; `cchc help NAME` and `cchc NAME` name a real command or get a suggestion.
    const words = operands(args);
    if (words.length === 0 && !args.some((a) => a !== '--lang' && a.startsWith('-'))) {
      process.stdout.write(program.helpInformation());
      return 0;
    }
    const known = (name: string) => program.commands.some((c) => c.name() === name || c.aliases().includes(name));
    const named = words[0] === 'help' && !known('help') ? words[1] : words[0];
    if (named !== undefined && named !== 'help' && !known(named)) throw unknownCommand(program, named);
    await program.parseAsync(args, { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (
        err.code === 'commander.helpDisplayed' ||
        err.code === 'commander.version' ||
        err.code === 'commander.help'
      )
        return 0;
      process.stderr.write(`cchc: ${visibleLines(commanderMessage(err, args))}\n`);
      return 2;
    }
    // Messages may quote the input: escape and control characters are shown, never sent to the terminal.
    if (err instanceof UsageError) {
      process.stderr.write(`cchc: ${visibleLines(err.message)}\n`);
      return err.exitCode;
    }
    // A full disk, a read-only folder, missing permissions: the machine's failure, said as such.
    const environment = asEnvironmentError(err);
    if (environment) {
      process.stderr.write(`cchc: ${visibleLines(environment.message)}\n`);
      return environment.exitCode;
    }
    const detail = err instanceof Error ? err.message : String(err);
    process.stderr.write(`cchc: ${m.t('error.internal', { detail: visible(detail) })}\n`);
    if (process.env['CCHC_DEBUG'] && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    return 2;
  }
}
