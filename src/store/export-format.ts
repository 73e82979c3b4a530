import { describeValue, type Incident } from '../law/index.js';
import type { Negotiation } from '../negotiation/index.js';
import { checkExportedArticle, type ImportArticle } from './article-checks.js';
import { StoreError } from './errors.js';
import { shortId } from './ids.js';
import { type CheckedPosition, checkPosition } from './positions.js';
import {
  checkCase,
  checkRegime,
  checkScenario,
  checkTime,
  failIfAny,
  isRecord,
  joinPath,
  objectAt,
  type Problem,
  unknownKeys,
} from './validate.js';

/**
 * The export format (`recourse export`, RecourseExport in index.ts), read back for an import:
 * every item is checked as if it were created anew, and keeps its id and creation time, so an
 * export imported into an empty store exports the same again. A file written by hand may leave
 * out `createdAt` (the time of the import) and a scenario's `id` (a new one is drawn).
 */

export interface ImportItems {
  scenarios: {
    id: string;
    title: string | null;
    incident: Incident;
    regimes: string[];
    with: string[];
    createdAt: Date;
  }[];
  cases: { id: string; incident: Incident; bundled: false; createdAt: Date }[];
  regimes: {
    id: string;
    title: string;
    provisions: string[];
    base: string | null;
    with: string[];
    createdAt: Date;
  }[];
  positions: { id: string; position: CheckedPosition; createdAt: Date; updatedAt: Date }[];
  articles: ImportArticle[];
}

const SCENARIO_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Throws StoreError('invalid') naming every bad field, or returns what to import. */
export function checkExport(
  data: unknown,
  knownRegimes: ReadonlySet<string>,
  negotiation: Negotiation,
): ImportItems {
  const x = objectAt(data, '', 'a Recourse export object');
  const problems: Problem[] = unknownKeys(
    x,
    ['format', 'version', 'exportedAt', 'scenarios', 'cases', 'regimes', 'positions', 'articles'],
    '',
  );
  if (x.format !== 'recourse-export')
    problems.push({ path: 'format', message: `expected "recourse-export", got ${describeValue(x.format)}` });
  if (x.version !== 1)
    problems.push({ path: 'version', message: `expected 1, got ${describeValue(x.version)}` });
  const lists = ['scenarios', 'cases', 'regimes', 'positions', 'articles'] as const;
  for (const key of lists) {
    if (x[key] !== undefined && !Array.isArray(x[key]))
      problems.push({ path: key, message: `expected a list, got ${describeValue(x[key])}` });
  }
  failIfAny(problems);
  const list = (key: (typeof lists)[number]) => (Array.isArray(x[key]) ? (x[key] as unknown[]) : []);

  const out: ImportItems = { scenarios: [], cases: [], regimes: [], positions: [], articles: [] };
  const seen = new Set<string>();
  /** Runs a check that throws StoreError; gathers its problems instead. */
  const gather = <T>(check: () => T): T | null => {
    try {
      return check();
    } catch (e) {
      if (!(e instanceof StoreError)) throw e;
      problems.push(...e.errors);
      return null;
    }
  };
  const once = (at: string, kind: string, id: string) => {
    if (seen.has(`${kind}:${id}`)) problems.push({ path: `${at}.id`, message: `"${id}" is listed twice` });
    seen.add(`${kind}:${id}`);
  };

  const regimeIds = new Set(knownRegimes);
  list('regimes').forEach((item, i) => {
    const at = `regimes.${i}`;
    if (!isRecord(item)) {
      problems.push({ path: at, message: `expected a regime object, got ${describeValue(item)}` });
      return;
    }
    const { createdAt, ...rest } = item;
    const r = gather(() => checkRegime(rest, at));
    const time =
      createdAt === undefined ? new Date() : checkTime(createdAt, joinPath(at, 'createdAt'), problems);
    if (r) {
      once(at, 'regime', r.id);
      regimeIds.add(r.id);
      out.regimes.push({ ...r, createdAt: time });
    }
  });

  list('cases').forEach((item, i) => {
    const at = `cases.${i}`;
    if (!isRecord(item)) {
      problems.push({ path: at, message: `expected a case object, got ${describeValue(item)}` });
      return;
    }
    const { id, bundled, createdAt, ...rest } = item;
    const c = gather(() => checkCase(rest, at));
    const time =
      createdAt === undefined ? new Date() : checkTime(createdAt, joinPath(at, 'createdAt'), problems);
    if (bundled !== undefined && bundled !== false)
      problems.push({
        path: `${at}.bundled`,
        message: 'expected false: bundled cases come with Recourse, not in an export',
      });
    if (c && id !== undefined && id !== c.incident.id)
      problems.push({
        path: `${at}.id`,
        message: `expected the incident's id "${c.incident.id}", got ${describeValue(id)}`,
      });
    if (c) {
      once(at, 'case', c.incident.id);
      out.cases.push({ id: c.incident.id, incident: c.incident, bundled: false, createdAt: time });
    }
  });

  list('scenarios').forEach((item, i) => {
    const at = `scenarios.${i}`;
    if (!isRecord(item)) {
      problems.push({ path: at, message: `expected a scenario object, got ${describeValue(item)}` });
      return;
    }
    const { id, createdAt, ...rest } = item;
    const s = gather(() => checkScenario(rest, regimeIds, at));
    const time =
      createdAt === undefined ? new Date() : checkTime(createdAt, joinPath(at, 'createdAt'), problems);
    if (id === undefined) {
      if (s) out.scenarios.push({ id: shortId(), ...s, createdAt: time });
    } else if (typeof id !== 'string' || !SCENARIO_ID.test(id)) {
      problems.push({
        path: `${at}.id`,
        message: `expected a scenario id (letters, digits, - or _), got ${describeValue(id)}`,
      });
    } else if (s) {
      once(at, 'scenario', id);
      out.scenarios.push({ id, ...s, createdAt: time });
    }
  });

  const quotationIds = new Set<string>();
  list('articles').forEach((item, i) => {
    const at = `articles.${i}`;
    const a = checkExportedArticle(item, at, problems);
    if (!a) return;
    once(at, 'article', a.id);
    a.quotations.forEach((q, k) => {
      if (quotationIds.has(q.id))
        problems.push({ path: `${at}.quotations.${k}.id`, message: `"${q.id}" is listed twice` });
      quotationIds.add(q.id);
    });
    out.articles.push(a);
  });

  list('positions').forEach((item, i) => {
    const at = `positions.${i}`;
    if (!isRecord(item)) {
      problems.push({ path: at, message: `expected a position object, got ${describeValue(item)}` });
      return;
    }
    const { id, createdAt, updatedAt, ...rest } = item;
    const p = gather(() => checkPosition(rest, negotiation, at));
    const created =
      createdAt === undefined ? new Date() : checkTime(createdAt, joinPath(at, 'createdAt'), problems);
    const updated =
      updatedAt === undefined ? created : checkTime(updatedAt, joinPath(at, 'updatedAt'), problems);
    if (id === undefined) {
      if (p) out.positions.push({ id: shortId(), position: p, createdAt: created, updatedAt: updated });
    } else if (typeof id !== 'string' || !SCENARIO_ID.test(id)) {
      problems.push({
        path: `${at}.id`,
        message: `expected a position id (letters, digits, - or _), got ${describeValue(id)}`,
      });
    } else if (p) {
      once(at, 'position', id);
      out.positions.push({ id, position: p, createdAt: created, updatedAt: updated });
    }
  });
  failIfAny(problems);
  return out;
}
