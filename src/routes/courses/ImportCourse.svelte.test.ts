import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import ImportCourse from './ImportCourse.svelte';

const TITLE = `Dialog test ${Date.now()}`;

/** A small course file, its course id new to this browser's database. */
function courseFile() {
	const sentence = 'The Danube delta lies mostly in Romania.';
	return {
		format: 'flashpoint-course',
		version: 1,
		exportedAt: '2026-11-30T10:00:00.000Z',
		course: {
			id: `u-0e2e0000-0000-4000-8000-${String(Date.now()).padStart(12, '0')}`,
			title: TITLE
		},
		documents: [
			{
				id: 'd-1',
				title: 'The Danube delta',
				outlet: 'River Notes',
				date: '2025-03-01',
				dateApproximate: false,
				text: sentence
			}
		],
		questions: [
			{
				id: 'q-1',
				type: 'flashcard',
				prompt: 'In which country is most of the Danube delta?',
				answer: 'Romania',
				explanation: sentence,
				source: { doc: 'd-1', quote: sentence },
				fact: 'delta-country',
				topics: ['geography'],
				difficulty: 1,
				origin: 'written'
			}
		]
	};
}

/** Chooses `file` in the component's hidden file field, as the file picker does. */
function choose(file: object) {
	const input = document.querySelector<HTMLInputElement>('[data-testid="course-file-input"]')!;
	const transfer = new DataTransfer();
	transfer.items.add(new File([JSON.stringify(file)], 'course.json', { type: 'application/json' }));
	input.files = transfer.files;
	input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('ImportCourse', () => {
	// Chromium fires `close` at the next animation frame: on a busy machine the close of one
	// import arrived after the dialog was open again for the next file, and emptied it under the
	// click on "Keep both" (courses e2e, flaky in CI).
	it('keeps its open dialog whole when a late close event arrives', async () => {
		const onimported = vi.fn();
		render(ImportCourse, { onimported });
		choose(courseFile());
		const dialog = page.getByRole('dialog', { name: `Import “${TITLE}”?` });
		await expect.element(dialog).toBeVisible();
		dialog.element().dispatchEvent(new Event('close'));
		await expect.element(dialog).toBeVisible();
		await dialog.getByRole('button', { name: 'Import course' }).click();
		await vi.waitFor(() => expect(onimported).toHaveBeenCalledOnce());
		expect(onimported.mock.calls[0][0]).toContain(`Imported “${TITLE}”`);
		await expect.element(dialog).not.toBeInTheDocument();
	});
});
