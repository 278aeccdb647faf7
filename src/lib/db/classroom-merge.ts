import { plural } from '$lib/text/plural';
import { unusedTitle } from '$lib/quiz/titles';
import {
	changedAt,
	type DecidedResult,
	type DeletedQuiz,
	type StoredQuiz,
	type StoredResult
} from './classroom';

/**
 * How a classroom file merges into this device: record by record, the newer copy wins and an
 * older one never replaces a newer (outsider teacher: importing the morning's backup undid a
 * rename, "Carla" → "Carla Moreno", and an accepted answer, Dmitri 5/6 → 6/6). A student's name
 * and a quiz's accepted answers are the teacher's decisions; a stamp (`changedAt`) says which
 * copy holds the later one. A tie with different contents keeps this device's copy: only a copy
 * shown to be newer replaces. A quiz deleted here after the file's copy last changed stays
 * deleted, with its results (its deletion record, `DeletedQuiz`); one edited in the file after
 * the deletion comes back (outsider teacher: an older file resurrected a deleted quiz). That
 * default is for two devices of one teacher; a quiz the teacher names to restore (`restore`)
 * comes back from the file with its results, whatever the stamps (outsider teacher from
 * Moodle: "1 quiz you deleted … stays deleted" with no way back was data loss; Moodle's course
 * restore likewise brings back what a backup holds when asked). Pure: `classroom-backup.ts`
 * reads and writes the database.
 */

/** What happens to one kind of record (quizzes or results) of a file. */
export interface KindPlan {
	/** Not on this device: added. */
	added: number;
	/** On this device with the same contents: nothing to do. */
	same: number;
	/** Changed on this device after the file's copy: this device's copy is kept. */
	newerHere: number;
	/** Changed in the file after this device's copy: replaced by the file's copy. */
	newerInFile: number;
	/**
	 * Removed (or replaced) here after the file's copy: it stays out of the report. A quiz
	 * deleted here and not restored counts here too.
	 */
	removedHere: number;
	/** Results of a quiz deleted here and not restored: they stay out with their quiz. */
	ofDeletedQuiz: number;
	/** Deleted here after the file's copy, and brought back from it at the teacher's choice. */
	restored: number;
}

/** A quiz of the file deleted here after the file's copy last changed: the preview names it. */
export interface DeletedHere {
	id: string;
	title: string;
	/** When it was deleted here, ms since the epoch. */
	deletedAt: number;
	/** Its results in the file, which come back with it. */
	results: number;
}

/** The teacher's choices for one import. */
export interface MergeChoices {
	/** Ids of quizzes deleted here to bring back from the file (`MergePlan.deletedHere`). */
	restore?: ReadonlySet<string>;
	/** Ms since the epoch: a restored quiz is stamped as changed now, after its deletion. */
	now?: number;
}

/** What this device holds that an import is compared with. */
export interface DeviceRecords {
	quizzes: readonly StoredQuiz[];
	results: readonly StoredResult[];
	pendingKeys: ReadonlySet<string>;
	decided: readonly DecidedResult[];
	deletedQuizzes: readonly DeletedQuiz[];
}

/** The records a file brings. */
export interface FileRecords {
	quizzes: readonly StoredQuiz[];
	results: readonly StoredResult[];
	pending: readonly StoredResult[];
	decided: readonly DecidedResult[];
	/** Absent in files from before deletion records (version 3 and older). */
	deletedQuizzes?: readonly DeletedQuiz[];
}

export interface MergePlan {
	quizzes: KindPlan;
	results: KindPlan;
	/** Same-name results in the file still waiting for a choice that will wait here too. */
	waiting: number;
	/** Every quiz of the file deleted here after its copy, restored or not, in the file's order. */
	deletedHere: DeletedHere[];
	/** The rows to write: new ones and the file's newer copies, never an older copy. */
	write: {
		quizzes: StoredQuiz[];
		results: StoredResult[];
		pending: StoredResult[];
		decided: DecidedResult[];
		/** The file's deletion records of quizzes not here, later than any here. */
		deletedQuizzes: DeletedQuiz[];
		/** Deletion records here of quizzes the file brings back (edited after the deletion). */
		undeleted: string[];
	};
}

/** Fields that differ between two devices' copies of one record without it having changed. */
const LOCAL_FIELDS = new Set(['updatedAt', 'revision']);

/** A record's contents as one string, field order and device-local fields aside. */
function contents(row: object): string {
	return JSON.stringify(row, (key, value: unknown) => {
		if (LOCAL_FIELDS.has(key)) return undefined;
		if (value && typeof value === 'object' && !Array.isArray(value))
			return Object.fromEntries(
				Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
			);
		return value;
	});
}

