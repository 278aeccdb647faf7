import { expect, type Page } from '@playwright/test';
import type { DayRecord } from '../../src/lib/db/records';

/** A card to write, with only the fields a test cares about (the rest get plausible values). */
export interface SeedCard {
	questionId: string;
	/** 0 new, 1 learning, 2 review, 3 relearning. */
	state: 0 | 1 | 2 | 3;
	due: number;
	lapses?: number;
	leech?: boolean;
}

export interface SeedReview {
	questionId: string;
	rating: 1 | 2 | 3 | 4;
	answeredAt: number;
	/** The card's state before this answer; null for a question's first answer. */
	beforeState: 0 | 1 | 2 | 3 | null;
	afterState: 0 | 1 | 2 | 3;
}

/**
 * Writes progress straight into the app's IndexedDB (`flashpoint`, rows shaped as in
 * `src/lib/db/records.ts`, day totals included), as if the student had studied. Open a screen
 * first (the app creates the database and installs the built-in course); reload afterwards.
 * Waits until the app's database is open at its own version with the course installed
 * (`appDatabaseReady`), so the seed never races the app's open or upgrade.
 */
export async function seedProgress(
	page: Page,
	seed: { cards: SeedCard[]; reviews: SeedReview[] }
): Promise<void> {
	await appDatabaseReady(page);
	await writeSeed(page, seed);
}

const NOT_READY = 'The app’s database is not ready for the seed';

/**
 * `seedProgress`'s write, once the app's database is ready: rejects with `NOT_READY` and what it
 * saw, writing nothing, when the database is absent or lacks a store (the seed never creates it).
 */
