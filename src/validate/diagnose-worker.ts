import { setLang } from '../i18n/index.js';
import { SubmissionChecker } from './pipeline.js';
import { diagnoseChunk, type DiagnosedChunk, type DiagnoseSetup } from './diagnose-files.js';

/** Where a helper's answers go: the thread's parent port. */
export interface AnswerPort {
  postMessage(answer: DiagnosedChunk): void;
}

/**
 * A helper thread of diagnoseFiles: takes chunks from the shared counter until
 * none is left and answers each with its files' diagnostics; then the thread,
 * with nothing left to do, ends.
 */
export function runDiagnoseWorker(data: unknown, port: AnswerPort): void {
  const setup = data as DiagnoseSetup;
  setLang(setup.lang);
  const checker = new SubmissionChecker(setup.repo, { today: setup.today, cwd: setup.cwd, jobs: 1 });
  const next = new Int32Array(setup.next);
  void (async () => {
    for (;;) {
      const chunk = Atomics.add(next, 0, 1);
      if (chunk >= setup.chunks.length) return;
      const diagnostics = await diagnoseChunk(checker, setup.chunks[chunk]!);
      const answer: DiagnosedChunk = { chunk, found: [] };
      diagnostics.forEach((found, j) => {
        if (found.length) answer.found.push([j, found]);
      });
      port.postMessage(answer);
    }
  })();
}
