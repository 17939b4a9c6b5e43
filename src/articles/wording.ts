/**
 * Message tables: the plain words an article uses for each value of a closed vocabulary. Rules and data
 * stay as codes; only these tables turn them into text (STYLE.md §4), so the wording can be reviewed
 * and translated in one place. Every phrase here is written to read at or below grade 8.
 */
import type {
  BodyRegion,
  Flag,
  Movement,
  Reflex,
  Side,
  TriageLevel,
  Zone,
} from '../vocab/index.js';
import type { RootRelation } from '../vocab/index.js';
import type { KbEntry } from '../kb/index.js';

type DrugClass = Extract<KbEntry, { category: 'drug' }>['drugClass'];
type TherapyType = Extract<KbEntry, { category: 'therapy' }>['therapyType'];
type TestType = Extract<KbEntry, { category: 'diagnostic-test' }>['testType'];
type CauseType = Extract<KbEntry, { category: 'cause' }>['causeType'];
type InjectionType = Extract<KbEntry, { category: 'injection' }>['injectionType'];
type EvidenceLevel = NonNullable<KbEntry['evidence']>['level'];
type ConditionAspect = Extract<KbEntry, { category: 'condition' }>['aspect'];

/** Short name of a zone, as used in titles. */
export function zoneName(zone: Zone): string {
  switch (zone) {
    case 'central':
      return 'central';
    case 'subarticular':
      return 'lateral recess';
    case 'foraminal':
      return 'foraminal';
    case 'extraforaminal':
      return 'far lateral';
  }
}

/** Where in the spine a zone is, in plain words. */
export function zoneWhere(zone: Zone): string {
  switch (zone) {
    case 'central':
      return 'in the middle of the spinal canal, the tunnel that holds the nerves';
    case 'subarticular':
      return 'in the lateral recess, a side pocket of the spinal canal';
    case 'foraminal':
      return 'in the foramen, the side opening where a nerve leaves the spine';
    case 'extraforaminal':
      return 'just outside the foramen, where the nerve has just left the spine';
  }
}

/** Which side, as a phrase that follows a noun ("narrowing on the left"). */
export function sidePhrase(side: Side): string {
  switch (side) {
    case 'left':
      return 'on the left side';
    case 'right':
      return 'on the right side';
    case 'bilateral':
      return 'on both sides';
  }
}

/** Which side, as an adjective before "root" or "leg". */
export function sideAdjective(side: Side): string {
  switch (side) {
    case 'left':
      return 'left';
    case 'right':
      return 'right';
    case 'bilateral':
      return 'left and right';
  }
}

/** How a root relates to the level where it is pinched. */
export function relationPhrase(relation: RootRelation): string {
  switch (relation) {
    case 'exiting':
      return 'the nerve root that leaves the spine at this level (the exiting root)';
    case 'traversing':
      return 'the nerve root that passes this level on its way down (the traversing root)';
  }
}

/** A body region in plain words. */
export function regionWords(region: BodyRegion): string {
  switch (region) {
    case 'low-back':
      return 'low back';
    case 'buttock':
      return 'buttock';
    case 'groin':
      return 'groin';
    case 'lower-abdomen':
      return 'lower belly';
    case 'anterior-thigh':
      return 'front of the thigh';
    case 'medial-thigh':
      return 'inner thigh';
    case 'lateral-thigh':
      return 'outer thigh';
    case 'posterior-thigh':
      return 'back of the thigh';
    case 'anterior-knee':
      return 'front of the knee';
    case 'medial-knee':
      return 'inner knee';
    case 'medial-leg':
      return 'inner shin';
    case 'lateral-leg':
      return 'outer side of the lower leg';
    case 'posterior-leg':
      return 'calf';
    case 'medial-ankle':
      return 'inner ankle';
    case 'dorsum-foot':
      return 'top of the foot';
    case 'great-toe':
      return 'big toe';
    case 'lateral-foot':
      return 'outer edge of the foot';
    case 'sole':
      return 'sole of the foot';
    case 'heel':
      return 'heel';
    case 'saddle':
      return 'saddle area between the legs';
  }
}

/** What a weak movement feels like to do. */
export function movementWords(movement: Movement): string {
  switch (movement) {
    case 'hip-flexion':
      return 'lift the thigh up';
    case 'hip-adduction':
      return 'squeeze the knees together';
    case 'hip-abduction':
      return 'move the leg out to the side';
    case 'hip-extension':
      return 'push the leg back, as when you climb stairs';
    case 'knee-extension':
      return 'straighten the knee';
    case 'knee-flexion':
      return 'bend the knee';
    case 'ankle-dorsiflexion':
      return 'pull the foot up';
    case 'great-toe-extension':
      return 'lift the big toe';
    case 'ankle-plantarflexion':
      return 'push the foot down, as when you stand on tiptoe';
    case 'foot-eversion':
      return 'turn the sole of the foot out';
    case 'foot-inversion':
      return 'turn the sole of the foot in';
  }
}

