"""Builds the benchmark corpus under bench-corpus/ (git-ignored) from the
corpus PDFs in Tests/Fixtures/corpus and the seed text exports.

Every PDF is derived with qpdf and pdftocairo, never typed in:
  base/    each fixture PDF as published (LibreOffice) and re-rendered by
           pdftocairo (cairo: other producer, other font subsets), each in
           three file structures (as written, object streams, linearized);
  pdf/     the timed set: copies of the bases plus longer lists made of a
           base's summary pages followed by its detail pages over and over
           (25, 50, 100, 200 and 500 pages);
  growth/  25- to 500-page lists of one base only, so cost per page can be
           compared across sizes;
  text/    the seeds, and each seed's content repeated ×100 in one file.
corpus.json records each file's pages and the items qzqd should find, and
the recipe key: the corpus is rebuilt only when the recipe changes.
"""
import hashlib
import json
import math
import shutil
import subprocess
from pathlib import Path

# Bump when the recipe below changes, so old corpora are rebuilt.
RECIPE_VERSION = 2
LIST_SIZES = (25, 50, 100, 200, 500)
GROWTH_SIZES = (25, 50, 100, 200, 500)
GROWTH_BASE = "zhao-yibao"
TEXT_REPEAT = 100
# Files per kind at scale 1: 202 files, about 5,500 pages.
COMPOSITION = {"full": 128, 25: 56, 50: 10, 100: 5, 200: 2, 500: 1}
STRUCTURES = {
    "plain": [],
    "objstm": ["--object-streams=generate"],
    "linear": ["--linearize"],
}


def run(*args):
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)


def page_count(pdf):
    out = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[1] for line in out.splitlines() if line.startswith("Pages:")))


def first_detail_page(pdf, pages):
    """The detail table (分表) is where 责任事项 first appears in a header;
    the pages before it are the summary (总表), printed once per list."""
    for page in range(1, pages + 1):
        text = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
            check=True, capture_output=True, text=True,
        ).stdout
        if "责任事项" in text:
            return page
    raise SystemExit(f"bench: no detail table found in {pdf}")


def gold_items(source):
    gold = source.with_suffix(".gold.json")
    return len(json.loads(gold.read_text(encoding="utf-8"))["items"])


def list_ranges(pages, detail_start, size):
    """Page ranges for a `size`-page list: the summary once, then the detail
    pages cycled (the last cycle cut short)."""
    ranges = [f"1-{detail_start - 1}"] if detail_start > 1 else []
    have = detail_start - 1
    while have < size:
        take = min(size - have, pages - detail_start + 1)
        ranges.append(f"{detail_start}-{detail_start + take - 1}")
        have += take
    return ranges


def make_list(base, ranges, out):
    args = ["qpdf", "--empty", "--pages"]
    for page_range in ranges:
        args += [str(base), page_range]
    run(*args, "--", str(out))


def recipe_key(root, scale):
    digest = hashlib.sha256()
    digest.update(f"{RECIPE_VERSION} {scale}".encode())
    for path in sorted((root / "Tests/Fixtures/corpus").glob("*.pdf")) + sorted((root / "Tests/Fixtures/seeds").glob("*.txt")):
        digest.update(path.name.encode() + path.read_bytes())
    for tool in (["qpdf", "--version"], ["pdftocairo", "-v"]):
        result = subprocess.run(tool, capture_output=True, text=True)
        digest.update((result.stdout + result.stderr).encode())
    return digest.hexdigest()


def build_bases(root, out):
    """Returns one record per base: path, pages, first detail page, items."""
    base_dir = out / "base"
    base_dir.mkdir(parents=True)
    bases = []
    for source in sorted((root / "Tests/Fixtures/corpus").glob("*.pdf")):
        items = gold_items(source)
        rendered = {"lo": source}
        cairo = base_dir / f"{source.stem}-cairo-raw.pdf"
        run("pdftocairo", "-pdf", str(source), str(cairo))
        rendered["cairo"] = cairo
        for producer, pdf in rendered.items():
            for structure, flags in STRUCTURES.items():
                path = base_dir / f"{source.stem}-{producer}-{structure}.pdf"
                run("qpdf", *flags, str(pdf), str(path))
                pages = page_count(path)
                bases.append({
                    "name": path.stem, "source": source.stem, "path": str(path), "pages": pages,
                    "detailStart": first_detail_page(path, pages), "items": items,
                })
        cairo.unlink()
    return bases


def expected_items(base, size):
    """Items a list of `size` pages made from `base` holds: the base's items
    per detail page times the detail pages (a cut-short cycle rounds)."""
    detail_pages = base["pages"] - base["detailStart"] + 1
    return round(base["items"] * (size - base["detailStart"] + 1) / detail_pages)


def build_lists(bases, out, scale):
    pdf_dir = out / "pdf"
    pdf_dir.mkdir()
    files = []
    for kind, count in COMPOSITION.items():
        for index in range(math.ceil(count * scale)):
            base = bases[index % len(bases)]
            size = base["pages"] if kind == "full" else kind
            path = pdf_dir / f"{kind if kind == 'full' else f'p{kind:03d}'}-{index:03d}-{base['name']}.pdf"
            if kind == "full":
                shutil.copyfile(base["path"], path)
            else:
                make_list(base["path"], list_ranges(base["pages"], base["detailStart"], size), path)
            files.append({"path": str(path), "base": base["name"], "pages": size, "items": expected_items(base, size)})
    growth_dir = out / "growth"
    growth_dir.mkdir()
    growth_base = next(b for b in bases if b["name"] == f"{GROWTH_BASE}-lo-plain")
    growth = []
    for size in GROWTH_SIZES:
        path = growth_dir / f"{GROWTH_BASE}-{size:03d}p.pdf"
        make_list(growth_base["path"], list_ranges(growth_base["pages"], growth_base["detailStart"], size), path)
        growth.append({"path": str(path), "pages": size, "items": expected_items(growth_base, size)})
    return files, growth


def build_texts(root, out):
    text_dir = out / "text"
    text_dir.mkdir()
    texts = []
    for seed in sorted((root / "Tests/Fixtures/seeds").glob("*.txt")):
        single = text_dir / seed.name
        shutil.copyfile(seed, single)
        repeated = text_dir / f"{seed.stem}.x{TEXT_REPEAT}.txt"
        repeated.write_bytes(seed.read_bytes() * TEXT_REPEAT)
        texts.append({"seed": str(single), "repeated": str(repeated), "repeat": TEXT_REPEAT,
                      "items": gold_items(seed)})
    return texts


def ensure_corpus(root, out, scale):
    """Returns the corpus description, building the corpus when missing or stale."""
    description_path = out / "corpus.json"
    key = recipe_key(root, scale)
    if description_path.exists():
        description = json.loads(description_path.read_text())
        if description.get("key") == key:
            return description
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    bases = build_bases(root, out)
    files, growth = build_lists(bases, out, scale)
    description = {"key": key, "scale": scale, "bases": bases, "files": files, "growth": growth,
                   "texts": build_texts(root, out)}
    description_path.write_text(json.dumps(description, indent=1, ensure_ascii=False))
    return description
