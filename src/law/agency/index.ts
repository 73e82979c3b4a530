export * from './evaluate.js';
export * from './obligations.js';
export * from './profile.js';
export * from './regimes.js';
export * from './side-by-side.js';
