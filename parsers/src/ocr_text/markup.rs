//! Cleaning of the markup an OCR engine leaves inside table cells and prose:
//! HTML fragments (`<ul …>`, `<li>`, `<p>`, `<br>`, `<i>`, entities) and
//! markdown emphasis (`**bold**`, `*italic*`).
//!
//! Block-level tags (`<p>`, `<li>`, `<ul>`, `<br>`) become line breaks, so that a
//! cell listing several agencies as paragraphs keeps one agency per line; inline
//! tags are dropped. Nothing else in the text is touched.

/// Cleans one cell or prose line. Lines are trimmed, empty lines dropped, and the
/// result joined with `\n`.
pub fn clean_cell(raw: &str) -> String {
    let no_tags = strip_tags(raw);
    let decoded = decode_entities(&no_tags);
    let plain = strip_emphasis(&decoded);
    plain
        .split('\n')
        .map(crate::text::collapse_ws)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Cleans a prose or caption line. Besides [`clean_cell`], drops a bold marker
/// left open at the start or end of the line: OCR exports wrap a two-line title
/// as `**FIRST LINE` / `SECOND LINE**`.
pub fn clean_line(raw: &str) -> String {
    let cleaned = clean_cell(raw);
    let mut t = cleaned.as_str();
    if t.matches("**").count() % 2 == 1 {
        if let Some(rest) = t.strip_prefix("**") {
            t = rest;
        } else if let Some(rest) = t.strip_suffix("**") {
            t = rest;
        }
    }
    t.trim().to_string()
}

/// Tags that separate blocks of text; they turn into a line break.
const BLOCK_TAGS: &[&str] = &["p", "li", "ul", "ol", "br", "div", "tr", "td", "th"];

/// Removes HTML tags; block tags leave a `\n`. A `<` that does not open a
/// well-formed tag (e.g. "63,0% < 100%") is kept as text.
fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        match tag_name(after) {
            Some((name, len)) => {
                if BLOCK_TAGS.contains(&name.as_str()) {
                    out.push('\n');
                }
                rest = &after[len..];
            }
            None => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// If `s` (the text after a `<`) starts a tag like `p>`, `/p>`, `br/>` or
/// `ul style="…">`, returns its lower-case name and the length up to and
/// including the closing `>`.
fn tag_name(s: &str) -> Option<(String, usize)> {
    let body = s.strip_prefix('/').unwrap_or(s);
    let name: String = body
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    if name.is_empty() || !name.chars().next()?.is_ascii_alphabetic() {
        return None;
    }
    // A real tag has no line break and no other '<' before its '>', and is short:
    // only the next 300 bytes are searched, so text full of '<' stays linear.
    let end = s.bytes().take(301).position(|b| b == b'>')?;
    let inner = &s[..end];
    if inner.contains('<') || inner.contains('\n') {
        return None;
    }
    let after_name = &body[name.len()..];
    if !(after_name.starts_with('>') || after_name.starts_with(' ') || after_name.starts_with('/'))
    {
        return None;
    }
    Some((name.to_ascii_lowercase(), end + 1))
}

/// Decodes the few HTML entities OCR exports use.
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    s.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Removes markdown emphasis markers around text: `**x**` and `*x*` become `x`.
/// A lone `*` (a footnote mark such as "* Cột thứ 02 …") stays.
fn strip_emphasis(s: &str) -> String {
    let mut out = s.to_string();
    for marker in ["**", "*"] {
        out = strip_pairs(&out, marker);
    }
    out
}

/// Removes `marker` pairs that enclose non-blank text starting and ending
/// with a non-space character (markdown's rule for emphasis).
fn strip_pairs(s: &str, marker: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    loop {
        let Some(open) = rest.find(marker) else {
            out.push_str(rest);
            return out;
        };
        let after_open = &rest[open + marker.len()..];
        let opens_ok = after_open
            .chars()
            .next()
            .is_some_and(|c| !c.is_whitespace())
            && !(marker == "*" && after_open.starts_with('*'));
        let close = if opens_ok {
            after_open.find(marker)
        } else {
            None
        };
        match close {
            Some(close)
                if close > 0
                    && !after_open[..close].ends_with(char::is_whitespace)
                    && !(marker == "*" && after_open[close + 1..].starts_with('*')) =>
            {
                out.push_str(&rest[..open]);
                out.push_str(&after_open[..close]);
                rest = &after_open[close + marker.len()..];
            }
            _ => {
                out.push_str(&rest[..open + marker.len()]);
                rest = after_open;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_become_lines() {
        // Row 4 of Phụ lục 02 in the Khánh Hòa plan: agencies as <p> paragraphs.
        let raw = "<p>Sở Xây dựng</p> <p>Cục Thống kê</p> <p>Sở Y tế</p>";
        assert_eq!(clean_cell(raw), "Sở Xây dựng\nCục Thống kê\nSở Y tế");
    }

    #[test]
    fn unclosed_list_tag_is_dropped() {
        let raw = "<ul style=\"list-style-type: none\"> Tiêu chí 9. Nhà ở dân cư, chỉ tiêu 9.1 ";
        assert_eq!(clean_cell(raw), "Tiêu chí 9. Nhà ở dân cư, chỉ tiêu 9.1");
    }

    #[test]
    fn inline_italic_tags_and_markdown_removed() {
        let raw = "Cam Tân <i>NTM đạt 14/19 TC</i>";
        assert_eq!(clean_cell(raw), "Cam Tân NTM đạt 14/19 TC");
        assert_eq!(
            clean_cell("**MỤC TIÊU VỀ SỐ ĐỊA PHƯƠNG**"),
            "MỤC TIÊU VỀ SỐ ĐỊA PHƯƠNG"
        );
        assert_eq!(
            clean_cell("(*Vạn Thạnh, Ninh Tây*)"),
            "(Vạn Thạnh, Ninh Tây)"
        );
        assert_eq!(clean_cell("a<br>b<br/>c"), "a\nb\nc");
    }

    #[test]
    fn dangling_bold_of_a_wrapped_title() {
        assert_eq!(
            clean_line("**MỤC TIÊU VỀ SỐ ĐỊA PHƯƠNG"),
            "MỤC TIÊU VỀ SỐ ĐỊA PHƯƠNG"
        );
        assert_eq!(clean_line("GIAI ĐOẠN 2021-2025**"), "GIAI ĐOẠN 2021-2025");
        assert_eq!(clean_line("**TM. ỦY BAN**"), "TM. ỦY BAN");
    }

    #[test]
    fn comparison_signs_and_footnote_stars_stay() {
        assert_eq!(
            clean_cell("năm 2022 là 63,0% < 100% so với dự án"),
            "năm 2022 là 63,0% < 100% so với dự án"
        );
        assert_eq!(
            clean_cell("* Cột thứ 02 là vị trí"),
            "* Cột thứ 02 là vị trí"
        );
        assert_eq!(clean_cell("- * 60% số thôn"), "- * 60% số thôn");
        assert_eq!(clean_cell("a &amp; b &lt; c"), "a & b < c");
    }
}
