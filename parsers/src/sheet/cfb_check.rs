//! Sector-chain check of an xls file's compound-file container, run before the
//! file is handed to calamine.
//!
//! An xls workbook lives in an OLE compound file: a file allocation table (FAT)
//! links fixed-size sectors into chains, one chain per stream. calamine 0.38
//! follows the chains without remembering where it has been, so a damaged FAT
//! with a loop (sector 7 → 9 → 7 …) makes it append the same sectors until
//! memory runs out, and a link past the end of the FAT makes it index out of
//! bounds. This module walks every chain calamine will follow — the directory,
//! the mini-stream, the mini-FAT and each stream — once, with a visited set,
//! and rejects the file with a precise reason when a chain loops or leaves the
//! table. It reads only the header, the FAT and the directory: a few KB for a
//! normal workbook.

use std::io::{Read, Seek, SeekFrom};

const SIGNATURE: &[u8; 8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
/// Sector ids at or above this are markers, not sectors.
const MAX_REG_SECT: u32 = 0xFFFF_FFFA;
const END_OF_CHAIN: u32 = 0xFFFF_FFFE;
/// Streams shorter than this live in the mini-stream (64-byte mini sectors).
const MINI_CUTOFF: u64 = 4096;
const MINI_SECTOR: u64 = 64;
/// Directory entry object types.
const STREAM: u8 = 2;
#[cfg(test)]
const ROOT: u8 = 5;

/// Checks the chains of the compound file in `r`; `Err` says what is broken.
/// Files too short or without the signature pass: calamine reports those
/// itself with its own wording.
pub fn check<R: Read + Seek>(r: &mut R) -> Result<(), String> {
    let Some(c) = Container::open(r)? else {
        return Ok(());
    };
    if c.has_mini_fat {
        let root = &c.entries[0];
        walk(
            &c.fat,
            u32_at(root, 116),
            u64::from(u32_at(root, 120)),
            c.sector_size,
            "mini-stream",
        )?;
    }
    for (i, e) in c.entries.iter().enumerate().skip(1) {
        if e[66] != STREAM {
            continue;
        }
        let (start, len) = c.extent(e);
        if len == 0 {
            continue;
        }
        let what = format!("stream {i}");
        if len < MINI_CUTOFF {
            walk(&c.mini_fat, start, len, MINI_SECTOR, &what)?;
        } else {
            walk(&c.fat, start, len, c.sector_size, &what)?;
        }
    }
    Ok(())
}

/// The bytes of the first stream whose directory name is one of `names`
/// (compared without case, as the format does), `Ok(None)` when there is no
/// such stream or `r` is not a compound file, `Err` when a chain is broken.
///
/// Memory is bounded by the file: every sector read is a distinct sector of
/// the file (chains are walked with a visited set), and the result is cut to
/// the stream's declared length.
pub fn read_stream<R: Read + Seek>(r: &mut R, names: &[&str]) -> Result<Option<Vec<u8>>, String> {
    let Some(c) = Container::open(r)? else {
        return Ok(None);
    };
    let found = c.entries.iter().skip(1).find(|e| {
        e[66] == STREAM && {
            let name = entry_name(e);
            names.iter().any(|n| n.eq_ignore_ascii_case(&name))
        }
    });
    let Some(e) = found else {
        return Ok(None);
    };
    let (start, len) = c.extent(e);
    let mut file = c.sectors(r);
    let mut out = Vec::new();
    if len == 0 {
        return Ok(Some(out));
    }
    if len < MINI_CUTOFF {
        // Small streams live in 64-byte pieces of the mini-stream, itself a
        // regular stream whose chain starts at the root entry.
        let root = &c.entries[0];
        let mini_len = u64::from(u32_at(root, 120));
        let mut mini = Vec::new();
        for id in walk(
            &c.fat,
            u32_at(root, 116),
            mini_len,
            c.sector_size,
            "mini-stream",
        )? {
            mini.extend(file.read(id)?);
        }
        for id in walk(&c.mini_fat, start, len, MINI_SECTOR, "stream")? {
            let at = u64::from(id) * MINI_SECTOR;
            let piece = usize::try_from(at)
                .ok()
                .and_then(|a| mini.get(a..a + MINI_SECTOR as usize))
                .ok_or_else(|| format!("mini sector {id} is past the end of the mini-stream"))?;
            out.extend_from_slice(piece);
        }
    } else {
        for id in walk(&c.fat, start, len, c.sector_size, "stream")? {
            out.extend(file.read(id)?);
        }
    }
    out.truncate(usize::try_from(len).unwrap_or(usize::MAX));
    Ok(Some(out))
}

/// A directory entry's name: UTF-16LE, its byte length (with the final
/// NUL) at offset 64.
fn entry_name(e: &[u8]) -> String {
    let bytes = usize::from(u16_at(e, 64)).min(64);
    let units: Vec<u16> = e[..bytes]
        .chunks_exact(2)
        .map(|p| u16::from_le_bytes([p[0], p[1]]))
        .take_while(|&u| u != 0)
        .collect();
    String::from_utf16_lossy(&units)
}

/// The parts of a compound file every chain is followed through: the FAT,
/// the directory entries and the mini-FAT.
struct Container {
    sector_size: u64,
    sectors_in_file: u64,
    fat: Vec<u32>,
    /// 128-byte directory entries; the first is the root.
    entries: Vec<Vec<u8>>,
    /// The header declares mini-FAT sectors (so the mini-stream is used).
    has_mini_fat: bool,
    mini_fat: Vec<u32>,
}

impl Container {
    /// Reads header, FAT, directory and mini-FAT; `Ok(None)` when `r` is not
    /// a compound file this module can follow (calamine words that error).
    fn open<R: Read + Seek>(r: &mut R) -> Result<Option<Container>, String> {
        let file_len = r.seek(SeekFrom::End(0)).map_err(|e| e.to_string())?;
        r.seek(SeekFrom::Start(0)).map_err(|e| e.to_string())?;
        let mut header = [0u8; 512];
        if r.read_exact(&mut header).is_err() || &header[..8] != SIGNATURE {
            return Ok(None);
        }
        let sector_size: u64 = match u16_at(&header, 30) {
            9 => 512,
            12 => 4096,
            _ => return Ok(None), // calamine names the bad sector shift
        };
        // Sector n starts at (n + 1) × sector_size; ids past the file cannot be
        // read (a last sector may be partial).
        let sectors_in_file = file_len.div_ceil(sector_size).saturating_sub(1);
        let mut file = Sectors {
            r,
            size: sector_size,
            count: sectors_in_file,
        };

        // FAT sector ids: 109 in the header, the rest in the DIFAT chain.
        let mut fat_ids: Vec<u32> = (0..109).map(|i| u32_at(&header, 76 + 4 * i)).collect();
        let mut difat = u32_at(&header, 68);
        let mut seen = std::collections::HashSet::new();
        while difat < MAX_REG_SECT {
            if !seen.insert(difat) {
                return Err(format!("DIFAT chain loops at sector {difat}"));
            }
            let s = file.read(difat)?;
            // The last id of a DIFAT sector links to the next one.
            let Some(n) = (s.len() / 4).checked_sub(1) else {
                break;
            };
            fat_ids.extend((0..n).map(|i| u32_at(&s, 4 * i)));
            difat = u32_at(&s, 4 * n);
        }
        let mut fat: Vec<u32> = Vec::new();
        for id in fat_ids.into_iter().filter(|&id| id < MAX_REG_SECT) {
            let s = file.read(id)?;
            fat.extend((0..s.len() / 4).map(|i| u32_at(&s, 4 * i)));
        }

        let dir_chain = walk(
            &fat,
            u32_at(&header, 48),
            u64::MAX,
            sector_size,
            "directory",
        )?;
        let mut dirs = Vec::new();
        for id in &dir_chain {
            dirs.extend(file.read(*id)?);
        }
        let entries: Vec<Vec<u8>> = dirs.chunks_exact(128).map(<[u8]>::to_vec).collect();
        if entries.is_empty() {
            return Ok(None); // calamine reports the empty directory
        }

        let has_mini_fat = u32_at(&header, 64) > 0;
        let mini_fat = if has_mini_fat {
            let mini_fat_len = u64::from(u32_at(&header, 64)) * sector_size;
            let mut bytes = Vec::new();
            for id in walk(
                &fat,
                u32_at(&header, 60),
                mini_fat_len,
                sector_size,
                "mini-FAT",
            )? {
                bytes.extend(file.read(id)?);
            }
            (0..bytes.len() / 4)
                .map(|i| u32_at(&bytes, 4 * i))
                .collect()
        } else {
            Vec::new()
        };
        Ok(Some(Container {
            sector_size,
            sectors_in_file,
            fat,
            entries,
            has_mini_fat,
            mini_fat,
        }))
    }

    /// First sector and byte length of a stream entry (the high half of the
    /// length is only meaningful in 4096-byte-sector files).
    fn extent(&self, e: &[u8]) -> (u32, u64) {
        let start = u32_at(e, 116);
        let len = if self.sector_size == 512 {
            u64::from(u32_at(e, 120))
        } else {
            u64::from(u32_at(e, 120)) | (u64::from(u32_at(e, 124)) << 32)
        };
        (start, len)
    }

    fn sectors<'a, R>(&self, r: &'a mut R) -> Sectors<'a, R> {
        Sectors {
            r,
            size: self.sector_size,
            count: self.sectors_in_file,
        }
    }
}

