import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { Diagnostic, Severity } from '../../model/diagnostic.js';
import { formatterMessages as m } from '../../i18n/formatters.js';
import { packageInfo } from '../../util/package-info.js';
import { fingerprints } from './fingerprint.js';
import { repoRelativePath } from './repo-relative-path.js';
import type { Formatter, RuleDescription } from './types.js';
import { terminalJson } from '../terminal-text.js';

/** The uriBaseId of every artifact: the repository root (GitHub resolves it to the checkout). */
export const SRCROOT = '%SRCROOT%';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** "part-exceeds-whole" → "PartExceedsWhole": SARIF's friendly rule name. */
function friendlyName(code: string): string {
  return code
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

function encodePath(rel: string): string {
  return rel.split('/').map(encodeURIComponent).join('/');
}

function artifactLocation(file: string, root: string): { uri: string; uriBaseId?: string } {
  const rel = repoRelativePath(file, root);
  if (rel !== null) return { uri: encodePath(rel), uriBaseId: SRCROOT };
  return { uri: pathToFileURL(resolve(file)).href };
}

function location(d: Diagnostic, root: string): Record<string, unknown> {
  // Findings about a whole file, and workbook cells (a workbook has no lines),
  // sit on line 1: code-scanning services need a start line to show a result.
  const region =
    d.cell === null && d.line !== null
      ? { startLine: d.line, ...(d.column !== null ? { startColumn: d.column } : {}) }
      : { startLine: 1 };
  const physical: Record<string, unknown> = { artifactLocation: artifactLocation(d.file, root), region };
  const loc: Record<string, unknown> = { physicalLocation: physical };
  if (d.cell !== null) {
    // The sheet and cell, the real place in a workbook, are a logical location.
    const bang = d.cell.lastIndexOf('!');
    loc['logicalLocations'] = [
      {
        name: bang >= 0 ? d.cell.slice(bang + 1) : d.cell,
        fullyQualifiedName: d.cell,
        kind: 'element',
      },
    ];
  }
  return loc;
}

function ruleFor(code: string, first: Diagnostic, described: RuleDescription | undefined): Record<string, unknown> {
  // Without a catalogue entry the first finding's own message describes the rule.
  const title = described?.title ?? first.message;
  const help = described?.help ?? title;
  return {
    id: code,
    name: friendlyName(code),
    shortDescription: { text: title },
    fullDescription: { text: help },
    help: { text: `${help}\n(${code})` },
    defaultConfiguration: { level: LEVEL[first.severity] },
  };
}

/**
 * SARIF 2.1.0 for code-scanning services: one run, rule ids are the diagnostic
 * codes, artifact URIs relative to the repository root (uriBaseId %SRCROOT%),
 * YAML findings with a line/column region, workbook findings with the sheet
 * and cell as a logical location. No timestamps or absolute paths inside the
 * repository, so the same findings always give the same bytes.
 */
export const sarif: Formatter = (result, options) => {
  const tool = packageInfo();
  const codes = [...new Set(result.diagnostics.map((d) => d.code))].sort();
  const ruleIndex = new Map(codes.map((c, i) => [c, i]));
  const rules = codes.map((code) =>
    ruleFor(code, result.diagnostics.find((d) => d.code === code)!, options.describeRule?.(code)),
  );
  const prints = fingerprints(result.diagnostics, (d) => repoRelativePath(d.file, options.root) ?? d.file);
  const results = result.diagnostics.map((d, i) => ({
    ruleId: d.code,
    ruleIndex: ruleIndex.get(d.code)!,
    level: LEVEL[d.severity],
    message: { text: d.cell ? `${d.message} (${d.cell})` : d.message },
    locations: [location(d, options.root)],
    partialFingerprints: { 'cchcFinding/v1': prints[i]! },
    ...(d.path ? { properties: { dataPath: d.path } } : {}),
  }));
  const driver: Record<string, unknown> = {
    name: tool.name,
    fullName: `${tool.name} ${tool.version}`,
    version: tool.version,
    semanticVersion: tool.version,
    ...(tool.homepage ? { informationUri: tool.homepage } : {}),
    rules,
  };
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        originalUriBaseIds: {
          [SRCROOT]: { description: { text: m.in(options.lang, 'sarif.srcroot') } },
        },
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return terminalJson(JSON.stringify(log, null, 2)) + '\n';
};
