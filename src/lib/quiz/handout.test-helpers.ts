import type { Question } from '$lib/content/schema';

/**
 * A typical handout's questions as a teacher's own course has them: every quiz-type question
 * `npm run -s generate:file -- questions/unseen/articles/h30-*.md` drafted on 2026-12-03
 * (12 of 20; the rest are flashcards), under a made-up course id. For QR size tests: a quiz of
 * a user course carries each question word for word (`course-source.ts`).
 */
export const HANDOUT_QUESTIONS: Question[] = [
	{
		id: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:g-d-2-truefalse-0p7n0xd0',
		type: 'truefalse',
		source: {
			doc: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:d-2',
			quote: 'In April 1945 American and Soviet soldiers met and shook hands on the River Elbe.'
		},
		fact: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:d-2-truth-0p7n0xd0',
		topics: [],
		difficulty: 2,
		origin: 'generated',
		explanation:
			'True: class handout says so. “In April 1945 American and Soviet soldiers met and shook hands on the River Elbe.”',
		prompt: 'In April 1945 American and Soviet soldiers met and shook hands on the River Elbe.',
		answer: 'true'
	},
	{
		id: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:g-d-2-truefalse-07rp39p0',
		type: 'truefalse',
		source: {
			doc: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:d-2',
			quote:
				'Stalin feared a strong West Germany and responded in June 1948 by cutting off all road, rail and canal routes into West Berlin.'
		},
		fact: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:d-2-truth-07rp39p0',
		topics: [],
		difficulty: 2,
		origin: 'generated',
		explanation:
			'True: class handout says so. “Stalin feared a strong West Germany and responded in June 1948 by cutting off all road, rail and canal routes into West Berlin.”',
		prompt:
			'Stalin feared a strong West Germany and responded in June 1948 by cutting off all road, rail and canal routes into West Berlin.',
		answer: 'true'
	},
	{
		id: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:g-d-2-truefalse-0u6ttgf-',
		type: 'truefalse',
		source: {
			doc: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:d-2',
			quote: 'By the end of 1949 the Cold War was firmly established.'
		},
		fact: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:d-2-truth-0u6ttgf-',
		topics: [],
		difficulty: 2,
		origin: 'generated',
		explanation:
			'False: class handout gives 1949, not 1947. “By the end of 1949 the Cold War was firmly established.”',
		prompt: 'By the end of 1947 the Cold War was firmly established.',
		answer: 'false'
	},
	{
		id: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:g-d-4-cloze-0uqralf-',
		type: 'cloze',
		source: {
			doc: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:d-4',
			quote:
				'In 1928 the Republican candidate for president of the United States, Herbert Hoover, told voters that America was closer to the final triumph over poverty than any country in history.'
		},
		fact: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:d-4-year-0uqralf-',
		topics: [],
		difficulty: 2,
		origin: 'generated',
		explanation:
			'Class handout says: “In 1928 the Republican candidate for president of the United States, Herbert Hoover, told voters that America was closer to the final triumph over poverty than any country in history.”',
		prompt:
			'In ____ the Republican candidate for president of the United States, Herbert Hoover, told voters that America was closer to the final triumph over poverty than any country in history.',
		answer: '1928'
	},
	{
		id: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:g-d-5-truefalse-1la7a370',
		type: 'truefalse',
		source: {
			doc: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:d-5',
			quote:
				"In 1900 three botanists working independently, Hugo de Vries, Carl Correns and Erich von Tschermak, reached similar conclusions and discovered Mendel's paper."
		},
		fact: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:d-5-truth-1la7a370',
		topics: [],
		difficulty: 2,
		origin: 'generated',
		explanation:
			"False: class handout gives 1900, not 1884. “In 1900 three botanists working independently, Hugo de Vries, Carl Correns and Erich von Tschermak, reached similar conclusions and discovered Mendel's paper.”",
		prompt:
			"In 1884 three botanists working independently, Hugo de Vries, Carl Correns and Erich von Tschermak, reached similar conclusions and discovered Mendel's paper.",
		answer: 'false'
	},
	{
		id: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:g-d-6-short-185xe60-',
		type: 'short',
		source: {
			doc: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:d-6',
			quote:
				'Sher Shah proved an able ruler who improved roads and introduced a silver coin called the rupiya, the ancestor of the modern rupee.'
		},
		fact: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:d-6-deed-185xe60-',
		topics: [],
		difficulty: 2,
		origin: 'generated',
		explanation:
			'Class handout says: “Sher Shah proved an able ruler who improved roads and introduced a silver coin called the rupiya, the ancestor of the modern rupee.”',
		prompt: 'Who introduced a silver coin called the rupiya?',
		answer: 'Sher Shah'
	},
	{
		id: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:g-d-6-truefalse-0dv18qh0',
		type: 'truefalse',
		source: {
			doc: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:d-6',
			quote: 'In 1526 Babur defeated Ibrahim Lodi at the First Battle of Panipat, north of Delhi.'
		},
		fact: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:d-6-truth-0dv18qh0',
		topics: [],
		difficulty: 2,
		origin: 'generated',
		explanation:
			'True: class handout says so. “In 1526 Babur defeated Ibrahim Lodi at the First Battle of Panipat, north of Delhi.”',
		prompt: 'In 1526 Babur defeated Ibrahim Lodi at the First Battle of Panipat, north of Delhi.',
		answer: 'true'
	},
	{
		id: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:g-d-6-truefalse-1chg8uh0',
		type: 'truefalse',
		source: {
			doc: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:d-6',
			quote:
				'In 1739 the Persian ruler Nadir Shah invaded and sacked Delhi, carrying off the Peacock Throne.'
		},
		fact: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:d-6-truth-1chg8uh0',
		topics: [],
		difficulty: 2,
		origin: 'generated',
		explanation:
			'True: class handout says so. “In 1739 the Persian ruler Nadir Shah invaded and sacked Delhi, carrying off the Peacock Throne.”',
		prompt:
			'In 1739 the Persian ruler Nadir Shah invaded and sacked Delhi, carrying off the Peacock Throne.',
		answer: 'true'
	},
	{
		id: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:g-d-6-truefalse-1ed0m3d-',
		type: 'truefalse',
		source: {
			doc: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:d-6',
			quote:
				'Meanwhile the British East India Company grew steadily stronger, winning the Battle of Plassey in Bengal in 1757.'
		},
		fact: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:d-6-truth-1ed0m3d-',
		topics: [],
		difficulty: 2,
		origin: 'generated',
		explanation:
			'False: class handout gives 1757, not 1739. “Meanwhile the British East India Company grew steadily stronger, winning the Battle of Plassey in Bengal in 1757.”',
		prompt:
			'Meanwhile the British East India Company grew steadily stronger, winning the Battle of Plassey in Bengal in 1739.',
		answer: 'false'
	},
	{
		id: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:g-d-7-truefalse-04maezm0',
		type: 'truefalse',
		source: {
			doc: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:d-7',
			quote: 'By 1500 many people complained about corruption among the clergy.'
		},
		fact: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:d-7-truth-04maezm0',
		topics: [],
		difficulty: 2,
		origin: 'generated',
		explanation:
			'True: class handout says so. “By 1500 many people complained about corruption among the clergy.”',
		prompt: 'By 1500 many people complained about corruption among the clergy.',
		answer: 'true'
	},
	{
		id: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:g-d-7-truefalse-00cxtfc0',
		type: 'truefalse',
		source: {
			doc: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:d-7',
			quote: 'In 1520 Pope Leo X issued a papal bull threatening Luther with excommunication.'
		},
		fact: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:d-7-truth-00cxtfc0',
		topics: [],
		difficulty: 2,
		origin: 'generated',
		explanation:
			'False: class handout gives 1520, not 1517. “In 1520 Pope Leo X issued a papal bull threatening Luther with excommunication.”',
		prompt: 'In 1517 Pope Leo X issued a papal bull threatening Luther with excommunication.',
		answer: 'false'
	},
	{
		id: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:g-d-7-short-0a7rqwl0',
		type: 'short',
		source: {
			doc: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:d-7',
			quote:
				"In Zurich, Huldrych Zwingli led a reformation that went further than Luther's in stripping churches of images and ceremonies."
		},
		fact: 'u-7c1e9a52-4b0d-4f7e-9a33-2f5d8c6b1e04:d-7-deed-0a7rqwl0',
		topics: [],
		difficulty: 2,
		origin: 'generated',
		explanation:
			"Class handout says: “In Zurich, Huldrych Zwingli led a reformation that went further than Luther's in stripping churches of images and ceremonies.”",
		prompt:
			"Who led a reformation that went further than Luther's in stripping churches of images and ceremonies?",
		answer: 'Huldrych Zwingli',
		accept: ['Zwingli']
	}
];
