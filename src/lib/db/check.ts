/**
 * Check database (Anki's Tools → Check Database): finds what is wrong in the progress database
 * and repairs it in one read-write transaction, then says what it found and changed in plain
 * sentences. What it looks for:
 *
 * - cards out of the ranges FSRS accepts (`sanity.ts`): clamped by `repairCard`;
 * - the same answer stored twice (same uuid, or same question, time and rating): later copies
 *   removed;
 * - answers whose card is missing: the card rebuilt by replaying its answers (`replay.ts`);
 * - cards for a question no course has (orphans): kept and counted, or, when asked
 *   (`removeOrphans`, after the person confirms), removed with their answers;
 * - answers filed under a study day before the one of the answer written just before them (the
 *   device clock was set back, `clock-days.ts`): moved to that day;
 * - answers and cards dated after `now` (a clock set back since): reported, never changed;
 * - day totals that disagree with the answer log: rebuilt from the log; day rows no answer
 *   backs (even with 0 answers): removed;
 * - a missing or damaged `cards-generation` marker (the queue cache's key): written again;
 * - `items` and `tallies` (schema v7: what Home, Study and Stats count from) that disagree
 *   with the course rows and cards: rebuilt (`rebuildIndexes`).
 */
import { repairStreaks } from './streaks';
import { refreshRecentSiblings } from './answer-siblings';
import { fixDuplicates, fixSetBackDays, futureDatedSentence } from './check-log';
import { Scheduler } from '$lib/srs/scheduler';
import { plural } from '$lib/text/plural';
import { readStudySettings } from '$lib/srs/settings';
import { CARDS_GENERATION_KEY, newGeneration } from './generation';
import type { CardRecord, DayRecord, ReviewRecord } from './records';
import { replayAnswers, sameTotals, totalsFromLog } from './replay';
import { clockReached, repairCard } from './sanity';
import { getDb, type FlashpointDb } from './schema';
import { rebuildIndexes, recountIndexes } from './index-rows';
import { keepStoredDueDays } from './tallies';
import { STUDY_SETTINGS_KEY } from './study-settings';
import { HOME_COUNTS_PREFIX } from './home-counts';
import { REVIEW_LIST_PREFIX } from './review-list';
import { closeUndo } from './undo-floor';

export interface CheckOptions {
	/** Remove cards whose question no course has, with their answers (ask first). */
	removeOrphans?: boolean;
	/** The time dates are checked against (ms). */
	now?: number;
}

/** What Check database found and did. */
export interface CheckReport {
	/** Rows looked at. */
	checked: { cards: number; answers: number; days: number };
	/** One sentence per kind of problem: what was found and what was done about it. */
	lines: string[];
	/** Whether anything in the database was changed. */
	changed: boolean;
	/** Cards for questions no course has, still stored (0 after `removeOrphans`). */
	orphans: number;
	/** Courses were not installed yet, so orphans could not be told apart. */
	orphansUnknown: boolean;
}

interface Snapshot {
	cards: CardRecord[];
	reviews: ReviewRecord[];
	days: DayRecord[];
	questionIds: Set<string>;
	marker: unknown;
	settings: unknown;
}

async function readAll(db: FlashpointDb): Promise<Snapshot> {
	const [cards, reviews, days, questionKeys, marker, settings] = await Promise.all([
		db.cards.toArray(),
		db.reviews.toArray(),
		db.days.toArray(),
		db.questions.toCollection().primaryKeys(),
		db.settings.get(CARDS_GENERATION_KEY),
		db.settings.get(STUDY_SETTINGS_KEY)
	]);
	return {
		cards,
		reviews,
		days,
		questionIds: new Set(questionKeys),
		marker: marker?.value,
		settings: settings?.value
	};
}

/** Clamps out-of-range cards; returns the cards as now stored. */
async function fixRanges(
	db: FlashpointDb,
	cards: CardRecord[],
	now: number,
	lines: string[]
): Promise<CardRecord[]> {
	const repaired: { card: CardRecord; first: string }[] = [];
	const result = cards.map((card) => {
		const fix = repairCard(card, now);
		if (fix.problems.length) repaired.push({ card: fix.card, first: fix.problems[0].text });
		return fix.card;
	});
	if (repaired.length) {
		await db.cards.bulkPut(repaired.map((r) => r.card));
		const example = repaired[0];
		lines.push(
			`${plural(repaired.length, 'card had', 'cards had')} values FSRS cannot use (the first, question “${example.card.questionId}”, had ${example.first}): brought back into range, so ${repaired.length === 1 ? 'it' : 'they'} can be studied again.`
		);
	}
	return result;
}