type Verdict = 'added' | 'same' | 'newerHere' | 'newerInFile';

function compare<Row extends StoredQuiz | StoredResult>(incoming: Row, here?: Row): Verdict {
	if (!here) return 'added';
	if (contents(incoming) === contents(here)) return 'same';
	return changedAt(incoming) > changedAt(here) ? 'newerInFile' : 'newerHere';
}

/** A kind's plan with every count at 0: where a plan starts (tests build theirs from it). */
export function emptyKind(): KindPlan {
	return {
		added: 0,
		same: 0,
		newerHere: 0,
		newerInFile: 0,
		removedHere: 0,
		ofDeletedQuiz: 0,
		restored: 0
	};
}

/**
 * Plans importing `file` into `device`: per kind, how many records are new, the same, newer
 * here (kept) or newer in the file (replaced), and the rows to write. A quiz deleted here at or
 * after its file copy's `changedAt` stays deleted, and none of its results, waiting results or
 * set-aside attempts come in; a quiz changed in the file after its deletion here comes back. A
 * result the teacher removed or replaced here after the file's copy stays out; a waiting result
 * already decided here (stored, removed, replaced or dropped) does not wait again; a set-aside
 * attempt already known is not added twice. The file's deletion records of quizzes not here
 * are kept, so a still older file does not bring them back either; a quiz here is never
 * deleted by an import. Importing this device's own export, or any file older than it, writes
 * nothing. A quiz in `choices.restore` that would stay deleted comes back as the file has it,
 * with its results, waiting results and set-aside attempts, stamped as changed at `now` (so
 * the restore reaches a device that knows the deletion too), numbered apart like an added
 * quiz when a quiz here has its title; its deletion record goes.
 */
export function planClassroomMerge(
	file: FileRecords,
	device: DeviceRecords,
	choices: MergeChoices = {}
): MergePlan {
	const resultsHere = new Map(device.results.map((r) => [r.key, r]));
	const plan: MergePlan = {
		quizzes: emptyKind(),
		results: emptyKind(),
		waiting: 0,
		deletedHere: [],
		write: { quizzes: [], results: [], pending: [], decided: [], deletedQuizzes: [], undeleted: [] }
	};
	const staysDeleted = planQuizzes(file, device, plan, choices);
	const live = <Row extends StoredResult>(rows: readonly Row[]) =>
		rows.filter((r) => !staysDeleted.has(r.quizId));
	// Counted apart from results removed here: the teacher deleted a quiz, not its results
	// ("4 results you removed here" after deleting a quiz; outsider classroom teacher, session 23).
	plan.results.ofDeletedQuiz += file.results.length - live(file.results).length;
	const setAsideAt = new Map<string, number>();
	for (const row of device.decided)
		setAsideAt.set(row.key, Math.max(setAsideAt.get(row.key) ?? 0, row.decidedAt));
	for (const result of live(file.results)) {
		const here = resultsHere.get(result.key);
		const decidedAt = setAsideAt.get(result.key);
		if (!here && decidedAt !== undefined && decidedAt >= changedAt(result)) {
			plan.results.removedHere++;
			continue;
		}
		const verdict = compare(result, here);
		plan.results[verdict]++;
		if (verdict === 'added' || verdict === 'newerInFile') plan.write.results.push(result);
	}
	const stored = new Set([...resultsHere.keys(), ...plan.write.results.map((r) => r.key)]);
	plan.write.pending = live(file.pending).filter(
		(r) => !stored.has(r.key) && !device.pendingKeys.has(r.key) && !setAsideAt.has(r.key)
	);
	plan.waiting = plan.write.pending.length;
	const known = new Set(device.decided.map(decidedKey));
	plan.write.decided = live(file.decided).filter((r) => !known.has(decidedKey(r)));
	return plan;
}

/**
 * The quizzes' part of `planClassroomMerge`, written into `plan`; returns the ids of the file's
 * quizzes that stay deleted here.
 */
