/**
 * What Settings' destructive dialogs say Reset, Import → Replace and Restore do, in one place
 * beside what they do (`resetProgress`, `importProgress`): a Reset dialog promised to delete
 * "2 courses of your own", which Reset keeps (outsider student, an Anki user). Each sentence
 * claims only what the code does:
 * - Reset deletes answers, cards, study days and study settings; courses of your own stay, their
 *   questions new again;
 * - Replace and Restore replace answers, cards, study days and study settings; the file's own
 *   courses replace the courses with their ids (`restoreUserCourses`), the others stay;
 * - the Add documents screen's unsaved work stays through all three (`PENDING_KEY`).
 */
import { plural } from '$lib/text/plural';

/** What progress holds, as `describeProgress` counts it. */
export interface ProgressCounts {
	questions: number;
	answers: number;
	days: number;
	/** Courses of your own. */
	courses: number;
}

/** "20 questions studied, 93 answers, 2 study days": the progress alone, no courses. */
export function progressText(counts: ProgressCounts): string {
	return `${plural(counts.questions, 'question')} studied, ${plural(counts.answers, 'answer')}, ${plural(counts.days, 'study day')}`;
}

/** `progressText` and, when there are any, ", 2 courses of your own" (what a file holds). */
export function holdingsText(counts: ProgressCounts): string {
	const courses = counts.courses ? `, ${plural(counts.courses, 'course')} of your own` : '';
	return `${progressText(counts)}${courses}`;
}

/** "Your 2 courses of your own stay …" (empty with none): what Reset keeps. */
function coursesKeptByReset(courses: number): string {
	if (!courses) return '';
	return courses === 1
		? ' Your course of your own stays, its questions new again.'
		: ` Your ${plural(courses, 'course')} of your own stay, their questions new again.`;
}

/** The Reset dialog's warning, from the progress on this device now (null while it is read). */
export function resetWarning(current: ProgressCounts | null): string {
	const deleted = current ? progressText(current) : 'all your progress';
	return `This deletes ${deleted} and your study settings from this device.${coursesKeptByReset(current?.courses ?? 0)}`;
}

/** The message after a Reset; `courses`: courses of your own, which it kept. */
export function resetDoneText(courses: number): string {
	const kept = !courses
		? ''
		: courses === 1
			? ' Your course of your own is kept.'
			: ` Your ${plural(courses, 'course')} of your own are kept.`;
	return `Progress reset: every question is new again.${kept}`;
}

/**
 * What Replace and Restore do to courses of your own: `shared` of them (the ones the file also
 * holds, by id) go back to the file's copy, the others stay. Empty when none are on the device.
 */
export function coursesOnReplace(onDevice: number, shared: number): string {
	if (!onDevice) return '';
	if (!shared)
		return onDevice === 1
			? 'Your course of your own stays as it is.'
			: `Your ${plural(onDevice, 'course')} of your own stay as they are.`;
	const back =
		shared === 1
			? 'The course of your own that the backup also holds goes back to the backup’s copy'
			: `The ${plural(shared, 'course')} of your own that the backup also holds go back to its copy`;
	const rest = onDevice - shared;
	const others = !rest
		? ''
		: rest === 1
			? '; your other course stays as it is'
			: `; your other ${plural(rest, 'course')} stay as they are`;
	return `${back}${others}.`;
}

/**
 * The Restore dialog's sentence on courses, from the courses of your own the automatic backup
 * holds (`undefined`: a backup listed before its courses were counted).
 */
export function restoreCoursesText(courses: number | undefined): string {
	if (courses === 0) return 'It holds no course of your own: yours stay as they are.';
	const since = 'a course made since stays';
	if (courses === undefined)
		return `The courses of your own it holds go back to how they were then (one deleted since comes back); ${since}.`;
	if (courses === 1)
		return `It holds 1 course of your own, which goes back to how it was then (deleted since, it comes back); ${since}.`;
	return `It holds ${plural(courses, 'course')} of your own, which go back to how they were then (one deleted since comes back); ${since}.`;
}

/**
 * The Replace dialog's words (after "Replace: ") on a device with no answers yet (`current`: its courses of your
 * own; `ownSettings`: whether the student saved study settings): what takes its place and
 * whether a copy is kept first, as `keepAutomaticBackup` keeps one only of courses or saved
 * settings.
 */
export function replaceUnstudiedText(courses: number, ownSettings: boolean): string {
	const start = 'nothing has been studied on this device yet, so the backup’s progress';
	if (!courses && !ownSettings) return `${start} and study settings simply take its place.`;
	const settings = ownSettings ? ', and its study settings replace the ones you saved here' : '';
	const what = courses && ownSettings ? 'courses and settings' : courses ? 'courses' : 'settings';
	return `${start} takes its place${settings}. A copy of your ${what} is kept in Automatic backups first.`;
}
