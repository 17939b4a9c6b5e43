/**
 * The sources behind the triage, work-up, plan and differential rules. The records live in the KB's one
 * citation registry (src/kb/citations); this list types the ids the rules may cite, and a test checks
 * every one resolves there.
 */
import { CITATIONS } from '../kb/index.js';
import type { Citation, CitationId } from '../kb/index.js';

export const ASSESSMENT_CITATION_IDS = [
  'nice-cks-sciatica',
  'bmj-bp-ces',
  'girft-ces-2023',
  'nhs-lothian-red-flags',
  'finucane-2020-red-flags',
  'nice-cks-low-back-pain',
  'girft-spinal-2019',
  'davis-2004-epidural-abscess',
  'acr-2017-back-pain-child',
  'acog-723-2017',
  'vermani-2010-pregnancy-back-pain',
  'nice-cg147-pad',
  'acr-chronic-knee-pain',
  'davies-2018-myelopathy',
  'stewart-2008-foot-drop',
  'dyck-2002-amyotrophy',
  'harney-2007-meralgia',
  'harrison-radiculopathy',
  'openanesthesia-sensory',
  'suri-2011',
  'rx-fda-nsaid-pregnancy-2020',
  'rx-beers-2023',
  'bnfc-analgesia',
  'nice-ng59',
  'acr-2021-low-back-pain',
  'acr-2016-low-back-pain',
  'acp-aps-2007',
  'acp-2017',
  'nass-ldh-2014',
  'nass-lss-2011',
  'fda-esi-2014',
  'darouiche-2006',
  'nice-ng234',
  'cho-2010',
  'england-2009',
  'nsn-medial-hamstring',
  'nice-ng156',
  'nice-ng25',
  'nice-ng65',
  'vleeming-2008-pelvic-girdle',
  'micheli-1995-young-athletes',
  'laslett-2005-sij',
  'hopayian-2010-piriformis',
  'grimaldi-2015-gluteal-tendinopathy',
  'bogduk-2009-referred-pain',
  'cohen-2013-zoster',
] as const satisfies readonly CitationId[];

/** Citation ids used by the assessment rules: a narrow alias of `CitationId`. */
export type AssessmentCitationId = (typeof ASSESSMENT_CITATION_IDS)[number];

/** The citation records of the assessment rules, as the KB holds them. */
export const ASSESSMENT_CITATIONS: readonly Citation[] = CITATIONS.filter((c) =>
  (ASSESSMENT_CITATION_IDS as readonly string[]).includes(c.id),
);
