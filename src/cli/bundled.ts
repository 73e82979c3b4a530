import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * What ships in the package beside the code: the cases corpus, the agency profiles, the parameter files and the
 * version. Resolved from this module's own location (src/cli or dist/cli, two levels below the
 * package root), never from the current directory, so that `recourse impact` works from any
 * folder and after `npm install -g`.
 */
const PACKAGE_ROOT = new URL('../../', import.meta.url);

export const BUNDLED_CASES = fileURLToPath(new URL('data/cases', PACKAGE_ROOT));
export const BUNDLED_AGENCIES = fileURLToPath(new URL('data/agencies', PACKAGE_ROOT));
export const BUNDLED_PARAMETERS = fileURLToPath(new URL('data/parameters', PACKAGE_ROOT));
export const BUNDLED_NEGOTIATION = fileURLToPath(new URL('data/negotiation/us-2020-2022.yaml', PACKAGE_ROOT));

export const VERSION: string = JSON.parse(
  readFileSync(new URL('package.json', PACKAGE_ROOT), 'utf8'),
).version;
