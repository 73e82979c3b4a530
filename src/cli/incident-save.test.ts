import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseIncident } from '../law/index.js';
import { writeFileAtomically } from './atomic-write.js';
import { UsageError } from './errors.js';
import { checkSaveTarget, incidentYaml, saveIncident } from './incident-save.js';

const dir = mkdtempSync(join(tmpdir(), 'recourse-save-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GARNER = parseIncident(
  readFileSync(join(import.meta.dirname, '..', '..', 'data', 'cases', 'garner-2014.yaml'), 'utf8'),
  'garner-2014.yaml',
);

describe('writing a file whole or not at all', () => {
  it('writes, and replaces a file whole, leaving no temporary file', () => {
    const path = join(dir, 'whole.txt');
    writeFileAtomically(path, 'first\n');
    writeFileAtomically(path, 'second\n');
    expect(readFileSync(path, 'utf8')).toBe('second\n');
    expect(readdirSync(dir).filter((f) => f.includes('whole.txt'))).toEqual(['whole.txt']);
  });

  it('when it cannot take the name, leaves what was there and no temporary file', () => {
    const target = join(dir, 'taken');
    mkdirSync(join(target, 'inside'), { recursive: true });
    expect(() => writeFileAtomically(target, 'text')).toThrow();
    expect(readdirSync(target)).toEqual(['inside']);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('saving the facts an interview gathered', () => {
  it('checks the target before the interview: a missing directory, or a directory, is a usage error naming --save', () => {
    const missing = join(dir, 'no-such-dir', 'facts.yaml');
    expect(() => checkSaveTarget(missing)).toThrow(UsageError);
    expect(() => checkSaveTarget(missing)).toThrow(`--save: ${missing}: the directory`);
    mkdirSync(join(dir, 'a-dir'), { recursive: true });
    expect(() => checkSaveTarget(join(dir, 'a-dir'))).toThrow('is a directory, expected a file');
    expect(() => checkSaveTarget(join(dir, 'new.yaml'))).not.toThrow();
    writeFileSync(join(dir, 'existing.yaml'), 'old');
    // An existing file is overwritten only with --force (issue 10: a file of facts is not lost by accident).
    expect(() => checkSaveTarget(join(dir, 'existing.yaml'))).toThrow(
      `--save: ${join(dir, 'existing.yaml')} exists; pass --force to overwrite it`,
    );
    expect(() => checkSaveTarget(join(dir, 'existing.yaml'), true)).not.toThrow();
  });

  it('writes an incident file that reads back as the same incident, saying what stayed unknown', () => {
    const path = join(dir, 'garner.yaml');
    saveIncident(path, GARNER, {
      unknown: ['findings.rightViolated'],
      leftOpen: ['findings.clearlyEstablished', 'findings.obviousViolation'],
    });
    const text = readFileSync(path, 'utf8');
    expect(text.split('\n').slice(0, 3)).toEqual([
      '# Facts gathered by `recourse interview`. A fact not written here is unknown.',
      `# Answered "don't know": findings.rightViolated`,
      '# Left open unasked: findings.clearlyEstablished, findings.obviousViolation',
    ]);
    expect(parseIncident(text, path)).toEqual(GARNER);
  });

  it('without anything unknown, the header is one line', () => {
    const text = incidentYaml(GARNER, { unknown: [], leftOpen: [] });
    expect(text.split('\n')[1]).toBe('id: garner-2014');
  });

  it('a write that fails is a usage error naming --save and the file', () => {
    const path = join(dir, 'taken');
    expect(() => saveIncident(path, GARNER, { unknown: [], leftOpen: [] })).toThrow(
      `--save: cannot write ${path}`,
    );
  });
});
