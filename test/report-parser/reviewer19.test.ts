// A nineteenth outside reviewer's 40 blind-labelled reports (issue 15), written from CONTRACTS.md and
// the issue only: ordinary everyday reports in ten personal voices (US academic and teleradiology, UK
// consultant, New Zealand, South African, Singaporean, Scandinavian, Spanish, Canadian and US
// orthopaedic-office reports). Scored after round 21 (the eighteenth set's ordinary-report families
// fixed), before any fix of its own: foraminal F1 0.980 (precision 0.995, recall 0.965), strict 0.943,
// severity 96.2 %, negation 100 %, temporal 99.7 %, no earlier-study grade read as current — the first
// blind set above the 0.97 on first sight. Its families are in round21.test.ts.
import { describeStyleSet } from './_gold.js';

// After its families: foraminal F1 0.995, strict 0.988, central 0.987, severity 99.3 %, negation 100 %,
// temporal 99.7 %, 0 prior finding(s) read as current. Floors a little under.
describeStyleSet('reviewer19.json', {
  reports: 40,
  floors: {
    foraminal: 0.99,
    strict: 0.98,
    central: 0.98,
    severity: 0.99,
    negation: 0.995,
    temporal: 0.995,
  },
});
