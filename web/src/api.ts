/**
 * The app's only way to the law: the Recourse HTTP API. The response types are the library's own
 * (imported as types only, so nothing of the law engine is bundled).
 */
import type {
  Comparison,
  Contrast,
  CorpusImpact,
  Question,
  RegimeDiff,
  WhatIfResult,
} from '../../src/analysis/index.js';
import type { Explanation } from '../../src/api/endpoints.js';
import type { JobView } from '../../src/api/jobs.js';
import type { FieldProblem } from '../../src/api/problem.js';
import type { FactSpec, RuleListing } from '../../src/engine/index.js';
import type { Incident, Result, RouteName, RouteStatus } from '../../src/law/index.js';
import type {
  CaseSummary,
  Scenario as SavedScenario,
  StoredCase,
  UserRegime,
} from '../../src/store/index.js';

export type {
  Comparison,
  Contrast,
  CorpusImpact,
  Explanation,
  FactSpec,
  Incident,
  JobView,
  Question,
  RegimeDiff,
  Result,
  RouteName,
  RouteStatus,
  RuleListing,
  SavedScenario,
  UserRegime,
  WhatIfResult,
};

export interface RegimeSummary {
  readonly id: string;
  readonly title: string;
  readonly hypothetical: boolean;
  readonly hash: string;
  readonly provisions: readonly string[];
  readonly saved: boolean;
}

export interface RegimeDetail extends Omit<RegimeSummary, 'saved'> {
  readonly rules: readonly RuleListing[];
}

export interface ProvisionList {
  readonly provisions: readonly {
    readonly id: string;
    readonly title: string;
    readonly cite: string;
    readonly inForce: { readonly from?: string | null; readonly until?: string | null } | null;
    readonly unconfirmed: string | null;
  }[];
  readonly stateAndLocalLaws: readonly {
    readonly id: string;
    readonly title: string;
    readonly cite: string;
  }[];
}

export interface FactCatalogue {
  readonly facts: readonly FactSpec[];
  readonly groups: Readonly<Record<string, { readonly about: string; readonly dontKnowAny: string }>>;
}

export interface InterviewStep {
  readonly question: Question | null;
  readonly determined: boolean;
}

export interface RouteExplanation {
  readonly route: RouteName;
  readonly trace: Explanation;
  readonly text: string;
}

/** A refusal of the API: its title and every field it names, in words. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly errors: readonly FieldProblem[],
  ) {
    super(
      errors.length > 0
        ? `${title}: ${errors.map((e) => `${e.path || e.in}: ${e.message}`).join('; ')}`
        : `${title} (${status})`,
    );
  }
}

/** The answer to a request, or its refusal thrown as an ApiError. */
async function request(method: string, path: string, body?: unknown, token?: string): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) {
    const problem = (await res.json().catch(() => null)) as {
      title?: string;
      errors?: FieldProblem[];
    } | null;
    throw new ApiError(res.status, problem?.title ?? res.statusText, problem?.errors ?? []);
  }
  return res;
}

export async function call<T>(method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const res = await request(method, path, body, token);
  return (res.status === 204 ? null : await res.json()) as T;
}

/** The most items the API gives in one page of a list. */
const LARGEST_PAGE = 1000;

/**
 * Every item of a list the API gives a page at a time: the largest pages, each page's
 * `Link: <…>; rel="next"` followed to the end.
 */
async function everyPage<T>(path: string): Promise<T[]> {
  const items: T[] = [];
  let next: string | null = `${path}?limit=${LARGEST_PAGE}`;
  while (next) {
    const res = await request('GET', next);
    items.push(...((await res.json()) as T[]));
    next = res.headers.get('link')?.match(/<([^>]+)>;\s*rel="next"/)?.[1] ?? null;
  }
  return items;
}

const q = (params: Record<string, readonly string[]>) => {
  const s = new URLSearchParams();
  for (const [k, vs] of Object.entries(params)) for (const v of vs) s.append(k, v);
  const text = s.toString();
  return text ? `?${text}` : '';
};

/** Memoised GETs of what does not change while the page is open. */
const memo = new Map<string, Promise<unknown>>();
export function cached<T>(path: string): Promise<T> {
  let p = memo.get(path);
  if (!p) {
    p = call<T>('GET', path);
    p.catch(() => memo.delete(path));
    memo.set(path, p);
  }
  return p as Promise<T>;
}

