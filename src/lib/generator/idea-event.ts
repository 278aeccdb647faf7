import type { ArticleView, Idea } from './ideas';
import { namesSubject } from './idea-text';
import { subjectSurface } from './idea-name';
import { unexplainedAcronym } from './idea-faith';
import { eraCue, straddlingRanks, titleHead, yearQuestion } from './idea-year';
import { firstRank } from './idea-spread';
import { words, type Sentence } from './text';

/**
 * The year of a history article's event when its lead opens on the event and its date, not on
 * "X is …": "On the evening of 28 December 1879, the central section of the Tay Bridge
 * collapsed …" in the article "Tay Bridge disaster" → "In what year did the Tay Bridge
 * disaster take place?" (1879). An outsider's real history articles (a disaster, a battle)
 * gave no draft at all: the lead kind finds no definition and the year kind no "was fought".
 * The prompt is built from the title, never from the sentence, so no verb is made by rule
 * (blind review U11 failed "containe") and the key is never in the prompt. Pure.
 */

/** Events that happen at one time: asked "In what year did the X take place?". */
const POINT_EVENT =
	/^(?:disaster|catastrophe|tragedy|battle|massacre|siege|uprising|rising|revolt|riot|riots|mutiny|fire|earthquake|flood|explosion|collapse|accident|crash|wreck|shipwreck|sinking|eruption|coup|putsch|invasion|raid|assassination|bombing|attack|incident|landing|landings|storm|hurricane|cyclone|tsunami|plot|conspiracy|coronation|conference|congress|summit|election|referendum|duel|execution|trial|strike)$/u;

/** Events that last: asked only by when they began ("In what year did the X begin?"). */
const LONG_EVENT =
	/^(?:war|revolution|rebellion|crisis|campaign|famine|epidemic|pandemic|expedition|occupation|blockade|insurgency|movement|protests|boycott)$/u;

/** Agreements: asked "In what year was the X signed?", only when the lead says it was signed. */
const SIGNED_EVENT =
	/^(?:treaty|agreement|pact|accord|convention|armistice|truce|charter|declaration|compact|concordat|capitulation)$/u;

/** A verb that starts a lasting event: "the war broke out", "the rebellion began". */
const BEGAN = /\b(?:began|begun|started|broke\s+out|erupted|was\s+launched|were\s+launched)\b/u;

/** A verb that says an agreement was made. */
const SIGNED = /\b(?:signed|concluded|agreed)\b/u;

/** A year of the common era, 1000–2099. */
const YEAR = /\b(?:1\d{3}|20\d{2})\b/gu;

/** What after a year makes it no date: a decade, a range, an era, or a count of people. */
const RANGE_OR_COUNT =
	/^(?:s\b|\s*[–—-]\s*\d|\s+(?:to|and)\s+\d|\s*(?:BC|BCE|B\.C\.)|\s+(?:men|people|soldiers|troops|dead|lives|passengers|persons|casualties|workers|ships|votes)\b)/u;

/**
 * The one year a sentence dates, or undefined: exactly one four-digit year, not in a range
 * ("1879–80", "from 1861 to 1865"), a decade ("1870s") or "BC"; and written as a date
 * ("28 December 1879", "December 28, 1879", "in 1879", "of 1879"), not a count ("1879 people").
 */
export function datedYear(text: string): string | undefined {
	const years = text.match(YEAR) ?? [];
	if (years.length !== 1) return undefined;
	const year = years[0];
	const at = text.search(new RegExp(String.raw`\b${year}\b`, 'u'));
	const after = text.slice(at + 4);
	if (RANGE_OR_COUNT.test(after)) return undefined;
	const before = text.slice(0, at);
	const dated =
		/(?:\b(?:in|of|on|by|during|since)\s+|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)$/u;
	return dated.test(before) ? year : undefined;
}

