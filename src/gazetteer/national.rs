//! The national gazetteer: every province of Vietnam before and after the
//! 1 July 2025 reform, as data (`data/gazetteer/*.csv`, described in
//! `data/gazetteer/README.md`).
//!
//! The tables are embedded at build time but parsed lazily, one province at a
//! time: a run reading one plan parses the few hundred rows of its province,
//! not the 13,000 of the country. A province's gazetteer depends on the
//! period and on the date it is wanted for (units merged in late 2024 are
//! different units from the ones an early-2024 plan names), so it is built
//! for `(province, period, date)` and cached.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use serde::Serialize;

use super::Gazetteer;
use super::error::GazetteerError;
use super::load::{Table, err};
use super::unit::{District, DistrictType, Successor, Unit, UnitType};
use crate::normalize::fold_key;

include!(concat!(env!("OUT_DIR"), "/province_files.rs"));

const PROVINCES_CSV: &str = include_str!("../../data/gazetteer/provinces.csv");
const UNITS_PRE_CSV: &str = include_str!("../../data/gazetteer/units_pre2025.csv");
const UNITS_2025_CSV: &str = include_str!("../../data/gazetteer/units_2025.csv");
const CONVERSION_CSV: &str = include_str!("../../data/gazetteer/conversion_2025.csv");

/// First day of the post-reform units (NQ 202/2025/QH15, NQ of the Standing
/// Committee on each province's communes, effective 2025-07-01).
pub const REFORM_DATE: &str = "2025-07-01";
/// Last day of the pre-reform units.
pub const LAST_PRE_REFORM_DAY: &str = "2025-06-30";

/// Which administrative map a document speaks of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    /// 63 provinces, districts, ~10,000 communes (until 2025-06-30).
    PreReform,
    /// 34 provinces, no districts, 3,321 communes/wards/special zones.
    PostReform,
}

impl Period {
    /// The period an ISO date (`YYYY-MM-DD`) falls in.
    pub fn of_date(iso: &str) -> Period {
        if iso >= REFORM_DATE {
            Period::PostReform
        } else {
            Period::PreReform
        }
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            Period::PreReform => "pre2025",
            Period::PostReform => "post2025",
        }
    }

    fn parse(s: &str) -> Option<Period> {
        match s {
            "pre2025" => Some(Period::PreReform),
            "post2025" => Some(Period::PostReform),
            _ => None,
        }
    }
}

/// A province (or centrally-run city) of one period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Province {
    /// GSO code (`"56"`); the same number can name different provinces in the
    /// two periods (`"52"` was Bình Định, is Gia Lai from 2025).
    pub code: String,
    /// Bare name, NFC (`"Khánh Hòa"`).
    pub name: String,
    /// `Tỉnh` or `Thành phố`.
    pub province_type: String,
    pub period: Period,
    /// Criteria-catalog region keys (`DHNTB`…). One for a pre-reform province;
    /// a post-reform province formed from provinces of different regions
    /// lists its namesake's region first, then the others.
    pub regions: Vec<String>,
    /// Pre-reform: the post-reform province it went into. Post-reform: the
    /// pre-reform provinces it was formed from.
    pub related_codes: Vec<String>,
    /// Directory name under `data/gazetteer/provinces/` (`"khanh-hoa"`).
    pub slug: String,
}

impl Province {
    /// The catalog region its thresholds are looked up for.
    pub fn region(&self) -> Option<&str> {
        self.regions.first().map(String::as_str)
    }

    /// "Tỉnh Khánh Hòa".
    pub fn full_name(&self) -> String {
        format!("{} {}", self.province_type, self.name)
    }
}

/// All provinces of both periods, and their gazetteers on demand.
pub struct National {
    provinces: Vec<Province>,
    /// Folded province name (and alias) → indices into `provinces`.
    by_name: HashMap<String, Vec<usize>>,
    cache: Mutex<HashMap<(String, Period, String), Arc<Gazetteer>>>,
}

