/**
 * Section 2, "Which nerve is affected, and why?": the two roots at this level, which one the zone
 * puts at risk (exiting or traversing, from `affectedRoot`), the side, and the spine diagram.
 */
import { levelBelow } from '../../anatomy/index.js';
import { drawSpineDiagram } from '../../diagrams/index.js';
import type { ArticleContext } from '../context.js';
import { entriesAt, isPlain, sentence } from '../context.js';
import { sideAdjective, zoneName } from '../wording.js';
import type { Block, ListItem, Section } from '../model.js';

/** How the zone decides between the two roots, in plain words. */
function zoneRule(ctx: ArticleContext): string {
  const { hit } = ctx;
  switch (hit.relation) {
    case 'exiting':
      return (
        `Narrowing in the foramen, or just outside it, pinches the root that is leaving at this level. ` +
        `Doctors call it the exiting root. Here that is the ${hit.root} root.`
      );
    case 'traversing':
      return (
        `Narrowing in the middle of the canal, or in its side pocket, pinches the root that is passing by on its way down, ` +
        `not the one leaving here. Doctors call it the traversing root. Here that is the ${hit.root} root.`
      );
  }
}

/** What the side means for which root is pinched. */
function sideLine(ctx: ArticleContext): string {
  const { side, hit } = ctx;
  switch (side) {
    case 'left':
    case 'right':
      return `The narrowing is on the ${side} side, so it is the ${side} ${hit.root} root that is pinched. Symptoms are most often on that side of the body.`;
    case 'bilateral':
      return `The narrowing is on both sides, so the ${sideAdjective(side)} ${hit.root} roots can both be pinched. Symptoms may be on both sides of the body.`;
  }
}

/** Builds the anatomy section. */
export function buildAnatomy(ctx: ArticleContext): Section {
  const { level, levelRow, hit, zone } = ctx;
  const below = levelBelow(level);
  const spine = drawSpineDiagram({ level, side: ctx.side, zone, id: 'spine-diagram' });
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text:
        `At ${level}, the ${levelRow.upperVertebra} bone sits above the disc and the ${levelRow.lowerVertebra} bone sits below it. ` +
        `Two nerve roots are close by on each side. The ${levelRow.exitingRoot} root leaves the spine here, through the ${level} foramen. ` +
        `The ${levelRow.traversingRoot} root crosses this disc on its way down. ` +
        (below
          ? `It leaves through the next opening, at ${below}.`
          : 'It leaves lower down, through an opening in the sacrum.'),
      sources: levelRow.sources,
    },
    { kind: 'paragraph', text: zoneRule(ctx), sources: hit.sources },
  ];
  if (hit.root === 'T12') {
    // T12-L1 foraminal is the one case where the root is not lumbar; say so plainly.
    blocks.push({
      kind: 'paragraph',
      text:
        'This is not a leg nerve. T12 is the last of the chest nerves (a thoracic root), so it does not follow the leg maps below. ' +
        'If you have leg pain as well, your doctor will look for another cause or another level.',
      sources: levelRow.sources,
    });
  }
  blocks.push({ kind: 'paragraph', text: sideLine(ctx) });
  blocks.push({
    kind: 'figure',
    id: 'spine-diagram',
    svg: spine.svg,
    alt: spine.description,
    caption: `The spine from T12 to the sacrum. The ${level} disc, the ${zoneName(zone)} zone and the ${hit.root} root are shown in red.`,
  });

  const notes: ListItem[] = [];
  const clinician: string[] = [];
  for (const note of levelRow.notes) {
    if (isPlain(note)) notes.push({ text: sentence(note), sources: levelRow.sources });
    else clinician.push(note);
  }
  // Where other articles get this level's anatomy wrong, say what Foramen uses and why.
  for (const c of entriesAt(ctx, 'correction').filter(
    (e) => e.topic === 'anatomy' && e.levels !== 'all',
  )) {
    ctx.use(c);
    if (isPlain(c.corrected)) {
      notes.push({
        term: 'A common mix-up',
        text: sentence(c.corrected),
        sources: c.sources,
        clinician: [`Claim corrected: ${c.seedClaim}`, c.reason],
      });
    } else clinician.push(`Correction: ${c.corrected} (${c.reason})`);
  }
  if (notes.length > 0) blocks.push({ kind: 'list', items: notes });
  clinician.push(
    `Level ${level}: exiting root ${levelRow.exitingRoot}, traversing root ${levelRow.traversingRoot}. ` +
      `Zone ${zone} → ${hit.relation} root ${hit.root}.`,
  );
  if (ctx.rootRow) {
    clinician.push(
      `${ctx.rootRow.root}: key muscles ${ctx.rootRow.keyMuscles}; key sensory point ${ctx.rootRow.keySensoryPoint}.`,
    );
  }
  blocks.push({ kind: 'clinician', lines: clinician });
  return { id: 'anatomy', heading: 'Which nerve is affected, and why?', blocks };
}
