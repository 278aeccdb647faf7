import type { ArticleView, Idea } from './ideas';
import type { Sentence } from './text';
import { definitionCard } from './idea-text';
import { isHandout } from './handout';
import { escapeRegExp } from '../text/regexp-literal';

/**
 * A handout's acronym spelled out where it is brought in: "… made from ABS (acrylonitrile
 * butadiene styrene), a hard plastic …", "the highest common factor (HCF)", "GPS stands for
 * Global Positioning System" → "What does ABS stand for?" (gen63, issue 12: "**DNA**, short for
 * …" and "X (ABC)" gave no card, gen60's "not started"). Strict, so that the key is the one right
 * answer and worth learning:
 * - the letters are the expansion's own (`spellsOut`): every word but "of", "the", "and" … gives
 *   its first letter, in order, and a word may give more ("polyethylene glycol" → PEG), so
 *   "swelling of the brain (HACE)" or "Emperor Hirohito (1901–1989)" is no expansion;
 * - the handout uses the acronym again in another sentence: a name it relies on, not an aside
 *   ("a volunteer project called GIMPS (…)" said once is trivia);
 * - one card an acronym, at its first spelling-out. Pure.
 */

/** Words an acronym may skip: "Convention on International Trade in Endangered Species" → CITES. */
const FUNCTION_WORD = /^(?:of|the|and|on|in|for|to|a|an|at|by|with|&)$/iu;

/** "expansion (ABC)": up to eight words before a bracketed acronym of two to six capitals. */
const BEFORE_BRACKET = /((?:[\p{L}'’-]+\s+){1,8})\((\p{Lu}{2,6})\)/gu;

/** "ABC (the expansion)": an acronym, then its expansion in brackets. */
const IN_BRACKET = /\b(\p{Lu}{2,6})\s+\((?:the\s+)?([\p{L}'’\s-]{3,90})\)/gu;

/** "ABC, short for expansion", "ABC stands for expansion". */
const STANDS_FOR =
	/\b(\p{Lu}{2,6}),?\s+(?:(?:is\s+)?short\s+for|stands\s+for)\s+(?:the\s+)?([\p{L}'’\s-]{3,90}?)(?=[,.;:()]|$)/gu;

/**
 * "ABC – expansion", "ABC: expansion": a notes line that opens on the acronym and glosses it with
 * its words alone, up to the line's end, a full stop, a semicolon or a table's next cell
 * ("NSI – normative social influence", "LIC – low-income country – Chad"; gen90).
 */
const LINE_GLOSS =
	/^(\p{Lu}{2,6})\s*[–:]\s+(?:the\s+)?([\p{L}'’\s-]{3,90}?)(?=\s*(?:[.;]|\s–\s|$))/u;

/**
 * True when `acronym`'s letters are the initials of `expansion`'s words in order: each word but a
 * function word gives its first letter, a function word may, and a word may give more of its own
 * letters after its first ("polyethylene glycol" → PEG, "TransManche Link" → TML). Case ignored.
 */
export function spellsOut(acronym: string, expansion: string): boolean {
	const letters = acronym.toLowerCase();
	const words = expansion
		.toLowerCase()
		.split(/[\s-]+/u)
		.map((w) => w.replace(/[^\p{L}&]/gu, ''))
		.filter(Boolean);
	if (words.filter((w) => !FUNCTION_WORD.test(w)).length < 2) return false;
	const memo = new Map<string, boolean>();
	// From letter `a` and word `w`: the rest of the letters spell the rest of the words.
	const from = (a: number, w: number): boolean => {
		if (w === words.length) return a === letters.length;
		const key = `${a}:${w}`;
		const known = memo.get(key);
		if (known !== undefined) return known;
		const word = words[w];
		const result =
			(FUNCTION_WORD.test(word) && from(a, w + 1)) ||
			(a < letters.length && word[0] === letters[a] && inside(a + 1, w, 1));
		memo.set(key, result);
		return result;
	};
	// Letter `a` on, word `w` used from position `p`: next word, or more of this word's letters.
	const inside = (a: number, w: number, p: number): boolean => {
		if (from(a, w + 1)) return true;
		const word = words[w];
		for (let q = p; q < word.length; q++)
			if (a < letters.length && word[q] === letters[a] && inside(a + 1, w, q + 1)) return true;
		return false;
	};
	return from(0, 0);
}

/** The shortest run of words ending `before` that the acronym spells out, without "the". */
function expansionBefore(acronym: string, before: string): string | undefined {
	const words = before.trim().split(/\s+/u);
	for (let n = 2; n <= words.length; n++) {
		const run = words.slice(-n);
		if (FUNCTION_WORD.test(run[0])) continue;
		const text = run.join(' ');
		if (spellsOut(acronym, text)) return text;
	}
	return undefined;
}

/** True when a sentence other than `sentence` writes the acronym as a word. */
function usedAgain(acronym: string, sentence: Sentence, article: ArticleView): boolean {
	const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(acronym)}s?(?![\\p{L}\\p{N}])`, 'u');
	return article.sentences.some((s) => s !== sentence && word.test(s.text));
}

/**
 * The sentence's acronyms and their expansions as written (`BEFORE_BRACKET`, `IN_BRACKET`,
 * `STANDS_FOR`, `LINE_GLOSS`).
 */
export function acronymsOf(text: string): [string, string][] {
	const found: [string, string][] = [];
	for (const m of text.matchAll(BEFORE_BRACKET)) {
		const expansion = expansionBefore(m[2], m[1]);
		if (expansion) found.push([m[2], expansion]);
	}
	const line = LINE_GLOSS.exec(text.trim());
	for (const m of [
		...text.matchAll(IN_BRACKET),
		...text.matchAll(STANDS_FOR),
		...(line ? [line] : [])
	]) {
		const expansion = m[2].trim();
		if (spellsOut(m[1], expansion)) found.push([m[1], expansion]);
	}
	return found;
}

/**
 * True when `line` is a notes line glossing an acronym with its words (`LINE_GLOSS`): a line, not
 * a sentence, which needs no full stop (`brokenGrammar`, gen90).
 */
export function acronymLine(line: string): boolean {
	const m = LINE_GLOSS.exec(line.trim());
	return !!m && spellsOut(m[1], m[2].trim());
}

/**
 * The "What does ABC stand for?" cards of a handout, in reading order, one an acronym, only of
 * acronyms another sentence uses again (`usedAgain`). The key is the expansion as the sentence
 * writes it, its first letter capitalised.
 */
export function acronymIdeas(article: ArticleView): Idea[] {
	if (!isHandout(article)) return [];
	const asked = new Set<string>();
	return article.sentences.flatMap((sentence) =>
		acronymsOf(sentence.text).flatMap(([acronym, expansion]) => {
			if (asked.has(acronym) || !usedAgain(acronym, sentence, article)) return [];
			asked.add(acronym);
			return [
				definitionCard(
					sentence,
					`What does ${acronym} stand for?`,
					expansion,
					`${acronym} stands for ${expansion}.`
				)
			];
		})
	);
}
