import { findWhole, words, type Sentence } from './text';

/**
 * Which sentences carry an article's main thread and which are asides (a governess's
 * timetable, a namesake club abroad). A sentence is central when its content words recur in
 * other sentences of the same article: the usual centroid idea of extractive summarising
 * (Radev et al. 2004, "Centroid-based summarization of multiple documents"). General: it knows
 * no subject, only how often an article comes back to a word.
 */

/** Words too common to say what a sentence is about. */
const STOP = new Set(
	'about after also although among around because been before being between both could during each either even first from have having into itself just last later least like many more most much must never only other over same several should since some such than that their them then there these they this those through under until upon very were what when where whether which while will with within without would year years'.split(
		' '
	)
);

/** The words of `text` that say what it is about: four letters or more, not common, not numbers. */
export function contentWords(text: string): Set<string> {
	return new Set(words(text).filter((w) => w.length >= 4 && !STOP.has(w) && !/^\d+$/.test(w)));
}

/**
 * Share of a long article's sentences taken as asides when the corpus says nothing: measured on
 * four unseen encyclopedia articles (questions/unseen/, dev set), where the least central 40%
 * gave most of the trivia a strict editor struck out.
 */
export const DEFAULT_ASIDES = 0.4;

/** Key of a sentence in the returned set: its document id and its text. */
export function sentenceKey(sentence: Pick<Sentence, 'doc' | 'text'>): string {
	return `${sentence.doc}|${sentence.text}`;
}

/**
 * The asides: per article of at least `minSentences` sentences, the `share` (0–1) of its
 * sentences whose content words recur least in its other sentences (mean count of other
 * sentences sharing each word). Shorter articles keep every sentence: a news item of ten
 * sentences has no asides to spare. Returns sentence keys (`sentenceKey`).
 */
export function peripheralSentences(
	sentences: Sentence[],
	share = DEFAULT_ASIDES,
	minSentences = 30
): Set<string> {
	const byDoc = new Map<string, Sentence[]>();
	for (const s of sentences) byDoc.set(s.doc, [...(byDoc.get(s.doc) ?? []), s]);
	const out = new Set<string>();
	for (const list of byDoc.values()) {
		if (list.length < minSentences) continue;
		const bags = list.map((s) => contentWords(s.text));
		const df = new Map<string, number>();
		for (const bag of bags) for (const w of bag) df.set(w, (df.get(w) ?? 0) + 1);
		const scored = list.map((s, i) => {
			const bag = [...bags[i]];
			const score = bag.length ? bag.reduce((n, w) => n + df.get(w)! - 1, 0) / bag.length : 0;
			return { s, score };
		});
		scored.sort((a, b) => a.score - b.score || a.s.index - b.s.index);
		for (const { s } of scored.slice(0, Math.floor(list.length * share))) out.add(sentenceKey(s));
	}
	return out;
}

/** Sentences a person must appear in, in a long article, to be asked about by name. */
export const MIN_MENTIONS = 3;

/**
 * The passers-by of long articles: `doc|identity` for every person named in fewer than
 * `MIN_MENTIONS` sentences of an article of at least `minSentences` sentences (a botanist who
 * "had known Withering as a child"). Asking their name is trivia; the article's actors recur.
 * `surnames` maps a person's identity to the name forms to look for.
 */
export function passersBy(
	sentences: Sentence[],
	surnames: Map<string, string[]>,
	minSentences = 30
): Set<string> {
	const byDoc = new Map<string, Sentence[]>();
	for (const s of sentences) byDoc.set(s.doc, [...(byDoc.get(s.doc) ?? []), s]);
	const out = new Set<string>();
	for (const [doc, list] of byDoc) {
		if (list.length < minSentences) continue;
		for (const [identity, forms] of surnames) {
			const named = list.filter((s) => forms.some((f) => findWhole(s.text, f) >= 0)).length;
			if (named > 0 && named < MIN_MENTIONS) out.add(`${doc}|${identity}`);
		}
	}
	return out;
}
