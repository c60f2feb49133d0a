//! The state's portfolio: every study under some folders (a git checkout is a folder) read
//! into one value — the pipeline of clusters by stage, the money by scheme and district as
//! planned and as spent, the monitoring roll-up, the selection ranking and the data
//! quality — for `cdstudy portfolio`'s tables, dashboard and exports and for `cdstudy
//! plan`. The Madhya Pradesh roadmap's cluster information management system (§4.5.2)
//! over the study files a department already keeps.
//!
//! Owns finding the study files, loading them on every core, the per-study row (`row`),
//! the cache of rows (`cache`), the sums over rows, and the export tables (`export`).
//! Money is whole rupees; the rows' money is the financing `cdstudy budget` prints, so every
//! sum here is a sum of those. No UI: the CLI prints what this computes.

pub mod cache;
pub mod export;
pub mod plan;
pub mod row;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::NaiveDate;
use rayon::prelude::*;
use serde::Serialize;

pub use cache::Cache;
pub use row::{periods_without_report, Money, Stage, StudyRow, Track};

use crate::render::YearPlan;
use crate::scheme::Catalog;

/// Why a YAML file without a study's keys is not read as one.
pub const NOT_A_STUDY: &str = "not a study file: it has no `format: cdstudy/1` or `meta:` key";

/// A file that was looked at and not read as a study, with why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NotLoaded {
    pub file: String,
    /// `not-a-study` (a YAML file without a study's keys: a workflow, a plan file),
    /// `error` (a study that does not load) or `missing` (a path given that is not there).
    pub kind: &'static str,
    pub error: String,
    /// The load error itself, for a study that does not load: worded in the reader's
    /// language where `error` is its English.
    #[serde(skip)]
    pub cause: Option<Box<crate::store::LoadError>>,
}

/// How one run went with the cache.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct CacheStats {
    pub hits: usize,
    pub misses: usize,
    /// Of the hits, the files not even read: their metadata was as the stat index had it.
    pub unread: usize,
}

/// Counts of clusters by stage for one state, district, scheme or product.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PipelineRow {
    pub key: String,
    /// In the order of [`Stage::ALL`].
    pub stages: [u32; 8],
    pub total: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pipeline {
    pub by_state: Vec<PipelineRow>,
    pub by_district: Vec<PipelineRow>,
    pub by_scheme: Vec<PipelineRow>,
    /// By sector (by product where a study names no sector); a cluster in two counts
    /// under each: this table's rows may add up to more
    /// than the clusters.
    pub by_product: Vec<PipelineRow>,
    pub total: PipelineRow,
}

/// Money of a group of studies, as planned and as spent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MoneyRow {
    pub key: String,
    pub studies: u32,
    pub planned: Money,
    pub spent: Money,
    /// The studies summed in the row, as indices into [`Portfolio::studies`]: printed
    /// tables sum each study's figure rounded once, so a cluster reads the same in each.
    #[serde(skip)]
    pub members: Vec<usize>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct TrackCounts {
    pub met: u32,
    pub on_track: u32,
    pub behind: u32,
    pub not_measured: u32,
    pub no_target: u32,
}

impl TrackCounts {
    pub fn add(&mut self, t: Track) {
        match t {
            Track::Met => self.met += 1,
            Track::OnTrack => self.on_track += 1,
            Track::Behind => self.behind += 1,
            Track::NotMeasured => self.not_measured += 1,
            Track::NoTarget => self.no_target += 1,
        }
    }

    pub fn get(&self, t: Track) -> u32 {
        match t {
            Track::Met => self.met,
            Track::OnTrack => self.on_track,
            Track::Behind => self.behind,
            Track::NotMeasured => self.not_measured,
            Track::NoTarget => self.no_target,
        }
    }
}

/// An indicator behind its path to target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Behind {
    pub file: String,
    pub cluster: String,
    pub indicator: String,
    pub name: String,
    pub latest_period: Option<String>,
}

/// A project that has not reported for two periods or more.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Silent {
    pub file: String,
    pub cluster: String,
    pub stage: Stage,
    pub last_period: Option<String>,
    pub periods_without_report: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rank {
    pub rank: u32,
    pub file: String,
    pub cluster: String,
    pub district: String,
    pub state: String,
    pub stage: Stage,
    pub score_x100: i64,
    pub score: String,
    pub passes: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Monitoring {
    /// Every project's years planned against done, summed by financial year.
    pub years: Vec<YearPlan>,
    pub indicators: TrackCounts,
    pub behind: Vec<Behind>,
    /// Projects with no progress reported for two periods or more.
    pub silent: Vec<Silent>,
}

/// Everything the portfolio shows, computed once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Portfolio {
    pub today: NaiveDate,
    /// Every study that loaded, in file order.
    pub studies: Vec<StudyRow>,
    pub not_loaded: Vec<NotLoaded>,
    pub pipeline: Pipeline,
    pub money_by_scheme: Vec<MoneyRow>,
    pub money_by_district: Vec<MoneyRow>,
    pub money_total: MoneyRow,
    pub monitoring: Monitoring,
    /// The studies with a selection score, best first.
    pub ranking: Vec<Rank>,
    pub cache: CacheStats,
}

