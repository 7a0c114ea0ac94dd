#!/usr/bin/env python3
"""Seconds per page of two builds of the `pdf_tables` example on every sample PDF,
interleaved so both see the same machine load: to check that a change costs no speed.

Per file and build: the best of ROUNDS medians of 5 reads (`pdf_tables FILE --repeat 5`),
the builds alternating. Prints per file both times and new/base, then the sums and the
median per-file ratio.

Usage: ab.py BASE_BIN NEW_BIN [ROUNDS]   (build each with
`cargo build --release -p ntm-parsers --example pdf_tables` and copy the binary away)
"""
import glob, os, statistics, subprocess, sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def spp(binary, path):
    out = subprocess.run([binary, path, "--repeat", "5"], check=True, capture_output=True, text=True).stdout
    return float(out.strip().split("\t")[-1])


def main():
    base, new = sys.argv[1], sys.argv[2]
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    pdfs = sorted(glob.glob(os.path.join(ROOT, "samples", "*.pdf")))
    tb, tn = [], []
    print("file\tbase s/page\tnew s/page\tnew/base")
    for p in pdfs:
        b, n = float("inf"), float("inf")
        for _ in range(rounds):
            b = min(b, spp(base, p))
            n = min(n, spp(new, p))
        tb.append(b)
        tn.append(n)
        print(f"{os.path.basename(p)}\t{b:.5f}\t{n:.5f}\t{n / b:.2f}", flush=True)
    print(f"SUM\t{sum(tb):.5f}\t{sum(tn):.5f}\t{sum(tn) / sum(tb):.3f}")
    print(f"median ratio {statistics.median(n / b for b, n in zip(tb, tn)):.3f}")


if __name__ == "__main__":
    main()
