import type { Overlay } from '../../../engine/index.js';
import { s3985Sec101, s3985Sec102 } from './sec-101-102-reporting.js';
import { s3985Sec105 } from './sec-105-chokeholds.js';

/** The JUSTICE Act, S. 3985 (116th Cong.), as introduced 17 June 2020. No QI or § 242 change. */
export const S_3985: readonly Overlay[] = [s3985Sec101, s3985Sec102, s3985Sec105];