/// What a run needs besides the paths.
pub struct Options<'a> {
    pub catalog: &'a Catalog,
    /// `None`: no cache, every study is computed.
    pub cache: Option<&'a Cache>,
    /// Told (done, of) after each file, from the worker threads.
    pub progress: Option<&'a (dyn Fn(usize, usize) + Sync)>,
    pub today: NaiveDate,
}

/// The fingerprint of what a row depends on besides its file: the scheme rules and the
/// day. For [`Cache::new`].
pub fn context(catalog: &Catalog, today: NaiveDate) -> Vec<u8> {
    format!("{today}\n{catalog:?}").into_bytes()
}

/// Whether a name is skipped when walking a folder: hidden files and folders (`.git`,
/// drafts, locks, caches) and build output.
fn skipped(name: &str) -> bool {
    name.starts_with('.') || name == "target" || name == "node_modules"
}

/// The study files under `paths`: a file given is taken whatever its name; a folder is
/// walked (not following links to folders) for `*.yaml` and `*.yml`. Paths that are not
/// there are returned as not loaded. Sorted, each file once.
pub fn find_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<NotLoaded>) {
    let mut files = Vec::new();
    let mut missing = Vec::new();
    for p in paths {
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => walk(p, &mut files, &mut missing),
            Ok(_) => files.push(p.clone()),
            Err(e) => missing.push(NotLoaded {
                file: p.display().to_string(),
                kind: "missing",
                error: e.to_string(),
                cause: None,
            }),
        }
    }
    files.sort();
    files.dedup();
    (files, missing)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, trouble: &mut Vec<NotLoaded>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            trouble.push(NotLoaded {
                file: dir.display().to_string(),
                kind: "missing",
                error: e.to_string(),
                cause: None,
            });
            return;
        }
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if skipped(&name) {
            continue;
        }
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            walk(&path, files, trouble);
        } else if (kind.is_file() || kind.is_symlink())
            && (name.ends_with(".yaml") || name.ends_with(".yml"))
        {
            files.push(path);
        }
    }
}

/// Whether the text looks like a study at all: one of its top-level keys is a study's
/// `format: cdstudy/…` or `meta:`. Anything else is a YAML file of another kind.
fn looks_like_study(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(64 * 1024)]);
    text.lines().any(|l| {
        let l = l.trim_end();
        l.starts_with("format: cdstudy") || l.starts_with("format: \"cdstudy") || l == "meta:"
    })
}

/// Where a row came from.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RowFrom {
    Computed,
    /// The cache, found by the file's content.
    Cache,
    /// The cache, found by the file's metadata without reading it.
    Unread,
}

enum Outcome {
    Row(Box<StudyRow>, RowFrom),
    Failed(NotLoaded),
}

