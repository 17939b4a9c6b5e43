/**
 * The shape of one language's patient wording. A language is one object of this type (`en.ts`); the
 * builder never writes a sentence of its own, so adding a language means adding a file, not code.
 */
import type {
  BodyRegion,
  Level,
  Movement,
  Reflex,
  RootRelation,
  Side,
  Zone,
} from '../../vocab/index.js';
import type { PatientSectionId } from '../model.js';

/** What the wording may depend on. */
export interface WordingContext {
  readonly level: Level;
  readonly side: Side;
  readonly zone: Zone;
  readonly root: string;
  readonly relation: RootRelation;
  readonly upper: string;
  readonly lower: string;
  /** T12: a chest root that does not reach the leg. */
  readonly isChestRoot: boolean;
}

/** A line with an optional link to the KB page of the thing it names, and its sources. */
export interface LinkedLine {
  readonly lead?: string;
  readonly text: string;
  readonly link?: string;
  readonly sources?: readonly string[];
}

/** A treatment in the usual order, with its honest evidence words. */
export interface TreatmentLine {
  readonly name: string;
  readonly link: string;
  readonly evidence: string;
  readonly text: string;
  readonly sources?: readonly string[];
}

/** A self-care dose, already worded with its numbers from the ceiling table. */
export interface DoseWords {
  readonly perDose: string;
  readonly howOften: string;
  readonly max: string;
  readonly tablets: string;
}

export interface PatientWording {
  readonly language: string;
  readonly regions: Readonly<Record<BodyRegion, string>>;
  readonly movements: Readonly<Record<Movement, string>>;
  readonly reflexes: Readonly<Record<Reflex, string>>;
  zoneName(zone: Zone): string;
  /** Joins words as a list ("a, b and c"). */
  join(words: readonly string[]): string;
  /** A number with this language's digit grouping. */
  amount(mg: number): string;
  tablets(count: number, strength: string): string;
  readonly handoutTitle: string;
  sideWords(side: Side): string;
  title(c: WordingContext): string;
  readonly headings: Readonly<Record<PatientSectionId, string>>;
  readonly tocHeading: string;
  readonly siteName: string;
  readonly allPages: string;
  readonly skip: string;
  readonly printNote: string;
  summary(c: WordingContext): readonly string[];
  happening(c: WordingContext): readonly string[];
  spineCaption(c: WordingContext): string;
  bodyCaption(c: WordingContext): string;
  readonly noBodyMap: string;
  symptomsIntro(c: WordingContext): string;
  symptomPain(places: string): string;
  symptomNumb(places: string): string;
  symptomWeak(moves: readonly string[]): string;
  symptomReflex(reflex: string): string;
  readonly symptomBack: string;
  zoneSymptom(zone: Zone): string;
  readonly chestSymptom: string;
  readonly symptomsOutro: string;
  readonly doNow: readonly LinkedLine[];
  readonly doNowMedsIntro: string;
  selfCareDose(d: DoseWords): string;
  readonly medNames: Readonly<Record<string, string>>;
  readonly nsaidNote: string;
  readonly treatmentsIntro: string;
  readonly treatments: readonly TreatmentLine[];
  readonly notAdvised: readonly TreatmentLine[];
  readonly notAdvisedHeading: string;
  readonly otherOptions: string;
  readonly emergencyTitle: string;
  readonly emergency: readonly LinkedLine[];
  readonly emergencyNote: string;
  readonly todayTitle: string;
  readonly today: readonly LinkedLine[];
  readonly routineTitle: string;
  readonly routine: readonly LinkedLine[];
  readonly bilateralNote: string;
  readonly questionsIntro: string;
  questions(c: WordingContext): readonly string[];
  faq(c: WordingContext): readonly { q: string; a: string; sources?: readonly string[] }[];
  readonly aboutText: readonly string[];
  reviewed(date: string, version: string): string;
  readonly sourcesNote: string;
  /** Medical words and their plain meaning, given in brackets on first use. */
  readonly terms: readonly (readonly [term: string, meaning: string])[];
}
