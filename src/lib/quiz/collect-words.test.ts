import { describe, expect, it } from 'vitest';
import type { StoredResult } from '$lib/db/classroom';
import {
	answersDiffer,
	choiceOutcome,
	eventLine,
	finishWords,
	leftOutText,
	pendingHeading,
	pendingQuestion,
	waitingNamesakes
} from './collect-words';

const at = new Date(2026, 11, 1, 9, 5).getTime();
const ana = {
	key: 'q1:anaAttempt1',
	quizId: 'q1',
	attemptId: 'anaAttempt1',
	name: 'Ana',
	answers: [0, 'Prizren', null],
	seconds: 40,
	finishedAt: at
} as unknown as StoredResult;
const clock = new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

describe('the Collect results panel’s words', () => {
	it('says what became of each code, and nothing for what waits or asks elsewhere', () => {
		expect(eventLine({ kind: 'added', result: ana, correct: 2, total: 3 })).toEqual({
			tone: 'good',
			text: 'added, 2 of 3.',
			name: 'Ana'
		});
		expect(eventLine({ kind: 'duplicate', result: ana })?.text).toBe(
			'already counted; nothing changed.'
		);
		expect(eventLine({ kind: 'part', have: 1, total: 3, repeated: false })?.text).toBe(
			'part 1 of 3 of a long result code read. Scan the next part.'
		);
		expect(eventLine({ kind: 'refused', text: 'damaged', where: 'line 2' })).toMatchObject({
			tone: 'bad',
			where: 'line 2'
		});
		expect(
			eventLine({
				kind: 'same-name',
				result: ana,
				previous: [],
				sameAttempt: false,
				correct: 0,
				total: 3
			})
		).toBeNull();
		expect(eventLine({ kind: 'removed', result: ana, correct: 0, total: 3 })).toBeNull();
	});

	it('tells namesakes apart by finish time, duration and differing answers', () => {
		expect(finishWords(ana)).toBe(`finished ${clock}, took 0:40`);
		expect(answersDiffer(ana, { answers: [0, 'Pristina', 1] })).toBe(2);
	});

	it('words the waiting results and each choice’s outcome', () => {
		expect(pendingHeading(1)).toBe('1 result needs your choice');
		expect(pendingHeading(2)).toBe('2 results need your choice');
		expect(pendingQuestion({ previous: [ana], sameAttempt: true })).toMatch(/same attempt/);
		expect(pendingQuestion({ previous: [ana, ana], sameAttempt: false })).toMatch(
			/Replace only the one who retook it/
		);
		expect(pendingQuestion({ previous: [ana], sameAttempt: false })).toMatch(/^Two students/);
		const retake = { ...ana, name: 'ána', attemptId: '9QpTeRest' };
		expect(choiceOutcome('both', { result: retake, previous: [ana, ana] })).toBe(
			'kept all 3 results, as separate students.'
		);
		expect(choiceOutcome('replace', { result: retake, previous: [ana, ana] }, ana)).toBe(
			`replaced \u2068Ana\u2069’s earlier result (attempt anaAt), finished ${clock}, took 0:40.`
		);
		// Whose result stayed and which attempt was refused, not "the earlier result".
		expect(choiceOutcome('keep', { result: retake, previous: [ana, ana] })).toMatch(
			/^kept the earlier results \(\u2068Ana\u2069 \(attempt anaAt\), /
		);
		expect(choiceOutcome('keep', { result: retake, previous: [ana] })).toBe(
			'kept \u2068Ana\u2069’s earlier result (attempt anaAt); this one (attempt 9QpTe) is recorded as a refused retake, not added.'
		);
		expect(leftOutText(true)).toBe('left out, as a later result replaced it; nothing changed.');
		expect(leftOutText(false)).toBe('left out, as you removed it; nothing changed.');
	});

	it('compares a waiting Ana with every other waiting result of that folded name', () => {
		const as = (key: string, name: string, studentKey: string) => ({
			result: { ...ana, key, name, studentKey }
		});
		const pending = [as('a2', 'Ana', 'ana'), as('b1', 'Bo', 'bo'), as('a3', 'ána', 'ana')];
		expect(waitingNamesakes(pending[0], pending).map((p) => p.result.key)).toEqual(['a3']);
		expect(waitingNamesakes(pending[2], pending).map((p) => p.result.key)).toEqual(['a2']);
		expect(waitingNamesakes(pending[1], pending)).toEqual([]);
	});
});
