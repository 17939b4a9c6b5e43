/** Section 8, "Can it be prevented?": the KB's prevention entries that apply at this level. */
import type { ArticleContext } from '../context.js';
import { entriesAt, plainOr } from '../context.js';
import type { Block, ListItem, Section } from '../model.js';

/** Builds the prevention section. */
export function buildPrevention(ctx: ArticleContext): Section {
  const items: ListItem[] = entriesAt(ctx, 'prevention').map((p) => {
    ctx.use(p);
    // The names are plain advice in themselves ("Stay hydrated"), so no stock line is needed.
    const line = plainOr(p.summary, '');
    return { term: p.name, text: line.text, sources: p.sources, clinician: line.clinician };
  });
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: 'Some narrowing comes with age and cannot be fully prevented. These habits can lower the strain on your back and help keep flare-ups away.',
    },
  ];
  if (items.length > 0) blocks.push({ kind: 'list', items });
  return { id: 'prevention', heading: 'Can it be prevented?', blocks };
}
