import nlp from 'compromise';
import type { ArticleView, Idea } from './ideas';
import { CONNECTIVE, POINTER } from './idea-this-called';
import { isHandout } from './handout';
import { hasDayWithoutYear, hasDeicticTime, needsAsOf, pointsIntoArticle } from './standalone';
import { words, type Sentence } from './text';
import { sourceSays } from './document-frame';
import { labelSubject, uncompared, vagueReason } from './why-shape';

/**
 * A handout's one-sentence reason, asked "Why …?" (gen53, issue 12's recall: "because" clauses
 * held more of the zero-draft handouts' main content than any other shape gen48 counted):
 * "Mars is known as the Red Planet because iron oxide colours its dusty surface." → "Why is
 * Mars known as the Red Planet?" → "Because iron oxide colours its dusty surface."; "Insulin
 * cannot be taken as a tablet, because it is a protein and would be digested." → "Why can
 * insulin not be taken as a tablet?". Strict, because blind reviewers accepted 0 of 2 open
 * cause questions (U1–U8, "many answers"): only in a handout (`isHandout`); only a main clause
 * whose verb group starts with a form of "be", a modal or "do"/"have" (inverted as written, so
 * no verb is re-made by rule); one reason (no "partly", "mainly", "simply", no second
 * "because", no ", but …", "whereas", no list of reasons joined by ", and"); a subject named
 * in full (no pronoun, connective, "such", "some", pointer or undated time) that the question
 * can stand on: it names a proper name or a word of the handout's title, so "Running costs
 * are very low" (of what?) is not asked. Pure.
 */