/** Rebuilds the cards of answers whose card is missing. */
async function fixMissingCards(
	db: FlashpointDb,
	snapshot: Snapshot,
	reviews: ReviewRecord[],
	lines: string[]
): Promise<CardRecord[]> {
	const have = new Set(snapshot.cards.map((card) => card.questionId));
	const lost = new Map<string, ReviewRecord[]>();
	for (const review of reviews)
		if (!have.has(review.questionId))
			lost.set(review.questionId, [...(lost.get(review.questionId) ?? []), review]);
	if (!lost.size) return [];
	const scheduler = new Scheduler(readStudySettings(snapshot.settings));
	const rebuilt = [...lost].map(([id, answers]) => replayAnswers(id, answers, scheduler)!.card);
	await db.cards.bulkPut(rebuilt);
	const answers = [...lost.values()].reduce((sum, list) => sum + list.length, 0);
	lines.push(
		`${plural(answers, 'answer belonged', 'answers belonged')} to ${plural(lost.size, 'question whose card was', 'questions whose cards were')} missing: the ${lost.size === 1 ? 'card was' : 'cards were'} rebuilt from ${answers === 1 ? 'that answer' : 'those answers'}.`
	);
	return rebuilt;
}

/**
 * Rebuilds day totals that disagree with the log, and removes day rows no answer backs: any
 * such row, even one counting 0 answers (an outsider's day row with 0 answers and the time of
 * the one undone passed Check unflagged; Stats, the streak and the average answer time read
 * the rows). Each kind gets its own sentence, naming the first day.
 */
async function fixTotals(
	db: FlashpointDb,
	days: DayRecord[],
	reviews: ReviewRecord[],
	lines: string[]
): Promise<void> {
	const expected = new Map(totalsFromLog(reviews).map((row) => [row.day, row]));
	const stored = new Map(days.map((row) => [row.day, row]));
	const wrong = [...expected.values()].filter((row) => {
		const have = stored.get(row.day);
		return !have || !sameTotals(have, row);
	});
	const unbacked = days.filter((row) => !expected.has(row.day));
	if (wrong.length) {
		await db.days.bulkPut(wrong);
		lines.push(
			`The totals of ${plural(wrong.length, 'study day', 'study days')} did not match your answers: rebuilt from the answer log (Stats and the daily limits use them).`
		);
	}
	if (unbacked.length) {
		await db.days.bulkDelete(unbacked.map((row) => row.day));
		lines.push(unbackedDaysSentence(unbacked));
	}
}

/** Counts again day rows' stored streaks that disagree with the rows (`repairStreaks`). */
async function fixStreaks(db: FlashpointDb, lines: string[]): Promise<void> {
	const wrong = await repairStreaks(db.days);
	if (wrong)
		lines.push(
			`The streak kept on ${plural(wrong, 'study day', 'study days')} did not match your answers: counted again (Home shows it).`
		);
}

/** What Check says about day rows no answer backs (`rows`, at least one), naming the first. */
function unbackedDaysSentence(rows: DayRecord[]): string {
	const [first] = rows;
	const counted = `counting ${plural(first.answers, 'answer', 'answers')}`;
	if (rows.length === 1)
		return `Study day ${first.day} had a totals row (${counted}) but no answer in the log: removed, so Stats and your streak no longer count it.`;
	return `${plural(rows.length, 'study day', 'study days')} had totals rows but no answer in the log (${first.day}, ${counted}, and ${rows.length - 1} more): removed, so Stats and your streak no longer count them.`;
}

/** Rebuilds `items`, `tallies` and `fresh` when they disagree with the course rows and cards. */
async function fixIndexes(db: FlashpointDb, lines: string[]): Promise<void> {
	const [counted, items, tallies, fresh] = await Promise.all([
		recountIndexes(db),
		db.items.orderBy('id').toArray(),
		db.tallies.orderBy('id').toArray(),
		db.fresh.toArray()
	]);
	// Cards due on a day counted in the time zone they were answered in are not damage.
	const expected = keepStoredDueDays(counted, items);
	// Compared as JSON with sorted keys: rows written by different paths order fields differently.
	const canonical = (value: unknown): unknown =>
		Array.isArray(value)
			? value.map(canonical)
			: value && typeof value === 'object'
				? Object.fromEntries(
						Object.keys(value)
							.sort()
							.map((key) => [key, canonical((value as Record<string, unknown>)[key])])
					)
				: value;
	const same = (a: unknown[], b: unknown[]) =>
		JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
	if (same(expected.items, items) && same(expected.tallies, tallies) && same(expected.fresh, fresh))
		return;
	await rebuildIndexes(db, expected);
	lines.push(
		'The counts Home, Study and Stats read (questions by state, cards due per day) did not match your cards: rebuilt.'
	);
}

