import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page } from '@playwright/test';

export const SCREENS = [
	{ path: '/', name: 'Home', heading: 'Flashpoint' },
	{ path: '/study', name: 'Study', heading: 'Study' },
	{ path: '/quiz', name: 'Quiz', heading: 'Quiz' },
	{ path: '/classroom', name: 'Classroom', heading: 'Classroom' },
	{ path: '/courses', name: 'Courses', heading: 'Courses' },
	{ path: '/stats', name: 'Stats', heading: 'Stats' },
	{ path: '/sources', name: 'Sources', heading: 'Sources' },
	{ path: '/questions', name: 'Questions', heading: 'Questions' },
	{ path: '/settings', name: 'Settings', heading: 'Settings' }
] as const;

/** Runs axe-core against WCAG 2.x A/AA rules and fails with the rule ids and targets. */
export async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary, 'axe-core violations').toEqual([]);
}

/** Waits until the app has hydrated, so clicks reach Svelte's handlers. */
export async function gotoApp(page: Page, path: string) {
	await page.goto(path);
	await page.locator('body[data-hydrated="true"]').waitFor();
}

/** Opens a screen through the main navigation, as a person would at the current size. */
export async function navigateTo(page: Page, name: string) {
	const nav = page.getByRole('navigation', { name: 'Main' });
	const link = nav.getByRole('link', { name, exact: true });
	if (!(await link.isVisible())) await nav.getByRole('button', { name: 'More' }).click();
	await link.click();
}

/** Major version of the Chromium running the tests (`Browser.version()`: "156.0.8078.114"). */
export function chromiumMajor(browser: Browser): number {
	return Number(browser.version().split('.')[0]);
}

/**
 * Why a layout check waits on Chromium 156: Debian's Chromium 156.0.8078.114, installed on
 * 2026-12-02, lays out text enlarged to 200% on a 320–390 px phone wider (the answer bar's
 * buttons overflow by 5–49 px) and puts the update prompt over the bottom navigation; the last
 * release's commit (`2eab419`, green in CI under the Chromium before) fails the same checks
 * here, so it is the browser, not a change of ours. Open in issue 14 until the layout is fixed.
 */
export const CHROMIUM_156_LAYOUT =
	'Chromium 156 lays out 200% text and the phone update prompt differently (fails on 2eab419 too); to fix';

/** Why the flaky-network error page check waits on Chromium 156 (see `CHROMIUM_156_LAYOUT`). */
export const CHROMIUM_156_FLAKY =
	'Chromium 156 shows neither the error page nor the app after one aborted chunk request (fails on 2eab419 too); to fix';
