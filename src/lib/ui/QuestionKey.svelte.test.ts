import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import QuestionKey from './QuestionKey.svelte';

describe('QuestionKey', () => {
	it('shows the other typed answers that count, not only the main one', async () => {
		render(QuestionKey, {
			question: {
				type: 'short',
				answer: 'Vetëvendosje',
				accept: ['Vetevendosje', 'Self-Determination', 'LVV']
			}
		});
		await expect.element(page.getByText('Answer:')).toBeVisible();
		// A spelling the marking already forgives says nothing new: it is listed apart.
		await expect
			.element(page.getByTestId('also-right'))
			.toHaveTextContent('Also right: “Self-Determination” or “LVV”');
		await expect.element(page.getByTestId('also-kept')).toHaveTextContent('“Vetevendosje”');
	});

	// Outsider teacher, issue 14: GIFT `{=Pristina =Prishtina =Priština}` previewed as "Pristina"
	// alone, read as two answers dropped; every kept answer is shown.
	it('shows every kept answer, also those the marking already forgives', async () => {
		render(QuestionKey, {
			question: { type: 'short', answer: 'Pristina', accept: ['Prishtina', 'Priština'] }
		});
		await expect
			.element(page.getByTestId('also-kept'))
			.toHaveTextContent(
				'Also kept (already marked right as the same answer): “Prishtina” or “Priština”'
			);
		expect(page.getByTestId('also-right').elements()).toHaveLength(0);
	});

	// Outsider teacher: "a; b" read as two alternatives in the answer key.
	it('shows where each other answer begins and ends, whatever it holds', async () => {
		render(QuestionKey, {
			question: { type: 'short', answer: 'Belgrade', accept: ['Beograd; the capital', 'BG'] }
		});
		await expect
			.element(page.getByTestId('also-right'))
			.toHaveTextContent('Also right: “Beograd; the capital” or “BG”');
	});

	// Review drafts took the right choice's bullet away: right and wrong read by words, bullets alike.
	it('marks the right choice in words, with every choice in the same list', async () => {
		render(QuestionKey, {
			question: { type: 'mcq', answer: 'Hadrian', choices: ['Trajan', 'Hadrian', 'Nero'] }
		});
		const items = page.getByRole('listitem');
		await expect.element(items.nth(1)).toHaveTextContent('Hadrian ✓ right answer');
		expect(items.elements().map((li) => getComputedStyle(li).listStyleType)).toEqual([
			'disc',
			'disc',
			'disc'
		]);
		expect(page.getByText('right answer').elements()).toHaveLength(1);
	});

	it('says nothing more for a question without other answers', async () => {
		render(QuestionKey, { question: { type: 'flashcard', answer: 'Back', accept: ['x'] } });
		await expect.element(page.getByText('Back')).toBeVisible();
		expect(page.getByTestId('also-right').elements()).toHaveLength(0);
	});
});
