/**
 * The one way a piece of text (a name, a title, a word) is put inside a regular expression as
 * itself: every character that means something to `RegExp` (`. * + ? ^ $ { } ( ) | [ ] \`) gets a
 * backslash, so "St. Paul's (London)" matches only those characters. Returns the pattern text, to
 * be joined into a larger pattern; works with and without the `u` flag. Never throws.
 */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
