import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every `*.test.ts` under `dir`, as a path from the repository's root. */
function testFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
		.map((entry) => join(entry.parentPath, entry.name));
}

describe('unit test projects', () => {
	it('runs every file that mocks a module isolated (MOCKING_TESTS in vite.config.ts)', () => {
		const config = readFileSync('vite.config.ts', 'utf8');
		const listed = config.match(/export const MOCKING_TESTS = \[([^\]]*)\]/)?.[1] ?? '';
		const mocking = [...testFiles('src'), ...testFiles('scripts')].filter((file) =>
			/\bvi\.(?:do)?[m]ock\(/.test(readFileSync(file, 'utf8'))
		);
		expect(mocking.length).toBeGreaterThan(0);
		for (const file of mocking) expect(listed, file).toContain(`'${file}'`);
	});
});
