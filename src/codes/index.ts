// Public surface of src/codes: the ICD-10-CM table with sources and the code selection rules.
export * from './icd10cm.js';
export * from './citations.js';
export * from './select-codes.js';
