import type { ArticleView, Idea } from './ideas';
import { fold } from './text';

/**
 * Cards drafted from a list item or a split sentence: no subject, a count noun opening a list
 * line, a passing year, a key copying a number slip, a key ending inside a list.
 *
 * The kinds blind review U22 (`questions/unseen/review-2026-12-31/`) failed with both reviewers
 * (gen19, issue 12), each as a general rule for every idea kind. Pure.
 */

/** Determiners and possessives that name nothing alone. */
const DETERMINER = /^(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your)$/iu;

/**
 * True when a question asks of nobody: "Who is?", "What was the?", "Where was born?" (S41: the
 * sentence split after "Inc." left "(AMI), is an American publisher …" with no subject). A
 * "Who/What is …?" prompt must name a noun phrase; a "Where/When/In what year … ?" prompt a
 * subject and a verb.
 */
export function subjectMissing(prompt: string): boolean {
	const what = /^(?:Who|What)\s+(?:is|was|are|were)\b(.*)\?$/u.exec(prompt.trim());
	if (what) {
		const words = what[1].match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
		return words.every((w) => DETERMINER.test(w));
	}
	const other =
		/^(?:Where|When|In what year|Who)\s+(?:is|was|are|were|did|does|do|has|had)\b(.*)\?$/u.exec(
			prompt.trim()
		);
	if (other) return (other[1].match(/[\p{L}\p{N}]+/gu) ?? []).length < 2;
	// A prompt that opens on punctuation ("(AMI), is …") lost what came before it.
	return /^[(),;:]/u.test(prompt.trim());
}

/**
 * True when a definition card asks a bare common noun written without its determiner: "Vessel is a
 * small trap from which liquids are manually drained" (S24, S58) is item 4 of a checklist of
 * conditions, not what a vessel is. A count noun the article writes elsewhere with "a"/"an" or
 * in the plural, opening its sentence with no determiner, marks a list item or a heading's line;
 * a mass noun ("Photosynthesis is …") and the article's own subject ("Fire is …" in "Fire")
 * keep their definitions.
 */
export function bareCountNoun(idea: Idea, article: ArticleView): boolean {
	// "What is vessel?": the card itself asks the bare noun; "What is a fire?" in "Fire" is the
	// subject's own definition.
	if (!/^What\s+(?:is|was)\s+(?!(?:a|an|the)\s)/u.test(idea.prompt)) return false;
	const m = /^(\p{Lu}\p{Ll}+)\s+(?:is|was)\s/u.exec(idea.sentence.text);
	if (!m) return false;
	const word = m[1].toLowerCase();
	if (!article.isCommon(word) || article.subject.has(word) || fold(article.title) === word)
		return false;
	const counted = new RegExp(String.raw`\b(?:an?\s+${word}|${word}s)\b`, 'iu');
	return article.sentences.some((s) => counted.test(s.text));
}

/** Verbs of a passing performance, appearance or airing: trivia in a career or a series. */
const PASSING_EVENT =
	/\b(?:performed|performs|perform|appeared|appears|appear|played\s+(?:at|in)|play\s+(?:at|in)|toured|tour|headlined|headline|broadcast|aired|air|guest[- ]starred)\b/u;

/**
 * True when a year is asked of a performance, an appearance, a gig or a broadcast: "In 2012,
 * Kool Keith performed at the Gathering of the Juggalos" (S56, one event of a career's list) and
 * "In what year was 'Beware the Green-Eyed Monster' first broadcast?" (S52): a date no teacher
 * tests.
 */
export function passingYear(idea: Idea): boolean {
	const asksYear =
		/\byear\b/u.test(idea.prompt) ||
		/^(?:1\d{3}|20\d{2})$/u.test(idea.answer.trim()) ||
		(idea.type === 'truefalse' && /\b(?:1\d{3}|20\d{2})\b/u.test(idea.prompt));
	return asksYear && PASSING_EVENT.test(idea.prompt);
}

/** A plural of a person or agent: "founders", "members", "scientists", "musicians". */
const AGENT_PLURAL = /^\p{Ll}+(?:ers|ors|ists|ians|ants|ents|ees)$/u;

/**
 * True when a key copies a slip of grammar: "a founders of the Santa Fe Institute" (S06), a
 * singular article before a plural agent noun.
 */
export function numberSlip(key: string): boolean {
	return [...key.matchAll(/\b(?:a|an|A|An)\s+(\p{L}+)/gu)].some((m) => AGENT_PLURAL.test(m[1]));
}

/**
 * True when a key stops inside a list its sentence goes on with: "… known for its musical guests,
 * especially folk and traditional musicians, tongue-in-cheek radio drama" when the sentence adds
 * ", and relaxed humor" (S15): the key leaves out the list's last item.
 */
export function endsInsideList(idea: Idea): boolean {
	const key = idea.answer.trim().replace(/[.;]$/u, '');
	if (!key.includes(',')) return false;
	const tail = key.split(/,\s*/u).at(-1)!.toLowerCase();
	if (tail.length < 3) return false;
	const text = idea.sentence.text.toLowerCase();
	const at = text.indexOf(tail);
	if (at < 0) return false;
	return /^,?\s+(?:and|or)\s/u.test(text.slice(at + tail.length));
}

/** True when an idea fails one of U22's kinds. */
export function listSlipRefuses(idea: Idea, article: ArticleView): boolean {
	return (
		subjectMissing(idea.prompt) ||
		bareCountNoun(idea, article) ||
		passingYear(idea) ||
		numberSlip(idea.answer) ||
		endsInsideList(idea)
	);
}
