/** The work of `foramen site build` (declared in site.ts): write the site's files and report. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { InputError, buildArticleSite } from '../../index.js';
import type { CliIo } from '../io.js';
import { printJson, wantsJson } from '../io.js';

/**
 * Writes the static site into OUT.
 * @param out - the output folder (created if missing)
 * @param options - `--json`
 * @param io - the streams
 */
export async function runSiteBuild(
  out: string,
  options: { json?: boolean },
  io: CliIo,
): Promise<void> {
  const started = performance.now();
  const root = resolve(out);
  const files = buildArticleSite();
  try {
    await mkdir(root, { recursive: true });
    await Promise.all(
      files.map(async (f) => {
        const path = join(root, f.path);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, f.content);
      }),
    );
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError('invalid-input', 'OUT', `${out}: cannot write there (${code})`, {
      cause: error,
    });
  }
  const clinician = files.filter((f) => f.path.endsWith('.clinician.html')).length;
  const kbPages = files.filter((f) => f.path.startsWith('kb/')).length;
  const result = {
    out: root,
    files: files.length,
    pages: files.length - 1 - clinician - kbPages,
    clinicianPages: clinician,
    kbPages,
    ms: Math.round(performance.now() - started),
  };
  if (wantsJson(options, io)) return printJson(io, result);
  io.stdout.write(
    `wrote ${result.pages} patient pages, ${clinician} clinician pages, ${kbPages} KB pages and index.html to ${root} in ${result.ms} ms\n`,
  );
}
