/**
 * A title or honorific a student writes before a name: "Dr John Snow" for "John Snow", "Sir
 * Isaac Newton" for "Isaac Newton", "President Lincoln" for "Lincoln". A teacher asking who
 * found the cause of cholera takes "Dr John Snow": the title adds nothing wrong (an outsider's
 * review, build 2a5d1257: it was marked wrong with no "Almost"). This is the other half of the
 * rule that a title may be left out (`blank-accept.ts`: "Victoria" for "Queen Victoria").
 *
 * Only before a name (the key begins with a capital) and only when the key
 * has no title of its own: "King Victoria" for "Queen Victoria" stays wrong, as the title is
 * part of what is asked there.
 *
 * Source of the list: the forms of address before a personal name in the Chicago Manual of
 * Style (10.14–10.21: civil, military, religious and professional titles) and Debrett's (royal,
 * noble and courtesy titles), in full and in their usual abbreviations.
 */

const TITLES = [
	'Dr',
	'Doctor',
	'Sir',
	'Dame',
	'Lord',
	'Lady',
	'President',
	'Vice President',
	'Prime Minister',
	'Chancellor',
	'Senator',
	'Governor',
	'King',
	'Queen',
	'Prince',
	'Princess',
	'Emperor',
	'Empress',
	'Tsar',
	'Czar',
	'Pope',
	'Duke',
	'Duchess',
	'Count',
	'Countess',
	'Baron',
	'Baroness',
	'Saint',
	'St',
	'Mr',
	'Mrs',
	'Ms',
	'Miss',
	'Mx',
	'Madame',
	'Mme',
	'Monsieur',
	'Herr',
	'Frau',
	'Professor',
	'Prof',
	'Captain',
	'Capt',
	'General',
	'Gen',
	'Admiral',
	'Adm',
	'Colonel',
	'Col',
	'Major',
	'Lieutenant',
	'Lt',
	'Sergeant',
	'Sgt',
	'Commander',
	'Cmdr',
	'Marshal',
	'Field Marshal',
	'Reverend',
	'Rev',
	'Father',
	'Fr',
	'Sister',
	'Brother',
	'Bishop',
	'Archbishop',
	'Cardinal',
	'Rabbi',
	'Imam',
	'Sheikh',
	'Sultan',
	'Ayatollah'
];

/** A title (its dot optional), then space, at the start; longest first ("Vice President"). */
const LEADING_TITLE = new RegExp(
	String.raw`^\s*(?:the\s+)?(?:${[...TITLES]
		.sort((a, b) => b.length - a.length)
		.map((title) => title.replace(/ /g, String.raw`\s+`))
		.join('|')})\.?\s+`,
	'iu'
);

/**
 * `typed` without the titles before its name ("Dr. John Snow" → "John Snow", "Sir Dr X" → "X"),
 * or null when it starts with none or nothing follows. Case is free, as the checker's is ("dr
 * john snow"); the caller checks that the key is a name. Pure.
 */
export function withoutLeadingTitle(typed: string): string | null {
	let rest = typed;
	while (LEADING_TITLE.test(rest)) rest = rest.replace(LEADING_TITLE, '');
	return rest !== typed && rest.trim() ? rest : null;
}

/** Whether `key` (a stored answer) begins with a title: then a typed one is not extra. */
export function hasLeadingTitle(key: string): boolean {
	return LEADING_TITLE.test(key);
}
