/**
 * Finds the KB drug entry a person means: generic name, brand, synonym or the entry id, in any case,
 * with a strength or form written in (`"Norco 10/325"`, `"lidocaine 5% patch"`), and with small
 * misspellings (edit distance 1 for names of 5–8 letters, 2 above). Class words such as "NSAID" or
 * "opioid" name several medicines and are reported as unknown rather than guessed.
 */
import { entriesOf } from '../kb/index.js';
import type { Kb } from '../kb/index.js';
import type { DrugEntry } from '../kb/index.js';
import { strengthInName } from './dose.js';
import type { Strength } from './dose.js';
import { editDistance } from '../edit-distance.js';

/** How a name was matched, most to least certain. */
export type MatchKind = 'generic' | 'brand' | 'synonym' | 'misspelling';

/** A recognised drug. */
export interface Recognised {
  readonly entry: DrugEntry;
  readonly match: MatchKind;
  /** The KB name that matched (for a misspelling, the name it was read as). */
  readonly matchedName: string;
  /** A strength written inside the name, e.g. `10/325` in `"Norco 10/325"`. */
  readonly strength?: Strength;
}

/** A name that could not be tied to one entry. */
export interface Unrecognised {
  readonly entry?: undefined;
  /** Entries the name might mean (several for a class word, near spellings otherwise). */
  readonly suggestions: readonly string[];
  /** True when the name matches several different medicines (a class word such as "NSAID"). */
  readonly ambiguous: boolean;
}

/** Form words that point to one product of a drug (patch, gel, epidural injection). */
const FORM_HINTS = [
  'patch',
  'gel',
  'cream',
  'ointment',
  'epidural',
  'injection',
  'spray',
  'nasal',
] as const;
type FormHint = (typeof FORM_HINTS)[number];

/** Words that say nothing about which medicine is meant. */
const FILLER = new Set([
  'tablet',
  'tablets',
  'tab',
  'tabs',
  'capsule',
  'capsules',
  'cap',
  'caps',
  'caplet',
  'caplets',
  'pill',
  'pills',
  'oral',
  'po',
  'by',
  'mouth',
  'er',
  'xr',
  'sr',
  'ir',
  'cr',
  'dr',
  'la',
  'xl',
  'ec',
  'extended',
  'immediate',
  'delayed',
  'sustained',
  'modified',
  'controlled',
  'prolonged',
  'release',
  'hcl',
  'hydrochloride',
  'sodium',
  'potassium',
  'sulfate',
  'sulphate',
  'bitartrate',
  'phosphate',
  'tromethamine',
  'generic',
  'brand',
  'mg',
  'mcg',
  'g',
  'strength',
  'regular',
  'extra',
  'maximum',
  'solution',
  'liquid',
  'suspension',
  'elixir',
  'syrup',
  'otc',
  'rx',
]);

/** Accent-free, lower-case, punctuation-free text (`"Tylenol #3"` → `"tylenol 3"`). */
export function normaliseDrugName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[®™©]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9%.]+/g, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The generic name used in outputs: the entry id without its `drug-` prefix (`drug-acetaminophen` → `acetaminophen`). */
export const genericName = (entry: { readonly id: string }): string =>
  entry.id.replace(/^drug-/, '');

interface NameRecord {
  readonly entry: DrugEntry;
  readonly kind: Exclude<MatchKind, 'misspelling'>;
  readonly name: string;
}

interface NameIndex {
  readonly exact: ReadonlyMap<string, readonly NameRecord[]>;
  /** Every indexed name, for fuzzy search. */
  readonly names: readonly string[];
  readonly bySortedTokens: ReadonlyMap<string, readonly NameRecord[]>;
}

const indexes = new WeakMap<Kb, NameIndex>();

const sortedTokens = (name: string): string =>
  name
    .split(' ')
    .filter((t) => !['and', 'with', 'plus'].includes(t))
    .sort()
    .join(' ');

