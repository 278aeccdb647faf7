import { foldText } from '$lib/text/fold';

/**
 * What kind of thing an answer is, so a multiple-choice question's wrong choices are of its own
 * kind and a student cannot pick the key by its kind alone (outsider teacher, session 30: "What
 * was the Industrial Revolution?" offered "A disease carried in dirty water" beside "The change
 * from making goods by hand …"; Quizlet's Test mode and Moodle's random short-answer matching
 * draw distractors from a set's other answers, which only works when they are alike). Read from
 * the answer's shape (a year, a date, an amount, a sequence, a reason, a short term or name, a
 * definition and its head noun) and the question's frame (who, where, when, why, how many).
 * Plain rules over folded text (`foldText`); the head nouns are general English, not one
 * course's words.
 */

/**
 * An answer's kind: `year` ("1848", "1831–1832", "about 1760"), `date` ("18 February 2008"),
 * `amount` (money or a percentage), `number` (any other figure), `sequence` ("A → B → C"),
 * `reason` ("Because …", or a Why question), `place` and `time` (a Where or When question's
 * words), `who-short` / `what-short` (a name or term asked by who / otherwise), and for a longer
 * key `def:<class>`: a definition by what its head noun names (`HEAD_CLASSES`: "The change from …"
 * is `def:change`, "A disease carried in …" `def:illness`, "Textile workers who …" and any longer
 * answer to a Who question `def:people`), or `def:<head>` for a head noun of no class, alike only
 * to definitions with that head.
 */
export type AnswerKind = string;

/** Most words and characters of a key typed as a short answer: a term, a name or a number. */
export const SHORT_KEY = { words: 3, chars: 40 } as const;

/** Whether a key is short enough to type (at most 3 words and 40 characters, one line). */
export function isShortKey(answer: string): boolean {
	const text = answer.trim();
	if (!text || text.length > SHORT_KEY.chars || /\n/.test(text)) return false;
	return text.split(/\s+/).length <= SHORT_KEY.words;
}

const MONTH =
	'(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** A year or a span of years, "about" or "c." before and an era after allowed. */
const YEAR =
	/^(?:(?:in|by|about|around|circa|c\.|ca\.) )?\d{1,4}(?:s)?(?: ?[-–—/] ?\d{1,4})?(?: (?:bc|bce|ad|ce))?$/;
/** A date with a month named: "18 february 2008", "october 8th", "february 2008". */
const DATE = new RegExp(
	`^(?:(?:on|in) )?(?:\\d{1,2}(?:st|nd|rd|th)? ${MONTH}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?|${MONTH})(?:,? \\d{3,4})?$`
);
/** A date in figures: "18.2.2008", "2008-02-18", "18/02/2008". */
const DATE_FIGURES = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;
/** Money or a share: "$2.7 billion", "£5", "40%", "90 per cent". */
const AMOUNT = /[$£€¥%]|\b(?:per ?cent|percent|dollars?|pounds?|euros?|us\$)\b/;
/** A sequence of steps or events, as the bank's "Which sequence …" choices write it. */
const SEQUENCE = /→|->|\s>\s/;

/**
 * Head nouns by the class of thing they name: a definition is alike another whose head is of the
 * same class ("a way of …" and "a method of …"). Singular forms, space-separated; a plural's
 * "s" is taken off. A process is a change ("the force of the water against the banks" beside
 * "when stones … knock against each other": both erosion, outsider teacher's rivers handout),
 * and a landform's parts are places ("the tidal mouth of a river", "a deep pool at the base of a
 * waterfall"); "bank", "bed" and "point" name other things as often, so they stay their own.
 */
const HEAD_CLASSES: Record<string, string> = {
	change:
		'change process period era age movement revolution war conflict battle event shift growth rise fall decline spread transition campaign reform development increase decrease expansion migration reaction cycle stage phase transformation uprising rebellion crisis collapse invasion occupation election strike protest force erosion wearing weathering deposition transport transportation flow breakdown evaporation condensation',
	method:
		'way method system practice technique means approach procedure policy strategy plan programme program scheme custom tradition habit skill art craft style model',
	people:
		'person people man men woman women child children worker group organisation organization union party member leader ruler king queen emperor scientist inventor doctor writer author army society company association family tribe nation government council official soldier officer owner landlord merchant farmer peasant labourer laborer citizen politician minister president engineer teacher priest follower supporter campaigner',
	object:
		'machine device tool engine instrument vehicle building house home structure factory mill ship boat weapon object container frame road railway canal bridge wheel locomotive train car product good item equipment apparatus furnace pump',
	illness:
		'disease illness infection condition disorder virus bacterium sickness epidemic pandemic injury symptom',
	place:
		'place area region city town village country state land zone site landform lake river island valley mountain hill coast sea ocean territory province district street port capital basin stream channel bend ridge plain opening hole gap crater vent mouth pool edge boundary border cliff beach bay shore headland cave waterfall gorge delta estuary floodplain plateau peninsula slope dune marsh spur',
	law: 'law act agreement treaty document rule charter declaration bill resolution contract constitution statute decree regulation deal accord pact convention right',
	substance:
		'substance material chemical compound element gas liquid solid mixture mineral rock metal fuel molecule protein acid salt sediment soil fibre fiber cloth fabric',
	idea: 'idea theory belief principle concept view doctrine ideology argument claim hypothesis philosophy religion faith',
	measure:
		'amount number measure unit rate quantity level ratio value price cost tax wage fee sum share proportion',
	living:
		'animal plant organism species cell tissue organ tree bird fish insect mammal bone muscle',
	action: 'action attempt effort decision refusal response step'
};

