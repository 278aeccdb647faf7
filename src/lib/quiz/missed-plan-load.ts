/**
 * The Quiz screen's way to the device's database, loaded on demand: the done screen's plan of
 * missed questions (`missed-plan.ts`) and the built-in bank a join code is drawn from both bring
 * IndexedDB's code (Dexie and the schema, about 31 KB of the screen's 163 KB gzip first load,
 * issue 14), which a student opening a quiz link needs only once the quiz is over.
 */

/** `missed-plan.ts`, loaded once (the module system keeps it); rejects when it cannot load. */
export const loadMissedPlan = () => import('./missed-plan');

/** `$lib/content/bank`, loaded once; rejects when it cannot load. */
export const loadBankModule = () => import('$lib/content/bank');
