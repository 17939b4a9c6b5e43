// A fifteenth outside reviewer's 40 blind-labelled reports (issue 15), written from CONTRACTS.md and the
// issue only: reports as they come out of a hospital archive — uncorrected speech recognition ("L 5 S1",
// "L3 for", "the canal is patient", "for a minute narrowing"), ALL-CAPS and unpunctuated run-ons,
// addenda that correct a grade or a side, comparisons, post-operative spines, CT and CT myelogram
// wording, transitional anatomy. Scored after the first fixes for the fourteenth set (round 18's level
// nouns and "without alterations"), before any fix of its own: foraminal F1 0.960 (precision 0.955,
// recall 0.966), severity 98.5 %, negation 98.8 %, temporal 100 %, no earlier-study grade read as current.
import { describeStyleSet } from './_gold.js';

// After round 18: foraminal F1 0.993, strict 0.981, central 0.980, severity 98.8 %, negation 100 %,
// temporal 100 %, 0 prior finding(s) read as current. Floors a little under.
describeStyleSet('reviewer15.json', {
  reports: 40,
  floors: {
    foraminal: 0.99,
    strict: 0.975,
    central: 0.975,
    severity: 0.985,
    negation: 0.995,
    temporal: 0.995,
  },
});
