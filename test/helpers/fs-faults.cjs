// Preloaded with `node -r` into the CLI by tests: makes the file system fail
// the way a machine can, at a chosen step of writing. CCHC_FS_FAULT says how:
//   kill-after-rename:<n>   SIGKILL right after the n-th rename (a crash mid-set)
//   fail-rename:<n>:<code>  the n-th rename fails with that errno (EACCES, EXDEV…)
//   fail-write:<code>       every write of file data fails with that errno (ENOSPC…)
'use strict';
const fs = require('node:fs');
const { syncBuiltinESMExports } = require('node:module');

const fault = process.env.CCHC_FS_FAULT ?? '';
const [kind, a, b] = fault.split(':');

function errno(code, syscall, path) {
  return Object.assign(new Error(`${code}: simulated, ${syscall} '${path}'`), { code, syscall, path, errno: -1 });
}

let renames = 0;
if (kind === 'kill-after-rename' || kind === 'fail-rename') {
  const rename = fs.renameSync;
  fs.renameSync = function (from, to) {
    // Only the renames of temporaries onto outputs count (not the journal's own steps).
    const counted = /\.tmp$/.test(String(from)) && !/\.old\.tmp$/.test(String(from));
    if (counted) renames++;
    if (kind === 'fail-rename' && counted && renames === Number(a)) throw errno(b, 'rename', String(to));
    rename.call(this, from, to);
    if (kind === 'kill-after-rename' && counted && renames === Number(a)) process.kill(process.pid, 'SIGKILL');
  };
}
if (kind === 'fail-write') {
  const write = fs.writeSync;
  fs.writeSync = function (fd, ...rest) {
    if (fd > 2) throw errno(a, 'write', '');
    return write.call(this, fd, ...rest);
  };
}
syncBuiltinESMExports();
