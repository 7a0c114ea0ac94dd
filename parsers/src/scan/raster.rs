//! A greyscale raster and the pixel operations the scan reader needs: PGM in and
//! out, median filtering, Otsu's threshold, rotation and crops. Values are 0 (black)
//! to 255 (white), rows top to bottom.

/// An 8-bit greyscale image.
#[derive(Debug, Clone, PartialEq)]
pub struct Gray {
    /// Width in pixels.
    pub width: usize,
    /// Height in pixels.
    pub height: usize,
    /// Row-major pixels, `width * height` of them.
    pub pixels: Vec<u8>,
}

impl Gray {
    /// A white image.
    pub fn white(width: usize, height: usize) -> Gray {
        Gray {
            width,
            height,
            pixels: vec![255; width * height],
        }
    }

    /// Pixel at `(x, y)`.
    pub fn at(&self, x: usize, y: usize) -> u8 {
        self.pixels[y * self.width + x]
    }

    /// Parses a binary PGM (`P5`, maxval ≤ 255), as `pdftoppm -gray` writes it.
    pub fn from_pgm(bytes: &[u8]) -> Result<Gray, String> {
        let mut pos = 0;
        let mut fields = Vec::new();
        while fields.len() < 4 {
            while pos < bytes.len() && bytes[pos].is_ascii_whitespace() {
                pos += 1;
            }
            if pos < bytes.len() && bytes[pos] == b'#' {
                while pos < bytes.len() && bytes[pos] != b'\n' {
                    pos += 1;
                }
                continue;
            }
            let start = pos;
            while pos < bytes.len() && !bytes[pos].is_ascii_whitespace() {
                pos += 1;
            }
            if start == pos {
                return Err("PGM header truncated".into());
            }
            fields.push(String::from_utf8_lossy(&bytes[start..pos]).into_owned());
        }
        pos += 1; // the single white-space character before the raster
        if fields[0] != "P5" {
            return Err(format!("expected a binary PGM (P5), got {}", fields[0]));
        }
        let num = |s: &str| {
            s.parse::<usize>()
                .map_err(|_| format!("bad PGM number {s:?}"))
        };
        let (width, height, maxval) = (num(&fields[1])?, num(&fields[2])?, num(&fields[3])?);
        if maxval == 0 || maxval > 255 {
            return Err(format!("PGM maxval {maxval} not supported"));
        }
        let n = width
            .checked_mul(height)
            .ok_or_else(|| "PGM size overflows".to_string())?;
        let data = bytes
            .get(pos..pos + n)
            .ok_or_else(|| format!("PGM raster truncated: {width}x{height} expected"))?;
        let pixels = if maxval == 255 {
            data.to_vec()
        } else {
            data.iter()
                .map(|&v| (v as usize * 255 / maxval) as u8)
                .collect()
        };
        Ok(Gray {
            width,
            height,
            pixels,
        })
    }

    /// Binary PGM bytes.
    pub fn to_pgm(&self) -> Vec<u8> {
        let mut out = format!("P5\n{} {}\n255\n", self.width, self.height).into_bytes();
        out.extend_from_slice(&self.pixels);
        out
    }

    /// 3×3 median: removes isolated speckles (salt and pepper noise) while keeping
    /// strokes two pixels or more wide.
    pub fn median3(&self) -> Gray {
        let (w, h) = (self.width, self.height);
        let mut out = self.clone();
        if w < 3 || h < 3 {
            return out;
        }
        let p = &self.pixels;
        for y in 1..h - 1 {
            for x in 1..w - 1 {
                let mut v = [0u8; 9];
                let mut k = 0;
                for dy in 0..3 {
                    let row = (y + dy - 1) * w;
                    v[k..k + 3].copy_from_slice(&p[row + x - 1..row + x + 2]);
                    k += 3;
                }
                // Median of nine by a partial selection.
                let (_, m, _) = v.select_nth_unstable(4);
                out.pixels[y * w + x] = *m;
            }
        }
        out
    }

    /// Otsu's threshold: the grey level that best separates ink from paper
    /// (pixels ≤ the threshold are ink).
    pub fn otsu(&self) -> u8 {
        let mut hist = [0u64; 256];
        for &v in &self.pixels {
            hist[v as usize] += 1;
        }
        let total = self.pixels.len() as f64;
        let sum: f64 = hist
            .iter()
            .enumerate()
            .map(|(i, &c)| i as f64 * c as f64)
            .sum();
        let (mut w0, mut sum0, mut best, mut best_t) = (0.0, 0.0, -1.0, 127u8);
        for (t, &c) in hist.iter().enumerate() {
            w0 += c as f64;
            sum0 += t as f64 * c as f64;
            let w1 = total - w0;
            if w0 == 0.0 || w1 == 0.0 {
                continue;
            }
            let (m0, m1) = (sum0 / w0, (sum - sum0) / w1);
            let between = w0 * w1 * (m0 - m1) * (m0 - m1);
            if between > best {
                best = between;
                best_t = t as u8;
            }
        }
        best_t
    }

