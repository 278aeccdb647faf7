import { describe, expect, it } from 'vitest';
import {
	attemptNumber,
	attemptRefusal,
	attemptsAllowedWords,
	attemptsUsed,
	highestGrade
} from './attempt-limit';
import { seedBank } from './fixtures.test-helpers';
import { joinCodeProblem } from './join-bits';
import { DEFAULT_SETTINGS } from './types';

const done = (name: string, finishedAt: number) => ({ name, finishedAt });

describe('attempts allowed, counted on the student’s device per name', () => {
	const finished = [
		done('Ana', 100),
		done('Ben', 200),
		done('ána ', 300),
		done('Ana', null as never)
	];

	it('counts a name’s finished attempts, case, accents and spaces aside', () => {
		expect(attemptsUsed(finished, 'ANA')).toBe(2);
		expect(attemptsUsed(finished, 'Ben')).toBe(1);
		expect(attemptsUsed(finished, 'Cleo')).toBe(0);
	});

	it('numbers an attempt among its name’s, by when it finished', () => {
		expect(attemptNumber(finished, 'Ana', 100)).toBe(1);
		expect(attemptNumber(finished, 'Ana', 300)).toBe(2);
		expect(attemptNumber([], 'Ana', 5)).toBe(1);
	});

	it('refuses another attempt once the limit is used, and never without a limit', () => {
		expect(attemptRefusal(undefined, finished, 'Ana')).toBe('');
		expect(attemptRefusal(3, finished, 'Ana')).toBe('');
		expect(attemptRefusal(2, finished, 'Ana')).toBe(
			'Ana has used all 2 attempts this quiz allows on this device. Show your teacher your result code above.'
		);
		expect(attemptRefusal(1, finished, 'Ben')).toMatch(/^Ben has used the one attempt /);
		// A classmate on the same phone has attempts of their own.
		expect(attemptRefusal(1, finished, 'Cleo')).toBe('');
	});

	it('says honestly where the limit is counted', () => {
		expect(attemptsAllowedWords(2)).toBe(
			'Attempts allowed: 2 for each name, counted on this device'
		);
	});
});

describe('highest grade: a retake of a quiz that limits attempts settles itself', () => {
	const previous = [
		{ result: 'first', score: 4 },
		{ result: 'second', score: 7 }
	];

	it('replaces the best earlier result when the retake scores more, else keeps it', () => {
		expect(highestGrade(3, 3, 8, previous)).toEqual({ choice: 'replace', earlier: 'second' });
		expect(highestGrade(3, 3, 7, previous)).toEqual({ choice: 'keep' });
		expect(highestGrade(3, 2, 2, previous)).toEqual({ choice: 'keep' });
	});

	it('asks the teacher for a first attempt (maybe another pupil of the same name) or no limit', () => {
		expect(highestGrade(3, 1, 9, previous)).toBeNull();
		expect(highestGrade(3, undefined, 9, previous)).toBeNull();
		expect(highestGrade(undefined, 2, 9, previous)).toBeNull();
	});
});

describe('a quiz that limits attempts has a join code carrying the limit (teach49)', () => {
	it('is no reason to go without a code; a limit a code cannot say is', () => {
		const { bank } = seedBank();
		const recipe = { docs: [], topics: [], types: ['mcq'] as const, count: 5 };
		expect(joinCodeProblem({ ...recipe, settings: DEFAULT_SETTINGS }, bank)).toBeNull();
		expect(
			joinCodeProblem({ ...recipe, settings: { ...DEFAULT_SETTINGS, attempts: 2 } }, bank)
		).toBeNull();
		// Only 1–3 are ever set (`ATTEMPT_LIMITS`); a stored quiz tampered to say 5 gets none.
		const five = { ...DEFAULT_SETTINGS, attempts: 5 as unknown as 2 };
		expect(joinCodeProblem({ ...recipe, settings: five }, bank)).toBe(
			'its limit on attempts is not 1, 2 or 3'
		);
	});
});
