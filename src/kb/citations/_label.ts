import type { Citation } from '../schema.js';

/**
 * A product-label citation pointing at the DailyMed search for the product: DailyMed set ids change when a
 * labeller re-issues a label, while the search keeps finding the current text. The id keeps its literal
 * type, so `CitationId` lists it.
 * @param id - the citation id
 * @param title - the product and label named for people
 * @param query - what to search DailyMed for
 * @param note - what the label says that Foramen uses
 */
export function dailyMedLabel<const I extends string>(
  id: I,
  title: string,
  query: string,
  note?: string,
): Citation & { readonly id: I } {
  return {
    id,
    kind: 'label',
    title,
    url: `https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=${encodeURIComponent(query)}`,
    ...(note === undefined ? {} : { note }),
  };
}
