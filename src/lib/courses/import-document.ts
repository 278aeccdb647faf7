/**
 * The course document standing for a question file an import stores (`import.ts`): a file's
 * source sentences become one document of the course (title: the file's name, outlet: its
 * format), so every imported question keeps where it came from. The same file imported again
 * goes into the document it made before, and a new version of a file renames it.
 */
import { courseItemId, nextItemNumber, type DocumentRecord } from '$lib/db/records';
import type { FlashpointDb } from '$lib/db/schema';
import { largest } from '$lib/text/largest';
import type { NewCourseDocument } from './create';
import type { ImportOrigin, ImportPlan } from './import-plan';

/** The course document standing for the imported file: its source sentences as its text. */
export function fileDocument(plan: ImportPlan, origin: ImportOrigin): NewCourseDocument {
	const quotes = [...new Set(plan.questions.map((q) => q.source.quote).filter(Boolean))];
	return {
		title: origin.fileName,
		outlet: origin.formatLabel,
		text: quotes.join('\n\n'),
		questions: plan.questions
	};
}

/**
 * The course's document for the file: the one an earlier import of a file of this name and
 * format made (its new sentences added to its text), else a new document after the others. A
 * file imported again is one document, not one more each time (outsider, issue 12: re-imported
 * files counted as extra documents). Returns the row and whether it is new.
 */
export async function fileDocumentRow(
	db: FlashpointDb,
	courseId: string,
	doc: NewCourseDocument
): Promise<{ row: DocumentRecord; isNew: boolean }> {
	const documents = await db.documents.where('courseId').equals(courseId).toArray();
	const same = sameFileDocument(documents, doc);
	if (same) {
		const had = new Set(paragraphsOf(same.text ?? ''));
		const added = paragraphsOf(doc.text ?? '').filter((p) => !had.has(p));
		const text = [same.text ?? '', ...added].filter(Boolean).join('\n\n');
		return { row: { ...same, text }, isNew: false };
	}
	const number = nextItemNumber('d', documents);
	const row: DocumentRecord = {
		id: courseItemId(courseId, `d-${number}`),
		courseId,
		position:
			largest(
				documents.map((d) => d.position),
				-1
			) + 1,
		title: doc.title,
		outlet: doc.outlet ?? '',
		dateApproximate: false,
		text: doc.text
	};
	return { row, isNew: true };
}

/**
 * A new version of a file (WW1 v2.gift) updating the questions of the earlier one (WW1.gift):
 * that file's document takes the new name, so the quiz builder and Sources list the file the
 * course now follows (outsider teacher: the old name stayed), and the new file's new questions
 * join it (`sameFileDocument`). Only when every updated question is in one question file of
 * the same format and no document has the new name yet.
 */
export async function renameEarlierFile(
	db: FlashpointDb,
	courseId: string,
	plan: ImportPlan,
	origin: ImportOrigin
): Promise<void> {
	if (!plan.updates.length) return;
	const rows = await db.questions.bulkGet(plan.updates.map((u) => u.id));
	const docs = new Set(rows.flatMap((r) => (r?.courseId === courseId ? [r.source.doc] : [])));
	if (docs.size !== 1) return;
	const documents = await db.documents.where('courseId').equals(courseId).toArray();
	if (sameFileDocument(documents, { title: origin.fileName, outlet: origin.formatLabel })) return;
	const earlier = documents.find((d) => docs.has(d.id) && d.outlet === origin.formatLabel);
	if (earlier) await db.documents.update(earlier.id, { title: origin.fileName });
}

/**
 * The document an earlier import of file `origin` made in course `courseId` (the one its next
 * import goes into), if any: for the preview, which names it.
 */
export async function earlierFileDocument(
	db: FlashpointDb,
	courseId: string,
	origin: ImportOrigin
): Promise<DocumentRecord | undefined> {
	const documents = await db.documents.where('courseId').equals(courseId).toArray();
	return sameFileDocument(documents, { title: origin.fileName, outlet: origin.formatLabel });
}

/**
 * The ids of course `courseId`'s documents that files of format `formatLabel` made: only their
 * questions can be "no longer in the file" (`planImport`'s `fileDocuments`).
 */
export async function formatDocumentIds(
	db: FlashpointDb,
	courseId: string,
	formatLabel: string
): Promise<Set<string>> {
	const documents = await db.documents.where('courseId').equals(courseId).toArray();
	return new Set(documents.filter((d) => d.outlet === formatLabel).map((d) => d.id));
}

/**
 * The document of `documents` an earlier import of this file made: same title (the file's name)
 * and outlet (its format). Pure.
 */
function sameFileDocument<D extends Pick<DocumentRecord, 'title' | 'outlet'>>(
	documents: readonly D[],
	doc: Pick<NewCourseDocument, 'title' | 'outlet'>
): D | undefined {
	return documents.find((d) => d.title === doc.title && d.outlet === (doc.outlet ?? ''));
}

/** Blank-line separated paragraphs (the file document's text is its sentences so joined). */
function paragraphsOf(text: string): string[] {
	return text.split(/\n\s*\n/).filter((p) => p.trim());
}
