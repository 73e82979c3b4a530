/** Recourse as a library: the rules kernel and the law. */

export * from './analysis/index.js';
export * as engine from './engine/index.js';
export * from './law/index.js';
