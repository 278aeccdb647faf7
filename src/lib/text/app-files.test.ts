import { describe, expect, it } from 'vitest';
import { APP_FILES, newerFileText, otherAppFile } from './app-files';

describe('otherAppFile', () => {
	it('names each of Flashpoint’s files picked at another’s place, and where it goes', () => {
		for (const [kind, file] of Object.entries(APP_FILES))
			for (const expected of ['progress', 'course', 'classroom'] as const) {
				const said = otherAppFile({ format: file.format, version: 1 }, expected);
				if (kind === expected) expect(said).toBeNull();
				else
					expect(said).toBe(
						`This is ${file.name}, not ${APP_FILES[expected].name}: import it in ${file.where}.`
					);
			}
	});

	it('says nothing of other JSON', () => {
		for (const data of [null, 3, [], {}, { format: 'kahoot' }])
			expect(otherAppFile(data, 'classroom')).toBeNull();
	});
});

describe('newerFileText', () => {
	it('asks for an update, naming the file', () => {
		expect(newerFileText('classroom')).toBe(
			'This classroom file was made by a newer version of Flashpoint: update this app (reload it while online), then import it again.'
		);
	});
});
