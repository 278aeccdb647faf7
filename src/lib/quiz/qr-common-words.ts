/**
 * Common English words and quiz-prompt openings that both preset dictionaries hold: the start of
 * format 3's (`QR_DICTIONARY`) and the middle part of format 4's (`scripts/qr-dictionary.ts`,
 * which made `qr-dictionary-4.ts` from it). One string for both so the generator cannot drift
 * from format 3's words. FROZEN with them: a changed byte changes `QR_DICTIONARY` (pinned by CRC
 * in `qr-dictionary.test.ts`) and every format-3 code already printed stops inflating.
 */
export const QR_COMMON_WORDS =
	'the of and to in a is that for it as was with be by on not he this are or his from at ' +
	'which but have an they you were her she there been one all we their has would when if so ' +
	'no will more can who what out up its also into only other than then them these some could ' +
	'him time about after over may first two new years any our how most such us very where much ' +
	'those because through during between both each under why while should against before same ' +
	'being made well since own many still war government country state people world city year ' +
	'part work power however including though later according following known called used ' +
	'President King Which of the following According to the What was the Who was the ' +
	'In which year did ';
