import type { Citation } from '../schema.js';

/**
 * Sources the seed articles name by title only (no reference details). Kept so an entry can show
 * where the articles said they drew a claim from; the literature citations carry the weight.
 * Ids: `seed-named-<slug>`.
 */
export const SEED_NAMED_CITATIONS = [
  {
    id: 'seed-named-mayo-clinic',
    kind: 'named-by-seed',
    title: 'Mayo Clinic (patient information pages)',
    url: 'https://www.mayoclinic.org/',
  },
  {
    id: 'seed-named-verywell-health',
    kind: 'named-by-seed',
    title: 'Verywell Health (patient information pages)',
    url: 'https://www.verywellhealth.com/',
  },
  {
    id: 'seed-named-cleveland-clinic',
    kind: 'named-by-seed',
    title: 'Cleveland Clinic (patient information pages)',
    url: 'https://my.clevelandclinic.org/',
  },
  {
    id: 'seed-named-webmd',
    kind: 'named-by-seed',
    title: 'WebMD (patient information pages)',
    url: 'https://www.webmd.com/',
  },
  {
    id: 'seed-named-johns-hopkins',
    kind: 'named-by-seed',
    title: 'Johns Hopkins Medicine (patient information pages)',
    url: 'https://www.hopkinsmedicine.org/',
  },
  {
    id: 'seed-named-nyu-langone',
    kind: 'named-by-seed',
    title: 'NYU Langone Health (patient information pages)',
    url: 'https://nyulangone.org/',
  },
  {
    id: 'seed-named-physiopedia',
    kind: 'named-by-seed',
    title: 'Physiopedia',
    url: 'https://www.physio-pedia.com/',
  },
  {
    id: 'seed-named-radiopaedia',
    kind: 'named-by-seed',
    title: 'Radiopaedia',
    url: 'https://radiopaedia.org/',
  },
  {
    id: 'seed-named-nice',
    kind: 'named-by-seed',
    title: 'National Institute for Health and Care Excellence (NICE)',
    url: 'https://www.nice.org.uk/',
  },
  {
    id: 'seed-named-acp-journals',
    kind: 'named-by-seed',
    title: 'Annals of Internal Medicine / ACP Journals',
    url: 'https://www.acpjournals.org/',
  },
  {
    id: 'seed-named-mja',
    kind: 'named-by-seed',
    title: 'The Medical Journal of Australia',
    url: 'https://www.mja.com.au/',
  },
  {
    id: 'seed-named-mayfield-clinic',
    kind: 'named-by-seed',
    title: 'Mayfield Brain & Spine (patient information pages)',
    url: 'https://mayfieldclinic.com/',
  },
  {
    id: 'seed-named-hss',
    kind: 'named-by-seed',
    title: 'Hospital for Special Surgery (patient information pages)',
    url: 'https://www.hss.edu/',
  },
  {
    id: 'seed-named-aafp',
    kind: 'named-by-seed',
    title: 'American Academy of Family Physicians (AAFP)',
    url: 'https://www.aafp.org/',
  },
  {
    id: 'seed-named-jospt',
    kind: 'named-by-seed',
    title: 'Journal of Orthopaedic & Sports Physical Therapy (JOSPT)',
    url: 'https://www.jospt.org/',
  },
  {
    id: 'seed-named-pain-physician',
    kind: 'named-by-seed',
    title: 'Pain Physician journal',
    url: 'https://www.painphysicianjournal.com/',
  },
  {
    id: 'seed-named-medscape',
    kind: 'named-by-seed',
    title: 'Medscape',
    url: 'https://www.medscape.com/',
  },
  {
    id: 'seed-named-pubmed',
    kind: 'named-by-seed',
    title: 'PubMed (articles cited without references)',
    url: 'https://pubmed.ncbi.nlm.nih.gov/',
  },
  {
    id: 'seed-named-pmc',
    kind: 'named-by-seed',
    title: 'PubMed Central (articles cited without references)',
    url: 'https://pmc.ncbi.nlm.nih.gov/',
  },
  {
    id: 'seed-named-medical-news-today',
    kind: 'named-by-seed',
    title: 'Medical News Today',
    url: 'https://www.medicalnewstoday.com/',
  },
  {
    id: 'seed-named-wikipedia',
    kind: 'named-by-seed',
    title: 'Wikipedia',
    url: 'https://en.wikipedia.org/',
  },
] as const satisfies readonly Citation[];
