/**
 * The usual adult ceiling of each pain medicine *for pain*, kept apart from the labelled maximum, which
 * is often set for another indication (diclofenac 200 mg for rheumatoid arthritis, duloxetine 120 mg for
 * depression, clonazepam 20 mg for epilepsy, etoricoxib 120 mg for a few days of acute gout). The
 * medication checker warns above the pain ceiling, and the patient and clinician articles print their
 * doses from this table only, so both say which limit they mean. Adult doses; every row cites its source.
 */

/** The indications the table holds a ceiling for. */
export const INDICATIONS = ['pain'] as const;
export type Indication = (typeof INDICATIONS)[number];

/** One drug's ceiling for one indication. */
export interface IndicationCeiling {
  readonly drug: string;
  readonly indication: Indication;
  /** Usual adult ceiling for this indication, mg a day. */
  readonly usualMaxMg: number;
  /** The labelled maximum, mg a day, and the indication it belongs to when that is not this one. */
  readonly labelMaxMg: number;
  readonly labelFor?: string;
  /** Usual adult single dose, mg, when the articles may state one. */
  readonly perDoseMg?: { readonly min: number; readonly max: number };
  /** How often, in words, for the usual single dose. */
  readonly howOften?: string;
  /** Available without prescription at this ceiling (the articles may state a self-care dose). */
  readonly selfCare: boolean;
  readonly note: string;
  readonly sources: readonly string[];
}

