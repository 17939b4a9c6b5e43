// A twenty-seventh outside reviewer's 40 blind-labelled reports (issue 15), written from CONTRACTS.md, the
// issue and the labelling conventions only, after round 25, in two halves: rr27-01..20 ordinary reports
// (US, UK, Australian, Indian, Canadian, Irish, Scottish, Kenyan, Filipino, Brazilian and Gulf voices;
// MRI, CT, CT myelogram; instrumented spines, follow-ups, preliminary and final reads, addenda),
// rr27-21..40 styles a parser is unlikely to have met (run-on and spoken-punctuation dictation, ALL
// CAPS, numbered paragraphs that refer to each other, millimetre-only grades, whole-spine reports with
// bare "4-5" levels, image-left sides, second opinions, two reads side by side, emails, chats, MDT
// dialogues). First sight: foraminal F1 0.895 (precision 0.966, recall 0.833), three earlier-study
// findings read as current; by half, ordinary 0.992 with none read as current, new styles 0.778 with
// three. Two families fixed before keeping it (arrows of change, spelled-out punctuation).
import { describeStyleSet } from './_gold.js';

// Now: foraminal F1 0.940 (ordinary half 0.992, new styles 0.879), none read as current (the last,
// rr27-36, was an MDT surgeon's question read as a statement; questions now assert nothing). Floors a
// little under.
describeStyleSet('reviewer27.json', {
  reports: 40,
  floors: {
    foraminal: 0.935,
    strict: 0.915,
    central: 0.91,
    severity: 0.97,
    negation: 0.995,
    temporal: 0.995,
  },
});
