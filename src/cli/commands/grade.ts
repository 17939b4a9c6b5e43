/**
 * `foramen grade SYSTEM FILE|-` (JSON in, JSON out), quick flags for people
 * (`foramen grade lee --superior --inferior`, `foramen grade percent 38`), and `foramen grade --list`.
 * All grading happens in the core (`grade(system, input)`); this file only builds the input and prints.
 */
import type { Command } from 'commander';
import {
  DISC_HEIGHTS,
  DISC_SIGNALS,
  DISC_STRUCTURES,
  MARROW_SIGNALS,
  NUCLEUS_DISTINCTIONS,
  ROOTLET_ARRANGEMENTS,
  SAC_CSF,
  GRADING_SYSTEMS,
  GRADING_SYSTEM_IDS,
  InputError,
  assertGradingSystemId,
  describeGradingSystems,
  grade,
} from '../../index.js';
import type { GradeResult, GradingSystemDescription, GradingSystemId } from '../../index.js';
import type { CliIo } from '../io.js';
import { printJson, readJsonInput, wantsJson } from '../io.js';
import { explanationLines } from '../_explained-result.js';

interface GradeOptions {
  list?: boolean;
  json?: boolean;
  superior?: boolean;
  inferior?: boolean;
  anterior?: boolean;
  posterior?: boolean;
  rootChanged?: boolean;
  foraminalHeight?: string;
  discHeight?: string;
  normalArea?: string;
  measuredArea?: string;
  normal?: string;
  measured?: string;
  dimension?: string;
  slipMm?: string;
  widthMm?: string;
  structure?: string;
  distinction?: string;
  signal?: string;
  height?: string;
  csf?: string;
  rootlets?: string;
  posteriorFat?: boolean;
  t1?: string;
  t2?: string;
  circumference?: string;
  base?: string;
  dome?: string;
  freeFragment?: boolean;
}
type QuickFlag = Exclude<keyof GradeOptions, 'list' | 'json'>;

/** Which quick flags each system takes; a flag given to another system is an error, not ignored. */
const QUICK_FLAGS: Readonly<Record<GradingSystemId, readonly QuickFlag[]>> = {
  lee: ['superior', 'inferior', 'anterior', 'posterior', 'rootChanged'],
  wildermuth: [],
  percent: ['normalArea', 'measuredArea', 'normal', 'measured', 'dimension'],
  hasegawa: ['foraminalHeight', 'discHeight'],
  pfirrmann: ['structure', 'distinction', 'signal', 'height'],
  meyerding: ['slipMm', 'widthMm'],
  schizas: ['csf', 'rootlets', 'posteriorFat'],
  modic: ['t1', 't2'],
  'disc-contour': ['circumference', 'base', 'dome', 'freeFragment'],
};

/** The positional quick value a system accepts: a number, a word, or none (then it is always FILE). */
const QUICK_VALUE: Readonly<Record<GradingSystemId, 'number' | 'word' | null>> = {
  lee: null,
  wildermuth: 'word',
  percent: 'number',
  hasegawa: null,
  pfirrmann: 'word',
  meyerding: 'number',
  schizas: 'word',
  modic: 'number',
  'disc-contour': 'number',
};

/** The allowed values of a flag, as its help text lists them (from the registry's vocabularies). */
const words = (values: readonly string[]): string => values.join(' | ');

