// A thirty-sixth outside reviewer's 40 blind-labelled reports (issue 15), written at the end of round 28
// in two halves: rr36-01..20 ordinary archive reports from many countries, rr36-21..40 in styles chosen
// to be new (translations, run-on dictation, HL7 export, preliminary and final reads, checklists, …).
// First sight, on the build with all of round 28: foraminal F1 0.929 (ordinary 0.962, hard 0.897; the
// session-start build 0.958 / 0.899), one preliminary grade read as current. After round 29's first
// families (final read after a preliminary, comparison-line years, a grading key): 0.943, none; after
// the whole of round 29: 0.961.
import { describeStyleSet } from './_gold.js';

describeStyleSet('reviewer36.json', {
  reports: 40,
  floors: {
    foraminal: 0.955,
    strict: 0.945,
    central: 0.95,
    severity: 0.985,
    negation: 0.99,
    temporal: 0.995,
  },
});
