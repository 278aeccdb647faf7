import { QR_COMMON_WORDS } from './qr-common-words';
import { QR_DICTIONARY_4_TEXT } from './qr-dictionary-4';

/**
 * The preset dictionary a format-3 quiz code is deflated with (RFC 1951 allows any preset
 * history; `fflate`'s `dictionary` option): text a quiz's JSON is likely to repeat, so even its
 * first occurrence costs a back-reference instead of its letters. Deflate finds nothing to
 * repeat in a short text's first words, and a QR code's quiz is short (500–1,500 bytes of JSON).
 * Measured on quiz44's inputs (lean QR codes of the built-in course's questions and of the h30
 * handouts' 12, 5–15 questions): 5–8% fewer deflated bytes, most of it from the payload's own
 * keys and lean rows (`quiz-payload.ts`), the rest from common English words. The most frequent
 * strings come last, nearest the text, where a back-reference's distance is cheapest.
 *
 * FROZEN: every format-3 code ever made inflates only with these exact bytes (pinned by CRC in
 * `qr-dictionary.test.ts`). A better dictionary is a new format version, with this one kept
 * for reading.
 */
export const QR_DICTIONARY = new TextEncoder().encode(
	QR_COMMON_WORDS +
		'{"l":"","i":"","t":"","c":,"s":[],"h":"","k":"","x":[[0,["uc-0","mcq","","",["","",""],' +
		'null,"","teacher",""]]],"f":[["own-0","short","","",null,null,"","teacher",""],' +
		'["uc-1","truefalse","","true",null,null,"","teacher",""],' +
		'["uc-2","cloze","____","",null,["",""],"","teacher",""],' +
		'["uc-3","mcq","","",["","","",""],null,"","teacher",""],["uc-'
);

/**
 * The preset dictionary a format-4 quiz code (`DIGIT_VERSION`) is deflated with: 8,710 bytes
 * (`qr-dictionary-4.ts`, made by `scripts/qr-dictionary.ts` from 150 class handouts and the
 * questions the generator drafts from them): their common words, format 3's dictionary's words,
 * the generator's phrases ("In the class handout “", "what is meant by the term “") and the
 * payload's JSON with lean rows (`LeanRow`). Measured on lean rows (teacher outsider of session
 * 35): 14 questions of a teacher's handouts (`GLOSSARY_QUIZ`) 729 → 641 deflated bytes, 8 of the
 * h30 handouts' 615 → 550, 8 generated from the h31/h32 science handouts 525 → 442. Not trained
 * on any of them. FROZEN like `QR_DICTIONARY`.
 */
export const QR_DICTIONARY_4 = new TextEncoder().encode(QR_DICTIONARY_4_TEXT);
