// A thirty-fourth outside reviewer's 40 blind-labelled reports (issue 15), written in round 27 in two
// halves: rr34-01..20 ordinary archive reports, rr34-21..40 in styles chosen to be new. First sight,
// on the build with the round's fixes for sets 32 and 33: foraminal F1 0.937 (ordinary 0.994, new
// 0.882), none read as current (0.935 and one read as current on the session-start build).
import { describeStyleSet } from './_gold.js';

// Now: foraminal F1 0.956 (new half 0.918), none read as current. Floors a little under.
describeStyleSet('reviewer34.json', {
  reports: 40,
  floors: {
    foraminal: 0.94,
    strict: 0.935,
    central: 0.91,
    severity: 0.99,
    negation: 0.985,
    temporal: 0.99,
  },
});
