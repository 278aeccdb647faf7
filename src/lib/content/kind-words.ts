/** Words naming the kind of a named thing, for `answer-near.ts` (kept apart: long lists). */

/**
 * Words naming the kind of a named thing, not which one, that people leave out ("Bondsteel",
 * "the Justice and Development", "Pristina University"): a key may be said without them as its
 * first or last word. Lower case, as `normalizeAnswer` writes them. Not words whose absence
 * names another thing of the key's words ("Kosovo" for "Kosovo Force" is the country; "Prizren"
 * for "Prizren District" the town): those answers stay wrong.
 */
export const GENERIC: ReadonlySet<string> = new Set([
	'party',
	'camp',
	'river',
	'university',
	'lake',
	'sea',
	'mountain',
	'mountains',
	'island',
	'islands',
	'movement',
	'agreement',
	'treaty',
	'airport',
	'bridge',
	'dam',
	'mosque',
	'church',
	'monastery',
	'fortress',
	'castle',
	'square',
	'street',
	'base',
	'company',
	'alliance',
	'coalition',
	'league',
	'institute',
	'college',
	'school',
	'council',
	'assembly',
	'parliament',
	'organisation',
	'organization',
	'empire',
	'dynasty',
	// Landforms of a geography course (outsider teacher, issues 12/14: "Old Harry" for "Old
	// Harry Rocks"). Not bay, gulf, delta, valley or falls: "Mexico", "Nile", "Indus" and
	// "Victoria" without them name a country, a river or a lake.
	'rocks',
	'rock',
	'stack',
	'reef',
	'gorge',
	'canyon',
	'desert',
	'glacier',
	'peninsula',
	'hills',
	'forest',
	'volcano',
	'cliffs'
]);

/**
 * Words naming a kind of place or body that a student may add to a name but that the key may
 * not lose, as they are part of some names ("Mexico City", "Brčko District"): "Prizren city" for
 * "Prizren" is almost; "Mexico" for "Mexico City" stays wrong.
 */
export const CLASSIFIER: ReadonlySet<string> = new Set([
	'city',
	'town',
	'village',
	'region',
	'province',
	'district',
	'county',
	'municipality',
	'country',
	'capital'
]);
