/**
 * Dose units and dose texts: `600 mg`, `1 g`, `1,000 mg`, `500 mcg`, `5 %`, `1-2 tablets`, `3 patches`,
 * and product strengths such as `5/325` (hydrocodone/acetaminophen) or `200 mg` per tablet.
 */

/** The units the checker understands, each with the spellings people use. */
export const DOSE_UNIT_SPELLINGS = {
  mg: ['mg', 'mgs', 'milligram', 'milligrams', 'milligramme', 'milligrammes'],
  g: ['g', 'gm', 'gms', 'gram', 'grams', 'gramme', 'grammes'],
  mcg: ['mcg', 'µg', 'μg', 'ug', 'microgram', 'micrograms', 'microgramme', 'microgrammes'],
  '%': ['%', 'percent', 'per cent'],
  patch: ['patch', 'patches', 'system', 'systems'],
  tablet: [
    'tablet',
    'tablets',
    'tab',
    'tabs',
    'caplet',
    'caplets',
    'capsule',
    'capsules',
    'cap',
    'caps',
    'pill',
    'pills',
    'softgel',
    'softgels',
  ],
  application: [
    'application',
    'applications',
    'app',
    'apps',
    'dose of gel',
    'fingertip unit',
    'fingertip units',
  ],
  mL: ['ml', 'milliliter', 'milliliters', 'millilitre', 'millilitres', 'cc'],
  IU: ['iu', 'unit', 'units', 'international unit', 'international units'],
  spray: ['spray', 'sprays', 'puff', 'puffs', 'actuation', 'actuations'],
  injection: ['injection', 'injections', 'shot', 'shots'],
} as const;

/** A unit after normalisation. */
export type DoseUnit = keyof typeof DOSE_UNIT_SPELLINGS;
export const DOSE_UNITS = Object.keys(DOSE_UNIT_SPELLINGS) as DoseUnit[];

const UNIT_LOOKUP: ReadonlyMap<string, DoseUnit> = new Map(
  DOSE_UNITS.flatMap((unit) =>
    DOSE_UNIT_SPELLINGS[unit].map((spelling) => [spelling, unit] as const),
  ),
);

/** Units that measure mass, with their size in mg. */
export const MG_PER_UNIT: Readonly<Partial<Record<DoseUnit, number>>> = {
  mg: 1,
  g: 1000,
  mcg: 0.001,
};

/** True when the unit is a mass (mg, g, mcg). */
export const isMassUnit = (unit: DoseUnit): boolean => MG_PER_UNIT[unit] !== undefined;

/**
 * Normalises a unit spelling (`MG`, `grams`, `µg`, `tabs`), or returns undefined when it is not a unit.
 * @param text - the unit as written
 */
export function normaliseUnit(text: string): DoseUnit | undefined {
  const key = text.trim().toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' ');
  return UNIT_LOOKUP.get(key);
}

/** A dose as written: an amount or a range of amounts, with an optional unit. */
export interface DoseAmount {
  /** The largest amount (used for maximum checks). */
  readonly max: number;
  /** The smallest amount (equal to `max` unless a range was written). */
  readonly min: number;
  readonly unit: DoseUnit | undefined;
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*\.?\d+)`;
const DOSE_TEXT = new RegExp(
  String.raw`^${NUMBER}(?:\s*(?:-|–|to|or)\s*${NUMBER})?\s*([^\d\s].*)?$`,
);
const FRACTIONS: Readonly<Record<string, number>> = {
  '½': 0.5,
  '¼': 0.25,
  '¾': 0.75,
  half: 0.5,
  'one half': 0.5,
};

/** Why a dose text could not be read; each becomes one clear line in an InputError. */
export type DoseTextProblem = 'not-a-dose' | 'unknown-unit' | 'not-positive';

/**
 * Reads a dose text such as `"600 mg"`, `"1 g"`, `"1-2 tablets"`, `"5%"` or `"½ tablet"`.
 * @param text - the dose as written
 * @returns the amount(s) and unit, or the reason it cannot be read
 */
export function parseDoseText(
  text: string,
): DoseAmount | { problem: DoseTextProblem; unit?: string } {
  let s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  for (const [word, value] of Object.entries(FRACTIONS)) {
    if (s.startsWith(word)) s = `${String(value)}${s.slice(word.length)}`;
  }
  if (/^-/.test(s)) return { problem: 'not-positive' };
  const m = DOSE_TEXT.exec(s);
  if (!m) return { problem: 'not-a-dose' };
  const first = Number((m[1] ?? '').replace(/,/g, ''));
  const second = m[2] === undefined ? first : Number(m[2].replace(/,/g, ''));
  const unitText = m[3]?.trim();
  let unit: DoseUnit | undefined;
  if (unitText !== undefined && unitText !== '') {
    unit = normaliseUnit(unitText);
    if (unit === undefined) return { problem: 'unknown-unit', unit: unitText };
  }
  if (!(first > 0) || !(second > 0)) return { problem: 'not-positive' };
  return { max: Math.max(first, second), min: Math.min(first, second), unit };
}

/** A product strength: mg per unit for one active ingredient, several (`5/325`), or a percentage. */
export type Strength =
  | { readonly kind: 'mass'; readonly mgPerUnit: readonly number[] }
  | { readonly kind: 'percent'; readonly percent: number };

/**
 * Reads a strength such as `"200 mg"`, `"5/325"`, `"7.5/325 mg"`, `"5%"` or `"0.5 g"`.
 * @param text - the strength as written
 * @returns the strength, or undefined when it cannot be read
 */
export function parseStrength(text: string): Strength | undefined {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const percent = /^(\d*\.?\d+)\s*(?:%|percent|per cent)$/.exec(s);
  if (percent) {
    const value = Number(percent[1]);
    return value > 0 && value <= 100 ? { kind: 'percent', percent: value } : undefined;
  }
  const combo = /^(\d*\.?\d+(?:\s*\/\s*\d*\.?\d+)*)\s*(mg|g|mcg|µg|μg|ug)?$/.exec(s);
  if (!combo) return undefined;
  const factor = MG_PER_UNIT[normaliseUnit(combo[2] ?? 'mg') ?? 'mg'] ?? 1;
  const parts = (combo[1] ?? '').split('/').map((p) => Number(p.trim()) * factor);
  return parts.every((p) => p > 0) ? { kind: 'mass', mgPerUnit: parts } : undefined;
}

/** Pulls a strength written inside a drug name (`"Norco 5/325"`, `"ibuprofen 400 mg"`, `"lidocaine 5% patch"`). */
export function strengthInName(name: string): { strength: Strength; rest: string } | undefined {
  const m = /(\d*\.?\d+(?:\s*\/\s*\d*\.?\d+)*)\s*(mg|g|mcg|µg|μg|ug|%)?(?=\s|$|[a-z]*\b)/i.exec(
    name,
  );
  if (!m || m[0].trim() === '') return undefined;
  const hasSlash = (m[1] ?? '').includes('/');
  if (!hasSlash && m[2] === undefined) return undefined;
  const strength = parseStrength(`${m[1] ?? ''}${m[2] === '%' ? '%' : ` ${m[2] ?? 'mg'}`}`);
  if (!strength) return undefined;
  const rest = `${name.slice(0, m.index)} ${name.slice(m.index + m[0].length)}`
    .replace(/\s+/g, ' ')
    .trim();
  return { strength, rest };
}
