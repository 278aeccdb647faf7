import nlp from 'compromise';
import { refusedYearBlank } from './truth-refusals';
import type { ArticleView, Idea } from './ideas';
import { articlePeople } from './idea-deed';
import { lifeName } from './life-name';
import { previousMeans, type Antecedent } from './pronoun-antecedent';
import { unexplainedAcronym } from './idea-faith';
import { firstRank, spreadRanks } from './idea-spread';
import { subjectText } from './idea-text';
import { RANKED_PROMPT, eraCue, yearQuestion } from './idea-year';
import { yearBlank } from './year-blank';
import { fold, words, type Sentence } from './text';
import { isHandout } from './handout';

/**
 * Kind 11 (gen18, issue 12: a teacher's documents are about events their lead does not name):
 * the year of an event the BODY tells of a named doer, as a blank with spread choices: "On 5 June
 * 1799 he sailed from La Coruña with the French botanist Aimé Bonpland, carrying …" → "In ____,
 * Alexander von Humboldt sailed from La Coruña with the French botanist Aimé Bonpland."; "When
 * German troops entered neutral Belgium, Britain declared war on Germany on 4 August 1914" is
 * not asked (a fronted "When" clause), but "Britain declared war on Germany on 4 August 1914"
 * is. Only an event a teacher tests: a verb of a voyage, a discovery, a founding, a war, a
 * treaty, an office or a life's milestone (`EVENT`), never a prize, a contract or a release
 * (U21's trivia years), never a ranking ("the first woman …"), and only when the sentence dates
 * one year. The doer is a person named by two words or more, the document's own subject (its
 * "he" or "she" in a life), a place or country the text names, or a named body ("The Radium
 * Institute"). Pure.
 */

/** Verbs of an event a teacher asks the year of (past tense, passive or active). */
const EVENT =
	'sailed|set\\s+sail|set\\s+out|left|arrived|returned|reached|climbed|attempted\\s+to\\s+climb|explored|discovered|invented|founded|co-founded|established|signed|published|died|was\\s+born|married|moved\\s+to|entered|enrolled|led|launched|began|opened|isolated|announced|developed|built|designed|proposed|suggested|introduced|declared|annexed|joined|invaded|defeated|captured|conquered|surrendered|abdicated|was\\s+(?:founded|established|signed|built|opened|created|killed|assassinated|shot|crowned|discovered|invented|launched|abolished|ratified|passed|enacted)|were\\s+(?:founded|signed|built|discovered|defeated)';

/** Objects that make the year trivia (U21: a prize's year, a game's release, a contract). */
const TRIVIA =
	/\b(?:contract|game|album|single|episode|season|award|prize|medal|record|deal|sponsor\w*|trophy|title|cup|league)\b/iu;

/** Where the event's clause ends: a new clause, a participle, an aside. */
const CLAUSE_END =
	/(?:,\s+(?:which|who|where|when|and|but|while|after|before|as|so|though|although|because|carrying|\p{Ll}+ing\b)|;|:|\s[–—]\s|,\s+(?!\p{Lu})|\.(?:\s|$))/u;

/** "In 1791 he entered …", "On 5 June 1799 Humboldt sailed …", "In June 1802 Humboldt …". */
const FRONTED =
	/^(?:In|On|By)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:1\d{3}|20\d{2}),?\s+/u;

/** Month names, no key of an event. */
const MONTHS =
	/^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/u;

/** The doer words before the verb: a name of capitalised words (with "de", "von"), or a pronoun. */
const DOER = String.raw`(?:[Tt]he\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|von|van|der|of|the)){0,5}|[Hh]e|[Ss]he`;

const CLAUSE = new RegExp(
	String.raw`^(${DOER})\s+(?:(?:also|later|then|first|finally)\s+)?(${EVENT})\b`,
	'u'
);