/** Each head noun's class, built once from `HEAD_CLASSES`. */
const CLASS_OF = new Map<string, string>(
	Object.entries(HEAD_CLASSES).flatMap(([kind, heads]) =>
		heads.split(' ').map((h) => [h, kind] as const)
	)
);

/**
 * Whether `word` (folded, one word; a plural's "s" aside) is a head noun of a class
 * (`HEAD_CLASSES`: "army", "mill", "river" …): a common noun even where a name ends with it.
 */
export function isClassNoun(word: string): boolean {
	return CLASS_OF.has(singular(word));
}

/** "A kind of rock": the noun after these names the class. */
const KIND_OF = new Set(
	'kind type sort form variety class group set piece part one series'.split(' ')
);

/** Words that end a definition's head noun phrase: what follows modifies it. */
const PHRASE_END = new Set(
	'of in on at to for from by with that which who whom whose where when while because as and or between into over under about against without within during after before through'.split(
		' '
	)
);

/** A leading article, "one of", or a determiner a definition opens with. */
const LEADING = /^(?:(?:one|any|some) of )?(?:(?:the|a|an|any|some|one|two|three|several|many) )?/;

/** The singular of a plural head ("workers" → "worker", "bodies" → "body"), roughly. */
function singular(word: string): string {
	if (CLASS_OF.has(word)) return word;
	if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
	if (/(?:ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
	if (/[^s]s$/.test(word)) return word.slice(0, -1);
	return word;
}

/**
 * The class of a definition's head noun (`HEAD_CLASSES`), or the head itself when it has none:
 * the first word of a class among the noun phrase's words (before "of", "that", a participle …),
 * after "a kind of" and the like; else the phrase's last word. Null for no words.
 */
export function headClass(answer: string): string | null {
	const words = foldText(answer)
		.replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(LEADING, '')
		.split(' ')
		.filter(Boolean);
	const phrase: string[] = [];
	for (let i = 0; i < words.length && phrase.length < 5; i++) {
		const word = words[i];
		if (KIND_OF.has(word) && words[i + 1] === 'of') {
			// "a kind of rock": the class is the rock's; "one of the workers" likewise.
			phrase.length = 0;
			i += 1;
			if (/^(?:the|a|an)$/.test(words[i + 1] ?? '')) i += 1;
			continue;
		}
		if (PHRASE_END.has(word)) break;
		// A participle or a verb after the head ("carried", "broke", "used") ends the phrase.
		if (phrase.length > 0 && /(?:ed|ing)$/.test(word) && !CLASS_OF.has(word)) break;
		phrase.push(word);
		const kind = CLASS_OF.get(singular(word));
		if (kind) return kind;
	}
	const last = phrase.at(-1);
	return last ? singular(last) : null;
}

/** The question's frame: what its first words ask for. */
function frame(prompt: string): 'who' | 'where' | 'when' | 'why' | 'how-many' | 'what' {
	const p = foldText(prompt);
	if (/^(?:who|whom|whose)\b/.test(p)) return 'who';
	if (/^where\b/.test(p)) return 'where';
	if (/^(?:when|in (?:what|which) year|what year)\b/.test(p)) return 'when';
	if (/^why\b/.test(p)) return 'why';
	if (/^how (?:many|much)\b/.test(p)) return 'how-many';
	return 'what';
}

/** The kind of `q`'s answer (`AnswerKind`), from the answer's shape and the prompt's frame. */
export function answerKind(q: { prompt: string; answer: string }): AnswerKind {
	const answer = foldText(q.answer).replace(/[.;:!]+$/, '');
	const asks = frame(q.prompt);
	if (SEQUENCE.test(answer)) return 'sequence';
	const short = isShortKey(q.answer);
	if (short && /\d/.test(answer)) {
		if (DATE.test(answer) || DATE_FIGURES.test(answer)) return 'date';
		if (YEAR.test(answer) && !/^\d{1,2}$/.test(answer)) return 'year';
		if (AMOUNT.test(answer)) return 'amount';
		return 'number';
	}
	if (short && DATE.test(answer)) return 'date';
	if (asks === 'why' || /^(?:because|since|so that|in order to)\b/.test(answer)) return 'reason';
	if (short) {
		if (asks === 'where') return 'place';
		if (asks === 'when') return 'time';
		return asks === 'who' ? 'who-short' : 'what-short';
	}
	if (asks === 'who') return 'def:people';
	// "X is when stones knock …" defines a process; "X is where two rivers meet", a place.
	const opens = /^(?:(?:it is|it's) )?(when|where)\b/.exec(answer)?.[1];
	if (opens) return opens === 'when' ? 'def:change' : 'def:place';
	const head = headClass(q.answer);
	return head ? `def:${head}` : 'what-long';
}