/** Adult ceilings for pain. */
export const INDICATION_CEILINGS: readonly IndicationCeiling[] = [
  {
    drug: 'drug-acetaminophen',
    indication: 'pain',
    usualMaxMg: 3000,
    labelMaxMg: 4000,
    labelFor: 'pain under a prescriber',
    perDoseMg: { min: 500, max: 1000 },
    howOften: 'every 6 hours if needed',
    selfCare: true,
    note: 'Self-care with 500 mg tablets: 6 tablets (3,000 mg) in 24 hours; 4,000 mg only when a prescriber directs it.',
    sources: ['rx-label-acetaminophen', 'rx-fda-acetaminophen-325-2011'],
  },
  {
    drug: 'drug-ibuprofen',
    indication: 'pain',
    usualMaxMg: 1200,
    labelMaxMg: 3200,
    labelFor: 'prescribed for arthritis',
    perDoseMg: { min: 200, max: 400 },
    howOften: 'every 4 to 6 hours if needed, with food',
    selfCare: true,
    note: 'Self-care: 1,200 mg in 24 hours for up to 10 days; up to 3,200 mg a day only on prescription.',
    sources: ['rx-label-ibuprofen-otc', 'rx-label-ibuprofen-rx'],
  },
  {
    drug: 'drug-naproxen',
    indication: 'pain',
    usualMaxMg: 660,
    labelMaxMg: 1500,
    labelFor: 'prescribed for arthritis, for a short time',
    perDoseMg: { min: 220, max: 440 },
    howOften: 'every 8 to 12 hours if needed, with food',
    selfCare: true,
    note: 'Self-care naproxen sodium: 660 mg in 24 hours. On prescription for pain, 1,000 mg a day after the first day; 1,500 mg is a short arthritis dose.',
    sources: ['rx-label-naproxen-otc', 'rx-label-naproxen'],
  },
  {
    drug: 'drug-diclofenac',
    indication: 'pain',
    usualMaxMg: 150,
    labelMaxMg: 200,
    labelFor: 'rheumatoid arthritis',
    selfCare: false,
    note: '150 mg a day for pain and osteoarthritis; 200 mg a day is the rheumatoid arthritis maximum.',
    sources: ['rx-label-diclofenac'],
  },
  {
    drug: 'drug-etoricoxib',
    indication: 'pain',
    usualMaxMg: 90,
    labelMaxMg: 120,
    labelFor: 'acute gout, for at most 8 days',
    selfCare: false,
    note: '60 mg a day for long-term use, 90 mg for short-term pain; 120 mg only for acute gout, at most 8 days.',
    sources: ['rx-smpc-etoricoxib'],
  },
  {
    drug: 'drug-celecoxib',
    indication: 'pain',
    usualMaxMg: 400,
    labelMaxMg: 400,
    selfCare: false,
    note: 'Acute pain: 400 mg on the first day, then 200 mg twice a day; osteoarthritis 200 mg a day.',
    sources: ['rx-label-celecoxib'],
  },
  {
    drug: 'drug-meloxicam',
    indication: 'pain',
    usualMaxMg: 15,
    labelMaxMg: 15,
    selfCare: false,
    note: '7.5 to 15 mg once a day.',
    sources: ['rx-label-meloxicam'],
  },
  {
    drug: 'drug-duloxetine',
    indication: 'pain',
    usualMaxMg: 60,
    labelMaxMg: 120,
    labelFor: 'depression and anxiety',
    selfCare: false,
    note: 'Chronic musculoskeletal and nerve pain: 60 mg once a day; higher doses added side effects, not relief.',
    sources: ['rx-label-duloxetine'],
  },
  {
    drug: 'drug-gabapentin',
    indication: 'pain',
    usualMaxMg: 1800,
    labelMaxMg: 3600,
    labelFor: 'epilepsy',
    selfCare: false,
    note: 'Nerve pain: built up to 1,800 mg a day in three doses; more showed no added benefit in the label trials. Lower in kidney disease.',
    sources: ['rx-label-gabapentin', 'rx-enke-2018-anticonvulsants'],
  },
  {
    drug: 'drug-pregabalin',
    indication: 'pain',
    usualMaxMg: 600,
    labelMaxMg: 600,
    selfCare: false,
    note: 'Nerve pain: 150 mg a day at first, at most 600 mg a day in two or three doses. Lower in kidney disease.',
    sources: ['rx-label-pregabalin', 'rx-mathieson-2017-pregabalin'],
  },
  {
    drug: 'drug-amitriptyline',
    indication: 'pain',
    usualMaxMg: 50,
    labelMaxMg: 150,
    labelFor: 'depression',
    selfCare: false,
    note: 'Nerve pain: 10 mg at night at first, usually up to 50 mg; 150 mg a day is a depression dose.',
    sources: ['rx-label-amitriptyline'],
  },
  {
    drug: 'drug-nortriptyline',
    indication: 'pain',
    usualMaxMg: 75,
    labelMaxMg: 150,
    labelFor: 'depression',
    selfCare: false,
    note: 'Nerve pain: 10 to 25 mg at night at first, rarely more than 75 mg a day.',
    sources: ['rx-label-nortriptyline'],
  },
  {
    drug: 'drug-tramadol',
    indication: 'pain',
    usualMaxMg: 400,
    labelMaxMg: 400,
    selfCare: false,
    note: 'Short courses only; 300 mg a day over age 75.',
    sources: ['rx-label-tramadol', 'rx-cdc-opioids-2022'],
  },
  {
    drug: 'drug-clonazepam',
    indication: 'pain',
    usualMaxMg: 4,
    labelMaxMg: 20,
    labelFor: 'epilepsy',
    selfCare: false,
    note: 'Not a pain medicine. 4 mg a day is the panic disorder ceiling; 20 mg a day applies only to epilepsy.',
    sources: ['rx-label-clonazepam'],
  },
];

const byDrug = new Map(INDICATION_CEILINGS.map((c) => [`${c.drug}|${c.indication}`, c]));

/**
 * The ceiling of a drug for an indication, when the table holds one.
 * @param drugId - KB drug id, e.g. `drug-duloxetine`
 * @param indication - `pain`
 */
export function indicationCeiling(
  drugId: string,
  indication: Indication = 'pain',
): IndicationCeiling | undefined {
  return byDrug.get(`${drugId}|${indication}`);
}
