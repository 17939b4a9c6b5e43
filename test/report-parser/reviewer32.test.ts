// A thirty-second outside reviewer's 40 blind-labelled reports (issue 15), written in round 27 in two
// halves: rr32-01..20 ordinary archive reports, rr32-21..40 hard ones (finding-first lists, a pipe
// table with one column for both foramina, side-headed lists, retractions, named grades, request
// forms). First sight, on the session-start build: foraminal F1 0.915 (ordinary 0.995, hard 0.819),
// none read as current.
import { describeStyleSet } from './_gold.js';

// Now: foraminal F1 0.963 (hard half 0.927), none read as current. Floors a little under.
describeStyleSet('reviewer32.json', {
  reports: 40,
  floors: {
    foraminal: 0.955,
    strict: 0.945,
    central: 0.94,
    severity: 0.98,
    negation: 0.985,
    temporal: 0.98,
  },
});
