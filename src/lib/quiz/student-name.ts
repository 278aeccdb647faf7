import { cleanDisplayText, hasVisibleText } from '$lib/text/fold';
import { lengthNote, type LengthNote } from '$lib/text/limit';
import { LIMITS } from './types';

/**
 * The name a student types before a quiz, checked on their own screen: the teacher's report can
 * only tell results apart by a name that shows. The accepted name is what the result code will
 * carry (`cleanDisplayText`, at most `LIMITS.nameChars` characters), so the student sees their
 * name exactly as the teacher will. Invisible-only names (zero-width and bidi control characters,
 * spaces, Hangul fillers: see `hasVisibleText`) are refused here rather than arriving as "?".
 */
export type NameCheck = { ok: true; name: string } | { ok: false; error: string };

export function checkStudentName(typed: string): NameCheck {
	if (!typed.trim())
		return { ok: false, error: 'Type your name so your teacher can tell your result apart.' };
	const name = cleanDisplayText(typed).trim();
	// Refused, never cut: the field has no `maxlength`, which cut a paste silently.
	if (name.length > LIMITS.nameChars)
		return {
			ok: false,
			error: `Your name has ${name.length} characters; a result carries at most ${LIMITS.nameChars}. Shorten it (a first name and an initial is enough).`
		};
	if (!hasVisibleText(name))
		return {
			ok: false,
			error:
				'Your name shows as blank: it has only spaces or invisible characters. Type it with letters so your teacher can find your result.'
		};
	return { ok: true, name };
}

/**
 * The counter under the name field while the student types ("12 of 40 characters"; over the
 * limit, how many too many), counting the name as `checkStudentName` will: cleaned and
 * trimmed, so a name that shows 40 letters is never refused for invisible ones. The field has no
 * `maxlength` (it cut a paste silently), so the limit shows before Start, not only after
 * (outsider teacher: a 56-character name was refused only on Start).
 */
export function nameLengthNote(typed: string): LengthNote {
	return lengthNote(cleanDisplayText(typed).trim().length, LIMITS.nameChars, 'refused', 'start');
}
