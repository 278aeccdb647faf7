import type { ArticleView, Idea } from './ideas';
import { capitalise, namesSubject } from './idea-text';
import { classOnly, givenAway, hasMeasurement, wholeKey } from './idea-key';
import { pointsIntoArticle } from './standalone';
import { fold, seededOrder, type Sentence } from './text';

/**
 * Kind 8, a term the article defines in passing, by apposition: "… is psychological hedonism,
 * the view that the ultimate motive for all human action is the desire to experience pleasure"
 * → "What is psychological hedonism?"; "firedamp, a flammable gas found in coal mines". An
 * article defines its recurring terms where it first uses them, not only in "X is a …"
 * sentences (issue 12: the lead alone left most articles with one draft). Only a term the
 * article returns to (`MIN_GLOSS_RECURRENCE` other sentences), only a gloss that says what
 * sets the term apart (`classOnly`, `givenAway`). Where the article glosses `MIN_GLOSS_FAMILY`
 * or more terms, each is also a choice among the others: their distractors are the article's
 * own terms, so none is absurd.
 */

/** Other sentences a glossed term must appear in. */
export const MIN_GLOSS_RECURRENCE = 2;
/** Glossed terms that make a multiple choice among themselves. */
export const MIN_GLOSS_FAMILY = 4;

/** Words that end a term, read backwards from the comma: verbs, articles, prepositions. */
const TERM_STOP =
	/^(?:a|an|the|is|are|was|were|be|been|of|in|on|at|to|for|by|with|and|or|as|from|that|which|called|named|known|its|their|his|her|this|these|such|including)$/iu;

/** ", the view that …", ", a flammable gas found in …": a gloss that defines. */
const GLOSS =
	/,\s+((?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}?(?:view|idea|belief|theory|practice|process|term|concept|principle|method|technique|condition|disease|gas|substance|compound|device|instrument|tool|form|state|region|body|organ|structure|document|treaty|agreement|law|doctrine|policy|movement|style|genus|species|group|order|family)\b[^;()]*?)(?=[.;)]|,\s+(?:and|but|which|while|although)\b|$)/u;

/** The term right before a gloss's comma: up to three words, back to a verb or an article. */
export function termBefore(text: string): string | undefined {
	const parts = text.trim().split(/\s+/);
	const kept: string[] = [];
	while (parts.length && kept.length < 3) {
		const word = parts.pop()!;
		if (TERM_STOP.test(word) || /[,;:()"“”]/u.test(word)) break;
		kept.unshift(word);
	}
	const term = kept.join(' ');
	return kept.length && /^[\p{L}][\p{L}' -]*$/u.test(term) ? term : undefined;
}

interface Gloss {
	sentence: Sentence;
	term: string;
	key: string;
}

/** The gloss of one sentence, or undefined. */
export function glossOf(sentence: Sentence, article: ArticleView): Gloss | undefined {
	const match = GLOSS.exec(sentence.text);
	if (!match) return undefined;
	const term = termBefore(sentence.text.slice(0, match.index));
	if (!term || namesSubject(term, article)) return undefined;
	if (article.isPerson(term) || article.isPlace(term)) return undefined;
	const key = wholeKey(match[1]);
	if (!key || classOnly(key) || givenAway(key, term) || hasMeasurement(key)) return undefined;
	if (pointsIntoArticle(key) || /\b(?:it|they|them|he|she)\b/iu.test(key)) return undefined;
	const folded = ` ${fold(term)} `;
	const recur = article.sentences.filter(
		(s) => s !== sentence && ` ${fold(s.text)} `.includes(folded)
	).length;
	return recur >= MIN_GLOSS_RECURRENCE ? { sentence, term, key } : undefined;
}

/** Every glossed term of the article, as a flashcard and, in a family, a choice. */
export function glossIdeas(article: ArticleView): Idea[] {
	const glosses: Gloss[] = [];
	for (const sentence of article.sentences) {
		if (article.marks(sentence)?.score === 0 || sentence.quoted) continue;
		const gloss = glossOf(sentence, article);
		if (gloss && !glosses.some((g) => fold(g.term) === fold(gloss.term))) glosses.push(gloss);
	}
	return glosses.flatMap((gloss) => {
		const name =
			/^\p{Lu}/u.test(gloss.term) && !article.isCommon(gloss.term.split(' ')[0])
				? gloss.term
				: gloss.term.toLowerCase();
		const card: Idea = {
			kind: 'gloss',
			sentence: gloss.sentence,
			type: 'flashcard',
			prompt: `What is ${name}?`,
			answer: capitalise(gloss.key),
			span: gloss.key,
			start: 0,
			doubt: gloss.term,
			weight: 1.5
		};
		const others = glosses.filter((g) => g !== gloss).map((g) => g.term);
		if (others.length + 1 < MIN_GLOSS_FAMILY) return [card];
		const choice: Idea = {
			kind: 'gloss',
			sentence: gloss.sentence,
			type: 'mcq',
			prompt: `Which term names ${gloss.key.replace(/^(?:A|An|The)\s/u, (w) => w.toLowerCase())}?`,
			answer: gloss.term,
			distractors: seededOrder(others, gloss.sentence.text).slice(0, 3),
			start: 0,
			doubt: gloss.term,
			weight: 1.5
		};
		return [card, choice];
	});
}
