/**
 * Where the parser's rule data comes from. Every trigger, severity word and reading convention names one
 * of these ids, so a reviewer can check the rule against its origin.
 */
export const PARSER_SOURCES = {
  'negex-2001': 'Chapman WW et al. A simple algorithm for identifying negated findings and diseases in discharge summaries. J Biomed Inform 2001;34:301-310. doi:10.1006/jbin.2001.1029',
  'context-2009': 'Harkema H et al. ConText: an algorithm for determining negation, experiencer, and temporal status from clinical reports. J Biomed Inform 2009;42:839-851. doi:10.1016/j.jbi.2009.05.002',
  'medspacy-rules': 'medspaCy English ConText rules, resources/en/context_rules.json (github.com/medspacy/medspacy)',
  'carotid-kb': 'Blulab-Utah pyConText carotid-stenosis lexical knowledge base (severity words and sidedness modifiers)',
  'fardon-2014': 'Fardon DF et al. Lumbar disc nomenclature: version 2.0. Spine J 2014;14:2525-2545. doi:10.1016/j.spinee.2014.04.022',
  'contracts': 'Foramen CONTRACTS.md, `foramen parse-report` reading conventions',
  'corpus-review': "Foramen's own reading of ../shared/corpus/lumbar-mri-reports (habits listed in its SOURCES.md)",
} as const;

/** Id of a parser rule source. */
export type ParserSourceId = keyof typeof PARSER_SOURCES;
