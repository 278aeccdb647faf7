import type { ArticleView, Idea } from './ideas';
import { firstRank } from './idea-spread';
import { straddlingRanks, yearQuestion } from './idea-year';
import type { Sentence } from './text';
import { isHandout } from './handout';

/**
 * The year a thing the title names was made, told of "the <noun>": "The Nile and the Aswan High
 * Dam" → "Construction began in 1960 and the dam was completed in 1970; …" → "In what year was the
 * Aswan High Dam completed?" (gen48, issue 12: the outsider teacher's Nile handout gave no
 * question on the dam; `idea-milestone.ts` asks only the subject's own lead, and reads "the dam"
 * only as a clause's whole subject). Only in a handout (`isHandout`); the title's name is
 * capitalised, two words or more, and its head noun is a common word of the corpus ("Dam",
 * "Canal", "Bridge"); "the <head>" is that name because the nearest earlier name ending on the
 * head is it (the Nile handout's "Aswan Low Dam" comes before; "the dam" after "the Aswan High
 * Dam" is the High Dam); the clause is "the <head> was <verb> in <year>" and nothing more, and no
 * other sentence dates the same verb of the same head with another year. Asked as a year, the
 * wrong years straddling it (`straddlingRanks`). Pure.
 */

/** What is made once: the verbs whose year a teacher asks of a built thing. */
const MADE = 'built|constructed|completed|opened|inaugurated|founded|established|finished|dug';

/** A capitalised name of two words or more, "of (the)" inside it: "the Aswan High Dam". */
const NAME = /\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}’'-]*)+/gu;

/** The title's names whose head noun (the last word, or the word before "of") is a common word. */
function titleNames(article: ArticleView): { name: string; head: string }[] {
	return [...article.title.matchAll(NAME)].flatMap(([raw]) => {
		const name = raw.replace(/^The\s+/u, '');
		if (!/\s/u.test(name)) return [];
		const head = name
			.split(/\s+of\s+/u)[0]
			.split(/\s+/u)
			.at(-1)!;
		return article.isCommon(head) ? [{ name, head }] : [];
	});
}

/** The last name ending on `head` that the text says before `at` in `text`, or undefined. */
function lastNamed(text: string, head: string): string | undefined {
	const ending = new RegExp(
		String.raw`\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*\s+${head}\b`,
		'gu'
	);
	return [...text.matchAll(ending)].at(-1)?.[0].replace(/^The\s+/u, '');
}

/** The year ideas of one sentence for one title name. */
function madeIdea(
	sentence: Sentence,
	i: number,
	article: ArticleView,
	name: string,
	head: string
): Idea | undefined {
	const lower = head.toLowerCase();
	const clause = new RegExp(
		String.raw`(?:^|;\s+|,?\s+and\s+)[Tt]he\s+${lower}\s+was\s+(?:formally\s+|officially\s+|finally\s+)?(${MADE})\s+in\s+((?:1\d|20)\d\d)(?=[.;,]|$)`,
		'u'
	).exec(sentence.text);
	if (!clause) return undefined;
	const [, verb, year] = clause;
	// Which <head> "the <head>" is: the last one the text names before it.
	const earlier = [
		...article.sentences.slice(0, i).map((s) => s.text),
		sentence.text.slice(0, clause.index)
	].join(' ');
	if (lastNamed(earlier, head) !== name) return undefined;
	// Another sentence dating the same verb of the same thing with another year: not one year.
	const same = new RegExp(
		String.raw`\b${lower}\s+was\s+(?:\S+\s+)?${verb}\s+in\s+((?:1\d|20)\d\d)`,
		'iu'
	);
	const other = article.sentences.some((s) => {
		const m = same.exec(s.text);
		return s !== sentence && m && m[1] !== year;
	});
	if (other) return undefined;
	const banned = new Set([...article.doc.years].filter((y) => y !== year));
	const cap = Number(article.doc.year) || 9999;
	// The sentence's other years bound the wrong ones ("began in 1960 and … completed in 1970;
	// … inaugurated in January 1971": no 1972), as `precision.ts`'s year-out-of-order requires.
	const key = Number(year);
	const told = (sentence.text.match(/\b(?:1\d|20)\d\d\b/gu) ?? [])
		.map(Number)
		.filter((y) => y !== key);
	const inside = (wrong: readonly string[]) =>
		wrong.every((w) => told.every((y) => Math.sign(Number(w) - y) === Math.sign(key - y)));
	const ranks = straddlingRanks(key, sentence.text, banned, cap).map((wrong) =>
		wrong && inside(wrong) ? wrong : undefined
	);
	return yearQuestion('milestone', sentence, {
		prompt: `In what year was the ${name} ${verb}?`,
		year,
		distractors: firstRank(ranks, sentence.text),
		ranks,
		context: `The ${name} was ${verb} in ${year}.`,
		weight: 0
	});
}

/** The years the handout's title things were made, in reading order. */
export function titleThingIdeas(article: ArticleView): Idea[] {
	if (!isHandout(article)) return [];
	const names = titleNames(article);
	return names.flatMap(({ name, head }) =>
		article.sentences.flatMap((s, i) => madeIdea(s, i, article, name, head) ?? [])
	);
}
