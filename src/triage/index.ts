// Public surface of src/triage: presentation facts, the cited triage rules and red-flag triage.
export * from './facts.js';
export * from './rules.js';
export * from './triage-red-flags.js';
export * from './citations.js';
export * from './messages.js';
