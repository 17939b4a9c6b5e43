/**
 * Test helpers for the passes over a clause's items: the items the document walk builds for a line of
 * text, and a compact picture of them ("severity:moderate target:foramen pred:narrow level:L4-L5").
 */
import { buildItems } from './_items.js';
import type { Item } from './_model.js';
import { createNormaliser } from './_normalise.js';
import { scanLine } from './_scan.js';
import type { Token } from './_scan.js';
import { buildPhraseTrie } from './_trie.js';

const trie = buildPhraseTrie();
const normalise = createNormaliser(trie.words);

/** The tokens of one line of text. */
export const tokensOf = (text: string): Token[] => scanLine(text, 0, text.length);

/** The items of tokens `from` to `to` of `text`, as the document walk builds them. */
export const itemsBetween = (
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): Item[] => buildItems(text, tokens, from, to, trie, normalise);

/** The items of one line of text, as the document walk builds them. */
export function itemsOf(text: string): Item[] {
  const tokens = tokensOf(text);
  return itemsBetween(text, tokens, 0, tokens.length);
}

/** One item in a word or two: its kind and what it says. */
function pictureOf(x: Item): string {
  switch (x.kind) {
    case 'level':
      return x.ref.kind === 'levels' ? `level:${x.ref.levels.join('+')}` : `level:${x.ref.kind}`;
    case 'target':
      return `target:${x.target}${x.plural ? '[pl]' : ''}`;
    case 'pred':
      return `pred:${x.pred}`;
    case 'severity':
      return `severity:${x.severity}`;
    case 'side':
      return `side:${x.side}`;
    case 'lesion':
      return `lesion:${x.finding}`;
    case 'vertebra':
      return `vertebra:${x.name}`;
    case 'context':
      return `context:${x.rule.category}`;
    case 'time':
      return `time:${x.time}`;
    default:
      return x.kind;
  }
}

/** The items as one line, glue and fillers left out. */
export const picture = (items: readonly Item[]): string =>
  items
    .filter((x) => x.kind !== 'glue' && x.kind !== 'filler' && x.kind !== 'other')
    .map(pictureOf)
    .join(' ');
