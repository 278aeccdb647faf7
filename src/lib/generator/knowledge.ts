import * as v from 'valibot';

/**
 * What the generator may know about one corpus (questions/knowledge.json for the course).
 * The generator runs with none of it on a user's own article; with it, names, topics and year
 * caps fit the course. Parsed by a schema because it is a file an editor writes.
 */
export const KnowledgeSchema = v.object({
	about: v.optional(v.string()),
	/** Capitalised words of the corpus that are never part of a person's name. */
	notNames: v.array(v.string()),
	/** Topic labels: a case-insensitive regular expression each. */
	topics: v.array(v.object({ name: v.string(), pattern: v.string() })),
	/** A relation topic, given when both patterns (case-sensitive) match one sentence. */
	pairs: v.array(v.object({ name: v.string(), a: v.string(), b: v.string() })),
	/** No year distractor is later than this; unset: the article's own year. */
	yearCap: v.optional(v.pipe(v.number(), v.integer())),
	/**
	 * Share (0–1) of a long article's sentences left unasked as asides (`centrality.ts`); unset:
	 * 0.4, what a user's unedited drafts get. A course whose every generated question an editor
	 * reads (questions/review.json) may set 0.
	 */
	asides: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)))
});
export type Knowledge = v.InferOutput<typeof KnowledgeSchema>;

/** Knowledge of no corpus: what a user's own article gets. */
export const NO_KNOWLEDGE: Knowledge = { notNames: [], topics: [], pairs: [] };

/** Parses knowledge.json; throws `Error("knowledge.json <path>: <message>")` when malformed. */
export function parseKnowledge(data: unknown): Knowledge {
	const result = v.safeParse(KnowledgeSchema, data);
	if (result.success) return result.output;
	const issue = result.issues[0];
	throw new Error(`knowledge.json ${v.getDotPath(issue) ?? ''}: ${issue.message}`);
}

/** The topics of one sentence: matching topic rules and relation pairs, else its section. */
export function topicsOf(text: string, section: string, knowledge: Knowledge): string[] {
	const topics = knowledge.topics
		.filter((rule) => new RegExp(rule.pattern, 'i').test(text))
		.map((rule) => rule.name);
	for (const pair of knowledge.pairs)
		if (new RegExp(pair.a).test(text) && new RegExp(pair.b).test(text)) topics.push(pair.name);
	if (!topics.length) topics.push(section || 'background');
	return topics.slice(0, 4);
}
