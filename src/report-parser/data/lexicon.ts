/**
 * The parser's lexicon: phrases (lower case, words separated by spaces, hyphens ignored) and what they
 * mean. Finding words follow the disc nomenclature of Fardon et al. 2014 (bulge, protrusion, extrusion
 * with sequestration as a kind of extrusion); target words follow the CONTRACTS.md reading conventions
 * ("exit canal", "exit nerve root", "neural foramen" are the foramen); the rest is the wording of the
 * report corpus.
 */
import type { Level } from '../../vocab/index.js';
import type { Term } from '../_model.js';
import type { ParserSourceId } from './sources.js';
import { MISHEARD_FORAMEN, MISHEARD_FORAMINA, MISHEARD_FORAMINAL } from './dictation.js';

/** One group of phrases sharing a meaning. */
export interface LexiconEntry {
  readonly term: Term;
  readonly literals: readonly string[];
  readonly source: ParserSourceId;
}

const target = (t: Extract<Term, { kind: 'target' }>['target'], plural = false): Term => ({ kind: 'target', target: t, plural });
const lesion = (finding: Extract<Term, { kind: 'lesion' }>['finding']): Term => ({ kind: 'lesion', finding });
const pred = (p: Extract<Term, { kind: 'pred' }>['pred']): Term => ({ kind: 'pred', pred: p });

/**
 * Every phrase made by taking one word group from each slot in turn ('' leaves a slot out): a family of
 * wordings written once ("the other lumbar intervertebral disc levels", "remaining explored segments").
 */
function phrasesOf(...slots: readonly (readonly string[])[]): string[] {
  let phrases = [''];
  for (const slot of slots) {
    phrases = phrases.flatMap((head) => slot.map((word) => (word === '' ? head : head === '' ? word : `${head} ${word}`)));
  }
  return [...new Set(phrases.filter((p) => p !== ''))];
}

/** Counts said in words or digits, from two to four. */
const COUNTS: readonly (readonly [number, readonly string[]])[] = [
  [2, ['two', '2']],
  [3, ['three', '3']],
  [4, ['four', '4']],
];
const LOWER_WORDS = ['lower', 'lowest', 'bottom', 'last', 'caudal'];
const UPPER_WORDS = ['upper', 'uppermost', 'top', 'first', 'cranial'];

/**
 * "The lower three levels", "the two lowest lumbar discs", "the upper 2 disc levels": the lumbar levels
 * counted from the sacrum (`lower`) or from the top (`upper`); `order` lists them from where the count
 * starts.
 */
function countedLevels(end: 'lower' | 'upper', order: readonly Level[]): LexiconEntry[] {
  const words = end === 'lower' ? LOWER_WORDS : UPPER_WORDS;
  const nouns = ['levels', 'lumbar levels', 'disc levels', 'discs', 'lumbar discs', 'segments', 'lumbar segments'];
  return COUNTS.map(([count, said]) => {
    const levels = order.slice(0, count);
    const sorted = end === 'lower' ? [...levels].reverse() : levels;
    return {
      term: { kind: 'levels', levels: sorted },
      source: 'corpus-review',
      literals: [
        ...phrasesOf(['', 'at', 'at each of', 'each of'], ['the'], words, said, nouns),
        ...phrasesOf(['', 'at', 'at each of', 'each of'], ['the'], said, words, nouns),
      ],
    };
  });
}

/** How reports name disc levels without their labels: "disc levels", "intervertebral spaces", "discal stages". */
const LEVEL_NOUNS = ['levels', 'discs', 'disc levels', 'intervertebral disc levels', 'intervertebral levels', 'discal levels', 'intervertebral spaces',
  'intervertebral discs', 'disc spaces', 'segments', 'stages', 'discal stages', 'interspaces', 'spaces'];

