// A thirty-fifth outside reviewer's 40 blind-labelled reports (issue 15), written in round 28 in two
// halves: rr35-01..20 ordinary archive reports, rr35-21..40 in styles chosen to be hard or new. First
// sight, on the build at the start of round 28: foraminal F1 0.917 (ordinary 0.982, hard 0.852), none
// read as current.
import { describeStyleSet } from './_gold.js';

// Now: foraminal F1 0.987 (ordinary 0.996, hard 0.980), none read as current. Floors a little under.
describeStyleSet('reviewer35.json', {
  reports: 40,
  floors: {
    foraminal: 0.975,
    strict: 0.965,
    central: 0.97,
    severity: 0.985,
    negation: 0.99,
    temporal: 0.99,
  },
});
