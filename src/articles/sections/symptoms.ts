/**
 * Section 5, "What symptoms does it cause?": where this root sends pain and numbness, which movements
 * weaken and which reflex changes, all from the root's anatomy row; the dermatome diagram; then the
 * KB's symptom entries for this root (and the general ones).
 */
import { drawDermatomeDiagram } from '../../diagrams/index.js';
import type { ArticleContext } from '../context.js';
import { entriesAt, listWords, plainOr, sentence } from '../context.js';
import { movementWords, reflexWords, regionWords, sidePhrase } from '../wording.js';
import type { Block, ListItem, Section } from '../model.js';

function rootBlocks(ctx: ArticleContext): Block[] {
  const row = ctx.rootRow;
  const side = sidePhrase(ctx.side);
  if (!row) {
    // T12 has no row in the lumbar exam tables. The level's own note says what T12 supplies; it is the
    // only source for that, so it is shown as written (the glossary explains its words, and the
    // article-wide reading grade still counts it).
    const notes = ctx.levelRow.notes.filter((n) => n.includes(ctx.hit.root));
    return [
      {
        kind: 'paragraph',
        text: [
          'The T12 root is a chest-level nerve, so the leg maps on this site do not cover it.',
          ...notes.map(sentence),
          'Ask your doctor which symptoms fit it.',
        ].join(' '),
        sources: ctx.levelRow.sources,
      },
    ];
  }
  const main = row.regions.filter((l) => l.strength === 1).map((l) => regionWords(l.item));
  const other = row.regions.filter((l) => l.strength < 1).map((l) => regionWords(l.item));
  const weak = row.movements.filter((l) => l.strength >= 0.5).map((l) => movementWords(l.item));
  const reflexes = row.reflexes.filter((l) => l.strength >= 0.5).map((l) => reflexWords(l.item));
  const sources = [
    ...new Set([...row.regions, ...row.movements, ...row.reflexes].flatMap((l) => l.sources)),
  ];
  const items: ListItem[] = [
    {
      term: 'Pain',
      text: `Pain from the ${row.root} root most often runs to the ${row.painDistribution}, ${side}.`,
      sources,
    },
    {
      term: 'Numbness and tingling',
      text:
        `These are felt most in the ${listWords(main)}.` +
        (other.length > 0 ? ` Some people feel them in the ${listWords(other)} too.` : ''),
      sources,
    },
  ];
  if (weak.length > 0) {
    items.push({ term: 'Weakness', text: `It may be hard to ${listWords(weak)}.`, sources });
  }
  if (reflexes.length > 0) {
    items.push({
      term: 'Reflexes',
      text: `Your doctor may find a weaker reflex: ${listWords(reflexes)}.`,
      sources,
    });
  }
  const figure = drawDermatomeDiagram({ root: row.root, side: ctx.side, id: 'dermatome-diagram' });
  return [
    {
      kind: 'paragraph',
      text: `Each nerve root looks after its own strip of skin and its own muscles. So the symptoms point to the root. For the ${row.root} root ${sidePhrase(ctx.side)}, look for these:`,
    },
    { kind: 'list', items },
    {
      kind: 'figure',
      id: 'dermatome-diagram',
      svg: figure.svg,
      alt: figure.description,
      caption: `Where the ${row.root} root is felt. Darker red marks the main areas.`,
    },
  ];
}

/** Builds the symptoms section. */
export function buildSymptoms(ctx: ArticleContext): Section {
  const root = ctx.hit.root;
  // Root-specific KB symptoms only for their own roots; general ones for everyone.
  const entries = entriesAt(ctx, 'symptom').filter(
    (s) => !s.roots || s.roots.length === 0 || s.roots.some((r) => r === root),
  );
  const items: ListItem[] = entries.map((s) => {
    ctx.use(s);
    const line = plainOr(
      s.summary,
      s.regions && s.regions.length > 0
        ? `This affects the ${listWords(s.regions.map(regionWords))}.`
        : 'Tell your doctor if you notice this.',
    );
    const flag =
      s.redFlag === true ? ' This can be a warning sign. See the section on when to get help.' : '';
    return {
      term: s.name,
      text: `${line.text}${flag}`,
      sources: s.sources,
      clinician: line.clinician,
    };
  });
  const blocks: Block[] = [...rootBlocks(ctx)];
  if (items.length > 0) {
    blocks.push(
      { kind: 'subheading', text: 'Other symptoms people notice' },
      { kind: 'list', items },
    );
  }
  blocks.push({
    kind: 'paragraph',
    text: 'Symptoms often get worse with some positions and better with others. Keep a note of what helps and what does not. It helps your doctor.',
  });
  return { id: 'symptoms', heading: 'What symptoms does it cause?', blocks };
}
