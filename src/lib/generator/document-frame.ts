import type { ArticleView } from './ideas';

/**
 * How a question names the document it asks about (gen71, issue 12). A teacher's handout is "the
 * handout" ("In the handout “Rivers”, what is meant by the term “source”?"), but a student's own
 * revision notes are no handout: all three reviewers of blind review H26 noted the notes called
 * "the handout", and explained as "Revision notes says: …". The document's declared outlet names
 * it when it is a common noun ("revision notes", "class notes": written in lower case, not a
 * name such as "BBC Bitesize"); a title that calls itself notes or revision ("Biology Revision
 * Notes") is named by the title alone; anything else stays a handout. Pure.
 */

/** A title that says it is a student's notes: "Biology Revision Notes", "Geography Revision: Rivers". */
const NOTES_TITLE = /\b(?:revision|notes)\b/iu;

/** An outlet that is a kind of document, not a name: "revision notes", "the class notes". */
function commonOutlet(short: string): string | undefined {
	const bare = short.trim().replace(/^the\s+/u, '');
	if (!/^\p{Ll}[\p{Ll}\s-]*$/u.test(bare) || bare === 'text') return undefined;
	return bare;
}

/** A school subject that heads a notes title: "Biology", "Geography revision", "GCSE History". */
const SUBJECT_LABEL =
	/^(?:(?:gcse|a-level|ks3|year\s+\d+)\s+)?(?:biology|chemistry|physics|science|geography|history|maths|mathematics|english|economics|psychology|sociology|business|computing|computer\s+science|religious\s+studies|re|art|music|french|spanish|german|latin)?(?:\s+(?:revision|notes|revision\s+notes))?$/iu;

/** A remark that the document is notes: "(my notes)", "(revision notes)". */
const NOTES_REMARK = /\s*\([^)]*\b(?:revision|notes)\b[^)]*\)\s*$/iu;

/**
 * The topic of a notes title that joins a subject or notes label and a topic: "Biology revision
 * – Cells and transport" → "Cells and transport", "GEOGRAPHY – RIVERS AND FLOODING (my notes)" →
 * "Rivers and flooding" (gen84: the whole title as a frame, "In “Biology revision – Cells and
 * transport”, what is meant by …", read badly, and a title in capitals shouts). Undefined when
 * the title is no such pair or says nowhere that it is notes (`notes` false).
 */
export function notesTopic(title: string, notes: boolean): string | undefined {
	const remark = NOTES_REMARK.test(title);
	const parts = title
		.replace(NOTES_REMARK, '')
		.split(/\s*:\s+|\s+[–—-]\s+/u)
		.filter(Boolean);
	if (parts.length !== 2) return undefined;
	if (!SUBJECT_LABEL.test(parts[0].trim()) && !NOTES_TITLE.test(parts[0])) return undefined;
	if (!notes && !remark && !NOTES_TITLE.test(parts[0])) return undefined;
	const topic = parts[1].trim();
	if (!/\p{L}/u.test(topic)) return undefined;
	return topic === topic.toUpperCase() ? topic.charAt(0) + topic.slice(1).toLowerCase() : topic;
}

/**
 * The frame a question opens with: "In the handout “<title>”", "In the revision notes
 * “<title>”" (a declared outlet that is a kind of document, or a title that joins a notes
 * label and its topic: `notesTopic`, the topic alone) or "In “<title>”" (a title that says it
 * is notes). The title is the document's own (`article.doc.title`), else the article's; "" when
 * it has none (no frame can be true then).
 */
export function documentFrame(article: ArticleView): string {
	const title = (article.doc.title ?? article.title).trim();
	if (!title) return '';
	const outlet = commonOutlet(article.doc.short);
	const topic = notesTopic(title, !!outlet && /\bnotes\b/u.test(outlet));
	if (topic) return `In the ${outlet ?? 'revision notes'} “${topic}”`;
	if (outlet) return `In the ${outlet} “${title}”`;
	if (NOTES_TITLE.test(title)) return `In “${title}”`;
	return `In the handout “${title}”`;
}

/**
 * What an explanation says its source says: "Balkan Insight says", "The revision notes say"
 * (a kind of document in lower case takes "the", and a plural one "say"), "The text says".
 */
export function sourceSays(short: string): string {
	const outlet = commonOutlet(short) ?? (short.trim() === 'the text' ? 'text' : undefined);
	if (!outlet) return `${short.charAt(0).toUpperCase()}${short.slice(1)} says`;
	const plural = /(?<!s)s$/u.test(outlet);
	return `The ${outlet} ${plural ? 'say' : 'says'}`;
}
