// Seeding for the scale harness: a fresh install (the built-in course, no progress) or the big
// database (10 courses, 6,500 questions, 10,000 cards, 100,000 answers), the same rows each run.
import rawBank from '$questions/bank.json';
import { loadStudyQuestions } from '$lib/content/bank';
import { writeCourse } from '$lib/content/install';
import { parseBank, type Question } from '$lib/content/schema';
import { createCourse } from '$lib/courses/create';
import { addAnswerToDay } from '$lib/db/day-totals';
import {
	BUILTIN_COURSE_ID,
	CARD_STATE,
	emptyDay,
	type CardRecord,
	type DayRecord,
	type ReviewRecord
} from '$lib/db/records';
import { createDb, type FlashpointDb } from '$lib/db/schema';
import { saveStudySettings } from '$lib/db/study-settings';
import { studyDay } from '$lib/srs/day';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { withDb } from './measure';

export const DAY = 86_400_000;
// Room for every answer the bench gives in a day, for both databases alike.
export const SETTINGS = { ...DEFAULT_STUDY_SETTINGS, newPerDay: 100 };

/** A repeatable pseudo-random sequence, so every run seeds the same rows. */
function random(seed: number) {
	let state = seed;
	return () => {
		state = (state * 1_664_525 + 1_013_904_223) % 4_294_967_296;
		return state / 4_294_967_296;
	};
}

const TYPES = ['flashcard', 'mcq', 'truefalse', 'short', 'cloze'] as const;

/** A synthetic accepted question (each type in turn, two questions per fact). */
export function syntheticQuestion(course: number, n: number): Question {
	const type = TYPES[n % TYPES.length];
	const quote = `In course ${course}, sentence ${Math.floor(n / 2)} states fact number ${n}.`;
	return {
		id: `s-${n}`,
		type,
		prompt: type === 'cloze' ? `In course ${course}, fact ____ is stated.` : `What is fact ${n}?`,
		answer: type === 'truefalse' ? 'true' : `answer ${n}`,
		...(type === 'mcq' && { choices: [`answer ${n}`, 'one', 'two', 'three'] }),
		explanation: quote,
		source: { doc: 'x', quote },
		fact: `fact-${Math.floor(n / 2)}`,
		topics: ['synthetic'],
		difficulty: 1,
		origin: 'written',
		rank: n
	};
}

/** The built-in course, as the app installs it (validated once). */
async function installBuiltin(db: FlashpointDb, now: number) {
	const parsed = parseBank(rawBank);
	if (!parsed.ok) throw new Error(parsed.error);
	await writeCourse(
		db,
		{
			id: BUILTIN_COURSE_ID,
			title: 'Built-in',
			kind: 'builtin',
			hash: 'bench',
			bank: parsed.value
		},
		now
	);
}

/** Nine user courses through `createCourse`, accepted, bringing the total to `total`. */
async function addUserCourses(db: FlashpointDb, total: number, now: number) {
	const builtin = (await loadStudyQuestions(db)).length;
	const left = total - builtin;
	for (let c = 0; c < 9; c++) {
		const count = c < 8 ? Math.ceil(left / 9) : left - 8 * Math.ceil(left / 9);
		const perDoc = Math.ceil(count / 5);
		const documents = Array.from({ length: 5 }, (_, d) => ({
			title: `Course ${c} document ${d}`,
			date: '2025-01-01',
			text: `Synthetic document ${d} of course ${c}.`,
			questions: Array.from({ length: Math.max(0, Math.min(perDoc, count - d * perDoc)) }, (_, i) =>
				syntheticQuestion(c, d * perDoc + i)
			)
		}));
		await createCourse(
			db,
			{ title: `Synthetic course ${c}`, documents, status: 'accepted' },
			{ id: `u-bench-${c}`, now: now + c }
		);
	}
}

