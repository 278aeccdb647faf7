import { seededOrder } from './text';
import type { ArticleView, Idea } from './ideas';
import { namesSubject, subjectText } from './idea-text';
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
	/\b(?:was|were)\s+(?:first\s+)?(?:fought|invented|founded|established|discovered|signed|conducted|formed|created|built|patented|launched|proclaimed)\b|\bpublished\s+(?:his|her|their)\s+(?:findings|results|theory|discovery|work|paper)\b|\b(?:discovered|invented|founded)\b/u;

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

/**
 * Three wrong years around `year`, at least one before it and one after it (so the key is
 * never the earliest or latest choice, nor an outlier beside a cluster: U1 S03, and the lead's
 * note of 2026-12-01 on "1882 among 1887, 1888, 1889"), drawn from the four nearest free years
 * on each side; none in `banned` (years the article names: true of another event), none after
 * `cap` (the article's year). Which side gets two is a stable coin of `seed`. Fewer than three
 * when the years around are taken: then the year is typed.
 */
export function straddlingYears(
	year: number,
	seed: string,
	banned: ReadonlySet<string>,
	cap: number
): string[] {
	const free = (y: number) => !banned.has(String(y)) && y <= cap;
	const side = (sign: number) =>
		seededOrder(
			Array.from({ length: 9 }, (_, i) => year + sign * (i + 1))
				.filter(free)
				.slice(0, 4),
			`${seed}|${sign}`
		);
	const below = side(-1);
	const above = side(1);
	const twoBelow = seededOrder([true, false], seed)[0];
	const picked = twoBelow
		? [...below.slice(0, 2), ...above.slice(0, 1)]
		: [...below.slice(0, 1), ...above.slice(0, 2)];
	if (picked.length < 3 || below.length === 0 || above.length === 0) return [];
	return picked.map(String);
}

/**
 * The year idea of one sentence about the central event, or undefined. `lede`: the sentence
 * is a news report's first, which tells its central event whatever its verb ("The station
 * began supplying electricity on 14 March 2024"); the caller passes it only for a text whose
 * lead defines nothing.
 */
export function yearIdea(sentence: Sentence, article: ArticleView, lede = false): Idea | undefined {
	const text = subjectText(sentence, article);
	if (!lede && (!CENTRAL.test(text) || !namesSubject(text, article))) return undefined;
	const blank = yearBlank(text);
	if (!blank) return undefined;
	const year = Number(blank.year);
	const banned = new Set([...article.doc.years].filter((y) => y !== blank.year));
	const distractors = straddlingYears(year, sentence.text, banned, Number(article.doc.year));
	const start = sentence.text.indexOf(blank.year);
	return {
		kind: 'year',
		sentence,
		type: distractors.length === 3 ? 'mcq' : 'cloze',
		prompt: blank.prompt,
		answer: blank.year,
		doubt: blank.year,
		...(distractors.length === 3 && { distractors }),
		start: Math.max(0, start),
		context: blank.prompt.replace('____', blank.year),
		weight: 1
	};
}

/**
 * The year of the article's central event: the first sentence that tells it (`yearIdea`); in a
 * news report (`news`: its lead defines nothing), its first sentence if that gives a year.
 */
export function yearIdeas(article: ArticleView, news = false): Idea[] {
	// The first whole sentence, not a headline kept as the text's first line.
	const lede = article.sentences.find(
		(s) => /[.!]$/u.test(s.text) && s.text.split(/\s+/).length >= 8
	);
	const first = news && lede && yearIdea(lede, article, true);
	if (first) return [first];
	for (const sentence of article.sentences) {
		if (article.marks(sentence)?.score === 0) continue;
		const idea = yearIdea(sentence, article);
		if (idea) return [idea];
	}
	return [];
}