/// Names provinces were also known by in the period they belong to.
const PROVINCE_ALIASES: &[(&str, &str, Period)] = &[
    // Huế became a centrally-run city on 2025-01-01; plans before that say
    // "tỉnh Thừa Thiên Huế".
    ("Thừa Thiên Huế", "46", Period::PreReform),
    ("TP Hồ Chí Minh", "79", Period::PreReform),
    ("TP Hồ Chí Minh", "79", Period::PostReform),
    ("Thành phố HCM", "79", Period::PreReform),
    ("Thành phố HCM", "79", Period::PostReform),
    ("Bà Rịa Vũng Tàu", "77", Period::PreReform),
    ("Bà Rịa-Vũng Tàu", "77", Period::PreReform),
];

impl National {
    /// The embedded national data. Its CSVs are checked by the test suite;
    /// failing here means the build shipped data its own tests reject.
    pub fn get() -> &'static National {
        static NATIONAL: OnceLock<National> = OnceLock::new();
        NATIONAL.get_or_init(|| {
            National::parse_provinces("data/gazetteer/provinces.csv", PROVINCES_CSV)
                .expect("embedded national gazetteer data is valid")
        })
    }

    fn parse_provinces(file: &str, text: &str) -> Result<National, GazetteerError> {
        let cols = [
            "period",
            "province_code",
            "province_name",
            "province_type",
            "region",
            "related_codes",
            "slug",
        ];
        let t = Table::parse(file, text, &cols)?;
        let mut provinces = Vec::new();
        for row in &t.rows {
            let period_raw = t.non_empty(row, "period")?;
            let period = Period::parse(&period_raw)
                .ok_or_else(|| err(file, row.line, format!("period `{period_raw}`")))?;
            provinces.push(Province {
                code: t.non_empty(row, "province_code")?,
                name: t.non_empty(row, "province_name")?,
                province_type: t.non_empty(row, "province_type")?,
                period,
                regions: split_list(&t.get(row, "region")?, '|'),
                related_codes: split_list(&t.get(row, "related_codes")?, ' '),
                slug: t.non_empty(row, "slug")?,
            });
        }
        let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, p) in provinces.iter().enumerate() {
            by_name.entry(fold_key(&p.name)).or_default().push(i);
        }
        for (alias, code, period) in PROVINCE_ALIASES {
            if let Some(i) = provinces
                .iter()
                .position(|p| p.code == *code && p.period == *period)
            {
                let list = by_name.entry(fold_key(alias)).or_default();
                if !list.contains(&i) {
                    list.push(i);
                }
            }
        }
        Ok(National {
            provinces,
            by_name,
            cache: Mutex::new(HashMap::new()),
        })
    }

    /// Provinces of both periods, pre-reform first, by code.
    pub fn provinces(&self) -> &[Province] {
        &self.provinces
    }

    /// The province with this code in this period.
    pub fn province(&self, code: &str, period: Period) -> Option<&Province> {
        self.provinces
            .iter()
            .find(|p| p.code == code && p.period == period)
    }

    /// The province of `period` named `name` ("Khánh Hòa", "khanh hoa",
    /// "Tỉnh Khánh Hoà", "Thừa Thiên Huế"). Tones, case and a leading
    /// "tỉnh"/"thành phố"/"TP" do not matter.
    pub fn province_by_name(&self, name: &str, period: Period) -> Option<&Province> {
        let folded = fold_key(name);
        let key = strip_province_word(&folded);
        self.by_name
            .get(key)?
            .iter()
            .map(|&i| &self.provinces[i])
            .find(|p| p.period == period)
    }

    /// Folded names (and aliases) of every province with their indices; the
    /// longest first, so that a text scan prefers "Bà Rịa Vũng Tàu" to a
    /// shorter name inside it.
    pub(crate) fn name_keys(&self) -> Vec<(&str, &Province)> {
        let mut v: Vec<(&str, &Province)> = self
            .by_name
            .iter()
            .flat_map(|(k, is)| is.iter().map(move |&i| (k.as_str(), &self.provinces[i])))
            .collect();
        v.sort_by(|a, b| {
            b.0.len()
                .cmp(&a.0.len())
                .then(a.0.cmp(b.0))
                .then(a.1.period.cmp(&b.1.period))
        });
        v
    }

    /// The gazetteer of `province` as of `date` (ISO; `None` = the last state
    /// of the period). Built once per `(province, period, date)`.
    pub fn gazetteer(
        &self,
        province: &Province,
        date: Option<&str>,
    ) -> Result<Arc<Gazetteer>, GazetteerError> {
        let as_of = match (province.period, date) {
            (Period::PreReform, Some(d)) if d <= LAST_PRE_REFORM_DAY => d.to_string(),
            (Period::PreReform, _) => LAST_PRE_REFORM_DAY.to_string(),
            (Period::PostReform, Some(d)) if d >= REFORM_DATE => d.to_string(),
            (Period::PostReform, _) => REFORM_DATE.to_string(),
        };
        let key = (province.code.clone(), province.period, as_of.clone());
        if let Some(g) = self.cache.lock().map_err(|_| poisoned())?.get(&key) {
            return Ok(Arc::clone(g));
        }
        let g = Arc::new(match province.period {
            Period::PreReform => build_pre(province, &as_of)?,
            Period::PostReform => build_post(province)?,
        });
        self.cache
            .lock()
            .map_err(|_| poisoned())?
            .insert(key, Arc::clone(&g));
        Ok(g)
    }

    /// Post-reform units an old unit went into: `(new code, partial)`.
    /// `old_valid_to` tells apart two units that held the same code at
    /// different times (the unit's [`Unit::valid_to`]).
    pub fn conversion(&self, old_code: &str, old_valid_to: &str) -> Vec<(String, bool)> {
        conversion_rows(|c, v| c == old_code && v == old_valid_to)
            .into_iter()
            .map(|(_, _, new, partial)| (new, partial))
            .collect()
    }
}

