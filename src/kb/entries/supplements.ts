import type { EntryInputOf } from '../schema.js';

/*
 * Dietary supplements the seed articles recommend (shared/research/seed-inventory.md §2.8). The articles present
 * them as treatments for a compressed nerve root; none has good evidence for that, so every entry carries an
 * evidence note, and the safety limits (upper intake levels, interactions) come from NIH and NCCIH sources.
 */

const REVIEWED = '2026-11-21';

// The general finding that no supplement has good evidence for back pain; cited by most entries.
const NO_BACK_PAIN_EVIDENCE = 'rx-nccih-low-back-pain';

/** Dietary supplements, with honest evidence notes. */
export const SUPPLEMENTS = [
  {
    id: 'supplement-calcium',
    category: 'supplement',
    name: 'Calcium',
    synonyms: ['calcium carbonate', 'calcium citrate', 'calcium supplement', 'calcuim'],
    summary:
      'The main mineral of bone. Supplements only top up what food does not supply; they do not act on a narrowed foramen or an irritated root.',
    levels: 'all',
    seedDocs: ['000', '004'],
    sources: ['rx-nih-ods-calcium'],
    evidence: {
      level: 'limited',
      note: 'Relevant only to bone health (for example alongside osteoporosis treatment); no effect on nerve-root pain is expected or shown.',
      sources: ['rx-nih-ods-calcium', NO_BACK_PAIN_EVIDENCE],
    },
    related: ['supplement-vitamin-d'],
    reviewed: REVIEWED,
    doseText:
      'Total intake (food plus supplement) of 1,000–1,200 mg a day; take no more than about 500 mg of supplement at once. Upper limit 2,000–2,500 mg a day.',
    function: 'Keeps bones mineralised when the diet falls short.',
    mechanism: 'Supplies the mineral laid down in bone during normal remodelling.',
    cautions: [
      'Constipation and bloating, more with the carbonate form.',
      'Kidney stones and high blood calcium at high intakes, especially with high-dose vitamin D.',
      'Reduces absorption of levothyroxine, bisphosphonates, iron, and quinolone or tetracycline antibiotics: separate the doses.',
    ],
  },
  {
    id: 'supplement-vitamin-d',
    category: 'supplement',
    name: 'Vitamin D (D3, cholecalciferol)',
    synonyms: [
      'vitamin D3',
      'cholecalciferol',
      'vit D',
      'sunshine vitamin',
      'vitamine D',
      'vitamin d3',
    ],
    summary:
      'A vitamin needed to absorb calcium. Correcting a deficiency is worthwhile for bone and muscle, but extra vitamin D does not relieve nerve or back pain in people who are not deficient.',
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['rx-nih-ods-vitamin-d', 'rx-straube-2015-vitamin-d', 'seed-named-pubmed'],
    evidence: {
      level: 'limited',
      note: 'A Cochrane review found no consistent benefit of vitamin D for chronic painful conditions. Test and treat deficiency; otherwise do not expect pain relief.',
      sources: ['rx-straube-2015-vitamin-d'],
    },
    related: ['supplement-calcium'],
    reviewed: REVIEWED,
    doseText:
      '800–2,000 IU a day is a common maintenance dose; the adult upper limit is 4,000 IU a day unless a doctor is treating measured deficiency.',
    function: 'Supports calcium absorption, bone strength and muscle function.',
    mechanism: 'Its active hormone switches on the gut proteins that carry calcium into the body.',
    cautions: [
      'Toxicity (high blood calcium, kidney stones, confusion) with long-term intakes well above 4,000 IU a day.',
      'Thiazide diuretics raise the risk of high calcium; sarcoidosis and some lymphomas make people sensitive to it.',
    ],
  },
  {
    id: 'supplement-magnesium',
    category: 'supplement',
    name: 'Magnesium',
    synonyms: [
      'magnesium citrate',
      'magnesium glycinate',
      'magnesium oxide',
      'magnesuim',
      'mag supplement',
    ],
    summary:
      'A mineral involved in nerve and muscle function. It is popular for cramps and tension, but trials do not show that it eases back or nerve-root pain.',
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['rx-nih-ods-magnesium', NO_BACK_PAIN_EVIDENCE],
    evidence: {
      level: 'limited',
      note: 'No good trials in lumbar radicular pain. Doses of 400 mg exceed the 350 mg supplemental upper limit.',
      sources: ['rx-nih-ods-magnesium', NO_BACK_PAIN_EVIDENCE],
    },
    reviewed: REVIEWED,
    doseText:
      'If taken, up to 350 mg a day from supplements (the adult upper limit); food sources do not count toward it.',
    function: 'Promoted for muscle relaxation and nerve function.',
    mechanism:
      'Acts as a natural calcium-channel and NMDA-receptor modulator in nerve and muscle cells.',
    cautions: [
      'Diarrhoea and cramping, especially with citrate and oxide forms and above 350 mg a day.',
      'Kidney impairment: magnesium can build up to dangerous levels; avoid unless advised.',
      'Separate from bisphosphonates and quinolone or tetracycline antibiotics by at least 2 hours.',
    ],
  },
  {
    id: 'supplement-omega-3',
    category: 'supplement',
    name: 'Omega-3 fatty acids (fish oil, EPA and DHA)',
    synonyms: [
      'fish oil',
      'EPA',
      'DHA',
      'omega 3',
      'omega-3 fish oil',
      'cod liver oil',
      'omega three',
    ],
    summary:
      'Marine fatty acids that shift the body’s inflammatory signals in a gentler direction. Trials in back or nerve-root pain are lacking.',
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['rx-nih-ods-omega-3', 'rx-gencer-2021-omega-3-af', 'seed-named-verywell-health'],
    evidence: {
      level: 'limited',
      note: 'No good trials in lumbar radicular pain; benefits shown are for triglycerides and some heart outcomes, not back pain.',
      sources: ['rx-nih-ods-omega-3', NO_BACK_PAIN_EVIDENCE],
    },
    reviewed: REVIEWED,
    doseText:
      'Common products give about 1–2 g of fish oil a day; check the label for the actual EPA plus DHA content.',
    function: 'Promoted as an anti-inflammatory.',
    mechanism:
      'EPA and DHA compete with arachidonic acid, giving less inflammatory eicosanoids and producing resolvins.',
    cautions: [
      'Bleeding: may add to the effect of anticoagulants and antiplatelet drugs at higher doses.',
      'Atrial fibrillation: risk rises with long-term intakes above about 1 g a day in trials.',
      'Fishy burps, indigestion and loose stools; fish allergy.',
    ],
  },
  {
    id: 'supplement-curcumin',
    category: 'supplement',
    name: 'Curcumin (turmeric extract)',
    synonyms: [
      'turmeric',
      'curcuma',
      'curcumin with piperine',
      'turmeric extract',
      'curcumine',
      'tumeric',
    ],
    summary:
      'The yellow compound of turmeric, which blocks inflammatory signalling in the laboratory. It is poorly absorbed, and black-pepper extract (piperine) is added to raise blood levels.',
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['rx-nccih-turmeric', NO_BACK_PAIN_EVIDENCE],
    evidence: {
      level: 'limited',
      note: 'Small trials in knee arthritis only; no good trials in back or nerve-root pain.',
      sources: ['rx-nccih-turmeric', NO_BACK_PAIN_EVIDENCE],
    },
    reviewed: REVIEWED,
    doseText:
      '500 mg twice a day is a common dose; products vary widely in strength and absorption.',
    function: 'Promoted as an anti-inflammatory and antioxidant.',
    mechanism: 'Inhibits NF-κB signalling and, weakly, COX-2 in laboratory studies.',
    cautions: [
      'Anticoagulants and antiplatelet drugs (warfarin, DOACs, clopidogrel): may raise bleeding risk.',
      'Liver injury has been reported, more often with high-absorption products containing piperine.',
      'Gallstones or bile-duct blockage: avoid; stomach upset is common.',
    ],
  },
  {
    id: 'supplement-glucosamine',
    category: 'supplement',
    name: 'Glucosamine sulfate',
    synonyms: [
      'glucosamine',
      'glucosamine hydrochloride',
      'N-acetyl-glucosamine',
      'glucosamin',
      'glucosamine sulphate',
    ],
    summary:
      'A building block of cartilage sold for joint pain. A placebo-controlled trial in chronic low back pain with lumbar arthritis found no benefit.',
    details:
      'Glucosamine sulfate, glucosamine hydrochloride and N-acetyl-glucosamine are different compounds; the research concerns mainly the sulfate.',
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: [
      'rx-wilkens-2010-glucosamine',
      'rx-nccih-glucosamine-chondroitin',
      'rx-nice-ng226',
      'seed-named-pmc',
    ],
    evidence: {
      level: 'not-recommended',
      note: 'In a 6-month randomised trial in chronic low back pain with degenerative lumbar arthritis, glucosamine did no better than placebo; NICE advises against it for osteoarthritis.',
      sources: ['rx-wilkens-2010-glucosamine', 'rx-nice-ng226'],
    },
    related: ['supplement-chondroitin'],
    reviewed: REVIEWED,
    doseText: '1,500 mg a day was the trial dose.',
    function: 'Promoted to support cartilage and joint matrix.',
    mechanism:
      'Supplies a sugar used to build glycosaminoglycans in cartilage; foraminal narrowing is bony and ligamentous, not cartilage loss.',
    cautions: [
      'Made from shellfish: check for shellfish allergy.',
      'May raise INR with warfarin.',
      'Mild stomach upset; check blood sugar in diabetes.',
    ],
  },
  {
    id: 'supplement-chondroitin',
    category: 'supplement',
    name: 'Chondroitin sulfate',
    synonyms: ['chondroitin', 'chondroitin sulphate', 'chondroitine', 'condroitin'],
    summary:
      'A cartilage component sold for joint pain, often with glucosamine. It has no evidence in spinal or nerve-root pain.',
    levels: 'all',
    seedDocs: ['000', '001', '003', '004'],
    sources: ['rx-nccih-glucosamine-chondroitin', 'rx-nice-ng226'],
    evidence: {
      level: 'not-recommended',
      note: 'No trials in foraminal stenosis or radicular pain; NICE advises against it for osteoarthritis.',
      sources: ['rx-nice-ng226', 'rx-nccih-glucosamine-chondroitin'],
    },
    related: ['supplement-glucosamine'],
    reviewed: REVIEWED,
    doseText: '800–1,200 mg a day is the usual product dose.',
    function: 'Promoted to keep cartilage resilient and hydrated.',
    mechanism:
      'Attracts water into the cartilage matrix and inhibits some cartilage-degrading enzymes in laboratory work.',
    cautions: ['May raise INR with warfarin.', 'Mild stomach upset.'],
  },
  {
    id: 'supplement-msm',
    category: 'supplement',
    name: 'MSM (methylsulfonylmethane)',
    synonyms: [
      'methylsulfonylmethane',
      'methyl sulfonyl methane',
      'dimethyl sulfone',
      'organic sulfur',
    ],
    summary:
      'A sulfur compound sold for joint pain. Only small short trials in knee arthritis exist.',
    levels: 'all',
    seedDocs: ['000', '003'],
    sources: [NO_BACK_PAIN_EVIDENCE, 'seed-named-verywell-health'],
    evidence: {
      level: 'experimental',
      note: 'No trials in back or nerve-root pain; the collagen-building rationale is theoretical.',
      sources: [NO_BACK_PAIN_EVIDENCE],
    },
    reviewed: REVIEWED,
    doseText: 'Products suggest 1–3 g a day in divided doses.',
    function: 'Promoted for connective-tissue health.',
    mechanism:
      'Proposed to supply sulfur for collagen and cartilage; not shown to matter in people on a normal diet.',
    cautions: ['Stomach upset, headache and fatigue; long-term safety is not established.'],
  },
  {
    id: 'supplement-collagen-peptides',
    category: 'supplement',
    name: 'Collagen peptides (hydrolysed collagen)',
    synonyms: [
      'hydrolysed collagen',
      'hydrolyzed collagen',
      'collagen powder',
      'collagen supplement',
      'colagen',
    ],
    summary:
      'Collagen broken into small protein pieces and taken as a powder, sometimes with vitamin C. It is digested like other protein and has no proven effect on discs or nerve roots.',
    levels: 'all',
    seedDocs: ['000', '003'],
    sources: [NO_BACK_PAIN_EVIDENCE, 'rx-nih-ods-vitamin-c'],
    evidence: {
      level: 'experimental',
      note: 'No trials in spinal stenosis or radicular pain; claims about rebuilding discs are unsupported.',
      sources: [NO_BACK_PAIN_EVIDENCE],
    },
    related: ['supplement-collagen-type-ii', 'supplement-vitamin-c'],
    reviewed: REVIEWED,
    doseText: 'About 10 g a day in water is the usual product dose.',
    function: 'Promoted for connective-tissue and disc repair.',
    mechanism:
      'Supplies amino acids (glycine, proline) used to make collagen; vitamin C is the cofactor for collagen cross-linking.',
    cautions: [
      'Generally safe; contains animal protein (bovine, porcine or fish) relevant to allergies and diets.',
    ],
  },
  {
    id: 'supplement-collagen-type-ii',
    category: 'supplement',
    name: 'Undenatured type II collagen',
    synonyms: ['UC-II', 'collagen type 2', 'type II collagen', 'undenatured collagen'],
    summary:
      'A small-dose chicken-cartilage product (about 40 mg) marketed for joints. It is a different product from collagen peptide powders.',
    levels: 'all',
    seedDocs: ['004'],
    sources: [NO_BACK_PAIN_EVIDENCE],
    evidence: {
      level: 'experimental',
      note: 'Only small industry-funded knee-arthritis trials; nothing in spinal or nerve-root pain.',
      sources: [NO_BACK_PAIN_EVIDENCE],
    },
    related: ['supplement-collagen-peptides'],
    reviewed: REVIEWED,
    doseText: 'About 40 mg a day as marketed.',
    function: 'Promoted to protect joint cartilage.',
    mechanism: 'Proposed to calm immune attack on cartilage through oral tolerance; unproven.',
    cautions: ['Chicken or egg allergy: check the source.'],
  },
  {
    id: 'supplement-vitamin-c',
    category: 'supplement',
    name: 'Vitamin C (ascorbic acid)',
    synonyms: ['ascorbic acid', 'vit C', 'ascorbate', 'vitamine C'],
    summary:
      'An antioxidant vitamin needed to make collagen. Extra beyond dietary needs has no shown benefit for nerve-root pain.',
    levels: 'all',
    seedDocs: ['000'],
    sources: ['rx-nih-ods-vitamin-c'],
    evidence: {
      level: 'limited',
      note: 'Needed for collagen formation, but supplements have not been shown to help back or radicular pain.',
      sources: ['rx-nih-ods-vitamin-c', NO_BACK_PAIN_EVIDENCE],
    },
    related: ['supplement-collagen-peptides'],
    reviewed: REVIEWED,
    doseText: '500–1,000 mg a day is common; the adult upper limit is 2,000 mg a day.',
    function: 'Antioxidant; cofactor for collagen formation.',
    mechanism:
      'Neutralises free radicals and is required by the enzymes that stabilise collagen fibres.',
    cautions: [
      'Diarrhoea above about 2 g a day.',
      'Kidney stones in people prone to them; iron overload (haemochromatosis).',
    ],
  },
  {
    id: 'supplement-vitamin-b12',
    category: 'supplement',
    name: 'Vitamin B12 (oral)',
    synonyms: [
      'cobalamin',
      'methylcobalamin tablets',
      'cyanocobalamin',
      'B12',
      'vitamin b-12',
      'vitamine B12',
    ],
    summary:
      'A vitamin needed for healthy nerves and blood. Tablets correct most deficiencies; without deficiency there is little evidence that extra B12 helps nerve-root pain.',
    details: 'The injectable form is described under drug-methylcobalamin.',
    levels: 'all',
    seedDocs: ['001', '002'],
    sources: ['rx-nih-ods-vitamin-b12', 'rx-ammendolia-2013-lss-cochrane'],
    evidence: {
      level: 'limited',
      note: 'Only single small trials in spinal stenosis (very low-quality evidence). Worth checking levels in people on metformin or acid suppressants, vegans and older adults.',
      sources: ['rx-ammendolia-2013-lss-cochrane', 'rx-nih-ods-vitamin-b12'],
    },
    related: ['drug-methylcobalamin'],
    reviewed: REVIEWED,
    doseText: '500–1,000 µg a day by mouth; no upper limit has been set.',
    function: 'Supports myelin and nerve health when intake or absorption is low.',
    mechanism: 'Cofactor for methylation reactions used in myelin and DNA synthesis.',
    cautions: ['Very safe; folic acid alone can mask deficiency while nerve damage progresses.'],
  },
  {
    id: 'supplement-same',
    category: 'supplement',
    name: 'SAMe (S-adenosylmethionine)',
    synonyms: ['S-adenosylmethionine', 'S-adenosyl-L-methionine', 'ademetionine', 'sam-e', 'sammy'],
    summary:
      'A compound the body uses as a methyl donor, sold for mood and joint pain. Studies do not confirm the claims, and it has no evidence in nerve-root pain.',
    levels: 'all',
    seedDocs: ['001', '003'],
    sources: ['rx-merck-same', NO_BACK_PAIN_EVIDENCE],
    evidence: {
      level: 'limited',
      note: 'Older arthritis and depression trials are inconsistent; nothing in lumbar radicular pain.',
      sources: ['rx-merck-same'],
    },
    reviewed: REVIEWED,
    doseText: '400–1,200 mg a day in divided doses as marketed.',
    function: 'Promoted for mood and joint comfort.',
    mechanism: 'Donates methyl groups for neurotransmitter and cartilage-matrix synthesis.',
    cautions: [
      'Bipolar disorder: can trigger mania.',
      'With SSRIs, SNRIs, tramadol or other serotonergic drugs: possible serotonin excess.',
      'Nausea and stomach upset.',
    ],
  },
  {
    id: 'supplement-bromelain',
    category: 'supplement',
    name: 'Bromelain',
    synonyms: ['pineapple enzyme', 'bromelaine', 'proteolytic enzyme'],
    summary:
      'Protein-digesting enzymes from pineapple stems, sold for swelling. Evidence for musculoskeletal pain is weak.',
    levels: 'all',
    seedDocs: ['001'],
    sources: ['rx-nccih-bromelain'],
    evidence: {
      level: 'limited',
      note: 'Inconsistent small trials for swelling and arthritis; none in radicular pain.',
      sources: ['rx-nccih-bromelain', NO_BACK_PAIN_EVIDENCE],
    },
    reviewed: REVIEWED,
    doseText: '200–400 mg between meals as marketed.',
    function: 'Promoted to reduce soft-tissue swelling.',
    mechanism: 'Breaks down proteins involved in inflammation and clotting.',
    cautions: [
      'Anticoagulants and antiplatelet drugs: may raise bleeding risk.',
      'Pineapple, latex or pollen allergy.',
      'May raise blood levels of some antibiotics.',
    ],
  },
  {
    id: 'supplement-n-acetylcysteine',
    category: 'supplement',
    name: 'N-acetylcysteine (NAC)',
    synonyms: ['NAC', 'acetylcysteine', 'n-acetyl cysteine', 'n acetylcysteine'],
    summary:
      'A precursor of the antioxidant glutathione, used in medicine for paracetamol overdose. There is no evidence it helps nerve-root compression.',
    levels: 'all',
    seedDocs: ['001'],
    sources: [NO_BACK_PAIN_EVIDENCE],
    evidence: {
      level: 'experimental',
      note: 'No clinical trials in spinal stenosis or radicular pain.',
      sources: [NO_BACK_PAIN_EVIDENCE],
    },
    reviewed: REVIEWED,
    doseText: '600–1,200 mg a day as marketed.',
    function: 'Promoted as an antioxidant to aid nerve repair.',
    mechanism: 'Supplies cysteine for glutathione synthesis.',
    cautions: [
      'Nausea, vomiting and diarrhoea; unpleasant sulfur smell.',
      'Asthma: can provoke bronchospasm in some people.',
    ],
  },
  {
    id: 'supplement-alpha-lipoic-acid',
    category: 'supplement',
    name: 'Alpha-lipoic acid',
    synonyms: ['ALA', 'thioctic acid', 'lipoic acid', 'alpha lipoic acid'],
    summary:
      'An antioxidant studied mainly in diabetic neuropathy. One small comparative trial in sciatica had no placebo group.',
    levels: 'all',
    seedDocs: ['002'],
    sources: ['rx-memeo-2008-ala-alc', NO_BACK_PAIN_EVIDENCE],
    evidence: {
      level: 'experimental',
      note: 'Evidence in radicular pain is one small trial comparing it with acetyl-L-carnitine, without placebo.',
      sources: ['rx-memeo-2008-ala-alc'],
    },
    related: ['supplement-acetyl-l-carnitine'],
    reviewed: REVIEWED,
    doseText: '600 mg a day, on an empty stomach.',
    function: 'Promoted as a nerve antioxidant.',
    mechanism:
      'Scavenges free radicals and helps regenerate other antioxidants such as vitamins C and E.',
    cautions: [
      'Diabetes: can lower blood sugar; check glucose when starting.',
      'Nausea and skin rash; may affect thyroid hormone treatment.',
    ],
  },
  {
    id: 'supplement-acetyl-l-carnitine',
    category: 'supplement',
    name: 'Acetyl-L-carnitine',
    synonyms: ['ALC', 'ALCAR', 'acetylcarnitine', 'acetyl l carnitine', 'l-carnitine'],
    summary:
      'A compound involved in cellular energy, studied for nerve damage from diabetes and chemotherapy. Evidence in sciatica is minimal.',
    levels: 'all',
    seedDocs: ['002'],
    sources: ['rx-memeo-2008-ala-alc', NO_BACK_PAIN_EVIDENCE],
    evidence: {
      level: 'experimental',
      note: 'One small sciatica trial without placebo; a chemotherapy-neuropathy trial even found worse nerve symptoms with it.',
      sources: ['rx-memeo-2008-ala-alc', 'rx-hershman-2013-alc'],
    },
    related: ['supplement-alpha-lipoic-acid'],
    reviewed: REVIEWED,
    doseText: '500 mg twice a day as marketed.',
    function: 'Promoted to aid nerve regeneration.',
    mechanism: 'Carries fatty acids into mitochondria for energy production.',
    cautions: [
      'Nausea, restlessness; may raise INR with warfarin; seizure history: use with care.',
    ],
  },
  {
    id: 'supplement-vitamin-b6',
    category: 'supplement',
    name: 'Vitamin B6 (pyridoxine)',
    synonyms: ['pyridoxine', 'vit B6', 'pyridoxal', 'vitamine B6'],
    summary:
      'A vitamin used to make neurotransmitters. Too much over months causes numbness and tingling in the feet, the very symptoms it is taken for.',
    levels: 'all',
    seedDocs: ['002'],
    sources: ['rx-nih-ods-vitamin-b6'],
    evidence: {
      level: 'limited',
      note: 'No evidence of benefit for radicular pain without deficiency; high doses damage sensory nerves.',
      sources: ['rx-nih-ods-vitamin-b6', NO_BACK_PAIN_EVIDENCE],
    },
    reviewed: REVIEWED,
    doseText:
      '50 mg a day is common; the adult upper limit is 100 mg a day, and lower long-term intakes are safer.',
    function: 'Promoted for neurotransmitter and nerve health.',
    mechanism: 'Cofactor for enzymes that make GABA, serotonin and dopamine.',
    cautions: [
      'Sensory neuropathy with prolonged high intake; stop if new tingling or numbness appears.',
      'Check multivitamins and B-complex products for hidden B6.',
    ],
  },
  {
    id: 'supplement-vitamin-b1',
    category: 'supplement',
    name: 'Vitamin B1 (thiamine)',
    synonyms: ['thiamine', 'thiamin', 'vit B1', 'benfotiamine'],
    summary:
      'A vitamin needed for nerve energy metabolism. Supplements help only when intake is low (for example with heavy alcohol use).',
    levels: 'all',
    seedDocs: ['002'],
    sources: ['rx-nih-ods-thiamin'],
    evidence: {
      level: 'limited',
      note: 'No evidence for radicular pain without deficiency.',
      sources: ['rx-nih-ods-thiamin', NO_BACK_PAIN_EVIDENCE],
    },
    reviewed: REVIEWED,
    doseText: '100 mg a day is common; no upper limit has been set.',
    function: 'Supports nerve metabolism.',
    mechanism: 'Coenzyme in the breakdown of glucose for energy in nerve cells.',
    cautions: [
      'Very safe by mouth; heavy drinkers should be assessed for deficiency rather than self-treat.',
    ],
  },
  {
    id: 'supplement-green-tea-extract',
    category: 'supplement',
    name: 'Green tea extract (EGCG)',
    synonyms: ['EGCG', 'epigallocatechin gallate', 'green tea', 'camellia sinensis extract'],
    summary:
      'A concentrated extract of green tea catechins. Unlike the drink, concentrated extracts have caused liver damage.',
    levels: 'all',
    seedDocs: ['003'],
    sources: ['rx-nccih-green-tea'],
    evidence: {
      level: 'experimental',
      note: 'No trials in back or radicular pain; the safety concern (liver injury) outweighs any unproven benefit.',
      sources: ['rx-nccih-green-tea', NO_BACK_PAIN_EVIDENCE],
    },
    reviewed: REVIEWED,
    doseText: '500 mg twice a day is common; drinking green tea is the safer choice.',
    function: 'Promoted as an antioxidant and anti-inflammatory.',
    mechanism: 'EGCG inhibits several inflammatory enzymes in laboratory studies.',
    cautions: [
      'Liver injury with concentrated extracts, especially on an empty stomach: stop if jaundice, dark urine or abdominal pain appear.',
      'Caffeine content; lowers blood levels of nadolol and may affect warfarin.',
    ],
  },
  {
    id: 'supplement-hyaluronic-acid-oral',
    category: 'supplement',
    name: 'Hyaluronic acid (oral)',
    synonyms: [
      'oral hyaluronic acid',
      'hyaluronan tablets',
      'sodium hyaluronate capsules',
      'HA supplement',
    ],
    summary:
      'Capsules of hyaluronic acid, the lubricating molecule of joint fluid. Little is absorbed intact, and it cannot "lubricate" a nerve root.',
    levels: 'all',
    seedDocs: ['004'],
    sources: [NO_BACK_PAIN_EVIDENCE],
    evidence: {
      level: 'experimental',
      note: 'A "nerve glide" effect has no basis; only small knee trials exist.',
      sources: [NO_BACK_PAIN_EVIDENCE],
    },
    related: ['injection-hyaluronic-acid'],
    reviewed: REVIEWED,
    doseText: 'About 200 mg a day as marketed.',
    function: 'Promoted for joint lubrication.',
    mechanism:
      'Proposed to raise joint-fluid viscosity; oral absorption of the large molecule is minimal.',
    cautions: ['Generally well tolerated; some products come from rooster combs (bird allergy).'],
  },
  {
    id: 'supplement-boswellia',
    category: 'supplement',
    name: 'Boswellia serrata (Indian frankincense)',
    synonyms: ['boswellia', 'Indian frankincense', 'boswellic acid', 'AKBA', 'salai guggul'],
    summary:
      'A resin extract that blocks 5-lipoxygenase, an inflammatory enzyme. Trials are small and confined to knee arthritis.',
    levels: 'all',
    seedDocs: ['004'],
    sources: [NO_BACK_PAIN_EVIDENCE],
    evidence: {
      level: 'experimental',
      note: 'No trials in back or radicular pain.',
      sources: [NO_BACK_PAIN_EVIDENCE],
    },
    reviewed: REVIEWED,
    doseText: '300 mg three times a day as marketed; extracts differ in boswellic-acid content.',
    function: 'Promoted as an anti-inflammatory.',
    mechanism: 'Boswellic acids inhibit 5-lipoxygenase and leukotriene production.',
    cautions: ['Stomach upset and reflux; may interact with anticoagulants; avoid in pregnancy.'],
  },
] satisfies EntryInputOf<'supplement'>[];
