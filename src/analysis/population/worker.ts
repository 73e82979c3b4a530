import { parentPort, workerData } from 'node:worker_threads';
import { type SimulationSpec, simulateRange, tallySize } from './simulate.js';

/** A worker thread: simulates the chunks it is given and sends back its counts. */
interface Job {
  readonly spec: SimulationSpec;
  readonly chunks: readonly [number, number][];
}

const { spec, chunks } = workerData as Job;
const counts = new Float64Array(tallySize(spec));
for (const [start, end] of chunks) {
  simulateRange(spec, start, end, counts);
  parentPort?.postMessage({ kind: 'progress', done: end - start });
}
parentPort?.postMessage({ kind: 'done', counts }, [counts.buffer]);
