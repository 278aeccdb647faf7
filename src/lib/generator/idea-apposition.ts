import type { ArticleView, Idea } from './ideas';
import { capitalise } from './idea-text';
import { givenAway } from './idea-key';
import { personName } from './idea-deed';
import { CONNECTIVE } from './idea-subject';
import { fold, type Sentence } from './text';
import { isHandout } from './handout';
import { jobOnlyGloss, roleGloss, sideGloss } from './idea-person-gloss';

/**
 * In a teacher's handout, a name glossed by its class where the text first brings it in: "Germany's
 * war plan was the Schlieffen Plan, a plan to defeat France quickly by invading through Belgium
 * …" → "What was the Schlieffen Plan?"; "He was shot by Gavrilo Princip, a nineteen-year-old
 * Bosnian Serb linked to …" → "Who was Gavrilo Princip?"; "Fever, a rise in body temperature,
 * also helps" → "What is fever?" (gen20a, issue 12). Blind reviewers failed the glosses of
 * encyclopedia articles (U1–U8: side terms, places), so: a handout only (`isHandout`,
 * where the teacher chose every name); never a place, the document's own subject, a work, a
 * sentence adverb, or a person who opens the sentence (what they did is its news); the
 * gloss a whole phrase of five words or more up to the next comma, with a class noun and what
 * sets it apart, no hedge, time word or pointer; asked in the tense of its sentence. Pure.
 */

