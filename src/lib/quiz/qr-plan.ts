import { plural } from '$lib/text/plural';
import { MAX_QR_PARTS } from './quiz-parts';
import { qrSeries, readableQuestions } from './share-notes';
import type { Quiz, QuizQuestion } from './types';

/**
 * What New quiz says about a quiz of the teacher's own course and QR codes, each where the
 * teacher decides it (outsider teachers, issue 12): under the course, why such a quiz has no join
 * code and how many of its questions one QR code holds; above Create, once the questions are
 * chosen, how many of these fit and what happens to the rest. It asked about QR fit before any
 * question was chosen ("about 8 of the 10 questions chosen below"), with counts that did not
 * match the number box.
 */

/**
 * New quiz's one count of QR fit, said under the course and above Create (and by the chosen
 * list). `fits`: how many of the planned quiz's `asked` questions fit one QR code phones read
 * reliably (`readableQuestions`, as Create, the Share panel and the projector count); `perCode`:
 * how many of the course's `of` do, counted on the planned quiz continued by the course's other
 * questions, so it is `fits` whenever the planned quiz does not all fit. Two counts on two
 * quizzes drawn apart said "about 2" under the course and "4 of these 10" above Create
 * (outsider geography teacher, issue 12). `codes`: how many QR codes the planned quiz is shown
 * as (`qrSeries`: 1 when it fits one, 0 past `MAX_QR_PARTS`), as the Share panel shows it.
 */
export interface QrFitCounts {
	fits: number;
	asked: number;
	perCode: number;
	of: number;
	codes: number;
}

/**
 * `QrFitCounts` of `planned` (the quiz Create will save), from `origin`; `course` is every
 * question the course could ask in this page's forms, one a fact (a draw of all of them), whose
 * ones not in `planned` follow it in that order.
 */
export function newQuizQrFit(
	planned: Quiz,
	course: readonly QuizQuestion[],
	origin: string
): QrFitCounts {
	const asked = planned.questions.length;
	const fits = readableQuestions(planned, origin);
	const of = Math.max(asked, course.length);
	if (fits < asked) {
		const codes = qrSeries(planned, origin).length;
		return { fits, asked, perCode: fits, of, codes };
	}
	const ids = new Set(planned.questions.map((q) => q.id));
	const questions = [...planned.questions, ...course.filter((q) => !ids.has(q.id))].slice(0, of);
	const perCode = Math.max(asked, readableQuestions({ ...planned, questions }, origin));
	return { fits, asked, perCode, of, codes: 1 };
}

/**
 * Under the course (the real limit: students' devices lack the course's text): whether one QR
 * code holds every question it has (`perCode` of its `of`, `newQuizQrFit`; null while not yet
 * known), else what a longer quiz does, with no per-course count: how many questions one code
 * holds depends on which are drawn, and three figures for one course ("4 of 15" here, "4 of
 * these 10" and "5 of these 15" above Create) left the teacher not knowing which to trust
 * (outsider geography teacher, issue 12). The one count is above Create (`createFitWords`).
 */
export function ownCourseWords(perCode: number | null, of: number): string {
	const lead =
		'Your students’ devices do not have this course, so its questions travel inside the quiz link word for word, and a quiz from it has no short join code (a join code only tells a phone how to draw questions from the built-in course it already has).';
	if (perCode === null || of === 0) return lead;
	if (perCode >= of)
		return `${lead} One QR code holds all ${plural(of, 'question')} a quiz of it can ask.`;
	return `${lead} A quiz too long for one QR code that phones read reliably is shown as a series of QR codes that students scan one after another (up to ${MAX_QR_PARTS}); the line above Create says how many codes your quiz needs. Any quiz can also be shared by link (message, e-mail or your class page).`;
}

/**
 * Beside the chosen questions' count, of the same quiz as `createFitWords`: "4 of 10 fit a QR
 * code phones read reliably", or, shown as a series, "10 fit in 3 QR codes".
 */
export function chosenFitWords(fits: number, of: number, codes: number): string {
	return fits < of && codes > 1
		? `${of} fit in ${codes} QR codes`
		: `${fits} of ${of} fit a QR code phones read reliably`;
}

/**
 * Above Create, said of the very quiz Create makes (`fits` of its `of` questions fit one QR
 * code; it is shown as `codes` QR codes, `QrFitCounts.codes`): how many codes it takes, or what
 * the teacher will be asked when no series holds it, or '' when all fit one. A series is said
 * by its number of codes alone: "(4 of them fit a single code)" was a second figure that changed
 * with the quiz's length (issue 12).
 */
export function createFitWords(fits: number, of: number, codes: number): string {
	if (fits >= of) return '';
	if (codes > 1)
		return `QR codes: these ${plural(of, 'question')} fit in ${codes} QR codes, shown one after another; each student scans all ${codes}, in any order.`;
	if (fits === 0)
		return of === 1
			? 'QR code: its question does not fit one, so the quiz is shared by link.'
			: `QR code: not one of these ${plural(of, 'question')} fits one, so the quiz is shared by link.`;
	const fit = fits === 1 ? 'fits' : 'fit';
	return `QR code: ${fits} of these ${plural(of, 'question')} ${fit} one. When you create it, you choose: ${plural(fits, 'question')} with a QR code, or all ${of} shared by link.`;
}
