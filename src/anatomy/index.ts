export * from './levels.js';
export * from './affected-root.js';
export * from './roots.js';
