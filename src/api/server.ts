import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Store } from '../store/index.js';
import { type ApiOptions, createApp } from './app.js';

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
}

export function startServer(options: ServeOptions): Promise<RunningServer> {
  const app = createApp(options);
  const hostname = options.hostname ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((e) => (e ? fail(e) : done()));
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}
