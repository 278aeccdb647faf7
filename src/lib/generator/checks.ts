import { acronymLine } from './idea-acronym';
import type { Candidate } from './candidates';
import type { Lexicon } from './facts';
import { sentenceKey } from './centrality';
import { afterArticle, approximateNumber, boundingDate, PRECISION_CHECKS } from './precision';
import { pointsIntoArticle, pronounBeforeName, stripLeadIn, undatedTime } from './standalone';
import { balanceQuotes, findWhole, fold, words } from './text';

/**
 * The automatic checks, one function per rule of issue 9 and the review rubric. Each returns
 * true when the candidate breaks its rule; `checkCandidate` names the first rule broken, and
 * `npm run questions` prints how many candidates each rule rejected.
 */

function containsWord(hay: string, needle: string): boolean {
	const h = ` ${fold(hay)} `;
	const n = fold(needle);
	return n.length > 0 && h.includes(` ${n} `);
}

/** An office before the blank ("Serbian President ____") names the person asked for. */
const TITLE_BEFORE_BLANK =
	/\b(?:President|Minister|Premier|General|Secretary|Ambassador|Commander|Chancellor|King|Queen|Pope|Dr\.|Mr\.|Mrs\.|Ms\.|leader|spokesperson|spokesman|Sultan|Patriarch|Mufti)\s+____/u;

/** A title before the blank or an acronym after it names the answer. */
export function titleBesideBlank(prompt: string): boolean {
	return TITLE_BEFORE_BLANK.test(prompt) || acronymAfterBlank(prompt);
}

