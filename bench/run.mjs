// Runs every bench/*.bench.mjs (after `npm run build`) and prints their results.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const dir = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
for (const name of readdirSync(dir).filter((n) => n.endsWith('.bench.mjs')).sort()) {
  if (only && !name.includes(only)) continue;
  console.log(`# ${name}`);
  await import(pathToFileURL(join(dir, name)).href);
}
