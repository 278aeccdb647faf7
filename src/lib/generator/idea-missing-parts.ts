import type { ArticleView, Idea } from './ideas';

/**
 * Cards missing a part that settles them: a bound year swapped, a deed without its object or
 * era, a person by kin, a pair cut, a release with no place, a clause as a key; acronyms spelled
 * out and stray titles cut.
 *
 * Blind reviews H4 and U26's failure kinds (issue 12, gen27), each a rule for every idea kind,
 * read off the card (prompt, key, cited sentence): `missingPartRedraft` mends a card that can be mended
 * (an acronym spelled out, a key's stray title abbreviation) and `missingPartRefuses` drops one that
 * cannot. Pure.
 */

const YEAR = String.raw`(?:1\d{3}|20\d{2})`;

/** A year that bounds, not dates: "by 1086", "before 1500", "until 1945", "as early as 1200". */
const BOUND_YEAR = new RegExp(
	String.raw`\b(?:[Bb]y|[Bb]efore|[Uu]ntil|[Tt]ill|[Ss]ince|[Aa]fter|[Nn]o later than|[Nn]ot until|[Aa]s (?:early|late) as|[Uu]p to)\s+(?:(?:the\s+(?:end|start|middle)\s+of\s+)?(?:\p{L}+\s+)?)(${YEAR})\b`,
	'gu'
);

/**
 * True when a false statement swaps a year the text gives only as a bound: "By 1086 the English
 * aristocracy had been almost entirely replaced" does not make "By 1071 …" false (H4 S01: only
 * outside knowledge settles it).
 */
export function boundYearSwapped(idea: Idea): boolean {
	if (idea.type !== 'truefalse' || idea.answer !== 'false') return false;
	return [...idea.sentence.text.matchAll(BOUND_YEAR)].some(
		(m) => !new RegExp(String.raw`\b${m[1]}\b`, 'u').test(idea.prompt)
	);
}

/**
 * Nouns of doing that need their object: "Direct measurements began in 1958" — of what? (H4
 * S17: carbon dioxide, named only in the sentences before).
 */
const ACT_NOUN =
	/^(?:(?:The|These|Such|Direct|Early|Earlier|Further|Regular|Systematic|Accurate|Modern|Scientific|Detailed|Official|Formal|Serious|Full-scale|Large-scale|Reliable|Instrumental)\s+)?(?:measurements?|observations?|records?|recordings?|experiments?|studies|tests?|testing|excavations?|negotiations?|talks|work|construction|production|research|investigations?|surveys?|trials?|operations?|preparations?|repairs?|discussions?)\s+(?!of\b|into\b|on\b|at\b|by\b)/u;

/**
 * True when a statement or a year prompt opens on a noun of doing without its object, which the
 * sentences before name (H4 S17).
 */
export function actWithoutObject(idea: Idea): boolean {
	const text = idea.sentence.text;
	// "Excavations began …": the noun may open the sentence itself.
	const opening = text.replace(/^\p{Lu}(?=\p{Ll}+\s+\p{Ll})/u, (c) => c.toLowerCase());
	if (!ACT_NOUN.test(text) && !ACT_NOUN.test(opening)) return false;
	const subject = /^\S+(?:\s+\S+)?/u.exec(text)?.[0] ?? '';
	return idea.prompt.toLowerCase().includes(subject.toLowerCase());
}

/**
 * Generic people and kin as a key's head: "a man of remarkably humble origins" (H4 S21), "the
 * first child and only son of Mohammad Afzal Khan" (U26 S41): what a person was born as or
 * passingly seemed, not what they are known for.
 */
const GENERIC_PERSON =
	/^(?:an?|the)\s+(?:(?!(?:of|in|at|to|for|with|from|by|on|across|over)\s)[\p{Ll}\d-]+\s+){0,3}?(?:man|woman|men|women|person|boy|girl|child|son|daughter|grandson|granddaughter|nephew|niece|brother|sister|wife|husband|widow|widower|descendant|heir|offspring)(?![\p{L}-])/iu;

/** True when "Who/What was X?" is keyed by a generic person or kinship (H4 S21, U26 S41). */
export function personByKin(idea: Idea): boolean {
	return (
		/^(?:Who|What)\s+(?:is|was|are|were)\s/u.test(idea.prompt) && GENERIC_PERSON.test(idea.answer)
	);
}