function planQuizzes(
	file: FileRecords,
	device: DeviceRecords,
	plan: MergePlan,
	{ restore = new Set<string>(), now = Date.now() }: MergeChoices
): Set<string> {
	const quizzesHere = new Map(device.quizzes.map((q) => [q.id, q]));
	// A quiz new here whose title a quiz here has is numbered, "Week 3 (2)" (outsider teacher:
	// the list showed two quizzes of one name). Its link, already shared, stays as it was. Only
	// titles here count: a file's own quizzes come in as that device had them.
	const titles = device.quizzes.map((q) => q.title);
	const titledApart = (quiz: StoredQuiz): StoredQuiz => {
		const title = unusedTitle(quiz.title, titles);
		return title === quiz.title ? quiz : { ...quiz, title };
	};
	const deletedAt = new Map(device.deletedQuizzes.map((d) => [d.id, d.deletedAt]));
	const staysDeleted = new Set<string>();
	for (const quiz of file.quizzes) {
		const here = quizzesHere.get(quiz.id);
		const deleted = deletedAt.get(quiz.id);
		if (!here && deleted !== undefined && deleted >= changedAt(quiz)) {
			const results = file.results.filter((r) => r.quizId === quiz.id).length;
			plan.deletedHere.push({ id: quiz.id, title: quiz.title, deletedAt: deleted, results });
			if (restore.has(quiz.id)) {
				plan.quizzes.restored++;
				// Numbered apart too, as an added quiz is: else a device that knew of the deletion
				// numbered the restored quiz on import while this one kept two of one title (npm
				// run fuzz, classroom-merge property, seed 2002: deleted, a new quiz of the same
				// title made, then restored).
				plan.write.quizzes.push({ ...titledApart(quiz), updatedAt: Math.max(now, deleted + 1) });
				plan.write.undeleted.push(quiz.id);
			} else {
				plan.quizzes.removedHere++;
				staysDeleted.add(quiz.id);
			}
			continue;
		}
		const verdict = compare(quiz, here);
		plan.quizzes[verdict]++;
		if (verdict === 'added') plan.write.quizzes.push(titledApart(quiz));
		if (verdict === 'newerInFile') plan.write.quizzes.push(quiz);
		if (verdict === 'added' && deleted !== undefined) plan.write.undeleted.push(quiz.id);
	}
	const written = new Set(plan.write.quizzes.map((q) => q.id));
	plan.write.deletedQuizzes = (file.deletedQuizzes ?? []).filter(
		(d) => !quizzesHere.has(d.id) && !written.has(d.id) && d.deletedAt > (deletedAt.get(d.id) ?? -1)
	);
	return staysDeleted;
}

/** One set-aside attempt's identity: the attempt, its contents and the choice. */
function decidedKey(r: DecidedResult): string {
	return JSON.stringify([r.key, r.finishedAt, r.answers, r.decision]);
}

/**
 * The preview's lines for one kind ("quiz", "result"): what is new, and of what is already
 * here how many are the same, newer here (kept) and newer in the file (replaced), so the
 * teacher sees before importing that an older file will not undo her corrections. Empty parts
 * are left out; "replaced by the file's copy" appears only when the file's copy is newer.
 */
export function describeKind(plan: KindPlan, noun: string): string[] {
	const lines: string[] = [];
	if (plan.added) lines.push(`${plural(plan.added, `new ${noun}`)}: added`);
	const here = plan.same + plan.newerHere + plan.newerInFile;
	if (here) {
		const parts = [
			plan.same && `${plan.same} the same`,
			plan.newerHere && `${plan.newerHere} newer here (kept)`,
			plan.newerInFile && `${plan.newerInFile} newer in the file (replaced by the file’s copy)`
		].filter(Boolean);
		// "1 quiz already here: 1 the same" read awkwardly (outsider classroom teacher, session 23).
		if (plan.same === here)
			lines.push(`${plural(here, noun)} already here, the same as in the file`);
		else lines.push(`${plural(here, noun)} already here: ${parts.join(', ')}`);
	}
	if (plan.removedHere) {
		const gone = noun === 'quiz' ? 'deleted' : 'removed';
		const one = plan.removedHere === 1;
		const stay = one ? 'it stays' : 'they stay';
		// A deleted quiz can be restored from the file (the preview's choice); a removed result is
		// added back where it is pasted again ("Add it back").
		const unless = noun === 'quiz' ? `, unless you restore ${one ? 'it' : 'them'} below` : '';
		lines.push(
			`${plural(plan.removedHere, noun)} you ${gone} here after this file was saved: ${stay} ${gone}${unless}`
		);
	}
	if (plan.ofDeletedQuiz)
		lines.push(
			`${plural(plan.ofDeletedQuiz, noun)} whose quiz you deleted here: left out, unless you restore the quiz below`
		);
	if (plan.restored)
		lines.push(`${plural(plan.restored, noun)} you deleted here: restored from this file`);
	return lines;
}
