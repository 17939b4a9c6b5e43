/** The work of `foramen meds` (declared in meds.ts): check the regimen and print the alerts. */
import { checkMedications, formatNumber } from '../../index.js';
import type { MedsCheckResult } from '../../index.js';
import type { CliIo } from '../io.js';
import { printJson, readJsonInput, wantsJson } from '../io.js';

const SEVERITY_ORDER = ['critical', 'warning', 'info'] as const;

/** Formats an amount such as 4000 mg as "4,000 mg" (as toLocaleString does, without starting ICU). */
const amount = (q: { amount: number; unit: string } | null): string =>
  q === null ? '?' : `${formatNumber(q.amount, 2)} ${q.unit}`;

/** Wraps text to `width` columns, indenting continuation lines. */
function wrap(text: string, width: number, indent: string): string {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line.length > 0 && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line.length > 0 ? `${line} ${word}` : word;
  }
  if (line.length > 0) lines.push(line);
  return lines.join(`\n${indent}`);
}

/** The readable report: one row per drug, then alerts grouped by severity. */
export function renderMedsReport(result: MedsCheckResult): string {
  const rows = result.drugs.map((d) => [
    d.drug ?? '(unknown)',
    d.input,
    amount(d.perDose),
    d.timesPerDay === null
      ? d.asNeeded
        ? 'as needed'
        : '?'
      : `${formatNumber(d.timesPerDay, 2)}/day${d.asNeeded ? ' prn' : ''}`,
    `${d.dailyMgIsMinimum ? '≥ ' : ''}${amount(d.daily)}`,
  ]);
  const header = ['drug', 'as written', 'per dose', 'frequency', 'daily total'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const out: string[] = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  const ingredientTotals = result.totals.filter(
    (t) => result.drugs.every((d) => d.drug !== t.drug) || t.from.length > 1,
  );
  if (ingredientTotals.length > 0) {
    out.push('', 'totals across products:');
    for (const t of ingredientTotals) {
      out.push(
        `  ${t.drug}: ${t.complete ? '' : '≥ '}${amount(t)} a day (from ${t.from.join(', ')})`,
      );
    }
  }
  if (result.mmePerDay !== null) {
    out.push('', `opioid total: ${formatNumber(result.mmePerDay)} MME a day`);
  }
  out.push('');
  if (result.alerts.length === 0) out.push('No alerts.');
  for (const severity of SEVERITY_ORDER) {
    const alerts = result.alerts.filter((a) => a.severity === severity);
    if (alerts.length === 0) continue;
    out.push(`${severity.toUpperCase()} (${String(alerts.length)})`);
    for (const a of alerts) {
      out.push(`  ${wrap(`[${a.code}] ${a.text}`, 98, '    ')}`);
      out.push(`    source: ${a.source}`);
    }
  }
  if (result.unrecognisedComorbidities.length > 0) {
    out.push(
      '',
      `comorbidities not used by any rule: ${result.unrecognisedComorbidities.join(', ')}`,
    );
  }
  out.push('', result.disclaimer);
  return `${out.join('\n')}\n`;
}

/**
 * Checks the regimen in FILE (or standard input for `-`) and prints the result.
 * @param file - a JSON file or `-`
 * @param options - `--json`
 * @param io - the streams
 */
export async function runMeds(file: string, options: { json?: boolean }, io: CliIo): Promise<void> {
  const result = checkMedications(await readJsonInput(file, io));
  if (wantsJson(options, io)) return printJson(io, result);
  io.stdout.write(renderMedsReport(result));
}
