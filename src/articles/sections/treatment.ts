/**
 * Section 7, "How is it treated?": non-drug care by kind, medicines with their usual dose and the
 * labelled maximum (never more), supplements and injections with honest evidence notes, and surgery
 * with recovery times. Everything comes from the KB entries that apply at this level.
 */
import { DRUG_CLASSES, THERAPY_TYPES } from '../../kb/index.js';
import type { CorrectionEntry, DrugEntry, Kb, KbEntry } from '../../kb/index.js';
import type { ArticleContext } from '../context.js';
import { entriesAt, isPlain, plainOr, sentence } from '../context.js';
import { isWithinLabel, isWithinNamedLabels, perWords, unitWords } from '../dose-limits.js';
import {
  drugClassWords,
  evidenceWords,
  injectionTypeLine,
  therapyTypeHeading,
  therapyTypeLine,
} from '../wording.js';
import type { Block, ListItem, Section } from '../model.js';

/** Notes for clinicians where the articles disagreed with the literature about an entry. */
function correctionNotes(corrections: readonly CorrectionEntry[], entry: KbEntry): string[] {
  return corrections
    .filter((c) => c.subject === entry.id)
    .map((c) => `Correction: ${c.corrected} (${c.reason})`);
}

/** The honest evidence line for an entry that has an evidence grade. */
function evidenceLine(entry: KbEntry): { text: string; clinician: string[] } {
  if (!entry.evidence) return { text: '', clinician: [] };
  const note = entry.evidence.note;
  return isPlain(note)
    ? { text: ` ${evidenceWords(entry.evidence.level)} ${sentence(note)}`, clinician: [] }
    : {
        text: ` ${evidenceWords(entry.evidence.level)}`,
        clinician: [`Evidence (${entry.evidence.level}): ${note}`],
      };
}

/** The sentence that states a medicine's limit, worded for who gives it and how firm the limit is. */
function limitSentence(drug: DrugEntry): string {
  const max = drug.maxDaily;
  const amount = unitWords(max.amount, max.unit);
  const period = perWords(max.per);
  // A combination product's limit counts one ingredient; the KB note names it ("Codeine component ...").
  const part = /^(\w+) component/i.exec(max.note ?? '')?.[1]?.toLowerCase();
  const of = part ? `of the ${part} part ` : '';
  // Some "maxima" are review points where the label sets none (opioids, steroids); do not call them limits.
  const threshold = /threshold|not a label maximum|no fixed ceiling/i.test(max.note ?? '');
  switch (drug.route) {
    case 'oral':
      return threshold
        ? `Doctors take extra care with more than ${amount} ${of}${period}.`
        : `Do not take more than ${amount} ${of}${period}.`;
    case 'topical':
    case 'transdermal':
      return `Do not use more than ${amount} ${period}.`;
    case 'epidural':
    case 'intravenous':
    case 'intramuscular':
    case 'subcutaneous':
      return `A doctor or nurse gives it. The most given is ${amount} ${of}${period}.`;
  }
}

/**
 * The patient lines about one medicine. Every amount is checked against the label before it is
 * printed (clinician notes too): text that would show more than the maximum is left out.
 */
