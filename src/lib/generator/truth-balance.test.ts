import { describe, expect, it } from 'vitest';
import type { Candidate } from './candidates';
import { balanceTruth, TRUE_OVER_FALSE } from './truth-balance';

/** A draft of `type` keyed `answer`, with only the fields the balance reads. */
const draft = (id: string, type: string, answer: string, prompt = 'Velm fell in 1802.') =>
	({ question: { id, type, answer, prompt } }) as unknown as Candidate;

describe('true/false statements over a batch (blind check H24, session 34)', () => {
	it('keeps no more true statements than false ones plus one, the first in order', () => {
		const batch = [
			draft('t1', 'truefalse', 'true'),
			draft('c1', 'flashcard', 'A small icy body'),
			draft('t2', 'truefalse', 'true'),
			draft('f1', 'truefalse', 'false'),
			draft('t3', 'truefalse', 'true'),
			draft('t4', 'truefalse', 'true')
		];
		const rejected: string[] = [];
		const kept = balanceTruth(batch, (c) => rejected.push(c.question.id));
		expect(kept.map((c) => c.question.id)).toEqual(['t1', 'c1', 't2', 'f1']);
		expect(rejected).toEqual(['t3', 't4']);
		expect(TRUE_OVER_FALSE).toBe(1);
	});

	it('keeps one true statement when the batch has no false one, and every other draft', () => {
		const batch = [
			draft('t1', 'truefalse', 'true'),
			draft('t2', 'truefalse', 'true'),
			draft('m1', 'mcq', '1802')
		];
		const kept = balanceTruth(batch, () => {});
		expect(kept.map((c) => c.question.id)).toEqual(['t1', 'm1']);
	});

	it('keeps every false statement however many there are', () => {
		const batch = ['f1', 'f2', 'f3'].map((id) => draft(id, 'truefalse', 'false'));
		expect(balanceTruth(batch, () => {})).toHaveLength(3);
	});

	it('balances each form on its own: a key-term line’s statements and a sentence’s (H29)', () => {
		const term = 'The term “velm” means a rock that cools slowly.';
		const batch = [
			draft('f1', 'truefalse', 'false', term),
			draft('t1', 'truefalse', 'true'),
			draft('t2', 'truefalse', 'true'),
			draft('t3', 'truefalse', 'true', term),
			draft('t4', 'truefalse', 'true', term)
		];
		const kept = balanceTruth(batch, () => {});
		// One false term statement lets a true one of each form through, and the batch no more
		// than one true over its one false.
		expect(kept.map((c) => c.question.id)).toEqual(['f1', 't1', 't3']);
	});

	it('keeps one true statement over the batch, not one of each form (H32)', () => {
		const term = 'The term “velm” means a rock that cools slowly.';
		const batch = [draft('t1', 'truefalse', 'true'), draft('t2', 'truefalse', 'true', term)];
		expect(balanceTruth(batch, () => {}).map((c) => c.question.id)).toEqual(['t1']);
	});
});
