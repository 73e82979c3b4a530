import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';

/**
 * The committed migrations (drizzle/) are what drizzle-kit generates from src/store/schema.ts:
 * a change of the schema without its migration fails here, not on a user's database.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'recourse-migrations-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('drizzle-kit finds nothing to add to the committed migrations', async () => {
  cpSync(join(ROOT, 'drizzle'), join(work, 'out'), { recursive: true });
  const schema = relative(work, join(ROOT, 'src', 'store', 'schema.ts'));
  writeFileSync(
    join(work, 'drizzle.config.ts'),
    `export default { dialect: 'postgresql', schema: ${JSON.stringify(schema)}, out: './out' };\n`,
  );
  const before = readdirSync(join(work, 'out')).sort();
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [join(ROOT, 'node_modules', 'drizzle-kit', 'bin.cjs'), 'generate'],
    { cwd: work },
  );
  expect(stdout).toContain('No schema changes, nothing to migrate');
  expect(readdirSync(join(work, 'out')).sort()).toEqual(before);
}, 60_000);
