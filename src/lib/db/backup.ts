import * as v from 'valibot';
import { CARDS_GENERATION_KEY } from './queue-cache';
import { getDb, SCHEMA_VERSION, type FlashpointDb } from './schema';
import type { CardRecord, DayRecord, ReviewRecord, SettingRecord } from './records';

/** Marks a file as a Flashpoint progress backup; anything else is refused. */
export const BACKUP_FORMAT = 'flashpoint-progress';
export const BACKUP_VERSION = 1;

const finite = v.pipe(v.number(), v.finite());
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a day is YYYY-MM-DD'));
const questionId = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const state = v.picklist([0, 1, 2, 3]);
const rating = v.picklist([1, 2, 3, 4]);

const CardSchema = v.object({
	questionId,
	due: finite,
	stability: finite,
	difficulty: finite,
	elapsedDays: finite,
	scheduledDays: finite,
	learningSteps: count,
	reps: count,
	lapses: count,
	state,
	lastReview: v.nullable(finite),
	leech: v.boolean(),
	queuedAt: v.optional(finite)
});

const ReviewSchema = v.object({
	id: v.pipe(v.number(), v.integer(), v.minValue(1)),
	questionId,
	rating,
	answeredAt: finite,
	studyDay: day,
	durationMs: v.pipe(finite, v.minValue(0)),
	grading: v.picklist(['self', 'auto', 'override']),
	correct: v.nullable(v.boolean()),
	previewAt: v.optional(finite),
	before: v.nullable(CardSchema),
	after: v.object({
		due: finite,
		state,
		stability: finite,
		difficulty: finite,
		scheduledDays: finite
	})
});

const DaySchema = v.object({
	day,
	answers: count,
	newCards: count,
	reviewCards: count,
	again: count,
	timeMs: v.pipe(finite, v.minValue(0))
});

const SettingSchema = v.object({ key: v.pipe(v.string(), v.maxLength(100)), value: v.unknown() });

export const ProgressFileSchema = v.pipe(
	v.object({
		format: v.literal(BACKUP_FORMAT, 'this is not a Flashpoint progress file'),
		version: v.literal(BACKUP_VERSION, 'this backup comes from a newer Flashpoint'),
		exportedAt: v.pipe(v.string(), v.isoTimestamp()),
		cards: v.array(CardSchema),
		reviews: v.array(ReviewSchema),
		days: v.array(DaySchema),
		settings: v.array(SettingSchema)
	}),
	v.check(
		(file) => new Set(file.cards.map((c) => c.questionId)).size === file.cards.length,
		'a question appears twice in cards'
	),
	v.check(
		(file) => new Set(file.reviews.map((r) => r.id)).size === file.reviews.length,
		'two answers share an id'
	)
);

export interface ProgressFile {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	exportedAt: string;
	/** The database schema the rows were read from (informative). */
	schemaVersion?: number;
	cards: CardRecord[];
	reviews: ReviewRecord[];
	days: DayRecord[];
	settings: SettingRecord[];
}

/** Everything in the progress database, as one JSON-ready object. */
export async function exportProgress(
	db: FlashpointDb = getDb(),
	now: Date = new Date()
): Promise<ProgressFile> {
	return db.transaction('r', db.cards, db.reviews, db.days, db.settings, async () => ({
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: now.toISOString(),
		schemaVersion: SCHEMA_VERSION,
		cards: await db.cards.toArray(),
		reviews: await db.reviews.toArray(),
		days: await db.days.toArray(),
		// The cards-generation marker is this device's bookkeeping, not progress.
		settings: (await db.settings.toArray()).filter((row) => row.key !== CARDS_GENERATION_KEY)
	}));
}

/** `flashpoint-progress-2026-05-12.json`, with the local date. */
export function backupFileName(now: Date = new Date()): string {
	const y = now.getFullYear();
	const m = String(now.getMonth() + 1).padStart(2, '0');
	const d = String(now.getDate()).padStart(2, '0');
	return `flashpoint-progress-${y}-${m}-${d}.json`;
}

export type BackupParse = { ok: true; value: ProgressFile } | { ok: false; error: string };

/** Reads a backup file's text. Never throws: a bad file gets a sentence saying why. */
export function parseProgressFile(text: string): BackupParse {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, error: 'This file is not a Flashpoint backup: it is not JSON.' };
	}
	if (
		typeof data !== 'object' ||
		data === null ||
		(data as { format?: unknown }).format !== BACKUP_FORMAT
	)
		return {
			ok: false,
			error: 'This file is not a Flashpoint progress backup (it has no “flashpoint-progress” mark).'
		};
	const result = v.safeParse(ProgressFileSchema, data);
	if (!result.success) {
		const issue = result.issues[0];
		const path = v.getDotPath(issue);
		return {
			ok: false,
			error: `This backup is damaged, so nothing was changed: ${path ? `${path}: ` : ''}${issue.message}.`
		};
	}
	return { ok: true, value: result.output as ProgressFile };
}

/** What a backup holds, for "this will replace …" before confirming. */
export function describeProgress(file: Pick<ProgressFile, 'cards' | 'reviews' | 'days'>): {
	questions: number;
	answers: number;
	days: number;
} {
	return {
		questions: file.cards.filter((card) => card.reps > 0).length,
		answers: file.reviews.length,
		days: file.days.filter((row) => row.answers > 0).length
	};
}

/** Replaces all progress with the backup's, in one transaction: all of it or none of it. */
export async function importProgress(
	file: ProgressFile,
	db: FlashpointDb = getDb()
): Promise<void> {
	await db.transaction('rw', db.cards, db.reviews, db.days, db.settings, async () => {
		await Promise.all([db.cards.clear(), db.reviews.clear(), db.days.clear(), db.settings.clear()]);
		await db.cards.bulkAdd(file.cards);
		await db.reviews.bulkAdd(file.reviews);
		await db.days.bulkAdd(file.days);
		await db.settings.bulkAdd(file.settings.filter((row) => row.key !== CARDS_GENERATION_KEY));
		await db.settings.put({ key: CARDS_GENERATION_KEY, value: `import-${Date.now()}` });
	});
}

/** Deletes all study progress and study settings (the theme lives elsewhere). */
export async function resetProgress(db: FlashpointDb = getDb()): Promise<void> {
	await db.transaction('rw', db.cards, db.reviews, db.days, db.settings, async () => {
		await Promise.all([db.cards.clear(), db.reviews.clear(), db.days.clear(), db.settings.clear()]);
		// A new marker, so every tab's cached view of the cards is dropped.
		await db.settings.put({ key: CARDS_GENERATION_KEY, value: `reset-${Date.now()}` });
	});
}
