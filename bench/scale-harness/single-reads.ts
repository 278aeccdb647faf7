// Single IndexedDB reads on a seeded database (SCALE_PHASES): what one request of each kind
// Home and Study make costs.
import { CARD_STATE } from '$lib/db/records';
import { headId } from '$lib/db/fresh-head';
import { withDb } from './measure';
import { DAY } from './seed';

/**
 * What single reads cost on this database (ms, median of 3, each in its own read
 * transaction of a new connection): one `get`, `n` parallel `get`s of items, one `getAll` of
 * 220 review items, each course's due reviews (10 parallel ranges), each course's first 216
 * new questions, and the streak's days.
 */
export function micro(name: string, now: number) {
	return withDb(name, async (db) => {
		const dayEnd = now + DAY;
		const review = CARD_STATE.review;
		const courseIds = (await db.courses.toCollection().primaryKeys()) as string[];
		const ids = (await db.items.limit(40).primaryKeys()) as string[];
		const time = async (work: () => Promise<unknown>) => {
			const runs: number[] = [];
			for (let i = 0; i < 3; i++) {
				const started = performance.now();
				await db.transaction('r', db.items, db.fresh, db.settings, db.days, db.tallies, work);
				runs.push(performance.now() - started);
			}
			return runs.sort((a, b) => a - b)[1];
		};
		return {
			oneGet: await time(() => db.settings.get('study')),
			gets10: await time(() => db.items.bulkGet(ids.slice(0, 10))),
			gets40: await time(() => db.items.bulkGet(ids)),
			reviews220: await time(() =>
				db.items
					.where('[state+due]')
					.between([review, -Infinity], [review, dayEnd], true, false)
					.limit(220)
					.toArray()
			),
			courseReviews: await time(() =>
				Promise.all(
					courseIds.map((id) =>
						db.items
							.where('[courseId+state+due]')
							.between([id, review, -Infinity], [id, review, dayEnd], true, false)
							.limit(220)
							.toArray()
					)
				)
			),
			// The same due reviews as one every-course range (`readEachScopeReviews` when the
			// range holds fewer than each course's limit together).
			everyReviews: await time(() =>
				db.items
					.where('[state+due]')
					.between([review, -Infinity], [review, dayEnd], true, false)
					.limit(220 * courseIds.length)
					.toArray()
			),
			courseHeads: await time(() => Promise.all(courseIds.map((id) => db.tallies.get(headId(id))))),
			everyHead: await time(() => db.tallies.where('bucket').equals('head').toArray()),
			courseReviewCounts: await time(() =>
				Promise.all(
					courseIds.map((id) =>
						db.items
							.where('[courseId+state+due]')
							.between([id, review, -Infinity], [id, review, dayEnd], true, false)
							.count()
					)
				)
			),
			courseFresh: await time(() =>
				Promise.all(
					courseIds.map((id) =>
						db.fresh
							.where('[courseId+rank+position]')
							.between([id, -Infinity, -Infinity], [id, Infinity, Infinity], true, true)
							.limit(216)
							.toArray()
					)
				)
			),
			days400: await time(() => db.days.limit(400).toArray())
		};
	});
}