thread_local! {
    /// Each worker's buffer for the file it reads, kept from file to file.
    static READ_BUFFER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn one(file: &Path, opts: &Options) -> Outcome {
    READ_BUFFER.with(|buffer| match buffer.try_borrow_mut() {
        Ok(mut bytes) => one_in(file, opts, &mut bytes),
        Err(_) => one_in(file, opts, &mut Vec::new()),
    })
}

fn one_in(file: &Path, opts: &Options, bytes: &mut Vec<u8>) -> Outcome {
    let shown = file.display().to_string();
    // The metadata before the bytes: a write after it changes what the index sees next.
    let meta = opts.cache.and_then(|_| std::fs::metadata(file).ok());
    if let (Some(c), Some(m)) = (opts.cache, &meta) {
        if let Some(content) = c.known_content(file, m) {
            if let Some(mut row) = c.get(&c.key_of(content), file) {
                row.file = shown;
                return Outcome::Row(Box::new(row), RowFrom::Unread);
            }
        }
    }
    match crate::store::read_bounded_into(file, bytes) {
        Ok(()) => {}
        Err(e) => {
            return Outcome::Failed(NotLoaded {
                file: shown,
                kind: "error",
                error: e.to_string(),
                cause: Some(Box::new(e)),
            })
        }
    }
    let bytes: &[u8] = bytes;
    let key = opts.cache.map(|c| {
        let content = Cache::content(bytes);
        if let Some(m) = &meta {
            c.note(file, m, content);
        }
        c.key_of(content)
    });
    if let (Some(c), Some(k)) = (opts.cache, &key) {
        if let Some(mut row) = c.get(k, file) {
            row.file = shown;
            return Outcome::Row(Box::new(row), RowFrom::Cache);
        }
    }
    if !looks_like_study(bytes) {
        return Outcome::Failed(NotLoaded {
            file: shown,
            kind: "not-a-study",
            error: NOT_A_STUDY.into(),
            cause: None,
        });
    }
    match crate::store::parse_bytes(bytes, file) {
        Ok(parsed) => {
            let mut row = StudyRow::of(&parsed.study, opts.catalog);
            if let (Some(c), Some(k)) = (opts.cache, &key) {
                c.put(k, file, &row);
            }
            row.file = shown;
            Outcome::Row(Box::new(row), RowFrom::Computed)
        }
        Err(e) => Outcome::Failed(NotLoaded {
            file: shown,
            kind: "error",
            error: e.to_string(),
            cause: Some(Box::new(e)),
        }),
    }
}

/// Loads every study under `paths` on all cores and sums them up. Never stops at a file
/// that does not load: it is listed in `not_loaded`.
pub fn build(paths: &[PathBuf], opts: &Options) -> Portfolio {
    let (files, mut not_loaded) = find_files(paths);
    let done = AtomicUsize::new(0);
    let total = files.len();
    let outcomes: Vec<Outcome> = files
        .par_iter()
        .map(|f| {
            let o = one(f, opts);
            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
            if let Some(tell) = opts.progress {
                tell(n, total);
            }
            o
        })
        .collect();
    let mut studies = Vec::with_capacity(outcomes.len());
    let mut stats = CacheStats::default();
    for o in outcomes {
        match o {
            Outcome::Row(row, from) => {
                match from {
                    RowFrom::Computed => stats.misses += 1,
                    RowFrom::Cache => stats.hits += 1,
                    RowFrom::Unread => {
                        stats.hits += 1;
                        stats.unread += 1;
                    }
                }
                studies.push(*row);
            }
            Outcome::Failed(n) => not_loaded.push(n),
        }
    }
    match opts.cache {
        Some(c) => c.save(paths, &files),
        None => stats = CacheStats::default(),
    }
    let mut p = of_rows(studies, not_loaded, opts.today);
    p.cache = stats;
    p
}

fn pipeline_rows(rows: impl Iterator<Item = (String, Stage)>) -> Vec<PipelineRow> {
    let mut by: BTreeMap<String, [u32; 8]> = BTreeMap::new();
    for (key, stage) in rows {
        by.entry(key).or_default()[stage.index()] += 1;
    }
    by.into_iter()
        .map(|(key, stages)| PipelineRow {
            key,
            total: stages.iter().sum(),
            stages,
        })
        .collect()
}

fn money_rows<'a>(rows: impl Iterator<Item = (String, &'a StudyRow)>) -> Vec<MoneyRow> {
    let mut by: BTreeMap<String, MoneyRow> = BTreeMap::new();
    for (i, (key, r)) in rows.enumerate() {
        let m = by.entry(key.clone()).or_insert_with(|| MoneyRow {
            key,
            studies: 0,
            planned: Money::default(),
            spent: Money::default(),
            members: Vec::new(),
        });
        m.members.push(i);
        m.studies += 1;
        m.planned.add(&r.planned);
        m.spent.add(&r.spent);
    }
    by.into_values().collect()
}

fn or_none(s: &str, none: &str) -> String {
    if s.is_empty() {
        none.to_string()
    } else {
        s.to_string()
    }
}