/**
 * True when a prompt is cut inside a title or a pair: "What was the magazine Punch; or?" (U26
 * S25, the title "Punch; or, The London Charivari"), "… created to control city-owned?" where the
 * sentence goes on "city-owned and operated public transportation" (S40).
 */
export function cutInPair(idea: Idea): boolean {
	const asked = idea.prompt.replace(/\?$/u, '');
	if (/;/u.test(asked) || /\s(?:or|and|nor|but)$/u.test(asked)) return true;
	// "What is the adversarial system?" of "The adversarial system or adversary system is …": a
	// definition asks the whole term, however the sentence goes on.
	if (/^(?:What|Who)\s+(?:is|was|are|were)\s/u.test(asked)) return false;
	const tail = /\S+\s+\S+$/u.exec(asked)?.[0];
	if (!tail) return false;
	const at = idea.sentence.text.indexOf(tail);
	if (at < 0) return false;
	const next = idea.sentence.text.slice(at + tail.length);
	// A key-less prompt ends where its sentence went on with "and"/"or" and one more modifier.
	return (
		/^\s+(?:and|or)\s+[\p{Ll}-]+\s+\p{Ll}/u.test(next) &&
		!/^\s+(?:and|or)\s+(?:the|a|an|in|on|at|was|is|were)\b/u.test(next)
	);
}

/** "the CASI", "EP", "the ECEC": an acronym standing for the thing asked. */
const ACRONYM_ASKED =
	/^((?:What|Who)\s+(?:is|was|are|were)\s+(?:the\s+)?)(\p{Lu}{2,6})s?(?=[\s?])/u;

/** Small words inside a spelled-out name ("Child and Adolescent …", "Chamber of Commerce"). */
const NAME_JOINER = /^(?:of|and|for|the|in|on|de|du|des|la|le|&)$/iu;

/**
 * The words the text spells an acronym out with ("Child and Adolescent Symptom Inventory
 * (CASI)", "deoxyribonucleic acid (DNA)"): the fewest words (two or more) before "(ACR)" whose
 * first begins with the acronym's first letter, at most its letters plus joiners; undefined when
 * the text never spells it out.
 */
export function spelledOut(acronym: string, article: ArticleView): string | undefined {
	for (const s of article.sentences) {
		// "EDSAC (Electronic Delay Storage Automatic Calculator)": the words in brackets after it.
		const after = new RegExp(String.raw`\b${acronym}\s+\(([^()]+)\)`, 'u').exec(s.text)?.[1];
		if (after && after[0].toLowerCase() === acronym[0].toLowerCase() && /\s/u.test(after))
			return after;
		const at = s.text.indexOf(`(${acronym})`);
		if (at < 0) continue;
		const words = s.text.slice(0, at).trim().split(/\s+/u);
		let content = 0;
		for (let i = words.length - 1; i >= 0 && content < acronym.length + 1; i--) {
			if (!NAME_JOINER.test(words[i])) content++;
			if (
				content >= 2 &&
				!NAME_JOINER.test(words[i]) &&
				words[i][0].toLowerCase() === acronym[0].toLowerCase()
			)
				return words
					.slice(i)
					.join(' ')
					.replace(/[,;:]$/u, '');
		}
	}
	return undefined;
}

/** A title abbreviation cut from the next sentence: "…, Dr" (U26 S55, "Dr. Cameron was able …"). */
const STRAY_TITLE = /,?\s+(?:Dr|Mr|Mrs|Ms|Prof|St|Sr|Jr|Gen|Col|Capt|Rev|Lt|Sgt|Gov)\.?$/u;

/**
 * A card mended: an acronym asked alone gets the words the text spells it out with ("What is the
 * CASI?" → "What is the Child and Adolescent Symptom Inventory (CASI)?", U26 S59, S69; "What was
 * EP?", S08), and a key loses a title cut from the next sentence ("…, Dr", S55). Undefined when
 * the acronym is never spelled out: a student cannot know what it stands for.
 */
export function missingPartRedraft(idea: Idea, article: ArticleView): Idea | undefined {
	let out = idea;
	if (STRAY_TITLE.test(out.answer)) out = { ...out, answer: out.answer.replace(STRAY_TITLE, '') };
	const m = ACRONYM_ASKED.exec(out.prompt);
	if (m) {
		const words = spelledOut(m[2], article);
		if (!words) return undefined;
		const the = /^\p{Lu}/u.test(words) ? m[1] : m[1].replace(/the\s+$/u, '');
		out = { ...out, prompt: `${the}${words} (${m[2]})${out.prompt.slice(m[0].length)}` };
	}
	return out;
}

