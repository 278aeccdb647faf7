// Study and Stats after a big import (issue 14): one course of 40,000 new flashcards, as a 5 MB
// CSV makes, in fake-indexeddb (Node). Each figure opens a new connection (a new tab: no cache)
// and counts the IndexedDB requests and rows it reads (`read-counter.ts`: exact, unlike time on
// a shared machine), with the page's way before and after in one run: before, Study and Stats
// read every question of the course (`loadCourseBank`) first; after, only the questions of the
// cards the queue holds, or of the hardest list (`QuestionShelf`). CPU ms are printed beside.
// BIG_IMPORT_CARDS sets the course's size (40,000).
import 'fake-indexeddb/auto';
import { cpuUsage } from 'node:process';
import {
	listCourseInfo,
	listCourses,
	loadCourseBank,
	loadStudyQuestions,
	studyQuestionsOf
} from '../src/lib/content/bank';
import { ownCoursesFirst } from '../src/lib/courses/course-order';
import { loadCourseCounts } from '../src/lib/db/home-summary';
import { loadCourseList } from '../src/lib/db/home-view';
import { listLeeches } from '../src/lib/db/home-summary';
import { CARD_STATE } from '../src/lib/db/records';
import { cardRecord } from '../src/lib/db/test-helpers';
import { QuestionShelf, openQuestionShelf } from '../src/lib/content/question-shelf';
import { createCourse } from '../src/lib/courses/create';
import type { NewCourse } from '../src/lib/courses/create';
import { countReads } from '../src/lib/db/read-counter';
import { estimateCourseStorage, jsonBytes } from '../src/lib/courses/storage';
import { createDb, type FlashpointDb } from '../src/lib/db/schema';
import { loadStats } from '../src/lib/db/stats';
import { loadTodayQueueCounted } from '../src/lib/db/today-queue';
import { DEFAULT_STUDY_SETTINGS } from '../src/lib/srs/settings';
import type { Bench, Report } from './types';

const CARDS = Number(process.env.BIG_IMPORT_CARDS ?? 40_000);
const COURSE = 'u-big-import';
const SMALL = 'u-small';
const DAY = 86_400_000;

/** A course of `cards` (`CARDS`) flashcards, each its own fact and sentence, as an imported deck. */
function deck(cards = CARDS): NewCourse {
	return {
		title: 'Imported deck',
		status: 'accepted',
		documents: [
			{
				title: 'Imported',
				outlet: '',
				date: '2026-05-01',
				text: 'Imported cards.',
				questions: Array.from({ length: cards }, (_, n) => ({
					id: `q${n}`,
					type: 'flashcard' as const,
					prompt: `Term ${n}`,
					answer: `Definition number ${n} of the imported deck`,
					explanation: '',
					source: { doc: 'imported', quote: `Term ${n}.` },
					fact: `fact-${n}`,
					topics: [],
					difficulty: 1,
					origin: 'imported' as const
				}))
			}
		]
	} as NewCourse;
}

/** `work` on a new connection to `name`: requests, rows and main-thread CPU ms it took. */
async function measured(name: string, work: (db: FlashpointDb) => Promise<unknown>) {
	const db = createDb(name);
	const counts = countReads(db);
	const start = cpuUsage();
	await work(db);
	const used = cpuUsage(start);
	db.close();
	return { requests: counts.requests, rows: counts.rows, cpu: (used.user + used.system) / 1000 };
}

function print(report: Report, figure: string, m: Awaited<ReturnType<typeof measured>>) {
	report(`${figure}.rows`, m.rows, `rows read (${m.requests} requests)`);
	report(`${figure}.cpu`, m.cpu, 'ms CPU (Node, fake-indexeddb)');
}

