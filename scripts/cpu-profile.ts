// The CDP CPU profile's shapes and its frames' names through the build's source maps: the one
// copy `profile-load.ts`, `profile-add-documents.ts` and `profile-import.ts` share (bench/README.md, "How to find a
// long task's code"). Dev only, not shipped in the app.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

export interface CallFrame {
	functionName: string;
	url: string;
	lineNumber: number;
	columnNumber: number;
}
export interface ProfileNode {
	id: number;
	callFrame: CallFrame;
	children?: number[];
}
export interface CpuProfile {
	nodes: ProfileNode[];
	startTime: number;
	samples?: number[];
	timeDeltas?: number[];
}

/** Source maps by script URL, read once (null: the script has none). */
const maps = new Map<string, TraceMap | null>();
function mapOf(url: string): TraceMap | null {
	if (!maps.has(url)) {
		const path = join('build', new URL(url).pathname + '.map');
		maps.set(url, existsSync(path) ? new TraceMap(readFileSync(path, 'utf8')) : null);
	}
	return maps.get(url)!;
}

/** "fn file.ts:line" for a frame, through its source map when there is one. */
export function nameOf(frame: CallFrame): string {
	const fn = frame.functionName || '(anonymous)';
	if (!frame.url.startsWith('http')) return fn;
	const map = mapOf(frame.url);
	const at =
		map && originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
	if (!at?.source) return `${fn} @${new URL(frame.url).pathname.split('/').pop()}`;
	const source = at.source.replace(/^.*?(src\/|node_modules\/)/, '$1');
	return `${at.name ?? fn} ${source}:${at.line}`;
}

/** Sampled frames that are no code of the page. */
export const IDLE = new Set(['(idle)', '(program)', '(root)']);

/** Time (ms) by frame name inside one task: its own time, and the time of everything it called. */
export interface TaskTimes {
	self: Map<string, number>;
	total: Map<string, number>;
}

/** The profile's nodes by id and each node's parent, for walking a sample up its stack. */
export function treeOf(profile: CpuProfile) {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	return { byId, parent };
}

/**
 * Charges one sample of `dt` ms at node `id` to a task: self time to its own frame, inclusive
 * time once to each distinct frame on its stack (a recursive function counts once).
 */
export function chargeSample(
	task: TaskTimes,
	tree: ReturnType<typeof treeOf>,
	id: number,
	dt: number
): void {
	const self = nameOf(tree.byId.get(id)!.callFrame);
	task.self.set(self, (task.self.get(self) ?? 0) + dt);
	const seen = new Set<string>();
	for (let at: number | undefined = id; at !== undefined; at = tree.parent.get(at)) {
		const name = nameOf(tree.byId.get(at)!.callFrame);
		if (seen.has(name) || IDLE.has(name)) continue;
		seen.add(name);
		task.total.set(name, (task.total.get(name) ?? 0) + dt);
	}
}

/** The `top` heaviest functions of `byFunction` (ms each), one indented line each, heaviest first. */
export function heaviestLines(byFunction: Map<string, number>, top: number): string {
	return [...byFunction]
		.sort((a, b) => b[1] - a[1])
		.slice(0, top)
		.map(([name, ms]) => `     ${ms.toFixed(1).padStart(7)}  ${name}`)
		.join('\n');
}

/** Prints a task's `top` heaviest functions by self time, then by inclusive time. */
export function printTaskTimes(task: TaskTimes, top: number): void {
	console.log('   self:\n' + heaviestLines(task.self, top));
	console.log('   inclusive:\n' + heaviestLines(task.total, top));
}

export interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	args?: { name?: string; data?: { url?: string; functionName?: string } };
}

/** The renderer main threads' top-level tasks (`RunTask`) over `overMs`: start and end, µs. */
export function longTasksOf(trace: { traceEvents: TraceEvent[] }, overMs: number) {
	const mains = new Set(
		trace.traceEvents
			.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
			.map((e) => `${e.pid}:${e.tid}`)
	);
	return trace.traceEvents
		.filter(
			(e) =>
				e.name === 'RunTask' &&
				e.ph === 'X' &&
				(e.dur ?? 0) > overMs * 1000 &&
				mains.has(`${e.pid}:${e.tid}`)
		)
		.map((e) => ({ from: e.ts, to: e.ts + e.dur! }))
		.sort((a, b) => a.from - b.from);
}

/**
 * The profile's samples inside each long task (the trace and the profile share one clock), with
 * self and inclusive time by function; tasks without samples (other renderers) are left out.
 */
export function tasksOf(profile: CpuProfile, long: { from: number; to: number }[]) {
	const tree = treeOf(profile);
	type Task = {
		startUs: number;
		ms: number;
		sampledMs: number;
		self: Map<string, number>;
		total: Map<string, number>;
	};
	const tasks: Task[] = long.map(({ from, to }) => ({
		startUs: from,
		ms: (to - from) / 1000,
		sampledMs: 0,
		self: new Map(),
		total: new Map()
	}));
	let t = profile.startTime;
	profile.samples?.forEach((id, i) => {
		const dtUs = profile.timeDeltas?.[i] ?? 0;
		t += dtUs;
		const index = long.findIndex(({ from, to }) => t >= from && t <= to);
		if (index < 0) return;
		const current = tasks[index];
		const dt = dtUs / 1000;
		const node = tree.byId.get(id)!;
		if (node.callFrame.functionName === '(idle)') return;
		current.sampledMs += dt;
		chargeSample(current, tree, id, dt);
	});
	return tasks.filter((task) => task.sampledMs > 0);
}
