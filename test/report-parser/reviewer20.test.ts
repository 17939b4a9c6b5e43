// A twentieth outside reviewer's 40 blind-labelled reports (issue 15), written from CONTRACTS.md and
// the issue only: everyday reports (US, UK, Australia, India), reports written in English by French,
// German, Italian, Brazilian and Arabic-speaking radiologists, synoptic templates with measurements,
// follow-ups against one or two dated studies, transitional anatomy, post-operative spines, pronouns
// and back-references, CT and CT myelogram, addenda. Scored after round 21 and the split of the
// document walk, before any fix of its own: foraminal F1 0.937 (precision 0.964, recall 0.912), strict
// 0.911, severity 97.2 %, negation 99.8 %, temporal 99.4 %, two earlier-study grades read as current.
// Its families are in round22.test.ts.
import { describeStyleSet } from './_gold.js';

// After its families: foraminal F1 0.980, strict 0.977, central 0.971, severity 99.7 %, negation
// 99.8 %, temporal 99.8 %, 0 prior finding(s) read as current. Floors a little under.
describeStyleSet('reviewer20.json', {
  reports: 40,
  floors: {
    foraminal: 0.975,
    strict: 0.97,
    central: 0.965,
    severity: 0.99,
    negation: 0.995,
    temporal: 0.995,
  },
});