const bench: Bench = {
	name: 'big-import',
	async run(report) {
		const name = `big-import-${Date.now()}`;
		const seed = createDb(name);
		const now = Date.now();
		await createCourse(seed, deck(), { id: COURSE, now: now - DAY });
		seed.close();
		report('big-import.cards', CARDS, 'new cards in one course');
		const settings = DEFAULT_STUDY_SETTINGS;
		const scope = { courseId: COURSE };

		const queueBefore = await measured(name, async (db) => {
			const bank = await loadCourseBank(COURSE, db);
			const queue = await loadTodayQueueCounted(scope, settings, now, db);
			return queue.items.map((item) => bank.questionById.get(item.questionId));
		});
		const queueAfter = await measured(name, async (db) => {
			const shelf = await openQuestionShelf(COURSE, db);
			const queue = await loadTodayQueueCounted(scope, settings, now, db);
			await shelf.need(queue.items.map((item) => item.questionId));
		});
		print(report, 'big-import.first-queue.before', queueBefore);
		print(report, 'big-import.first-queue.after', queueAfter);

		const statsBefore = await measured(name, async (db) => {
			const [bank] = await Promise.all([loadCourseBank(COURSE, db), listCourses(db)]);
			const ids = bank.bank.questions.map((question) => question.id);
			return loadStats(ids, now, db, undefined, COURSE);
		});
		const statsShelf = await measured(name, async (db) => {
			const shelf = await openQuestionShelf(COURSE, db);
			const ids = studyQuestionsOf(await listCourses(db), COURSE).map((q) => q.id);
			const stats = await loadStats(ids, now, db, undefined, COURSE);
			await shelf.need(stats.hardest.map((hard) => hard.questionId));
		});
		// The picker from the tally rows, the ids from the course's own row (perf45).
		const statsAfter = await measured(name, async (db) => {
			const shelf = await openQuestionShelf(COURSE, db);
			const [, studied] = await Promise.all([listCourseInfo(db), loadStudyQuestions(db, COURSE)]);
			const ids = studied.map((q) => q.id);
			const stats = await loadStats(ids, now, db, undefined, COURSE);
			await shelf.need(stats.hardest.map((hard) => hard.questionId));
		});
		print(report, 'big-import.stats.before', statsBefore);
		print(report, 'big-import.stats.shelf', statsShelf);
		print(report, 'big-import.stats.after', statsAfter);

		// The Courses screen's list with counts: from the course rows (each with its question
		// list), then from their tally rows (`loadCourseList`, perf45).
		const listBefore = await measured(name, async (db) =>
			loadCourseCounts(ownCoursesFirst(await listCourses(db)), now, db)
		);
		const listAfter = await measured(name, (db) => loadCourseList(now, db));
		print(report, 'big-import.course-list.before', listBefore);
		print(report, 'big-import.course-list.after', listAfter);
		// Study's picker, Classroom's course choices: the list alone.
		const namesBefore = await measured(name, (db) => listCourses(db));
		const namesAfter = await measured(name, (db) => listCourseInfo(db));
		print(report, 'big-import.course-names.before', namesBefore);
		print(report, 'big-import.course-names.after', namesAfter);
		// Leeches and Questions (perf45): three of the big course's cards forgotten 8 times, and a
		// small course of 20 beside it, the one last worked in.
		const more = createDb(name);
		await createCourse(more, { ...deck(20), title: 'Small course' }, { id: SMALL, now });
		await more.cards.bulkPut(
			[7, 70, 700].map((n) =>
				cardRecord(`${COURSE}:q-${n + 1}`, CARD_STATE.review, now + DAY, { lapses: 8 })
			)
		);
		more.close();
		// Every course's questions as `loadCourseBank(null)` reads them, less the built-in course's
		// (this database has none, and installing it needs the app's bank file).
		const everyCourse = (db: FlashpointDb) =>
			Promise.all([loadCourseBank(COURSE, db), loadCourseBank(SMALL, db)]);
		const leechesBefore = await measured(name, async (db) => {
			const [[big, small], leeches] = await Promise.all([everyCourse(db), listLeeches(db)]);
			return leeches.map(
				(card) => big.questionById.get(card.questionId) ?? small.questionById.get(card.questionId)
			);
		});
		const leechesAfter = await measured(name, async (db) => {
			const leeches = await listLeeches(db);
			const shelf = new QuestionShelf(null, db);
			await shelf.need(leeches.map((card) => card.questionId));
			if (leeches.some((card) => !shelf.questionById.has(card.questionId)))
				throw new Error('a leech without its question');
		});
		print(report, 'big-import.leeches.before', leechesBefore);
		print(report, 'big-import.leeches.after', leechesAfter);
		// Questions: every course's questions, then the course last worked in only.
		const questionsBefore = await measured(name, (db) =>
			Promise.all([everyCourse(db), listCourses(db)])
		);
		const questionsAfter = await measured(name, async (db) => {
			await listCourseInfo(db);
			await loadCourseBank(SMALL, db);
		});
		print(report, 'big-import.questions-screen.before', questionsBefore);
		print(report, 'big-import.questions-screen.after', questionsAfter);
		// Settings' storage table (perf48), with a third course of 30 articles of ~40 KB each:
		// before, it read every course row (the big one with its 40,000-entry question list) and
		// every document row, texts and all; after, the tally rows and the documents' size index
		// (`[courseId+bytes]`, v17). `before` is those reads plus today's estimate (which adds
		// the size index's few keys to them).
		const articles = createDb(name);
		const text = 'An article sentence of the course, long enough to be read. '.repeat(680);
		await createCourse(
			articles,
			{
				...deck(0),
				title: 'Articles',
				documents: Array.from({ length: 30 }, (_, n) => ({
					...deck(1).documents[0],
					title: `Article ${n}`,
					text: `${n} ${text}`
				}))
			},
			{ id: 'u-articles', now: now + 1 }
		);
		articles.close();
		const storageBefore = await measured(name, async (db) => {
			const courses = await listCourses(db);
			for (const course of courses)
				(await db.documents.where('courseId').equals(course.id).toArray()).map(jsonBytes);
			return estimateCourseStorage(db, courses);
		});
		const storageAfter = await measured(name, async (db) =>
			estimateCourseStorage(db, await listCourseInfo(db))
		);
		print(report, 'big-import.storage.before', storageBefore);
		print(report, 'big-import.storage.after', storageAfter);
		report(
			'big-import.storage.cpu-ratio',
			storageAfter.cpu / storageBefore.cpu,
			'x (after / before, CPU)'
		);
		report(
			'big-import.course-list.cpu-ratio',
			listAfter.cpu / listBefore.cpu,
			'x (after / before, CPU)'
		);
		report(
			'big-import.first-queue.rows-ratio',
			queueAfter.rows / queueBefore.rows,
			'x (after / before, rows read)'
		);
	}
};

export default bench;
