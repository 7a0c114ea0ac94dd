//! Skew of a scanned page from projection profiles: text lines and rules are
//! horizontal once the page is straight, so the ink projected along the right angle
//! piles into the fewest, fullest rows (the largest sum of squared row counts).

/// Angle in degrees (positive: lines fall to the right, as `y = y0 + x·tan θ` with y
/// downward) that best straightens the ink in `ink` (row-major, `width` wide), searched
/// within ±`max_degrees`. Pass it to [`Gray::rotate`](super::raster::Gray::rotate).
pub fn estimate(ink: &[bool], width: usize, max_degrees: f32) -> f32 {
    if width == 0 {
        return 0.0;
    }
    let height = ink.len() / width;
    // A sample of ink points: every third column is plenty at scan resolutions. Every
    // row is kept: skipping rows would favour the angle 0, whose projection alone
    // lands the sampled rows in every other bin.
    let pts: Vec<(f32, f32)> = (0..height)
        .flat_map(|y| (0..width).step_by(3).map(move |x| (x, y)))
        .filter(|&(x, y)| ink[y * width + x])
        .map(|(x, y)| (x as f32, y as f32))
        .collect();
    if pts.len() < 100 {
        return 0.0;
    }
    let span = height as f32 + width as f32 * max_degrees.to_radians().tan().abs() + 2.0;
    let score = |deg: f32| -> f64 {
        let t = deg.to_radians().tan();
        let offset = width as f32 * t.abs() + 1.0;
        let mut bins = vec![0u32; span as usize + 2];
        for &(x, y) in &pts {
            let k = (y - x * t + offset) as usize;
            if let Some(b) = bins.get_mut(k) {
                *b += 1;
            }
        }
        bins.iter().map(|&c| (c as f64) * (c as f64)).sum()
    };
    let best_in = |lo: f32, hi: f32, step: f32| -> f32 {
        let mut best = (f64::MIN, 0.0);
        let mut a = lo;
        while a <= hi + 1e-6 {
            let s = score(a);
            if s > best.0 {
                best = (s, a);
            }
            a += step;
        }
        best.1
    };
    let coarse = best_in(-max_degrees, max_degrees, 0.2);
    best_in(coarse - 0.2, coarse + 0.2, 0.02)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::raster::Gray;

    /// Horizontal bars, drawn straight and then turned by a known angle.
    fn bars(turn: f32) -> (Vec<bool>, usize) {
        let mut g = Gray::white(600, 400);
        for k in 0..12 {
            let y = 30 + k * 28;
            for yy in y..y + 4 {
                for x in 50..550 {
                    if (x / 9) % 3 != 0 {
                        g.pixels[yy * 600 + x] = 0;
                    }
                }
            }
        }
        let r = g.rotate(turn);
        (r.ink(128), 600)
    }

    #[test]
    fn finds_a_small_rotation() {
        for turn in [-1.3f32, 0.0, 0.7] {
            let (ink, w) = bars(turn);
            let est = estimate(&ink, w, 3.0);
            // Straightening takes the opposite turn.
            assert!((est + turn).abs() < 0.1, "turned {turn}, estimated {est}");
        }
    }
}
