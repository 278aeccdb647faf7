import { nestingDepth } from '$lib/text/json-text';

/**
 * Counted work for the fuzzers (issue 14; the guide forbids timed assertions in `npm test`):
 * what a decoder handed `JSON.parse`, the one step whose cost grows with the input's size and
 * depth. A decoder that parses its input once, no deeper than its cap, then walks the parsed
 * value with fixed schemas, does work linear in the input; a hang (a re-read per row, a
 * recursive reader fed 10,000 levels) shows here as more parses, more characters or more depth
 * than the input allows. The wall-time measure (2 s) stays in `npm run bench` (bench/fuzz.ts).
 * Test-only: `backup-fuzz.ts` and `$lib/quiz/code-fuzz.ts`.
 */
export interface DecodeWork {
	/** Calls of `JSON.parse`. */
	parses: number;
	/** Characters handed to `JSON.parse`, all calls together. */
	parsedChars: number;
	/** The deepest nesting of arrays/objects in any text handed to `JSON.parse`. */
	deepest: number;
}

/**
 * Runs `decode` (synchronous) with `JSON.parse` counted, then puts the real one back, also
 * when `decode` throws (the error is rethrown). Returns the decoder's value and its work.
 */
export function countDecodeWork<T>(decode: () => T): { value: T; work: DecodeWork } {
	const work: DecodeWork = { parses: 0, parsedChars: 0, deepest: 0 };
	const parse = JSON.parse;
	JSON.parse = function counted(text: string, reviver?: Parameters<typeof parse>[1]) {
		const source = String(text);
		work.parses++;
		work.parsedChars += source.length;
		work.deepest = Math.max(work.deepest, nestingDepth(source));
		return parse(source, reviver);
	} as typeof JSON.parse;
	try {
		return { value: decode(), work };
	} finally {
		JSON.parse = parse;
	}
}

/** The largest figures over many decodes, for a fuzzer's report. */
export interface WorkFigures {
	/** Most `JSON.parse` calls in one decode. */
	mostParses: number;
	/** Most characters parsed in one decode. */
	mostParsedChars: number;
	/** Most characters parsed in one decode, divided by that input's length (1 = read once). */
	mostCharsPerInputChar: number;
	/** The deepest nesting any decode handed `JSON.parse`. */
	deepestParsed: number;
	/** The longest refusal a decode gave (characters, every line together). */
	longestRefusal: number;
}

/** Empty figures, for a fuzzer to fold its decodes into with `addWork`. */
export function noWork(): WorkFigures {
	return {
		mostParses: 0,
		mostParsedChars: 0,
		mostCharsPerInputChar: 0,
		deepestParsed: 0,
		longestRefusal: 0
	};
}

/** Folds one decode of an `inputChars`-long input (and its refusal text, if any) into `into`. */
export function addWork(
	into: WorkFigures,
	work: DecodeWork,
	inputChars: number,
	refusal = ''
): void {
	into.mostParses = Math.max(into.mostParses, work.parses);
	into.mostParsedChars = Math.max(into.mostParsedChars, work.parsedChars);
	into.mostCharsPerInputChar = Math.max(
		into.mostCharsPerInputChar,
		work.parsedChars / Math.max(1, inputChars)
	);
	into.deepestParsed = Math.max(into.deepestParsed, work.deepest);
	into.longestRefusal = Math.max(into.longestRefusal, refusal.length);
}
