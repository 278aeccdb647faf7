/**
 * Where Study's Undo stops: operations that replace or rebuild progress wholesale (Reset, Import
 * → Replace or Merge, restoring an automatic backup, a Check database that changed something)
 * close Undo on every answer the log holds, as Anki clears its undo queue after an import or a
 * Check Database. Without this, Undo took back the log's latest answer whatever wrote it: after
 * a Replace the imported file's last answer (when given today), after a Merge another device's,
 * and a Study tab still open could name a key the imported log reused (issue 14). The floor is
 * the highest answer key at that moment (settings row `undo-floor`); answer keys only grow
 * (auto-increment, never reset by a clear), so every later answer lies above it.
 */
import type { FlashpointDb } from './schema';

/** The settings row holding the floor: this device's bookkeeping, never exported. */
export const UNDO_FLOOR_KEY = 'undo-floor';

/**
 * The floor Undo should have now: the higher of the stored floor and the highest answer key
 * (0 for neither). Read it before an operation clears the log and the settings (Reset, Replace),
 * and hand it to `closeUndo`, so keys a Study tab may still hold stay closed.
 */
export async function undoFloorNow(db: FlashpointDb): Promise<number> {
	const [last, floor] = await Promise.all([db.reviews.orderBy(':id').lastKey(), readUndoFloor(db)]);
	return Math.max(floor, typeof last === 'number' ? last : 0);
}

/**
 * Closes Undo on every answer now in the log and every key up to `before` (from
 * `undoFloorNow`, read before a clear): writes the higher as the floor. Call inside the
 * operation's read-write transaction over `reviews` and `settings`, after its writes, so the
 * floor commits with them or not at all.
 */
export async function closeUndo(db: FlashpointDb, before = 0): Promise<void> {
	const floor = Math.max(before, await undoFloorNow(db));
	await db.settings.put({ key: UNDO_FLOOR_KEY, value: floor });
}

/**
 * The floor (an answer key; 0 when Undo was never closed): an answer whose key is at or below
 * it cannot be undone. Call inside a transaction over `settings`; a damaged row reads as 0.
 */
export function readUndoFloor(db: FlashpointDb): PromiseLike<number> {
	return db.settings.get(UNDO_FLOOR_KEY).then((row) => {
		const value = row?.value;
		return typeof value === 'number' && Number.isFinite(value) ? value : 0;
	});
}
