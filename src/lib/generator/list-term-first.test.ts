import { describe, expect, it } from 'vitest';
import type { Idea } from './ideas';
import { listTermFirst } from './list-term-first';

const idea = (kind: string, term: string, answer: string) =>
	({
		kind,
		type: 'flashcard',
		prompt: `In the class handout “Boats”, what is meant by the term “${term}”?`,
		answer,
		sentence: { text: '' }
	}) as unknown as Idea;

describe('listTermFirst', () => {
	it("asks a listed term by the list's line", () => {
		const body = idea('bold', 'rudder', 'A flat board hinged at the back');
		const list = idea('glossary', 'rudder', 'A part that steers the boat');
		expect(listTermFirst([body, list])).toEqual([list]);
	});
	it('keeps a term the list does not define, and every card when there is no list', () => {
		const body = idea('bold', 'keel', 'The spine along the bottom of a hull');
		const list = idea('glossary', 'rudder', 'A part that steers the boat');
		expect(listTermFirst([body, list])).toEqual([body, list]);
		expect(listTermFirst([body])).toEqual([body]);
	});
});
