import type { SkipReason, SkippedLine } from '$lib/generator/glossary-skips';
import { MAX_PER_KIND } from '$lib/generator/idea-caps';
import { meantByTerm } from '$lib/content/term-asked';
import { plural } from '$lib/text/plural';

/**
 * What the Review drafts screen says of a document's glossary-like lines that gave no draft
 * (gen83, issue 12: a student pasted 30 "- **Term** – meaning" lines, got 16 cards, and nothing
 * said which 14 gave none or why). The generator gives each line a reason code
 * (`SkippedLine.reason`, `$lib/generator/glossary-skips.ts`); here each code is a short reason a
 * student understands, and the card a student would write by hand: a flashcard "What is meant by
 * the term “Term”?" → the meaning, as the generator's glossary cards ask (a student from Anki had
 * to switch the fill-in-the-blank it opened as to a flashcard herself), and the meaning's span
 * after the dash or colon, should she switch to a fill-in-the-blank. Pure.
 */

/** The plain reason for each code; "more than N cards from one list" counts through `plural`. */
export const SKIP_WORDS: Record<SkipReason, string> = {
	'not-a-term':
		'the words before the dash do not read as a term (a sentence, a bracket after it, or more than four words)',
	'table-row': 'it reads as a row of a table, not a definition',
	'not-a-meaning':
		'its meaning does not read as what the term is (“a …”, “the … of …”, “loss of …”, “when …”): it is a list, an example, a comparison, what the term does, or it opens with a capital',
	statement: 'its meaning is a statement about the term, not what the term is',
	'cut-off': 'the meaning is cut off',
	'too-short': 'the meaning is too short to check an answer against',
	'too-long': 'the meaning is too long for one card',
	'lone-line':
		'no other line here was read as a definition, so one line is not read as a list of terms',
	'not-a-list':
		'this document does not read as notes or a handout, so no line is read as a list of terms',
	'name-or-place': 'the term is a name or a place, not a term',
	'everyday-word':
		'the term is an everyday word with other meanings; under a “Key terms” heading it gets a card',
	'defined-elsewhere': 'another sentence defines the same term',
	'list-label':
		'it reads as a label in a list (a stage, a reason, an effect or an example, or a word the rest of the text never uses), not a term',
	'goes-on': 'the next line goes on with its meaning, so the card would be cut short',
	'same-term': 'the same term already has a card',
	'points-into-page':
		'its meaning speaks of “the …” of your page, so the card could not be answered on its own',
	'over-cap': `more than ${plural(MAX_PER_KIND.glossary, 'card')} from one list`,
	'number-meaning':
		'its meaning opens with a number, which the generator does not ask as a definition',
	'failed-check':
		'the card did not pass the checks every draft must (answerable without the page, one right answer)'
};

/** One line as the screen lists it. */
export interface SkippedLineView {
	quote: string;
	term: string;
	reason: string;
	/** The meaning's place in `quote` (UTF-16 offsets): the blank of a card written by hand. */
	blank: { start: number; end: number };
	/**
	 * The flashcard the writer opens with: the glossary's front (`meantByTerm`) and the meaning,
	 * capitalised, without its closing stop. Absent when no separator was found (the whole line
	 * would be the back): the writer then opens as a fill-in-the-blank.
	 */
	card?: { prompt: string; answer: string };
}

/** Where the meaning starts: after the term's dash or colon and its spaces. */
const SEPARATOR = /\s*(?::|\s[–—-])\s+/u;

/**
 * The document's skipped lines (`skipped`, the generator's data; only those of `doc`) that still
 * have no draft or question (`taken`: quotes of the document's drafts and questions), in order,
 * each with its reason in words and its meaning's span. A line whose separator is not found
 * blanks the whole line.
 */
export function skippedLinesOf(
	skipped: readonly SkippedLine[] | undefined,
	taken: ReadonlySet<string>
): SkippedLineView[] {
	return (skipped ?? [])
		.filter((line) => !taken.has(line.quote))
		.map((line) => {
			const after = line.quote.slice(line.term.length);
			const m = SEPARATOR.exec(after);
			const start = m ? line.term.length + m.index + m[0].length : 0;
			const end = Math.max(line.quote.replace(/[.\s]+$/u, '').length, start);
			const meaning = line.quote.slice(start, end).trim();
			return {
				quote: line.quote,
				term: line.term,
				reason: SKIP_WORDS[line.reason] ?? SKIP_WORDS['failed-check'],
				blank: { start, end },
				...(m && meaning && line.term.trim()
					? {
							card: {
								prompt: meantByTerm(line.term),
								answer: meaning.charAt(0).toUpperCase() + meaning.slice(1)
							}
						}
					: {})
			};
		});
}

/** The section's heading: "3 lines gave no card". */
export function skippedHeading(count: number): string {
	return `${plural(count, 'line')} gave no card`;
}
