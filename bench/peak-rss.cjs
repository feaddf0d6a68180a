// Preloaded (`node -r`) into a measured process by bench/lib.mjs: at exit,
// writes the process's peak resident memory in KB (worker threads included).
const { writeFileSync } = require('node:fs');
process.once('exit', () => {
  if (process.env.CCHC_BENCH_RSS_FILE) writeFileSync(process.env.CCHC_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
