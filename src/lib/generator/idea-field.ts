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

/**
 * "In the Hebrew Bible, ", "According to the Quran, ", "In Judaism, ", "According to legend, ":
 * a scripture, a faith or a legend the lead's account is true in. Dropped, a biblical account
 * was asked as plain history (blind review U29 S21: "Who was Abner?", both reviewers). Only a
 * scripture's or a faith's own name: "In the United States", "In the Middle Ages" and
 * "According to the census" are no frame.
 */
const FRAME =
	/^(?:In|According to)\s+((?:the\s+)?(?:(?:Hebrew |Christian |Greek |Latin )?Bible|(?:Old |New )?Testament|Torah|Tanakh|Talmud|Septuagint|Quran|Qur['’]an|Koran|Hadith|(?:\p{Lu}\p{Ll}+ )?Gospels?(?: of \p{Lu}\p{Ll}+)?|Book of (?:the )?\p{Lu}\p{Ll}+|Vedas?|Rigveda|Upanishads|Mahabharata|Ramayana|Iliad|Odyssey|Aeneid|Edda|Kalevala|Christianity|Islam|\p{Lu}\p{Ll}+ism|legend|tradition|folklore|myth|mythology|scripture)),\s/u;

/**
 * The field or frame a sentence opens on ("law", "the Hebrew Bible", "legend"), or undefined
 * ("In 1990, …", "In Ostra, …").
 */
export function leadField(sentence: string): string | undefined {
	return FRAME.exec(sentence)?.[1] ?? FIELD.exec(sentence)?.[1].trim();
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
