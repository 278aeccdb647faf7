import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeGift } from '$lib/formats/gift-write';
import { writeMoodleXml } from '$lib/formats/moodle-xml-write';
import { fileQuestions, readQuizFile } from './file-quiz';
import { quizPortable } from './quiz-export';
import type { QuizQuestion } from './types';

/**
 * A class quiz's multiple-answer question exported for Moodle (GIFT, Moodle XML) and read back
 * into a class quiz is the same question: text, choices in order, weights, feedback.
 */

const fixture = (name: string) =>
	readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function quizOf(name: string, text: string): QuizQuestion[] {
	const made = fileQuestions(readQuizFile(name, text)!.read);
	if ('error' in made) throw new Error(made.error);
	return made.questions.map((q) => q.question);
}

/** What must survive a round trip (the id is the quiz's own, new on each import). */
const words = (q: QuizQuestion) => ({
	type: q.type,
	prompt: q.prompt,
	answer: q.answer,
	choices: q.choices,
	weights: q.weights,
	explanation: q.explanation
});

/** The quiz's questions written as GIFT and as Moodle XML, each read back into a class quiz. */
function backAgain(questions: QuizQuestion[], title = 'Week 3') {
	const portable = quizPortable({ title, questions });
	return {
		gift: writeGift(portable).text,
		xml: writeMoodleXml(portable).text,
		fromGift: quizOf('back.gift', writeGift(portable).text),
		fromXml: quizOf('back.xml', writeMoodleXml(portable).text)
	};
}

describe('a multiple-answer question exported for Moodle', () => {
	it('writes GIFT ~%50% weights and Moodle XML <single>false</single> with each fraction', () => {
		const asked = quizOf('colours.gift', fixture('totara_moodle_multichoice_multi.gift'));
		const { gift, xml } = backAgain(asked);
		expect(gift).toContain('~%50%yellow#right; good!');
		expect(gift).toContain('~%-100%red');
		expect(xml).toContain('<single>false</single>');
		expect(xml).toMatch(/<answer fraction="-100"[^>]*>\s*<text>red<\/text>/);
	});

	it('reads back as the same question, from a real GIFT file and from Moodle XML', () => {
		for (const name of ['totara_moodle_multichoice_multi.gift', 'multipleAnswersFloat.gift']) {
			const asked = quizOf(name, fixture(name));
			const { fromGift, fromXml } = backAgain(asked);
			expect(fromGift.map(words)).toEqual(asked.map(words));
			expect(fromXml.map(words)).toEqual(asked.map(words));
		}
	});

	it('property: import → quiz → export → import keeps the question, in GIFT and Moodle XML', () => {
		const CHOICES = ['wind', 'solar', 'coal', 'tidal', 'oil', 'gas', 'hydro', 'peat'];
		// The right choices' weights add up to 100% (else the import refuses it, `multiProblem`).
		const RIGHT = [[100], [50, 50], [33.33333, 33.33333, 33.33333], [25, 25, 25, 25], [20, 50, 30]];
		const WRONG = [-100, -50, -33.33333, 0];
		fc.assert(
			fc.property(
				fc.shuffledSubarray(CHOICES, { minLength: 2, maxLength: 8 }),
				fc.constantFrom(...RIGHT),
				fc.array(fc.constantFrom(...WRONG), { minLength: 8, maxLength: 8 }),
				fc.nat(7),
				fc.option(fc.constantFrom('Renewables are replenished.', 'See chapter 4'), {
					nil: undefined
				}),
				fc.boolean(),
				(choices, right, wrong, turn, general, feedback) => {
					fc.pre(right.length <= choices.length);
					// The right weights first, the wrong after, turned so a right one may come anywhere.
					const n = choices.length;
					const own = choices.map((_, i) => {
						const at = (i + turn) % n;
						return at < right.length ? right[at] : wrong[at];
					});
					const lines = choices.map(
						(c, i) => `~%${own[i]}%${c}${feedback && i === 0 ? '#Good choice' : ''}`
					);
					const text = `::Energy::Which are renewable? {\n${lines.join('\n')}${general ? `\n####${general}` : ''}\n}\n`;
					const asked = quizOf('energy.gift', text);
					expect(asked.map((q) => q.type)).toEqual(['multi']);
					const { fromGift, fromXml } = backAgain(asked);
					expect(fromGift.map(words)).toEqual(asked.map(words));
					expect(fromXml.map(words)).toEqual(asked.map(words));
				}
			),
			{ numRuns: 60 }
		);
	});
});
