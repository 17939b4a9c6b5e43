/**
 * Section 9, "When should I see a doctor, or go to the emergency department?". The emergency box is
 * always present: it lists the cauda equina warning signs whatever the KB holds, adds every red flag
 * the KB marks as an emergency, and repeats the disclaimer's emergency advice. Urgent and routine
 * red flags follow.
 */
import { DISCLAIMER, TRIAGE_LEVELS } from '../../vocab/index.js';
import type { Flag, TriageLevel } from '../../vocab/index.js';
import type { ArticleContext } from '../context.js';
import { entriesAt, plainOr, sentence } from '../context.js';
import { flagWords, triageLead } from '../wording.js';
import type { Block, ListItem, Section } from '../model.js';

/**
 * Signs of cauda equina syndrome: each one alone means emergency care (CONTRACTS.md: "cauda equina
 * features mean emergency"; NICE CKS 2018 red flags, shared/research/clinical-rules.md §3.1).
 */
export const CAUDA_EQUINA_FLAGS: readonly Flag[] = [
  'saddle-anesthesia',
  'urinary-retention',
  'urinary-incontinence',
  'fecal-incontinence',
  'sexual-dysfunction',
  'bilateral-leg-symptoms',
];

/** The sentence of the disclaimer that tells people when to seek emergency care. */
export function emergencyAdvice(): string {
  const sentences = DISCLAIMER.split(/(?<=\.)\s+/);
  return (
    sentences.find((s) => /emergency/i.test(s)) ?? sentences[sentences.length - 1] ?? DISCLAIMER
  );
}

/** Builds the when-to-get-help section. */
export function buildWhenToGetHelp(ctx: ArticleContext): Section {
  const redFlags = entriesAt(ctx, 'red-flag');
  const byLevel = (level: TriageLevel) => redFlags.filter((r) => r.triage === level);

  // Emergency: the cauda equina signs first, each with the KB entries that cite it.
  const emergency = byLevel('emergency');
  const flagItems: ListItem[] = CAUDA_EQUINA_FLAGS.map((flag) => ({
    text: sentence(flagWords(flag)),
    sources: emergency.filter((r) => r.flags.includes(flag)).flatMap((r) => r.sources),
  }));
  const covered = new Set<string>(CAUDA_EQUINA_FLAGS);
  for (const r of emergency) {
    ctx.use(r);
    const extra = r.flags.filter((f) => !covered.has(f));
    for (const f of extra) {
      covered.add(f);
      flagItems.push({ text: sentence(flagWords(f)), sources: r.sources });
    }
    if (r.flags.length === 0) {
      const line = plainOr(r.summary, sentence(r.name));
      flagItems.push({ text: line.text, sources: r.sources, clinician: line.clinician });
    }
  }
  const blocks: Block[] = [
    {
      kind: 'callout',
      tone: 'emergency',
      title: `${triageLead('emergency')}:`,
      items: [
        ...flagItems,
        {
          text: 'These can be signs that the nerves at the bottom of the spine (the cauda equina) are badly squeezed. This needs a scan and care within hours to protect your bladder, bowel and legs.',
          sources: emergency.flatMap((r) => r.sources),
        },
        { text: emergencyAdvice() },
      ],
    },
  ];
  for (const level of TRIAGE_LEVELS.filter((l) => l !== 'emergency').reverse()) {
    const group = byLevel(level);
    if (group.length === 0) continue;
    const items: ListItem[] = [];
    for (const r of group) {
      ctx.use(r);
      const signs = r.flags.map((f) => sentence(flagWords(f))).join(' ');
      const line = plainOr(r.summary, signs);
      items.push({
        term: r.name,
        text: line.text,
        sources: r.sources,
        clinician: [...line.clinician, `Action: ${r.action}`],
      });
    }
    blocks.push({
      kind: 'callout',
      tone: level === 'urgent' ? 'urgent' : 'note',
      title: `${triageLead(level)}:`,
      items,
    });
  }
  blocks.push({
    kind: 'paragraph',
    text: 'See your doctor too if the pain is not getting better after a few weeks, if it stops you sleeping or working, or if you are worried.',
  });
  return {
    id: 'when-to-get-help',
    heading: 'When should I see a doctor, or go to the emergency department?',
    blocks,
  };
}
