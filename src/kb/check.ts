/** `npm run kb:check`: validates the shipped KB and prints one line per problem. */
import { getKb } from './load.js';
import { validateKb } from './validate.js';

const problems = validateKb();
for (const p of problems) process.stderr.write(`${p}\n`);
const kb = getKb();
process.stdout.write(
  `${kb.entries.length} entries, ${kb.citations.size} citations, ${problems.length} problem(s)\n`,
);
process.exitCode = problems.length > 0 ? 1 : 0;
