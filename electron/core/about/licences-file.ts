import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where scripts/licences.mjs writes the list of bundled packages: dist/licences.json. The bundled core
 * (main.cjs and cli.cjs, in dist/electron, also inside the packaged app's archive) finds it one folder up
 * from itself, as it finds the import worker beside itself; run from source (the browser mode, the tests,
 * through tsx) it finds it in the project's dist folder.
 */
export function licencesFile(): string {
  if (typeof __filename === 'string' && __filename.endsWith('.cjs')) return join(dirname(__filename), '..', 'licences.json');
  return fileURLToPath(new URL('../../../dist/licences.json', import.meta.url));
}
