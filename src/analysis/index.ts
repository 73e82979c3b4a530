export * from './compare.js';
export * from './contrast.js';
export * from './diff.js';
