export * from './attribution.js';
export * from './compare.js';
export * from './contrast.js';
export * from './diff.js';
export * from './impact.js';
export * from './interview.js';
export * from './population/index.js';
export * from './whatif.js';
