// Public surface of src/meds (filled in by its issue).
export {};
