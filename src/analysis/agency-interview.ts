import {
  bestQuestion,
  evaluateTargets,
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

export function runAgencyInterview(
  regimes: readonly Regime[],
  start: AgencyProfile,
  answer: (path: string) => Value | undefined,
): AgencyInterviewRun {
  const targets: Target[] = regimes.flatMap((regime) =>
    ROWS.flatMap((row) => [
      { regime, definition: bindsId(row) },
      { regime, definition: metId(row) },
    ]),
  );
  let facts: Record<string, unknown> = { ...start };
  const asked: string[] = [];
  const skip = new Set<string>();
  for (;;) {
    const now = evaluateTargets(targets, facts, start.date);
    if (now.values.every((v) => v !== undefined)) break;
    const best = bestQuestion(targets, facts, start.date, AGENCY_FACTS, skip, now);
    if (!best || best.expectedSettled <= 0) break;
    const path = best.fact.path;
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
