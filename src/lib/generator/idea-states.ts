import type { ArticleView, Idea } from './ideas';
import { capitalise } from './idea-text';
import { isHandout } from './handout';
import { sourceSays } from './document-frame';

/**
 * A textbook's stated laws and stated definitions (gen33, issue 12's gap 2: H7's pressure, gas-laws
 * and deserts handouts got no draft though they state them outright):
 * - "Archimedes' principle states that the upthrust on an object … displaces." → "What does
 *   Archimedes' principle state?", key "The upthrust on an object … displaces";
 * - "Geographers usually define a desert as an area that receives …" → "How do geographers
 *   usually define a desert?"; "Osmosis is defined as the net movement …" → "How is osmosis
 *   defined?"; "The iris is the coloured part of the eye." → "What is the iris?" (`DEFINITE`).
 * The law is named ("Newton's first law", "The law of demand"), never counted alone ("The second
 * law", "It"); the key is the whole clause to the sentence's end and points nowhere. Only in a
 * handout (`isHandout`), asked as kind `term` and sharing its cap. Pure.
 */

/** A named law: "Newton's first law", "Archimedes' principle", "The law of supply". */
const LAW = String.raw`(?:(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s?\s+(?:(?:first|second|third|zeroth)\s+)?(?:law|principle|rule|theorem)|The\s+(?:law|principle)\s+of\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+)`;

const STATES = new RegExp(String.raw`^(${LAW})\s+states\s+that(,?\s+.+)\.$`, 'u');

/** "Geographers usually define a desert as …": who defines, a hedge, the term, the definition. */
const DEFINE =
	/^(\p{Lu}\p{Ll}+s)\s+((?:usually|often|generally|commonly|normally)\s+)?define\s+((?:an?|the)\s+)?(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)\s+as\s+(.+)\.$/u;

/** "Osmosis is defined as …", "A desert is defined as …". */
const DEFINED =
	/^((?:An?\s+|The\s+)?\p{L}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)\s+(is|are)\s+((?:usually|often|generally|commonly|normally)\s+)?defined\s+as\s+(.+)\.$/u;

/**
 * "The iris is the coloured part of the eye.", "Diffusion is the net movement of particles …": a
 * handout's definition by a definite head noun that names what a thing is (a part, a layer, a
 * process), which `idea-term.ts` reads only with "a"/"an". A rank ("the fourth most abundant")
 * is `idea-definition-shape.ts`'s to refuse.
 */
const DEFINITE =
	/^((?:The\s+)?\p{L}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)\s+(is|are)\s+(?:simply\s+)?(the\s+(?:[\p{Ll}-]+\s+){0,3}(?:part|parts|layer|hole|opening|process|movement|transfer|amount|rate|force|energy|measure|ability|tendency|organ|tissue|study|loss|change|breakdown|build-up|spread)\s+(?:of|in|by|through|that|which|lining|where|when|at|on|from)\b.+)\.$/u;

/** Words that point into the text, which a key read alone cannot resolve. */
const POINTER =
	/\b(?:this|these|those(?!\s+(?:who|which|that)\b)|he|she|they|them|their|his|her|here|there(?!\s+(?:is|are|was|were)\b)|above|below|former|latter|such(?!\s+as\b))\b/iu;

/** Words of a key a student can give back. */
const MIN_WORDS = 6;
const MAX_WORDS = 45;

/** A key read alone: long enough to say something, short enough to recall, pointing nowhere. */
function keyStands(key: string): boolean {
	const count = key.split(/\s+/u).length;
	return (
		count >= MIN_WORDS &&
		count <= MAX_WORDS &&
		!POINTER.test(key) &&
		!/[?:;"“”()]/u.test(key) &&
		!/\b(?:see|shown|following|example)\b/iu.test(key)
	);
}

/** One sentence's stated law or definition as a card, or undefined. */
function statedIdea(
	text: string,
	writtenLower: (word: string) => boolean
): { prompt: string; answer: string } | undefined {
	const law = STATES.exec(text);
	if (law) {
		const name = law[1].replace(/^The\s/u, 'the ');
		if (!keyStands(law[2].trim())) return undefined;
		// The clause alone: a key opening "That …" reads as a pointer (`pointsIntoArticle`).
		return {
			prompt: `What does ${name} state?`,
			answer: capitalise(law[2].replace(/^,?\s+/u, ''))
		};
	}
	const define = DEFINE.exec(text);
	if (define) {
		const [, who, hedge = '', det = '', term, key] = define;
		if (!keyStands(key) || /^(?:Some|Many|Most|Others|Critics|Historians)$/u.test(who)) return;
		return {
			prompt: `How do ${who.toLowerCase()} ${hedge}define ${det}${term}?`,
			answer: capitalise(key)
		};
	}
	const defined = DEFINED.exec(text);
	if (defined) {
		const [, term, verb, hedge = '', key] = defined;
		if (!keyStands(key) || /^(?:It|This|That|These|Those|They)\b/u.test(term)) return;
		// "Osmosis is defined as …" asks of osmosis when the text writes it in lower case elsewhere.
		const first = term.split(/\s+/u)[0];
		const lower = /^(?:An?|The)$/u.test(first) || writtenLower(first);
		const asked = lower ? term.replace(/^\p{Lu}/u, (c) => c.toLowerCase()) : term;
		return { prompt: `How ${verb} ${asked} ${hedge}defined?`, answer: capitalise(key) };
	}
	const definite = DEFINITE.exec(text);
	if (definite) {
		const [, term, verb, key] = definite;
		if (!keyStands(key) || /^(?:It|This|That|These|Those|They|Its|Their)\b/u.test(term)) return;
		const first = term.split(/\s+/u)[0];
		if (first !== 'The' && !writtenLower(first)) return undefined;
		const asked = term.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
		return { prompt: `What ${verb} ${asked}?`, answer: capitalise(key) };
	}
	return undefined;
}

/** The stated laws and definitions of a handout, in reading order. */
export function statedIdeas(article: ArticleView): Idea[] {
	if (!isHandout(article)) return [];
	const text = article.sentences.map((s) => s.text).join(' ');
	return article.sentences.flatMap((sentence) => {
		if (sentence.quoted || sentence.worked) return [];
		const card = statedIdea(sentence.text.trim(), (w) =>
			new RegExp(String.raw`(?<![\p{L}-])${w.toLowerCase()}(?![\p{L}-])`, 'u').test(text)
		);
		if (!card) return [];
		const idea: Idea = {
			kind: 'term',
			sentence,
			type: 'flashcard',
			prompt: card.prompt,
			answer: card.answer,
			start: 0,
			span: sentence.text,
			context: sentence.text,
			explanation: `${sourceSays(article.doc.short)}: “${sentence.text}”`,
			weight: 0
		};
		return [idea];
	});
}