export function drugItem(
  drug: DrugEntry,
  corrections: readonly CorrectionEntry[],
  kb: Kb,
): ListItem {
  const safe = (text: string | undefined): text is string =>
    text !== undefined && isWithinLabel(text, drug, kb);
  const name =
    drug.brandNames.length > 0
      ? `${drug.name} (${drug.brandNames.slice(0, 2).join(', ')})`
      : drug.name;
  const parts = [drugClassWords(drug.drugClass)];
  const clinician: string[] = [];
  if (safe(drug.summary)) {
    const line = plainOr(drug.summary, '');
    if (line.text) parts.push(line.text);
    clinician.push(...line.clinician);
  }
  const evidence = evidenceLine(drug);
  if (evidence.text) parts.push(evidence.text.trim());
  clinician.push(...evidence.clinician);

  const part = /^(\w+) component/i.exec(drug.maxDaily.note ?? '')?.[1]?.toLowerCase();
  const of = part ? ` of the ${part} part` : '';
  if (safe(drug.doseText) && isPlain(drug.doseText)) {
    parts.push(`Usual adult dose: ${sentence(drug.doseText)}`);
  } else {
    const per = drug.perDoseMg;
    const daily = drug.usualDailyMg;
    const range = (r: { min: number; max: number }) =>
      r.min === r.max ? `${r.max} mg` : `${r.min} to ${r.max} mg`;
    const lines: string[] = [];
    if (per && safe(range(per))) lines.push(`A usual single dose is ${range(per)}${of}.`);
    if (daily && safe(range(daily))) lines.push(`A usual total is ${range(daily)}${of} a day.`);
    parts.push(...(lines.length > 0 ? lines : ['Ask your pharmacist for the right dose for you.']));
    clinician.push(`Dose: ${drug.doseText}; ${drug.frequency}.`);
  }
  const otc = (drug.specialMaxima ?? []).find((m) =>
    /over-the-counter|\bOTC\b|self-care|without a prescription/i.test(m.population),
  );
  if (otc && drug.route === 'oral' && safe(unitWords(otc.amount, otc.unit))) {
    // For medicines people buy themselves, the lower self-care limit is the one to lead with.
    parts.push(
      `If you take it without a doctor's advice, do not take more than ${unitWords(otc.amount, otc.unit)} ${perWords(otc.per)}.`,
    );
    parts.push(
      `The most a doctor may advise is ${unitWords(drug.maxDaily.amount, drug.maxDaily.unit)} ${perWords(drug.maxDaily.per)}.`,
    );
  } else {
    parts.push(limitSentence(drug));
  }
  for (const special of drug.specialMaxima ?? []) {
    if (special === otc && drug.route === 'oral') continue;
    const limit = `${unitWords(special.amount, special.unit)} ${perWords(special.per)}`;
    // A special maximum is a lower limit for some people; it can never raise the label's.
    if (!safe(limit)) continue;
    if (isPlain(special.population)) {
      parts.push(`For ${special.population}, the limit is ${limit}.`);
    } else clinician.push(`Lower limit for ${special.population}: ${limit}.`);
  }
  const cautions = drug.cautions.filter(safe);
  const plainCautions = cautions.filter(isPlain);
  if (plainCautions.length > 0) {
    parts.push(`Take care: ${plainCautions.map((c) => sentence(c)).join(' ')}`);
  } else parts.push('Ask your doctor or pharmacist if it is safe for you.');
  const hardCautions = cautions.filter((c) => !isPlain(c));
  if (hardCautions.length > 0) clinician.push(`Cautions: ${hardCautions.join(' ')}`);
  clinician.push(
    `Labelled maximum: ${drug.maxDaily.amount} ${drug.maxDaily.unit} per ${drug.maxDaily.per ?? 'day'}${drug.maxDaily.note ? ` (${drug.maxDaily.note})` : ''}.`,
  );
  clinician.push(...correctionNotes(corrections, drug));
  return {
    term: name,
    text: parts.map((p) => p.trim()).join(' '),
    sources: [...drug.sources, ...drug.maxDaily.sources],
    clinician: clinician.filter(safe),
  };
}

/**
 * Drops any clinician line of an injection or supplement that names a KB medicine with an amount above
 * that medicine's label; the patient line falls back to the evidence words if it is the one that does.
 */
function withinNamedLabels(item: ListItem, kb: Kb): ListItem {
  const ok = (t: string): boolean => isWithinNamedLabels(t, kb);
  return {
    ...item,
    text: ok(item.text) ? item.text : 'Ask your doctor about the dose and whether it suits you.',
    clinician: (item.clinician ?? []).filter(ok),
  };
}

/** Medicines grouped by how well they are supported for this problem, best supported first. */
const DRUG_GROUPS = [
  { heading: 'Medicines that may help', levels: ['recommended', 'option'] },
  { heading: 'Medicines with little proof of help', levels: ['limited', 'experimental'] },
  { heading: 'Medicines not advised for this problem', levels: ['not-recommended'] },
] as const;

function recoveryLine(entry: Extract<KbEntry, { category: 'procedure' }>): {
  text: string;
  clinician: string[];
} {
  const weeks = entry.recoveryWeeks;
  const span = weeks
    ? ` Most people need about ${weeks.min === weeks.max ? weeks.max : `${weeks.min} to ${weeks.max}`} weeks to get back to normal activity.`
    : '';
  if (isPlain(entry.recovery)) {
    return { text: ` Recovery: ${sentence(entry.recovery)}${span}`, clinician: [] };
  }
  return {
    text: span || ' Ask your surgeon how long recovery takes.',
    clinician: [`Recovery: ${entry.recovery}`],
  };
}

