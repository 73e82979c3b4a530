import { describe, expect, it } from 'vitest';
import { JobQueueFull, Jobs } from './jobs.js';

/**
 * The jobs machinery on its own: any kind of work, its progress told to subscribers, its result
 * kept, its failure kept as a message, and one run at a time across kinds.
 */

const noParameters = () => {
  throw new Error('no parameters are read by these jobs');
};

const ended = (jobs: Jobs, id: string) =>
  new Promise<void>((resolve) => {
    const off = jobs.subscribe(id, (e) => {
      if (e.kind === 'end') {
        off();
        resolve();
      }
    });
  });

describe('jobs', () => {
  it('runs work of any kind, tells its progress, and keeps its result', async () => {
    const jobs = new Jobs(noParameters);
    const job = jobs.run('agency-impact', { size: 3 }, 3, async (progress) => {
      for (let i = 1; i <= 3; i++) progress(i);
      return { answer: 42 };
    });
    expect(job).toMatchObject({ kind: 'agency-impact', status: 'running', done: 0, total: 3, result: null });
    const seen: number[] = [];
    jobs.subscribe(job.id, (e) => {
      if (e.kind === 'progress') seen.push(e.done);
    });
    await ended(jobs, job.id);
    expect(seen).toEqual([1, 2, 3]);
    expect(jobs.get(job.id)).toMatchObject({ status: 'done', done: 3, result: { answer: 42 }, error: null });
  });

  it('keeps a failure as its message, whether the work throws at once or rejects later', async () => {
    const jobs = new Jobs(noParameters);
    const at = jobs.run('agency-impact', {}, 1, () => {
      throw new Error('the parameters are missing');
    });
    await ended(jobs, at.id);
    expect(jobs.get(at.id)).toMatchObject({ status: 'failed', error: 'the parameters are missing' });
    const later = jobs.run('agency-impact', {}, 1, async () => {
      throw new Error('a thread stopped');
    });
    await ended(jobs, later.id);
    expect(jobs.get(later.id)).toMatchObject({ status: 'failed', error: 'a thread stopped' });
  });

  it('runs one job at a time, whatever its kind', async () => {
    const jobs = new Jobs(noParameters);
    let finish: (v: null) => void = () => {};
    const first = jobs.run('agency-impact', {}, 1, () => new Promise<null>((r) => (finish = r)));
    expect(() => jobs.run('agency-impact', {}, 1, async () => null)).toThrow(JobQueueFull);
    expect(() => jobs.start({ n: 10, seed: 1, replicates: 1, regimes: ['current'] })).toThrow(JobQueueFull);
    const done = ended(jobs, first.id);
    await new Promise((r) => setImmediate(r));
    finish(null);
    await done;
    expect(jobs.run('agency-impact', {}, 1, async () => null).status).toBe('running');
  });
});
