// The floor for `cchc validate` throughput: only reads and parses the same YAML
// files, one thread. With `yaml` (default): the parser cchc uses, YAML 1.2 core
// schema as cchc forces it. With `js-yaml` (installed with ajv-cli): faster, but
// YAML 1.1 rules (010 → 8, 1:30 → 90, dates become Date objects) and no
// positions, so not one cchc could use; measured to show what ajv-cli gains from it.
//   node bench/floor-yaml.mjs FILE_LIST [yaml|js-yaml]
import { readFileSync } from 'node:fs';

const files = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
const parser = process.argv[3] ?? 'yaml';
let parse;
if (parser === 'js-yaml') {
  const { default: jsYaml } = await import('js-yaml');
  parse = (text) => jsYaml.safeLoad(text);
} else {
  const { parse: yamlParse } = await import('yaml');
  parse = (text) => yamlParse(text, { version: '1.2', schema: 'core' });
}
let keys = 0;
for (const f of files) keys += Object.keys(parse(readFileSync(f, 'utf8'))).length;
process.stdout.write(`${files.length} files, ${keys} top-level keys (${parser})\n`);
