import type { Transaction } from 'dexie';
import { studyDay } from '$lib/srs/day';
import { uuidFiller } from './uuid';
import { isRetainedAnswer } from './day-totals';
import { isFresh, rebuildIndexes } from './index-rows';
import { refreshRecentSiblings } from './answer-siblings';
import { withStreaks } from './streaks';
import { headTallies } from './fresh-head';
import { isStudied } from './records';
import { withAnkiGuid } from '$lib/content/anki-ref';
import { withDocumentBytes } from './document-bytes';
import type {
	CardRecord,
	CourseRecord,
	DayRecord,
	DocumentRecord,
	QuestionRecord,
	ReviewRecord
} from './records';
import type { ItemRecord, TallyRecord } from './index-records';

/**
 * The progress database's schema versions, oldest first, with the upgrade that brings each one's
 * rows into shape (`schema.ts` opens a database from them). Split from `schema.ts` (441 lines):
 * the list grows by one entry a version; opening and the middlewares stay there.
 */

/** The tables and indexes of v9 to v14; v10 to v14 changed rows, not indexes (Dexie lists them per version). */
const V9_STORES = {
	cards: 'questionId, due, state, lapses, queuedAt, [state+due]',
	reviews: '++id, questionId, answeredAt, studyDay, &uuid',
	settings: 'key',
	days: 'day',
	courses: 'id, kind',
	documents: 'id, courseId, [courseId+position]',
	questions: 'id, courseId, [courseId+position], fact, [courseId+status]',
	items: 'id, courseId, [state+due], [courseId+state+due]',
	tallies: 'id, courseId, bucket, [courseId+bucket]',
	fresh: '[courseId+rank+position]'
};

/** v15: `ankiNoteTypes` besides (anki50). */
const V15_STORES = { ...V9_STORES, ankiNoteTypes: '[courseId+id], courseId' };

/** v17: each course's document sizes indexed (`[courseId+bytes]`, perf48). */
const V17_STORES = {
	...V15_STORES,
	documents: 'id, courseId, [courseId+position], [courseId+bytes]'
};

/** v18: `holds`, the cards buried or suspended (`card-holds.ts`), by question id and end. */
const V18_STORES = { ...V17_STORES, holds: 'questionId, until' };

/** Every course's `head` tally built again from the `fresh` rows (v12 made them, v13 compacted them). */
async function rebuildHeads(tx: Transaction): Promise<void> {
	const [courseIds, fresh] = await Promise.all([
		tx.table('courses').toCollection().primaryKeys() as Promise<string[]>,
		tx.table<ItemRecord>('fresh').toArray()
	]);
	await tx.table<TallyRecord>('tallies').bulkPut(headTallies(courseIds, fresh));
}

/**
 * Every schema version, oldest first. Never edit a shipped version: add a new one with an
 * `upgrade` that brings old rows into the new shape. Tests open a database with an older
 * prefix of this list, fill it, then reopen it with the whole list.
 */
