import { clozeNoteText } from './anki-cloze';
import type { PortableQuestion } from './portable';

/**
 * Questions grouped back into the Anki notes they came from, for the Anki writers (`.apkg` and
 * plain text). Anki matches a note on re-import by its GUID (https://docs.ankiweb.net/importing/
 * packaged-decks.html#updating), and one "Basic (and reversed card)" note is two cards: an
 * imported deck exported note by question came back with twice the notes, each under a new id,
 * so Anki added them all beside the originals (student outsider, session 33: 30 notes → 60).
 */

/** One Anki note to write: its GUID, the question of its first card and, if any, its reverse. */
export interface AnkiNoteOut {
	guid: string;
	question: PortableQuestion;
	/** The note's second card (template 2 of "Basic (and reversed card)"): front and back swapped. */
	reverse?: PortableQuestion;
	/**
	 * A cloze note: its text with every deletion (`clozeNoteText`) and its cards, each with its
	 * `ord` (deletion number − 1, as Anki numbers a cloze note's cards). `question` is the first.
	 */
	cloze?: { text: string; cards: { ord: number; question: PortableQuestion }[] };
}

/** A question's Anki card: its note's GUID and which card of the note it is. */
function cardOf(
	q: PortableQuestion
): { guid: string; reverse: boolean; deletion?: number } | undefined {
	const id = q.ankiCard;
	if (!id) return undefined;
	const deletion = /#c(\d+)$/.exec(id);
	const guid = id.replace(/#(r|c\d+)$/, '');
	if (!guid) return undefined;
	if (deletion && q.type === 'cloze')
		return { guid, reverse: false, deletion: Number(deletion[1]) };
	return { guid: deletion ? id : guid, reverse: id.endsWith('#r') };
}

const mirrors = (a: PortableQuestion, b: PortableQuestion) =>
	a.type === 'flashcard' &&
	b.type === 'flashcard' &&
	a.prompt === b.answer &&
	a.answer === b.prompt;

/**
 * The cloze notes `questions` came from, by GUID: the deletions of one note that still read as
 * one text (`clozeNoteText`), each number once, lowest first; a deletion edited apart from the
 * others is left out of its note.
 */
function clozeNotes(
	questions: readonly PortableQuestion[],
	taken: ReadonlySet<string>
): Map<string, NonNullable<AnkiNoteOut['cloze']>> {
	const groups = new Map<string, { number: number; question: PortableQuestion }[]>();
	for (const q of questions) {
		const card = cardOf(q);
		if (card?.deletion === undefined || taken.has(card.guid)) continue;
		const group = groups.get(card.guid) ?? [];
		if (!group.some((c) => c.number === card.deletion))
			group.push({ number: card.deletion, question: q });
		groups.set(card.guid, group);
	}
	const notes = new Map<string, NonNullable<AnkiNoteOut['cloze']>>();
	const asCard = ({ number, question }: { number: number; question: PortableQuestion }) => ({
		number,
		prompt: question.prompt,
		answer: question.answer
	});
	for (const [guid, group] of groups) {
		// Lowest number first; a deletion that no longer fits the others' text stays out.
		const kept: typeof group = [];
		let text: string | undefined;
		for (const card of group.sort((a, b) => a.number - b.number)) {
			const joined = clozeNoteText([...kept, card].map(asCard));
			if (joined === undefined) continue;
			kept.push(card);
			text = joined;
		}
		if (text !== undefined)
			notes.set(guid, {
				text,
				cards: kept.map((c) => ({ ord: c.number - 1, question: c.question }))
			});
	}
	return notes;
}

/**
 * `questions` as Anki notes, in their order. A question imported from Anki gets its note's GUID
 * back (`ankiCard`), any other the GUID it was given when stored (`anki.guid`), else its
 * `externalId` (the question's id here), else
 * `flashpoint-<fallback(i)>`. A reversed card joins its note's front card when both are here and
 * still mirror each other (a flashcard each, front and back swapped); a reversed card alone, or
 * one edited apart, is a note of its own with GUID `<guid>#r`, so it never overwrites its front's
 * note. The deletions of one cloze note (`<guid>#c<n>`) are that note again, one card each
 * (`cloze`), written where its first one is; a deletion edited apart from the others keeps
 * `<guid>#c<n>` as a note of its own. No two notes share a GUID.
 */
export function ankiNotes(
	questions: readonly PortableQuestion[],
	fallback: (index: number) => string
): AnkiNoteOut[] {
	const fronts = new Map<string, AnkiNoteOut>();
	for (const q of questions) {
		const card = cardOf(q);
		if (card && !card.reverse && card.deletion === undefined && !fronts.has(card.guid))
			fronts.set(card.guid, { guid: card.guid, question: q });
	}
	const clozes = clozeNotes(questions, new Set(fronts.keys()));
	const notes: AnkiNoteOut[] = [];
	const used = new Set<string>();
	const add = (note: AnkiNoteOut) => {
		used.add(note.guid);
		notes.push(note);
	};
	for (const [i, q] of questions.entries()) {
		const card = cardOf(q);
		const cloze = card ? clozes.get(card.guid) : undefined;
		if (cloze && cloze.cards.some((c) => c.question === q)) {
			if (!used.has(card!.guid))
				add({ guid: card!.guid, question: cloze.cards[0].question, cloze });
			continue;
		}
		const front = card ? fronts.get(card.guid) : undefined;
		if (card && !card.reverse && front?.question === q) {
			add(front);
			continue;
		}
		if (card?.reverse && front && !front.reverse && mirrors(front.question, q)) {
			front.reverse = q;
			continue;
		}
		const own =
			card?.reverse || card?.deletion !== undefined
				? q.ankiCard
				: (q.ankiCard ?? q.anki?.guid ?? q.externalId);
		const guid =
			own && !used.has(own) && !fronts.has(own) && !clozes.has(own)
				? own
				: `flashpoint-${fallback(i)}`;
		add({ guid, question: q });
	}
	return notes;
}
