import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BASE_REPO, tempRepo } from '../../helpers/fixture-repo.js';
import { loadRepository } from '../../../src/repo/load.js';
import { collectSubmissionFiles } from '../../../src/repo/files.js';
import { SubmissionChecker } from '../../../src/validate/pipeline.js';
import { diagnoseFiles, type DiagnoseSetup } from '../../../src/validate/diagnose-files.js';
import { runDiagnoseWorker } from '../../../src/validate/diagnose-worker.js';
import { unitChunks } from '../../../src/validate/unit-chunks.js';

/** How the fake helper threads behave; the real ones are tested through the built CLI (test/e2e/parallel-validate.test.ts). */
let helperKind: 'works' | 'dies-after-taking-a-chunk' | 'cannot-start' = 'works';
/** Files the fake helpers answered for. */
let answered = 0;

/**
 * A stand-in for a Worker, running in this thread: it takes chunks from the
 * shared counter alongside the main loop (their awaits interleave) and answers
 * with the same messages and events as a thread.
 */
class FakeWorker extends EventEmitter {
  constructor(setup: DiagnoseSetup) {
    super();
    if (helperKind === 'dies-after-taking-a-chunk') {
      Atomics.add(new Int32Array(setup.next), 0, 1);
      setImmediate(() => {
        this.emit('error', new Error('helper crashed'));
        this.emit('exit', 1);
      });
      return;
    }
    runDiagnoseWorker(setup, {
      postMessage: (answer) => {
        answered += setup.chunks[answer.chunk]!.length;
        setImmediate(() => this.emit('message', answer));
      },
    });
  }
  terminate(): Promise<number> {
    return Promise.resolve(0);
  }
}

vi.mock('../../../src/util/start-worker.js', () => ({
  startWorker: (_entry: string, data: DiagnoseSetup) => {
    if (helperKind === 'cannot-start') throw new Error('no threads here');
    return new FakeWorker(data);
  },
}));

function repository(): string {
  const q1 = readFileSync(join(BASE_REPO, 'submissions/2024Q1/xa-an-binh.yaml'), 'utf8');
  const q2 = readFileSync(join(BASE_REPO, 'submissions/2024Q2/xa-an-binh.yaml'), 'utf8');
  const files: Record<string, string> = {};
  const units = ['units:', '  - { id: phong-noi-vu, name: Phòng Nội vụ, kind: department, leads: [chi-dao, to-chuc, cong-vu] }'];
  for (let i = 0; i < 60; i++) {
    const unit = `xa-${i}`;
    units.push(`  - { id: ${unit}, name: Xã ${i}, kind: commune }`);
    files[`submissions/2024Q1/${unit}.yaml`] = q1.replaceAll('xa-an-binh', unit);
    const q = q2.replaceAll('xa-an-binh', unit);
    files[`submissions/2024Q2/${unit}.yaml`] = i % 3 === 0 ? q.replace('hs-tiep-nhan: 410', 'hs-tiep-nhan: 4100') : i % 3 === 1 ? q.replace('areas:', 'areas: [') : q;
  }
  files['units.yaml'] = `${units.join('\n')}\n`;
  return tempRepo(files);
}

describe('diagnoseFiles', () => {
  const root = repository();

  afterEach(() => {
    helperKind = 'works';
  });

  /** Files this thread checked in the last run. */
  let checkedHere = 0;

  async function run(threads: number) {
    const repo = await loadRepository(root);
    const files = collectSubmissionFiles(root, [], root);
    const options = { today: '2026-01-01', cwd: root };
    const checker = new SubmissionChecker(repo, options);
    const check = checker.check.bind(checker);
    checkedHere = 0;
    checker.check = (file) => {
      checkedHere++;
      return check(file);
    };
    return diagnoseFiles(checker, files, { repo, ...options, threads });
  }

  it('finds what checking every file in one thread finds, in file order, with helpers answering chunks', async () => {
    const repo = await loadRepository(root);
    const files = collectSubmissionFiles(root, [], root);
    const one = new SubmissionChecker(repo, { today: '2026-01-01', cwd: root });
    const expected = [];
    for (const f of files) expected.push((await one.check(f)).diagnostics);
    expect(expected.flat().map((d) => d.code)).toEqual(expect.arrayContaining(['value-jump', 'yaml-syntax']));
    expect(await run(1)).toEqual(expected);
    answered = 0;
    expect(await run(3)).toEqual(expected);
    // The helpers' answers are used, not checked again here.
    expect(answered).toBeGreaterThan(0);
    expect(checkedHere + answered).toBe(expected.length);
  });

  it('checks in this thread what a helper took and never answered', async () => {
    const expected = await run(1);
    helperKind = 'dies-after-taking-a-chunk';
    expect(await run(2)).toEqual(expected);
  });

  it('does the work alone when no helper thread can start', async () => {
    const expected = await run(1);
    helperKind = 'cannot-start';
    expect(await run(4)).toEqual(expected);
  });
});

describe('unitChunks', () => {
  it('keeps each unit\'s files together, in file order within a chunk', () => {
    const files = ['s/2024Q1/a.yaml', 's/2024Q1/b.yaml', 's/2024Q1/c.yaml', 's/2024Q2/a.yaml', 's/2024Q2/b.yml', 's/2024Q2/c.yaml', 's/2024S1/a.yaml'];
    expect(unitChunks(files, 2)).toEqual([
      [0, 3, 6],
      [1, 4],
      [2, 5],
    ]);
    expect(unitChunks(files, 4)).toEqual([
      [0, 1, 3, 4, 6],
      [2, 5],
    ]);
    expect(unitChunks(files, 100)).toEqual([[0, 1, 2, 3, 4, 5, 6]]);
    expect(unitChunks([], 4)).toEqual([]);
  });
});