/** All lexicon entries. */
export const LEXICON: readonly LexiconEntry[] = [
  // ---- Targets -------------------------------------------------------------------------------------
  {
    term: target('foramen'), source: 'contracts',
    literals: [
      'foramen', 'neural foramen', 'neuroforamen', 'neuro foramen', 'foraminal', 'neural foraminal', 'neuroforaminal',
      'neuro foraminal', 'intervertebral foramen', 'foraminal region', 'foraminal zone', 'foraminal area',
      'exit canal', 'exit neural canal', 'exiting neural canal', 'exit nerve canal', 'neural exit canal', 'neural canal',
      'nerve canal', 'exit neural', 'exiting canal', 'exiting nerve canal', 'neural exit foramen',
      // "Mild bilateral neural exit foraminal narrowing" ("neural" alone had been read as the root).
      // Spanish "agujeros de conjunción", Italian "forami di coniugazione" (round 25).
      'conjunction foramen', 'conjunction foramina', 'foramen of conjunction', 'foramina of conjunction',
      'conjugation foramen', 'conjugation foramina', 'foramina of conjugation',
      'neural exit foraminal', 'neural exiting foraminal', 'neural exiting foramen',
      // "foraminal space reduced on the left" (reports written in Europe and the Middle East).
      'foraminal space', 'foraminal spaces',
      // "the left foraminal opening is narrowed" (Russian "межпозвонковое отверстие"; round 26).
      'foraminal opening', 'intervertebral opening',
      ...MISHEARD_FORAMEN, ...MISHEARD_FORAMINAL,
    ],
  },
  {
    term: target('foramen', true), source: 'contracts',
    literals: [
      'foramina', 'neural foramina', 'neuroforamina', 'neuro foramina', 'foramens', 'neural foramens', 'intervertebral foramina',
      'foraminal openings', 'intervertebral openings',
      'exit canals', 'exit neural canals', 'exiting neural canals', 'exit nerve canals', 'neural exit canals', 'neural canals',
      'nerve canals', 'nerves canals', 'exiting canals', 'exit nerves canals', 'exiting nerve canals', 'neural exit foramina',
      'neural exiting foramina',
      ...MISHEARD_FORAMINA,
    ],
  },
  {
    term: target('exit-root'), source: 'contracts',
    literals: ['exit nerve root', 'exiting nerve root', 'exit root', 'exiting root', 'exit nerve', 'exiting nerve', 'exiting nerve root sleeve'],
  },
  {
    term: target('exit-root', true), source: 'contracts',
    literals: ['exit nerve roots', 'exiting nerve roots', 'exit roots', 'exiting roots', 'exit nerves root', 'exit nerves roots', 'exit nerves', 'exiting nerves'],
  },
  {
    term: target('root'), source: 'corpus-review',
    literals: [
      'nerve root', 'root', 'nerve root sleeve', 'root sleeve', 'traversing nerve root', 'transversing nerve root',
      'traversing root', 'descending nerve root', 'neural', 'nerve',
    ],
  },
  {
    term: target('root', true), source: 'corpus-review',
    literals: ['nerve roots', 'roots', 'needle roots', 'traversing nerve roots', 'neural elements', 'nerves', 'nerve root sleeves'],
  },
  {
    term: target('canal'), source: 'corpus-review',
    literals: [
      'spinal canal', 'central canal', 'central spinal canal', 'canal', 'lumbar canal', 'lumbar spinal canal', 'central lumbar canal', 'spinal canals',
      'canal dimensions', 'canal diameter', 'spinal canal dimensions', 'canal calibre', 'canal caliber', 'thecal sac diameter',
      // The anatomical name, and the word of non-native English reports ("spinal channel").
      'vertebral canal', 'spinal channel', 'central channel',
    ],
  },
  // Crowding or compression of the cauda equina roots is read as (ungraded) canal stenosis: the roots
  // crowd because the dural sac is narrowed. Clumping of the roots is an arachnoiditis sign, not stenosis.
  {
    term: target('canal'), source: 'contracts',
    literals: ['cauda equina roots', 'cauda equina nerve roots', 'roots of the cauda equina', 'nerve roots of the cauda equina'],
  },
  { term: target('thecal'), source: 'corpus-review', literals: ['thecal sac', 'thecal', 'theca', 'theca sac', 'dural sac', 'sac'] },
  // Other structures a compressing lesion meets; they carry no finding but keep coordination together.
  {
    term: target('structure'), source: 'corpus-review',
    literals: [
      'spinal cord', 'cord', 'conus', 'conus medullaris', 'cauda equina', 'csf space', 'csf spaces', 'anterior csf space',
      'anterior csf spaces', 'epidural fat', 'signal', 'vertebral body height', 'vertebral body heights', 'bone marrow signal',
    ],
  },
  // A foramen's measurement beside its grade ("severe narrowing, foraminal height 11 mm"): a size, not a
  // second statement of narrowing (it had been read as a bilateral finding with the grade before it).
  {
    term: target('structure'), source: 'corpus-review',
    literals: [
      'foraminal height', 'foraminal width', 'foraminal diameter', 'foraminal dimension',
      'foraminal dimensions', 'foraminal size', 'foraminal cross sectional area',
    ],
  },
  // "Nerve root canal" (UK and Irish reports): the root's path from the lateral recess to the foramen
  // (Lee, Rauschning and Glenn 1988: entrance, mid and exit zones). Read as the lateral recess, its
  // entrance zone and the usual sense ("compression of the L5 root in the right nerve root canal");
  // the foramina keep their own names (round 23).
  { term: target('recess'), source: 'corpus-review', literals: ['lateral recess', 'recess', 'subarticular recess', 'subarticular zone', 'lateral recess zone', 'nerve root canal', 'root canal', 'radicular canal'] },
  { term: target('recess', true), source: 'corpus-review', literals: ['lateral recesses', 'recesses', 'subarticular recesses', 'nerve root canals', 'root canals', 'radicular canals'] },
  { term: target('facet'), source: 'corpus-review', literals: ['facet', 'facet joint', 'apophyseal joint', 'zygapophyseal joint'] },
  { term: target('facet', true), source: 'corpus-review', literals: ['facets', 'facet joints', 'apophyseal joints', 'zygapophyseal joints'] },
  {
    term: target('ligamentum'), source: 'corpus-review',
    literals: ['ligamentum flavum', 'ligamentum', 'ligamenta flava', 'ligamentum flava', 'ligamenta', 'flavum', 'yellow ligament', 'ligamenta flavum'],
  },
  {
    term: target('disc-space'), source: 'corpus-review',
    literals: [
      'disc height', 'disc heights', 'disc space', 'disc spaces', 'intervertebral disc space', 'intervertebral disc spaces',
      'disc space height', 'intervertebral disc height', 'intervertebral space', 'height of the disc', 'discal height',
    ],
  },
  { term: target('disc-signal'), source: 'corpus-review', literals: ['disc signal', 'discal signal', 'disc signal intensity', 'signal of the disc'] },

  // ---- Findings named by a noun (Fardon 2014 for the disc words) --------------------------------------
  {
    term: lesion('disc-bulge'), source: 'fardon-2014',
    literals: [
      'bulge', 'bulges', 'bulging', 'disc bulge', 'disc bulges', 'disc bulging', 'annular bulge', 'annular bulging',
      'bulged disc', 'bulging disc', 'bulge disc', 'bulging of the disc',
    ],
  },
  { term: lesion('disc-protrusion'), source: 'fardon-2014', literals: ['protrusion', 'protrusions', 'disc protrusion', 'disc protrusions', 'protruding disc', 'protruded disc'] },
  {
    term: lesion('disc-extrusion'), source: 'fardon-2014',
    literals: [
      'extrusion', 'extrusions', 'extruded', 'disc extrusion', 'extruded disc', 'sequestration', 'sequestrated', 'sequestered',
      'sequestrated disc', 'sequestered disc', 'free fragment', 'sequestered fragment', 'detached disc', 'migrated disc fragment',
      // "following resorption of the foraminal disc fragment": the lesion, not its foramen (round 27).
      'disc fragment', 'extruded fragment', 'migrated fragment',
    ],
  },
  {
    term: lesion('disc-herniation'), source: 'fardon-2014',
    literals: [
      'herniation', 'herniations', 'disc herniation', 'disc herniations', 'herniated disc', 'herniated discs', 'herniated',
      'herniated nucleus pulposus', 'nucleus pulposus herniation', 'nucleus pulposus', 'hnp', 'disc hernia',
    ],
  },
  {
    term: lesion('spondylolisthesis'), source: 'corpus-review',
    literals: ['spondylolisthesis', 'anterolisthesis', 'listhesis', 'olisthesis', 'degenerative spondylolisthesis', 'isthmic spondylolisthesis'],
  },
  { term: lesion('retrolisthesis'), source: 'corpus-review', literals: ['retrolisthesis', 'retrolysthesis', 'retrolistheses'] },
  {
    term: lesion('annular-fissure'), source: 'fardon-2014',
    literals: [
      'annular tear', 'annular tears', 'annular fissure', 'annular fissures', 'annular fissuring', 'fissuring', 'fissure',
      'torn annulus', 'annulus tear', 'annular rent', 'high intensity zone', 'posterolateral tear', 'posterocentral tear',
      'paracentral tear', 'radial tear', 'central tear', 'annulus fibrosus tear', 'tear of the annulus', 'annular tearing',
    ],
  },
  {
    term: lesion('synovial-cyst'), source: 'corpus-review',
    literals: ['synovial cyst', 'synovial cysts', 'facet cyst', 'facet cysts', 'juxtafacet cyst', 'juxta facet cyst', 'juxtaarticular cyst', 'juxta articular cyst', 'facet synovial cyst'],
  },
  {
    term: lesion('disc-desiccation'), source: 'corpus-review',
    literals: [
      'desiccation', 'disc desiccation', 'desiccated', 'desiccating', 'dehydrated', 'dehydration', 'disc dehydration', 'dark disc',
      'black disc', 'dessication',
    ],
  },
  {
    term: lesion('modic-change'), source: 'corpus-review',
    literals: [
      'modic', 'modic change', 'modic changes', 'modic type', 'type i end plate', 'type ii end plate', 'type iii end plate',
      'type 1 end plate', 'type 2 end plate', 'type 3 end plate', 'type i endplate', 'type ii endplate', 'type iii endplate',
      'type 1 endplate', 'type 2 endplate', 'type 3 endplate',
    ],
  },
  {
    term: lesion('osteophyte'), source: 'corpus-review',
    literals: [
      'osteophyte', 'osteophytes', 'osteophytic', 'osteophytosis', 'spur', 'spurs', 'spurring', 'osteophyte disc complex',
      'disc osteophyte complex', 'osteophyte formation', 'osteophytes formation',
    ],
  },
  {
    term: lesion('fracture'), source: 'corpus-review',
    literals: ['fracture', 'fractures', 'compression fracture', 'wedge fracture', 'wedging fracture', 'compression deformity', 'burst fracture', 'wedging fractures'],
  },

  // ---- Predicates ------------------------------------------------------------------------------------
  { term: pred('narrow'), source: 'contracts', literals: ['narrowing', 'narrowed', 'narrow', 'narrows', 'narrowings', 'stenosis', 'stenoses', 'stenotic', 'abnormality', 'abnormalities'] },
  // A double negative: "the left exit foramen is not spared" says it is narrowed (round 25).
  { term: pred('narrow'), source: 'corpus-review', literals: ['not spared', 'not entirely spared', 'not completely spared'] },
  {
    term: pred('compress'), source: 'contracts',
    literals: [
      'compression', 'compressing', 'compressed', 'compresses', 'compress', 'encroachment', 'encroaching', 'encroaches',
      'encroach', 'encroached', 'compromise', 'compromised', 'compromising', 'compromises', 'impingement', 'impinging',
      'impinged', 'impinges', 'impinge', 'effacement', 'effaced', 'effacing', 'effaces', 'efface', 'obliteration',
      'obliterated', 'obliterating', 'obliterates', 'crowding', 'crowded', 'displacing', 'displaced', 'displacement',
      'displaces', 'indenting', 'indentation', 'indents', 'indented', 'pressing', 'pressure', 'affecting', 'affects',
      'affect', 'entrapment', 'entrapping', 'trapping', 'filling', 'deforming', 'mass effect', 'mass effect on',
      'exerting mass effect on', 'neural compromise',
      // "without repercussion on the canal or on the foramina" (French "sans retentissement"; round 22).
      'repercussion', 'repercussion on', 'repercussions on',
    ],
  },
  {
    term: pred('contact'), source: 'corpus-review',
    literals: [
      'abutting', 'abuts', 'abut', 'abutment', 'abutted', 'contacting', 'contacts', 'contact', 'in contact with', 'touching', 'touches',
      'adjacent', 'contouring', 'contours', 'approximating', 'approaching',
    ],
  },
  {
    term: pred('normal'), source: 'corpus-review',
    literals: [
      'patent', 'normal', 'adequate', 'unremarkable', 'preserved', 'maintained', 'capacious', 'widely patent', 'within normal limits',
      'spacious', 'normal in caliber', 'normal caliber', 'normal in calibre', 'satisfactory', 'free', 'clear',
      // "The discal stages L1-L2 to L3-L4 are without particularity" (French "sans particularité").
      'without particularity', 'without particularities', 'without any particularity',
      // "The foraminal spaces are conserved" (Italian and Spanish "conservato", "conservado").
      'conserved',
      // "Th12/L1 and L1/2, no particular findings" (Japanese "特記すべき所見なし"; round 25).
      'no particular findings', 'no particular finding', 'without particular findings', 'nothing particular',
      // "Remaining levels within the norm" (Italian "nella norma"; round 25).
      'within the norm', 'within norm', 'in the norm', 'within normal range', 'within the normal range',
      'widely open', 'well preserved', 'not narrowed', 'of normal calibre', 'roomy', 'ok', 'okay', 'fine',
      // A level stated normal as a whole ("L1/2, L2/3: No significant abnormality.", "Other levels without pathology").
      'no significant abnormality', 'no abnormality', 'no abnormality detected', 'without pathology',
      'no abnormalities', 'no significant abnormalities', 'no abnormalities detected', 'normal conditions', 'normal findings',
      // "No further significant findings at the other explored levels", "L1-L2 without significant
      // alterations" (Spanish "sin alteraciones significativas"; round 18).
      ...phrasesOf(
        ['no', 'without', 'no further', 'without further', 'without any'],
        ['', 'significant', 'relevant', 'pathological', 'notable', 'major', 'remarkable', 'important'],
        ['findings', 'finding', 'alterations', 'alteration'],
        ['', 'of interest', 'of note', 'of significance'],
      ),
      // The width words of reports written in English by German, Dutch and Scandinavian radiologists.
      'of sufficient width', 'sufficient width', 'of normal width', 'normal width', 'sufficiently wide', 'wide enough',
      'preserved dimensions', 'with preserved dimensions', 'normal dimensions', 'of normal dimensions', 'preserved dimension',
      // German "unauffällig" ("The segments L1/2 and L2/3 are inconspicuous"); Italian and Portuguese
      // "ampiezza regolare", "amplitude preservada" ("the canal is of regular amplitude"; round 22).
      'inconspicuous',
      ...phrasesOf(['', 'of', 'with'], ['regular', 'preserved', 'normal', 'conserved'], ['amplitude']),
      // The Spanish word order kept in translation: "foramina of amplitude conserved" (set 38).
      ...phrasesOf(['', 'of', 'with'], ['amplitude', 'calibre', 'caliber', 'width'], ['conserved', 'preserved', 'normal', 'regular']),
      // Scandinavian and German "uten anmerkning", "ohne Befund" ("Upper levels without remarks"; round 26).
      'without remarks', 'without remark', 'no remarks', 'nothing to remark', 'without abnormality', 'without abnormalities',
    ],
  },
  // Speech recognition's "patent" ("the canal is patient"): only after the verb, as "the patient" is
  // the person.
  { term: pred('normal'), source: 'corpus-review', literals: phrasesOf(['is', 'are', 'remains', 'remain', 'appears', 'appear', 'widely'], ['patient']) },
  // "the right foramen being unaffected", "the left foramen is spared": the structure is normal (round 11;
  // the foramen had been taken into the narrowing stated before it).
  { term: pred('normal'), source: 'corpus-review', literals: ['unaffected', 'spared', 'uninvolved'] },
  // "L5/S1: left severe; right not affected" under a finding-first heading: said of a side alone, the
  // "not" had no narrowing after it to deny (round 27).
  { term: pred('normal'), source: 'corpus-review', literals: ['not affected', 'not involved'] },
  // "The canal is widely decompressed", "spinal canal now adequately decompressed" (after surgery): the
  // structure is open, not a narrowing denied.
  { term: pred('normal'), source: 'corpus-review', literals: phrasesOf(['adequately', 'widely', 'well', 'fully', 'satisfactorily', 'successfully'], ['decompressed']) },
  // "The spinal canal is now adequately wide" (German "ausreichend weit").
  { term: pred('normal'), source: 'corpus-review', literals: phrasesOf(['adequately', 'normally'], ['wide', 'patent', 'spacious']) },
  // "The spinal canal is wide" (only after the verb: "a wide protrusion" is a size).
  { term: pred('normal'), source: 'corpus-review', literals: ['is wide', 'are wide', 'remains wide', 'remain wide'] },
  // "the foramen on the convex side is widened" (scoliosis opens the foramina of the convex side).
  { term: pred('normal'), source: 'corpus-review', literals: ['widened', 'is widened', 'are widened'] },
  // Wildermuth grade 0 written as a code ("foramen_right: W0"; W1-W3 are severity words).
  { term: pred('normal'), source: 'contracts', literals: ['w 0', 'wildermuth 0', 'wildermuth grade 0'] },
  {
    term: pred('degenerate'), source: 'corpus-review',
    literals: [
      'arthropathy', 'arthrosis', 'arthritis', 'osteoarthritis', 'osteoarthritic', 'hypertrophy', 'hypertrophic', 'hypertrophied',
      'thickening', 'thickened', 'degeneration', 'disease', 'sclerosis', 'change', 'changes', 'buckling', 'redundancy',
      'infolding', 'enlargement', 'arthritic', 'spondylosis',
    ],
  },
  {
    term: pred('decrease'), source: 'corpus-review',
    literals: ['decreased', 'reduced', 'reduction', 'reducing', 'reduces', 'loss', 'collapsed', 'collapse', 'diminished', 'decrease', 'lost'],
  },

  // ---- Sides, zones and descriptive words ---------------------------------------------------------------
  { term: { kind: 'side', side: 'left' }, source: 'corpus-review', literals: ['left', 'lt', 'left sided', 'left side', 'lt sided', 'lt side', 'leftward', 'lft', 'leftsided'] },
  { term: { kind: 'side', side: 'right' }, source: 'corpus-review', literals: ['right', 'rt', 'right sided', 'right side', 'rt sided', 'rt side', 'rightward', 'rightsided'] },
  { term: { kind: 'side', side: 'bilateral', plural: true }, source: 'contracts', literals: ['bilateral', 'bilaterally', 'both', 'both sides', 'on both sides', 'bilat', 'on each side', 'on either side'] },
  {
    term: { kind: 'adj', zone: 'central', central: true }, source: 'corpus-review',
    literals: ['central', 'centrally', 'posterior central', 'posterocentral', 'midline', 'median', 'posteriorcentral'],
  },
  {
    term: { kind: 'adj', zone: 'subarticular' }, source: 'corpus-review',
    literals: ['paracentral', 'para central', 'paramedian', 'para median', 'posterolateral', 'posterior lateral', 'subarticular'],
  },
  // "Multilevel disc bulges" with no level named: not located, and no level carries over to it.
  { term: { kind: 'adj', multilevel: true }, source: 'corpus-review', literals: ['multilevel', 'multilevels', 'multi level', 'multisegmental', 'diffusely'] },
  { term: { kind: 'adj', zone: 'extraforaminal' }, source: 'corpus-review', literals: ['extraforaminal', 'extra foraminal', 'far lateral', 'extra foramina'] },
  {
    term: { kind: 'adj' }, source: 'corpus-review',
    literals: [
      'diffuse', 'broad', 'based', 'broadbased', 'wide', 'base', 'focal', 'posterior', 'anterior', 'circumferential', 'annular',
      'degenerative', 'small', 'large', 'big', 'tiny', 'chronic', 'acute', 'old', 'recent', 'new', 'asymmetric', 'lumbar',
      'lower', 'upper', 'multiple', 'partial', 'partially', 'secondary', 'disc', 'discs', 'discal',
      'material', 'materials', 'intervertebral', 'inferior', 'superior', 'ventral', 'dorsal', 'soft', 'hard', 'calcified',
      'contained', 'shallow', 'endplate', 'end plate', 'vacuum', 'caudally', 'cranially', 'migrating', 'migrated',
      'downward', 'upward', 'lateral', 'residual', 'recurrent', 'type', 'grade', 'i', 'ii', 'iii', 'iv',
      'superiorly', 'inferiorly', 'posteriorly', 'anteriorly', 'intraforaminal', 'generalized', 'generalised',
      'segmental', 'wedging', 'osteoporotic', 'pathological', 'facetal', 'isthmic', 'concentric', 'complex', 'component',
      // "left traversing and exiting nerve roots": the side before both roots reaches the exiting one.
      'traversing', 'transversing', 'descending',
    ],
  },
  {
    term: { kind: 'asym-lead' }, source: 'corpus-review',
    literals: [
      'more', 'greater', 'greatest', 'worse', 'worst', 'larger', 'predominantly', 'predominant', 'mainly', 'most marked', 'eccentrically',
      'eccentric', 'much', 'most', 'more prominent', 'more pronounced', 'more marked', 'more severe',
      // German and Scandinavian English: "on the right higher grade than on the left".
      'higher grade', 'higher graded', 'higher degree', 'more advanced',
    ],
  },
  {
    term: { kind: 'emphasis' }, source: 'corpus-review',
    literals: ['noticeably', 'notably', 'especially', 'particularly', 'largest', 'most prominent', 'most pronounced', 'prominently', 'predominately'],
  },
  {
    term: { kind: 'glue' }, source: 'corpus-review',
    literals: [
      'the', 'a', 'an', 'of', 'on', 'upon', 'to', 'into', 'within', 'in', 'at', 'by', 'for', 'from', 'this', 'that', 'its', 'their',
      'these', 'those', 'over', 'along', 'toward', 'towards', 'sided', 'side', 'sides', 'aspect', 'aspects', 'portion', 'part',
      'level', 'levels', 'leve', 'region', 'area', 'one', 'just', 'only', 'quite', 'very', 'than', 'as', '(', ')', '[', ']', ':', 'same',
      'abovementioned', 'above mentioned', 'mentioned', 'above', 'segment', 'segments', 'interspace', 'zone', 'degree',
      // "At the L4-L5 stage", "the discal stages L1-L2 to L3-L4" (a level, in French-English reports).
      'stage', 'stages',
      // Speech recognition's "to" ("moderate too severe canal stenosis").
      'too',
      // "Right L2 through right L5: patent" (a range of roots; unknown, it had been read as "though").
      'through', 'thru',
      // CT wording: "no bony canal or foraminal stenosis", "moderate bony encroachment on the left exit
      // foramen" (what narrows, said between a grade and its finding).
      'bony', 'osseous',
      // "L1-2, L2-3 and L3-4 intervertebral disc levels are in normal appearance": the level, not its disc.
      ...phrasesOf(['', 'intervertebral'], ['disc', 'discal'], ['level', 'levels', 'stage', 'stages']),
      'intervertebral level', 'intervertebral levels',
      // "In the space T12-L1 and in the spaces L1-L2 and L2-L3 …" (a translated report; set 38).
      'space', 'spaces', 'intervertebral spaces',
    ],
  },
  {
    term: { kind: 'filler' }, source: 'corpus-review',
    literals: [
      'is', 'are', 'was', 'were', 'be', 'been', 'being', 'appears', 'appear', 'appeared', 'seems', 'seem', 'looks', 'look', 'looked', 'also', 'noted', 'note',
      'notes', 'seen', 'present', 'identified', 'visualized', 'visualised', 'demonstrated', 'shown', 'there', 'still', 'grossly',
      'relatively', 'causing', 'cause', 'causes', 'caused', 'resulting', 'results', 'result', 'yielding', 'leading', 'lead',
      'associated', 'has', 'have', 'had', 'he', 'she', 'shows', 'show', 'showed', 'reveals', 'revealed', 'demonstrates',
      'demonstrating', 'showing', 'all', 'it', 'where', 'when', 'then', 'further', 'each', 'do', 'does',
      'did', 'involving', 'involves', 'involve', 'seen at', 'lying',
      // A correction's verb: "the left foraminal narrowing should read moderate-to-severe".
      'should read', 'should be', 'should have read', 'reads',
      // An addendum upholding a grade: "the left foraminal stenosis is confirmed as moderate".
      'confirmed as', 'is confirmed as', 'confirmed to be',
      // A regrade: "the left foraminal narrowing is better characterised as moderate-to-severe" (round 26).
      ...phrasesOf(['', 'better', 'best', 'more accurately', 'more correctly'], ['characterised as', 'characterized as', 'described as', 'graded as', 'classified as']),
      // Intensifiers between a structure and what is said of it: "the neural foramen itself is patent".
      'itself', 'themselves', 'per se', 'proper',
      // "Free text: The left L4-L5 foramen is degraded by motion artefact": a software report's label,
      // not "free" said of a foramen (round 25).
      'free text',
      // "low-grade relative stenosis" (German "relative Spinalkanalstenose"): a kind of canal stenosis,
      // not a word that stands between a grade and its noun (round 25).
      'relative',
      // "The right exit foramen is narrowed, moderately so": the grade restated after the verb.
      'so',
      // "The lumbar canal keeps a satisfactory caliber".
      'keeps', 'keep', 'retains', 'retain',
      // "The rest of the levels evaluated are without alterations": how the levels came to be seen.
      'evaluated', 'examined', 'explored', 'imaged', 'studied', 'assessed', 'scanned',
      // A finding an earlier read missed is this study's, and present: "There is also mild bilateral
      // foraminal narrowing, not mentioned on the preliminary report", "…, not seen on the prior MRI"
      // (set 36: read as the earlier read's finding, or as absent). Only the earlier read lacked it.
      ...phrasesOf(
        [
          'not mentioned', 'not described', 'not reported', 'not seen', 'not noted', 'not identified',
          'not present', 'not visible', 'not called', 'not commented on', 'not evident', 'not apparent',
        ],
        ['on', 'in', 'at'],
        ['the', ''],
        ['preliminary', 'prelim', 'prior', 'previous', 'earlier', 'outside', 'original', 'initial', 'last'],
      ),
      ...phrasesOf(
        ['not'],
        ['previously', 'formerly'],
        ['mentioned', 'described', 'reported', 'seen', 'noted', 'identified', 'present', 'visible', 'evident'],
      ),
      ...phrasesOf(
        ['not'],
        ['seen', 'present', 'visible', 'evident', 'identified', 'described', 'reported'],
        ['previously', 'before', 'earlier'],
      ),
    ],
  },
  { term: { kind: 'with' }, source: 'corpus-review', literals: ['with', 'along with', 'together with', 'plus'] },
  // "extending to the Lt lateral recess": where a disc reaches, not a narrowing of that place.
  { term: { kind: 'extend' }, source: 'corpus-review', literals: ['extending', 'extends', 'extended', 'extend', 'extension', 'migrating into', 'protruding into',
    // "compresses the L4 root just beyond the exit foramen": a place named by where it is, not a finding of it.
    'beyond', 'just beyond', 'lateral to', 'just lateral to', 'outside'] },
  // "the right exiting S1 nerve root": "exiting" split from its root by the root's name.
  { term: { kind: 'adj', zone: 'foraminal', exit: true }, source: 'contracts', literals: ['exiting', 'exit'] },
  { term: { kind: 'conj' }, source: 'corpus-review', literals: ['and', 'or', 'nor', '&', ',', '/', 'as well as', 'and or'] },

  // ---- Level words ----------------------------------------------------------------------------------------
  {
    term: { kind: 'levels', levels: 'all' }, source: 'corpus-review',
    literals: [
      'at all levels', 'at each level', 'at every level', 'all levels', 'throughout', 'anywhere', 'at any level', 'at any lumbar level', 'all lumbar levels', 'at all lumbar levels',
      'throughout the lumbar spine', 'throughout the lumbar levels', 'at each lumbar level', 'at every lumbar level',
      // "Spinal canal and neuroforamina of normal width in all segments" (German "in allen Segmenten").
      ...phrasesOf(['in', 'at', 'of'], ['all', 'every', 'each', 'all the'], ['', 'lumbar'], ['segments', 'segment']),
      'in all levels', 'in all lumbar levels', 'in every level', 'in each level',
    ],
  },
  // "Otherwise no stenosis": the levels the report has not described (CONTRACTS.md round 2, issue 15),
  // worded in any of the ways reports name a level: "other lumbar discs are unremarkable" (round 11), "the
  // other lumbar intervertebral disc levels are unremarkable", "other intervertebral spaces without relevant
  // alterations", "no further significant findings at the other explored levels" (round 18).
  {
    term: { kind: 'levels', levels: 'remaining' }, source: 'corpus-review',
    literals: [
      'elsewhere', 'otherwise', 'rest of the', 'the rest of the',
      // "The rest of the intervertebral spaces without findings of interest".
      ...phrasesOf(['rest of the', 'the rest of the'], ['', 'lumbar'], LEVEL_NOUNS),
      // "Rest of levels, from D12-L1 to L3-L4, without alterations" (Spanish "resto de niveles").
      ...phrasesOf(['rest of', 'the rest of'], ['', 'lumbar'], LEVEL_NOUNS),
      'at the other levels', 'at other levels', 'at the remaining levels', 'at all other levels', 'at the remaining lumbar levels',
      // "[ ] Foraminal stenosis at any other level" (round 25).
      'at any other level', 'at any other levels', 'any other level', 'any other levels',
      ...phrasesOf(['', 'the', 'all'], ['other', 'remaining'], ['', 'lumbar', 'explored', 'examined', 'evaluated', 'imaged', 'studied'], LEVEL_NOUNS),
    ],
  },
  // "Mild bilateral narrowing at each of the lower three levels", "the upper two lumbar levels are
  // normal": levels counted from the sacrum or from the top of the lumbar spine (round 18).
  ...countedLevels('lower', ['L5-S1', 'L4-L5', 'L3-L4', 'L2-L3']),
  ...countedLevels('upper', ['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5']),
  // "The level above shows a broad disc bulge", "the segment below is normal" (round 22).
  {
    term: { kind: 'levels', levels: 'above' }, source: 'corpus-review',
    literals: [
      ...phrasesOf(['the'], ['level', 'segment', 'disc level', 'interspace'], ['above', 'above it', 'above this']),
      ...phrasesOf(['the next', 'the adjacent'], ['level', 'segment', 'disc level'], ['up', 'above', 'cranially']),
    ],
  },
  {
    term: { kind: 'levels', levels: 'below' }, source: 'corpus-review',
    literals: [
      ...phrasesOf(['the'], ['level', 'segment', 'disc level', 'interspace'], ['below', 'below it', 'below this']),
      ...phrasesOf(['the next', 'the adjacent'], ['level', 'segment', 'disc level'], ['down', 'below', 'caudally']),
    ],
  },
  // "Upper lumbar levels are normal": the undescribed levels above the highest level described (a lower
  // level the report leaves out is not "upper").
  { term: { kind: 'levels', levels: 'upper' }, source: 'corpus-review', literals: ['upper levels', 'upper lumbar levels', 'the upper lumbar levels',
    // "The L3/4 level is unremarkable, as are the levels above" (round 22).
    'as are the levels above', 'as are all the levels above', 'as are the higher levels',
    // "The levels above are unremarkable" after the lower levels described (round 20).
    // Not "levels above L3-L4", a range the level reader opens.
    'the levels above are', 'levels above are', 'the levels above this', 'the levels above these', 'higher levels',
    'the higher lumbar levels', 'higher lumbar levels',
    'the higher levels', 'the levels higher up', 'levels higher up'] },
  {
    term: { kind: 'levels', levels: 'other' }, source: 'corpus-review',
    literals: [
      'lower levels', 'lower level', 'lower lumbar levels', 'multiple levels',
      'several levels', 'lower lumbar spine', 'lower lss',
    ],
  },
  {
    term: { kind: 'levels', levels: 'lumbosacral' }, source: 'corpus-review',
    literals: [
      'lumbosacral level', 'lumbosacral junction', 'lumbosacral disc', 'lumbosacral joint', 'lumbosacral interspace',
      // "At the LS junction", dictated "L-S junction".
      'ls junction', 'ls level', 'l s junction', 'lumbo sacral junction',
      // "the last lumbar level being L5/S1": the disc level above the sacrum.
      'last lumbar level', 'lowest lumbar level', 'last lumbar disc', 'lowest lumbar disc',
    ],
  },
  // "… widely patent throughout, including at the thoracolumbar junction": T12-L1, named.
  {
    term: { kind: 'levels', levels: 'thoracolumbar' }, source: 'corpus-review',
    literals: ['thoracolumbar junction', 'thoracolumbar level', 'thoracolumbar disc', 'thoracolumbar interspace'],
  },
  {
    term: { kind: 'transitional' }, source: 'corpus-review',
    literals: [
      'transitional', 'transitional vertebra', 'lumbarization', 'lumbarized', 'lumbarised', 'lumbarisation', 'sacralization',
      'sacralized', 'sacralised', 'sacralisation', 'six lumbar type vertebrae', 'six lumbar vertebrae', 'six lumbar type',
      'six lumbar', 'partially sacralized', 'partially lumbarized',
    ],
  },

  // ---- Time, bounds and named grading systems (read by _qualifiers.ts before findings are assembled) -----
  {
    term: { kind: 'time', time: 'prior' }, source: 'context-2009',
    literals: [
      'previously', 'was previously', 'were previously', 'formerly', 'previously noted', 'previously described',
      'previously reported', 'previously seen', 'previously demonstrated', 'previously mentioned',
      // "(earlier moderate)", "increased from mild preoperatively", "the stenosis seen pre-operatively".
      'earlier', 'preoperatively', 'pre operatively', 'preop', 'pre op',
      // "The spinal canal at L4/5 was moderately narrowed before and is now not narrowed" (round 26).
      'before', 'beforehand',
      // "The right foramen was severely narrowed before surgery", "… prior to the operation" (round 27:
      // "before surgery" had hidden the finding, and "prior to surgery" read it as this study's).
      ...phrasesOf(
        ['before', 'prior to'],
        ['', 'the', 'his', 'her', 'their'],
        [
          'surgery', 'operation', 'procedure', 'decompression', 'fusion', 'laminectomy', 'discectomy',
          'microdiscectomy', 'foraminotomy', 'intervention', 'the surgery',
        ],
      ),
      // "on the prior study", "in the previous exam", "at the preceding examination" (round 22: the
      // prepositions of reports written in English by French, German and Portuguese radiologists), and
      // German "Voruntersuchung" as "the pre-examination".
      ...phrasesOf(
        ['on', 'in', 'at'],
        ['the', ''],
        ['prior', 'previous', 'preceding', 'last', 'former', 'preoperative', 'pre operative'],
        ['study', 'exam', 'examination', 'scan', 'mri', 'ct', 'imaging', 'investigation', 'images'],
      ),
      ...phrasesOf(['on', 'in', 'at'], ['the', ''], ['pre examination', 'preexamination', 'previous exams', 'previous studies']),
      // "The severe left stenosis described on the outside report is not confirmed", "… of the outside
      // CT" (round 27: the retracted grade is that study's).
      ...phrasesOf(
        ['on', 'in', 'at', 'of', 'from'],
        ['the', 'an'],
        ['outside', 'external', 'referring', 'referral'],
        ['study', 'report', 'mri', 'ct', 'scan', 'imaging', 'examination', 'exam', 'images', 'mr'],
      ),
      // "the left foramen was patent on both prior studies" (round 25).
      ...phrasesOf(['on', 'in', 'at'], ['both', 'all', 'the two', 'both the', 'all the'], ['prior', 'previous', 'earlier', 'older'], ['studies', 'exams', 'examinations', 'scans', 'mris', 'cts']),
      ...phrasesOf(['on', 'in', 'at'], ['the'], ['prior', 'earlier', 'older'], ['studies', 'exams', 'examinations', 'scans', 'mris', 'cts']),
      // "An outside MRI … has been made available. On that study there was …" (round 23).
      ...phrasesOf(['on', 'in', 'at'], ['that', 'the earlier', 'the older', 'the original'], ['study', 'exam', 'examination', 'scan', 'mri', 'ct', 'imaging']),
    ],
  },
  // The whole statement is an earlier study's ("The outside report described severe … stenosis").
  {
    term: { kind: 'time', time: 'earlier-study' }, source: 'context-2009',
    literals: [
      'outside report', 'prior report', 'previous report', 'preliminary report', 'outside mri', 'outside ct', 'outside study',
      'outside imaging', 'the outside report described', 'was reported', 'were reported', 'had been reported',
      'referral report', 'referring report', 'external report', 'outside scan', 'external study', 'external mri',
      // "Progressed compared with the 2019 CT report, which described moderate central stenosis".
      'ct report', 'mri report', 'myelogram report', 'which described', 'that described', 'which reported',
      // A letter's past perfect: "a CT in 2019 had reported 'mild bilateral L4/5 foraminal narrowing'"
      // (round 25).
      'had reported', 'had described', 'had shown', 'had demonstrated', 'had revealed',
      // "The referral letter reported moderate right foraminal stenosis", "The GP letter mentions …"
      // (round 28: read as this study's).
      'referral letter', 'referring letter', 'referral note', 'referral form', 'gp letter', 'clinic letter',
      'outside letter', 'request form', 'request card',
    ],
  },
  { term: { kind: 'time', time: 'now' }, source: 'context-2009', literals: ['now', 'currently', 'presently', 'now measures', 'now measures as', 'has become', 'now appears'] },
  // "… which was of severe degree in 2019 and of moderate degree in 2022, today appears of mild degree";
  // "actually moderate (previously mild)": the Spanish and Italian "actualmente"/"attualmente" (round 26).
  {
    term: { kind: 'time', time: 'now' }, source: 'corpus-review',
    literals: [
      'today', 'at present', 'actually', 'on the current study', 'on the current examination', 'on the present study',
      'on the present examination', 'on this examination', 'in the current study', 'in the present study', 'on today s study',
    ],
  },
  {
    term: { kind: 'time', time: 'change' }, source: 'context-2009',
    literals: [
      'unchanged', 'stable', 'persistent', 'persisting', 'persists', 'again seen', 'again noted', 'again', 'progressed',
      'has progressed', 'worsened', 'has worsened', 'improved', 'has improved', 'interval progression', 'remains', 'remain',
      'increased', 'has increased', 'regressed', 'has regressed',
      // "The right foramen was and remains normal" (round 27: the past verb had hidden the statement).
      'was and remains', 'were and remain', 'was and is', 'were and are', 'was and still is', 'were and still are',
      'has been and remains', 'have been and remain',
      // "remains slightly narrowed as before", "the same as before", "smaller than before" (round 26).
      'as before', 'same as before', 'the same as before', 'than before',
      // "improvement of the left foraminal stenosis from severe to mild": a change of grade as a noun.
      'improvement', 'interval improvement', 'worsening', 'interval worsening', 'deterioration',
    ],
  },
  {
    term: { kind: 'bound' }, source: 'contracts',
    literals: [
      'no more than', 'not more than', 'no worse than', 'not worse than', 'at most', 'at the most', 'no greater than',
      'not greater than', 'not exceeding', 'at worst',
      // "the stenosis of the neural foramina does not exceed mild degree" (round 26).
      'does not exceed', 'do not exceed', 'did not exceed', 'not exceed', 'never exceeds', 'no higher than', 'not beyond',
    ],
  },
  { term: { kind: 'grading', system: 'lee' }, source: 'contracts', literals: ['lee', 'lee et al', 'lee classification', 'lee grading'] },
  { term: { kind: 'grading', system: 'meyerding' }, source: 'contracts', literals: ['meyerding'] },
  { term: { kind: 'grading', system: 'pfirrmann' }, source: 'contracts', literals: ['pfirrmann', 'pfirrman'] },

  // ---- Ordinary words that must never be read as a near-miss spelling of a lexicon word ----------------
  {
    term: { kind: 'word' }, source: 'corpus-review',
    literals: [
      'patient', 'patients', 'impression', 'impressions', 'expression', 'depression', 'progression', 'regression', 'formal',
      // "In light of the findings": not a grade.
      'in light of', 'in the light of', 'light touch',
      'spinal', 'lumbosacral', 'lumbosacral spine', 'spine', 'sacrum', 'sacral',
      'fluid', 'marrow', 'bone', 'body', 'bodies', 'vertebral', 'vertebra', 'vertebrae', 'muscle', 'spasm',
      'cyst', 'kidney', 'renal', 'tarlov', 'tarlovs', 'hemangioma', 'hemangiomas', 'lesion', 'tissue', 'mass', 'enhancement',
      'granulation', 'fibrosis', 'scar', 'contrast', 'study', 'advised', 'recommended', 'correlate', 'history', 'operation',
      'surgery', 'previous', 'postoperative', 'fixation', 'fusion', 'laminectomy', 'hemilaminectomy', 'discectomy',
      'diskectomy', 'foraminotomy', 'foraminotomies', 'laminotomy', 'decompression', 'decompressive', 'schmorl', 'schmorls',
      'nodes', 'nodules', 'nodule', 'alignment', 'curvature', 'scoliosis', 'kyphosis', 'lordosis', 'straightening', 'features',
      'feature', 'image', 'images', 'series', 'sagittal', 'axial', 'coronal', 'mri', 'ct', 'radiculopathy', 'pain', 'leg',
      'back', 'hip', 'knee', 'meniscus', 'horn', 'tear', 'uterus', 'ovarian', 'fibroid', 'lipoma', 'meningocele', 'aorta',
      'calcification', 'calcifications', 'migration', 'edema', 'oedema', 'discitis', 'infection', 'tumor', 'tumour', 'neuroma',
      'level of', 'measuring', 'measures', 'diameter', 'height', 'heights', 'vertebral body', 'pedicle', 'pedicles', 'lamina',
      'pars', 'interarticularis', 'spondylolysis', 'defect', 'hardware', 'screws', 'screw', 'spacer', 'graft', 'plate',
      'parent', 'patency', 'potential', 'prevent', 'compound', 'composite', 'impressive', 'protection',
      'exertion', 'exercise', 'expected', 'extent', 'recession', 'hertz', 'humeral', 'normally', 'normalized',
      'formation', 'information', 'foreign', 'form', 'severity', 'several', 'mildew', 'model', 'moderation', 'nervous',
      'neurologic', 'neurological', 'neurology', 'neuropathy', 'ratio', 'root cause', 'extruded disc vacuum', 'vacuum phenomenon',
      'disc vacuum phenomenon', 'vacuum change', 'vacuum changes', 'opposite', 'contralateral', 'clumping', 'clumped', 'arachnoiditis',
      // A method note names the grading, not a finding ("stenosis grades below are based on …").
      'stenosis grades', 'grades of stenosis', 'stenosis is graded', 'stenosis was graded', 'stenosis has been graded',
      'stenosis is classified', 'narrowing is graded', 'narrowing was graded', 'stenosis graded', 'stenosis grading',
    ],
  },
];
