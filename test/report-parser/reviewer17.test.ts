// A seventeenth outside reviewer's 40 blind-labelled texts (issue 15), written from CONTRACTS.md and the
// issue only: imaging findings outside the radiology report itself — teaching cases with a discussion,
// spine-surgeon, pain-clinic, physiotherapy and GP letters, discharge summaries, clinicians' comparisons
// of dated studies, operation and injection notes quoting the imaging, multidisciplinary-meeting
// summaries and referral forms (US, UK, Australian, Canadian, Indian, Irish). Scored after round 19,
// before any fix of its own: foraminal F1 0.861 (precision 0.924, recall 0.805), severity 92.3 %,
// negation 97.0 %, temporal 98.6 %, and ONE earlier-study grade read as current ("the severe L4/5
// central stenosis seen on the 2020 CT"). Families fixed in round 20 (round20.test.ts).
import { describeStyleSet } from './_gold.js';

// After round 20: foraminal F1 0.927, strict 0.876, central 0.958, severity 94.5 %, negation 98.6 %,
// temporal 98.2 %, 0 prior finding(s) read as current. Floors a little under.
describeStyleSet('reviewer17.json', {
  reports: 40,
  floors: {
    foraminal: 0.92,
    strict: 0.87,
    central: 0.95,
    severity: 0.94,
    negation: 0.98,
    temporal: 0.975,
  },
});
