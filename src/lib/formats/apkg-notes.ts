import * as v from 'valibot';
import {
	AnkiNoteTypeFormatsSchema,
	type AnkiNoteRef,
	type AnkiNoteTypeFormats
} from '$lib/content/anki-ref';
import { clozeCards } from './anki-cloze';
import { ankiFieldText, fieldRoles } from './anki-fields';
import { fromFlashpointField, toAnkiField } from './anki-note';
import { deckTopic } from './anki-tags';
import type { AnkiNoteType } from './anki-schema18';
import { distinctTopics, type PortableQuestion } from './portable';

/**
 * One note of an Anki package as questions (`apkg.ts` reads the package): Basic, reversed,
 * type-in and Cloze, as Anki makes cards from them, each tied to its note (`AnkiNoteRef`: GUID,
 * note type, deck, fields), so an export writes it back as Anki has it (anki47).
 */

type NoteType = AnkiNoteType;
const clean = ankiFieldText;

/**
 * The text of a cloze note: the fields its template deletes from (`{{cloze:Text}}`, filters such
 * as `{{edit:cloze:Text}}` allowed) that hold a deletion, joined, so deletion n of every field is
 * one card as in Anki; the first field when the template names none. A cloze type whose text is
 * not its first field (AnkiDroid's test deck: `{{cloze:text1}}` … after `name` and `common`)
 * read as "no front and back" before.
 */
function clozeText(fields: string[], type: NoteType): string {
	const texts = fieldRoles(type)
		.cloze.map((at) => fields[at] ?? '')
		.filter((field) => /\{\{c\d+::/.test(field))
		.map(clean);
	return texts.length ? texts.join(' ') : clean(fields[0] ?? '');
}

/** A note's place in Anki: what an export needs to write it back as Anki has it (`AnkiNoteRef`). */
export interface NoteOrigin {
	id: string;
	deck?: { id: number; name: string };
}

/**
 * The Anki note a question read from `note` stays tied to: its GUID, deck, fields and tags, and its
 * note type unless it is one of Flashpoint's own (a Flashpoint field: written back as such).
 */
function noteRef(
	note: { guid: string; fields: string[]; ankiTags?: string },
	type: NoteType,
	typeId: string,
	deck: NoteOrigin['deck']
): AnkiNoteRef {
	const own = fieldRoles(type).flashpoint >= 0;
	const id = Number(typeId);
	return {
		guid: note.guid,
		...(!own && Number.isSafeInteger(id) && id >= 0
			? {
					noteType: {
						id,
						name: type.name,
						cloze: type.cloze,
						fields: [...type.fields],
						templates: type.templates.map((t) => t.name),
						mtime: Math.max(0, Math.floor(type.mtime ?? 0))
					},
					fields: note.fields,
					// Bounded as the schema bounds them: past it, the topics are written as tags.
					...(note.ankiTags !== undefined && note.ankiTags.length <= 20_000
						? { tags: note.ankiTags.trim() }
						: {})
				}
			: {}),
		...(deck ? { deck } : {})
	};
}

/** Turns one note into questions, as Anki turns it into cards. */
export function noteQuestions(
	note: { guid: string; fields: string[]; tags: string[]; ankiTags?: string },
	type: NoteType,
	origin: NoteOrigin
): PortableQuestion[] {
	const roles = fieldRoles(type);
	// Flashpoint's own decks (a Flashpoint field) tag every topic and name the deck after the
	// course: the deck is the package's name (`fileTitle`), not a topic. It came back as an extra
	// topic on every question of a course exported and imported again (issue 12).
	const own = roles.flashpoint >= 0;
	const deck = origin.deck?.name;
	const fromDeck = deck && !own ? [deckTopic(deck)] : [];
	const topics = distinctTopics([...fromDeck, ...note.tags]);
	const extraAt = roles.explanation;
	const explanation = extraAt > 0 ? clean(note.fields[extraAt] ?? '') || undefined : undefined;
	// A Source field (Flashpoint's own decks) is the sentence the question rests on.
	const sourceAt = roles.source;
	const quote = sourceAt > 0 ? clean(note.fields[sourceAt] ?? '') || undefined : undefined;
	const base = {
		topics,
		...(explanation ? { explanation } : {}),
		...(quote ? { quote } : {}),
		anki: noteRef(note, type, origin.id, origin.deck)
	};
	// Flashpoint's own decks keep what a note cannot hold in a Flashpoint field (`anki-note.ts`).
	const flashpointAt = roles.flashpoint;
	const restored =
		flashpointAt > 0
			? fromFlashpointField(
					clean(note.fields[flashpointAt] ?? ''),
					{
						front: clean(note.fields[0] ?? ''),
						back: type.cloze ? '' : clean(note.fields[1] ?? '')
					},
					// A cloze note's card is deletion 1, as its review log names it.
					{ ...base, externalId: type.cloze ? `${note.guid}#c1` : note.guid },
					(text) => clean(toAnkiField(text))
				)
			: undefined;
	if (restored) return [restored];
	if (type.cloze) {
		return clozeCards(clozeText(note.fields, type)).map((card) => ({
			...base,
			externalId: `${note.guid}#c${card.number}`,
			type: 'cloze',
			prompt: card.prompt,
			answer: card.answer
		}));
	}
	const [front, back] = [clean(note.fields[0] ?? ''), clean(note.fields[1] ?? '')];
	if (!front || !back) return [];
	const typed =
		type.templates.some((t) => /\{\{type:/.test(t.front)) || /type in the answer/i.test(type.name);
	const questions: PortableQuestion[] = [
		{
			...base,
			externalId: note.guid,
			type: typed ? 'short' : 'flashcard',
			prompt: front,
			answer: back
		}
	];
	if (type.templates.length >= 2 && !typed)
		questions.push({
			...base,
			externalId: `${note.guid}#r`,
			type: 'flashcard',
			prompt: back,
			answer: front
		});
	return questions;
}

/**
 * Note type `type`'s (id `typeId`) card formats and styling as kept for an export
 * (`AnkiNoteTypeFormats`, anki50), or undefined when the package gives none (a hand-made
 * collection) or they break the schema's bounds (a 1 MB stylesheet): the export then makes card
 * formats from the names, as before.
 */
export function noteTypeFormats(type: NoteType, typeId: string): AnkiNoteTypeFormats | undefined {
	if (type.css === undefined || type.templates.some((t) => t.back === undefined)) return undefined;
	const parsed = v.safeParse(AnkiNoteTypeFormatsSchema, {
		id: Number(typeId),
		templates: type.templates.map(({ name, front, back, browserFront, browserBack }) => ({
			name,
			front,
			back,
			...(browserFront && { browserFront }),
			...(browserBack && { browserBack })
		})),
		css: type.css,
		...(type.latexPre !== undefined && { latexPre: type.latexPre }),
		...(type.latexPost !== undefined && { latexPost: type.latexPost }),
		...(type.sortField !== undefined && { sortField: type.sortField })
	});
	return parsed.success ? parsed.output : undefined;
}
