import { checkbox, input, Separator, select } from '@inquirer/prompts';
import {
  agencyTargets,
  answer,
  answerNoneOfGroup,
  DONT_KNOW,
  firstStep,
  type InterviewStep,
  nextAgencyQuestion,
  nextQuestion,
  type Question,
} from '../analysis/index.js';
import { candidateAnswers, type FactSpec, type Regime, type Value, withFact } from '../engine/index.js';
import { type AgencyProfile, evaluateAgency, toAgencyProfile } from '../law/agency/index.js';
import { evaluateIncident, IncidentError, STATES, toIncident } from '../law/index.js';
import { renderAgencyResult } from './agency-command.js';
import { InterviewCancelled } from './errors.js';
import { saveInterview } from './incident-save.js';
import type { Output, PromptStreams } from './io.js';
import { renderResult, renderRouteTable } from './render.js';

/**
 * The interactive interview in a terminal: arrow-key choices, "don't know" always allowed, back,
 * and a live summary of the routes as they settle.
 */

const BACK = Symbol('back');
const FINISH = Symbol('finish');
const UNKNOWN = Symbol('unknown');
const NONE_OF_GROUP = Symbol('none of group');
type Choice = Value | typeof BACK | typeof FINISH | typeof UNKNOWN | typeof NONE_OF_GROUP;

/** The live summary: the routes as they stand, `?` while undetermined, the blocker when unavailable. */
function summary(regimes: readonly Regime[], step: InterviewStep): string {
  const incident = toIncident(step.facts, 'interview');
  return renderRouteTable(
    regimes.map((r) => evaluateIncident(r, incident)),
    (route) =>
      route.status === 'undetermined'
        ? '?'
        : route.status === 'unavailable'
          ? `no (${route.blockedBy ?? ''})`
          : route.status,
  );
}

/** The checkbox entries that are not answers. */
const CONTROLS = ['__unknown__', '__none_of_group__', '__back__', '__finish__'];

async function ask(question: Question, canGoBack: boolean, terminal?: PromptStreams): Promise<Choice> {
  const about = question.group ? `\n  about: ${question.group.about}` : '';
  const message = `${question.wording}\n  why: ${question.why}${question.help ? `\n  help: ${question.help}` : ''}${about}\n`;
  // Only worth offering when the group has other facts left to leave open.
  const noneOfGroup =
    question.group && question.group.facts.length > 1
      ? [{ name: question.group.dontKnowAny, value: NONE_OF_GROUP as Choice }]
      : [];
  const extras = [
    { name: DONT_KNOW, value: UNKNOWN as Choice },
    ...noneOfGroup,
    ...(canGoBack ? [{ name: '<- back', value: BACK as Choice }] : []),
    { name: 'finish now', value: FINISH as Choice },
  ];
  if (question.type === 'set') {
    const picked = await checkbox<string>(
      {
        message: `${message}  (space to select, enter to confirm; select nothing for none)`,
        choices: [
          ...question.answers
            .filter((a) => Array.isArray(a.value) && a.value.length === 1)
            .map((a) => ({ name: a.label, value: (a.value as string[])[0] as string })),
          new Separator(),
          { name: DONT_KNOW, value: '__unknown__' },
          ...noneOfGroup.map((c) => ({ name: c.name, value: '__none_of_group__' })),
          ...(canGoBack ? [{ name: '<- back', value: '__back__' }] : []),
          { name: 'finish now', value: '__finish__' },
        ],
        loop: false,
        // "All" and "invert" would tick the controls too; a control goes alone or not at all.
        shortcuts: { all: null, invert: null },
        validate: (ticked) => {
          const controls = ticked.filter((c) => CONTROLS.includes(c.value));
          return controls.length === 0 || ticked.length === 1
            ? true
            : `tick answers, or one of ${controls.map((c) => `"${c.name}"`).join(', ')} alone`;
        },
      },
      terminal,
    );
    if (picked.includes('__back__')) return BACK;
    if (picked.includes('__finish__')) return FINISH;
    if (picked.includes('__unknown__')) return UNKNOWN;
    if (picked.includes('__none_of_group__')) return NONE_OF_GROUP;
    return picked;
  }
  return select<Choice>(
    {
      message,
      choices: [
        ...question.answers.map((a) => ({ name: a.label, value: a.value as Choice })),
        new Separator(),
        ...extras,
      ],
      loop: false,
      pageSize: 14,
    },
    terminal,
  );
}

/** What is wrong with a date as the incident format reads it (a real calendar day), or null. */
function dateError(date: string): string | null {
  try {
    toIncident({ id: 'interview', date, place: { state: 'NY' } }, 'interview');
    return null;
  } catch (e) {
    if (!(e instanceof IncidentError)) throw e;
    return e.errors.find((x) => x.path === 'date')?.message ?? e.message;
  }
}

async function startingFacts(
  initial: Record<string, unknown> | null,
  terminal?: PromptStreams,
): Promise<Record<string, unknown>> {
  if (initial) return initial;
  const date = await input(
    { message: 'When did it happen? (YYYY-MM-DD)', validate: (s) => dateError(s) ?? true },
    terminal,
  );
  const state = await input(
    {
      message: 'In which state? (postal code, e.g. NY)',
      validate: (s) =>
        (STATES as readonly string[]).includes(s.toUpperCase())
          ? true
          : 'expected a state postal code, e.g. NY',
    },
    terminal,
  );
  return { id: 'interview', date, place: { state: state.toUpperCase() } };
}

