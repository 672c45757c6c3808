"""The benchmark behind scripts/bench: times pdftotext and qzqd over the same
corpus and prints one summary table. See BENCHMARKS.md for the method."""
import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

import corpus
from measure import Series, timed

TARGET_RATIO = 1.3
TARGET_SPEEDUP = 1.8
TARGET_RSS_MB = 150
# Cost per page at 500 pages over that at 25 pages: "flat" allows this much.
TARGET_GROWTH = 1.2


def parse_arguments():
    parser = argparse.ArgumentParser(prog="scripts/bench", description=__doc__)
    parser.add_argument("--qzqd", required=True, help="the release qzqd binary")
    parser.add_argument("--reps", type=int, default=3, help="repetitions of every timing (default 3)")
    parser.add_argument("--scale", type=float, default=1.0,
                        help="corpus size: 1 is 202 PDFs / 5,502 pages (default); 0.1 for a quick look")
    parser.add_argument("--jobs", type=int, default=os.cpu_count(), help="parallel run's --jobs (default: all cores)")
    parser.add_argument("--text-runs", type=int, default=100, help="convert runs per seed text file (default 100)")
    return parser.parse_args()


def log(message):
    print(f"bench: {message}", file=sys.stderr, flush=True)


class Bench:
    def __init__(self, options, root, work):
        self.options = options
        self.qzqd = options.qzqd
        self.work = work
        self.corpus = corpus.ensure_corpus(root, root / "bench-corpus", options.scale)
        self.pdf_dir = root / "bench-corpus" / "pdf"
        self.pdfs = [f["path"] for f in self.corpus["files"]]
        self.pages = sum(f["pages"] for f in self.corpus["files"])
        self.load_before = os.getloadavg()[0]

    def fresh(self, name):
        path = self.work / name
        shutil.rmtree(path, ignore_errors=True)
        path.mkdir()
        return path

    def pdftotext_all(self):
        out = self.fresh("pdftotext")
        script = 'out=$1; shift; for f; do pdftotext "$f" "$out/${f##*/}.txt" || exit 1; done'
        return timed(["sh", "-c", script, "sh", str(out), *self.pdfs])

    def pdftotext_parallel(self):
        """The machine's own ceiling for the batch speed-up: the same files,
        --jobs processes of pdftotext at a time."""
        out = self.fresh("pdftotext-parallel")
        script = ('out=$1; jobs=$2; shift 2; printf "%s\\n" "$@" | '
                  'xargs -P "$jobs" -I{} sh -c \'pdftotext "$1" "$2/${1##*/}.txt"\' sh {} "$out"')
        return timed(["sh", "-c", script, "sh", str(out), str(self.options.jobs), *self.pdfs])

    def batch(self, jobs):
        out = self.fresh(f"batch-{jobs}")
        # Status 1 is "some files failed": counted and reported, not fatal.
        run = timed([self.qzqd, "batch", str(self.pdf_dir), str(out), "--jobs", str(jobs), "--force", "--quiet"],
                    allowed=(0, 1))
        return run, json.loads((out / "manifest.json").read_text())

    def check_manifest(self, manifest):
        """Every file converted, and the items qzqd found against those the
        corpus holds (a list that lost pages would come out short)."""
        entries = {e["path"]: e for e in manifest["files"]}
        failed = sorted(p for p, e in entries.items() if e["status"] != "ok")
        for path in failed:
            log(f"qzqd failed on {path}: {entries[path].get('error')}")
        found, expected, short = 0, 0, {}
        for file in self.corpus["files"]:
            items = entries[Path(file["path"]).name]["items"] or 0
            found += items
            expected += file["items"]
            if items < file["items"]:
                short[file["base"]] = short.get(file["base"], 0) + file["items"] - items
        return found, expected, short, len(failed)

    def throughput(self):
        """pdftotext, batch --jobs 1 and batch --jobs N, interleaved so that
        noise from the rest of the machine falls on all three alike."""
        series = {name: {"wall": Series(), "cpu": Series(), "rss": Series()}
                  for name in ("pdftotext", "pdftotext-parallel", "single", "parallel")}
        manifest = None
        for rep in range(self.options.reps):
            log(f"throughput repetition {rep + 1}/{self.options.reps}")
            for name, action in (("pdftotext", self.pdftotext_all), ("pdftotext-parallel", self.pdftotext_parallel),
                                 ("single", lambda: self.batch(1)), ("parallel", lambda: self.batch(self.options.jobs))):
                result = action()
                run, manifest = result if isinstance(result, tuple) else (result, manifest)
                for key, value in (("wall", run.wall), ("cpu", run.cpu), ("rss", run.peak_rss_mb)):
                    series[name][key].add(value)
                log(f"  {name}: {run.wall:.2f} s wall, {run.cpu:.2f} s CPU")
        return series, self.check_manifest(manifest)

    def growth(self):
        rows = []
        out = self.work / "growth.json"
        for file in self.corpus["growth"]:
            per_page, text_per_page, rss = Series(), Series(), Series()
            for _ in range(self.options.reps):
                run = timed([self.qzqd, "convert", file["path"], "-o", str(out)])
                per_page.add(1000 * run.wall / file["pages"])
                rss.add(run.peak_rss_mb)
                text_per_page.add(1000 * timed(["pdftotext", file["path"], str(self.work / "growth.txt")]).wall / file["pages"])
            items = len(json.loads(out.read_text())["items"])
            rows.append({"pages": file["pages"], "ms": per_page, "pdftotext": text_per_page, "rss": rss,
                         "items": items, "expected": file["items"]})
            log(f"growth {file['pages']} pages: {per_page.median:.2f} ms/page")
        return rows

    def text(self):
        rows = []
        out = self.work / "text.json"
        for seed in self.corpus["texts"]:
            size = Path(seed["seed"]).stat().st_size
            runs = [timed([self.qzqd, "convert", seed["seed"], "-o", str(out)]).wall for _ in range(self.options.text_runs)]
            repeated = Path(seed["repeated"])
            big = Series()
            for _ in range(self.options.reps):
                big.add(repeated.stat().st_size / 1e6 / timed([self.qzqd, "convert", str(repeated), "-o", str(out)]).wall)
            rows.append({"name": Path(seed["seed"]).name, "kb": size / 1000, "run": Series(1000 * r for r in runs),
                         "mbps": size * len(runs) / 1e6 / sum(runs), "repeated_mb": repeated.stat().st_size / 1e6,
                         "repeated_mbps": big})
            log(f"text {rows[-1]['name']}: {rows[-1]['mbps']:.2f} MB/s")
        return rows


