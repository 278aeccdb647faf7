import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSourceFile, type SourceFile } from '../src/lib/content/sources';

/** Reads every `questions/sources/*.md` article, in file-name order. */
export function readSources(dir = join('questions', 'sources')): SourceFile[] {
	return readdirSync(dir)
		.filter((file) => file.endsWith('.md'))
		.sort()
		.map((file) => parseSourceFile(readFileSync(join(dir, file), 'utf8')));
}
