import type { Candidate } from './candidates';
import { kindCap } from './idea-caps';
import { glossaryCards, type GlossarySkip } from './idea-glossary';
import type { ArticleView } from './ideas';
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
 * kind accepts): a term of one to six words, an optional bracket, a colon or a spaced dash, and a
 * meaning in lower case, opening with a number ("Mole – 6.02 × 10²³ particles …": a student from
 * Anki's two such lines gave no card and were not listed, session 37), a capital or a symbol
 * ("Stable government – Parliament protected …", "Literacy rate: % of adults …": listed nowhere
 * before gen88).
 */
const LOOSE_ENTRY =
	/^((?:\p{Lu}|\p{Ll})[\p{L}\p{N}’'-]*(?:(?:\s+|\s*\/\s*)[\p{L}\p{N}’'-]+){0,5})(?:\s+\([^()]{1,40}\))?\s*(?::|\s[–—-])\s+(?:\p{Ll}|\p{N}|\p{Lu}|[%£$€~≈<>±"“‘'(])/u;

/** After a loose entry's term: a meaning opening with a capital, a symbol or a quote, which the
 * glossary kind never reads as a meaning (it asks from lower-case definitions). */
const CAPITAL_MEANING = /^(?:\s+\([^()]{1,40}\))?\s*(?::|\s[–—-])\s+(?:\p{Lu}|[%£$€~≈<>±"“‘'(])/u;

/**
 * Words no term holds: the line is a sentence with a colon ("This is how: …", "Link the causes
 * together: …", "Don't just describe …"), or a note's own label ("Remember: …", "Examples: …",
 * "Common mistakes: …"), which the student wrote as no term.
 */
const SENTENCE_WORD =
	/\b(?:is|are|was|were|be|been|has|have|had|do|does|did|can|will|would|this|these|those|it|they|we|you|i|the|a|an|your|my|our|just|not|don['’]t)\b|^(?:remember|note|notes|tip|top\s+tip|exam\s+tip|hint|example|examples|e\.g|for\s+example|common\s+mistakes?|key\s+points?|warning|summary|answer|question)$/iu;

/** After a loose entry's term: its bracket, separator and a meaning opening with a number. */
const NUMBER_MEANING = /^(?:\s+\([^()]{1,30}\))?\s*(?::|\s[–—-])\s+\p{N}/u;

/**
 * A note's own label written in lower case ("good: only product is water", "why: …"): no term.
 * A capitalised label ("Result: hyperinflation") is listed as the glossary kind refused it.
 */
const LOWER_LABEL =
	/^(?:good|bad|pros?|cons?|advantages?|disadvantages?|why|how|result|results|reason|reasons|cause|causes|effect|effects|method|aim|formula|equation|units?|key|also|then|so|but|and|or|because)$/u;

/** A term's article: "The yard – open space round the stage …" is the term "yard" (gen88). */
const ARTICLE = /^(?:The|A|An)\s+(?=\p{L})/u;

/**
 * The term of a glossary-like line (`LOOSE_ENTRY`), as written, or undefined. A term after
 * "The"/"A"/"An" is read without the article for the sentence test, and a lower-case term
 * ("heart rate: beats per minute", "pH: 7 is neutral", "phosgene – harder to detect") is a term
 * anywhere: such lines gave no draft and were listed nowhere (gen88, issue 12: 50 lines of 100
 * students' notes).
 */
export function looseTerm(sentence: Sentence): string | undefined {
	const line = sentence.text.trim();
	const article = ARTICLE.exec(line)?.[0] ?? '';
	const m = LOOSE_ENTRY.exec(line.slice(article.length));
	if (!m) return undefined;
	const term = m[1];
	// A name's "of the" is no sentence's: "Revolt of the Earls", "Justices of the Peace" (gen88).
	if (SENTENCE_WORD.test(term.replace(/\bof\s+(?:the|a|an)\b/giu, 'of'))) return undefined;
	if (/^\p{Ll}/u.test(term) && LOWER_LABEL.test(term)) return undefined;
	return article + term;
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
		reason: NUMBER_MEANING.test(sentence.text.trim().slice(term.length))
			? 'number-meaning'
			: CAPITAL_MEANING.test(sentence.text.trim().slice(term.length))
				? 'not-a-meaning'
				: (skipped.get(sentence) ??
					(askedTerms.has(term.replace(ARTICLE, '').toLowerCase())
						? 'same-term'
						: glossaryKept >= kindCap('glossary', article)
							? 'over-cap'
							: refusedBy.get(sentence.text) === 'points-into-article'
								? 'points-into-page'
								: 'failed-check'))
	}));
}
