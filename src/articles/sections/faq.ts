/**
 * Section 11, "Questions people ask": one question about this exact case, answered from the anatomy,
 * then the KB's FAQs for this level. An answer too technical for the page goes to the clinician notes.
 */
import type { ArticleContext } from '../context.js';
import { entriesAt, plainLead, sentence } from '../context.js';
import { sidePhrase, zoneName } from '../wording.js';
import type { Block, ListItem, Section } from '../model.js';

/** Builds the FAQ section. */
export function buildFaq(ctx: ArticleContext): Section {
  const { level, zone, hit } = ctx;
  const items: ListItem[] = [
    {
      term: `My scan shows ${zoneName(zone)} narrowing at ${level} ${sidePhrase(ctx.side)}. Which nerve is it?`,
      text: `It is the ${hit.root} root. At ${level}, ${zone === 'foraminal' || zone === 'extraforaminal' ? 'narrowing in or beside the foramen pinches the root leaving at this level' : 'narrowing in the canal pinches the root passing down to the next level'}.`,
      sources: hit.sources,
    },
  ];
  const technical: string[] = [];
  for (const f of entriesAt(ctx, 'faq')) {
    ctx.use(f);
    // An answer must lead with its answer: only a plain opening is shown (the whole answer stays for
    // clinicians); an answer whose first sentence is hard goes to the clinician notes entire.
    const lead = plainLead(f.answer);
    if (lead) {
      items.push({
        term: sentence(f.question).replace(/\.$/, '?'),
        text: lead,
        sources: f.sources,
        clinician: lead === f.answer ? [] : [f.answer],
      });
    } else technical.push(`${f.question} ${f.answer}`);
  }
  const blocks: Block[] = [{ kind: 'list', items }];
  if (technical.length > 0) blocks.push({ kind: 'clinician', lines: technical });
  return { id: 'faq', heading: 'Questions people ask', blocks };
}
