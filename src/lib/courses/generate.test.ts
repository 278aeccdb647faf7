import { describe, expect, it } from 'vitest';
import { generateQuestions } from '$lib/generator';
import { freshDb } from '$lib/db/test-helpers';
import { createCourse } from './create';
import {
	generateDrafts,
	noQuestionsReason,
	sourceOf,
	warmGenerator,
	type GenerationProgress
} from './generate';
import { draftOf, MADE_UP_ARTICLE } from './test-article';

const now = Date.UTC(2026, 0, 2);
const noWait = () => Promise.resolve();

describe('generateDrafts', () => {
	it('drafts questions from a made-up article, each quoting a sentence of a stored paragraph', async () => {
		const [doc] = await generateDrafts([draftOf(MADE_UP_ARTICLE)], { now, pause: noWait });
		expect(doc.none).toBeUndefined();
		// A news report defines nothing: its drafts are the year of its first sentence's event and
		// the office of the leader it keeps naming (generator/ideas.ts), fewer and better.
		const drafts = doc.questions.map((q) => [q.type, q.answer]);
		expect(drafts).toContainEqual(['flashcard', 'Estavian Prime Minister']);
		// The year is typed, or chosen among four when four plausible years fit before the
		// article's date (2024-03-20): the key's rank among them is drawn (generator/idea-year.ts).
		const year = doc.questions.find((q) => q.answer === '2024');
		expect(year?.type).toMatch(/^(cloze|mcq)$/);
		for (const choice of year?.choices ?? []) expect(Number(choice)).toBeLessThanOrEqual(2024);
		expect(new Set(doc.questions.map((q) => q.source.quote)).size).toBe(doc.questions.length);
		expect(doc.questions.some((q) => q.type === 'truefalse')).toBe(false);
		const paragraphs = doc.text.split('\n\n');
		for (const question of doc.questions) {
			expect(question.source.doc).toBe('d-1');
			expect(paragraphs.some((p) => p.includes(question.source.quote))).toBe(true);
		}
	});

	it('gives exactly what the course generator gives, with no corpus knowledge', async () => {
		const draft = draftOf(MADE_UP_ARTICLE);
		const [doc] = await generateDrafts([draft], { now, pause: noWait });
		const direct = generateQuestions([sourceOf(draft, 0, now)]);
		expect(doc.questions).toEqual(direct.candidates.map((c) => c.question));
	});

	it('calls a document with no outlet "the text", never "the article" (a handout is no article)', () => {
		const draft = draftOf(MADE_UP_ARTICLE);
		expect(sourceOf({ ...draft, outlet: '' }, 0, now).short).toBe('the text');
		expect(sourceOf({ ...draft, outlet: ' GeoNews Daily ' }, 0, now).short).toBe('GeoNews Daily');
	});

	it('keeps a document that is not English, or gives no usable sentence, with the reason', async () => {
		const docs = await generateDrafts(
			[
				draftOf(MADE_UP_ARTICLE),
				draftOf('Der Hafen von Velmora hat ein neues Kraftwerk.', { english: false, title: 'DE' }),
				draftOf('It was a lovely day. We walked along the beach and talked.', { title: 'Walk' })
			],
			{ now, pause: noWait }
		);
		expect(docs.map((d) => [d.title, d.none, d.questions.length > 0])).toEqual([
			['Velmora tidal station', undefined, true],
			['DE', 'not-english', false],
			['Walk', 'no-sentence', false]
		]);
	});

	it('says a timetable has no sentences, not that it is not English (session 38)', () => {
		// The outsider teacher's timetable.txt, read as not English (few function words in a table).
		const timetable = [
			'Period | Mon | Tue | Wed | Thu | Fri 1 | Maths | Eng | Sci | Geog | PE 2 | Maths | Eng',
			'Room 12\nBring: pencil, ruler, calculator',
			'ok see you TODO 1. ... 2. ... 3. ...'
		].join('\n\n');
		expect(noQuestionsReason(timetable, false)).toBe('no-sentences');
		expect(noQuestionsReason('Maths\n\nScience\n\nGeography', true)).toBe('no-sentences');
		// A text in another language, in sentences or not, is that language's.
		expect(
			noQuestionsReason('La Révolution française commence en 1789. Le roi est arrêté.', false)
		).toBe('not-english');
		expect(noQuestionsReason('Le roi\n\nla reine et les enfants\n\nune cour', false)).toBe(
			'not-english'
		);
		expect(
			noQuestionsReason('It was a lovely day. We walked along the beach and talked.', true)
		).toBe('no-sentence');
	});

	it('reports progress from 0 to 1, never backwards, naming the document being read', async () => {
		const seen: GenerationProgress[] = [];
		await generateDrafts(
			[draftOf(MADE_UP_ARTICLE), draftOf(MADE_UP_ARTICLE.replace(/Velmora/g, 'Ostby'))],
			{
				now,
				pause: noWait,
				onProgress: (p) => seen.push(p)
			}
		);
		expect(seen.length).toBeGreaterThan(3);
		expect(seen.at(-1)?.fraction).toBe(1);
		for (let i = 1; i < seen.length; i++)
			expect(seen[i].fraction).toBeGreaterThanOrEqual(seen[i - 1].fraction);
		expect(seen.every((p) => p.documents === 2 && p.document >= 1 && p.document <= 2)).toBe(true);
	});

	it('says it has begun (0 %, finding names in the first document) before its first batch', async () => {
		const seen: GenerationProgress[] = [];
		await generateDrafts([draftOf(MADE_UP_ARTICLE)], {
			now,
			pause: noWait,
			onProgress: (p) => seen.push(p)
		});
		expect(seen[0]).toEqual({ fraction: 0, stage: 'names', document: 1, documents: 1 });
		expect(seen[1].fraction).toBeGreaterThan(0);
	});

	it('drafts the same questions after the worker was warmed up (`warmGenerator`)', async () => {
		const before = await generateDrafts([draftOf(MADE_UP_ARTICLE)], { now, pause: noWait });
		warmGenerator();
		const after = await generateDrafts([draftOf(MADE_UP_ARTICLE)], { now, pause: noWait });
		expect(after).toEqual(before);
	});

	it('stops at the next batch when cancelled, rejecting with an AbortError', async () => {
		const controller = new AbortController();
		let reports = 0;
		const run = generateDrafts([draftOf(MADE_UP_ARTICLE)], {
			now,
			signal: controller.signal,
			pause: noWait,
			onProgress: () => {
				reports++;
				controller.abort();
			}
		});
		await expect(run).rejects.toMatchObject({ name: 'AbortError' });
		expect(reports).toBe(1);
	});

	it('stores as a course whose drafts wait for review', async () => {
		const db = freshDb();
		const documents = await generateDrafts([draftOf(MADE_UP_ARTICLE)], { now, pause: noWait });
		const course = await createCourse(db, { title: 'Velmora', documents }, { id: 'u-1', now });
		expect(course.questionCount).toBe(0);
		const rows = await db.questions.where('courseId').equals('u-1').toArray();
		expect(rows.length).toBe(documents[0].questions.length);
		expect(rows.every((r) => r.status === 'draft' && r.source.doc === 'u-1:d-1')).toBe(true);
	});
});
