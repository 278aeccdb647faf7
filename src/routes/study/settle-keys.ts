/**
 * Which keys Study holds back while it settles (`KEY_SETTLE_MS`, `keysSettling`: just after
 * a question, a flashcard's back or a verdict appeared) or while a key is held down. Every key
 * that shows an answer, answers, grades or moves on is held back then, not only a repeat of the
 * key that moved on: 2 then 3 within 300 ms answered a choice and graded it Good before its
 * verdict was seen, and 2 then Enter was held back once and not another time (outsider from
 * Anki, issue 14). In Anki a number key does nothing until the answer is shown.
 */

/** Space, Enter, 1–9 and T/F (true/false): the keys by which Study answers, grades or goes on. */
const ANSWERING_KEY = /^(?: |Enter|[1-9]|[tTfF])$/;

/**
 * Whether Study ignores `key` (`KeyboardEvent.key`) now: any key held down (`repeat`), and an
 * answering key while `settling`. Undo (u) is never held back by settling: it takes an answer
 * back, so it is right at once (u straight after a grade, Anki's habit). Tab, the arrows and
 * Escape pass: they move the focus or the page and answer nothing. Pure.
 */
export function heldBack(key: string, settling: boolean, repeat: boolean): boolean {
	return repeat || (settling && ANSWERING_KEY.test(key));
}