/** A reflex in plain words. */
export function reflexWords(reflex: Reflex): string {
  switch (reflex) {
    case 'patellar':
      return 'the knee jerk (a tap below the kneecap)';
    case 'medial-hamstring':
      return 'the inner hamstring jerk (a tap behind the inner knee)';
    case 'achilles':
      return 'the ankle jerk (a tap on the heel cord)';
    case 'cremasteric':
      return 'the cremaster reflex (in males, a stroke of the inner thigh)';
  }
}

/** A red-flag code as a sign a person would notice. */
export function flagWords(flag: Flag): string {
  switch (flag) {
    case 'saddle-anesthesia':
      return 'Numbness between your legs or around your bottom';
    case 'urinary-retention':
      return 'Trouble starting to pee, or you cannot pee at all';
    case 'urinary-incontinence':
      return 'Leaking pee when you do not mean to';
    case 'fecal-incontinence':
      return 'Leaking poo, or you cannot control your bowels';
    case 'sexual-dysfunction':
      return 'New loss of feeling in your genitals, or new problems with sex';
    case 'bilateral-leg-symptoms':
      return 'Pain, numbness or weakness that spreads to both legs';
    case 'new-bilateral-symptoms':
      return 'Pain, numbness or weakness that has newly spread to both legs, or is getting worse in both';
    case 'progressive-weakness':
      return 'Leg or foot weakness that gets worse quickly';
    case 'fever':
      return 'Fever or chills with your back pain';
    case 'unexplained-weight-loss':
      return 'Losing weight without trying';
    case 'history-of-cancer':
      return 'New back pain when you have had cancer';
    case 'iv-drug-use':
      return 'Back pain when you inject drugs';
    case 'immunosuppression':
      return 'Back pain when your body is less able to fight germs, for example due to medicines';
    case 'significant-trauma':
      return 'Back pain after a bad fall, a crash or another big injury';
    case 'osteoporosis':
      return 'Sudden back pain when you have thin, weak bones';
    case 'prolonged-steroid-use':
      return 'Back pain after taking steroid pills for a long time';
    case 'night-pain':
      return 'Pain that is worse at night or does not ease with rest';
    case 'recent-spinal-procedure':
      return 'New pain, fever or wound trouble after a recent spine shot or operation';
  }
}

/** What to do for each triage level, as the lead-in of its list. */
export function triageLead(level: TriageLevel): string {
  switch (level) {
    case 'emergency':
      return 'Go to the emergency department now, or call an ambulance, if you have any of these';
    case 'urgent':
      return 'See a doctor today or tomorrow if you have any of these';
    case 'soon':
      return 'Book a visit with your doctor in the next week or two if you have any of these';
    case 'routine':
      return 'Talk about these at your next visit';
  }
}

/** Honest, plain words for how well an option is supported. */
export function evidenceWords(level: EvidenceLevel): string {
  switch (level) {
    case 'recommended':
      return 'Good studies show it helps.';
    case 'option':
      return 'It may help some people. Talk it over with your doctor.';
    case 'limited':
      return 'There is little good proof that it helps.';
    case 'experimental':
      return 'It is still being tested. It is not proven.';
    case 'not-recommended':
      return 'Experts advise against it for this problem.';
  }
}

/** What a kind of medicine is, in a few words. */
export function drugClassWords(drugClass: DrugClass): string {
  switch (drugClass) {
    case 'nsaid':
      return 'A pain medicine that also calms swelling (an NSAID).';
    case 'cox2-inhibitor':
      return 'A pain medicine that calms swelling and is a bit kinder to the stomach.';
    case 'analgesic-antipyretic':
      return 'A simple pain reliever that also lowers fever.';
    case 'opioid':
      return 'A strong pain medicine (an opioid). It is for short use only.';
    case 'gabapentinoid':
      return 'A medicine for nerve pain.';
    case 'snri':
      return 'A mood medicine that can also ease long-lasting pain.';
    case 'tricyclic':
      return 'An older mood medicine, used in small doses for nerve pain.';
    case 'ssri':
      return 'A mood medicine.';
    case 'muscle-relaxant':
      return 'A medicine that relaxes tight muscles.';
    case 'benzodiazepine':
      return 'A calming medicine that can make you sleepy.';
    case 'corticosteroid':
      return 'A strong medicine that calms swelling (a steroid).';
    case 'topical-nsaid':
      return 'A gel or cream you rub on the skin to calm pain and swelling.';
    case 'topical-anesthetic':
      return 'A cream or patch that numbs the skin.';
    case 'topical-counterirritant':
      return 'A rub or patch that feels warm or cool on the skin.';
    case 'combination-analgesic':
      return 'A medicine that mixes two pain relievers.';
    case 'anticonvulsant':
      return 'A seizure medicine that is also used for nerve pain.';
    case 'bisphosphonate':
      return 'A medicine that makes bones stronger.';
    case 'other':
      return 'A medicine your doctor may suggest.';
  }
}

