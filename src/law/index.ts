export * from './baseline.js';
export * from './beyond-routes.js';
export * from './facts.js';
export * from './incident.js';
export * from './parse.js';
export * from './regimes.js';
export * from './results.js';
export * from './vocabulary.js';
