/** The short disclaimer every output meant for people carries. */
export const DISCLAIMER =
  'Foramen supports clinical judgement and patient education; it is not a diagnosis and does not replace an examination by a qualified clinician. If you have new bladder or bowel problems, numbness between the legs, or rapidly worsening leg weakness, seek emergency care now.';
