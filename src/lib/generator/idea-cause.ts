import type { ArticleView, Idea } from './ideas';
import { capitalise, subjectName, subjectText } from './idea-text';
import { pointsIntoArticle } from './standalone';
import { wholeKey } from './idea-key';
import { words, type Sentence } from './text';

/**
 * Kind 3, cause and effect on the subject or a key term: "What is the most common cause of
 * rickets?" → "Vitamin D deficiency"; "What causes Rift Valley fever?" → "The RVF virus";
 * "What did Lister's work lead to?" → "A reduction in post-operative infections". Why things
 * happen is what a teacher of any subject asks after what they are (issue 9 item 11: causes,
 * motives). Asked as flashcards: a cause is a phrase a student says in their own words.
 */

/** Longest cause or effect kept as a card's answer, in words. */
export const MAX_ANSWER_WORDS = 34;

/** "The most common cause (of X) is Y." */
const CAUSE_IS =
	/^The\s+((?:most common|main|primary|principal|leading|usual|underlying|commonest)\s+)?causes?(?:\s+of\s+([^,]{3,60}?))?\s+(is|was|are|were)\s+(.+)$/u;

/** "X is (usually) caused / transmitted / spread by Y." */
const BY =
	/^(.{3,70}?)\s+(is|are|was|were)\s+(?:(mainly|mostly|usually|often|generally|primarily|typically|chiefly)\s+)?(caused|transmitted|spread|carried)\s+(?:(mainly|mostly|primarily)\s+)?by\s+(.+)$/u;

/** "X led to Y", "X results in Y". */
const LEADS =
	/^(.{3,70}?)\s+(led to|leads to|lead to|resulted in|results in|result in|caused|causes|contributed to|contributes to|gave rise to|gives rise to)\s+(.+)$/u;

/** Each effect verb as a question asks it: its auxiliary and base form ("led to" → did, lead to). */
const EFFECT_VERBS: readonly (readonly [verb: string, aux: string, base: string])[] = [
	['led to', 'did', 'lead to'],
	['leads to', 'does', 'lead to'],
	['lead to', 'do', 'lead to'],
	['resulted in', 'did', 'result in'],
	['results in', 'does', 'result in'],
	['result in', 'do', 'result in'],
	['caused', 'did', 'cause'],
	['causes', 'does', 'cause'],
	['contributed to', 'did', 'contribute to'],
	['contributes to', 'does', 'contribute to'],
	['gave rise to', 'did', 'give rise to'],
	['gives rise to', 'does', 'give rise to']
];

/** "What did the vaccine lead to?" for the effect verb `verb` of `x`. */
function effectQuestion(verb: string, x: string): string {
	const [, aux, base] = EFFECT_VERBS.find(([v]) => v === verb)!;
	return `What ${aux} ${x} ${base}?`;
}

/** Words a cause's subject phrase never holds: a verb or a clause makes it no noun phrase. */
const NOT_A_NOUN_PHRASE =
	/[,;:]|\b(?:may|can|could|might|must|would|will|should|is|are|was|were|be|been|has|have|had|that|which|who|also)\b/u;

/**
 * A cause or an effect as a key: before a relative clause or a parenthesis that only adds to
 * it ("the RVF virus, which is of the Phlebovirus type"), then in whole units (`wholeKey`: a
 * list up to its last item), at most `MAX_ANSWER_WORDS` words, else none.
 */
