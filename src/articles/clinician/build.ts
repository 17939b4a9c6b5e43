/**
 * The clinician summary for one level, side and zone: the anatomy (which root, exiting or traversing,
 * its dermatome, myotome and reflex), the grading systems for that zone, the examination that tests the
 * root, the red flags, the evidence for each treatment the patient page names, and adult doses for pain
 * from the meds ceiling table beside the label maximum and the indication it belongs to.
 */
import { drawDermatomeDiagram, drawSpineDiagram } from '../../diagrams/index.js';
import { entriesOf } from '../../kb/index.js';
import type { KbEntry } from '../../kb/index.js';
import { INDICATION_CEILINGS } from '../../meds/index.js';
import type { Zone } from '../../vocab/index.js';
import type { ArticleSite, Block, ClinicianSectionId, ListItem, Section } from '../model.js';
import { formatNumber } from '../_number.js';

/** What the clinician builder needs. */
export interface ClinicianInput extends ArticleSite {
  /** KB ids the patient page links to: their evidence is summarised here. */
  readonly treatmentIds: readonly string[];
}

const HEADINGS: Readonly<Record<ClinicianSectionId, string>> = {
  'clinical-summary': 'Summary',
  anatomy: 'Anatomy',
  grading: 'Grading',
  exam: 'Examination',
  'red-flags': 'Red flags and triage',
  evidence: 'Evidence for the treatments on the patient page',
  doses: 'Adult doses for pain',
  references: 'References',
  about: 'About this page',
};

// Which grading systems describe which zone (KB classification ids).
const GRADING_BY_ZONE: Readonly<Record<Zone, readonly string[]>> = {
  foraminal: ['lee', 'wildermuth', 'hasegawa', 'percent'],
  extraforaminal: ['lee', 'wildermuth', 'percent'],
  central: ['schizas', 'lee-gy', 'percent'],
  subarticular: ['bartynski', 'percent'],
};

const ZONE_WORDS: Readonly<Record<Zone, string>> = {
  central: 'central canal',
  subarticular: 'subarticular (lateral recess)',
  foraminal: 'foraminal',
  extraforaminal: 'extraforaminal (far lateral)',
};

const words = (s: string): string => s.replace(/-/g, ' ');
const strengthWord = (s: number): string => (s >= 1 ? 'primary' : s >= 0.5 ? 'secondary' : 'weak');

function cite(e: KbEntry): readonly string[] {
  return e.evidence?.sources ?? e.sources;
}

/**
 * Builds the clinician sections for one page.
 * @param input - the request, its anatomy and the KB
 */
