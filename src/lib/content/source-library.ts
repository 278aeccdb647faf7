import { parseSourceFile, type SourceFile } from './sources';

/**
 * The articles in `questions/sources/`, each a lazily loaded chunk (precached with the rest of
 * the build), so the reader works offline and no screen pays for articles it does not show.
 */
const files = import.meta.glob('/questions/sources/*.md', {
	query: '?raw',
	import: 'default'
}) as Record<string, () => Promise<string>>;

const pathById = new Map(
	Object.keys(files).map((path) => [/([^/]+)\.md$/.exec(path)?.[1] ?? path, path])
);

export const SOURCE_IDS: string[] = [...pathById.keys()].sort();

export async function loadSource(id: string): Promise<SourceFile | undefined> {
	const path = pathById.get(id);
	if (!path) return undefined;
	return parseSourceFile(await files[path]());
}

export async function loadAllSources(): Promise<SourceFile[]> {
	const all = await Promise.all(SOURCE_IDS.map(loadSource));
	return all.filter((source): source is SourceFile => source !== undefined);
}
