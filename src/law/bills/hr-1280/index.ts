import type { Overlay } from '../../../engine/index.js';
import {
  hr1280ChokeholdFederalBan,
  hr1280ChokeholdFundingCondition,
  hr1280ChokeholdSection242,
} from './chokeholds.js';
import { hr1280DeadlyForceStandard } from './deadly-force-standard.js';
import { hr1280NoKnockFederalBan, hr1280NoKnockFundingCondition } from './no-knock-warrants.js';
import { hr1280Sec101 } from './sec-101-section-242-mental-state.js';
import { hr1280Sec102 } from './sec-102-qualified-immunity.js';
import { hr1280Sec103 } from './sec-103-pattern-or-practice.js';
import { hr1280Sec201Registry, hr1280UseOfForceData } from './title-ii-registry-and-data.js';

/** The George Floyd Justice in Policing Act of 2021, H.R. 1280 as passed by the House (3 March 2021). */
export const HR_1280: readonly Overlay[] = [
  hr1280Sec101,
  hr1280Sec102,
  hr1280Sec103,
  hr1280ChokeholdSection242,
  hr1280ChokeholdFederalBan,
  hr1280ChokeholdFundingCondition,
  hr1280NoKnockFederalBan,
  hr1280NoKnockFundingCondition,
  hr1280DeadlyForceStandard,
  hr1280Sec201Registry,
  hr1280UseOfForceData,
];
