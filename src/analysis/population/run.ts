import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type SimulationSpec, simulateRange, tallySize } from './simulate.js';

/** Incidents per chunk: the unit of work given to a worker and of progress reports. */
const CHUNK = 10_000;

export interface RunOptions {
  /** Worker threads; 0 or 1 runs in this thread. */
  readonly workers?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

function chunksOf(n: number): [number, number][] {
  const out: [number, number][] = [];
  for (let start = 0; start < n; start += CHUNK) out.push([start, Math.min(n, start + CHUNK)]);
  return out;
}

/**
 * Runs the simulation, across worker threads if asked. Each incident's randomness depends only on
 * the seed and its index, and counts add up in any order, so the result is the same whatever the
 * number of workers.
 */
export async function runSimulation(spec: SimulationSpec, options: RunOptions = {}): Promise<Float64Array> {
  const workers = Math.max(1, Math.min(options.workers ?? 1, availableParallelism() * 4));
  const chunks = chunksOf(spec.n);
  let done = 0;
  const progress = (k: number) => {
    done += k;
    options.onProgress?.(done, spec.n);
  };
  if (workers <= 1 || chunks.length <= 1) {
    const counts = new Float64Array(tallySize(spec));
    for (const [start, end] of chunks) {
      simulateRange(spec, start, end, counts);
      progress(end - start);
    }
    return counts;
  }
  // Under tsx (development, benchmarks) the worker is TypeScript: it registers the same loader first.
  const typescript = import.meta.url.endsWith('.ts');
  const url = new URL(typescript ? './worker.ts' : './worker.js', import.meta.url);
  const start = (data: unknown) =>
    typescript
      ? new Worker(
          `import('tsx/esm/api').then((tsx) => tsx.register()).then(() => import(${JSON.stringify(url.href)}));`,
          { eval: true, workerData: data },
        )
      : new Worker(url, { workerData: data });
  const parts = await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      const mine = chunks.filter((_, k) => k % workers === w);
      return new Promise<Float64Array>((resolve, reject) => {
        const worker = start({ spec, chunks: mine });
        worker.on(
          'message',
          (m: { kind: 'progress'; done: number } | { kind: 'done'; counts: Float64Array }) => {
            if (m.kind === 'progress') progress(m.done);
            else resolve(m.counts);
          },
        );
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (code !== 0) reject(new Error(`simulation worker stopped with exit code ${code}`));
        });
      });
    }),
  );
  const total = new Float64Array(tallySize(spec));
  for (const part of parts)
    for (let i = 0; i < total.length; i++) total[i] = (total[i] as number) + (part[i] as number);
  return total;
}
