#!/usr/bin/env python3
"""Seeds the fuzz corpora (one directory per fuzz target) from the fixtures:
the seed text exports, `pdftotext` dumps of the corpus PDFs (with and without
-layout), slices of all of them (a fuzzer mutates small inputs much faster),
their cells spelled for the list-splitter target, re-encodings for the text
decoder, and JSON files for the parser. Existing corpus files are kept, so the
corpus grows from run to run; the regression inputs are always added."""

import argparse
import hashlib
import re
import subprocess
import sys
from pathlib import Path

WINDOW, STRIDE, HEAD = 120, 60, 40


def write(directory: Path, data: bytes) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / hashlib.sha1(data).hexdigest()).write_bytes(data)


def slices(text: str):
    """The whole text, windows of it, and windows behind the opening lines
    (so most windows still have the titles and the table header)."""
    yield text
    lines = text.splitlines(keepends=True)
    head = "".join(lines[:HEAD])
    for start in range(0, max(len(lines) - WINDOW, 0) + 1, STRIDE):
        window = "".join(lines[start:start + WINDOW])
        yield window
        if start >= HEAD:
            yield head + window


def pdf_dumps(pdfs):
    for pdf in pdfs:
        for flags in (["-layout"], []):
            result = subprocess.run(["pdftotext", *flags, str(pdf), "-"], capture_output=True, check=False)
            if result.returncode == 0:
                yield flags, result.stdout.decode("utf-8", "replace")


TAG = re.compile(r"<(/?)(p|li|br|div|ol|ul)\b[^>]*>", re.I)


def splitter_inputs(cells):
    """Cells in the list-splitter's spelling: per line a control byte (bits
    0-1 the cell, bit 2 starts a list item, bit 3 follows a space) and text."""
    out = bytearray()
    for index, cell in enumerate(cells):
        starts_item = False
        for piece in re.split(r"(<[^>]*>)", cell):
            tag = TAG.fullmatch(piece)
            if tag:
                starts_item = starts_item or (tag.group(2).lower() == "li" and not tag.group(1))
                continue
            for line in re.sub(r"<[^>]*>", "", piece).split("\n"):
                if line.strip():
                    control = index | (0b100 if starts_item else 0) | (0b1000 if cell.startswith("<") else 0)
                    out += bytes([control]) + line.strip().encode() + b"\n"
                    starts_item = False
    return bytes(out)


def tsv_cells(text: str):
    """The 实施依据 / 责任事项 / 追责情形 cells of each row of a tab-separated export."""
    columns = None
    for line in text.splitlines():
        cells = line.split("\t")
        if "实施依据" in cells and "追责情形" in cells:
            columns = [cells.index(h) for h in ("实施依据", "责任事项", "追责情形") if h in cells]
        elif columns and len(cells) > max(columns):
            yield [cells[i] for i in columns]


def flow_cells(text: str):
    """Runs of wrapped lines of a flow dump, dealt out to the three cells."""
    lines = [l for l in text.splitlines() if l.strip()]
    for start in range(0, len(lines), 24):
        chunk = lines[start:start + 24]
        yield ["\n".join(chunk[i::3]) for i in range(3)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fixtures", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    out, fixtures = args.out, args.fixtures

    seeds = {p.name: p.read_text("utf-8") for p in sorted((fixtures / "seeds").glob("*.txt"))}
    dumps = list(pdf_dumps(sorted((fixtures / "corpus").glob("*.pdf"))))
    flow_texts = list(seeds.values()) + [t for flags, t in dumps if not flags]
    layout_texts = [t for flags, t in dumps if flags]

    for text in flow_texts:
        for piece in slices(text):
            write(out / "flow-text", piece.encode())
            write(out / "tab-separated", piece.encode())
    for text in layout_texts:
        for piece in slices(text):
            write(out / "layout-text", piece.encode())
            write(out / "flow-text", piece.encode())

    for text in seeds.values():
        cell_sets = list(tsv_cells(text)) or list(flow_cells(text))
        for cells in cell_sets:
            write(out / "list-splitter", splitter_inputs(cells))
        head = "".join(text.splitlines(keepends=True)[:HEAD])
        for encoding in ("gb18030", "utf-16", "utf-16-be", "utf-8-sig"):
            data = head.encode(encoding)
            if encoding == "utf-16-be":
                data = b"\xfe\xff" + data
            write(out / "text-decoder", data)
            write(out / "text-decoder", data[: len(data) // 2])

    json_files = sorted(fixtures.glob("seeds/*.json")) + sorted(fixtures.glob("corpus/*.json"))
    json_files += sorted((fixtures / "testsuites").rglob("*.json"))[:60]
    for path in json_files:
        write(out / "json-parser", path.read_bytes()[:16384])

    for regression in sorted((fixtures / "fuzz-regressions").glob("*/*")):
        write(out / regression.parent.name, regression.read_bytes())
    return 0


if __name__ == "__main__":
    sys.exit(main())
