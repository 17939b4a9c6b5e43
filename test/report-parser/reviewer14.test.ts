// A fourteenth outside reviewer's 30 blind-labelled reports (issue 15), written from CONTRACTS.md and the
// issue only: English written by radiologists in Spain, France, Italy, Greece, Turkey, the Gulf, Egypt,
// Brazil, Mexico and the Philippines, measurement-led reports, named grading schemes, clinic letters,
// follow-ups with earlier grades in brackets, discs named "the fourth lumbar disc". Held out until scored
// on the parser after round 16: foraminal F1 0.773 on first run (precision 0.948, recall 0.652),
// severity 98.2 %, negation 98.3 %, temporal 99.6 %, no earlier-study grade read as current. A first
// round of its families was fixed in round 17, most of the rest in round 18 (round18.test.ts); what is
// left is listed in the parser README.
import { describeStyleSet } from './_gold.js';

// After round 17: foraminal F1 0.801. After round 18: foraminal F1 0.947, strict 0.943, central 0.942,
// severity 99.6 %, negation 100 %, temporal 100 %, 0 prior finding(s) read as current. Floors a little
// under.
describeStyleSet('reviewer14.json', {
  reports: 30,
  floors: {
    foraminal: 0.94,
    strict: 0.935,
    central: 0.935,
    severity: 0.99,
    negation: 0.985,
    temporal: 0.99,
  },
});
