import type { QuizSettings } from './types';

/**
 * The quiz settings that are on or off, in the bit order both codes carry them (a quiz link's
 * `s[2]`, a join code's 4 flag bits): bit 0 is `shuffleQuestions`, bit 3 `showAnswers`. The
 * order is part of both formats, so codes already handed out depend on it: never reorder
 * (`golden-codes.test.ts`).
 */
export const SETTING_FLAGS = [
	'shuffleQuestions',
	'shuffleChoices',
	'allowBack',
	'showAnswers'
] as const;

/** The on/off settings of a quiz. */
export type SettingFlags = Pick<QuizSettings, (typeof SETTING_FLAGS)[number]>;

/** `settings`' flags as bits (0–15), bit i for `SETTING_FLAGS[i]`. */
export function flagBits(settings: SettingFlags): number {
	return SETTING_FLAGS.reduce((bits, flag, i) => (settings[flag] ? bits | (1 << i) : bits), 0);
}

/** The flags that `bits` (0–15, as `flagBits` wrote them) turn on. */
export function flagsOf(bits: number): SettingFlags {
	const [shuffleQuestions, shuffleChoices, allowBack, showAnswers] = SETTING_FLAGS.map(
		(_, i) => (bits & (1 << i)) !== 0
	);
	return { shuffleQuestions, shuffleChoices, allowBack, showAnswers };
}

/** Whether two quizzes' flags are all the same. */
export function sameFlags(a: SettingFlags, b: SettingFlags): boolean {
	return SETTING_FLAGS.every((flag) => a[flag] === b[flag]);
}