/// Folded commune name → codes of the provinces of `period` that have a
/// unit of that name (for telling a document's province from its communes).
/// Built on first use from the name column only.
pub fn commune_name_index(period: Period) -> &'static HashMap<String, Vec<String>> {
    static PRE: OnceLock<HashMap<String, Vec<String>>> = OnceLock::new();
    static POST: OnceLock<HashMap<String, Vec<String>>> = OnceLock::new();
    let (cell, text, name_col) = match period {
        Period::PreReform => (&PRE, UNITS_PRE_CSV, 5),
        Period::PostReform => (&POST, UNITS_2025_CSV, 2),
    };
    cell.get_or_init(|| {
        let mut m: HashMap<String, Vec<String>> = HashMap::new();
        for l in text.lines().skip(1) {
            let f: Vec<&str> = l.split(',').collect();
            let (Some(p), Some(name)) = (f.first(), f.get(name_col)) else {
                continue;
            };
            let list = m.entry(fold_key(name)).or_default();
            if !list.iter().any(|c| c == p) {
                list.push(p.to_string());
            }
        }
        m
    })
}

fn poisoned() -> GazetteerError {
    GazetteerError::Data {
        file: "gazetteer cache".into(),
        line: 0,
        message: "a thread panicked while building a gazetteer".into(),
    }
}

fn split_list(s: &str, sep: char) -> Vec<String> {
    s.split(sep)
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(String::from)
        .collect()
}

/// "tinh khanh hoa" → "khanh hoa"; "tp ho chi minh" → "ho chi minh".
pub(crate) fn strip_province_word(key: &str) -> &str {
    for w in ["tinh ", "thanh pho ", "tp. ", "tp.", "tp "] {
        if let Some(rest) = key.strip_prefix(w) {
            return rest.trim_start();
        }
    }
    key
}

/// The header and the lines of `text` whose first field is `code`. The
/// files are sorted by province code, so this is one scan of short prefixes.
fn province_slice(text: &str, code: &str) -> String {
    let mut lines = text.lines();
    let mut out = String::new();
    if let Some(h) = lines.next() {
        out.push_str(h);
        out.push('\n');
    }
    let prefix = format!("{code},");
    for l in lines.filter(|l| l.starts_with(&prefix)) {
        out.push_str(l);
        out.push('\n');
    }
    out
}

