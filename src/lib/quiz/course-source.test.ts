import { describe, expect, it } from 'vitest';
import type { BankIndex } from '$lib/content/bank';
import { indexBank } from '$lib/content/bank';
import { toImportedQuestion } from '$lib/courses/import-plan';
import type { CourseRecord } from '$lib/db/records';
import { readGift } from '$lib/formats/gift';
import {
	coursesUnreadWords,
	courseQuizId,
	courseQuizIndex,
	coursesQuizIndex,
	drawCourseQuiz,
	quizCourseIds,
	severalCoursesWords,
	quizCourseChoices,
	startingQuizCourse,
	sourceOnStudentDevice
} from './course-source';
import { qrFit } from './qr';
import { isCourseQuestion } from './travels';
import { seededRandom } from './random';
import { decodeQuiz, encodeQuiz } from './quiz-code';
import { resolveQuiz } from './quiz-resolve';
import { quizLinkProblem } from './share-check';
import { makeQuiz, seedBank } from './fixtures.test-helpers';
import { BUILTIN_COURSE_ID } from '$lib/db/records';
import { swapCandidates, OWN_DOC } from './edit';
import { toQuizQuestion } from './build';
import { QUIZ_TYPES } from './types';

const COURSE = 'u-0e2e0000-0000-4000-8000-000000000001';
const ORIGIN = 'https://flashpoint-classroom.example-school.org';

/** The built-in bank's quiz questions, re-homed in a user course as `loadCourseBank` gives them. */
function userCourse(count: number): BankIndex {
	const bank = seedBank().bank;
	const questions = bank.questions
		.filter((q) => q.type !== 'flashcard')
		.slice(0, count)
		.map((q, i) => ({
			...q,
			id: `${COURSE}:q-${i + 1}`,
			fact: `${COURSE}:${q.fact}`,
			source: { ...q.source, doc: `${COURSE}:d-1` }
		}));
	return courseQuizIndex(indexBank({ ...bank, questions }), COURSE);
}

describe('quiz ids of a user course’s questions', () => {
	it('pass the bank id rule and say they are a course’s', () => {
		const id = courseQuizId(`${COURSE}:q-12`);
		expect(id).toBe(`uc-${COURSE}-q-12`);
		expect(id).toMatch(/^[a-z0-9][a-z0-9-]{2,80}$/);
		expect(isCourseQuestion({ id })).toBe(true);
		expect(seedBank().bank.questions.some((q) => isCourseQuestion(q))).toBe(false);
	});

	it('stay within 81 characters and distinct for the longest course id a course file allows', () => {
		const long = `u-${'a'.repeat(80)}`;
		const a = courseQuizId(`${long}:q-1`);
		const b = courseQuizId(`${long}:q-2`);
		expect(a).toMatch(/^[a-z0-9][a-z0-9-]{2,80}$/);
		expect(a).not.toBe(b);
	});

	it('leave the built-in course as it is', () => {
		const bank = seedBank();
		const index = courseQuizIndex(bank, 'builtin');
		expect(index.bank).toBe(bank.bank);
		expect(index.fromCards.size).toBe(0);
	});
});

describe('the builder’s course list', () => {
	const row = (id: string, title: string, questionCount: number) =>
		({ id, title, questionCount }) as CourseRecord;
	it('offers the built-in course and every user course with accepted questions', () => {
		const choices = quizCourseChoices([
			row('builtin', 'Turkey', 200),
			row('u-a', 'Drafts only', 0),
			row('u-b', 'Rivers', 2)
		]);
		expect(choices.map((c) => c.id)).toEqual(['builtin', 'u-b']);
		expect(choices[0].builtin).toBe(true);
	});
	it('offers the built-in course first before its install has written its row', () => {
		const choices = quizCourseChoices([row('u-b', 'Rivers', 2)]);
		expect(choices.map((c) => [c.id, c.title])).toEqual([
			['builtin', 'Turkey between Serbia and Kosovo, 2008–2025'],
			['u-b', 'Rivers']
		]);
	});
});

