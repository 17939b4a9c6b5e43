/**
 * The grading systems keyed by id: what each grades, its inputs and its source, and `grade(system,
 * input)`, the one entry point the CLI and HTTP shells call.
 */
import * as z from 'zod';
import { defineRegistry, untrustedEntry } from '../registry.js';
import type { CitationId } from '../kb/index.js';
import { citationReference } from '../kb/index.js';
import { LeeInputSchema, LEE_GRADES, gradeLee } from './lee.js';
import type { LeeResult } from './lee.js';
import { WildermuthInputSchema, WILDERMUTH_GRADES, gradeWildermuth } from './wildermuth.js';
import type { WildermuthResult } from './wildermuth.js';
import { PercentInputSchema, PERCENT_BANDS, gradePercent } from './percent.js';
import type { PercentResult } from './percent.js';
import { HasegawaInputSchema, HASEGAWA_GRADES, gradeHasegawa } from './hasegawa.js';
import type { HasegawaResult } from './hasegawa.js';
import { PfirrmannInputSchema, PFIRRMANN_GRADES, gradePfirrmann } from './pfirrmann.js';
import type { PfirrmannResult } from './pfirrmann.js';
import { MeyerdingInputSchema, MEYERDING_GRADES, gradeMeyerding } from './meyerding.js';
import type { MeyerdingResult } from './meyerding.js';
import { SchizasInputSchema, SCHIZAS_GRADES, gradeSchizas } from './schizas.js';
import type { SchizasResult } from './schizas.js';
import { ModicInputSchema, MODIC_TYPES, gradeModic } from './modic.js';
import type { ModicResult } from './modic.js';
import { DiscContourInputSchema, DISC_CONTOURS, gradeDiscContour } from './disc-contour.js';
import type { DiscContourResult } from './disc-contour.js';

/** Any grading result. */
export type GradeResult =
  | LeeResult
  | WildermuthResult
  | PercentResult
  | HasegawaResult
  | PfirrmannResult
  | MeyerdingResult
  | SchizasResult
  | ModicResult
  | DiscContourResult;

/**
 * How people type a system's input on the command line (`foramen grade`). The CLI makes one flag of every
 * input field (named after the field's last path segment in kebab case, `fatObliteration.superior` →
 * `--superior`); this names the exceptions and the field a bare value after the system fills.
 */
export interface GradingCommandLine {
  /** The field a positional value fills (`foramen grade percent 38` → `reductionPercent: 38`). */
  readonly value?: string;
  /** The value field's allowed values may also be given by position, 1 for the first (Pfirrmann 3 = III). */
  readonly valueByPosition?: boolean;
  /** Flag names, without `--`, for fields whose own name is longer than people type. */
  readonly flags?: Readonly<Record<string, string>>;
  /** Boolean fields set false by a flag of their own (`--free-fragment` → `continuity: false`). */
  readonly falseFlags?: Readonly<Record<string, string>>;
}

/** One entry of the registry. */
export interface GradingSystem {
  readonly name: string;
  /** What the system grades, and on which images. */
  readonly description: string;
  /** The input forms the system accepts, in words. */
  readonly forms: readonly string[];
  /** Every grade the system can return, least to most. */
  readonly grades: readonly (string | number)[];
  readonly source: CitationId;
  readonly sources: readonly CitationId[];
  readonly inputSchema: z.ZodType;
  /** A valid input, for documentation and smoke tests. */
  readonly example: unknown;
  /** Parses `input` and grades it (throws InputError on bad input). */
  readonly grade: (input: unknown) => GradeResult;
  /** Command-line names of the input fields, where they differ from the field names. */
  readonly commandLine?: GradingCommandLine;
}

