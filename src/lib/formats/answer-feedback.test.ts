import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldFeedback, unfoldFeedback, writtenFeedback } from './answer-feedback';
import { readGift } from './gift';
import { writeGift } from './gift-write';
import { readMoodleXml } from './moodle-xml';
import { writeMoodleXml } from './moodle-xml-write';
import type { PortableQuestion } from './portable';

// Issue 14 (a teacher from Kahoot, Moodle and Anki): per-answer feedback was dropped on import.
describe('per-answer feedback', () => {
	it('GIFT: keeps every answer’s feedback after the general feedback', () => {
		const [q] = readGift(
			'Which gas do plants take in? {=CO2 #Right ~O2 #No, that is oxygen. ~N2 ####Photosynthesis.}'
		).questions;
		expect(q.explanation).toBe('Photosynthesis.\n\nCO2: Right\nO2: No, that is oxygen.');
		const [tf] = readGift('Paris is in France. {T#No, it is.#Right.}').questions;
		expect(tf.explanation).toBe('True: Right.\nFalse: No, it is.');
	});

	it('GIFT: a typed answer’s left-out answers are a line naming each, not silence', () => {
		const read = readGift('Capital of France? {=Paris#Yes. =%50%Lyon#Close. =%0%*#No.}');
		expect(read.questions[0].explanation).toBe('Paris: Yes.');
		expect(read.notes).toEqual([
			expect.stringMatching(
				/^Line 1: 2 answers left out: “Lyon” with 50% credit, the feedback for any other answer\. /
			)
		]);
		const numeric = readGift('::Y:: Year? {#=1858#Yes. =%0%1900#No.}');
		expect(numeric.questions[0].explanation).toBe('1858: Yes.');
		expect(numeric.notes).toEqual([
			expect.stringMatching(/^Line 1, “Y”: 1 answer left out: “1900” \(0%\)\. /)
		]);
	});

	it('GIFT: written back on each answer, so GIFT → Flashpoint → GIFT → Flashpoint is the same', () => {
		const file = [
			'Which gas? {=CO2#Right ~O2#No, that is oxygen. ~N2 ####Photosynthesis.}',
			'Paris is in France. {F#No, it is.#Right.}',
			'Paris is in France. {T##Right.}',
			'Capital of France? {=Paris#Yes. =Paname#Slang.}',
			'Year? {#1858:2#Close enough.}'
		].join('\n\n');
		const first = readGift(file).questions;
		const text = writeGift(first).text;
		expect(text).toContain('~O2#No, that is oxygen.');
		expect(text).toContain('FALSE#No, it is.#Right.');
		expect(text).toContain('TRUE##Right.');
		expect(text).toContain('=Paris#Yes. =Paname#Slang.');
		expect(text).toContain('#1858:2#Close enough.');
		// The written file names each question (its id then); everything else is the same.
		const withoutId = ({ externalId: _id, ...q }: PortableQuestion) => q;
		expect(readGift(text).questions.map(withoutId)).toEqual(first.map(withoutId));
	});

	it('Moodle XML: keeps answer feedback and general feedback, and writes them back', () => {
		const xml = `<quiz><question type="multichoice"><name><text>Gas</text></name>
			<questiontext><text>Which gas?</text></questiontext>
			<generalfeedback><text>Photosynthesis.</text></generalfeedback>
			<single>true</single>
			<answer fraction="100"><text>CO2</text><feedback><text>Right</text></feedback></answer>
			<answer fraction="0"><text>O2</text><feedback><text>No, that is oxygen.</text></feedback></answer>
			</question>
			<question type="shortanswer"><name><text>Cap</text></name><questiontext><text>Capital?</text></questiontext>
			<answer fraction="100"><text>Paris</text><feedback><text>Yes.</text></feedback></answer>
			<answer fraction="50"><text>Lyon</text><feedback><text>Close.</text></feedback></answer>
			</question></quiz>`;
		const read = readMoodleXml(xml);
		expect(read.questions.map((q) => q.explanation)).toEqual([
			'Photosynthesis.\n\nCO2: Right\nO2: No, that is oxygen.',
			'Paris: Yes.'
		]);
		expect(read.notes).toEqual([expect.stringMatching(/^Not imported: 1 partly right/)]);
		const text = writeMoodleXml(read.questions).text;
		expect(text).toMatch(/<text>O2<\/text>\s*<feedback format="plain_text">\s*<text>No, that is/);
		expect(text).toMatch(/<generalfeedback format="plain_text">\s*<text>Photosynthesis.<\/text>/);
		expect(readMoodleXml(text).questions).toEqual(read.questions);
		// And across formats: Moodle XML → GIFT keeps each on its answer.
		expect(readGift(writeGift(read.questions).text).questions.map((q) => q.explanation)).toEqual(
			read.questions.map((q) => q.explanation)
		);
	});

	const label = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,10}[a-z]$/);
	const line = fc.stringMatching(/^[A-Za-z][A-Za-z .,]{0,30}$/);

	it('fold then unfold gives back the general feedback and each answer’s (property)', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(label, { minLength: 2, maxLength: 5 }),
				fc.option(line, { nil: undefined }),
				fc.array(fc.option(line, { nil: undefined }), { minLength: 5, maxLength: 5 }),
				(labels, general, feedback) => {
					const answers = labels.map((l, i) => ({ label: l, feedback: feedback[i] ?? '' }));
					const folded = foldFeedback(general, answers);
					const back = unfoldFeedback(folded, labels);
					const given = answers.filter((a) => a.feedback.trim());
					if (!given.length) {
						expect(back.general).toBe(general?.trim() || undefined);
						return;
					}
					expect(back.general).toBe(general?.trim() || undefined);
					expect([...back.answers]).toEqual(given.map((a) => [a.label, a.feedback.trim()]));
				}
			)
		);
	});

	it('an explanation written by hand stays whole general feedback', () => {
		const q: PortableQuestion = {
			type: 'mcq',
			prompt: 'Which?',
			answer: 'A',
			choices: ['A', 'B'],
			explanation: 'Note: B is not it.\nA: the first letter.',
			topics: []
		};
		expect(unfoldFeedback(q.explanation, ['A', 'B']).answers.size).toBe(0);
		// Out of the choices' order, or spaced otherwise, it would not come back the same: whole.
		expect(unfoldFeedback('B: x\nA: y', ['A', 'B']).general).toBe('B: x\nA: y');
		expect(unfoldFeedback('G\n\n\nA: y', ['A', 'B']).general).toBe('G\n\n\nA: y');
		expect(unfoldFeedback('A:  y', ['A', 'B']).general).toBe('A:  y');
		expect(readGift(writeGift([q]).text).questions[0].explanation).toBe(q.explanation);
	});
});

