import type { Database } from 'sql.js';
import { rows } from './apkg-history';

/**
 * What a collection written by Anki 2.1.50 and later (schema 18, `collection.anki21b`) needs
 * before it can be read here: its note types, fields, templates and decks live in tables, their
 * settings in protobuf blobs, and names sort by Anki's own collation. Found by reading a real
 * collection made by a 2023 Anki (see the formats README): the made-up ones had none of this.
 */

/** A note type as the package reader uses it. */
export interface AnkiNoteType {
	name: string;
	cloze: boolean;
	fields: string[];
	/**
	 * `front`: the template's question format (`{{type:Back}}` marks a typed answer); `back` its
	 * answer format, `browserFront`/`browserBack` the browser's (anki50: kept for export only).
	 */
	templates: {
		name: string;
		front: string;
		back?: string;
		browserFront?: string;
		browserBack?: string;
	}[];
	/** When Anki last changed it (seconds; `mod`, schema 18 `mtime_secs`), 0 if not given. */
	mtime?: number;
	/** Its styling, LaTeX header and footer and sort field, where given (for export only). */
	css?: string;
	latexPre?: string;
	latexPost?: string;
	sortField?: number;
}

/**
 * Lets sql.js read Anki's schema-18 tables. Anki declares its name columns `COLLATE unicase`, a
 * collation it registers in Rust (rslib `storage/sqlite.rs`); sql.js has no such collation and no
 * way to add one, so reading `fields`, `templates` or `tags` fails ("no such collation sequence:
 * unicase", or "no query solution" for a WITHOUT ROWID table). The collation only orders names
 * case-insensitively; this in-memory copy is read and thrown away, never written back, so the
 * declaration is dropped (binary order) and the schema reloaded. A collection without it is left
 * as it was. Throws what sql.js throws on a database it cannot change.
 */
export function relaxAnkiCollation(db: Database): void {
	const declared = rows(
		db,
		"SELECT count(*) AS n FROM sqlite_master WHERE sql LIKE '%COLLATE unicase%'"
	)[0];
	if (!Number(declared?.n)) return;
	db.exec(`PRAGMA writable_schema=ON;
		UPDATE sqlite_master SET sql = replace(sql, 'COLLATE unicase', '') WHERE sql LIKE '%COLLATE unicase%';
		PRAGMA writable_schema=RESET;`);
}

/**
 * The first value of protobuf field `field` in `bytes` (a varint as a number, a length-delimited
 * field as its bytes), or undefined when absent — proto3 leaves out a field at its default (0).
 * Enough of the wire format (protobuf.dev, "Encoding") for Anki's config blobs; a damaged blob
 * reads as absent.
 */
export function protobufField(
	bytes: Uint8Array | null | undefined,
	field: number
): number | Uint8Array | undefined {
	if (!(bytes instanceof Uint8Array)) return undefined;
	let at = 0;
	const varint = (): number => {
		let value = 0;
		for (let shift = 0; at < bytes.length && shift < 64; shift += 7) {
			const byte = bytes[at++];
			value += (byte & 0x7f) * 2 ** shift;
			if (byte < 0x80) return value;
		}
		throw new RangeError('truncated varint');
	};
	try {
		while (at < bytes.length) {
			const key = varint();
			const [number, wire] = [Math.floor(key / 8), key % 8];
			let value: number | Uint8Array;
			if (wire === 0) value = varint();
			else if (wire === 2) {
				const length = varint();
				if (at + length > bytes.length) return undefined;
				value = bytes.subarray(at, (at += length));
			} else if (wire === 1 || wire === 5) {
				at += wire === 1 ? 8 : 4;
				continue;
			} else return undefined;
			if (number === field) return value;
		}
	} catch {
		return undefined;
	}
	return undefined;
}

/** Protobuf field `field` of `bytes` as UTF-8 text, or undefined when absent or not text. */
function protobufText(bytes: Uint8Array | null | undefined, field: number): string | undefined {
	const value = protobufField(bytes, field);
	return value instanceof Uint8Array ? new TextDecoder().decode(value) : undefined;
}

/**
 * Note types and deck names of a schema-18 collection. A note type's kind is field 1 of its
 * `config` (`NotetypeConfig.kind`, anki `proto/anki/notetypes.proto`: 1 = cloze), so a cloze
 * type is known whatever its name ("Lückentext" in German Anki); its sort field, CSS, LaTeX
 * header and footer are fields 2, 3, 5 and 6. A template's question and answer formats are
 * fields 1 and 2 of its `config`, the browser's 3 and 4 (`Notetype.Template.Config`). A collection whose blobs are missing (a hand-made one) falls back to
 * the name: a type named "Cloze" with one template. Deck names keep Anki's native separator
 * (`\x1f`) between parent and child; they are given back with `::`, as Anki shows them.
 */
export function readSchema18Models(db: Database): {
	noteTypes: Map<string, AnkiNoteType>;
	decks: Map<string, string>;
} {
	const noteTypes = new Map<string, AnkiNoteType>();
	const kinds = new Map<string, number | undefined>();
	const columns = (table: string) =>
		rows(db, `PRAGMA table_info(${table})`).map((c) => String(c.name));
	const config = (table: string) => (columns(table).includes('config') ? ', config' : '');
	const mtime = columns('notetypes').includes('mtime_secs') ? ', mtime_secs' : '';
	for (const row of rows(db, `SELECT id, name${mtime}${config('notetypes')} FROM notetypes`)) {
		const id = String(row.id);
		noteTypes.set(id, {
			name: String(row.name),
			cloze: false,
			fields: [],
			templates: [],
			mtime: Number(row.mtime_secs ?? 0) || 0
		});
		const blob = row.config as Uint8Array | undefined;
		const kind = protobufField(blob, 1);
		const sortField = protobufField(blob, 2);
		const type = noteTypes.get(id)!;
		for (const [key, field] of [
			['css', 3],
			['latexPre', 5],
			['latexPost', 6]
		] as const) {
			const text = protobufText(blob, field);
			if (text !== undefined) type[key] = text;
		}
		if (typeof sortField === 'number') type.sortField = sortField;
		kinds.set(
			id,
			row.config instanceof Uint8Array ? (typeof kind === 'number' ? kind : 0) : undefined
		);
	}
	for (const row of rows(db, 'SELECT ntid, name FROM fields ORDER BY ntid, ord'))
		noteTypes.get(String(row.ntid))?.fields.push(String(row.name));
	for (const row of rows(
		db,
		`SELECT ntid, name${config('templates')} FROM templates ORDER BY ntid, ord`
	)) {
		const blob = row.config as Uint8Array | undefined;
		const [back, browserFront, browserBack] = [2, 3, 4].map((f) => protobufText(blob, f));
		noteTypes.get(String(row.ntid))?.templates.push({
			name: String(row.name),
			front: protobufText(blob, 1) ?? '',
			...(back !== undefined && { back }),
			...(browserFront && { browserFront }),
			...(browserBack && { browserBack })
		});
	}
	for (const [id, type] of noteTypes) {
		const kind = kinds.get(id);
		type.cloze =
			kind === undefined ? /cloze/i.test(type.name) && type.templates.length <= 1 : kind === 1;
	}
	const decks = new Map<string, string>();
	for (const row of rows(db, 'SELECT id, name FROM decks'))
		decks.set(String(row.id), String(row.name).split('\x1f').join('::'));
	return { noteTypes, decks };
}
