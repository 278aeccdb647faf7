import type { Candidate } from './candidates';
import { kindCap } from './idea-caps';
import { glossaryCards, type GlossarySkip } from './idea-glossary';
import type { ArticleView } from './ideas';
import { termsHeading } from './list-label';
import type { Sentence } from './text';

/**
 * The lines of a document that look like a glossary's ("- **Term** – meaning", "Term: meaning")
 * and gave no draft, each with why (gen83, issue 12: a student's 30 such lines gave 16 cards and
 * nothing said which 14 gave none or why; an Anki user expects a card per line). The generator
 * returns them as data (`Generated.skipped`); the Review drafts screen says each reason in words
 * (`$lib/courses/skipped-lines.ts`) and offers to write the card by hand. Pure.
 */

/** Why a glossary-like line gave no draft: `GlossarySkip` (the glossary kind's own refusals) and
 * what happened to a card it proposed. */
export type SkipReason =
	| GlossarySkip
	/** Another line of the document asks the same term already. */
	| 'same-term'
	/** The document's list gave its most cards of one kind (`kindCap('glossary')`). */
	| 'over-cap'
	/** The check `points-into-article` refused the card: its meaning names "the …" of the page. */
	| 'points-into-page'
	/** The card failed a check every draft must pass (answerable alone, one right answer, …). */
	| 'failed-check'
	/**
	 * The meaning opens with a number ("Mole – 6.02 × 10²³ particles"), which the glossary kind
	 * never reads as an entry: it was listed as no term at all, then not listed (session 37).
	 */
	| 'number-meaning';

/** One glossary-like line without a draft. */
export interface SkippedLine {
	/** The document's id (`d-1`, …), as the drafts' `source.doc`. */
	doc: string;
	/** The line as the document's sentence, as a draft's `source.quote` would cite it. */
	quote: string;
	/** The words before the dash or colon, as written: "Surface area to volume ratio". */
	term: string;
	reason: SkipReason;
}

/**
 * A line shaped as a glossary entry, loosely (what a reader takes for one, not what the glossary
 * kind accepts): a term of one to six words that opens with a capital (or any word under a
 * key-terms heading), an optional bracket, a colon or a spaced dash, and a meaning in lower case
 * or opening with a number ("Mole – 6.02 × 10²³ particles …": a student from Anki's two such
 * lines gave no card and were not listed, session 37).
 */
const LOOSE_ENTRY =
	/^((?:\p{Lu}|\p{Ll})[\p{L}\p{N}’'-]*(?:\s+[\p{L}\p{N}’'-]+){0,5})(?:\s+\([^()]{1,30}\))?\s*(?::|\s[–—-])\s+(?:\p{Ll}|\p{N})/u;

/**
 * Words no term holds: the line is a sentence with a colon ("This is how: …", "Link the causes
 * together: …", "Don't just describe …"), or a note's own label ("Remember: …", "Examples: …",
 * "Common mistakes: …"), which the student wrote as no term.
 */
const SENTENCE_WORD =
	/\b(?:is|are|was|were|be|been|has|have|had|do|does|did|can|will|would|this|these|those|it|they|we|you|i|the|a|an|your|my|our|just|not|don['’]t)\b|^(?:remember|note|notes|tip|top\s+tip|exam\s+tip|hint|example|examples|e\.g|for\s+example|common\s+mistakes?|key\s+points?|warning|summary|answer|question)$/iu;

/** After a loose entry's term: its bracket, separator and a meaning opening with a number. */
const NUMBER_MEANING = /^(?:\s+\([^()]{1,30}\))?\s*(?::|\s[–—-])\s+\p{N}/u;

/** The term of a glossary-like line (`LOOSE_ENTRY`), or undefined. */
export function looseTerm(sentence: Sentence): string | undefined {
	const m = LOOSE_ENTRY.exec(sentence.text.trim());
	if (!m) return undefined;
	const term = m[1];
	if (SENTENCE_WORD.test(term)) return undefined;
	// A lower-case term only under a key-terms heading ("note: bring a pen" is no entry).
	if (!/^\p{Lu}/u.test(term) && !termsHeading(sentence.section ?? '')) return undefined;
	return term;
}

/**
 * The article's glossary-like lines (`looseTerm`) that no kept draft cites, each with its
 * reason: the glossary kind's own refusal (`glossaryCards`), else the same term asked by a kept
 * draft of another line, else the kind's cap reached, else a failed check (`points-into-page`
 * when `refusedBy`, the check that refused a glossary card by its quote, says
 * `points-into-article`). `kept` are the article's chosen drafts (`chooseIdeas`). In reading
 * order.
 */
export function skippedGlossaryLines(
	article: ArticleView,
	kept: Candidate[],
	refusedBy: ReadonlyMap<string, string> = new Map()
): SkippedLine[] {
	const quoted = new Set(kept.map((c) => c.question.source.quote));
	const lines = article.sentences.flatMap((sentence) => {
		const term = looseTerm(sentence);
		return term && !quoted.has(sentence.text) ? [{ sentence, term }] : [];
	});
	if (lines.length === 0) return [];
	const { skipped } = glossaryCards(article);
	const glossaryKept = kept.filter((c) => c.fact.fine === 'idea:glossary').length;
	const askedTerms = new Set(
		kept.flatMap((c) => {
			const asked = /\bterm\s+“([^”]+)”\?$/u.exec(c.question.prompt)?.[1];
			return asked ? [asked.toLowerCase()] : [];
		})
	);
	return lines.map(({ sentence, term }) => ({
		doc: sentence.doc,
		quote: sentence.text,
		term,
		reason: NUMBER_MEANING.test(sentence.text.slice(term.length))
			? 'number-meaning'
			: (skipped.get(sentence) ??
				(askedTerms.has(term.toLowerCase())
					? 'same-term'
					: glossaryKept >= kindCap('glossary', article)
						? 'over-cap'
						: refusedBy.get(sentence.text) === 'points-into-article'
							? 'points-into-page'
							: 'failed-check'))
	}));
}
