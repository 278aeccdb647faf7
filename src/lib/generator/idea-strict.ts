import { HUMAN_ROLE } from './idea-role-words';
import { keyCutMidPhrase } from './idea-cut';
import type { ArticleView, Idea } from './ideas';

/**
 * What a strict editor rejects on sight, as general rules for any English article (issue 12,
 * after blind review U15, 2026-12-24: gen11 43% and 47%). Each rule refuses the card; none
 * mends it by guess (precision first: the teacher still has Suggested sentences). Pure.
 */

/** Words that qualify a role without saying anything a student could learn ("a former …"). */
const ROLE_QUALIFIER =
	/^(?:former|leading|prominent|noted|notable|renowned|famous|influential|important|early|late|major|minor|well-known|professional|amateur|self-taught)$/u;

/** Role nouns that do not end like an agent noun (beside the endings in `roleWord`). */
const PLAIN_ROLE =
	/^(?:man|woman|person|figure|king|queen|poet|priest|monk|friar|abbot|saint|bishop|pope|emperor|empress|chief|general|soldier|chemist|navigator|pilot|judge|nun|prince|princess|duke|duchess|lord|lady|sultan|shah|tsar|diplomat|spy|activist|scholar|monarch|ruler|prophet|philosopher|engineer|author|surgeon|physician|cardinal|statesman|stateswoman|codebreaker|nobleman|noblewoman|artist|scientist|economist|journalist|novelist|dramatist|playwright|composer|politician|businessman|businesswoman|explorer|inventor|revolutionary|aristocrat|courtier|knight|admiral|officer|professor|teacher|lawyer|architect|sculptor|painter|singer|actor|actress|writer|physicist|mathematician|astronomer|chemist|biologist|historian|theologian|merchant|missionary|reformer|wrestler|boxer|runner|athlete|champion|charioteer|gladiator|swimmer|jockey|dancer|warrior|sailor|farmer|slave|servant|weaver|potter|craftsman|labourer|laborer|mason)$/u;

/** True when a lower-case word names a person's role or trade ("physicist", "engineer"). */
function roleWord(word: string): boolean {
	// "for", "other", "peer-to-peer" end like agent nouns and name no one (U16: LimeWire's
	// "client for Windows" read as a role).
	if (
		/^(?:for|or|nor|per|other|under|over|after|ever|never|either|neither|whether|her|their|[\p{L}]+-to-[\p{L}]+)$/u.test(
			word
		)
	)
		return false;
	return (
		PLAIN_ROLE.test(word) || /(?:ist|ician|er|or|ant|ent|man|woman|ess|eer|ier)s?$/u.test(word)
	);
}

/**
 * A role that says what this one person did or was, not a trade many share: a royal mistress,
 * a convicted serial killer, an ordinal king ("The second Hasmonean king"). Both U16 reviewers
 * accepted these after gen12 refused them as thin (S10, S27, S80).
 */
const SINGULAR_ROLE =
	/\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th)|mistress|consort|convicted|serial|killer|murderer|rapist|assassin|usurper|pretender|martyr|heir|co-founder|founder)\b/iu;

/**
 * True when a key says only where someone was from and what
 * they were: "A German physicist", "An Austrian politician", "a British mathematician and
 * codebreaker", "a Roman statesman and general of the third century BC", "a German-born
 * American mathematician, electrical engineer and professor", "A man". Capitalised words,
 * role nouns, the words that qualify them ("electrical engineer", "former"), "and", and a
 * century are all it holds. Source: U15 S07, S21, S26, S27, S28, S32 (worthLearning: "could
 * fit any German physicist"), S19 ("A man").
 */
