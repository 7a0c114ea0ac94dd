//! Ruling lines in a binarised page: long, thin, nearly solid runs of ink.
//!
//! Each pixel row (column) is scanned for runs of ink that tolerate short gaps (JPEG
//! artefacts and faint toner break printed rules) and are nearly solid over their
//! length (a row through text is not). Runs on adjacent rows that overlap are one
//! line; a line thicker than a rule (a filled block, a photo) is dropped. What remains
//! is handed to the vector path's lattice builder as segments, and its pixels are
//! erased before the cells are read, so rules never reach the OCR.

/// Limits for [`find`], in pixels.
#[derive(Debug, Clone, Copy)]
pub struct RuleLimits {
    /// A horizontal rule is at least this long.
    pub min_h_len: usize,
    /// A vertical rule is at least this long.
    pub min_v_len: usize,
    /// Gaps up to this inside a run are bridged.
    pub max_gap: usize,
    /// A line thicker than this is not a rule.
    pub max_thickness: usize,
    /// Share of a run's length that must be ink.
    pub min_fill: f32,
}

/// A rule in pixel coordinates: horizontal (`pos` = y) or vertical (`pos` = x),
/// from `start` to `end` along its direction.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    /// True for a horizontal rule.
    pub horizontal: bool,
    /// Centre line across the rule's direction.
    pub pos: f32,
    /// First pixel along it.
    pub start: usize,
    /// Last pixel along it.
    pub end: usize,
    /// Its ink: (row or column across, first, last pixel along).
    pub runs: Vec<(usize, usize, usize)>,
}

/// A line being grown from runs on consecutive rows (or columns).
struct Growing {
    first: usize,
    last: usize,
    start: usize,
    end: usize,
    runs: Vec<(usize, usize, usize)>,
}

/// Rules in `ink` (row-major, `width` × `height`).
pub fn find(ink: &[bool], width: usize, height: usize, lim: &RuleLimits) -> Vec<Rule> {
    let mut rules = Vec::new();
    for horizontal in [true, false] {
        // Lines along `a` (x for horizontal rules), stacked along `b`.
        let (na, nb) = if horizontal {
            (width, height)
        } else {
            (height, width)
        };
        let at = |a: usize, b: usize| {
            if horizontal {
                ink[b * width + a]
            } else {
                ink[a * width + b]
            }
        };
        let min_len = if horizontal {
            lim.min_h_len
        } else {
            lim.min_v_len
        };
        let mut active: Vec<Growing> = Vec::new();
        let mut done: Vec<Growing> = Vec::new();
        for b in 0..nb {
            for (s, e) in runs(na, |a| at(a, b), lim.max_gap, lim.min_fill) {
                if e + 1 - s < min_len {
                    continue;
                }
                let joined = active.iter_mut().find(|g| {
                    // A line takes one run per row; it may skip one row (a faint pixel row).
                    g.last < b && g.last + 2 >= b && {
                        let overlap = e.min(g.end) as isize - s.max(g.start) as isize;
                        overlap > 0 && overlap as usize * 2 >= (e - s).min(g.end - g.start)
                    }
                });
                match joined {
                    Some(g) => {
                        g.last = b;
                        g.start = g.start.min(s);
                        g.end = g.end.max(e);
                        g.runs.push((b, s, e));
                    }
                    None => active.push(Growing {
                        first: b,
                        last: b,
                        start: s,
                        end: e,
                        runs: vec![(b, s, e)],
                    }),
                }
            }
            let (keep, finished): (Vec<_>, Vec<_>) =
                active.into_iter().partition(|g| g.last + 1 >= b);
            active = keep;
            done.extend(finished);
        }
        done.extend(active);
        for g in done {
            if g.last + 1 - g.first > lim.max_thickness {
                continue;
            }
            let pos = g.runs.iter().map(|r| r.0 as f32).sum::<f32>() / g.runs.len() as f32;
            rules.push(Rule {
                horizontal,
                pos,
                start: g.start,
                end: g.end,
                runs: g.runs,
            });
        }
    }
    rules
}

