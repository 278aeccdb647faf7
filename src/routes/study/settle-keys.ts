/**
 * Which keys Study holds back while it settles (`KEY_SETTLE_MS`, `keysSettling`: just after
 * a question, a flashcard's back or a verdict appeared) or while a key is held down. Every key
 * that shows an answer, answers, grades or moves on is held back then, not only a repeat of the
 * key that moved on: 2 then 3 within 300 ms answered a choice and graded it Good before its
 * verdict was seen, and 2 then Enter was held back once and not another time (outsider from
 * Anki, issue 14). In Anki a number key does nothing until the answer is shown.
 *
 * Except a grade key (1–4) on a flashcard's back: a front takes no number key (Anki), so one
 * pressed as the back appears was never meant for the front, and Space then 3 about 150 ms later
 * is an Anki user's Good, which Anki desktop takes at once (it holds back nothing): the hold
 * swallowed it, unsaid (outsider from Anki, issue 14, session 30). Space or Enter twice still
 * waits: the second of a double press would grade Good a back not yet seen.
 */
import type { SettleCause } from '$lib/srs/settle.svelte';

/** Space, Enter, 1–9 and T/F (true/false): the keys by which Study answers, grades or goes on. */
const ANSWERING_KEY = /^(?: |Enter|[1-9]|[tTfF])$/;

/** The grade keys of a flashcard's back (Again, Hard, Good, Easy). */
const GRADE_KEY = /^[1-4]$/;

/**
 * Whether Study ignores `key` (`KeyboardEvent.key`) now: any key held down (`repeat`), and an
 * answering key while `settling` (what just appeared, null once settled), but a grade key 1–4
 * on a back that just appeared acts. Undo (u) is never held back by settling: it takes an answer
 * back, so it is right at once (u straight after a grade, Anki's habit). Tab, the arrows and
 * Escape pass: they move the focus or the page and answer nothing. Pure.
 */
export function heldBack(key: string, settling: SettleCause | null, repeat: boolean): boolean {
	if (repeat) return true;
	if (settling === null) return false;
	if (settling === 'back' && GRADE_KEY.test(key)) return false;
	return ANSWERING_KEY.test(key);
}
