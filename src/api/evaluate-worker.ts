import { parentPort } from 'node:worker_threads';
import { evaluateIncident, type Incident, REGIMES } from '../law/index.js';
import { jsonBytes } from './json-bytes.js';

/**
 * A thread of the evaluation pool (evaluate-pool.ts): evaluates an incident under built-in
 * regimes and sends back the v1 results as JSON bytes, whose memory is handed over, not copied.
 */

interface Task {
  readonly id: number;
  readonly incident: Incident;
  readonly regimes: readonly string[];
}

parentPort?.on('message', (task: Task) => {
  try {
    const results = task.regimes.map((id) => {
      const regime = REGIMES.get(id);
      if (!regime) throw new Error(`unknown regime ${id}`);
      return evaluateIncident(regime, task.incident);
    });
    // jsonBytes gives a buffer owning its whole ArrayBuffer: it is handed over as it is.
    const own = jsonBytes(results).buffer;
    parentPort?.postMessage({ id: task.id, body: own }, [own]);
  } catch (e) {
    parentPort?.postMessage({ id: task.id, error: e instanceof Error ? e.message : String(e) });
  }
});
