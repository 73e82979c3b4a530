import { parentPort } from 'node:worker_threads';
import type { Regime } from '../engine/index.js';
import { DEFAULT_REGIMES, evaluateIncident, type Incident, REGIMES } from '../law/index.js';
import { jsonBytes } from './json-bytes.js';
import { evaluateRequest } from './requests.js';

/**
 * A thread of the evaluation pool (evaluate-pool.ts). A task is the text of a POST /v1/evaluate
 * body: it is parsed and checked here, off the server's thread, with the same schema; when it is
 * a valid request under built-in regimes alone, the incident is evaluated under them and the v1
 * results are sent back as JSON bytes, whose memory is handed over, not copied. Anything else is
 * declined, to be answered (and its errors named) by the server's thread, as without threads.
 */

interface Task {
  readonly id: number;
  readonly text: string;
}

function regimesOf(ids: readonly string[]): Regime[] | null {
  const out: Regime[] = [];
  for (const id of ids) {
    const regime = REGIMES.get(id);
    if (!regime) return null;
    out.push(regime);
  }
  return out;
}

/** The request in a body's text, when it is valid and names built-in regimes alone; else null. */
function builtInRequest(text: string): { incident: Incident; regimes: Regime[] } | null {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return null;
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return null;
  const parsed = evaluateRequest.safeParse(doc);
  if (!parsed.success || (parsed.data.with ?? []).length > 0) return null;
  const ids = parsed.data.regimes && parsed.data.regimes.length > 0 ? parsed.data.regimes : DEFAULT_REGIMES;
  const regimes = regimesOf(ids);
  return regimes && { incident: parsed.data.incident, regimes };
}

parentPort?.on('message', (task: Task) => {
  try {
    const request = builtInRequest(task.text);
    if (request === null) {
      parentPort?.postMessage({ id: task.id, declined: true });
      return;
    }
    const { incident, regimes } = request;
    // jsonBytes gives a buffer owning its whole ArrayBuffer: it is handed over as it is.
    const own = jsonBytes(regimes.map((regime) => evaluateIncident(regime, incident))).buffer;
    parentPort?.postMessage({ id: task.id, body: own }, [own]);
  } catch (e) {
    parentPort?.postMessage({ id: task.id, error: e instanceof Error ? e.message : String(e) });
  }
});
