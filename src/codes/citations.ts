/** Where each ICD-10-CM code and title was checked: records in the KB's citation registry. */
import { CODE_CITATIONS } from '../kb/index.js';

export { CODE_CITATIONS };
