// Preloaded with `node --import` by tests: records every module specifier that
// reaches the ESM loader into the file named by CCHC_TRACE_IMPORTS, so a test
// can tell whether a run imported a package (in any thread).
import { register } from 'node:module';

register(new URL('./trace-imports-hooks.mjs', import.meta.url), {
  data: { file: process.env.CCHC_TRACE_IMPORTS },
});
