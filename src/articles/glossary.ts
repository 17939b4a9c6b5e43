/**
 * Medical words and their plain meaning. The first time an article uses one of these words in patient
 * prose, the meaning follows in brackets; later uses stand alone. Prose that already explains a word
 * (the word followed by a comma or bracket) counts as explained.
 */

/** One glossary entry: how to find the word, and what it means in plain words. */
export interface GlossaryTerm {
  readonly id: string;
  readonly pattern: RegExp;
  readonly meaning: string;
}

const term = (id: string, pattern: RegExp, meaning: string): GlossaryTerm => ({
  id,
  pattern,
  meaning,
});

/** The glossary, most specific phrases first so "nerve root" wins over shorter words. */
export const GLOSSARY: readonly GlossaryTerm[] = [
  term(
    'cauda-equina',
    /\bcauda equina\b/i,
    'the bundle of nerves at the bottom of the spinal canal',
  ),
  term('conus', /\bconus( medullaris)?\b/i, 'the lower tip of the spinal cord'),
  term(
    'neurogenic-claudication',
    /\b(neurogenic )?claudication\b/i,
    'leg pain or heaviness on walking that eases when you sit or bend forward',
  ),
  term('lateral-recess', /\blateral recess(es)?\b/i, 'a side pocket of the spinal canal'),
  term('spinal-canal', /\bspinal canal\b/i, 'the tunnel in the spine that holds the nerves'),
  term(
    'nerve-root',
    /\bnerve roots?\b/i,
    'the start of a nerve, where it branches off inside the spine',
  ),
  term('foramen', /\bforam(en|ina)\b/i, 'a small side opening where a nerve leaves the spine'),
  term('vertebra', /\bvertebra(e|l)?\b/i, 'the bones of the spine'),
  term('disc', /\bdiscs?\b/i, 'a soft cushion between two spine bones'),
  term('facet', /\bfacet( joints?)?\b/i, 'small joints at the back of the spine'),
  term('ligament', /\bligament(s|um flavum)?\b/i, 'a tough band that holds bones together'),
  term('stenosis', /\bstenosis\b/i, 'narrowing'),
  term('radiculopathy', /\bradiculopathy\b/i, 'trouble from a pinched nerve root'),
  term('sciatica', /\bsciatica\b/i, 'pain that runs down the leg from the back'),
  term('dermatome', /\bdermatomes?\b/i, 'the patch of skin that one nerve root feels for'),
  term('herniation', /\bherniat(ion|ed)\b/i, 'when the soft middle of a disc pushes out'),
  term('bone-spur', /\b(bone spurs?|osteophytes?)\b/i, 'small bony growths'),
  term('spondylolisthesis', /\bspondylolisthesis\b/i, 'one spine bone slipping over the one below'),
  term('mri', /\bMRI\b/, 'a scan that uses magnets to show nerves and discs'),
  term('ct', /\bCT\b/, 'a detailed X-ray scan'),
  term('emg', /\b(EMG|electromyography)\b/, 'a test of the electric signals in muscles'),
  term('nerve-conduction', /\bnerve conduction\b/i, 'a test of how well nerves carry signals'),
  term('epidural', /\bepidural\b/i, 'the space around the nerves inside the spine'),
  term('steroid', /\b(cortico)?steroids?\b/i, 'a strong medicine that calms swelling'),
  term('nsaid', /\bNSAIDs?\b/, 'a pain pill that also calms swelling'),
  term('opioid', /\bopioids?\b/i, 'a strong pain medicine'),
  term('decompression', /\bdecompression\b/i, 'an operation that makes more room for the nerve'),
  term('foraminotomy', /\bforaminotomy\b/i, 'an operation to widen the foramen'),
  term(
    'laminectomy',
    /\blaminectomy\b/i,
    'an operation to remove part of the bony roof of the canal',
  ),
  term(
    'discectomy',
    /\b(micro)?discectomy\b/i,
    'an operation to remove the part of a disc that presses on a nerve',
  ),
  term('fusion', /\bfusion\b/i, 'an operation that joins two spine bones'),
  term('thoracic', /\bthoracic\b/i, 'the chest part of the spine'),
  term('abdominal', /\babdominal wall\b/i, 'the muscles and skin of the belly'),
  term('lumbar', /\blumbar\b/i, 'the low back part of the spine'),
  term('sacrum', /\bsacrum\b/i, 'the large bone at the base of the spine'),
  term('inflammation', /\binflammation\b/i, 'swelling and irritation'),
  term(
    'physiotherapy',
    /\bphysiotherap(y|ist)\b/i,
    'treatment with guided exercise and hands-on care',
  ),
];

/** Whether the text right after a match already explains the word. */
const alreadyExplained = (rest: string): boolean =>
  /^\s*\(/.test(rest) || /^,\s+(the|a|an|which|where)\b/.test(rest) || /^\s+means\b/.test(rest);

/** A piece of text in reading order: prose gets explanations inline; a label (a list item's lead) cannot. */
export interface GlossarySlot {
  readonly text: string;
  readonly kind: 'prose' | 'label';
}

/** The slot after explaining: new text, plus sentences to put in front of the label's own text. */
export interface ExplainedSlot {
  readonly text: string;
  readonly notes: readonly string[];
}

/** Where each glossary word first appears in a text, by glossary index; cached because texts repeat across pages. */
const matchCache = new Map<string, readonly { term: number; index: number; word: string }[]>();
function firstMatches(text: string): readonly { term: number; index: number; word: string }[] {
  let found = matchCache.get(text);
  if (!found) {
    const list: { term: number; index: number; word: string }[] = [];
    GLOSSARY.forEach((t, term) => {
      const m = t.pattern.exec(text);
      if (m) list.push({ term, index: m.index, word: m[0] });
    });
    found = list;
    matchCache.set(text, found);
  }
  return found;
}

/**
 * Explains each glossary word the first time it appears, across an article's texts in reading order.
 * In prose the meaning follows in brackets; for a label it comes back as a note ("MRI means ...").
 * Only the original text is searched, never the meanings added to it.
 * @param slots - the article's texts, in order
 * @returns one result per slot, in the same order
 */
export function explainTerms(slots: readonly GlossarySlot[]): ExplainedSlot[] {
  const explained = new Set<number>();
  return slots.map((slot) => {
    const notes: string[] = [];
    const inserts: { at: number; meaning: string }[] = [];
    for (const { term, index, word } of firstMatches(slot.text)) {
      if (explained.has(term)) continue;
      explained.add(term);
      const meaning = GLOSSARY[term]?.meaning ?? '';
      if (slot.kind === 'label') {
        notes.push(`${word.charAt(0).toUpperCase()}${word.slice(1)} means ${meaning}.`);
        continue;
      }
      const end = index + word.length;
      const before = slot.text.slice(0, index);
      // Inside brackets already, or explained by the sentence itself: leave it.
      if (
        alreadyExplained(slot.text.slice(end)) ||
        /\([^)]*$/.test(before) ||
        /\bcalled\s+$/.test(before)
      ) {
        continue;
      }
      // Two words can overlap ("facet joint" inside a longer phrase); explain only the first of them.
      if (inserts.some((x) => x.at > index && x.at <= end)) continue;
      inserts.push({ at: end, meaning });
    }
    let out = slot.text;
    for (const x of [...inserts].sort((a, b) => b.at - a.at)) {
      out = `${out.slice(0, x.at)} (${x.meaning})${out.slice(x.at)}`;
    }
    return { text: out, notes };
  });
}
