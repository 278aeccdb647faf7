import { describe, expect, it } from 'vitest';
import type { CardRecord } from '$lib/db/records';
import { cardRecord } from '$lib/db/test-helpers';
import {
	buildQueue,
	buildQueueCounted,
	countQueue,
	nextDue,
	pickNext,
	type QueueInput
} from './queue';
import { toQueueQuestion } from './siblings';
import { DEFAULT_STUDY_SETTINGS } from './settings';

const now = new Date(2026, 4, 12, 9, 0).getTime();
const dayEnd = new Date(2026, 4, 13, 4, 0).getTime();
const hour = 3_600_000;

/**
 * Queue input as the database supplies it: learning cards whole, review cards as ids in due
 * order (the `[state+due]` range query stops at the end of the study day).
 */
function input(overrides: Partial<QueueInput> & { dueCards?: CardRecord[] } = {}): QueueInput {
	const { dueCards = [], ...rest } = overrides;
	const started = new Set([...dueCards, ...(overrides.queuedCards ?? [])].map((c) => c.questionId));
	const byDue = [...dueCards].sort((a, b) => a.due - b.due);
	return {
		now,
		dayEnd,
		settings: DEFAULT_STUDY_SETTINGS,
		today: { newCards: 0, reviewCards: 0 },
		learningCards: byDue.filter((c) => c.state === 1 || c.state === 3),
		reviewIds: byDue.filter((c) => c.state === 2 && c.due < dayEnd).map((c) => c.questionId),
		queuedCards: [],
		answeredToday: [],
		questions: Array.from({ length: 50 }, (_, i) => ({ id: `q${i}`, fact: `f${i}` })),
		isStarted: (id) => started.has(id),
		...rest
	};
}

