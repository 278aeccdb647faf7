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
		const onstatus = vi.fn().mockResolvedValue({ message, stored: 'rejected' });
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

	it('refuses a press made just after another tab changed the card, and says so first', async () => {
		// Tab 1 accepted; the live row reached this tab, and Reject stayed where it was.
		const onstatus = vi.fn().mockResolvedValue({
			message: 'Not changed: this question was accepted in another tab or window.',
			stored: 'accepted'
		});
		const props = { question: draft, fact: 'a fact', onstatus, onsave: vi.fn() };
		const { rerender } = await render(DraftCard, props);
		await rerender({ ...props, question: { ...draft, status: 'accepted' } });
		await expect
			.element(page.getByTestId('changed-elsewhere'))
			.toHaveTextContent('Accepted in another tab or window');
		await page.getByRole('button', { name: 'Reject' }).click();
		// Written over the status the person saw last, so the write is refused and not silent.
		expect(onstatus).toHaveBeenCalledWith('rejected', 'draft');
		await expect.element(page.getByRole('status')).toHaveFocus();
		// Told once, the next press counts from what is shown now.
		onstatus.mockResolvedValue(null);
		await page.getByRole('button', { name: 'Reject' }).click();
		expect(onstatus).toHaveBeenLastCalledWith('rejected', 'accepted');
	});

	it('saves an edit over the status last seen, not one another tab wrote since', async () => {
		const onsave = vi.fn().mockResolvedValue(null);
		const props = { question: draft, fact: 'a fact', onstatus: vi.fn(), onsave };
		const { rerender } = await render(DraftCard, props);
		await rerender({ ...props, question: { ...draft, status: 'rejected' } });
		await page.getByRole('button', { name: 'Edit' }).click();
		await page.getByRole('button', { name: /^Save/ }).click();
		expect(onsave.mock.calls[0][1].base.status).toBe('draft');
	});

	it('takes its own page’s Accept all as seen, not as another tab', async () => {
		const onstatus = vi.fn().mockResolvedValue(null);
		const props = { question: draft, fact: 'a fact', onstatus, onsave: vi.fn() };
		const { rerender } = await render(DraftCard, props);
		await rerender({ ...props, settled: { status: 'accepted' } });
		await rerender({
			...props,
			settled: { status: 'accepted' },
			question: { ...draft, status: 'accepted' }
		});
		await page.getByRole('button', { name: 'Back to draft' }).click();
		expect(onstatus).toHaveBeenCalledWith('draft', 'accepted');
		await expect.element(page.getByTestId('changed-elsewhere')).not.toBeInTheDocument();
	});
});