/**
 * `cards` cards: most questions of the courses (picked at random, so the started ones are
 * scattered through the teaching order), the rest for questions no course has any more; and
 * `answers` answers over the past year with their day totals, none today.
 */
async function addProgress(db: FlashpointDb, cards: number, answers: number, now: number) {
	const next = random(42);
	const ids = (await loadStudyQuestions(db)).map((q) => q.id).filter(() => next() < 0.92);
	while (ids.length < cards) ids.push(`gone-${ids.length}`);
	const rows: CardRecord[] = ids.slice(0, cards).map((questionId, i) => ({
		questionId,
		// Due from 40 days ago to a year ahead: a few hundred due today, most later.
		due: now + Math.floor((next() * 405 - 40) * DAY),
		stability: 1 + next() * 100,
		difficulty: 1 + next() * 9,
		elapsedDays: 0,
		scheduledDays: Math.floor(next() * 100),
		learningSteps: 0,
		reps: 3 + Math.floor(next() * 20),
		lapses: Math.floor(next() * 4) + (i % 97 === 0 ? 8 : 0),
		state: i % 50 === 0 ? CARD_STATE.relearning : CARD_STATE.review,
		lastReview: now - Math.floor(next() * 200) * DAY - DAY,
		leech: i % 97 === 0
	}));
	await db.cards.bulkAdd(rows);
	const days = new Map<string, DayRecord>();
	const batch: ReviewRecord[] = [];
	// Oldest first, as the app writes them (ids grow with time).
	const times = Array.from({ length: answers }, () => now - DAY - Math.floor(next() * 365 * DAY));
	times.sort((a, b) => a - b);
	for (let i = 0; i < answers; i++) {
		const card = rows[i % rows.length];
		const answeredAt = times[i];
		const review: ReviewRecord = {
			questionId: card.questionId,
			rating: (1 + Math.floor(next() * 4)) as ReviewRecord['rating'],
			answeredAt,
			studyDay: studyDay(answeredAt),
			durationMs: 4000 + Math.floor(next() * 8000),
			grading: 'self',
			correct: null,
			before: i < rows.length ? null : { ...card, due: answeredAt },
			after: {
				due: answeredAt + 3 * DAY,
				state: card.state,
				stability: card.stability,
				difficulty: card.difficulty,
				scheduledDays: 3
			}
		};
		batch.push(review);
		const day = days.get(review.studyDay) ?? emptyDay(review.studyDay);
		days.set(review.studyDay, addAnswerToDay(day, review));
		if (batch.length === 10_000) await db.reviews.bulkAdd(batch.splice(0));
	}
	if (batch.length) await db.reviews.bulkAdd(batch.splice(0));
	await db.days.bulkAdd([...days.values()]);
}

async function counted(db: FlashpointDb) {
	return {
		questions: (await loadStudyQuestions(db)).length,
		courses: await db.courses.count(),
		cards: await db.cards.count(),
		answers: await db.reviews.count()
	};
}

/**
 * Seeds database `name` (`full`: the big one). With `reuse`, a database already holding the
 * big seed is kept (SCALE_PROFILE_DIR: seeding takes minutes on a busy machine).
 */
export async function prepare(name: string, full: boolean, now: number, reuse: boolean) {
	const started = performance.now();
	const phases: Record<string, number> = {};
	const seeded = reuse && full && (await withDb(name, (db) => db.cards.count())) >= 10_000;
	if (!seeded) await createDb(name).delete();
	const counts = await withDb(name, async (db) => {
		if (seeded) return counted(db);
		await installBuiltin(db, now - 400 * DAY);
		await saveStudySettings(SETTINGS, db);
		if (full) {
			let t = performance.now();
			await addUserCourses(db, 6_500, now - 400 * DAY);
			phases.courses = performance.now() - t;
			t = performance.now();
			await addProgress(db, 10_000, 100_000, now);
			phases.progress = performance.now() - t;
		}
		return counted(db);
	});
	return { ...counts, seedMs: performance.now() - started, phases };
}
