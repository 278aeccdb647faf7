/**
 * Which new questions a queue takes (`buildQueueCounted`'s candidates, a few more than the day's
 * limit so question types can interleave): one course's in its teaching order (`newInOrder`),
 * every course's in turns (`newInTurns`).
 *
 * Every course: the courses take turns (issue 12,
 * outsider student): each course's next new question, then each one's next, courses in the
 * order the questions list them (built-in first, then by install: `listCourses`, and the
 * index read's `scopeView`). Studying every course, new questions were merged by rank, and only
 * the built-in course is ranked: a student with three courses of her own notes (7, 8 and 7
 * questions) was served the day's 20 new questions from the built-in course two days running.
 *
 * Anki's "gather order: deck" reaches a deck placed after another only once that one's own
 * limit is spent, and with one preset for every course (as here) a course's limit is the day's:
 * turns give what a user of per-deck limits gets there, every deck's new cards from the first
 * day, and each course keeps within its own limit, since the day's total is that same number.
 *
 * A question's turn is its place among its course's unstarted questions in the course's own
 * teaching order (rank, then place), counted on from the new questions the course introduced
 * today (`newByCourse`: the queue is built again after every answer, and counted from 0 each
 * time the built-in course's next came first every time). A question a sibling keeps out keeps
 * its turn (a gap), and siblings among the new questions themselves are settled in turn order,
 * so a turn depends only on the course's own list: the index read (`fresh-read.ts`'
 * `turnOrder`), which holds only the first turns of every course, takes what the full list does.
 * Pure.
 */
import { courseIdOf } from '$lib/db/records';
import type { QueueQuestion } from './queue';

/** What `newInOrder` and `newInTurns` need of the build (`buildQueueCounted`'s state). */
export interface CandidatesInput {
	/** The questions in teaching order (`newQuestionOrder`), from `from` on. */
	order: readonly QueueQuestion[];
	from: number;
	/** `newInTurns`: every question of the build, in the order its courses come (first seen). */
	questions: readonly QueueQuestion[];
	/** Whether the question is no new question for this build (started, or queued already). */
	skip: (id: string) => boolean;
	/** Whether no question answered or queued today shares a sibling key with it. */
	canTake: (id: string) => boolean;
	keysOf: ReadonlyMap<string, readonly string[]>;
	/** `newInTurns`: new questions each course introduced today, by course id. */
	newByCourse: ReadonlyMap<string, number> | undefined;
	/** How many candidates to take at most. */
	wanted: number;
}

/** What both return: the candidates, in the order taken, and what was passed over on the way. */
export interface Candidates {
	candidates: QueueQuestion[];
	/** Questions a sibling (answered, queued, or an earlier candidate) kept out on the way. */
	passedOver: number;
	/** Unstarted questions of `order` looked at (`buildQueueCounted`'s `newExamined`). */
	examined: number;
}

/**
 * The first `wanted` new questions of `order` (one course studied), siblings of each other left
 * out (the earlier in teaching order keeps its question).
 */
export function newInOrder(input: CandidatesInput): Candidates {
	const taken = nothingTaken();
	let examined = 0;
	for (let index = input.from; index < input.order.length; index++) {
		if (taken.candidates.length >= input.wanted) break;
		const question = input.order[index];
		if (input.skip(question.id)) continue;
		examined++;
		takeOrPass(input, taken, question);
	}
	return { candidates: taken.candidates, passedOver: taken.passedOver, examined };
}

/**
 * Up to `wanted` new questions in turns (`candidates`), siblings of each other left out (the
 * earlier turn keeps its question); `passedOver`: questions a sibling kept out on the way;
 * `examined`: unstarted questions of `order` looked at (all of them: a course's turns need its
 * whole list).
 */
export function newInTurns(input: CandidatesInput): Candidates {
	const lists = new Map<string, QueueQuestion[]>();
	let examined = 0;
	for (let index = input.from; index < input.order.length; index++) {
		const question = input.order[index];
		if (input.skip(question.id)) continue;
		examined++;
		const course = courseIdOf(question.id);
		const list = lists.get(course);
		if (list) list.push(question);
		else lists.set(course, [question]);
	}
	const courses: { list: QueueQuestion[]; first: number }[] = [];
	const placed = new Set<string>();
	for (const question of input.questions) {
		if (placed.size === lists.size) break;
		const course = courseIdOf(question.id);
		const list = lists.get(course);
		if (!list || placed.has(course)) continue;
		placed.add(course);
		courses.push({ list, first: input.newByCourse?.get(course) ?? 0 });
	}
	const last = Math.max(0, ...courses.map(({ list, first }) => first + list.length));
	const taken = nothingTaken();
	for (let turn = 0; turn < last && taken.candidates.length < input.wanted; turn++)
		for (const { list, first } of courses) {
			const question = list[turn - first];
			if (!question || taken.candidates.length >= input.wanted) continue;
			takeOrPass(input, taken, question);
		}
	return { candidates: taken.candidates, passedOver: taken.passedOver, examined };
}

/** What a build has taken so far: the candidates, their sibling keys, how many were passed over. */
interface Taken {
	candidates: QueueQuestion[];
	/** Every sibling key of `candidates`. */
	keys: Set<string>;
	passedOver: number;
}

function nothingTaken(): Taken {
	return { candidates: [], keys: new Set(), passedOver: 0 };
}

/**
 * The step both orders share: `question` becomes a candidate (its sibling keys join `taken.keys`)
 * unless `input.canTake` refuses it or an earlier candidate shares a sibling key with it; then it
 * is counted in `taken.passedOver`. Mutates `taken`.
 */
function takeOrPass(input: CandidatesInput, taken: Taken, question: QueueQuestion): void {
	const keys = input.keysOf.get(question.id)!;
	if (!input.canTake(question.id) || keys.some((key) => taken.keys.has(key))) {
		taken.passedOver++;
		return;
	}
	for (const key of keys) taken.keys.add(key);
	taken.candidates.push(question);
}
