/**
 * A handout's worked examples and exercises (blind review H7, issue 12): "Worked example 2. A
 * Geiger counter placed near a source records 420 counts per minute. …" sets up a calculation;
 * its numbers are made up for the sum, not facts to learn (H7 S01, S08: both reviewers failed
 * "A Geiger counter … records 420 counts per minute" as true and "What is the upthrust?" keyed
 * "Less than the block's weight"). `text.ts` marks every sentence of such a paragraph. Pure.
 */

/** A heading over an exercise: "Worked example", "Example 2", "Exercises", "Practice questions". */
const EXAMPLE_HEADING =
	/^(?:(?:worked|sample)\s+examples?|examples?(?:\s+\d+)?|exercises?|practice(?:\s+questions?)?|try\s+it(?:\s+yourself)?|(?:sample\s+)?calculations?|problems?)\b(?!\s+of\b)/iu;

/**
 * A paragraph's opening that sets up a case: "Worked example 1.", "Suppose …", "Imagine a …",
 * "For example, if 60 cm³ of gas is collected in 30 seconds, the mean rate is 2 cm³/s." (a case
 * with numbers in its condition and its result; a plain "If …" may be a rule of thumb).
 */
const SETS_UP =
	/^(?:(?:for\s+(?:example|instance),?\s+)?if\s[^,]*\d[^,]*,[^.]*\d|(?:worked\s+)?example\s*\d*\s*[.:]|exercise\s*\d*\s*[.:]|suppose\b|imagine\b|consider\s+(?:a|an|two|three)\b|let(?:'|’)?s\s+say\b|say\s+(?:a|an)\b|picture\s+(?:a|an)\b)/iu;

/** A worked sum with numbers on both sides: "0.002 × 1,000 = 2 kg", "50 − 19.6 = 30.4 N", "400 to 200 to 100". */
const ARITHMETIC = /\d\s*(?:[=×÷*/+−]|\s-\s)\s*\d|\d\s+to\s+\d[\d.,]*\s+to\s+\d/u;

/** An exercise's question about its own numbers: "How much is left after 24 days?", "Calculate …". */
const ASKS_SUM =
	/^(?:how\s+(?:much|many|long|far|fast|high)\b|what\s+(?:is|was|will\s+be)\s+(?:the|its)\b|calculate\b|work\s+out\b|find\s+the\b)[^?]*\?$/iu;

/**
 * True when a paragraph (its sentences in order) under heading `section` is a worked example or
 * exercise: under an example heading, opening on a set-up ("Suppose", "Imagine", "Worked example
 * 1."), or a "For example" or an indefinite case ("A metal block has …") whose paragraph works a
 * sum or asks one. A "For example, uranium-238 decays to thorium-234." with no sum is a fact.
 */
export function workedExample(sentences: string[], section: string): boolean {
	if (EXAMPLE_HEADING.test(section.trim())) return true;
	const first = sentences[0]?.trim() ?? '';
	if (SETS_UP.test(first)) return true;
	const digits = sentences.some((s) => /\d/u.test(s));
	const sums = sentences.some((s) => ARITHMETIC.test(s) || ASKS_SUM.test(s.trim()));
	return digits && sums;
}
