// Runs every bench/*.bench.mjs (after `npm run build`) and prints their results.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const dir = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const names = readdirSync(dir).filter((n) => n.endsWith('.bench.mjs')).sort();
// `node bench/run.mjs startup` runs startup.bench.mjs; a part of a name runs every benchmark it names.
const chosen = !only ? names : names.includes(`${only}.bench.mjs`) ? [`${only}.bench.mjs`] : names.filter((n) => n.includes(only));
for (const name of chosen) {
  console.log(`# ${name}`);
  await import(pathToFileURL(join(dir, name)).href);
}
