import type { Citation } from '../schema.js';

/** Sources the assessment rules (src/triage, src/assess) cite that no other KB file holds. */
export const ASSESSMENT_RULE_CITATIONS = [
  {
    id: 'community-red-flags-2023',
    kind: 'guideline',
    year: 2023,
    title: 'Community red flags for lower back pain and radicular pain (September 2023)',
    url: 'https://scribd.com/document/717602173/Community-red-flags-September-2023',
  },
  {
    id: 'acr-2016-low-back-pain',
    kind: 'guideline',
    year: 2016,
    title: 'ACR Appropriateness Criteria: Low Back Pain (2016 revision)',
    url: 'https://linkinghub.elsevier.com/retrieve/pii/S1546-1440(16)30440-9',
  },
  {
    id: 'nsn-medial-hamstring',
    kind: 'website',
    title:
      'Neurosurgery notes: medial hamstring (L5) reflex; L5 radiculopathy versus common peroneal palsy',
    url: 'https://neurosurgerynotes.bullet.site/spine/spinegeneral/spinalexamination/medialhamstringl5reflex',
  },
] as const satisfies readonly Citation[];
