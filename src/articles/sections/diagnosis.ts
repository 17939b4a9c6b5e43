/**
 * Section 6, "How is it diagnosed?": the KB's tests grouped by kind, with the bedside tests that the
 * anatomy table links most strongly to this root listed first.
 */
import { TEST_TYPES } from '../../kb/index.js';
import type { ArticleContext } from '../context.js';
import { entriesAt, plainOr } from '../context.js';
import { testTypeHeading, testTypeLine } from '../wording.js';
import type { Block, ListItem, Section } from '../model.js';

/** Builds the diagnosis section. */
export function buildDiagnosis(ctx: ArticleContext): Section {
  const tests = entriesAt(ctx, 'diagnostic-test');
  const strongTests = new Set(
    (ctx.rootRow?.tests ?? []).filter((t) => t.strength === 1).map((t) => t.item),
  );
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: 'Your doctor will ask about your symptoms and examine your back, legs and nerves. Some people also need scans or nerve tests. Tests are used to confirm what the exam suggests and to rule out other causes.',
    },
  ];
  const forRoot = tests.filter((t) => t.examTest !== undefined && strongTests.has(t.examTest));
  if (forRoot.length > 0) {
    blocks.push({
      kind: 'paragraph',
      text: `For the ${ctx.hit.root} root, the most useful bedside tests are the ${forRoot.map((t) => t.name).join(' and the ')}.`,
      sources: (ctx.rootRow?.tests ?? []).filter((t) => t.strength === 1).flatMap((t) => t.sources),
    });
  }
  for (const type of TEST_TYPES) {
    const group = tests.filter((t) => t.testType === type);
    if (group.length === 0) continue;
    // Tests linked to this root come first within their group.
    group.sort(
      (a, b) =>
        Number(b.examTest !== undefined && strongTests.has(b.examTest)) -
        Number(a.examTest !== undefined && strongTests.has(a.examTest)),
    );
    const items: ListItem[] = group.map((t) => {
      ctx.use(t);
      const line = plainOr(t.summary, testTypeLine(t.testType));
      const clinician = [...line.clinician, `Purpose: ${t.purpose}`, `When: ${t.whenIndicated}`];
      if (t.accuracy) clinician.push(`Accuracy: ${t.accuracy.note}`);
      return {
        term: t.name,
        text: line.text,
        sources: [...t.sources, ...(t.accuracy?.sources ?? [])],
        clinician,
      };
    });
    blocks.push({ kind: 'subheading', text: testTypeHeading(type) }, { kind: 'list', items });
  }
  return { id: 'diagnosis', heading: 'How is it diagnosed?', blocks };
}