export function buildClinicianSections(input: ClinicianInput): {
  title: string;
  summary: string;
  sections: Section[];
} {
  const { hit, levelRow, rootRow, kb, level, side, zone } = input;
  const sideText = side === 'bilateral' ? 'bilateral' : side;
  const section = (id: ClinicianSectionId, blocks: Block[]): Section => ({
    id,
    heading: HEADINGS[id],
    blocks,
  });
  const summary = `${sideText} ${ZONE_WORDS[zone]} stenosis at ${level}: the ${hit.relation} ${hit.root} root (${hit.relation === 'exiting' ? 'foraminal and extraforaminal lesions affect the exiting root' : 'central and subarticular lesions affect the traversing root'}).`;
  const spine = drawSpineDiagram({ level, side, zone, id: 'spine-diagram' });
  const anatomy: ListItem[] = [
    {
      term: 'Level',
      text: `${level}, between ${levelRow.upperVertebra} and ${levelRow.lowerVertebra}; exiting root ${levelRow.exitingRoot}, traversing root ${levelRow.traversingRoot}.`,
      sources: levelRow.sources,
    },
    {
      term: 'Affected root',
      text: `${hit.root} (${hit.relation}).`,
      sources: levelRow.sources,
    },
  ];
  if (rootRow) {
    const src = rootRow.regions[0]?.sources ?? levelRow.sources;
    anatomy.push(
      { term: 'Dermatome', text: `${rootRow.dermatome}.`, sources: src },
      { term: 'Key sensory point', text: `${rootRow.keySensoryPoint}.`, sources: src },
      { term: 'Radicular pain', text: `${rootRow.painDistribution}.`, sources: src },
      { term: 'Key muscles', text: `${rootRow.keyMuscles}.`, sources: src },
    );
  }
  for (const note of levelRow.notes) anatomy.push({ text: note, sources: levelRow.sources });
  const figures: Block[] = [
    {
      kind: 'figure',
      id: 'spine-diagram',
      svg: spine.svg,
      alt: spine.description,
      caption: `${level} ${sideText} ${ZONE_WORDS[zone]}: the ${hit.root} root in red.`,
    },
  ];
  if (rootRow) {
    const body = drawDermatomeDiagram({ root: rootRow.root, side, id: 'dermatome-diagram' });
    figures.push({
      kind: 'figure',
      id: 'dermatome-diagram',
      svg: body.svg,
      alt: body.description,
      caption: `${rootRow.root} dermatome; shade depth is the strength of the link in the anatomy table.`,
    });
  }

  const classifications = entriesOf(kb, 'classification');
  const grading: Block[] = [];
  for (const key of GRADING_BY_ZONE[zone]) {
    const entry = classifications.find(
      (c) => c.gradingSystem === key || c.id === `classification-${key}`,
    );
    if (!entry) continue;
    grading.push({
      kind: 'table',
      caption: entry.name,
      head: ['Grade', 'Label', 'Criteria'],
      rows: entry.grades.map((g) => ({ cells: [g.grade, g.label, g.criteria] })),
    });
    grading.push({ kind: 'paragraph', text: entry.summary, sources: entry.sources });
  }
  if (grading.length === 0) {
    grading.push({
      kind: 'paragraph',
      text: 'No grading system in the knowledge base for this zone.',
    });
  }

  const exam: Block[] = rootRow
    ? [
        {
          kind: 'table',
          caption: `${rootRow.root}: findings and how strongly each points to the root`,
          head: ['Finding', 'Kind', 'Link'],
          rows: [
            ...rootRow.movements.map((m) => ({
              cells: [words(m.item), 'motor (MRC 0–5)', strengthWord(m.strength)],
            })),
            ...rootRow.reflexes.map((r) => ({
              cells: [words(r.item), 'reflex', strengthWord(r.strength)],
            })),
            ...rootRow.regions.map((r) => ({
              cells: [words(r.item), 'sensation', strengthWord(r.strength)],
            })),
            ...rootRow.tests.map((x) => ({
              cells: [words(x.item), 'provocative test', strengthWord(x.strength)],
            })),
          ],
        },
        {
          kind: 'paragraph',
          text: 'Sources for each link are in the anatomy tables; overlapping published maps are why links carry a strength.',
          sources: [...new Set(rootRow.regions.flatMap((r) => r.sources))],
        },
      ]
    : [
        {
          kind: 'paragraph',
          text: 'T12 is a thoracic root: no lower-limb myotome or reflex; test sensation over the lower abdomen and inguinal region, and abdominal wall strength.',
          sources: levelRow.sources,
        },
      ];

  const flags = entriesOf(kb, 'red-flag')
    .filter((f) => f.triage === 'emergency' || f.triage === 'urgent')
    .sort((a, b) => (a.triage === b.triage ? 0 : a.triage === 'emergency' ? -1 : 1));
  const redFlags: Block[] = [
    {
      kind: 'table',
      caption: 'Red flags (triage level from the knowledge base)',
      head: ['Red flag', 'Triage', 'Action'],
      rows: flags.map((f) => ({ cells: [f.name, f.triage, f.action], link: f.id })),
    },
    {
      kind: 'paragraph',
      text: 'Bilateral leg symptoms are an emergency when new or progressing; long-standing stable bilateral symptoms are routine review.',
      sources: ['tx-cks-ces-2018', 'tx-girft-ces-2023'],
    },
  ];

  const evidenceRows = input.treatmentIds
    .map((id) => kb.byId.get(id))
    .filter((e): e is KbEntry => e !== undefined && e.evidence !== undefined);
  const evidence: Block[] = [
    {
      kind: 'table',
      caption: 'Evidence grade and note',
      head: ['Treatment', 'Grade', 'Evidence'],
      rows: evidenceRows.map((e) => ({
        cells: [e.name, e.evidence?.level ?? '', e.evidence?.note ?? ''],
        link: e.id,
      })),
    },
    {
      kind: 'paragraph',
      text: 'Sources per row are on each treatment page.',
      sources: [...new Set(evidenceRows.flatMap(cite))].slice(0, 12),
    },
  ];

  const doses: Block[] = [
    {
      kind: 'table',
      caption: 'Adult doses: usual ceiling for pain and the label maximum (mg a day)',
      head: ['Medicine', 'Usual ceiling for pain', 'Label maximum', 'Note'],
      rows: INDICATION_CEILINGS.filter((r) => kb.byId.has(r.drug)).map((r) => ({
        cells: [
          kb.byId.get(r.drug)?.name ?? r.drug,
          `${formatNumber(r.usualMaxMg)} mg`,
          `${formatNumber(r.labelMaxMg)} mg${r.labelFor ? ` (${r.labelFor})` : ''}`,
          r.note,
        ],
        drug: r.drug,
        link: r.drug,
      })),
    },
    {
      kind: 'paragraph',
      text: 'Adult doses. Kidney, liver, age and pregnancy limits are lower: run the regimen through `foramen meds`.',
      sources: [...new Set(INDICATION_CEILINGS.flatMap((r) => r.sources))],
    },
  ];

  return {
    title: `Clinician summary: ${ZONE_WORDS[zone]} stenosis at ${level} (${sideText}), ${hit.root} root`,
    summary,
    sections: [
      section('clinical-summary', [
        { kind: 'paragraph', text: summary, sources: levelRow.sources },
      ]),
      section('anatomy', [{ kind: 'list', items: anatomy }, ...figures]),
      section('grading', grading),
      section('exam', exam),
      section('red-flags', redFlags),
      section('evidence', evidence),
      section('doses', doses),
    ],
  };
}