def verdict(ok):
    return "ok" if ok else "MISSED"


def report(bench, series, items, growth, text):
    opts = bench.options
    pages = bench.pages
    pt, single, parallel = series["pdftotext"], series["single"], series["parallel"]
    ratio = Series(s / p for s, p in zip(single["wall"].values, pt["wall"].values))
    cpu_ratio = Series(s / p for s, p in zip(single["cpu"].values, pt["cpu"].values))
    speedup = Series(s / p for s, p in zip(single["wall"].values, parallel["wall"].values))
    pt_parallel = series["pdftotext-parallel"]
    ceiling = Series(s / p for s, p in zip(pt["wall"].values, pt_parallel["wall"].values))
    growth_ratio = growth[-1]["ms"].median / growth[0]["ms"].median
    rss_500 = growth[-1]["rss"].median
    found, expected, short, failed = items
    first, last = growth[0]["pages"], growth[-1]["pages"]
    lines = [
        "",
        f"qzqd benchmark — {len(bench.pdfs)} PDFs, {pages} pages; {opts.reps} repetitions, median ±spread (max−min)/median; "
        f"{os.cpu_count()} cores",
        # Other work on the machine shows here first: a load near the core count
        # before the run means the wall times (and the speed-up) are not to be trusted.
        f"load average (1 min) before the run {bench.load_before:.1f}, after {os.getloadavg()[0]:.1f}",
        "",
        f"{'run':<34}{'wall s':>16}{'pages/s':>16}{'CPU s':>16}{'peak RSS MB':>14}",
    ]
    for label, s in (("pdftotext, one file at a time", pt), (f"pdftotext, {opts.jobs} at a time", pt_parallel),
                     ("qzqd batch --jobs 1", single), (f"qzqd batch --jobs {opts.jobs}", parallel)):
        rate = Series(pages / w for w in s["wall"].values)
        lines.append(f"{label:<34}{s['wall'].show():>16}{rate.show(0):>16}{s['cpu'].show():>16}{s['rss'].median:>14.0f}")
    lines += [
        (f"FAILED: {failed} files (listed above); " if failed else "")
        + f"items found by qzqd: {found} of {expected} the corpus holds"
        + (f" (short: {', '.join(f'{k} −{v}' for k, v in sorted(short.items()))})" if short else ""),
        "",
        f"{'growth: qzqd convert one list':<34}{'ms/page':>16}{'pdftotext ms/p':>16}{'peak RSS MB':>16}{'items':>14}",
    ]
    for row in growth:
        lines.append(f"{str(row['pages']) + ' pages':<34}{row['ms'].show():>16}{row['pdftotext'].show():>16}"
                     f"{row['rss'].median:>16.0f}{str(row['items']) + '/' + str(row['expected']):>14}")
    lines += ["", f"{'text export: qzqd convert':<34}{'KB':>8}{'ms/run':>16}{'MB/s':>8}{'×100 file MB':>16}{'MB/s':>16}"]
    for row in text:
        lines.append(f"{row['name']:<34}{row['kb']:>8.1f}{row['run'].show(1):>16}{row['mbps']:>8.2f}"
                     f"{row['repeated_mb']:>16.1f}{row['repeated_mbps'].show():>16}")
    lines += [
        "",
        f"{'target':<52}{'measured':>16}  verdict",
        f"{'qzqd / pdftotext, one core (wall) ≤ ' + str(TARGET_RATIO):<52}{ratio.show():>16}  {verdict(ratio.median <= TARGET_RATIO)}",
        f"{'  (CPU time, for reference)':<52}{cpu_ratio.show():>16}",
        f"{f'batch speed-up, --jobs {opts.jobs} over --jobs 1 ≥ {TARGET_SPEEDUP}':<52}{speedup.show():>16}  "
        f"{verdict(speedup.median >= TARGET_SPEEDUP)}",
        # What the machine allows: another's load on shared cores lowers both alike.
        f"{f'  (pdftotext, {opts.jobs} processes over one, the same rounds)':<52}{ceiling.show():>16}",
        f"{f'peak RSS, convert of {last} pages ≤ {TARGET_RSS_MB} MB':<52}"
        f"{rss_500:>13.0f} MB  {verdict(rss_500 <= TARGET_RSS_MB)}",
        f"{f'cost per page, {last} over {first} pages ≤ {TARGET_GROWTH}':<52}"
        f"{growth_ratio:>16.2f}  {verdict(growth_ratio <= TARGET_GROWTH)}",
    ]
    print("\n".join(lines))


def main():
    options = parse_arguments()
    root = Path(__file__).resolve().parents[2]
    with tempfile.TemporaryDirectory(prefix="qzqd-bench-") as work:
        bench = Bench(options, root, Path(work))
        log(f"corpus: {len(bench.pdfs)} PDFs, {bench.pages} pages in bench-corpus/")
        # Warm-up: the files into the page cache, the binaries' first start.
        for pdf in bench.pdfs:
            Path(pdf).read_bytes()
        timed([bench.qzqd, "convert", bench.pdfs[0], "-o", str(Path(work) / "warm.json")])
        series, items = bench.throughput()
        growth = bench.growth()
        text = bench.text()
        report(bench, series, items, growth, text)


if __name__ == "__main__":
    main()