/// A mask of the pixels of `rules`, `margin` wider on each side, to erase before
/// reading text.
pub fn erase_mask<'a>(
    rules: impl IntoIterator<Item = &'a Rule>,
    width: usize,
    height: usize,
    margin: usize,
) -> Vec<bool> {
    let mut mask = vec![false; width * height];
    for r in rules {
        let (na, nb) = if r.horizontal {
            (width, height)
        } else {
            (height, width)
        };
        for &(b, s, e) in &r.runs {
            for bb in b.saturating_sub(margin)..(b + margin + 1).min(nb) {
                for a in s.saturating_sub(margin)..(e + margin + 1).min(na) {
                    let i = if r.horizontal {
                        bb * width + a
                    } else {
                        a * width + bb
                    };
                    mask[i] = true;
                }
            }
        }
    }
    mask
}

/// Runs of ink along a line of `n` pixels, gaps up to `max_gap` bridged, kept when
/// at least `min_fill` of their length is ink. Returns first and last pixel.
fn runs(
    n: usize,
    ink: impl Fn(usize) -> bool,
    max_gap: usize,
    min_fill: f32,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, usize, usize)> = None; // start, last ink, ink count
    for a in 0..n {
        if !ink(a) {
            continue;
        }
        cur = match cur {
            Some((s, last, k)) if a - last <= max_gap + 1 => Some((s, a, k + 1)),
            Some(run) => {
                push_run(&mut out, run, min_fill);
                Some((a, a, 1))
            }
            None => Some((a, a, 1)),
        };
    }
    if let Some(run) = cur {
        push_run(&mut out, run, min_fill);
    }
    out
}

fn push_run(out: &mut Vec<(usize, usize)>, (s, e, k): (usize, usize, usize), min_fill: f32) {
    if k as f32 >= min_fill * (e + 1 - s) as f32 {
        out.push((s, e));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIM: RuleLimits = RuleLimits {
        min_h_len: 40,
        min_v_len: 30,
        max_gap: 2,
        max_thickness: 6,
        min_fill: 0.9,
    };

    #[test]
    fn a_broken_rule_is_one_rule_and_text_like_ink_is_none() {
        let (w, h) = (200, 100);
        let mut ink = vec![false; w * h];
        // A 3-pixel-thick rule with two 2-pixel gaps.
        for y in 20..23 {
            for x in 10..190 {
                ink[y * w + x] = !(x == 60 || x == 61 || x == 120);
            }
        }
        // "Text": short strokes with wider gaps.
        for y in 50..60 {
            for x in 10..190 {
                ink[y * w + x] = x % 7 < 3;
            }
        }
        // A filled block: too thick to be a rule.
        for y in 70..95 {
            for x in 10..100 {
                ink[y * w + x] = true;
            }
        }
        let rules = find(&ink, w, h, &LIM);
        let mask = erase_mask(&rules, w, h, 1);
        let hs: Vec<&Rule> = rules.iter().filter(|r| r.horizontal).collect();
        assert_eq!(hs.len(), 1, "{rules:?}");
        assert_eq!((hs[0].pos, hs[0].start, hs[0].end), (21.0, 10, 189));
        assert!(mask[21 * w + 60] && mask[19 * w + 100] && !mask[55 * w + 10]);
        // The block's sides are 25 px tall, under the vertical minimum: no rule either.
        assert!(rules.iter().all(|r| r.horizontal));
    }

    #[test]
    fn vertical_rules_are_found() {
        let (w, h) = (50, 100);
        let mut ink = vec![false; w * h];
        for y in 5..95 {
            ink[y * w + 20] = true;
            ink[y * w + 21] = y != 50;
        }
        let rules = find(&ink, w, h, &LIM);
        assert_eq!(rules.len(), 1);
        assert!(!rules[0].horizontal);
        assert_eq!((rules[0].start, rules[0].end), (5, 94));
    }
}
