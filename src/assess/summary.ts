/**
 * The twenty-second text summary of an assessment for a clinician: triage and why, the root call, where
 * to look on imaging and whether the imaging fits, then what to do. JSON carries the full detail.
 */
import type { Assessment } from './schema.js';

const LABEL_WIDTH = 10;
const line = (label: string, text: string): string => `${label.padEnd(LABEL_WIDTH)}${text}`;
const more = (text: string): string => `${' '.repeat(LABEL_WIDTH)}${text}`;

/**
 * Renders an assessment as a short plain-text summary.
 * @param a - an assessment from `assess()`
 * @returns lines of text ending with the disclaimer
 */
export function renderAssessmentText(a: Assessment): string {
  const out: string[] = [];
  const top = a.triage.reasons.filter((r) => r.level === a.triage.level);
  out.push(
    line(
      'TRIAGE',
      `${a.triage.level.toUpperCase()}: ${top[0]?.text ?? ''} [concern: ${top[0]?.concern ?? 'other'}]`,
    ),
  );
  for (const r of top.slice(1, 3)) out.push(more(`also: ${r.text} [concern: ${r.concern}]`));

  if (a.roots.length === 0) {
    out.push(line('ROOT', a.localisation.notes[0] ?? 'no root localised'));
  } else {
    const [first, ...rest] = a.roots;
    if (first) {
      const signs = first.evidence
        .filter((e) => e.weight > 0)
        .slice(0, 3)
        .map((e) => e.detail)
        .join('; ');
      out.push(
        line(
          'ROOT',
          `${first.root} ${first.side}  score ${first.score.toFixed(2)} (${first.confidence}, ${first.basis}): ${signs}`,
        ),
      );
    }
    if (rest.length > 0) {
      out.push(
        more(
          `also: ${rest
            .slice(0, 3)
            .map((r) => `${r.root} ${r.side} ${r.score.toFixed(2)}`)
            .join(', ')}`,
        ),
      );
    }
    for (const n of a.localisation.notes) out.push(more(n));
    if (a.localisation.untested[0]) out.push(more(a.localisation.untested[0]));
  }

  if (a.lesionSites.length > 0) {
    const byRoot = new Map<string, string[]>();
    for (const s of a.lesionSites) {
      const key = `${s.root} ${s.side}`;
      byRoot.set(key, [...(byRoot.get(key) ?? []), `${s.level} ${s.zone}`]);
    }
    const [firstSites, ...otherSites] = [...byRoot].map(
      ([root, sites]) => `${root}: ${sites.join(', ')}`,
    );
    out.push(line('LOOK AT', firstSites ?? ''));
    for (const s of otherSites) out.push(more(s));
  }
  for (const c of a.concordance) {
    out.push(
      line(
        c === a.concordance[0] ? 'IMAGING' : '',
        `#${c.imagingIndex} ${c.concordant ? 'FITS' : 'does not fit'}: ${c.text}`,
      ),
    );
  }
  if (a.differentials.length > 0) {
    out.push(
      line(
        'CONSIDER',
        a.differentials.map((d) => `${d.code.replace(/-/g, ' ')} (${d.likelihood})`).join('; '),
      ),
    );
  }
  for (const [i, x] of a.inconsistencies.entries()) {
    out.push(line(i === 0 ? 'CHECK' : '', `${x.text} [${x.fields.join(', ')}]`));
  }
  if (a.workup.length > 0) {
    out.push(line('WORK-UP', a.workup.map((w) => `${w.test} (${w.priority})`).join('; ')));
  }
  out.push(
    line(
      'PLAN',
      `${a.plan.stage}: ${a.plan.steps
        .slice(0, 3)
        .map((s) => s.code)
        .join(', ')}`,
    ),
  );
  for (const alert of a.medicationAlerts.filter((m) => m.severity !== 'info').slice(0, 3)) {
    out.push(line('MEDS', `${alert.severity}: ${alert.text}`));
  }
  if (a.codes.length > 0) {
    out.push(
      line(
        'CODES',
        a.codes
          .filter((c) => c.alternative !== true)
          .map((c) => `${c.code} ${c.display}`)
          .join('; '),
      ),
    );
  }
  out.push('', a.disclaimer);
  return `${out.join('\n')}\n`;
}
