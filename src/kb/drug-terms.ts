/**
 * The closed vocabularies of KB drug entries, kept apart from the zod schema (like categories.ts) so the
 * medication checker can use them without constructing every KB schema when it loads.
 */
export const DRUG_CLASSES = [
  'nsaid',
  'cox2-inhibitor',
  'analgesic-antipyretic',
  'opioid',
  'gabapentinoid',
  'snri',
  'tricyclic',
  'ssri',
  'muscle-relaxant',
  'benzodiazepine',
  'corticosteroid',
  'topical-nsaid',
  'topical-anesthetic',
  'topical-counterirritant',
  'combination-analgesic',
  'anticonvulsant',
  'bisphosphonate',
  'other',
] as const;
export type DrugClass = (typeof DRUG_CLASSES)[number];
export const DRUG_ROUTES = [
  'oral',
  'topical',
  'transdermal',
  'epidural',
  'intravenous',
  'intramuscular',
  'subcutaneous',
] as const;
export const DOSE_UNITS = ['mg', 'mcg', 'g', 'patch', 'application', 'mL'] as const;