export interface ScenarioInput {
  readonly incident: Incident;
  readonly regimes: readonly string[];
  readonly with: readonly string[];
}

const regimeBody = (s: ScenarioInput) => ({
  incident: s.incident,
  ...(s.regimes.length > 0 ? { regimes: s.regimes } : {}),
  ...(s.with.length > 0 ? { with: s.with } : {}),
});

/**
 * What-ifs already asked, by body: the hint beneath a cell and the cell's explanation share one
 * answer. Bounded: the oldest are forgotten first.
 */
const whatIfs = new Map<string, Promise<WhatIfResult>>();
const REMEMBERED = 200;
function remembered<T>(memory: Map<string, Promise<T>>, key: string, ask: () => Promise<T>): Promise<T> {
  let p = memory.get(key);
  if (!p) {
    p = ask();
    p.catch(() => memory.delete(key));
    if (memory.size >= REMEMBERED) memory.delete(memory.keys().next().value as string);
    memory.set(key, p);
  }
  return p;
}

/**
 * The scenario's first evaluation, started before React loads (first-evaluation.ts) and taken by
 * the first compare asking for the same body: the server works while the page boots.
 */
const early = new Map<string, Promise<Comparison>>();

export function startFirstComparison(s: ScenarioInput): void {
  const body = regimeBody(s);
  const p = call<Comparison>('POST', '/v1/compare', body);
  p.catch(() => {}); // a refusal is shown when the view takes it
  early.set(JSON.stringify(body), p);
}

export const api = {
  facts: () => cached<FactCatalogue>('/v1/facts'),
  cases: () => everyPage<CaseSummary>('/v1/cases'),
  caseById: (id: string) => call<StoredCase>('GET', `/v1/cases/${encodeURIComponent(id)}`),
  regimes: () => everyPage<RegimeSummary>('/v1/regimes'),
  regime: (id: string) => cached<RegimeDetail>(`/v1/regimes/${encodeURIComponent(id)}`),
  provisions: () => cached<ProvisionList>('/v1/provisions'),
  compare: (s: ScenarioInput) => {
    const body = regimeBody(s);
    const key = JSON.stringify(body);
    const first = early.get(key);
    early.delete(key);
    return first ?? call<Comparison>('POST', '/v1/compare', body);
  },
  explain: (s: ScenarioInput, regime: string, route: RouteName) =>
    call<{ routes: RouteExplanation[] }>('POST', '/v1/explain', {
      incident: s.incident,
      regime,
      routes: [route],
      ...(s.with.length > 0 ? { with: s.with } : {}),
    }),
  whatIf: (s: ScenarioInput, regime: string, route: RouteName) => {
    const body = { incident: s.incident, regime, route, ...(s.with.length > 0 ? { with: s.with } : {}) };
    return remembered(whatIfs, JSON.stringify(body), () => call<WhatIfResult>('POST', '/v1/whatif', body));
  },
  interview: (
    facts: Incident,
    asked: readonly string[],
    leftOpen: readonly string[],
    regimes: readonly string[],
  ) =>
    call<InterviewStep>('POST', '/v1/interview', {
      facts,
      asked,
      leftOpen,
      ...(regimes.length > 0 ? { regimes } : {}),
    }),
  diff: (a: string, b: string) => call<RegimeDiff>('GET', `/v1/diff${q({ a: [a], b: [b] })}`),
  impact: (regimes: readonly string[], withLaws: readonly string[] = []) =>
    call<CorpusImpact>('GET', `/v1/impact${q({ regime: regimes, with: withLaws })}`),
  startSynthetic: (n: number, replicates: number, seed: number) =>
    call<JobView>('POST', '/v1/impact/synthetic', { n, replicates, seed }),
  job: (id: string) => call<JobView>('GET', `/v1/jobs/${encodeURIComponent(id)}`),
  saveScenario: (s: ScenarioInput, title: string | null, token: string) =>
    call<SavedScenario>('POST', '/v1/scenarios', { title, ...regimeBody(s) }, token),
  scenario: (id: string) => call<SavedScenario>('GET', `/v1/scenarios/${encodeURIComponent(id)}`),
  saveRegime: (
    r: { id: string; title: string; provisions: string[]; base: string; with: string[] },
    token: string,
  ) => call<UserRegime>('POST', '/v1/regimes', r, token),
};
