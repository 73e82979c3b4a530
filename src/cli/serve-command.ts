import type { Command } from 'commander';
import { collect } from './command.js';
import { UsageError } from './errors.js';

/**
 * `recourse serve [--port P] [--host H] [--cors ORIGIN]...`: the HTTP API (and /docs) over the
 * store (PGlite in ./.recourse or RECOURSE_DATA; PostgreSQL when DATABASE_URL is set), until
 * Ctrl-C or SIGTERM, which close the server and then the store. The server and the store are
 * loaded only by this command.
 */

export interface ServeCommandOptions {
  readonly port: string;
  readonly host: string;
  readonly cors: string[];
}

function portOf(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > 65535)
    throw new UsageError(`--port: expected a port number 0-65535, got "${text}"`);
  return n;
}

export async function serveCommand(opts: ServeCommandOptions): Promise<void> {
  const port = portOf(opts.port);
  const fromEnv = (process.env.RECOURSE_CORS_ORIGINS ?? '').split(',').map((s) => s.trim());
  const corsOrigins = [...opts.cors, ...fromEnv].filter((s) => s !== '');
  const { openStore, StoreBusyError } = await import('../store/index.js');
  const { startServer } = await import('../api/server.js');
  const store = await openStore().catch((e: unknown) => {
    if (e instanceof StoreBusyError) throw new UsageError(e.message);
    throw e;
  });
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({ store, port, hostname: opts.host, corsOrigins });
  } catch (e) {
    await store.close();
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES')
      throw new UsageError(`--port: cannot listen on ${opts.host}:${port} (${code})`);
    throw e;
  }
  const shown = server.url.replace('//127.0.0.1:', '//localhost:');
  process.stdout.write(`Recourse API on ${shown} (docs: ${shown}/docs; store: ${store.description})\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  await store.close();
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the HTTP API (/v1, /openapi.json, /docs) over the store until Ctrl-C')
    .option('--port <p>', 'the port', '3000')
    .option('--host <h>', 'the address to listen on', '127.0.0.1')
    .option('--cors <origin>', 'allow this browser origin (repeatable; also RECOURSE_CORS_ORIGINS)', collect)
    .action((opts: Omit<ServeCommandOptions, 'cors'> & { cors?: string[] }) =>
      serveCommand({ ...opts, cors: opts.cors ?? [] }),
    );
}
