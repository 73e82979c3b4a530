import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The built `recourse` binary itself, end to end in a child process: what only a real process
 * shows (its exit code, its streams, its current directory, standard input, memory). Everything
 * a command prints is tested in-process through main(argv, io) in the other files.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const BIN = join(ROOT, PACKAGE.bin.recourse as string);
const dir = mkdtempSync(join(tmpdir(), 'recourse-binary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function recourse(args: string[], options: { input?: string | Buffer; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    input: options.input ?? '',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the recourse binary', () => {
  it('-V prints the version; a bare recourse prints the usage to stderr and exits 2', () => {
    expect(recourse(['-V'])).toEqual({ code: 0, stdout: `${PACKAGE.version}\n`, stderr: '' });
    const bare = recourse([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toMatch(/^Usage: recourse/);
  });

  it('- reads the incident from its standard input', () => {
    const garner = readFileSync(join(ROOT, 'data', 'cases', 'garner-2014.yaml'));
    const r = recourse(['evaluate', '-', '--regime', 'current', '--json'], { input: garner });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ incident: 'garner-2014', regime: 'current' });
  });

  it('standard input over 5 MB is refused', () => {
    const r = recourse(['evaluate', '-'], { input: Buffer.alloc(6 * 1024 * 1024, 'a') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('standard input: the input is over the 5 MB limit');
  });

  it('a 2 MB binary file gets a short error, not megabytes of stderr', () => {
    const bytes = Buffer.alloc(2 * 1024 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    const path = join(dir, 'binary.yaml');
    writeFileSync(path, bytes);
    const r = recourse(['evaluate', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^recourse: /);
    expect(r.stderr.length).toBeLessThan(4000);
  });

  it('a 50 MB file is refused at once, without reading it', () => {
    const path = join(dir, 'huge.yaml');
    writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 'a'));
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, BIN, 'evaluate', path], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`\n  ${path}: the input is 50.0 MB, over the 5 MB limit`);
    // Peak memory in kilobytes, the last line /usr/bin/time writes: far below the file's size.
    const peak = Number(r.stderr.trim().split('\n').at(-1));
    if (Number.isFinite(peak)) expect(peak).toBeLessThan(200_000);
    rmSync(path);
  });
});

describe('recourse from a folder outside the repository, as an installed package', () => {
  // What `npm install` does: the package under node_modules, its bin linked and executable.
  const project = join(dir, 'elsewhere');
  mkdirSync(join(project, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(ROOT, join(project, 'node_modules', 'recourse'));
  symlinkSync(
    join('..', 'recourse', PACKAGE.bin.recourse),
    join(project, 'node_modules', '.bin', 'recourse'),
  );
  chmodSync(BIN, 0o755);
  const npx = (...args: string[]) => {
    const r = spawnSync('npx', ['--no', '--', 'recourse', ...args], { cwd: project, encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('npx recourse impact --json reads the bundled cases', () => {
    const r = npx('impact', '--json', '--regime', 'current');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ baseline: 'current', cases: 28, errors: [] });
  });

  it('npx recourse diff current gfjpa-2021 counts the bundled cases', () => {
    const r = npx('diff', 'current', 'gfjpa-2021');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Cases whose routes differ \(\d+ route changes\)/);
    expect(r.stdout).toContain('kisela-hughes-2010 officerSuit');
  });

  it('npx recourse impact --synthetic 10000 reads the bundled parameters', () => {
    const r = npx('impact', '--synthetic', '10000');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^MODEL ESTIMATES, not observations: 10,000 synthetic fatal police shootings/);
  });
});