describe('buildQueue', () => {
	it('puts due reviews first, then new questions in bank order', () => {
		const queue = buildQueue(
			input({ dueCards: [cardRecord('q10', 2, now - 2 * hour), cardRecord('q11', 2, now + hour)] })
		);
		expect(queue.slice(0, 4).map((i) => [i.questionId, i.kind])).toEqual([
			['q10', 'review'],
			['q11', 'review'],
			['q0', 'new'],
			['q1', 'new']
		]);
	});

	it('leaves out cards due tomorrow (after the 4 AM rollover)', () => {
		const queue = buildQueue(
			input({ dueCards: [cardRecord('q10', 2, dayEnd), cardRecord('q11', 2, dayEnd - 1)] })
		);
		expect(queue.filter((i) => i.kind === 'review').map((i) => i.questionId)).toEqual(['q11']);
	});

	it('introduces at most the new questions left for today', () => {
		expect(countQueue(buildQueue(input())).fresh).toBe(20);
		expect(countQueue(buildQueue(input({ today: { newCards: 15, reviewCards: 0 } }))).fresh).toBe(
			5
		);
		expect(countQueue(buildQueue(input({ today: { newCards: 25, reviewCards: 0 } }))).fresh).toBe(
			0
		);
		const settings = { ...DEFAULT_STUDY_SETTINGS, newPerDay: 3 };
		expect(countQueue(buildQueue(input({ settings }))).fresh).toBe(3);
	});

	it('gives a course studied alone its own new limit, and all courses together the same as a total (Anki’s decks)', () => {
		// Two courses of 30 new questions each, course A first in teaching order.
		const questions = [
			...Array.from({ length: 30 }, (_, i) => ({ id: `u-a:q-${i}`, fact: `a${i}` })),
			...Array.from({ length: 30 }, (_, i) => ({ id: `u-b:q-${i}`, fact: `b${i}` }))
		];
		const settings = { ...DEFAULT_STUDY_SETTINGS, newPerDay: 10 };
		const ofCourse = (course: string) => questions.filter((q) => q.id.startsWith(`${course}:`));
		const newOf = (queue: ReturnType<typeof buildQueue>, course: string) =>
			queue.filter((i) => i.isNew && i.questionId.startsWith(`${course}:`)).length;

		// Course A studied alone used its 10 today.
		const today = { newCards: 10, reviewCards: 0 };
		const newByCourse = new Map([['u-a', 10]]);
		const all = buildQueue(input({ questions, settings, today, newByCourse }));
		expect(countQueue(all).fresh).toBe(0);
		const a = buildQueue(
			input({ questions: ofCourse('u-a'), settings, today, newByCourse, scopeCourse: 'u-a' })
		);
		expect(countQueue(a).fresh).toBe(0);
		const b = buildQueue(
			input({ questions: ofCourse('u-b'), settings, today, newByCourse, scopeCourse: 'u-b' })
		);
		expect(newOf(b, 'u-b')).toBe(10);

		// 4 of A so far: all courses may introduce 6 more, A alone 6, B alone 10.
		const some = { today: { newCards: 4, reviewCards: 0 }, newByCourse: new Map([['u-a', 4]]) };
		expect(countQueue(buildQueue(input({ questions, settings, ...some }))).fresh).toBe(6);
		const aAgain = input({ questions: ofCourse('u-a'), settings, ...some, scopeCourse: 'u-a' });
		expect(countQueue(buildQueue(aAgain)).fresh).toBe(6);
		const bAgain = input({ questions: ofCourse('u-b'), settings, ...some, scopeCourse: 'u-b' });
		expect(countQueue(buildQueue(bAgain)).fresh).toBe(10);
	});

	it('stops reviews at the daily maximum, keeping the most overdue', () => {
		const dueCards = Array.from({ length: 40 }, (_, i) =>
			cardRecord(`q${i}`, 2, now - (40 - i) * hour)
		);
		const settings = { ...DEFAULT_STUDY_SETTINGS, maxReviewsPerDay: 30, newPerDay: 0 };
		const queue = buildQueue(
			input({ dueCards, settings, today: { newCards: 0, reviewCards: 25 } })
		);
		expect(queue.map((i) => i.questionId)).toEqual(['q0', 'q1', 'q2', 'q3', 'q4']);
	});

	it('does not limit learning cards, and shows later learning steps last', () => {
		const settings = { ...DEFAULT_STUDY_SETTINGS, maxReviewsPerDay: 0, newPerDay: 0 };
		const queue = buildQueue(
			input({
				settings,
				dueCards: [
					cardRecord('q1', 1, now - 60_000),
					cardRecord('q2', 3, now + 10 * 60_000),
					cardRecord('q3', 2, now)
				]
			})
		);
		expect(queue.map((i) => [i.questionId, i.kind])).toEqual([
			['q1', 'learning'],
			['q2', 'learning']
		]);
	});

	it('buries siblings: never two questions on one fact in a day', () => {
		const questions = [
			{ id: 'a1', fact: 'A' },
			{ id: 'a2', fact: 'A' },
			{ id: 'b1', fact: 'B' },
			{ id: 'b2', fact: 'B' },
			{ id: 'c1', fact: 'C' },
			{ id: 'c2', fact: 'C' }
		];
		const queue = buildQueue(
			input({
				questions,
				// a2 is a due review; a1 is new, so a1 waits. b1 was answered today, so b2 waits.
				dueCards: [cardRecord('a2', 2, now - hour), cardRecord('b1', 1, now - 1000)],
				answeredToday: ['b1'],
				isStarted: (id) => id === 'a2' || id === 'b1'
			})
		);
		expect(queue.map((i) => i.questionId)).toEqual(['b1', 'a2', 'c1']);
	});

	it('counts the cards due today it buried, not the new questions it passed over', () => {
		const questions = [
			{ id: 'a1', fact: 'A' },
			{ id: 'a2', fact: 'A' },
			{ id: 'b1', fact: 'B' },
			{ id: 'b2', fact: 'B' },
			{ id: 'b3', fact: 'B' },
			{ id: 'c1', fact: 'C' }
		];
		const { items, buried } = buildQueueCounted(
			input({
				questions,
				// b1 answered today: the reviews b2 and b3 are buried. a1 is new, a2 due: a1 waits,
				// and a new question passed over is not buried (another takes its place).
				dueCards: [
					cardRecord('b1', 1, now - 1000),
					cardRecord('b2', 2, now - hour),
					cardRecord('b3', 2, now - hour),
					cardRecord('a2', 2, now - hour)
				],
				answeredToday: ['b1'],
				isStarted: (id) => id !== 'a1' && id !== 'c1'
			})
		);
		expect(items.map((i) => i.questionId)).toEqual(['b1', 'a2', 'c1']);
		expect(buried).toBe(2);
		expect(buildQueueCounted(input()).buried).toBe(0);
	});

	it('counts the new questions a sibling held back only when the new limit is not met', () => {
		const questions = [
			{ id: 'a1', fact: 'A' },
			{ id: 'a2', fact: 'A' },
			{ id: 'a3', fact: 'A' },
			{ id: 'b1', fact: 'B' },
			{ id: 'b2', fact: 'B' },
			{ id: 'c1', fact: 'C' }
		];
		// a1 answered today: a2 and a3 wait; b1 is taken, so b2 waits too; c1 is taken.
		const started = new Set(['a1']);
		const short = buildQueueCounted(
			input({
				questions,
				answeredToday: ['a1'],
				isStarted: (id) => started.has(id),
				settings: { ...DEFAULT_STUDY_SETTINGS, newPerDay: 20 }
			})
		);
		expect(short.items.filter((i) => i.isNew).map((i) => i.questionId)).toEqual(['b1', 'c1']);
		expect(short.newBuried).toBe(3);
		// With a limit of 2 the two new questions fill it: nothing is held back from today.
		const filled = buildQueueCounted(
			input({
				questions,
				answeredToday: ['a1'],
				isStarted: (id) => started.has(id),
				settings: { ...DEFAULT_STUDY_SETTINGS, newPerDay: 2 }
			})
		);
		expect(filled.newBuried).toBe(0);
	});

	it('lets a card answered today come back for its own learning step', () => {
		const queue = buildQueue(
			input({ dueCards: [cardRecord('q1', 3, now - 1000)], answeredToday: ['q1'] })
		);
		expect(queue[0]).toMatchObject({ questionId: 'q1', kind: 'learning' });
	});

	it('puts questions the student asked for first, outside the limits', () => {
		const queued = { ...cardRecord('q30', 0, now), reps: 0, queuedAt: now };
		const settings = { ...DEFAULT_STUDY_SETTINGS, newPerDay: 0, maxReviewsPerDay: 0 };
		const queue = buildQueue(
			input({
				settings,
				queuedCards: [queued, { ...cardRecord('q31', 2, now + 30 * 86_400_000), queuedAt: now + 1 }]
			})
		);
		expect(queue.map((i) => [i.questionId, i.kind])).toEqual([
			['q30', 'queued'],
			['q31', 'queued']
		]);
		expect(queue[0].card).toBeUndefined();
		expect(countQueue(queue, now)).toEqual({ fresh: 1, learning: 0, review: 1, later: 0 });
	});

	it('skips cards whose question left the bank', () => {
		const queue = buildQueue(input({ dueCards: [cardRecord('gone', 2, now - hour)] }));
		expect(queue.some((i) => i.questionId === 'gone')).toBe(false);
	});
});

