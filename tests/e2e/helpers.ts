import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

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
