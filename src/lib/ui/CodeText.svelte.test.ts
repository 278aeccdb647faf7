import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import CodeText from './CodeText.svelte';

/**
 * The lines (distinct tops, CSS px) each of `element`'s parts is drawn on: the code as a whole
 * and each group of three.
 */
function lines(element: Element): number {
	const range = document.createRange();
	range.selectNodeContents(element);
	const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top));
	return new Set(tops).size;
}

/**
 * `text` in a line as wide as the Share panel's note at 320 px (225 px), at 200% text (32 px) in
 * the app's sans-serif font.
 */
async function inNote(text: string) {
	const { container } = await render(CodeText, { text });
	Object.assign(container.style, {
		width: '225px',
		fontSize: '32px',
		fontFamily: 'system-ui, sans-serif'
	});
	return container;
}

describe('CodeText', () => {
	// Fresh-clone CI: "VWG-1F0-1MN" in the sans-serif font took 233 px at 200% text and broke
	// across two lines of the 225 px note; "WWW-MMM-WWW" took 293 px.
	it('keeps a three-group code of the widest letters on one line at 200% text on a 320 px phone', async () => {
		for (const code of ['WWW-MMM-WWW', 'VWG-1F0-1MN', 'MWM-WMW-MWM']) {
			const note = await inNote(`Anyone who typed the old join code ${code} still answers.`);
			const run = note.querySelector('.code-run')!;
			expect(run.textContent).toBe(code);
			expect(lines(run), code).toBe(1);
			expect(run.getBoundingClientRect().width, code).toBeLessThanOrEqual(225);
		}
	});

	it('breaks a four-group code wider than the line between its groups, never inside one', async () => {
		const note = await inNote('The old join code WMW-MWM-WMW-MWM still works.');
		const run = note.querySelector('.code-run')!;
		expect(lines(run)).toBe(2);
		for (const group of run.querySelectorAll('.group')) expect(lines(group)).toBe(1);
		expect(run.getBoundingClientRect().right).toBeLessThanOrEqual(
			note.getBoundingClientRect().right + 0.5
		);
	});
});
