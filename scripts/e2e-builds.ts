// Builds the extra app versions the update tests serve (tests/e2e/update.spec.ts), into
// tmp/e2e-builds/<name>: `same` (this commit again: must not count as an update), `b` and `c`
// (two new releases). Every build writes ./build, so run this before the main build:
// `npm run test:e2e` does `tsx scripts/e2e-builds.ts && npm run build && playwright test`.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';

export const E2E_BUILDS = 'tmp/e2e-builds';
const VERSIONS: Record<string, string | undefined> = { same: undefined, b: 'e2e-b', c: 'e2e-c' };

mkdirSync(E2E_BUILDS, { recursive: true });
for (const [name, version] of Object.entries(VERSIONS)) {
	const env = { ...process.env };
	if (version) env.FLASHPOINT_VERSION = version;
	else delete env.FLASHPOINT_VERSION;
	console.log(`building version ${version ?? '(this commit)'} into ${E2E_BUILDS}/${name}`);
	execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { env, stdio: 'inherit' });
	rmSync(`${E2E_BUILDS}/${name}`, { recursive: true, force: true });
	cpSync('build', `${E2E_BUILDS}/${name}`, { recursive: true });
}
