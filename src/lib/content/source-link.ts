/**
 * Links to a question's source passage. Kept apart from `sources.ts` (the article parser, with
 * valibot) because the app's navigation reads it on every screen, Home included.
 */

/** The screens that link to a source passage and get a way back (`from` in the link). */
export const SOURCE_ORIGINS = ['study', 'quiz', 'stats', 'questions'] as const;
export type SourceOrigin = (typeof SOURCE_ORIGINS)[number];

/**
 * Where a question's source passage is shown: the article, with its sentence highlighted
 * (`/sources/<doc>?q=<id>`). With `from`, the passage offers "Back to <screen>" and the nav keeps
 * that screen marked, so a student reading the passage behind an answer is still in Study.
 */
export function sourceHref(
	question: { id: string; source: { doc: string } },
	from?: SourceOrigin
): string {
	const doc = encodeURIComponent(question.source.doc);
	const back = from ? `&from=${from}` : '';
	return `/sources/${doc}?q=${encodeURIComponent(question.id)}${back}`;
}

/** The screen a source link came from (`from=` in its URL), or null when none or unknown. */
export function sourceOrigin(url: URL): SourceOrigin | null {
	const from = url.searchParams.get('from');
	return SOURCE_ORIGINS.find((origin) => origin === from) ?? null;
}
