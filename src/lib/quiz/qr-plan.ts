import { plural } from '$lib/text/plural';

/**
 * What New quiz says about a quiz of the teacher's own course and QR codes, each where the
 * teacher decides it (outsider teachers, issue 12): under the course, why such a quiz has no join
 * code and how many of its questions one QR code holds; above Create, once the questions are
 * chosen, how many of these fit and what happens to the rest. It asked about QR fit before any
 * question was chosen ("about 8 of the 10 questions chosen below"), with counts that did not
 * match the number box.
 */

/**
 * Under the course (the real limit: students' devices lack the course's text): `perCode` is how
 * many of its questions, drawn as a quiz of `of` (all it has, up to a quiz's most), fit one QR
 * code phones read reliably (`readableQuestions`); null while not yet known.
 */
export function ownCourseWords(perCode: number | null, of: number): string {
	const lead =
		'Your students’ devices do not have this course, so its questions travel inside the quiz link word for word, and a quiz from it has no short join code (a join code only tells a phone how to draw questions from the built-in course it already has).';
	if (perCode === null || of === 0) return lead;
	const holds =
		perCode >= of
			? `One QR code holds all ${plural(of, 'question')} it has.`
			: perCode === 0
				? `Not one of its questions fits a QR code that phones read reliably: share such a quiz by link (message, e-mail or your class page).`
				: `One QR code that phones read reliably holds about ${plural(perCode, 'question')} of it (of ${of}); a longer quiz is shared by link (message, e-mail or your class page).`;
	return `${lead} ${holds}`;
}

/**
 * Above Create, said of the very quiz Create makes (`fits` of its `of` questions fit one QR
 * code): what the teacher will be asked, or '' when all fit.
 */
export function createFitWords(fits: number, of: number): string {
	if (fits >= of) return '';
	if (fits === 0)
		return of === 1
			? 'QR code: its question does not fit one, so the quiz is shared by link.'
			: `QR code: not one of these ${plural(of, 'question')} fits one, so the quiz is shared by link.`;
	const fit = fits === 1 ? 'fits' : 'fit';
	return `QR code: ${fits} of these ${plural(of, 'question')} ${fit} one. When you create it, you choose: ${plural(fits, 'question')} with a QR code, or all ${of} shared by link.`;
}
