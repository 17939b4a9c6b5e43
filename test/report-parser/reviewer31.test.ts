// A thirty-first outside reviewer's 40 blind-labelled reports (issue 15), written in round 26 in two
// halves: rr31-01..20 ordinary archive reports with their typos and dictation slips, rr31-21..40 hard
// ones (follow-ups, finding-first lists under a dash, implied and relative sides, Lee grades, addenda).
// First sight, after the round's fixes for sets 28 and 29: foraminal F1 0.949 (ordinary 1.000, hard
// 0.902), none read as current.
import { describeStyleSet } from './_gold.js';

// Now: foraminal F1 0.979, none read as current. Floors a little under.
describeStyleSet('reviewer31.json', {
  reports: 40,
  floors: {
    foraminal: 0.97,
    strict: 0.97,
    central: 0.955,
    severity: 0.99,
    negation: 0.99,
    temporal: 0.985,
  },
});
