//! The "what changed" section of the HTML report: `ntm diff`'s changes,
//! grouped by dataset, each with the location of both sides.

use super::html::esc;
use crate::diff::{Change, ChangeKind};
use std::fmt::Write;

const CSS: &str = r#"
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1.5rem;color:#1d2327;background:#fafafa}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:1.4rem}
table.changes{border-collapse:collapse;width:100%;background:#fff;font-size:.9rem}
.changes th,.changes td{border:1px solid #ddd;padding:.3rem .45rem;text-align:left;vertical-align:top}
.changes th{background:#f0f0f0}
.added{color:#1b5e20}.removed{color:#b71c1c}.changed{color:#0d47a1}
.loc{color:#555;font-size:.8rem}
"#;

fn loc(l: Option<crate::diff::engine::Location>) -> String {
    match l {
        Some(l) => format!(
            "trang {} · bảng {} · dòng {}",
            l.page.map_or("—".into(), |v| v.to_string()),
            l.table_index.map_or("—".into(), |v| v.to_string()),
            l.row.map_or("—".into(), |v| v.to_string())
        ),
        None => "—".into(),
    }
}

/// The section: one table per dataset (document first).
pub fn changes_section(changes: &[Change]) -> String {
    let mut h = String::from(
        "<section id=\"changes\"><h2>Thay đổi so với bản trước / Changes from the previous revision</h2>\n",
    );
    if changes.is_empty() {
        h.push_str("<p>Không có thay đổi. / No changes.</p></section>\n");
        return h;
    }
    let mut datasets: Vec<&str> = Vec::new();
    for c in changes {
        if !datasets.contains(&c.dataset.as_str()) {
            datasets.push(&c.dataset);
        }
    }
    for d in datasets {
        let items: Vec<&Change> = changes.iter().filter(|c| c.dataset == d).collect();
        let count = |k: ChangeKind| items.iter().filter(|c| c.change == k).count();
        let _ = write!(
            h,
            "<h3>{} <span class=\"loc\">{} added · {} removed · {} changed</span></h3>\n<table class=\"changes\"><tr><th>change</th><th>key</th><th>field</th><th>before</th><th>after</th><th>where (old → new)</th></tr>\n",
            esc(d),
            count(ChangeKind::Added),
            count(ChangeKind::Removed),
            count(ChangeKind::Changed)
        );
        for c in items {
            let _ = writeln!(
                h,
                "<tr class=\"{k}\"><td class=\"{k}\">{k}</td><td>{key}</td><td>{field}</td><td>{before}</td><td>{after}</td><td class=\"loc\">{old} → {new}</td></tr>",
                k = c.change.as_str(),
                key = esc(&c.key),
                field = esc(c.field.as_deref().unwrap_or("")),
                before = esc(c.before.as_deref().unwrap_or("—")).replace('\n', "<br>"),
                after = esc(c.after.as_deref().unwrap_or("—")).replace('\n', "<br>"),
                old = loc(c.old),
                new = loc(c.new),
            );
        }
        h.push_str("</table>\n");
    }
    h.push_str("</section>\n");
    h
}

/// A self-contained page holding only the changes section.
pub fn changes_page(changes: &[Change], old: &str, new: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>ntm diff</title><style>{CSS}</style></head><body>\n<h1>ntm diff: {} → {}</h1>\n{}</body></html>\n",
        esc(old),
        esc(new),
        changes_section(changes)
    )
}
