// Build: compile TypeScript (the module build, dist/), run the post-build steps
// (precompiled validators, plan cache), then bundle the CLI (dist/cchc.cjs) and
// write its V8 code cache.
import { execFileSync } from 'node:child_process';
import { rmSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { bundle } from './bundle.mjs';
import { writeCodeCache } from './code-cache.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(root, 'dist'), { recursive: true, force: true });
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')], {
  stdio: 'inherit',
});
const post = join(root, 'dist/build/postbuild.js');
if (existsSync(post)) {
  execFileSync(process.execPath, [post], { stdio: 'inherit', cwd: root });
}
await bundle();
writeCodeCache();
