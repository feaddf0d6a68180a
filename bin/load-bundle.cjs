'use strict';
// Loads the bundled CLI (dist/cchc.cjs) with its V8 code cache: used by bin/cchc
// and by the worker threads that check large batches (src/util/start-worker.ts),
// so a worker starts from the same compiled code as the main thread.
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

/**
 * Runs the bundle through vm.Script so that V8 can reuse the code cache the build
 * wrote for exactly this text (named by the build id on its first line). A
 * missing or rejected cache only costs compile time. Returns the bundle's
 * exports, or null when there is no bundle.
 */
function loadBundle(dist) {
  const file = join(dist, 'cchc.cjs');
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const { Script } = require('node:vm');
  const id = /^\/\/ cchc-build (\w+)/.exec(text)?.[1];
  const cacheFile = id ? join(dist, `cchc-${id}.v8cache`) : null;
  const writeCache = Boolean(process.env.CCHC_WRITE_CODE_CACHE) && require('node:worker_threads').isMainThread;
  let cachedData;
  if (cacheFile && !writeCache) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${text}\n})`, {
    filename: file,
    cachedData,
  });
  if (cacheFile && writeCache) {
    // Build step (scripts/code-cache.mjs): taken after a real run, the cache
    // holds the functions that run compiled.
    process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
  }
  if (script.cachedDataRejected && process.env.CCHC_DEBUG) process.stderr.write(`cchc: code cache ${cacheFile} rejected\n`);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require('node:module').createRequire(file), module, file, dist);
  return module.exports;
}

module.exports = { loadBundle };
