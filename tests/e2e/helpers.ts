import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

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

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
// axe-core's own build, read once per worker and evaluated in the page under test.
const AXE_SOURCE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

/**
 * Runs axe-core against WCAG 2.x A/AA rules (and axe's best practices) and fails with the rule
 * ids and targets.
 *
 * On a page without frames (every screen of the app: it has no iframe) axe runs once, in the
 * page: AxeBuilder's default mode evaluates axe's 550 kB source twice, opens a blank page to
 * merge per-frame results and serialises every node of every passing rule, which made a scan
 * 4 times slower (132 s against 33 s for 8 scans at load 15, 2026-12-02). `resultTypes` keeps
 * only one node of passes and inapplicable rules; violations are reported whole, as before. A
 * page with frames goes through AxeBuilder, which injects axe into each frame.
 */
export async function expectNoAxeViolations(page: Page) {
	await animationsDone(page);
	let violations: AxeResults['violations'];
	if (page.frames().length > 1) {
		violations = (
			await new AxeBuilder({ page, axeSource: AXE_SOURCE }).withTags(AXE_TAGS).analyze()
		).violations;
	} else {
		await page.evaluate(AXE_SOURCE);
		violations = await page.evaluate(
			async (tags) =>
				(
					await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
						runOnly: { type: 'tag', values: tags },
						resultTypes: ['violations']
					})
				).violations,
			AXE_TAGS
		);
	}
	const summary = violations.map(
		(v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary, 'axe-core violations').toEqual([]);
}

/**
 * Waits until no CSS animation or transition that ends is running (or waiting out its delay)
 * in the page; endless ones (a loading ring's turn) do not count. axe met Study's loading
 * status while it faded in (`LoadingStatus`: 0.3 s delay, 0.2 s fade) and measured its text at
 * part opacity, a colour-contrast failure no one sees (shell.spec, 2026-12-04). A screen that
 * keeps starting animations fails at the action timeout.
 */
export async function animationsDone(page: Page) {
	await page.waitForFunction(() =>
		document
			.getAnimations()
			.every(
				(animation) =>
					animation.playState !== 'running' ||
					animation.effect?.getComputedTiming().endTime === Infinity
			)
	);
}

/** Waits until the app has hydrated, so clicks reach Svelte's handlers. */
export async function gotoApp(page: Page, path: string) {
	await page.goto(path);
	await page.locator('body[data-hydrated="true"]').waitFor();
}

/**
 * Settings → Reset progress…, confirmed in its dialog, on `page` (Settings open). The caller checks
 * what the screen says afterwards: it differs with a course of one's own.
 */
export async function resetProgress(page: Page) {
	await page.getByRole('button', { name: 'Reset progress…' }).click();
	await page
		.getByRole('dialog', { name: 'Reset all progress?' })
		.getByRole('button', { name: 'Reset progress' })
		.click();
}

/** Opens a screen through the main navigation, as a person would at the current size. */
export async function navigateTo(page: Page, name: string) {
	const nav = page.getByRole('navigation', { name: 'Main' });
	const link = nav.getByRole('link', { name, exact: true });
	if (!(await link.isVisible())) await nav.getByRole('button', { name: 'More' }).click();
	await link.click();
}

/**
 * A screenshot for a person to look at (the layout of a screen a test has just checked), taken
 * only when `E2E_SHOTS=1`: in CI nobody opens them, and each costs a render and a PNG encode
 * (a full page more). A screenshot that is itself the assertion is taken with `page.screenshot`.
 */
export async function shotForPeople(page: Page, path: string, fullPage = false) {
	if (process.env.E2E_SHOTS === '1') await page.screenshot({ path, fullPage });
}

/** Text at 200% in every document of `page` from its first paint, as a browser's text size. */
export async function largeTextFromLoad(page: Page) {
	await page.addInitScript(() =>
		document.addEventListener('DOMContentLoaded', () => {
			const style = document.createElement('style');
			style.textContent = 'html { font-size: 200% !important; }';
			document.head.append(style);
		})
	);
}
