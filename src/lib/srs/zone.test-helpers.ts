/**
 * Time zones in unit tests: Node re-reads `process.env.TZ` whenever it changes, so a test can
 * move the "device" to another zone between two steps, as a traveller's phone does.
 */

/** Runs `body` with the process in time zone `zone` (an IANA name), then puts the zone back. */
export function inZone<T>(zone: string, body: () => T): T {
	const before = process.env.TZ;
	const restore = () => {
		if (before === undefined) delete process.env.TZ;
		else process.env.TZ = before;
	};
	process.env.TZ = zone;
	let result: T;
	try {
		result = body();
	} catch (error) {
		restore();
		throw error;
	}
	if (result instanceof Promise) return result.finally(restore) as T;
	restore();
	return result;
}

/**
 * Moves the process to `zone` until `restoreZone()` (call it in `afterEach`): for tests whose
 * steps run in several zones in turn.
 */
export function moveTo(zone: string): void {
	saved ??= { tz: process.env.TZ };
	process.env.TZ = zone;
}

let saved: { tz: string | undefined } | undefined;

/** Puts back the zone the process had before the first `moveTo`. */
export function restoreZone(): void {
	if (!saved) return;
	if (saved.tz === undefined) delete process.env.TZ;
	else process.env.TZ = saved.tz;
	saved = undefined;
}
