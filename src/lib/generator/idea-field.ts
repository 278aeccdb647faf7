/**
 * The field a lead names before its definition: "In law, a proximate cause is …". Dropped, the
 * prompt asks a term other fields define otherwise ("proximate cause" in biology or philosophy):
 * blind review U14 S28 failed "What is a proximate cause?" as having more than one answer.
 */

/**
 * "In law, " / "In computer science, " / "In Greek mythology, ": one to three lower-case words,
 * after at most one capitalised word, then a comma. Never a possessive, a determiner or a manner
 * phrase ("In its older, more literal sense, …", "In general, …": U19 S06 asked "What does more
 * literal sense refer to in its older?"). "In Greek mythology" dropped, a myth's king
 * was asked as plain history (U15 S33, faithful).
 */
const FIELD =
	/^In\s+(?!(?:its|his|her|their|our|the|a|an|this|that|these|those|some|one|general|particular|practice|theory|fact|addition|contrast|turn|short|total|effect|brief|sum|essence|principle|most|many|other|recent|modern)\b)((?:\p{Lu}\p{Ll}+\s)?(?:\p{Ll}[\p{Ll}-]*\s?){1,3}),\s/u;

/** The field a sentence opens on ("law"), or undefined ("In 1990, …", "In Ostra, …"). */
export function leadField(sentence: string): string | undefined {
	return FIELD.exec(sentence)?.[1].trim();
}

/**
 * The prompt with the sentence's field kept: "What is a proximate cause?" → "What is a
 * proximate cause in law?". Unchanged when the sentence names no field or the prompt already
 * says it.
 */
export function withField(prompt: string, sentence: string): string {
	const field = leadField(sentence);
	if (!field || !prompt.endsWith('?') || prompt.includes(` ${field}`)) return prompt;
	return `${prompt.slice(0, -1)} in ${field}?`;
}
