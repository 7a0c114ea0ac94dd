//! Byte mutations: bit flips, interesting bytes, cuts, deletions, repeats,
//! splices from another seed and insertion of format tokens.

/// A small deterministic generator (SplitMix64): a case is rebuilt from its seed.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator for case `i` of a run seeded with `seed`.
    pub fn for_case(seed: u64, i: u64) -> Self {
        let mut r = Rng(seed ^ i.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        r.next_u64();
        r
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }
}

const INTERESTING: &[u8] = &[
    0, 0xFF, 0x7F, 0x80, b'<', b'>', b'\t', b'\n', b'0', b'9', b'/', b'(',
];

/// Applies 1 to 4 random mutations to `data`; `other` is a second seed for
/// splices; `tokens` are format words worth inserting (`<td rowspan=`, `/Kids`).
pub fn mutate(data: &[u8], other: &[u8], tokens: &[&[u8]], rng: &mut Rng) -> Vec<u8> {
    let mut d = data.to_vec();
    for _ in 0..1 + rng.below(4) {
        let len = d.len();
        match rng.below(8) {
            0 if len > 0 => {
                let i = rng.below(len);
                d[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                d[i] = INTERESTING[rng.below(INTERESTING.len())];
            }
            2 if len > 0 => d.truncate(rng.below(len)),
            3 if len > 0 => {
                let i = rng.below(len);
                let n = 1 + rng.below((len - i).min(256));
                d.drain(i..i + n);
            }
            4 if len > 0 => {
                // Repeat a short range many times (the shape of most blow-ups).
                let i = rng.below(len);
                let n = 1 + rng.below((len - i).min(64));
                let piece = d[i..i + n].to_vec();
                let times = 1 + rng.below(2_000);
                let at = i + n;
                let rep: Vec<u8> = piece.iter().copied().cycle().take(n * times).collect();
                d.splice(at..at, rep);
            }
            5 if !other.is_empty() => {
                let i = rng.below(len + 1);
                let j = rng.below(other.len());
                let n = 1 + rng.below((other.len() - j).min(4_096));
                d.splice(i..i, other[j..j + n].iter().copied());
            }
            6 if !tokens.is_empty() => {
                let t = tokens[rng.below(tokens.len())];
                let i = rng.below(len + 1);
                d.splice(i..i, t.iter().copied());
            }
            _ if len > 1 => {
                // Swap two ranges' worth of bytes: a block moved elsewhere.
                let i = rng.below(len);
                let j = rng.below(len);
                d.swap(i, j);
            }
            _ => d.push(INTERESTING[rng.below(INTERESTING.len())]),
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases_are_reproducible_from_seed_and_index() {
        let a = mutate(b"hello world", b"xyz", &[b"<tr>"], &mut Rng::for_case(7, 3));
        let b = mutate(b"hello world", b"xyz", &[b"<tr>"], &mut Rng::for_case(7, 3));
        assert_eq!(a, b);
        let c = mutate(b"hello world", b"xyz", &[b"<tr>"], &mut Rng::for_case(7, 4));
        assert_ne!(a, c);
    }
}
