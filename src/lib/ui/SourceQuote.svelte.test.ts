import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import type { QuizQuestion } from '$lib/quiz/types';
import SourceQuote from './SourceQuote.svelte';

/** A quiz question with only what the quote reads: its id and source. */
function question(id: string, doc: string, quote: string, prompt = 'Which?'): QuizQuestion {
	return { id, prompt, source: { doc, quote } } as unknown as QuizQuestion;
}

describe('SourceQuote', () => {
	it('quotes a built-in question’s passage and links to it, with the screen to go back to', async () => {
		render(SourceQuote, {
			question: question('q-vucic', 'b92-2008', 'Serbia will never recognise Kosovo.'),
			from: 'quiz'
		});
		await expect.element(page.getByText('“Serbia will never recognise Kosovo.”')).toBeVisible();
		const link = page.getByRole('link', { name: 'Read the source passage' });
		await expect.element(link).toHaveAttribute('href', '/sources/b92-2008?q=q-vucic&from=quiz');
		expect(link.element().getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
	});

	it('quotes a user course’s passage without a link: its document is not on the student’s device', async () => {
		render(SourceQuote, { question: question('uc-u-1-q-2', 'u-1:d-1', 'The dam held.') });
		await expect.element(page.getByText('“The dam held.”')).toBeVisible();
		expect(page.getByRole('link').elements()).toHaveLength(0);
	});

	// Outsider teacher (session 33): "No source passage" under every imported question told
	// students of an absence; nothing is shown, as for the teacher's own questions.
	it('shows nothing for an imported question whose file gave no source sentence', async () => {
		const { container } = await render(SourceQuote, {
			question: question('q-gift', 'u-2:d-1', ''),
			from: 'quiz'
		});
		expect(container.textContent?.trim()).toBe('');
		expect(page.getByRole('link').elements()).toHaveLength(0);
	});

	it('shows nothing for a question the teacher wrote in the quiz editor (no document)', async () => {
		const { container } = await render(SourceQuote, {
			question: question('own-1', 'teacher', 'x')
		});
		expect(container.textContent?.trim()).toBe('');
	});

	it('quotes no true statement again under itself: only the link to its passage', async () => {
		const said = 'Serbia will never recognise Kosovo.';
		render(SourceQuote, { question: question('q-vucic', 'b92-2008', said, said), from: 'quiz' });
		const link = page.getByRole('link', { name: 'Read the source passage' });
		await expect.element(link).toBeVisible();
		expect(page.getByText(`“${said}”`).elements()).toHaveLength(0);
		expect(link.element().getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
	});
});
