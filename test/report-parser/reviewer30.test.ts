// A thirtieth outside reviewer's 30 blind-labelled reports (issue 15), written in round 26 with styles
// chosen to be new (English written by Korean, Chinese, Turkish, Polish, Greek, Russian and Portuguese
// radiologists, MDT summaries, department word scales, symbol legends, years-with-arrows tables,
// "neither … nor" over level lists, resident reads with corrections). First sight, scored after the
// round's fixes for sets 28, 29 and 31 and before any for this one: foraminal F1 0.846 (precision 0.898,
// recall 0.801), three earlier-study findings read as current.
import { describeStyleSet } from './_gold.js';

// Now: foraminal F1 0.939, none read as current. Floors a little under.
describeStyleSet('reviewer30.json', {
  reports: 30,
  floors: {
    foraminal: 0.93,
    strict: 0.88,
    central: 0.93,
    severity: 0.945,
    negation: 0.99,
    temporal: 0.99,
  },
});
