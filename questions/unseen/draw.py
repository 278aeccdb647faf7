#!/usr/bin/env python3
"""Draw a seeded random sample of unseen Wikipedia articles (README: test20–test23).

Reproduces the documented draw: the pool is every `Page/*.md` of the plain-text dump
(github.com/chinapedia/wikipedia.abstract.en, mirrored as a bare git repository) whose size
is 9,000–22,000 bytes, skipping list, timeline, season, election and disambiguation titles and
every page already in the output folder (matched by the `via:` line's `Page/…` file name or by
title). The sorted paths are shuffled with `random.Random(seed).shuffle`; pages are then taken
in that order, machine-cleaned (numeric footnote marks, reference sections, empty or
half-emptied brackets, `File:` lines and image file names, paragraphs with template remains)
and kept when 1,400–3,100 words of mostly prose with at most six hole patterns remain, until
`--n` pages are kept. Kept pages still need a curator's full read (README, "curation").

Usage: python3 questions/unseen/draw.py --seed 20261206 --n 130 --prefix test23 \
           --out questions/unseen/articles [--dump PATH] [--dry-run]
Prints one line per page looked at (kept or why not) and a summary. Stdlib only.
"""

import argparse
import os
import random
import re
import subprocess
import sys
import unicodedata

DUMP = "/work/.mirror/chinapedia+wikipedia.abstract.en/repo"
MIN_BYTES, MAX_BYTES = 9_000, 22_000
MIN_WORDS, MAX_WORDS = 1_400, 3_100
MAX_HOLES = 6
MIN_PROSE_SHARE = 0.75  # share of body words in prose paragraphs (not lists, tables, headings)

SKIP_TITLE = re.compile(
    r"\b(lists?|timelines?|seasons?|elections?|disambiguation)\b", re.IGNORECASE
)
REFERENCE_HEADINGS = {
    "see also", "notes", "references", "external links", "further reading", "bibliography",
    "sources", "citations", "footnotes", "notes and references", "references and notes",
    "works cited", "general references", "cited sources", "literature", "explanatory notes",
}
FOOTNOTE = re.compile(r"\[\d+\]")
IMAGE_NAME = re.compile(r"\S+\.(?:jpe?g|png|svg|gif|tiff?|webm|ogg)\b", re.IGNORECASE)
# Whole bracket left with nothing but punctuation once the dump dropped its content.
EMPTY_BRACKET = re.compile(r" ?\((?:[\s,;:–-]|or|and)*\)")
# "(; , name)" or "(name; )": the half of a bracket that lost its content.
HALF_OPEN = re.compile(r"\((?:\s*[,;:]\s*)+")
HALF_CLOSE = re.compile(r"(?:\s*[,;:]\s*)+\)")
TEMPLATE_REMAINS = re.compile(r"\{\{|\}\}|\[\[|\]\]|\|\s*\w+\s*=|<ref|</|thumb\||px\|")
# Patterns the dump leaves where a conversion template, a name or a quotation stood.
HOLES = [
    re.compile(r"\w [,.;:)](?=\s|$)"),  # "a length of , and", "about ."
    re.compile(r"\b(?:between|from) (?:and|to)\b"),  # "between and", "from to"
    re.compile(r"\$ ?(?=[\s,.]|in\b)"),  # "$ in 2019 dollars"
    re.compile(r"\(\s*\)"),
    re.compile(r"__|''"),
    re.compile(r"[a-z]:\n\n(?!-|\d+\.)"),  # a lead-in colon whose quotation or list was lost
]


def run_git(dump, *args):
    """Return stdout (bytes) of `git -C dump args…`; raises CalledProcessError on failure."""
    return subprocess.run(["git", "-C", dump, *args], check=True, capture_output=True).stdout