/** Outsider teacher (Kahoot and Moodle, issue 12): her new, accepted course was not chosen. */
describe('the course New quiz opens on', () => {
	const rows = [
		{ id: 'builtin', installedAt: 5_000 },
		{ id: 'u-old', installedAt: 1_000 },
		{ id: 'u-new', installedAt: 2_000 },
		{ id: 'u-drafts', installedAt: 3_000 }
	];
	const choices = quizCourseChoices(
		rows.map(
			(r) => ({ ...r, title: r.id, questionCount: r.id === 'u-drafts' ? 0 : 5 }) as CourseRecord
		)
	);
	it('is the one its address names, else the course last worked in', () => {
		expect(startingQuizCourse(choices, rows, 'u-old', 'u-new')).toEqual({
			courseId: 'u-old',
			why: 'address'
		});
		expect(startingQuizCourse(choices, rows, null, 'u-old')).toEqual({
			courseId: 'u-old',
			why: 'last-worked'
		});
		// The built-in course, when a quiz was last built from it.
		expect(startingQuizCourse(choices, rows, null, 'builtin').courseId).toBe('builtin');
	});
	it('else the newest own course with accepted questions, else the built-in one', () => {
		// A deleted course, or one of drafts only, is not chosen.
		expect(startingQuizCourse(choices, rows, 'u-gone', 'u-drafts')).toEqual({
			courseId: 'u-new',
			why: 'newest-own'
		});
		const only = quizCourseChoices([
			{ id: 'u-old', title: 'Rivers', questionCount: 3 } as CourseRecord
		]);
		expect(startingQuizCourse(only, [rows[1]], null, null).courseId).toBe('u-old');
		const none = quizCourseChoices([]);
		expect(startingQuizCourse(none, [], null, null)).toEqual({
			courseId: 'builtin',
			why: 'builtin'
		});
	});
});

describe('a quiz from the teacher’s own course', () => {
	it('reaches a student whose device has no such course: every word travels in the link', () => {
		const index = userCourse(30);
		const questions = drawCourseQuiz(
			index,
			{ docs: [], topics: [], types: ['mcq', 'truefalse', 'cloze', 'short'], count: 5 },
			() => 0.5
		);
		expect(questions).toHaveLength(5);
		const quiz = makeQuiz(questions);
		const decoded = decodeQuiz(`${ORIGIN}/quiz#${encodeQuiz(quiz)}`);
		expect(decoded.ok).toBe(true);
		// No bank at all on the student's side.
		const resolved = decoded.ok ? resolveQuiz(decoded.value, null) : decoded;
		expect(resolved).toEqual({ ok: true, value: quiz });
	});

	it('never asks one fact twice', () => {
		const index = userCourse(40);
		const questions = drawCourseQuiz(index, {
			docs: [],
			topics: [],
			types: ['mcq', 'truefalse', 'cloze', 'short'],
			count: 40
		});
		const facts = questions.map((q) => index.questionById.get(q.id)!.fact);
		expect(new Set(facts).size).toBe(facts.length);
	});

	it('is carried in full even when mixed with the built-in course’s questions', () => {
		const builtin = seedBank().bank.questions.filter((q) => q.type !== 'flashcard');
		const own = userCourse(2).bank.questions;
		const quiz = makeQuiz([...builtin.slice(0, 30), ...own]);
		const decoded = decodeQuiz(encodeQuiz(quiz));
		expect(decoded.ok && decoded.value.refs?.own?.map((o) => o.index)).toEqual([30, 31]);
	});

	it('cites its sentence, but no passage a student’s device could open', () => {
		const [question] = userCourse(1).bank.questions;
		const quiz = makeQuiz([question]);
		expect(sourceOnStudentDevice(quiz.questions[0])).toBe(false);
		expect(
			sourceOnStudentDevice(makeQuiz(seedBank().bank.questions.slice(0, 1)).questions[0])
		).toBe(true);
	});

	it('grows past one QR code with its length, and the teacher is told before the class', () => {
		const small = makeQuiz(userCourse(5).bank.questions);
		expect(qrFit(`${ORIGIN}/quiz#${encodeQuiz(small)}`)).not.toBe('too-big');
		const large = makeQuiz(userCourse(50).bank.questions);
		const code = encodeQuiz(large);
		expect(qrFit(`${ORIGIN}/quiz#${code}`)).toBe('too-big');
		// Too big for a QR code, but a link still opens on a student's device.
		expect(quizLinkProblem(large, code)).toBeNull();
	});
});

