import type { ArticleView, Idea } from './ideas';
import { lifeName } from './life-name';
import { unexplainedAcronym } from './idea-faith';
import { named } from './idea-when';
import { fold, type Sentence } from './text';

/**
 * Kind 12 (gen18, issue 12): where a named event happened or a named thing was made, when the
 * text says so plainly of one place: "The Treaty of Varna was signed at Lumen in 1810" → "Where
 * was the Treaty of Varna signed?" (typed: places nest, so no other place is surely wrong). Only a verb whose
 * place is a fact a teacher tests (born, died, founded, signed, fought, built, buried …), only
 * one place (U21 failed "situated on" two places: "A and B", "between A and B" are refused), only
 * a place the corpus knows as one, and never when the text gives the same doer and verb another
 * place ("founded the Radium Institute in Warsaw" beside "… in Paris"). Pure.
 */

/**
 * Passive verbs of a thing's or person's place, past participle (asked "Where was X <verb>?").
 * Never "buried": where a person lies is rarely why they matter (blind review U25 S32, both
 * reviewers: "Where was Sir John Carew Eccles buried?").
 */
const PASSIVE =
	'born|founded|established|signed|fought|built|held|crowned|assassinated|killed|opened|discovered|invented|published|first\\s+performed';

/** Active verbs of a life's place, past tense → base form ("Where did X die?"). */
const ACTIVE: Record<string, string> = { died: 'die' };

