/**
 * Where a sentence's subject stands when the text before its first comma is no opening phrase
 * (gen38, issue 12: `commonNounSubject` read the words after that comma as the subject, so a
 * handout's "Australia federated in 1901, bringing together six former British colonies …",
 * "Vaccination made possible the eradication of smallpox, which …" and "Titus Andronicus, a
 * revenge play, dates from …" were refused as pointing back: four handouts of h37 and h35 lost
 * their only statement). Pure.
 */

/** An opening phrase's first word: a preposition, a subordinator or a time adverb. */
const OPENS_PHRASE =
	/^(?:in|on|at|by|after|before|during|since|until|from|for|with|without|under|over|as|when|while|whereas|although|though|because|if|once|unless|despite|following|later|then|meanwhile|however|yet|so|but|and|also|today|now|here|there)\b/iu;

/** What follows a main clause's comma: a relative clause, a participle clause ("followed by …"). */
const TAIL = /^(?:which|who|whom|whose|where|\p{Ll}+ing|\p{Ll}+ed\s+by)\b/u;

/**
 * A name's relative aside and then the verb ("Yongle, who reigned until 1424, was …"); "which"
 * only after a name of two words or more ("Tension, which rose …, broke out" opens on a noun).
 */
const RELATIVE_THEN_VERB = /^who\s[^,]{2,80},\s+\p{Ll}/u;
const WHICH_THEN_VERB = /^which\s[^,]{2,80},\s+\p{Ll}/u;

/** A dating phrase before a subject with no comma ("In 1932 General Ivo Varn attempted a coup"). */
const DATED_OPENING =
	/^(?:In|On|By|During|At|From)\s+(?:[^,\s]+\s+){0,3}?(?:\d{3,4}|\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+\s+\d{3,4})\s+(?=\p{Lu})/u;

/** An aside after a name ("a revenge play,") and the verb it leads to. */
const ASIDE_THEN_VERB = /^(?:a|an|the)\s[^,]{2,80},\s+\p{Ll}/u;

/**
 * A named subject and its verb before a list's or a second clause's comma ("The Mines Act of 1842
 * banned women, girls and boys …", "Premier Ivo Varn worked to protect some officials, and …"):
 * two capitalised words or more (a year may follow "of"), then a lower-case word that is no
 * preposition or article. One capitalised word is not enough: "Tension rose in 1908, and …" and
 * "Success came …" open on a common noun (gen46's trial, issue 12).
 */
const NAMED_CLAUSE =
	/^(?:The\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|de|von|van)\s+(?:the\s+)?)?(?:\p{Lu}[\p{L}'’.-]*|\d{3,4}))+\s+(?!(?:in|on|at|of|for|with|and|or|but|the|a|an|to|from|by|near|into|across|during|after|before|under|over)\b)\p{Ll}/u;

/** Prepositions an opening phrase may start with beside `OPENS_PHRASE`'s ("Unlike Ostra Varn in the north, …"). */
const OPENS_PHRASE_TOO =
	/^(?:across|along|around|throughout|unlike|like|near|beyond|within|inside|outside|among|between|against|towards?|upon|into|through|about|above|below|behind|beside|besides|except|amid|to|of|back|even|still|thus|instead|indeed|finally|first|second|third|next|soon|eventually|ultimately|again)\b/iu;

/** A name of one to five capitalised words ("Titus Andronicus", "The Sihwa Lake"). */
const NAME = /^(?:The\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*){0,4}$/u;

/**
 * The clause whose subject anchors the sentence when the text before the first comma is no
 * opening phrase: that text itself when it is a main clause followed by a relative or
 * participle clause ("Australia federated in 1901, bringing …"), a named subject with its verb
 * before a list's comma (`NAMED_CLAUSE`: "The Mines Act of 1842 banned women, girls and …"), or a
 * name followed by its aside and then the verb ("Titus Andronicus, a revenge play, dates …");
 * else undefined, and
 * the caller reads past the opening as before. `opening` is the text before the comma, `rest`
 * the text after it.
 */
export function subjectBeforeComma(opening: string, rest: string): string | undefined {
	const trimmed = opening.trim();
	// "In August 1955 Ivo Varn, a boy from Ostby, was …": the subject after the dating phrase.
	const head = trimmed.replace(DATED_OPENING, '');
	if (!/^\p{Lu}/u.test(head) || OPENS_PHRASE.test(head)) return undefined;
	// A named subject with its verb: the comma is a list's or a second clause's, not an opening's.
	if (!OPENS_PHRASE_TOO.test(head) && NAMED_CLAUSE.test(head)) return head;
	const words = head.split(/\s+/u);
	// A main clause: a subject and a verb, three words at least, then "which …" or "bringing …".
	if (words.length >= 3 && TAIL.test(rest.trim())) return head;
	if (
		NAME.test(head) &&
		(ASIDE_THEN_VERB.test(rest.trim()) ||
			RELATIVE_THEN_VERB.test(rest.trim()) ||
			(words.length >= 2 && WHICH_THEN_VERB.test(rest.trim())))
	)
		return head;
	return undefined;
}
