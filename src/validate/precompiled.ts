import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** Standalone validators of the bundled plan, written by the build (src/build/postbuild.ts). */
export const PRECOMPILED_PATH = fileURLToPath(new URL('../validators/default.cjs', import.meta.url));

/**
 * Loads the precompiled validators module, or null when the build has not made
 * it. (The bundled CLI replaces this function with a static require of the same
 * file, so the validators share the bundle's code cache.)
 */
export function loadPrecompiledModule(): unknown {
  if (!existsSync(PRECOMPILED_PATH)) return null;
  return createRequire(import.meta.url)(PRECOMPILED_PATH);
}
