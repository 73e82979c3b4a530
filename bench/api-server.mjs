/**
 * The server side of `npm run bench:api` (bench/api.bench.ts), in a child process so that its
 * peak memory is its own: the built API (dist/) over a PGlite store in a fresh directory, and,
 * on another port of the same process, a bare Hono app with one "hello" route (the ceiling: what
 * this machine serves when the handler does nothing). Talks to the parent over IPC:
 * `ready` with both URLs; on `stats`, its peak resident memory and the CPU time it used so far; on `stop`, it closes and exits.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { startServer } from '../dist/api/server.js';
import { openStore } from '../dist/store/index.js';

const store = await openStore({ dataDir: process.env.BENCH_DATA, envToken: process.env.BENCH_TOKEN });
const threads = process.env.BENCH_EVALUATE_THREADS;
const api = await startServer({ store, port: 0, ...(threads ? { evaluateThreads: Number(threads) } : {}) });
const hello = new Hono().get('/', (c) => c.text('hello'));
const helloServer = await new Promise((resolve) => {
  const s = serve({ fetch: hello.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve({ s, info }));
});

process.on('message', async (m) => {
  if (m.kind === 'stats') {
    const cpu = process.cpuUsage();
    process.send({
      kind: 'stats',
      maxRssKb: process.resourceUsage().maxRSS,
      rssKb: Math.round(process.memoryUsage().rss / 1024),
      cpuMs: (cpu.user + cpu.system) / 1000,
    });
  } else if (m.kind === 'stop') {
    helloServer.s.close();
    await api.close();
    await store.close();
    process.exit(0);
  }
});
process.send({
  kind: 'ready',
  api: api.url,
  hello: `http://127.0.0.1:${helloServer.info.port}`,
  store: store.description,
});