/// The sector ids of the chain starting at `start`, or why it is broken.
///
/// Follows the chain as calamine does: sector by sector until the end marker
/// or until `len` bytes (`sector` bytes per sector) are covered, so a chain
/// damaged only beyond its stream's declared length still passes. Every link
/// followed must index `table`, and none may repeat (a loop).
fn walk(table: &[u32], start: u32, len: u64, sector: u64, what: &str) -> Result<Vec<u32>, String> {
    let mut chain = Vec::new();
    let mut seen = vec![false; table.len()];
    let mut id = start;
    while id != END_OF_CHAIN {
        if chain.len() as u64 * sector >= len {
            break;
        }
        let i = id as usize;
        if i >= table.len() {
            return Err(format!(
                "{what} chain points to sector {id}, past the allocation table ({} entries)",
                table.len()
            ));
        }
        if std::mem::replace(&mut seen[i], true) {
            return Err(format!("{what} chain loops at sector {id}"));
        }
        chain.push(id);
        if chain.len() as u64 * sector >= len {
            break;
        }
        id = table[i];
    }
    Ok(chain)
}

/// Whole sectors of the file, by id.
struct Sectors<'a, R> {
    r: &'a mut R,
    size: u64,
    count: u64,
}

impl<R: Read + Seek> Sectors<'_, R> {
    /// The sector's bytes; a last sector cut short by the file's end is
    /// returned short, as calamine reads it.
    fn read(&mut self, id: u32) -> Result<Vec<u8>, String> {
        if u64::from(id) >= self.count {
            return Err(format!(
                "sector {id} is past the end of the file ({} sectors)",
                self.count
            ));
        }
        let mut buf = Vec::with_capacity(self.size as usize);
        self.r
            .seek(SeekFrom::Start((u64::from(id) + 1) * self.size))
            .and_then(|_| self.r.by_ref().take(self.size).read_to_end(&mut buf))
            .map_err(|e| format!("sector {id}: {e}"))?;
        Ok(buf)
    }
}