/** How the prompt asks the event's year, from the title's head noun and the lead sentence. */
export function eventQuestion(head: string, name: string, text: string): string | undefined {
	if (SIGNED_EVENT.test(head))
		return SIGNED.test(text) ? `In what year was ${name} signed?` : undefined;
	if (LONG_EVENT.test(head))
		return BEGAN.test(text) ? `In what year did ${name} begin?` : undefined;
	if (POINT_EVENT.test(head)) return `In what year did ${name} take place?`;
	return undefined;
}

/** The title as a prompt names it: the lead's own form, with "the" before a common name. */
function eventName(article: ArticleView): string | undefined {
	const surface = subjectSurface(article);
	if (!surface) return undefined;
	if (/^(?:the|a|an)\s/iu.test(surface))
		return surface.replace(/^(?:The|A|An)\s/u, (d) => d.toLowerCase());
	// "Tay Bridge disaster", "Battle of Lumen": an event's name takes "the".
	return `the ${surface}`;
}

/**
 * True when another sentence that names the event (its name, or "the <head>") dates it with
 * another year and says it happened: the key would be one of two dates the article gives.
 */
function contradicted(sentence: Sentence, article: ArticleView, head: string, year: string) {
	const pointer = new RegExp(String.raw`\b[Tt]he\s+${head}\b`, 'u');
	const told =
		/\b(?:took\s+place|occurred|happened|was\s+fought|began|broke\s+out|was\s+signed|was\s+held|collapsed|struck)\b/u;
	return article.sentences.some((s) => {
		if (s === sentence || !told.test(s.text)) return false;
		if (!namesEvent(s.text, article, head) && !pointer.test(s.text)) return false;
		const other = datedYear(s.text);
		return !!other && other !== year;
	});
}

/**
 * True when a sentence names the title's event: as `namesSubject` does, or by every word of the
 * title but its head noun and small words ("the Varn Bridge collapsed" names "Varn Bridge
 * disaster"; "the army left Lumen" does not name "Battle of Lumen" unless it says "Lumen").
 */
export function namesEvent(text: string, article: ArticleView, head: string): boolean {
	if (namesSubject(text, article)) return true;
	const core = words(article.title).filter(
		(w) => w !== head && !/^(?:the|of|on|in|at|a|an|and|to|for)$/u.test(w)
	);
	const said = new Set(words(text));
	return core.length > 0 && core.every((w) => said.has(w));
}

/** Lead sentences searched for the event's date: its first two whole sentences. */
const DATED_LEAD = 2;

/**
 * The year of the title's event from the first lead sentence that names the event and dates it
 * (`datedYear`), for a title whose head noun is an event (`eventQuestion`). Refused when the
 * title holds a year or digits that give it away ("1953 Philadelphia municipal election"), when
 * the body dates the same event otherwise, and when the name carries an acronym it never
 * expands. Three years around the key as choices (`straddlingYears`), else typed.
 */
export function eventYearIdeas(article: ArticleView): Idea[] {
	const head = article.title ? titleHead(article.title) : undefined;
	if (!head || /\d/u.test(article.title)) return [];
	const name = eventName(article);
	if (!name || unexplainedAcronym(name)) return [];
	const lead = article.sentences
		.filter((s) => /[.!]$/u.test(s.text) && s.text.split(/\s+/u).length >= 8)
		.slice(0, DATED_LEAD);
	for (const sentence of lead) {
		const year = datedYear(sentence.text);
		if (!year || !namesEvent(sentence.text, article, head)) continue;
		const prompt = eventQuestion(head, name, sentence.text);
		if (!prompt || contradicted(sentence, article, head, year)) return [];
		const banned = new Set([...article.doc.years].filter((y) => y !== year));
		const cap = Number(article.doc.year) || new Date().getUTCFullYear();
		const ranks = eraCue(prompt) ? [] : straddlingRanks(Number(year), sentence.text, banned, cap);
		const distractors = firstRank(ranks, sentence.text);
		const asked = prompt.charAt(0).toUpperCase() + prompt.slice(1);
		return [yearQuestion('year', sentence, { prompt: asked, year, distractors, ranks, weight: 1 })];
	}
	return [];
}
