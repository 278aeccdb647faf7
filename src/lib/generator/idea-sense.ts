import { balanced } from './idea-key';
import { askedName } from './idea-strict';
import type { ArticleView, Idea } from './ideas';
import { isHandout } from './handout';

/**
 * Whether a card asks what its sentence says, of a subject a student can tell apart (issue 12,
 * blind reviews U16 and U17, 2026-12-25/26: both reviewers failed each kind below). Each rule
 * refuses the card or, for a wiki's disambiguator, drops it from the prompt only when the
 * prompt already names the class; none guesses. Pure.
 */

/** A lead key that only counts the subject's siblings ("one of two sets of regulations …"). */
const ONE_OF_COUNT =
	/^one\s+of\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|many|various|numerous|the\s+(?:two|three|few)|a\s+(?:few|handful|number|(?:relatively\s+|very\s+)?(?:small|large|limited)\s+number))\b/iu;

/**
 * A key about the subject's NAME, not the subject: "The Italian form of the Greek name …". A
 * "form", "variant", "rendering" or "translation" of a thing is its genus ("a form of rock
 * climbing", "an English translation of the Bible": U22 passed "An open form of poetry"); only
 * of a name, word or term is it an etymology.
 */
const ETYMOLOGY =
	/^(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:(?:name|word|spelling|transliteration|abbreviation|diminutive)\s+of\b|(?:form|variant|rendering|translation)\s+of\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}(?:name|word|term|surname|phrase|title)s?\b)/iu;

/** A key whose article is followed by no noun phrase: "An among the few …" (a bad cut). */
const BROKEN_ARTICLE =
	/^(?:a|an)\s+(?:among|of|in|on|at|from|to|the|a|an|and|or|is|was|which|that)\b/iu;

/** A key that names no thing, only a vague amount: "Several poetic and bardic sources". */
const VAGUE_AMOUNT = /^(?:several|many|various|some|numerous|a\s+number\s+of|a\s+few)\s/iu;

/** A record, not a definition: "The first alkali metal in the group to have a density …". */
const RECORD =
	/^the\s+(?:first|last|only|largest|smallest|oldest|youngest|biggest|longest|highest|earliest)\s+(?:[\p{L}-]+\s+){1,6}?to\s+\p{Ll}/iu;

/** A second clause joined on: "a protégé of Flaubert and his stories are characterized …". */
const JOINED_CLAUSE =
	/\b(?:and|but)\s+(?:his|her|its|their|the)\s+(?:[\p{L}-]+\s+){0,2}(?:is|are|was|were|has|have|had)\b/iu;

/** A key that announces a list with a colon and gives only its first item (U19 S26). */
const ANNOUNCED_LIST = /:\s/u;

/** A numbered part of a series: "The sixth episode of the third season of …" (trivia). */
const EPISODE =
	/^(?:the|an?)\s+(?:[\p{L}\d-]+\s+){0,3}(?:episode|season\s+(?:finale|premiere)|installment|instalment)\b/iu;

/**
 * True when a key is no definition of the subject (U16 S02, S23, S60, S74, S33; U17 S23, S07,
 * U16 S73, S75): it counts siblings ("one of a relatively small number of formations"), tells
 * what the name means, opens on an article with no noun, says only "several …", or numbers an
 * episode of a series (both reviewers: trivia), states a record ("the first alkali metal … to
 * have a density higher than water", S01) or joins a second clause on ("… and his stories are
 * characterized by …", S86).
 */
export function notADefinition(key: string): boolean {
	const text = key.trim();
	return [
		ONE_OF_COUNT,
		ETYMOLOGY,
		BROKEN_ARTICLE,
		VAGUE_AMOUNT,
		EPISODE,
		RECORD,
		JOINED_CLAUSE,
		ANNOUNCED_LIST
	].some((re) => re.test(text));
}

/** A subject that opens on a subordinating word is a fronted clause, not a noun phrase. */
const SUBORDINATE =
	/^(?:because|although|though|since|while|whereas|if|unless|when|whenever|after|before|as|due|owing|despite|upon)\b/iu;

/** A finite verb inside a subject: "the politics of Latvia takes place in …" (U16 S87). */
const FINITE_VERB =
	/\b(?:is|are|was|were|takes|took|has|have|had|does|did|makes|made|became|becomes|refers)\b/iu;

