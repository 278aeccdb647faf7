/**
 * The Study screen's keys, as Anki's (`keys-help.ts` words them on screen): Space or Enter
 * reveals a flashcard, then grades it Good, and moves on after feedback (Good after a right
 * answer); on an unanswered choice question it answers nothing and says how to choose (it
 * scrolled the page away from the question: outsider, issue 14). A focused button or link keeps
 * its own Space and Enter (a focused choice is chosen). 1–4 grade a flashcard or pick a choice
 * (multiple choice 1–4, true/false 1 = True, 2 = False); after a right marked answer 1–4 grade
 * it and move on, after a wrong one any of 1–4 moves on, counted as Again; `u` undoes (also from
 * an empty answer field right after a grade, see QuestionView). On a typed question outside its
 * field, Space or Enter goes into the field. C opens custom study when nothing is left. `-`
 * buries the card until tomorrow and `@` suspends it, as in Anki, before or after its answer
 * (`StudySession.hold`).
 */
import type { RatingValue } from '$lib/db/records';
import type { StudySession } from '$lib/srs/session.svelte';
import { choiceSlot, isTextField } from '$lib/ui/choice-keys';
import { shownChoices } from './choices';
import { heldBack } from './settle-keys';

/** What the question on screen does for a key (`QuestionView`'s exports). */
export interface KeyedView {
	toAnswerField(): void;
	choose(value: string): void;
	askToChoose(): void;
}

/** What Study's keys act on: the session, the question's view and custom study's panel. */
export interface StudyKeyTargets {
	session: StudySession | null;
	view: KeyedView | undefined;
	/** Custom study's panel is open, in the card's place: its keys are its own. */
	customOpen: boolean;
	openCustom: () => void;
}

/** Handles a key pressed on the Study screen (its window's `keydown`). */
export function studyKeydown(event: KeyboardEvent, on: StudyKeyTargets): void {
	const { session } = on;
	if (!session || isTextField(event.target)) return;
	// Custom study's panel, in the card's place, keeps its own keys (a radio's arrows, Escape).
	if (on.customOpen) return;
	// Ctrl/⌘+Z undoes the last answer, as in Anki's desktop app (an outsider from Anki tried it
	// on a multiple-choice card; in a text field it stays the field's own undo).
	if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) {
		if (event.key === 'z' || event.key === 'Z') {
			event.preventDefault();
			void session.undo();
		}
		return;
	}
	if (event.ctrlKey || event.metaKey || event.altKey) return;
	const onButton =
		event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement;
	const key = event.key;
	// A held key, or an answering key just after a question, a flashcard's back or a verdict
	// appeared, must not act on what has not been seen (`heldBack`, `KEY_SETTLE_MS`). Its
	// default is stopped too: Enter on the button the verdict focused, Space scrolling the page.
	if (heldBack(key, session.keysSettling, event.repeat)) {
		if (key !== 'Tab') event.preventDefault();
		return;
	}
	if (key === 'u' || key === 'U') {
		event.preventDefault();
		void session.undo();
		return;
	}
	// C opens custom study where Anki's overview offers it: nothing left to study now.
	if ((key === 'c' || key === 'C') && session.phase === 'done') {
		event.preventDefault();
		on.openCustom();
		return;
	}
	// An answer or Undo on its way to the screen (`saving`): its verdict or the next card is
	// coming, so no key acts on the card it replaces (Space asked to choose on a question just
	// answered), and Space does not scroll the page away.
	if (session.saving) {
		if ((key === ' ' || key === 'Enter') && !onButton) event.preventDefault();
		return;
	}
	if (
		(key === '-' || key === '@') &&
		(session.phase === 'question' || session.phase === 'feedback')
	) {
		event.preventDefault();
		void session.hold(key === '-' ? 'buried' : 'suspended');
		return;
	}
	if (session.phase === 'feedback') feedbackKey(event, session, onButton);
	else if (session.phase === 'question') questionKey(event, session, on.view, onButton);
}

/** A key on a verdict: Space or Enter goes on; 1–4 grade a right answer, or go on after a wrong one. */
function feedbackKey(event: KeyboardEvent, session: StudySession, onButton: boolean): void {
	const key = event.key;
	if ((key === 'Enter' || key === ' ') && !onButton) {
		event.preventDefault();
		void session.continue();
	} else if (session.feedback?.correct && /^[1-4]$/.test(key)) {
		// A right answer: Again (not known after all), Hard, Good or Easy, then the next one.
		event.preventDefault();
		void session.gradeFeedback(Number(key) as RatingValue);
	} else if (/^[1-4]$/.test(key)) {
		// A wrong answer's verdict takes no grade (it counts as Again until "I was right"), so
		// every grade key goes on, counted as Again: an Anki user presses 3 there out of habit
		// and was left on the verdict (outsider, build 2a5d1257). U takes it back.
		event.preventDefault();
		void session.continue();
	}
}

/** A key on a question: reveal and grade a flashcard, into a typed answer's field, or choose. */
function questionKey(
	event: KeyboardEvent,
	session: StudySession,
	view: KeyedView | undefined,
	onButton: boolean
): void {
	const question = session.question;
	if (!question) return;
	const key = event.key;
	const forward = (key === ' ' || key === 'Enter') && !onButton;
	if (question.type === 'flashcard') {
		if (!session.revealed && forward) {
			event.preventDefault();
			session.reveal();
		} else if (session.revealed && (forward || /^[1-4]$/.test(key))) {
			event.preventDefault();
			void session.grade(forward ? 3 : (Number(key) as RatingValue));
		}
	} else if (question.type === 'short' || question.type === 'cloze') {
		if (forward) {
			event.preventDefault();
			view?.toAnswerField();
		}
	} else if (question.type === 'mcq' || question.type === 'truefalse') {
		// The keys follow the order on screen (`ChoiceQuestion`).
		const choices =
			question.type === 'mcq'
				? shownChoices(question.choices ?? [], question.id, session.current?.card?.reps ?? 0)
				: ['true', 'false'];
		const slot = choiceSlot(key, question.type, choices.length);
		if (slot !== null) {
			event.preventDefault();
			view?.choose(choices[slot]);
		} else if (forward) {
			event.preventDefault();
			view?.askToChoose();
		}
	}
}
