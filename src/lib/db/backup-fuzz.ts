import fc from 'fast-check';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { GRADES, Scheduler } from '$lib/srs/scheduler';
import { recordAnswer } from './answers';
import { exportProgress, importProgress } from './backup';
import { parseProgressFile, refusalText, type ProgressFile } from './backup-file';
import { addWork, countDecodeWork, noWork, type WorkFigures } from './decode-work';
import { cardProblems } from './sanity';
import type { FlashpointDb } from './schema';

/**
 * The backup fuzzer (issue 14): mutations of a valid backup's text (truncation, character
 * flips, wrong types, huge arrays and strings, deep nesting, `__proto__` keys, NaN and
 * out-of-range numbers and dates, lone surrogates, bidi and zero-width characters) fed to
 * `parseProgressFile`. The oracle: the reader never throws; its work is counted (`work`: it
 * parses the text once, no deeper than `MAX_BACKUP_DEPTH`, and its refusals stay short) and,
 * in the bench only, timed against `HANG_MS`; whatever it accepts imports whole (or leaves the database as it was), every card can be
 * scheduled by the real `Scheduler`, a new answer can be saved, and the next export reads back.
 * Test-only: `backup-fuzz.test.ts` (fixed seed, ~1,000 cases) and `bench/fuzz.ts` (10,000).
 */

/**
 * A decode slower than this counts as a hang (ms): the bench's measure (`bench/fuzz.ts`), never
 * `npm test`'s (a loaded 2-core CI machine made single decodes pass 2 s).
 */
export const HANG_MS = 2000;

export interface FuzzFigures {
	cases: number;
	accepted: number;
	uncaught: number;
	/** Decodes over `hangMs` (ms) by `clock`; 0 when not timed. */
	hangs: number;
	/** Decodes over `hangMs` (ms) of wall time, whatever `clock` is; 0 when not timed. */
	hangsWall: number;
	/**
	 * The slowest decode by `clock`: its case (the index in the seed's sample, so it can be
	 * rebuilt), its `clock` and wall ms and its input's length (characters); null when not timed.
	 */
	slowest: { index: number; ms: number; wallMs: number; chars: number } | null;
	partialWrites: number;
	acceptedThenBroken: number;
	/** What the decodes handed `JSON.parse` and the longest refusal: the counted work. */
	work: WorkFigures;
	/** The first few failures, for the test's message. */
	failures: string[];
}

/** Values a damaged or hostile file might hold where a field should be. */
function strangeValue(): fc.Arbitrary<unknown> {
	return fc.oneof(
		fc.constantFrom(
			null,
			true,
			0,
			-1,
			0.5,
			1e300,
			-1e300,
			2 ** 53,
			2 ** 53 - 1,
			2 ** 40 + 1,
			1e13,
			8.64e15,
			Date.UTC(1999, 11, 31),
			5e-324,
			'',
			'\u200b',
			'\u202eevil',
			'\ud800',
			'2026-02-31',
			'x'.repeat(100_000),
			[],
			{},
			{ __proto__: null, polluted: true }
		),
		fc.double(),
		fc.integer(),
		fc.string({ unit: 'binary', maxLength: 40 }),
		fc.anything({ maxDepth: 3 })
	);
}

interface Slot {
	parent: Record<string, unknown> | unknown[];
	key: string | number;
}

/** Every place in a JSON value a mutation can land. */
function slots(value: unknown, out: Slot[] = []): Slot[] {
	if (Array.isArray(value))
		value.forEach((item, key) => {
			out.push({ parent: value, key });
			slots(item, out);
		});
	else if (typeof value === 'object' && value !== null)
		for (const [key, item] of Object.entries(value)) {
			out.push({ parent: value as Record<string, unknown>, key });
			slots(item, out);
		}
	return out;
}

const DEEP_MARK = '\u0000deep\u0000';

/** `[[[…1…]]]` as text: a value this deep would overflow `JSON.stringify` itself. */
function nested(depth: number): string {
	return `${'['.repeat(depth)}1${']'.repeat(depth)}`;
}

type Mutation =
	| { kind: 'truncate'; at: number }
	| { kind: 'flip'; at: number; code: number }
	| { kind: 'set'; at: number; value: unknown }
	| { kind: 'proto'; at: number }
	| { kind: 'deep'; at: number; depth: number }
	| { kind: 'repeat'; at: number; times: number };

/** One to three mutations (also used by `$lib/quiz/code-fuzz.ts` on quiz and result codes). */
export const mutation: fc.Arbitrary<Mutation[]> = fc.array(
	fc.oneof(
		fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
		fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), code: fc.nat(0xffff) }),
		fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: strangeValue() }),
		fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: strangeValue() }),
		fc.record({ kind: fc.constant('proto' as const), at: fc.nat() }),
		fc.record({
			kind: fc.constant('deep' as const),
			at: fc.nat(),
			depth: fc.oneof(fc.integer({ min: 2, max: 20 }), fc.constant(10_000))
		}),
		fc.record({
			kind: fc.constant('repeat' as const),
			at: fc.nat(),
			times: fc.constantFrom(2, 50, 20_000)
		})
	),
	{ minLength: 1, maxLength: 3 }
);

