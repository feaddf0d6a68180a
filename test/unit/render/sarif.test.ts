import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { sarif, SRCROOT } from '../../../src/render/formatters/sarif.js';
import { packageInfo } from '../../../src/util/package-info.js';
import { SAMPLE } from './sample-result.js';
import { embeddedSarifSchema, multitoolValidate } from '../../helpers/sarif-multitool.js';

const options = { lang: 'vi' as const, colour: false, root: process.cwd() };

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; shortDescription: { text: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      partialFingerprints: Record<string, string>;
      locations: {
        physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: { startLine: number; startColumn?: number } };
        logicalLocations?: { name: string; fullyQualifiedName: string }[];
      }[];
    }[];
  }[];
}

function parse(text: string): SarifLog {
  return JSON.parse(text) as SarifLog;
}

describe('sarif formatter', () => {
  const text = sarif(SAMPLE, options);
  const log = parse(text);
  const run = log.runs[0]!;

  it('lists each diagnostic code once as a rule, and results point at their rule', () => {
    expect(run.tool.driver.name).toBe('cchc');
    expect(run.tool.driver.version).toBe(packageInfo().version);
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual([
      'empty-file',
      'late-submission',
      'part-exceeds-whole',
      'percent-out-of-range',
      'unknown-indicator',
      'value-jump',
    ]);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    expect(run.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['part-exceeds-whole', 'error'],
      ['unknown-indicator', 'error'],
      ['value-jump', 'warning'],
      ['percent-out-of-range', 'error'],
      ['late-submission', 'note'],
      ['empty-file', 'error'],
    ]);
  });

  it('gives YAML findings a region and workbook findings the sheet and cell as a logical location', () => {
    const yaml = run.results[0]!.locations[0]!;
    expect(yaml.physicalLocation.artifactLocation).toEqual({ uri: 'submissions/2024Q2/xa-dai-son.yaml', uriBaseId: SRCROOT });
    expect(yaml.physicalLocation.region).toEqual({ startLine: 14, startColumn: 21 });
    const xlsx = run.results[3]!.locations[0]!;
    expect(xlsx.physicalLocation.region).toEqual({ startLine: 1 });
    expect(xlsx.logicalLocations).toEqual([{ name: 'D12', fullyQualifiedName: 'Thủ tục hành chính!D12', kind: 'element' }]);
    expect(run.results[5]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 1 });
    expect(run.results[4]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('submissions/2024Q2/thi%20tran%20tu%20ky.yaml');
  });

  it('uses a describeRule catalogue when given one', () => {
    const described = parse(
      sarif(SAMPLE, { ...options, describeRule: (code) => (code === 'value-jump' ? { title: 'Giá trị thay đổi bất thường' } : undefined) }),
    );
    const rule = described.runs[0]!.tool.driver.rules.find((r) => r.id === 'value-jump')!;
    expect(rule.shortDescription.text).toBe('Giá trị thay đổi bất thường');
  });

  it('keeps fingerprints stable when lines move, and unique within a run', () => {
    const moved = parse(
      sarif({ ...SAMPLE, diagnostics: SAMPLE.diagnostics.map((d) => ({ ...d, line: d.line === null ? null : d.line + 5 })) }, options),
    );
    const prints = (l: SarifLog) => l.runs[0]!.results.map((r) => r.partialFingerprints['cchcFinding/v1']);
    expect(prints(moved)).toEqual(prints(log));
    expect(new Set(prints(log)).size).toBe(SAMPLE.diagnostics.length);
  });

  it('is deterministic: same findings, same bytes', () => {
    expect(sarif(SAMPLE, options)).toBe(text);
  });

  it('is valid against the SARIF 2.1.0 JSON schema', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(embeddedSarifSchema());
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // The schema check can fail: a result with an unknown level is rejected.
    const broken = structuredClone(log);
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(broken)).toBe(false);
  });

  it('passes the SARIF Multitool validate (SARIF and GitHub rules) with no error or warning', () => {
    const findings = multitoolValidate(text);
    // informationUri comes from package.json "homepage"; until cchc has a public home the
    // Multitool warns (SARIF2005) that the driver lacks it. Nothing else is tolerated.
    const tolerated = (f: { ruleId: string }) => packageInfo().homepage === null && f.ruleId === 'SARIF2005';
    const serious = findings.filter((f) => (f.level === 'error' || f.level === 'warning') && !tolerated(f));
    expect(serious).toEqual([]);
    expect(findings.filter((f) => f.level === 'error')).toEqual([]);
    // An empty run is valid too.
    const empty = multitoolValidate(sarif({ files: 0, fileList: [], diagnostics: [] }, options));
    expect(empty.filter((f) => (f.level === 'error' || f.level === 'warning') && !tolerated(f))).toEqual([]);
  }, 120_000);

  it('Multitool validate does catch a broken log (the check can fail)', () => {
    const broken = structuredClone(log);
    broken.runs[0]!.results[0]!.locations[0]!.physicalLocation.region = { startLine: 0 };
    const findings = multitoolValidate(JSON.stringify(broken));
    expect(findings.some((f) => f.level === 'error')).toBe(true);
  }, 120_000);
});