    /// The grey level below which `share` (0–1) of the pixels lie.
    pub fn percentile(&self, share: f32) -> u8 {
        let mut hist = [0usize; 256];
        for &v in &self.pixels {
            hist[v as usize] += 1;
        }
        let want = (share.clamp(0.0, 1.0) * self.pixels.len() as f32) as usize;
        let mut seen = 0;
        for (v, &c) in hist.iter().enumerate() {
            seen += c;
            if seen > want {
                return v as u8;
            }
        }
        255
    }

    /// Ink mask: `true` where the pixel is at most `threshold`.
    pub fn ink(&self, threshold: u8) -> Vec<bool> {
        self.pixels.iter().map(|&v| v <= threshold).collect()
    }

    /// The image turned by `degrees` (counter-clockwise positive, as a page turned
    /// to the left) about its centre, bilinear, with white where nothing maps.
    pub fn rotate(&self, degrees: f32) -> Gray {
        let (w, h) = (self.width, self.height);
        let (sin, cos) = degrees.to_radians().sin_cos();
        let (cx, cy) = (w as f32 / 2.0, h as f32 / 2.0);
        let mut out = Gray::white(w, h);
        for y in 0..h {
            let dy = y as f32 - cy;
            for x in 0..w {
                let dx = x as f32 - cx;
                // Inverse mapping: where in the source this output pixel comes from.
                let sx = cos * dx - sin * dy + cx;
                let sy = sin * dx + cos * dy + cy;
                if sx < 0.0 || sy < 0.0 || sx >= (w - 1) as f32 || sy >= (h - 1) as f32 {
                    continue;
                }
                let (x0, y0) = (sx as usize, sy as usize);
                let (fx, fy) = (sx - x0 as f32, sy - y0 as f32);
                let p = |xx: usize, yy: usize| self.pixels[yy * w + xx] as f32;
                let top = p(x0, y0) * (1.0 - fx) + p(x0 + 1, y0) * fx;
                let bottom = p(x0, y0 + 1) * (1.0 - fx) + p(x0 + 1, y0 + 1) * fx;
                out.pixels[y * w + x] = (top * (1.0 - fy) + bottom * fy).round() as u8;
            }
        }
        out
    }

    /// The pixels of `[x0, x1) × [y0, y1)` (clipped to the image) surrounded by a
    /// white margin of `pad` pixels: Tesseract reads text touching the image edge badly.
    pub fn crop_padded(&self, x0: usize, y0: usize, x1: usize, y1: usize, pad: usize) -> Gray {
        let (x1, y1) = (x1.min(self.width), y1.min(self.height));
        let (x0, y0) = (x0.min(x1), y0.min(y1));
        let mut out = Gray::white(x1 - x0 + 2 * pad, y1 - y0 + 2 * pad);
        for y in y0..y1 {
            let src = &self.pixels[y * self.width + x0..y * self.width + x1];
            let o = (y - y0 + pad) * out.width + pad;
            out.pixels[o..o + src.len()].copy_from_slice(src);
        }
        out
    }

    /// The image scaled by `f` (≤ 1) with each pixel the mean of the pixels it
    /// covers; `f` ≥ 1 returns a copy.
    pub fn scaled(&self, f: f32) -> Gray {
        if !(f > 0.0 && f < 1.0) || self.width == 0 || self.height == 0 {
            return self.clone();
        }
        let (w, h) = (
            ((self.width as f32 * f).round() as usize).max(1),
            ((self.height as f32 * f).round() as usize).max(1),
        );
        let span = |i: usize, n: usize, src: usize| {
            let a = (i * src / n).min(src - 1);
            let b = ((i + 1) * src / n).clamp(a + 1, src);
            a..b
        };
        let mut out = Gray::white(w, h);
        for y in 0..h {
            let ys = span(y, h, self.height);
            for x in 0..w {
                let xs = span(x, w, self.width);
                let (mut sum, mut n) = (0u32, 0u32);
                for yy in ys.clone() {
                    for xx in xs.clone() {
                        sum += u32::from(self.pixels[yy * self.width + xx]);
                        n += 1;
                    }
                }
                out.pixels[y * w + x] = (sum / n.max(1)) as u8;
            }
        }
        out
    }

    /// Paints `[x0, x1) × [y0, y1)` white (clipped to the image).
    pub fn blank(&mut self, x0: usize, y0: usize, x1: usize, y1: usize) {
        let (x1, y1) = (x1.min(self.width), y1.min(self.height));
        for y in y0.min(y1)..y1 {
            let row = y * self.width;
            self.pixels[row + x0.min(x1)..row + x1].fill(255);
        }
    }
}

