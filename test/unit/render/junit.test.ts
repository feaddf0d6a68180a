import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { junit } from '../../../src/render/formatters/junit.js';
import { SAMPLE } from './sample-result.js';

const options = { lang: 'vi' as const, colour: false, root: process.cwd() };

interface Case {
  '@_name': string;
  '@_classname': string;
  '@_file': string;
  failure?: { '@_type': string; '@_message': string; '#text': string }[];
  'system-out'?: string[];
}

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseAttributeValue: false,
    htmlEntities: true, // also decode numeric character references (&#10;)
    isArray: (name) => ['testsuite', 'testcase', 'failure', 'system-out'].includes(name),
  });
  const doc = parser.parse(xml) as {
    testsuites: { '@_tests': string; '@_failures': string; testsuite: { '@_tests': string; '@_failures': string; testcase: Case[] }[] };
  };
  return doc.testsuites;
}

describe('junit formatter', () => {
  const xml = junit(SAMPLE, options);
  const suites = parse(xml);
  const suite = suites.testsuite[0]!;

  it('has one test case per file checked and one failure per error', () => {
    expect(suite.testcase.map((c) => c['@_name'])).toEqual(SAMPLE.fileList);
    expect(suite['@_tests']).toBe('4');
    expect(suites['@_tests']).toBe('4');
    const failures = suite.testcase.flatMap((c) => c.failure ?? []);
    expect(failures.map((f) => f['@_type'])).toEqual(['part-exceeds-whole', 'unknown-indicator', 'percent-out-of-range', 'empty-file']);
    // failing test cases, not failure elements: consumers compute passed = tests - failures
    expect(suite['@_failures']).toBe('3');
    expect(suite.testcase.find((c) => c['@_name'].endsWith('phong-tu-phap.yaml'))!.failure).toBeUndefined();
  });

  it('escapes markup and keeps the text intact through a real XML parser', () => {
    const c = suite.testcase.find((t) => t['@_name'].endsWith('xa-dai-son.yaml'))!;
    expect(c['@_classname']).toBe('submissions.2024Q2');
    const f = c.failure![1]!;
    expect(f['@_message']).toBe(`16:7 ${SAMPLE.diagnostics[1]!.message}`);
    expect(xml).toContain('&lt;b&gt;&amp;&lt;/b&gt; &quot;quote&quot; 50% a:b, c&#13;&#10;dòng 2');
    expect(f['#text']).toContain('submissions/2024Q2/xa-dai-son.yaml:16:7');
    expect(f['#text']).toContain('/areas/tthc/values/hs-dung-hann');
    expect(c['system-out']![0]).toContain('value-jump');
    const cell = suite.testcase.find((t) => t['@_name'].endsWith('.xlsx'))!.failure![0]!;
    expect(cell['#text']).toContain('(Thủ tục hành chính!D12)');
  });

  it('shows characters XML 1.0 cannot carry as escapes, never raw', () => {
    const nasty = junit(
      {
        files: 1,
        fileList: ['a.yaml'],
        diagnostics: [
          { severity: 'error', code: 'yaml-syntax', message: 'bad \u0001\u0008 byte \uD800 here', file: 'a.yaml', line: 1, column: 1, cell: null, path: '' },
        ],
      },
      options,
    );
    const f = parse(nasty).testsuite[0]!.testcase[0]!.failure![0]!;
    expect(f['@_message']).toBe('1:1 bad \\u0001\\u0008 byte \\ud800 here');
    expect(f['#text']).toContain('bad \\u0001\\u0008 byte \\ud800 here');
  });

  it('printed to a CI log, no line begins with input text: line breaks in keys and file names are character references', () => {
    const forged = 'k\n::error file=units.yaml,line=1::forged';
    const out = junit(
      {
        files: 1,
        fileList: ['a\n##vso[task.complete]\r.yaml'],
        diagnostics: [
          { severity: 'error', code: 'unknown-field', message: `Field "${forged}"`, file: 'a\n##vso[task.complete]\r.yaml', line: 3, column: 1, cell: null, path: `/${forged}` },
          { severity: 'warning', code: 'value-jump', message: `Value "${forged}"`, file: 'a\n##vso[task.complete]\r.yaml', line: 4, column: 1, cell: null, path: '' },
        ],
      },
      options,
    );
    for (const line of out.split('\n')) expect(line.trimStart(), line).not.toMatch(/^(::|##)/);
    expect(out).not.toMatch(/\r/);
    const c = parse(out).testsuite[0]!.testcase[0]!;
    // Parsers read the text as written: the key's line break is there.
    expect(c['@_name']).toBe('a\n##vso[task.complete]\r.yaml');
    expect(c.failure![0]!['@_message']).toBe(`3:1 Field "${forged}"`);
    expect(c.failure![0]!['#text']).toContain(`/${forged}`);
    expect(c['system-out']![0]).toContain(`./a\\n##vso[task.complete]\\r.yaml:4:1`);
  });

  it('--fail-on warning fails files with warnings too', () => {
    const s = parse(junit(SAMPLE, { ...options, failOn: 'warning' })).testsuite[0]!;
    expect(s.testcase.flatMap((c) => c.failure ?? []).map((f) => f['@_type'])).toContain('value-jump');
  });

  it('an empty run is a valid, empty suite', () => {
    const s = parse(junit({ files: 0, fileList: [], diagnostics: [] }, options));
    expect(s['@_tests']).toBe('0');
    expect(s['@_failures']).toBe('0');
  });
});
