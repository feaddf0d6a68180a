/**
 * A failure of the tool or its invocation (bad flag, unreadable config, missing
 * path). Reported as one line on stderr with exit code 2; never mixed into the
 * data diagnostics.
 */
export class UsageError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'UsageError';
    this.exitCode = exitCode;
  }
}
