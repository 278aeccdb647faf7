import { describe, expect, it } from 'vitest';
import { classClauseKey, siteQuestion } from './revision-site';

describe('siteQuestion: where a process happens, asked the other way round (gen71)', () => {
	it('turns a passive or a "happens" clause into a question, its aside dropped', () => {
		expect(siteQuestion('where lumates are made (lumic synthesis)')?.question).toBe(
			'where are lumates made'
		);
		expect(siteQuestion('where velm respiration takes place, releasing heat')?.question).toBe(
			'where does velm respiration take place'
		);
	});

	it('reads no motion, no pointer and no other clause as a site', () => {
		expect(siteQuestion('where the stream starts, usually in the hills')).toBeUndefined();
		expect(siteQuestion('where it is made')).toBeUndefined();
		expect(siteQuestion('the place where lumates are made')).toBeUndefined();
	});
});

describe('classClauseKey: a bare class and its restriction (gen71)', () => {
	it('keys a class with "where", "that" or "which", its aside dropped', () => {
		expect(classClauseKey('jelly-like fluid where most reactions happen (see enzymes)')).toBe(
			'Jelly-like fluid where most reactions happen'
		);
		expect(classClauseKey('small tubes that carry velm to the pods')).toBe(
			'Small tubes that carry velm to the pods'
		);
	});

	it('keys no action, no "a" class (the glossary’s) and no second statement', () => {
		for (const gloss of [
			'water rushing up the shore after a wave breaks',
			'stones carried by the stream that scrape the bed',
			'a small sac that stores lumate',
			'fluid where reactions happen; it is clear'
		])
			expect(classClauseKey(gloss), gloss).toBeUndefined();
	});
});
