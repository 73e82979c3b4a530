import {
  type Evidence,
  ISSUES,
  type Issue,
  type IssueId,
  isRedLine,
  type Negotiation,
  type Option,
  type Position,
  STANCE_VALUE,
  type Stance,
} from './model.js';

/**
 * The deal space of a negotiation on a date: the packages (one option per issue), those that no
 * red line in force rules out, their Pareto frontier on the parties' support, and, when nothing
 * is feasible, the blocking sets (minimal unsatisfiable subsets of the red lines).
 */

/** The positions in force on `asOf`: each party's latest position on each option, on or before it. */
export function positionsAsOf(negotiation: Negotiation, asOf: string): Position[] {
  const active = new Set(
    negotiation.parties.filter((p) => p.until === undefined || p.until >= asOf).map((p) => p.id),
  );
  const latest = new Map<string, Position>();
  for (const p of negotiation.positions) {
    if (p.date > asOf || !active.has(p.party)) continue;
    const key = `${p.party}\u0000${p.issue}\u0000${p.option}`;
    const was = latest.get(key);
    // On the same day, the later entry of the file stands.
    if (!was || was.date <= p.date) latest.set(key, p);
  }
  return [...latest.values()];
}

/**
 * The positions in force on `asOf`, as a key: their places in the negotiation's list. A deal space
 * and a package's objections depend on their date only through the positions in force, so two
 * dates with one key have the same answers but for the date itself (what a cache may rely on).
 */
export function positionsInForceKey(negotiation: Negotiation, asOf: string): string {
  const place = new Map(negotiation.positions.map((p, i) => [p, i]));
  return positionsAsOf(negotiation, asOf)
    .map((p) => place.get(p) as number)
    .sort((a, b) => a - b)
    .join(',');
}

/** A red line in force, with what shows it. */
export interface RedLine {
  readonly party: string;
  readonly issue: IssueId;
  readonly option: string;
  readonly stance: Extract<Stance, 'red-line-for' | 'red-line-against'>;
  readonly date: string;
  readonly dateInferred: boolean;
  readonly evidence: readonly Evidence[];
}

const redLineOf = (p: Position): RedLine => ({
  party: p.party,
  issue: p.issue,
  option: p.option,
  stance: p.stance as RedLine['stance'],
  date: p.date,
  dateInferred: p.dateInferred,
  evidence: p.evidence,
});

/** Whether an option keeps a red line. */
export const keeps = (line: RedLine, option: string) =>
  line.stance === 'red-line-for' ? option === line.option : option !== line.option;

/** The options of an issue that keep every red line given. */
export function optionsKeeping(issue: Issue, lines: readonly RedLine[]): Option[] {
  return issue.options.filter((o) => lines.every((l) => l.issue !== issue.id || keeps(l, o.id)));
}

/**
 * Every minimal unsatisfiable subset of `constraints` under a monotone `satisfiable` oracle: each
 * subset, by increasing size, that is unsatisfiable while every subset one smaller is satisfiable
 * (which, by monotonicity, makes it minimal). Exact; exponential in the number of constraints,
 * which is why the deal space calls it one issue at a time.
 */
export function minimalUnsatisfiableSubsets<T>(
  constraints: readonly T[],
  satisfiable: (subset: readonly T[]) => boolean,
): T[][] {
  const n = constraints.length;
  if (n > 16)
    throw new Error(
      `too many red lines on one issue to enumerate their conflicts exactly: ${n} (at most 16)`,
    );
  const found: T[][] = [];
  const unsat = new Set<number>();
  const masks = Array.from({ length: 1 << n }, (_, m) => m).sort(
    (a, b) => popcount(a) - popcount(b) || a - b,
  );
  for (const mask of masks) {
    if (mask === 0) continue;
    const subset = constraints.filter((_, i) => mask & (1 << i));
    if (satisfiable(subset)) continue;
    unsat.add(mask);
    let minimal = true;
    for (let i = 0; i < n && minimal; i++)
      if (mask & (1 << i) && unsat.has(mask & ~(1 << i))) minimal = false;
    if (minimal) found.push(subset);
  }
  return found;
}

function popcount(m: number): number {
  let c = 0;
  for (let x = m; x; x &= x - 1) c++;
  return c;
}

/** A package: one option id per issue, in the order of the negotiation's issues. */
export type Package = Readonly<Partial<Record<IssueId, string>>>;

export interface PartySupport {
  readonly party: string;
  readonly support: number;
}

