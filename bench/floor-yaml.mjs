// The floor for `cchc validate` throughput: only reads and parses the same YAML
// files with the `yaml` package (YAML 1.2 core schema, as cchc does), one thread.
//   node bench/floor-yaml.mjs FILE_LIST
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const files = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
let keys = 0;
for (const f of files) {
  const data = parse(readFileSync(f, 'utf8'), { version: '1.2', schema: 'core' });
  keys += Object.keys(data).length;
}
process.stdout.write(`${files.length} files, ${keys} top-level keys\n`);
