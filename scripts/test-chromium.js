import { existsSync } from 'node:fs';

/**
 * The Chromium the tests run in (Playwright's end-to-end tests and Vitest's component tests):
 * Debian's headless shell (`chromium-headless-shell`, which `.ci/run` installs) where it is
 * installed, else Debian's Chromium, else `undefined` for Playwright's own browser. Browsers are
 * never downloaded by this project.
 *
 * The headless shell is the same build of Blink and V8 as `/usr/bin/chromium` (the same Debian
 * version; apt keeps them equal through `chromium-common`), without the browser's UI layer; it is
 * what Playwright itself runs headless tests in. The whole end-to-end suite passes in it; it uses
 * about a third less CPU time (README, Testing: measured on a cgroup, ci31).
 *
 * @type {string | undefined}
 */
export const TEST_CHROMIUM = [
	'/usr/lib/chromium/chromium-headless-shell',
	'/usr/bin/chromium'
].find((path) => existsSync(path));
