/**
 * Domain inputs for the fuzz suites, shared by the library, CLI and HTTP suites: schema-shaped values
 * nudged towards realistic words (drug names, comorbidities, vocabularies), the vignettes, and report
 * text built from the fixture reports. Each comes with the schema that says whether a value is valid.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import {
  COMORBIDITIES,
  COMORBIDITY_ALIASES,
  GRADING_SYSTEMS,
  GRADING_SYSTEM_IDS,
  KB_CATEGORIES,
  LEVELS,
  MedsInputSchema,
  PresentationSchema,
  SCORE_INSTRUMENTS,
  SCORE_INSTRUMENT_IDS,
  SIDES,
  ZONES,
  getKb,
  listKb,
} from '../../src/index.js';
import type { z } from 'zod';
import { arbitraryFromZod } from './_arbitraries.js';

const fixtures = new URL('../../../test/fixtures/', import.meta.url);
const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(path, fixtures), 'utf8')) as unknown;

/** The vignette presentations (dev and extra): realistic, valid, and varied. */
export const VIGNETTE_PRESENTATIONS: readonly unknown[] = [
  'vignettes/dev.json',
  'vignettes/extra.json',
].flatMap((f) =>
  (readJson(f) as { cases: { presentation: unknown }[] }).cases.map((c) => c.presentation),
);

const kb = getKb();
const drugEntries = kb.entries.filter((e) => e.category === 'drug');
const drugNames = drugEntries.flatMap((e) => {
  const brands = (e as { brandNames?: readonly string[] }).brandNames ?? [];
  return [e.name, e.id.replace(/^drug-/, ''), ...e.synonyms, ...brands];
});

/** Medication words people type: KB names, brands, a misspelling, and things that are not drugs. */
export const drugName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...drugNames) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'ibuprofin',
      'TYLENOL',
      'Advil PM',
      'paracetamol 500',
      'vitamin q',
      'grapefruit',
    ),
  },
);

const frequencies = fc.constantFrom(
  'q6h',
  'q4h',
  'every 8 hours',
  'twice daily',
  'bid',
  'tid',
  'qid',
  'once a day',
  'at night',
  'every 6 hours as needed',
  'prn',
  '3 times a day',
  'weekly',
);

/** Hints for schema-shaped presentations and regimens. */
const HINTS = {
  drug: drugName,
  frequency: frequencies,
  unit: fc.constantFrom('mg', 'g', 'mcg', 'mL', 'tablet', 'tablets', 'patch', 'puffs'),
  strength: fc.constantFrom('500 mg', '200mg', '5 mg/5 mL', '7.5/325', '25 mcg/h'),
  route: fc.constantFrom('oral', 'topical', 'transdermal', 'iv', 'intramuscular'),
  dose: fc.oneof(
    fc.integer({ min: 0, max: 2000 }),
    fc.constantFrom('600 mg', '1 g', '1-2 tablets', '2 tabs', 'half'),
  ),
  'comorbidities[]': fc.constantFrom(...COMORBIDITIES, ...Object.keys(COMORBIDITY_ALIASES)),
};

/** Presentations for `assess`: the vignettes and schema-shaped ones. */
export const presentation: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...VIGNETTE_PRESENTATIONS) },
  { weight: 3, arbitrary: arbitraryFromZod(PresentationSchema, HINTS) },
);

/** Regimens for `checkMedications`. */
export const medsInput: fc.Arbitrary<unknown> = arbitraryFromZod(MedsInputSchema, HINTS);

interface Registered {
  readonly inputSchema: z.ZodType;
  readonly example: unknown;
}

/** Each grading system's input: its documented example and schema-shaped values. */
export const gradeInputs: ReadonlyMap<string, fc.Arbitrary<unknown>> = new Map(
  GRADING_SYSTEM_IDS.map((id) => {
    const system = (GRADING_SYSTEMS as Record<string, Registered>)[id] as Registered;
    return [id, fc.oneof(fc.constant(system.example), arbitraryFromZod(system.inputSchema))];
  }),
);

