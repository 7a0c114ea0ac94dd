"""Makes image-only PDFs that look like scans of sample PDFs.

Each page of a source PDF is rendered at 150, 200 and 300 dpi (pdftoppm, greyscale),
turned by a small angle, sprinkled with speckle noise and a little grain, saved as
JPEG and wrapped, one image per page at the page's own size, into a PDF with no text
layer (img2pdf embeds the JPEG bytes as they are). Angles and noise come from a seeded
generator per file, so the output is the same on every run.

Usage: samples/make_scans.sh [OUT_DIR]   (default samples/scans)
"""

import hashlib
import io
import subprocess
import sys
import tempfile
from pathlib import Path

import img2pdf
import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parent
# Sources with ground truth in samples/truth/: ruled tables across two pages, spans,
# and a table drawn without rules.
SOURCES = [
    "pl01-targets.lo.pdf",
    "pl06-agencies.lo.pdf",
    "pl07-roadmap-ntm.chromium.pdf",
    "pl08-roadmap-nc.chromium-norules.pdf",
]
DPIS = [150, 200, 300]
JPEG_QUALITY = 50
SPECKLE = 0.0015  # share of pixels turned black or white
GRAIN = 3.0  # standard deviation of grey-level noise


def render(pdf: Path, dpi: int, tmp: Path) -> list[Path]:
    stem = tmp / f"{pdf.stem}-{dpi}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", str(pdf), str(stem)], check=True)
    return sorted(tmp.glob(f"{stem.name}-*.pgm"))


def scan_page(img: Image.Image, rng: np.random.Generator) -> Image.Image:
    angle = float(rng.uniform(0.4, 1.5) * rng.choice([-1, 1]))
    img = img.rotate(angle, resample=Image.BILINEAR, fillcolor=255)
    a = np.asarray(img, dtype=np.float32)
    a = a + rng.normal(0.0, GRAIN, a.shape)
    u = rng.random(a.shape)
    a[u < SPECKLE / 2] = 0.0
    a[(u >= SPECKLE / 2) & (u < SPECKLE)] = 255.0
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), mode="L"), angle


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "scans"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        for name in SOURCES:
            src = ROOT / name
            stem = name.split(".")[0]
            for dpi in DPIS:
                seed = int.from_bytes(hashlib.sha256(f"{name}:{dpi}".encode()).digest()[:8], "big")
                rng = np.random.default_rng(seed)
                jpegs, angles = [], []
                for page in render(src, dpi, tmp):
                    img, angle = scan_page(Image.open(page), rng)
                    buf = io.BytesIO()
                    img.save(buf, "JPEG", quality=JPEG_QUALITY, dpi=(dpi, dpi))
                    jpegs.append(buf.getvalue())
                    angles.append(angle)
                target = out / f"{stem}.scan{dpi}.pdf"
                layout = img2pdf.get_fixed_dpi_layout_fun((dpi, dpi))
                target.write_bytes(img2pdf.convert(jpegs, layout_fun=layout))
                turns = ", ".join(f"{a:+.2f}" for a in angles)
                print(f"{target.relative_to(ROOT.parent)}: {len(jpegs)} pages, turned {turns} degrees, "
                      f"{target.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
