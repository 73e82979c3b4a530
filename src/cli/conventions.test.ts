import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROVISIONS, REGIMES, STATE_AND_LOCAL_LAWS } from '../law/index.js';
import { COMMANDS } from './main.js';
import { runCli } from './run-in-process.js';

/**
 * The command line as a newcomer meets it (issue 10), through `main(argv, io)`: conventions,
 * errors a person can act on, what-if both ways, the interview's saved file, readable text.
 */

const recourse = (...args: string[]) => runCli(args);
const dir = mkdtempSync(join(tmpdir(), 'recourse-conventions-'));
function file(name: string, text: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const GARNER = 'data/cases/garner-2014.yaml';
const GARNER_TEXT = readFileSync(GARNER, 'utf8');

// A 2022 Minneapolis shooting with no finding yet: the officer suit turns on two findings.
const MINNEAPOLIS_2022 = file(
  'minneapolis-2022.yaml',
  `id: minneapolis-2022
date: 2022-02-02
place: { state: MN, locality: Minneapolis }
officer: { employer: local, role: police, underColorOfLaw: true, withinScopeOfEmployment: true }
conduct: { force: [firearm], deadlyForce: true, noKnockEntry: true, warrantFor: drug, claims: [excessive-force] }
harm: death
`,
);

describe('conventions', () => {
  it('--version and -V print the version of the package', async () => {
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
    for (const flag of ['--version', '-V']) {
      const r = await recourse(flag);
      expect(r).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    }
  });

  it('--help goes to stdout with exit 0; a bare recourse prints the usage to stderr and exits 2', async () => {
    const help = await recourse('--help');
    expect(help.code).toBe(0);
    expect(help.stderr).toBe('');
    expect(help.stdout).toMatch(/^Usage: recourse/);
    const bare = await recourse();
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toMatch(/^Usage: recourse/);
    expect(bare.stderr).toContain('evaluate');
    const helpOf = await recourse('help', 'whatif');
    expect(helpOf.code).toBe(0);
    expect(helpOf.stdout).toMatch(/^Usage: recourse whatif/);
    expect(await recourse('help', 'nope')).toEqual({
      code: 2,
      stdout: '',
      stderr: "recourse: help: unknown command 'nope'; see recourse --help\n",
    });
  });

  it('help lists every regime id, every state or local law id and every provision id, with their titles', async () => {
    const help = (await recourse('--help')).stdout;
    const lines = help.split('\n');
    const listed = (id: string, title: string) =>
      lines.some((l) => l.startsWith(`  ${id} `) && l.trim().slice(id.length).trim().startsWith(title));
    for (const [id, regime] of REGIMES) expect(listed(id, regime.title), id).toBe(true);
    for (const law of STATE_AND_LOCAL_LAWS) expect(listed(law.id, law.title), law.id).toBe(true);
    for (const [id, provision] of PROVISIONS) expect(listed(id, provision.title), id).toBe(true);
    expect((await recourse('diff', '--help')).stdout).toContain('hr-1280-sec-102');
    const evaluate = (await recourse('evaluate', '--help')).stdout;
    expect(evaluate).toContain('Regimes (--regime):');
    expect(evaluate).toContain('co-sb20-217');
  });

  it('help says which options a command requires: explain and whatif need --regime and --route', async () => {
    const squash = (s: string) => s.replace(/\s+/g, ' ');
    const explain = squash((await recourse('explain', '--help')).stdout);
    expect(explain).toContain('--regime <id> a regime id (required; repeatable)');
    const whatif = squash((await recourse('whatif', '--help')).stdout);
    expect(whatif).toContain('--regime <id> a regime id (required)');
    expect(whatif).toMatch(/--route <name> the route \(required\)/);
  });

  it('no option says its default twice, and no help shows "(default: [])"', async () => {
    expect(COMMANDS.map((c) => c.name)).toEqual([
      'evaluate',
      'explain',
      'compare',
      'diff',
      'interview',
      'whatif',
      'impact',
      'negotiate',
      'regimes',
      'schema',
      'agency',
      'news',
      'serve',
      'token',
      'export',
      'import',
    ]);
    for (const command of COMMANDS) {
      const help = (await recourse(command.name, '--help')).stdout.replace(/\s+/g, ' ');
      expect(help, command.name).not.toContain('(default: [])');
      // Each option's description, up to the next option: at most one "default".
      for (const option of help.split(/ (?=--?[a-zA-Z])/)) {
        expect(option.match(/default/g)?.length ?? 0, `${command.name}: ${option}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('every message to stderr begins with the one prefix "recourse: ", commander\'s own included', async () => {
    const runs = [
      ['evaluate', GARNER, '--colour'],
      ['evaluate'],
      ['nope'],
      ['evaluate', GARNER, '--regime', 'nope'],
      ['evaluate', join(dir, 'missing.yaml')],
      ['whatif', GARNER, '--regime', 'current'],
      ['explain', GARNER, '--regime', 'current', '--route', 'civilSuit'],
    ];
    for (const args of runs) {
      const r = await recourse(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/^recourse: /);
      expect(r.stderr, args.join(' ')).not.toMatch(/^error:/m);
    }
  });

  it('- reads an incident from standard input', async () => {
    const r = await runCli(['evaluate', '-', '--regime', 'current', '--json'], { stdin: GARNER_TEXT });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((x: { incident: string }) => x.incident)).toEqual(['garner-2014']);
    const whatif = await runCli(['whatif', '-', '--regime', 'current', '--route', 'federalProsecution'], {
      stdin: GARNER_TEXT,
    });
    expect(whatif.stdout).toMatch(/^federalProsecution under current for garner-2014: unavailable/);
  });

  it('a repeated --regime (or --with) is evaluated once', async () => {
    const r = await recourse('evaluate', GARNER, '--regime', 'current', '--regime', 'current', '--json');
    expect(JSON.parse(r.stdout).map((x: { regime: string }) => x.regime)).toEqual(['current']);
    const compare = await recourse(
      'compare',
      GARNER,
      '--regime',
      'gfjpa-2021',
      '--regime',
      'current',
      '--regime',
      'gfjpa-2021',
      '--with',
      'co-sb20-217',
      '--with',
      'co-sb20-217',
      '--json',
    );
    expect(JSON.parse(compare.stdout).regimes).toEqual(['gfjpa-2021+co-sb20-217', 'current+co-sb20-217']);
  });

  it('explain takes several --regime, and --json gives the trace as data', async () => {
    const text = await recourse(
      'explain',
      GARNER,
      '--regime',
      'current',
      '--regime',
      'gfjpa-2021',
      '--route',
      'federalProsecution',
    );
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('(2014-07-17, New York City, NY) under current');
    expect(text.stdout).toContain('(2014-07-17, New York City, NY) under gfjpa-2021');
    expect(text.stdout).toContain('federalProsecution = "unavailable"  by federal-prosecution.section-242');
    expect(text.stdout).toContain('federalProsecution = "available"');
    const json = await recourse('explain', GARNER, '--regime', 'current', '--regime', 'gfjpa-2021', '--json');
    const trees = JSON.parse(json.stdout);
    expect(trees).toHaveLength(10);
    expect(trees[3]).toMatchObject({
      incident: 'garner-2014',
      regime: 'current',
      route: 'federalProsecution',
      trace: {
        definition: 'federalProsecution',
        value: 'unavailable',
        decidedBy: { id: 'federal-prosecution.section-242' },
      },
    });
    expect(trees[8]).toMatchObject({
      regime: 'gfjpa-2021',
      route: 'federalProsecution',
      trace: { value: 'available' },
    });
  });
});

describe('errors a person can act on', () => {
  it("a YAML error keeps the parser's line, column and snippet", async () => {
    const bad = file('indent.yaml', 'id: a\ndate: 2020-01-01\n  place: x\n');
    const r = await recourse('evaluate', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}: (document): not valid YAML or JSON:`);
    expect(r.stderr).toContain('at line 2, column 7');
    expect(r.stderr).toContain('\n    date: 2020-01-01\n          ^\n');
  });

  it('bad values are quoted at most 80 characters long', async () => {
    const long = 'x '.repeat(50_000);
    const r = await recourse(
      'evaluate',
      file('long.yaml', `id: ${long}\ndate: 2020-01-01\nplace: { state: NY }\nharm: ${long}\n`),
    );
    expect(r.code).toBe(2);
    expect(r.stderr.length).toBeLessThan(1000);
    const quoted = [...r.stderr.matchAll(/got ("[^\n]*?") \(/g)].map((m) => m[1] as string);
    expect(quoted).toHaveLength(2);
    for (const q of quoted) expect(q.length).toBeLessThanOrEqual(80);
    expect(r.stderr).toContain('(99,999 characters)');
  });

  it('a key too long to print is cut too', async () => {
    const key = 'k'.repeat(10_000);
    const r = await recourse(
      'evaluate',
      file('key.yaml', `id: a\ndate: 2020-01-01\nplace: { state: NY }\nofficer: { ${key}: 1 }\n`),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown field');
    expect(r.stderr.length).toBeLessThan(400);
  });

  it('an input over 5 MB is refused with a clear message, a file or standard input', async () => {
    const big = file('big.yaml', Buffer.alloc(6 * 1024 * 1024, 'a'));
    const r = await recourse('evaluate', big);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${big}: the input is 6.0 MB, over the 5 MB limit`);
    const piped = await runCli(['evaluate', '-'], { stdin: 'a'.repeat(6 * 1024 * 1024) });
    expect(piped.code).toBe(2);
    expect(piped.stderr).toContain('standard input: the input is over the 5 MB limit');
  });

  it('among several files, the good ones are printed, the bad ones reported, and the exit code is 2', async () => {
    const bad = file('bad-one.yaml', 'id: Bad Id\ndate: 2020-01-01\nplace: { state: NY }\n');
    const kisela = 'data/cases/kisela-hughes-2010.yaml';
    const json = await recourse('evaluate', GARNER, bad, kisela, '--regime', 'current', '--json');
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).map((x: { incident: string }) => x.incident)).toEqual([
      'garner-2014',
      'kisela-hughes-2010',
    ]);
    expect(json.stderr).toContain('recourse: bad input in 1 of 3 files');
    expect(json.stderr).toContain(`${bad}: id: expected a slug`);
    const text = await recourse('evaluate', GARNER, bad, '--regime', 'current');
    expect(text.code).toBe(2);
    expect(text.stdout).toContain('garner-2014 - Eric Garner');
    expect(text.stderr).toContain(`${bad}: id: expected a slug`);
  });
});

describe('what-if both ways', () => {
  it('for an undetermined suit, shows what makes it available and what makes it unavailable, findings first', async () => {
    const r = await recourse('whatif', MINNEAPOLIS_2022, '--regime', 'current', '--route', 'officerSuit');
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/^officerSuit under current for minneapolis-2022: undetermined/);
    const available = out.indexOf('It becomes available with two facts:');
    const unavailable = out.indexOf('It becomes unavailable with one fact:');
    expect(available).toBeGreaterThan(0);
    expect(unavailable).toBeGreaterThan(available);
    expect(out).toContain(
      '- findings.rightViolated: unknown -> true and findings.clearlyEstablished: unknown -> true  =>  available  [to establish (a finding or the department’s record)]',
    );
    expect(out).toContain('by harlow-v-fitzgerald.clearly-established');
    expect(out).toContain('by hope-v-pelzer.obvious-violation');
    const finding = out.indexOf('- findings.rightViolated: unknown -> false  =>  unavailable  [to establish');
    // A federal officer's excessive force is now within Bivens (LAW.md §0 E5), so a change of employer
    // no longer closes the suit; the change to the incident that does is the color of law.
    const incidentChange = out.indexOf(
      '- officer.underColorOfLaw: true -> false  =>  unavailable  [a change to the incident itself]',
    );
    expect(finding).toBeGreaterThan(unavailable);
    expect(incidentChange).toBeGreaterThan(finding);
  });

  it('as JSON, each flip says its kind, and the changes to establish come first toward each outcome', async () => {
    const r = await recourse(
      'whatif',
      MINNEAPOLIS_2022,
      '--regime',
      'current',
      '--route',
      'officerSuit',
      '--json',
    );
    const result = JSON.parse(r.stdout);
    const afters = result.flips.map((f: { after: string }) => f.after);
    expect([...new Set(afters)]).toEqual(['available', 'unavailable']);
    for (const outcome of ['available', 'unavailable']) {
      const kinds = result.flips
        .filter((f: { after: string }) => f.after === outcome)
        .map((f: { kind: string }) => f.kind);
      expect(kinds).toEqual([...kinds].sort());
      expect(kinds[0]).toBe('establish');
    }
    for (const f of result.flips) {
      const incident = f.changes.some((c: { path: string }) => !/^(findings|agency)\./.test(c.path));
      expect(f.kind).toBe(incident ? 'incident' : 'establish');
    }
  });
});

describe('the interview keeps what it was given', () => {
  it('--answers with --save writes every fact given plus the answers: the file evaluates as the case', async () => {
    const out = join(dir, 'saved-garner.yaml');
    const r = await recourse('interview', '--answers', GARNER, '--save', out, '--json');
    expect(r.code).toBe(0);
    const saved = parse(readFileSync(out, 'utf8'));
    expect(saved.harm).toBe('death');
    expect(saved.conduct.claims).toEqual(['excessive-force']);
    const again = JSON.parse((await recourse('evaluate', out, '--json')).stdout);
    const original = JSON.parse((await recourse('evaluate', GARNER, '--json')).stdout);
    expect(again).toEqual(original);
  });

  it('a FILE to start from and --save keep every fact of FILE', async () => {
    const start = file(
      'start.yaml',
      'id: start\ndate: 2019-06-01\nplace: { state: AZ }\nconduct: { deadlyForce: true, claims: [excessive-force] }\nharm: death\n',
    );
    const out = join(dir, 'saved-start.yaml');
    const r = await recourse(
      'interview',
      start,
      '--answers',
      'data/cases/kisela-hughes-2010.yaml',
      '--regime',
      'current',
      '--save',
      out,
    );
    expect(r.code).toBe(0);
    const saved = parse(readFileSync(out, 'utf8'));
    expect(saved).toMatchObject({
      id: 'start',
      harm: 'death',
      conduct: { deadlyForce: true, claims: ['excessive-force'] },
    });
  });

  it('refuses to overwrite an existing file without --force, before asking anything', async () => {
    const out = file('taken.yaml', 'keep me\n');
    const r = await recourse('interview', '--answers', GARNER, '--save', out, '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`recourse: --save: ${out} exists; pass --force to overwrite it\n`);
    expect(readFileSync(out, 'utf8')).toBe('keep me\n');
    const forced = await recourse('interview', '--answers', GARNER, '--save', out, '--force', '--json');
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Facts gathered by `recourse interview`/);
    expect((await recourse('interview', '--answers', GARNER, '--force')).stderr).toContain(
      '--force: only with --save FILE',
    );
  });
});

describe('readable text output', () => {
  it('the penalty ceiling goes on its own line, not after the needs list', async () => {
    const out = (await recourse('evaluate', MINNEAPOLIS_2022, '--regime', 'current')).stdout;
    const lines = out.split('\n');
    const at = lines.findIndex((l) => /^\s+federalProsecution\s+undetermined\s+needs /.test(l));
    expect(lines[at]).not.toContain('max penalty');
    // The route rests on rules marked UNCONFIRMED (the circuits' view of recklessness, § 242 E1).
    expect(lines[at + 1]).toMatch(/^\s{20,}max penalty death \[UNCONFIRMED\]$/);
  });

  it('explain says "undetermined" for an open route, as every other output does; unknown facts stay unknown', async () => {
    const out = (await recourse('explain', GARNER, '--regime', 'current', '--route', 'officerSuit')).stdout;
    expect(out).toContain(
      'officerSuit = undetermined  otherwise falls to officer-suit.state-or-local-officer',
    );
    expect(out).toContain('section1983.officerClaim = undetermined');
    expect(out).not.toMatch(/officerSuit = unknown/);
    expect(out).toContain('findings.obviousViolation = unknown');
  });

  it('a grant AT RISK says why, with the rule that puts it at risk', async () => {
    // Garner's file does not say whether New York City receives the grants; this copy says it does.
    const funded = file(
      'garner-funded.yaml',
      readFileSync(GARNER, 'utf8').replace(
        'agency:\n',
        'agency:\n  receivesByrneJag: true\n  receivesCops: true\n',
      ),
    );
    const out = (await recourse('evaluate', funded, '--regime', 'gfjpa-2021')).stdout;
    expect(out).toContain(
      'funding byrne-jag: AT RISK: No Byrne grant funds for a fiscal year without a law in effect prohibiting chokeholds and carotid holds. (H.R. 1280 (117th Cong.), Title III, Subtitle B (chokeholds and carotid holds))',
    );
    expect(out).toContain('funding not at risk: doj-discretionary');
  });

  it('an open breach says what would decide it', async () => {
    const federal = file(
      'federal-2023.yaml',
      'id: federal-2023\ndate: 2023-03-01\nplace: { state: TX }\nofficer: { employer: federal, role: police, underColorOfLaw: true }\nconduct: { force: [chokehold] }\n',
    );
    const out = (await recourse('evaluate', federal, '--regime', 'current')).stdout;
    expect(out).toContain(
      'tactic chokehold: prohibited, breach: undetermined, needs conduct.deadlyForceAuthorized (Executive Order 14074',
    );
  });

  it('compare groups the regimes that agree instead of repeating near-identical paragraphs', async () => {
    const out = (await recourse('compare', GARNER)).stdout;
    const differences = out.split('\n').filter((l) => l.startsWith('- '));
    expect(differences).toEqual([
      expect.stringMatching(
        /^- current, justice-act-2020, scott-2021, dem-final-offer-2021, eo-14074 vs gfjpa-2021: federalProsecution: unavailable under current, justice-act-2020, scott-2021, dem-final-offer-2021, eo-14074 because .*; available under gfjpa-2021 because/,
      ),
    ]);
  });

  it('diff reports a provision that changes a case only together with another one', async () => {
    const r = await recourse('diff', 'current', 'gfjpa-2021');
    expect(r.stdout).toContain(
      'cases changed only together with another provision:\n      garner-2014 federalProsecution unavailable -> available (with hr-1280-sec-101)',
    );
    expect(r.stdout).toContain(
      'garner-2014 federalProsecution unavailable -> available (only hr-1280-chokehold-section-242 and hr-1280-sec-101 together)',
    );
    const json = JSON.parse((await recourse('diff', 'current', 'gfjpa-2021', '--json')).stdout);
    expect(json.jointly).toEqual([
      {
        incident: 'garner-2014',
        route: 'federalProsecution',
        before: 'unavailable',
        after: 'available',
        provisions: ['hr-1280-chokehold-section-242', 'hr-1280-sec-101'],
      },
    ]);
    const sec101 = json.added.find((p: { provision: string }) => p.provision === 'hr-1280-sec-101');
    expect(sec101.casesTogether).toEqual([
      expect.objectContaining({
        incident: 'garner-2014',
        after: 'available',
        with: ['hr-1280-chokehold-section-242'],
      }),
    ]);
  });
});

describe('the format documents itself', () => {
  type Node = { description?: string; properties?: Record<string, Node>; items?: Node; anyOf?: Node[] };
  /** Every field of the schema by its dotted path, with its description. */
  function fields(node: Node, path = ''): [string, string | undefined][] {
    const out: [string, string | undefined][] = [];
    for (const variant of [node, ...(node.anyOf ?? [])]) {
      for (const [key, child] of Object.entries(variant.properties ?? {})) {
        const p = path ? `${path}.${key}` : key;
        out.push([p, child.description], ...fields(child, p));
      }
      if (variant.items?.properties)
        out.push([`${path}[]`, variant.items.description], ...fields(variant.items, `${path}[]`));
    }
    return out;
  }

  it("every field of recourse schema has a description; a fact's is the interview's question and help", async () => {
    const r = await recourse('schema');
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    const all = fields(schema);
    expect(all.length).toBeGreaterThan(40);
    const missing = all.filter(([, d]) => !d || d.trim() === '').map(([p]) => p);
    // A field added to the format must carry help in the fact catalogue (src/law/facts.ts) or,
    // if it is not a fact, a description in src/law/schema-docs.ts.
    expect(missing).toEqual([]);
    const { INCIDENT_FACTS } = await import('../law/index.js');
    const byPath = new Map(all);
    for (const fact of INCIDENT_FACTS)
      expect(byPath.get(fact.path), fact.path).toBe(`${fact.question} ${fact.help}`);
    expect(byPath.get('officer.department')).toContain(
      'The DOJ policy of September 2021 binds only Justice Department components',
    );
    expect(byPath.get('sources[].url')).toBe('The address of the source.');
  });

  it('the check itself finds a field without a description', () => {
    const schema: Node = { properties: { a: { description: 'x', properties: { b: {} } } } };
    expect(fields(schema).filter(([, d]) => !d)).toEqual([['a.b', undefined]]);
  });
});
