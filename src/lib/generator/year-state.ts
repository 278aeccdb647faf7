import { statedRanges } from './year-bounds';

/**
 * A year may be swapped to make a false statement only when the statement tells an event at a
 * point in time (signed, founded, won, died, invaded …), not a state that held over a span:
 * "In 1588 the English calendar was ten days behind the Spanish one." is as true of 1585, since
 * the gap ran from 1582 to 1752 (blind review H10, 2027-01-17, S53: both reviewers rejected its
 * swap to 1585). A state's year is swapped only when the sentence states the span around it
 * ("Between 1582 and 1752 …", `year-bounds.ts`), so the wrong year, kept outside the span,
 * is false. Pure.
 */

/** A subordinate clause fronting the main one ("When the war began in 1914, …"). */
const FRONTED_CLAUSE =
	/^(?:After|Before|When|While|As|Although|Though|Because|Since|Until|Once|If|Whereas)\b[^,]*,\s*/u;

/** Parentheses and relative clauses: the verbs there are not the main clause's. */
const ASIDES = /\([^)]*\)|,\s*(?:which|who|whom|whose)\b[^,]*|\b(?:which|who|whom|that)\s+\S+/giu;

/** What may follow the main clause after a comma: a participle, relative or other clause. */
const TAIL =
	/,\s*(?:\p{Ll}+ed|\p{Ll}+ing|\p{Ll}+en|which|who|whose|where|when|although|though|while|whereas|and|but|so|as)\b.*$/su;

/** A word that makes the year another event's, not the state's time: "until the Peace … in 1659". */
const OTHER_EVENT = /\b(?:until|till|after|before|since|following|when|while|than|from)\b/iu;

/** Past participles with no -ed: "was born", "were built" tell an event. */
const PARTICIPLE =
	/^(?:\p{Ll}+ed|born|borne|held|built|made|won|lost|shot|sold|sent|taken|given|seen|found|set|put|hit|struck|brought|begun|thrown|drawn|chosen|done|known|led|fought|split|cut|laid|paid|left|kept|told|written|broken|beaten|driven|ridden|shaken|sunk|spoken|sworn|torn|worn|overthrown|withdrawn|undertaken|forbidden|slain|founded|rebuilt|burnt|spent|meant|dealt|bent|lent|sent|felt|the\s+(?:first|last|only)|first|last)$/u;

/** The main clause's first verb, with the word after it: "was ten", "signed the". */
const FIRST_VERB =
	/\b(was|were|is|are|had|has|have|remained|remain|remains|lived|stood|belonged|lay|seemed|stayed|owned|held|\p{Ll}{3,}ed|rose|fell|won|lost|made|took|gave|came|began|became|led|left|sent|built|fought|brought|wrote|died|grew|met|ran|saw)\b(?:\s+(?:still|not|also|already|\p{Ll}+ly)\b)?\s+(the\s+(?:first|last|only)|\S+)/iu;

/** Verbs that tell a state whatever follows them. */
const STATE_VERB = /^(?:remained|remain|remains|lived|stood|belonged|lay|seemed|stayed|owned)$/iu;

/** What "had" has when it tells a state: a number, none, a right ("had two parliaments"). */
const HAD_STATE =
	/^(?:no|a|an|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|many|few|more|less|fewer|only|some|power|control)$/iu;

/** What "held" holds when it tells a state: power, an office, a territory. */
const HELD_STATE = /^(?:power|office|control|the)$/iu;

/** The main clause of `text`: no fronted subordinate clause, aside or trailing clause. */
function mainClause(text: string): string {
	return text.replace(FRONTED_CLAUSE, '').replace(ASIDES, ' ').replace(TAIL, '');
}

/** A word as compared: lower case, no trailing punctuation. */
const bare = (word: string) => word.toLowerCase().replace(/[.,;:]$/u, '');

/**
 * True when the main clause of `text` tells a state: "was"/"were"/"is"/"are" with no participle
 * after it ("was ten days behind", "were proud"), "had been" likewise, "had" a number or a right
 * ("had two parliaments"), or a verb of lasting (remained, lived, stood, belonged, held power …).
 * An event's "was signed", "had been founded", "was the first to", "had its closest approach"
 * and any other verb are no state.
 */
export function tellsState(text: string): boolean {
	const main = mainClause(text);
	const m = FIRST_VERB.exec(main);
	if (!m) return false;
	const verb = m[1].toLowerCase();
	const next = bare(m[2]);
	if (STATE_VERB.test(verb)) return true;
	if (verb === 'held') return HELD_STATE.test(next);
	if (next === 'been') {
		const after =
			/^\s*(?:(?:still|not|also|already|almost|\p{Ll}+ly)\s+)*(\S+)/u.exec(
				main.slice(m.index + m[0].length)
			)?.[1] ?? '';
		return !PARTICIPLE.test(bare(after));
	}
	if (/^(?:had|has|have)$/u.test(verb)) return HAD_STATE.test(next);
	if (/^(?:was|were|is|are)$/u.test(verb)) return !PARTICIPLE.test(next);
	return false;
}

/**
 * True when swapping `year` in `text` would leave the claim true or unjudgeable: the sentence
 * tells a state (`tellsState`), the year dates that state (it stands in the main clause, after
 * no "until", "after", "since" … that makes it another event's), and the sentence states no
 * span around the year.
 */
export function stateYear(text: string, year: number): boolean {
	if (!tellsState(text)) return false;
	const main = mainClause(text);
	const at = main.indexOf(String(year));
	if (at < 0 || OTHER_EVENT.test(main.slice(0, at).split(',').at(-1) ?? '')) return false;
	return !statedRanges(text).some(([first, last]) => year >= first && year <= last);
}