/** The pronoun of a life: "he", "she", or undefined when the text never says which. */
function lifePronoun(article: ArticleView): 'he' | 'she' | 'it' | undefined {
	if (article.ref) return article.ref.pronoun;
	const text = article.sentences.map((s) => s.text).join(' ');
	const he = (text.match(/\b[Hh]e\b/gu) ?? []).length;
	const she = (text.match(/\b[Ss]he\b/gu) ?? []).length;
	return he > 2 * she ? 'he' : she > 2 * he ? 'she' : undefined;
}

/**
 * The sentence with a life's opening "He"/"She" (after a fronted date) named, when the sentence
 * before certainly means the life's subject (`pronoun-antecedent.ts`): it opens on the subject's
 * name, or on the same pronoun named in turn, and names no other person.
 */
export function named(sentence: Sentence, article: ArticleView): string {
	const text = subjectText(sentence, article);
	const name = lifeName(article);
	if (!name) return text;
	const fronted = FRONTED.exec(text)?.[0] ?? '';
	const rest = text.slice(fronted.length);
	const pronoun = /^(?:He|he|She|she)\s/u.exec(rest);
	if (!pronoun) return text;
	const own = lifePronoun(article);
	if (own !== 'he' && own !== 'she') return text;
	if ((/^[Hh]e/u.test(pronoun[0]) ? 'he' : 'she') !== own) return text;
	const who: Antecedent = { nameWords: new Set(words(name)), pronoun: own };
	const previous = article.sentences.find((s) => s.index === sentence.index - 1);
	// Never across a heading: a section opening on "He" may be about anyone.
	if (!previous || previous.section !== sentence.section) return text;
	const resolved = named(previous, article) !== previous.text;
	if (!previousMeans(previous.text, who, resolved, (n) => article.isPerson(n))) return text;
	return `${fronted}${name} ${rest.slice(pronoun[0].length)}`;
}

/** True when the doer is someone or something a reader can know alone. */
function knownDoer(doer: string, article: ArticleView): boolean {
	const bare = doer.replace(/^[Tt]he\s+/u, '');
	const count = bare.split(/\s+/u).length;
	if (/^(?:He|he|She|she)$/u.test(doer)) return false;
	if (count >= 2) return /^\p{Lu}/u.test(bare.split(/\s+/u).at(-1)!);
	// One word: a place or country ("Britain"), or the surname of a person the text names.
	return (
		article.isPlace(bare) ||
		articlePeople(article).some((p) => p.split(/\s+/u).at(-1) === bare) ||
		(lifeName(article) ?? '').split(/\s+/u).at(-1) === bare
	);
}

/**
 * True when the text follows the doer: a life's own subject, or another doer the text names in
 * two sentences or more (a passer-by's move is an aside: checks.ts `passersBy`). Not a thing's
 * own subject: its body's years are episodes of its history (U1: "every other year of an article
 * is the year of a minor event"), its beginning is `idea-milestone.ts`'s.
 */
function followed(doer: string, article: ArticleView): boolean {
	const life = lifeName(article);
	const last = fold(doer.split(/\s+/u).at(-1)!);
	if (life && words(life).includes(last)) return true;
	if (!life && (article.subject.has(last) || fold(article.title).includes(last))) return false;
	// As `passersBy` counts: a long article (30 sentences or more) names a followed doer thrice.
	const least = article.sentences.length >= 30 ? 3 : 2;
	return article.sentences.filter((s) => words(s.text).includes(last)).length >= least;
}

/**
 * A timeline line of a handout: "1836: British chemist John Frederic Daniell invented the
 * Daniell cell, …" (a "- **1836**: …" list item) or "1863 – The Metropolitan Railway opened …":
 * one exact year (no decade, range or "(projected)"), then a clause.
 */
const TIMELINE = /^(1\d{3}|20\d{2})\s*(?::|\s[–—-])\s+(\p{Lu}.*)$/u;

/** A timeline line that tells of a report on an event: a description, an account, a paper. */
const REPORT =
	/\b(?:descriptions?|accounts?|reports?|articles?|papers?|diagrams?|reviews?|letters?)\b/u;

/**
 * A role and nationality before a name ("British chemist John Frederic Daniell", "The American
 * inventor Charles Fritts"): the doer is the name, two capitalised words or more before a
 * lower-case verb.
 */
