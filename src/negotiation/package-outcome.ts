import type { Overlay } from '../engine/index.js';
import {
  compileStatuses,
  composeRegime,
  current,
  type Incident,
  PROVISIONS,
  ROUTES,
  type RouteName,
  STATUSES,
} from '../law/index.js';
import { type Package, positionsAsOf } from './deal-space.js';
import {
  type Evidence,
  type IssueId,
  isRedLine,
  type Negotiation,
  STANCE_VALUE,
  type Stance,
} from './model.js';

/**
 * One package judged on a date, for the deal explorer: who objects to it and why (the positions in
 * force it goes against, with their evidence), each party's support, and what it changes for each
 * case of a corpus (the routes it opens and closes against current law).
 */

/** A position in force that the package goes against. */
export interface Objection {
  readonly party: string;
  readonly issue: IssueId;
  /** The option the package chooses on the issue. */
  readonly chosen: string;
  /** The option the position is about (the chosen one, or another a red line demands). */
  readonly option: string;
  readonly stance: Stance;
  /** A red line: the package is not feasible while it holds. */
  readonly redLine: boolean;
  readonly date: string;
  readonly dateInferred: boolean;
  readonly evidence: readonly Evidence[];
}

export interface CaseChange {
  readonly id: string;
  readonly title: string | null;
  readonly opened: readonly RouteName[];
  readonly closed: readonly RouteName[];
}

export interface PackageOutcome {
  readonly asOf: string;
  readonly options: Package;
  /** No red line in force is broken. */
  readonly feasible: boolean;
  readonly objections: readonly Objection[];
  readonly support: readonly { readonly party: string; readonly support: number }[];
  /** The provisions the package composes on top of the law in force. */
  readonly provisions: readonly string[];
  /** The options chosen whose effect is not measured (no provision encodes them), with why. */
  readonly unmeasured: readonly { readonly issue: IssueId; readonly option: string; readonly why: string }[];
  /** The cases of the corpus whose routes the package changes. */
  readonly cases: readonly CaseChange[];
  readonly casesEvaluated: number;
}

/** Why a package is refused: an issue or option that is not the negotiation's, by its path. */
export class PackageError extends Error {
  constructor(readonly errors: readonly { readonly path: string; readonly message: string }[]) {
    super(errors.map((e) => `${e.path}: ${e.message}`).join('; '));
    this.name = 'PackageError';
  }
}

/** Checks a package against the negotiation: an option of each of its issues, and nothing else. */
export function checkPackage(negotiation: Negotiation, options: Readonly<Record<string, string>>): Package {
  const errors: { path: string; message: string }[] = [];
  for (const issue of negotiation.issues)
    if (options[issue.id] === undefined)
      errors.push({
        path: issue.id,
        message: `required: expected one of ${issue.options.map((o) => o.id).join(', ')}`,
      });
  for (const [issueId, option] of Object.entries(options)) {
    const issue = negotiation.issues.find((i) => i.id === issueId);
    if (!issue)
      errors.push({
        path: issueId,
        message: `unknown issue; expected one of ${negotiation.issues.map((i) => i.id).join(', ')}`,
      });
    else if (!issue.options.some((o) => o.id === option))
      errors.push({
        path: issueId,
        message: `unknown option "${option}" of ${issueId}; expected one of ${issue.options.map((o) => o.id).join(', ')}`,
      });
  }
  if (errors.length > 0) throw new PackageError(errors);
  return options as Package;
}

const AVAILABLE = STATUSES.indexOf('available');
const K = ROUTES.length;

function statuses(regime: typeof current, incidents: readonly Incident[]): Uint8Array {
  const of = compileStatuses(regime);
  const out = new Uint8Array(incidents.length * K);
  incidents.forEach((incident, i) => {
    of(incident, out, i * K);
  });
  return out;
}

export function packageOutcome(
  negotiation: Negotiation,
  pkg: Package,
  asOf: string,
  corpus: readonly Incident[],
): PackageOutcome {
  const positions = positionsAsOf(negotiation, asOf);
  const objections: Objection[] = [];
  const support = new Map<string, number>();
  for (const p of positions) {
    const chosen = pkg[p.issue];
    if (chosen === undefined) continue;
    if (p.option === chosen) support.set(p.party, (support.get(p.party) ?? 0) + STANCE_VALUE[p.stance]);
    else support.set(p.party, support.get(p.party) ?? 0);
    const against =
      (p.option === chosen && (p.stance === 'red-line-against' || p.stance === 'opposes')) ||
      (p.option !== chosen && p.stance === 'red-line-for');
    if (against)
      objections.push({
        party: p.party,
        issue: p.issue,
        chosen,
        option: p.option,
        stance: p.stance,
        redLine: isRedLine(p.stance),
        date: p.date,
        dateInferred: p.dateInferred,
        evidence: p.evidence,
      });
  }
  objections.sort((a, b) => Number(b.redLine) - Number(a.redLine) || a.party.localeCompare(b.party));

  const provisions: string[] = [];
  const unmeasured: { issue: IssueId; option: string; why: string }[] = [];
  for (const issue of negotiation.issues) {
    const o = issue.options.find((x) => x.id === pkg[issue.id]);
    if (!o) continue;
    for (const p of o.provisions) if (!provisions.includes(p)) provisions.push(p);
    if (o.unencoded) unmeasured.push({ issue: issue.id, option: o.id, why: o.unencoded });
  }
  const regime =
    provisions.length === 0
      ? current
      : composeRegime({
          id: `package:${provisions.join('+')}`,
          title: 'a package',
          provisions: provisions.map((id) => PROVISIONS.get(id) as Overlay),
        });
  const before = statuses(current, corpus);
  const after = regime === current ? before : statuses(regime, corpus);
  const cases: CaseChange[] = [];
  corpus.forEach((incident, i) => {
    const opened: RouteName[] = [];
    const closed: RouteName[] = [];
    for (let k = 0; k < K; k++) {
      const was = before[i * K + k] === AVAILABLE;
      const now = after[i * K + k] === AVAILABLE;
      if (now && !was) opened.push(ROUTES[k] as RouteName);
      else if (was && !now) closed.push(ROUTES[k] as RouteName);
    }
    if (opened.length + closed.length > 0)
      cases.push({ id: incident.id, title: incident.title ?? null, opened, closed });
  });
  return {
    asOf,
    options: pkg,
    feasible: !objections.some((o) => o.redLine),
    objections,
    support: [...support]
      .map(([party, s]) => ({ party, support: s }))
      .sort((a, b) => a.party.localeCompare(b.party)),
    provisions,
    unmeasured,
    cases,
    casesEvaluated: corpus.length,
  };
}
