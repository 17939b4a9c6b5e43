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

const term = (id: string, pattern: RegExp, meaning: string): GlossaryTerm => ({ id, pattern, meaning });

/** The glossary, most specific phrases first so "nerve root" wins over shorter words. */
export const GLOSSARY: readonly GlossaryTerm[] = [
  term('cauda-equina', /\bcauda equina\b/i, 'the bundle of nerves at the bottom of the spinal canal'),
  term('conus', /\bconus( medullaris)?\b/i, 'the lower tip of the spinal cord'),
  term('neurogenic-claudication', /\b(neurogenic )?claudication\b/i, 'leg pain or heaviness on walking that eases when you sit or bend forward'),
  term('lateral-recess', /\blateral recess(es)?\b/i, 'a side pocket of the spinal canal'),
  term('spinal-canal', /\bspinal canal\b/i, 'the tunnel in the spine that holds the nerves'),
  term('nerve-root', /\bnerve roots?\b/i, 'the start of a nerve, where it branches off inside the spine'),
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
  term('laminectomy', /\blaminectomy\b/i, 'an operation to remove part of the bony roof of the canal'),
  term('discectomy', /\b(micro)?discectomy\b/i, 'an operation to remove the part of a disc that presses on a nerve'),
  term('fusion', /\bfusion\b/i, 'an operation that joins two spine bones'),
  term('thoracic', /\bthoracic\b/i, 'the chest part of the spine'),
  term('lumbar', /\blumbar\b/i, 'the low back part of the spine'),
  term('sacrum', /\bsacrum\b/i, 'the large bone at the base of the spine'),
  term('inflammation', /\binflammation\b/i, 'swelling and irritation'),
  term('physiotherapy', /\bphysiotherap(y|ist)\b/i, 'treatment with guided exercise and hands-on care'),
];

/** Whether the text right after a match already explains the word. */
const alreadyExplained = (rest: string): boolean => /^\s*\(/.test(rest) || /^,\s+(the|a|an|which|where)\b/.test(rest) || /^\s+means\b/.test(rest);

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

/**
 * Explains each glossary word the first time it appears, across an article's texts in reading order.
 * In prose the meaning follows in brackets; for a label it comes back as a note ("MRI means ...").
 * @param slots - the article's texts, in order
 * @returns one result per slot, in the same order
 */
export function explainTerms(slots: readonly GlossarySlot[]): ExplainedSlot[] {
  const explained = new Set<string>();
  return slots.map((slot) => {
    let out = slot.text;
    const notes: string[] = [];
    for (const t of GLOSSARY) {
      if (explained.has(t.id)) continue;
      const match = t.pattern.exec(out);
      if (!match) continue;
      explained.add(t.id);
      if (slot.kind === 'label') {
        notes.push(`${match[0].charAt(0).toUpperCase()}${match[0].slice(1)} means ${t.meaning}.`);
        continue;
      }
      const end = match.index + match[0].length;
      const rest = out.slice(end);
      // Inside brackets already, or explained by the sentence itself: leave it.
      const before = out.slice(0, match.index);
      if (alreadyExplained(rest) || /\([^)]*$/.test(before) || /\bcalled\s+$/.test(before)) continue;
      out = `${out.slice(0, end)} (${t.meaning})${rest}`;
    }
    return { text: out, notes };
  });
}
