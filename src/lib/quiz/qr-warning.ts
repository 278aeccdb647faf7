import { plural } from '$lib/text/plural';
import { denseWords, QR_BYTES, qrBytes, qrFit, type QrFit } from './qr';
import { qrVersion } from './qr-draw';
import { tooLongWords } from './share-notes';
import { isCourseQuestion, travelsWordForWord } from './travels';
import type { QuizQuestion } from './types';

/**
 * What the Share panel and the projector's join screen say about a quiz's QR code, so both say
 * the same (outsider teacher, 2026-12-01: the projector showed a dense code with neither the
 * warning nor the link). `fit` is how the link fits a QR code (`qrFit`): only a 'projector' fit
 * is drawn, never a code phones cannot read (issue 14: a 7-question quiz of her own course made
 * a version 29 code while the page promised "about 8 fit"). `warning` says why there is no code,
 * how many questions would fit one and what to do, or '' when it reads well.
 */
export interface ShareNote {
	fit: QrFit;
	warning: string;
	/** Which warning: 'too-big', 'dense' (own questions make it so) or 'long' (size alone). */
	kind: 'too-big' | 'dense' | 'long' | null;
}

/**
 * The note for `questions` shared as `link` (the whole URL, origin included); `fits` is how
 * many of them fit a readable code (`readableQuestions`).
 */
export function shareNote(
	questions: readonly QuizQuestion[],
	link: string,
	fits: number
): ShareNote {
	const fit = qrFit(link);
	if (fit === 'projector') return { fit, kind: null, warning: '' };
	const own = questions.filter(travelsWordForWord).length;
	const fromCourse = questions.some(isCourseQuestion);
	const why = fromCourse
		? `Questions of your own course travel in it word for word (your students’ devices do not have the course).`
		: own
			? `Your ${plural(own, 'own question')} ${own === 1 ? 'travels' : 'travel'} in it word for word.`
			: '';
	const lead = tooLongWords(fits, questions.length);
	const share =
		`Send the link below by message, e-mail or your class page: students open it, or paste it on the Quiz screen under “Join code or link”` +
		(fits > 0 ? `. For a QR code, make a quiz of ${plural(fits, 'question')} or fewer.` : '.');
	if (fit === 'too-big')
		return {
			fit,
			kind: 'too-big',
			warning: `${lead} (${qrBytes(link).toLocaleString('en')} bytes; a QR code holds at most ${QR_BYTES.largest.toLocaleString('en')}.)${why ? ` ${why}` : ''} ${share}`
		};
	const dense = fromCourse ? '' : denseWords(qrVersion(link), own);
	if (dense) return { fit, kind: 'dense', warning: `${lead} ${dense}` };
	return {
		fit,
		kind: 'long',
		warning: `${lead} (${qrBytes(link).toLocaleString('en')} bytes; ${QR_BYTES.projector} read reliably.)${why ? ` ${why}` : ''} ${share}`
	};
}
