/**
 * `npm run bench:api -- --probe`: where the server's time goes, thread by thread. Preloaded with
 * `--require` into the bench's server process, it runs in the server's thread and in every
 * evaluation thread (Node preloads `--require` modules into workers too) and keeps, per thread:
 *
 * - the event-loop delay (perf_hooks.monitorEventLoopDelay, 1 ms resolution): how long the
 *   thread could not run a ready callback, i.e. its pauses (GC, long tasks);
 * - its garbage collections (PerformanceObserver 'gc'): count, total and longest, by kind;
 * - its event-loop utilisation (the share of the time it was busy) and its heap;
 * - in an evaluation thread, per task: the wait from the server's postMessage to the start of
 *   the task (queueing behind other tasks, or a pause), and the task itself (evaluate and
 *   serialise); in the server's thread, the wait from the evaluation thread's reply to its
 *   handling there.
 *
 * The server's thread answers the bench's IPC messages `probe-reset` and `probe-dump`; on a dump
 * it gathers every thread's figures over a BroadcastChannel and sends them as one `probe` message.
 */
'use strict';
const { monitorEventLoopDelay, PerformanceObserver, createHistogram, performance, constants } =
  require('node:perf_hooks');
const { isMainThread, threadId, parentPort, Worker, BroadcastChannel } = require('node:worker_threads');
const v8 = require('node:v8');

const now = () => performance.timeOrigin + performance.now();
const ms = (ns) => Math.round(ns / 1e4) / 100;
const KINDS = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'scavenge',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'mark-compact',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak-callbacks',
};

const delay = monitorEventLoopDelay({ resolution: 1 });
delay.enable();
let gc = {};
let wait = createHistogram(); // microseconds
let task = createHistogram();
let back = createHistogram();
let elu = performance.eventLoopUtilization();

function reset() {
  delay.reset();
  gc = {};
  wait = createHistogram();
  task = createHistogram();
  back = createHistogram();
  elu = performance.eventLoopUtilization();
}

new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    const kind = KINDS[e.detail?.kind ?? e.kind] ?? String(e.detail?.kind ?? e.kind);
    const g = gc[kind] ?? { count: 0, totalMs: 0, maxMs: 0 };
    g.count++;
    g.totalMs += e.duration;
    g.maxMs = Math.max(g.maxMs, e.duration);
    gc[kind] = g;
  }
}).observe({ entryTypes: ['gc'] });

const record = (h, msValue) => h.record(Math.max(1, Math.round(msValue * 1000)));
const summary = (h) =>
  h.count === 0
    ? null
    : {
        count: h.count,
        p50Ms: ms(h.percentile(50) * 1000),
        p99Ms: ms(h.percentile(99) * 1000),
        maxMs: ms(h.max * 1000),
      };

function figures() {
  const heap = v8.getHeapStatistics();
  const used = performance.eventLoopUtilization(elu);
  const round = (x) => Math.round(x * 100) / 100;
  return {
    thread: isMainThread ? 'server' : `evaluate ${threadId}`,
    eventLoopDelay: {
      p50Ms: ms(delay.percentile(50)),
      p99Ms: ms(delay.percentile(99)),
      p999Ms: ms(delay.percentile(99.9)),
      maxMs: ms(delay.max),
    },
    utilisation: round(used.utilization),
    gc: Object.fromEntries(
      Object.entries(gc).map(([k, g]) => [
        k,
        { count: g.count, totalMs: round(g.totalMs), maxMs: round(g.maxMs) },
      ]),
    ),
    heapUsedMb: Math.round(heap.used_heap_size / 2 ** 20),
    heapTotalMb: Math.round(heap.total_heap_size / 2 ** 20),
    externalMb: Math.round(heap.external_memory / 2 ** 20),
    taskWait: summary(wait),
    task: summary(task),
    replyWait: summary(back),
  };
}

const channel = new BroadcastChannel('recourse-api-probe');
channel.unref();

if (isMainThread) {
  // Stamp each task sent to an evaluation thread, and time each reply's wait for this thread.
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (m, transfer) {
    if (m && typeof m === 'object' && 'id' in m) m.sentAt = now();
    return post.call(this, m, transfer);
  };
  const emit = Worker.prototype.emit;
  Worker.prototype.emit = function (event, m, ...rest) {
    if (event === 'message' && m && typeof m === 'object' && typeof m.postedAt === 'number')
      record(back, now() - m.postedAt);
    return emit.call(this, event, m, ...rest);
  };
  const gathered = [];
  channel.onmessage = ({ data }) => {
    if (data.kind === 'figures') gathered.push(data.figures);
  };
  process.on('message', (m) => {
    if (m?.kind === 'probe-reset') {
      reset();
      channel.postMessage({ kind: 'reset' });
      process.send({ kind: 'probe-reset' });
    } else if (m?.kind === 'probe-dump') {
      gathered.length = 0;
      channel.postMessage({ kind: 'dump' });
      const mine = figures();
      setTimeout(() => process.send({ kind: 'probe', threads: [mine, ...gathered] }), 300);
    }
  });
} else if (parentPort) {
  // Time each task of this evaluation thread: its wait since it was sent, then the task itself.
  let started = 0;
  const on = parentPort.on;
  parentPort.on = function (event, listener) {
    if (event !== 'message') return on.call(this, event, listener);
    return on.call(this, event, (m) => {
      started = now();
      if (typeof m?.sentAt === 'number') record(wait, started - m.sentAt);
      listener(m);
    });
  };
  const postMessage = parentPort.postMessage;
  parentPort.postMessage = function (m, transfer) {
    if (started && m && typeof m === 'object') {
      const t = now();
      record(task, t - started);
      m.postedAt = t;
      started = 0;
    }
    return postMessage.call(this, m, transfer);
  };
  channel.onmessage = ({ data }) => {
    if (data.kind === 'reset') reset();
    else if (data.kind === 'dump') channel.postMessage({ kind: 'figures', figures: figures() });
  };
}
