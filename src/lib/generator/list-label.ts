import { escapeRegExp } from '$lib/text/regexp-literal';
import type { ArticleView } from './ideas';
import type { Sentence } from './text';

/**
 * A list's label is not a term (blind review H11, 2027-01-18, both reviewers on each): a handout's
 * bold lead-in of a list of threats, measures, motives or consequences ("- **Planning** – limiting
 * building on the most exposed coastal land." under "Reducing the impact"; "**Climate change** –
 * rising sea levels can drown coastal wetlands …" under "Why are wetlands disappearing?";
 * "**Social**: the chance of adventure …" under "Why did people go on crusade?") reads like a
 * glossary entry, but what follows is an effect or an example, not what the word means, and a
 * card "What is meant by the term “planning”?" has no answer without the list's frame (S09, S20,
 * S42, S86, S90, S103 "persecution", S127 "switching energy sources").
 *
 * What separates them: a term a handout defines outside its key-terms list is a word it goes on
 * using (H10/H11's accepted "ethos" 7 times, "eyewall" 3, "liming" 2, "amplitude" 2: "We hear
 * amplitude as loudness."); a label is written once, in its own item. On every reviewed glossary
 * card (H10, H11: 67 drafts) the entries outside a key-terms section that no other sentence
 * names were 9: 8 rejected by both reviewers (the seven above, H10's "invention" of the five
 * canons), 1 accepted by both ("anti-dumping", an argument in a list of arguments): 16 verdicts
 * rejecting, 2 accepting. Not caught: S96 "recovery" (the New Deal's three Rs), which
 * the handout names again in a table. Pure.
 */

/** A heading over a list of terms: "Key terms", "Glossary", "Key words", "Vocabulary", "Definitions". */
const TERMS_HEADING =
	/^(?:key\s+(?:terms|words|vocabulary|concepts)|glossary|vocabulary|definitions|terms(?:\s+to\s+\p{L}+)?|words\s+to\s+know)\b/iu;

/** True when a heading is a list of terms (`TERMS_HEADING`). */
export function termsHeading(section: string): boolean {
	return TERMS_HEADING.test(section.trim());
}

/**
 * True when another sentence of the article than `entry` names `term` (case ignored, a plural
 * "-s"/"-es" allowed): "amplitude" in "We hear amplitude as loudness.".
 */
export function namedElsewhere(term: string, entry: Sentence, sentences: Sentence[]): boolean {
	const word = new RegExp(
		`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(term)}(?:e?s)?(?![\\p{L}\\p{N}])`,
		'iu'
	);
	return sentences.some((s) => s !== entry && word.test(s.text));
}

/**
 * True when a glossary-like entry ("Term – gloss") is a list's label, not a term: it stands
 * outside a key-terms section (`termsHeading`), its gloss names no class ("a …", "an …") and no
 * other sentence of the article names it (`namedElsewhere`).
 */
export function listLabel(
	term: string,
	key: string,
	entry: Sentence,
	article: ArticleView
): boolean {
	// "Arête – a knife-edged ridge formed when …" in a list of landforms names a class: a term
	// (dev h33's arête, pyramidal peak and tributary); a label's gloss is an action or a clause.
	if (termsHeading(entry.section) || /^an?\s/iu.test(key)) return false;
	return !namedElsewhere(term, entry, article.sentences);
}
