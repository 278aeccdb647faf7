// The CDP CPU profile's shapes and its frames' names through the build's source maps: the one
// copy `profile-load.ts` and `profile-add-documents.ts` share (bench/README.md, "How to find a
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
