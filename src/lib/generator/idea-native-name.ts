import type { ArticleView, Idea } from './ideas';
import { POINTER } from './idea-this-called';
import { fold } from './text';
import { isHandout } from './handout';

/**
 * A handout gives a thing's name in another language: "… can cause a sudden glacial outburst
 * flood, known by its Icelandic name, jokulhlaup." → "What is the Icelandic name for a sudden
 * glacial outburst flood?" → "jokulhlaup"; "the principle of retaliation, often known by its Latin
 * name lex talionis" → "What is the Latin name for the principle of retaliation?" (gen48, issue
 * 12: the outsider teacher's Iceland page gave no question on it). Only in a handout
 * (`isHandout`); the thing a lower-case phrase of three to six words with its article (a bare
 * "a flood" has many names), pointing nowhere; the name one to three words, not the title's.
 * Pure.
 */
const NATIVE_NAME =
	/\b(an?|the)\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,4}\p{Ll}[\p{Ll}-]*),\s+(?:often\s+|usually\s+|also\s+)?known\s+by\s+its\s+(\p{Lu}\p{Ll}+)\s+name,?\s+\*{0,2}(\p{L}[\p{L}’'-]*(?:\s+\p{Ll}[\p{L}’'-]*){0,2})\*{0,2}(?=[.,;]|$)/u;

/** The "known by its Latin name" ideas of a handout, in reading order. */
export function nativeNameIdeas(article: ArticleView): Idea[] {
	if (!isHandout(article)) return [];
	const title = fold(article.title);
	return article.sentences.flatMap((sentence) => {
		const m = NATIVE_NAME.exec(sentence.text);
		if (!m) return [];
		const [, determiner, thing, language, name] = m;
		const described = `${determiner.toLowerCase()} ${thing}`;
		if (POINTER.test(described) || title.includes(fold(name))) return [];
		return [
			{
				kind: 'term' as const,
				sentence,
				type: 'flashcard' as const,
				prompt: `What is the ${language} name for ${described}?`,
				answer: name,
				start: sentence.text.indexOf(name),
				span: name,
				context: `The ${language} name for ${described} is ${name}.`,
				weight: 0
			}
		];
	});
}
