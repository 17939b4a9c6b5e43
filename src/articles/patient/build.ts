/**
 * The patient page for one level, side and zone: most important first (three-line summary; what is
 * happening here, with the spine and skin-area pictures; the symptoms this root and zone cause, ranked;
 * what to do now; treatments in the usual order with honest evidence words; when to get help; questions;
 * a short FAQ). Facts come from the anatomy tables and the meds ceiling table; every sentence comes from
 * a wording table (`en.ts`), so a language is data. Every treatment links to its own KB page.
 */
import { drawDermatomeDiagram, drawSpineDiagram } from '../../diagrams/index.js';
import { INDICATION_CEILINGS } from '../../meds/index.js';
import type { ArticleSite, Block, ListItem, PatientSectionId, Section } from '../model.js';
import type { PatientWording, WordingContext } from './wording.js';
import { formatNumber } from '../_number.js';

/** What the patient builder needs. */
export interface PatientInput extends ArticleSite {
  readonly words: PatientWording;
}

/** The patient sections (without sources and about, which the caller adds) and the handout. */
export interface PatientParts {
  readonly title: string;
  readonly summary: string;
  readonly sections: readonly Section[];
  readonly handout: readonly Block[];
  readonly links: readonly string[];
}

/** Inserts each glossary term's meaning after its first use, once per page. */
function glossary(words: PatientWording): (text: string) => string {
  const pending = new Map(words.terms.map(([t, m]) => [t, m]));
  return (text) => {
    let out = text;
    for (const [term, meaning] of [...pending]) {
      const re = new RegExp(`\\b${term}s?\\b`, 'i');
      const m = re.exec(out);
      if (!m) continue;
      const end = m.index + m[0].length;
      out = `${out.slice(0, end)} (${meaning})${out.slice(end)}`;
      pending.delete(term);
    }
    return out;
  };
}

const byStrength = <T extends string>(
  links: readonly { item: T; strength: number }[],
  min: number,
): T[] => links.filter((l) => l.strength >= min).map((l) => l.item);

/** The symptoms this root and zone cause, most common first, from the anatomy tables. */
function rankedSymptoms(input: PatientInput, c: WordingContext): ListItem[] {
  const { words: w, rootRow } = input;
  if (!rootRow) {
    return [{ text: w.chestSymptom }, { text: w.zoneSymptom(input.zone) }, { text: w.symptomBack }];
  }
  const painPlaces = byStrength(rootRow.regions, 0.5).map((r) => w.regions[r]);
  const numbPlaces = byStrength(rootRow.regions, 1).map((r) => w.regions[r]);
  const weak = byStrength(rootRow.movements, 1)
    .slice(0, 2)
    .map((m) => w.movements[m]);
  const reflex = byStrength(rootRow.reflexes, 1)[0];
  const out: ListItem[] = [
    { text: w.symptomPain(w.join(painPlaces)), sources: rootRow.regions[0]?.sources ?? [] },
    { text: w.zoneSymptom(input.zone) },
    { text: w.symptomNumb(w.join(numbPlaces)) },
  ];
  if (weak.length > 0) out.push({ text: w.symptomWeak(weak) });
  if (reflex) out.push({ text: w.symptomReflex(w.reflexes[reflex]) });
  out.push({ text: w.symptomBack });
  void c;
  return out;
}

/** The self-care pain medicines, with adult doses from the ceiling table for pain. */
function selfCareMeds(w: PatientWording): ListItem[] {
  return INDICATION_CEILINGS.filter((row) => row.selfCare && row.perDoseMg && row.howOften).map(
    (row) => {
      const per = row.perDoseMg ?? { min: 0, max: 0 };
      const strength = w.amount(per.min);
      return {
        term: w.medNames[row.drug] ?? row.drug,
        link: row.drug,
        drug: row.drug,
        text: w.selfCareDose({
          perDose: `${formatNumber(per.min)} to ${w.amount(per.max)}`,
          howOften: row.howOften ?? '',
          max: w.amount(row.usualMaxMg),
          tablets: w.tablets(Math.floor(row.usualMaxMg / per.min), strength),
        }),
        sources: row.sources,
      };
    },
  );
}

/**
 * Builds the patient sections for one page.
 * @param input - the request, its anatomy, the KB and the wording
 */
