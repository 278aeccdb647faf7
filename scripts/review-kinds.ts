// Dev only (not shipped): the blind reviews' judged drafts as data, each draft's kind, and the
// match of a draft the current generator makes to a judged one. Used by `review-score.ts` (the
// schemas) and `kind-precision.ts` (precision by kind over every review at once, gen42).
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as v from 'valibot';
import { foldText } from '../src/lib/text/fold';

/** The rubric's six criteria (/work/shared/review-rubric.md); a draft is acceptable when all hold. */
export const CRITERIA = [
	'answerable',
	'oneAnswer',
	'readable',
	'notGiveaway',
	'worthLearning',
	'faithful'
] as const;

const Verdict = v.object({
	n: v.pipe(v.string(), v.regex(/^S\d{2,3}$/)),
	...Object.fromEntries(CRITERIA.map((c) => [c, v.boolean()])),
	reason: v.optional(v.string())
});
/** A reviewer's `verdicts.json` (first reviewer) or `verdicts-b.json` (second). */
export const Verdicts = v.object({ reviewer: v.string(), verdicts: v.array(Verdict) });
/** A review's `key.json`: the seed, the articles given, and which draft each sample item is. */
export const Key = v.object({
	seed: v.number(),
	articles: v.optional(v.array(v.object({ file: v.string() }))),
	sample: v.array(v.object({ n: v.string(), id: v.string(), type: v.string(), origin: v.string() }))
});

/** A draft question as `generate:file` writes it (only the fields the match reads). */
export const Draft = v.object({
	id: v.string(),
	type: v.string(),
	fact: v.optional(v.string()),
	prompt: v.string(),
	answer: v.string(),
	explanation: v.optional(v.string()),
	source: v.optional(v.object({ quote: v.optional(v.string()) }))
});
export type Draft = v.InferOutput<typeof Draft>;
/** `generate:file`'s output and a review's `drafts.json` (version 1). */
export const DraftsFile = v.object({
	files: v.array(v.object({ file: v.string(), questions: v.array(v.looseObject(Draft.entries)) }))
});

/** One judged draft: its review folder, article, the draft, and each reviewer's verdict. */
export interface Judged {
	review: string;
	/** The article's file name, e.g. `h38-alloys.md` (reviews wrote paths from two roots). */
	article: string;
	draft: Draft;
	/** Acceptable to the first reviewer (`verdicts.json`). */
	a: boolean;
	/** Acceptable to the second reviewer (`verdicts-b.json`); undefined when there was none. */
	b?: boolean;
	reasons: string[];
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;

/** Each sample number's acceptability by one reviewer's verdicts file. */
export function acceptedBy(path: string): Map<string, { ok: boolean; reason: string }> {
	const { verdicts } = v.parse(Verdicts, readJson(path));
	return new Map(
		verdicts.map((verdict) => {
			const record = verdict as unknown as Record<string, boolean>;
			return [
				verdict.n,
				{ ok: CRITERIA.every((c) => record[c]), reason: verdict.reason ?? '' }
			] as const;
		})
	);
}

/** The article files a review gave the generator, as paths under this checkout. */
export function reviewArticles(dir: string): string[] {
	const key = v.parse(Key, readJson(join(dir, 'key.json')));
	return (key.articles ?? []).map((a) => join('questions/unseen/articles', basename(a.file)));
}

/**
 * Every judged draft of one review folder (`key.json`, `drafts.json`, `verdicts.json`, optional
 * `verdicts-b.json`). A sample item is `<article slug>:<draft id>`. Throws when a sample item has
 * no draft or no first verdict (a folder that is not a finished review).
 */
export function judgedDrafts(dir: string): Judged[] {
	const key = v.parse(Key, readJson(join(dir, 'key.json')));
	const drafts = v.parse(DraftsFile, readJson(join(dir, 'drafts.json')));
	const byId = new Map<string, { article: string; draft: Draft }>();
	for (const f of drafts.files)
		for (const q of f.questions)
			byId.set(`${basename(f.file, '.md')}:${q.id}`, { article: basename(f.file), draft: q });
	const a = acceptedBy(join(dir, 'verdicts.json'));
	const bPath = join(dir, 'verdicts-b.json');
	const b = existsSync(bPath) ? acceptedBy(bPath) : undefined;
	return key.sample.map((s) => {
		const found = byId.get(s.id);
		const va = a.get(s.n);
		if (!found || !va) throw new Error(`${dir} ${s.n}: no draft or no verdict for ${s.id}`);
		const vb = b?.get(s.n);
		return {
			review: basename(dir),
			...found,
			a: va.ok,
			b: vb?.ok,
			reasons: [va.reason, vb?.reason ?? ''].filter(Boolean)
		};
	});
}

/** Text for matching: folded, punctuation and quotes dropped, spaces collapsed. */
export const matchText = (s: string) =>
	foldText(s)
		.replace(/[^\p{L}\p{N} ]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();

/** The exact match key of a draft on one article: type, prompt and key as text. */
export const exactKey = (article: string, d: Draft) =>
	[article, d.type, matchText(d.prompt), matchText(d.answer)].join('|');

/**
 * The loose match key: the same article, type, cited sentence and key, the prompt with its
 * numbers masked (a false statement or a year question redrawn on the same sentence with another
 * wrong year); a statement asked true where it was judged false is another draft.
 */
export const looseKey = (article: string, d: Draft) =>
	[
		article,
		d.type,
		matchText(d.source?.quote ?? ''),
		matchText(d.prompt).replace(/\d+/g, '#'),
		matchText(d.answer)
	].join('|');

const YEAR = /^(1[0-9]|20)\d\d$/;

/**
 * The kind of a draft: the idea kind its fact id names (`d-3-truth-…` → truth), its question
 * type, and for a true/false item what was swapped (a year, another number, nothing: true); for
 * a flashcard the prompt's form (Who …?, What is …?, What is meant by …?, How …?).
 */
export function kindOf(d: Draft): string {
	const idea = /^d-\d+-([a-z]+)-/.exec(d.fact ?? '')?.[1] ?? /^([a-z]+)$/.exec(d.fact ?? '')?.[1];
	const base = `${idea ?? '?'} ${d.type}`;
	if (d.type === 'truefalse') {
		if (d.answer === 'true') return `${base} true`;
		const swap = /gives (.+?), not (.+?)\./.exec(d.explanation ?? '');
		if (!swap) return `${base} false`;
		return `${base} false ${YEAR.test(swap[1]) && YEAR.test(swap[2]) ? 'year' : 'number'}`;
	}
	if (d.type === 'flashcard') {
		const form = /^What is meant by/.test(d.prompt)
			? 'meant'
			: (/^(Who|What|How|Where|Why)\b/.exec(d.prompt)?.[1].toLowerCase() ?? 'other');
		return `${base} ${form}`;
	}
	return base;
}