fn u16_at(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    /// A minimal compound file: header, one FAT sector (sector 0), one
    /// directory sector (sector 1) holding the root and one stream of
    /// `stream_len` bytes starting at sector 2, plus `data_sectors` sectors.
    fn file(fat: &[u32], stream_len: u32, data_sectors: usize) -> Vec<u8> {
        let mut h = vec![0u8; 512];
        h[..8].copy_from_slice(SIGNATURE);
        h[26..28].copy_from_slice(&3u16.to_le_bytes());
        h[30..32].copy_from_slice(&9u16.to_le_bytes());
        h[32..34].copy_from_slice(&6u16.to_le_bytes());
        h[44..48].copy_from_slice(&1u32.to_le_bytes());
        h[48..52].copy_from_slice(&1u32.to_le_bytes()); // directory at sector 1
        h[60..64].copy_from_slice(&END_OF_CHAIN.to_le_bytes());
        h[68..72].copy_from_slice(&END_OF_CHAIN.to_le_bytes());
        for i in 0..109 {
            let v = if i == 0 { 0 } else { FREE_SECT };
            h[76 + 4 * i..80 + 4 * i].copy_from_slice(&v.to_le_bytes());
        }
        let mut fat_sector = vec![0xFFu8; 512];
        for (i, v) in fat.iter().enumerate() {
            fat_sector[4 * i..4 * i + 4].copy_from_slice(&v.to_le_bytes());
        }
        let mut dir = vec![0u8; 512];
        dir[66] = ROOT;
        dir[116..120].copy_from_slice(&END_OF_CHAIN.to_le_bytes());
        dir[128 + 66] = STREAM;
        dir[128 + 116..128 + 120].copy_from_slice(&2u32.to_le_bytes());
        dir[128 + 120..128 + 124].copy_from_slice(&stream_len.to_le_bytes());
        let mut out = h;
        out.extend(fat_sector);
        out.extend(dir);
        out.extend(vec![0u8; 512 * data_sectors]);
        out
    }

    const FATSECT: u32 = 0xFFFF_FFFD;
    const FREE_SECT: u32 = 0xFFFF_FFFF;

    #[test]
    fn a_sound_chain_passes() {
        let f = file(&[FATSECT, END_OF_CHAIN, 3, 4, END_OF_CHAIN], 5000, 3);
        assert_eq!(check(&mut Cursor::new(f)), Ok(()));
    }

    #[test]
    fn a_looping_stream_chain_is_rejected() {
        // 2 → 3 → 2: calamine would append these two sectors forever.
        let f = file(&[FATSECT, END_OF_CHAIN, 3, 2], 5000, 2);
        let err = check(&mut Cursor::new(f)).unwrap_err();
        assert!(err.contains("stream 1 chain loops at sector 2"), "{err}");
    }

    #[test]
    fn a_looping_directory_chain_is_rejected() {
        let f = file(&[FATSECT, 1, END_OF_CHAIN], 5000, 1);
        let err = check(&mut Cursor::new(f)).unwrap_err();
        assert!(err.contains("directory chain loops at sector 1"), "{err}");
    }

    #[test]
    fn a_link_past_the_table_is_rejected() {
        let f = file(&[FATSECT, END_OF_CHAIN, 900], 5000, 1);
        let err = check(&mut Cursor::new(f)).unwrap_err();
        assert!(
            err.contains("sector 900, past the allocation table"),
            "{err}"
        );
    }

    #[test]
    fn damage_beyond_the_declared_length_is_not_followed() {
        // 4096 bytes fill sectors 2..=9 exactly; the garbage link after the
        // last one is never read (by calamine either), so the file passes.
        let f = file(&[FATSECT, END_OF_CHAIN, 3, 4, 5, 6, 7, 8, 9, 900], 4096, 8);
        assert_eq!(check(&mut Cursor::new(f)), Ok(()));
    }

    #[test]
    fn a_directory_sector_past_the_file_is_rejected() {
        let mut f = file(&[FATSECT, END_OF_CHAIN], 0, 0);
        f.truncate(1024); // directory sector cut off
        let err = check(&mut Cursor::new(f)).unwrap_err();
        assert!(err.contains("past the end of the file"), "{err}");
    }

    #[test]
    fn a_named_stream_is_read_to_its_declared_length() {
        // 5000 bytes (not a mini-stream): sectors 2..=11, chained in order.
        let mut fat = vec![FATSECT, END_OF_CHAIN];
        fat.extend(3..=11);
        fat.push(END_OF_CHAIN);
        let mut f = file(&fat, 5000, 10);
        let name: Vec<u8> = "Workbook\0"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        f[512 * 2 + 128..512 * 2 + 128 + name.len()].copy_from_slice(&name);
        f[512 * 2 + 128 + 64] = name.len() as u8;
        // Sector k (at byte 512 × (k + 1)) is filled with the byte k.
        for k in 2..=11usize {
            f[512 * (k + 1)..512 * (k + 2)].fill(k as u8);
        }
        let s = read_stream(&mut Cursor::new(&f), &["Workbook", "Book"])
            .unwrap()
            .unwrap();
        assert_eq!(s.len(), 5000);
        for (i, piece) in s.chunks(512).enumerate() {
            assert!(piece.iter().all(|&b| usize::from(b) == i + 2), "sector {i}");
        }
        assert_eq!(read_stream(&mut Cursor::new(&f), &["Book"]), Ok(None));
        // The stream's last sector cut off: an error, not a short stream.
        f.truncate(512 * 12);
        let err = read_stream(&mut Cursor::new(&f), &["workbook"]).unwrap_err();
        assert!(err.contains("past the end of the file"), "{err}");
    }
}
