// A twenty-ninth outside reviewer's 40 blind-labelled reports (issue 15), written after round 25 in two
// halves: rr29-01..20 ordinary archive reports (US, UK, Ireland, India, Australia, New Zealand, Canada,
// South Africa; MRI and CT), rr29-21..40 hard ones (follow-ups, "current [previous]" tables, numeric slash
// grids with a legend in the title, abbreviations, bounded grades, addenda). First sight: foraminal F1
// 0.946 (ordinary 0.990, hard 0.905), none read as current.
import { describeStyleSet } from './_gold.js';

// Now: foraminal F1 0.962 (round 26), none read as current. Floors a little under.
describeStyleSet('reviewer29.json', {
  reports: 40,
  floors: {
    foraminal: 0.955,
    strict: 0.95,
    central: 0.965,
    severity: 0.99,
    negation: 0.995,
    temporal: 0.995,
  },
});
