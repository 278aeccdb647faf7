import { escapeRegExp } from '$lib/text/regexp-literal';
import type { ArticleView } from './ideas';
import { thinKey } from './idea-key';
import { fold } from './text';

/**
 * The subject's name as a question writes it: as the article's own lead sentence writes it
 * (its determiner, its capitals), its verb agreeing in number, and a work's title marked as a
 * title by the lead's own noun. Blind review U10 (2026-12-19) failed "What is a Scanner
 * Darkly?" (a novel's title read as a common noun), "What was 2016–17 South Korean protests?"
 * (no article, a singular verb for a plural), "What is treaty on open skies?" (article and
 * capitals lost) and a prompt naming three aliases the article later tells apart. Pure.
 */

/** Nouns of a creative work: a title whose lead calls it one of these is asked as "the novel X". */
const WORK =
	/^(?:novel|novella|novelette|film|movie|book|album|song|single|poem|epic|play|opera|operetta|musical|painting|sculpture|mural|fresco|symphony|concerto|cantata|oratorio|ballet|sitcom|documentary|magazine|newspaper|journal|story|comic|manga|anime|essay|treatise|memoir|autobiography|biography|anthology|manuscript|hymn|anthem)$/u;

/** The lead's noun for a company or a group, in its first noun phrase. */
const ORGANISATION =
	/^(?:a|an|the)\s+(?:[\p{L},.-]+\s+){0,4}?(company|manufacturer|corporation|firm|brand|band|label|retailer|chain|publisher|airline|bank|club|team|newspaper|magazine|website)\b/u;

/** "a television series", "a comic book series": a series that is a work. */
const WORK_SERIES = /\b(?:television|TV|web|comic|book|anime|film|novel|radio)\s+series\b/u;

/** "a puzzle video game": a game that is a work ("chess is a board game" is none). */
const WORK_GAME = /\b(?:video|computer|arcade|mobile)\s+game\b/u;

/** The name's aliases cut off: "X (FSM) or Y (FOSSM)" → "X"; "X, also known as Y" → "X". */
export function withoutAliases(opening: string): string {
	return opening
		.replace(/\s*\([^)]*\)/gu, '')
		.split(/,\s/u)[0]
		.split(/\s+or\s+/u)[0]
		.trim();
}

/** True when a lower-case last word reads as a plural noun ("protests", "acts"; not "class"). */
function pluralNoun(word: string): boolean {
	return /^\p{Ll}{3,}s$/u.test(word) && !/(?:ss|us|is|ics|ness|sis)$/u.test(word);
}

/**
 * A noun singular by its form: "zoonosis", "arthritis", "praxis", "realism", "darkness". Its
 * plural is another word ("zoonoses"), so a lead's "Feline zoonosis are …" is the source's slip,
 * and copied it asked "What are feline zoonosis?" (blind review U29 S18, both reviewers).
 */
export function singularByForm(word: string): boolean {
	return /^\p{Ll}{3,}(?:sis|xis|itis|ism|ness)$/u.test(word);
}

/** The work noun a predicate calls its subject ("a science fiction novel by …" → "novel"). */
export function workNoun(predicate: string): string | undefined {
	// "a 1999 science fiction action film written and directed by …": any noun of the first
	// noun phrase, up to its first preposition, relative pronoun or comma.
	const phrase = /^(?:a|an|the|one of the)\s+([^,;()]+)/iu.exec(predicate)?.[1] ?? '';
	const nouns = phrase.split(/\s+(?:by|of|from|in|on|about|for|that|which|who|whose|with)\s/u)[0];
	// "a British video game developer" is a company, not a game (U23 S43, "What was the game
	// Lionhead Studios?"): a series or game noun before another noun is a modifier.
	const modifier = (re: RegExp) => {
		const after = new RegExp(`${re.source}\\s+(\\p{Ll}+)`, 'u').exec(nouns)?.[1];
		return after !== undefined && !/(?:ed|en)$/u.test(after);
	};
	if (WORK_SERIES.test(predicate) && !modifier(WORK_SERIES)) return 'series';
	if (WORK_GAME.test(predicate) && !modifier(WORK_GAME)) return 'game';
	const parts = nouns.split(/\s+/u);
	// "a musical genre", "a novel approach": a work's noun before another noun is an adjective
	// (blind review U13 failed "What is the musical Trip hop?"); "a film directed …" is a film.
	return parts.find(
		(w, i) =>
			WORK.test(w) &&
			!(parts[i + 1] && /^\p{Ll}+$/u.test(parts[i + 1]) && !/(?:ed|en)$/u.test(parts[i + 1]))
	);
}

