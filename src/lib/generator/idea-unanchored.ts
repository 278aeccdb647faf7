import { escapeRegExp } from '$lib/text/regexp-literal';
import type { ArticleView, Idea } from './ideas';

/**
 * Cards a student cannot place without the handout: a person by the given name only, a name
 * card whose key only describes, a pointer to something only the handout names, a key that
 * compares or judges instead of defining. Found as blind review H18's failure kinds (issue 12,
 * gen62: 40 new handouts, 114 drafts, three reviewers 74.6 / 77.2 / 78.1%), each refused as a
 * kind. `unanchoredRefuses` reads the card (prompt, key, cited sentence) and the handout's own
 * text. Pure.
 */

/** Name particles between a given name and a surname ("Vincent van Gogh"), as the full name writes them. */
const PARTICLE = String.raw`(?:(?:van|von|de|da|del|della|der|den|di|du|le|la|ter|ten)\s+)*`;

/**
 * The bare given names of a text: capitalised words neither after nor before another name
 * word ("Pierre was knocked down", "Maria and Elizabeth").
 */
function bareNames(text: string): string[] {
	return [
		...text.matchAll(
			/(?<![\p{Lu}][\p{L}’'-]*\s|[\p{L}’'-])(\p{Lu}\p{Ll}+)(?![\p{L}’'-])(?!\s+(?:(?:van|von|de|da|di|du|le|la)\s+)?\p{Lu})/gu
		)
	].map((m) => m[1]);
}

/** Words that open a sentence before a name, never a given name. */
const OPENER =
	/^(?:The|A|An|In|On|At|By|Of|And|But|When|After|Before|During|Then|While|With|From|To|For|As|Young|Old|Little|Dr|Mr|Mrs|Miss|Sir|Lady|Lord|Saint|St|King|Queen|Prince|Princess|Father|Mother|Brother|Sister|Uncle|Aunt|Captain|General|President|Professor)$/u;

/**
 * True when a prompt or statement names a person by the given name only ("On 19 April 1904
 * Pierre was knocked down …", "In 1825 Maria and Elizabeth became ill", "Vincent … moved in with
 * Theo": H18 S109, S07, S74, S62, all three reviewers: "no surname, it doesn't say who"). A
 * given name is bare when the handout writes it elsewhere before a surname ("Pierre Curie") and
 * that surname names a family (two given names before it) or stands alone for someone ("Curie
 * discovered …"): the handout's reader knows who, a card's reader does not. The title's subject
 * known by the given name ("Galileo" of "Galileo Galilei", whose father is "Vincenzo Galilei"
 * and whose "Galilei" never stands alone) is no bare name; nor is a title before a given name
 * ("the Dauphin Charles"). `title` is the handout's title ("" for none).
 */
export function bareGivenName(
	prompt: string,
	handout: string,
	names: NameReader,
	title = ''
): boolean {
	for (const name of bareNames(prompt)) {
		// The handout's subject, named in its title, is known by its given name ("Galileo",
		// "Rembrandt") unless the handout calls it by the surname ("Van Gogh").
		const subject = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(name)}(?![\p{L}])`, 'u').test(
			title
		);
		// A word the corpus also writes in lower case ("Tea" of "Tea Act") is no given name.
		if (OPENER.test(name) || names.isPlace(name) || names.isCommon(name)) continue;
		// The given name, any middle names, a particle and the surname: "Vincent Willem van Gogh".
		const full = new RegExp(
			String.raw`(?<![\p{L}]|\b[Tt]he\s+)${escapeRegExp(name)}((?:\s+\p{Lu}\p{Ll}+)*?)\s+(${PARTICLE})(\p{Lu}[\p{L}’'-]+)`,
			'gu'
		);
		for (const m of handout.matchAll(full)) {
			const [, middle, particle, surname] = m;
			// A word the corpus writes in lower case is no surname ("the Rembrandt Research Project"),
			// unless the handout itself writes it as a name: "Curie" a dozen times inside sentences
			// beside one "curie" (the unit) is a surname (H18 S109's "Pierre", blind check H19 brief).
			if (names.isCommon(surname) && !writtenAsName(handout, surname)) continue;
			const family = `${particle}${surname}`;
			const capital = family[0].toUpperCase() + family.slice(1);
			const given = givenNames(handout, surname, names);
			// The lexicon misses names with particles ("Vincent van Gogh"): a surname two given
			// names share, written nowhere in lower case, is a family's.
			const person =
				[`${name}${middle} ${family}`, family, capital].some(names.isPerson) || given.size >= 2;
			if (!person) continue;
			if (standsAlone(handout, surname) || (given.size >= 2 && !subject)) return true;
		}
	}
	return false;
}

/** What `bareGivenName` asks of the handout's lexicon (`ArticleView`'s readers). */
export type NameReader = Pick<ArticleView, 'isPerson' | 'isPlace' | 'isCommon'>;

/** Particles before a surname, in either case ("van Gogh", "Van Gogh"). */
const ANY_PARTICLE = String.raw`(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]a|[Dd]i|[Dd]u|[Ll]e|[Ll]a|der|den|della|del)\s+)*`;

/**
 * True when `text` writes `word` with its capital inside sentences (after another word or a
 * comma, not where a sentence opens) at least three times and at least three times as often as
 * in lower case: a name the text also uses once as a common word ("Curie" beside the unit
 * "curie", "Baker" beside "a baker"), which a corpus lexicon counts as common. Pure.
 */
export function writtenAsName(text: string, word: string): boolean {
	const escaped = escapeRegExp(word.slice(1));
	const capital = word.charAt(0).toUpperCase();
	const named = new RegExp(
		String.raw`[\p{Ll},;]\s+${escapeRegExp(capital)}${escaped}(?![\p{L}])`,
		'gu'
	);
	const lower = new RegExp(
		String.raw`(?<![\p{L}])${escapeRegExp(word.charAt(0).toLowerCase())}${escaped}(?![\p{L}])`,
		'gu'
	);
	const names = (text.match(named) ?? []).length;
	return names >= 3 && names >= 3 * (text.match(lower) ?? []).length;
}

/** The given names the handout writes before a surname ("Pierre", "Marie" of "Curie"). */
function givenNames(handout: string, surname: string, names: NameReader): Set<string> {
	const before = new RegExp(
		String.raw`(\p{Lu}\p{Ll}+)\s+${ANY_PARTICLE}${escapeRegExp(surname)}(?![\p{L}])`,
		'gu'
	);
	return new Set(
		[...handout.matchAll(before)]
			.map((g) => g[1])
			.filter(
				(g) => !OPENER.test(g) && !/^(?:Van|Von|De|Da|Di|Du|Le|La)$/u.test(g) && !names.isPlace(g)
			)
	);
}

/**
 * True when the handout writes a surname alone for someone ("Curie discovered …", "Van Gogh
 * painted …"), not after a given name nor after "the" (the family, "the Curies").
 */
function standsAlone(handout: string, surname: string): boolean {
	return new RegExp(
		String.raw`(?<!(?:\p{Lu}\p{Ll}+|[Tt]he)\s+(?:(?:van|von|de|da|di|du|le|la|der|den)\s+)*)(?<![\p{L}])(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]a|[Dd]i|[Dd]u|[Ll]e|[Ll]a)\s+)?${escapeRegExp(surname)}(?![\p{L}])`,
		'u'
	).test(handout);
}

/**
 * True when a "Who/What was X?" card asks a proper name its sentence glosses by apposition
 * ("…, Matthew Boulton, a wealthy Birmingham manufacturer who owned …"). Blind record H14–H18
 * (`tmp` tally of every judged such card, both first reviewers): 5 of 24 accepted by both
 * (Hougoumont, Westerbork, Old Major, Rastafari, the Appalachians); the rest failed on the
 * question word ("Who was Northwest Passage?"), the article ("What were the Pharos?", "What
 * was Diorama?"), a name cut ("What was Cie?" of Goupil & Cie) or a key that describes the name
 * and misses why it matters to the handout (Boulton, Talbot, John Lees, Camp Funston, Harry
 * Beck). No rule told the five from the nineteen, so the card is not made.
 */
export function properNameCard(prompt: string, sentence: string): boolean {
	const name = /^(?:Who|What)\s+(?:is|was|are|were)\s+(?:the\s+)?(\p{Lu}[^?]*)\?$/u.exec(
		prompt
	)?.[1];
	if (!name) return false;
	return new RegExp(String.raw`${escapeRegExp(name)}[”"’']?,\s+(?:an?|the)\s`, 'u').test(sentence);
}

/**
 * True when a prompt writes in lower case a word the handout writes as a name: capitalised
 * inside its sentences, not as a word of a longer name ("Stave 1", "the Gauge Act"), more often
 * than in lower case ("Why was watt cautious …?" of James Watt,
 * H18 S77, all three: "reads as the unit of power"; the handout names the unit once, the man
 * six times). `handout` has one sentence a line: a capital opening the next line is no name.
 */
export function nameLowerCased(prompt: string, handout: string): boolean {
	// A quoted term is the handout's own spelling of a term, not a name retold.
	const words = prompt
		.replace(/“[^”]*”/gu, ' ')
		.split(/\s+/u)
		.slice(1);
	for (const raw of words) {
		const word = raw.replace(/[^\p{L}’'-]/gu, '');
		if (!/^\p{Ll}{3,}$/u.test(word)) continue;
		const upper = word[0].toUpperCase() + word.slice(1);
		const inside = handout.match(
			new RegExp(String.raw`\p{Ll}[^\S\n]+${upper}(?![\p{L}])(?!\s+[\p{Lu}\d])`, 'gu')
		)?.length;
		const lower = handout.match(
			new RegExp(String.raw`(?<![\p{L}])${word}(?![\p{L}])`, 'gu')
		)?.length;
		if ((inside ?? 0) > (lower ?? 0)) return true;
	}
	return false;
}

/** "-est" words that are no superlatives. */
const NOT_SUPERLATIVE =
	/^(?:forest|interest|west|test|protest|request|harvest|conquest|chest|nest|quest|rest|contest|guest|crest|priest|arrest|digest|manifest|southwest|northwest|midwest|inquest|behest|zest|vest|pest|honest|modest|earnest|unrest|suggest|invest|attest|detest)$/u;

/**
 * True when a statement or prompt points at something only the handout said: a superlative with
 * nothing it ranks in ("The newest bridge, …", H18 S23: "newest bridge of what?"), a demonstrative
 * after a preposition ("dated from that party on Sedgwick Avenue", S31), "later" with no time it
 * follows ("Venice later came under Austrian rule", S57), or the handout's title cut to its head
 * noun ("What caused the pandemic?" of "The 1918 Influenza Pandemic", S27).
 */
export function pointsIntoHandout(text: string, title: string): boolean {
	for (const m of text.matchAll(
		/\b[Tt]he\s+(\p{Ll}+est)\s+(\p{Ll}+)\b(?!\s+(?:of|in|on|at|to|ever|yet|known|recorded|among|for|from)\b)/gu
	))
		if (!NOT_SUPERLATIVE.test(m[1]) && !/^(?:of|in|and|or)$/u.test(m[2])) return true;
	if (
		/\b(?:from|at|of|in|on|by|after|before|during|since|with|to|for)\s+(?:that|this|these|those)\s+\p{Ll}+/u.test(
			text
		)
	)
		return true;
	if (
		/\blater\b(?!\s+(?:than|in|on|that)\b)/u.test(text) &&
		!/\b(?:years?|months?|decades?|days?|weeks?|centur(?:y|ies))\s+later\b/u.test(text)
	)
		return true;
	const words = title.trim().split(/\s+/u);
	if (words.length >= 2) {
		const head = words[words.length - 1].toLowerCase();
		if (
			/^\p{L}{4,}$/u.test(head) &&
			new RegExp(String.raw`\b[Tt]he\s+${escapeRegExp(head)}\b(?!\s+of\b)`, 'u').test(text) &&
			!text.toLowerCase().includes(words.slice(-2).join(' ').toLowerCase())
		)
			return true;
	}
	return false;
}

/**
 * True when a definition's key says what a thing is like or how it fares, not what it is:
 * others it resembles ("Birds of prey, like eagles, hawks and falcons" for "What are owls?",
 * H18 S24) or a vague evaluative head ("A hard time for many animals" for "What is winter in
 * biology?", S58). All three reviewers failed both.
 */
export function keyOnlyLikens(prompt: string, key: string): boolean {
	if (!/^What\s+(?:is|was|are|were)\s/u.test(prompt)) return false;
	if (/,\s+like\s/u.test(key)) return true;
	return /^(?:an?\s+)?(?:hard|difficult|tough|good|bad|great|busy|dangerous|important|special|exciting|terrible|wonderful)\s+(?:time|thing|period|place|moment|part|way)\b/iu.test(
		key
	);
}

/** True when a card is one of H18's failure kinds above. */
export function unanchoredRefuses(idea: Idea, article: ArticleView): boolean {
	// One sentence a line: a title kept as the first sentence has no full stop, and joined by a
	// space its last word ran into the next sentence's first ("… Rope Knots Rope knots are …").
	const handout = article.sentences.map((s) => s.text).join('\n');
	return (
		(idea.type === 'truefalse' && bareGivenName(idea.prompt, handout, article, article.title)) ||
		(idea.type === 'flashcard' && properNameCard(idea.prompt, idea.sentence.text)) ||
		nameLowerCased(idea.prompt, handout) ||
		pointsIntoHandout(idea.prompt, article.title) ||
		(idea.type === 'flashcard' && keyOnlyLikens(idea.prompt, idea.answer))
	);
}
