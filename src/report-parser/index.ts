// Public surface of src/report-parser (filled in by its issue).
export {};
