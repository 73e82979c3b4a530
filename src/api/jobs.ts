import { randomBytes } from 'node:crypto';
import {
  type Assumption,
  type AverageYearEstimate,
  assumptionsOf,
  averageYearEstimates,
  estimates,
  type ParameterSet,
  type RegimeEstimate,
  runSimulation,
} from '../analysis/index.js';
import { json } from './endpoint.js';
import { ApiProblem } from './problem.js';

/**
 * Long runs as jobs (synthetic impact of incidents or of agencies): started by a POST, their progress streamed as server-sent events,
 * their result fetched later. Jobs live in this process's memory (the most recent ones are kept);
 * a run of more than one chunk goes to worker threads, so the server keeps answering meanwhile.
 */

export interface SyntheticSpec {
  readonly n: number;
  readonly seed: number;
  readonly replicates: number;
  readonly regimes: readonly string[];
}

export interface SyntheticResult {
  readonly label: 'model estimates';
  readonly population: string;
  readonly n: number;
  readonly seed: number;
  readonly replicates: number;
  readonly estimates: readonly RegimeEstimate[];
  readonly averageYear: readonly AverageYearEstimate[];
  readonly assumptions: readonly Assumption[];
}

export type JobStatus = 'running' | 'done' | 'failed';

/** What a job runs: a synthetic impact of incidents, or of agencies (agency-jobs.ts). */
export type JobKind = 'synthetic-impact' | 'agency-impact';

export interface JobView<S = SyntheticSpec, R = SyntheticResult> {
  readonly id: string;
  readonly kind: JobKind;
  readonly status: JobStatus;
  readonly spec: S;
  readonly done: number;
  readonly total: number;
  readonly createdAt: string;
  readonly finishedAt: string | null;
  readonly error: string | null;
  readonly result: R | null;
}

export type JobEvent =
  | { readonly kind: 'progress'; readonly done: number; readonly total: number }
  | { readonly kind: 'end'; readonly status: JobStatus };

interface Job {
  view: JobView<unknown, unknown>;
  readonly listeners: Set<(e: JobEvent) => void>;
}

/** How many jobs are kept, and how many may run at once (each may take both cores). */
const KEPT = 50;
const RUNNING_AT_ONCE = 1;
/** Below this many incidents the run is short enough to stay on the server's own thread. */
const IN_THREAD = 10_000;

export class JobQueueFull extends Error {}

/**
 * A job started and answered 202 with its location, or, while another runs, 429 with a
 * Retry-After: the one answer of every endpoint that starts a job.
 */
export function acceptJob(start: () => { readonly id: string }): Response {
  try {
    const job = start();
    return json(job, 202, { location: `/v1/jobs/${job.id}` });
  } catch (e) {
    if (!(e instanceof JobQueueFull)) throw e;
    throw new ApiProblem(429, 'Too many synthetic runs', [{ in: 'body', path: '', message: e.message }], {
      'retry-after': '5',
    });
  }
}

/** The work of a job: told how to report progress, it resolves to the job's result. */
export type JobWork<R> = (progress: (done: number) => void) => Promise<R>;

export class Jobs {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly parameters: () => ParameterSet,
    private readonly workers = 2,
  ) {}

  private running(): number {
    let n = 0;
    for (const j of this.jobs.values()) if (j.view.status === 'running') n++;
    return n;
  }

  /** Throws JobQueueFull while another job runs. */
  private assertRoom(): void {
    if (this.running() >= RUNNING_AT_ONCE)
      throw new JobQueueFull(
        'a synthetic run (of incidents or of agencies) is already in progress; try again when it ends',
      );
  }

  /**
   * Starts a job of any kind: `total` is the unit of its progress; `work` is called on the next
   * turn, so that the caller can answer (and subscribe) first. Throws JobQueueFull while another
   * job runs.
   */
  run<S, R>(kind: JobKind, spec: S, total: number, work: JobWork<R>): JobView<S, R> {
    this.assertRoom();
    // Hex: an id path parameter starts with a letter or digit (a base64url one may not).
    const id = randomBytes(8).toString('hex');
    const job: Job = {
      view: {
        id,
        kind,
        status: 'running',
        spec,
        done: 0,
        total,
        createdAt: new Date().toISOString(),
        finishedAt: null,
        error: null,
        result: null,
      },
      listeners: new Set(),
    };
    this.jobs.set(id, job);
    while (this.jobs.size > KEPT) {
      const oldest = [...this.jobs.values()].find((j) => j.view.status !== 'running');
      if (!oldest) break;
      this.jobs.delete(oldest.view.id);
    }
    const emit = (e: JobEvent) => {
      for (const l of job.listeners) l(e);
    };
    const finish = (patch: Partial<JobView<unknown, unknown>>) => {
      job.view = { ...job.view, ...patch, finishedAt: new Date().toISOString() };
      emit({ kind: 'end', status: job.view.status });
    };
    setImmediate(() => {
      let started: Promise<R>;
      try {
        started = work((done) => {
          job.view = { ...job.view, done };
          emit({ kind: 'progress', done, total });
        });
      } catch (e) {
        started = Promise.reject(e);
      }
      started.then(
        (result) => finish({ status: 'done', result }),
        (e: unknown) => finish({ status: 'failed', error: e instanceof Error ? e.message : String(e) }),
      );
    });
    return job.view as JobView<S, R>;
  }

  start(spec: SyntheticSpec): JobView {
    this.assertRoom();
    const parameters = this.parameters();
    const full = { ...spec, parameters };
    return this.run('synthetic-impact', spec, spec.n, async (progress) => {
      const counts = await runSimulation(full, {
        workers: spec.n <= IN_THREAD ? 1 : this.workers,
        onProgress: (done) => progress(done),
      });
      return {
        label: 'model estimates',
        population: 'fatal shootings by on-duty officers',
        n: spec.n,
        seed: spec.seed,
        replicates: spec.replicates,
        estimates: estimates(full, counts),
        averageYear: averageYearEstimates(full, counts),
        assumptions: assumptionsOf(parameters),
      } satisfies SyntheticResult;
    });
  }

  get(id: string): JobView<unknown, unknown> | null {
    return this.jobs.get(id)?.view ?? null;
  }

  /** Calls `listener` on each event of the job until it ends; returns the unsubscribe function. */
  subscribe(id: string, listener: (e: JobEvent) => void): () => void {
    const job = this.jobs.get(id);
    if (!job) return () => {};
    job.listeners.add(listener);
    return () => job.listeners.delete(listener);
  }
}
