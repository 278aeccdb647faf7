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
