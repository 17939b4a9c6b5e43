import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getKb } from '../kb/load.js';
import { recogniseDrug } from './recognise.js';

const kb = getKb();
const idOf = (text: string, unit?: string): string | undefined =>
  recogniseDrug(text, kb, unit).entry?.id;

describe('recogniseDrug: every drug the articles name, by generic name, brand and synonym, any case', () => {
  const cases: [string, string][] = [
    ['ibuprofen', 'drug-ibuprofen'],
    ['IBUPROFEN', 'drug-ibuprofen'],
    ['Advil', 'drug-ibuprofen'],
    ['motrin ib', 'drug-ibuprofen'],
    ['naproxen', 'drug-naproxen'],
    ['Aleve', 'drug-naproxen'],
    ['naproxen sodium', 'drug-naproxen'],
    ['Celebrex', 'drug-celecoxib'],
    ['diclofenac', 'drug-diclofenac'],
    ['Voltaren gel', 'drug-diclofenac-gel'],
    ['meloxicam', 'drug-meloxicam'],
    ['Mobic', 'drug-meloxicam'],
    ['Arcoxia', 'drug-etoricoxib'],
    ['Toradol', 'drug-ketorolac'],
    ['Tylenol', 'drug-acetaminophen'],
    ['paracetamol', 'drug-acetaminophen'],
    ['APAP', 'drug-acetaminophen'],
    ['Flexeril', 'drug-cyclobenzaprine'],
    ['baclofen', 'drug-baclofen'],
    ['Zanaflex', 'drug-tizanidine'],
    ['Robaxin', 'drug-methocarbamol'],
    ['Klonopin', 'drug-clonazepam'],
    ['Neurontin', 'drug-gabapentin'],
    ['Lyrica', 'drug-pregabalin'],
    ['Tegretol', 'drug-carbamazepine'],
    ['Cymbalta', 'drug-duloxetine'],
    ['Effexor XR', 'drug-venlafaxine'],
    ['Elavil', 'drug-amitriptyline'],
    ['Pamelor', 'drug-nortriptyline'],
    ['Ultram', 'drug-tramadol'],
    ['Nucynta', 'drug-tapentadol'],
    ['codeine', 'drug-codeine'],
    ['Tylenol #3', 'drug-codeine-acetaminophen'],
    ['acetaminophen/codeine', 'drug-codeine-acetaminophen'],
    ['codeine acetaminophen', 'drug-codeine-acetaminophen'],
    ['Norco', 'drug-hydrocodone-acetaminophen'],
    ['hydrocodone/acetaminophen', 'drug-hydrocodone-acetaminophen'],
    ['acetaminophen-hydrocodone', 'drug-hydrocodone-acetaminophen'],
    ['OxyContin', 'drug-oxycodone'],
    ['MS Contin', 'drug-morphine'],
    ['Targin', 'drug-oxycodone-naloxone'],
    ['Lidoderm', 'drug-lidocaine-patch'],
    ['Qutenza', 'drug-capsaicin-patch'],
    ['Zostrix', 'drug-capsaicin-cream'],
    ['prednisone', 'drug-prednisone'],
    ['Medrol Dosepak', 'drug-methylprednisolone'],
    ['Depo-Medrol', 'drug-methylprednisolone-epidural'],
    ['Decadron', 'drug-dexamethasone-epidural'],
    ['vitamin B12', 'drug-methylcobalamin'],
    ['Miacalcin', 'drug-calcitonin'],
    // Interacting medicines the articles do not name.
    ['Coumadin', 'drug-warfarin'],
    ['Eliquis', 'drug-apixaban'],
    ['Xarelto', 'drug-rivaroxaban'],
    ['Plavix', 'drug-clopidogrel'],
    ['baby aspirin', 'drug-aspirin'],
    ['Zoloft', 'drug-sertraline'],
    ['Luvox', 'drug-fluvoxamine'],
    ['Cipro', 'drug-ciprofloxacin'],
    ['Percocet', 'drug-oxycodone-acetaminophen'],
    ['oxycodone and acetaminophen', 'drug-oxycodone-acetaminophen'],
    ['Ultracet', 'drug-tramadol-acetaminophen'],
    ['HCTZ', 'drug-hydrochlorothiazide'],
    ['Valium', 'drug-diazepam'],
    ['Xanax', 'drug-alprazolam'],
  ];
  for (const [text, id] of cases) {
    it(`${JSON.stringify(text)} → ${id}`, () => assert.equal(idOf(text), id));
  }
});