/** Subheading for a kind of non-drug treatment. */
export function therapyTypeHeading(type: TherapyType): string {
  switch (type) {
    case 'physiotherapy':
      return 'Physical therapy';
    case 'electrotherapy':
      return 'Heat, cold, electric and machine treatments';
    case 'exercise':
      return 'Exercise';
    case 'mind-body':
      return 'Mind and body';
    case 'education':
      return 'Learning and self-care';
  }
}

/** A plain line for a non-drug treatment whose own summary is too technical. */
export function therapyTypeLine(type: TherapyType): string {
  switch (type) {
    case 'physiotherapy':
      return 'A treatment given by a therapist.';
    case 'electrotherapy':
      return 'A treatment that uses heat, cold, power or a machine.';
    case 'exercise':
      return 'A type of exercise. A therapist can show you how.';
    case 'mind-body':
      return 'A way to calm the mind and body, which can ease pain.';
    case 'education':
      return 'Learning about your back so you can look after it.';
  }
}

/** Subheading for a kind of diagnostic test. */
export function testTypeHeading(type: TestType): string {
  switch (type) {
    case 'physical-exam':
      return 'Exam by your doctor';
    case 'provocative':
      return 'Movement tests';
    case 'laboratory':
      return 'Blood and lab tests';
    case 'electrodiagnostic':
      return 'Nerve tests';
    case 'imaging':
      return 'Scans and X-rays';
  }
}

/** A plain line for a test whose own summary is too technical. */
export function testTypeLine(type: TestType): string {
  switch (type) {
    case 'physical-exam':
      return 'Your doctor checks how you move, feel and react.';
    case 'provocative':
      return 'Your doctor moves your leg or back to see if it brings on the pain.';
    case 'laboratory':
      return 'A blood or lab test that looks for other causes.';
    case 'electrodiagnostic':
      return 'A test of how well the nerves and muscles carry signals.';
    case 'imaging':
      return 'A scan or X-ray that shows the bones, discs and nerves.';
  }
}

/** What kind of cause this is, as a plain line. */
export function causeTypeLine(type: CauseType): string {
  switch (type) {
    case 'degenerative':
      return 'A wear-and-tear change that comes with age.';
    case 'developmental':
      return 'A shape of the spine that forms as you grow.';
    case 'congenital':
      return 'A shape of the spine you are born with.';
    case 'traumatic':
      return 'Damage from an injury.';
    case 'inflammatory':
      return 'Swelling in or near the joints of the spine.';
    case 'infectious':
      return 'An infection in or near the spine. This is rare.';
    case 'neoplastic':
      return 'A growth, such as a tumour. This is rare.';
    case 'metabolic':
      return 'A change in the body’s chemistry or bones.';
    case 'iatrogenic':
      return 'A side effect of an earlier treatment or operation.';
    case 'mechanical':
      return 'Strain from how the spine is loaded or moved.';
    case 'vascular':
      return 'A problem with blood vessels near the nerve.';
    case 'other':
      return 'Another cause your doctor may look for.';
  }
}

/** A plain line for an injection whose own summary is too technical. */
export function injectionTypeLine(type: InjectionType): string {
  switch (type) {
    case 'epidural-steroid':
      return 'A shot of steroid medicine near the pinched nerve to calm it.';
    case 'nerve-block':
      return 'A shot that numbs the nerve for a while.';
    case 'facet-intervention':
      return 'A treatment aimed at the small joints at the back of the spine.';
    case 'regenerative':
      return 'A shot made to help tissue heal, often from your own blood or cells.';
    case 'viscosupplement':
      return 'A shot of gel meant to ease a stiff joint.';
    case 'bone-modifying':
      return 'A medicine given by drip or shot to change how bone is made.';
    case 'biologic':
      return 'A shot of a medicine made from living cells.';
    case 'other':
      return 'Another kind of shot your doctor may suggest.';
  }
}

/** Subheading for a group of condition entries. */
export function conditionAspectHeading(aspect: ConditionAspect): string {
  switch (aspect) {
    case 'laterality':
      return 'One side or both sides';
    case 'location':
      return 'Where the narrowing is';
    case 'severity':
      return 'How bad the narrowing is';
    case 'etiology':
      return 'What lies behind it';
    case 'presentation':
      return 'How it shows up';
  }
}
