/**
 * Misspellings and run-together words seen in the report corpus that a one- or two-letter edit does not
 * reliably reach, with their reading. Anything else within a small edit distance of a lexicon word is
 * corrected by the fuzzy matcher (see `_normalise.ts`), which keeps the first letter fixed.
 */
export const TYPOS: Readonly<Record<string, string>> = {
  dic: 'disc', diosc: 'disc', disk: 'disc', disks: 'discs', bulg: 'bulge', bulding: 'bulging',
  sca: 'sac', cac: 'sac', nsac: 'sac', thecalsac: 'thecal sac', thecall: 'thecal',
  nerveroots: 'nerve roots', nerveroot: 'nerve root', neuralcanal: 'neural canal', neuralcanals: 'neural canals',
  notedat: 'noted at', notedslightly: 'noted slightly', notred: 'noted', noetd: 'noted', teh: 'the', andd: 'and', amnd: 'and',
  nild: 'mild', mildy: 'mildly', typei: 'type i', typeii: 'type ii', typeiii: 'type iii',
  dissicating: 'desiccating', dissecating: 'desiccating', disscating: 'desiccating', discating: 'desiccating',
  dissicaring: 'desiccating', dessicating: 'desiccating', dessecating: 'desiccating', dissecated: 'desiccated',
  dessicated: 'desiccated', dissicated: 'desiccated', desiccative: 'desiccated', dehtdrated: 'dehydrated',
  dehyadrated: 'dehydrated', dehydarted: 'dehydrated',
  rootys: 'roots', roost: 'roots', exite: 'exit', secandary: 'secondary', stensois: 'stenosis', stnosis: 'stenosis',
  largly: 'largely', sligthly: 'slightly', cetral: 'central', parantral: 'paracentral', paramedin: 'paramedian',
  posteriocentral: 'posterocentral', postreior: 'posterior', posterio: 'posterior',
  postero: 'posterior', modec: 'modic', protruion: 'protrusion', protrotion: 'protrusion', prortusion: 'protrusion',
  spondylolithesis: 'spondylolisthesis', spodylolisthesis: 'spondylolisthesis', spondylolysthesis: 'spondylolisthesis',
  abitting: 'abutting', ligamnetum: 'ligamentum', ligametum: 'ligamentum', ligamtum: 'ligamentum', ligementum: 'ligamentum',
  flaca: 'flava', hyperatrophy: 'hypertrophy', enroaching: 'encroaching', encraoching: 'encroaching', enrcoaching: 'encroaching',
  encroaqching: 'encroaching', encroching: 'encroaching', encroachong: 'encroaching',
  compresing: 'compressing', compresiing: 'compressing', copmressing: 'compressing', comressing: 'compressing',
  compressng: 'compressing', compressin: 'compressing', compressint: 'compressing', cpmpressing: 'compressing',
  comprssing: 'compressing', compresion: 'compression', compressuion: 'compression',
  compresssion: 'compression', nervce: 'nerve', nerrve: 'nerve', tyhecal: 'thecal', tehcal: 'thecal', thercal: 'thecal',
  lumbosacra: 'lumbosacral', foramin: 'foramina', neuroforamin: 'neuroforamina',
  // Speech-recognition homophones of dictated reports ("mile write neural foraminal narrowing").
  mile: 'mild', write: 'right',
  // "Know central canal stenosis", "L2-L3: Know stenosis" (two outside sets of round 27).
  know: 'no',
};
