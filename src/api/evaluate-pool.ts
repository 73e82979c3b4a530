import { Worker } from 'node:worker_threads';

/**
 * Threads that evaluate incidents under built-in regimes and serialise the results, so that the
 * server's own thread only reads requests and writes answers: one process then uses both cores
 * of a two-core machine (what `npm run bench:api` measures). With no threads, the caller
 * evaluates in its own thread.
 */

type Reply = {
  readonly id: number;
  /** The answer, in its first `length` bytes. */
  readonly body?: ArrayBuffer;
  readonly length?: number;
  /** A body's text that is not a valid request under built-in regimes alone: not answered here. */
  readonly declined?: true;
  readonly error?: string;
};

interface Thread {
  readonly worker: Worker;
  busy: number;
}

export class EvaluatePool {
  private readonly threads: Thread[] = [];
  private readonly pending = new Map<
    number,
    { resolve(b: Buffer<ArrayBuffer> | null): void; reject(e: Error): void }
  >();
  private next = 1;
  /** The memory of the answers given and not yet recycled: only these are given back. */
  private readonly answers = new WeakSet<ArrayBuffer>();
  private recycled = 0;

  constructor(readonly size: number) {}

  private start(): Thread {
    // Under tsx (tests, development) the worker is TypeScript: it registers the same loader first.
    const typescript = import.meta.url.endsWith('.ts');
    const url = new URL(typescript ? './evaluate-worker.ts' : './evaluate-worker.js', import.meta.url);
    const worker = typescript
      ? new Worker(
          `import('tsx/esm/api').then((tsx) => tsx.register()).then(() => import(${JSON.stringify(url.href)}));`,
          { eval: true },
        )
      : new Worker(url);
    const thread: Thread = { worker, busy: 0 };
    worker.on('message', (reply: Reply) => {
      thread.busy--;
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (!waiting) return;
      if (reply.body) {
        const answer = Buffer.from(reply.body, 0, reply.length);
        this.answers.add(reply.body);
        waiting.resolve(answer);
      } else if (reply.declined) waiting.resolve(null);
      else waiting.reject(new Error(reply.error ?? 'evaluation failed'));
    });
    worker.on('error', (e) => {
      for (const w of this.pending.values()) w.reject(e);
      this.pending.clear();
      this.threads.splice(this.threads.indexOf(thread), 1);
    });
    worker.unref();
    this.threads.push(thread);
    return thread;
  }

  /**
   * The answer to a POST /v1/evaluate body, from its text, parsed and checked in the thread: the
   * v1 results as JSON bytes when it is a valid request under built-in regimes alone, else null
   * (it is then for the server's thread to answer: an invalid body, a saved regime, `with`).
   */
  evaluateText(text: string): Promise<Buffer<ArrayBuffer> | null> {
    while (this.threads.length < this.size) this.start();
    const thread = this.threads.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.next++;
    // To the least busy thread: the one with the fewest tasks sent and not answered.
    thread.busy++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      thread.worker.postMessage({ id, text });
    });
  }

  /**
   * Gives an answer's memory back to a thread, to write a later answer into, once the answer has
   * been handed to the socket and nothing reads it any more. Answers whose memory is dropped
   * instead are freed by the garbage collector, but the server's thread then collects its whole
   * heap about once for every 64 MB of them (V8's external memory limit): under load, a pause of
   * this thread about once a second, which recycling avoids.
   */
  recycle(answer: Buffer<ArrayBuffer>): void {
    const memory = answer.buffer;
    if (!this.answers.has(memory) || this.threads.length === 0) return;
    this.answers.delete(memory);
    const thread = this.threads[this.recycled++ % this.threads.length] as Thread;
    thread.worker.postMessage({ spare: memory }, [memory]);
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
    this.threads.length = 0;
  }
}