/// Rows of `conversion_2025.csv` whose `(old code, old valid_to)` pass `keep`:
/// `(old code, old valid_to, new code, partial)`.
fn conversion_rows(keep: impl Fn(&str, &str) -> bool) -> Vec<(String, String, String, bool)> {
    CONVERSION_CSV
        .lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f.len() >= 4 && keep(f[0], f[1]))
                .then(|| (f[0].into(), f[1].into(), f[2].into(), f[3] == "partial"))
        })
        .collect()
}

fn valid_at(from: &Option<String>, to: &Option<String>, date: &str) -> bool {
    from.as_deref().is_none_or(|f| f <= date) && to.as_deref().is_none_or(|t| t >= date)
}

fn opt(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

/// A province's hand-kept file, if it has one.
fn province_file(slug: &str, name: &str) -> Option<(String, &'static str)> {
    PROVINCE_FILES
        .iter()
        .find(|(s, n, _)| *s == slug && *n == name)
        .map(|(s, n, text)| (format!("data/gazetteer/provinces/{s}/{n}"), *text))
}

fn build_pre(p: &Province, as_of: &str) -> Result<Gazetteer, GazetteerError> {
    let file = "data/gazetteer/units_pre2025.csv";
    let text = province_slice(UNITS_PRE_CSV, &p.code);
    let t = Table::parse(
        file,
        &text,
        &[
            "district_code",
            "district_name",
            "district_type",
            "commune_code",
            "commune_name",
            "commune_type",
            "valid_from",
            "valid_to",
            "successor_code",
        ],
    )?;
    let mut districts: Vec<District> = Vec::new();
    let mut all: Vec<Unit> = Vec::new();
    for row in &t.rows {
        let d_code = t.non_empty(row, "district_code")?;
        let d_type_raw = t.non_empty(row, "district_type")?;
        let district_type = DistrictType::parse(&d_type_raw)
            .ok_or_else(|| err(file, row.line, format!("district_type `{d_type_raw}`")))?;
        let d = match districts.iter().position(|d| d.code == d_code) {
            Some(i) => i,
            None => {
                districts.push(District {
                    code: d_code,
                    name: t.non_empty(row, "district_name")?,
                    district_type,
                });
                districts.len() - 1
            }
        };
        let type_raw = t.non_empty(row, "commune_type")?;
        let unit_type = UnitType::parse(&type_raw)
            .ok_or_else(|| err(file, row.line, format!("commune_type `{type_raw}`")))?;
        let successor_code = t.get(row, "successor_code")?;
        all.push(Unit {
            code: t.non_empty(row, "commune_code")?,
            name: t.non_empty(row, "commune_name")?,
            unit_type,
            district: Some(d),
            in_ntm_program: false,
            successor: opt(successor_code).map(|code| Successor {
                code,
                name: String::new(),
                since: String::new(),
            }),
            note: String::new(),
            valid_from: opt(t.get(row, "valid_from")?),
            valid_to: opt(t.get(row, "valid_to")?),
            code_2025: Vec::new(),
            split_2025: false,
        });
    }
    // Successors are named by the unit holding the code the day after.
    let snapshot = all.clone();
    for u in all.iter_mut() {
        if let (Some(s), Some(to)) = (u.successor.as_mut(), u.valid_to.as_deref()) {
            let next = next_day(to);
            if let Some(n) = snapshot
                .iter()
                .find(|n| n.code == s.code && valid_at(&n.valid_from, &n.valid_to, &next))
            {
                s.name = n.name.clone();
                s.since = next;
            }
        }
    }
    // Post-reform units of every row of the province.
    let codes: std::collections::HashSet<&str> = all.iter().map(|u| u.code.as_str()).collect();
    let mut conv: HashMap<(String, String), Vec<(String, bool)>> = HashMap::new();
    for (old, to, new, partial) in conversion_rows(|c, _| codes.contains(c)) {
        conv.entry((old, to)).or_default().push((new, partial));
    }
    for u in all.iter_mut() {
        let key = (u.code.clone(), u.valid_to.clone().unwrap_or_default());
        if let Some(list) = conv.get(&key) {
            u.code_2025 = list.iter().map(|(c, _)| c.clone()).collect();
            u.split_2025 = list.iter().any(|(_, p)| *p);
        }
    }
    let (current, former): (Vec<Unit>, Vec<Unit>) = all
        .into_iter()
        .partition(|u| valid_at(&u.valid_from, &u.valid_to, as_of));
    let mut units = current;
    apply_program(p, "program.csv", &mut units)?;
    let mut g = Gazetteer::from_parts(p, Some(as_of), districts, units);
    // A unit merged away before the date is read as its successor, through
    // an old-name alias (never as another unit that happens to be similar).
    for f in &former {
        if let Some(s) = &f.successor
            && let Some(target) = g.units.iter().position(|u| u.code == s.code)
        {
            g.add_alias(super::Alias {
                alias: f.name.clone(),
                level: super::AliasLevel::Commune,
                target,
                kind: super::AliasKind::OldName,
                note: format!(
                    "{} {} ({}) merged into {} {} on {}",
                    f.unit_type.as_vi(),
                    f.name,
                    f.code,
                    g.units[target].unit_type.as_vi(),
                    g.units[target].name,
                    s.since
                ),
            });
        }
    }
    g.add_alias_file(province_file(&p.slug, "aliases.csv"))?;
    Ok(g)
}

fn build_post(p: &Province) -> Result<Gazetteer, GazetteerError> {
    let file = "data/gazetteer/units_2025.csv";
    let text = province_slice(UNITS_2025_CSV, &p.code);
    let t = Table::parse(
        file,
        &text,
        &["commune_code", "commune_name", "commune_type", "valid_from"],
    )?;
    let mut units = Vec::new();
    for row in &t.rows {
        let type_raw = t.non_empty(row, "commune_type")?;
        let unit_type = UnitType::parse(&type_raw)
            .ok_or_else(|| err(file, row.line, format!("commune_type `{type_raw}`")))?;
        let code = t.non_empty(row, "commune_code")?;
        units.push(Unit {
            code: code.clone(),
            name: t.non_empty(row, "commune_name")?,
            unit_type,
            district: None,
            in_ntm_program: false,
            successor: None,
            note: String::new(),
            valid_from: opt(t.get(row, "valid_from")?),
            valid_to: None,
            code_2025: vec![code],
            split_2025: false,
        });
    }
    apply_program(p, "program_2025.csv", &mut units)?;
    let mut g = Gazetteer::from_parts(p, Some(REFORM_DATE), Vec::new(), units);
    for a in former_names(&g.units) {
        g.add_alias(a);
    }
    if p.regions.len() > 1 {
        g.set_unit_regions(regions_by_origin(&g.units));
    }
    g.add_alias_file(province_file(&p.slug, "aliases_2025.csv"))?;
    Ok(g)
}

/// Each post-reform unit's catalog region, from the pre-reform provinces its
/// predecessors belonged to; a unit formed across two regions gets none (the
/// province's region then applies).
fn regions_by_origin(units: &[Unit]) -> HashMap<String, String> {
    let pre_region: HashMap<&str, &str> = PROVINCES_CSV
        .lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f.len() > 4 && f[0] == "pre2025").then(|| (f[1], f[4]))
        })
        .collect();
    let old_province: HashMap<(&str, &str), &str> = UNITS_PRE_CSV
        .lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f.len() > 8).then(|| ((f[4], f[8]), f[0]))
        })
        .collect();
    let codes: std::collections::HashSet<&str> = units.iter().map(|u| u.code.as_str()).collect();
    let mut found: HashMap<String, Vec<String>> = HashMap::new();
    for (old, to, new, _) in conversion_rows(|_, _| true) {
        if !codes.contains(new.as_str()) {
            continue;
        }
        let region = old_province
            .get(&(old.as_str(), to.as_str()))
            .and_then(|p| pre_region.get(p));
        if let Some(r) = region {
            let list = found.entry(new).or_default();
            if !list.iter().any(|x| x == r) {
                list.push(r.to_string());
            }
        }
    }
    found
        .into_iter()
        .filter_map(|(code, r)| (r.len() == 1).then(|| (code, r[0].clone())))
        .collect()
}

