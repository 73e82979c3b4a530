import { and, eq, fact, lit, oneOf, value } from '../../engine/index.js';
import type { PlaceOverlay } from './place-overlay.js';

/** State and local no-knock warrant laws of 2020-2021 (LAW.md §5.7). */
const STATE_OR_LOCAL = oneOf(fact('officer.employer'), ['state', 'local']);

/**
 * Kentucky SB 4 (2021), signed 9 April 2021: restricts, does not ban: no-knock entry only when a
 * court finds by clear and convincing evidence that the crime is violent and notice would endanger
 * life or safety; 6 a.m. to 10 p.m.; trained officers with body cameras; EMTs nearby.
 */
export const kentuckySb4: PlaceOverlay = {
  id: 'ky-sb4-2021',
  title: 'Kentucky SB 4 (2021): no-knock warrants restricted',
  cite: 'Kentucky SB 4 (2021)',
  inForce: { from: '2021-04-09' },
  place: eq(fact('place.state'), 'KY'),
  patches: (where) => [
    {
      op: 'add',
      definition: 'tactics.noKnock.rule',
      rule: {
        id: 'ky-sb4-2021.no-knock-restricted',
        cite: 'Kentucky SB 4 (2021)',
        text: 'No warrant may authorize entry without notice unless a court finds by clear and convincing evidence that the crime is a violent offense and that notice would endanger life or safety; executed only between 6 a.m. and 10 p.m.',
        when: where(STATE_OR_LOCAL),
        then: value('restricted'),
        priority: 440,
        sources: [
          'https://kftc.org/bills/breonnas-law',
          'https://spectrumnews1.com/ky/louisville/news/2021/04/09/ky--governor-signs-no-knock-warrants-bill',
        ],
      },
    },
    {
      op: 'add',
      definition: 'tactics.noKnock.bindingRule',
      rule: {
        id: 'ky-sb4-2021.no-knock-law',
        cite: 'Kentucky SB 4 (2021)',
        text: 'Kentucky law restricts no-knock warrants to violent offences on clear and convincing evidence; it does not ban them.',
        when: where(lit(true)),
        then: value('restricted'),
        priority: 420,
        sources: ['https://kftc.org/bills/breonnas-law'],
      },
    },
  ],
};

/** Virginia (2020 Special Session, SB 5030 and related bills), signed 28 October 2020: no-knock warrants banned. */
export const virginia2020: PlaceOverlay = {
  id: 'va-2020',
  title: 'Virginia (2020): no-knock warrants banned',
  cite: 'Virginia 2020 Special Session I (SB 5030 and related bills)',
  inForce: { from: '2020-10-28' },
  unconfirmed:
    'The signing date is inferred from "Wednesday" in an Oct. 30, 2020 article; the bill number of the no-knock ban ("HB 5099") is UNCONFIRMED.',
  place: eq(fact('place.state'), 'VA'),
  patches: (where) => [
    {
      op: 'add',
      definition: 'tactics.noKnock.rule',
      rule: {
        id: 'va-2020.no-knock-ban',
        cite: 'Virginia 2020 Special Session I',
        text: 'No-knock search warrants are banned.',
        when: where(STATE_OR_LOCAL),
        then: value('prohibited'),
        priority: 450,
        sources: [
          'https://thetop10news.com/2020/10/30/virginia-bans-no-knock-warrants-as-gov-northam-signs-sweeping-police-reform-legislation-2/',
        ],
      },
    },
    {
      op: 'add',
      definition: 'tactics.noKnock.bindingRule',
      rule: {
        id: 'va-2020.no-knock-law',
        cite: 'Virginia 2020 Special Session I',
        text: 'Virginia law bans no-knock search warrants.',
        when: where(lit(true)),
        then: value('banned'),
        priority: 430,
        sources: [
          'https://thetop10news.com/2020/10/30/virginia-bans-no-knock-warrants-as-gov-northam-signs-sweeping-police-reform-legislation-2/',
        ],
      },
    },
  ],
};

export const LOUISVILLE = ['Louisville', 'Louisville Metro', 'Jefferson County'];

/**
 * Louisville Metro "Breonna's Law" (June 2020): bans no-knock search warrants in Louisville and
 * Jefferson County. LAW.md gives only the month: Recourse applies it from 1 July 2020, when it was
 * certainly in force.
 */
export const louisville2020: PlaceOverlay = {
  id: 'louisville-2020',
  title: 'Louisville Metro "Breonna\'s Law" (2020): no-knock warrants banned',
  cite: 'Louisville Metro Ordinance ("Breonna\'s Law"), June 2020',
  inForce: { from: '2020-07-01' },
  unconfirmed: 'Signed in June 2020; the day is UNCONFIRMED, so the ordinance is applied from 1 July 2020.',
  place: and(eq(fact('place.state'), 'KY'), oneOf(fact('place.locality'), LOUISVILLE)),
  patches: (where) => [
    {
      op: 'add',
      definition: 'tactics.noKnock.rule',
      rule: {
        id: 'louisville-2020.no-knock-ban',
        cite: 'Louisville Metro Ordinance ("Breonna\'s Law"), June 2020',
        text: 'No-knock search warrants are banned in Louisville/Jefferson County.',
        when: where(eq(fact('officer.employer'), 'local')),
        then: value('prohibited'),
        priority: 480,
        sources: [
          'https://www.13newsnow.com/article/news/politics/breonna-taylor-no-knock-search-warrants-bill/417-bb5deacd-8f76-4ee2-a349-41b2aacbfe96',
        ],
      },
    },
    {
      op: 'add',
      definition: 'tactics.noKnock.bindingRule',
      rule: {
        id: 'louisville-2020.no-knock-law',
        cite: 'Louisville Metro Ordinance ("Breonna\'s Law"), June 2020',
        text: "Louisville Metro's ordinance (Breonna's Law) bans no-knock search warrants: a local law, ahead of Kentucky's restriction.",
        when: where(lit(true)),
        then: value('banned'),
        priority: 440,
        sources: [
          'https://www.13newsnow.com/article/news/politics/breonna-taylor-no-knock-search-warrants-bill/417-bb5deacd-8f76-4ee2-a349-41b2aacbfe96',
        ],
      },
    },
  ],
};
