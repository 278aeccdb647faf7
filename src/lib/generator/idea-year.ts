import { yearDistractors } from './distractors';
import type { ArticleView, Idea } from './ideas';
import { namesSubject, subjectText } from './ideas';
import type { Sentence } from './text';

/**
 * Kind 5, the year of the article's central event only: the title's battle fought, invention
 * made, company founded, comet discovered, or the subject's own finding published. Asked as a
 * year, never a day and month (U3 S01 failed "27 July 1214" among three dates of 1214), as a
 * choice among years near it when three can be found, else typed. One per article: every
 * other year of it is the year of a minor event (U1, U2: a charter renewal, a report).
 */

/** Verbs of an article's central event. */
const CENTRAL =
	/\b(?:was|were)\s+(?:first\s+)?(?:fought|invented|founded|established|discovered|signed|conducted|formed|created|built|patented|launched|proclaimed)\b|\bpublished\s+(?:his|her|their)\s+(?:findings|results|theory|discovery)\b|\b(?:discovered|invented|founded)\b/u;

const MONTH =
	'January|February|March|April|May|June|July|August|September|October|November|December';

/** "on 27 July 1214", "on July 23, 1995", "in March 1804", "in 1804": a date phrase and its year. */
const DATE_PHRASE = new RegExp(
	String.raw`\b([Oo]n|[Ii]n)\s+(?:(?:\d{1,2}\s+)?(?:${MONTH})\s+(?:\d{1,2},\s+)?)?(1\d{3}|20\d{2})\b(?!\s*[–-]\s*\d)`,
	'u'
);

/** The sentence with its date phrase as "in ____" (day and month dropped), and the year. */
export function yearBlank(text: string): { prompt: string; year: string; at: number } | undefined {
	const match = DATE_PHRASE.exec(text);
	if (!match) return undefined;
	// Other years in the sentence would bound the answer or compete with it.
	if ((text.match(/\b(?:1\d{3}|20\d{2})\b/gu) ?? []).length > 1) return undefined;
	const word = match[1] === 'On' || match[1] === 'In' ? 'In' : 'in';
	const prompt = `${text.slice(0, match.index)}${word} ____${text.slice(match.index + match[0].length)}`;
	return { prompt, year: match[2], at: match.index };
}

/** The year idea of one sentence about the central event, or undefined. */
export function yearIdea(sentence: Sentence, article: ArticleView): Idea | undefined {
	const text = subjectText(sentence, article);
	if (!CENTRAL.test(text) || !namesSubject(text, article)) return undefined;
	const blank = yearBlank(text);
	if (!blank) return undefined;
	const year = Number(blank.year);
	const banned = new Set([...article.doc.years].filter((y) => y !== blank.year));
	const distractors = yearDistractors(year, sentence.text, banned, Number(article.doc.year));
	const start = sentence.text.indexOf(blank.year);
	return {
		kind: 'year',
		sentence,
		type: distractors.length === 3 ? 'mcq' : 'cloze',
		prompt: blank.prompt,
		answer: blank.year,
		...(distractors.length === 3 && { distractors }),
		start: Math.max(0, start),
		context: blank.prompt.replace('____', blank.year),
		weight: 1
	};
}

/** The year of the article's central event: the first sentence that tells it (`yearIdea`). */
export function yearIdeas(article: ArticleView): Idea[] {
	for (const sentence of article.sentences) {
		if (article.marks(sentence)?.score === 0) continue;
		const idea = yearIdea(sentence, article);
		if (idea) return [idea];
	}
	return [];
}
