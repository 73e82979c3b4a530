import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runCli } from './run-in-process.js';
import { VirtualTerminal } from './test-terminal.js';

/**
 * `recourse interview` and `recourse whatif` through main(argv, io); the interactive interview
 * in-process on a terminal in memory (test-terminal.ts), and its `--save` refusal and `--force`
 * with the built binary in a real pseudo-terminal (tmux).
 */

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin.recourse as string);
const KISELA = 'data/cases/kisela-hughes-2010.yaml';
const ALL_REGIMES = [
  'current',
  'gfjpa-2021',
  'justice-act-2020',
  'scott-2021',
  'dem-final-offer-2021',
  'eo-14074',
];

// stdin is not a terminal.
const recourse = (...args: string[]) => runCli(args);

const dir = mkdtempSync(join(tmpdir(), 'recourse-interview-'));
const PARTIAL = join(dir, 'partial.yaml');
writeFileSync(PARTIAL, 'id: partial-incident\ndate: 2019-06-01\nplace: { state: AZ }\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Statuses = Record<string, Record<string, string>>;
const statuses = (results: { regime: string; routes: Record<string, { status: string }> }[]): Statuses =>
  Object.fromEntries(
    results.map((r) => [
      r.regime,
      Object.fromEntries(Object.entries(r.routes).map(([k, v]) => [k, v.status])),
    ]),
  );

describe('recourse interview --answers', () => {
  it('prints { asked, leftOpen, determined, facts, results } with a result for every regime, as the full case evaluates', async () => {
    const r = await recourse('interview', '--answers', KISELA, '--json');
    expect(r.code).toBe(0);
    const run = JSON.parse(r.stdout);
    // v1's fields, and those the interview added for funding, tactics and reporting.
    expect(Object.keys(run).sort()).toEqual([
      'asked',
      'askedForRoutes',
      'beyondRoutesDetermined',
      'beyondRoutesOpen',
      'determined',
      'facts',
      'leftOpen',
      'results',
    ]);
    expect(run.asked.slice(0, run.askedForRoutes.length)).toEqual(run.askedForRoutes);
    expect(run.facts).toMatchObject({
      id: 'kisela-hughes-2010',
      date: '2010-05-01',
      officer: { employer: 'local' },
    });
    // Kisela's record of the department is unknown: one "don't know any of these" leaves it open.
    expect(run.leftOpen.length).toBeGreaterThan(0);
    for (const path of run.leftOpen) {
      expect(path).toMatch(/^agency\.|^findings\./);
      expect(run.asked).not.toContain(path);
    }
    expect(run.asked.length).toBeGreaterThan(0);
    expect(new Set(run.asked).size).toBe(run.asked.length);
    // Kisela leaves the employer suit and pattern-or-practice undetermined.
    expect(run.determined).toBe(false);
    expect(run.results.map((x: { regime: string }) => x.regime)).toEqual(ALL_REGIMES);
    const full = JSON.parse((await recourse('evaluate', KISELA, '--json')).stdout);
    expect(statuses(run.results)).toEqual(statuses(full));
    expect(run.results[0].routes.officerSuit).toMatchObject({
      status: 'unavailable',
      blockedBy: 'qualified-immunity',
    });
  });

  it('--regime restricts the regimes settled and reported', async () => {
    const r = await recourse('interview', '--answers', KISELA, '--regime', 'current', '--json');
    expect(r.code).toBe(0);
    const run = JSON.parse(r.stdout);
    expect(run.results.map((x: { regime: string }) => x.regime)).toEqual(['current']);
    const all = JSON.parse((await recourse('interview', '--answers', KISELA, '--json')).stdout);
    expect(run.asked.length).toBeLessThanOrEqual(all.asked.length);
    const two = JSON.parse(
      (
        await recourse(
          'interview',
          '--answers',
          KISELA,
          '--regime',
          'current',
          '--regime',
          'gfjpa-2021',
          '--json',
        )
      ).stdout,
    );
    expect(two.results.map((x: { regime: string }) => x.regime)).toEqual(['current', 'gfjpa-2021']);
  });

  it('starts from a partial incident file when one is given', async () => {
    const r = await recourse('interview', PARTIAL, '--answers', KISELA, '--regime', 'current', '--json');
    expect(r.code).toBe(0);
    const run = JSON.parse(r.stdout);
    expect(run.results[0]).toMatchObject({
      incident: 'partial-incident',
      regime: 'current',
      asOf: '2019-06-01',
    });
    expect(run.asked[0]).toBe('officer.employer');
  });

  it('prints the questions asked and the results without --json', async () => {
    const r = await recourse('interview', '--answers', KISELA, '--regime', 'current');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Asked \d+ question\(s\): officer\.employer, /);
    expect(r.stdout).toMatch(/^Left open unasked: agency\./m);
    expect(r.stdout).toContain('Every route settled: no');
    expect(r.stdout).toMatch(/^Asked for the routes: \d+; for funding, tactics and reporting only: \d+$/m);
    expect(r.stdout).toMatch(/^Every grant, tactic and reporting duty settled: (yes|no \(open: .+\))$/m);
    expect(r.stdout).toMatch(/officerSuit\s+unavailable\s+qualified-immunity/);
  });

  it('--save writes the facts gathered as an incident file that evaluates as the interview ended', async () => {
    const out = join(dir, 'saved-kisela.yaml');
    const r = await recourse('interview', '--answers', KISELA, '--save', out, '--json');
    expect(r.code).toBe(0);
    const run = JSON.parse(r.stdout);
    const saved = readFileSync(out, 'utf8');
    expect(saved).toMatch(/^# Facts gathered by `recourse interview`/);
    expect(saved).toContain(`# Left open unasked: ${run.leftOpen.join(', ')}`);
    const again = JSON.parse((await recourse('evaluate', out, '--json')).stdout);
    expect(statuses(again)).toEqual(statuses(run.results));
  });

  it('--save into a directory that does not exist exits 2 before asking anything', async () => {
    const out = join(dir, 'no-such-dir', 'facts.yaml');
    const r = await recourse('interview', '--answers', KISELA, '--save', out, '--json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--save: ${out}: the directory`);
    expect(r.stdout).toBe('');
  });

  it('asks a local agency’s credentialing for a 2021 chokehold under current (EO 13929), not for a 2025 one', async () => {
    const file = (date: string) => {
      const path = join(dir, `chokehold-${date}.yaml`);
      writeFileSync(
        path,
        `id: chokehold-${date}\ndate: ${date}\nplace: { state: AZ, locality: Phoenix }\n` +
          'officer: { employer: local, role: police, underColorOfLaw: true, complaintFiled: true }\n' +
          'agency: { credentialing: none }\n' +
          'conduct: { force: [chokehold], deadlyForce: false, claims: [excessive-force] }\nharm: injury\n',
      );
      return path;
    };
    const in2021 = JSON.parse(
      (await recourse('interview', '--answers', file('2021-03-01'), '--regime', 'current', '--json')).stdout,
    );
    expect(in2021.asked).toContain('agency.credentialing');
    expect(in2021.askedForRoutes).not.toContain('agency.credentialing');
    expect(in2021.results[0].funding).toContainEqual(
      expect.objectContaining({ grant: 'doj-discretionary', atRisk: true }),
    );
    const in2025 = JSON.parse(
      (await recourse('interview', '--answers', file('2025-03-01'), '--regime', 'current', '--json')).stdout,
    );
    expect(in2025.asked).not.toContain('agency.credentialing');
    const registry = JSON.parse(
      (await recourse('interview', '--answers', file('2021-03-01'), '--regime', 'gfjpa-2021', '--json'))
        .stdout,
    );
    expect(registry.asked).toContain('officer.complaintFiled');
    expect(registry.results[0].reporting).toContainEqual(
      expect.objectContaining({ system: 'national-police-misconduct-registry', determined: true }),
    );
  });

  it('exits 2 for an unknown regime or a bad answers file', async () => {
    const r = await recourse('interview', '--answers', KISELA, '--regime', 'nope', '--json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--regime: unknown id "nope"');
    expect(r.stdout).toBe('');
    const missing = await recourse('interview', '--answers', join(dir, 'missing.yaml'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file or directory');
  });

  it('without a terminal and without --answers, exits 2 with a clear message', async () => {
    for (const args of [['interview'], ['interview', PARTIAL], ['interview', '--regime', 'current']]) {
      const r = await recourse(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('the interactive interview needs a terminal; pass --answers FILE');
      expect(r.stdout).toBe('');
    }
  });
});

describe('recourse whatif', () => {
  it('prints the smallest changes as JSON, with the rule that makes the difference', async () => {
    const r = await recourse('whatif', KISELA, '--regime', 'current', '--route', 'officerSuit', '--json');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({
      incident: 'kisela-hughes-2010',
      regime: 'current',
      route: 'officerSuit',
      status: 'unavailable',
    });
    const pairs = result.flips.map((f: { changes: { path: string }[] }) =>
      f.changes
        .map((c) => c.path)
        .sort()
        .join(' + '),
    );
    expect(pairs.sort()).toEqual([
      'findings.clearlyEstablished + findings.rightViolated',
      'findings.obviousViolation + findings.rightViolated',
    ]);
    const rules = result.flips
      .map((f: { because: { b: { rule: string } }[] }) => f.because[0]?.b.rule)
      .sort();
    expect(rules).toEqual(['harlow-v-fitzgerald.clearly-established', 'hope-v-pelzer.obvious-violation']);
  });

  it('gives a single fact under gfjpa-2021', async () => {
    const r = await recourse('whatif', KISELA, '--regime', 'gfjpa-2021', '--route', 'officerSuit', '--json');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.status).toBe('undetermined');
    for (const f of result.flips) expect(f.changes).toHaveLength(1);
    expect(result.flips.map((f: { changes: { path: string }[] }) => f.changes[0]?.path)).toContain(
      'findings.rightViolated',
    );
  });

  it('says what would leave a settled route turning on unknown facts, as text and as JSON', async () => {
    const garner = 'data/cases/garner-2014.yaml';
    const text = await recourse('whatif', garner, '--regime', 'current', '--route', 'federalProsecution');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('No change of one or two facts brings it to another settled status.');
    expect(text.stdout).toContain('It turns on facts still unknown with one fact:');
    expect(text.stdout).toMatch(
      /- findings\.mentalState: "reckless" -> "purpose" {2}=> {2}undetermined, needing findings\.rightViolated/,
    );
    expect(text.stdout).toContain('by screws-v-united-states.specific-intent');
    const json = JSON.parse(
      (await recourse('whatif', garner, '--regime', 'current', '--route', 'federalProsecution', '--json'))
        .stdout,
    );
    expect(Object.keys(json).sort()).toEqual(['flips', 'incident', 'regime', 'route', 'status', 'unsettles']);
    expect(json.unsettles[0].changes[0]).toEqual({
      path: 'findings.mentalState',
      from: 'reckless',
      to: 'purpose',
    });
  });

  it('exits 2 without --route, with an unknown route, or an unknown regime', async () => {
    const noRoute = await recourse('whatif', KISELA, '--regime', 'current');
    expect(noRoute.code).toBe(2);
    expect(noRoute.stderr).toContain("required option '--route <name>' not specified");
    const badRoute = await recourse('whatif', KISELA, '--regime', 'current', '--route', 'nope');
    expect(badRoute.code).toBe(2);
    expect(badRoute.stderr).toContain('--route');
    const badRegime = await recourse('whatif', KISELA, '--regime', 'nope', '--route', 'officerSuit');
    expect(badRegime.code).toBe(2);
    expect(badRegime.stderr).toContain('--regime: unknown id "nope"');
    for (const r of [noRoute, badRoute, badRegime]) expect(r.stdout).toBe('');
  });
});

// --- The interactive interview: in-process on a terminal in memory; --save in a real one (tmux) ----

/** A terminal a test reads and presses keys on: in memory (test-terminal.ts), or a tmux session. */
interface Terminal {
  /** The whole screen, history included, wrapped lines joined. */
  text(): string;
  /** Presses keys by their tmux names (Up, Down, Enter, Space, BSpace, C-c). */
  press(...keys: string[]): void;
  /** Types text. */
  type(text: string): void;
}

const HAS_TMUX = spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;
if (!HAS_TMUX) console.warn('skipping the interactive interview test in tmux: tmux is not installed');
/** A tmux server of our own, its socket in our temporary directory, so that no other session is touched. */
const SOCKET = join(dir, 'tmux.sock');
const tmux = (...args: string[]) => spawnSync('tmux', ['-S', SOCKET, ...args], { encoding: 'utf8' });

/** A tmux session running the built binary in a real pseudo-terminal. */
function tmuxTerminal(session: string): Terminal {
  return {
    text: () => tmux('capture-pane', '-p', '-J', '-S', '-', '-t', session).stdout,
    press: (...keys) => void tmux('send-keys', '-t', session, ...keys),
    type: (text) => void tmux('send-keys', '-t', session, '-l', text),
  };
}

const STEP_MS = 10_000;
/** How often a test looks at the screen while it waits for it to change. */
const POLL_MS = 20;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(term: Terminal, what: string, done: (screen: string) => boolean): Promise<string> {
  const until = Date.now() + STEP_MS;
  let screen = '';
  while (Date.now() < until) {
    screen = term.text();
    if (done(screen)) return screen;
    await sleep(POLL_MS);
  }
  throw new Error(`timed out after ${STEP_MS} ms waiting for ${what}; the screen was:\n${screen}`);
}

const linesOf = (screen: string) => screen.split('\n');
/** The index of the last line that matches, or -1 (the target library has no findLastIndex). */
function lastIndex(lines: readonly string[], match: (line: string) => boolean): number {
  for (let i = lines.length - 1; i >= 0; i--) if (match(lines[i] as string)) return i;
  return -1;
}
/** How many questions have been shown so far (answered ones are marked ✔, the open one ?). */
const promptCount = (screen: string) => linesOf(screen).filter((l) => /^[?✔] /.test(l)).length;

/** The question waiting for an answer, if any. */
function openQuestion(screen: string): string | null {
  const lines = linesOf(screen);
  const open = lastIndex(lines, (l) => l.startsWith('? '));
  const answered = lastIndex(lines, (l) => l.startsWith('✔ '));
  return open > answered ? (lines[open] as string).slice(2) : null;
}

/** The cell of a route in the last live summary printed (the table under its `route` header). */
function summaryCell(screen: string, route: string): string | undefined {
  const lines = linesOf(screen);
  const header = lastIndex(lines, (l) => /^route {2,}\S/.test(l));
  const row = lines.slice(header + 1, header + 6).find((l) => l.startsWith(`${route} `));
  return header < 0 ? undefined : row?.slice(route.length).trim();
}

/**
 * The choices of the open question (the block of lines around the cursor, as far as the page shows
 * them), and where the cursor is. A select prompt shows `❯ label`, a checkbox `❯◯ label`.
 */
function choicesOf(screen: string): { labels: string[]; cursor: number } {
  const lines = linesOf(screen);
  const open = lastIndex(lines, (l) => l.startsWith('? '));
  const at = lines.findIndex((l, i) => i > open && l.startsWith('❯'));
  if (open < 0 || at < 0) return { labels: [], cursor: -1 };
  const isChoice = (l: string | undefined) =>
    l !== undefined && l.trim() !== '' && !l.startsWith('↑↓') && !l.trim().startsWith('(space to select');
  let first = at;
  while (first > open + 1 && isChoice(lines[first - 1])) first--;
  let last = at;
  while (isChoice(lines[last + 1])) last++;
  const block = lines.slice(first, last + 1).filter((l) => !l.includes('──'));
  return {
    labels: block.map((l) => l.replace(/^[❯ ]/, '').replace(/^[◯◉]/, '').trim()),
    cursor: block.findIndex((l) => l.startsWith('❯')),
  };
}

/** Moves the cursor of the open prompt to a choice, a key at a time (the page may scroll). */
async function moveTo(term: Terminal, label: string): Promise<void> {
  for (let step = 0; step < 40; step++) {
    const screen = term.text();
    const { labels, cursor } = choicesOf(screen);
    if (cursor < 0) throw new Error(`no open prompt; the screen was:\n${screen}`);
    const at = labels[cursor];
    if (at === label) return;
    const target = labels.indexOf(label);
    term.press(target >= 0 && target < cursor ? 'Up' : 'Down');
    await waitFor(term, `the cursor to move from "${at}" towards "${label}"`, (s) => {
      const c = choicesOf(s);
      return c.labels[c.cursor] !== at;
    });
  }
  throw new Error(`could not reach the choice "${label}"`);
}

/** Picks a choice of the open select prompt. */
async function choose(term: Terminal, label: string): Promise<void> {
  await moveTo(term, label);
  term.press('Enter');
}

/** Ticks choices of the open checkbox prompt with space, then confirms. */
async function tick(term: Terminal, ...labels: string[]): Promise<void> {
  for (const label of labels) {
    await moveTo(term, label);
    term.press('Space');
    await waitFor(term, `"${label}" ticked`, (s) => {
      const lines = linesOf(s);
      return lines[lastIndex(lines, (l) => l.startsWith('❯'))]?.startsWith('❯◉') ?? false;
    });
  }
  term.press('Enter');
}

/** Waits for a new question (after `before` prompts) and returns its text. */
async function nextOpenQuestion(
  term: Terminal,
  before: number,
): Promise<{ question: string; screen: string }> {
  const screen = await waitFor(
    term,
    'the next question',
    (s) => promptCount(s) > before && openQuestion(s) !== null,
  );
  return { question: openQuestion(screen) as string, screen };
}

describe('recourse interview in a terminal (in-process, a terminal in memory)', () => {
  /** The interviews started by the current test, and how each ended. */
  const running: { term: VirtualTerminal; exited: Promise<number> }[] = [];
  afterEach(async () => {
    // An interview a failed test left waiting on a question is left with Ctrl-C.
    for (const { term, exited } of running.splice(0)) {
      if (!term.text().includes('exit code')) term.press('C-c');
      await exited;
    }
  });

  /** Starts `recourse interview [FILE] --regime REGIME [...more]` in-process on a new terminal. */
  function startInterview(file: string | null, regime: string, ...more: string[]): VirtualTerminal {
    const term = new VirtualTerminal();
    const args = ['interview', ...(file ? [file] : []), '--regime', regime, ...more];
    running.push({ term, exited: term.run(args) });
    return term;
  }

  it('asks, shows a live summary, takes "don\'t know", goes back, and finishes with the results', async () => {
    const term = startInterview(PARTIAL, 'current');

    // 1. The first question, with the live summary before it: nothing settled but the state suit.
    let { question, screen } = await nextOpenQuestion(term, 0);
    expect(question).toBe('Who employed the officer?');
    expect(screen).toMatch(/^route\s+current/m);
    expect(summaryCell(screen, 'officerSuit')).toBe('?');
    expect(screen).toContain('  why: if federal: ');
    expect(screen).toContain('  help: § 1983 reaches state and local officers');
    expect(choicesOf(screen).labels).toEqual([
      'federal',
      'state',
      'local',
      'tribal',
      "don't know",
      'finish now',
    ]);
    await choose(term, 'local');

    // 2. Color of law; answering no settles three routes, and the summary says so.
    ({ question, screen } = await nextOpenQuestion(term, 1));
    expect(question).toBe(
      'Was the officer acting under color of law (in an official capacity, even beyond lawful authority)?',
    );
    expect(screen).toMatch(/^✔ Who employed the officer\?/m);
    expect(choicesOf(screen).labels).toEqual(['yes', 'no', "don't know", '<- back', 'finish now']);
    expect(summaryCell(screen, 'officerSuit')).toBe('?');
    expect(summaryCell(screen, 'federalProsecution')).toBe('?');
    await choose(term, 'no');

    // 3. A third question: the summary has changed; answer "don't know".
    ({ question, screen } = await nextOpenQuestion(term, 2));
    const third = question;
    expect(summaryCell(screen, 'officerSuit')).toBe('no (no-color-of-law)');
    expect(summaryCell(screen, 'employerSuit')).toBe('no (no-color-of-law)');
    expect(summaryCell(screen, 'federalProsecution')).toBe('no (no-color-of-law)');
    expect(choicesOf(screen).labels).toContain("don't know");
    await choose(term, "don't know");

    // 4. "Don't know" moves on to another question; "<- back" returns to the third.
    ({ question, screen } = await nextOpenQuestion(term, 3));
    expect(question).not.toBe(third);
    expect(linesOf(screen)).toContain(" don't know");
    await choose(term, '<- back');
    ({ question, screen } = await nextOpenQuestion(term, 4));
    expect(question).toBe(third);

    // 5. Finish now: the results, then "interview complete". The question undone by back is not counted.
    await choose(term, 'finish now');
    screen = await waitFor(term, '"interview complete"', (s) => s.includes('interview complete'));
    expect(screen).toContain('Asked 2 question(s).');
    expect(screen).toContain('current: The law in force on the incident date');
    expect(screen).toMatch(/^\s+officerSuit\s+unavailable\s+no-color-of-law/m);
    expect(screen).toMatch(/^\s+federalProsecution\s+unavailable\s+no-color-of-law\s+\(18 U\.S\.C\. 242\)/m);
    expect(screen.indexOf('Asked 2 question(s).')).toBeLessThan(screen.indexOf('interview complete'));
  }, 90_000);

  // A local officer whose clearly unestablished right was violated on purpose: under H.R. 1280 the
  // § 242 charge turns on the force used (the chokehold amendment supplies fair warning).
  const FORCE_ONLY = join(dir, 'force-only.yaml');
  writeFileSync(
    FORCE_ONLY,
    `id: force-only
date: 2019-06-01
place: { state: AZ }
officer: { employer: local, role: police, underColorOfLaw: true, withinScopeOfEmployment: true }
agency: { patternOrPractice: false, policyOrCustomCaused: false, deliberatelyIndifferentTraining: false, chokeholdRule: none, noKnockRule: none, receivesByrneJag: false, receivesCops: false }
findings: { rightViolated: true, clearlyEstablished: false, obviousViolation: false, mentalState: purpose }
conduct: { deadlyForce: false, noKnockEntry: false }
`,
  );
  // (The agency's rules, its grants, deadly force and no-knock entry are given too, so that no
  // grant, tactic or reporting duty is left to ask: the force alone is.)
  const FORCE_QUESTION = 'What kinds of force were used?';

  it('asks a set with a checkbox; ticking an answer settles the route and the interview ends by itself', async () => {
    const term = startInterview(FORCE_ONLY, 'gfjpa-2021');
    const { question, screen } = await nextOpenQuestion(term, 0);
    expect(question).toBe(FORCE_QUESTION);
    expect(screen).toContain('(space to select, enter to confirm; select nothing for none)');
    expect(screen).toContain('if chokehold: federalProsecution available under gfjpa-2021');
    expect(summaryCell(screen, 'federalProsecution')).toBe('?');
    expect(choicesOf(screen).labels.slice(0, 3)).toEqual(['chokehold', 'carotid-restraint', 'firearm']);
    await tick(term, 'chokehold');
    const done = await waitFor(term, '"interview complete"', (s) => s.includes('interview complete'));
    expect(summaryCell(done, 'federalProsecution')).toBe('available');
    expect(done).toContain('Asked 1 question(s).');
    expect(done).toMatch(/^\s+federalProsecution\s+available/m);
  }, 90_000);

  it('a checkbox offers "don\'t know" too', async () => {
    const term = startInterview(FORCE_ONLY, 'gfjpa-2021');
    await nextOpenQuestion(term, 0);
    await tick(term, "don't know");
    // Nothing else could settle the charge, so the interview ends with it undetermined.
    const done = await waitFor(term, '"interview complete"', (s) => s.includes('interview complete'));
    expect(done).toContain('Asked 1 question(s).');
    expect(summaryCell(done, 'federalProsecution')).toBe('?');
    expect(done).toMatch(/^\s+federalProsecution\s+undetermined\s+needs conduct\.force/m);
  }, 90_000);

  // Everything known but the findings: the first question is a finding, asked as a group.
  const FINDINGS_OPEN = join(dir, 'findings-open.yaml');
  writeFileSync(
    FINDINGS_OPEN,
    `id: findings-open
date: 2019-06-01
place: { state: AZ }
officer: { employer: local, role: police, underColorOfLaw: true, withinScopeOfEmployment: true }
agency: { patternOrPractice: false, policyOrCustomCaused: false, deliberatelyIndifferentTraining: false }
conduct: { force: [firearm], deadlyForce: true, claims: [excessive-force] }
harm: death
`,
  );

  it('"don\'t know any finding" leaves the whole group open with one answer', async () => {
    const term = startInterview(FINDINGS_OPEN, 'current');
    const { question, screen } = await nextOpenQuestion(term, 0);
    expect(question).toBe('Was a federal right violated (prong one)?');
    expect(screen).toContain('  about: what a court, a jury or a prosecutor has found');
    expect(choicesOf(screen).labels).toEqual([
      'yes',
      'no',
      "don't know",
      "don't know any finding (leave them all open)",
      'finish now',
    ]);
    await choose(term, "don't know any finding (leave them all open)");
    // Nothing else could settle a route, so the interview ends by itself.
    const done = await waitFor(term, '"interview complete"', (s) => s.includes('interview complete'));
    expect(done).toContain(
      'Asked 1 question(s); left open unasked: findings.clearlyEstablished, findings.obviousViolation, findings.mentalState, findings.dangerousWeapon.',
    );
    expect(done).toMatch(/^\s+officerSuit\s+undetermined\s+needs findings\./m);
  }, 90_000);

  it('a checkbox takes answers or one control alone, never both', async () => {
    const term = startInterview(FORCE_ONLY, 'gfjpa-2021');
    await nextOpenQuestion(term, 0);
    await tick(term, 'chokehold', "don't know");
    const refused = await waitFor(term, 'the refusal', (s) =>
      s.includes('tick answers, or one of "don\'t know" alone'),
    );
    expect(openQuestion(refused)).toContain(FORCE_QUESTION);
    // Untick "don't know": the chokehold alone is taken, and settles the charge.
    await moveTo(term, "don't know");
    term.press('Space');
    await waitFor(term, '"don\'t know" unticked', (s) => {
      const lines = linesOf(s);
      return lines[lastIndex(lines, (l) => l.startsWith('❯'))]?.startsWith('❯◯') ?? false;
    });
    term.press('Enter');
    const done = await waitFor(term, '"interview complete"', (s) => s.includes('interview complete'));
    expect(done).toContain('Asked 1 question(s).');
    expect(done).toMatch(/^\s+federalProsecution\s+available/m);
  }, 90_000);

  it('without a file, asks the date and the state first, refusing a day that does not exist', async () => {
    const term = startInterview(null, 'current');
    await waitFor(term, 'the date prompt', (s) => s.includes('When did it happen? (YYYY-MM-DD)'));
    term.type('2021-02-30');
    term.press('Enter');
    await waitFor(term, 'the date refused', (s) =>
      s.includes('expected a real calendar date as YYYY-MM-DD, got "2021-02-30"'),
    );
    for (let i = 0; i < 10; i++) term.press('BSpace');
    term.type('2021-02-28');
    term.press('Enter');
    await waitFor(term, 'the state prompt', (s) => s.includes('In which state?'));
    term.type('ZZ');
    term.press('Enter');
    await waitFor(term, 'the state refused', (s) => s.includes('expected a state postal code, e.g. NY'));
    for (let i = 0; i < 4; i++) term.press('BSpace');
    term.type('ny');
    term.press('Enter');
    const { question } = await nextOpenQuestion(term, 2);
    expect(question).toBe('Who employed the officer?');
  }, 90_000);

  it('Ctrl-C leaves the interview with a plain message and exit code 130, no stack trace', async () => {
    const term = startInterview(PARTIAL, 'current');
    await nextOpenQuestion(term, 0);
    term.press('C-c');
    const done = await waitFor(term, 'the exit code', (s) => s.includes('exit code'));
    expect(done).toContain('recourse: interview cancelled; nothing was saved');
    expect(done).toContain('exit code 130');
    expect(done).not.toContain('internal error');
    expect(done).not.toMatch(/\n\s+at /);
  }, 90_000);

  it('--save writes what was answered when the person finishes', async () => {
    const out = join(dir, 'saved-interactive.yaml');
    const term = startInterview(PARTIAL, 'current', '--save', out);
    await nextOpenQuestion(term, 0);
    await choose(term, 'local');
    await nextOpenQuestion(term, 1);
    await choose(term, "don't know");
    await nextOpenQuestion(term, 2);
    await choose(term, 'finish now');
    const done = await waitFor(term, '"interview complete"', (s) => s.includes('interview complete'));
    expect(done).toContain(`Saved the facts to ${out}.`);
    const saved = readFileSync(out, 'utf8');
    expect(saved).toContain('# Answered "don\'t know": officer.underColorOfLaw');
    expect(saved).toContain('id: partial-incident');
    expect(saved).toContain('employer: local');
    expect(saved).not.toMatch(/^\s+underColorOfLaw:/m);
  }, 90_000);

  // A 2021 chokehold by a local officer, every route's fact known: only the grants are left.
  const CREDENTIALING_OPEN = join(dir, 'credentialing-open.yaml');
  writeFileSync(
    CREDENTIALING_OPEN,
    `id: chokehold-2021
date: 2021-03-01
place: { state: AZ, locality: Phoenix }
officer: { employer: local, role: police, underColorOfLaw: true, withinScopeOfEmployment: true }
agency: { patternOrPractice: false, policyOrCustomCaused: false, deliberatelyIndifferentTraining: false, chokeholdRule: none }
findings: { rightViolated: true, clearlyEstablished: false, obviousViolation: false, mentalState: purpose }
conduct: { force: [chokehold], deadlyForce: false, noKnockEntry: false, claims: [excessive-force] }
harm: injury
`,
  );

  it('with every route settled, asks the agency’s credentialing and says which grant it puts at risk (EO 13929)', async () => {
    const term = startInterview(CREDENTIALING_OPEN, 'current');
    const { question, screen } = await nextOpenQuestion(term, 0);
    expect(question).toContain('Was the agency credentialed by an accreditation body');
    expect(screen).toContain('if none: doj-discretionary at risk under current');
    expect(screen).toContain('if credentialed: doj-discretionary not at risk under current');
    expect(screen).toContain('help: Executive Order 13929');
    await choose(term, 'none');
    const done = await waitFor(term, '"interview complete"', (s) => s.includes('interview complete'));
    expect(done).toContain('Asked 1 question(s).');
  }, 90_000);

  it('a checkbox offers "finish now" too', async () => {
    const term = startInterview(FORCE_ONLY, 'gfjpa-2021');
    await nextOpenQuestion(term, 0);
    await tick(term, 'finish now');
    const done = await waitFor(term, '"interview complete"', (s) => s.includes('interview complete'));
    expect(done).toContain('Asked 0 question(s).');
    expect(done).toMatch(/^\s+federalProsecution\s+undetermined/m);
  }, 90_000);

  // An agency profile with only its kind: the agency interview, in the same terminal.
  const AGENCY_PARTIAL = join(dir, 'agency-partial.yaml');
  writeFileSync(
    AGENCY_PARTIAL,
    'id: partial-sheriff\ndate: 2021-03-03\nagency: { kind: sheriff, state: GA }\n',
  );

  it('interviews an agency profile: the best question first, "don\'t know", back, and the obligations at the end', async () => {
    const term = startInterview(AGENCY_PARTIAL, 'gfjpa-2021');
    let { question, screen } = await nextOpenQuestion(term, 0);
    expect(question).toBe(
      'How does the agency get Byrne JAG money: its own award, a subgrant from the state, or none?',
    );
    expect(screen).toMatch(/^gfjpa-2021: \d+ obligations, 0 not met, \d+ undetermined$/m);
    expect(choicesOf(screen).labels).toEqual([
      'direct',
      'state-subgrant',
      'none',
      "don't know",
      'finish now',
    ]);
    await choose(term, 'state-subgrant');
    ({ question, screen } = await nextOpenQuestion(term, 1));
    expect(question).toBe('Does the agency receive COPS grants?');
    expect(choicesOf(screen).labels).toEqual(['yes', 'no', "don't know", '<- back', 'finish now']);
    await choose(term, "don't know");
    ({ question } = await nextOpenQuestion(term, 2));
    expect(question).not.toBe('Does the agency receive COPS grants?');
    await choose(term, '<- back');
    ({ question } = await nextOpenQuestion(term, 3));
    expect(question).toBe('Does the agency receive COPS grants?');
    await choose(term, 'finish now');
    const done = await waitFor(term, '"interview complete"', (s) => s.includes('interview complete'));
    expect(done).toContain('Asked 1 question(s).');
    expect(done).toContain('  gfjpa-2021 (hypothetical)');
    expect(done).toMatch(
      /duty to intervene and training: grant-condition, undetermined \(needs policy\.dutyToInterveneTraining\)/,
    );
  }, 90_000);
});

describe.skipIf(!HAS_TMUX)(
  HAS_TMUX
    ? 'recourse interview in a real terminal (tmux, the built binary)'
    : 'recourse interview in a real terminal (skipped: tmux is not installed)',
  () => {
    const sessions: string[] = [];
    afterAll(() => {
      tmux('kill-server');
    });

    /** Starts the built `recourse interview ...args` in a new detached tmux session, 220 x 60. */
    function startBinary(name: string, args: string): Terminal {
      const session = `interview-${process.pid}-${name}`;
      sessions.push(session);
      const command = `${process.execPath} ${BIN} interview ${args}; echo "exit code $?"; sleep 30`;
      const started = tmux('new-session', '-d', '-s', session, '-x', '220', '-y', '60', '-c', ROOT, command);
      expect(started.status, started.stderr).toBe(0);
      return tmuxTerminal(session);
    }

    it('--save refuses to overwrite an existing file before the first question; --force overwrites it', async () => {
      // Two files that exist, one refused and one overwritten: the two runs go side by side.
      const out = join(dir, 'taken-interactive.yaml');
      const forcedOut = join(dir, 'taken-interactive-forced.yaml');
      writeFileSync(out, 'keep me\n');
      writeFileSync(forcedOut, 'keep me\n');
      // A starting file with facts the interview never asks about: the saved file keeps them.
      const start = join(dir, 'start-with-harm.yaml');
      writeFileSync(
        start,
        'id: start-with-harm\ndate: 2019-06-01\nplace: { state: AZ }\nconduct: { deadlyForce: true, claims: [excessive-force] }\nharm: death\n',
      );
      const refused = startBinary('refused', `${start} --regime current --save ${out}`);
      const forced = startBinary('forced', `${start} --regime current --save ${forcedOut} --force`);

      const screen = await waitFor(refused, 'the exit code', (s) => s.includes('exit code'));
      expect(screen).toContain(`recourse: --save: ${out} exists; pass --force to overwrite it`);
      expect(screen).toContain('exit code 2');
      expect(promptCount(screen)).toBe(0);
      expect(readFileSync(out, 'utf8')).toBe('keep me\n');

      await nextOpenQuestion(forced, 0);
      await choose(forced, 'local');
      await nextOpenQuestion(forced, 1);
      await choose(forced, 'finish now');
      const done = await waitFor(forced, 'the exit code', (s) => s.includes('exit code'));
      expect(done).toContain('interview complete');
      expect(done).toContain(`Saved the facts to ${forcedOut}.`);
      expect(done).toContain('exit code 0');
      const saved = readFileSync(forcedOut, 'utf8');
      expect(saved).toMatch(/^# Facts gathered by `recourse interview`/);
      expect(saved).toContain('employer: local');
      expect(saved).toContain('harm: death');
      expect(saved).toContain('deadlyForce: true');
      expect(saved).toMatch(/claims:\n\s+- excessive-force/);
    }, 90_000);
  },
);
