// Runs inside Chromium for `bench/scale.ts`: the app's real course, database and scheduling
// modules against real IndexedDB, exposed on `window.scaleBench`. Two databases: a fresh
// install (the built-in course, no progress) and a big one (10 courses, 6,500 questions,
// 10,000 cards, 100,000 answers). Every figure is timed on both in the same page.
// One module a job: seed.ts seeds, measure.ts opens connections and counts their reads, and
// home.ts, study.ts, single-reads.ts and stale-due.ts each measure one part.
import { courseList, forgetHome, home, homePhases, storeHome } from './home';
import { prepare } from './seed';
import { micro } from './single-reads';
import { staleDue } from './stale-due';
import {
	answers,
	answerStep,
	closeAnswers,
	firstQueue,
	openAnswers,
	queuePhases,
	statsStep
} from './study';

const scaleBench = {
	staleDue,
	prepare,
	homePhases,
	micro,
	queuePhases,
	home,
	courseList,
	forgetHome,
	storeHome,
	firstQueue,
	answers,
	openAnswers,
	answerStep,
	statsStep,
	closeAnswers
};

/** What the page exposes as `window.scaleBench`, as bench/scale.ts calls it. */
export type ScaleBench = typeof scaleBench;

(window as unknown as { scaleBench: typeof scaleBench }).scaleBench = scaleBench;
document.body.dataset.ready = 'true';
