/**
 * Paragraph breaks in plain text that marks them with one line break, not a blank line: text
 * copied from Word or a web page arrives as one line per paragraph or heading ("Marie Curie:
 * A Life in Science\nMaria Salomea Skłodowska was born…\nParis and Pierre\nIn November 1891…").
 * Read by the blank-line rule (`paragraphsOf`), the whole paste became one paragraph with its
 * headings glued into sentences, and the generator, the suggested sentences and "Write a
 * question by hand" found nothing in it (outsider teacher, 2026-12-02).
 *
 * Each blank-line block is looked at alone. A block whose lines are hard-wrapped (an e-mail or a
 * text editor's fixed width: most lines nearly as long as the longest, which is at most
 * `WRAP_CHARS`) keeps its single line breaks as spaces, as before; in any other block of two or
 * more lines every line is its own paragraph. An equation line stays apart even in a wrapped
 * block (`equationLinesApart`). Returns the text with `\n\n` between paragraphs;
 * `\r\n` and `\r` are read as `\n`.
 */
export function lineBreaksAsParagraphs(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.split(/\n[ \t]*\n/)
		.map((block) => {
			const lines = block.split('\n').filter((line) => line.trim());
			if (lines.length < 2) return block;
			return hardWrapped(lines) ? equationLinesApart(block) : lines.join('\n\n');
		})
		.join('\n\n');
}

/**
 * A line that is an equation or a reaction, with no end punctuation: "acid + metal → salt +
 * hydrogen", "Q = I × t", "6CO2 + 6H2O -> C6H12O6 + 6O2". A table row ("| … |") is not one.
 */
const EQUATION_LINE = /^(?!\s*\|)[^\n.!?;]*?\S\s*(?:→|->|⟶|⇌|=>|=)\s*\S[^\n]*?(?<![.!?:;,])\s*$/u;

/**
 * `block` (one blank-line block) with each equation line (`EQUATION_LINE`) a paragraph of its
 * own: three equations pasted on three lines, no full stops, were joined into one run-on
 * sentence with the lines around them ("… are: acid + metal → salt + hydrogen acid + base → …";
 * a student's finding, session 36). Other lines keep their single line breaks.
 */
export function equationLinesApart(block: string): string {
	const lines = block.split('\n');
	if (!lines.some((line) => EQUATION_LINE.test(line))) return block;
	const runs: string[][] = [];
	for (const line of lines) {
		const alone = EQUATION_LINE.test(line);
		const last = runs.at(-1);
		if (!last || alone || EQUATION_LINE.test(last.at(-1) ?? '')) runs.push([line]);
		else last.push(line);
	}
	return runs.map((run) => run.join('\n')).join('\n\n');
}

/**
 * Pasted Markdown's paragraphs with their equation lines apart (`equationLinesApart`); a fenced
 * code block's text is left as it is.
 */
export function markdownEquationsApart(text: string): string {
	if (/^\s*(?:```|~~~)/mu.test(text)) return text;
	return text
		.replace(/\r\n?/g, '\n')
		.split(/(\n[ \t]*\n)/)
		.map((part) => (/^\n[ \t]*\n$/u.test(part) ? part : equationLinesApart(part)))
		.join('');
}

/** The widest line (characters) a hard-wrapped text has: editors and mail wrap at 60–80. */
const WRAP_CHARS = 100;

/**
 * True when `lines` (two or more, none blank) look wrapped at a fixed width: the longest is at
 * most `WRAP_CHARS`, and at least 60% of the lines before the last (a paragraph's last line is
 * short) reach 70% of it. One line per paragraph gives lines of every length, most far longer.
 */
function hardWrapped(lines: readonly string[]): boolean {
	const lengths = lines.map((line) => line.trim().length);
	// A loop, not Math.max(...lengths): a block of 100,000 lines would overflow the call stack.
	const longest = lengths.reduce((a, b) => (b > a ? b : a), 0);
	if (longest > WRAP_CHARS) return false;
	const body = lengths.slice(0, -1);
	return body.filter((length) => length >= longest * 0.7).length >= body.length * 0.6;
}
