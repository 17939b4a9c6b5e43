// Public surface of src/assess (filled in by its issue).
export {};
