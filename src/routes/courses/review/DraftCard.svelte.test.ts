import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import type { QuestionRecord } from '$lib/db/records';
import { fixtureQuestion } from '$lib/courses/fixtures.test-helpers';
import DraftCard from './DraftCard.svelte';

const draft: QuestionRecord = {
	...fixtureQuestion('q-1', 'short'),
	id: 'u-1:q-1',
	courseId: 'u-1',
	position: 0,
	status: 'draft'
};

describe('DraftCard', () => {
	it('says so on the card, with focus, when another tab decided first', async () => {
		const message =
			'Not changed: this question was rejected in another tab or window after you opened it.';
		const onstatus = vi.fn().mockResolvedValue(message);
		render(DraftCard, { question: draft, fact: 'a fact', onstatus, onsave: vi.fn() });
		await page.getByRole('button', { name: 'Accept' }).click();
		// The status the card showed goes with the decision, so a stale one can be refused.
		expect(onstatus).toHaveBeenCalledWith('accepted', 'draft');
		const status = page.getByRole('status');
		await expect.element(status).toHaveTextContent(message);
		await expect.element(status).toHaveFocus();
	});

	it('shows nothing more when the decision was written', async () => {
		const onstatus = vi.fn().mockResolvedValue(null);
		render(DraftCard, { question: draft, fact: 'a fact', onstatus, onsave: vi.fn() });
		await page.getByRole('button', { name: 'Reject' }).click();
		expect(onstatus).toHaveBeenCalledWith('rejected', 'draft');
		await expect.element(page.getByRole('status')).not.toBeInTheDocument();
	});
});
