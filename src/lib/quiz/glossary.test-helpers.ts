import type { QuizQuestion } from './types';

/**
 * A teacher's own course as the outsider teacher of session 35 made hers (three handouts of her
 * own: a .docx glossary, a pasted text and a Markdown sheet; Kahoot/Moodle/Quizlet habits): 20
 * quiz questions as New quiz asks them, in the generator's wording. 8 definition flashcards asked
 * as multiple choice among the handout's other definitions ("what is meant by the term …?"), 6
 * term flashcards asked as short answer (some with accepted forms), 6 multiple choice of short
 * choices. Made up for tests; ids as `courseQuizId` makes them. Explanations and source passages
 * as the generator writes them, so a full link carries them and a lean one does not.
 */

const COURSE = 'uc-u-3f6a1c2e-9b7d-4e51-8a0c-5d2e7f9b1a64';
/** The glossary handout's title. */
export const CELLS = 'Cells and Microscopes';
const DIGESTION = 'Digestion';
const ECOSYSTEMS = 'Ecosystems';

/** The 8 definitions of the glossary handout, term → definition (e2e classroom-qr-own too). */
export const GLOSSARY: [string, string][] = [
	['osmosis', 'The movement of water across a partially permeable membrane'],
	['diffusion', 'The spreading of particles from where there are many to where there are few'],
	['nucleus', 'The part of a cell that contains its genetic material'],
	['cell membrane', 'The thin layer around a cell that controls what enters and leaves'],
	['chloroplast', 'The part of a plant cell where photosynthesis takes place'],
	['mitochondria', 'The parts of a cell where respiration releases energy'],
	['tissue', 'A group of similar cells working together'],
	['organ', 'A group of different tissues working together to do a job']
];

let n = 0;
function question(
	type: QuizQuestion['type'],
	doc: string,
	prompt: string,
	answer: string,
	extra: Partial<QuizQuestion> = {},
	quote = `${prompt.replace(/\?$/, '')}: ${answer}.`
): QuizQuestion {
	n++;
	return {
		id: `${COURSE}-g-d-${n}-${type}-${(n * 2654435761).toString(36).slice(0, 7)}`,
		type,
		prompt,
		answer,
		explanation: `Class handout “${doc}” says: “${quote}”`,
		source: { doc: `u-3f6a1c2e-9b7d-4e51-8a0c-5d2e7f9b1a64:d-${doc.length}`, quote },
		...extra
	};
}

/** The 6 typed questions (short answer): handout, prompt, key, other accepted forms. */
export const TYPED: { doc: string; prompt: string; answer: string; accept?: string[] }[] = [
	{
		doc: DIGESTION,
		prompt: 'What is the name for the enzyme in saliva that breaks down starch?',
		answer: 'Amylase'
	},
	{
		doc: DIGESTION,
		prompt: 'What is the name for the organ where most food is absorbed?',
		answer: 'Small intestine',
		accept: ['Small bowel']
	},
	{
		doc: DIGESTION,
		prompt: 'What is the name for the liquid made by the liver that breaks up fats?',
		answer: 'Bile'
	},
	{
		doc: ECOSYSTEMS,
		prompt: 'What is an organism that makes its own food called?',
		answer: 'Producer',
		accept: ['Autotroph']
	},
	{
		doc: ECOSYSTEMS,
		prompt: 'What is an animal that eats only plants called?',
		answer: 'Herbivore'
	},
	{
		doc: ECOSYSTEMS,
		prompt: 'What is the name for all the populations living in one place?',
		answer: 'Community'
	}
];

/** The generator's prompt for a glossary term's definition ("what is meant by the term …?"). */
export const definitionPrompt = (term: string) =>
	`In the class handout “${CELLS}”, what is meant by the term “${term}”?`;

/** Three other definitions of the glossary for the `i`th term, as the choices' wrong ones. */
export const wrongFor = (i: number) => [1, 3, 6].map((k) => GLOSSARY[(i + k) % GLOSSARY.length][1]);

export const GLOSSARY_QUIZ: QuizQuestion[] = [
	...GLOSSARY.map(([term, definition], i) =>
		question(
			'mcq',
			CELLS,
			definitionPrompt(term),
			definition,
			{ choices: [definition, ...wrongFor(i)].sort() },
			`${term[0].toUpperCase()}${term.slice(1)}: ${definition.toLowerCase()}.`
		)
	),
	...TYPED.map(({ doc, prompt, answer, accept }) =>
		question('short', doc, prompt, answer, accept ? { accept } : {})
	),
	question('mcq', DIGESTION, 'Which nutrient do proteases break down?', 'Protein', {
		choices: ['Fat', 'Protein', 'Starch', 'Sugar']
	}),
	question('mcq', DIGESTION, 'Where in the body is bile stored?', 'Gall bladder', {
		choices: ['Gall bladder', 'Liver', 'Pancreas', 'Stomach']
	}),
	question('mcq', DIGESTION, 'Which acid does the stomach make?', 'Hydrochloric acid', {
		choices: ['Citric acid', 'Hydrochloric acid', 'Nitric acid', 'Sulfuric acid']
	}),
	question('mcq', ECOSYSTEMS, 'What does an arrow in a food chain show?', 'The flow of energy', {
		choices: [
			'The flow of energy',
			'The size of animals',
			'The number of plants',
			'The way animals move'
		]
	}),
	question('mcq', ECOSYSTEMS, 'Which of these is a decomposer?', 'Fungus', {
		choices: ['Fox', 'Fungus', 'Grass', 'Rabbit']
	}),
	question('mcq', ECOSYSTEMS, 'What do plants take in for photosynthesis?', 'Carbon dioxide', {
		choices: ['Carbon dioxide', 'Nitrogen', 'Oxygen', 'Methane']
	})
];
