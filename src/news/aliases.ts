import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { type Party, partySchema } from '../negotiation/model.js';
import { firstNameGender, type Gender } from './language.js';

/**
 * Who the negotiation's parties are, as an article names them: a person by full name, surname,
 * title and name ("Sen. Tim Scott"), or by description ("the South Carolina Republican", from the
 * party's "(R-SC)"); an organisation by its name or its initials ("FOP"). Built from the
 * negotiation data's parties, never from a list of the articles' names.
 */

export type PartyLetter = 'D' | 'R' | 'I';
export type Chamber = 'senate' | 'house';

/** What can be known of a person: from the data for a party, from the article for anyone else. */
export interface PersonFeatures {
  readonly gender: Gender | null;
  readonly partyLetter: PartyLetter | null;
  /** Two-letter code of the state the person represents or is from. */
  readonly state: string | null;
  readonly chamber: Chamber | null;
}

export interface KnownPerson extends PersonFeatures {
  /** Canonical full name, "Tim Scott". */
  readonly name: string;
  /** The negotiation party id, "SCOTT". */
  readonly party: string;
}

export interface KnownOrganisation {
  readonly name: string;
  readonly party: string;
  /** Lower-case names it goes by: its name, and its initials when they are its id. */
  readonly aliases: readonly string[];
}

export interface AliasTable {
  readonly people: readonly KnownPerson[];
  readonly organisations: readonly KnownOrganisation[];
}

/** The states' two-letter codes and names (and D.C.), to read "(D-NJ)" and "the New Jersey Democrat". */
export const STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  DC: 'District of Columbia',
};

/** Lower-case state name -> code. */
export const STATE_CODES: ReadonlyMap<string, string> = new Map(
  Object.entries(STATES).map(([code, name]) => [name.toLowerCase(), code]),
);

const CHAMBER_OF_TITLE: Readonly<Record<string, Chamber>> = { Sen: 'senate', Rep: 'house', Del: 'house' };

/** "Sen. Tim Scott (R-SC)" -> the person, when a party's name has that form. */
function personOfParty(party: Party): KnownPerson | null {
  const m = /^(?:(Sen|Rep|Del|Gov)\.\s+)?([\p{L}.' -]+?)\s*\(([DRI])-([A-Z]{2})\)$/u.exec(party.name);
  if (!m) return null;
  const name = (m[2] as string).trim();
  return {
    name,
    party: party.id,
    gender: firstNameGender(name.split(/\s+/)[0] as string),
    partyLetter: m[3] as PartyLetter,
    state: m[4] as string,
    chamber: m[1] ? (CHAMBER_OF_TITLE[m[1]] ?? null) : null,
  };
}

const MINOR = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an']);

function organisationOfParty(party: Party): KnownOrganisation | null {
  if (party.kind === 'negotiator' || /[()]/.test(party.name)) return null;
  const name = party.name;
  const initials = name
    .split(/\s+/)
    .filter((w) => !MINOR.has(w.toLowerCase()))
    .map((w) => w[0])
    .join('');
  const aliases = [name.toLowerCase()];
  if (initials.length >= 2 && initials === party.id) aliases.push(party.id.toLowerCase());
  return { name, party: party.id, aliases };
}

/** The alias table of a negotiation's parties. */
export function aliasTable(parties: readonly Party[]): AliasTable {
  const people: KnownPerson[] = [];
  const organisations: KnownOrganisation[] = [];
  for (const party of parties) {
    const person = personOfParty(party);
    if (person) people.push(person);
    else {
      const organisation = organisationOfParty(party);
      if (organisation) organisations.push(organisation);
    }
  }
  return { people, organisations };
}

let bundled: AliasTable | null = null;

/** The alias table of the negotiation bundled with Recourse (data/negotiation/us-2020-2022.yaml). */
export function bundledAliasTable(): AliasTable {
  if (bundled === null) {
    const file = new URL('../../data/negotiation/us-2020-2022.yaml', import.meta.url);
    const raw = parseYaml(readFileSync(file, 'utf8')) as { parties?: unknown };
    bundled = aliasTable(partySchema.array().parse(raw.parties));
  }
  return bundled;
}

/**
 * The alias table of a YAML text with a `parties:` list (a negotiation file, or a file of parties
 * alone); a plain Error naming each bad field when it has none.
 */
export function aliasTableFromYaml(text: string, source: string): AliasTable {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (e) {
    throw new Error(
      `${source}: not YAML (${e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e)})`,
    );
  }
  const parties = (raw as { parties?: unknown } | null)?.parties;
  const parsed = partySchema.array().min(1).safeParse(parties);
  if (!parsed.success)
    throw new Error(
      `${source}: expected "parties:", a list of negotiation parties: ${parsed.error.issues
        .map((i) => `parties.${i.path.join('.')}: ${i.message}`)
        .join('; ')}`,
    );
  return aliasTable(parsed.data);
}
