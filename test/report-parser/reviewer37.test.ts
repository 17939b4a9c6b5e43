// A thirty-seventh outside reviewer's 40 blind-labelled reports (issue 15), written during round 29 in
// two halves: rr37-01..20 ordinary archive reports (US, UK, Australian, Indian, Canadian, South African,
// Irish, NZ; MRI, CT, CT myelogram), rr37-21..40 in styles chosen to be hard (unpunctuated dictation,
// Latin terms, foramina named by their root, markdown/semicolon/key-value tables, synoptic checklists,
// addenda, a final read superseding a preliminary one, bounded statements, clearances with exceptions).
// First sight, on the build with round 29's first families: foraminal F1 0.943 (ordinary 0.994, hard
// 0.886), one preliminary grade read as current (a final read's "not confirmed" had not withdrawn it).
// After round 29 (delimited tables, column-note headings, ranges of "all other levels"): 0.962 (0.998 /
// 0.925), none; after the whole of round 29: 0.973 (0.998 / 0.948).
import { describeStyleSet } from './_gold.js';

describeStyleSet('reviewer37.json', {
  reports: 40,
  floors: {
    foraminal: 0.97,
    strict: 0.97,
    central: 0.97,
    severity: 0.995,
    negation: 0.99,
    temporal: 0.995,
  },
});
