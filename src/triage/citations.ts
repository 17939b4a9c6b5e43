/**
 * Citation records behind the triage, work-up, plan and differential rules. Ids match the KB's citation
 * ids where the KB already holds the source (kb/citations/clinical.ts), so a reader can resolve either;
 * a test checks that every id used by a rule resolves in the KB or here.
 */
import type { Citation } from '../kb/index.js';

export const ASSESSMENT_CITATIONS = [
  { id: 'nice-cks-sciatica', kind: 'guideline', year: 2018, title: 'NICE Clinical Knowledge Summaries: Sciatica (lumbar radiculopathy), red flags including the 2018 cauda equina update', authors: 'National Institute for Health and Care Excellence; Medical Protection Society' },
  { id: 'bmj-bp-ces', kind: 'guideline', title: 'BMJ Best Practice: Cauda equina syndrome (diagnosis approach)', url: 'https://bestpractice.bmj.com/topics/en-gb/3000164/diagnosis-approach' },
  { id: 'girft-ces-2023', kind: 'guideline', year: 2023, title: 'GIRFT National Suspected Cauda Equina Syndrome Pathway (October 2023)', url: 'https://remedy.bnssg.icb.nhs.uk/adults/neurosurgery/cauda-equina-syndrome' },
  { id: 'nhs-lothian-red-flags', kind: 'guideline', title: 'NHS Lothian: lumbar spine red flags for primary care clinicians', url: 'https://rightdecisions.scot.nhs.uk/msk-pathways/spine-pathways/lumbar-spine-pathways/sub-pages-hidden/primary-care-clinician-within-nhs-lothian-lumbar-spine-red-flags' },
  { id: 'community-red-flags-2023', kind: 'guideline', year: 2023, title: 'Community red flags for lower back pain and radicular pain (September 2023)', url: 'https://scribd.com/document/717602173/Community-red-flags-September-2023' },
  { id: 'nice-ng59', kind: 'guideline', year: 2016, title: 'Low back pain and sciatica in over 16s: assessment and management (NG59, updated December 2020)', authors: 'National Institute for Health and Care Excellence', url: 'https://www.nice.org.uk/guidance/ng59/chapter/Recommendations' },
  { id: 'acr-2021-low-back-pain', kind: 'guideline', year: 2021, title: 'ACR Appropriateness Criteria: Low Back Pain, 2021 update', authors: 'Expert Panel on Neurological Imaging (American College of Radiology)', doi: '10.1016/j.jacr.2021.08.002' },
  { id: 'acr-2016-low-back-pain', kind: 'guideline', year: 2016, title: 'ACR Appropriateness Criteria: Low Back Pain (2016 revision)', url: 'https://linkinghub.elsevier.com/retrieve/pii/S1546-1440(16)30440-9' },
  { id: 'acp-aps-2007', kind: 'guideline', year: 2007, title: 'Diagnosis and treatment of low back pain: a joint clinical practice guideline from the American College of Physicians and the American Pain Society', authors: 'Chou R, Qaseem A, Snow V, et al.', pmid: '17909209' },
  { id: 'acp-2017', kind: 'guideline', year: 2017, title: 'Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline from the American College of Physicians', authors: 'Qaseem A, Wilt TJ, McLean RM, Forciea MA', pmid: '28192789' },
  { id: 'nass-ldh-2014', kind: 'guideline', year: 2014, title: 'An evidence-based clinical guideline for the diagnosis and treatment of lumbar disc herniation with radiculopathy (NASS)', authors: 'Kreiner DS, Hwang SW, Easa JE, et al.', pmid: '24239490' },
  { id: 'nass-lss-2011', kind: 'guideline', year: 2013, title: 'An evidence-based clinical guideline for the diagnosis and treatment of degenerative lumbar spinal stenosis (NASS, update)', authors: 'Kreiner DS, Shaffer WO, Baisden JL, et al.' },
  { id: 'fda-esi-2014', kind: 'website', year: 2014, title: 'FDA Drug Safety Communication: rare but serious neurologic problems after epidural corticosteroid injections for pain (April 2014)', url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-fda-requires-label-changes-warn-rare-serious-neurologic-problems-after' },
  { id: 'darouiche-2006', kind: 'review', year: 2006, title: 'Spinal epidural abscess', authors: 'Darouiche RO', note: 'N Engl J Med 2006;355(19):2012–2020.' },
  { id: 'nice-ng234', kind: 'guideline', year: 2023, title: 'Spinal metastases and metastatic spinal cord compression (NG234)', authors: 'National Institute for Health and Care Excellence' },
  { id: 'cho-2010', kind: 'review', year: 2010, title: 'Utility of electrodiagnostic testing in evaluating patients with lumbosacral radiculopathy: an evidence-based review', authors: 'Cho SC, Ferrante MA, Levin KH, Harmon RL, So YT' },
  { id: 'england-2009', kind: 'guideline', year: 2009, title: 'Practice parameter: evaluation of distal symmetric polyneuropathy: role of laboratory and genetic testing', authors: 'England JD, Gronseth GS, Franklin G, et al.' },
  { id: 'nsn-medial-hamstring', kind: 'website', title: 'Neurosurgery notes: medial hamstring (L5) reflex; L5 radiculopathy versus common peroneal palsy', url: 'https://neurosurgerynotes.bullet.site/spine/spinegeneral/spinalexamination/medialhamstringl5reflex' },
] as const satisfies readonly Citation[];

/** Citation ids used by the assessment rules. */
export type AssessmentCitationId = (typeof ASSESSMENT_CITATIONS)[number]['id'];
