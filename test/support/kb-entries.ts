/** Building blocks for the small hand-made knowledge bases that tests assemble. */

/**
 * The dosing fields of a made-up oral NSAID entry (everything a drug entry needs besides its id, names,
 * brand names, summary, sources and maximum), so a test can add a drug to its own small KB.
 */
export const stubNsaidDosing = () => ({
  drugClass: 'nsaid' as const,
  route: 'oral' as const,
  doseText: '1 mg',
  frequency: 'daily',
  timing: 'any',
  sideEffects: ['x'],
  cautions: ['y'],
});
