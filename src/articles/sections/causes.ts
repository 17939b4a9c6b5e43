/** Section 4, "What causes it?": the KB's causes at this level, with a plain line each. */
import type { ArticleContext } from '../context.js';
import { entriesAt, plainOr } from '../context.js';
import { causeTypeLine } from '../wording.js';
import type { ListItem, Section } from '../model.js';

/** Builds the causes section. */
export function buildCauses(ctx: ArticleContext): Section {
  const items: ListItem[] = entriesAt(ctx, 'cause').map((c) => {
    ctx.use(c);
    const line = plainOr(c.summary, causeTypeLine(c.causeType));
    const clinician = [...line.clinician, `Mechanism: ${c.mechanism}`];
    if (c.riskFactors.length > 0) clinician.push(`Risk factors: ${c.riskFactors.join('; ')}.`);
    return { term: c.name, text: line.text, sources: c.sources, clinician };
  });
  return {
    id: 'causes',
    heading: 'What causes it?',
    blocks: [
      {
        kind: 'paragraph',
        text: 'Many things can take up room around a nerve root. Often more than one of them is at work. These are the causes doctors look for.',
      },
      ...(items.length > 0
        ? [{ kind: 'list' as const, items }]
        : [
            {
              kind: 'paragraph' as const,
              text: 'Your doctor can explain what is causing the narrowing in your case.',
            },
          ]),
    ],
  };
}