/// Old-name aliases of a post-reform province's units: a plan written after
/// the reform still names communes as they were ("xã Ninh Sơn (cũ)"). Each
/// pre-reform unit that the official conversion puts into one of `units` is
/// an alias of its successor; a unit split between several successors is an
/// alias of each, so its name stays ambiguous rather than guessed. A former
/// name that is also a current unit's name is left out: the current unit
/// keeps it.
fn former_names(units: &[Unit]) -> Vec<super::Alias> {
    let index: HashMap<&str, usize> = units
        .iter()
        .enumerate()
        .map(|(i, u)| (u.code.as_str(), i))
        .collect();
    let current: std::collections::HashSet<String> =
        units.iter().map(|u| fold_key(&u.name)).collect();
    // (old code, old valid_to) → [(successor index, partial)]
    let mut succ: HashMap<(String, String), Vec<(usize, bool)>> = HashMap::new();
    for (old, to, new, partial) in conversion_rows(|_, _| true) {
        if let Some(&i) = index.get(new.as_str()) {
            succ.entry((old, to)).or_default().push((i, partial));
        }
    }
    let mut out = Vec::new();
    for line in UNITS_PRE_CSV.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        let [
            _,
            _,
            district,
            district_type,
            code,
            name,
            unit_type,
            _,
            valid_to,
            ..,
        ] = f[..]
        else {
            continue;
        };
        let Some(targets) = succ.get(&(code.to_string(), valid_to.to_string())) else {
            continue;
        };
        if current.contains(&fold_key(name)) {
            continue;
        }
        for &(target, partial) in targets {
            let new = &units[target];
            out.push(super::Alias {
                alias: name.to_string(),
                level: super::AliasLevel::Commune,
                target,
                kind: super::AliasKind::OldName,
                note: format!(
                    "{unit_type} {name} ({code}, {district_type} {district}) went {} {} {} ({}) on {REFORM_DATE}",
                    if partial { "partly into" } else { "into" },
                    new.unit_type.as_vi(),
                    new.name,
                    new.code
                ),
            });
        }
    }
    out
}

