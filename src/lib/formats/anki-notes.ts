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
}

/** A question's Anki card: its note's GUID and which card of the note it is. */
function cardOf(q: PortableQuestion): { guid: string; reverse: boolean } | undefined {
	const id = q.ankiCard;
	if (!id) return undefined;
	const reverse = id.endsWith('#r');
	// Deletion 1 of a cloze note is the note (`ankiNote` writes it as `{{c1::…}}`).
	const guid = id.replace(/#(r|c1)$/, '');
	return guid ? { guid, reverse } : undefined;
}

const mirrors = (a: PortableQuestion, b: PortableQuestion) =>
	a.type === 'flashcard' &&
	b.type === 'flashcard' &&
	a.prompt === b.answer &&
	a.answer === b.prompt;

/**
 * `questions` as Anki notes, in their order. A question imported from Anki gets its note's GUID
 * back (`ankiCard`), any other its `externalId` (the question's id here), else
 * `flashpoint-<fallback(i)>`. A reversed card joins its note's front card when both are here and
 * still mirror each other (a flashcard each, front and back swapped); a reversed card alone, or
 * one edited apart, is a note of its own with GUID `<guid>#r`, so it never overwrites its front's
 * note. A cloze deletion other than the first keeps `<guid>#c<n>` (Flashpoint writes each
 * deletion as a note of its own). No two notes share a GUID.
 */
export function ankiNotes(
	questions: readonly PortableQuestion[],
	fallback: (index: number) => string
): AnkiNoteOut[] {
	const fronts = new Map<string, AnkiNoteOut>();
	for (const q of questions) {
		const card = cardOf(q);
		if (card && !card.reverse && !fronts.has(card.guid))
			fronts.set(card.guid, { guid: card.guid, question: q });
	}
	const notes: AnkiNoteOut[] = [];
	const used = new Set<string>();
	const add = (note: AnkiNoteOut) => {
		used.add(note.guid);
		notes.push(note);
	};
	for (const [i, q] of questions.entries()) {
		const card = cardOf(q);
		const front = card ? fronts.get(card.guid) : undefined;
		if (card && !card.reverse && front?.question === q) {
			add(front);
			continue;
		}
		if (card?.reverse && front && !front.reverse && mirrors(front.question, q)) {
			front.reverse = q;
			continue;
		}
		const own = card?.reverse ? `${card.guid}#r` : (q.ankiCard ?? q.externalId);
		const guid = own && !used.has(own) && !fronts.has(own) ? own : `flashpoint-${fallback(i)}`;
		add({ guid, question: q });
	}
	return notes;
}