async function writeSeed(page: Page, seed: { cards: SeedCard[]; reviews: SeedReview[] }) {
	await page.evaluate(
		({ cards, reviews, notReady }) =>
			new Promise<void>((resolve, reject) => {
				const studyDay = (ms: number) => {
					const date = new Date(ms);
					if (date.getHours() < 4) date.setDate(date.getDate() - 1);
					const pad = (n: number) => String(n).padStart(2, '0');
					return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
				};
				// When a study day begins here (its 4 AM): the item's `dueStart`, as the app writes it.
				const dayStart = (day: string) => {
					const [y, m, d] = day.split('-').map(Number);
					return new Date(y, m - 1, d, 4).getTime();
				};
				const cardRow = (card: (typeof cards)[number]) => ({
					questionId: card.questionId,
					due: card.due,
					stability: card.state === 2 ? 12 : 0.5,
					difficulty: 5 + (card.lapses ?? 0),
					elapsedDays: 3,
					scheduledDays: card.state === 2 ? 10 : 0,
					learningSteps: 0,
					reps: 5,
					lapses: card.lapses ?? 0,
					state: card.state,
					lastReview: card.due - 86_400_000,
					leech: card.leech ?? false
				});
				const days = new Map<string, DayRecord>();
				const reviewRows = reviews.map((review) => {
					const day = studyDay(review.answeredAt);
					const totals = days.get(day) ?? {
						day,
						answers: 0,
						newCards: 0,
						reviewCards: 0,
						again: 0,
						retained: 0,
						timeMs: 0
					};
					totals.answers++;
					if (review.beforeState === null || review.beforeState === 0) totals.newCards++;
					if (review.beforeState === 2) totals.reviewCards++;
					if (review.rating === 1) totals.again++;
					// True retention's numerator (Stats reads it from the day rows).
					if (review.beforeState === 2 && review.rating > 1) totals.retained!++;
					totals.timeMs += 6000;
					days.set(day, totals);
					const base = cardRow({
						questionId: review.questionId,
						state: review.beforeState ?? 0,
						due: review.answeredAt
					});
					return {
						questionId: review.questionId,
						rating: review.rating,
						answeredAt: review.answeredAt,
						studyDay: day,
						durationMs: 6000,
						grading: 'self',
						correct: null,
						before: review.beforeState === null ? null : base,
						after: {
							due: review.answeredAt + 86_400_000,
							state: review.afterState,
							stability: 3,
							difficulty: 5,
							scheduledDays: 1
						}
					};
				});
				// Opened without a version: the app's (checked by `appDatabaseReady`). The request is
				// kept reachable from the page, so the evaluation's promise cannot be collected
				// while it waits (CI: "Resulting promise was garbage collected").
				const request = indexedDB.open('flashpoint');
				(globalThis as { __flashpointSeed?: unknown }).__flashpointSeed = request;
				// Never create it: an open that would make the database aborts (and is refused below).
				request.onupgradeneeded = () => request.transaction?.abort();
				request.onerror = () => reject(new Error(`${notReady} (${request.error?.name})`));
				request.onblocked = () => reject(new Error('The seed’s open was blocked'));
				request.onsuccess = () => {
					const db = request.result;
					const stores = ['cards', 'reviews', 'days', 'items', 'tallies', 'fresh'];
					if (!stores.every((name) => db.objectStoreNames.contains(name))) {
						const seen = `version ${db.version}, stores: ${[...db.objectStoreNames].join(', ')}`;
						db.close();
						return reject(new Error(`${notReady} (${seen})`));
					}
					const tx = db.transaction(stores, 'readwrite');
					for (const card of cards) tx.objectStore('cards').put(cardRow(card));
					for (const row of reviewRows) tx.objectStore('reviews').add(row);
					// The streak ending on each day (schema v11), as `src/lib/db/streaks.ts` keeps it.
					const ordered = [...days.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
					const dayAfter = (day: string) =>
						new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
					ordered.forEach((row, i) => {
						const before = ordered[i - 1];
						const continues = before && before.answers > 0 && dayAfter(before.day) === row.day;
						row.streak = row.answers > 0 ? (continues ? before.streak! : 0) + 1 : 0;
					});
					for (const row of ordered) tx.objectStore('days').put(row);
					// The app keeps `items`, `tallies` (schema v7) and `fresh` (v9) with every card
					// write; this write goes around the app, so it updates them as
					// `src/lib/db/indexes.ts` would.
					const seeded = new Map(cards.map((card) => [card.questionId, cardRow(card)]));
					const itemsRequest = tx.objectStore('items').getAll();
					itemsRequest.onsuccess = () => {
						const counts = new Map<string, { courseId: string; bucket: string; count: number }>();
						for (const item of itemsRequest.result) {
							const card = seeded.get(item.id);
							if (card) {
								if (item.state === -1)
									tx.objectStore('fresh').delete([item.courseId, item.rank, item.position]);
								const dueDay = studyDay(card.due);
								Object.assign(item, {
									state: card.state,
									due: card.due,
									leech: card.leech,
									dueDay,
									dueStart: dayStart(dueDay)
								});
								tx.objectStore('items').put(item);
							}
							const buckets = [`state:${item.state}`];
							if (item.leech) buckets.push('leech');
							if (item.state > 0) buckets.push(`due:${item.dueDay ?? studyDay(item.due)}`);
							for (const bucket of buckets) {
								const id = `${item.courseId}\u0000${bucket}`;
								const row = counts.get(id) ?? { courseId: item.courseId, bucket, count: 0 };
								row.count++;
								counts.set(id, row);
							}
						}
						const tallies = tx.objectStore('tallies');
						const old = tallies.getAll();
						old.onsuccess = () => {
							// Course heads (v12) go too: the app reads `fresh` until it next writes a card
							// of the course. Days get no running totals (v12): Stats adds up every row.
							for (const row of old.result) if (row.bucket !== 'course') tallies.delete(row.id);
							for (const [id, row] of counts) tallies.put({ id, ...row });
						};
					};
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		{ ...seed, notReady: NOT_READY }
	);
}

/**
 * Resolves once the app has opened its database (`flashpoint`) at its own version and installed
 * the built-in course: the database is listed with a version past 1, an open without a version
 * needs no upgrade (an upgrade would mean the app had not created it yet: the attempt is
 * aborted, so nothing is created), and `courses` and `items` hold rows (the course row is
 * written last when a course is installed, with its items). Until then it asks again every
 * 100 ms; each attempt settles (success, error, blocked or aborted upgrade) and is kept
 * reachable from the page, so no evaluation is left waiting on a request nothing holds.
 * Throws after `timeout` ms.
 *
 * Polled from here (`expect.poll`), not by `page.waitForFunction`: that one calls its function
 * and takes a returned promise as truthy at once, then resolves with whatever the promise
 * gives, `false` included. It never waited: on /stats the seed ran about 40 ms before the app
 * first opened its database (the app opens it after hydration, once the screen's code has
 * loaded), found no database, and failed with AbortError (fresh-clone CI, text-zoom :425).
 */
export async function appDatabaseReady(page: Page, timeout = 15_000): Promise<void> {
	await expect
		.poll(
			() =>
				page.evaluate(
					() =>
						new Promise<boolean>((resolve) => {
							const holder = globalThis as { __flashpointReady?: unknown };
							indexedDB
								.databases()
								.then((list) => {
									if (!list.some((db) => db.name === 'flashpoint' && (db.version ?? 0) > 1))
										return resolve(false);
									const request = indexedDB.open('flashpoint');
									holder.__flashpointReady = request;
									request.onupgradeneeded = () => request.transaction?.abort();
									request.onerror = () => resolve(false);
									request.onblocked = () => resolve(false);
									request.onsuccess = () => {
										const db = request.result;
										const stores = [
											'courses',
											'items',
											'cards',
											'reviews',
											'days',
											'tallies',
											'fresh'
										];
										if (!stores.every((name) => db.objectStoreNames.contains(name))) {
											db.close();
											return resolve(false);
										}
										const tx = db.transaction(['courses', 'items'], 'readonly');
										const courses = tx.objectStore('courses').count();
										const items = tx.objectStore('items').count();
										tx.oncomplete = () => {
											db.close();
											resolve(courses.result > 0 && items.result > 0);
										};
										tx.onerror = tx.onabort = () => {
											db.close();
											resolve(false);
										};
									};
								})
								.catch(() => resolve(false));
						})
				),
			{
				message: 'the app’s database, open with the built-in course installed',
				intervals: [100],
				timeout
			}
		)
		.toBe(true);
}

/**
 * Every row of each store in `stores` of the app's database (`flashpoint`), read straight from
 * IndexedDB in one read-only transaction: `{ cards: [...], reviews: [...] }`. Rejects with
 * IndexedDB's error when a store is missing. Runs under Playwright and under tsx (the kill
 * bench): the page-side code has no named inner function, which tsx would wrap in `__name`.
 */
export function readStores<Name extends string>(
	page: Page,
	stores: readonly Name[]
): Promise<Record<Name, unknown[]>> {
	return page.evaluate(
		(names) =>
			new Promise<Record<Name, unknown[]>>((resolve, reject) => {
				const request = indexedDB.open('flashpoint');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const tx = db.transaction(names, 'readonly');
					const reads = names.map((name) => tx.objectStore(name).getAll());
					tx.oncomplete = () => {
						db.close();
						resolve(
							Object.fromEntries(names.map((name, i) => [name, reads[i].result])) as Record<
								Name,
								unknown[]
							>
						);
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		[...stores]
	);
}
