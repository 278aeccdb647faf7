/**
 * A person's gloss that is only their class or job ("an official of the Company's mint in
 * Calcutta", "a man of remarkably humble origins"), taken from a sentence whose news is what the
 * person did: "It was finally deciphered in 1837 by James Prinsep, an official of …" → "Who was
 * James Prinsep?" keyed with the job. Both blind reviewers failed such cards as partial keys: a
 * student who answers what the person is known for, the deed the same sentence tells, marks
 * themself wrong (2027-01-16 S03; 2027-01-08 S21, 2027-01-09 S25 and H37's "Villa, a former
 * bandit and cattle rustler" failed the same way). A gloss that carries a deed ("who commanded
 * the Irish Citizen Army", "linked to the Black Hand") says what the person did and stays, as
 * does a sentence that only brings the person in ("There was also Edgar, a great-nephew of …":
 * the gloss is its news; both reviewers accepted it, 2027-01-08 S09). Pure.
 */

import { HUMAN_ROLE } from './idea-role-words';

/** In a gloss, a clause or participle that tells a deed: "who led …", "linked to …". */
const DEED = /\b(?:who|whose|which|that)\b|\b\p{Ll}{3,}(?:ed|ing)\b/u;

/** Before the name, a sentence that only brings the person in: "There was also". */
const INTRODUCED = /^There\s+(?:was|were|is|are)(?:\s+also)?$/u;

/**
 * True when `key` (a person's gloss, "an official of …") names only a class or job while the
 * sentence, whose text before the person's name is `before`, tells something the person did.
 */
export function jobOnlyGloss(key: string, before: string): boolean {
	return !DEED.test(key) && !INTRODUCED.test(before.trim());
}

/** Role nouns besides `HUMAN_ROLE`'s trades that only a person's gloss has. */
const ROLE_WORD =
	/^(?:official|officer|veteran|commander|leader|chief|warrior|lawyer|clerk|servant|slave|noble|nobleman|peasant|farmer|settler|colonist|trader|student|pupil|disciple|follower|descendant|son|daughter|brother|sister|wife|husband|widow|father|mother|nephew|niece|cousin|grandson|granddaughter|man|woman|boy|girl|friend|rival|ally|heir|successor|member)$/u;

/**
 * True when a gloss's class, before any "of", "from", "who" or participle, is a person's role
 * ("a forestry official from Baden", "a prince from Central Asia", "a former Khmer Rouge
 * commander who …"): a gloss that says its name is a person's, however the name is spelled.
 */
export function roleGloss(key: string): boolean {
	const head = key.split(
		/\s+(?:of|from|in|at|on|for|to|with|who|whose|that|which|held|born|based)\s/u
	)[0];
	const last = head.split(/\s+/u).at(-1) ?? '';
	return HUMAN_ROLE.test(last) || ROLE_WORD.test(last) || /^\p{Ll}{3,}(?:ist|ian)$/u.test(last);
}

/**
 * True when a person's gloss is a side detail of the sentence (H13, three reviewers, five cards):
 * the sentence goes on with the person's own verb ("Babur, a prince …, defeated …": what they
 * did is its news), or the gloss is a role they had left ("Hun Sen, a former Khmer Rouge
 * commander who had fled …": the handout makes him prime minister). A student who answers what
 * the person is known for marks themself wrong. `after` is the sentence's text after the gloss.
 */
export function sideGloss(key: string, after: string): boolean {
	return /^an?\s+former\b/u.test(key) || OWN_VERB.test(after);
}

/** After a subject's gloss, its own verb: ", defeated …", ", saw …", ", later became …". */
const OWN_VERB =
	/^,\s+(?:(?:later|then|also|soon|eventually)\s+)?(?:was|were|had|\p{Ll}{3,}ed|saw|led|made|took|gave|won|wrote|built|began|became|fought|drew|ran|set|sent|brought|broke|chose|fled|rose|sought|struck|swore|told|went)\b/u;