export function buildPatientParts(input: PatientInput): PatientParts {
  const { words: w, hit, levelRow } = input;
  const c: WordingContext = {
    level: input.level,
    side: input.side,
    zone: input.zone,
    root: hit.root,
    relation: hit.relation,
    upper: levelRow.upperVertebra,
    lower: levelRow.lowerVertebra,
    isChestRoot: input.rootRow === undefined,
  };
  const t = glossary(w);
  const exists = (id: string | undefined): id is string =>
    id !== undefined && input.kb.byId.has(id);
  const linked = (id: string | undefined): { link?: string } => (exists(id) ? { link: id } : {});
  const section = (id: PatientSectionId, blocks: Block[]): Section => ({
    id,
    heading: w.headings[id],
    blocks,
  });
  const para = (text: string, sources?: readonly string[]): Block =>
    sources ? { kind: 'paragraph', text: t(text), sources } : { kind: 'paragraph', text: t(text) };
  const lines = (
    items: readonly { lead?: string; text: string; link?: string; sources?: readonly string[] }[],
  ): ListItem[] =>
    items.map((i) => ({
      ...(i.lead ? { term: i.lead } : {}),
      text: t(i.text),
      ...linked(i.link),
      ...(i.sources ? { sources: i.sources } : {}),
    }));

  const summaryLines = w.summary(c);
  const spine = drawSpineDiagram({
    level: input.level,
    side: input.side,
    zone: input.zone,
    id: 'spine-diagram',
  });
  const figures: Block[] = [
    {
      kind: 'figure',
      id: 'spine-diagram',
      svg: spine.svg,
      alt: spine.description,
      caption: t(w.spineCaption(c)),
    },
  ];
  if (input.rootRow) {
    const body = drawDermatomeDiagram({
      root: input.rootRow.root,
      side: input.side,
      id: 'dermatome-diagram',
    });
    figures.push({
      kind: 'figure',
      id: 'dermatome-diagram',
      svg: body.svg,
      alt: body.description,
      caption: t(w.bodyCaption(c)),
    });
  } else {
    figures.push(para(w.noBodyMap));
  }
  const happening = w.happening(c);
  const treatment = (x: PatientWording['treatments'][number]): ListItem => ({
    term: x.name,
    badge: x.evidence,
    text: t(x.text),
    ...linked(x.link),
    ...(x.sources ? { sources: x.sources } : {}),
  });
  const doNow = lines(w.doNow);
  const meds = selfCareMeds(w).map(({ link, ...m }) => ({
    ...m,
    ...linked(link),
    text: t(m.text),
  }));
  const emergency = lines(w.emergency);
  const today = lines(w.today);
  const routine = lines(w.routine);
  const questions = w.questions(c);

  const sections: Section[] = [
    section('summary', [{ kind: 'list', items: summaryLines.map((text) => ({ text: t(text) })) }]),
    section('what-is-happening', [
      ...happening.slice(0, 3).map((p, i) => (i === 2 ? para(p, levelRow.sources) : para(p))),
      figures[0] ?? para(''),
      ...happening.slice(3).map((p) => para(p)),
      ...figures.slice(1),
    ]),
    section('symptoms', [
      para(w.symptomsIntro(c)),
      { kind: 'ordered', items: rankedSymptoms(input, c).map((i) => ({ ...i, text: t(i.text) })) },
      para(w.symptomsOutro),
    ]),
    section('what-to-do-now', [
      { kind: 'ordered', items: doNow },
      para(w.doNowMedsIntro),
      { kind: 'list', items: meds },
      para(w.nsaidNote),
    ]),
    section('treatments', [
      para(w.treatmentsIntro),
      { kind: 'ordered', items: w.treatments.map(treatment) },
      { kind: 'subheading', text: w.notAdvisedHeading },
      { kind: 'list', items: w.notAdvised.map(treatment) },
      para(w.otherOptions),
    ]),
    section('get-help', [
      { kind: 'callout', tone: 'emergency', title: w.emergencyTitle, items: emergency },
      para(w.emergencyNote, ['tx-cks-ces-2018', 'tx-girft-ces-2023']),
      ...(input.side === 'bilateral' ? [para(w.bilateralNote)] : []),
      { kind: 'callout', tone: 'urgent', title: w.todayTitle, items: today },
      { kind: 'callout', tone: 'note', title: w.routineTitle, items: routine },
    ]),
    section('questions', [
      para(w.questionsIntro),
      { kind: 'list', items: questions.map((q) => ({ text: t(q) })) },
    ]),
    section(
      'faq',
      w.faq(c).flatMap((f): Block[] => [{ kind: 'subheading', text: f.q }, para(f.a, f.sources)]),
    ),
  ];
  const handout: Block[] = [
    { kind: 'list', items: summaryLines.map((text) => ({ text })) },
    { kind: 'subheading', text: w.headings['what-to-do-now'] },
    {
      kind: 'list',
      items: w.doNow.map((d) => ({ term: d.lead ?? '', text: d.text })),
    },
    { kind: 'callout', tone: 'emergency', title: w.emergencyTitle, items: lines(w.emergency) },
    { kind: 'callout', tone: 'urgent', title: w.todayTitle, items: lines(w.today) },
    { kind: 'subheading', text: w.headings.questions },
    { kind: 'list', items: questions.slice(0, 4).map((text) => ({ text })) },
  ];
  const links = new Set<string>();
  for (const s of sections) {
    for (const b of s.blocks) {
      if (b.kind === 'list' || b.kind === 'ordered' || b.kind === 'callout') {
        for (const i of b.items) if (i.link) links.add(i.link);
      }
    }
  }
  return {
    title: w.title(c),
    summary: summaryLines[0] ?? '',
    sections,
    handout,
    links: [...links],
  };
}
