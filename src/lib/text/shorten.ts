/**
 * `text` cut to at most `max` characters (`max` ≥ 2) at the last space that leaves at least half
 * of it, else mid-word, with "…" at the end; unchanged when it already fits. Pure. Here in
 * `text/`, not beside the paper key that first used it, so a card's name (`content/term-asked`,
 * which the generator's worker imports) does not pull the quiz's answer marking in with it.
 */
export function shorten(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space >= max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
