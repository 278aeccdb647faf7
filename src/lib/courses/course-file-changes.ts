import type { Question } from '$lib/content/schema';
import { changedFields, type FieldChange } from './import-changes';

/**
 * What Replace would change in a course already on the device when a course file of it is
 * opened again (outsider teacher: a changed course file showed no difference at all). The same
 * comparison and words as a re-import of any other format (`changedFields`, `changeWords`): the
 * file's questions and drafts are matched to the course's by id (a course file keeps its ids).
 */
export interface ReplaceChanges {
	/** Questions the file changes, in the file's order, each with every changed field. */
	updated: { id: string; prompt: string; changes: FieldChange[] }[];
	/** Questions in the file the course does not have. */
	added: number;
	/** The prompts of the course's questions the file no longer has (their progress goes). */
	removed: string[];
	unchanged: number;
}

/**
 * Compares `stored` (the course's questions, ids `<courseId>:<local>`) with `incoming` (the
 * file's questions and drafts, local ids). Pure.
 */
export function replaceChanges(
	courseId: string,
	stored: readonly Question[],
	incoming: readonly Question[]
): ReplaceChanges {
	const byId = new Map(stored.map((q) => [q.id, q]));
	const seen = new Set<string>();
	const result: ReplaceChanges = { updated: [], added: 0, removed: [], unchanged: 0 };
	for (const q of incoming) {
		const id = `${courseId}:${q.id}`;
		const before = byId.get(id);
		seen.add(id);
		if (!before) {
			result.added++;
			continue;
		}
		const changes = changedFields(before, q);
		if (changes.length) result.updated.push({ id, prompt: q.prompt, changes });
		else result.unchanged++;
	}
	result.removed = stored.filter((q) => !seen.has(q.id)).map((q) => q.prompt);
	return result;
}

/** The count line: "2 changed, 1 new, 1 removed, 30 unchanged", or "Nothing changes". */
export function replaceSummary(changes: ReplaceChanges): string {
	const { updated, added, removed, unchanged } = changes;
	if (!updated.length && !added && !removed.length)
		return 'Nothing changes: the file holds the same questions as your course.';
	return `${updated.length} changed, ${added} new, ${removed.length} removed, ${unchanged} unchanged`;
}
