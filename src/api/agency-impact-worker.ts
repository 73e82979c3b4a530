import { parentPort, workerData } from 'node:worker_threads';
import { runAgencyImpact } from './agency-impact.js';

/**
 * A thread running one synthetic agency impact (agency-impact.ts), so that the server's own
 * thread keeps answering meanwhile: it reports each replicate done, then the result.
 */
const result = runAgencyImpact(workerData, (done) => parentPort?.postMessage({ kind: 'progress', done }));
parentPort?.postMessage({ kind: 'done', result });
