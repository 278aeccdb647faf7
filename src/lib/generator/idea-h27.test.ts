import { describe, expect, it } from 'vitest';
import { h27Refuses } from './idea-h27';
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

describe('h27Refuses', () => {
	it('refuses a key that is its class alone or a state of matter', () => {
		expect(h27Refuses(card('What is kite fighting?', 'An old and popular form of sport'))).toBe(
			true
		);
		expect(
			h27Refuses(
				card(
					'In the handout “Gases”, what is meant by the term “bromine”?',
					'A liquid at room temperature'
				)
			)
		).toBe(true);
	});
	it('keeps a definition and other questions', () => {
		expect(
			h27Refuses(card('What is kite fighting?', 'A sport in which kites cut each other’s strings'))
		).toBe(false);
		expect(h27Refuses(card('What is graupel?', 'A kind of soft hail'))).toBe(false);
		expect(h27Refuses(card('Who wrote the poem?', 'A form of verse', 'deed'))).toBe(false);
	});
});
