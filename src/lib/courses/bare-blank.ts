/**
 * Blanks a suggested sentence is never asked by because the answer names nothing a student
 * could learn from the sentence, or the rest of the sentence asks nothing (outsider teacher,
 * issue 12: "The typical ship of the League" hidden as a key term, and "German", "League",
 * "Monday", "Monument" as names). General English, not one corpus's words.
 */

/** Weekdays and months alone: when, never what. */
const WHEN =
	/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)s?$/u;

/** Demonyms that do not end in "-ian", "-ese" or "-ish" ("German", "French", "Dutch"). */
const DEMONYM =
	/^(?:German|French|Dutch|Greek|Swiss|Thai|Czech|Arab|Roman|Norse|Welsh|Scots|American|Mexican|Moroccan|Korean|European|African|Saxon|Frank|Slav|Viking|Moor|Celt|Turk|Pole|Dane|Swede|Finn|Scot|Briton|Norman|Gaul|Goth|Hun|Jew|Inuit|Iraqi|Israeli|Pakistani|Bangladeshi|Kuwaiti|Saudi|Yemeni|Nepali|Somali)s?$/u;
/** A demonym's endings ("Bulgarian", "Japanese", "Danish"), given names that share them left out. */
const DEMONYM_ENDING = /^\p{Lu}\p{Ll}{2,}(?:ian|ean|ese|ish)s?$/u;
const GIVEN_NAMES =
	/^(?:Christian|Brian|Julian|Adrian|Damian|Florian|Fabian|Sebastian|Vivian|Lillian|Marian|Maximilian|Hadrian|Justinian|Diocletian|Aurelian|Valerian|Gratian|Cyprian)$/u;

/**
 * Nouns that are capitalised as part of a name ("the Hanseatic League", "the Lion Monument")
 * and mean nothing alone: "the League" points back to the name, and hiding it asks for a
 * common noun.
 */
const GENERIC =
	/^(?:League|Monument|Memorial|Empire|Kingdom|Republic|Church|Party|Army|Navy|Union|Council|Treaty|Museum|Cathedral|Castle|Bridge|River|University|College|School|Company|Society|Association|Committee|Parliament|Senate|Congress|Court|Act|Law|War|Battle|Revolution|Crown|State|States|City|Town|Island|Islands|Mountain|Mountains|Lake|Sea|Ocean|Palace|Tower|Wall|Square|Street|Hall|Order|Movement|Bank|Federation|Alliance|Pact|Agreement|Accord|Conference|Assembly|Commission|Ministry|Department|Institute|Foundation|Centre|Center|Temple|Abbey|Fort|Station|Port|Harbour|Harbor|Canal|Dam|Reservoir|Tunnel|Pyramid|Lighthouse|Dynasty|Period|Age|Era|Government|Office|Board|Agency|Corporation|Group|Club|Team|Festival|Prize|Award|Declaration|Charter|Constitution|Convention|Protocol|Resolution|Bill|Statute|Diet|Estates|Guild|Province|Region|County|District|Valley|Coast|Peninsula|Desert|Forest|Park|Garden|Gate|Cross|Column|Statue|Arch|Basilica|Mosque|Chapel|Monastery|Convent|Library|Archive|Gallery|Theatre|Theater|Stadium|Airport|Railway|Road|Highway|Line|Plan|Programme|Program|Project|Mission|Expedition|Campaign|Operation|Crisis|Affair|Incident|Massacre|Siege|Uprising|Rebellion|Revolt|Reformation|Renaissance|Enlightenment|Conquest|Invasion|Occupation|Peace|Truce)$/u;

/**
 * Our planet and world, capitalised in "on Earth", "around the World": a science article names
 * them in passing, and a blank on them asks what every student knows (outsider teacher: "Earth"
 * three times among eight volcano suggestions).
 */
const EVERYWHERE = /^(?:Earth|World|Globe)$/u;

/**
 * Whether `answer` (a blank's text) is one bare word that names nothing alone: a weekday or a
 * month, a demonym ("German", "Bulgarians", "Japanese"), a generic noun of a name ("League",
 * "Monument") or "Earth". A name of several words ("German Empire", "Hanseatic League") is never
 * bare.
 */
export function bareWord(answer: string): boolean {
	if (/\s/u.test(answer.trim())) return false;
	const word = answer.trim();
	if (WHEN.test(word) || DEMONYM.test(word) || GENERIC.test(word) || EVERYWHERE.test(word))
		return true;
	return DEMONYM_ENDING.test(word) && !GIVEN_NAMES.test(word.replace(/s$/u, ''));
}

/**
 * The generic noun a name ends on ("Suez Canal" → "Canal", "Aswan High Dam" → "Dam"), or
 * undefined: such a name is a thing or a place, never a person.
 */
export function genericHead(name: string): string | undefined {
	const last = name.trim().split(/\s+/u).at(-1) ?? '';
	return /\s/u.test(name.trim()) && GENERIC.test(last) ? last : undefined;
}

/** What English adds to a place to name its people: "Londoners", "Parisians", "Romans". */
const PEOPLE_OF = /^(\p{Lu}\p{Ll}+?)(?:ers?|ians?|ans?|ites?|ese|i)$/u;

/**
 * Whether one word names the people of a place (`isPlace`, the document's places): "Londoners"
 * (London), "Romans" (Rome), "Parisians" (Paris). Such a blank asks "who lived there", which the
 * place the sentence or the document names gives away.
 */
export function placeDemonym(answer: string, isPlace: (name: string) => boolean): boolean {
	const stem = PEOPLE_OF.exec(answer.trim())?.[1];
	return stem !== undefined && [stem, `${stem}e`, `${stem}a`].some(isPlace);
}

/** A sentence's opening phrase before its subject: "In 1400, ", "During the war, ". */
const OPENING_PHRASE =
	/^(?:(?:In|During|By|From|Under|At|For|Since|After|Before|Throughout|Within|Across|Among|Until|Around)\s[^,]{1,60},\s+)?/u;
/** The main verb right after the subject: a form of being, becoming or remaining. */
const LINKING_VERB =
	/^\s+(?:is|are|was|were|became|become|becomes|remained|remains|has been|had been)\b/u;
/**
 * A description of something by its relation to a name: "The typical ship of the League", "The
 * largest city in Norvania", "A chief export of Kalby". A term of its own ("The marginal cost",
 * "The theory of evolution") has no name after its "of".
 */
const RELATIONAL_DESCRIPTION =
	/^(?:[Tt]he|[Aa]n?)\s+(?:\p{Ll}[\p{L}-]*\s+){1,4}(?:of|in|for|at|on|from|among|within)\s+(?:the\s+)?\p{Lu}/u;

/**
 * Whether a blank hides a sentence's grammatical subject that is the whole clue: the subject
 * describes something by a name ("The typical ship of the League was the cog"), so with it
 * hidden the rest ("____ was the cog") asks nothing; the fair blank is what it is ("the cog").
 * `span` is the blank's place in `text`.
 */
export function subjectIsTheClue(text: string, span: { start: number; end: number }): boolean {
	const opening = OPENING_PHRASE.exec(text)?.[0].length ?? 0;
	if (span.start !== opening) return false;
	const answer = text.slice(span.start, span.end);
	return RELATIONAL_DESCRIPTION.test(answer) && LINKING_VERB.test(text.slice(span.end));
}
