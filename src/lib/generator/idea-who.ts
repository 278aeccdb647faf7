import { HUMAN_ROLE } from './idea-role-words';
import { roleHead } from './idea-person';
import { wholeKey } from './idea-key';

/**
 * Who a lead definition is about, and what a person's card must say (issue 12, the outsider
 * teacher's own articles):
 * - "What was Johannes Gutenberg?" → a person is "Who was …?": person-ness is read from the
 *   sentence itself (years of birth and death, a human role noun such as inventor, statesman,
 *   painter, king), not only from the corpus's list of people;
 * - "Who was Otto von Bismarck?" → "A Prussian statesman" is a nationality and a role, too
 *   thin to teach: the defining clause that follows ("who unified Germany …") is kept, else the
 *   card is refused. Pure.
 */

/** Years of a life after the name: "(1815 – 1898)", "(c. 1400 – 1468)", "(born 1950)", "(died 1468)". */
const LIFE_YEARS =
	/^[^()]{2,80}\((?:[^()]*\b\d{3,4}\s*[–-]\s*[^()]*\b\d{3,4}|(?:born|b\.|died|d\.)\s[^()]*\b\d{3,4})[^()]*\)/u;

/** The head noun of a predicate's first item: "a German inventor and craftsman who …" → "inventor". */
function firstRoleWord(predicate: string): string | undefined {
	// "a crime novel about a harbour pilot": the head ends where a phrase or clause begins.
	const item = predicate.split(
		/,|\s+(?:and|who|which|whose|that|of|in|from|at|about|for|with|by|on|to)\s/u
	)[0];
	return roleHead(item);
}

/**
 * True when a lead sentence defines a person: the name is followed by the years of a life, or
 * the predicate's first noun is a human role ("a German inventor", "an Italian painter").
 */
export function definesPerson(sentence: string, predicate: string): boolean {
	if (LIFE_YEARS.test(sentence)) return true;
	const head = firstRoleWord(predicate) ?? '';
	// "anthropologist", "sociologist": a student of a field is a person (U23 S64).
	return HUMAN_ROLE.test(head) || /\p{Ll}ologist$/u.test(head);
}

/**
 * True when a role says only where a person was from and what they were: "a Prussian
 * statesman", "a German inventor and craftsman" (capitalised words, role nouns and "and").
 * `isRole` tells a role noun.
 */
export function thinRole(role: string, isRole: (word: string) => boolean): boolean {
	const rest = role
		.replace(/^(?:a|an|the)\s+/iu, '')
		.split(/[\s,]+/u)
		.filter(Boolean);
	return rest.every((w) => /^\p{Lu}/u.test(w) || w === 'and' || isRole(w) || HUMAN_ROLE.test(w));
}

/**
 * The role with the defining clause that follows it in the predicate: "a Prussian statesman
 * who unified Germany in 1871" (from "a Prussian statesman who unified Germany in 1871 and
 * served as …", cut as `wholeKey` cuts a key), or undefined when no "who" clause follows.
 */
export function roleWithClause(predicate: string, role: string): string | undefined {
	const rest = predicate.slice(predicate.indexOf(role) + role.length);
	if (!predicate.includes(role) || !/^,?\s+who\s+\p{Ll}/u.test(rest)) return undefined;
	return wholeKey(`${role} ${rest.replace(/^,?\s+/u, '')}`);
}

/**
 * Deeds that make a person worth a card: what they invented, discovered, founded or coined.
 * Not "wrote", "led", "developed" or "established" ("developed an interest in", "established
 * himself as"): a career's passing acts.
 */
const LASTING_DEED =
	/^(?:He|She)\s+(?:also\s+)?((?:invented|discovered|co-discovered|founded|co-founded|formulated|pioneered|devised|coined)\s+(?:the|a|an)\s[^,;:()"“]+?)(?=,|;|\.$|\s+(?:and|but|while|when|after|before|because)\s|$)/u;

/**
 * A thin role with the deed the next lead sentence tells (issue 12's recall: "Laennec … was a
 * French physician. He invented the stethoscope in 1816, while working at …" → "a French
 * physician who invented the stethoscope in 1816"), or undefined when that sentence opens on no
 * lasting deed of the person. `next` is the sentence right after the lead's definition.
 */
export function roleWithDeed(role: string, next: string | undefined): string | undefined {
	const deed = next ? LASTING_DEED.exec(next.trim())?.[1] : undefined;
	if (!deed || deed.split(/\s+/u).length > 14) return undefined;
	return wholeKey(`${role} who ${deed.trim()}`);
}
