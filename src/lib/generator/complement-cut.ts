/**
 * A question cut before the infinitive its verb needs (blind review H11, 2027-01-18, S31, both
 * reviewers: "Louis Pasteur carried out experiments showing that microorganisms cause food to
 * spoil" asked "Who carried out experiments showing that microorganisms cause food?"). A deed's
 * object ends where a purpose "to …" begins (`idea-deed.ts`), but after "cause", "allow",
 * "force" … and their object the "to …" is what they cause, allow or force: cut there, the prompt
 * says something else ("microorganisms cause food") and misstates the text. Pure.
 */

/**
 * Verbs that take an object and then an infinitive ("cause food to spoil", "allowed ships to
 * pass", "persuaded the king to sign"), in every form a text writes them.
 */
const TAKES_OBJECT_AND_INFINITIVE =
	/\b(?:caus|allow|enabl|forc|help|persuad|encourag|urg|order|ask|want|teach|taught|requir|invit|permit|compel|convinc|inspir|tell|told)(?:e|es|ed|ing|s|d)?\s+(?:\p{L}[\p{L}'’-]*\s+){1,4}$/iu;

/**
 * True when `object` (the text a question keeps, the next words being " to <verb>") ends inside
 * such a verb's object, so the infinitive it needs was cut: "… showing that microorganisms cause
 * food" before " to spoil". A purpose "to …" after any other verb ("built a lamp | to light
 * mines") is not.
 */
export function cutBeforeComplement(object: string): boolean {
	return TAKES_OBJECT_AND_INFINITIVE.test(`${object.trim()} `);
}
