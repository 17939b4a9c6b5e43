/**
 * Keeps printed doses within the KB's labelled maximum. Every amount an article prints for a medicine
 * is read back and compared with `maxDaily`; text that would show more is not printed at all, so an
 * error in free-text KB wording can never reach a patient as a dose above the label.
 */
import { getKb } from '../kb/index.js';
import type { DrugEntry, Kb } from '../kb/index.js';

const MASS_TO_MG = { mcg: 0.001, µg: 0.001, mg: 1, g: 1000 } as const;
// A number is "1,000" (thousands grouped), "7.5", "0,5" or "40"; a range is "200–400 mg" or "2 to 4 g".
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?`;
const AMOUNT = new RegExp(
  String.raw`(?<![\d.,])(${NUMBER})(?:\s*(?:[-–—]|to)\s*(${NUMBER}))?\s*(mcg|µg|micrograms?|mg|milligrams?|g|grams?)\b`,
  'gi',
);

/** A labelled maximum in milligrams, or undefined when the unit is not a mass (patches, applications). */
export function maxInMg(drug: DrugEntry): number | undefined {
  const { amount, unit } = drug.maxDaily;
  switch (unit) {
    case 'mg':
      return amount;
    case 'mcg':
      return amount * MASS_TO_MG.mcg;
    case 'g':
      return amount * MASS_TO_MG.g;
    case 'patch':
    case 'application':
    case 'mL':
      return undefined;
  }
}

/** Every mass amount written in a text, in milligrams (both ends of a range). */
export function amountsInMg(text: string): readonly number[] {
  const cached = amountCache.get(text);
  if (cached) return cached;
  const out: number[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const factor = unitFactor(m[3] ?? 'mg');
    for (const raw of [m[1], m[2]]) if (raw !== undefined) out.push(parseAmount(raw) * factor);
  }
  amountCache.set(text, out);
  return out;
}

const amountCache = new Map<string, readonly number[]>();

/** Milligrams per unit, for symbols and spelled-out units alike. */
function unitFactor(unit: string): number {
  const u = unit.toLowerCase();
  if (u === 'mcg' || u === 'µg' || u.startsWith('microgram')) return MASS_TO_MG.mcg;
  if (u === 'g' || u.startsWith('gram')) return MASS_TO_MG.g;
  return MASS_TO_MG.mg;
}

/** "1,000" is a thousand and "0,5" a half: commas before groups of three digits separate thousands. */
const parseAmount = (raw: string): number =>
  Number(
    /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(raw) ? raw.replace(/,/g, '') : raw.replace(',', '.'),
  );

/**
 * The largest amount that may appear in text about a medicine: its labelled maximum, or for a
 * combination product the largest maximum among it and its ingredients (a "5/325 mg" tablet names
 * the acetaminophen part, which its own limit bounds). Undefined when no limit is a mass.
 */
export function ceilingInMg(drug: DrugEntry, kb: Kb = getKb()): number | undefined {
  const limits = [maxInMg(drug)];
  for (const part of drug.ingredients ?? []) {
    const entry = kb.byId.get(part.drug);
    if (entry?.category === 'drug') limits.push(maxInMg(entry));
  }
  const known = limits.filter((m): m is number => m !== undefined);
  return known.length > 0 ? Math.max(...known) : undefined;
}

/**
 * Whether a text about `drug` only names amounts at or below its labelled maximum.
 * @param text - text to be printed about the medicine
 * @param drug - the KB entry whose `maxDaily` bounds it
 * @param kb - the KB holding a combination product's ingredients
 */
export function isWithinLabel(text: string, drug: DrugEntry, kb: Kb = getKb()): boolean {
  const max = ceilingInMg(drug, kb);
  if (max === undefined) return true;
  // A tiny tolerance absorbs rounding in unit conversion (0.1 mg), never a real excess.
  return amountsInMg(text).every((mg) => mg <= max + 1e-6);
}

/** How a limit's period reads in a sentence. */
export function perWords(per: DrugEntry['maxDaily']['per']): string {
  switch (per) {
    case undefined:
    case 'day':
      return 'in 24 hours';
    case 'dose':
      return 'at one time';
    case 'injection':
      return 'in one shot';
    case 'week':
      return 'in a week';
    case 'year':
      return 'in a year';
  }
}

/** The unit of a limit as printed. */
export function unitWords(amount: number, unit: DrugEntry['maxDaily']['unit']): string {
  switch (unit) {
    case 'mg':
    case 'mcg':
    case 'g':
    case 'mL':
      return `${amount} ${unit}`;
    case 'patch':
      return amount === 1 ? '1 patch' : `${amount} patches`;
    case 'application':
      return amount === 1 ? '1 dose' : `${amount} doses`;
  }
}

/**
 * Whether text that is not about one medicine (an injection, a supplement) stays within the labels of the
 * medicines it names: when it names a KB medicine ("dexamethasone 4–12 mg"), no amount in it may pass the
 * largest maximum among the medicines named. Text that names none is not bounded here.
 * @param text - text to be printed
 * @param kb - the KB whose medicines bound it
 */
export function isWithinNamedLabels(text: string, kb: Kb = getKb()): boolean {
  const amounts = amountsInMg(text);
  if (amounts.length === 0) return true;
  const lower = text.toLowerCase();
  const ceilings: number[] = [];
  for (const entry of kb.entries) {
    if (entry.category !== 'drug') continue;
    const word = entry.name.toLowerCase().split(/[\s(]/)[0] ?? '';
    if (word.length < 4 || !new RegExp(`\\b${word.replace(/[^a-z0-9]/g, '')}\\b`).test(lower)) {
      continue;
    }
    const c = ceilingInMg(entry, kb);
    if (c !== undefined) ceilings.push(c);
  }
  if (ceilings.length === 0) return true;
  const max = Math.max(...ceilings);
  return amounts.every((mg) => mg <= max + 1e-6);
}
