import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { textBlocks } from '$lib/content/sources';
import SourceText from './SourceText.svelte';

const TEXT = `## Summary table

| Factor | Effect of increasing it | Why |
|---|---|---|
| Light intensity | Rate rises, then levels off | Provides energy for the reaction |
| Temperature | Rate rises to an optimum, then falls | Enzymes work faster, then denature |

### Key terms

- Chloroplast: the organelle where photosynthesis takes place.
- Stomata: pores that allow gas exchange.

1. Boil the leaf.
2. Add iodine.`;

describe('SourceText', () => {
	it('shows headings, lists and a table with header cells, the quote marked in its cells', async () => {
		const { container } = await render(SourceText, {
			blocks: textBlocks(TEXT),
			quote: 'Temperature – Rate rises to an optimum'
		});
		expect(container.querySelector('h2')?.textContent).toBe('Summary table');
		expect(container.querySelector('h3')?.textContent).toBe('Key terms');
		const heads = [...container.querySelectorAll('thead th')];
		expect(heads.map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([
			['Factor', 'col'],
			['Effect of increasing it', 'col'],
			['Why', 'col']
		]);
		expect(container.querySelectorAll('tbody tr')).toHaveLength(2);
		const box = container.querySelector('.table-box')!;
		expect(box.getAttribute('role')).toBe('region');
		expect(box.getAttribute('aria-label')).toBe('Summary table');
		expect([...container.querySelectorAll('ul li')].map((li) => li.textContent)).toEqual([
			'Chloroplast: the organelle where photosynthesis takes place.',
			'Stomata: pores that allow gas exchange.'
		]);
		expect(container.querySelectorAll('ol li')).toHaveLength(2);
		// One mark in each cell the quote covers; only the first is the passage scrolled to.
		const marks = [...container.querySelectorAll('mark')];
		expect(marks.map((m) => m.textContent)).toEqual(['Temperature', 'Rate rises to an optimum']);
		expect(marks.map((m) => m.id)).toEqual(['passage', '']);
	});

	it('scrolls a wide table inside its box at 320 px, never widening the page', async () => {
		const { container } = await render(SourceText, { blocks: textBlocks(TEXT) });
		Object.assign(container.style, { width: '288px' });
		const box = container.querySelector('.table-box') as HTMLElement;
		expect(box.getBoundingClientRect().width).toBeLessThanOrEqual(288);
		expect(box.scrollWidth).toBeGreaterThan(box.clientWidth);
		expect(container.scrollWidth).toBeLessThanOrEqual(288);
	});
});
