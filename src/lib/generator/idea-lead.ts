import { escapeRegExp } from '$lib/text/regexp-literal';
import { statesSize } from './idea-term-words';
import type { ArticleView, Idea } from './ideas';
import { withField } from './idea-field';
import { capitalise, subjectText } from './idea-text';
import {
	beforeQualifier,
	descriptiveTitle,
	hollowDefinition,
	thinKey,
	titleEcho,
	wholeKey
} from './idea-key';
import { fold, tidyCuts, words, type Sentence } from './text';
import { predicateHead } from './coreference';
import {
	askedSubject,
	creditsOnly,
	subjectSurface,
	withIndefinite,
	writtenLower
} from './idea-name';
import { askedName, opensOnSubject, subjectPhrase, titleOpening } from './idea-subject';
import { uncontradicted, withoutKeyAliases } from './idea-faith';
import { definesPerson, roleWithClause, roleWithDeed, thinRole } from './idea-who';
import { pluralGenus } from './idea-members';
import { numberSlip } from './idea-list-slips';
import { verblessThat } from './idea-key-grammar';
import {
	knownFor,
	personalLead,
	honoured,
	roleNoun,
	roleOf,
	rulerOffice,
	RULER_OFFICE,
	THING
} from './idea-person';
import { sourceSays } from './document-frame';

/**
 * Kind 1, the lead definition: "What is rickets?" → "A condition that results in weak or soft
 * bones in children"; for a person, "Who was Robert Koch?" → "A German physician and
 * microbiologist; one of the main founders of modern bacteriology". An encyclopedia article
 * (and most textbook prose) opens by saying what its subject is, and a teacher's first question
 * on a topic asks just that (Bloom's "remember"). Blind reviews U1–U3 accepted these cards and
 * failed one whose key was an abbey's name and a historic polity (U3 S06).
 */

/** Lead sentences searched for the subject's definition: an encyclopedia may say first where
 * its subject was ("The Kanem–Bornu Empire existed in areas …") and what it was a few lines on. */
export const LEAD_SENTENCES = 6;

/**
 * The predicate without who made the thing ("a concept in management developed by Laurence J.
 * Peter, which observes that …" → "a concept in management, which observes that …"): the
 * name in the prompt gives the maker away, and the cut would otherwise keep the byline and
 * drop the idea (U4 S04). A list of makers goes whole or stays: "designed by A, B, and C and
 * released …" cut at A's comma left "game, B, and C and released" (U17 S26).
 */