export function genericKey(key: string): boolean {
	// "of the third century BC" dates a trade; "the second … king" is one person.
	const undated = key.replace(/\b[\p{L}\d-]+\s+centur(?:y|ies)\b/giu, '');
	if (/^the\s/iu.test(key.trim()) || SINGULAR_ROLE.test(undated)) return false;
	const words = key
		.replace(
			/\b(?:of|in)\s+the\s+\p{L}+(?:-\p{L}+)?\s+centur(?:y|ies)(?:\s+(?:BC|BCE|AD|CE))?/giu,
			''
		)
		.replace(/^(?:a|an|the)\s+/iu, '')
		.split(/[\s,;]+/u)
		.filter((w) => w && !/^(?:and|or|a|an|the)$/iu.test(w));
	if (words.length === 0) return true;
	return words.every(
		(w, i) =>
			/^\p{Lu}/u.test(w) ||
			roleWord(w) ||
			ROLE_QUALIFIER.test(w) ||
			// A word before a role qualifies it: "electrical engineer", "military intelligence officer".
			words.slice(i + 1, i + 3).some((next) => roleWord(next))
	);
}

/**
 * True when a key copies a slip of the source: a demonym where the office's country belongs
 * ("Chancellor of Austrian between 1932 and 1934", U15 S06, both reviewers; faithful,
 * readable). A demonym is a capitalised word ending "ian", "ese" or "ish", or one ending "an"
 * whose stem is a place the article names ("Austrian" beside "Austria"), so "of Japan from" is
 * no slip.
 */
export function demonymSlip(key: string, articleText: string): boolean {
	const slip =
		/\bof\s+(\p{Lu}\p{Ll}+)(?=\s+(?:between|from|in|until|since|during|to|and|for|at)\b|\s*[,;.]|$)/gu;
	for (const [, word] of key.matchAll(slip)) {
		if (/(?:ian|ese|ish)$/u.test(word) && !/^(?:Christian|Brian|Julian|Adrian)$/u.test(word))
			return true;
		if (/an$/u.test(word) && new RegExp(`\\b${word.slice(0, -1)}\\b`, 'u').test(articleText))
			return true;
	}
	return false;
}

/**
 * True when the key stops inside a name the cited sentence goes on with: "a former Dean of the
 * College" of "… Dean of the College of Chemistry at …" (U15 S15: names no college and
 * misstates the post), "cardinal and Bishop" of "… Bishop of Belluno" (S18). Each part of a
 * key ("; " joins a role and what the person is known for) is read where the sentence has it.
 */
export function nameCutShort(key: string, sentence: string): boolean {
	return key.split(/;\s*/u).some((part) => {
		const text = part.trim();
		if (!/\p{Lu}\p{L}*$/u.test(text)) return false;
		const at = sentence.toLowerCase().indexOf(text.toLowerCase());
		if (at < 0) return false;
		const after = sentence.slice(at + text.length);
		return /^\s+(?:of|de|von|van|del|da|di|du|at)\s+(?:the\s+)?\p{Lu}/u.test(after);
	});
}

/** A foreign class word in a name, and the English word a key would give it away with. */
const FOREIGN_CLASS: [RegExp, RegExp][] = [
	[/\b(?:ch[âa]teau|castello|castillo|schloss|burg|castell|castelo)\b/iu, /\bcastles?\b/iu],
	[/\b(?:r[íi]o|rivi[èe]re|fiume)\b/iu, /\brivers?\b/iu],
	[/\b(?:lago|lac|loch|lough|see)\b/iu, /\blakes?\b/iu],
	[/\b(?:mont|monte|berg)\b/iu, /\bmountains?\b/iu],
	[/\b(?:isla|[îi]le|isola|ilha)\b/iu, /\bislands?\b/iu],
	[/\b(?:palazzo|palacio|pal[áa]cio|palais)\b/iu, /\bpalaces?\b/iu],
	[/\b(?:iglesia|[ée]glise|chiesa|kirche|igreja)\b/iu, /\bchurch(?:es)?\b/iu],
	[/\b(?:abbaye|abbazia|abad[íi]a|kloster)\b/iu, /\b(?:abbey|monastery)\b/iu]
];

