/** Section 10, "What should I do, and what should I avoid?": the KB's advice, split by kind. */
import type { ArticleContext } from '../context.js';
import { entriesAt, plainOr } from '../context.js';
import type { Block, ListItem, Section } from '../model.js';

/** Builds the do-and-avoid section. */
export function buildDoAndAvoid(ctx: ArticleContext): Section {
  const advice = entriesAt(ctx, 'advice');
  const blocks: Block[] = [];
  for (const kind of ['do', 'avoid'] as const) {
    const items: ListItem[] = advice
      .filter((a) => a.adviceKind === kind)
      .map((a) => {
        ctx.use(a);
        // The names are advice in themselves, so a hard summary leaves the name to speak alone.
        const line = plainOr(a.summary, '');
        return { term: a.name, text: line.text, sources: a.sources, clinician: line.clinician };
      });
    if (items.length === 0) continue;
    blocks.push(
      { kind: 'subheading', text: kind === 'do' ? 'Do' : 'Avoid' },
      { kind: 'list', items },
    );
  }
  if (blocks.length === 0) {
    blocks.push({
      kind: 'paragraph',
      text: 'Ask your doctor or therapist which activities are right for you.',
    });
  }
  return { id: 'do-and-avoid', heading: 'What should I do, and what should I avoid?', blocks };
}
