import type { Diagnostic } from '../model/diagnostic.js';
import { toPointer, type DataPath, type Locator } from '../model/submission.js';
import { readYaml } from '../read/yaml.js';
import type { JsonSchema } from '../schema/common.js';
import type { SchemaCheck } from '../validate/ajv.js';
import { configFieldName, configFindings } from '../validate/config-findings.js';
import type { Finding } from '../validate/finding.js';
import { diagnosticMessages } from '../i18n/diagnostics.js';

import type { ConfigFileKind } from '../validate/config-findings.js';

export type { ConfigFileKind };

export interface ConfigFileCheck {
  /** What the file holds; undefined when it could not be read as YAML at all. */
  data: unknown;
  /** Every problem, placed at its line and column; empty when the file is right. */
  diagnostics: Diagnostic[];
  /** Where a data path of the file is, for problems found later (a plan's consistency). */
  locator: Locator;
}

export interface ConfigFileSpec {
  kind: ConfigFileKind;
  /** The file as shown to the user. */
  file: string;
  schema: JsonSchema;
  check: SchemaCheck;
  /** What the schema cannot see; each rule looks only at values of the type it needs. */
  rules?: (data: unknown, locator: Locator) => Finding[];
}

/**
 * Reads a configuration file and checks it: YAML problems, then the schema
 * (what is allowed at each place, listed), then the file's own rules; every
 * finding is a Diagnostic at the line and column of the value (or key) at fault.
 */
export function checkConfigFile(bytes: Uint8Array, spec: ConfigFileSpec): ConfigFileCheck {
  const read = readYaml(bytes);
  const diagnostics: Diagnostic[] = read.problems.map((p) => ({
    severity: p.severity,
    code: p.code,
    message: p.message ?? diagnosticMessages.t(p.code as never, p.params),
    file: spec.file,
    line: p.line,
    column: p.column,
    cell: null,
    path: p.path,
  }));
  if (read.data === undefined) return { data: undefined, diagnostics, locator: read.locator };
  const errors = spec.check(read.data);
  // The rules look only at values of the right type, so they run beside the schema's findings.
  const findings = [
    ...configFindings(errors, read.data, spec.schema, configFieldName(spec.kind, read.data)),
    ...(read.data !== null && typeof read.data === 'object' ? (spec.rules?.(read.data, read.locator) ?? []) : []),
  ];
  for (const f of findings) {
    const pos = read.locator.locate(f.path, f.target);
    diagnostics.push({
      severity: f.severity,
      code: f.code,
      message: diagnosticMessages.t(f.code, f.params),
      file: spec.file,
      line: pos.line,
      column: pos.column,
      cell: null,
      path: toPointer(f.path),
    });
  }
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { data: read.data, diagnostics, locator: read.locator };
}

