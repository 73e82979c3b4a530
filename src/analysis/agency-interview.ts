import {
  bestQuestion,
  evaluateTargets,
  type FactSpec,
  factsFromObject,
  type Regime,
  type Target,
  type Value,
  withFact,
} from '../engine/index.js';
import { AGENCY_FACTS } from '../law/agency/facts.js';
import { type AgencyProfile, bindsId, metId, ROWS, toAgencyProfile } from '../law/agency/index.js';

/**
 * The interview for agency profiles: from what is known, ask the question whose answer settles
 * the most obligations across all regimes at once, until every one is settled or nothing left to
 * ask would settle one. Answers come from `answer` (a complete profile, or a person).
 */
export interface AgencyInterviewRun {
  readonly asked: readonly string[];
  readonly determined: boolean;
  readonly facts: AgencyProfile;
}

/** What the questions aim to settle: how each regime binds the agency on each row, and whether it meets it. */
export function agencyTargets(regimes: readonly Regime[]): Target[] {
  return regimes.flatMap((regime) =>
    ROWS.flatMap((row) => [
      { regime, definition: bindsId(row) },
      { regime, definition: metId(row) },
    ]),
  );
}

/**
 * The next question for these facts: the engine's best question over every row of every regime,
 * or undefined when every obligation is settled or nothing left to ask (outside `skip`) would
 * settle one.
 */
export function nextAgencyQuestion(
  targets: readonly Target[],
  facts: Record<string, unknown>,
  date: string,
  skip: ReadonlySet<string>,
): FactSpec | undefined {
  const now = evaluateTargets(targets, facts, date);
  if (now.values.every((v) => v !== undefined)) return undefined;
  const best = bestQuestion(targets, facts, date, AGENCY_FACTS, skip, now);
  return best && best.expectedSettled > 0 ? best.fact : undefined;
}

export function runAgencyInterview(
  regimes: readonly Regime[],
  start: AgencyProfile,
  answer: (path: string) => Value | undefined,
): AgencyInterviewRun {
  const targets = agencyTargets(regimes);
  let facts: Record<string, unknown> = { ...start };
  const asked: string[] = [];
  const skip = new Set<string>();
  for (;;) {
    const next = nextAgencyQuestion(targets, facts, start.date, skip);
    if (!next) break;
    const path = next.path;
    skip.add(path);
    asked.push(path);
    const value = answer(path);
    if (value !== undefined) facts = withFact(facts, path, value);
  }
  const final = evaluateTargets(targets, facts, start.date);
  return { asked, determined: final.values.every((v) => v !== undefined), facts: toAgencyProfile(facts) };
}

/** Where an interview answered from `oracle` starts: its id, date and kind of agency, nothing else. */
export function agencyStartingPoint(oracle: AgencyProfile): AgencyProfile {
  return toAgencyProfile({ id: oracle.id, date: oracle.date, agency: { kind: oracle.agency.kind } });
}

/** Answers from a complete profile. */
export const answersFrom = (oracle: AgencyProfile) => factsFromObject(oracle);
