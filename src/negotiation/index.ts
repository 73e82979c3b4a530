export * from './deal-space.js';
export * from './effects.js';
export * from './load.js';
export * from './model.js';
export * from './package-outcome.js';
export * from './report.js';
