import type { ArticleView, Idea } from './ideas';
import { namesSubject, subjectText } from './idea-text';
import { subjectSurface } from './idea-name';
import { unexplainedAcronym } from './idea-faith';
import { firstRank } from './idea-spread';
import { RANKED_PROMPT, eraCue, straddlingRanks, titleHead, yearQuestion } from './idea-year';
import { yearBlank } from './year-blank';
import { capitalise } from './idea-text';
import type { Sentence } from './text';
import { isHandout } from './handout';
import { isHeritageListing } from './heritage-listing';

/**
 * Kind 6 (gen15, issue 12's recall: 0.41 drafts an article, nearly all "What is X?"): the year
 * of a milestone the article's lead tells of its own subject ("In 1996 he was awarded the Nobel
 * Prize in Chemistry …" → "In what year was Richard Smalley awarded the Nobel Prize in
 * Chemistry?"). Only from the lead paragraphs (what the article itself puts first), only when
 * the sentence's grammatical subject is the article's subject (S47's "The Scleroderma Society
 * … founded in 1982" in an article on the disease is another body's year), only for a verb of
 * a milestone (a prize won, an office taken, a thing founded, built, discovered, released …),
 * never a birth, a death, a move or a listing. Asked by the subject's whole name: a passive as
 * "In what year was X …?", an active verb as a blank ("Richard Smalley won … in ____.").
 * Choices straddle the year and none is after the article's date or the person's death.
 */

/** Milestones of any subject (a thing, a body, a work, a place). */
const THING =
	'founded|established|formed|created|built|constructed|completed|opened|inaugurated|launched|released|published|premiered|discovered|invented|introduced|signed|ratified|adopted|enacted|abolished|dissolved|declared|proclaimed|designated|incorporated|consecrated|commissioned|destroyed|demolished|first\\s+described|first\\s+performed|first\\s+broadcast|first\\s+aired|awarded|won|elected|appointed|crowned';

/** Milestones of a person's life a teacher asks: a prize, an office, a discovery, a founding. */
const PERSON =
	'awarded|won|received|elected|appointed|crowned|became|succeeded|discovered|invented|founded|established|patented|proclaimed';

/** A word that makes the milestone someone else's or no milestone ("was nearly elected"). */
const NOT_DONE = /\b(?:nearly|almost|never|not|unsuccessfully|attempted|tried|sought|hoped)\b/iu;

/** "On 27 July 1214, " / "In 1996, " / "By 1750, " fronted before the subject. */
const FRONTED_DATE = /^(?:(?:On|In|By)\s+[^,]{0,40}?\b(?:1\d{3}|20\d{2}),?\s+)/u;

/** The death year a person's lead gives in its parenthesis ("(June 6, 1943 – October 28, 2005)"). */
function deathYear(article: ArticleView): number | undefined {
	const first = article.sentences[0]?.text ?? '';
	const span = /\(([^()]*\b(?:1\d{3}|20\d{2})[^()]*)\)/u.exec(first)?.[1];
	const years = span?.split(/[–—-]|\bto\b/u)[1]?.match(/\b(?:1\d{3}|20\d{2})\b/u);
	return years ? Number(years[0]) : undefined;
}

/** A fronted phrase before the subject: "along with Robert Curl, …, he was awarded …". */
const ADVERBIAL =
	/^(?:along|together|with|alongside|after|before|during|following|at|as|while|when|later|subsequently)\b/iu;

/**
 * True when the clause's subject (`who`, the words before its verb) is the article's own: its
 * name whole, a person's surname, a pronoun of the lead, or "the <noun>" the title or the lead's
 * definition names it by ("The company was founded …" in "Patexia"), after a fronted phrase.
 */
export function ownSubject(
	who: string,
	article: ArticleView,
	name: string,
	life: boolean
): boolean {
	const parts = who.split(/,\s+/u);
	if (parts.length > 1 && !ADVERBIAL.test(parts[0])) return false;
	const bare = (t: string) => t.replace(/^(?:The|the)\s+/u, '');
	const said = bare(parts.at(-1)!);
	const own = bare(name);
	if (said === own || /^(?:it|they)$/iu.test(said)) return true;
	// "In 1983 he was awarded the Nobel Prize" in a novel's handout is its author's, never the
	// novel's (blind check H19 S64, both reviewers: a false premise): "he" or "she" is not the
	// subject of a text whose lead calls it "it" (`coreference.ts`: a work is always "it").
	if (/^(?:he|she)$/iu.test(said)) return article.ref?.pronoun !== 'it';
	if (life) return said === own.split(/\s+/u).at(-1);
	const pointer = /^(?:The|the|Its|its)\s+(\p{Ll}+)$/u.exec(parts.at(-1)!)?.[1];
	// "The restaurant was opened …" in "The Restaurant Marco Pierre White": a word of the title.
	const titleWords = article.title.toLowerCase().split(/\s+/u);
	const heads = [titleHead(article.title), ...(article.ref?.heads ?? []), ...titleWords];
	return !!pointer && pointer.length >= 4 && heads.includes(pointer);
}

