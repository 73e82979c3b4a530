export * from './ask.js';
export * from './compile.js';
export * from './evaluate.js';
export * from './explain.js';
export * from './expr.js';
export * from './facts.js';
export * from './regime.js';
export * from './rule.js';
export * from './whatif.js';

/** Carried by every result, with the regime's hash, so that a result can be reproduced. */
export const ENGINE_VERSION = '0.1.0';