export async function interactiveInterview(
  regimes: readonly Regime[],
  initial: Record<string, unknown> | null,
  savePath: string | null = null,
  out: Output = { write: (t) => void process.stdout.write(t), isTTY: Boolean(process.stdout.isTTY) },
  terminal?: PromptStreams,
): Promise<void> {
  try {
    await interview(regimes, initial, savePath, out, terminal);
  } catch (e) {
    // @inquirer's prompts reject with an ExitPromptError when the person presses Ctrl-C.
    if (e instanceof Error && e.name === 'ExitPromptError') throw new InterviewCancelled();
    throw e;
  }
}

async function interview(
  regimes: readonly Regime[],
  initial: Record<string, unknown> | null,
  savePath: string | null,
  out: Output,
  terminal: PromptStreams | undefined,
): Promise<void> {
  const history: InterviewStep[] = [];
  let step = firstStep(await startingFacts(initial, terminal));
  for (;;) {
    const question = nextQuestion(regimes, step);
    out.write(`\n${summary(regimes, step)}\n\n`);
    if (!question) break;
    const choice = await ask(question, history.length > 0, terminal);
    if (choice === FINISH) break;
    if (choice === BACK) {
      step = history.pop() ?? step;
      continue;
    }
    history.push(step);
    step =
      choice === NONE_OF_GROUP
        ? answerNoneOfGroup(step, question)
        : answer(step, question.path, choice === UNKNOWN ? undefined : (choice as Value));
  }
  const incident = toIncident(step.facts, 'interview');
  const open = step.leftOpen.length > 0 ? `; left open unasked: ${step.leftOpen.join(', ')}` : '';
  out.write(`Asked ${step.asked.length} question(s)${open}.\n\n`);
  for (const regime of regimes) out.write(`${renderResult(evaluateIncident(regime, incident), regime)}\n`);
  if (savePath) {
    saveInterview(savePath, incident, step);
    out.write(`Saved the facts to ${savePath}.\n`);
  }
  out.write('interview complete\n');
}

// --- The agency interview -------------------------------------------------------------------------

/** The live summary of an agency interview: per regime, the obligations not met and still open. */
function agencySummary(regimes: readonly Regime[], profile: AgencyProfile): string {
  return regimes
    .map((regime) => {
      const r = evaluateAgency(regime, profile);
      const count = (status: string) => r.obligations.filter((o) => o.status === status).length;
      return `${regime.id}: ${r.obligations.length} obligations, ${count('not-met')} not met, ${count('undetermined')} undetermined`;
    })
    .join('\n');
}

/** The answers to an agency question: yes / no, or the values of an enum. */
function agencyChoices(fact: FactSpec): { name: string; value: Choice }[] {
  return candidateAnswers(fact).map((value) => ({
    name: value === true ? 'yes' : value === false ? 'no' : String(value),
    value,
  }));
}

/**
 * The agency interview in a terminal: from a profile with at least its id, date and kind, the
 * question that settles the most obligations across the regimes, with "don't know", back and
 * finish, and the results when done.
 */
export async function interactiveAgencyInterview(
  regimes: readonly Regime[],
  start: AgencyProfile,
  out: Output = { write: (t) => void process.stdout.write(t), isTTY: Boolean(process.stdout.isTTY) },
  terminal?: PromptStreams,
): Promise<void> {
  try {
    const targets = agencyTargets(regimes);
    let facts: Record<string, unknown> = { ...start };
    let skip = new Set<string>();
    const history: { facts: Record<string, unknown>; skip: Set<string> }[] = [];
    for (;;) {
      out.write(`\n${agencySummary(regimes, toAgencyProfile(facts, 'interview'))}\n\n`);
      const fact = nextAgencyQuestion(targets, facts, start.date, skip);
      if (!fact) break;
      const choice = await select<Choice>(
        {
          message: fact.question ?? fact.path,
          choices: [
            ...agencyChoices(fact),
            new Separator(),
            { name: DONT_KNOW, value: UNKNOWN },
            ...(history.length > 0 ? [{ name: '<- back', value: BACK as Choice }] : []),
            { name: 'finish now', value: FINISH },
          ],
          loop: false,
          pageSize: 14,
        },
        terminal,
      );
      if (choice === FINISH) break;
      if (choice === BACK) {
        ({ facts, skip } = history.pop() ?? { facts, skip });
        continue;
      }
      history.push({ facts, skip });
      skip = new Set([...skip, fact.path]);
      if (choice !== UNKNOWN) facts = withFact(facts, fact.path, choice as Value);
    }
    const profile = toAgencyProfile(facts, 'interview');
    out.write(`Asked ${history.length} question(s).\n\n`);
    for (const regime of regimes) out.write(`${renderAgencyResult(evaluateAgency(regime, profile))}\n`);
    out.write('interview complete\n');
  } catch (e) {
    if (e instanceof Error && e.name === 'ExitPromptError') throw new InterviewCancelled();
    throw e;
  }
}