/**
 * The name as a question's subject, from `name` (what the card asks about) and `opening` (the
 * lead's own words before its verb): the lead's determiner and capitals; the first word lowered
 * only when it is capitalised for opening the sentence (`isCommon`, and no other word of the
 * name has a capital: "Oil painting" → "oil painting", "Rift Valley fever" stays); a plural name
 * with a capitalised or dated modifier, and any name that opens on a year, gets "the" ("the
 * 2016–17 South Korean protests"). Every alias is dropped.
 */
export function surfaceForm(
	name: string,
	opening: string,
	isCommon: (word: string) => boolean
): string {
	const bare = (t: string) => fold(t.replace(/^(?:the|a|an)\s+/iu, ''));
	const lead = withoutAliases(opening);
	// The asked name keeps its commas ("Huddart, Parker & Co Pty Ltd v Moorehead") and its
	// "the" when the lead's opening has none; only its "or" aliases go. A title's qualifier
	// stays ("Velmia (plant)").
	const own = name.split(/\s+or\s+/u)[0].trim();
	const keepsThe = /^(?:the|a|an)\s/u.test(own) && !/^(?:the|a|an)\s/iu.test(lead);
	let text = bare(lead) === bare(own) && !keepsThe ? lead : own;
	const det = /^(The|A|An)\s+(.+)$/u.exec(text);
	if (det) {
		// "A Scanner Darkly": an article before a capital is part of a title, kept as written.
		// "An Alford plea" (a common noun, its last word in lower case) is no title.
		if (det[1] !== 'The' && /^\p{Lu}/u.test(det[2]) && /(?:^|\s)\p{Lu}\S*$/u.test(det[2]))
			return text;
		return `${det[1].toLowerCase()} ${det[2]}`;
	}
	if (/^(?:the|a|an)\s/u.test(text)) return text;
	const parts = text.split(/\s+/u);
	const first = parts[0];
	const otherCapital = parts.slice(1).some((w) => /^\p{Lu}/u.test(w));
	const plainCapital = /^\p{Lu}\p{Ll}+$/u.test(first);
	// "Mycoplasma genitalium": a binomial the article writes with its capital inside sentences
	// keeps it (`isCommon` of the whole name, blind review U12).
	if (plainCapital && !otherCapital && isCommon(first) && isCommon(text)) {
		text = `${first.toLowerCase()}${text.slice(first.length)}`;
	}
	// "2016–17 South Korean protests were …": a plural named by its modifiers takes "the".
	const last = parts.at(-1) ?? '';
	const modified = text
		.split(/\s+/u)
		.slice(0, -1)
		.some((w) => /^[\p{Lu}\d]/u.test(w));
	// "1906 Varn earthquake was …": an event named by its year takes "the" in any number.
	if (parts.length > 1 && ((pluralNoun(last) && modified) || /^\d{4}/u.test(parts[0])))
		text = `the ${text}`;
	return text;
}

/** What a definition card asks about: the name and the verb agreeing with it. */
export interface AskedSubject {
	/** The name as the prompt writes it: "the Treaty on Open Skies", "the novel A Scanner Darkly". */
	name: string;
	/** "is", "are", "was" or "were", in the name's number. */
	verb: string;
	/** The lead's noun for a work ("novel", "film"), when the name is a work's title. */
	work?: string;
}

/**
 * The definition card's subject and verb, or undefined when the name is a work's title the
 * lead gives no work noun for ("A Scanner Darkly is a …" with no "novel"): unmarked, it reads
 * as a common noun (U10 S03). `verb` is the lead's ("is", "were"); a plural name keeps a plural
 * verb even before "a series of …" (U10 S06), a singular one takes the predicate's number
 * ("Piper … are an … genus" → "What is Piper?").
 */
