import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import SlowFirstSequencer from './test/slow-first.js';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['./test/build-once.ts'],
    // Two workers on a machine shared with other jobs can stretch a heavy property test several
    // times over its idle time (3 s); the limit is for hangs, not for speed.
    testTimeout: 60_000,
    // Vitest's default in a run is one worker fewer than the cores: on a 2-core machine, one
    // worker, every file in turn. The tests wait on child processes and a terminal (tmux) as
    // much as they compute, so use every core.
    maxWorkers: Math.max(2, availableParallelism()),
    // The test files share no mutable state (no mocks, no stubbed globals), so a worker keeps the
    // law it has built instead of importing and building every regime again for each file.
    isolate: false,
    // Without vitest's own times of an earlier run (a fresh clone, CI), the files known to be slow
    // go first, so that the two workers end together (test/slow-first.ts).
    sequence: { sequencer: SlowFirstSequencer },
  },
});
