import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/content/schema';
import { topicCounts } from '$lib/content/topics';
import { countLine, filterQuestions, startingCourse } from './filter';

const q = (id: string, extra: Partial<Question>): Question => ({
	id,
	type: 'short',
	prompt: 'Who is the President of Serbia?',
	answer: 'Aleksandar Vučić',
	explanation: 'Since 2017.',
	source: { doc: 'a', quote: 'x' },
	fact: id,
	topics: ['Serbia'],
	difficulty: 1,
	origin: 'written',
	...extra
});

const questions = [
	q('one', {}),
	q('two', {
		type: 'mcq',
		prompt: 'Which country leads KFOR?',
		answer: 'Turkey',
		choices: ['Turkey', 'Italy', 'Greece', 'Hungary'],
		topics: ['KFOR', 'Turkey'],
		source: { doc: 'b', quote: 'y' }
	}),
	q('three', {
		type: 'truefalse',
		prompt: 'Kosovo declared independence in 2008.',
		answer: 'true',
		topics: ['Kosovo']
	})
];
const none = { text: '', type: '', doc: '', topic: '' } as const;

describe('filterQuestions', () => {
	it('matches every word, accent- and case-blind, in prompt, answer and choices', () => {
		expect(
			filterQuestions(questions, { ...none, text: 'VUCIC president' }).map((x) => x.id)
		).toEqual(['one']);
		expect(filterQuestions(questions, { ...none, text: 'italy' }).map((x) => x.id)).toEqual([
			'two'
		]);
		expect(filterQuestions(questions, { ...none, text: '  ' })).toHaveLength(3);
	});

	it('combines type, document and topic', () => {
		expect(filterQuestions(questions, { ...none, type: 'mcq' }).map((x) => x.id)).toEqual(['two']);
		expect(filterQuestions(questions, { ...none, doc: 'a' }).map((x) => x.id)).toEqual([
			'one',
			'three'
		]);
		expect(
			filterQuestions(questions, { ...none, doc: 'a', topic: 'Kosovo' }).map((x) => x.id)
		).toEqual(['three']);
	});
});

describe('topicCounts', () => {
	it('counts topics, most common first', () => {
		expect(topicCounts([...questions, q('four', {})])[0]).toEqual({ topic: 'Serbia', count: 2 });
	});

	it('orders topics of one count by name, case and accents aside', () => {
		const tagged = ['Zagreb', 'Élysée', 'elections', 'Belgrade'].map((topic) =>
			q(topic, { topics: [topic] })
		);
		expect(topicCounts(tagged).map((t) => t.topic)).toEqual([
			'Belgrade',
			'elections',
			'Élysée',
			'Zagreb'
		]);
	});
});

describe('the course filter', () => {
	it('keeps the questions of one course (user course ids carry the course, built-in ones none)', () => {
		const mixed = [q('one', {}), q('u-1:q-1', {}), q('u-2:q-1', {})];
		const all = { text: '', type: '' as const, doc: '', topic: '' };
		expect(filterQuestions(mixed, { ...all, course: 'u-1' }).map((x) => x.id)).toEqual(['u-1:q-1']);
		expect(filterQuestions(mixed, { ...all, course: 'builtin' }).map((x) => x.id)).toEqual(['one']);
		expect(filterQuestions(mixed, { ...all, course: '' })).toHaveLength(3);
	});
});

describe('countLine', () => {
	it('puts the noun in the number of the total and the verb in that of the matches', () => {
		expect(countLine(1, 1, 50)).toBe('1 of 1 question matches.');
		expect(countLine(0, 1, 50)).toBe('0 of 1 question match.');
		expect(countLine(1, 250, 50)).toBe('1 of 250 questions matches.');
		expect(countLine(3, 250, 50, 'Velmora')).toBe('3 of 250 questions in “Velmora” match.');
		expect(countLine(250, 250, 50)).toBe('250 of 250 questions match; showing the first 50.');
	});
});

describe('startingCourse', () => {
	const listed = ['builtin', 'u-a', 'u-b'];

	it('opens on the course the address names, if there is one', () => {
		expect(startingCourse(listed, 'u-a', undefined, 'u-b')).toBe('u-a');
		expect(startingCourse(listed, 'u-gone', undefined, 'u-b')).toBe('u-b');
	});

	it('returns to the course Back left, every course included', () => {
		expect(startingCourse(listed, null, '', 'u-b')).toBe('');
		expect(startingCourse(listed, null, 'builtin', 'u-b')).toBe('builtin');
		expect(startingCourse(listed, null, 'u-gone', 'u-b')).toBe('u-b');
	});

	it('opens on the course last worked in, so only that course is read', () => {
		expect(startingCourse(listed, null, undefined, 'u-b')).toBe('u-b');
		expect(startingCourse(listed, null, undefined, 'u-gone')).toBe('');
		expect(startingCourse(listed, null, undefined, null)).toBe('');
		// One course: it is every course.
		expect(startingCourse(['u-a'], null, undefined, 'u-a')).toBe('');
	});
});
