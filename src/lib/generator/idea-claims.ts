import type { ArticleView, Idea } from './ideas';
import { capitalise, namesSubject, subjectName, subjectText } from './idea-text';
import { hasMeasurement, wholeKey } from './idea-key';
import { pointsIntoArticle } from './standalone';
import type { Sentence } from './text';

/**
 * Kind 6, what the article claims about its subject beyond the lead: what it consists of,
 * what it holds or proclaimed, what it was made or used for, why it was done. "The lamp
 * consists of a wick lamp with the flame enclosed inside a mesh screen" → "What does the Davy
 * lamp consist of?"; "It was proclaimed in order to justify the occupation of …" → "Why was
 * the Brezhnev Doctrine proclaimed?". A section's opening sentence usually states its point
 * about the subject (Edmundson 1969), and these verbs state a point, not a passing detail. The
 * subject is named in the question, the key is the rest of the sentence in whole units
 * (`wholeKey`), and the source's hedges stay in it. Asked as flashcards: a student says the
 * point in their own words.
 */

/** A claim verb, the question it makes ("What does X consist of?"), and its key. */
interface ClaimVerb {
	/** Matches the verb phrase after the subject; `key` is the group that holds the key. */
	pattern: RegExp;
	/** The question for subject `x` in the sentence's tense (`past`), from the match `m`. */
	ask: (x: string, past: boolean, plural: boolean, m: RegExpExecArray) => string;
	/** The match group of the key (default 1). */
	key?: number;
	/** Words put before the key ("That"), or the match group of a preposition ("by", "with"). */
	lead?: string | number;
	/**
	 * Only in the lead or a paragraph's opening sentence: "What did Mendel show?" has one
	 * answer only where the article states the finding its paragraph is about (U2 S05 failed
	 * an open question with countless true answers).
	 */
	central?: boolean;
}

const DO = (past: boolean, plural: boolean) => (past ? 'did' : plural ? 'do' : 'does');
const BE = (past: boolean, plural: boolean) =>
	past ? (plural ? 'were' : 'was') : plural ? 'are' : 'is';
/** An adverb the sentence hedges with ("widely", "usually"), kept in the question. */
const adverb = (m: RegExpExecArray, group: number) => (m[group] ? `${m[group]} ` : '');

/** The base form of a past verb of finding. */
const BASE: Record<string, string> = {
	demonstrated: 'demonstrate',
	showed: 'show',
	proved: 'prove',
	concluded: 'conclude',
	discovered: 'discover',
	realised: 'realise',
	realized: 'realize',
	established: 'establish',
	recognised: 'recognise',
	recognized: 'recognize'
};

/** Claim verbs, most specific first. */
export const CLAIM_VERBS: readonly ClaimVerb[] = [
	{
		pattern: /^(?:consists|consisted|consist) of (.+)$/u,
		ask: (x, past, plural) => `What ${DO(past, plural)} ${x} consist of?`
	},
	{
		pattern: /^(?:is|was|are|were) (?:composed|made up) of (.+)$/u,
		ask: (x, past, plural) => `What ${BE(past, plural)} ${x} made up of?`
	},
	{
		pattern:
			/^(?:states|stated|holds|held|argues|argued|asserts|asserted|claims|claimed|posits|posited|proclaims|proclaimed|predicts|predicted|maintains|maintained|observes|observed|proposes|proposed) that (.+)$/u,
		ask: (x, past, plural) => `What ${DO(past, plural)} ${x} hold?`
	},
	{
		// What a person or a body showed: "Vespucci demonstrated that Brazil … was a separate land mass".
		pattern:
			/^(demonstrated|showed|proved|concluded|discovered|realised|realized|established|recognised|recognized) that (.+)$/u,
		central: true,
		ask: (x, _past, _plural, m) => `What did ${x} ${BASE[m[1]] ?? m[1]}?`,
		key: 2
	},
	{
		pattern: /^(?:is|was|are|were) (?:mainly |mostly |primarily |widely )?used (to .+|for .+)$/u,
		ask: (x, past, plural) => `What ${BE(past, plural)} ${x} used for?`
	},
	{
		pattern:
			/^(?:is|was|are|were) (?:originally |first )?(?:created|designed|developed|invented|built|intended|devised) (to .+|for .+)$/u,
		ask: (x, past, plural) => `What ${BE(past, plural)} ${x} designed for?`
	},
	{
		pattern:
			/^(?:is|was|are|were) (proclaimed|announced|introduced|passed|enacted|founded|established|formed|signed|adopted|issued) (?:in order )?(to .+)$/u,
		ask: (x, past, plural, m) => `Why ${BE(past, plural)} ${x} ${m[1]}?`,
		key: 2
	},
	{
		pattern:
			/^(?:is|are|was|were) (?:(usually|often|mainly|mostly|typically|generally|commonly) )?(diagnosed|treated|prevented|detected|controlled|measured|produced|made) (by|with|through|using|from) (.+)$/u,
		ask: (x, past, plural, m) => `How ${BE(past, plural)} ${x} ${adverb(m, 1)}${m[2]}?`,
		key: 4,
		lead: 3
	},
	{
		pattern:
			/^(?:is|are|was|were) (?:(widely|generally|often|usually) )?(?:considered|regarded as|seen as) (?:to be )?(an? .+|the .+|one of .+)$/u,
		ask: (x, past, plural, m) => `What ${BE(past, plural)} ${x} ${adverb(m, 1)}considered to be?`,
		key: 2
	},
	{
		pattern: /^(?:is|are|was|were) characteri[sz]ed by (.+)$/u,
		ask: (x, past, plural) => `What ${BE(past, plural)} ${x} characterised by?`
	},
	{
		pattern: /^(?:is|are|was|were) (?:(best|widely|also) )?known as (an? .+|the .+|one of .+)$/u,
		ask: (x, past, plural, m) => `What ${BE(past, plural)} ${x} ${adverb(m, 1)}known as?`,
		key: 2
	},
	{
		pattern: /^(?:has|have) been (accused of|critici[sz]ed for) (.+)$/u,
		ask: (x, _past, plural, m) => `What ${plural ? 'have' : 'has'} ${x} been ${m[1]}?`,
		key: 2
	},
	{
		pattern: /^(?:requires|required|require) (.+)$/u,
		ask: (x, past, plural) => `What ${DO(past, plural)} ${x} require?`
	}
];

