import { distinctTopics, type PortableQuestion } from './portable';

/**
 * Anki tags and this app's topics, both ways: the readers and writers of Anki text and `.apkg`
 * share these.
 */

/**
 * A topic as an Anki tag and back: Anki splits tags on spaces, so a topic's spaces are written
 * as `_` (as Anki users write "World_War_II"), and a tag's `_` read as spaces; without the way
 * back, a re-import of our own file gave "recognition_of_Kosovo" beside "recognition of Kosovo"
 * and counted the question as changed.
 */
export const ankiTag = (topic: string) => topic.trim().replace(/\s+/g, '_');
export const tagTopic = (tag: string) => tag.replace(/_+/g, ' ').trim();

/** Tags as topics: split on spaces, `_` read as a space, empty ones left out. */
export const tagTopics = (tags: string) => tags.split(/\s+/).map(tagTopic).filter(Boolean);

/**
 * The topic a note of an Anki deck `deck` (`Parent::Child`) gets from it besides its tags: the
 * deck's last name ("Cells" of "Biology::Cells"), so a course of several subdecks can be
 * studied by subdeck. Not a tag: an export leaves it out (`noteTags`).
 */
export function deckTopic(deck: string): string {
	return deck.split('::').at(-1)!.trim();
}

const fold = (topic: string) => topic.normalize('NFC').toLowerCase();

/**
 * The tags (space-separated, Anki's `notes.tags` without its outer spaces) `q` goes to Anki
 * with. A note imported from Anki (`q.anki.tags`) whose topics are still the ones its tags and
 * deck gave goes back with its tags exactly as Anki had them; otherwise its topics as tags,
 * leaving out the topic its deck gave (`deckTopic`) unless the note had that tag too. Every
 * note of a student's "Biology::Cells" went back to Anki with an extra tag "Cells" (anki52).
 */
export function noteTags(q: Pick<PortableQuestion, 'topics' | 'anki'>): string {
	const ref = q.anki;
	// Only notes of the person's own note types got the deck's topic (`noteQuestions`).
	const fromDeck = ref?.noteType && ref.deck ? deckTopic(ref.deck.name) : '';
	const had = ref?.tags === undefined ? undefined : tagTopics(ref.tags);
	const read = had && distinctTopics([...(fromDeck ? [fromDeck] : []), ...had]);
	if (ref?.tags !== undefined && JSON.stringify(read) === JSON.stringify(q.topics))
		return ref.tags.trim().split(/\s+/).filter(Boolean).join(' ');
	const keepDeck = !fromDeck || (had ?? []).some((topic) => fold(topic) === fold(fromDeck));
	return q.topics
		.filter((topic) => keepDeck || fold(topic) !== fold(fromDeck))
		.map(ankiTag)
		.join(' ');
}
