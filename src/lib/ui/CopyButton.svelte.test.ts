import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import CopyButton from './CopyButton.svelte';

describe('CopyButton', () => {
	it('copies its text and says so', async () => {
		const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
		render(CopyButton, { text: 'R1.result-code', label: 'Copy result code' });
		await page.getByRole('button', { name: 'Copy result code' }).click();
		expect(writeText).toHaveBeenCalledWith('R1.result-code');
		await expect.element(page.getByRole('status')).toHaveTextContent('Copied.');
	});

	it('tells the user how to copy by hand when the browser refuses', async () => {
		vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
		render(CopyButton, { text: 'R1.result-code', label: 'Copy result code' });
		await page.getByRole('button', { name: 'Copy result code' }).click();
		await expect
			.element(page.getByRole('status'))
			.toHaveTextContent('select the text and copy it yourself');
	});
});
