// An eleventh outside reviewer's 40 blind-labelled reports (issue 15): messy real-world dictation (all caps, no
// punctuation, typos, "L45"/"L4 5" levels), English written by German, Dutch, Scandinavian, Italian, Japanese,
// Korean, Chinese and Brazilian radiologists, post-operative and transitional anatomy, tables and synoptic
// forms, and hard statements. Held out until scored on the parser of session 7's start: foraminal F1 0.895 on
// first run (precision 0.917, recall 0.873), severity 97.7 %, negation 98.2 %, none read as current. The
// reviewer labelled a grade that changed, stayed or is new with "changed", "unchanged" and "new", which the
// contract folds into `current`; the fixture holds the contract's values.
// Its pure bounds ("no high-grade foraminal stenosis", "at most mildly narrowed") were labelled with
// `maxSeverity` after scoring, as CONTRACTS.md asks; we had told the reviewer to leave them out.
import { describeStyleSet } from './_gold.js';

// First run: foraminal F1 0.899 (with its bounds labelled), strict 0.878, central 0.919. Reached after
// rounds 12-15: foraminal F1 0.989, strict 0.989, central 0.993, severity 100 %, negation 100 %,
// temporal 99.8 %, 0 prior finding(s) read as current. Floors a little under.
describeStyleSet('reviewer11.json', {
  reports: 40,
  floors: {
    foraminal: 0.98,
    strict: 0.98,
    central: 0.98,
    severity: 0.99,
    negation: 0.99,
    temporal: 0.99,
  },
});
