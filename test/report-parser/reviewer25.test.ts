// A twenty-fifth outside reviewer's 40 blind-labelled reports (issue 15), written from CONTRACTS.md, the
// issue and the labelling conventions only: an archive's ordinary reports in many voices (US templates
// and community dictation, UK, Australian, Indian, Irish, Canadian, South African, Middle-East and New
// Zealand prose; MRI, CT, CT myelogram; post-operative spines, follow-ups, addenda, normal studies).
// First sight (main after round 24): foraminal F1 0.981 (precision 0.985, recall 0.976), central 0.971,
// severity 100 %, negation 100 %, temporal 100 %, none read as current.
import { describeStyleSet } from './_gold.js';

// Now: see the parser README, round 25. Floors a little under.
describeStyleSet('reviewer25.json', {
  reports: 40,
  floors: {
    foraminal: 0.98,
    strict: 0.98,
    central: 0.97,
    severity: 0.99,
    negation: 0.99,
    temporal: 0.99,
  },
});
