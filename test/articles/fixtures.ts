/**
 * A small knowledge base for unit tests of the article builder: one entry per category that matters,
 * including deliberately awkward data (a dose text above the label, hard wording, a root-specific
 * symptom) so the tests can check what the builder does with it. Wording here is our own.
 */
import { assembleKb } from '../../src/kb/index.js';
import type { Citation, KbEntryInput, Kb } from '../../src/kb/index.js';

const REVIEWED = '2026-01-15';
const SRC = ['fixture-source'];

const citations: Citation[] = [
  { id: 'fixture-source', kind: 'textbook', title: 'Fixture textbook of spine care', year: 2020 },
];

const base = {
  synonyms: [],
  levels: 'all' as const,
  seedDocs: [],
  sources: SRC,
  reviewed: REVIEWED,
};

/** Entries for the fixture KB. */
export const FIXTURE_ENTRIES: KbEntryInput[] = [
  {
    ...base,
    id: 'condition-foraminal',
    category: 'condition',
    aspect: 'location',
    name: 'Foraminal stenosis',
    summary: 'The side opening of the spine gets smaller. A nerve can get squeezed.',
  },
  {
    ...base,
    id: 'cause-wear',
    category: 'cause',
    causeType: 'degenerative',
    name: 'Disc wear',
    summary:
      'Intervertebral discs undergo progressive desiccation with consequent circumferential annular bulging.',
    mechanism: 'Height loss narrows the foramen.',
    riskFactors: ['age'],
  },
  {
    ...base,
    id: 'symptom-l5-toe',
    category: 'symptom',
    name: 'Weak big toe',
    summary: 'It is hard to lift the big toe.',
    roots: ['L5'],
  },
  {
    ...base,
    id: 'symptom-general',
    category: 'symptom',
    name: 'Back ache',
    summary: 'A dull ache in the low back.',
  },
  {
    ...base,
    id: 'drug-safe',
    category: 'drug',
    name: 'Safeprofen',
    drugClass: 'nsaid',
    brandNames: ['Safo'],
    route: 'oral',
    summary: 'A pain pill.',
    doseText: '200–400 mg three times a day.',
    frequency: 'three times a day',
    maxDaily: { amount: 1200, unit: 'mg', sources: SRC },
    timing: 'with food',
    sideEffects: ['upset stomach'],
    cautions: ['Take it with food.'],
    evidence: { level: 'option', note: 'It helps some people a little.' },
  },
  {
    // Its dose text names 5,000 mg against a 4,000 mg label: the article must never print it.
    ...base,
    id: 'drug-overdose-text',
    category: 'drug',
    name: 'Overdosamol',
    drugClass: 'analgesic-antipyretic',
    brandNames: [],
    route: 'oral',
    summary: 'A simple pain reliever. Some people take 5,000 mg a day.',
    doseText: '1,000 mg every 4 hours, up to 5,000 mg a day.',
    frequency: 'every 4 hours',
    perDoseMg: { min: 500, max: 1000 },
    usualDailyMg: { min: 1000, max: 3000 },
    maxDaily: { amount: 4, unit: 'g', sources: SRC },
    timing: 'any time',
    sideEffects: ['liver harm'],
    cautions: ['Never take more than 6 g in a day.', 'Do not drink beer or wine with it.'],
    evidence: { level: 'limited', note: 'Weak evidence for nerve pain.' },
  },
  {
    // Known only because it interacts with the others: no evidence grade, so not a treatment.
    ...base,
    id: 'drug-interacting',
    category: 'drug',
    name: 'Thinnerin',
    drugClass: 'other',
    brandNames: [],
    route: 'oral',
    summary: 'A blood thinner.',
    doseText: '5 mg once a day.',
    frequency: 'once a day',
    maxDaily: { amount: 10, unit: 'mg', sources: SRC },
    timing: 'evening',
    sideEffects: ['bleeding'],
    cautions: ['Bleeding risk.'],
  },
  {
    ...base,
    id: 'procedure-window',
    category: 'procedure',
    name: 'Foraminotomy',
    summary: 'The surgeon widens the opening.',
    description: 'Removal of bone at the foramen.',
    benefits: ['relief'],
    risks: ['infection'],
    indications: ['failed care'],
    recovery: 'Home in a day or two.',
    recoveryWeeks: { min: 4, max: 6 },
  },
  {
    ...base,
    id: 'red-flag-ces',
    category: 'red-flag',
    name: 'Cauda equina syndrome',
    summary: 'Nerves at the bottom of the canal are squeezed.',
    flags: ['saddle-anesthesia', 'urinary-retention'],
    triage: 'emergency',
    action: 'Emergency MRI and surgical review.',
  },
  {
    ...base,
    id: 'red-flag-fever',
    category: 'red-flag',
    name: 'Fever with back pain',
    summary: 'A fever with new back pain.',
    flags: ['fever'],
    triage: 'urgent',
    action: 'Same-day review.',
  },
  {
    ...base,
    id: 'advice-walk',
    category: 'advice',
    adviceKind: 'do',
    name: 'Keep walking',
    summary: 'Short walks help.',
  },
  {
    ...base,
    id: 'faq-surgery',
    category: 'faq',
    name: 'Surgery question',
    question: 'Will I need surgery?',
    answer: 'Most people do not.',
    summary: 'Whether surgery is needed.',
  },
  {
    ...base,
    id: 'prevention-weight',
    category: 'prevention',
    name: 'Stay active',
    summary: 'Move every day.',
    levels: ['L4-L5'],
  },
];

/** The fixture KB. */
export function fixtureKb(entries: readonly KbEntryInput[] = FIXTURE_ENTRIES): Kb {
  return assembleKb(entries, citations);
}
