// A thirty-sixth outside reviewer's 40 blind-labelled reports (issue 15), written at the end of round 28
// in two halves: rr36-01..20 ordinary archive reports from many countries, rr36-21..40 in styles chosen
// to be new (translations, run-on dictation, HL7 export, preliminary and final reads, checklists, …).
// First sight, on the build with all of round 28: foraminal F1 0.929 (ordinary 0.962, hard 0.897; the
// session-start build 0.958 / 0.899). Not yet worked on: these floors hold what it reads today.
import { describeStyleSet } from './_gold.js';

describeStyleSet('reviewer36.json', {
  reports: 40,
  floors: {
    foraminal: 0.92,
    strict: 0.905,
    central: 0.94,
    severity: 0.98,
    negation: 0.975,
    temporal: 0.995,
  },
  // rr36-26: a teleradiology preliminary read ("Moderate L NF narrowing at L5-S1") superseded by the
  // final read ("the left neural foraminal narrowing is mild, not moderate"); the preliminary grade is
  // still reported as current. Open: a final read should supersede the preliminary as an addendum does.
  priorAsCurrent: 1,
});
