// Bundles the CLI into one CommonJS file (dist/cchc.cjs) for a fast start:
// one file to read and compile instead of ~150 modules, and a V8 code cache
// (written by scripts/code-cache.mjs) so that compiling is mostly skipped.
//
// - exceljs, docx, yauzl, tar-stream and ajv stay external: they are imported lazily, only when an
//   xlsx or docx is involved, a plan other than the bundled one is used or init checks a tarball.
// - Every module keeps the `import.meta.url` it has in the module build
//   (dist/<dir>/<file>.js), so paths relative to a module resolve exactly as in
//   the module build (plans/, dist/validators/, templates/, package.json).
// - Built-in modules that are costly to load and rarely needed at start-up
//   (child_process, crypto, os, worker_threads) load on first use.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

export const BUNDLE = join(root, 'dist/cchc.cjs');
export const WORKER_BUNDLE = join(root, 'dist/cchc-worker.cjs');
/**
 * The xlsx reader's own process (src/read/xlsx/isolate.ts) runs this bundle:
 * its XML parser (saxes) is a copy of its own, not the one exceljs runs on.
 * Sharing one saxes with exceljs made V8 optimise the parser for exceljs's use
 * and the guard's parse four times slower (3.3 -> 13 ms a form, measured).
 */
export const XLSX_READER_BUNDLE = join(root, 'dist/xlsx-reader.cjs');

/** Packages left out of the bundle: loaded by `import()` only when needed. */
const EXTERNAL = ['exceljs', 'docx', 'ajv-formats', 'yauzl', 'saxes', 'tar-stream'];

/** Built-ins whose loading costs milliseconds and that the common paths never call. */
const LAZY_BUILTINS = ['child_process', 'crypto', 'os', 'v8', 'worker_threads'];

function lazyBuiltinSource(name) {
  const real = require(`node:${name}`);
  const functions = Object.keys(real).filter((k) => typeof real[k] === 'function' && /^[A-Za-z_$][\w$]*$/.test(k));
  const lines = [
    `let loaded;`,
    `const load = () => (loaded ??= require(${JSON.stringify(`node:${name}`)}));`,
    // A stand-in for a function or class of the module: loads it on first call,
    // construction or property access.
    `const lazy = (key) => new Proxy(function () {}, {`,
    `  apply: (_, self, args) => Reflect.apply(load()[key], self, args),`,
    `  construct: (_, args) => Reflect.construct(load()[key], args),`,
    `  get: (_, prop) => Reflect.get(load()[key], prop),`,
    `});`,
    ...functions.map((k) => `export const ${k} = lazy(${JSON.stringify(k)});`),
    `export default new Proxy({}, {`,
    `  get: (_, prop) => Reflect.get(load(), prop),`,
    `  has: (_, prop) => Reflect.has(load(), prop),`,
    `});`,
  ];
  return lines.join('\n');
}

const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    const filter = new RegExp(`^(node:)?(${LAZY_BUILTINS.join('|')})$`);
    build.onResolve({ filter }, (args) => {
      if (args.namespace === 'lazy-builtin') return undefined; // the stand-in's own require
      return { path: args.path.replace(/^node:/, ''), namespace: 'lazy-builtin' };
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: lazyBuiltinSource(args.path),
      loader: 'js',
      resolveDir: root,
    }));
  },
};

/** Gives each module of src/ the import.meta.url it has in the module build. */
const moduleUrls = {
  name: 'module-urls',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return { contents: source, loader: 'ts' };
      const built = relative(join(root, 'src'), args.path).replace(/\\/g, '/').replace(/\.ts$/, '.js');
      return {
        contents: source.replaceAll('import.meta.url', `__cchcModuleUrl(${JSON.stringify(built)})`),
        loader: 'ts',
      };
    });
  },
};

/**
 * The precompiled validators (dist/validators/default.cjs, made by the post-build
 * step) go into the bundle, with the two small ajv runtime helpers they require;
 * ajv itself stays external (it compiles schemas of other plans, on demand).
 */
const precompiledValidators = {
  name: 'precompiled-validators',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]validate[\\/]precompiled\.ts$/ }, () => ({
      contents: [
        `export const PRECOMPILED_PATH = require('node:path').join(__dirname, 'validators/default.cjs');`,
        `export function loadPrecompiledModule() { return require('./validators/default.cjs'); }`,
      ].join('\n'),
      loader: 'js',
      resolveDir: join(root, 'dist'),
    }));
    build.onResolve({ filter: /^ajv(\/|$)/ }, (args) =>
      args.path.startsWith('ajv/dist/runtime/') ? undefined : { path: args.path, external: true },
    );
  },
};

/**
 * Worker threads load the bundle too, with its code cache (bin/load-bundle.cjs),
 * instead of the module build's ~150 modules: src/util/start-worker.ts is
 * replaced by a version that starts the thread that way.
 */
const bundledWorkers = {
  name: 'bundled-workers',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]util[\\/]start-worker\.ts$/ }, () => ({
      contents: [
        `export function startWorker(entry, data, options = {}) {`,
        `  const { join } = require('node:path');`,
        `  const loader = join(__dirname, '..', 'bin', 'load-bundle.cjs');`,
        `  const code = 'const { parentPort, workerData } = require("node:worker_threads");' +`,
        `    'require(' + JSON.stringify(loader) + ').loadBundle(' + JSON.stringify(__dirname) + ').runWorkerEntry(workerData.entry, workerData.data, parentPort);';`,
        `  const { Worker } = require('node:worker_threads');`,
        `  return new Worker(code, { ...options, eval: true, workerData: { entry, data } });`,
        `}`,
      ].join('\n'),
      loader: 'js',
      resolveDir: join(root, 'dist'),
    }));
  },
};

const BANNER = [
  `const __cchcModuleUrl = (file) => require("node:url").pathToFileURL(require("node:path").join(__dirname, file)).href;`,
].join('\n');

async function bundleOne(esbuild, entry, outfile, external = EXTERNAL) {
  await esbuild.build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external,
    plugins: [lazyBuiltins, precompiledValidators, bundledWorkers, moduleUrls],
    banner: { js: BANNER },
    legalComments: 'none',
    // Less text to read and scan at every start; names are kept, so stack traces stay readable.
    minifyWhitespace: !process.env.CCHC_BUNDLE_READABLE,
    minifySyntax: !process.env.CCHC_BUNDLE_READABLE,
    // import() of an external becomes require(): the bundle runs as a vm.Script (bin/cchc),
    // where import() would need Node's experimental vm loader hook.
    supported: { 'dynamic-import': false },
    logLevel: 'warning',
  });
  // The build id names the code cache that belongs to exactly this text.
  const text = readFileSync(outfile, 'utf8');
  const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
  writeFileSync(outfile, `// cchc-build ${id}\n${text}`);
  return id;
}

/** Writes dist/cchc.cjs (the CLI) and dist/cchc-worker.cjs (the validation worker). */
export async function bundle() {
  const esbuild = await import('esbuild');
  const ids = { cli: await bundleOne(esbuild, 'src/cli/main.ts', BUNDLE) };
  await bundleOne(esbuild, 'src/read/xlsx/worker.ts', XLSX_READER_BUNDLE, ['exceljs']);
  return ids;
}
