import { describe, expect, it } from 'vitest';
import { TYPE_LABELS } from '$lib/content/type-labels';
import { chooseFirstText, STUDY_KEYS, studyKeysLine, type KeysMoment } from './keys-help';

const at = (more: Partial<KeysMoment>): KeysMoment => ({
	type: 'mcq',
	phase: 'question',
	revealed: false,
	correct: false,
	choices: 4,
	...more
});

describe('the Study keys line', () => {
	it('says what Space does at every moment, as in Anki: show the answer, then Good or go on', () => {
		expect(studyKeysLine(at({ type: 'flashcard' }))).toContain('Space or Enter shows the answer');
		expect(studyKeysLine(at({ type: 'flashcard', revealed: true }))).toContain(
			'Space or Enter: Good'
		);
		expect(studyKeysLine(at({ phase: 'feedback', correct: true }))).toContain(
			'Space or Enter: Good, next question'
		);
		expect(studyKeysLine(at({ phase: 'feedback' }))).toContain(
			'Space, Enter or 1–4: next question'
		);
		// On a choice question Space picks only the choice it is on.
		expect(studyKeysLine(at({}))).toBe(
			'Keys: 1–4 to choose (or Tab to a choice and press Space); then Space or Enter goes on. U undoes the last answer.'
		);
		expect(studyKeysLine(at({ type: 'truefalse', choices: 2 }))).toContain(
			'1 or T for True, 2 or F for False'
		);
		expect(studyKeysLine(at({ type: 'cloze' }))).toContain('Enter checks your answer');
		// Anki's type-in card: Enter with nothing typed shows the answer (outsider student).
		expect(studyKeysLine(at({ type: 'short' }))).toContain(
			'with the box empty shows the answer (counted as Again)'
		);
	});

	it('after a wrong answer says every grade key goes on, counted as Again (outsider, build 2a5d1257)', () => {
		// An outsider from Anki pressed 3 after a wrong verdict and was left there.
		const typed = studyKeysLine(at({ type: 'short', phase: 'feedback', canOverrule: true }));
		expect(typed).toContain(
			'Space, Enter or 1–4: next question (counted as Again); to count it right, choose I was right first.'
		);
		const choice = studyKeysLine(at({ phase: 'feedback' }));
		expect(choice).toContain('Space, Enter or 1–4: next question (counted as Again).');
		expect(choice).not.toContain('I was right');
	});

	it('tells how to choose when Space is pressed on an unanswered choice question', () => {
		expect(chooseFirstText('mcq', 3)).toBe(
			'Choose an answer first: press 1–3 to choose, or Tab to a choice and press Space.'
		);
	});
});

describe('the keys list (Settings): every question type, one story', () => {
	it('names each type and says how to answer it and how Space or Enter goes on', () => {
		const all = STUDY_KEYS.map((row) => row.when).join(' ');
		for (const label of Object.values(TYPE_LABELS)) expect(all).toContain(label);
		const row = (when: string) => STUDY_KEYS.find((r) => r.when === when)!.keys;
		expect(row('Multiple choice')).toContain('1–4 to choose');
		expect(row('True or false')).toContain('1 or T for True, 2 or F for False');
		expect(row('After an answer is marked')).toMatch(
			/^Space or Enter goes on \(Good after a right/
		);
		expect(row('Any time')).toContain('U, Ctrl+Z');
		// The keys line after a wrong answer and the list say the same (issue 14).
		const wrong = studyKeysLine(at({ type: 'short', phase: 'feedback', canOverrule: true }));
		const goesOn = 'Space, Enter or 1–4: next question (counted as Again); to count it right';
		expect(row('After an answer is marked')).toContain(`After a wrong one: ${goesOn}`);
		expect(wrong).toContain(goesOn);
	});
});
