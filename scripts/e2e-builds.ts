// Builds the extra app versions the update tests serve (tests/e2e/update.spec.ts), into
// tmp/e2e-builds/<name>: `same` (this commit again: must not count as an update) and `b` (a new
// release). The test of a second release in one session goes from `b` on to `same`: a real
// build whose service worker and version differ from `b`'s, so a third build (`c`, 25 s of CPU)
// proved nothing more. Every build writes ./build, so run this before the main build:
// `npm run test:e2e` does `tsx scripts/e2e-builds.ts && npm run build && playwright test`.
// They skip the .br/.gz copies (FLASHPOINT_PRECOMPRESS=off, about 60% of a build's CPU time):
// scripts/serve.js sends the plain file then, and the service worker, its file list and
// _app/version.json, which decide whether an update is offered, do not depend on them.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';

export const E2E_BUILDS = 'tmp/e2e-builds';
const VERSIONS: Record<string, string | undefined> = { same: undefined, b: 'e2e-b' };

mkdirSync(E2E_BUILDS, { recursive: true });
for (const [name, version] of Object.entries(VERSIONS)) {
	const env: NodeJS.ProcessEnv = { ...process.env, FLASHPOINT_PRECOMPRESS: 'off' };
	if (version) env.FLASHPOINT_VERSION = version;
	else delete env.FLASHPOINT_VERSION;
	console.log(`building version ${version ?? '(this commit)'} into ${E2E_BUILDS}/${name}`);
	execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { env, stdio: 'inherit' });
	rmSync(`${E2E_BUILDS}/${name}`, { recursive: true, force: true });
	cpSync('build', `${E2E_BUILDS}/${name}`, { recursive: true });
}
