/** KB categories, kept apart from the zod schema so the hot read path (kb find) does not load zod. */
export const KB_CATEGORIES = [
  'anatomy',
  'condition',
  'classification',
  'cause',
  'symptom',
  'diagnostic-test',
  'therapy',
  'drug',
  'supplement',
  'injection',
  'procedure',
  'prevention',
  'red-flag',
  'advice',
  'faq',
  'correction',
] as const;
export type KbCategory = (typeof KB_CATEGORIES)[number];
