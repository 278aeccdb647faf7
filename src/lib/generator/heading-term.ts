/**
 * Whether a section's heading names a term its line defines: "## Tropisms" over "Tropism: a growth
 * response towards or away from a stimulus", "## Weather vs climate" over "Climate: the average
 * weather of …" (gen85, issue 12: a student's notes define one term a section, and a lone
 * "Term: meaning" line in a document was refused as a list's label, so notes with one such line
 * gave no draft). A heading that names the term says the line is that term's meaning; a label
 * is a word the heading does not hold ("Afterwards", "Consequences" under "Cuban Missile
 * Crisis", "Oxygen" under "Gas tests"). Every word of the term must be in the heading, a
 * plural folded to its singular. Pure.
 */
export function headingNamesTerm(term: string, section: string): boolean {
	const words = (text: string) =>
		(text.toLowerCase().match(/\p{L}[\p{L}’'-]*/gu) ?? []).map((w) =>
			w.replace(/(?<=s|x|ch|sh)es$/u, '').replace(/(?<=\p{L}{3}[^s])s$/u, '')
		);
	const heading = new Set(words(section));
	const own = words(term);
	return own.length > 0 && own.every((w) => heading.has(w));
}
