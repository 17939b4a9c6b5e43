// A fourteenth outside reviewer's 30 blind-labelled reports (issue 15), written from CONTRACTS.md and the
// issue only: English written by radiologists in Spain, France, Italy, Greece, Turkey, the Gulf, Egypt,
// Brazil, Mexico and the Philippines, measurement-led reports, named grading schemes, clinic letters,
// follow-ups with earlier grades in brackets, discs named "the fourth lumbar disc". Held out until scored
// on the parser after round 16: foraminal F1 0.773 on first run (precision 0.948, recall 0.652),
// severity 98.2 %, negation 98.3 %, temporal 99.6 %, no earlier-study grade read as current. Only a first
// round of its families is fixed (round17.test.ts); most of its misses are still open (parser README).
import { describeStyleSet } from './_gold.js';

// After round 17: foraminal F1 0.801, strict 0.787, central 0.800, severity 98.3 %, negation 100 %,
// temporal 100 %, 0 prior finding(s) read as current. Floors a little under.
describeStyleSet('reviewer14.json', {
  reports: 30,
  floors: {
    foraminal: 0.795,
    strict: 0.78,
    central: 0.795,
    severity: 0.975,
    negation: 0.985,
    temporal: 0.99,
  },
});
