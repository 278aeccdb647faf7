import { roleOf } from './facts';
import { pastFact } from './idea-dated';
import type { ArticleView, Idea } from './ideas';
import type { Person } from './lexicon';
import { LEADER_OFFICE } from './office';
import { findWhole, type Sentence } from './text';

/**
 * Kind 3, the office of a person a text keeps naming: "What office did Vera Lund hold in
 * March 2025?" → "Ostran Prime Minister". A news report defines nothing ("X is a Y"), so the
 * lead kind gives it no card; what a reader of the news must know first is who its actors are
 * (the outsider's two pasted reports, and three of the built-in course's five articles, gave no
 * draft at all). Asked only of a text whose lead defines nothing, only of a leader's office
 * (`LEADER_OFFICE`: blind reviews B1 and B2 failed a minister's and an analyst's titles), only
 * of a person named in two or more sentences, and dated, since an office changes hands (U7 S09
 * failed a present-tense count).
 */

/** A role that is no longer held when the text was written, or only stood for: "then", "former". */
const PAST = /\b(?:then|former|ex|late|acting|outgoing|interim)\b/iu;

/** The sentences of the article that name the person, in any of their forms or by surname. */
function mentions(person: Person, sentences: Sentence[]): Sentence[] {
	const forms = person.ambiguous ? person.forms : [...person.forms, person.surname];
	return sentences.filter((s) => forms.some((f) => findWhole(s.text, f) >= 0));
}

/** The office a sentence gives one of the person's full names right beside it, and that name. */
export function officeIn(
	sentence: Sentence,
	person: Person
): { name: string; office: string } | undefined {
	for (const name of person.forms) {
		if (!/\s/u.test(name)) continue;
		const at = findWhole(sentence.text, name);
		if (at < 0) continue;
		const office = roleOf(sentence.text, name, at)?.replace(/^(?:the|a|an)\s+/iu, '');
		// "… of former Prime Minister Shinzō Abe": the word before the office says it was left
		// (U17 S25), as much as one inside it.
		const before = sentence.text.slice(Math.max(0, at - (office?.length ?? 0) - 12), at);
		if (office && LEADER_OFFICE.test(office) && !PAST.test(office) && !PAST.test(before))
			return { name, office };
	}
	return undefined;
}

/** An outlet whose copy is a snapshot of a page rewritten over years, not a dated report. */
const ENCYCLOPEDIA = /\b(?:Wikipedia|Encyclop(?:a)?edia|Britannica|Wikia|Fandom)\b/iu;

/** The office cards of a text whose lead defines nothing: one per person, first mention first. */
export function roleIdeas(article: ArticleView): Idea[] {
	// An office changes hands: a text with no date of its own gets no office card (issue 12).
	if (!article.doc.asOf) return [];
	// An encyclopedia's date is the day its copy was taken, not the day a sentence was written:
	// "British Prime Minister Theresa May" in a list of a bloc's advocates was asked "in July
	// 2019" (U29 S28), and no encyclopedia's office card ever passed a blind review (0 of 9,
	// U16–U29: the date came from the dump, the office from a passing mention).
	if (ENCYCLOPEDIA.test(article.doc.short)) return [];
	const ideas: Idea[] = [];
	for (const person of article.people) {
		const named = mentions(person, article.sentences);
		if (named.length < 2) continue;
		for (const sentence of named) {
			const found = officeIn(sentence, person);
			// A past fact is not true at the document's date (U14 S22): the next sentence may be.
			if (!found || pastFact(sentence, article)) continue;
			const when = ` in ${article.doc.asOf}`;
			ideas.push({
				kind: 'role',
				sentence,
				type: 'flashcard',
				prompt: `What office did ${found.name} hold${when}?`,
				answer: found.office.charAt(0).toUpperCase() + found.office.slice(1),
				span: found.name,
				start: Math.max(0, sentence.text.indexOf(found.name)),
				weight: 1 + Math.min(2, named.length / 3)
			});
			break;
		}
	}
	return ideas;
}
