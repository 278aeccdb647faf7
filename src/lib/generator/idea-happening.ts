import { escapeRegExp } from '$lib/text/regexp-literal';
import type { ArticleView, Idea } from './ideas';
import { unexplainedAcronym } from './idea-faith';
import { datedYear, eventQuestion } from './idea-event';
import { firstRank, spreadRanks } from './idea-spread';
import { yearQuestion } from './idea-year';
import { fold, type Sentence } from './text';

/**
 * Kind 9 (gen17, issue 12's recall): the year of a NAMED event a text tells in its body, when a
 * clause opens on the event's proper name and says it happened: "The Treaty of Versailles was
 * signed on 28 June 1919" → "In what year was the Treaty of Versailles signed?"; "The Battle of
 * Verdun began in February 1916" → "In what year did the Battle of Verdun take place?". A named
 * battle, treaty, war or revolution is what a history teacher asks (the outsider's World War
 * One handout gave no draft); a minor dated deed is not (U16, U20 S05, S36), so only these heads
 * (`eventQuestion`, as `idea-event.ts` asks the title's own event), only a name with no digits
 * and no unexpanded acronym, and never when another sentence dates the same name otherwise. A
 * person's article gets none (`minorYear` in `idea-sense.ts`). Pure.
 */

/** The event heads a name opens on ("Battle of …") or ends on ("… Civil War"). */
const HEADS =
	'Battle|Siege|Treaty|Pact|Agreement|Accord|Convention|Armistice|Massacre|Uprising|Rebellion|Revolution|War|Revolt|Conference|Congress|Crisis|Invasion|Coup|Mutiny';

/** A capitalised word of a name, or a small word inside one ("of", "the"). */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]*`;

/** "The Battle of the Somme began …", "The Spanish Civil War broke out …". */
const NAMED_EVENT = new RegExp(
	String.raw`^The\s+((?:(${HEADS})\s+of\s+(?:the\s+)?${NAME_WORD}(?:\s+${NAME_WORD}){0,3})|(?:${NAME_WORD}\s+){1,3}(${HEADS}))\s+(was\s+signed|were\s+signed|was\s+fought|took\s+place|began|broke\s+out|started|occurred|happened|was\s+held)\b`,
	'u'
);

/** The named-event idea of one sentence's first clause, or undefined. */
export function happeningIdea(sentence: Sentence, article: ArticleView): Idea | undefined {
	const clause = sentence.text.split(/;\s+/u)[0];
	const m = NAMED_EVENT.exec(clause);
	if (!m) return undefined;
	const name = m[1];
	const head = (m[2] ?? m[3]).toLowerCase();
	if (/\d/u.test(name) || unexplainedAcronym(name)) return undefined;
	const year = datedYear(clause);
	if (!year) return undefined;
	const prompt = eventQuestion(head, `the ${name}`, clause);
	if (!prompt) return undefined;
	// Another sentence that names the event with another year: the key is one of two.
	const folded = fold(name);
	const elsewhere = article.sentences.some((s) => {
		if (s === sentence || !fold(s.text).includes(folded)) return false;
		const other = datedYear(s.text);
		return (
			!!other &&
			other !== year &&
			new RegExp(
				`${escapeRegExp(name)}\\s+(?:was|were|took|began|broke|started|occurred|happened)`,
				'u'
			).test(s.text)
		);
	});
	if (elsewhere) return undefined;
	const cap = Number(article.doc.year) || new Date().getUTCFullYear();
	// The text's own other years, spread out (a teacher rated 1919, 1920, 1921, 1923 "edit").
	const ranks = spreadRanks(Number(year), article.doc.years, new Set(), cap);
	const distractors = firstRank(ranks, clause);
	return yearQuestion('happening', sentence, { prompt, year, distractors, ranks, weight: 0 });
}

/** The named events of an article's body, in reading order (`happeningIdea`). */
export function happeningIdeas(article: ArticleView): Idea[] {
	return article.sentences.flatMap((s) => happeningIdea(s, article) ?? []);
}