export function askedSubject(
	name: string,
	opening: string,
	verb: string,
	predicate: string,
	isCommon: (word: string) => boolean
): AskedSubject | undefined {
	const form = surfaceForm(name, opening, isCommon);
	const last = form.split(/\s+/u).at(-1) ?? '';
	// "The Ostran Islands are a territory …": a plural proper name the lead itself gives a
	// plural verb keeps it ("What are the Ostran Islands?", U14 S31); "the Netherlands is" stays.
	const plural =
		/^(?:are|were)$/u.test(verb) &&
		(pluralNoun(last) || (/^the\s/iu.test(form) && pluralNoun(last.toLowerCase())));
	let agreed = verb;
	if (!plural && (/^(?:a|an|one)\s/u.test(predicate) || singularByForm(last)))
		agreed = verb === 'are' ? 'is' : verb === 'were' ? 'was' : verb;
	// A work's title as the lead writes it, its opening capital kept ("Jaws", "The Matrix"): a
	// capitalised name the lead calls a novel or a film is a title, whatever its words.
	// "A Codex (from the Latin …) is a book": one capitalised word after "A" is a common noun the
	// lead capitalised, not a title (blind review U31, "What is the book A Codex?").
	if (/^(?:A|An)\s+\p{Lu}\p{Ll}*$/u.test(form)) return undefined;
	const work = workNoun(predicate);
	const core = form.replace(/^(?:the|a|an)\s+/u, '');
	if (work && (/^[\p{Lu}\d]/u.test(core) || /^[\p{Lu}\d]/u.test(name))) {
		const title = /^the\s/u.test(form)
			? `The ${core}`
			: /^(?:a|an)\s/u.test(form)
				? undefined
				: form.charAt(0).toUpperCase() + form.slice(1);
		if (title) return { name: `the ${work} ${title}`, verb: agreed, work };
	}
	if (/^(?:A|An)\s+\p{Lu}/u.test(form) && /(?:^|\s)\p{Lu}\S*$/u.test(form)) return undefined;
	// "Great Dane is an American manufacturer of trailers": a company's name may be another
	// thing too (a dog breed), so the lead's noun says which (blind review U12).
	const org = ORGANISATION.exec(predicate)?.[1];
	if (org && /^\p{Lu}/u.test(form) && !fold(form).includes(org))
		return { name: `the ${org} ${form}`, verb: agreed };
	return { name: form, verb: agreed };
}

/**
 * The article's subject as a prompt names it anywhere in a sentence: the lead's own form when
 * its first sentence opens on the title ("The free software movement (FSM) or … is" → "the free
 * software movement"), else the title by `surfaceForm`. Undefined for a text with no title.
 */
export function subjectSurface(article: ArticleView): string | undefined {
	if (!article.title) return undefined;
	const bare = (t: string) => fold(t.replace(/^(?:The|A|An)\s+/u, ''));
	// "Marie Curie: Life and Discoveries" (a teacher's page, gen17): the subtitle is no part of
	// the name when the opening names the subject without it.
	const main = article.title.split(/:\s+/u)[0];
	const title =
		main !== article.title &&
		article.sentences.slice(0, 4).some((s) => bare(s.text).startsWith(`${bare(main)} `))
			? main
			: article.title;
	const count = title.split(/\s+/u).length;
	// The first sentence that goes on past the name (a heading is the title alone).
	for (const sentence of article.sentences.slice(0, 4)) {
		const opening = sentence.text.replace(/\s*\([^)]*\)/gu, '').split(/\s+/u);
		if (opening.length <= count + 1) continue;
		for (const take of [count, count + 1]) {
			const words = opening
				.slice(0, take)
				.join(' ')
				.replace(/[,;:]$/u, '');
			if (bare(words) === bare(title)) return surfaceForm(title, words, writtenLower(article));
		}
	}
	return surfaceForm(title, title, writtenLower(article));
}

const casings = new WeakMap<ArticleView, Map<string, number>>();

/**
 * Whether the article itself writes a word in lower case (a common noun: "poker", "rickets"),
 * from where no sentence start capitalises it: lower case inside its sentences more often than
 * capitalised ("Python" mid-sentence is a name, whatever another text of the corpus does with
 * "python"), or in a heading's lower case. A word never met inside a sentence or in lower case in a
 * heading falls back on the corpus (`isCommon`).
 */
