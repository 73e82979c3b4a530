import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type AgencyImpact, loadAgencyParameters, simulateAgencies } from '../analysis/index.js';
import { agencyRegime } from '../law/agency/index.js';

/**
 * Agency impact over a synthetic population (`recourse impact --agencies N`) as the API runs it:
 * the library's simulateAgencies with the bundled agency parameters, on the server's thread for a
 * small run, else on a thread of its own so that the server keeps answering.
 */

export interface AgencyImpactSpec {
  readonly agencies: number;
  readonly seed: number;
  readonly replicates: number;
  readonly regimes: readonly string[];
}

export interface AgencyImpactTask extends AgencyImpactSpec {
  /** The directory of the parameter files (data/parameters). */
  readonly parametersDir: string;
}

/** Up to this many agencies the run is short (well under a second) and stays on the caller's thread. */
export const IN_THREAD_AGENCIES = 10_000;

/** The run itself, synchronous: `progress` is told the replicates done after each one. */
export function runAgencyImpact(task: AgencyImpactTask, progress: (done: number) => void): AgencyImpact {
  return simulateAgencies(task.regimes.map(agencyRegime), loadAgencyParameters(task.parametersDir), {
    agencies: task.agencies,
    seed: task.seed,
    replicates: task.replicates,
    onProgress: progress,
  });
}

export const agencyParametersDir = (dataDir: string) => join(dataDir, 'parameters');

/** The run on a worker thread, reporting progress as it goes. */
export function runAgencyImpactInThread(
  task: AgencyImpactTask,
  progress: (done: number) => void,
): Promise<AgencyImpact> {
  // Under tsx (tests, development) the worker is TypeScript: it registers the same loader first.
  const typescript = import.meta.url.endsWith('.ts');
  const url = new URL(
    typescript ? './agency-impact-worker.ts' : './agency-impact-worker.js',
    import.meta.url,
  );
  const worker = typescript
    ? new Worker(
        `import('tsx/esm/api').then((tsx) => tsx.register()).then(() => import(${JSON.stringify(url.href)}));`,
        { eval: true, workerData: task },
      )
    : new Worker(url, { workerData: task });
  return new Promise((resolve, reject) => {
    let result: AgencyImpact | null = null;
    worker.on('message', (m: { kind: 'progress'; done: number } | { kind: 'done'; result: AgencyImpact }) => {
      if (m.kind === 'progress') progress(m.done);
      else result = m.result;
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (result) resolve(result);
      else reject(new Error(`the agency impact thread stopped with exit code ${code}`));
    });
  });
}
