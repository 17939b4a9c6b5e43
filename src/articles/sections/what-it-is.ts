/** Section 1, "What is it?": the condition in plain words for this level, zone and side. */
import type { ArticleContext } from '../context.js';
import { sidePhrase, zoneWhere } from '../wording.js';
import type { Block, Section } from '../model.js';
import { emergencyAdvice } from './when-to-get-help.js';

/** Builds the opening section from the request and the anatomy rule. */
export function buildWhatItIs(ctx: ArticleContext): Section {
  const { level, side, zone, hit } = ctx;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text:
        'Your spine is a stack of bones called vertebrae. A disc sits between each pair. ' +
        'Nerves run down the spinal canal and leave it through side openings, one on each side at each level.',
    },
    {
      kind: 'paragraph',
      text:
        `Stenosis means narrowing. This page is about narrowing at the ${level} level, ${sidePhrase(side)}. ` +
        `The narrowing is ${zoneWhere(zone)}. There it can press on the ${hit.root} nerve root.`,
      sources: hit.sources,
    },
    {
      kind: 'paragraph',
      text:
        'A pinched nerve root can cause pain, numbness, tingling or weakness in the parts of the body that the nerve serves. ' +
        'Doctors call this radiculopathy.',
    },
    {
      // The warning signs come first as well as in their own section: a long page must not bury them.
      kind: 'callout',
      tone: 'emergency',
      title: 'Get help fast',
      items: [
        { text: emergencyAdvice() },
        { text: 'The full list of warning signs is in the section on when to get help, below.' },
      ],
    },
  ];
  return { id: 'what-it-is', heading: 'What is it?', blocks };
}