const ROLE_BEFORE_NAME =
	/^(?:[Tt]he\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:\p{Ll}+\s+){1,2}(?=\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+\s+\p{Ll})/u;

/**
 * A timeline line read as the sentence a body would write ("In 1836, John Frederic Daniell
 * invented …"), or undefined when the sentence is no timeline line (`TIMELINE`). A timeline
 * often tells its events in the present ("1820 – Pelletier isolates quinine", "1960 – Libby is
 * awarded …"): its first verb is put in the past as the body's sentences are ("isolated", "was
 * awarded"), so the same event verbs and checks read it; a verb the tagger reads otherwise is
 * left as written (and then matches no event verb).
 */
export function timelineText(text: string): string | undefined {
	const m = TIMELINE.exec(text);
	if (!m) return undefined;
	return `In ${m[1]}, ${inPast(m[2].replace(ROLE_BEFORE_NAME, ''))}`;
}

/** A clause's first verb put in the past: a simple present, or "is"/"are" of a passive. */
function inPast(clause: string): string {
	const [verb] = nlp(clause).verbs().json() as {
		text: string;
		verb?: { grammar?: { form?: string } };
	}[];
	const form = verb?.verb?.grammar?.form;
	const said = verb?.text.trim() ?? '';
	if (form === 'passive-present') {
		const passive = /^(is|are)\s+(\p{Ll}+)$/u.exec(said);
		if (!passive) return clause;
		const past = passive[1] === 'is' ? 'was' : 'were';
		return clause.replace(new RegExp(String.raw`\s${said}\b`, 'u'), ` ${past} ${passive[2]}`);
	}
	if (form !== 'simple-present' || !/^\p{Ll}+$/u.test(said)) return clause;
	const past = nlp(said).verbs().toPastTense().text();
	if (!/^\p{Ll}+$/u.test(past)) return clause;
	return clause.replace(new RegExp(String.raw`\s${said}\b`, 'u'), ` ${past}`);
}

/**
 * Words of four letters or more, their first five letters less a plural "s": "batteries" and
 * "battery", "cells" and "cell" meet.
 */
function stems(text: string): string[] {
	return words(text)
		.filter((w) => w.length >= 4 && !MONTHS.test(w))
		.map((w) => w.replace(/s$/u, '').slice(0, 5));
}

/**
 * True when a timeline event is one of the handout's main events: what happened (the clause
 * after its verb) names a word of a heading other than the timeline's own that the title does
 * not hold ("invented the Daniell cell" under "A short history", with a section "The Daniell
 * cell"; "the lead–acid battery" with "Lead–acid batteries"). A timeline lists side events too
 * (a zinc cell's chemistry, a painter's death); the headings are the teacher's own list of what
 * the lesson is about, and a title word ("cells" in "Batteries and Electrochemical Cells") is
 * in nearly every line, so it tells no line apart.
 */
function mainEvent(what: string, sentence: Sentence, article: ArticleView): boolean {
	const headings = new Set(
		article.sentences.map((s) => s.section.trim()).filter((h) => h && h !== sentence.section.trim())
	);
	const title = new Set(stems(article.title));
	const main = new Set(stems([...headings].join(' ')).filter((w) => !title.has(w)));
	return stems(what).some((w) => main.has(w));
}

/**
 * True when a clause cut at a comma ends on a determiner and a participle ("Japan began releasing
 * the treated" of "… the treated, heavily diluted water …"): the cut fell between two
 * adjectives of one noun phrase, so the prompt misses its noun (blind review H16, 3 of 3).
 */
export function cutInPhrase(clause: string): boolean {
	return /\b(?:the|a|an|its|their|his|her|this|these|those)\s+\p{Ll}{2,}[^e\s]ed$/u.test(clause);
}

