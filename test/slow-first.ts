import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order of the test files. Vitest runs the longest files first when it has their times from
 * an earlier run (node_modules/.vite); without them (a fresh clone, CI) it runs the largest files
 * first, which puts short files with long tests (the crash test, the random interview) last, and
 * one worker then runs them alone at the end. So, when some file has no time of its own yet, the
 * files known to be slow (idle times, 2 workers) go first, slowest first; the order of the rest,
 * and every order once vitest knows the times, is vitest's. A name here that no longer exists, or
 * a slow file missing, changes only the order.
 */
const SLOW_FIRST = [
  'src/api/fuzz.test.ts',
  'src/store/crash.test.ts',
  'src/analysis/interview-random.test.ts',
  'src/analysis/interview.test.ts',
  'src/cli/binary.test.ts',
  'src/cli/impact.test.ts',
  'src/engine/compile.test.ts',
  'src/cli/store-commands.test.ts',
  'src/store/store.test.ts',
  'src/cli/serve.test.ts',
  'src/cli/interview.test.ts',
  'src/cli/news-import.test.ts',
];

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    const path = (f: TestSpecification) => relative(root, f.moduleId).split('\\').join('/');
    const timed = (f: TestSpecification) =>
      this.ctx.cache.getFileTestResults(`${f.project.name}:${relative(root, f.moduleId)}`) !== undefined;
    if (sorted.every(timed)) return sorted;
    const rank = (f: TestSpecification) => {
      const i = SLOW_FIRST.indexOf(path(f));
      return i < 0 ? SLOW_FIRST.length : i;
    };
    return sorted
      .map((f, i) => ({ f, i }))
      .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
      .map((x) => x.f);
  }
}
