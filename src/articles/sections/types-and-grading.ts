/**
 * Section 3, "What types are there, and how is it graded?": the KB's condition entries grouped by
 * aspect (the one matching this article first), then the KB's grading systems, with their grade
 * labels for patients and the exact criteria for clinicians.
 */
import { SEVERITIES, ZONES } from '../../vocab/index.js';
import type { Side, Zone } from '../../vocab/index.js';
import type { KbEntry } from '../../kb/index.js';

type ConditionAspect = Extract<KbEntry, { category: 'condition' }>['aspect'];
import type { ArticleContext } from '../context.js';
import { entriesAt, listWords, plainOr } from '../context.js';
import { conditionAspectHeading } from '../wording.js';
import type { Block, ListItem, Section } from '../model.js';

/** Words in a name that mark an entry as being about a zone. */
function zoneWords(zone: Zone): RegExp {
  switch (zone) {
    case 'central':
      return /\bcentral\b|\bcanal\b/i;
    case 'subarticular':
      return /lateral recess|subarticular/i;
    case 'foraminal':
      return /\bforamin/i;
    case 'extraforaminal':
      return /extraforaminal|far[- ]lateral/i;
  }
}

/** Words in a name that mark an entry as being about one side or both. */
function sideWords(side: Side): RegExp {
  switch (side) {
    case 'left':
    case 'right':
      return /\bunilateral\b|one side/i;
    case 'bilateral':
      return /\bbilateral\b|both sides/i;
  }
}

/** The words that pick this article's type within an aspect; only place and side have one. */
function caseWords(aspect: ConditionAspect, zone: Zone, side: Side): RegExp | undefined {
  switch (aspect) {
    case 'location':
      return zoneWords(zone);
    case 'laterality':
      return sideWords(side);
    case 'severity':
    case 'etiology':
    case 'presentation':
      return undefined;
  }
}

/** Words in a grading system's name that tie it to a zone; reports grade the foramen for far-lateral lesions too. */
function systemWords(zone: Zone): RegExp {
  switch (zone) {
    case 'central':
      return /\bcentral\b|\bcanal\b/i;
    case 'subarticular':
      return /lateral recess|subarticular/i;
    case 'foraminal':
    case 'extraforaminal':
      return /\bforamin|extraforaminal|far[- ]lateral/i;
  }
}

/** A name without its bracketed asides, for lists of names. */
const shortName = (name: string): string => name.replace(/\s*\([^)]*\)/g, '').trim();

/** Builds the types and grading section. */
export function buildTypesAndGrading(ctx: ArticleContext): Section {
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text:
        'Doctors describe narrowing by where it is, whether it is on one side or both, and how tight it is. ' +
        `Scan reports often use the words ${listWords(SEVERITIES.filter((s) => s !== 'none' && !s.includes('-')))}.`,
    },
  ];
  const conditions = entriesAt(ctx, 'condition');
  const aspects = [...new Set(conditions.map((c) => c.aspect))];
  for (const aspect of aspects) {
    const group = conditions.filter((c) => c.aspect === aspect);
    // The first entry named for this article's zone (or side) is this page's type: it goes first, marked.
    const words = caseWords(aspect, ctx.zone, ctx.side);
    // A side-type named for one zone ("unilateral foraminal narrowing") fits only articles about that zone.
    const fitsZone = (name: string): boolean =>
      aspect !== 'laterality' ||
      zoneWords(ctx.zone).test(name) ||
      !ZONES.some((z) => zoneWords(z).test(name));
    const mine = words ? group.find((c) => words.test(c.name) && fitsZone(c.name)) : undefined;
    const ordered = mine ? [mine, ...group.filter((c) => c !== mine)] : group;
    const items: ListItem[] = ordered.map((c) => {
      ctx.use(c);
      const line = plainOr(c.summary, 'Ask your doctor whether this type applies to you.');
      const mark = c === mine ? ' This is the type this page is about.' : '';
      return {
        term: c.name,
        text: `${line.text}${mark}`,
        sources: c.sources,
        clinician: [...line.clinician, ...(c.details ? [c.details] : [])],
      };
    });
    blocks.push(
      { kind: 'subheading', text: conditionAspectHeading(aspect) },
      { kind: 'list', items },
    );
  }
  const systems = entriesAt(ctx, 'classification');
  if (systems.length > 0) {
    blocks.push(
      { kind: 'subheading', text: 'How narrowing is graded' },
      {
        kind: 'paragraph',
        text: 'A grade is a way to say how tight the space is on a scan. A higher grade means less room for the nerve. Your doctor will weigh the grade together with your symptoms and the exam.',
      },
    );
    const words = systemWords(ctx.zone);
    const mine = systems.filter((s) => words.test(s.name));
    const others = systems.filter((s) => !words.test(s.name));
    const items: ListItem[] = mine.map((s) => {
      ctx.use(s);
      const line = plainOr(s.summary, 'A way of grading this kind of narrowing on a scan.');
      // Show "2 (moderate)" only where the grade and its label differ.
      const labels = s.grades.map((g) =>
        g.grade.toLowerCase() === g.label.toLowerCase() ? g.label : `${g.grade} (${g.label})`,
      );
      return {
        term: s.name,
        text: `${line.text} Its grades are ${listWords(labels)}.`,
        sources: s.sources,
        clinician: [
          ...line.clinician,
          ...s.grades.map((g) => `Grade ${g.grade}, ${g.label}: ${g.criteria}`),
        ],
      };
    });
    if (items.length > 0) blocks.push({ kind: 'list', items });
    if (others.length > 0) {
      for (const s of others) ctx.use(s);
      blocks.push({
        kind: 'paragraph',
        text: `Your report may also use other scales, for other parts of the spine or for the discs, joints and muscles: ${listWords(others.map((s) => shortName(s.name)))}.`,
        sources: others.flatMap((s) => s.sources),
      });
      blocks.push({
        kind: 'clinician',
        lines: others.map(
          (s) =>
            `${s.name}: ${s.summary} Grades: ${s.grades.map((g) => `${g.grade} ${g.label}`).join('; ')}.`,
        ),
      });
    }
  }
  return {
    id: 'types-and-grading',
    heading: 'What types are there, and how is narrowing graded?',
    blocks,
  };
}