describe('recogniseDrug: strengths, forms and misspellings', () => {
  it('reads a strength written in the name and keeps it', () => {
    const r = recogniseDrug('Norco 10/325', kb);
    assert.equal(r.entry?.id, 'drug-hydrocodone-acetaminophen');
    assert.deepEqual(r.entry ? r.strength : undefined, { kind: 'mass', mgPerUnit: [10, 325] });
    assert.equal(idOf('ibuprofen 400 mg tablets'), 'drug-ibuprofen');
    assert.equal(idOf('Diclofenac Sodium 75mg EC'), 'drug-diclofenac');
  });
  it('chooses the product form from the words or the unit', () => {
    assert.equal(idOf('lidocaine 5% patch'), 'drug-lidocaine-patch');
    assert.equal(idOf('capsaicin', 'patch'), 'drug-capsaicin-patch');
    assert.equal(idOf('capsaicin cream'), 'drug-capsaicin-cream');
    assert.equal(idOf('diclofenac'), 'drug-diclofenac');
  });
  const misspellings: [string, string][] = [
    ['gabapentn', 'drug-gabapentin'],
    ['ibuprofin', 'drug-ibuprofen'],
    ['acetaminophn', 'drug-acetaminophen'],
    ['tramadal', 'drug-tramadol'],
    ['cyclobenzaprene', 'drug-cyclobenzaprine'],
    ['pregabalinn', 'drug-pregabalin'],
    ['duloxetin', 'drug-duloxetine'],
    ['meloxicam', 'drug-meloxicam'],
    ['Celebrx', 'drug-celecoxib'],
    ['tizanadine', 'drug-tizanidine'],
  ];
  for (const [text, id] of misspellings) {
    it(`misspelling ${JSON.stringify(text)} → ${id}`, () => {
      const r = recogniseDrug(text, kb);
      assert.equal(r.entry?.id, id);
    });
  }
  it('marks how each name matched', () => {
    assert.equal(
      recogniseDrug('ibuprofen', kb).entry
        ? (recogniseDrug('ibuprofen', kb) as { match: string }).match
        : '',
      'generic',
    );
    assert.equal((recogniseDrug('Advil', kb) as { match?: string }).match, 'brand');
    assert.equal((recogniseDrug('gabapentn', kb) as { match?: string }).match, 'misspelling');
  });
  it('does not guess: class words, two medicines in one name and nonsense are unknown', () => {
    for (const text of ['NSAID', 'opioid', 'muscle relaxant', 'antidepressant']) {
      const r = recogniseDrug(text, kb);
      assert.equal(r.entry, undefined, text);
      assert.equal(r.entry === undefined && r.ambiguous, true, text);
    }
    const both = recogniseDrug('ibuprofen and famotidine tablets', kb);
    assert.equal(both.entry?.id, 'drug-ibuprofen');
    const two = recogniseDrug('Advil Tylenol', kb);
    assert.equal(two.entry, undefined);
    const nonsense = recogniseDrug('xyzzy', kb);
    assert.equal(nonsense.entry, undefined);
    assert.equal(recogniseDrug('aspirn', kb).entry?.id, 'drug-aspirin');
  });
  it('suggests near names for an unknown drug', () => {
    const r = recogniseDrug('gabapentinoidz', kb);
    assert.equal(r.entry, undefined);
    assert.ok(r.entry === undefined && r.suggestions.length > 0);
  });
});
