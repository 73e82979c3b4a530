import { type Definition, definition, isTrue, not, value } from '../../engine/index.js';

/**
 * Qualified immunity: a judge-made defence to individual-capacity damages claims under 42 U.S.C.
 * 1983 and Bivens (LAW.md §1.2). Doctrine made by courts is applied as courts apply it today,
 * whatever the incident date: a court applies its construction to the cases before it.
 *
 * `qualifiedImmunity.shields` is true when the defence defeats the damages claim. Prong one (was a
 * right violated?) is left to the route: since Pearson v. Callahan a court may grant immunity on
 * prong two alone, so the routes consider this definition before the merits.
 */
export const qualifiedImmunityShields: Definition = definition(
  'qualifiedImmunity.shields',
  'Qualified immunity defeats a damages claim against the individual officer',
  [
    {
      id: 'hope-v-pelzer.obvious-violation',
      cite: 'Hope v. Pelzer, 536 U.S. 730 (2002); Taylor v. Riojas, 592 U.S. ___ (2020) (per curiam)',
      text: 'Officials can have fair warning even in novel factual circumstances; no reasonable officer could have believed an obvious violation lawful, so no precedent is needed.',
      when: isTrue('findings.obviousViolation'),
      then: value(false),
      sources: ['https://supreme.justia.com/cases/federal/us/592/19-1261/'],
    },
    {
      id: 'harlow-v-fitzgerald.clearly-established',
      cite: 'Harlow v. Fitzgerald, 457 U.S. 800 (1982); Anderson v. Creighton (1987); Pearson v. Callahan, 555 U.S. 223 (2009)',
      text: 'Officials performing discretionary functions are shielded from civil damages unless their conduct violates "clearly established statutory or constitutional rights of which a reasonable person would have known".',
      then: not(isTrue('findings.clearlyEstablished')),
      sources: [
        'http://www.lawpipe.com/US/Harlow_v_Fitzgerald.html',
        'http://www.lawpipe.com/US/Pearson_v_Callahan.html',
      ],
    },
  ],
);