def list_pool(dump):
    """All `Page/*.md` paths of MIN_BYTES–MAX_BYTES whose title is not skipped, as a sorted list."""
    out = run_git(dump, "ls-tree", "-r", "-l", "-z", "HEAD", "Page/").decode("utf-8")
    paths = []
    for line in filter(None, out.split("\0")):
        meta, path = line.split("\t", 1)
        size = meta.split()[3]
        if size == "-" or not MIN_BYTES <= int(size) <= MAX_BYTES:
            continue
        if SKIP_TITLE.search(title_of(path)):
            continue
        paths.append(path)
    return sorted(paths)


def title_of(path):
    """'Page/Foo_(bar).md' -> 'Foo (bar)'."""
    return path[len("Page/"):-len(".md")].replace("_", " ")


def slug_of(title):
    """ASCII, lower case, hyphen-separated, at most 50 characters (as the earlier files)."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:50].strip("-")


def used_pages(out_dir):
    """Set of `Page/…` file names and titles (lower case) of the articles already in out_dir."""
    used = set()
    for name in os.listdir(out_dir):
        if not name.endswith(".md"):
            continue
        with open(os.path.join(out_dir, name), encoding="utf-8") as f:
            head = f.read(2000)
        via = re.search(r"^via:.*?file (Page/\S+?\.md)", head, re.MULTILINE)
        title = re.search(r"^title: (.+)$", head, re.MULTILINE)
        if via:
            used.add(via.group(1))
        if title:
            used.add(title.group(1).strip().lower())
    return used


def is_heading(block):
    """A paragraph the dump made of a section title: one short line, no final full stop."""
    return "\n" not in block and len(block.split()) <= 12 and not block.rstrip().endswith((".", ":", ";", ","))


def cut_reference_sections(blocks):
    """Drop each reference section (See also, Notes, References…) up to the next other heading.

    The dump ends a page with a bare page-name line and numbered footnotes ("[1]") after the
    references; those go too. Returns the kept blocks.
    """
    kept, skipping = [], False
    for block in blocks:
        name = block.strip().lower()
        if is_heading(block) and name in REFERENCE_HEADINGS:
            skipping = True
            continue
        if skipping and is_heading(block) and not block.startswith(("-", "[")):
            # A body heading after the reference sections would be rare; footnote lists follow.
            skipping = name in REFERENCE_HEADINGS
            if skipping:
                continue
        if re.match(r"^\[\d+\]", block):
            continue
        if not skipping:
            kept.append(block)
    while kept and is_heading(kept[-1]):  # the dump's trailing page-name line
        kept.pop()
    return kept


def clean_block(block, notes):
    """Clean one paragraph; return it, or None when it should be dropped. Adds to `notes`."""
    if block.lstrip().startswith(("File:", "Image:")) or re.search(r"^\s*(File|Image):", block, re.M):
        notes.add("File: lines")
        return None
    # An image caption the dump ran into the start of a paragraph ends at its "]]": cut the
    # caption and keep the paragraph (curators of test32 found about 35 of 270 pages that had
    # lost a lead or a paragraph of prose to such a caption).
    caption_tail = re.match(r"^[^\[\]{}|]*?\]\]\s+(?=\S)", block)
    if caption_tail and not TEMPLATE_REMAINS.search(block[caption_tail.end():]):
        block = block[caption_tail.end():]
        notes.add("image captions run into paragraphs")
    if TEMPLATE_REMAINS.search(block):
        notes.add("paragraphs with template remains")
        return None
    if block.lstrip().startswith(("|", "+-", "[TABLE]")) or "[TABLE]" in block:
        notes.add("tables")
        return None
    text = FOOTNOTE.sub("", block)
    if IMAGE_NAME.search(text):
        text = IMAGE_NAME.sub("", text)
        notes.add("image file names")
    before = text
    text = EMPTY_BRACKET.sub("", text)
    text = HALF_OPEN.sub("(", text)
    text = HALF_CLOSE.sub(")", text)
    if text != before:
        notes.add("empty brackets")
    text = "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")
    return text if text.strip() else None


CONNECTORS = {"OF", "AND", "THE", "DE", "LA", "VON", "IN", "ON", "FOR", "AT", "TO", "A", "AN"}
CAPS_WORD = re.compile(r"\b[A-Z0-9][A-Z0-9'’.&-]*[A-Z][A-Z0-9'’.&-]*\b")


def restore_lead_caps(blocks, title):
    """Give the lead's ALL-CAPS bold words their case back; bool done.

    The dump sets a lead's bold names in capitals ("MONOSACCHARIDES, also called SIMPLE SUGAR",
    "JOHNNY LEE BENCH"). Each capitals word of the first paragraph takes the case the article
    writes it in elsewhere (its most common non-capitals form), else the title's; a word the
    article also writes in capitals elsewhere, or of at most three letters, is an acronym and
    stays; any other word is capitalised (a name). Session 20's version replaced the title's
    capitals inside a longer word ("MonosaccharideS", "IntegrinS", U27) and left every other
    capitals run alone ("73RD LIGHT ANTI-AIRCRAFT REGIMENT").
    """
    if not blocks:
        return False
    lead = blocks[0]
    rest = "\n".join(blocks[1:])
    forms = {}
    for w in re.findall(r"[A-Za-z0-9][A-Za-z0-9'’.&-]*", rest + " " + title):
        if w.upper() != w:
            forms.setdefault(w.upper(), {}).setdefault(w, 0)
            forms[w.upper()][w] += 1
    rest_caps = set(m.group(0) for m in CAPS_WORD.finditer(rest))
    title_words = {w.upper(): w for w in re.findall(r"[A-Za-z0-9][A-Za-z0-9'’.&-]*", title)}

    def fold(word, alone, first):
        letters = re.sub(r"[^A-Za-z]", "", word)
        if len(letters) < 2:
            return word
        if word in title_words and title_words[word] != word:
            return title_words[word]
        if word in forms:
            return max(forms[word].items(), key=lambda kv: kv[1])[0]
        if word in rest_caps or (alone and len(letters) <= 3):
            return word
        if not first and word in CONNECTORS:
            return word.lower()
        return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))

    runs = 0

    def fold_run(m):
        nonlocal runs
        words = m.group(0)
        if not re.search(r"[A-Z]{2}", words):
            return words
        runs += 1
        alone = len(words.split()) == 1
        out, first = [], True
        for part in re.split(r"(\s+)", words):
            if part.strip():
                out.append(fold(part, alone, first))
                first = False
            else:
                out.append(part)
        return "".join(out)

    # Only runs of capitals words (a bold name), never a lone acronym inside prose: two or more
    # capitals words in a row, or one of four or more letters that the article never writes in
    # capitals elsewhere.
    def fold_single_or_run(m):
        words = m.group(0)
        parts = words.split()
        known = words in title_words or words in forms
        if len(parts) == 1 and not known and (words in rest_caps or len(re.sub(r"[^A-Za-z]", "", words)) <= 3):
            return words
        return fold_run(m)

    blocks[0] = re.sub(
        r"\b[A-Z0-9][A-Z0-9'’.&-]*[A-Z][A-Z0-9'’.&-]*(?:\s+(?:OF|AND|THE|DE|LA|VON|[A-Z0-9][A-Z0-9'’.&-]*[A-Z][A-Z0-9'’.&-]*))*\b",
        fold_single_or_run,
        lead,
    )
    return runs > 0


def clean_page(raw, title):
    """Machine-clean a dump page: returns (body text, set of notes on what was removed)."""
    notes = set()
    blocks = [b for b in re.split(r"\n\s*\n", raw.replace("\r", "")) if b.strip()]
    blocks = cut_reference_sections(blocks)
    cleaned = [c for c in (clean_block(b, notes) for b in blocks) if c]
    while cleaned and is_heading(cleaned[0]):  # a stray caption or heading above the lead
        cleaned.pop(0)
    restore_lead_caps(cleaned, title)
    return "\n\n".join(cleaned) + "\n", notes


def assess(body):
    """Return (words, prose share, hole count, reason-or-None) for a cleaned body."""
    words = len(body.split())
    prose = 0
    for block in body.split("\n\n"):
        listy = block.lstrip().startswith(("-", "|", "+")) or re.match(r"^\d+\.\s", block)
        if not listy and len(block.split()) >= 15:
            prose += len(block.split())
    share = prose / words if words else 0.0
    holes = sum(len(p.findall(body)) for p in HOLES)
    reason = None
    if not MIN_WORDS <= words <= MAX_WORDS:
        reason = f"words {words}"
    elif share < MIN_PROSE_SHARE:
        reason = f"prose {share:.2f}"
    elif holes > MAX_HOLES:
        reason = f"holes {holes}"
    return words, share, holes, reason


LICENCE = "CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0/)"


def front_matter(title, path, notes):
    """The header of the earlier splits (test22): title … licence, with what cleaning removed."""
    url_title = path[len("Page/"):-len(".md")]
    removed = "; ".join(f"{n} removed" for n in sorted(notes))
    extra = f"; {removed}" if removed else ""
    return (
        "---\n"
        f"title: {title}\n"
        "author: Wikipedia contributors\n"
        "outlet: Wikipedia\n"
        "date: 2019-07-20\n"
        f"source: https://en.wikipedia.org/wiki/{url_title}\n"
        f"via: github.com/chinapedia/wikipedia.abstract.en, file {path} (plain text of the "
        "English Wikipedia dump of 20 July 2019)\n"
        f"licence: {LICENCE}; text cleaned (footnote marks and the reference sections removed; "
        f"capitals of the bold lead restored{extra})\n"
        "---\n\n"
        f"# {title}\n\n"
    )


class BlobReader:
    """Reads blobs of HEAD through one `git cat-file --batch` process."""

    def __init__(self, dump):
        self.proc = subprocess.Popen(
            ["git", "-C", dump, "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
        )

    def read(self, path):
        """Text of HEAD:path (UTF-8, undecodable bytes replaced); raises KeyError if missing."""
        self.proc.stdin.write(f"HEAD:{path}\n".encode("utf-8"))
        self.proc.stdin.flush()
        header = self.proc.stdout.readline().decode().split()
        if len(header) < 3 or header[1] == "missing":
            raise KeyError(path)
        data = self.proc.stdout.read(int(header[2]) + 1)[:-1]
        return data.decode("utf-8", "replace")

    def close(self):
        self.proc.stdin.close()
        self.proc.wait()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, required=True, help="stop after this many kept pages")
    ap.add_argument("--prefix", required=True, help="file name prefix, e.g. test23")
    ap.add_argument("--out", required=True, help="the articles folder (also read for exclusions)")
    ap.add_argument("--dump", default=DUMP, help="bare git mirror of the dump")
    ap.add_argument("--dry-run", action="store_true", help="report, write nothing")
    args = ap.parse_args(argv)

    used = used_pages(args.out)
    pool = [p for p in list_pool(args.dump) if p not in used and title_of(p).lower() not in used]
    random.Random(args.seed).shuffle(pool)
    print(f"pool {len(pool)} pages (after excluding {len(used)} used names)", file=sys.stderr)

    reader, kept, looked = BlobReader(args.dump), 0, 0
    try:
        for path in pool:
            if kept >= args.n:
                break
            looked += 1
            title = title_of(path)
            body, notes = clean_page(reader.read(path), title)
            words, share, holes, reason = assess(f"# {title}\n\n{body}")
            verdict = reason or "kept"
            print(f"{looked}\t{verdict}\t{words}\t{share:.2f}\t{holes}\t{path}")
            if reason:
                continue
            kept += 1
            if not args.dry_run:
                name = f"{args.prefix}-{slug_of(title)}.md"
                with open(os.path.join(args.out, name), "w", encoding="utf-8") as f:
                    f.write(front_matter(title, path, notes) + body)
    finally:
        reader.close()
    print(f"looked at {looked}, kept {kept}", file=sys.stderr)
    return 0 if kept >= args.n else 1


if __name__ == "__main__":
    sys.exit(main())