/** A name's word as a key may repeat it: lower case, plural "s"/"es" off. */
function stem(word: string): string {
	return word
		.toLowerCase()
		.replace(/['’]s$/u, '')
		.replace(/(?:ch|sh|ss|x)es$/u, (m) => m.slice(0, -2))
		.replace(/s$/u, '');
}

const NAME_FILLER =
	/^(?:the|and|of|for|in|on|at|to|a|an|de|la|le|von|van|der|du|des|act|law|war|battle|treaty)$/u;

/** The stems of a text's words of four letters or more. */
const stemsOf = (text: string): string[] =>
	text
		.split(/[^\p{L}\p{N}'’-]+/u)
		.filter((w) => w.length >= 4 && !/^\d+$/u.test(w))
		.map(stem)
		.filter((w) => !NAME_FILLER.test(w));

/**
 * True when the prompt's name hands over the key:
 * - a long title (four capitalised words or more) two of whose words come back in the key, or
 *   one word of a title of five or more
 *   ("the Beaches Environmental Assessment and Coastal Health Act" → "… beach monitoring …
 *   coastal …", U15 S17; U14 S03's treaty title);
 * - a name with a subtitle whose line name comes back ("Catan: Seafarers" → "an expansion of
 *   … The Settlers of Catan", U15 S03);
 * - a foreign class word of the name comes back in English ("Château de Druyes" → "a medieval
 *   castle", U15 S24);
 * - a person's name word comes back ("Rudolf Diesel" → "the Diesel engine", U14 S12).
 * One name word in a thing's key passes: blind reviewers accepted "Mars Direct" → "a mission to
 * Mars", "the Rugby World Cup" → "a men's rugby union tournament", "the Davy lamp" → "…
 * invented by Sir Humphry Davy" (U15 S05, U11 S14, U7 S06).
 */
export function nameGivesKey(key: string, subject: string, person = false): boolean {
	const said = new Set(stemsOf(key));
	const capitalised = subject.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w));
	if (person) return stemsOf(capitalised.join(' ')).some((w) => said.has(w));
	const back = stemsOf(capitalised.join(' ')).filter((w) => said.has(w)).length;
	// A title of five capitalised words or more says what the thing is: one word back is enough
	// when the key says it as a common noun ("coastal beach monitoring"), not inside another
	// name ("control over the Turkish Straits" for the Montreux Convention … of the Straits,
	// U16 S59, accepted by both reviewers after gen12 refused it).
	const common = new Set(
		stemsOf(
			key
				.split(/\s+/u)
				.filter((w) => /^\p{Ll}/u.test(w))
				.join(' ')
		)
	);
	const lower = stemsOf(capitalised.join(' ')).filter((w) => common.has(w)).length;
	if ((capitalised.length >= 4 && back >= 2) || (capitalised.length >= 5 && lower >= 1))
		return true;
	const line = /^(?:the\s+)?([^:]+):\s/iu.exec(subject)?.[1];
	if (line && stemsOf(line).some((w) => said.has(w))) return true;
	return FOREIGN_CLASS.some(([foreign, english]) => foreign.test(subject) && english.test(key));
}

/**
 * True when the asked name is no name a student can read alone: a title-case common noun with
 * no article ("What is Cuisine of New England characterized by?", U15 S10), a possessive with a
 * bare noun ("Denmark's system", S23: which system?), or a bare "The Act", "the company"
 * standing for a name the article gave earlier (S30). A common noun is a word the article
 * also writes in lower case.
 */
export function malformedSubject(subject: string, articleText: string): boolean {
	if (/^[\p{L}.\s-]+['’]s\s+\p{Ll}+$/u.test(subject)) return true;
	const bare = /^(?:[Tt]he\s+)?(\p{Lu}\p{Ll}+)(?:\s+of\b|$)/u.exec(subject);
	if (!bare) return false;
	const word = bare[1];
	const determiner = /^the\s/iu.test(subject);
	// "The Act" alone, or "Cuisine of …" with no article: a common noun the article writes lower.
	if (determiner && !/\sof\b/u.test(subject) && /^\p{Lu}/u.test(word))
		return new RegExp(`\\b${word.toLowerCase()}\\b`, 'u').test(articleText) || ANAPHOR.test(word);
	if (!determiner && /\sof\b/u.test(subject))
		return new RegExp(`(?<![.!?]\\s)\\b${word.toLowerCase()}\\b`, 'u').test(articleText);
	return false;
}

/** Class nouns a text uses for its own subject once named ("The Act was signed …"). */
const ANAPHOR =
	/^(?:Act|Bill|Law|Treaty|Agreement|Convention|Company|Corporation|Party|Court|Council|Committee|Organisation|Organization|Church|Order|Film|Album|Book|Novel|Band|Project|Programme|Program)$/u;

/**
 * True when a person is asked "What": the key's first noun is a person ("a central figure in
 * the early days of the Portuguese Empire", U15 S25: "asks 'what' of a person").
 */
export function whatOfPerson(prompt: string, key: string): boolean {
	if (!/^What\s+(?:is|was|are|were)\b/u.test(prompt)) return false;
	// "What is meant by the term “abolitionist”?" asks a word's meaning, and a person's class is
	// what the word means ("A person who campaigned to end slavery"; H27's key-term lists lost
	// "target audience", "thegn", "witan" to this, gen72).
	if (/^What is meant by the term “[^”]+”\?$/u.test(prompt)) return false;
	const head =
		/^(?:a|an|the|one)\s+(?:of\s+the\s+)?(?:[\p{Ll}-]+\s+){0,2}?(figure|man|woman|person|people|leader|member|statesman|politician|king|queen|prince|princess|emperor|ruler|writer|painter|scientist)\b/iu;
	if (head.test(key)) return true;
	// "An English mathematician active in …", "An American former … agent and attorney who …"
	// (dev test20: asked "What is John Horton Conway?"): a role noun in the key's first phrase.
	const phrase = key.split(
		/\s+(?:who|that|which|whose|of|in|at|for|from|with|active|known|best|by)\b|[,;(]/u
	)[0];
	if (listedRole(key)) return true;
	return (
		/^(?:an?|the)\s/iu.test(phrase) &&
		phrase
			.split(/\s+/u)
			.map((w) => w.toLowerCase())
			.some(
				(w) =>
					PLAIN_ROLE.test(w) ||
					HUMAN_ROLE.test(w) ||
					/^(?:agent|attorney|imam|member|\p{Ll}+ologist)$/u.test(w)
			)
	);
}

/**
 * True when a key's first phrase is a list of what a person works in, ending on their role: "A
 * new media, performance, and installation artist based in …" (blind review 11a/11b S39: asked
 * "What is Wang Jianwei?"; the comma hid the role from the first phrase).
 */
function listedRole(key: string): boolean {
	const phrase = key.split(
		/\s+(?:who|that|which|whose|of|in|at|for|from|with|active|known|best|by|based|born)\b|[;(]/u
	)[0];
	if (!/^(?:an?|the)\s[^,]+,(?:[^,]+,)*\s*(?:and|or)\s/iu.test(phrase)) return false;
	const last = phrase.trim().split(/\s+/u).at(-1)!.toLowerCase();
	return PLAIN_ROLE.test(last) || HUMAN_ROLE.test(last);
}

/**
 * True when a year's choices may include years the fact rules out: the sentence names an office
 * holder who did it ("signed by President Bill Clinton": a head of state or government), whose term bounds the year the
 * generator cannot know (U15 S30: 2004 and 2005 after Clinton left office).
 */
export function boundedByOffice(idea: Idea): boolean {
	if (idea.type !== 'mcq' || !/^\d{3,4}$/u.test(idea.answer.trim())) return false;
	return /\bby\s+(?:(?:the\s+)?(?:then[- ])?(?:President|King|Queen|Governor|Prime\s+Minister|Chancellor|Emperor|Pope|Premier)\b)/u.test(
		idea.sentence.text
	);
}

/** The subject a card asks about: "What is X?", "Who was X?", "What is X characterized by?". */
export function askedName(prompt: string): string | undefined {
	return /^(?:What|Who)\s+(?:is|are|was|were|does|did)\s+(.+?)(?:\s+(?:characterized|known|made|used|composed|attached|found|located|based)\s+\p{L}+)?\??$/u.exec(
		prompt
	)?.[1];
}

/**
 * True when a key praises instead of defining: its head is a part or a role weighed by an
 * evaluative word ("a key component of a healthy, thriving forest ecosystem", U15 S09: "a
 * vague, promotional phrase with almost no testable content"; "an important part of …").
 */
export function vagueKey(key: string): boolean {
	const text = key.trim();
	return (
		/^(?:a|an|the)\s+(?:key|important|vital|essential|crucial|integral|significant|major|central|fundamental)\s+(?:component|part|element|piece|aspect|feature|factor|ingredient|contributor|player|figure)\b/iu.test(
			text
		) ||
		// "A building of historical significance, located in …" (U18 S58): only praise and a place.
		/^(?:a|an|the)\s+(?:\p{L}+\s+){0,2}of\s+(?:great\s+|considerable\s+|particular\s+)?(?:historical|historic|cultural|architectural|heritage|national|local|great|special)\s+(?:significance|importance|interest|note|value)\b/iu.test(
			text
		) ||
		// "A major annual celebration, as in most countries …" (U18 S45): what anyone would guess.
		/^(?:a|an)\s+(?:major|important|significant|popular|notable|big)\s+(?:annual\s+|yearly\s+)?(?:celebration|holiday|tradition|custom|festivity|occasion)\b/iu.test(
			text
		) ||
		hookKey(text)
	);
}

/** Words a handout's opening hook weighs its subject with, never part of a definition. */
const HOOK_WORD =
	/\b(?:surprising(?:ly)?|fascinating|remarkabl[ey]|amazing(?:ly)?|astonishing(?:ly)?|extraordinar(?:y|ily)|incredibl[ey]|wonderful(?:ly)?|varied|misunderstood|mysterious|beautiful)\b/iu;

/**
 * True when a key's words before its head's restriction ("of", "that", "which" …) weigh the
 * subject instead of defining it: "An ancient, varied and surprisingly fragile group of fish" is
 * a handout's opening hook (blind re-check H15, "What are sharks?": rejected). "A group of
 * cartilaginous fish" is a definition.
 */
export function hookKey(key: string): boolean {
	const head = key.split(
		/\s(?:of|that|which|who|whose|where|in|with|from|for|at|by|to|on|as)\s/u
	)[0];
	return HOOK_WORD.test(head);
}

/**
 * True when a strict editor would keep the idea: none of the faults above. `article` gives the
 * article's text for the rules that ask how it writes a word.
 */
export function strictEditorKeeps(idea: Idea, article: ArticleView): boolean {
	const text = article.sentences.map((s) => s.text).join(' ');
	// A list's entry ends without a full stop ("Urbanisation: the growth … cities"): joined bare,
	// its key read as cut short before the next entry's term (an outsider's key-terms list gave
	// no card, issue 12). Each sentence ends where it ends.
	const ended = article.sentences
		.map((s) => (/[.!?;:…"”’)]$/u.test(s.text) ? s.text : `${s.text}.`))
		.join(' ');
	if (demonymSlip(idea.answer, text) || boundedByOffice(idea)) return false;
	if (nameCutShort(idea.answer, idea.sentence.text)) return false;
	// Parts of a key may come from two sentences ("role; known for …"): read in the whole text.
	if (idea.kind !== 'year' && keyCutMidPhrase(idea.answer, ended)) return false;
	const subject = askedName(idea.prompt);
	if (/^\s*The\s+\p{Lu}\p{Ll}+\s+(?:was|were|is|are|had|has)\b/u.test(idea.prompt)) {
		const word = /^\s*The\s+(\p{Lu}\p{Ll}+)/u.exec(idea.prompt)![1];
		if (malformedSubject(`The ${word}`, text)) return false;
	}
	if (!subject) return true;
	if (malformedSubject(subject, text) || whatOfPerson(idea.prompt, idea.answer)) return false;
	if (idea.kind === 'lead' && (genericKey(idea.answer) || vagueKey(idea.answer))) return false;
	return !(idea.kind === 'lead' && nameGivesKey(idea.answer, subject, /^Who\b/u.test(idea.prompt)));
}
