/**
 * Sources of the patient-reported outcome scores (src/scores). Every scoring rule, band, cut-off and
 * minimal clinically important difference there names one of these ids, or a guideline id held elsewhere
 * in the registry (`acr-2021-low-back-pain`, `acp-2017`, `nice-ng59`). Notes say how far each source was
 * checked (shared/research/clinical-rules.md §6: [V] verified, [S] secondary, [R] unverified).
 */
import type { Citation } from '../schema.js';

export const SCORE_CITATIONS = [
  {
    id: 'pro-fairbank-2000',
    kind: 'primary-study',
    year: 2000,
    title: 'The Oswestry Disability Index',
    authors: 'Fairbank JCT, Pynsent PB',
    doi: '10.1097/00007632-200011150-00017',
    pmid: '11074683',
    note: 'Spine 2000;25(22):2940–2952. Version 2.1a; the skipped-section rule (denominator drops by 5 per skipped section, worked example 16/45) read in several concordant copies [S].',
  },
  {
    id: 'pro-odi-bands',
    kind: 'primary-study',
    title: 'Oswestry Disability Index interpretation bands (0–20, 21–40, 41–60, 61–80, 81–100 %)',
    url: 'https://asir-journal.biomedcentral.com/articles/10.1186/1750-1164-7-12/tables/1',
    note: 'Annals of Surgical Innovation and Research 2013;7:12, table 1, restating Fairbank’s bands [V].',
  },
  {
    id: 'pro-fritz-2001',
    kind: 'primary-study',
    year: 2001,
    title:
      'A comparison of a modified Oswestry Low Back Pain Disability Questionnaire and the Quebec Back Pain Disability Scale',
    authors: 'Fritz JM, Irrgang JJ',
    note: 'Phys Ther 2001;81(2):776–788. The modified ODI replaces the sex-life section with employment or homemaking [S].',
  },
  {
    id: 'pro-ostelo-2008',
    kind: 'consensus',
    year: 2008,
    title:
      'Interpreting change scores for pain and functional status in low back pain: towards international consensus regarding minimal important change',
    authors: 'Ostelo RW, Deyo RA, Stratford P, et al.',
    doi: '10.1097/BRS.0b013e31815e3a10',
    pmid: '18165753',
    note: 'Spine 2008;33(1):90–94. Minimal important change: VAS 15, NRS 2, RMDQ 5, ODI 10, QBPDS 20 points, or 30 % improvement from baseline [V].',
  },
  {
    id: 'pro-nordsten-2024',
    kind: 'primary-study',
    year: 2024,
    title:
      'NORDSTEN trials: a 30 % ODI reduction as the definition of success after lumbar spinal stenosis treatment',
    url: 'https://link.springer.com/article/10.1007/s00586-024-08440-1',
    note: 'Eur Spine J 2024 [V].',
  },
  {
    id: 'pro-kamper-2010',
    kind: 'primary-study',
    year: 2010,
    title:
      'How little pain and disability do patients with low back pain have to experience to feel that they have recovered?',
    authors: 'Kamper SJ, Maher CG, Herbert RD, Hancock MJ, Hush JM, Smeets RJ',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2989296',
    note: 'Eur Spine J 2010;19:1495–1501. Recovery cut-offs: NRS 0 (diagnostic OR 43.9), RMDQ ≤ 2 (OR 17.6) [V].',
  },
  {
    id: 'pro-roland-1983',
    kind: 'primary-study',
    year: 1983,
    title:
      'A study of the natural history of back pain. Part I: development of a reliable and sensitive measure of disability in low-back pain',
    authors: 'Roland M, Morris R',
    note: 'Spine 1983;8(2):141–144. 24 yes/no statements; the score is the number ticked (0–24) [R: standard, not checked against the paper].',
  },
  {
    id: 'pro-stucki-1996',
    kind: 'primary-study',
    year: 1996,
    title:
      'Measurement properties of a self-administered outcome measure in lumbar spinal stenosis',
    authors: 'Stucki G, Daltroy L, Liang MH, Lipson SJ, Fossel AH, Katz JN',
    note: 'Spine 1996;21(7):796–803. Zurich Claudication Questionnaire: symptom severity (7 items, 1–5), physical function (5 items, 1–4), satisfaction (6 items, 1–4) [V]; subscale = mean of items and MCID about 0.5 [R].',
  },
  {
    id: 'pro-zcq-stata',
    kind: 'website',
    title: 'zcq: Stata module scoring the Zurich Claudication Questionnaire (help file)',
    url: 'http://fmwww.bc.edu/repec/bocode/z/zcq.sthlp',
    note: 'Item counts per subscale and the balance item coded 1 / 3 / 5 (none, sometimes, often) [V].',
  },
  {
    id: 'pro-issls-2024',
    kind: 'primary-study',
    year: 2024,
    title: 'ISSLS 2024 abstract: ZCQ satisfaction cut-off of 2.5 for a satisfied patient',
    url: 'https://issls-2024.p.asnevents.com.au/days/2024-05-30/abstract/100398',
    note: 'Confirms satisfaction ≤ 2.5 as the success threshold [V].',
  },
  {
    id: 'pro-hill-2008',
    kind: 'primary-study',
    year: 2008,
    title:
      'A primary care back pain screening tool: identifying patient subgroups for initial treatment',
    authors: 'Hill JC, Dunn KM, Lewis M, et al.',
    doi: '10.1002/art.23563',
    pmid: '18438893',
    note: 'Arthritis Rheum 2008;59(5):632–641. The nine-item Keele STarT Back Screening Tool.',
  },
  {
    id: 'pro-keele-sbst-scoring',
    kind: 'website',
    title: 'Keele STarT Back Screening Tool: using and scoring',
    authors: 'Keele University',
    url: 'https://www.keele.ac.uk/sbst/startbacktool/usingandscoring/',
    note: 'Total 0–9, distress subscale items 5–9, risk: total ≤ 3 low; subscale ≤ 3 medium; subscale 4–5 high; item 9 counts only "very much" or "extremely" [V].',
  },
  {
    id: 'pro-serlin-1995',
    kind: 'primary-study',
    year: 1995,
    title:
      'When is cancer pain mild, moderate or severe? Grading pain severity by its interference with function',
    authors: 'Serlin RC, Mendoza TR, Nakamura Y, Edwards KR, Cleeland CS',
    note: 'Pain 1995;61(2):277–284. Cut points 1–4, 5–6, 7–10; Foramen reports the common 1–3, 4–6, 7–10 convention instead and says so [R].',
  },
] as const satisfies readonly Citation[];
