// Preloaded through NODE_OPTIONS by tests, so that every Node process of a run
// loads it (the CLI and the processes it starts): at exit, each writes the
// CommonJS modules it loaded to <CCHC_RECORD_DIR>/<pid>.json.
'use strict';
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
process.once('exit', () => {
  writeFileSync(join(process.env.CCHC_RECORD_DIR, `${process.pid}.json`), JSON.stringify({ argv: process.argv, modules: Object.keys(require.cache) }));
});
