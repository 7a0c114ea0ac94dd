//! `report.html`: every finding with its evidence, location and
//! expected/found values, filterable by rule, severity and locality.
//! Self-contained: inline CSS and vanilla JS, no network, works from a file.

use std::collections::BTreeSet;
use std::fmt::Write;

use super::terminal::location;
use crate::validate::{Finding, Severity, rules};

/// Escapes text for HTML element content and attribute values.
pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            _ => o.push(c),
        }
    }
    o
}

const CSS: &str = r#"
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1.5rem;color:#1d2327;background:#fafafa}
h1{font-size:1.4rem;margin:0 0 .3rem}
.counts span{margin-right:1rem;font-weight:600}
.filters{position:sticky;top:0;background:#fafafa;padding:.6rem 0;border-bottom:1px solid #ddd;display:flex;gap:1rem;flex-wrap:wrap;align-items:center}
.filters label{font-size:.9rem}
select{font-size:.9rem;padding:.15rem;max-width:22rem}
.finding{background:#fff;border:1px solid #ddd;border-left:6px solid #999;border-radius:4px;padding:.6rem .8rem;margin:.7rem 0}
.finding.error{border-left-color:#c62828}.finding.warning{border-left-color:#ef6c00}.finding.info{border-left-color:#1565c0}
.head{display:flex;gap:.6rem;flex-wrap:wrap;align-items:baseline}
.sev{font-size:.75rem;font-weight:700;text-transform:uppercase;padding:.05rem .4rem;border-radius:3px;color:#fff}
.sev.error{background:#c62828}.sev.warning{background:#ef6c00}.sev.info{background:#1565c0}
.rule{font-family:ui-monospace,monospace;font-weight:600}
.loc{color:#555;font-size:.85rem}
.msg{margin:.35rem 0}.msg.vi{color:#333}
.cmp{font-size:.9rem}.cmp b{display:inline-block;min-width:5.5rem}
.evidence{white-space:pre-wrap;background:#f3f3f3;border-radius:3px;padding:.4rem;font-size:.85rem;margin-top:.35rem;max-height:12rem;overflow:auto}
#shown{color:#555}
.charts{display:flex;flex-wrap:wrap;gap:.5rem 2rem}.chart{margin:.3rem 0;break-inside:avoid}
table.changes{border-collapse:collapse;width:100%;background:#fff;font-size:.9rem}
.changes th,.changes td{border:1px solid #ddd;padding:.3rem .45rem;text-align:left;vertical-align:top}
.added{color:#1b5e20}.removed{color:#b71c1c}.changed{color:#0d47a1}
"#;

const JS: &str = r#"
(function(){
  var sel={rule:document.getElementById('f-rule'),severity:document.getElementById('f-severity'),locality:document.getElementById('f-locality')};
  var items=document.querySelectorAll('.finding');
  function apply(){
    var n=0;
    items.forEach(function(el){
      var ok=Object.keys(sel).every(function(k){var v=sel[k].value;return v===''||el.dataset[k]===v;});
      el.style.display=ok?'':'none'; if(ok){n++;}
    });
    document.getElementById('shown').textContent=n+' / '+items.length+' shown';
  }
  Object.keys(sel).forEach(function(k){sel[k].addEventListener('change',apply);});
  apply();
})();
"#;

fn select(id: &str, label: &str, values: &BTreeSet<String>) -> String {
    let mut s = format!("<label>{label} <select id=\"{id}\"><option value=\"\">(all)</option>");
    for v in values {
        let _ = write!(s, "<option value=\"{}\">{}</option>", esc(v), esc(v));
    }
    s.push_str("</select></label>");
    s
}

/// A self-contained page holding `body` (HTML) under a title.
pub fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>{t}</title><style>{CSS}</style></head><body>\n<h1>{t}</h1>\n{body}</body></html>\n",
        t = esc(title)
    )
}

/// The whole page.
pub fn html_report(f: &[Finding], title: &str) -> String {
    html_report_with(f, title, "")
}

/// The whole page, with `sections` (HTML: the overview, the changes) between
/// the title and the findings.
pub fn html_report_with(f: &[Finding], title: &str, sections: &str) -> String {
    let rules_seen: BTreeSet<String> = f.iter().map(|x| x.rule.to_string()).collect();
    let sevs: BTreeSet<String> = f.iter().map(|x| x.severity.as_str().to_string()).collect();
    let locs: BTreeSet<String> = f.iter().filter_map(|x| x.locality.clone()).collect();
    let count = |s: Severity| f.iter().filter(|x| x.severity == s).count();
    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>{t}</title><style>{CSS}</style></head><body>\n<h1>{t}</h1>\n<div class=\"counts\"><span>{n} findings</span><span class=\"e\">{e} error</span><span class=\"w\">{w} warning</span><span class=\"i\">{i} info</span></div>\n",
        t = esc(title),
        n = f.len(),
        e = count(Severity::Error),
        w = count(Severity::Warning),
        i = count(Severity::Info)
    );
    h.push_str(sections);
    let _ = write!(
        h,
        "<div class=\"filters\">{}{}{}<span id=\"shown\"></span></div>\n<main>\n",
        select("f-rule", "Rule", &rules_seen),
        select("f-severity", "Severity", &sevs),
        select("f-locality", "Locality", &locs)
    );
    for x in f {
        let doc = rules().iter().find(|r| x.rule == r.id);
        let _ = write!(
            h,
            "<section class=\"finding {sev}\" data-rule=\"{rule}\" data-severity=\"{sev}\" data-locality=\"{loc}\">\n<div class=\"head\"><span class=\"sev {sev}\">{sev}</span><span class=\"rule\" title=\"{why}\">{rule}</span><span class=\"loc\">{where_}</span>{locality}{code}</div>\n<p class=\"msg en\">{en}</p><p class=\"msg vi\" lang=\"vi\">{vi}</p>\n",
            sev = x.severity.as_str(),
            rule = esc(x.rule.as_str()),
            loc = esc(x.locality.as_deref().unwrap_or("")),
            why = esc(doc.map_or("", |d| d.checks)),
            where_ = esc(&location(x)),
            locality = x
                .locality
                .as_deref()
                .map(|l| format!("<span class=\"loc\">· {}</span>", esc(l)))
                .unwrap_or_default(),
            code = x
                .indicator_code
                .as_deref()
                .map(|c| format!("<span class=\"loc\">· chỉ tiêu {}</span>", esc(c)))
                .unwrap_or_default(),
            en = esc(&x.message_en),
            vi = esc(&x.message_vi),
        );
        if x.expected.is_some() || x.found.is_some() {
            let _ = write!(
                h,
                "<div class=\"cmp\"><div><b>expected</b> {}</div><div><b>found</b> {}</div></div>",
                esc(x.expected.as_deref().unwrap_or("—")),
                esc(x.found.as_deref().unwrap_or("—"))
            );
        }
        if !x.evidence.is_empty() {
            let _ = writeln!(h, "<div class=\"evidence\">{}</div>", esc(&x.evidence));
        }
        h.push_str("</section>\n");
    }
    if f.is_empty() {
        h.push_str("<p>No findings.</p>\n");
    }
    let _ = writeln!(h, "</main><script>{JS}</script></body></html>");
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_in_evidence() {
        assert_eq!(
            esc("<i>NTM</i> & \"x\""),
            "&lt;i&gt;NTM&lt;/i&gt; &amp; &quot;x&quot;"
        );
    }
}