export function writtenLower(article: ArticleView): (word: string) => boolean {
	let counts = casings.get(article);
	if (!counts) {
		counts = new Map();
		// A line in title case ("Sudoku and Rope Knots", a title kept as the first sentence) has
		// no lower-case word of four letters and says nothing about any word's case.
		for (const sentence of article.sentences.filter((s) => /(?<![\p{L}])\p{Ll}{4,}/u.test(s.text)))
			for (const word of sentence.text.split(/[\s,;:()“”"]+/u).slice(1)) {
				const key = word.toLowerCase();
				const sign = /^\p{Ll}/u.test(word) ? 1 : /^\p{Lu}/u.test(word) ? -1 : 0;
				counts.set(key, (counts.get(key) ?? 0) + sign);
			}
		// A heading's lower-case words count too ("## Other logic puzzles"): a heading in title
		// case capitalises every word, so only its lower case says anything. "Logic puzzles are
		// …" opening a handout whose sentences never repeat "logic" read as a name and was asked
		// "What are the Logic puzzles?" (blind check H19 S46, both reviewers).
		for (const section of new Set(article.sentences.map((s) => s.section)))
			for (const word of section.split(/[\s,;:()“”"]+/u).slice(1))
				if (/^\p{Ll}/u.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
		casings.set(article, counts);
	}
	const seen = counts;
	const texts = article.sentences.map((s) => s.text);
	return (word) => {
		if (/\s/u.test(word)) {
			// A name of several words: lower case unless written with its capital inside a sentence.
			const inside = new RegExp(String.raw`[\p{Ll},;]\s+${escapeRegExp(word)}\b`, 'u');
			return !texts.some((t) => inside.test(t));
		}
		const balance = seen.get(word.toLowerCase());
		return balance === undefined || balance === 0 ? article.isCommon(word) : balance > 0;
	};
}

/** Credits in a work's key: "directed by …", "written by …", "by …", "starring …". */
const CREDITS =
	/\s+(?:(?:and|,)\s+)?(?:(?:(?:directed|written|produced|composed|created|developed|designed|illustrated|edited|performed|recorded|published|released)\s+(?:\S+\s+){0,2}?by|by|starring|featuring)\b.*)$/u;

/**
 * True when a work's key says little but its credits and date: with everything from the first
 * "directed by", "written by", "by" or "starring" cut, and its years, fewer than five content
 * words beyond the name (`thinKey`). Blind review U11 failed "What is the film Filibus?" → "A
 * 1915 Italian silent adventure film directed by Mario Roncoroni and written by …" (S04).
 */
export function creditsOnly(
	key: string,
	name: string,
	isPlace: (word: string) => boolean = () => false
): boolean {
	const left = key.replace(CREDITS, '').replace(/,?\s+(?:published|released)\s+in\s+\d{4}$/u, '');
	return thinKey(left, name, isPlace);
}

/**
 * "minivan" → "a minivan" when the lead opens on the bare noun ("Minivan is an American car
 * classification …", blind review U18 S53: "What is minivan?") and the article itself writes
 * it with "a" or "an" elsewhere: a count noun, not a mass noun ("poker", "rickets") nor a name.
 * Any other name is returned as it is.
 */
export function withIndefinite(name: string, article: ArticleView): string {
	if (!/^\p{Ll}[\p{Ll}\s-]*$/u.test(name) || /^(?:the|a|an)\s/u.test(name)) return name;
	const escaped = escapeRegExp(name);
	// Followed by a verb, a preposition or a stop, not a noun ("a score voting system").
	const counted = new RegExp(
		String.raw`\b(a|an)\s+${escaped}(?=\s*[,.;:)]|\s+(?:is|was|are|has|had|can|may|will|would|that|which|who|with|in|on|for|of|to|and|or|as|by|from|at|\p{Ll}+ly)\b)`,
		'iu'
	);
	// The article's own "a" or "an" ("a university", "an hour").
	const found = article.sentences.map((s) => counted.exec(s.text)).find(Boolean);
	if (!found) return name;
	// "for shareware that", "as shareware while", "were not shareware,": the bare noun inside a
	// sentence as often as with "a" is a mass noun ("a shareware or freeware product" is one
	// such "a"), and "What is a shareware?" failed (blind review U29 S20, both reviewers).
	const bare = new RegExp(
		String.raw`\b(?:of|for|as|with|in|on|to|from|by|about|into|than|not|is|was|are|were|and|or|established|called|became)\s+${escaped}(?=\s*[,.;:)]|\s+(?:is|was|are|were|has|had|can|may|will|would|that|which|while|as|and|or|but|in|on|for|to|from|by|at|\p{Ll}+ly)\b)`,
		'iu'
	);
	const count = (re: RegExp) =>
		article.sentences.filter((s) => new RegExp(re.source, 'giu').test(s.text)).length;
	return count(bare) >= count(counted) ? name : `${found[1].toLowerCase()} ${name}`;
}
