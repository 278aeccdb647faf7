/**
 * Markdown's lines that a student's notes mean as lines of their own (gen88, issue 12). Markdown
 * joins a line to the one above it: a list item's next line is the item's (lazy continuation,
 * or indented under it), and a paragraph's lines are one paragraph. So "- **Osmosis** – the
 * diffusion of water …" followed by "Exam tip: …" read as one item, the tip in the meaning; an
 * item's "   Test for hydrogen: lit splint …" ran into the example line above it; and
 * "**Dominant**: … e.g. **B**." + "**Recessive**: …" read as one sentence, the second term lost.
 * In pasted notes a new line is a new line: such a line is made a paragraph of its own. Pure.
 */

/** A note's own label ("Exam tip:", "Remember:"): never part of the line above it. */
const NOTE_LABEL =
	/^(?:exam\s+tip|top\s+tip|tip|remember|note|nb|hint|common\s+mistakes?|key\s+point|warning|watch\s+out|don['’]t\s+forget|memory\s+(?:aid|trick)|mnemonic)s?\s*:/iu;

/** A line that opens on a bold term and its colon or dash: "**Recessive**: …", "__pH__ – …". */
const BOLD_ENTRY = /^(?:\*\*[^*\n]+\*\*|__[^_\n]+__)\s*(?::|[–—-]\s)/u;

/**
 * A label of one to five words and its colon: "Test for hydrogen: …", "Example: …". Inside a
 * list item only: in a paragraph, a wrapped line may open so ("Ireland in 1845: …").
 */
const LABEL_LINE = /^\p{Lu}[\p{L}\p{N}’'()-]*(?:\s+[\p{L}\p{N}’'()₀-₉-]+){0,4}:\s/u;

/** A list item's first line: "- …", "* …", "+ …", "1. …". */
const ITEM = /^[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+\S/u;

/**
 * `markdown` with a blank line before each line a note means as its own (`NOTE_LABEL`,
 * `BOLD_ENTRY`, and `LABEL_LINE` inside a list item) that Markdown would join to the line
 * above. A line under a fenced code block's fence is left as it is; `\r\n` is read as `\n`.
 */
export function noteLinesApart(markdown: string): string {
	const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
	const out: string[] = [];
	let inItem = false;
	let fenced = false;
	for (const line of lines) {
		const text = line.trim();
		if (/^(?:```|~~~)/u.test(text)) fenced = !fenced;
		const above = out.at(-1)?.trim() ?? '';
		const apart =
			!fenced &&
			above !== '' &&
			!ITEM.test(line) &&
			(NOTE_LABEL.test(text) || BOLD_ENTRY.test(text) || (inItem && LABEL_LINE.test(text)));
		if (apart) out.push('');
		out.push(apart ? text : line);
		if (text === '') inItem = false;
		else if (ITEM.test(line)) inItem = true;
		else if (apart) inItem = false;
	}
	return out.join('\n');
}
