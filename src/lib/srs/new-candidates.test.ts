import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { courseIdOf } from '$lib/db/records';
import { newInOrder, newInTurns, type CandidatesInput } from './new-candidates';
import type { QueueQuestion } from './queue';
import { siblingKeysOf } from './siblings';

/** Input over `questions` (already in teaching order), none started, none answered. */
function over(
	questions: QueueQuestion[],
	options: Partial<CandidatesInput> & { blocked?: ReadonlySet<string> } = {}
): CandidatesInput {
	const { blocked = new Set(), ...rest } = options;
	return {
		order: questions,
		from: 0,
		questions,
		skip: () => false,
		canTake: (id) => !blocked.has(id),
		keysOf: siblingKeysOf(questions),
		newByCourse: undefined,
		wanted: 28,
		...rest
	};
}

const ids = (picked: { candidates: QueueQuestion[] }) => picked.candidates.map((q) => q.id);
const course = (name: string, size: number, fact = (i: number) => `${name}-f${i}`) =>
	Array.from({ length: size }, (_, i) => ({ id: `${name}:q${i}`, fact: fact(i) }));

describe('newInTurns (every course: the courses take turns, issue 12)', () => {
	it('takes each course’s next in turn, counted on from what each introduced today', () => {
		const questions = [...course('u-a', 3), ...course('u-b', 3)];
		expect(ids(newInTurns(over(questions)))).toEqual([
			'u-a:q0',
			'u-b:q0',
			'u-a:q1',
			'u-b:q1',
			'u-a:q2',
			'u-b:q2'
		]);
		// u-a introduced two today: u-b's first two come before u-a's next; the courses keep
		// their order (u-a first) within a turn.
		const done = new Map([['u-a', 2]]);
		expect(ids(newInTurns(over(questions, { newByCourse: done })))).toEqual([
			'u-b:q0',
			'u-b:q1',
			'u-a:q0',
			'u-b:q2',
			'u-a:q1',
			'u-a:q2'
		]);
	});

	it('leaves a gap where a sibling answered today keeps a question out: its turn is kept', () => {
		const questions = [...course('u-a', 3), ...course('u-b', 3)];
		const picked = newInTurns(over(questions, { blocked: new Set(['u-a:q0']) }));
		// u-a's q0, kept out, leaves u-a's first turn empty: u-b's q0 comes first, then each
		// course's second (u-a's q1 keeps its own turn; the index read numbers turns so).
		expect(ids(picked)).toEqual(['u-b:q0', 'u-a:q1', 'u-b:q1', 'u-a:q2', 'u-b:q2']);
		expect(picked.passedOver).toBe(1);
	});

	it('settles siblings among the new questions in turn order: the earlier turn keeps its own', () => {
		// u-b's q0 and u-a's q2 share a fact: u-b's q0 (turn 0) keeps it, u-a's q2 (turn 2) waits.
		const questions = [
			...course('u-a', 3, (i) => (i === 2 ? 'shared' : `a${i}`)),
			...course('u-b', 1, () => 'shared')
		];
		// In teaching order u-a's q2 comes before u-b's q0 (one course after the other).
		expect(ids(newInTurns(over(questions)))).toEqual(['u-a:q0', 'u-b:q0', 'u-a:q1']);
	});

	it('stops at `wanted`', () => {
		const questions = [...course('u-a', 30), ...course('u-b', 30)];
		expect(newInTurns(over(questions, { wanted: 5 })).candidates).toHaveLength(5);
	});

	/**
	 * The contract the index read relies on (`today-queue.ts`): given only every course's first
	 * turns (a prefix of the turn order of the unstarted questions, siblings included, as
	 * `fresh-read.ts` reads it), listed course by course (`scope-read.ts` `inCourseOrder`), the
	 * choice is the full list's whenever the prefix gave `wanted` candidates or was the whole.
	 */
	it('chooses from every course’s first turns what it chooses from the whole list', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 4 }),
				fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 4, maxLength: 4 }),
				fc.array(fc.nat(5), { minLength: 40, maxLength: 40 }),
				fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
				fc.integer({ min: 1, max: 10 }),
				fc.nat(40),
				(sizes, done, facts, blocks, wanted, cut) => {
					let n = 0;
					const lists = sizes.map((size, c) =>
						Array.from({ length: size }, (_, i) => ({ id: `u-${c}:q${i}`, fact: `f${facts[n++]}` }))
					);
					const all = lists.flat();
					const blocked = new Set(all.filter((_, i) => blocks[i]).map((q) => q.id));
					const newByCourse = new Map(sizes.map((_, c) => [`u-${c}`, done[c]]));
					const full = newInTurns(over(all, { blocked, newByCourse, wanted }));
					// The turn order of every question (turn, then course), cut after `cut`.
					const turns = lists
						.flatMap((list, c) => list.map((q, i) => ({ q, turn: done[c] + i, c })))
						.sort((a, b) => a.turn - b.turn || a.c - b.c)
						.slice(0, cut)
						.map(({ q }) => q);
					const prefix = [...turns].sort(
						(a, b) => Number(courseIdOf(a.id).slice(2)) - Number(courseIdOf(b.id).slice(2))
					);
					const part = newInTurns(over(prefix, { blocked, newByCourse, wanted }));
					if (part.candidates.length >= wanted || cut >= all.length)
						expect(ids(part)).toEqual(ids(full));
				}
			)
		);
	});
});

describe('newInOrder (one course)', () => {
	it('takes the first `wanted` in teaching order, siblings of earlier ones passed over', () => {
		const questions = course('u-a', 5, (i) => (i === 3 ? 'u-a-f0' : `u-a-f${i}`));
		const picked = newInOrder(over(questions, { wanted: 3 }));
		expect(ids(picked)).toEqual(['u-a:q0', 'u-a:q1', 'u-a:q2']);
		expect(newInOrder(over(questions)).passedOver).toBe(1);
	});
});