const flagName = (key: QuickFlag): string =>
  `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

const NUMBER = /^-?\d+(?:\.\d+)?%?$/;
// A bare word (no dot or slash) cannot be a file name people pass by accident; `./name` reads a file.
const WORD = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

/** A number when the text is one, else the text itself, so the schema names the field and the problem. */
const numberOr = (text: string): number | string =>
  NUMBER.test(text) ? Number.parseFloat(text) : text;

/** Drops undefined values so the schema reports missing fields as missing. */
const defined = (o: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const opt = (text: string | undefined): number | string | undefined =>
  text === undefined ? undefined : numberOr(text);

/** Builds a system's JSON input from a positional quick value and its flags. */
function quickInput(
  system: GradingSystemId,
  value: string | undefined,
  o: GradeOptions,
): Record<string, unknown> {
  switch (system) {
    case 'lee':
      return {
        fatObliteration: {
          superior: o.superior === true,
          inferior: o.inferior === true,
          anterior: o.anterior === true,
          posterior: o.posterior === true,
        },
        rootMorphologyChanged: o.rootChanged === true,
      };
    case 'wildermuth':
      return defined({ epiduralFat: value });
    case 'percent':
      return defined({
        reductionPercent: opt(value),
        normalAreaMm2: opt(o.normalArea),
        measuredAreaMm2: opt(o.measuredArea),
        normalMm: opt(o.normal),
        measuredMm: opt(o.measured),
        dimension: o.dimension,
      });
    case 'hasegawa':
      return defined({
        foraminalHeightMm: opt(o.foraminalHeight),
        posteriorDiscHeightMm: opt(o.discHeight),
      });
    case 'pfirrmann': {
      // People write Pfirrmann grades as 3 or III; the JSON form takes the registry's grades only.
      const grades = GRADING_SYSTEMS.pfirrmann.grades;
      const roman =
        value && /^[1-9]$/.test(value) && Number(value) <= grades.length
          ? grades[Number(value) - 1]
          : value?.toUpperCase();
      return defined({
        grade: roman,
        structure: o.structure,
        distinction: o.distinction,
        signal: o.signal,
        height: o.height,
      });
    }
    case 'meyerding':
      return defined({
        slipPercent: opt(value),
        slipMm: opt(o.slipMm),
        vertebralWidthMm: opt(o.widthMm),
      });
    case 'schizas':
      return defined({
        grade: value?.toUpperCase(),
        csf: o.csf,
        rootlets: o.rootlets,
        posteriorEpiduralFat: o.posteriorFat,
      });
    case 'modic':
      return defined({ type: opt(value), t1: o.t1, t2: o.t2 });
    case 'disc-contour':
      if (value !== undefined && o.circumference !== undefined) {
        throw new InputError(
          'invalid-input',
          '--circumference',
          'give the circumference once, as a number or with --circumference',
        );
      }
      return defined({
        circumferencePercent: opt(value ?? o.circumference),
        baseWidthMm: opt(o.base),
        domeWidthMm: opt(o.dome),
        continuity: o.freeFragment === true ? false : undefined,
      });
  }
}

/** Reads the input from FILE/-, or builds it from the quick value and flags. */
async function inputFor(
  system: GradingSystemId,
  arg: string | undefined,
  o: GradeOptions,
  io: CliIo,
): Promise<unknown> {
  const given = (Object.keys(o) as (keyof GradeOptions)[]).filter(
    (k) => k !== 'list' && k !== 'json' && o[k] !== undefined,
  ) as QuickFlag[];
  const stray = given.find((k) => !QUICK_FLAGS[system].includes(k));
  if (stray) {
    const owners = GRADING_SYSTEM_IDS.filter((id) => QUICK_FLAGS[id].includes(stray));
    throw new InputError(
      'invalid-input',
      flagName(stray),
      `applies only to ${owners.join(', ')}, not ${system}`,
    );
  }
  const kind = QUICK_VALUE[system];
  const isQuickValue =
    arg !== undefined &&
    arg !== '-' &&
    ((kind === 'number' && NUMBER.test(arg)) || (kind === 'word' && WORD.test(arg)));
  if (arg !== undefined && !isQuickValue) {
    if (given.length > 0) {
      throw new InputError(
        'invalid-input',
        flagName(given[0] ?? 'superior'),
        'give JSON (FILE or -) or quick flags, not both',
      );
    }
    return readJsonInput(arg, io);
  }
  if (arg === undefined && given.length === 0) {
    const flags = QUICK_FLAGS[system].map(flagName).join(' ');
    const hint = [
      kind ? `a ${kind === 'number' ? 'number' : 'value'}` : '',
      flags ? `flags (${flags})` : '',
    ]
      .filter(Boolean)
      .join(' or ');
    throw new InputError(
      'missing-argument',
      'FILE',
      `give a JSON file, - for standard input${hint ? `, or ${hint}` : ''}`,
    );
  }
  return quickInput(system, isQuickValue ? arg : undefined, o);
}

/** Readable text of one result for people. */
function renderResult(r: GradeResult): string {
  const lines = [
    `${r.system}: grade ${String(r.grade)}${r.label === String(r.grade) ? '' : ` (${r.label})`}`,
    `severity: ${r.severity} (${r.mapping.severity === 'heuristic' ? 'Foramen mapping' : "the system's own word"}); RSNA class: ${r.rsnaClass} (heuristic)`,
    'criteria:',
    ...explanationLines(r),
  ];
  return `${lines.join('\n')}\n`;
}

/** Readable text of the registry for people. */
function renderList(systems: readonly GradingSystemDescription[]): string {
  const width = Math.max(...systems.map((s) => s.id.length));
  const pad = ' '.repeat(width + 2);
  const out: string[] = [];
  for (const s of systems) {
    out.push(`${s.id.padEnd(width)}  ${s.name}`);
    out.push(`${pad}${s.description}`);
    out.push(`${pad}input: ${s.forms.join(' | ')}`);
    for (const f of s.inputs) {
      const range =
        f.values !== undefined
          ? f.values.map((v) => String(v)).join('|')
          : f.minimum !== undefined || f.exclusiveMinimum !== undefined
            ? `${f.exclusiveMinimum !== undefined ? `>${f.exclusiveMinimum}` : String(f.minimum)}..${String(f.maximum ?? '')}`
            : f.type;
      out.push(
        `${pad}  ${f.field}${f.required ? '' : '?'}  ${range}${f.description ? `  ${f.description}` : ''}`,
      );
    }
    out.push(`${pad}grades: ${s.grades.map((g) => String(g)).join(', ')}`);
    out.push(`${pad}source: ${s.source}: ${s.reference}`);
    out.push('');
  }
  return out.join('\n');
}

/**
 * Registers `foramen grade`.
 * @param program - the root command
 * @param io - the streams to read and print with
 */
export function registerGrade(program: Command, io: CliIo): void {
  program
    .command('grade')
    .description('grade imaging findings with a published system (see --list)')
    .argument('[system]', `one of ${GRADING_SYSTEM_IDS.join(', ')}`)
    .argument(
      '[input]',
      'JSON FILE, - for standard input, or a quick value (percent 38, wildermuth partial, meyerding 30, pfirrmann III, schizas B, modic 1)',
    )
    .option('--list', 'describe every system (or the one named), its inputs and its source')
    .option('--json', 'print JSON')
    .option('--superior', 'lee: fat obliterated above the exiting root')
    .option('--inferior', 'lee: fat obliterated below the root')
    .option('--anterior', 'lee: fat obliterated in front of the root')
    .option('--posterior', 'lee: fat obliterated behind the root')
    .option('--root-changed', 'lee: the root has collapsed or changed shape')
    .option('--foraminal-height <mm>', 'hasegawa: foraminal height')
    .option('--disc-height <mm>', 'hasegawa: posterior disc height')
    .option('--normal-area <mm2>', 'percent: normal foraminal area')
    .option('--measured-area <mm2>', 'percent: measured foraminal area')
    .option('--normal <mm>', 'percent: normal foraminal height or width')
    .option('--measured <mm>', 'percent: measured foraminal height or width')
    .option('--dimension <height|width>', 'percent: which size --normal and --measured are')
    .option('--slip-mm <mm>', 'meyerding: slip distance')
    .option('--width-mm <mm>', 'meyerding: width of the vertebra below')
    .option('--structure <s>', `pfirrmann: ${words(DISC_STRUCTURES)}`)
    .option('--distinction <d>', `pfirrmann: ${words(NUCLEUS_DISTINCTIONS)}`)
    .option('--signal <s>', `pfirrmann: ${words(DISC_SIGNALS)}`)
    .option('--height <h>', `pfirrmann: ${words(DISC_HEIGHTS)}`)
    .option('--csf <csf>', `schizas: ${words(SAC_CSF)}`)
    .option('--rootlets <r>', `schizas: ${words(ROOTLET_ARRANGEMENTS)}`)
    .option('--posterior-fat', 'schizas: epidural fat still seen behind the sac')
    .option('--no-posterior-fat', 'schizas: no epidural fat left behind the sac')
    .option('--t1 <signal>', `modic: ${words(MARROW_SIGNALS)}`)
    .option('--t2 <signal>', `modic: ${words(MARROW_SIGNALS)}`)
    .option('--circumference <pct>', 'disc-contour: share of the circumference displaced')
    .option('--base <mm>', 'disc-contour: width of the herniation at its base')
    .option('--dome <mm>', 'disc-contour: greatest width of the displaced material')
    .option('--free-fragment', 'disc-contour: no continuity with the disc (sequestration)')
    .addHelpText(
      'after',
      '\nExamples:\n  foramen grade lee --superior --inferior\n  foramen grade percent 38\n  foramen grade wildermuth partial\n  foramen grade hasegawa --foraminal-height 14 --disc-height 5\n  foramen grade meyerding 30\n  foramen grade lee finding.json --json\n  foramen grade --list',
    )
    .action(async (system: string | undefined, arg: string | undefined, options: GradeOptions) => {
      const json = wantsJson(options, io);
      if (options.list === true) {
        if (system !== undefined) assertGradingSystemId(system);
        const systems = describeGradingSystems().systems.filter(
          (s) => system === undefined || s.id === system,
        );
        if (json) return printJson(io, { systems });
        io.stdout.write(renderList(systems));
        return;
      }
      if (system === undefined) {
        throw new InputError(
          'missing-argument',
          'SYSTEM',
          `give a grading system (${GRADING_SYSTEM_IDS.join(', ')}) or --list`,
        );
      }
      assertGradingSystemId(system);
      const result = grade(system, await inputFor(system, arg, options, io));
      if (json) return printJson(io, result);
      io.stdout.write(renderResult(result));
    });
}
