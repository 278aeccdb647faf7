/**
 * A table's row read as a sentence (gen71, issue 12): the reader writes a Markdown table's row as
 * its cells joined by spaced dashes (`documents/plain.ts`), so "| Nitrate | making amino acids |
 * stunted growth |" reads "Nitrate – making amino acids – stunted growth", the shape of a
 * glossary entry, and was keyed by the other cells (blind review H26: "a table row pasted as a
 * key", all three reviewers). Pure.
 */

/**
 * True when a line is a table's row as the reader writes it: three or more cells joined by spaced
 * dashes and no full stop at its end. A sentence with a dashed aside ends on its stop.
 */
export function tableRow(text: string): boolean {
	const line = text.trim();
	return !/[.!?]["”’)]*$/u.test(line) && (line.match(/\s[–—]\s/gu) ?? []).length >= 2;
}