/** Words that make the subject a different thing ("The lamp's screen", "The lamp and the …"). */
const NOT_BARE = /'s\b|’s\b|\b(?:and|or|of|with)\b/u;

/**
 * The subject as the sentence opens on it, and the rest: "The lamp consists of …" → the
 * subject's name and "consists of …", when the opening names the subject itself (its name,
 * its title, or "The <head>" of its own definition, "It" as `subjectText` resolved it).
 */
export function subjectClause(
	text: string,
	article: ArticleView
): { rest: string; plural: boolean } | undefined {
	const match =
		/^(?:[^,]{3,80},\s+)?((?:The\s+)?[\p{L}’'–-]+(?:\s+[\p{L}’'–-]+){0,5}?)\s+(?:also\s+|thus\s+|therefore\s+|originally\s+)?((?:consists?|consisted|is|was|are|were|has|have|demonstrated|showed|proved|concluded|found|discovered|realised|realized|established|recognised|recognized|states|stated|holds|held|argues|argued|asserts|asserted|claims|claimed|posits|posited|proclaims|proclaimed|predicts|predicted|maintains|maintained|observes|observed|proposes|proposed|requires?|required)\b.+)$/u.exec(
			text
		);
	if (!match) return undefined;
	const [, opening, rest] = match;
	if (NOT_BARE.test(opening.replace(/^The\s+/u, '').replace(/\bof\s+\p{Lu}.*/u, ''))) {
		if (!namesSubjectExactly(opening, article)) return undefined;
	}
	const head = article.ref?.heads;
	const bare = /^The\s+(\p{Ll}+)$/u.exec(opening)?.[1];
	const own = namesSubjectExactly(opening, article) || (!!bare && !!head?.includes(bare));
	if (!own) return undefined;
	return {
		rest: rest.replace(/[.!]\s*$/u, ''),
		plural: /^(?:are|were|have|consist|require)\b/u.test(rest)
	};
}

/** True when the opening is the subject's name and nothing more. */
function namesSubjectExactly(opening: string, article: ArticleView): boolean {
	if (!namesSubject(opening, article)) return false;
	const name = subjectName(article);
	const strip = (t: string) => t.replace(/^the\s+/iu, '').toLowerCase();
	if (!name) return false;
	if (strip(opening) === strip(name) || strip(opening) === strip(article.title)) return true;
	// A life: its subject by surname ("Vespucci demonstrated that …").
	const person = article.ref ? article.ref.pronoun !== 'it' : article.isPerson(article.title);
	return person && strip(opening) === strip(name.split(/\s+/).at(-1) ?? '');
}

/** The claim idea of one sentence, or undefined. */
export function claimIdea(sentence: Sentence, article: ArticleView): Idea | undefined {
	const text = subjectText(sentence, article);
	const name = subjectName(article);
	if (!name || sentence.quoted) return undefined;
	const clause = subjectClause(text, article);
	if (!clause) return undefined;
	for (const verb of CLAIM_VERBS) {
		const match = verb.pattern.exec(clause.rest);
		if (!match) continue;
		const marks = article.marks(sentence);
		if (verb.central && !(marks?.lead || marks?.topic)) return undefined;
		const key = wholeKey(match[verb.key ?? 1]);
		if (!key || hasMeasurement(key) || pointsIntoArticle(key)) return undefined;
		// A key that starts on a pronoun reads nothing alone ("it", "they" of the article).
		if (/^(?:it|they|them|this|these|those|he|she)\b/iu.test(key)) return undefined;
		const past =
			/^(?:consisted|was|were|stated|held|argued|asserted|claimed|posited|proclaimed|predicted|maintained|observed|proposed|required)\b/u.test(
				clause.rest
			);
		const x =
			/^\p{Lu}/u.test(name) && !/^The\s/u.test(name) ? name : name.replace(/^The\s/u, 'the ');
		const lead = typeof verb.lead === 'number' ? match[verb.lead] : verb.lead;
		return {
			prompt: verb.ask(x, past, clause.plural, match),
			answer: capitalise(lead ? `${lead} ${key}` : key),
			kind: 'claim',
			sentence,
			type: 'flashcard',
			span: key,
			start: 0,
			context: text,
			weight: 2
		};
	}
	return undefined;
}

/** Every claim the article makes about its subject, outside its aside sections. */
export function claimIdeas(article: ArticleView): Idea[] {
	return article.sentences
		.filter((s) => article.marks(s)?.score !== 0)
		.map((s) => claimIdea(s, article))
		.filter((i): i is Idea => i !== undefined);
}
