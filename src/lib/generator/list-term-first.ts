import { askedTerms } from './asked-term';
import type { Idea } from './ideas';

/**
 * A term the handout's own key-term list defines is asked by the list's line, not by another
 * sentence (blind check H28 S07, two of three reviewers: "what is meant by the term
 * “periscope”?" keyed by the body's "a long tube with mirrors …", how it is built, where the
 * list says what it is for). Drops every other "what is meant by the term …" card on a term a
 * surviving `glossary` idea asks; `chooseIdeas` then takes the list's. Pure (gen75, issue 12).
 */
export function listTermFirst(ideas: Idea[]): Idea[] {
	const listed = new Set(ideas.filter((i) => i.kind === 'glossary').flatMap(askedTerms));
	if (listed.size === 0) return ideas;
	return ideas.filter(
		(i) =>
			i.kind === 'glossary' ||
			!/\bwhat is meant by the term\b/iu.test(i.prompt) ||
			!askedTerms(i).some((t) => listed.has(t))
	);
}