export function causeKey(rest: string): string | undefined {
	// "… and made surgery safer", ", distinguishing him as …": a second predicate.
	const head = rest.split(
		/,\s+(?:which|who|whose|distinguishing|making|giving)\b|\s+\(|;|\s+and\s+(?=(?:\p{Ll}+ed|made|gave|took|became|brought|won|led)\b)/u
	)[0];
	const one = /^\s*([\p{L}-]+)[.!]?\s*$/u.exec(head)?.[1];
	return one ?? wholeKey(head, MAX_ANSWER_WORDS);
}

/**
 * True when an answer names the subject ("Koch's research" → "Koch's postulates" leans on the
 * prompt); the subject's acronym inside a name is no such lean ("the RVF virus").
 */
function leansOnSubject(answer: string, article: ArticleView): boolean {
	const plain = answer.replace(/\b\p{Lu}{2,}\b/gu, '');
	return words(plain).some((w) => article.subject.has(w));
}

/** True when a phrase names the subject, is a noun phrase and leans on nothing before it. */
function named(phrase: string, article: ArticleView): boolean {
	// "Psychological hedonism argues actions": a verb inside, no noun phrase.
	if (
		/\b(?:argues|says|states|claims|suggests|shows|means|holds|believes|thinks|notes)\b/u.test(
			phrase
		)
	)
		return false;
	if (NOT_A_NOUN_PHRASE.test(phrase) || phrase.split(/\s+/).length > 8) return false;
	if (
		pointsIntoArticle(phrase) ||
		/^(?:It|This|That|These|Those|They|He|She|Its|His|Her|Their|The\s+\p{Ll}+$)/u.test(phrase)
	)
		return false;
	return words(phrase).some((w) => article.subject.has(w));
}

/** The phrase as it reads inside a question: a common opening word lower-cased. */
function inQuestion(phrase: string, article: ArticleView): string {
	const [first, ...rest] = phrase.split(/\s+/);
	// "Rift Valley fever" is a name: its capitals stay, though "rift" is a common word.
	const name = rest.some((w) => /^\p{Lu}/u.test(w));
	return /^The$/u.test(first) || (article.isCommon(first) && !name)
		? phrase.charAt(0).toLowerCase() + phrase.slice(1)
		: phrase;
}

/**
 * "Symptoms include …", "Complications may include …", "Prevention includes …": what a
 * condition or a thing brings with it, in its lead (a medical or technical article lists its
 * effects there).
 */
const ASPECT =
	/^(Symptoms|Signs|Complications|Causes|Risk factors|Effects|Consequences|Prevention|Treatment)\s+(include|includes|may include|can include|involves?|consists? of)\s+(.+)$/u;

/** A list answer: the whole list, up to a semicolon or a parenthesis; undefined when long. */
function listOf(text: string): string | undefined {
	const list = text
		.replace(/[.!]$/u, '')
		.split(/;|\s+\(/u)[0]
		.trim();
	return list.split(/\s+/).length <= MAX_ANSWER_WORDS ? list : undefined;
}

/** The aspect question: "What are the symptoms of rickets?", "What does prevention of rickets include?". */
function aspectQuestion(aspect: string, verb: string, what: string): string {
	const noun = aspect.toLowerCase();
	if (/s$/u.test(noun))
		return verb.startsWith('may') || verb.startsWith('can')
			? `What are possible ${noun} of ${what}?`
			: `What are the ${noun} of ${what}?`;
	return `What does ${noun} of ${what} ${verb.startsWith('consist') ? 'consist of' : verb.startsWith('involve') ? 'involve' : 'include'}?`;
}

/** The cause-and-effect idea of one sentence, or undefined. */
export function causeIdea(sentence: Sentence, article: ArticleView): Idea | undefined {
	const text = subjectText(sentence, article);
	const idea = (prompt: string, answer: string | undefined): Idea | undefined =>
		// An answer naming the subject leans on the prompt ("Koch's research" → "Koch's postulates").
		answer && !pointsIntoArticle(answer) && !leansOnSubject(answer, article)
			? {
					kind: 'cause',
					sentence,
					type: 'flashcard',
					prompt,
					answer: capitalise(answer),
					span: answer.replace(/^By /u, ''),
					start: 0,
					weight: 2,
					context: text
				}
			: undefined;
	const aspect = ASPECT.exec(text);
	const what = subjectName(article);
	if (aspect && what && article.marks(sentence)?.lead && article.ref?.pronoun === 'it')
		return idea(aspectQuestion(aspect[1], aspect[2], what), listOf(aspect[3]));
	const cause = CAUSE_IS.exec(text);
	if (cause) {
		const [, adjective = '', of, verb, rest] = cause;
		const marks = article.marks(sentence);
		// "The most common cause is …" with no "of": of the subject, in its lead or its Cause section.
		const what =
			of && named(of, article)
				? inQuestion(of, article)
				: !of && (marks?.lead || /cause/iu.test(sentence.section)) && article.ref?.pronoun === 'it'
					? subjectName(article)
					: undefined;
		if (!what) return undefined;
		return idea(
			`What ${verb} the ${adjective}cause${verb === 'are' || verb === 'were' ? 's' : ''} of ${what}?`,
			causeKey(rest)
		);
	}
	const by = BY.exec(text);
	if (by && named(by[1], article)) {
		const [, x, verb, before, how, after, rest] = by;
		// "mainly caused by": the hedge stays in the question (U6 S04 dropped it).
		const hedge = before ?? after;
		const answer = causeKey(rest);
		const subject = inQuestion(x, article);
		if (how === 'caused')
			return idea(
				`What ${hedge ? `${hedge} ` : ''}${verb === 'is' || verb === 'are' ? 'causes' : 'caused'} ${subject}?`,
				answer
			);
		return idea(
			`How ${verb} ${subject} ${hedge ? `${hedge} ` : ''}${how}?`,
			answer && `By ${answer}`
		);
	}
	const leads = LEADS.exec(text);
	if (leads && named(leads[1], article) && !/\b(?:is|was|are|were)\s+a\b/u.test(leads[1])) {
		const [, x, verb, rest] = leads;
		return idea(effectQuestion(verb, inQuestion(x, article)), causeKey(rest));
	}
	return undefined;
}

/** Every cause-and-effect idea of the article (`causeIdea`), outside its aside sections. */
export function causeIdeas(article: ArticleView): Idea[] {
	return article.sentences
		.filter((s) => article.marks(s)?.score !== 0)
		.map((s) => causeIdea(s, article))
		.filter((i): i is Idea => i !== undefined);
}