/// Removes specks from an ink mask (row-major, `width` wide): connected blots of
/// fewer than `max_area` pixels with no larger blot within `reach` pixels. A tone
/// mark, the dot of an "i" or a full stop sits next to its letter and stays; noise
/// in the white space between words and around cells goes. The median filter alone
/// does not remove it once a low-resolution scan has been enlarged: one speck of
/// the original is then several pixels wide.
pub fn despeckle(ink: &mut [bool], width: usize, max_area: usize, reach: usize) {
    if width == 0 || max_area == 0 {
        return;
    }
    let height = ink.len() / width;
    // Label 8-connected blots; keep each blot's pixels until its size is known.
    let mut seen = vec![false; ink.len()];
    let mut small: Vec<(Vec<usize>, [usize; 4])> = Vec::new(); // pixels, x0 y0 x1 y1
    let mut big = vec![false; ink.len()];
    let mut stack = Vec::new();
    for start in 0..ink.len() {
        if !ink[start] || seen[start] {
            continue;
        }
        seen[start] = true;
        stack.push(start);
        let mut pixels = Vec::new();
        let mut bb = [usize::MAX, usize::MAX, 0, 0];
        while let Some(i) = stack.pop() {
            let (x, y) = (i % width, i / width);
            bb = [bb[0].min(x), bb[1].min(y), bb[2].max(x), bb[3].max(y)];
            pixels.push(i);
            for ny in y.saturating_sub(1)..(y + 2).min(height) {
                for nx in x.saturating_sub(1)..(x + 2).min(width) {
                    let j = ny * width + nx;
                    if ink[j] && !seen[j] {
                        seen[j] = true;
                        stack.push(j);
                    }
                }
            }
        }
        if pixels.len() < max_area {
            small.push((pixels, bb));
        } else {
            for i in pixels {
                big[i] = true;
            }
        }
    }
    // Summed-area table of the large blots: is there one within reach of a box?
    let w1 = width + 1;
    let mut sum = vec![0u32; w1 * (height + 1)];
    for y in 0..height {
        let mut row = 0u32;
        for x in 0..width {
            row += u32::from(big[y * width + x]);
            sum[(y + 1) * w1 + x + 1] = sum[y * w1 + x + 1] + row;
        }
    }
    for (pixels, [x0, y0, x1, y1]) in small {
        let (ax, ay) = (x0.saturating_sub(reach), y0.saturating_sub(reach));
        let (bx, by) = ((x1 + reach + 1).min(width), (y1 + reach + 1).min(height));
        let near = sum[by * w1 + bx] + sum[ay * w1 + ax] - sum[ay * w1 + bx] - sum[by * w1 + ax];
        if near == 0 {
            for i in pixels {
                ink[i] = false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pgm_round_trip() {
        let mut g = Gray::white(3, 2);
        g.pixels[4] = 7;
        assert_eq!(Gray::from_pgm(&g.to_pgm()).unwrap(), g);
        assert!(Gray::from_pgm(b"P5\n3 2\n255\n\x00").is_err());
        assert!(Gray::from_pgm(b"P6\n1 1\n255\n\x00\x00\x00").is_err());
    }

    #[test]
    fn median_removes_a_speckle_and_keeps_a_stroke() {
        let mut g = Gray::white(9, 9);
        g.pixels[2 * 9 + 2] = 0; // lone speckle
        for y in 0..9 {
            g.pixels[y * 9 + 6] = 0; // two-pixel-wide stroke
            g.pixels[y * 9 + 7] = 0;
        }
        let m = g.median3();
        assert_eq!(m.at(2, 2), 255);
        assert_eq!(m.at(6, 4), 0);
    }

    #[test]
    fn despeckle_keeps_marks_next_to_letters() {
        let (w, h) = (60, 30);
        let mut ink = vec![false; w * h];
        let mut blot = |x0: usize, y0: usize, x1: usize, y1: usize| {
            for y in y0..y1 {
                for x in x0..x1 {
                    ink[y * w + x] = true;
                }
            }
        };
        blot(10, 10, 14, 25); // a letter's stem
        blot(11, 6, 13, 8); // its dot, two pixels above
        blot(40, 5, 43, 8); // a speck far from everything
        blot(50, 20, 56, 26); // a blot as large as the limit
        despeckle(&mut ink, w, 12, 3);
        assert!(ink[6 * w + 11] && ink[12 * w + 10] && ink[22 * w + 52]);
        assert!(!ink[6 * w + 41]);
    }

    #[test]
    fn scaling_down_averages() {
        let mut g = Gray::white(4, 2);
        g.pixels[0] = 0;
        g.pixels[1] = 0;
        let s = g.scaled(0.5);
        assert_eq!((s.width, s.height), (2, 1));
        assert_eq!(s.pixels, vec![127, 255]);
        assert_eq!(g.scaled(1.0), g);
    }

    #[test]
    fn otsu_separates_two_levels() {
        let mut g = Gray::white(10, 10);
        for p in g.pixels.iter_mut().take(30) {
            *p = 20;
        }
        let t = g.otsu();
        assert!((20..255).contains(&t), "{t}");
    }
}
