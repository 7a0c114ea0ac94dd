#!/usr/bin/env python3
"""Cell accuracy and speed of PDF table extractors on samples/*.pdf against samples/truth/.

Metric (the same as parsers/tests/pdf_samples.rs): cells are compared at their top-left
(row, col) after NFC and white-space collapsing, over the positions where either side
has text; the best-matching table of a file counts. Tools that give one table per page
(pdfplumber, PyMuPDF, Camelot) have their page tables with the largest table's column
count stacked into one, repeated header rows dropped, as a user would do. Seconds per page: median of --runs runs.

Overall seconds per page: all files' time over all their pages (each file's median
seconds per page times its pages). The last lines give ours' speed-up over pdfplumber
per page: overall (the ratio of the overall seconds per page), median and lowest per file.

Usage: bench.py --ours-bin PATH [--runs N] [--tools ours,pdfplumber,pymupdf,camelot]
"""
import argparse, csv, glob, io, os, statistics, subprocess, sys, tempfile, time, unicodedata

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SAMPLES = os.path.join(ROOT, "samples")


def norm(t):
    return " ".join(unicodedata.normalize("NFC", t or "").split())


def truth_grid(stem):
    g = {}
    with open(os.path.join(SAMPLES, "truth", stem + ".csv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            g[(int(r["row"]), int(r["col"]))] = norm(r["text"])
    return g


def rows_to_grid(rows):
    g = {}
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t = norm(v if isinstance(v, str) else ("" if v is None else str(v)))
            if t:
                g[(i, j)] = t
    return g


def score(truth, got):
    keys = {k for k, v in truth.items() if v} | {k for k, v in got.items() if v}
    ok = sum(1 for k in keys if truth.get(k, "") == got.get(k, ""))
    return ok, len(keys)


def stack(tables):
    """Page tables (lists of rows) → one grid per column count, biggest first."""
    if not tables:
        return []
    width = max(len(t[0]) if t else 0 for t in tables)
    same = [t for t in tables if t and len(t[0]) == width]
    rows = list(same[0]) if same else []
    for t in same[1:]:
        # Drop leading rows that repeat the first table's header, as a user would.
        k = 0
        while k < len(t) and k < len(same[0]) and [norm(str(x or "")) for x in t[k]] == [norm(str(x or "")) for x in same[0][k]]:
            k += 1
        rows.extend(t[k:])
    return [rows] + tables


def pdfplumber_tables(path):
    import pdfplumber
    out = []
    with pdfplumber.open(path) as pdf:
        for p in pdf.pages:
            out.extend(p.extract_tables())
        n = len(pdf.pages)
    return out, n


def pymupdf_tables(path):
    import pymupdf
    out = []
    doc = pymupdf.open(path)
    for p in doc:
        for t in p.find_tables().tables:
            out.append(t.extract())
    return out, len(doc)


def camelot_tables(path):
    import camelot
    ts = camelot.read_pdf(path, pages="all", flavor="lattice")
    out = [t.df.values.tolist() for t in ts]
    import pymupdf
    return out, len(pymupdf.open(path))


def page_count(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


def ours_tables(path, binary):
    with tempfile.TemporaryDirectory() as d:
        subprocess.run([binary, path, "--csv", d], check=True, capture_output=True)
        grids = []
        for f in sorted(glob.glob(os.path.join(d, "*.csv"))):
            g = {}
            with open(f, encoding="utf-8", newline="") as fh:
                for r in csv.DictReader(fh):
                    g[(int(r["row"]), int(r["col"]))] = norm(r["text"])
            grids.append(g)
    return grids


def ours_seconds_per_page(path, binary, runs):
    out = subprocess.run([binary, path, "--repeat", str(runs)], check=True, capture_output=True, text=True).stdout
    return float(out.strip().split("\t")[-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ours-bin", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--tools", default="ours,pdfplumber,pymupdf,camelot")
    a = ap.parse_args()
    tools = a.tools.split(",")
    funcs = {"pdfplumber": pdfplumber_tables, "pymupdf": pymupdf_tables, "camelot": camelot_tables}
    pdfs = sorted(p for p in glob.glob(os.path.join(SAMPLES, "*.pdf"))
                  if os.path.exists(os.path.join(SAMPLES, "truth", os.path.basename(p).split(".")[0] + ".csv")))
    print("file\t" + "\t".join(f"{t} acc\t{t} s/page" for t in tools))
    totals = {t: [0, 0] for t in tools}
    seconds = {t: 0.0 for t in tools}  # time over all pages, from per-file medians
    pages_ok = {t: 0 for t in tools}
    speedups = []  # (pdfplumber s/page / ours s/page, file)
    for p in pdfs:
        stem = os.path.basename(p).split(".")[0]
        truth = truth_grid(stem)
        n_pages = page_count(p)
        spp_of = {}
        cols = []
        for t in tools:
            try:
                if t == "ours":
                    grids = ours_tables(p, a.ours_bin)
                    spp = ours_seconds_per_page(p, a.ours_bin, a.runs)
                else:
                    times = []
                    for _ in range(a.runs):
                        t0 = time.perf_counter()
                        tables, n = funcs[t](p)
                        times.append((time.perf_counter() - t0) / max(n, 1))
                    spp = statistics.median(times)
                    grids = [rows_to_grid(rows) for rows in stack(tables)]
                spp_of[t] = spp
                seconds[t] += spp * n_pages
                pages_ok[t] += n_pages
                best = max((score(truth, g) for g in grids), default=(0, len(truth)), key=lambda s: s[0])
                totals[t][0] += best[0]
                totals[t][1] += best[1]
                cols.append(f"{100 * best[0] / max(best[1], 1):.1f}%\t{spp:.4f}")
            except Exception as e:  # a tool failing on a file scores 0 there
                cols.append(f"error:{type(e).__name__}\t-")
                totals[t][1] += len(truth)
        if spp_of.get("ours") and spp_of.get("pdfplumber"):
            speedups.append((spp_of["pdfplumber"] / spp_of["ours"], os.path.basename(p)))
        print(os.path.basename(p) + "\t" + "\t".join(cols), flush=True)
    print("ALL cells\t" + "\t".join(
        f"{100 * totals[t][0] / max(totals[t][1], 1):.1f}%\t"
        + (f"{seconds[t] / pages_ok[t]:.4f}" if pages_ok[t] else "-")
        for t in tools))
    if speedups and pages_ok.get("ours") and pages_ok.get("pdfplumber"):
        overall = (seconds["pdfplumber"] / pages_ok["pdfplumber"]) / (seconds["ours"] / pages_ok["ours"])
        ratios = sorted(speedups)
        print(f"speed-up per page over pdfplumber: overall {overall:.1f}x, "
              f"median {statistics.median(r for r, _ in ratios):.1f}x, "
              f"lowest {ratios[0][0]:.1f}x ({ratios[0][1]}), over {len(ratios)} files")


if __name__ == "__main__":
    main()
