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
		// A spelling the marking already forgives says nothing new, so it is left out.
		await expect
			.element(page.getByTestId('also-right'))
			.toHaveTextContent('Also right: Self-Determination · LVV');
	});

	it('says nothing more for a question without other answers', async () => {
		render(QuestionKey, { question: { type: 'flashcard', answer: 'Back', accept: ['x'] } });
		await expect.element(page.getByText('Back')).toBeVisible();
		expect(page.getByTestId('also-right').elements()).toHaveLength(0);
	});
});