/** The when idea of one sentence, or undefined. */
export function whenIdea(sentence: Sentence, article: ArticleView): Idea | undefined {
	const line = isHandout(article) ? timelineText(sentence.text) : undefined;
	const text = (line ?? named(sentence, article)).replace(/\s*\([^()]*\)/gu, '').split(/;\s+/u)[0];
	const fronted = FRONTED.exec(text)?.[0] ?? '';
	const body = text.slice(fronted.length);
	const m = CLAUSE.exec(body);
	if (!m || !knownDoer(m[1], article)) return undefined;
	// A timeline's doer may come once; its event must be one the headings name (`mainEvent`).
	const main = line
		? mainEvent(body.slice(m[0].length).split(CLAUSE_END)[0], sentence, article)
		: followed(m[1], article);
	if (!main) return undefined;
	// "1711 – X publishes a description and diagram of Cristofori's action": a report on the
	// event, not the event (the rubric's "who reported what").
	if (line && REPORT.test(body)) return undefined;
	// "As the German Army invaded …, Bliss": a subordinate clause is no doer.
	if (/^(?:As|When|After|While|Since|If|Because|Although|Though|Before|Until|Once)\s/u.test(m[1]))
		return undefined;
	// A birth or death is asked only of the document's own subject.
	const life = lifeName(article);
	const own =
		life && (fold(m[1]) === fold(life) || fold(m[1]) === fold(life.split(/\s+/u).at(-1)!));
	if (/^(?:died|was\s+born|married)$/u.test(m[2]) && !own) return undefined;
	const after = body.slice(m[0].length);
	const end = CLAUSE_END.exec(after);
	const clause = `${fronted}${m[0]}${end ? after.slice(0, end.index) : after}`.replace(
		/[,.;:]+$/u,
		''
	);
	if (TRIVIA.test(clause) || RANKED_PROMPT.test(clause)) return undefined;
	if (cutInPhrase(clause)) return undefined;
	const found = yearBlank(`${clause}.`, true);
	if (!found || (sentence.text.match(/\b(?:1\d{3}|20\d{2})\b/gu) ?? []).length > 1)
		return undefined;
	const prompt = found.prompt.replace(
		/^((?:In|On)\s+(?:[^_,]*\s)?____,?)\s+/u,
		(_, date: string) => (date.endsWith(',') ? `${date} ` : `${date}, `)
	);
	// "X returned in ____.": too few words to say what happened.
	if (prompt.split(/\s+/u).length > 30 || prompt.split(/\s+/u).length < 6) return undefined;
	if (unexplainedAcronym(prompt)) return undefined;
	// The year in the handout's title, an attack with no target (H13 S52, S116; gen52).
	if (refusedYearBlank(prompt, found.year, article.title)) return undefined;
	// A pointer left in the prompt ("this", "it", "the same year") reads into the document.
	if (
		/\b(?:it|its|this|these|those|they|them|their|there|same|following|next|previous)\b/iu.test(
			prompt
		)
	)
		return undefined;
	const year = Number(found.year);
	const cap = Number(article.doc.year) || new Date().getUTCFullYear();
	// Years the text gives the same thing (its longest word) are no wrong years for it.
	const key = words(clause.slice(m[0].length + fronted.length))
		.filter((w) => w.length >= 5 && !MONTHS.test(w))
		.sort((a, b) => b.length - a.length)[0];
	const avoid = new Set(
		article.sentences
			.filter((s) => s !== sentence && key && words(s.text).includes(key))
			.flatMap((s) => s.text.match(/\b(?:1\d{3}|20\d{2})\b/gu) ?? [])
	);
	const ranks = eraCue(prompt) ? [] : spreadRanks(year, article.doc.years, avoid, cap);
	return yearQuestion('when', sentence, {
		prompt,
		year: found.year,
		distractors: firstRank(ranks, sentence.text),
		ranks,
		context: clause,
		weight: 0
	});
}

/** The dated events of the article's body, in reading order. */
export function whenIdeas(article: ArticleView): Idea[] {
	// Only a short document (a teacher's handout): she chose every event it dates. An
	// encyclopedia article's body years are mostly its history's episodes (U1, U16, U17, and
	// gen18's own reading of dev test20–22: a vicar appointed, a job at a hat shop).
	if (!isHandout(article)) return [];
	return article.sentences.flatMap((s) => whenIdea(s, article) ?? []);
}