function buildIndex(kb: Kb): NameIndex {
  const exact = new Map<string, NameRecord[]>();
  const bySorted = new Map<string, NameRecord[]>();
  const add = (raw: string, entry: DrugEntry, kind: NameRecord['kind']): void => {
    const name = normaliseDrugName(raw);
    if (name === '') return;
    const list = exact.get(name) ?? [];
    if (!list.some((r) => r.entry.id === entry.id)) list.push({ entry, kind, name });
    exact.set(name, list);
    const key = sortedTokens(name);
    const sorted = bySorted.get(key) ?? [];
    if (!sorted.some((r) => r.entry.id === entry.id)) sorted.push({ entry, kind, name });
    bySorted.set(key, sorted);
  };
  for (const entry of entriesOf(kb, 'drug')) {
    add(genericName(entry).replace(/-/g, ' '), entry, 'generic');
    // A product form (capsaicin-patch, lidocaine-patch) is also found by the bare drug name.
    const form = /^(.+)-(patch|cream|gel|epidural)$/.exec(genericName(entry));
    if (form?.[1]) add(form[1].replace(/-/g, ' '), entry, 'generic');
    add(entry.name, entry, 'generic');
    // "Acetaminophen (paracetamol)": both words name the drug.
    for (const part of entry.name.split(/[()]/)) add(part, entry, 'generic');
    for (const brand of entry.brandNames) add(brand, entry, 'brand');
    for (const synonym of entry.synonyms) add(synonym, entry, 'synonym');
  }
  return { exact, names: [...exact.keys()], bySortedTokens: bySorted };
}

function indexFor(kb: Kb): NameIndex {
  let index = indexes.get(kb);
  if (!index) {
    index = buildIndex(kb);
    indexes.set(kb, index);
  }
  return index;
}

/** Edits allowed for a name of this length: none up to 4 letters, one up to 8, then two. */
export const allowedEdits = (length: number): number => (length <= 4 ? 0 : length <= 8 ? 1 : 2);

function hintsIn(text: string, unit: string | undefined): Set<FormHint> {
  const hints = new Set<FormHint>();
  for (const word of text.split(' ')) {
    const hint = FORM_HINTS.find(
      (h) => word === h || word === `${h}s` || (h === 'patch' && word === 'patches'),
    );
    if (hint) hints.add(hint);
  }
  if (unit === 'patch') hints.add('patch');
  if (unit === 'application') hints.add('cream');
  if (unit === 'spray') hints.add('spray');
  return hints;
}

/** Picks one entry among several that share a name, using form words; undefined when they are different medicines. */
function choose(
  records: readonly NameRecord[],
  hints: ReadonlySet<FormHint>,
): NameRecord | undefined {
  const distinct = [...new Map(records.map((r) => [r.entry.id, r])).values()];
  if (distinct.length === 1) return distinct[0];
  const hinted = distinct.filter((r) =>
    [...hints].some(
      (h) =>
        r.entry.id.includes(h) ||
        (h === 'gel' && r.entry.route === 'topical') ||
        (h === 'patch' && r.entry.route === 'transdermal') ||
        (h === 'epidural' && r.entry.route === 'epidural') ||
        (h === 'injection' && r.entry.route !== 'oral'),
    ),
  );
  if (hinted.length === 1) return hinted[0];
  const pool = hinted.length > 1 ? hinted : distinct;
  // Forms of one drug (diclofenac and diclofenac-gel): the plain product is the default.
  const bases = new Set(pool.map((r) => genericName(r.entry).split('-')[0]));
  // Forms of one drug: the plain (oral) product is the default, then a cream or gel before a patch.
  const routeOrder = [
    'oral',
    'topical',
    'transdermal',
    'intramuscular',
    'intravenous',
    'subcutaneous',
    'epidural',
  ];
  if (bases.size === 1) {
    return [...pool].sort(
      (a, b) =>
        a.entry.id.length - b.entry.id.length ||
        routeOrder.indexOf(a.entry.route) - routeOrder.indexOf(b.entry.route),
    )[0];
  }
  return undefined;
}

function lookupExact(
  index: NameIndex,
  name: string,
  hints: ReadonlySet<FormHint>,
): Recognised | Unrecognised | undefined {
  const records = index.exact.get(name) ?? index.bySortedTokens.get(sortedTokens(name));
  if (!records || records.length === 0) return undefined;
  const chosen = choose(records, hints);
  if (chosen) return { entry: chosen.entry, match: chosen.kind, matchedName: chosen.name };
  return { suggestions: [...new Set(records.map((r) => genericName(r.entry)))], ambiguous: true };
}

function lookupFuzzy(
  index: NameIndex,
  name: string,
  hints: ReadonlySet<FormHint>,
): Recognised | Unrecognised | undefined {
  const limit = allowedEdits(name.replace(/ /g, '').length);
  if (limit === 0) return undefined;
  let best = limit + 1;
  let candidates: string[] = [];
  for (const known of index.names) {
    if (Math.abs(known.length - name.length) > limit) continue;
    // A misspelling keeps its first letter far more often than not; requiring it avoids wild matches.
    if (known[0] !== name[0]) continue;
    const d = editDistance(name, known, Math.min(best, limit));
    if (d < best) {
      best = d;
      candidates = [known];
    } else if (d === best) candidates.push(known);
  }
  if (best > limit || candidates.length === 0) return undefined;
  const records = candidates.flatMap((c) => index.exact.get(c) ?? []);
  const chosen = choose(records, hints);
  if (chosen) return { entry: chosen.entry, match: 'misspelling', matchedName: chosen.name };
  return { suggestions: [...new Set(records.map((r) => genericName(r.entry)))], ambiguous: true };
}