/** A place: capitalised words (with "de", "of"), as the text writes it. */
const PLACE = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|de|of|the|upon|on|am|an|der)){0,3}`;

/** "(On 5 May 1800, ) The Treaty of Varna was signed (on 5 May 1810) at Lumen". */
const WHERE = new RegExp(
	String.raw`^(?:(?:In|On|By)\s+[^,]{0,30}?\b(?:1\d{3}|20\d{2}),?\s+)?((?:[Tt]he\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|the|de|von|van|da)){0,6})\s+(?:(was|were)\s+(?:first\s+)?(${PASSIVE})|(${Object.keys(ACTIVE).join('|')}))\s+(?:(?:on|in)\s+(?:\d{1,2}\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:1\d{3}|20\d{2})\s+)?(in|at|near)\s+(${PLACE})`,
	'u'
);

/** What may follow a single place: the end of its clause, a date, a country after a comma. */
const AFTER_PLACE =
	/^(?:[.;]|$|,\s+(?!and\b)|\s+(?:on|in)\s+(?:\d|the\s+\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|1\d{3}|20\d{2})|\s+(?:when|after|before|where|while|during)\b)/u;

/**
 * True when a name after "born in", "signed at" is a place (`wider`: the second part of "X, Y"): one the corpus knows, or one to three
 * capitalised words that are no person, month or day (the corpus's place list misses many:
 * "Berlin" in a page on Humboldt).
 */
function placeLike(place: string, article: ArticleView, wider = false): boolean {
	if (article.isPlace(place)) return true;
	// After a place and its comma ("born in Queens, New York") two capitalised words are the
	// wider place, though the corpus's name list takes "New York" for a person (U23 S38).
	if ((!wider && article.isPerson(place)) || place.split(/\s+/u).length > 3) return false;
	return !/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An)\b/u.test(
		place
	);
}

/** The where idea of one sentence, or undefined. */
export function whereIdea(sentence: Sentence, article: ArticleView): Idea | undefined {
	const text = named(sentence, article)
		.replace(/\s*\([^()]*\)/gu, '')
		.split(/;\s+/u)[0];
	const m = WHERE.exec(text);
	if (!m) return undefined;
	const [, doer, be, passive, active, , rawPlace] = m;
	const place = rawPlace.replace(/\s+(?:of|the|de|on|upon|am|an|der)$/u, '');
	const after = text.slice(m.index + m[0].length - (rawPlace.length - place.length));
	if (!AFTER_PLACE.test(after) || !placeLike(place, article)) return undefined;
	// "born in Beechcroft Avenue": a street or a building is no place a student learns.
	if (
		/\b(?:Avenue|Street|Road|Lane|Square|Hospital|House|Hall|Church|Hotel|Place|Drive)$/u.test(
			place
		)
	)
		return undefined;
	// A name of one word is a person's surname or a pronoun's antecedent no reader knows alone.
	const life = lifeName(article);
	const bare = doer.replace(/^[Tt]he\s+/u, '');
	if (bare.split(/\s+/u).length < 2 && fold(bare) !== fold(life?.split(/\s+/u).at(-1) ?? '#'))
		return undefined;
	// A life's birth or death is asked only of the document's own subject.
	const own =
		!!life && (fold(bare) === fold(life) || fold(bare) === fold(life.split(/\s+/u).at(-1)!));
	// Where a person died is rarely why they matter: blind reviews accepted 6 of 23 verdicts on it
	// (U23–U29 on encyclopedia lives 3 of 8; H18–H22 on class handouts 3 of 15: Kepler,
	// Mendeleev, Rutherford, Hooke, Columbus). A birthplace stays (53 of 76 over the same reviews).
	if (active) return undefined;
	// Where a book was published is a publisher's detail (H22 S30, all three reviewers: trivia).
	if (passive === 'published') return undefined;
	if (passive === 'born' && !own) return undefined;
	// A death place is worth learning when it is a town a reader knows (U23 passed "Where did
	// Paul Valéry die?" → "Paris"); a village the text must place in a district and a country
	// ("in Tenero-Contra, Locarno, Switzerland") is a life's trivia (U25 S22, both reviewers).
	if (active && !article.isPlace(place) && /^,\s+[^,.;]+,\s+\p{Lu}/u.test(after)) return undefined;
	// "Oscar Muñoz (artist)": the title's disambiguator says which Oscar Muñoz ("Where was the
	// artist Oscar Muñoz born?"); dropped, the prompt named someone else too (U29 S17).
	const which = /\s\((\p{Ll}+(?:\s\p{Ll}+)?)\)$/u.exec(article.title)?.[1];
	const name = own
		? which && !/\d/u.test(which)
			? `the ${which} ${life!}`
			: life!
		: doer.replace(/^The\s/u, 'the ');
	if (unexplainedAcronym(name)) return undefined;
	const verb = active ?? passive;
	// "Where were the Olympic Games held?" (blind review H26, all three reviewers): a thing that
	// is held is held again, elsewhere, so the question needs the year the sentence gives ("…
	// held in 1936?"); with none it has as many answers as there were meetings (gen71).
	const year = /\b(?:1\d{3}|20\d{2})\b/u.exec(text)?.[0];
	if (passive === 'held' && !year) return undefined;
	const when = passive === 'held' && !name.includes(year!) ? ` in ${year}` : '';
	const prompt = active
		? `Where did ${name} ${ACTIVE[active]}?`
		: `Where ${be} ${name} ${passive.replace(/\s+/gu, ' ')}${when}?`;
	// The same doer and verb with another place: the key is one of two.
	const key = fold(bare.split(/\s+/u).at(-1)!);
	const elsewhere = new RegExp(String.raw`\b(?:in|at|near)\s+(${PLACE})`, 'gu');
	const contested = article.sentences.some(
		(s) =>
			s !== sentence &&
			fold(s.text).includes(key) &&
			new RegExp(`\\b${verb}\\b`, 'u').test(s.text) &&
			[...s.text.matchAll(elsewhere)].some(
				(p) => placeLike(p[1], article) && fold(p[1]) !== fold(place)
			)
	);
	if (contested || fold(prompt).includes(fold(place))) return undefined;
	// "born in St Thomas, Swansea": a district and its city (or a city and its country) are one
	// place at two grains; the key is the whole, and each part is accepted (U22 S18 keyed only
	// "St Thomas", and a reader who typed "Swansea" was marked wrong).
	// "born in Popayán, Colombia and grew up in Cali": an "and" after the country ends it too
	// (U29 S17 keyed only "Popayán", and "Popayán, Colombia" was marked wrong); the key stays
	// the town, since "Colombia and grew" reads as a list cut to the key-whole checks.
	const coarser = new RegExp(String.raw`^,\s+(${PLACE})(?=[.;,]|$|\s+(?:on|in|and)\s)`, 'u').exec(
		after
	);
	const wider =
		coarser && placeLike(coarser[1], article, true) && !fold(prompt).includes(fold(coarser[1]))
			? coarser[1]
			: undefined;
	// "born in Uleytokpo, near Alchi in the Leh district of Jammu and Kashmir": the village alone
	// marks wrong whoever types the district or the state the sentence gives (U24 S45); the key
	// carries the largest unit an "in" names, and every place of the phrase is accepted.
	const around = wider ? undefined : placesAround(after);
	if (around) {
		// An island or an apposition ("at Ulmo, on the Isle of Varn"): the town is the key, the
		// enclosing places are accepted (a key "Ulmo, Isle of Varn" the sentence never writes
		// fails the key checks).
		return /^,\s+(?:on|an?)\s/u.test(after)
			? whereCard(sentence, text, prompt, place, undefined, around.all)
			: whereCard(sentence, text, prompt, place, around.wider, [place, ...around.all]);
	}
	// Typed, never chosen: places nest ("Berlin" is in "Prussia"), so another place the text
	// names may be true as well.
	if (wider && /^\s+and\s/u.test(after.slice(coarser![0].length)))
		return whereCard(sentence, text, prompt, place, undefined, [`${place}, ${wider}`, wider]);
	return whereCard(sentence, text, prompt, place, wider, wider ? [place, wider] : undefined);
}

/** A typed where card: `place` keyed with its `wider` unit when there is one. */
function whereCard(
	sentence: Sentence,
	text: string,
	prompt: string,
	place: string,
	wider: string | undefined,
	accept: string[] | undefined
): Idea {
	return {
		kind: 'where',
		sentence,
		type: 'short',
		prompt,
		answer: wider ? `${place}, ${wider}` : place,
		...(accept ? { accept } : {}),
		start: Math.max(0, sentence.text.indexOf(place)),
		context: text,
		doubt: place,
		weight: 0
	};
}

/**
 * The places a locative phrase after a place names (", near Alchi in the Leh district of Jammu
 * and Kashmir" → all: Alchi, Leh, Jammu and Kashmir; wider: Jammu and Kashmir, the last place
 * after "in", which holds the first; "near" alone holds nothing), or undefined when none follows.
 */
export function placesAround(after: string): { all: string[]; wider?: string } | undefined {
	const names = (s: string) =>
		[...s.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+|of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)*/gu)].map(
			(n) => n[0]
		);
	// ", on the Isle of Wight" and ", a small town in Kent, England": the enclosing place an island
	// or an apposition names is as right an answer as the town (H22 S42, all three reviewers:
	// "Isle of Wight" was marked wrong for a birthplace keyed "Freshwater"; gen67).
	const enclosing =
		/^,\s+on\s+(?:the\s+)?([^.;,]*)/u.exec(after)?.[1] ??
		/^,\s+an?\s+(?:\p{Ll}+\s+){1,3}in\s+([^.;,]*(?:,\s+\p{Lu}[^.;,]*)?)/u.exec(after)?.[1];
	if (enclosing) {
		const all = names(enclosing);
		return all.length ? { all, wider: all.at(-1)! } : undefined;
	}
	const m = /^,\s+(near|in|outside)\s([^.;,]*)/u.exec(after);
	if (!m) return undefined;
	const phrase = m[1] === 'in' ? `in ${m[2]}` : m[2];
	const all = names(phrase);
	if (!all.length) return undefined;
	const within = /(?:^|\s)in\s(.*)$/u.exec(phrase);
	const wider = within ? names(within[1]).at(-1) : undefined;
	return { all, ...(wider ? { wider } : {}) };
}

/** The places of the article's events, in reading order. */
export function whereIdeas(article: ArticleView): Idea[] {
	return article.sentences.flatMap((s) => whereIdea(s, article) ?? []);
}
