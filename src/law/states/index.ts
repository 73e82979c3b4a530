import { coloradoSb20217 } from './co-sb20-217.js';
import { connecticutPa201 } from './ct-pa20-1.js';
import { massachusettsCh253 } from './ma-ch253-2020.js';
import { minnesota2020 } from './mn-2020.js';
import { newMexicoHb4 } from './nm-hb4-2021.js';
import { kentuckySb4, louisville2020, virginia2020 } from './no-knock-laws.js';
import { newYorkPenalLaw12113a } from './ny-pl121-13a-2020.js';
import { newYorkCityLocalLaw48 } from './nyc-ll48-2021.js';
import type { PlaceOverlay } from './place-overlay.js';
import { washingtonHb1054 } from './wa-hb1054-2021.js';

export { anywhere, inPlace, type PlaceOverlay } from './place-overlay.js';

/** The state and local laws Recourse encodes, by their v1 ids (DESIGN.md §3). */
export const STATE_AND_LOCAL_LAWS: readonly PlaceOverlay[] = [
  coloradoSb20217,
  newMexicoHb4,
  newYorkCityLocalLaw48,
  newYorkPenalLaw12113a,
  connecticutPa201,
  massachusettsCh253,
  minnesota2020,
  kentuckySb4,
  virginia2020,
  washingtonHb1054,
  louisville2020,
];
