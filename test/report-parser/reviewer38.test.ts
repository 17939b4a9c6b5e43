// A thirty-eighth outside reviewer's 40 blind-labelled reports (issue 15), written during round 29 in
// two halves: rr38-01..20 ordinary archive reports (US, UK, Scottish, Welsh, Australian, Indian,
// Singapore, Malaysian, Hong Kong, Nigerian, Kenyan, South African, Canadian; MRI, CT, CT myelogram),
// rr38-21..40 in styles chosen to be hard (registrar shorthand, foramina per side in two paragraphs,
// percentages of height loss, word grades, disc ordinals, Yes/No per level, translations, hedged and
// bounded statements, addenda moving a finding to another level).
// First sight, on the build with round 29 up to the bracketed Lee grades: foraminal F1 0.947 (ordinary
// 0.998, hard 0.894), none read as current; the build at the start of the set's writing read it the same.
// After the rest of round 29 (families found in it): 0.988 (0.998 / 0.978).
import { describeStyleSet } from './_gold.js';

describeStyleSet('reviewer38.json', {
  reports: 40,
  floors: {
    foraminal: 0.985,
    strict: 0.98,
    central: 0.99,
    severity: 0.99,
    negation: 0.995,
    temporal: 0.995,
  },
});
