/**
 * `validateKb` re-checks everything the types cannot: schema refinements, unique ids, and that every
 * source and cross-reference resolves.
 */
import { AUTHORED_ENTRIES } from './entries/index.js';
import { CITATIONS } from './citations/index.js';
import { ANATOMY_ENTRIES } from './anatomy-entries.js';
import { CitationSchema, KbEntrySchema } from './schema.js';
import type { KbEntry } from './schema.js';

/** Every reference an entry makes to another entry. */
function referencesOf(entry: KbEntry): string[] {
  const refs = [...(entry.related ?? [])];
  if (entry.category === 'correction' && entry.subject) refs.push(entry.subject);
  if (entry.category === 'drug') for (const i of entry.ingredients ?? []) refs.push(i.drug);
  return refs;
}

/** Every citation id an entry uses, including those on nested limits and accuracy notes. */
function sourcesOf(entry: KbEntry): string[] {
  const ids = [...entry.sources, ...(entry.evidence?.sources ?? [])];
  if (entry.category === 'drug') {
    ids.push(...entry.maxDaily.sources);
    for (const m of entry.specialMaxima ?? []) ids.push(...m.sources);
  }
  if (entry.category === 'diagnostic-test' && entry.accuracy) ids.push(...entry.accuracy.sources);
  return ids;
}

/**
 * Checks the whole KB and returns one line per problem (empty when the KB is sound).
 * @param entries - raw entries (defaults to the shipped KB)
 * @param citations - raw citations (defaults to the shipped list)
 */
export function validateKb(
  entries: readonly unknown[] = [...ANATOMY_ENTRIES, ...AUTHORED_ENTRIES],
  citations: readonly unknown[] = CITATIONS,
): string[] {
  const problems: string[] = [];
  const citationIds = new Set<string>();
  for (const [i, raw] of citations.entries()) {
    const parsed = CitationSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(
        `citation[${i}]: ${parsed.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`,
      );
      continue;
    }
    if (citationIds.has(parsed.data.id)) problems.push(`citation ${parsed.data.id}: duplicate id`);
    citationIds.add(parsed.data.id);
  }
  const good: KbEntry[] = [];
  const ids = new Set<string>();
  for (const [i, raw] of entries.entries()) {
    const parsed = KbEntrySchema.safeParse(raw);
    const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
    const label = typeof id === 'string' ? id : `entry[${i}]`;
    if (!parsed.success) {
      problems.push(
        `${label}: ${parsed.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`,
      );
      continue;
    }
    if (ids.has(parsed.data.id)) problems.push(`${label}: duplicate id`);
    ids.add(parsed.data.id);
    good.push(parsed.data);
  }
  for (const entry of good) {
    for (const ref of referencesOf(entry)) {
      if (!ids.has(ref)) problems.push(`${entry.id}: unknown reference ${ref}`);
    }
    for (const src of sourcesOf(entry)) {
      if (!citationIds.has(src)) problems.push(`${entry.id}: unknown citation ${src}`);
    }
    if (entry.category === 'correction' && entry.seedDocs.length === 0) {
      problems.push(`${entry.id}: a correction must name the seed article(s) it corrects`);
    }
  }
  return problems;
}