/** Builds the treatment section. */
export function buildTreatment(ctx: ArticleContext): Section {
  const corrections = entriesAt(ctx, 'correction');
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: 'Treatments are listed from the simplest to the most involved. Most plans start with the first ones. Your doctor will help you choose what fits you.',
    },
  ];

  const therapies = entriesAt(ctx, 'therapy');
  if (therapies.length > 0) {
    blocks.push({ kind: 'subheading', text: 'Treatments without medicine' });
  }
  for (const type of THERAPY_TYPES) {
    const group = therapies.filter((t) => t.therapyType === type);
    if (group.length === 0) continue;
    const items: ListItem[] = group.map((t) => {
      ctx.use(t);
      const line = plainOr(t.summary, therapyTypeLine(t.therapyType));
      const evidence = evidenceLine(t);
      return {
        term: t.name,
        text: `${line.text}${evidence.text}`,
        sources: t.sources,
        clinician: [
          ...line.clinician,
          `Purpose: ${t.purpose}`,
          `How it works: ${t.mechanism}`,
          ...evidence.clinician,
          ...correctionNotes(corrections, t),
        ],
      };
    });
    blocks.push(
      { kind: 'subheading', text: therapyTypeHeading(type), minor: true },
      { kind: 'list', items },
    );
  }

  // Only medicines graded for this problem are treatments; the KB also holds medicines it knows only
  // because they interact with these (blood thinners, antidepressants, ...), which have no grade.
  const drugs = entriesAt(ctx, 'drug').filter((d) => d.evidence !== undefined);
  if (drugs.length > 0) {
    blocks.push(
      { kind: 'subheading', text: 'Medicines' },
      {
        kind: 'paragraph',
        text: 'The doses below are usual adult doses. Your own dose may be lower. Always read the label. Ask a doctor or pharmacist before you mix medicines, or if you have kidney, liver, heart or stomach problems.',
      },
    );
    for (const group of DRUG_GROUPS) {
      const members = drugs
        .filter(
          (d) =>
            d.evidence !== undefined &&
            (group.levels as readonly string[]).includes(d.evidence.level),
        )
        .sort((a, b) => DRUG_CLASSES.indexOf(a.drugClass) - DRUG_CLASSES.indexOf(b.drugClass));
      if (members.length === 0) continue;
      for (const d of members) ctx.use(d);
      blocks.push(
        { kind: 'subheading', text: group.heading, minor: true },
        { kind: 'list', items: members.map((d) => drugItem(d, corrections, ctx.kb)) },
      );
    }
  }

  const supplements = entriesAt(ctx, 'supplement');
  if (supplements.length > 0) {
    blocks.push(
      { kind: 'subheading', text: 'Supplements' },
      {
        kind: 'paragraph',
        text: 'Supplements are sold without a prescription, but they can still cause harm or mix badly with medicines. Here is what the evidence says.',
      },
      {
        kind: 'list',
        items: supplements.map((s) => {
          ctx.use(s);
          const line = plainOr(s.summary, 'A supplement some people take for nerve or joint pain.');
          const evidence = evidenceLine(s);
          const cautions = s.cautions.filter(isPlain);
          return withinNamedLabels(
            {
              term: s.name,
              text: `${line.text}${evidence.text}${cautions.length > 0 ? ` Take care: ${cautions.map((c) => sentence(c)).join(' ')}` : ''}`,
              sources: [...s.sources, ...(s.evidence.sources ?? [])],
              clinician: [
                ...line.clinician,
                ...evidence.clinician,
                `Dose used in studies: ${s.doseText}`,
                ...s.cautions.filter((c) => !isPlain(c)),
                ...correctionNotes(corrections, s),
              ],
            },
            ctx.kb,
          );
        }),
      },
    );
  }

  const injections = entriesAt(ctx, 'injection');
  if (injections.length > 0) {
    blocks.push(
      { kind: 'subheading', text: 'Injections' },
      {
        kind: 'list',
        items: injections.map((j) => {
          ctx.use(j);
          const line = plainOr(j.summary, injectionTypeLine(j.injectionType));
          const evidence = evidenceLine(j);
          return withinNamedLabels(
            {
              term: j.name,
              text: `${line.text}${evidence.text}`,
              sources: [...j.sources, ...(j.evidence.sources ?? [])],
              clinician: [
                ...line.clinician,
                ...evidence.clinician,
                `Dose: ${j.doseText}`,
                `How it works: ${j.mechanism}`,
                ...correctionNotes(corrections, j),
              ],
            },
            ctx.kb,
          );
        }),
      },
    );
  }

  const procedures = entriesAt(ctx, 'procedure');
  if (procedures.length > 0) {
    blocks.push(
      { kind: 'subheading', text: 'Surgery' },
      {
        kind: 'paragraph',
        text: 'Surgery is an option when other care has not helped enough, or sooner if the nerve is badly pinched. Ask your surgeon about the risks and what recovery will be like for you.',
      },
      {
        kind: 'list',
        items: procedures.map((p) => {
          ctx.use(p);
          const line = plainOr(
            p.summary,
            'An operation on the spine. Your surgeon can explain what it involves.',
          );
          const recovery = recoveryLine(p);
          return {
            term: p.name,
            text: `${line.text}${recovery.text}`,
            sources: p.sources,
            clinician: [
              ...line.clinician,
              p.description,
              `Benefits: ${p.benefits.join('; ')}`,
              `Risks: ${p.risks.join('; ')}`,
              `Indications: ${p.indications.join('; ')}`,
              ...recovery.clinician,
              ...correctionNotes(corrections, p),
            ],
          };
        }),
      },
    );
  }
  return { id: 'treatment', heading: 'How is it treated?', blocks };
}
