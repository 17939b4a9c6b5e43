/** Plain-text rendering of a KB entry for people reading a terminal. */
import type { KbEntryWithCitations } from '../index.js';

const list = (label: string, items: readonly string[] | undefined): string =>
  items && items.length > 0 ? `${label}:\n${items.map((i) => `  - ${i}`).join('\n')}\n` : '';

/** Formats an entry: name, category, summary, the category's own fields, then the references. */
export function renderEntry(entry: KbEntryWithCitations): string {
  let out = `${entry.name}  [${entry.id}, ${entry.category}]\n`;
  if (entry.synonyms.length > 0) out += `also: ${entry.synonyms.join(', ')}\n`;
  out += `\n${entry.summary}\n`;
  if (entry.details) out += `\n${entry.details}\n`;
  out += '\n';
  switch (entry.category) {
    case 'drug':
      out += `class: ${entry.drugClass}; route: ${entry.route}\ndose: ${entry.doseText.replace(/\.$/, '')}; ${entry.frequency}\n`;
      out += `labelled maximum: ${entry.maxDaily.amount} ${entry.maxDaily.unit} per ${entry.maxDaily.per ?? 'day'}\n`;
      out += `timing: ${entry.timing}\n${list('side effects', entry.sideEffects)}${list('cautions', entry.cautions)}`;
      if (entry.brandNames.length > 0) out += `brands: ${entry.brandNames.join(', ')}\n`;
      break;
    case 'procedure':
      out += `${entry.description}\n${list('benefits', entry.benefits)}${list('risks', entry.risks)}${list('indications', entry.indications)}recovery: ${entry.recovery}\n`;
      break;
    case 'diagnostic-test':
      out += `type: ${entry.testType}\npurpose: ${entry.purpose}\nwhen: ${entry.whenIndicated}\n`;
      if (entry.accuracy) out += `accuracy: ${entry.accuracy.note}\n`;
      break;
    case 'correction':
      out += `often stated: ${entry.seedClaim}\nForamen uses: ${entry.corrected}\nwhy: ${entry.reason}\n`;
      break;
    case 'faq':
      out += `Q: ${entry.question}\nA: ${entry.answer}\n`;
      break;
    case 'classification':
      out += entry.grades.map((g) => `  ${g.grade} (${g.label}): ${g.criteria}`).join('\n') + '\n';
      break;
    case 'cause':
      out += `mechanism: ${entry.mechanism}\n${list('risk factors', entry.riskFactors)}`;
      break;
    case 'therapy':
      out += `purpose: ${entry.purpose}\nhow it works: ${entry.mechanism}\n`;
      break;
    case 'supplement':
    case 'injection':
      out += `dose: ${entry.doseText}\nfunction: ${entry.function}\n`;
      break;
    case 'red-flag':
      out += `triage: ${entry.triage}; action: ${entry.action}\n`;
      break;
    case 'anatomy':
    case 'condition':
    case 'symptom':
    case 'prevention':
    case 'advice':
      break;
  }
  if (entry.evidence) out += `evidence (${entry.evidence.level}): ${entry.evidence.note}\n`;
  out += `\nreferences:\n${entry.citations.map((c) => `  [${c.id}] ${c.authors ? `${c.authors.replace(/\.$/, '')}. ` : ''}${c.title}${c.year ? ` (${c.year})` : ''}${c.doi ? ` doi:${c.doi}` : c.url ? ` ${c.url}` : ''}`).join('\n')}\n`;
  out += `reviewed ${entry.reviewed}; knowledge base ${entry.kbVersion}`;
  return out;
}
