import { parentPort } from 'node:worker_threads';
import type { Regime } from '../engine/index.js';
import { DEFAULT_REGIMES, evaluateIncident, type Incident, REGIMES } from '../law/index.js';
import { jsonBytes } from './json-bytes.js';
import { evaluateRequest } from './requests.js';

/**
 * A thread of the evaluation pool (evaluate-pool.ts). A task is the text of a POST /v1/evaluate
 * body: it is parsed and checked here, off the server's thread, with the same schema; when it is
 * a valid request under built-in regimes alone, the incident is evaluated under them and the v1
 * results are sent back as JSON bytes, whose memory is handed over, not copied, and given back
 * once sent, to be written into again. Anything else is declined, to be answered (and its errors
 * named) by the server's thread, as without threads.
 */

type Message =
  | { readonly id: number; readonly text: string }
  /** The memory of an answer the server has sent: written into again (see EvaluatePool.recycle). */
  | { readonly spare: ArrayBuffer };

/** ArrayBuffers of answers sent, given back to be reused: at most SPARES_KEPT are kept. */
const spare: ArrayBuffer[] = [];
const SPARES_KEPT = 64;

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

parentPort?.on('message', (task: Message) => {
  if ('spare' in task) {
    if (spare.length < SPARES_KEPT) spare.push(task.spare);
    return;
  }
  try {
    const request = builtInRequest(task.text);
    if (request === null) {
      parentPort?.postMessage({ id: task.id, declined: true });
      return;
    }
    const { incident, regimes } = request;
    // The answer is at the start of an ArrayBuffer of its own, handed over, not copied.
    const answer = jsonBytes(
      regimes.map((regime) => evaluateIncident(regime, incident)),
      spare,
    );
    parentPort?.postMessage({ id: task.id, body: answer.buffer, length: answer.length }, [answer.buffer]);
  } catch (e) {
    parentPort?.postMessage({ id: task.id, error: e instanceof Error ? e.message : String(e) });
  }
});