/// The portfolio of rows already computed (in any order: they are sorted by file).
pub fn of_rows(
    mut studies: Vec<StudyRow>,
    mut not_loaded: Vec<NotLoaded>,
    today: NaiveDate,
) -> Portfolio {
    studies.sort_by(|a, b| a.file.cmp(&b.file));
    not_loaded.sort_by(|a, b| a.file.cmp(&b.file));
    let stage_of = |r: &StudyRow| r.stage;
    let by_state = pipeline_rows(
        studies
            .iter()
            .map(|r| (or_none(&r.state, "(no state)"), stage_of(r))),
    );
    let by_district = pipeline_rows(studies.iter().map(|r| (r.district_key(), stage_of(r))));
    let by_scheme = pipeline_rows(
        studies
            .iter()
            .map(|r| (or_none(&r.scheme, "(no scheme)"), stage_of(r))),
    );
    // By sector where the study names one (a few words a department groups by); by its
    // products where it names none (free text, one row each).
    let by_product = pipeline_rows(studies.iter().flat_map(|r| {
        let products: Vec<String> = if !r.sectors.is_empty() {
            let mut s = r.sectors.clone();
            s.sort();
            s.dedup();
            s
        } else if r.products.is_empty() {
            vec!["(no product)".to_string()]
        } else {
            let mut p = r.products.clone();
            p.sort();
            p.dedup();
            p
        };
        products.into_iter().map(move |p| (p, r.stage))
    }));
    let total = {
        let mut stages = [0u32; 8];
        for r in &studies {
            stages[r.stage.index()] += 1;
        }
        PipelineRow {
            key: "Total".into(),
            total: stages.iter().sum(),
            stages,
        }
    };
    let money_by_scheme = money_rows(
        studies
            .iter()
            .map(|r| (or_none(&r.scheme, "(no scheme)"), r)),
    );
    let money_by_district = money_rows(studies.iter().map(|r| (r.district_key(), r)));
    let mut money_total = MoneyRow {
        key: "Total".into(),
        studies: 0,
        planned: Money::default(),
        spent: Money::default(),
        members: (0..studies.len()).collect(),
    };
    for r in &studies {
        money_total.studies += 1;
        money_total.planned.add(&r.planned);
        money_total.spent.add(&r.spent);
    }

    let mut years: BTreeMap<crate::model::FinancialYear, YearPlan> = BTreeMap::new();
    let mut indicators = TrackCounts::default();
    let mut behind = Vec::new();
    let mut silent = Vec::new();
    for r in &studies {
        // Only projects under way have years to compare: a draft's plan is not a budget
        // that anyone is using yet.
        if matches!(
            r.stage,
            Stage::SoftInterventions
                | Stage::Sanctioned
                | Stage::UnderImplementation
                | Stage::Completed
        ) {
            for y in &r.years {
                let e = years.entry(y.year).or_insert(YearPlan {
                    year: y.year,
                    budget_rs: 0,
                    utilised_rs: 0,
                    planned: 0,
                    done: 0,
                });
                e.budget_rs += y.budget_rs;
                e.utilised_rs += y.utilised_rs;
                e.planned += y.planned;
                e.done += y.done;
            }
            for k in &r.indicators {
                indicators.add(k.track);
                if k.track == Track::Behind {
                    behind.push(Behind {
                        file: r.file.clone(),
                        cluster: r.cluster.clone(),
                        indicator: k.id.clone(),
                        name: k.name.clone(),
                        latest_period: k.latest_period.clone(),
                    });
                }
            }
        }
        if let Some(n) = periods_without_report(r, today).filter(|n| *n >= 2) {
            silent.push(Silent {
                file: r.file.clone(),
                cluster: r.cluster.clone(),
                stage: r.stage,
                last_period: r.last_period.clone(),
                periods_without_report: n,
            });
        }
    }
    let mut ranked: Vec<&StudyRow> = studies.iter().filter(|r| r.selection.is_some()).collect();
    ranked.sort_by(|a, b| {
        let score = |r: &StudyRow| r.selection.as_ref().map_or(0, |s| s.total_x100);
        score(b).cmp(&score(a)).then_with(|| a.file.cmp(&b.file))
    });
    // Equal scores share a rank (1, 2, 2, 4).
    let mut ranking: Vec<Rank> = Vec::with_capacity(ranked.len());
    for (i, r) in ranked.iter().enumerate() {
        let Some(s) = &r.selection else { continue };
        let rank = match ranking.last() {
            Some(prev) if prev.score_x100 == s.total_x100 => prev.rank,
            _ => i as u32 + 1,
        };
        ranking.push(Rank {
            rank,
            file: r.file.clone(),
            cluster: r.cluster.clone(),
            district: r.district.clone(),
            state: r.state.clone(),
            stage: r.stage,
            score_x100: s.total_x100,
            score: s.total.clone(),
            passes: s.passes,
        });
    }
    Portfolio {
        today,
        studies,
        not_loaded,
        pipeline: Pipeline {
            by_state,
            by_district,
            by_scheme,
            by_product,
            total,
        },
        money_by_scheme,
        money_by_district,
        money_total,
        monitoring: Monitoring {
            years: years.into_values().collect(),
            indicators,
            behind,
            silent,
        },
        ranking,
        cache: CacheStats::default(),
    }
}
