export * from './agencies.js';
export * from './generate.js';
export * from './parameters.js';
export * from './run.js';
export * from './simulate.js';
