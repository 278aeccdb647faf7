import type { Sentence } from './text';

/**
 * Which table rows say what a term means (gen88, issue 12): a student's notes tabulate terms
 * ("| Term | Meaning |", "| Landform | Description |") as often as they list them, and a
 * two-column table's row reads "Lag time – gap between peak rainfall and peak discharge", the
 * shape of a glossary line. Only a table whose second column is headed as a meaning is a
 * glossary; a row of any other two-column table ("| Term | Example |", "| Problem | Solution |",
 * "| Too hot | Too cold |", "| Date | Event |") says something else of the first cell, and a card
 * "What is meant by the term …?" asking it would have an example or an event for its answer.
 * Pure.
 */

/** A second column headed as what the first column means. */
const MEANING_HEAD =
	/^(?:meanings?|definitions?|descriptions?|what\s+it\s+(?:means|is)|explanations?|means|defined\s+as)$/iu;

/**
 * How a glossary reader takes `sentence` as a table's row: `meaning` for a row of a two-column
 * table whose second header is a meaning (`MEANING_HEAD`: read as a key-terms list's line),
 * `other` for a row of any other table with a header (no glossary line), undefined for a line
 * that is no headed table's row.
 */
export function tableGloss(sentence: Sentence): 'meaning' | 'other' | undefined {
	const head = sentence.tableHead;
	if (!head) return undefined;
	const cells = head.map((cell) => cell.replace(/[*_]/gu, '').trim());
	return cells.length === 2 && MEANING_HEAD.test(cells[1]) ? 'meaning' : 'other';
}
