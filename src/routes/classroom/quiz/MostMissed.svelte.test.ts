import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import type { QuestionRow } from '$lib/quiz/report';
import type { QuizQuestion } from '$lib/quiz/types';
import MostMissed from './MostMissed.svelte';

/** A missed short-answer question whose right answer is one long word. */
function row(index: number, answer: string): QuestionRow {
	const question = {
		id: `q-${index}`,
		type: 'short',
		prompt: 'Which word did the minister use?',
		answer,
		source: { doc: 'u-1:d-1', quote: 'The minister spoke of internationalisation.' }
	} as unknown as QuizQuestion;
	return {
		index,
		question,
		correct: 0,
		answered: 1,
		asked: 1,
		percent: 0,
		changedAfter: 0,
		partly: 0,
		markPercent: 0
	};
}

describe('MostMissed', () => {
	// Fresh-clone CI, text-zoom at 200% on a 320 px phone: the list's grid track took the width
	// of a right answer's long word, and the heading, the list and its items ran 12 px past the
	// screen. A word wider than its line breaks; the list never grows past its box.
	it('keeps a right answer longer than its line inside the list, at 200% text in 160 px', async () => {
		const box = document.createElement('div');
		// As the app's body: a word longer than its line may break (src/styles/base.css).
		box.style.cssText = 'width: 160px; font-size: 32px; overflow-wrap: break-word;';
		document.body.append(box);
		render(MostMissed, {
			target: box,
			props: { rows: [row(0, 'Internationalisation'), row(1, 'Intergovernmentalism')] }
		});
		const right = box.getBoundingClientRect().right;
		const boxes = [...box.querySelectorAll('section, h3, ol, li, p')];
		expect(boxes.length).toBeGreaterThan(5);
		for (const element of boxes)
			expect(element.getBoundingClientRect().right, element.tagName).toBeLessThanOrEqual(
				right + 0.5
			);
		box.remove();
	});
});
