import type { ArticleView } from './ideas';
import type { Sentence } from './text';

/**
 * When a question may carry the document's own date ("What office did X hold in July 2019?").
 * The date a text was written is when its present tense holds; a fact it tells of an earlier
 * year is not true "in July 2019": blind review U14 S22 asked the office a 2016 by-election
 * article's past-tense sentence gave, dated by the article's 2019 snapshot (issue 12).
 */

/** A year from 1000 on, as the generator reads years everywhere ("1798", "2016"). */
const YEAR = /\b(?:1\d{3}|20\d{2})\b/gu;

/**
 * A verb in the past tense: "was", "met", "described". Precision first: a participle used as
 * an adjective ("the elected council") counts too, and the draft is refused.
 */
const PAST =
	/\b(?:was|were|had|did|said|met|held|won|lost|led|left|became|took|gave|made|ran|came|went|told|saw|began|wrote|sent|spoke|stood|fought|\w{3,}ed)\b/iu;

/** True when `text` has a verb in the past tense (`PAST`). */
export function pastTense(text: string): boolean {
	return PAST.test(text);
}

/** Years back from the document's date at which a body's year makes the text history. */
const HISTORY_YEARS = 10;

/**
 * True when the text tells of a time before it was written: its title or any of its sentences
 * names a year before `docYear` (a "2016 … by-election" article dated 2019; a "History of
 * Lesotho" or "Politics of Japan" snapshot dated 2019 whose body tells of 1970 and 1994, blind
 * reviews U16 S43, S50 and U17 S29: "What office did X hold in July 2019?" for a prime minister
 * who left decades before): an earlier year in the title or opening, or one `HISTORY_YEARS` or
 * more back anywhere in the body.
 */
export function tellsEarlierYear(article: ArticleView): boolean {
	const docYear = Number(article.doc.year);
	const opening = [article.title, ...article.sentences.slice(0, 2).map((s) => s.text)].join(' ');
	if ((opening.match(YEAR) ?? []).some((y) => Number(y) < docYear)) return true;
	// In the body, a decade back or more: a news report's background years ("elected in 2017"
	// in a 2024 report) leave its past tense news of its date.
	const body = article.sentences.map((s) => s.text).join(' ');
	return (body.match(YEAR) ?? []).some((y) => Number(y) <= docYear - HISTORY_YEARS);
}

/**
 * True when the document's date must not be attached to a question from `sentence`: the
 * sentence names a year of its own, or it is in the past tense in a text about an earlier
 * year. A news report's past tense ("Vera Lund met the council on Monday") is days before
 * its date and is still dated. Refuse the draft; never date it by a guess.
 */
export function pastFact(sentence: Sentence, article: ArticleView): boolean {
	if ((sentence.text.match(YEAR) ?? []).length > 0) return true;
	return pastTense(sentence.text) && tellsEarlierYear(article);
}
