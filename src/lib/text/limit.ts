import { plural } from './plural';

/**
 * What a field with a length limit says under it, so text is never cut without a word: a
 * browser's `maxlength` drops the end of a paste silently (an outsider pasted a 300-character
 * answer and 100 characters vanished). Fields that use it have no `maxlength`; they show this
 * counter and either refuse the text (a name, a title) or keep only the first `limit`
 * characters and say so (a typed quiz answer, where a timer may end the quiz).
 */
export interface LengthNote {
	/** "12 of 200 characters", then what happens at or over the limit. */
	text: string;
	/** At the limit exactly: nothing more can be kept. */
	full: boolean;
	/** Over the limit: the field holds more than is kept or allowed. */
	over: boolean;
}

/**
 * The counter for `length` characters of at most `limit`. `overflow` says what happens to text
 * past the limit: `'cut'` (only the first `limit` characters are kept, e.g. a typed answer) or
 * `'refused'` (the form refuses it until shortened: "shorten it to `action`", "save" unless
 * told, "start" for a quiz's name field). Pure.
 */
export function lengthNote(
	length: number,
	limit: number,
	overflow: 'cut' | 'refused',
	action = 'save'
): LengthNote {
	const count = `${length} of ${limit} characters`;
	if (length > limit) {
		const extra = plural(length - limit, 'character');
		const what =
			overflow === 'cut'
				? `only the first ${limit} are kept. Shorten it to keep your own ending.`
				: `shorten it to ${action}.`;
		return { text: `${count}: ${extra} too many; ${what}`, full: false, over: true };
	}
	if (length === limit)
		return {
			text: `${count}: the limit. Anything more would not be kept.`,
			full: true,
			over: false
		};
	return { text: count, full: false, over: false };
}
