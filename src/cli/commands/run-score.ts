/** The work of `foramen score` (declared in score.ts): list the instruments, or score one and print. */
import {
  InputError,
  SCORE_INSTRUMENT_IDS,
  assertScoreInstrumentId,
  describeScoreInstruments,
  score,
} from '../../index.js';
import type { ScoreResult } from '../../index.js';
import type { CliIo } from '../io.js';
import { explanationLines } from '../_explained-result.js';
import { printJson, readJsonInput, wantsJson } from '../io.js';

interface ScoreOptions {
  list?: boolean;
  json?: boolean;
  site?: string;
}

const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(1));

/** The headline of a result, in words, for people. */
function headline(r: ScoreResult): string {
  switch (r.instrument) {
    case 'odi':
      return `ODI ${fmt(r.score)} % (${r.band}); ${r.answered} of 10 sections answered`;
    case 'startback':
      return `STarT Back total ${r.total}/9, psychosocial ${r.psychosocial}/5: ${r.risk} risk`;
    case 'nrs':
      return `${r.site} pain ${r.value}/10 (${r.band})`;
    case 'zcq':
      return `ZCQ symptom severity ${r.symptomSeverity.toFixed(2)}, physical function ${r.physicalFunction.toFixed(2)}${r.satisfaction === null ? '' : `, satisfaction ${r.satisfaction.toFixed(2)}`}`;
    case 'rmdq':
      return `RMDQ ${r.score}/24${r.atRecoveryLevel ? ' (at the recovery level)' : ''}`;
  }
}

/** Readable text of one result. */
function render(r: ScoreResult): string {
  const lines = [headline(r), ...explanationLines(r)];
  return `${lines.join('\n')}\n`;
}

/**
 * Runs `foramen score` as commander parsed it.
 * @param instrument - the instrument named, if any
 * @param arg - FILE, `-` or (nrs) a number, if any
 * @param options - `--list`, `--json`, `--site`
 * @param io - the streams
 */
export async function runScore(
  instrument: string | undefined,
  arg: string | undefined,
  options: ScoreOptions,
  io: CliIo,
): Promise<void> {
  const json = wantsJson(options, io);
  if (options.list === true) {
    const { instruments } = describeScoreInstruments();
    if (json) return printJson(io, { instruments });
    for (const i of instruments) {
      io.stdout.write(
        `${i.id.padEnd(10)} ${i.name}\n${' '.repeat(11)}${i.description}\n${' '.repeat(11)}outputs: ${i.outputs.join(', ')}; source: ${i.source}\n`,
      );
    }
    return;
  }
  if (instrument === undefined) {
    throw new InputError(
      'missing-argument',
      'INSTRUMENT',
      `give an instrument (${SCORE_INSTRUMENT_IDS.join(', ')}) or --list`,
    );
  }
  assertScoreInstrumentId(instrument);
  if (arg === undefined) {
    throw new InputError('missing-argument', 'FILE', 'give a JSON file or - for standard input');
  }
  let input: unknown;
  if (instrument === 'nrs' && /^-?\d+(?:\.\d+)?$/.test(arg)) {
    input = {
      value: Number(arg),
      ...(options.site === undefined ? {} : { site: options.site }),
    };
  } else {
    if (options.site !== undefined) {
      throw new InputError(
        'invalid-input',
        '--site',
        'applies only to the nrs quick form (foramen score nrs 7 --site leg)',
      );
    }
    input = await readJsonInput(arg, io);
  }
  const result = score(instrument, input);
  if (json) return printJson(io, result);
  io.stdout.write(render(result));
}
