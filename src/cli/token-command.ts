import type { Command } from 'commander';
import { printTo } from './command.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';
import { withStore } from './with-store.js';

/**
 * `recourse token create --label L | list [--json] | revoke ID`: the editors' tokens for the
 * server's writes. The store keeps only a hash: a new token is printed once, alone on stdout so a
 * script can take it, and cannot be shown again.
 */

export function registerToken(program: Command, io: Io): void {
  const out = printTo(io);
  const token = program
    .command('token')
    .description("Editors' tokens for the server's writes (kept only as a hash)");
  token
    .command('create')
    .description('Create a token and print it, once')
    .requiredOption('--label <label>', 'who or what the token is for')
    .action((opts: { label: string }) =>
      withStore(async (store) => {
        const { id, token: secret } = await store.tokens.create(opts.label);
        out(secret);
        io.stderr.write(`token ${id} created for "${opts.label}"; it is shown only this once\n`);
      }),
    );
  token
    .command('list')
    .description('List the tokens: id, creation time and label (never the token)')
    .option('--json', 'print as JSON')
    .action((opts: { json?: boolean }) =>
      withStore(async (store) => {
        const tokens = await store.tokens.list();
        if (opts.json) out(JSON.stringify(tokens, null, 2));
        else for (const t of tokens) out(`${t.id}  ${t.createdAt}  ${t.label}`);
      }),
    );
  token
    .command('revoke')
    .description('Revoke a token by its id: it is refused from then on')
    .argument('<id>', 'the token id (from `recourse token list`)')
    .action((id: string) =>
      withStore(async (store) => {
        if (!(await store.tokens.revoke(id))) throw new UsageError(`token revoke <id>: no token "${id}"`);
        out(`token ${id} revoked`);
      }),
    );
}
