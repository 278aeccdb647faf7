import { describe, expect, it } from 'vitest';
import { classAsMeaningRefuses } from './idea-class-as-meaning';
import type { Idea } from './ideas';
import type { Sentence } from './text';

const card = (prompt: string, answer: string, kind: Idea['kind'] = 'term'): Idea => ({
	kind,
	sentence: { text: 'x' } as unknown as Sentence,
	type: 'flashcard',
	prompt,
	answer,
	start: 0,
	span: answer,
	context: 'x',
	weight: 0
});

describe('classAsMeaningRefuses', () => {
	it('refuses a key that is its class alone or a state of matter', () => {
		expect(
			classAsMeaningRefuses(card('What is kite fighting?', 'An old and popular form of sport'))
		).toBe(true);
		expect(
			classAsMeaningRefuses(
				card(
					'In the handout “Gases”, what is meant by the term “bromine”?',
					'A liquid at room temperature'
				)
			)
		).toBe(true);
	});
	it('keeps a definition and other questions', () => {
		expect(
			classAsMeaningRefuses(
				card('What is kite fighting?', 'A sport in which kites cut each other’s strings')
			)
		).toBe(false);
		expect(classAsMeaningRefuses(card('What is graupel?', 'A kind of soft hail'))).toBe(false);
		expect(classAsMeaningRefuses(card('Who wrote the poem?', 'A form of verse', 'deed'))).toBe(
			false
		);
	});
});
