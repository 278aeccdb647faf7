import type { ArticleView, Idea } from './ideas';
import { capitalise } from './idea-text';
import { givenAway } from './idea-key';
import { fold } from './text';
import { isHandout } from './handout';

/**
 * In a teacher's handout, a name the text brings in by its class with "known as" (gen21, issue
 * 12's h28 handouts), asked "What was the Name?" with the class and what the sentence says of it:
 * - "a peasant uprising known as the Jacquerie broke out in 1358" → "A peasant uprising that broke
 *   out in 1358" (the name is the clause's subject: its verb follows);
 * - "In a long struggle known as the Conflict of the Orders, the plebeians won rights …" → "A
 *   long struggle in which the plebeians won rights …";
 * - "The chain of volcanoes … around the Pacific Ocean, known as the Ring of Fire, is …" → "The
 *   chain of volcanoes … around the Pacific Ocean";
 * - "an informal alliance known as the First Triumvirate: the general Pompey, … and …" → "An
 *   informal alliance of the general Pompey, … and …".
 * Only in a handout (`isHandout`: blind reviewers failed encyclopedia glosses, U1–U8);
 * the name capitalised words (a common "known as" term is `idea-term.ts`'s), never a place, the
 * title's subject or a quoted name; the key whole up to the next comma, 5–22 words, no pointer,
 * hedge or time word, never naming the name. Pure.
 */

/**
 * An abbreviation that joins a name's parts and never ends it: "Brown v. Board of Education",
 * "Kramer vs. Kramer" (H3 S01 asked "What was Brown?" keyed "… v. Board of Education").
 */
export const ABBREVIATION = String.raw`(?:v|vs|St|Dr|Mt|Ft)\.`;

/** A capitalised name, "of the" inside it: "the Conflict of the Orders", "Ring of Fire". */
const NAME = String.raw`(?:the\s+)?(?:(?:St|Dr|Mt|Ft)\.\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+(?:the\s+)?|${ABBREVIATION}\s+)?\p{Lu}[\p{L}’'.-]*){0,3}`;
/** A class of one to three lower-case words: "peasant uprising", "long struggle". */
const CLASS = String.raw`(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*`;

/** "… a N known as Name verb …": the name is the subject of what follows. */
const SUBJECT = new RegExp(
	String.raw`(?:^|\s)(an?)\s+(${CLASS})\s+known\s+as\s+(${NAME})\s+(\p{Ll}+\b[^,;:]*)`,
	'u'
);
/** "In a N known as Name, clause": the clause happened in it. */
const SETTING = new RegExp(
	String.raw`^In\s+(an?)\s+(${CLASS})\s+known\s+as\s+(${NAME}),\s+([^,;:]+)`,
	'u'
);
/** "The N …, known as Name, verb …": the description before the name is its gloss. */
const FRONT = new RegExp(
	String.raw`^(The\s+\p{Ll}[^,;:]*?),\s+known\s+as\s+(${NAME}),\s+\p{Ll}`,
	'u'
);
/** "a N known as Name: A, B and C" (a list of people): its members. */
const MEMBERS = new RegExp(
	String.raw`(?:^|\s)(an?)\s+(${CLASS})\s+known\s+as\s+(${NAME}):\s+([^;:]+\sand\s[^;:]+)$`,
	'u'
);

/** Words that begin no predicate: "known as the Ring of Fire and …" is no verb. */
const NOT_VERB =
	/^(?:and|or|but|of|in|on|at|by|for|with|from|to|as|that|which|who|whose|the|a|an|is|are)$/u;

/** What makes a key a claim or a pointer rather than what the name is. */
const NOT_PLAIN =
	/\b(?:it|its|they|them|their|this|these|those|he|she|his|her|him|here|there|then|now|today|currently|still|also|believed|thought|considered|said|perhaps|probably|possibly|may|might|often|sometimes|usually|most|only|important|famous)\b/iu;

const MIN_WORDS = 5;
const MAX_WORDS = 22;

/**
 * The name, its key and the key's words the sentence says verbatim (`span`: the checks find it
 * there, `answer-not-in-source`), or undefined.
 */
function knownAs(text: string): { name: string; key: string; span: string } | undefined {
	const clause = text.replace(/[.!]$/u, '');
	const members = MEMBERS.exec(clause);
	if (members) {
		const [, a, kind, name, list] = members;
		if (!/\p{Lu}/u.test(list)) return undefined;
		return { name, key: `${a} ${kind} of ${list}`, span: list };
	}
	const subject = SUBJECT.exec(clause);
	// "known as the Conflict of the Orders, …" read short leaves "of the Orders" as no verb.
	// "… known as Brown v. Board …" read short: an abbreviation is no verb.
	if (
		subject &&
		!NOT_VERB.test(subject[4].split(/\s+/u)[0]) &&
		!/^\p{L}{1,3}\.\s/u.test(subject[4])
	) {
		const [, a, kind, name, predicate] = subject;
		return { name, key: `${a} ${kind} that ${predicate}`, span: predicate };
	}
	const setting = SETTING.exec(clause);
	if (setting) {
		const [, a, kind, name, happened] = setting;
		return { name, key: `${a} ${kind} in which ${happened}`, span: happened };
	}
	const front = FRONT.exec(clause);
	if (front) return { name: front[2], key: front[1], span: front[1] };
	return undefined;
}

/** The "known as" ideas of a handout, in reading order, at most one per sentence. */
export function knownAsIdeas(article: ArticleView): Idea[] {
	if (!isHandout(article)) return [];
	const title = fold(article.title);
	return article.sentences.slice(1).flatMap((sentence) => {
		const found = knownAs(sentence.text);
		if (!found) return [];
		const { name, key, span } = found;
		const bare = name.replace(/^the\s+/u, '');
		const folded = fold(bare);
		if (article.isPlace(bare) || article.subject.has(folded) || title.includes(folded)) return [];
		const count = key.split(/\s+/u).length;
		if (count < MIN_WORDS || count > MAX_WORDS || NOT_PLAIN.test(key) || /["“”()]/u.test(key))
			return [];
		if (/\b(?:the|a|an|of|and|or|to|in|on|at|by|for|with|from|that|which|who)$/iu.test(key))
			return [];
		if (givenAway(key, bare) || fold(key).includes(folded)) return [];
		const past = /\b(?:was|were|had|did|\p{Ll}{3,}ed|broke|began|won|formed)\b/u.test(
			sentence.text
		);
		return [
			{
				kind: 'term' as const,
				sentence,
				type: 'flashcard' as const,
				prompt: `What ${past ? 'was' : 'is'} ${name}?`,
				answer: capitalise(key),
				start: 0,
				span,
				context: `${capitalise(name)} ${past ? 'was' : 'is'} ${key}.`,
				weight: 0
			}
		];
	});
}
