export * from './spine.js';
export * from './severity.js';
export * from './presentation.js';
export * from './findings.js';
export * from './disclaimer.js';
export * from './thresholds.js';
export * from './conditions.js';
export * from './concerns.js';