/** A capitalised word inside the prompt right before a blank for a name: a first name or a title. */
export function nameBeforeBlank(prompt: string): boolean {
	return (
		/\S\s+[\p{Lu}][\p{L}’'.-]*\s+____/u.test(prompt) ||
		// "Elizabeth ____ (1836–1917)": a first name opening the prompt, not a function word.
		/^(?!(?:As|In|On|At|When|While|After|Before|By|For|From|With|The|A|An|If|Since|Until|Although|Though|Because|Despite|During|Under|Over|Like|Unlike|Once|Then|Only|Even)\s)[\p{Lu}][\p{L}’'.-]*\s+____/u.test(
			prompt
		) ||
		/\b(?:de|da|del|von|van|al|bin|ibn)\s+____/u.test(prompt)
	);
}

/** "the ____ (KFOR)": the initials spell the answer. */
export function acronymAfterBlank(prompt: string): boolean {
	return /____\s*\(\s*[\p{Lu}\d]{2,}\s*\)/u.test(prompt);
}

/** A blank inside a list of names ("Serbia, ____ and Greece"): the others narrow it to one. */
export function blankInList(prompt: string): boolean {
	return /(?:[\p{Lu}][\p{L}’'-]*,\s+____|____,\s+[\p{Lu}]|[\p{Lu}][\p{L}’'-]*,?\s+(?:and|or)\s+____|____\s+(?:and|or)\s+[\p{Lu}])/u.test(
		prompt
	);
}

const SOCIAL =
	/\b(?:tweet(?:ed|s)?|posted|post on|social media|Twitter|Facebook|Instagram|TikTok|Telegram|X user|on X\b|users?\b.*\bclaimed|anonymous)\b/i;
const COMMENTATOR =
	/\b(?:analyst|expert|professor|researcher|fellow|journalist|commentator|columnist|editor|author|scholar|observer|think tank|director of)\b/i;
const SPEECH =
	/^\s*(?:,[^,]{0,60},\s*)?(?:said|says|wrote|told|added|noted|argued|explained|stated|claimed|warned|believes|quipped|remarked|commented|reported|went as far as|went on to|insisted|stressed|declared)\b/;

/** Who said or reported it, a commentator, a social-media claim, the year of one contract. */
export function isTrivia(candidate: Candidate): boolean {
	const { fact } = candidate;
	const text = fact.sentence.text;
	if (SOCIAL.test(text)) return true;
	if (fact.kind === 'person' || fact.kind === 'role') {
		if (fact.start < 0) return true;
		const after = text.slice(fact.start + fact.answer.length);
		const before = text.slice(0, fact.start);
		// A deed card asks who wrote a work, never who wrote that something is so (`idea-deed.ts`).
		const speech = fact.fine !== 'idea:deed' && SPEECH.test(after);
		if (speech || /(?:said|according to|told|wrote|says)\s+$/i.test(before)) return true;
		if (COMMENTATOR.test(text)) return true;
	}
	if ((NUMERIC.includes(fact.kind) || fact.kind === 'org') && ONE_DEAL.test(text)) return true;
	// A year or date in parentheses ("Edmund (1840)", "(9 June 1836 – 1917)", "(GATT 1994)"):
	// birth dates and labels, not the point of the sentence.
	if ((fact.kind === 'year' || fact.kind === 'date') && insideParentheses(text, fact.start))
		return true;
	// A name in parentheses ("Louisa (born Dunnell; 1813–1903)"): a maiden name, an alias.
	if ((fact.kind === 'person' || fact.kind === 'role') && insideParentheses(text, fact.start))
		return true;
	return false;
}

/**
 * The first person a sentence names is a passer-by of its article (`centrality.ts`): whatever
 * is asked of the sentence (a year, a town), it is about someone the article barely follows.
 */
export function aboutPasserBy(c: Candidate, lexicon: Lexicon): boolean {
	if (!lexicon.passersBy.size) return false;
	const text = c.fact.sentence.text;
	let first: { at: number; identity: string } | undefined;
	for (const person of lexicon.people.values())
		for (const form of [...person.forms, person.surname]) {
			const at = findWhole(text, form);
			if (at >= 0 && (!first || at < first.at)) first = { at, identity: person.identity };
		}
	return first !== undefined && lexicon.passersBy.has(`${c.fact.sentence.doc}|${first.identity}`);
}

/** True when `at` lies inside an open parenthesis of `text`. */
function insideParentheses(text: string, at: number): boolean {
	const before = text.slice(0, at);
	return (before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length;
}

/**
 * The date, sum or buyer of one business deal (a contract, a concession, a tender, a privatisation):
 * a blind review (2026-12-01) found these trivia, not what a teacher would ask.
 */
const ONE_DEAL =
	/\b(?:contracts?|concessions?|tenders?|privati[sz](?:ation|ed)|consortium|licen[cs]es?|terminal)\b/i;

/**
 * A typed answer (fill the blank, short answer) that is a word or phrase inside someone's
 * quotation ("Osmani called it “shameful”"): typing it back tests who said which word, and a
 * synonym is as right (blind review, 2026-12-01). A choice or a flashcard on the same idea is
 * fair. Quotation marks are typographic or straight; the answer must lie inside a pair.
 */
export function answerInQuotation(candidate: Candidate): boolean {
	const { fact } = candidate;
	if (fact.start < 0) return false;
	if (candidate.question.type !== 'cloze' && candidate.question.type !== 'short') return false;
	const before = fact.sentence.text.slice(0, fact.start);
	const opened = (before.match(/[“]/gu) ?? []).length - (before.match(/[”]/gu) ?? []).length;
	const straight = (before.match(/"/g) ?? []).length % 2 === 1;
	return opened > 0 || straight;
}

/** Distractors: three distinct, none the answer or an alias of it, none sharing its words. */
export function badDistractors(candidate: Candidate, lexicon: Lexicon): boolean {
	const { question, fact, distractors } = candidate;
	if (question.type !== 'mcq' && question.type !== 'truefalse') return false;
	if (question.type === 'mcq' && distractors.length !== 3) return true;
	const seen = new Set<string>([fold(fact.answer)]);
	for (const value of distractors) {
		const key = fold(value);
		if (!key || seen.has(key)) return true;
		seen.add(key);
		if (lexicon.personByAlias.get(key) === fact.identity && fact.fine === 'person') return true;
		if (
			!['number', 'year', 'date'].includes(fact.kind) &&
			words(value).some((w) => w.length > 3 && words(fact.answer).includes(w))
		)
			return true;
	}
	return false;
}

/** Offered as wrong but stated in the very sentence: true according to the corpus. */
export function distractorInSentence(candidate: Candidate): boolean {
	const quote = candidate.question.source.quote;
	return candidate.distractors.some((value) => containsWord(quote, value));
}

/** A blank that breaks the sentence, too little context, or a fragment cited as a sentence. */
export function brokenGrammar(candidate: Candidate): boolean {
	const { question } = candidate;
	const quote = question.source.quote;
	const prompt = question.prompt;
	if (prompt.includes('____')) {
		if (/\b(a|an)\s+____/i.test(prompt)) return true;
		if (/____[\p{L}\p{N}]/u.test(prompt) || /[\p{L}\p{N}]____/u.test(prompt)) return true;
		// "Miller–____": the other half of a compound names the answer.
		if (/[\p{L}][–-]____|____[–-][\p{L}]/u.test(prompt)) return true;
		const context = prompt
			.replace('____', '')
			.split(/\s+/)
			.filter((w) => /\p{L}/u.test(w));
		if (context.length < 6) return true;
	}
	// A key-term list's entry is a line, not a sentence: it needs no full stop ("Trade union: an
	// organisation of workers …", an outsider's handout, issue 12).
	// So is a word equation (`idea-word-equation.ts`, gen87).
	// So is a notes line glossing an acronym ("NSI – normative social influence", gen90).
	const listed =
		candidate.fact.fine === 'idea:glossary' ||
		candidate.fact.fine === 'idea:equation' ||
		acronymLine(quote);
	const ended = /[.!?”"’)]$/.test(quote) || listed;
	// … and may open on its term in lower case, as the body writes it ("cetaceans — the group of
	// mammals that …", gen66).
	return !ended || (!listed && !/^[\p{Lu}\d“"‘(]/u.test(quote));
}

/** The answer (for a quote, a name of the speaker) must be in the cited sentence. */
export function answerNotInSource(candidate: Candidate): boolean {
	const { question, fact } = candidate;
	const forms = fact.kind === 'quote' ? [fact.answer, ...fact.accept] : [fact.answer];
	return !forms.some((form) => findWhole(question.source.quote, form) >= 0);
}

/** The prompt names the answer or one of its aliases. */
export function leaksAnswer(candidate: Candidate): boolean {
	const { question } = candidate;
	if (question.type === 'truefalse') return false;
	const aliases = [question.answer, ...(question.accept ?? [])];
	return aliases.some((alias) => containsWord(question.prompt.replace('____', ' '), alias));
}

/**
 * Most words a prompt may have: 55; 30 for a statement or a sentence with a blank (typed or
 * with choices), which lift one sentence whole. Blind review B2 (2026-12-01) failed every lifted sentence past 35 words: a
 * long one carries the article's unresolved context and its grammar slips with it.
 */
export const MAX_PROMPT_WORDS = 55;
export const MAX_LIFTED_WORDS = 30;

/** Too long to read as one question. */
export function overlong(candidate: Candidate): boolean {
	const { prompt, type } = candidate.question;
	const lifted = type === 'truefalse' || prompt.includes('____');
	const limit = lifted ? MAX_LIFTED_WORDS : MAX_PROMPT_WORDS;
	return prompt.split(/\s+/).length > limit;
}

type Check = (candidate: Candidate, lexicon: Lexicon) => boolean;

const NUMERIC = ['year', 'number', 'date'];

/**
 * True when the prompt is the cited sentence itself (a blank, a statement, a stem), so what the
 * sentence leans on is in front of the student; a card asking a name's role carries none of it.
 */
export function promptCarriesSentence(c: Candidate): boolean {
	const answer = new Set(words(c.fact.answer));
	const sentence = words(stripLeadIn(c.fact.sentence.text)).filter((w) => !answer.has(w));
	const prompt = ` ${words(c.question.prompt).join(' ')} `;
	// Any four words running together in both: the prompt lifts the sentence.
	for (let i = 0; i + 4 <= sentence.length; i++)
		if (prompt.includes(` ${sentence.slice(i, i + 4).join(' ')} `)) return true;
	return false;
}

/** A sentence inside someone's quotation, or a prompt leaning on the article around it. */
function pointsOut(c: Candidate): boolean {
	const text = c.fact.sentence.text;
	// A sentence whose "it"/"she" the prompt names (`coreference.ts`) is checked as the prompt reads.
	const lifted = stripLeadIn(c.context ?? text);
	return (
		pointsIntoArticle(c.question.prompt) ||
		(promptCarriesSentence(c) &&
			(pronounBeforeName(lifted) ||
				// An attribution put before the sentence ("According to …, it remained …") hides
				// its opening from the prompt check.
				pointsIntoArticle(lifted))) ||
		/^[“"‘]/u.test(text) ||
		balanceQuotes(text) !== text ||
		c.fact.sentence.quoted === true ||
		// The answer of a subject's definition card is the opening sentence's own predicate.
		(c.question.type === 'flashcard' &&
			c.fact.kind !== 'definition' &&
			pointsIntoArticle(c.question.answer))
	);
}

/**
 * A key or prompt that speaks to the reader ("The first time you meet a pathogen, your
 * lymphocytes …"; a true-or-false "What matters for you is that in 1863 Denmark …"): a handout's
 * aside to its class, no fact to recall (gen28 keys, gen30 prompts: the long handouts h33, h34).
 */
export function addressesReader(candidate: Candidate): boolean {
	const { prompt, answer } = candidate.question;
	return [prompt, answer].some(
		(text) => typeof text === 'string' && /\b(?:you|your|yours|yourself|yourselves)\b/iu.test(text)
	);
}

/** Every automatic check, in the order they run, by the name the report prints. */
export const CHECKS = [
	['answer-not-in-source', answerNotInSource],
	// Capitals the document never writes in its case: asked, they shout (`case.ts`, U27).
	['shouted', (c: Candidate) => c.fact.sentence.shouted === true],
	['addresses-reader', addressesReader],
	['prompt-leaks-answer', leaksAnswer],
	[
		'title-or-acronym-beside-blank',
		(c: Candidate) =>
			titleBesideBlank(c.question.prompt) ||
			(!NUMERIC.includes(c.fact.kind) && nameBeforeBlank(c.question.prompt))
	],
	[
		'blank-in-list',
		(c: Candidate) => !NUMERIC.includes(c.fact.kind) && blankInList(c.question.prompt)
	],
	['points-into-article', pointsOut],
	['undated-time', (c: Candidate) => undatedTime(c.question.prompt)],
	['trivia', isTrivia],
	[
		'aside-of-long-article',
		(c: Candidate, lexicon: Lexicon) =>
			lexicon.peripheral.has(sentenceKey(c.fact.sentence)) ||
			((c.fact.kind === 'person' || c.fact.kind === 'role') &&
				lexicon.passersBy.has(`${c.fact.sentence.doc}|${c.fact.identity}`)) ||
			aboutPasserBy(c, lexicon)
	],
	['answer-in-quotation', answerInQuotation],
	['approximate-number', approximateNumber],
	['bounding-date', boundingDate],
	['after-article-date', afterArticle],
	['bad-distractors', badDistractors],
	['distractor-true-in-corpus', distractorInSentence],
	['broken-grammar', brokenGrammar],
	['overlong', overlong],
	...PRECISION_CHECKS
] as const satisfies readonly (readonly [string, Check])[];

export type RejectReason = (typeof CHECKS)[number][0] | 'near-duplicate' | 'identical-prompt';

/** The first rule the candidate breaks, or undefined when it passes every check. */
export function checkCandidate(
	candidate: Candidate,
	lexicon: Lexicon,
	skip: ReadonlySet<string> = new Set()
): RejectReason | undefined {
	for (const [name, check] of CHECKS)
		if (!skip.has(name) && (check as Check)(candidate, lexicon)) return name;
	return undefined;
}