describe('a number’s feedback', () => {
	it('is labelled by the answer it gets, in GIFT and Moodle XML alike, and written back', () => {
		const gift = readGift('Year? {#2008:1#Close enough.}').questions;
		expect(gift[0].explanation).toBe('2008 ± 1: Close enough.');
		const xml = writeMoodleXml(gift).text;
		expect(xml).toMatch(/<feedback format="plain_text">\s*<text>Close enough.<\/text>/);
		expect(readMoodleXml(xml).questions[0].explanation).toBe('2008 ± 1: Close enough.');
	});
});

describe('an explanation that looks like folded feedback', () => {
	it('comes back the same through GIFT and Moodle XML, whatever its lines (property)', () => {
		const word = fc.constantFrom('A', 'B', 'Oxygen', 'x', ':', ' ', 'no.', '#', '\n', '\n\n', '~');
		const explanation = fc
			.array(fc.oneof(word, fc.constantFrom('A: ', 'B: ', 'Oxygen: ', '\nA: ', '\n\nB: ')), {
				minLength: 1,
				maxLength: 10
			})
			.map((parts) => parts.join('').trim())
			.filter((t) => t.length > 0);
		fc.assert(
			fc.property(explanation, fc.boolean(), (text, tf) => {
				const q: PortableQuestion = tf
					? { type: 'truefalse', prompt: 'Is it?', answer: 'true', explanation: text, topics: [] }
					: {
							type: 'mcq',
							prompt: 'Which?',
							answer: 'A',
							choices: ['A', 'B', 'Oxygen'],
							explanation: text,
							topics: []
						};
				const viaGift = readGift(writeGift([q]).text).questions[0];
				const viaXml = readMoodleXml(writeMoodleXml([q]).text).questions[0];
				expect(viaGift.explanation).toBe(text);
				expect(viaXml.explanation).toBe(text);
			}),
			{ numRuns: 300 }
		);
	});
});

// Outsider teacher, issue 12: a generated true/false explanation went on the False answer alone in
// Moodle XML, lower-case ("the text gives 2011, …"), read only by the students who chose False.
describe('writtenFeedback', () => {
	const made: PortableQuestion = {
		type: 'truefalse',
		prompt: 'Ethiopia began building the dam in 2020.',
		answer: 'false',
		explanation: 'False: the text gives 2011, not 2020.',
		wholeExplanation: true,
		topics: []
	};

	it('writes a made or written explanation whole, as general feedback, in Moodle XML and GIFT', () => {
		expect(writtenFeedback(made)).toEqual({ general: made.explanation, answers: new Map() });
		const xml = writeMoodleXml([made]).text;
		expect(xml).toMatch(
			/<generalfeedback format="plain_text">\s*<text>False: the text gives 2011, not 2020.<\/text>/
		);
		expect(xml).not.toContain('<feedback');
		expect(readMoodleXml(xml).questions[0].explanation).toBe(made.explanation);
		const gift = writeGift([made]).text;
		expect(gift).toContain('{FALSE ####False\\: the text gives 2011, not 2020.}');
		expect(readGift(gift).questions[0].explanation).toBe(made.explanation);
	});

	it('still unfolds an imported question’s per-answer feedback onto its answer', () => {
		const { wholeExplanation: _whole, ...imported } = made;
		expect(writtenFeedback(imported).answers.get('False')).toBe('the text gives 2011, not 2020.');
	});
});