describe('learn-ahead limit', () => {
	it('shows a learning card early only within the limit, and says when the next is due', () => {
		const later = (minutes: number) =>
			buildQueue(input({ learningCards: [cardRecord('q1', 1, now + minutes * 60_000)] }));
		const settings = { ...DEFAULT_STUDY_SETTINGS, newPerDay: 0 };
		const queue = buildQueue({
			...input(),
			settings,
			learningCards: [cardRecord('q1', 1, now + 25 * 60_000)]
		});
		expect(pickNext(queue, now, 20)).toBeUndefined();
		expect(nextDue(queue)).toBe(now + 25 * 60_000);
		expect(pickNext(queue, now + 5 * 60_000, 20)?.questionId).toBe('q1');
		expect(pickNext(queue, now, 0)).toBeUndefined();
		expect(pickNext(queue, now + 25 * 60_000, 0)?.questionId).toBe('q1');
		// A card marked Again ("back in 1 min") is not shown before its minute when others wait.
		expect(pickNext(later(1), now, 20)?.kind).toBe('new');
	});
});

describe('siblings and teaching order (issue 9)', () => {
	const q = (
		id: string,
		fact: string,
		extra: { rank?: number; type?: string; quote?: string } = {}
	) => ({
		id,
		fact,
		type: extra.type ?? 'mcq',
		rank: extra.rank,
		source: { doc: 'doc-a', quote: extra.quote ?? `sentence about ${id}` }
	});
	const newIds = (questions: QueueInput['questions'], overrides: Partial<QueueInput> = {}) =>
		buildQueue({ ...input(), questions, ...overrides })
			.filter((item) => item.kind === 'new')
			.map((item) => item.questionId);

	it('treats questions on the same source sentence as siblings, whatever their fact', () => {
		const questions = [
			q('a', 'f1', { quote: 'The bridge opened in 1999.' }),
			q('b', 'f2', { quote: 'The bridge opened in 1999.' }),
			q('c', 'f3')
		];
		expect(newIds(questions)).toEqual(['a', 'c']);
		// Answered today through its sibling: buried until another day.
		expect(newIds(questions, { answeredToday: ['a'], isStarted: (id) => id === 'a' })).toEqual([
			'c'
		]);
		// The same quote in another document is not a sibling.
		const otherDoc = { ...q('d', 'f4', { quote: 'The bridge opened in 1999.' }) };
		otherDoc.source = { doc: 'doc-b', quote: 'The bridge opened in 1999.' };
		expect(newIds([questions[0], otherDoc])).toEqual(['a', 'd']);
		// Course rows keep a short sentence key instead of the quote: the same siblings.
		expect(newIds(questions.map(toQueueQuestion))).toEqual(['a', 'c']);
		expect(toQueueQuestion(questions[0])).not.toHaveProperty('source');
	});

	it('introduces new questions by rank, unranked ones after in bank order', () => {
		const questions = [
			q('u1', 'f1'),
			q('r5', 'f2', { rank: 5 }),
			q('u2', 'f3'),
			q('r0', 'f4', { rank: 0 }),
			q('r2', 'f5', { rank: 2 })
		];
		expect(newIds(questions)).toEqual(['r0', 'r2', 'r5', 'u1', 'u2']);
		expect(newIds(questions, { settings: { ...DEFAULT_STUDY_SETTINGS, newPerDay: 2 } })).toEqual([
			'r0',
			'r2'
		]);
	});

	it('interleaves question types among new questions', () => {
		const questions = [
			q('m1', 'f1', { rank: 0, type: 'mcq' }),
			q('m2', 'f2', { rank: 1, type: 'mcq' }),
			q('m3', 'f3', { rank: 2, type: 'mcq' }),
			q('t1', 'f4', { rank: 3, type: 'truefalse' }),
			q('s1', 'f5', { rank: 4, type: 'short' })
		];
		expect(newIds(questions)).toEqual(['m1', 't1', 'm2', 's1', 'm3']);
	});
});

