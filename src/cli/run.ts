/** Process entry used by bin/foramen.js and by spawned CLI tests. */
import { main } from './main.js';

await main(process.argv);
