import { momentText } from '$lib/text/when';
import { plural } from '$lib/text/plural';
import { readableCount } from './qr';
import { qrCodeOf } from './quiz-code';
import { MAX_QR_PARTS, quizPartLinks } from './quiz-parts';
import type { Quiz } from './types';

/**
 * How many of `quiz`'s questions, from the first, fit a QR code phones read reliably when
 * shared from `origin` (`readableCount`): each count's QR link (`qrLink`: lean when the full
 * one does not fit). A saved quiz passes its own QR `link` for the whole quiz, so "N of its N questions fit" is never said of
 * a link that does not fit (its code may be longer than a fresh encoding: saved by an older
 * version, or made elsewhere).
 */
export function readableQuestions(quiz: Quiz, origin: string, link?: string): number {
	const total = quiz.questions.length;
	return readableCount(total, (n) =>
		n === total && link !== undefined
			? link
			: qrLink({ ...quiz, questions: quiz.questions.slice(0, n) }, origin)
	);
}

/**
 * The link a quiz's QR code carries (`qrCodeOf`: lean when the whole quiz does not fit), from
 * `origin`; `code` is the quiz's saved full code, when it has one.
 */
export function qrLink(quiz: Quiz, origin: string, code?: string): string {
	return `${origin}/quiz#${qrCodeOf(quiz, origin, code)}`;
}

/**
 * The links a quiz's QR codes carry, in order (`quizPartLinks` of its QR code, `qrCodeOf`): one
 * when it fits one readable code, a numbered series when it does not, [] past `MAX_QR_PARTS`
 * codes (then shared by link only). `code`: the quiz's saved full code, when it has one.
 */
export function qrSeries(quiz: Quiz, origin: string, code?: string): string[] {
	return quizPartLinks(qrCodeOf(quiz, origin, code), origin);
}

/**
 * What the Share panel and the projector say of a quiz shown as `count` QR codes (`qrSeries`),
 * in place of the warning a too-long quiz had (outsider teacher, issue 12).
 */
export function seriesWords(count: number): string {
	return `This quiz is too long for one QR code that phones read reliably, so it is shown as ${count} QR codes, one after another (at most ${MAX_QR_PARTS}). Each student scans all ${count}, in any order: their phone keeps each one, says which it still needs and opens the quiz once it has them all, offline too. The link still works.`;
}

/** "…: 4 of its 7 questions fit one; the link still works." The sentence every warning opens with. */
export function tooLongWords(fits: number, total: number): string {
	return (
		`This quiz is too long for one QR code that phones read reliably: ` +
		(fits === 0
			? 'not one of its questions fits one'
			: `${fits} of its ${plural(total, 'question')} fit${fits === 1 ? 's' : ''} one`) +
		`; the link still works.`
	);
}

/**
 * Said beside the quiz's link and QR code once its questions have changed (outsider teacher
 * from Kahoot and Moodle: every edit made a new student link, and nothing said so). A link
 * carries its questions, so an edit makes a new one; a link given out before still opens the
 * questions as they were, and its results are still collected, marked against those questions
 * (`versions.ts`, `checkResultForQuiz`). `changedAt`: when the questions last changed (ms since
 * the epoch; the latest kept version's `until`), or null when not known (changed on this screen
 * without a new version: an accepted answer or an explanation). `oldJoinCode`: the join code
 * the quiz had before the edit (`joinCodeOf`'s `oldCode`), said here too, so the panel has one
 * note about the edit, not a second one about the code saying the same (outsider teacher,
 * issue 14). `locales`, `timeZone`: for tests.
 */
export function newLinkNote(
	changedAt: number | null,
	{
		oldJoinCode = '',
		locales,
		timeZone
	}: { oldJoinCode?: string; locales?: string | string[]; timeZone?: string } = {}
): string {
	const when = changedAt === null ? '' : ` on ${momentText(changedAt, locales, timeZone)}`;
	const noCode = oldJoinCode ? ' (a changed quiz has no short join code)' : '';
	const typed = oldJoinCode ? ` or typed the old join code ${oldJoinCode}` : '';
	return `New link and QR code: you changed the quiz${when}, so students need this link or QR code to get it as it is now${noCode}. Anyone who opened an earlier link${typed} still answers the questions as they were then, and their results still come in here, each marked against the questions it answered.`;
}