/**
 * Brings the sibling keys on recent answers in line with their questions' items
 * (`answer-siblings.ts`); reports rows that named other keys (missing ones are filled quietly).
 */
async function fixSiblings(db: FlashpointDb, now: number, lines: string[]): Promise<void> {
	const { changed } = await refreshRecentSiblings(db, now);
	if (changed)
		lines.push(
			`${plural(changed, 'recent answer', 'recent answers')} named a fact or source sentence ${changed === 1 ? 'its question no longer has' : 'their questions no longer have'}: brought up to date (Study uses them to keep two questions on one fact off the same day).`
		);
}

/**
 * Checks the progress database and repairs what it can, in one read-write transaction (all of
 * it or none of it). Orphan cards are only removed with `removeOrphans`; otherwise they are
 * counted and kept. Throws what IndexedDB throws (a full disk: nothing was changed).
 */
export async function checkDatabase(
	db: FlashpointDb = getDb(),
	options: CheckOptions = {}
): Promise<CheckReport> {
	const now = options.now ?? Date.now();
	const tables = [
		db.cards,
		db.reviews,
		db.days,
		db.settings,
		db.questions,
		db.courses,
		db.items,
		db.tallies,
		db.fresh
	];
	return db.transaction('rw', tables, async () => {
		const snapshot = await readAll(db);
		const lines: string[] = [];
		let reviews = await fixDuplicates(db, snapshot.reviews, lines);
		reviews = await fixSetBackDays(db, reviews, lines);
		let cards = await fixRanges(db, snapshot.cards, clockReached(now, reviews), lines);
		cards = [...cards, ...(await fixMissingCards(db, snapshot, reviews, lines))];
		const orphansUnknown = snapshot.questionIds.size === 0;
		let orphans = orphansUnknown
			? []
			: cards.filter((card) => !snapshot.questionIds.has(card.questionId));
		if (orphans.length && options.removeOrphans) {
			const ids = new Set(orphans.map((card) => card.questionId));
			const theirs = reviews.filter((review) => ids.has(review.questionId));
			await db.cards.bulkDelete([...ids]);
			await db.reviews.bulkDelete(theirs.map((review) => review.id!));
			reviews = reviews.filter((review) => !ids.has(review.questionId));
			lines.push(
				`${plural(orphans.length, 'card', 'cards')} for questions no course has ${orphans.length === 1 ? 'was' : 'were'} removed, with ${plural(theirs.length, 'answer', 'answers')}.`
			);
			orphans = [];
		} else if (orphans.length)
			lines.push(
				`${plural(orphans.length, 'card is', 'cards are')} for questions no course has (a deleted course, or an older question bank): kept, and never shown in Study. You can remove ${orphans.length === 1 ? 'it' : 'them'} below.`
			);
		await fixTotals(db, snapshot.days, reviews, lines);
		await fixStreaks(db, lines);
		await fixIndexes(db, lines);
		await fixSiblings(db, now, lines);
		const changed = lines.length > (orphans.length ? 1 : 0);
		const markerDamaged = typeof snapshot.marker !== 'string' && snapshot.cards.length > 0;
		// Answers and day totals are cached by every tab under the marker too (queue-cache.ts):
		// a new one makes each tab read them again.
		if (changed || markerDamaged) {
			await db.settings.put({ key: CARDS_GENERATION_KEY, value: newGeneration() });
			// Home's stored counts (`home-counts.ts`) were built from what was repaired.
			await db.settings.where('key').startsWith(HOME_COUNTS_PREFIX).delete();
			await db.settings.where('key').startsWith(REVIEW_LIST_PREFIX).delete();
		}
		// As Anki's Check Database: a repair may have moved or removed the answer Undo would take.
		if (changed) await closeUndo(db);
		if (markerDamaged && !changed)
			lines.push(
				'The marker that tells open tabs to rebuild their study queue was missing: written again.'
			);
		// Found and said, never changed (so after `changed` is decided).
		const ahead = futureDatedSentence(reviews, cards, now);
		if (ahead) lines.push(ahead);
		return {
			checked: {
				cards: snapshot.cards.length,
				answers: snapshot.reviews.length,
				days: snapshot.days.length
			},
			lines,
			changed: changed || markerDamaged,
			orphans: orphans.length,
			orphansUnknown
		};
	});
}

/** "Checked 1,234 cards, 5,678 answers and 90 study days." */
export function checkedSentence(report: CheckReport): string {
	const { cards, answers, days } = report.checked;
	return `Checked ${plural(cards, 'card', 'cards')}, ${plural(answers, 'answer', 'answers')} and ${plural(days, 'study day', 'study days')}.`;
}