/** A reverse card's prompt: "What is … called?", "What is the name for …?". */
const REVERSE = /^What\s+(?:is|are|was|were)\s+(?:the\s+name\s+for\s+.+|.+\s+called)\?$/u;

/**
 * True when the asked subject is no noun phrase (U17 S21 "because of the shape of the original
 * device", U16 S87 "the politics of Latvia takes place in a framework of …"), or the prompt's
 * quotes and brackets do not pair up (U16 S44 `"There's Plenty of Room at the Bottom?`).
 */
export function garbledPrompt(prompt: string): boolean {
	if (!balanced(prompt)) return true;
	// "What does velm memory refer to in computing?" asks "velm memory": the verb is the prompt's.
	const asked = askedName(prompt)?.replace(/\s+refer\s+to\b.*$/u, '');
	if (!asked) return false;
	// "What is a person who repairs clocks called?": a reverse card's described phrase may hold a
	// relative clause, whose verb is its own (gen66); the phrase before it must still be a noun's.
	const name = REVERSE.test(prompt)
		? asked.replace(/\s(?:who|that|which|where|whose)\s.*$/u, '')
		: asked;
	// A work's quoted title may hold any words ("What Is Life?"); only a bare subject is read.
	if (/["“]/u.test(name)) return false;
	return (
		SUBORDINATE.test(name) || FINITE_VERB.test(name) || PLURAL_VERB.test(name) || NO_NOUN.test(name)
	);
}

/**
 * A subject that is no noun phrase but the sentence's opening words: existential "there", a
 * pronoun, a comparative ("What are there in music?", "What does more literal sense refer to
 * …?": U19 S26, S06, both reviewers).
 */
const NO_NOUN =
	/^(?:there|it|this|that|these|those|they|he|she|which|what|more|less|most|older|newer|its|his|her|their)\b/iu;

/**
 * A plural subject's verb inside the asked subject, known by what follows it: "the politics of
 * Bulgaria take place in a framework …" (U18 S46; "takes" was caught, "take" was not).
 */
const PLURAL_VERB =
	/\s(?:take|make|include|consist|occur|remain|exist|serve|play|lie|refer|involve|belong|come|go)\s+(?:place|of|in|on|to|at|from|a|an|the|as)\b/u;

/**
 * True when a "What is X?" key says every word of X again ("Gram-positive bacteria" →
 * "Bacteria that give a positive result in the Gram stain test", U16 S35: a circular
 * definition gives itself away). Words of three letters or more, hyphens split; three at least:
 * "chlamydia infection" → "… caused by the bacterium Chlamydia trachomatis" was accepted (U17 S01).
 */
export function circularKey(prompt: string, key: string): boolean {
	const name = /^What\s/u.test(prompt) ? askedName(prompt) : undefined;
	if (!name) return false;
	const wordsOf = (text: string) =>
		text
			.toLowerCase()
			.split(/[^\p{L}\d]+/u)
			.filter((w) => w.length >= 3 && !/^(?:the|and|for|with)$/u.test(w));
	const own = wordsOf(name);
	const said = new Set(wordsOf(key));
	return own.length >= 3 && own.every((w) => said.has(w) || said.has(w.replace(/s$/u, '')));
}

/** Words that hand a claim to someone: the key must keep them or the card is refused. */
const ATTRIBUTION =
	/\b(?:according\s+to|described\s+(?:[\p{L}-]+\s+){0,4}as|(?:widely|generally|often|usually)\s+(?:considered|regarded|seen|described|called)|(?:is|was|are|were)\s+(?:considered|regarded|believed|thought|said|reputed|claimed|alleged)|claimed\s+to|said\s+to|believed\s+to|traditionally\s+(?:held|said|believed))\b/iu;

/**
 * True when the sentence a key comes from hands its claim to someone ("according to the Hebrew
 * Scriptures", "described by one obituary-writer as", "widely considered one of the
 * founders") and the key drops it (U16 S07, S39, S47: faithful). Each part of the key ("; "
 * joins a role and what the person is known for) is read in the sentence that holds it.
 */
export function attributionDropped(key: string, article: ArticleView): boolean {
	if (ATTRIBUTION.test(key)) return false;
	return key.split(/;\s*/u).some((part) => {
		const probe = part.trim().split(/\s+/u).slice(0, 5).join(' ').toLowerCase();
		if (probe.split(' ').length < 2) return false;
		const source = article.sentences.find((s) => s.text.toLowerCase().includes(probe));
		return source !== undefined && ATTRIBUTION.test(source.text);
	});
}

/**
 * The prompt without a wiki's disambiguator, or undefined when it must be refused (U16 S07
 * "William Harris (Birmingham Liberal)" gave the key away; U17 S26 "the game Asteroids (video
 * game)"). The title's trailing "(…)" goes only when the prompt names the class before it
 * ("the game Asteroids"); otherwise the bare name is ambiguous by the wiki's own account.
 */
export function withoutDisambiguator(prompt: string, title: string): string | undefined {
	const tag = /^(.+?)\s+\([^()]+\)$/u.exec(title);
	if (!tag || !prompt.includes(title)) return prompt;
	const at = prompt.indexOf(title);
	if (
		!/\bthe\s+(?:game|film|novel|series|album|song|single|band|book|play|poem|opera|musical|painting|ship|episode|show|magazine|newspaper|company|genus|species)\s+$/u.test(
			prompt.slice(0, at)
		)
	)
		return undefined;
	return prompt.replace(title, tag[1]);
}

/**
 * "What is Go?" → "What is the game of Go?" when the title is "The Game of Go" and the key says
 * what class it is ("A strategy board game …"): a one-word name the title gives with its class
 * is asked with it, as a student without the handout needs ("What is go?" read as the verb,
 * blind check H19 S22, both reviewers: "it needs the game of Go"). Any other prompt unchanged.
 */
export function withTitleClass(prompt: string, answer: string, title: string): string {
	const asked = /^What\s+(?:is|was)\s+(\p{Lu}[\p{L}'’-]*)\?$/u.exec(prompt)?.[1];
	if (!asked) return prompt;
	const of = /^The\s+(\p{L}+(?:\s+\p{L}+)?)\s+of\s+(.+)$/u.exec(title.trim());
	if (!of || of[2] !== asked) return prompt;
	const kind = of[1].toLowerCase();
	const last = kind.split(' ').at(-1)!;
	if (!new RegExp(String.raw`(?<![\p{L}])${last}s?(?![\p{L}])`, 'iu').test(answer)) return prompt;
	return prompt.replace(`${asked}?`, `the ${kind} of ${asked}?`);
}

/** True when the article is about a person: its lead says "he" or "she", or its title is a name. */
function aboutPerson(article: ArticleView): boolean {
	const title = article.title.replace(/\s+\([^()]*\)$/u, '');
	return article.ref ? article.ref.pronoun !== 'it' : title !== '' && article.isPerson(title);
}

/**
 * True when a card names a person by part of the title's name only (U17 S02 "Who was
 * Stephen?" for "Pope Stephen III"; U16 S63 "Walton founded …", S83 "In ____ Goldberg
 * invented …"): a student cannot tell who is meant.
 */
export function partialName(idea: Idea, article: ArticleView): boolean {
	const title = article.title.replace(/\s+\([^()]*\)$/u, '');
	const parts = title.split(/\s+/u);
	// Only a title that is a name: a pasted text's first line ("Ashoka was an emperor …") is not.
	const name = parts.every((w) =>
		/^(?:\p{Lu}|of$|de$|von$|van$|the$|da$|del$|di$|la$|le$)/u.test(w)
	);
	if (parts.length < 2 || !name || idea.prompt.includes(title)) return false;
	const asked = askedName(idea.prompt);
	if (asked && !/\s/u.test(asked) && parts.includes(asked)) return true;
	const person = aboutPerson(article);
	const last = parts.at(-1)!;
	const named = (word: string) =>
		new RegExp(`(?:^|[^\\p{L}])${word}(?![\\p{L}])`, 'u').test(idea.prompt);
	// "Brian Thomas Manning" names "Brian Manning" whole; "Walton founded …" does not.
	// "Charles Martin Jones" for "Chuck Jones" names the person whole; a surname alone does not.
	const alone = new RegExp(`(?<!\\p{Lu}[\\p{L}.]*\\s)${last}(?![\\p{L}])`, 'u');
	return Boolean(person && /^\p{Lu}\p{Ll}+$/u.test(last) && named(last) && alone.test(idea.prompt));
}

/**
 * True when a year card asks a minor event (U16 S63, S64, S83, S20): in a person's article, the
 * year of a deed (both reviewers: trivia; no year card of a person's deed was accepted in U16
 * or U17); an event whose doer is "an …" something else ("An identity theft scheme involving
 * LimeWire was discovered …"); or a sentence that opens on a participle clause pointing into
 * the text ("Addressing the technical shortcomings, …").
 */
export function minorYear(idea: Idea, article: ArticleView): boolean {
	if (!/^\d{3,4}$/u.test(idea.answer.trim())) return false;
	// A milestone of the lead (`idea-milestone.ts`: a prize, an office) is no minor deed.
	// A short life (a teacher's handout, gen18) is all milestones: she chose each one it dates.
	if (aboutPerson(article))
		return idea.kind !== 'milestone' && !(idea.kind === 'when' && isHandout(article));
	const text = idea.prompt.replace(/^In\s+____,?\s+/u, '');
	return /^(?:A|An)\s/u.test(text) || /^\p{Lu}\p{Ll}+ing\b[^,]{0,80},/u.test(text);
}

/**
 * True when a lead card's sentence opens on a part of the asked name only: "Philemon was a
 * wealthy Christian …" asked as "What was Epistle to Philemon?" (U16 S03: the man, not the
 * letter). Words compared in lower case, a parenthesis after the name left out.
 */
export function partOfSubject(idea: Idea): boolean {
	if (idea.kind !== 'lead') return false;
	const opening = /^(.+?)\s+(?:is|was|are|were)\s/u.exec(idea.sentence.text)?.[1];
	// "the band Minor Threat": the class noun is the prompt's, not the name's (U16 S08, S68).
	const asked = askedName(idea.prompt)?.replace(/^(?:the\s+)?\p{Ll}+\s+(?=\p{Lu})/u, '');
	if (!opening || !asked) return false;
	const wordsOf = (text: string) =>
		text
			.replace(/\([^()]*\)/gu, ' ')
			.toLowerCase()
			.split(/[^\p{L}\d]+/u)
			.filter((w) => w && !/^(?:the|a|an)$/u.test(w));
	const own = new Set(wordsOf(opening));
	const whole = wordsOf(asked);
	return own.size > 0 && [...own].every((w) => whole.includes(w)) && whole.length > own.size;
}

/** An office a name can open on: "Pope Callixtus III", "King Varn II", "Sultan Osman". */
const OFFICE_TITLE =
	/^(?:Pope|King|Queen|Emperor|Empress|Sultan|Tsar|Czar|Caliph|Patriarch|Prince|Princess|Duke|Bishop|Archbishop|Cardinal|President|Chancellor|Shah|Khan|Pharaoh)\s/u;

/** A key that is an office and its dates: "Head of the Catholic Church … from 1455 to 1458". */
const DATED_OFFICE =
	/^(?:the\s+)?(?:head|ruler|king|queen|emperor|empress|pope|sultan|bishop|archbishop|patriarch|tsar|czar|caliph|prince|princess|duke|president|chancellor|shah|khan|pharaoh)\b.*\bfrom\b/iu;

/**
 * True when the asked name opens on the office the key gives: "Who was Pope Callixtus III?" →
 * "Head of the Catholic Church and ruler of the Papal States from 1455 to 1458" (U18 S30: the
 * title gives the key away but for its dates).
 */
export function officeInName(idea: Idea): boolean {
	const name = askedName(idea.prompt);
	return !!name && OFFICE_TITLE.test(name) && DATED_OFFICE.test(idea.answer.trim());
}

/**
 * The idea as a strict reviewer would have it, or undefined when one of the rules above
 * refuses it.
 */
export function sensibleIdea(idea: Idea, article: ArticleView): Idea | undefined {
	const prompt = withoutDisambiguator(idea.prompt, article.title);
	if (!prompt) return undefined;
	const classed = withTitleClass(prompt, idea.answer, article.title);
	const card = classed === idea.prompt ? idea : { ...idea, prompt: classed };
	if (garbledPrompt(card.prompt) || partialName(card, article) || partOfSubject(card))
		return undefined;
	if (/^\d{3,4}$/u.test(card.answer.trim())) return minorYear(card, article) ? undefined : card;
	if (notADefinition(card.answer) || circularKey(card.prompt, card.answer)) return undefined;
	if (officeInName(card)) return undefined;
	return attributionDropped(card.answer, article) ? undefined : card;
}