/// Marks programme communes from the province's `program.csv` (rows
/// `commune_code,commune_name,in_ntm_program,note`), matched on code and
/// name together since codes are reused after merges.
fn apply_program(p: &Province, name: &str, units: &mut [Unit]) -> Result<(), GazetteerError> {
    let Some((file, text)) = province_file(&p.slug, name) else {
        return Ok(());
    };
    let t = Table::parse(
        &file,
        text,
        &["commune_code", "commune_name", "in_ntm_program", "note"],
    )?;
    for row in &t.rows {
        let code = t.non_empty(row, "commune_code")?;
        let cname = t.non_empty(row, "commune_name")?;
        let flag = match t.get(row, "in_ntm_program")?.as_str() {
            "yes" => true,
            "no" => false,
            other => {
                return Err(err(
                    &file,
                    row.line,
                    format!("in_ntm_program `{other}`: expected yes or no"),
                ));
            }
        };
        if let Some(u) = units.iter_mut().find(|u| u.code == code && u.name == cname) {
            u.in_ntm_program = flag;
            u.note = t.get(row, "note")?;
        }
    }
    Ok(())
}

/// The ISO date after `iso` (`2024-10-31` → `2024-11-01`).
fn next_day(iso: &str) -> String {
    chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.succ_opt())
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_else(|| iso.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_of_both_periods() {
        let n = National::get();
        let pre = n
            .provinces()
            .iter()
            .filter(|p| p.period == Period::PreReform)
            .count();
        assert_eq!(pre, 63);
        assert_eq!(n.provinces().len() - pre, 34);
        let units_pre = UNITS_PRE_CSV.lines().count() - 1;
        assert!((10_040..10_060).contains(&units_pre), "{units_pre}");
        assert_eq!(UNITS_2025_CSV.lines().count() - 1, 3321);
    }

    #[test]
    fn names_and_aliases_find_provinces() {
        let n = National::get();
        let kh = n
            .province_by_name("tỉnh Khánh Hoà", Period::PreReform)
            .unwrap();
        assert_eq!((kh.code.as_str(), kh.region()), ("56", Some("DHNTB")));
        assert_eq!(
            n.province_by_name("Thừa Thiên Huế", Period::PreReform)
                .unwrap()
                .code,
            "46"
        );
        // Code 52 is Bình Định before the reform and Gia Lai after it.
        assert_eq!(
            n.province("52", Period::PreReform).unwrap().name,
            "Bình Định"
        );
        assert_eq!(
            n.province("52", Period::PostReform).unwrap().name,
            "Gia Lai"
        );
        assert!(
            n.province_by_name("Ninh Thuận", Period::PostReform)
                .is_none()
        );
    }

    #[test]
    fn a_province_of_two_regions_keeps_each_communes_region() {
        let n = National::get();
        let dl = n.province("66", Period::PostReform).unwrap();
        assert_eq!(dl.regions, ["TN", "DHNTB"]);
        let g = n.gazetteer(dl, None).unwrap();
        // Tuy Hòa was Phú Yên's (coast), Buôn Ma Thuột Đắk Lắk's (highlands).
        assert_eq!(g.region_of("22015"), Some("DHNTB"));
        assert_eq!(g.region_of("24133"), Some("TN"));
        // One region: the province's, whatever the code.
        let kh = n.province("56", Period::PreReform).unwrap();
        let g = n.gazetteer(kh, None).unwrap();
        assert_eq!(g.region_of("22606"), Some("DHNTB"));
    }

    #[test]
    fn post_reform_plans_may_name_communes_as_they_were() {
        let n = National::get();
        let kh = n.province("56", Period::PostReform).unwrap();
        let g = n.gazetteer(kh, Some("2026-01-15")).unwrap();
        // Cam Tân went into three new communes: named alone, it is ambiguous.
        let r = g.resolve("Cam Tân", &Default::default());
        assert!(r.unit.is_none(), "{r:?}");
        let mut names: Vec<String> = r.candidates.iter().map(|c| c.name.clone()).collect();
        names.sort();
        assert_eq!(names, ["Cam Hiệp", "Cam Lâm", "Suối Dầu"]);
        // A whole merge reads as its successor, through an old-name alias.
        let succ = |old: &str| {
            let r = g.resolve(old, &Default::default());
            (r.unit.map(|u| u.name), r.method)
        };
        let (name, method) = succ("Ngọc Hiệp");
        assert_eq!(name.as_deref(), Some("Tây Nha Trang"));
        assert_eq!(
            method,
            super::super::MatchMethod::Alias(super::super::AliasKind::OldName)
        );
        // A current name is never taken over by a former unit's.
        assert_eq!(succ("Cam Lâm").1, super::super::MatchMethod::Exact);
    }

    #[test]
    fn khanh_hoa_at_two_dates() {
        let n = National::get();
        let kh = n.province("56", Period::PreReform).unwrap();
        let early = n.gazetteer(kh, Some("2024-03-08")).unwrap();
        let late = n.gazetteer(kh, Some("2025-03-01")).unwrap();
        assert_eq!(early.units().len(), 139);
        assert_eq!(late.units().len(), 132);
        // 22606 was Ninh Vân, then the enlarged Ninh Phước.
        assert_eq!(early.unit("22606").unwrap().name, "Ninh Vân");
        assert_eq!(late.unit("22606").unwrap().name, "Ninh Phước");
        // After the merge, the old name is read as its successor.
        let r = late.resolve("Diên Đồng", &Default::default());
        assert_eq!(r.unit.unwrap().code, "22660");
        assert_eq!(
            r.method,
            super::super::MatchMethod::Alias(super::super::AliasKind::OldName)
        );
    }
}
