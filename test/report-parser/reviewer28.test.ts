// A twenty-eighth outside reviewer's 40 blind-labelled reports (issue 15), written from CONTRACTS.md, the
// issue and the labelling conventions only, after round 25: styles chosen to be new (software output,
// non-native English from Spain, Italy, the Netherlands, Scandinavia, Brazil; Roman-numeral levels,
// run-on dictation, arrow timelines, transposed tables declared "now / 2019", Lee lists with "(prior Lee
// n)", upright against supine studies, second opinions over three studies). First sight: foraminal F1
// 0.826 (precision 0.923, recall 0.748), five earlier-study findings read as current (a "(prior Lee 2)"
// bracket read as a second current grade, a paragraph's "the foramen" given both sides).
import { describeStyleSet } from './_gold.js';

// Now: foraminal F1 0.917, none read as current (round 26). Floors a little under.
describeStyleSet('reviewer28.json', {
  reports: 40,
  floors: {
    foraminal: 0.91,
    strict: 0.89,
    central: 0.95,
    severity: 0.97,
    negation: 0.995,
    temporal: 0.99,
  },
});
