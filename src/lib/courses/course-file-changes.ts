import type { Question } from '$lib/content/schema';
import type { DraftStatus } from '$lib/db/records';
import { plural } from '$lib/text/plural';
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
	/** The course's questions the file no longer has, in course order (Replace deletes them). */
	removed: RemovedQuestion[];
	unchanged: number;
}

/** A question of the course that Replace removes: what is lost with it differs. */
export interface RemovedQuestion {
	prompt: string;
	/** Its review status; absent (studied) on a course without review. */
	status?: DraftStatus;
	/** Whether it was ever answered (it has a card): only then are answers lost. */
	answered: boolean;
}

/**
 * Compares `stored` (the course's questions, ids `<courseId>:<local>`) with `incoming` (the
 * file's questions and drafts, local ids); `answered`: the ids of stored questions with a card.
 * Pure.
 */
export function replaceChanges(
	courseId: string,
	stored: readonly (Question & { status?: DraftStatus })[],
	incoming: readonly Question[],
	answered: ReadonlySet<string> = new Set()
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
	result.removed = stored
		.filter((q) => !seen.has(q.id))
		.map((q) => ({
			prompt: q.prompt,
			...(q.status && { status: q.status }),
			answered: answered.has(q.id)
		}));
	return result;
}

/** The count line: "2 changed, 1 new, 1 removed, 30 unchanged", or "Nothing changes". */
export function replaceSummary(changes: ReplaceChanges): string {
	const { updated, added, removed, unchanged } = changes;
	if (!updated.length && !added && !removed.length)
		return 'Nothing changes: the file holds the same questions as your course.';
	return `${updated.length} changed, ${added} new, ${removed.length} removed, ${unchanged} unchanged`;
}

/**
 * What Replace does to the questions the file no longer has, one sentence for those answered
 * (their answers go too) and one for those never answered (nothing else is lost), each naming
 * up to `shown` prompts, a rejected or draft one marked so. "Replace removes them and your
 * answers to them" was said of a question the teacher had rejected and never studied (outsider
 * teacher, session 38). Pure.
 */
export function removedLines(removed: readonly RemovedQuestion[], shown: number): string[] {
	const named = (list: readonly RemovedQuestion[]) => {
		const words = list.slice(0, shown).map((q) => {
			const mark = q.status === 'rejected' ? ' (rejected)' : q.status === 'draft' ? ' (draft)' : '';
			return `“${q.prompt}”${mark}`;
		});
		return `${words.join(', ')}${list.length > shown ? ` and ${list.length - shown} more` : ''}`;
	};
	const answered = removed.filter((q) => q.answered);
	const never = removed.filter((q) => !q.answered);
	const lines: string[] = [];
	if (answered.length)
		lines.push(
			`No longer in the file, and answered by you: ${named(answered)}. Replace removes ${answered.length === 1 ? 'it and your answers to it' : `these ${plural(answered.length, 'question')} and your answers to them`}.`
		);
	if (never.length)
		lines.push(
			`No longer in the file, never answered: ${named(never)}. Replace removes ${never.length === 1 ? 'it' : 'them'}; no answers are lost.`
		);
	return lines;
}