describe('new questions of every course (issue 12, a student from Anki)', () => {
	// The built-in course's 151 questions are ranked; her three courses of notes (7, 8 and 7
	// questions) are not. One question type, so only the turns decide.
	const builtin = Array.from({ length: 151 }, (_, i) => ({ id: `b${i}`, fact: `bf${i}`, rank: i }));
	const own = (course: string, size: number) =>
		Array.from({ length: size }, (_, i) => ({ id: `${course}:q${i}`, fact: `${course}:f${i}` }));
	const questions = [...builtin, ...own('u-bio', 7), ...own('u-geo', 8), ...own('u-his', 7)];
	const newOf = (started: ReadonlySet<string>, scopeCourse?: string) =>
		buildQueue(
			input({ questions, isStarted: (id) => started.has(id), ...(scopeCourse && { scopeCourse }) })
		).map((item) => item.questionId);
	const byCourse = (ids: string[]) => {
		const counts: Record<string, number> = {};
		for (const id of ids) counts[id.includes(':') ? id.split(':')[0] : 'builtin'] ??= 0;
		for (const id of ids) counts[id.includes(':') ? id.split(':')[0] : 'builtin']++;
		return counts;
	};

	it('takes turns: 5 from each course on day 1, her 7 left and 13 built-in on day 2', () => {
		const day1 = newOf(new Set());
		expect(day1).toHaveLength(20);
		expect(byCourse(day1)).toEqual({ builtin: 5, 'u-bio': 5, 'u-geo': 5, 'u-his': 5 });
		// Each course's first, in its own order, in install order; then each one's second.
		expect(day1.slice(0, 5)).toEqual(['b0', 'u-bio:q0', 'u-geo:q0', 'u-his:q0', 'b1']);
		const day2 = newOf(new Set(day1));
		expect(byCourse(day2)).toEqual({ builtin: 13, 'u-bio': 2, 'u-geo': 3, 'u-his': 2 });
		// Before (by rank), day 1 and day 2 were b0-b19 and b20-b39.
	});

	it('keeps the turns going when the queue is built again after each answer', () => {
		const started = new Set<string>();
		const newByCourse = new Map<string, number>();
		const served: string[] = [];
		for (let answer = 0; answer < 20; answer++) {
			const first = buildQueue(
				input({
					questions,
					isStarted: (id) => started.has(id),
					newByCourse,
					today: { newCards: answer, reviewCards: 0 }
				})
			)[0];
			served.push(first.questionId);
			started.add(first.questionId);
			const course = first.questionId.includes(':') ? first.questionId.split(':')[0] : 'builtin';
			newByCourse.set(course, (newByCourse.get(course) ?? 0) + 1);
		}
		// Counted from 0 at every build, the built-in course's next came first 20 times.
		expect(served.slice(0, 6)).toEqual([
			'b0',
			'u-bio:q0',
			'u-geo:q0',
			'u-his:q0',
			'b1',
			'u-bio:q1'
		]);
		expect(byCourse(served)).toEqual({ builtin: 5, 'u-bio': 5, 'u-geo': 5, 'u-his': 5 });
	});

	it('serves a course studied alone in its own order, all 8 of hers', () => {
		const geo = own('u-geo', 8);
		const queue = buildQueue(input({ questions: geo, scopeCourse: 'u-geo' }));
		expect(queue.map((item) => item.questionId)).toEqual(geo.map((q) => q.id));
	});
});