/** "[the] Name[ of Name], a|an gloss[,;.]": a name of capitalised words, then its class. */
const APPOSITION =
	/(?:^|\s)((?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'-]*){0,3}),\s+(an?)\s+(\p{Ll}[^,;.()“”"]*?)(?=[,;.](?:\s|$)|$)/gu;

/** What makes a gloss a claim or a pointer rather than what the name is. */
export const NOT_PLAIN =
	/\b(?:it|its|they|them|their|this|these|those|he|she|his|her|him|here|there|then|now|today|currently|still|also|more|less|believed|thought|considered|said|perhaps|probably|possibly|may|might|often|sometimes|usually|most|first|last|only|important|famous|major|main|city|town|village|country|region|island|islands|river|mountain|book|novel|film|poem|song|album|work)\b/iu;

/** Text before the name that makes it part of a fronted phrase ("After the Terror, …"). */
const FRONTED =
	/^(?:After|Before|During|In|On|At|By|Following|Since|Until|When|With|Without|Under|Despite|For|From|Through|Unlike|Like)\s*$/u;

/** After an opening name's gloss, the sentence's own predicate: ", also helps", ", is …". */
const OPENING_REST =
	/^,\s+(?!(?:while|whereas|and|but|or|so|because|although|as|when|if|which|who)\b)\p{Ll}/u;

/**
 * A gloss that is no gloss (gen30, long handouts): a remark about the name ("a name strikingly
 * similar to Alexandros"), only when someone died or was born ("a frontier leader who died around
 * 1323"), or a clause that goes on with its own subject and verb ("a former slave named
 * Jean-Jacques Dessalines declared that …").
 */
export const NO_GLOSS =
	/^an?\s+(?:\p{Ll}+\s+)?(?:name|word|spelling)\b|\bwho\s+(?:died|was\s+born|lived)\b|\b(?:named|called)\s+\p{Lu}|\b\p{Ll}+ed\s+that\b/u;

/** Before a name, the kind of place it is: "in the coastal town of Gonaïves, …" (gen30). */
const PLACE_KIND =
	/\b(?:town|city|village|port|harbour|island|province|region|county|valley|river)\s+of\s*$/iu;

/**
 * A gloss's head noun that only classifies a name as a place or a written or made work ("Yunnan, a
 * province in the far south-west of China", "the Zhoubi Suanjing, an early text on astronomy …",
 * "… Tulp, a group portrait of …"), or sums up the clause before it ("against Hannibal, a strategy
 * linked to Fabius Maximus"): blind review H16 S03, S40, S41, S65 (all three reviewers). Where a
 * name is a place or a work is what the handout says of it elsewhere; the gloss is a side note.
 */
const CLASS_ONLY =
	/^(?:province|state|kingdom|empire|county|district|capital|port|harbour|valley|lake|sea|desert|plain|plateau|peninsula|coast|colony|territory|settlement|site|area|place|text|manuscript|treatise|scroll|tablet|document|letter|play|opera|symphony|painting|portrait|picture|sculpture|statue|fresco|mural|poem|essay|story|strategy|policy|tactic|decision|move|step|principle|practice)$/u;

/** The head noun of a gloss: its last word before a preposition, relative or participle. */
export function glossHead(key: string): string {
	const words = key.split(/\s+/u).slice(1);
	const end = words.findIndex((w) =>
		/^(?:of|on|in|at|by|to|for|from|with|about|near|between|that|which|who|whose|where|\p{Ll}+ed|\p{Ll}+ing)$/u.test(
			w
		)
	);
	const head = end === -1 ? words : words.slice(0, end);
	return (head.at(-1) ?? '').replace(/[^\p{L}-]/gu, '');
}

const MIN_WORDS = 5;
const MAX_WORDS = 20;

/**
 * The key an apposition's gloss gives ("a plume of unusually hot rock"), or undefined when it is
 * no plain definition: five to twenty words, no hedge, time word or pointer (`NOT_PLAIN`,
 * `NO_GLOSS`), not cut after a function word. Shared by names (`appositionIdeas`) and lower-case
 * terms (`idea-term-apposition.ts`). Pure.
 */
export function glossKey(determiner: string, gloss: string): string | undefined {
	const key = `${determiner} ${gloss}`.trim();
	const count = key.split(/\s+/u).length;
	if (count < MIN_WORDS || count > MAX_WORDS || NOT_PLAIN.test(key) || NO_GLOSS.test(key)) return;
	if (/\b(?:the|a|an|of|and|or|to|in|on|at|by|for|with|from|that|which|who)$/iu.test(key)) return;
	return key;
}

/** The apposition ideas of a handout, in reading order, at most one per sentence. */
export function appositionIdeas(article: ArticleView): Idea[] {
	if (!isHandout(article)) return [];
	const title = fold(article.title);
	return article.sentences.slice(1).flatMap((sentence) => {
		for (const m of sentence.text.matchAll(APPOSITION)) {
			const [, rawName, determiner, gloss] = m;
			const bare = rawName.replace(/^the\s+/u, '');
			const opening = m.index === 0 && !rawName.startsWith('the ');
			// A sentence's first word is capitalised: "Fever" is the common noun "fever".
			const name =
				opening && !bare.includes(' ') && article.isCommon(bare) ? bare.toLowerCase() : rawName;
			if (opening && bare.includes(' ') && /^(?:The|A|An|In|On|At|By|When|After)\b/u.test(bare))
				continue;
			// "Again, a change in price causes …": a sentence adverb, not a name (blind review H1 S05).
			if (opening && CONNECTIVE.test(bare)) continue;
			// "Again, a change in price causes a movement, while …": an opening word whose "gloss" is
			// the sentence's own clause (nothing after it but its end or a conjunction) is an adverb.
			if (opening && !OPENING_REST.test(sentence.text.slice(m.index + m[0].length))) continue;
			const key = glossKey(determiner, gloss);
			if (!key) continue;
			// "beyond Calais, a handful of other ports and a strip of coast": "other" says the gloss
			// is the list's next item, not the name's class (gen50, h33).
			if (/^(?:(?!\b(?:that|which|who|where)\b)[^,])*\bother\b/u.test(key)) continue;
			const before = sentence.text.slice(0, m.index);
			if (CLASS_ONLY.test(glossHead(key))) continue;
			// "painted The Anatomy Lesson of Dr Tulp, a …": a capitalised word just before the name
			// means the name was cut at its length limit (H16 S65, "What was Lesson of Dr …?").
			if (/\p{Lu}[\p{L}’'-]*\s*$/u.test(before)) continue;
			// "After the Terror, a more moderate government … ruled": a fronted phrase, no apposition.
			if (FRONTED.test(before) || PLACE_KIND.test(before)) continue;
			// "… would be Lutheran or Catholic, a principle summed up …": a word coordinated with
			// the one before it, or a copula's complement, is no name; the gloss sums up the
			// whole clause (H3 S22).
			if (
				/[^,]\s(?:or|and|nor)$/u.test(before) ||
				(!rawName.includes(' ') &&
					/\b(?:is|are|was|were|be|been|become|became|remain|remained)$/u.test(before))
			)
				continue;
			// "the Estates- General": a line break the document's reader left inside the name.
			if (/-\s/u.test(bare)) continue;
			// "the Templo Mayor, or Great Temple, a pyramid …": the gloss is the first name's, asked
			// with its article; the "or" name is its alias (H3 S21).
			const alias = OR_ALIAS.exec(before)?.[1];
			const named = alias ? [bare, alias.replace(/^the\s+/u, '')] : [bare];
			if (
				named.some(
					(n) =>
						article.isPlace(n) ||
						article.subject.has(fold(n)) ||
						(title && title.includes(fold(n))) ||
						givenAway(key, n)
				)
			)
				continue;
			if (alias) return glossIdea(sentence, alias, key, false);
			const person =
				/\p{Lu}/u.test(name) &&
				bare.includes(' ') &&
				!COUNTED.test(bare) &&
				article.isPerson(bare) &&
				personName(bare, article);
			// "Kościuszko, a veteran of …, launched …", "by Karl von Drais, a forestry official": a
			// one-word or particled name whose gloss names a person's role is a person's too (H13
			// S07, S21, S41, S68, S70, all three reviewers: the key was a side detail).
			const human = Boolean(person) || (/^\p{Lu}/u.test(name) && roleGloss(key));
			if (human && sideGloss(key, sentence.text.slice(m.index + m[0].length))) continue;
			// "James Watt, an instrument maker …, realised that …": the sentence's news is what he did
			// (a deed card's), and a person's job alone was failed as trivia (blind review H1 S09).
			if (person && opening) continue;
			// "On 1 December 1955 Rosa Parks, a seamstress …, was arrested … for refusing …": the
			// person is the subject of the sentence's news after a fronted date or place, as when
			// opening it; her job is not what she is known for (H3 S27).
			if (
				person &&
				FRONTED_ONLY.test(before) &&
				SUBJECT_REST.test(sentence.text.slice(m.index + m[0].length))
			)
				continue;
			// 'Francisco "Pancho" Villa, a former bandit …': the name after a quoted nickname is a
			// person's surname, asked "Who" (blind review H37, "What was Villa?").
			const nicknamed = /["”]\s*$/u.test(before);
			// "… deciphered in 1837 by James Prinsep, an official of the mint": his job is not what
			// he is known for; the sentence's deed is (blind review 2027-01-16 S03, both reviewers).
			if ((human || nicknamed) && jobOnlyGloss(key, before)) continue;
			return glossIdea(sentence, name, key, Boolean(person) || nicknamed);
		}
		return [];
	});
}

/** Before a subject, only a fronted date or place: "On 1 December 1955", "In Lumen". */
const FRONTED_ONLY =
	/^(?:(?:On|In|At|By|During|After|Before|Early|Late)\b(?:\s+(?:\d+|\p{Lu}[\p{L}’'-]*|of|the|in|on|early|late|mid))*,?)?$/u;

/** After a subject's gloss, the sentence's own verb: ", was arrested …", ", led …". */
const SUBJECT_REST = /^,\s+(?:was|were|is|are|had|has|\p{Ll}+ed)\b/u;

/** "[the] Name, or " just before a name: the name is the first one's alias. */
const OR_ALIAS = /((?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}),\s+or\s*$/u;

/** A name opening on a number word ("Fourteen Points", "Ten Commandments") is no person's. */
const COUNTED =
	/^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Hundred)\b/u;

/** A capitalised name whose last word is a plural ("Almoravids", "Points"; not "Athens"-like "-ss", "-us", "-is"). */
const PLURAL_NAME = /\p{Lu}\p{Ll}*[^sui\W]s$/u;

/** The card "What/Who was Name?" keyed with its gloss, in the tense of its sentence. */
function glossIdea(sentence: Sentence, name: string, key: string, person: boolean): Idea[] {
	const past = /\b(?:was|were|had|did|stood|began|became|built|\p{Ll}{3,}ed)\b/u.test(
		sentence.text
	);
	// "the Almoravids", "his Fourteen Points": a plural name takes "were"/"are" and "the"
	// (blind review H37, "What was the Almoravids?", "What was Fourteen Points?").
	const plural = !person && PLURAL_NAME.test(name);
	const verb = plural ? (past ? 'were' : 'are') : past ? 'was' : 'is';
	const asked = plural && !/^the\s/u.test(name) ? `the ${name}` : name;
	return [
		{
			kind: 'term' as const,
			sentence,
			type: 'flashcard' as const,
			prompt: `${person ? 'Who' : 'What'} ${verb} ${asked}?`,
			answer: capitalise(key),
			start: 0,
			span: key,
			context: `${capitalise(asked)} ${verb} ${key}.`,
			weight: 0
		}
	];
}
