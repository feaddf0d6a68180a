import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/cli.js';
import { readYaml, YamlLocator } from '../../../src/read/yaml.js';
import { parseYamlFast } from '../../../src/read/yaml-fast.js';
import type { DataPath } from '../../../src/model/submission.js';

/**
 * The fast YAML reader must never disagree with the `yaml` package: for any
 * text it either declines (null) or gives exactly the data the full parser
 * gives and the same position for every data path, and it only accepts texts
 * the full parser reads without a problem.
 */

/** Every data path of a value, plus a missing child of each container. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): DataPath[] {
  const out: DataPath[] = [prefix];
  if (Array.isArray(value)) {
    value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
    out.push([...prefix, value.length]);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
    out.push([...prefix, 'khong-co']);
  }
  return out;
}

/** Checks one text; returns whether the fast reader took it. */
function agree(text: string): boolean {
  const bytes = new TextEncoder().encode(text);
  const fast = readYaml(bytes);
  const full = readYaml(bytes, { full: true });
  // readYaml's own checks (size, depth, …) come first; then the fast reader, if it takes the text.
  const took = !(fast.locator instanceof YamlLocator) && fast.problems.length === 0 && fast.data !== undefined;
  // The reader is given the text as decodeText makes it: no BOM, line ends as "\n".
  if (took) expect(parseYamlFast((text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n'))).not.toBeNull();
  if (!took) {
    // Declined: readYaml took the full parser's path.
    expect(fast.problems).toEqual(full.problems);
    return false;
  }
  expect(full.problems, `the fast reader took a text the full parser has problems with:\n${text.slice(0, 2000)}`).toEqual([]);
  expect(fast.problems).toEqual([]);
  expect(fast.data, text).toStrictEqual(full.data);
  for (const path of pathsOf(full.data)) {
    for (const target of ['value', 'key'] as const) {
      expect(fast.locator.locate(path, target), `${JSON.stringify(path)} ${target} in\n${text}`).toEqual(full.locator.locate(path, target));
    }
  }
  return true;
}

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yamlFiles(full, out);
    else if (/\.ya?ml$/.test(name)) out.push(full);
  }
  return out;
}

describe('the fast YAML reader', () => {
  it('agrees with the full parser on every YAML file of the project, and takes most submissions', () => {
    const files = [...yamlFiles(join(ROOT, 'examples')), ...yamlFiles(join(ROOT, 'test/fixtures')), ...yamlFiles(join(ROOT, 'plans')), ...yamlFiles(join(ROOT, 'templates'))];
    expect(files.length).toBeGreaterThan(100);
    let examples = 0;
    let taken = 0;
    for (const file of files) {
      const bytes = readFileSync(file);
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        continue;
      }
      if (text.includes('\u0000')) continue;
      const took = agree(text);
      if (file.includes('/examples/') && file.includes('/submissions/')) {
        examples++;
        if (took) taken++;
      }
    }
    expect(examples).toBeGreaterThan(100);
    expect(taken / examples).toBeGreaterThan(0.9);
  });

  it('agrees on hand-picked edge cases', () => {
    const cases = [
      'a:\nb: 1\n',
      'a:   # nothing\nb: 2\n',
      'a: 007\nb: 0o17\nc: 0x1F\nd: 1e400\ne: -.inf\nf: .NaN\ng: +12\nh: -0\ni: 1.50\nj: 12345678901234567890\n',
      'a: ~\nb: Null\nc: TRUE\nd: yes\ne: no\nf: on\ng: 2024-06-10\nh: "2024"\n',
      'a: x # comment\nb: x#y\nc: "q # not a comment"\nd: \'it\'\'s\'\ne: "tab\\there \\u00e9 \\"q\\""\n',
      'list:\n- a\n- b\nnext: 1\n',
      'list:\n  - id: x\n    n: 1\n  - id: y\n    n: 2\n',
      'units:\n  - { id: a, name: "Xã A", kind: commune, leads: [chi-dao, tthc] }\n  - { id: b, name: B, kind: town }\n',
      'n:\n  results: >-\n    một hai\n    ba\n\n    bốn\n  other: |\n    line 1\n    line 2\n\n  last: >\n    x\n\n\nz: 1\n',
      'a: { }\nb: []\nc: [1, -2, .5, "x", \'y\']\nd: { e: { f: [g] } }\n',
      '2021: { dv-sncl: 20 }\n0: zero\n',
      'a: b: c\n',
      'a: [1, 2\n',
      'a: x\n  continued\n',
      'a: &anchor 1\nb: *anchor\n',
      'a: 1\na: 2\n',
      '? complex\n: key\n',
      '- - nested\n',
      'a: |+\n  keep\n\n',
      'a: |2\n    indented\n',
      'a: >\n  x\n    more\n  y\n',
      'key with space: 1\n',
      '"quoted": 1\n',
      'a: "multi\n  line"\n',
      '%YAML 1.1\n---\na: no\n',
      'a: 1\n...\n',
      '# only a comment\n',
      '',
      'a: -\n',
      'a: - x\n',
      'a: x:\n',
      'a: :x\n',
      'a: "x" trailing\n',
      'a: [a: b]\n',
      '__proto__: 1\n',
      'a:\n  b:\n    c:\n      d: 1\n  e: 2\n',
      'top:\n  - a\n  -  b\n  - "c"\n',
      'x: >-\n  a\n\n\n  b\n',
      'x: |\n  a\n\n  b\n\n',
      'x: >-\n  a\n y: 1\n',
    ];
    for (const text of cases) agree(text);
  });

  it('agrees on generated documents and their mutations (fast-check)', () => {
    const WORDS = ['a', 'x-1', 'hs-tiep-nhan', 'Bộ phận', 'một cửa', '12', '-3', '0.5', '1e3', '.inf', 'null', '~', 'true', 'False', 'yes', '007', '0x1A', '0o7', '2024-06-10', 'a: b', 'c #d', 'e#f', "it's", 'say "hi"', '\\', '{x}', '[y]', '- z', '&a', '*b', '!t', '%p', '@q', '`r', ':s', '?', '|', '>', ',', ''];
    const SAFE = ['a', 'x-1', 'Bộ phận', 'một cửa', 'Kết quả tốt.', '12', '-3', '0.5', '1e3', '.inf', '-.inf', '.nan', 'null', '~', 'true', 'False', 'yes', '007', '0x1A', '0o7', '2024-06-10', 'e#f', '+1', '1_000', '1.', '.5e-2', 'x.y', 'a-b-c'];
    const odd = fc.nat(4).map((n) => n === 0); // one text in five with the odd words
    const key = fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom('unit', 'period', 'areas', 'tthc', 'values', 'hs-tiep-nhan', 'narrative', 'results', 'k_1', '2021', '0', 'a.b', 'x-y', 'Z9') },
      { weight: 1, arbitrary: fc.constantFrom('null', 'true', '__proto__', 'x y', '007', '"q"', '-k') },
    );
    const scalarText = fc
      .tuple(odd, fc.array(fc.nat(1000), { minLength: 1, maxLength: 4 }))
      .map(([useOdd, picks]) => picks.map((n) => (useOdd ? WORDS[n % WORDS.length]! : SAFE[n % SAFE.length]!)).join(' '));
    const scalar = fc.oneof(
      scalarText,
      scalarText.map((s) => JSON.stringify(s)),
      scalarText.map((s) => `'${s.replace(/'/g, "''")}'`),
      fc.integer().map(String),
      fc.double({ noNaN: false }).map(String),
    );
    type Tree = string | { seq: Tree[] } | { map: [string, Tree][] };
    const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        scalar,
        fc.record({ seq: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }, { noNullPrototype: true }),
        fc.record({ map: fc.uniqueArray(fc.tuple(key, tie('node')), { minLength: 1, maxLength: 4, selector: ([k]) => k }) }, { noNullPrototype: true }),
      ),
    })).node;

    /** Serialises with varied styles: block, flow, compact, block scalars, comments. */
    function write(t: Tree, indent: number, style: number): string {
      const pad = ' '.repeat(indent);
      if (typeof t === 'string') return t;
      if ('map' in t) {
        const m = t.map;
        if (style % 5 === 0) return `{ ${m.map(([k, v]) => `${k}: ${typeof v === 'string' ? v : write(v, 0, 0)}`).join(', ')} }`;
        return `\n${m
          .map(([k, v], i) => {
            const comment = (style + i) % 7 === 0 ? `${pad}# note ${i}\n` : '';
            if (typeof v === 'string') {
              if ((style + i) % 6 === 1) return `${comment}${pad}${k}: >-\n${pad}  ${v}\n${pad}  ${v}`;
              if ((style + i) % 6 === 2) return `${comment}${pad}${k}: |\n${pad}  ${v}\n\n${pad}  ${v}`;
              return `${comment}${pad}${k}: ${v}${(style + i) % 4 === 0 ? ' # trailing' : ''}`;
            }
            return `${comment}${pad}${k}:${write(v, indent + 2 + (style % 2), style + i + 1)}`;
          })
          .join('\n')}`;
      }
      const items = t.seq;
      if (style % 3 === 0) return `[${items.map((v) => (typeof v === 'string' ? v : write(v, 0, 0))).join(', ')}]`;
      return `\n${items.map((v, i) => `${pad}- ${typeof v === 'string' ? v : write(v, indent + 2, style + i + 1).replace(/^\n\s*/, '')}`).join('\n')}`;
    }

    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(key, tree), { minLength: 1, maxLength: 5, selector: ([k]) => k }),
        fc.nat(100),
        fc.oneof(fc.constant([] as [number, string][]), fc.array(fc.tuple(fc.nat(), fc.constantFrom(' ', '\n', ':', '#', '-', '"', "'", '  ', '\n  ', '{', ']', 'x')), { maxLength: 2 })),
        (entries, style, edits) => {
          let text = `${write({ map: entries }, 0, style).replace(/^\n/, '')}\n`;
          for (const [at, insert] of edits) {
            const p = at % (text.length + 1);
            text = text.slice(0, p) + insert + text.slice(p);
          }
          agree(text);
        },
      ),
      { numRuns: 1500, seed: 424242 },
    );
  });
  it('reads large mappings (made from templates) with the same keys, in the same order, as the full parser', () => {
    /** Keys in the order a plain object lists them: whole numbers first, ascending; then as written. */
    const keysOf = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(keysOf) : v !== null && typeof v === 'object' ? Object.entries(v).map(([k, x]) => [k, keysOf(x)]) : v;
    const key = fc.oneof(fc.constantFrom('0', '7', '10', '2021', '999999999999999'), fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/));
    fc.assert(
      fc.property(fc.uniqueArray(key, { minLength: 14, maxLength: 40 }), fc.boolean(), fc.nat(3), (keys, flow, skip) => {
        const shown = keys.filter((_, i) => i % 4 !== skip); // the same mapping with different keys: another template
        for (const list of [keys, shown, keys]) {
          const values = list.map((k, i) => `${k}: ${i % 3 === 0 ? i : i % 3 === 1 ? `"v ${i}"` : '.nan'}`);
          const text = flow ? `m: { ${values.join(', ')} }\n` : `m:\n${values.map((v) => `  ${v}`).join('\n')}\n`;
          expect(agree(text)).toBe(true);
          const bytes = new TextEncoder().encode(text);
          expect(keysOf(readYaml(bytes).data)).toEqual(keysOf(readYaml(bytes, { full: true }).data));
        }
      }),
      { numRuns: 200 },
    );
  });
});
