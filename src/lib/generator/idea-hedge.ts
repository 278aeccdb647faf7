import type { ArticleView, Idea } from './ideas';
import { fold, words } from './text';

/**
 * Whether the article itself doubts what an idea asks: the defined name called loose, disputed
 * or being replaced, a year called unclear (blind review U4, 2026-12-10: S01, S03). Split from
 * `ideas.ts` (one job: the article's own hedges). Pure.
 */

/** Where a word comes from is no doubt about what it names: "origin unknown" (Rickets). */
const ETYMOLOGY =
	/\b(?:word|origin|etymology|derived|derives|from the (?:Old|Middle|Latin|Greek))\b/iu;

/**
 * Words by which an article says its own term or date is not settled. "A previously unknown
 * particle" tells of a discovery, not a doubt (it refused "What are cathode rays?": issue 12,
 * recall on the burned set).
 */
const HEDGE =
	/\b(?:disputed|unclear|uncertain|(?<!(?:previously|hitherto|formerly|then)\s)unknown|misnomer|being replaced|incorrectly|imprecisely|inaccurate(?:ly)?|loosely|debated|contested|no longer used|not known)\b/iu;

/**
 * True when another sentence of the article that names what the idea asks (`Idea.doubt`: the
 * defined term, the year) says it is disputed, loose or uncertain ("the term red tide … is
 * being replaced", "the exact date of construction is unclear"): the lead's plain statement is
 * then no fact to teach (blind review U4, 2026-12-10: S01, S03).
 */
export function hedged(idea: Idea, article: ArticleView): boolean {
	const doubt = idea.doubt && fold(idea.doubt.replace(/^the\s+/iu, ''));
	if (!doubt) return false;
	const year = /^\d{4}$/.test(doubt);
	return article.sentences.some((s) => {
		if (s === idea.sentence || !HEDGE.test(s.text) || ETYMOLOGY.test(s.text)) return false;
		// "The term 'Jacquard loom' is somewhat inaccurate" doubts that term, not the one asked.
		const quoted = /["“]([^"”]{2,60})["”]/u.exec(s.text)?.[1];
		if (quoted && fold(quoted) !== doubt) return false;
		const text = ` ${fold(s.text)} `;
		// A year is doubted also where the article calls "the date of …" unclear.
		// The subject's own name doubted as a term: "The term is imprecisely used …".
		const asTerm = idea.kind === 'lead' && /\b(?:term|name|terminology)\b/iu.test(s.text);
		const named = year ? text.includes(` ${doubt} `) : hedgeNear(s.text, doubt);
		return named || asTerm || (year && /\b(?:date|year)s?\s+of\b/iu.test(s.text));
	});
}

/** Most words between a defined name and the hedge word that doubts it. */
const HEDGE_REACH = 8;

/**
 * True when a hedge word sits within `HEDGE_REACH` words of the name (folded, `doubt`): "the
 * origin of obsidian is unknown" doubts obsidian; "analysis of the obsidian … helped to reveal
 * trade routes … previously unknown" doubts the trade routes (it refused obsidian's definition).
 */
export function hedgeNear(sentence: string, doubt: string): boolean {
	// Read word by word, "previously unknown" would leave "unknown" alone (`HEDGE`).
	const all = words(
		sentence.replace(/\b(?:previously|hitherto|formerly|then)\s+unknown\b/giu, 'new')
	);
	const name = doubt.split(' ');
	const hedge = all.findIndex((_, i) => HEDGE.test(all.slice(i, i + 3).join(' ')));
	if (hedge < 0) return false;
	return all.some(
		(_, i) =>
			name.every((w, k) => all[i + k] === w) &&
			Math.min(Math.abs(hedge - i), Math.abs(hedge - (i + name.length - 1))) <= HEDGE_REACH
	);
}