/** A course imported from a GIFT file: no source sentences, no explanations but one. */
function giftCourse(): BankIndex {
	const gift = [
		'::Q1:: Which city is the capital of Kosovo? {=Pristina ~Prizren ~Belgrade ~Skopje}',
		'::Q2:: Kosovo declared independence in 2008.{TRUE#Parliament voted on 17 February 2008.}',
		'::Q3:: Which river flows through Mitrovica? {=Ibar}'
	].join('\n\n');
	const read = readGift(gift);
	expect(read.problems).toEqual([]);
	const questions = read.questions.map((q, i) => {
		const imported = toImportedQuestion(q, i);
		return {
			...imported,
			id: `${COURSE}:${imported.id}`,
			fact: `${COURSE}:${imported.fact}`,
			source: { ...imported.source, doc: `${COURSE}:import` }
		};
	});
	const bank = seedBank().bank;
	return courseQuizIndex(indexBank({ ...bank, questions }), COURSE);
}

describe('a quiz from a course imported from a GIFT file (no source sentences)', () => {
	it('goes into a link, and the student gets the question with its explanation or none', () => {
		const index = giftCourse();
		const quiz = makeQuiz(index.bank.questions);
		const code = encodeQuiz(quiz);
		expect(quizLinkProblem(quiz, code)).toBeNull();
		const decoded = decodeQuiz(code);
		const resolved = decoded.ok ? resolveQuiz(decoded.value, null) : decoded;
		expect(resolved).toEqual({ ok: true, value: quiz });
		const asked = resolved.ok ? resolved.value.questions : [];
		expect(asked.map((q) => q.source.quote)).toEqual(['', '', '']);
		// Nothing is made up: no note about the teacher's file stands in for an explanation.
		expect(asked.map((q) => q.explanation)).toEqual([
			'',
			// GIFT's `T#…` is the feedback for the wrong answer, False (issue 14, `answer-feedback.ts`).
			'False: Parliament voted on 17 February 2008.',
			''
		]);
	});

	it('stores its choices shuffled when the quiz shuffles them: the right one is not always A', () => {
		const index = giftCourse();
		const firsts = new Set<string>();
		for (let seed = 1; seed <= 12; seed++) {
			const quiz = drawCourseQuiz(
				index,
				{ docs: [], topics: [], types: ['mcq'], count: 1, shuffleChoices: true },
				seededRandom(seed)
			);
			expect([...quiz[0].choices!].sort()).toEqual(['Belgrade', 'Pristina', 'Prizren', 'Skopje']);
			firsts.add(quiz[0].choices![0]);
		}
		expect(firsts.size).toBeGreaterThan(1);
		// Unticked, the file's order stays (the teacher chose it).
		const kept = drawCourseQuiz(index, { docs: [], topics: [], types: ['mcq'], count: 1 });
		expect(kept[0].choices![0]).toBe('Pristina');
	});

	it('also travels by reference beside built-in questions', () => {
		const builtin = seedBank().bank.questions.filter((q) => q.type !== 'flashcard');
		const quiz = makeQuiz([...builtin.slice(0, 20), ...giftCourse().bank.questions]);
		const code = encodeQuiz(quiz);
		expect(quizLinkProblem(quiz, code)).toBeNull();
		const decoded = decodeQuiz(code);
		expect(decoded.ok && decoded.value.refs?.own?.length).toBe(3);
		expect(decoded.ok && resolveQuiz(decoded.value, seedBank())).toEqual({ ok: true, value: quiz });
	});
});

describe('quizLinkProblem', () => {
	it('names a link too long for a student’s device and what to do', () => {
		const quiz = makeQuiz(userCourse(3).bank.questions);
		expect(quizLinkProblem(quiz, 'Q1.' + 'A'.repeat(60_000))).toMatch(
			/too long for one quiz link .*Choose fewer questions/
		);
	});
	it('passes a link a student’s device opens', () => {
		const quiz = makeQuiz(userCourse(3).bank.questions);
		expect(quizLinkProblem(quiz, encodeQuiz(quiz))).toBeNull();
	});
});

