import { isCourseQuestion } from './course-source';
import { denseWords, QR_BYTES, qrDrawing, qrFit, type QrFit } from './qr';
import { travelsWordForWord } from './quiz-code';
import type { QuizQuestion } from './types';

/**
 * What the Share panel and the projector's join screen say about a quiz's QR code, so both say
 * the same (outsider teacher, 2026-12-01: the projector showed a dense code with neither the
 * warning nor the link). `fit` is how the link fits a QR code (`qrFit`); `warning` why the code
 * is too big or dense and what to do, or '' when it reads well.
 */
export interface ShareNote {
	fit: QrFit;
	warning: string;
	/** Which warning: 'too-big', 'dense' (own questions make it so) or 'long' (size alone). */
	kind: 'too-big' | 'dense' | 'long' | null;
}

/** The note for `questions` shared as `link` (the whole URL, origin included). */
export function shareNote(questions: readonly QuizQuestion[], link: string): ShareNote {
	const fit = qrFit(link);
	const own = questions.filter(travelsWordForWord).length;
	const fromCourse = questions.some(isCourseQuestion);
	const why = fromCourse
		? `Questions of your own course travel in it word for word (your students’ devices do not have the course)`
		: own
			? `Your ${own} own question${own === 1 ? ' travels' : 's travel'} in it word for word`
			: '';
	if (fit === 'too-big')
		return {
			fit,
			kind: 'too-big',
			warning:
				`This quiz is too big for one QR code (${link.length.toLocaleString('en')} characters; a QR code holds at most ${QR_BYTES.largest.toLocaleString('en')}).${why ? ` ${why}.` : ''} ` +
				`Send the link below by message, e-mail or your class page: students open it, or paste it on the Quiz screen under “Join code or link”. ` +
				`Projector mode shows no QR code for it. For a QR code, make a quiz with fewer questions${fromCourse ? ' (about 20 at most)' : ''}.`
		};
	const dense = fromCourse ? '' : denseWords(qrDrawing(link).version, own);
	if (dense) return { fit, kind: 'dense', warning: dense };
	if (fit === 'dense')
		return {
			fit,
			kind: 'long',
			warning:
				`This QR code is dense (${link.length} characters; about ${QR_BYTES.projector} read well off a projector)` +
				`${why ? `: ${why.charAt(0).toLowerCase()}${why.slice(1)}` : ''}. If phones struggle to read it, share the link` +
				`${fromCourse ? ' or make a quiz with fewer questions (about 8 read well)' : ' or shorten own questions'}.`
		};
	return { fit, kind: null, warning: '' };
}