/** "<main clause>[,] because <reason>." */
const BECAUSE = /^(?<main>[^;:()"“”]{6,150}?),?\s+because\s+(?<reason>[^;:()]{8,170})\.$/u;

/** "<subject> <aux> <rest>": a verb group that opens on a form of "be", a modal, "do" or "have". */
const AUX_CLAUSE =
	/^(?<subject>[^,]{2,70}?)\s+(?<aux>is|are|was|were|can|could|cannot|must|will|would|should|does|do|did|has|have|had)(?<neg>\s+not|n['’]t)?\s+(?<rest>[^,]{3,110})$/u;

/** Words that make the reason one of several, someone's guess, or a side remark. */
const HEDGE =
	/\b(?:partly|partially|in part|mainly|largely|mostly|chiefly|simply|probably|perhaps|possibly|likely|sometimes|seems?|seemed|may|might|argued?|claimed?|believed|thought|suggested|also|another|other reasons?|not because)\b/iu;

/** A reason that goes on to a second reason or a contrast. */
const SECOND =
	/\bbecause\b|,\s*(?:and|but|which|so|while|though|although|whereas|yet)\b|\bwhereas\b|\bbut\b|\s[–—]\s/iu;

/** A subject a student cannot read alone: a quantifier, "such", a generic "people" word. */
const LOOSE_SUBJECT =
	/^(?:Such|Some|Many|Several|Other|Others|Both|Each|Either|Neither|All|Few|No|One|Here|There|What|Which|When|Where|If|As|In|On|At|By|For|From|With|After|Before|During|Since|Until|Although|Though|While|Because|Once|Today|Now|Yet|Only|Even)\b/u;

/** Inverted auxiliaries: "cannot" asks "can … not". */
const AUX_ASKED: Record<string, string> = { cannot: 'can' };

/** Most words a reason may have: a student gives it back in one breath. */
const MAX_REASON_WORDS = 24;

/** The content words of a phrase (four letters or more, not digits), folded. */
function contentWords(phrase: string): string[] {
	return words(phrase).filter((w) => w.length >= 4 && !/^\d+$/u.test(w));
}

/** True when two words share a stem of five letters (tax/taxes by four: "taxes", "taxation"). */
function sameStem(a: string, b: string): boolean {
	const n = Math.min(5, a.length, b.length);
	return n >= 4 && a.slice(0, n) === b.slice(0, n);
}

/**
 * True when the question names its frame: a proper name (a capitalised word past the first,
 * or a first word the handout never writes in lower case), a word of the title, or a subject
 * whose head noun is one of the handout's topics (`TOPIC_SENTENCES`).
 */
function framed(question: string, subject: string, article: ArticleView): boolean {
	const tokens = question.split(/\s+/u);
	const proper = tokens.some((t, i) => {
		const w = t.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
		if (!/^\p{Lu}/u.test(w)) return false;
		return i > 0 || article.isPerson(w) || article.isPlace(w);
	});
	if (proper) return true;
	const title = contentWords(article.title);
	if (contentWords(question).some((w) => title.some((t) => sameStem(w, t)))) return true;
	// The subject's head is a word the handout keeps returning to ("insulin" in a diabetes
	// handout): a topic, not a passing "running costs".
	const head = contentWords(subject).at(-1);
	if (!head || GENERIC.test(head)) return false;
	const uses = article.sentences.filter((s) => words(s.text).includes(head)).length;
	return uses >= TOPIC_SENTENCES;
}

/** Heads too general to be a topic however often a handout says them. */
const GENERIC =
	/^(?:people|persons?|thing|things|ways?|parts?|times?|years?|places?|areas?|numbers?|groups?|others?|kinds?|types?|members?|cases?|lots?)$/u;

/** Sentences naming a word at or above which it is one of the handout's topics. */
const TOPIC_SENTENCES = 5;

/** A main clause split for asking: its subject, the inverted auxiliary and what follows it. */
interface Clause {
	subject: string;
	/** "was", "can", "does": the word the question puts before the subject. */
	aux: string;
	/** " not" when the clause is negative, else "". */
	neg: string;
	rest: string;
}

/**
 * The main clause with its auxiliary inverted as written ("Insulin cannot be taken" → "can",
 * "insulin", " not", "be taken"), or, for one simple verb compromise tags, "do"-support with the
 * verb's base form ("Sound waves travel faster" → "do", "sound waves", "", "travel faster").
 */
function splitClause(main: string): Clause | undefined {
	const aux = AUX_CLAUSE.exec(main);
	if (aux?.groups) {
		const { subject, rest } = aux.groups;
		const verb = aux.groups.aux;
		const neg = aux.groups.neg || verb === 'cannot' ? ' not' : '';
		// "had" and "has" ask only as auxiliaries ("had been", "has become").
		if (/^(?:has|have|had)$/u.test(verb) && !/^(?:been|\p{Ll}+(?:ed|en|wn|ght|ne))\b/u.test(rest))
			return undefined;
		// "do"/"did" without "not" is a main verb ("did the work").
		if (/^(?:does|do|did)$/u.test(verb) && !neg) return undefined;
		return { subject, aux: AUX_ASKED[verb] ?? verb, neg, rest };
	}
	return simpleClause(main);
}

/** "do"-support for a clause of one simple verb (`splitClause`). */
function simpleClause(main: string): Clause | undefined {
	if (main.includes(',')) return undefined;
	const verbs = nlp(main).verbs().json() as {
		text: string;
		verb?: { infinitive?: string; grammar?: { form?: string; tense?: string } };
	}[];
	// One verb only: "stand behind a screen or leave the room" is two deeds, and a second tag is
	// often a noun misread ("a screen").
	if (verbs.length !== 1) return undefined;
	const [v] = verbs;
	const form = v.verb?.grammar?.form;
	const infinitive = v.verb?.infinitive;
	if (!infinitive || (form !== 'simple-present' && form !== 'simple-past')) return undefined;
	// The verb is the group's last verb: "became more" is "became" and "more" stays after it
	// ("Why did the attack become more urgent?"; blind review H27 asked "became become").
	const group = v.text.split(/\s+/u);
	let last = group.length - 1;
	while (last > 0 && !nlp(group[last]).has('#Verb')) last--;
	const verb = group[last] ?? '';
	// The verb must be one word the sentence holds, after a subject: not "Sound" of "Sound travels".
	const at = main.search(new RegExp(`\\s${verb}\\b`, 'u'));
	if (at <= 0 || !/^\p{Ll}+$/u.test(verb) || !/^\p{Ll}+$/u.test(infinitive)) return undefined;
	const before = main.slice(0, at).trim();
	const after = main.slice(at + verb.length + 1).trim();
	// Adverbs before the verb ("often") go after the subject: "Why do X often …".
	const adverbs = group.slice(0, last).join(' ');
	// "became more": the tagger's verb group ends past the verb, which would be asked twice
	// ("Why did the attack became become urgent?", blind review H27): only adverbs go before it.
	if (adverbs && nlp(adverbs).has('#Verb')) return undefined;
	const subject =
		adverbs && before.endsWith(adverbs) ? before.slice(0, -adverbs.length).trim() : before;
	if (!subject || !after) return undefined;
	const aux =
		form === 'simple-past' ? 'did' : verb !== infinitive && /s$/u.test(verb) ? 'does' : 'do';
	return { subject, aux, neg: '', rest: [adverbs, infinitive, after].filter(Boolean).join(' ') };
}

/** A previous sentence with a second clause of its own: its "it" could mean either subject. */
const TWO_CLAUSES = /[;:]|,\s+(?:so|and|but|while|whereas|yet|which|where)\s|\s[–—]\s/u;

/**
 * What an opening "It" or "They" means, when the sentence before says it unambiguously (gen57,
 * issue 12: "Mangrove forests grow in … . They are mostly found between …, because they cannot
 * survive frost." gave nothing): the previous sentence of the same section opens on a noun phrase
 * of at most five words (its "(…)" aside left out) that is its subject, agrees in number ("They"
 * a plural, "It" a singular), names no person, and the sentence has no second clause that could
 * bring in another subject (`TWO_CLAUSES`). Undefined otherwise: the pronoun is then refused as
 * before. The antecedent as the previous sentence writes it ("Mangrove forests", "Scurvy").
 */
export function antecedent(sentence: Sentence, article: ArticleView): string | undefined {
	const pronoun = /^(It|They)\s/u.exec(sentence.text)?.[1];
	if (!pronoun) return undefined;
	// "It is a good idea to wait …", "It was clear that …": an "it" that stands for what follows.
	if (/^It\s+(?:is|was)\s+(?:\p{Ll}+\s+){0,3}(?:to|that)\s/u.test(sentence.text)) return undefined;
	const previous = article.sentences.find(
		(s) => s.doc === sentence.doc && s.index === sentence.index - 1
	);
	if (!previous || previous.section !== sentence.section) return undefined;
	const text = previous.text.replace(/\s*\([^()]*\)/gu, '').trim();
	if (TWO_CLAUSES.test(text)) return undefined;
	// An auxiliary within the first six words ends the subject ("Velm rot is …", where a tagger
	// reads "rot" as the verb); else the first verb the tagger finds ("Mangrove forests grow …").
	const aux =
		/^(?:\S+\s+){1,5}?(?=(?:is|are|was|were|has|have|had|can|could|will|would|must|should)\s)/u.exec(
			text
		);
	const verbs = aux ? [] : (nlp(text).verbs().json() as { text: string }[]);
	const first = verbs[0]?.text.split(/\s+/u)[0];
	const at = aux ? aux[0].length - 1 : first ? text.search(new RegExp(`\\s${first}\\b`, 'u')) : -1;
	if (at <= 0) return undefined;
	const subject = text.slice(0, at).trim();
	const count = subject.split(/\s+/u).length;
	if (count > 5 || !/^\p{Lu}/u.test(subject) || /[,;:"“”]/u.test(subject)) return undefined;
	if (CONNECTIVE.test(subject) || LOOSE_SUBJECT.test(subject) || POINTER.test(subject))
		return undefined;
	if (/^(?:the|a|an)\s+\p{Ll}+$/iu.test(subject) && pronoun === 'It') return undefined;
	if (subject.split(/\s+/u).some((w) => article.isPerson(w))) return undefined;
	const head = subject.split(/\s+/u).at(-1)!;
	const plural = /[^su]s$/u.test(head);
	return (pronoun === 'They') === plural ? subject : undefined;
}

/** The "Why …?" idea of one sentence, or undefined. */
export function whyIdea(sentence: Sentence, article: ArticleView): Idea | undefined {
	const meant = antecedent(sentence, article);
	const text = (
		meant ? sentence.text.trim().replace(/^(?:It|They)\s/u, `${meant} `) : sentence.text
	).trim();
	const m = BECAUSE.exec(text);
	if (!m?.groups) return undefined;
	const { main, reason } = m.groups;
	if (HEDGE.test(text) || SECOND.test(reason)) return undefined;
	if (reason.split(/\s+/u).length > MAX_REASON_WORDS) return undefined;
	// "because of this", "because these …": the reason points at another sentence.
	if (/\b(?:this|these|those|that\s+(?:is|was))\b/iu.test(reason)) return undefined;
	if (uncompared(main) || vagueReason(reason)) return undefined;
	const clause = splitClause(main);
	if (!clause) return undefined;
	const { subject, aux, neg, rest } = clause;
	if (
		labelSubject(subject) ||
		CONNECTIVE.test(subject) ||
		LOOSE_SUBJECT.test(subject) ||
		POINTER.test(subject)
	)
		return undefined;
	// "The Boss is suspicious", "the painting": a bare "the <noun>" points into the handout;
	// "you" and "we" address the class.
	if (/^the\s+\p{Ll}+$/iu.test(subject) || /^(?:you|we|i|one)\b/iu.test(subject)) return undefined;
	// "a good example", "add that …": a verdict on the text or a report, not a fact to recall.
	if (/\b(?:example|that|whether)\b/iu.test(rest)) return undefined;
	if (subject.split(/\s+/u).length > 8 || rest.split(/\s+/u).length > 16) return undefined;
	const asked = `${lowerFirst(subject, article)} ${rest}`;
	if (
		pointsIntoArticle(asked) ||
		POINTER.test(rest) ||
		needsAsOf(asked) ||
		hasDeicticTime(asked) ||
		hasDayWithoutYear(asked) ||
		hasDayWithoutYear(reason)
	)
		return undefined;
	const prompt = `Why ${aux} ${lowerFirst(subject, article)}${neg} ${rest}?`;
	if (!framed(asked, subject, article)) return undefined;
	// The question must not give the reason away: most of its content words are new.
	const promptWords = new Set(contentWords(prompt));
	const reasonWords = contentWords(reason);
	if (reasonWords.length === 0) return undefined;
	const given = reasonWords.filter((w) => promptWords.has(w)).length;
	if (given * 2 > reasonWords.length) return undefined;
	return {
		kind: 'cause',
		sentence,
		type: 'flashcard',
		prompt,
		answer: `Because ${reason}`,
		start: Math.max(0, sentence.text.indexOf(reason)),
		span: reason,
		context: text,
		...(meant && {
			explanation: `${sourceSays(article.doc.short)}: “${told(sentence, article)} ${sentence.text}”`
		}),
		weight: 0
	};
}

/** The sentence before `sentence` (`antecedent` found it). */
function told(sentence: Sentence, article: ArticleView): string {
	return article.sentences.find((s) => s.doc === sentence.doc && s.index === sentence.index - 1)!
		.text;
}

/** "The heart" → "the heart", "Gold alloys" → "gold alloys"; a name keeps its capital. */
function lowerFirst(phrase: string, article: ArticleView): string {
	const [first, second = ''] = phrase.split(/\s+/u);
	if (/^(?:The|A|An)$/u.test(first)) return phrase.charAt(0).toLowerCase() + phrase.slice(1);
	// "Stone Age people", "New Zealand farmers": a capital on the next word makes the two one
	// name (blind review H20 S41, all three: "Why did stone Age people …?").
	if (/^\p{Lu}/u.test(second)) return phrase;
	// A word the handout writes in lower case elsewhere is no name ("Vaccination", "Gases").
	if (
		first.length > 1 &&
		/^\p{Lu}\p{Ll}+$/u.test(first) &&
		(article.isCommon(first) || !nlp(first).has('#ProperNoun'))
	)
		return phrase.charAt(0).toLowerCase() + phrase.slice(1);
	return phrase;
}

/** A handout's one-sentence reasons, in reading order, one per sentence. */
export function whyIdeas(article: ArticleView): Idea[] {
	if (!isHandout(article)) return [];
	return article.sentences.flatMap((s) => whyIdea(s, article) ?? []);
}