const REGISTRY = defineRegistry(
  {
    lee: {
      name: 'Lee foraminal stenosis grade (2010)',
      description:
        'Foraminal stenosis on sagittal MRI: perineural fat obliteration around the exiting root by direction, and root collapse or deformity. Grades 0–3.',
      forms: [
        'fatObliteration { superior, inferior, anterior, posterior } + rootMorphologyChanged',
      ],
      grades: LEE_GRADES,
      source: 'lee-2010',
      sources: ['lee-2010', 'sartoretti-2021'],
      inputSchema: LeeInputSchema,
      example: {
        fatObliteration: { superior: true, inferior: true, anterior: false, posterior: false },
        rootMorphologyChanged: false,
      },
      grade: untrustedEntry(LeeInputSchema, gradeLee),
      commandLine: { flags: { rootMorphologyChanged: 'root-changed' } },
    },
    wildermuth: {
      name: 'Wildermuth foraminal stenosis grade (1998)',
      description:
        'Foraminal stenosis on MRI from the epidural fat around the root: normal, deformed but encircling, partly or completely obliterated. Grades 0–3.',
      forms: ['epiduralFat'],
      grades: WILDERMUTH_GRADES,
      source: 'wildermuth-1998',
      sources: ['wildermuth-1998', 'park-2012'],
      inputSchema: WildermuthInputSchema,
      example: { epiduralFat: 'partial' },
      grade: untrustedEntry(WildermuthInputSchema, gradeWildermuth),
      commandLine: { value: 'epiduralFat' },
    },
    percent: {
      name: 'Percentage narrowing bands',
      description:
        'Foraminal narrowing as a percentage reduction of area, height or width against normal: none, mild (< 25 %), moderate (25–50 %), severe (> 50 %). Not a validated scale; the thirds alternative is reported beside it.',
      forms: [
        'reductionPercent',
        'normalAreaMm2 + measuredAreaMm2',
        'normalMm + measuredMm (+ dimension)',
      ],
      grades: PERCENT_BANDS,
      source: 'grading-foramen-percent-bands',
      sources: ['grading-foramen-percent-bands', 'radiopaedia-lss-grading'],
      inputSchema: PercentInputSchema,
      example: { reductionPercent: 38 },
      grade: untrustedEntry(PercentInputSchema, gradePercent),
      commandLine: {
        value: 'reductionPercent',
        flags: {
          normalAreaMm2: 'normal-area',
          measuredAreaMm2: 'measured-area',
          normalMm: 'normal',
          measuredMm: 'measured',
        },
      },
    },
    hasegawa: {
      name: 'Hasegawa critical foraminal heights (1995)',
      description:
        'Flags a foramen whose height is 15 mm or less, or whose posterior disc height is 4 mm or less: heights that went with root compression in cadavers. A risk marker, not a diagnosis.',
      forms: ['foraminalHeightMm + posteriorDiscHeightMm'],
      grades: HASEGAWA_GRADES,
      source: 'hasegawa-1995',
      sources: ['hasegawa-1995'],
      inputSchema: HasegawaInputSchema,
      example: { foraminalHeightMm: 14, posteriorDiscHeightMm: 5 },
      grade: untrustedEntry(HasegawaInputSchema, gradeHasegawa),
      commandLine: {
        flags: { foraminalHeightMm: 'foraminal-height', posteriorDiscHeightMm: 'disc-height' },
      },
    },
    pfirrmann: {
      name: 'Pfirrmann disc degeneration grade (2001)',
      description:
        'Lumbar disc degeneration on sagittal T2 MRI from structure, nucleus–annulus distinction, signal and height. Grades I–V.',
      forms: ['grade', 'structure + distinction + signal + height'],
      grades: PFIRRMANN_GRADES,
      source: 'pfirrmann-2001',
      sources: ['pfirrmann-2001', 'grading-radiopaedia-pfirrmann', 'chiro-2020'],
      inputSchema: PfirrmannInputSchema,
      example: {
        structure: 'inhomogeneous',
        distinction: 'unclear',
        signal: 'intermediate',
        height: 'slightly-decreased',
      },
      grade: untrustedEntry(PfirrmannInputSchema, gradePfirrmann),
      commandLine: { value: 'grade', valueByPosition: true },
    },
    meyerding: {
      name: 'Meyerding spondylolisthesis grade',
      description:
        'Forward slip as a share of the width of the vertebra below: I up to 25 %, II up to 50 %, III up to 75 %, IV up to 100 %, V beyond (spondyloptosis).',
      forms: ['slipPercent', 'slipMm + vertebralWidthMm'],
      grades: MEYERDING_GRADES,
      source: 'meyerding-1932',
      sources: ['meyerding-1932', 'chiro-2020'],
      inputSchema: MeyerdingInputSchema,
      example: { slipPercent: 30 },
      grade: untrustedEntry(MeyerdingInputSchema, gradeMeyerding),
      commandLine: { value: 'slipPercent', flags: { vertebralWidthMm: 'width-mm' } },
    },
    schizas: {
      name: 'Schizas central canal morphology grade (2010)',
      description:
        'Central canal stenosis on axial T2 MRI from CSF and rootlets in the dural sac: A1–A4 no or minor, B moderate, C severe, D extreme.',
      forms: ['grade', 'csf + rootlets (csf visible) or posteriorEpiduralFat (csf absent)'],
      grades: SCHIZAS_GRADES,
      source: 'schizas-2010',
      sources: ['schizas-2010'],
      inputSchema: SchizasInputSchema,
      example: { csf: 'grainy' },
      grade: untrustedEntry(SchizasInputSchema, gradeSchizas),
      commandLine: { value: 'grade', flags: { posteriorEpiduralFat: 'posterior-fat' } },
    },
    modic: {
      name: 'Modic endplate marrow change type (1988)',
      description:
        'Vertebral endplate marrow change from T1 and T2 signal: type 1 oedema, 2 fat, 3 sclerosis (0 = none).',
      forms: ['type', 't1 + t2'],
      grades: MODIC_TYPES,
      source: 'modic-1988',
      sources: ['modic-1988'],
      inputSchema: ModicInputSchema,
      example: { t1: 'low', t2: 'high' },
      grade: untrustedEntry(ModicInputSchema, gradeModic),
      commandLine: { value: 'type' },
    },
    'disc-contour': {
      name: 'Disc contour (Lumbar Disc Nomenclature 2.0)',
      description:
        'Bulge, protrusion, extrusion or sequestration from the share of circumference displaced, base versus dome width, and continuity with the disc.',
      forms: [
        'circumferencePercent (+ baseWidthMm + domeWidthMm when 25 % or less) (+ continuity)',
      ],
      grades: DISC_CONTOURS,
      source: 'fardon-2014',
      sources: ['fardon-2014'],
      inputSchema: DiscContourInputSchema,
      example: { circumferencePercent: 15, baseWidthMm: 12, domeWidthMm: 7 },
      grade: untrustedEntry(DiscContourInputSchema, gradeDiscContour),
      commandLine: {
        value: 'circumferencePercent',
        flags: { circumferencePercent: 'circumference', baseWidthMm: 'base', domeWidthMm: 'dome' },
        falseFlags: { continuity: 'free-fragment' },
      },
    },
  } as const satisfies Record<string, GradingSystem>,
  { code: 'unknown-system', path: 'system', noun: 'grading system' },
);