export const SCHEMA_VERSIONS: {
	version: number;
	stores: Record<string, string>;
	upgrade?: (tx: Transaction) => Promise<void>;
}[] = [
	{
		version: 1,
		stores: {
			cards: 'questionId, due, state',
			reviews: '++id, questionId, answeredAt',
			settings: 'key',
			days: 'day'
		}
	},
	{
		// v2: each answer records its study day (indexed), so "answered today" (sibling burying,
		// daily totals) is an index look-up instead of a scan of the whole log; `lapses` is
		// indexed for the leech list and `queuedAt` for questions the student asked to study.
		version: 2,
		stores: {
			cards: 'questionId, due, state, lapses, queuedAt',
			reviews: '++id, questionId, answeredAt, studyDay',
			settings: 'key',
			days: 'day'
		},
		async upgrade(tx) {
			await tx
				.table<ReviewRecord>('reviews')
				.toCollection()
				.modify((review) => {
					review.studyDay ??= studyDay(review.answeredAt);
					review.correct ??= null;
				});
			await tx
				.table<CardRecord>('cards')
				.toCollection()
				.modify((card) => {
					card.leech ??= card.lapses >= 8;
				});
		}
	},
	{
		// v3: `[state+due]`, so today's reviews are read as a bounded range of keys in due order
		// (as many as the daily limit allows) instead of every card due before tomorrow.
		version: 3,
		stores: {
			cards: 'questionId, due, state, lapses, queuedAt, [state+due]',
			reviews: '++id, questionId, answeredAt, studyDay',
			settings: 'key',
			days: 'day'
		}
	},
	{
		// v4: courses (issue 12). The built-in bank is validated once, when installed or changed
		// (by content hash), and kept here, so no screen fetches and validates it on load. Rows
		// are ordered within a course by `[courseId+position]`; `fact` finds siblings. Cards
		// and reviews keep their keys: built-in question ids are unchanged, so every v3 card and
		// answer still points at its question. No upgrade: the new tables start empty and the
		// app installs the built-in course on first open.
		version: 4,
		stores: {
			cards: 'questionId, due, state, lapses, queuedAt, [state+due]',
			reviews: '++id, questionId, answeredAt, studyDay',
			settings: 'key',
			days: 'day',
			courses: 'id, kind',
			documents: 'id, courseId, [courseId+position]',
			questions: 'id, courseId, [courseId+position], fact'
		}
	},
	{
		// v5: each day's row counts its retained review answers (`retained`), so Stats reads
		// true retention from one row per day instead of the whole answer log (issue 14). The
		// upgrade counts them once from the log; from then on each answer keeps them current.
		version: 5,
		stores: {
			cards: 'questionId, due, state, lapses, queuedAt, [state+due]',
			reviews: '++id, questionId, answeredAt, studyDay',
			settings: 'key',
			days: 'day',
			courses: 'id, kind',
			documents: 'id, courseId, [courseId+position]',
			questions: 'id, courseId, [courseId+position], fact'
		},
		async upgrade(tx) {
			const retained = new Map<string, number>();
			await tx.table<ReviewRecord>('reviews').each((review) => {
				if (isRetainedAnswer(review))
					retained.set(review.studyDay, (retained.get(review.studyDay) ?? 0) + 1);
			});
			await tx
				.table<DayRecord>('days')
				.toCollection()
				.modify((row) => {
					row.retained = Math.min(row.reviewCards, retained.get(row.day) ?? 0);
				});
		}
	},
	{
		// v6: each answer's global id (`uuid`, a UUIDv7, unique index), so Merge can union two
		// devices' logs by it. The upgrade fills old rows deterministically (`answerUuid`: from
		// question, time and rating), so two devices holding the same old answer agree on its id.
		version: 6,
		stores: {
			cards: 'questionId, due, state, lapses, queuedAt, [state+due]',
			reviews: '++id, questionId, answeredAt, studyDay, &uuid',
			settings: 'key',
			days: 'day',
			courses: 'id, kind',
			documents: 'id, courseId, [courseId+position]',
			questions: 'id, courseId, [courseId+position], fact'
		},
		async upgrade(tx) {
			const uuidOf = uuidFiller();
			await tx
				.table<ReviewRecord>('reviews')
				.toCollection()
				.modify((review) => {
					review.uuid = uuidOf(review);
				});
		}
	},
	{
		// v7: `items` (one row per studied question, with its card's state) and `tallies`
		// (counts per course: questions by card state, leeches, cards due per day), kept current
		// with every card and course write (`indexes.ts`), so Home, the first queue build and
		// Stats read only what is due and a few counts, whatever the size of the collection
		// (issue 14). `[courseId+status]` counts a course's drafts without reading its questions.
		// The upgrade builds both from the course rows and the cards.
		version: 7,
		stores: {
			cards: 'questionId, due, state, lapses, queuedAt, [state+due]',
			reviews: '++id, questionId, answeredAt, studyDay, &uuid',
			settings: 'key',
			days: 'day',
			courses: 'id, kind',
			documents: 'id, courseId, [courseId+position]',
			questions: 'id, courseId, [courseId+position], fact, [courseId+status]',
			items: 'id, courseId, [state+rank+courseKey+position], [courseId+state+rank+position]',
			tallies: 'id, courseId, bucket, [courseId+bucket]'
		},
		async upgrade(tx) {
			await rebuildIndexes({
				courses: tx.table('courses'),
				cards: tx.table('cards'),
				items: tx.table('items'),
				tallies: tx.table('tallies')
			});
		}
	},
	{
		// v8: `items` by card state and due time, for all courses and per course, so today's
		// review questions are read as a bounded range in due order, only the studied ones: the
		// `cards` range holds every card, those of questions no course has included, and a
		// course's queue had to read every course's due cards to find its own (issue 14). Only
		// indexes are added; IndexedDB builds them from the existing rows.
		version: 8,
		stores: {
			cards: 'questionId, due, state, lapses, queuedAt, [state+due]',
			reviews: '++id, questionId, answeredAt, studyDay, &uuid',
			settings: 'key',
			days: 'day',
			courses: 'id, kind',
			documents: 'id, courseId, [courseId+position]',
			questions: 'id, courseId, [courseId+position], fact, [courseId+status]',
			items:
				'id, courseId, [state+rank+courseKey+position], [courseId+state+rank+position], [state+due], [courseId+state+due]',
			tallies: 'id, courseId, bucket, [courseId+bucket]'
		}
	},
	{
		// v9: the questions with no card in their own table, `fresh`, keyed by course and teaching
		// order (issue 14). Chromium's IndexedDB does not delete an index entry when the indexed
		// value changes: the old entry stays, and every range read over it looks the record up to
		// find it stale, until a sweep long after. Every started question left one in the
		// `[state+rank+…]` ranges of `items`, so reading the next new questions read every
		// question ever started (6,000 stale entries: 120 ms to count 500 new ones, measured).
		// A `fresh` row is deleted when its question gets a card, and the table is read by its
		// primary key only, which involves no index entries. Those two `items` indexes go (one less
		// index entry to write per answer). The upgrade fills `fresh` from `items`.
		version: 9,
		stores: V9_STORES,
		async upgrade(tx) {
			const items: ItemRecord[] = await tx.table('items').toArray();
			await tx.table('fresh').bulkPut(items.filter(isFresh));
		}
	},
	{
		// v10: each answer keeps its question's sibling keys (`siblings`: fact and sentence key,
		// `answer-siblings.ts`), so today's answers, read as one range, say which siblings to bury:
		// before, the queue read each answered question's item, one request per answer (160 of
		// Home's 201 with 160 answers today, issue 14). No index changes. The upgrade fills the
		// answers of the recent window (three study days back) only: those are the only ones
		// burying ever reads, and rewriting a 100,000-answer log would hold the first open for
		// seconds on a phone. An older row without the field is read the old way if ever needed.
		version: 10,
		stores: V9_STORES,
		async upgrade(tx) {
			await refreshRecentSiblings({ reviews: tx.table('reviews'), items: tx.table('items') });
		}
	},
	{
		// v11: each day row keeps the streak ending on it (`DayRecord.streak`, `streaks.ts`), so
		// Home reads two day rows instead of every day of the streak (~365 rows for a year-long
		// one, issue 14). No index changes. The upgrade counts every row's once (one row per
		// study day: a few hundred); from then on the middleware keeps them on every write.
		version: 11,
		stores: V9_STORES,
		async upgrade(tx) {
			const days = tx.table<DayRecord>('days');
			await days.bulkPut(withStreaks(await days.toArray()));
		}
	},
	{
		// v12: each course's first new questions in one `tallies` row (bucket `head`,
		// `fresh-head.ts`), kept by the middleware with the `fresh` rows, so Home's first visit of
		// a day reads a row per course instead of its first 56 new questions (216 at 100 a day;
		// issue 14). No index changes. The upgrade builds them from `fresh` (the studied new
		// questions, a few thousand small rows at most). And each day row gets the running totals
		// up to it (`DayRecord.sums`, `streaks.ts`), so Stats reads the days it shows and the latest
		// row, not every day (a few hundred rows, counted once here).
		version: 12,
		stores: V9_STORES,
		async upgrade(tx) {
			const days = tx.table<DayRecord>('days');
			await days.bulkPut(withStreaks(await days.toArray()));
			await rebuildHeads(tx);
		}
	},
	{
		// v13: the heads stored compact (`StoredHead`, `fresh-head.ts`): the row is rewritten on
		// every answer to a new question, 42 KB as whole rows, ~14 KB now. Rebuilt from `fresh` as
		// in v12. No index changes.
		version: 13,
		stores: V9_STORES,
		async upgrade(tx) {
			await rebuildHeads(tx);
		}
	},
	{
		// v14: every question's Anki note GUID (`QuestionRecord.anki`, `$lib/content/anki-ref.ts`),
		// given once and kept, so an Anki export goes back as the notes Anki has (anki47). The
		// upgrade gives each row the GUID the exports wrote for it until now (an imported Anki
		// card's note GUID, else the question id), so notes already in Anki are still updated;
		// from then on `ankiGuidMiddleware` gives it to every new row. No index changes.
		version: 14,
		stores: V9_STORES,
		async upgrade(tx) {
			await tx
				.table<QuestionRecord>('questions')
				.toCollection()
				.modify((row) => {
					if (!row.anki?.guid) row.anki = withAnkiGuid(row).anki;
				});
		}
	},
	{
		// v15: the card formats and styling of a course's Anki note types (`ankiNoteTypes`,
		// `AnkiNoteTypeRecord`), one row per course and note type, kept at import for the `.apkg`
		// export only (anki50): questions keep the note type's names (v14), and an export made card
		// formats from them, so a collection without the note type showed bare fields. A table of
		// its own, not on each question: a stylesheet is shared by thousands of notes. No upgrade:
		// older versions kept no formats, so the table starts empty and an export of those courses
		// writes formats from the names, as before; importing the package again keeps them.
		version: 15,
		stores: V15_STORES
	},
	{
		// v16: each studied question's `addedAt`, when it joined study (`added-at.ts`), for
		// "Preview new cards" (anki50). No index changes. The upgrade gives each studied row its
		// course's `installedAt` (when the course was made, imported or installed): the one date
		// older versions kept; a draft accepted after that is dated earlier than its acceptance,
		// so a preview of the last days may leave it out (the screen says how old rows are
		// dated). From then on
		// `addedAtMiddleware` dates every row that joins study.
		version: 16,
		stores: V15_STORES,
		async upgrade(tx) {
			const courses = await tx.table<CourseRecord>('courses').toArray();
			const installed = new Map(courses.map((course) => [course.id, course.installedAt]));
			await tx
				.table<QuestionRecord>('questions')
				.toCollection()
				.modify((row) => {
					const at = installed.get(row.courseId);
					if (row.addedAt === undefined && isStudied(row) && at !== undefined) row.addedAt = at;
				});
		}
	},
	{
		// v17: every document row carries its size (`DocumentRecord.bytes`, `document-bytes.ts`),
		// indexed with its course, so Settings' storage table reads a course's document sizes as
		// index keys instead of every document's text (perf48, issue 14). The upgrade sizes each
		// row once; from then on `documentBytesMiddleware` sizes every row written.
		version: 17,
		stores: V17_STORES,
		async upgrade(tx) {
			await tx
				.table<DocumentRecord>('documents')
				.toCollection()
				.modify((row) => {
					row.bytes = withDocumentBytes(row).bytes;
				});
		}
	},
	{
		// v18: cards buried until tomorrow or suspended (`holds`, `card-holds.ts`; issue 12, a
		// student from Anki). A table of its own, not a field on the card: a new question (no card
		// row) is held too, and a held card keeps its schedule. No rows change: nothing is held.
		version: 18,
		stores: V18_STORES
	}
];
