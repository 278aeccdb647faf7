import type { Sentence } from './text';
import { fold } from './text';

/**
 * A document's own case for words it once sets in capitals (blind review U27: "What are
 * IntegrinS found in?", "What was the 73RD LIGHT ANTI-AIRCRAFT REGIMENT?", "What is a Phase?").
 * Real documents and the Wikipedia dump shout a name in its lead ("INTEGRINS are …"), set a
 * bold word's last letter in capitals ("IntegrinS") or capitalise a common noun once where it is
 * defined ("a Phase is …"). A prompt or key must never shout what the text writes in its case
 * elsewhere, so the generator reads every sentence in the case the document itself uses
 * (`recased`), keeps true acronyms (NASA, ESPN: four letters or fewer, or set in capitals in
 * another sentence too) and marks a sentence whose capitals it cannot resolve (`shouted`),
 * from which no draft is made. Pure; words are compared by `fold` (the text module's folding).
 */

/** A word of letters (and inner digits, hyphens, apostrophes): "73RD", "ANTI-AIRCRAFT", "IntegrinS". */
const WORD = /[\p{L}\d][\p{L}\d’'-]*[\p{L}\d]|\p{L}/gu;

/** Letters only, all upper case, two or more: "INTEGRINS", "73RD" (digits aside). */
function allCaps(word: string): boolean {
	const letters = word.replace(/[^\p{L}]/gu, '');
	return letters.length >= 2 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
}

/** A bold word's last letter set in capitals: "IntegrinS" (not "McDonald", "iPhone", "YouTube"). */
function capitalTail(word: string): boolean {
	return /^\p{Lu}\p{Ll}{3,}\p{Lu}$/u.test(word);
}

/** Letters in the word, digits and marks aside. */
function letterCount(word: string): number {
	return word.replace(/[^\p{L}]/gu, '').length;
}

interface Usage {
	/** Each written form of the folded word with how often the document writes it. */
	forms: Map<string, number>;
}

/** Every word of the texts, by folded form, with each way it is written. */
function usages(texts: string[]): Map<string, Usage> {
	const out = new Map<string, Usage>();
	for (const text of texts)
		for (const match of text.matchAll(WORD)) {
			const key = fold(match[0]);
			if (!key) continue;
			const usage = out.get(key) ?? { forms: new Map() };
			usage.forms.set(match[0], (usage.forms.get(match[0]) ?? 0) + 1);
			out.set(key, usage);
		}
	return out;
}

/**
 * The document's most frequent form of a word that is neither shouted nor capital-tailed; in a
 * shouted run of words (a name: "73RD LIGHT ANTI-AIRCRAFT REGIMENT") its capitalised form first.
 */
function calmForm(usage: Usage | undefined, word: string, inName = false): string | undefined {
	let best: string | undefined;
	let most = 0;
	for (const [form, n] of usage?.forms ?? [])
		if (
			form !== word &&
			!allCaps(form) &&
			!capitalTail(form) &&
			n + (inName && /^\p{Lu}/u.test(form) ? 1e6 : 0) > most
		) {
			best = form;
			most = n + (inName && /^\p{Lu}/u.test(form) ? 1e6 : 0);
		}
	return best;
}

/** The word written with its first letter as `like`'s first letter (a sentence opening stays capital). */
function withOpeningOf(form: string, like: string): string {
	const first = like.charAt(0);
	return first === first.toUpperCase() && first !== first.toLowerCase()
		? form.charAt(0).toUpperCase() + form.slice(1)
		: form;
}

/**
 * The document's sentences in its own case: a shouted or capital-tailed word the document writes
 * calmly elsewhere (any sentence, heading or the title) takes that form; an acronym stays; a
 * sentence with a shouted word of five letters or more found nowhere else calm is `shouted`.
 * A capitalised word alone inside a sentence ("a Phase is") takes lower case when the document
 * writes it lower case at least three times and never again capitalised inside a sentence.
 * Each sentence keeps its length and place; only letters' case changes.
 */
export function inDocumentCase(sentences: Sentence[], others: string[]): Sentence[] {
	const all = usages([...sentences.map((s) => s.text), ...others]);
	return sentences.map((sentence) => recase(sentence, all));
}

/** One sentence in its document's case (see `inDocumentCase`). */
function recase(sentence: Sentence, all: Map<string, Usage>): Sentence {
	const source = sentence.text;
	const tokens = [...source.matchAll(WORD)].map((m) => ({ word: m[0], at: m.index, to: m[0] }));
	let shouted = false;
	tokens.forEach((t, i) => {
		const usage = all.get(fold(t.word));
		if (capitalTail(t.word))
			t.to = withOpeningOf(calmForm(usage, t.word) ?? t.word.toLowerCase(), t.word);
		else if (allCaps(t.word) && letterCount(t.word) > 4) {
			const calm = calmForm(usage, t.word, inCapitalsRun(source, tokens, i));
			if (calm) t.to = withOpeningOf(calm, t.word);
			// An acronym the document sets in capitals more than once stays (UNESCO).
			else if ((usage?.forms.get(t.word) ?? 0) < 2) shouted = true;
		} else if (!allCaps(t.word) && t.at > 0) t.to = lowerOnceCapital(source, t.word, t.at, usage);
	});
	// A short word in a shouted run ("73RD LIGHT …") goes with it; alone it is an acronym (US, IT).
	tokens.forEach((t, i) => {
		if (!allCaps(t.word) || t.to !== t.word) return;
		const next = (j: number) => tokens[j] && /^[\s-]*$/u.test(gap(source, tokens, Math.min(i, j)));
		const recasedNear = [i - 1, i + 1].some(
			(j) => next(j) && allCaps(tokens[j].word) && tokens[j].to !== tokens[j].word
		);
		if (!recasedNear) return;
		const calm = calmForm(all.get(fold(t.word)), t.word, true);
		if (calm) t.to = withOpeningOf(calm, t.word);
	});
	let text = '';
	let from = 0;
	for (const t of tokens) {
		text += source.slice(from, t.at) + t.to;
		from = t.at + t.word.length;
	}
	text += source.slice(from);
	if (text === source && !shouted) return sentence;
	return { ...sentence, text, ...(shouted ? { shouted } : {}) };
}

/** Whether token `i` stands beside another word in capitals (a shouted name, not one word). */
function inCapitalsRun(source: string, tokens: { at: number; word: string }[], i: number): boolean {
	const joined = (j: number) =>
		j >= 0 && j + 1 < tokens.length && /^[\s-]*$/u.test(gap(source, tokens, j));
	return (
		(joined(i - 1) && allCaps(tokens[i - 1].word)) || (joined(i) && allCaps(tokens[i + 1].word))
	);
}

/** The text between token `i` and the next one. */
function gap(source: string, tokens: { at: number; word: string }[], i: number): string {
	return source.slice(tokens[i].at + tokens[i].word.length, tokens[i + 1]?.at ?? source.length);
}

/** "a Phase is" → "a phase is" when the document otherwise writes it lower case (see above). */
function lowerOnceCapital(
	text: string,
	word: string,
	at: number,
	usage: Usage | undefined
): string {
	if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !usage) return word;
	const before = text.slice(0, at);
	const after = text.slice(at + word.length);
	// Inside a name ("Bank of England", "the Royal Navy") or after a sentence's end or colon.
	const nameBefore = /(?:\p{Lu}[\p{L}.’'-]*(?:\s+(?:of|and|for|the|de|on))*|[.:;!?"“(])\s*$/u;
	// A title's first word ("On the Motion of the Heart") or a name's ("the Bank of …").
	const nameAfter = /^\s+(?:(?:of|the|and|a|an|in|on|to|for)\s+)*\p{Lu}/u;
	if (word.length <= 3 || nameBefore.test(before) || nameAfter.test(after)) return word;
	const lower = word.toLowerCase();
	if ((usage.forms.get(lower) ?? 0) < 3 || (usage.forms.get(word) ?? 0) > 1) return word;
	return lower;
}