/** Applies mutations to a backup's text; structural ones work on its parsed value. */
export function mutate(text: string, mutations: Mutation[]): string {
	for (const step of mutations) {
		if (step.kind === 'truncate') text = text.slice(0, step.at % (text.length + 1));
		else if (step.kind === 'flip') {
			const at = step.at % Math.max(1, text.length);
			text = text.slice(0, at) + String.fromCharCode(step.code) + text.slice(at + 1);
		} else {
			let value: unknown;
			try {
				value = JSON.parse(text);
			} catch {
				continue;
			}
			const places = slots(value);
			if (!places.length) continue;
			const { parent, key } = places[step.at % places.length];
			const target = parent as Record<string | number, unknown>;
			if (step.kind === 'set') target[key] = step.value;
			else if (step.kind === 'deep') target[key] = DEEP_MARK;
			else if (step.kind === 'repeat' && Array.isArray(parent))
				parent.push(...Array.from({ length: step.times }, () => parent[Number(key)]));
			else if (step.kind === 'proto' && typeof target[key] === 'object' && target[key] !== null) {
				// JSON.parse makes `__proto__` an own key; so must the text we write.
				text = JSON.stringify(value).replace(/\{"/, '{"__proto__":{"polluted":true},"');
				continue;
			}
			try {
				text = JSON.stringify(value);
			} catch {
				continue;
			}
			if (step.kind === 'deep') text = text.replace(`"${DEEP_MARK}"`, nested(step.depth));
		}
	}
	return text;
}

/** Studies and exports an accepted backup; returns what broke, or null. */
async function exercise(file: ProgressFile, db: FlashpointDb, now: number): Promise<string | null> {
	const before = await db.reviews.count();
	try {
		await importProgress(file, db);
	} catch (error) {
		const after = await db.reviews.count();
		return `import failed (${String(error)})${after !== before ? ', partial write' : ''}`;
	}
	const scheduler = new Scheduler(DEFAULT_STUDY_SETTINGS);
	for (const card of await db.cards.toArray()) {
		scheduler.preview(card, now);
		for (const rating of GRADES) {
			const next = scheduler.answer(card.questionId, card, now, rating);
			const problems = cardProblems(next, now);
			if (problems.length) return `answering ${card.questionId} gives ${problems[0].text}`;
		}
	}
	const first = file.cards[0];
	await recordAnswer(
		{
			questionId: first?.questionId ?? 'fuzz-new',
			rating: 3,
			answeredAt: now,
			durationMs: 1000,
			grading: 'self',
			correct: null,
			seenLastReview: first ? first.lastReview : null
		},
		DEFAULT_STUDY_SETTINGS,
		db
	);
	const text = JSON.stringify(await exportProgress(db, new Date(now)));
	const again = parseProgressFile(text, now + 60_000);
	return again.ok ? null : `the next export is refused: ${again.problems[0] ?? again.error}`;
}

/**
 * Runs `cases` mutations of `valid` (a backup's text, exported at or before `now`, ms) with a
 * fixed `seed`. `freshDb` gives an empty database per accepted case. With `hangMs` (the bench
 * passes `HANG_MS`) each decode is also timed by `clock` and one over it counts as a hang; without it
 * nothing is timed and `work` is the measure. Never throws; returns the figures.
 */
export async function fuzzBackups(
	valid: string,
	options: {
		cases: number;
		seed: number;
		now: number;
		freshDb: () => FlashpointDb;
		hangMs?: number;
		/**
		 * What a decode is timed by (ms; default wall time): the bench passes the process's CPU
		 * time, which other work on a shared machine does not inflate (at load 25 on 2 cores a
		 * 10 MB backup's decode took 1.8 s of wall time for 0.25 s of CPU).
		 */
		clock?: () => number;
	}
): Promise<FuzzFigures> {
	const clock = options.clock ?? (() => performance.now());
	const figures: FuzzFigures = {
		cases: 0,
		accepted: 0,
		uncaught: 0,
		hangs: 0,
		hangsWall: 0,
		slowest: null,
		partialWrites: 0,
		acceptedThenBroken: 0,
		work: noWork(),
		failures: []
	};
	const samples = fc.sample(mutation, { numRuns: options.cases, seed: options.seed });
	for (const [index, mutations] of samples.entries()) {
		figures.cases++;
		const text = mutate(valid, mutations);
		const started = clock();
		const startedWall = performance.now();
		let parsed;
		try {
			const decoded = countDecodeWork(() => parseProgressFile(text, options.now));
			parsed = decoded.value;
			addWork(figures.work, decoded.work, text.length, parsed.ok ? '' : refusalText(parsed));
		} catch (error) {
			figures.uncaught++;
			figures.failures.push(
				`uncaught: ${String(error)} for ${JSON.stringify(mutations).slice(0, 200)}`
			);
			continue;
		}
		if (options.hangMs !== undefined) {
			const ms = clock() - started;
			const wallMs = performance.now() - startedWall;
			if (ms > options.hangMs) figures.hangs++;
			if (wallMs > options.hangMs) figures.hangsWall++;
			if (!figures.slowest || ms > figures.slowest.ms)
				figures.slowest = { index, ms, wallMs, chars: text.length };
		}
		if (!parsed.ok) continue;
		figures.accepted++;
		let broken: string | null;
		try {
			broken = await exercise(parsed.value, options.freshDb(), options.now);
		} catch (error) {
			broken = `studying failed: ${String(error)}`;
		}
		if (broken) {
			figures.acceptedThenBroken++;
			if (broken.includes('partial write')) figures.partialWrites++;
			figures.failures.push(`${broken} for ${JSON.stringify(mutations).slice(0, 200)}`);
		}
	}
	return figures;
}