/** Near names to suggest for an unknown drug (up to three, closest first). */
function suggest(index: NameIndex, name: string): string[] {
  const scored: [number, string][] = [];
  for (const known of index.names) {
    const d = editDistance(name, known, 3);
    if (d <= 3) {
      for (const r of index.exact.get(known) ?? []) scored.push([d, genericName(r.entry)]);
    }
  }
  scored.sort((a, b) => a[0] - b[0]);
  return [...new Set(scored.map(([, n]) => n))].slice(0, 3);
}

/**
 * Recognises a drug name against the KB's drug entries.
 * @param text - the name as written, e.g. `"Tylenol"`, `"IBUPROFEN 400mg"`, `"gabapentn"`, `"Norco 10/325"`
 * @param kb - the knowledge base to search
 * @param unit - the dose unit, used to choose between forms (a `patch` unit picks the patch product)
 * @returns the entry and how it matched, or suggestions when no single entry fits
 */
export function recogniseDrug(text: string, kb: Kb, unit?: string): Recognised | Unrecognised {
  let cache = results.get(kb);
  if (!cache) {
    cache = new Map();
    results.set(kb, cache);
  }
  const key = `${unit ?? ''}|${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const result = recogniseUncached(text, kb, unit);
  // Names repeat across regimens; a bounded cache keeps the common ones without growing without limit.
  if (cache.size >= RESULT_CACHE_SIZE) cache.clear();
  cache.set(key, result);
  return result;
}

const RESULT_CACHE_SIZE = 5000;
const results = new WeakMap<Kb, Map<string, Recognised | Unrecognised>>();

function recogniseUncached(text: string, kb: Kb, unit?: string): Recognised | Unrecognised {
  const index = indexFor(kb);
  const full = normaliseDrugName(text);
  const hints = hintsIn(full, unit);
  const direct = lookupExact(index, full, hints);
  if (direct) return direct;

  const inName = strengthInName(text);
  const withoutStrength = inName ? normaliseDrugName(inName.rest) : full;
  const words = withoutStrength.split(' ').filter((w) => w !== '' && !/^\d+(?:\.\d+)?%?$/.test(w));
  const cleaned = words.filter((w) => !FILLER.has(w)).join(' ');
  const withStrength = (r: Recognised | Unrecognised): Recognised | Unrecognised =>
    r.entry && inName ? { ...r, strength: inName.strength } : r;

  for (const candidate of [withoutStrength, cleaned]) {
    if (candidate === '' || candidate === full) continue;
    const hit = lookupExact(index, candidate, hints);
    if (hit) return withStrength(hit);
  }
  // Without form words ("lidocaine 5% patch" → "lidocaine"), then word by word for longer texts.
  const bare = cleaned
    .split(' ')
    .filter((w) => !FORM_HINTS.includes(w as FormHint) && w !== 'patches')
    .join(' ');
  if (bare !== '' && bare !== cleaned) {
    const hit = lookupExact(index, bare, hints);
    if (hit) return withStrength(hit);
  }
  for (const candidate of [cleaned || full, bare]) {
    if (candidate === '') continue;
    const fuzzy = lookupFuzzy(index, candidate, hints);
    if (fuzzy) return withStrength(fuzzy);
  }
  const tokens = (cleaned || full).split(' ');
  if (tokens.length > 1) {
    // Longest run of words that names one medicine ("Tylenol arthritis" → Tylenol).
    const found = new Map<string, Recognised>();
    for (let size = tokens.length - 1; size >= 1 && found.size === 0; size--) {
      for (let start = 0; start + size <= tokens.length; start++) {
        const part = tokens.slice(start, start + size).join(' ');
        const hit =
          lookupExact(index, part, hints) ??
          (part.length >= 6 ? lookupFuzzy(index, part, hints) : undefined);
        if (hit?.entry) found.set(hit.entry.id, hit);
      }
    }
    if (found.size === 1) return withStrength([...found.values()][0] as Recognised);
    if (found.size > 1) {
      return { suggestions: [...found.values()].map((r) => genericName(r.entry)), ambiguous: true };
    }
  }
  return { suggestions: suggest(index, cleaned || full), ambiguous: false };
}