/**
 * True when a prompt asks a class by its common noun ("What is a diplomatic mission?"): a thing,
 * never a "Who", even when its key is a group of people (U26 S35, "Who is a diplomatic mission?").
 */
export function classAsked(prompt: string): boolean {
	return /^What\s+(?:is|was|are|were)\s+(?:an?\s+)?\p{Ll}/u.test(prompt);
}

/** A topic title, not a thing: "Environmental issues in Kuwait", "Characteristics of progressive rock". */
const TOPIC_TITLE =
	/^(?:What|Who)\s+(?:is|was|are|were)\s+(?:(?:History|Politics|Economy|Geography|Culture|Demographics|Characteristics|Timeline|List|Outline|Effects|Causes|Impact|Religion|Education|Transport|Tourism|Cuisine)\s+(?:of|in)\s|\p{Lu}\p{Ll}+\s+(?:issues|problems|characteristics|effects|aspects|impacts)\s+(?:of|in)\s)/u;

/** A person let go, from where the sentence does not say: prison, hospital, a contract (U26 S13). */
const RELEASED_PERSON =
	/\b(?:He|She|They)\s+(?:was|were)\s+(?:\p{Ll}+\s+)?released\b(?!\s+(?:from|on\s+parole|on\s+bail))/u;

/**
 * True when a person's release is asked with no "from": "In what year was Mark Whitacre
 * released?" of "He was released in December 2006" (U26 S13).
 */
export function releasedFromNowhere(idea: Idea, article: ArticleView): boolean {
	if (!/\breleased\b/u.test(idea.prompt) || /\breleased\s+from\b/u.test(idea.prompt)) return false;
	if (RELEASED_PERSON.test(idea.sentence.text)) return true;
	const subject = /^In what year (?:was|were) (.+?) released\b/u.exec(idea.prompt)?.[1];
	return !!subject && article.isPerson(subject);
}

/**
 * A typed "Who did it?" of a people with no era: "Who defeated the Persians?" (H4 S11; the Greeks
 * at Salamis, Alexander and Heraclius all did).
 */
export function peopleWithoutEra(idea: Idea): boolean {
	return /^Who\s+[\p{Ll}]+(?:\s+[\p{Ll}]+)?\s+the\s+\p{Lu}\p{Ll}+(?:s|ese|ish|ch)\?$/u.test(
		idea.prompt
	);
}

/**
 * A definition key that is not a noun phrase but a clause the text opens with an adverb or a
 * subordinator: "Sometimes a change occurs in the sequence of bases in DNA" for "What is a
 * mutation?" (H4 S08).
 */
export function clauseKey(idea: Idea): boolean {
	return (
		/^(?:What|Who)\s+(?:is|was|are|were)\s/u.test(idea.prompt) &&
		/^(?:Sometimes|Often|Usually|Occasionally|Normally|Generally|When|Whenever|If|Because|Then|Here|There|This|These|It|They)\s/u.test(
			idea.answer
		)
	);
}

/**
 * True when a term is named in apposition to the clause before it and the key is what follows:
 * "bones can lose mass and become brittle, a condition called osteoporosis, which makes fractures
 * more likely" keyed "A condition which makes fractures more likely", a consequence (H4 S19).
 */
export function resumptiveClass(idea: Idea): boolean {
	if (idea.kind !== 'term') return false;
	return /\p{Ll},\s+an?\s+(?:\p{Ll}+\s+){0,2}(?:called|known\s+as|termed|named)\s+[^,]+,\s+(?:which|that|who)\b/u.test(
		idea.sentence.text
	);
}

/** True when a card fails one of H4's or U26's kinds. */
export function missingPartRefuses(idea: Idea, article: ArticleView): boolean {
	return (
		boundYearSwapped(idea) ||
		actWithoutObject(idea) ||
		personByKin(idea) ||
		cutInPair(idea) ||
		TOPIC_TITLE.test(idea.prompt) ||
		releasedFromNowhere(idea, article) ||
		peopleWithoutEra(idea) ||
		clauseKey(idea) ||
		resumptiveClass(idea)
	);
}
