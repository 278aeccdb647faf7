import * as v from 'valibot';
import type { QuestionSchema } from '$lib/content/schema';

/**
 * What a write to a user's course can fail with, in words a person can act on: a full disk
 * (`StorageFullError`, through `guarded`) or bad input (`CourseInputError`). Either way the
 * write's transaction leaves every course as it was.
 */

/** The disk (the browser's storage quota) is full; nothing was written. */
export class StorageFullError extends Error {
	constructor() {
		super(
			'Your device has no room left for this. Nothing was saved and your other courses are ' +
				'unchanged. Free some space (or delete a course you no longer need) and try again.'
		);
		this.name = 'StorageFullError';
	}
}

/** A question given to `createCourse` or `addWrittenQuestion` does not pass `QuestionSchema`. */
export class CourseInputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'CourseInputError';
	}
}

/** True for IndexedDB's quota error, as Dexie reports it directly or inside an aborted transaction. */
export function isQuotaError(error: unknown): boolean {
	const names = [error, (error as { inner?: unknown } | null)?.inner].map(
		(e) => (e as { name?: string } | null)?.name
	);
	return names.includes('QuotaExceededError');
}

/** Runs a write; IndexedDB's quota error comes out as `StorageFullError`, others unchanged. */
export async function guarded<T>(write: () => Promise<T>): Promise<T> {
	try {
		return await write();
	} catch (error) {
		if (isQuotaError(error)) throw new StorageFullError();
		throw error;
	}
}

/** The first problem `QuestionSchema` found, with its field's path (`choices.2: …`). */
export function firstIssue(result: v.SafeParseResult<typeof QuestionSchema>): string {
	if (result.success) return '';
	const issue = result.issues[0];
	const path = v.getDotPath(issue);
	return path ? `${path}: ${issue.message}` : issue.message;
}
