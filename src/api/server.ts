import type { AddressInfo, Socket } from 'node:net';
import { availableParallelism } from 'node:os';
import { serve } from '@hono/node-server';
import type { Store } from '../store/index.js';
import { type ApiOptions, createApp } from './app.js';
import { EvaluatePool } from './evaluate-pool.js';
import { SECURITY_HEADERS } from './headers.js';
import { ApiProblem, PROBLEM_TYPE, problemBody } from './problem.js';

/** The API on a real HTTP server (Node's), as `recourse serve` and the tests run it. */

export interface RunningServer {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  readonly port: number;
  /** Stops accepting connections and closes the open ones; the store is the caller's to close. */
  close(): Promise<void>;
}

export interface ServeOptions extends Omit<ApiOptions, 'store'> {
  readonly store: Store;
  /** 0 picks a free port. */
  readonly port: number;
  /** Default 127.0.0.1: the server is reached from this machine only unless asked otherwise. */
  readonly hostname?: string;
  /** Evaluation threads beside the server's own; default: one per other core, at most 3. */
  readonly evaluateThreads?: number;
}

/**
 * A request Node's HTTP parser cannot read (a broken request line or header, a body with no
 * declared length) never reaches the API: Node would answer a bare 400. It is answered here as
 * problem+json too, and the connection closed.
 */
function answerMalformed(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const [status, reason, where, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'header', 'the headers are too large']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'body', 'the request was not received in time']
        : [400, 'Bad Request', 'body', `malformed HTTP request (${error.code ?? 'unreadable'})`];
  const body = JSON.stringify(
    problemBody(new ApiProblem(status, reason, [{ in: where as 'body' | 'header', path: '', message }])),
  );
  const headers = Object.entries({ ...SECURITY_HEADERS, 'content-type': PROBLEM_TYPE })
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\n${headers}content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

export function startServer(options: ServeOptions): Promise<RunningServer> {
  const pool = new EvaluatePool(
    options.evaluateThreads ?? Math.max(0, Math.min(3, availableParallelism() - 1)),
  );
  const app = createApp({ ...options, pool: pool.size > 0 ? pool : null });
  const hostname = options.hostname ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((e) => (e ? fail(e) : pool.close().then(done, fail)));
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
    server.on('clientError', answerMalformed);
  });
}