/** Each instrument's input: its documented example and schema-shaped values. */
export const scoreInputs: ReadonlyMap<string, fc.Arbitrary<unknown>> = new Map(
  SCORE_INSTRUMENT_IDS.map((id) => {
    const instrument = (SCORE_INSTRUMENTS as Record<string, Registered>)[id] as Registered;
    return [
      id,
      fc.oneof(fc.constant(instrument.example), arbitraryFromZod(instrument.inputSchema)),
    ];
  }),
);

/** The input schema of a grading system or instrument, by id. */
export const gradeSchema = (id: string): z.ZodType | undefined =>
  (GRADING_SYSTEMS as Record<string, Registered | undefined>)[id]?.inputSchema;
export const scoreSchema = (id: string): z.ZodType | undefined =>
  (SCORE_INSTRUMENTS as Record<string, Registered | undefined>)[id]?.inputSchema;

/** Names that look like ids but are not: prototype keys, case and spacing slips, empty. */
export const nearMissIds = fc.constantFrom(
  '',
  ' ',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'LEE',
  'lee ',
  'odi\n',
  'x'.repeat(300),
  '../lee',
);

// ---- Report text ------------------------------------------------------------------------------------

const reportTexts = readdirSync(new URL('reports/texts/', fixtures))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(`reports/texts/${f}`, fixtures), 'utf8'));
const hardTexts = readdirSync(new URL('reports/hard/', fixtures))
  .filter((f) => f.endsWith('.json'))
  .map((f) => (readJson(`reports/hard/${f}`) as { text: string }).text);
const sentences = [...reportTexts, ...hardTexts]
  .flatMap((t) => t.split(/(?<=[.:])\s+/))
  .filter((s) => s.length > 3);
const words = [...new Set(sentences.flatMap((s) => s.split(/\s+/)))];

/** Report text: real sentences shuffled, words recombined, whole reports cut anywhere, and noise. */
export const reportText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 8 })
      .map((s) => s.join(' ')),
  },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.constantFrom(...words), { maxLength: 40 })
      .chain((w) => fc.constantFrom(' ', '\n', ', ', '/', '-').map((sep) => w.join(sep))),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...reportTexts), fc.nat(), fc.nat())
      .map(([t, a, b]) =>
        t.slice(Math.min(a, b) % (t.length + 1), Math.max(a, b) % (t.length + 1)),
      ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 200, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
);

// ---- Articles and the knowledge base -------------------------------------------------------------------

const cased = (s: string): fc.Arbitrary<string> =>
  fc.constantFrom(s, s.toUpperCase(), s.toLowerCase(), ` ${s} `);
const levelSpellings = (level: string): string[] => [
  level,
  level.replace('-', '/'),
  level.replace(/-[LS]/, '-'),
  level.replace('-', ''),
];

/** Article requests people write: contract values, other spellings of a level, any case. */
export const articleRequest = fc.record({
  level: fc
    .constantFrom(...LEVELS)
    .chain((l) => fc.constantFrom(...levelSpellings(l)))
    .chain(cased),
  side: fc.constantFrom(...SIDES).chain(cased),
  zone: fc.constantFrom(...ZONES).chain(cased),
});

/** Every KB id. */
export const KB_IDS: readonly string[] = listKb().items.map((i) => i.id);
/** What people search the KB for: names, synonyms, ids, and text that matches nothing. */
export const kbQuery = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...kb.entries.flatMap((e) => [e.name, ...e.synonyms])) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'Tylenol',
      'NSAID',
      'SLR',
      'pinched nerve',
      'sciatica',
      'gabapentn',
      'L5 root',
    ),
  },
  // Blank text is a search with nothing to find, refused by design; the mixed inputs send it.
  {
    weight: 2,
    arbitrary: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
  },
);
export const kbCategory = fc.oneof(fc.constantFrom(...KB_CATEGORIES), nearMissIds);