describe('New quiz says when the course list could not be read', () => {
	it('names the error and what is offered instead', () => {
		expect(coursesUnreadWords(new Error('Database blocked'))).toBe(
			'Your own courses could not be read (Database blocked), so only the built-in course is offered. Reload the page to try again; nothing was changed.'
		);
		expect(coursesUnreadWords('?')).toMatch(/^Your own courses could not be read, so/);
	});
});

describe('a quiz of several courses (teach49)', () => {
	const builtin = seedBank();
	/** `userCourse`'s questions as `loadCourseBank` gives them, before `courseQuizIndex`. */
	const own = () => {
		const bank = builtin.bank;
		const questions = bank.questions
			.filter((q) => q.type !== 'flashcard')
			.slice(0, 6)
			.map((q, i) => ({
				...q,
				id: `${COURSE}:q-${i + 1}`,
				fact: `${COURSE}:${q.fact}`,
				source: { ...q.source, doc: `${COURSE}:d-1` }
			}));
		return indexBank({
			...bank,
			documents: [{ ...bank.documents[0], id: `${COURSE}:d-1` }],
			questions
		});
	};

	it('joins the courses’ questions and documents, ids apart, the chosen course first', () => {
		const joined = coursesQuizIndex([
			{ id: COURSE, index: own() },
			{ id: BUILTIN_COURSE_ID, index: builtin }
		]);
		expect(joined.bank.questions).toHaveLength(6 + builtin.bank.questions.length);
		expect(joined.bank.questions.slice(0, 6).every(isCourseQuestion)).toBe(true);
		expect(joined.bank.documents[0].id).toBe(`${COURSE}:d-1`);
		expect(joined.questionById.size).toBe(joined.bank.questions.length);
		// One course: as `courseQuizIndex` makes it.
		expect(coursesQuizIndex([{ id: COURSE, index: own() }], QUIZ_TYPES).bank.questions).toEqual(
			courseQuizIndex(own(), COURSE).bank.questions
		);
	});

	it('names the courses a stored quiz was drawn from, for Swap, and swaps within a course', () => {
		const joined = coursesQuizIndex([
			{ id: COURSE, index: own() },
			{ id: BUILTIN_COURSE_ID, index: builtin }
		]);
		// A question of a type the course has twice, so its course has another to swap in.
		const ownQs = joined.bank.questions.filter(isCourseQuestion);
		const mine = ownQs.find((q) => ownQs.filter((o) => o.type === q.type).length > 1)!;
		const bankOne = joined.bank.questions.find(
			(q) => q.type === mine.type && !isCourseQuestion(q)
		)!;
		const quiz = { courseId: COURSE, questions: [toQuizQuestion(mine), toQuizQuestion(bankOne)] };
		expect(quizCourseIds(quiz)).toEqual([COURSE, BUILTIN_COURSE_ID]);
		// A question the teacher wrote names no course; a quiz made before names the built-in.
		const written = { ...toQuizQuestion(mine), source: { doc: OWN_DOC, quote: '' } };
		expect(quizCourseIds({ questions: [written] })).toEqual([BUILTIN_COURSE_ID]);
		// Swapped for another of its own course while it has one.
		for (const c of swapCandidates(quiz.questions, 0, joined))
			expect(isCourseQuestion(c)).toBe(true);
		for (const c of swapCandidates(quiz.questions, 1, joined))
			expect(isCourseQuestion(c)).toBe(false);
	});

	it('says how such a quiz travels, and what changes when a course is the built-in one', () => {
		const two = severalCoursesWords([
			{ title: 'Rivers', builtin: false },
			{ title: 'Coasts', builtin: false }
		]);
		expect(two).toMatch(
			/^Your students’ devices have none of these courses, so every question travels inside the quiz link word for word\. /
		);
		expect(two).toContain('no short join code');
		const withBuiltin = severalCoursesWords([
			{ title: 'Rivers', builtin: false },
			{ title: 'Built-in', builtin: true }
		]);
		expect(withBuiltin).toMatch(
			/^Questions of “Rivers” travel inside the quiz link word for word, as your students’ devices do not have that course; questions of the built-in course travel as short references/
		);
		expect(severalCoursesWords([{ title: 'Rivers', builtin: false }])).toBe('');
	});
});