export interface RankedPackage {
  readonly options: Package;
  /** Each party's support: the sum, over the issues, of its stance on the option chosen (0 if none). */
  readonly support: readonly PartySupport[];
  readonly totalSupport: number;
}

export interface IssueSpace {
  readonly issue: IssueId;
  readonly options: readonly string[];
  readonly feasible: readonly string[];
}

export interface DealSpace {
  readonly asOf: string;
  readonly packages: number;
  readonly feasibleCount: number;
  readonly issues: readonly IssueSpace[];
  /** The parties with at least one position in force. */
  readonly parties: readonly string[];
  /**
   * The Pareto frontier of the feasible packages on the parties' support, best total first (at
   * most `limit`; packages the parties support alike are listed in the file's order of options).
   */
  readonly best: readonly RankedPackage[];
  /** The number of packages on the frontier. */
  readonly frontierCount: number;
  readonly redLines: readonly RedLine[];
  /** When nothing is feasible: the smallest sets of red lines that cannot hold together. */
  readonly blockingSets: readonly (readonly RedLine[])[];
  /** The issues on which the red lines in force conflict. */
  readonly separating: readonly IssueId[];
}

/** `v` dominates `w`: at least as good for every party and better for one. */
function dominates(v: readonly number[], w: readonly number[]): boolean {
  let better = false;
  for (let i = 0; i < v.length; i++) {
    if ((v[i] as number) < (w[i] as number)) return false;
    if ((v[i] as number) > (w[i] as number)) better = true;
  }
  return better;
}

const nonDominated = <T>(items: readonly T[], vector: (t: T) => readonly number[]): T[] =>
  items.filter((a) => !items.some((b) => b !== a && dominates(vector(b), vector(a))));

/** Issues in the order of ISSUES, whatever the order of the file. */
const issuesOf = (n: Negotiation) =>
  [...n.issues].sort((a, b) => ISSUES.indexOf(a.id) - ISSUES.indexOf(b.id));

/** The first `limit` combinations of one choice per list, in order. */
function expand(lists: readonly (readonly string[])[], limit: number): string[][] {
  let out: string[][] = [[]];
  for (const list of lists) {
    out = out.flatMap((prefix) => list.map((x) => [...prefix, x])).slice(0, limit);
  }
  return limit === 0 ? [] : out;
}

/** The packages of the frontier listed by default. */
export const BEST_LIMIT = 20;

export function dealSpace(negotiation: Negotiation, asOf: string, limit = BEST_LIMIT): DealSpace {
  const positions = positionsAsOf(negotiation, asOf);
  const redLines = positions.filter((p) => isRedLine(p.stance)).map(redLineOf);
  const issues = issuesOf(negotiation);
  const parties = [...new Set(positions.map((p) => p.party))].sort();
  const stance = new Map(positions.map((p) => [`${p.party}\u0000${p.issue}\u0000${p.option}`, p.stance]));
  // Each option's contribution to each party's support.
  const vectorOf = (issue: IssueId, option: string) =>
    parties.map((party) => {
      const s = stance.get(`${party}\u0000${issue}\u0000${option}`);
      return s === undefined ? 0 : STANCE_VALUE[s];
    });

  const spaces: IssueSpace[] = [];
  const feasibleByIssue: Option[][] = [];
  let packages = 1;
  let feasibleCount = 1;
  for (const issue of issues) {
    const feasible = optionsKeeping(issue, redLines);
    feasibleByIssue.push(feasible);
    spaces.push({
      issue: issue.id,
      options: issue.options.map((o) => o.id),
      feasible: feasible.map((o) => o.id),
    });
    packages *= issue.options.length;
    feasibleCount *= feasible.length;
  }

  // Red lines are per issue and a package picks each issue's option freely, so a set of red lines
  // can be kept together exactly when it can be on each issue: every minimal conflict lies within
  // one issue, and the search runs issue by issue.
  const blockingSets: RedLine[][] = [];
  const separating: IssueId[] = [];
  issues.forEach((issue, i) => {
    if ((feasibleByIssue[i] as Option[]).length > 0) return;
    separating.push(issue.id);
    const lines = redLines.filter((l) => l.issue === issue.id);
    blockingSets.push(
      ...minimalUnsatisfiableSubsets(lines, (subset) => optionsKeeping(issue, subset).length > 0),
    );
  });

  // The frontier: an option dominated, within its issue, by another feasible option cannot be in
  // a Pareto-optimal package (support adds up over the issues), so only the others are combined;
  // options the parties support alike are combined once, as a class, then expanded.
  const best: RankedPackage[] = [];
  let frontierCount = 0;
  if (feasibleCount > 0) {
    const classes = issues.map((issue, i) => {
      const byVector = new Map<string, { vector: number[]; options: string[] }>();
      for (const o of feasibleByIssue[i] as Option[]) {
        const vector = vectorOf(issue.id, o.id);
        const key = vector.join(',');
        const c = byVector.get(key) ?? { vector, options: [] };
        c.options.push(o.id);
        byVector.set(key, c);
      }
      return nonDominated([...byVector.values()], (c) => c.vector);
    });
    let combos: { choices: string[][]; vector: number[] }[] = [{ choices: [], vector: parties.map(() => 0) }];
    for (const choices of classes) {
      combos = nonDominated(
        combos.flatMap((c) =>
          choices.map((o) => ({
            choices: [...c.choices, o.options],
            vector: c.vector.map((x, k) => x + (o.vector[k] as number)),
          })),
        ),
        (c) => c.vector,
      );
    }
    const total = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);
    combos.sort((a, b) => total(b.vector) - total(a.vector));
    for (const c of combos) {
      const count = c.choices.reduce((n, o) => n * o.length, 1);
      frontierCount += count;
      for (const options of expand(c.choices, Math.max(0, limit - best.length))) {
        best.push({
          options: Object.fromEntries(issues.map((issue, i) => [issue.id, options[i]])) as Package,
          support: parties.map((party, k) => ({ party, support: c.vector[k] as number })),
          totalSupport: total(c.vector),
        });
      }
    }
  }
  return {
    asOf,
    packages,
    feasibleCount,
    issues: spaces,
    parties,
    best,
    frontierCount,
    redLines,
    blockingSets,
    separating,
  };
}

