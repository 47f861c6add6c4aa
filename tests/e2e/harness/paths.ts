import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Repository root, found from this file so the tests run from any working directory. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv3');
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const SCREENSHOTS = join(ROOT, 'docs/screenshots');
export const E2E_PAGES = join(ROOT, 'tests/e2e/pages');