/**
 * True when the clause's subject is a bare pronoun ("It was invented by …") and the sentence
 * before it does not name the article's subject: the pronoun is that sentence's thing, not the
 * title's ("Enigma was an electro-mechanical cipher machine. It was invented by …" in "Alan
 * Turing and the Enigma Code" gave "Who invented Alan Turing and the Enigma Code?", blind review
 * H17 S11, all three reviewers).
 */
export function pronounOfAnother(who: string, sentence: Sentence, article: ArticleView): boolean {
	if (!/^(?:it|they)$/iu.test(who.trim())) return false;
	const before = article.sentences.find((s) => s.index === sentence.index - 1);
	return !before || !namesSubject(before.text, article);
}

/** True when the article is a life (its lead calls its subject "he" or "she"). */
export function isLife(article: ArticleView): boolean {
	if (article.ref) return article.ref.pronoun !== 'it';
	// "James Logan Jones Jr. (born December 19, 1943) is …": a birth in the opening parenthesis.
	const born = /^[^()]{2,80}\((?:born|b\.)\s/u.test(article.sentences[0]?.text ?? '');
	return born || article.isPerson(article.title);
}

/**
 * The milestone year idea of one lead sentence, or undefined. `name` is the subject as a
 * question names it (`subjectSurface`).
 */
export function milestoneIdea(
	sentence: Sentence,
	article: ArticleView,
	name: string,
	inBody = false
): Idea | undefined {
	const life = isLife(article);
	// Parentheses hold life years and aliases: other years that bound or give away the key.
	const text = subjectText(sentence, article)
		.replace(/\s*\([^()]*\)/gu, '')
		.replace(/\s{2,}/gu, ' ');
	const fronted = FRONTED_DATE.exec(text)?.[0] ?? '';
	const body = text.slice(fronted.length);
	const verbs = life ? PERSON : THING;
	const opening = new RegExp(
		String.raw`^(.{1,160}?)\s+(?:((?:was|were))\s+)?(?:(?:first|later|also|then|subsequently)\s+)?(${verbs})\b`,
		'u'
	).exec(body);
	if (!opening || NOT_DONE.test(opening[0])) return undefined;
	if (!ownSubject(opening[1], article, name, life)) return undefined;
	if (pronounOfAnother(opening[1], sentence, article)) return undefined;
	// Only the clause that tells the milestone: a second clause is another statement.
	const rest = body
		.slice(opening[0].length)
		// "elected Pope and took the name of Clement": the second verb is a second statement.
		.split(
			/;\s+|,\s+(?:and|but|while|which|where|who)\s+|,\s+\p{Ll}+ing\b|,\s+(?:also\s+)?(?:known|called)\s+as\b|\s+and\s+(?=(?:\p{Ll}+ed|took|became|won|made|gave|went|left|held|led|built|wrote|began|ruled)\b)/u
		)[0]
		.replace(/[,.;:!?]+$/u, '');
	// Any subject: a life the corpus's people list misses reads as a thing (U19 S10's James L. Jones).
	if (minorOffice(opening[3], rest, sentence, article)) return undefined;
	// "designated as a Category A listed building in 1966": a listing, no milestone (`heritage-listing.ts`).
	if (isHeritageListing(`${opening[3]}${rest}`)) return undefined;
	// In the body, only the subject's own beginning, told plainly ("Lumen Works was founded in
	// 1921"): a launch, a deal or a founding "in Canada" is one episode of its history (dev set
	// test23: Bombardier's Zefiro, Kazaa's deal, Heinz in Canada).
	if (inBody && !(opening[2] && BEGINNING.test(opening[3]) && shortClause(rest))) return undefined;
	const clause = `${fronted}${name} ${opening[2] ? `${opening[2]} ` : ''}${opening[3]}${rest}`
		.replace(/[,.;:]+$/u, '')
		.concat('.');
	const found = yearBlank(clause, true);
	if (!found) return undefined;
	const prompt = opening[2]
		? `In what year ${opening[2]} ${name} ${opening[3]}${withoutDate(fronted ? `${rest} ${fronted.trim()}` : rest)}?`
		: capitalise(found.prompt);
	if (/\b(?:1\d{3}|20\d{2})\b/u.test(prompt) || RANKED_PROMPT.test(prompt)) return undefined;
	if (unexplainedAcronym(prompt) || prompt.split(/\s+/u).length > 30) return undefined;
	// "14ymedio" or "the 1990 Act": the name's digits tell the year.
	if ((`${article.title} ${prompt}`.match(/\d{2,}/gu) ?? []).some((d) => found.year.endsWith(d)))
		return undefined;
	const year = Number(found.year);
	const death = life ? deathYear(article) : undefined;
	const cap = Math.min(Number(article.doc.year) || 9999, death ?? 9999);
	const banned = new Set([...article.doc.years].filter((y) => y !== found.year));
	const ranks = eraCue(prompt) ? [] : straddlingRanks(year, sentence.text, banned, cap);
	return yearQuestion('milestone', sentence, {
		prompt,
		year: found.year,
		distractors: firstRank(ranks, sentence.text),
		ranks,
		context: clause,
		weight: 0
	});
}

/**
 * True when a person's appointment or election is to an office the article's opening sentence
 * does not name: one of a career's many posts ("appointed … as special envoy for Middle East
 * security", U19 S10: both reviewers called it trivia beside the offices the opening names).
 * At least half of the office's longer words must be in the opening sentence.
 */
function minorOffice(
	verb: string,
	rest: string,
	sentence: Sentence,
	article: ArticleView
): boolean {
	const first = article.sentences[0];
	if (!/^(?:appointed|elected|became|succeeded|crowned)$/u.test(verb) || sentence === first)
		return false;
	const long = (t: string) =>
		t
			.toLowerCase()
			.split(/[^\p{L}]+/u)
			// Four letters: "pope", "king", "duke" are offices (dev test23: "elected pope at Cluny").
			.filter(
				(w) =>
					w.length >= 4 &&
					!/^(?:with|from|that|this|into|over|upon|which|where|their|there|about|after|under)$/u.test(
						w
					)
			);
	const office = long(withoutDate(rest));
	const opening = new Set(long(first?.text ?? ''));
	return office.filter((w) => opening.has(w)).length * 2 < office.length;
}

/** A thing's own beginning, as a body section may open on it. */
const BEGINNING =
	/^(?:founded|established|formed|created|built|constructed|completed|opened|inaugurated|discovered|invented|first\s+described|incorporated)$/u;

/** The clause after the verb is its date and at most a "by …" of four words: nothing qualifies it. */
function shortClause(rest: string): boolean {
	const left = withoutDate(rest).trim();
	return !left || /^by\s+(?:\S+\s*){1,4}$/u.test(left);
}

/** The clause's words without its date phrase: " the Nobel Prize in 1996 for …" → " the Nobel Prize for …". */
function withoutDate(rest: string): string {
	const found = yearBlank(rest);
	if (!found) return rest;
	return found.prompt
		.replace(/\s+(?:in|In)\s+____/u, '')
		.replace(/[,.;:]+$/u, '')
		.replace(/\s{2,}/gu, ' ');
}

/** A named prize won: "won the Nobel Prize in Chemistry", "was awarded the Varn Medal". */
const NAMED_PRIZE =
	/\b(?:won|awarded|received)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'-]*\s+){1,3}(?:Prize|Award|Medal)\b/u;

/**
 * The milestones of the article's lead paragraphs, then, for a thing, of its body (`MAX_PER_KIND`
 * keeps one, the lead's first by `centrality`).
 */
export function milestoneIdeas(article: ArticleView): Idea[] {
	const name = subjectSurface(article);
	// An episode's broadcast is a minor date (U16/U17: episode trivia failed by both reviewers).
	const episode = /\b(?:is|was)\s+(?:the|an?)\s+[^.]{0,60}\bepisode\b/u;
	if (!name || episode.test(article.sentences[0]?.text ?? '')) return [];
	const lead = article.sentences.filter((s) => article.marks(s)?.lead ?? s.index < 4);
	// A thing's founding, opening or release is central wherever the article tells it (its
	// "History" section opens on it); a person's body is a career of minor posts (U19 S10).
	// Only a section's opening sentence of the body: what the section is about, not a detail.
	// Only a thing the lead calls "it", and a sentence that names it itself: a resolved "He"
	// in "Politics of Japan" is a prime minister, not the politics (dev set test21).
	const thing = article.ref?.pronoun === 'it' && !isLife(article);
	const opening = article.sentences.filter(
		(s) => !lead.includes(s) && article.marks(s)?.topic && subjectText(s, article) === s.text
	);
	// A short life with no sections (a teacher's handout, gen17) has no lead section: its every
	// paragraph is what she chose, so a named prize it tells is a milestone wherever it stands (the outsider's
	// Curie page: the Nobel Prizes in its fifth paragraph).
	const prizes =
		!thing && isLife(article) && isHandout(article) && article.sentences.every((s) => !s.section)
			? article.sentences.filter((s) => !lead.includes(s) && NAMED_PRIZE.test(s.text))
			: [];
	const pool = thing ? [...lead, ...opening] : [...lead, ...prizes];
	return pool.flatMap(
		(s) => milestoneIdea(s, article, name, !lead.includes(s) && !prizes.includes(s)) ?? []
	);
}