export const packageKey = (p: Package) =>
  ISSUES.filter((i) => p[i] !== undefined)
    .map((i) => `${i}=${p[i]}`)
    .join(' ');

/** Every package (one option per issue) of the lists given, one at a time. */
export function* packagesOf(
  lists: readonly { issue: IssueId; options: readonly string[] }[],
): Generator<Package> {
  if (lists.some((l) => l.options.length === 0)) return;
  const index = lists.map(() => 0);
  for (;;) {
    const pkg: Record<string, string> = {};
    lists.forEach((l, i) => {
      pkg[l.issue] = l.options[index[i] as number] as string;
    });
    yield pkg as Package;
    let k = lists.length - 1;
    while (k >= 0) {
      index[k] = (index[k] as number) + 1;
      if ((index[k] as number) < (lists[k]?.options.length as number)) break;
      index[k] = 0;
      k--;
    }
    if (k < 0) return;
  }
}

/** Every feasible package of a deal space, one at a time. */
export const feasiblePackages = (space: DealSpace) =>
  packagesOf(space.issues.map((s) => ({ issue: s.issue, options: s.feasible })));

/** Every package of a negotiation, red lines or not. */
export const allPackages = (negotiation: Negotiation) =>
  packagesOf(issuesOf(negotiation).map((i) => ({ issue: i.id, options: i.options.map((o) => o.id) })));

/** The dates on which positions change within [from, to], with `from` first. */
export function changeDates(negotiation: Negotiation, from: string, to: string): string[] {
  const dates = new Set([from]);
  for (const p of negotiation.positions) if (p.date >= from && p.date <= to) dates.add(p.date);
  for (const party of negotiation.parties) {
    if (party.until === undefined || party.until >= to || party.until < from) continue;
    // The day after a party leaves the table.
    const next = new Date(`${party.until}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    dates.add(next.toISOString().slice(0, 10));
  }
  return [...dates].sort();
}

export interface TimelineStep {
  readonly date: string;
  readonly feasibleCount: number;
  readonly separating: readonly IssueId[];
  readonly blockingSets: readonly (readonly RedLine[])[];
}

/** How feasibility and the blocking sets moved: one step per date on which they changed. */
export function timeline(negotiation: Negotiation, from: string, to: string): TimelineStep[] {
  const steps: TimelineStep[] = [];
  let last = '';
  for (const date of changeDates(negotiation, from, to)) {
    const space = dealSpace(negotiation, date);
    const step = {
      date,
      feasibleCount: space.feasibleCount,
      separating: space.separating,
      blockingSets: space.blockingSets,
    };
    const signature = JSON.stringify([
      step.feasibleCount,
      step.blockingSets.map((s) => s.map((l) => [l.party, l.issue, l.option, l.stance])),
    ]);
    if (signature !== last) steps.push(step);
    last = signature;
  }
  return steps;
}
