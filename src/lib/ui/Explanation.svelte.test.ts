import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import Explanation from './Explanation.svelte';

describe('Explanation', () => {
	// Outsider teacher, issue 12: an explanation in paragraphs showed as one line in Study.
	it('shows an explanation in the paragraphs and lines it was written in, as text', async () => {
		const { container } = await render(Explanation, {
			question: {
				explanation: 'The war ended in 1918.\n\nThe treaty came <b>later</b>:\n- 1919\n- 1920',
				origin: 'written'
			}
		});
		await expect.element(page.getByText('The war ended in 1918.')).toBeVisible();
		const paragraphs = [...container.querySelectorAll('p')];
		expect(paragraphs.map((p) => p.textContent)).toEqual([
			'The war ended in 1918.',
			'The treaty came <b>later</b>:\n- 1919\n- 1920'
		]);
		expect(container.querySelector('b')).toBeNull();
		// Its single line breaks show as breaks, not spaces.
		expect(getComputedStyle(paragraphs[1]).whiteSpace).toBe('pre-line');
	});

	// Outsider student from Anki, session 33: every imported flashcard's back in Study read "No
	// explanation in the imported file."; the teacher's lists keep the note.
	it('notes a missing explanation, or with noteMissing false shows nothing', async () => {
		const question = { explanation: '', origin: 'imported' as const };
		const noted = await render(Explanation, { question });
		expect(noted.container.textContent).toContain('No explanation in the imported file.');
		const study = await render(Explanation, { question, noteMissing: false });
		expect(study.container.textContent?.trim()).toBe('');
	});
});
