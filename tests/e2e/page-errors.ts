import { expect, test as base } from '@playwright/test';

/** A Svelte runtime error's text: its code's page, e.g. https://svelte.dev/e/effect_update_depth_exceeded. */
const SVELTE_ERROR = /svelte\.dev\/e\//;

/**
 * Playwright's `test` with one more automatic check: the test fails when any page of its
 * `context` throws an uncaught error or logs a Svelte runtime error, even if every step passed.
 * An effect that wrote the state it read logged effect_update_depth_exceeded on every quiz
 * action while each screen still looked right (outsider, issue 12); no assertion had looked.
 * Pages in contexts a test opens itself (`newDeviceContext`) are not watched. Every spec uses
 * it (eslint refuses `test` from '@playwright/test' in a spec). A test that makes an error on
 * purpose (a script that fails to download) names it: `test.use({ expectedErrors: [/…/] })`.
 */
export const test = base.extend<{ failOnPageErrors: void; expectedErrors: RegExp[] }>({
	expectedErrors: [[], { option: true }],
	failOnPageErrors: [
		async ({ context, expectedErrors }, use) => {
			const errors: string[] = [];
			context.on('weberror', (error) => errors.push(`uncaught: ${error.error().message}`));
			context.on('console', (message) => {
				if (message.type() === 'error' && SVELTE_ERROR.test(message.text()))
					errors.push(`console: ${message.text()}`);
			});
			await use();
			const unexpected = errors.filter((error) => !expectedErrors.some((re) => re.test(error)));
			expect(unexpected, 'uncaught or Svelte errors in the page').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
