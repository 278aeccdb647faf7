import type { ArticleView, Idea } from './ideas';
import { capitalise } from './idea-text';
import { CONNECTIVE, POINTER } from './idea-this-called';
import { pointsIntoArticle } from './standalone';
import { fold } from './text';
import { isHandout } from './handout';
import { sourceSays } from './document-frame';

/**
 * A handout names a period, system or event after telling it: "In November 1815 Austria, Russia,
 * Prussia and Britain renewed the Quadruple Alliance and agreed to meet regularly in congresses.
 * This system of cooperation is called the Concert of Europe." → "In November 1815 Austria, …
 * in congresses. What is that system of cooperation called?" → "The Concert of Europe" (gen48,
 * issue 12: the outsider teacher's Vienna notes gave no question on it; `idea-this-called.ts`
 * takes only a common-noun term, asked forward, and a proper name's forward "What was the
 * Concert of Europe?" has the sentence before, a dated event, as no definition). The prompt
 * quotes the sentence before whole, so its "that" points inside the card (a "this" would be read
 * by the checks as pointing into the document). Only in a handout
 * (`isHandout`); the name capitalised, not the title's or the subject's, not a person's; the
 * sentence before directly before, 6–40 words, opening on a capital letter, pointing nowhere,
 * going on from no other sentence (`CONNECTIVE`) and not naming every word of the name. Pure.
 */

/**
 * "This period is known as the Porfiriato.", "This uneasy arrangement is called Dual Power.",
 * "This great upheaval is called the Reformation, because …": the noun after "This" (one to four
 * lower-case words), the verb and the capitalised name, "of (the)" inside it.
 */
const THIS_NAMED =
	/^This\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*)\s+(is|was)\s+(called|known\s+as)\s+(?:\*\*)?((?:the\s+)?\p{Lu}[\p{L}’'–-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}’'–-]*){0,4})(?:\*\*)?(?:\.$|[,;:]\s)/u;

/** Words of a told sentence a student can read as one event or state. */
const MIN_WORDS = 6;
const MAX_WORDS = 40;

/** Words of a name that say nothing of it: "the Concert of Europe" names "concert", "europe". */
const NAME_FILLER = /^(?:the|of)$/u;

/** True when the told sentence says every word of the name: the prompt gives the answer. */
function namesWholeName(told: string, name: string): boolean {
	const said = new Set(fold(told).split(/[^\p{L}\d]+/u));
	const named = fold(name)
		.split(/[^\p{L}\d]+/u)
		.filter((w) => w && !NAME_FILLER.test(w));
	return named.every((w) => said.has(w));
}

/** The "This N is called Name." ideas of a handout, in reading order. */
export function thisNamedIdeas(article: ArticleView): Idea[] {
	if (!isHandout(article)) return [];
	const title = fold(article.title);
	return article.sentences.flatMap((sentence, i) => {
		const m = THIS_NAMED.exec(sentence.text);
		const before = article.sentences[i - 1];
		if (!m || !before || before.index !== sentence.index - 1) return [];
		const [, noun, verb, naming, name] = m;
		const bare = name.replace(/^the\s+/u, '');
		const folded = fold(bare);
		if (title.includes(folded) || article.subject.has(folded) || article.isPerson(bare)) return [];
		const told = before.text.trim();
		const count = told.split(/\s+/u).length;
		if (count < MIN_WORDS || count > MAX_WORDS || !/^\p{Lu}/u.test(told) || !/[.!]$/u.test(told))
			return [];
		if (/[?:;"“”()*]/u.test(told) || POINTER.test(told) || CONNECTIVE.test(told)) return [];
		if (pointsIntoArticle(told.replace(/[.!]$/u, '')) || namesWholeName(told, name)) return [];
		const asked = naming === 'called' ? 'called' : 'known as';
		const answer = capitalise(name);
		return [
			{
				kind: 'term' as const,
				sentence,
				type: 'flashcard' as const,
				prompt: `${told} What ${verb} that ${noun} ${asked}?`,
				answer,
				start: sentence.text.indexOf(name),
				span: name,
				context: `${told} ${sentence.text}`,
				explanation: `${sourceSays(article.doc.short)}: “${told} ${sentence.text}”`,
				weight: 0
			}
		];
	});
}