/** The grading systems keyed by id (see `defineRegistry`). */
export const GRADING_SYSTEMS = REGISTRY.entries;

/** Ids of the grading systems, in registry order. */
export type GradingSystemId = keyof typeof GRADING_SYSTEMS;
export const GRADING_SYSTEM_IDS: GradingSystemId[] = REGISTRY.ids;

/** True when `id` names a grading system. */
export const isGradingSystemId = REGISTRY.has;

/**
 * Throws the unknown-system InputError (path `system`, listing the systems) unless `id` names a system.
 * @param id - a system id from a user
 */
export function assertGradingSystemId(id: string): asserts id is GradingSystemId {
  REGISTRY.check(id);
}

/**
 * Grades `input` with the named system, validating both.
 * @param system - a system id, e.g. `lee`
 * @param input - untrusted JSON input for that system
 * @returns the result: system, grade, label, severity, criteria, source and more
 * @throws InputError when the system is unknown or the input is invalid (path names the field)
 */
export function grade(system: string, input: unknown): GradeResult {
  return GRADING_SYSTEMS[REGISTRY.check(system)].grade(input);
}

/** One input field of a system, flattened from its JSON Schema for people. */
export interface GradingInputField {
  readonly field: string;
  readonly type: string;
  readonly required: boolean;
  readonly values?: readonly (string | number)[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly description?: string;
}

/** A registry entry as `foramen grade --list --json` prints it. */
export interface GradingSystemDescription {
  readonly id: GradingSystemId;
  readonly name: string;
  readonly description: string;
  readonly forms: readonly string[];
  readonly grades: readonly (string | number)[];
  readonly inputs: readonly GradingInputField[];
  readonly source: CitationId;
  readonly reference: string;
  readonly sources: readonly CitationId[];
  readonly example: unknown;
  readonly inputSchema: unknown;
}

interface JsonSchemaNode {
  type?: string;
  enum?: (string | number)[];
  const?: string | number;
  anyOf?: JsonSchemaNode[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
}

function flatten(
  node: JsonSchemaNode,
  prefix: string,
  required: boolean,
  out: GradingInputField[],
): GradingInputField[] {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const field = prefix ? `${prefix}.${key}` : key;
    const isRequired = required && (node.required ?? []).includes(key);
    if (child.properties) {
      flatten(child, field, isRequired, out);
      continue;
    }
    const literals = child.anyOf
      ?.map((a) => a.const)
      .filter((c): c is string | number => c !== undefined);
    const values = child.enum ?? (literals && literals.length > 0 ? literals : undefined);
    out.push({
      field,
      type: child.type ?? (values ? typeof values[0] : 'value'),
      required: isRequired,
      ...(values ? { values } : {}),
      ...(child.minimum !== undefined ? { minimum: child.minimum } : {}),
      ...(child.exclusiveMinimum !== undefined ? { exclusiveMinimum: child.exclusiveMinimum } : {}),
      ...(child.maximum !== undefined ? { maximum: child.maximum } : {}),
      ...(child.description ? { description: child.description } : {}),
    });
  }
  return out;
}

let described: { systems: GradingSystemDescription[] } | undefined;

/**
 * Describes every grading system: what it grades, its input fields (from the same zod schema that
 * validates them), its grades and its source. Built once, on first use.
 * @returns `{ systems: [...] }` in registry order
 */
export function describeGradingSystems(): { systems: GradingSystemDescription[] } {
  described ??= {
    systems: GRADING_SYSTEM_IDS.map((id) => {
      const s: GradingSystem = GRADING_SYSTEMS[id];
      const inputSchema = z.toJSONSchema(s.inputSchema, {
        io: 'input',
        unrepresentable: 'any',
      }) as JsonSchemaNode;
      return {
        id,
        name: s.name,
        description: s.description,
        forms: s.forms,
        grades: s.grades,
        inputs: flatten(inputSchema, '', true, []),
        source: s.source,
        reference: citationReference(s.source),
        sources: s.sources,
        example: s.example,
        inputSchema,
      };
    }),
  };
  return described;
}
