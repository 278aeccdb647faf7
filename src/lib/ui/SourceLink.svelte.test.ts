import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import SourceLink from './SourceLink.svelte';

describe('SourceLink', () => {
	it('links a question to its source passage, with the screen to go back to', async () => {
		render(SourceLink, {
			question: { id: 'q-1', source: { doc: 'b92-2008', quote: 'The dam held.' } },
			from: 'study'
		});
		const link = page.getByRole('link', { name: 'Read the source passage' });
		await expect.element(link).toHaveAttribute('href', '/sources/b92-2008?q=q-1&from=study');
	});

	// Outsider teacher (session 33): students read a note of the missing source under every
	// imported card; Anki, like Flashpoint now, shows nothing.
	it('shows nothing for an imported question whose file gave no source sentence', async () => {
		const { container } = await render(SourceLink, {
			question: { id: 'q-gift', source: { doc: 'u-2:d-1', quote: '' } },
			from: 'study'
		});
		expect(container.textContent?.trim()).toBe('');
	});
});