export function withoutAgent(predicate: string): string {
	return predicate.replace(
		/\s+(?:first\s+)?(?:developed|created|proposed|coined|invented|designed|named|formulated|introduced|described|founded|devised|built)\s+by\s+(?:[\p{Lu}][\p{L}.’'-]*\s*)+(?:,\s+(?:and\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s*)+)*(?=,(?!\s+(?:and\s+)?\p{Lu})|$)/u,
		''
	);
}

/** A person's dates after the name: "Amerigo Vespucci (March 9, 1454 – February 22, 1512) was". */
const LIFESPAN =
	/^[^()]{2,80}\((?:born\s+)?[^()]*?\b\d{3,4}\s*[–-]\s*[^()]*?\b\d{3,4}\)\s+(?:was|is)\s/u;

/** Nouns in "-er" that name a vessel or a thing, never a person's role. */
const NOT_A_ROLE =
	/^(?:destroyer|cruiser|steamer|liner|tanker|carrier|freighter|trawler|clipper|schooner|tower|river|paper|computer|container|letter|order|border|chamber|theater|center|cluster|register|manuscript|monastery|dynasty|empire)$/u;

/** An opening that quantifies ("Every …", "Many …", "Most …"): no name to define. */
const QUANTIFIED = /^(?:every|each|many|most|some|all|few|several|no|any)\s/iu;

/** Words that point at an earlier sentence, in a card's answer. */
const DEMONSTRATIVE = /\b(?:this|these|those|the latter|the former|the above|the same)\b/iu;

/** "X (…), …, was a Y": the opening name, the verb, the predicate after it. A ruler's office
 * is a predicate with no article ("was King of Varn from 1100 …", `RULER_OFFICE`). */
const OPENING =
	/^(.{2,160}?)\s(is|are|was|were|(?:traditionally\s+|usually\s+|generally\s+)?refers\s+to)\s+((?:a|an|the|one of|any of|two|three|four|five|six|seven|eight|nine|ten|several|many)\s.+?|(?:the\s+)?head\s+of\s+the\s+\p{Lu}.+?|(?:King|Queen|Emperor|Holy|Empress|Pope|Sultan|Tsar|Tsarina|Czar|Shah|Pharaoh|Prince|Princess|Duke|Duchess|Grand|Elector|Caliph|Khan|Doge|Regent|President|Prime|Chancellor|Viceroy|Governor-General)\s.+?|\p{Ll}+\s+(?:having|that|which|with|whose|in which)\s.+?|\p{Ll}[\p{Ll}-]+s\s+of\s.+?|(?:\p{Ll}[\p{Ll}-]+\s+){0,2}\p{Ll}[\p{Ll}-]+s\s+(?:belonging|found|native|living|that|which|who|whose|consisting|characteri[sz]ed)\s.+?)[.!]?$/u;

/**
 * A predicate with no article is a definition only when it opens on the name's own head noun
 * and says at once what sets this one apart: "Brackish water is water having more salinity than
 * freshwater" (a mass noun takes no "a"); "Ostby is home to …" is no definition. A plural
 * ("are"/"were", `verb`) takes no "a" either: "Cathode rays are streams of electrons …"
 * (`pluralGenus`).
 */
export function bareGenus(predicate: string, name: string, verb = 'is'): boolean {
	if (
		/^(?:a|an|the|one|any|two|three|four|five|six|seven|eight|nine|ten|several|many)\s/u.test(
			predicate
		)
	)
		return true;
	const head = predicate.split(/\s+/)[0];
	// "Cathode rays are streams of electrons …": a plural takes no "a" (`pluralGenus`).
	return (
		words(name).includes(head.toLowerCase()) ||
		(/^(?:are|were)$/u.test(verb) && pluralGenus(predicate))
	);
}

/**
 * "It was …" right after a sentence that opens on the title ("The Battle of Bouvines was fought
 * …"), in an article whose lead defined nothing earlier (so no subject reference was made):
 * "It" names the title, with the article's own "The" when it writes one.
 */
export function itNamed(
	sentence: Sentence,
	previous: Sentence | undefined,
	article: ArticleView
): string | undefined {
	const title = article.title;
	if (!title || article.ref || !previous || !/^It\s+(?:is|was)\s/u.test(sentence.text))
		return undefined;
	const opening = new RegExp(`^((?:The\\s+)?${escapeRegExp(title)})\\s`, 'u').exec(previous.text);
	return opening ? `${opening[1]}${sentence.text.slice(2)}` : undefined;
}

/**
 * The lead definition of the article's subject: the first lead sentence of the form "X … is a
 * Y" whose X names the subject (or, in a text with no title, the first sentence). For a person
 * (the lead says "he" or "she"), the answer is the role and the known-for clause.
 */
export function leadIdeas(article: ArticleView): Idea[] {
	const lead = article.sentences.filter((s) => article.marks(s)?.lead ?? s.index < 3);
	// Set once a lead sentence that opens on the title itself was refused: a later "She was a
	// follower of …" then tells someone else, whatever the pronoun was resolved to (U12 S01's
	// series about an actress gave "Who was <the series>?" → "A follower").
	let titled = false;
	// Set once the subject's first definition was refused: a later "It was a box office success"
	// is a side remark, not what the subject is (U23 S18).
	let refused = false;
	for (const [i, sentence] of lead.slice(0, LEAD_SENTENCES).entries()) {
		const own = OPENING.exec(sentence.text);
		if ((titled || refused) && /^(?:He|She|They|It)\s/u.test(sentence.text)) continue;
		if (own && titleOpening(own[1], article.title)) titled = true;
		// "It was the concluding battle of …" right after the battle is named reads as named.
		const match = OPENING.exec(
			itNamed(sentence, lead[i - 1], article) ?? subjectText(sentence, article)
		);
		if (!match) continue;
		const [, opening, verb, predicate] = match;
		// "Mount Lykaion was sacred to Zeus …, and was the home of …": the lazy match took a whole
		// clause for the name, and the key was a side clause (U23 S30).
		if (clauseInOpening(opening)) continue;
		// "Every firework display is a carefully planned set of …": a quantified phrase is a
		// handout's opening hook, a claim about all of a class, not a name (blind re-check H15).
		if (QUANTIFIED.test(opening)) continue;
		// "In physics, sputtering is …": the title after a fronted phrase is the name too.
		const name =
			titleOpening(opening, article.title) ??
			titleOpening(opening.replace(/^[^,]{1,40},\s+/u, ''), article.title) ??
			appositionTitle(opening, article.title) ??
			subjectPhrase(opening, article.isCommon);
		if (!name) continue;
		// The text's first sentence defines its subject whatever the title says (a pasted text's
		// title is its first line); a later lead sentence must name the subject.
		const short = name.replace(/\s*\([^)]*\)/gu, '').split(/\s+/).length <= 6;
		if (!opensOnSubject(name, article) && !(sentence === lead[0] && short)) continue;
		if (RULER_OFFICE.test(predicate)) {
			const ruler = rulerIdea(sentence, askedName(name, article), verb, predicate, article);
			if (ruler) return [ruler];
			continue;
		}
		if (!bareGenus(predicate, name, verb)) continue;
		const idea = definitionIdea(
			sentence,
			askedName(name, article),
			verb,
			predicate,
			lead,
			article,
			opening
		);
		// The cited sentence says "It": the explanation quotes the sentence that names it too.
		if (idea && itNamed(sentence, lead[i - 1], article))
			idea.explanation = `${sourceSays(article.doc.short)}: “${lead[i - 1].text} ${sentence.text}”`;
		// "A muscular organ about the size of a clenched fist": a size is a property of the
		// subject, not what it is (H2 S03, as a body term's key, `statesSize`).
		if (idea && statesSize(idea.answer)) {
			refused = true;
			continue;
		}
		// "In law, a proximate cause is …": the field stays in the prompt (U14 S28).
		if (idea) return [{ ...idea, prompt: withField(idea.prompt, sentence.text) }];
		if (/^(?:is|are|was|were)$/u.test(verb)) refused = true;
	}
	return [];
}

/**
 * The title after a fronted apposition of any length: "The ninth member of the lanthanide
 * series, terbium" → "terbium". Read as a name, the apposition asked "What is the ninth member
 * of the lanthanide series?", whose answer is the name the key never says (U25 S02).
 */
export function appositionTitle(opening: string, title: string): string | undefined {
	const comma = opening.lastIndexOf(', ');
	if (comma < 0 || !/^(?:The|A|An|One)\s/u.test(opening)) return undefined;
	return titleOpening(opening.slice(comma + 2), title);
}

/**
 * True when a lead's opening (the words before its copula) holds a finite verb of its own
 * outside parentheses and comma-enclosed clauses: "Mount Lykaion was sacred to Zeus Lykaios,
 * who was said …, and" is a clause, not a name (U23 S30). "Hugo de Garis (born 1947)" and
 * "The Battle of Varn, fought in 1849," are names.
 */
export function clauseInOpening(opening: string): boolean {
	const bare = opening
		.replace(/\([^()]*\)/gu, ' ')
		.replace(/,[^,]*,/gu, ' ')
		.replace(/,[^,]*$/u, ' ');
	// "… or simply the mean when the context is clear": a verb after a subordinator is its own.
	const main = ` ${bare} `.split(
		/\s(?:when|if|where|which|who|whom|whose|that|while|because|as|unless|although)\s/u
	)[0];
	return (
		/\s(?:is|are|was|were|has|have|had)\s/u.test(`${main} `) || /\s(?:and|or)\s*$/u.test(opening)
	);
}

/**
 * "Who was Louis Varn?" → "King of Ostra from 14 May 1643 until his death in 1715": a ruler's
 * dated office (`rulerOffice`). "Henry I" is many kings: a title that adds "of England" to the
 * lead's name is asked whole ("Who was Henry I of England?").
 */
function rulerIdea(
	sentence: Sentence,
	name: string,
	verb: string,
	predicate: string,
	article: ArticleView
): Idea | undefined {
	const office = rulerOffice(predicate);
	if (!office || !/^(?:is|was)$/u.test(verb) || article.ref?.pronoun === 'it') return undefined;
	const title = article.title;
	const asked = title && fold(title).startsWith(`${fold(name)} of `) ? title : name;
	return {
		kind: 'lead',
		sentence,
		type: 'flashcard',
		prompt: `Who ${verb} ${asked}?`,
		doubt: asked,
		answer: office,
		span: sentence.text.split(/\s+/)[0],
		start: 0,
		weight: 3
	};
}

/** "…, who is the Chair of …", "who served as Governor of …": an office named after the role. */
const OFFICE_CLAUSE =
	/^,?\s+who\s+(?:is|was|has\s+been|had\s+been|serves\s+as|served\s+as|has\s+served\s+as)\s+(?:the\s+|a\s+)?(?:\d+\p{Ll}*\s+)?\p{Lu}/u;

/** An office held at the article's date: "who is the …", "who has served as …", "who serves as". */
const PRESENT_OFFICE = /\bwho\s+(?:is|has\s+been|serves|has\s+served)\b/u;

function definitionIdea(
	sentence: Sentence,
	name: string,
	verb: string,
	predicate: string,
	lead: Sentence[],
	article: ArticleView,
	opening = name
): Idea | undefined {
	const refers = /refers\s+to$/u.test(verb);
	const person =
		!refers &&
		!THING.test(predicateHead(predicate) ?? '') &&
		(roleNoun(predicate) || honoured(sentence.text)) &&
		!/\sv\.?\s/u.test(name) &&
		(article.ref ? article.ref.pronoun !== 'it' : personalLead(lead.map((s) => s.text).join(' ')));
	if (person) {
		// "Piper … are an … genus": the predicate's article sets the number the question asks in.
		if (/^(?:a|an|one)\s/u.test(predicate))
			verb = verb === 'are' ? 'is' : verb === 'were' ? 'was' : verb;
		const role = roleOf(predicate);
		if (!role) return undefined;
		// "…, noted for his highly emotional style" in the same sentence, else a later lead sentence.
		// "an American politician who is the Chair of the RNC": the office that follows the role is
		// what defines the person; a reputation from a later sentence in its place dropped it (U19
		// S35, both reviewers).
		const office = OFFICE_CLAUSE.test(predicate.slice(predicate.indexOf(role) + role.length));
		const found = office
			? undefined
			: knownFor([predicate, ...lead.filter((s) => s !== sentence).map((s) => s.text)], role);
		// A reputation copied with a slip ("a founders of …") or cut before its verb ("his belief
		// that a major war between …") is left out, and the role's own clause keys the card
		// (test26 Gell-Mann lost "who received the 1969 Nobel Prize …"; U23 S35).
		const more = found && !numberSlip(found) && !verblessThat(found) ? found : undefined;
		// "A Prussian statesman" alone is too thin to teach: the clause that follows says who
		// ("who unified Germany …"), or there is no card (issue 12, the outsider's Bismarck).
		// Else the lasting deed the next lead sentence tells ("He invented the stethoscope …").
		const next = lead[lead.indexOf(sentence) + 1];
		const own = more ? undefined : roleWithClause(predicate, role);
		const deed = more || own ? undefined : roleWithDeed(role, next?.text);
		const clause = own ?? deed;
		// A present office ("who is the Chair of …", "who has served as … since 2014") is the
		// article's date's, stated as now: refused like a forecast (U19 S18), not taught.
		if (office && (!clause || PRESENT_OFFICE.test(clause))) return undefined;
		if (!more && !clause && thinRole(role, (w) => roleNoun(`a ${w}`))) return undefined;
		const answer = capitalise(more ? `${role}; ${more}` : (clause ?? role));
		// The lead sentence itself says what they are known for: quoting it twice read as a
		// glitch (U14 S12, S15); only another lead sentence is added.
		const second = deed
			? next
			: more && lead.find((s) => s !== sentence && s.text.includes(more.replace(/^a /u, '')));
		return {
			kind: 'lead',
			sentence,
			type: 'flashcard',
			prompt: `Who ${verb} ${name}?`,
			doubt: name,
			answer,
			span: sentence.text.split(/\s+/)[0],
			start: 0,
			weight: 3,
			...(second && {
				explanation: `${sourceSays(article.doc.short)}: “${sentence.text} … ${second.text}”`
			})
		};
	}
	// Aliases go (U10 S01); a start date the body contradicts is cut off or refused (U10 S06).
	// "… and (in later versions of the story) to the founding of Rome": a qualifying parenthesis
	// cuts the key short of what it qualifies before the other parentheses go (U25 S05).
	const qualified = beforeQualifier(predicate);
	const whole =
		qualified === undefined
			? undefined
			: wholeKey(withoutAgent(withoutKeyAliases(qualified.replace(/\s*\([^)]*\)/gu, ''))));
	const body = article.sentences.filter((s) => s !== sentence).map((s) => s.text);
	const about = whole && uncontradicted(whole, body.join(' '));
	// The card's answer is the predicate alone: a pointer in it ("this", "the latter") points
	// at nothing (the sentence's other pointers, "such as", "at the time", read well in it).
	if (!about || DEMONSTRATIVE.test(about)) return undefined;
	// A key that only names a class, restates the name, is a measurement or a ranking, or a
	// count with no date teaches nothing safe (U4 S04, U5 S03, U6 S01, S03, S05, U7 S01, S09).
	if (hollowDefinition(about, name, /^(?:is|are)$/u.test(verb) || refers)) return undefined;
	// "A temperate species of night-flying moth", "the operator of trams and motorbuses in
	// Coventry": the name says most of it (U7 S06, U8 S04).
	if (thinKey(about, [name, article.title].join(' '), article.isPlace)) return undefined;
	if (article.title && (descriptiveTitle(article.title) || titleEcho(about, article.title)))
		return undefined;
	// The lead's own form of the name, its verb in the name's number (U10 S03, S06, S13).
	// A name the lead does not open on ("Open Skies is …") is asked as the title's own form.
	const surface = subjectSurface(article);
	const spoken =
		surface && fold(name.replace(/^the\s+/iu, '')) === fold(article.title) ? surface : opening;
	const subject = askedSubject(name, spoken, verb, predicate, writtenLower(article));
	if (!subject) return undefined;
	// "A 1915 Italian silent adventure film directed by X and written by Y": a work's key that
	// is only credits and a date teaches names, not the work (U11 S04).
	if (subject.work && creditsOnly(about, [name, article.title].join(' '), article.isPlace))
		return undefined;
	// "Feline zoonosis are the … infections": a name the lead gives a plural verb is no count
	// noun, so it takes no "a" ("What is a feline zoonosis?" → "The … infections", U29 S18).
	const collective = /^(?:are|were)$/u.test(verb);
	verb = refers ? verb : subject.verb;
	const asked =
		/^(?:is|was)$/u.test(verb) && !collective
			? withIndefinite(subject.name, article)
			: subject.name;
	// "Amerigo Vespucci … was an Italian explorer …" in a lead that says "it" more than "he":
	// a person the corpus names, in a role, is still a "Who" ("What was Amerigo Vespucci?").
	const who =
		roleNoun(predicate) &&
		!NOT_A_ROLE.test(predicateHead(predicate) ?? '') &&
		(article.isPerson(name) ||
			LIFESPAN.test(sentence.text) ||
			definesPerson(sentence.text, predicate));
	return {
		kind: 'lead',
		sentence,
		type: 'flashcard',
		// "Persistence of vision traditionally refers to the optical illusion that …".
		// The source's hedge stays: "traditionally" says the term has had other senses.
		prompt: tidyCuts(
			refers
				? `What does ${asked} ${verb.replace(/refers\s+to$/u, 'refer to')}?`
				: `${who ? 'Who' : 'What'} ${verb} ${asked}?`
		),
		doubt: asked,
		answer: capitalise(tidyCuts(about)),
		span: sentence.text.split(/\s+/)[0],
		start: 0,
		weight: 3
	};
}
