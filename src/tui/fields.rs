//! Field metadata: what every field of the study is called, what it needs (its hint), how
//! it is edited (typed text, a choice, a picker of items, a tick) and how its value is read
//! and written. One generic mechanism drives every form, so the thirteen sections only
//! declare their fields.
//!
//! Typed values parse with the model's own `FromStr` (money: "4.5 lakh", "2 cr"; shares:
//! "9.15"; months: "2027-04") and show the way people read them (Rs. 4.50 lakh). A value
//! that does not parse is refused with the reason, and the field keeps its old value.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::assets::Assets;
use crate::i18n::Messages;
use crate::model::{
    ActionKind, AgencyRole, Category, Cost, FinancialYear, Id, ItemKind, LandTenure, LegalForm,
    Level, Percent, Quantity, RiskPhase, Rupees, Section, Severity, StakeholderKind, Status, Study,
    TaxDepreciation, UnitSize, YearMonth,
};
use crate::phrase::{word, Phrase, PhraseArg, Said};

/// Reads a value of the study at an item address (`at`: indexes of the item and, for a
/// list inside an item, of the item within it).
pub type Get<T> = for<'a> fn(&'a Study, &[usize]) -> Option<&'a T>;
/// The same, for writing; creates what holds the value when needed (an SPV, a CFC).
pub type GetMut<T> = for<'a> fn(&'a mut Study, &[usize]) -> Option<&'a mut T>;

/// How a field is edited.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    Text {
        text: String,
        multiline: bool,
    },
    /// One of a list of options (values and labels); `current` is the chosen one.
    Choice {
        options: Vec<(String, String)>,
        current: Option<usize>,
        optional: bool,
    },
    /// Items of the study, one or several.
    Pick {
        kind: ItemKind,
        many: bool,
        current: Vec<Id>,
    },
    Toggle(bool),
    /// The study's scheme: chosen in a dialog that first shows what would change.
    ChooseScheme,
}

/// What the person gave.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    Text(String),
    /// A value of the options, or none.
    Choice(Option<String>),
    Ids(Vec<Id>),
    Toggle(bool),
}

thread_local! {
    /// The workspace of the app on this thread: fields see only the study, and the scheme
    /// fields must know the schemes the app was given (a folder scheme among them). The
    /// app sets it when it is made; the terminal UI runs on one thread, each test on its own.
    static WORKSPACE: std::cell::RefCell<Assets> = std::cell::RefCell::default();
}

/// Makes `workspace` the one the fields of this thread look schemes up in.
pub fn use_workspace(workspace: &Assets) {
    WORKSPACE.with(|w| *w.borrow_mut() = workspace.clone());
}

fn workspace() -> Assets {
    WORKSPACE.with(|w| w.borrow().clone())
}

thread_local! {
    /// The messages of the app on this thread: the pickers of components and review
    /// targets word their fixed parts ("the section", "not a component of") in them.
    static MESSAGES: std::cell::RefCell<Messages> = std::cell::RefCell::new(Messages::english());
}

/// Makes `messages` the ones the fields of this thread word their options in.
pub fn use_messages(messages: &Messages) {
    MESSAGES.with(|m| *m.borrow_mut() = messages.clone());
}

fn messages() -> Messages {
    MESSAGES.with(|m| m.borrow().clone())
}

thread_local! {
    /// The folder of the study the app on this thread edits: a photograph's path is
    /// relative to it, and its field shows the file's size and completes from it. Set
    /// with the workspace, and again when the study is saved under another name.
    static STUDY_DIR: std::cell::RefCell<PathBuf> = std::cell::RefCell::default();
}

/// Makes `dir` the folder the photograph fields of this thread look files up in.
pub fn use_study_dir(dir: &Path) {
    STUDY_DIR.with(|d| *d.borrow_mut() = dir.to_path_buf());
}

pub fn study_dir() -> PathBuf {
    STUDY_DIR.with(|d| d.borrow().clone())
}

/// The images (JPEG, PNG) under `dir`, as paths relative to it with `/` between folders,
/// sorted: what a photograph's path completes from. Hidden folders are skipped, and the
/// walk stops at a few levels and a few thousand files (a study's folder is small; a
/// study saved in a home folder must not stall the form).
pub fn image_files(dir: &Path) -> Vec<String> {
    const DEPTH: usize = 4;
    const MAX: usize = 2000;
    let mut out = Vec::new();
    let mut stack = vec![(dir.to_path_buf(), String::new(), 0usize)];
    let mut seen = 0usize;
    while let Some((folder, prefix, depth)) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            seen += 1;
            if seen > MAX {
                break;
            }
            let name = entry.file_name().to_string_lossy().to_string();
            if name.starts_with('.') {
                continue;
            }
            let rel = format!("{prefix}{name}");
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                if depth + 1 < DEPTH {
                    stack.push((entry.path(), format!("{rel}/"), depth + 1));
                }
            } else {
                let lower = name.to_lowercase();
                if [".jpg", ".jpeg", ".png"].iter().any(|e| lower.ends_with(e)) {
                    out.push(rel);
                }
            }
        }
    }
    out.sort();
    out
}

/// A size as people read it: 840 bytes, 12.4 KB, 3.1 MB.
fn file_size(bytes: u64) -> Phrase {
    let tenths = |unit: f64| PhraseArg::Figure(format!("{:.1}", bytes as f64 / unit));
    match bytes {
        b if b < 1024 => crate::phrase!("{n} bytes", n = b),
        b if b < 1024 * 1024 => crate::phrase!("{n} KB", n = tenths(1024.0)),
        _ => crate::phrase!("{n} MB", n = tenths(1_048_576.0)),
    }
}

/// How a field's value is read, shown and written.
pub trait FieldOps {
    /// The value as people read it; empty when not filled in.
    fn show(&self, study: &Study, at: &[usize]) -> String;
    /// [`FieldOps::show`] in the screen's language: an amount as "रु. 4.50 लाख", a date's
    /// month in Hindi. The form draws this; `show` is the English (and what tests read).
    fn show_in(&self, study: &Study, at: &[usize], _m: &Messages) -> String {
        self.show(study, at)
    }
    fn input(&self, study: &Study, at: &[usize]) -> Input;
    /// Writes the answer, or says why it was refused (and changes nothing).
    fn apply(&self, study: &mut Study, at: &[usize], answer: Answer) -> Result<(), Said>;
    /// For a file's path: the files its editor completes from (relative to the study).
    fn completions(&self) -> Option<Vec<String>> {
        None
    }
}

pub struct Field {
    /// The field's path under its item (`stage`) or, in a form, in the study
    /// (`cluster.name`): where `check` findings about it point.
    pub key: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
    pub ops: Box<dyn FieldOps>,
    /// The words of one of the model's enumerations (a category, a severity): fixed
    /// labels, shown in the screen's language. Other choices name the study's items.
    pub fixed_choices: Option<fn() -> Vec<&'static str>>,
}

impl Field {
    fn new(
        key: &'static str,
        label: &'static str,
        hint: &'static str,
        ops: impl FieldOps + 'static,
    ) -> Field {
        Field {
            key,
            label,
            hint,
            ops: Box::new(ops),
            fixed_choices: None,
        }
    }

    /// A one-line typed field (text, number, money, date ...).
    pub fn line<T: TextValue + 'static>(
        key: &'static str,
        label: &'static str,
        hint: &'static str,
        (get, get_mut): (Get<T>, GetMut<T>),
    ) -> Field {
        Field::new(
            key,
            label,
            hint,
            Typed {
                get,
                get_mut,
                multiline: false,
            },
        )
    }

    /// A text area for prose (or for a list written one entry per line).
    pub fn prose<T: TextValue + 'static>(
        key: &'static str,
        label: &'static str,
        hint: &'static str,
        (get, get_mut): (Get<T>, GetMut<T>),
    ) -> Field {
        Field::new(
            key,
            label,
            hint,
            Typed {
                get,
                get_mut,
                multiline: true,
            },
        )
    }

    /// One of the words of a type that always offers the same ones (an enumeration).
    pub fn choice<T: ChoiceList + 'static>(
        key: &'static str,
        label: &'static str,
        hint: &'static str,
        accessors: (Get<T>, GetMut<T>),
    ) -> Field {
        Field {
            fixed_choices: Some(T::labels),
            ..Field::choice_from(key, label, hint, options_of::<T>, accessors)
        }
    }

    /// One of the words `options` offers for the study as it is (its items, its scheme's
    /// components).
    pub fn choice_from<T: ChoiceValue + 'static>(
        key: &'static str,
        label: &'static str,
        hint: &'static str,
        options: Options,
        (get, get_mut): (Get<T>, GetMut<T>),
    ) -> Field {
        Field::new(
            key,
            label,
            hint,
            Chosen {
                get,
                get_mut,
                options,
            },
        )
    }

    /// A reference (or several) to items of `kind`, chosen in a picker.
    pub fn pick<T: RefValue + 'static>(
        key: &'static str,
        label: &'static str,
        hint: &'static str,
        kind: ItemKind,
        (get, get_mut): (Get<T>, GetMut<T>),
    ) -> Field {
        Field::new(key, label, hint, Picked { get, get_mut, kind })
    }

    /// The study's scheme (`meta.scheme`), switched only after a comparison.
    pub fn scheme(key: &'static str, label: &'static str, hint: &'static str) -> Field {
        Field::new(key, label, hint, SchemeField)
    }

    /// A photograph's file, relative to the study's folder: typed, completed from the
    /// images in that folder, and shown with its size or what `check` finds wrong with it.
    pub fn photo_path(
        key: &'static str,
        label: &'static str,
        hint: &'static str,
        (get, get_mut): (Get<String>, GetMut<String>),
    ) -> Field {
        Field::new(key, label, hint, PhotoPath { get, get_mut })
    }

    pub fn toggle(
        key: &'static str,
        label: &'static str,
        hint: &'static str,
        (get, get_mut): (Get<bool>, GetMut<bool>),
    ) -> Field {
        Field::new(key, label, hint, Ticked { get, get_mut })
    }
}

/// Builds the pair of accessors for a field from its place in the study:
/// `at!(cluster.name)` for a value of a section, `at!(bottlenecks[].title)` for a value of
/// the item at `at[0]` of a list, `at!(spv?.name)` inside an optional section,
/// `at!(field_work.validation?.date)` and `at!(cfc?.performance?.target_year)` inside an
/// optional part (created, like the section, when the field is first filled).
macro_rules! at {
    ($($list:ident).+ [] . $($f:ident).+) => {
        (
            |s: &Study, at: &[usize]| s.$($list).+.get(*at.first()?).map(|x| &x.$($f).+),
            |s: &mut Study, at: &[usize]| s.$($list).+.get_mut(*at.first()?).map(|x| &mut x.$($f).+),
        )
    };
    ($opt:ident ? . $($list:ident).+ [] . $($f:ident).+) => {
        (
            |s: &Study, at: &[usize]| s.$opt.as_ref()?.$($list).+.get(*at.first()?).map(|x| &x.$($f).+),
            |s: &mut Study, at: &[usize]| s.$opt.as_mut()?.$($list).+.get_mut(*at.first()?).map(|x| &mut x.$($f).+),
        )
    };
    // A value inside an optional part of an optional section (the CFC's performance).
    ($opt:ident ? . $inner:ident ? . $($f:ident).+) => {
        (
            |s: &Study, _: &[usize]| s.$opt.as_ref()?.$inner.as_ref().map(|x| &x.$($f).+),
            |s: &mut Study, _: &[usize]| Some(
                &mut s.$opt.get_or_insert_with(Default::default)
                    .$inner.get_or_insert_with(Default::default).$($f).+
            ),
        )
    };
    // A value inside an optional part of a section (the field work's validation meeting).
    ($sec:ident . $opt:ident ? . $($f:ident).+) => {
        (
            |s: &Study, _: &[usize]| s.$sec.$opt.as_ref().map(|x| &x.$($f).+),
            |s: &mut Study, _: &[usize]| Some(&mut s.$sec.$opt.get_or_insert_with(Default::default).$($f).+),
        )
    };
    ($opt:ident ? . $($f:ident).+) => {
        (
            |s: &Study, _: &[usize]| s.$opt.as_ref().map(|x| &x.$($f).+),
            |s: &mut Study, _: &[usize]| Some(&mut s.$opt.get_or_insert_with(Default::default).$($f).+),
        )
    };
    ($($f:ident).+) => {
        (
            |s: &Study, _: &[usize]| Some(&s.$($f).+),
            |s: &mut Study, _: &[usize]| Some(&mut s.$($f).+),
        )
    };
}
pub(crate) use at;

/// A value typed as text.
pub trait TextValue: Sized {
    fn show(&self) -> String;
    /// As the screen shows it in its language.
    fn show_in(&self, _m: &Messages) -> String {
        self.show()
    }
    /// What the editor starts with.
    fn edit(&self) -> String {
        self.show()
    }
    fn parse(text: &str) -> Result<Self, Said>;
}

/// Text as typed; trailing spaces at line ends are dropped (they would make the file
/// write the text as one quoted line instead of a readable block).
impl TextValue for String {
    fn show(&self) -> String {
        self.clone()
    }
    fn parse(text: &str) -> Result<Self, Said> {
        let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
        Ok(lines.join("\n").trim().to_string())
    }
}

/// A list written one entry per line (products, actors).
impl TextValue for Vec<String> {
    fn show(&self) -> String {
        self.join("; ")
    }
    fn edit(&self) -> String {
        self.join("\n")
    }
    fn parse(text: &str) -> Result<Self, Said> {
        Ok(text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect())
    }
}

/// Optional values: an empty field is "not known yet".
impl<T: Scalar> TextValue for Option<T> {
    fn show(&self) -> String {
        self.as_ref().map(Scalar::show).unwrap_or_default()
    }
    fn show_in(&self, m: &Messages) -> String {
        self.as_ref().map(|v| v.show_in(m)).unwrap_or_default()
    }
    fn edit(&self) -> String {
        self.as_ref().map(Scalar::edit).unwrap_or_default()
    }
    fn parse(text: &str) -> Result<Self, Said> {
        let t = text.trim();
        if t.is_empty() {
            Ok(None)
        } else {
            T::parse(t).map(Some)
        }
    }
}

/// A value of one kind, typed as text.
pub trait Scalar: Sized {
    fn show(&self) -> String;
    /// As the screen shows it in its language.
    fn show_in(&self, _m: &Messages) -> String {
        self.show()
    }
    fn edit(&self) -> String {
        self.show()
    }
    fn parse(text: &str) -> Result<Self, Said>;
}

fn whole_number<T: std::str::FromStr>(text: &str) -> Result<T, Said> {
    let t = text.replace([',', '_'], "");
    t.trim().parse().map_err(|_| {
        crate::phrase!(
            "'{t}' is not a whole number: type digits only, like 120",
            t = text.trim()
        )
        .into()
    })
}

impl Scalar for u32 {
    fn show(&self) -> String {
        self.to_string()
    }
    fn parse(text: &str) -> Result<Self, Said> {
        whole_number(text)
    }
}

impl Scalar for u64 {
    fn show(&self) -> String {
        self.to_string()
    }
    fn parse(text: &str) -> Result<Self, Said> {
        whole_number(text)
    }
}

impl Scalar for Rupees {
    fn show(&self) -> String {
        self.human()
    }
    fn show_in(&self, m: &Messages) -> String {
        m.amount(*self)
    }
    /// Edited in the short form people type: 450000 → "4.5 lakh".
    fn edit(&self) -> String {
        typed_amount(*self)
    }
    fn parse(text: &str) -> Result<Self, Said> {
        let r: Rupees = text
            .parse()
            .map_err(|e: crate::model::money::AmountError| e.said())?;
        if r.get() < 0 {
            return Err(crate::phrase!("{r} is negative; amounts are 0 or more", r).into());
        }
        Ok(r)
    }
}

/// A rate per unit: rupees with paise, edited as typed ("0.90", "1350").
impl Scalar for crate::model::Rate {
    fn show(&self) -> String {
        self.inr()
    }
    fn edit(&self) -> String {
        self.figure()
    }
    fn parse(text: &str) -> Result<Self, Said> {
        let r: crate::model::Rate = text
            .parse()
            .map_err(|e: crate::model::money::RateError| e.said())?;
        if r.paise() < 0 {
            return Err(crate::phrase!("{r} is negative; a rate is 0 or more", r = r.inr()).into());
        }
        Ok(r)
    }
}

/// An amount as a person would type it again: "4.5 lakh", "2.25 cr", "15000".
/// Only amounts that are exact to two decimals of the unit take it, so the text parses back
/// to the same rupee; the arithmetic is in whole numbers.
fn typed_amount(r: Rupees) -> String {
    use crate::model::{CRORE, LAKH};
    let v = r.get();
    let in_unit = |unit: i64, word: &str| {
        let sign = if v < 0 { "-" } else { "" };
        let (whole, hundredths) = (v.abs() / unit, v.abs() % unit / (unit / 100));
        let decimals = format!("{hundredths:02}");
        let decimals = decimals.trim_end_matches('0');
        let dot = if decimals.is_empty() { "" } else { "." };
        format!("{sign}{whole}{dot}{decimals} {word}")
    };
    if v != 0 && v % (CRORE / 100) == 0 && v.abs() >= CRORE {
        in_unit(CRORE, "cr")
    } else if v != 0 && v % (LAKH / 100) == 0 && v.abs() >= LAKH {
        in_unit(LAKH, "lakh")
    } else {
        v.to_string()
    }
}

impl Scalar for Percent {
    fn show(&self) -> String {
        self.to_string()
    }
    fn edit(&self) -> String {
        self.figure()
    }
    fn parse(text: &str) -> Result<Self, Said> {
        share(text)
    }
}

/// A percentage typed in a form. Every percentage of a study (shares, utilisation, rates,
/// escalation, tax) lies between 0% and 100%, so anything else is a slip of the keyboard
/// and is refused where it is typed. A file edited by hand may still hold one, and
/// `check` reports it.
fn share(text: &str) -> Result<Percent, Said> {
    let p: Percent = text.parse()?;
    if p < Percent::ZERO || p > Percent::HUNDRED {
        return Err(crate::phrase!(
            "{p} is not a share: a percentage here lies between 0% and 100%",
            p = p.to_string()
        )
        .into());
    }
    Ok(p)
}

impl Scalar for Quantity {
    fn show(&self) -> String {
        self.figure()
    }
    fn parse(text: &str) -> Result<Self, Said> {
        text.parse()
    }
}

impl Scalar for YearMonth {
    fn show(&self) -> String {
        format!("{} ({})", self, self.label())
    }
    fn edit(&self) -> String {
        self.to_string()
    }
    fn parse(text: &str) -> Result<Self, Said> {
        text.parse()
    }
}

impl Scalar for NaiveDate {
    fn show(&self) -> String {
        self.format("%Y-%m-%d (%d %b %Y)").to_string()
    }
    fn show_in(&self, m: &Messages) -> String {
        match m.lang() {
            crate::i18n::Lang::Hi => {
                format!(
                    "{} ({})",
                    self.format("%Y-%m-%d"),
                    crate::i18n::numbers::date(*self)
                )
            }
            crate::i18n::Lang::En => self.show(),
        }
    }
    fn edit(&self) -> String {
        self.format("%Y-%m-%d").to_string()
    }
    /// ISO (2026-11-23) or the Indian day-first form (23-11-2026, 23/11/2026), or "today".
    fn parse(text: &str) -> Result<Self, Said> {
        let t = text.trim();
        if t.eq_ignore_ascii_case("today") {
            return Ok(chrono::Local::now().date_naive());
        }
        for format in ["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y"] {
            if let Ok(d) = NaiveDate::parse_from_str(t, format) {
                return Ok(d);
            }
        }
        Err(crate::phrase!(
            "'{t}' is not a date: write 2026-11-23 or 23/11/2026 (or 'today')",
            t
        )
        .into())
    }
}

impl TextValue for FinancialYear {
    fn show(&self) -> String {
        self.to_string()
    }
    fn parse(text: &str) -> Result<Self, Said> {
        text.parse()
    }
}

/// Shares by year, written "40, 55, 70".
impl TextValue for Vec<Percent> {
    fn show(&self) -> String {
        self.iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    }
    fn edit(&self) -> String {
        self.iter()
            .map(|p| p.figure())
            .collect::<Vec<_>>()
            .join(", ")
    }
    fn parse(text: &str) -> Result<Self, Said> {
        text.split([',', ';', ' '])
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(share)
            .collect()
    }
}

/// An action's cost as one amount. A cost made of lines is shown as their total and is
/// edited on the cost lines tab; typing an amount over lines is refused, so no line is
/// lost by accident.
impl TextValue for Option<Cost> {
    fn show(&self) -> String {
        match self {
            None => String::new(),
            Some(Cost::Amount(r)) => r.human(),
            Some(c @ Cost::Lines(lines)) => format!(
                "{} ({} cost line{})",
                c.total()
                    .map(Rupees::human)
                    .unwrap_or_else(|| "too large".into()),
                lines.len(),
                if lines.len() == 1 { "" } else { "s" }
            ),
        }
    }
    fn show_in(&self, m: &Messages) -> String {
        match self {
            None => String::new(),
            Some(Cost::Amount(r)) => m.amount(*r),
            Some(c @ Cost::Lines(lines)) => m.with(
                "cost-of-lines",
                &[
                    (
                        "total",
                        c.total()
                            .map(|r| m.amount(r))
                            .unwrap_or_else(|| m.label("too large").into_owned())
                            .into(),
                    ),
                    ("lines", lines.len().into()),
                ],
            ),
        }
    }
    fn edit(&self) -> String {
        match self {
            Some(Cost::Amount(r)) => typed_amount(*r),
            _ => String::new(),
        }
    }
    fn parse(text: &str) -> Result<Self, Said> {
        Option::<Rupees>::parse(text).map(|r| r.map(Cost::Amount))
    }
}

struct Typed<T> {
    get: Get<T>,
    get_mut: GetMut<T>,
    multiline: bool,
}

impl<T: TextValue> FieldOps for Typed<T> {
    fn show(&self, study: &Study, at: &[usize]) -> String {
        (self.get)(study, at)
            .map(TextValue::show)
            .unwrap_or_default()
    }
    fn show_in(&self, study: &Study, at: &[usize], m: &Messages) -> String {
        (self.get)(study, at)
            .map(|v| v.show_in(m))
            .unwrap_or_default()
    }
    fn input(&self, study: &Study, at: &[usize]) -> Input {
        Input::Text {
            text: (self.get)(study, at)
                .map(TextValue::edit)
                .unwrap_or_default(),
            multiline: self.multiline,
        }
    }
    fn apply(&self, study: &mut Study, at: &[usize], answer: Answer) -> Result<(), Said> {
        let Answer::Text(text) = answer else {
            return Err("this field takes typed text".into());
        };
        let value = T::parse(&text)?;
        let slot = (self.get_mut)(study, at).ok_or("the item is gone")?;
        *slot = value;
        Ok(())
    }
}

/// A value chosen from a list of options.
/// The words a choice offers, as (value, label) pairs; `current` is the value the field
/// holds now, so a list can show a value it would not offer.
pub type Options = fn(study: &Study, current: Option<&str>) -> Vec<(String, String)>;

/// A value chosen from a list of words.
pub trait ChoiceValue {
    fn current(&self) -> Option<String>;
    /// Sets the value; `None` clears it where the field allows.
    fn choose(&mut self, value: Option<&str>) -> Result<(), Said>;
    fn optional() -> bool;
}

/// A type whose words are always the same list (the model's enumerations).
pub trait ChoiceList: ChoiceValue {
    fn options(study: &Study) -> Vec<(String, String)>;
    /// The labels of every option, as the code writes them (English).
    fn labels() -> Vec<&'static str>;
}

fn options_of<T: ChoiceList>(study: &Study, _: Option<&str>) -> Vec<(String, String)> {
    T::options(study)
}

/// The model's enumerations all have `ALL`, `word`, `label` and `from_word`.
macro_rules! enum_choices {
    ($($t:ty),+) => {$(
        impl ChoiceList for Option<$t> {
            fn options(_: &Study) -> Vec<(String, String)> {
                <$t>::ALL.iter().map(|v| (v.word().to_string(), v.label().to_string())).collect()
            }
            fn labels() -> Vec<&'static str> {
                <$t>::ALL.iter().map(|v| v.label()).collect()
            }
        }
        impl ChoiceValue for Option<$t> {
            fn current(&self) -> Option<String> {
                self.map(|v| v.word().to_string())
            }
            fn choose(&mut self, value: Option<&str>) -> Result<(), Said> {
                *self = match value {
                    None => None,
                    Some(w) => Some(<$t>::from_word(w).ok_or_else(|| Said::from(crate::phrase!("'{w}' is not one of the choices", w)))?),
                };
                Ok(())
            }
            fn optional() -> bool {
                true
            }
        }
    )+};
}

enum_choices!(
    Category,
    crate::model::BlockCategory,
    Severity,
    ActionKind,
    Level,
    StakeholderKind,
    UnitSize,
    LegalForm,
    LandTenure,
    RiskPhase,
    TaxDepreciation,
    crate::model::ActionStatus,
    crate::model::GrantKind,
    crate::model::Criterion,
    AgencyRole
);

impl ChoiceList for Status {
    fn options(_: &Study) -> Vec<(String, String)> {
        Status::ALL
            .iter()
            .map(|v| (v.word().to_string(), v.label().to_string()))
            .collect()
    }
    fn labels() -> Vec<&'static str> {
        Status::ALL.iter().map(|v| v.label()).collect()
    }
}

impl ChoiceValue for Status {
    fn current(&self) -> Option<String> {
        Some(self.word().to_string())
    }
    fn choose(&mut self, value: Option<&str>) -> Result<(), Said> {
        let w = value.ok_or("a study always has a status")?;
        *self = Status::from_word(w)
            .ok_or_else(|| Said::from(crate::phrase!("'{w}' is not a status", w)))?;
        Ok(())
    }
    fn optional() -> bool {
        false
    }
}

/// What a review note is about: any item of the study, or a whole section.
pub fn review_targets(study: &Study, _: Option<&str>) -> Vec<(String, String)> {
    let m = messages();
    let sections = Section::ALL.iter().map(|s| {
        let section = crate::phrase!("the section {section}", section = word(s.label()));
        (s.word().to_string(), m.phrase(&section))
    });
    let items = study
        .items()
        .into_iter()
        .filter(|i| i.kind != ItemKind::ReviewNote && !i.id.is_empty())
        .map(|i| {
            (
                i.id.to_string(),
                format!("{} {}", i.id, short(&i.label, 40)),
            )
        });
    sections.chain(items).collect()
}

/// An action's component: those of the study's scheme, by name, and the current value
/// when the scheme has no such component, so that it shows and can be kept. Nobody should
/// have to know that SFURTI calls them `soft` and `hard` and MSE-CDP `cfc` and `id-new`.
pub fn scheme_components(study: &Study, current: Option<&str>) -> Vec<(String, String)> {
    let scheme_id = study.meta.scheme.trim();
    let ws = workspace();
    let mut options: Vec<(String, String)> = ws
        .catalog()
        .ok()
        .and_then(|c| c.get(scheme_id))
        .map(|s| {
            s.components
                .iter()
                .map(|c| (c.id.clone(), format!("{} · {}", c.id, c.name)))
                .collect()
        })
        .unwrap_or_default();
    if let Some(current) = current.filter(|c| !options.iter().any(|(id, _)| id == c)) {
        options.push((
            current.to_string(),
            messages().phrase(&crate::phrase!(
                "{current} (not a component of {scheme_id})",
                current,
                scheme_id
            )),
        ));
    }
    options
}

/// A word of a list that the study decides (an item's id, a scheme's component).
impl ChoiceValue for String {
    fn current(&self) -> Option<String> {
        (!self.is_empty()).then(|| self.clone())
    }
    fn choose(&mut self, value: Option<&str>) -> Result<(), Said> {
        *self = value.unwrap_or_default().to_string();
        Ok(())
    }
    fn optional() -> bool {
        true
    }
}

struct Chosen<T> {
    get: Get<T>,
    get_mut: GetMut<T>,
    options: Options,
}

impl<T: ChoiceValue> FieldOps for Chosen<T> {
    fn show(&self, study: &Study, at: &[usize]) -> String {
        let Some(current) = (self.get)(study, at).and_then(ChoiceValue::current) else {
            return String::new();
        };
        (self.options)(study, Some(&current))
            .into_iter()
            .find(|(v, _)| *v == current)
            .map(|(_, label)| label)
            .unwrap_or(current)
    }
    fn input(&self, study: &Study, at: &[usize]) -> Input {
        let current = (self.get)(study, at).and_then(ChoiceValue::current);
        let options = (self.options)(study, current.as_deref());
        let current = current.and_then(|c| options.iter().position(|(v, _)| *v == c));
        Input::Choice {
            options,
            current,
            optional: T::optional(),
        }
    }
    fn apply(&self, study: &mut Study, at: &[usize], answer: Answer) -> Result<(), Said> {
        let Answer::Choice(value) = answer else {
            return Err("this field is chosen from a list".into());
        };
        let slot = (self.get_mut)(study, at).ok_or("the item is gone")?;
        slot.choose(value.as_deref())
    }
}

/// A reference to one item, or a list of them.
pub trait RefValue {
    const MANY: bool;
    fn ids(&self) -> Vec<Id>;
    fn set_ids(&mut self, ids: Vec<Id>);
}

impl RefValue for Option<Id> {
    const MANY: bool = false;
    fn ids(&self) -> Vec<Id> {
        self.iter().cloned().collect()
    }
    fn set_ids(&mut self, ids: Vec<Id>) {
        *self = ids.into_iter().next();
    }
}

/// A link's end, where "none" is the empty id.
impl RefValue for Id {
    const MANY: bool = false;
    fn ids(&self) -> Vec<Id> {
        if self.is_empty() {
            Vec::new()
        } else {
            vec![self.clone()]
        }
    }
    fn set_ids(&mut self, ids: Vec<Id>) {
        *self = ids.into_iter().next().unwrap_or_default();
    }
}

impl RefValue for Vec<Id> {
    const MANY: bool = true;
    fn ids(&self) -> Vec<Id> {
        self.clone()
    }
    fn set_ids(&mut self, ids: Vec<Id>) {
        *self = ids;
    }
}

struct Picked<T> {
    get: Get<T>,
    get_mut: GetMut<T>,
    kind: ItemKind,
}

impl<T: RefValue> FieldOps for Picked<T> {
    fn show(&self, study: &Study, at: &[usize]) -> String {
        let ids = (self.get)(study, at).map(RefValue::ids).unwrap_or_default();
        let shown: Vec<String> = ids
            .iter()
            .map(|id| match study.item(id) {
                // Several are named shorter, so that a row holds more than one.
                Some(item) => format!("{id} {}", short(&item.label, if T::MANY { 24 } else { 60 })),
                None => format!("{id} (missing)"),
            })
            .collect();
        shown.join(", ")
    }
    fn input(&self, study: &Study, at: &[usize]) -> Input {
        Input::Pick {
            kind: self.kind,
            many: T::MANY,
            current: (self.get)(study, at).map(RefValue::ids).unwrap_or_default(),
        }
    }
    fn apply(&self, study: &mut Study, at: &[usize], answer: Answer) -> Result<(), Said> {
        let Answer::Ids(ids) = answer else {
            return Err("this field is picked from a list".into());
        };
        for id in &ids {
            match study.item(id) {
                Some(item) if item.kind == self.kind => {}
                _ => {
                    return Err(crate::phrase!(
                        "{id} is not a {noun}",
                        id,
                        noun = crate::phrase::word(self.kind.noun())
                    )
                    .into())
                }
            }
        }
        let slot = (self.get_mut)(study, at).ok_or("the item is gone")?;
        slot.set_ids(ids);
        Ok(())
    }
}

struct Ticked {
    get: Get<bool>,
    get_mut: GetMut<bool>,
}

impl FieldOps for Ticked {
    fn show(&self, study: &Study, at: &[usize]) -> String {
        match (self.get)(study, at) {
            Some(true) => "yes".into(),
            _ => "no".into(),
        }
    }
    fn input(&self, study: &Study, at: &[usize]) -> Input {
        Input::Toggle((self.get)(study, at).copied().unwrap_or(false))
    }
    fn apply(&self, study: &mut Study, at: &[usize], answer: Answer) -> Result<(), Said> {
        let Answer::Toggle(v) = answer else {
            return Err("this field is ticked or not".into());
        };
        *(self.get_mut)(study, at).ok_or("the item is gone")? = v;
        Ok(())
    }
}

struct PhotoPath {
    get: Get<String>,
    get_mut: GetMut<String>,
}

impl FieldOps for PhotoPath {
    /// The path and what is on the disk: "photos/site.png · 12.4 KB", or the finding
    /// `check` makes on it ("no such file beside the study ...").
    fn show(&self, study: &Study, at: &[usize]) -> String {
        self.show_in(study, at, &Messages::english())
    }
    fn show_in(&self, study: &Study, at: &[usize], m: &Messages) -> String {
        let path = (self.get)(study, at).map(|p| p.trim()).unwrap_or_default();
        if path.is_empty() {
            return String::new();
        }
        if Path::new(path).is_absolute() {
            let what = m.label("an absolute path: write it relative to the study");
            return format!("{path} · {what}");
        }
        let file = study_dir().join(path);
        let what = match crate::check::photos::problem(&file) {
            Some((_, problem)) => problem,
            None => match std::fs::metadata(&file) {
                Ok(meta) => file_size(meta.len()),
                Err(e) => crate::phrase!("cannot be read: {error}", error = e.to_string()),
            },
        };
        format!("{path} · {}", m.phrase(&what))
    }
    fn input(&self, study: &Study, at: &[usize]) -> Input {
        Input::Text {
            text: (self.get)(study, at).cloned().unwrap_or_default(),
            multiline: false,
        }
    }
    fn apply(&self, study: &mut Study, at: &[usize], answer: Answer) -> Result<(), Said> {
        let Answer::Text(text) = answer else {
            return Err("this field is typed".into());
        };
        // Written with `/` whatever the system, so the study reads the same elsewhere.
        let path = text.trim().replace('\\', "/");
        *(self.get_mut)(study, at).ok_or("the item is gone")? = path;
        Ok(())
    }
    fn completions(&self) -> Option<Vec<String>> {
        Some(image_files(&study_dir()))
    }
}

struct SchemeField;

impl FieldOps for SchemeField {
    fn show(&self, study: &Study, _: &[usize]) -> String {
        let id = study.meta.scheme.trim();
        if id.is_empty() {
            return String::new();
        }
        match workspace().catalog().ok().and_then(|c| c.get(id)) {
            Some(s) => format!("{id} · {} ({})", s.name, s.revision),
            None => format!("{id} (not a scheme cdstudy knows)"),
        }
    }
    fn input(&self, _: &Study, _: &[usize]) -> Input {
        Input::ChooseScheme
    }
    fn apply(&self, study: &mut Study, _: &[usize], answer: Answer) -> Result<(), Said> {
        let (Answer::Text(id) | Answer::Choice(Some(id))) = answer else {
            return Err("a study always names its scheme".into());
        };
        let id = id.trim();
        let ws = workspace();
        let catalog = ws.catalog().map_err(|e| e.to_string())?;
        if catalog.get(id).is_none() {
            return Err(crate::phrase!(
                "'{id}' is not a scheme cdstudy knows: {ids}",
                id,
                ids = catalog.ids().join(", ")
            )
            .into());
        }
        study.meta.scheme = id.to_string();
        Ok(())
    }
}

/// `s` cut to `max` columns with an ellipsis.
pub fn short(s: &str, max: usize) -> String {
    // By display width and whole graphemes, as the screen draws it (a Devanagari syllable
    // is never cut apart); a text of several lines shows its first with an ellipsis.
    let first_line = s.lines().next().unwrap_or("");
    if !s.contains('\n') {
        return super::view::fit(first_line, max);
    }
    let cut = super::view::fit(first_line, max.saturating_sub(1));
    if cut.ends_with('…') {
        cut
    } else {
        format!("{cut}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Bottleneck;

    #[test]
    fn short_cuts_by_width_and_never_inside_a_syllable() {
        assert_eq!(short("Ujjain", 10), "Ujjain");
        assert_eq!(short("Ujjain plastic", 8), "Ujjain …");
        assert_eq!(short("one\ntwo", 10), "one…");
        // "प्ला" is one grapheme of width 2: it is kept whole or left out.
        let cut = short("प्लास्टिक उद्योग", 4);
        assert!(
            "प्लास्टिक उद्योग".starts_with(cut.trim_end_matches('…')),
            "{cut}"
        );
        assert!(
            unicode_width::UnicodeWidthStr::width(cut.as_str()) <= 4,
            "{cut}"
        );
    }

    #[test]
    fn an_amount_is_offered_for_editing_as_it_would_be_typed_and_parses_back() {
        for (rupees, text) in [
            (4_50_000, "4.5 lakh"),
            (2_25_00_000, "2.25 cr"),
            (1_00_00_000, "1 cr"),
            (12_34_56_00_000, "1234.56 cr"),
            (3_00_000, "3 lakh"),
            (15_000, "15000"),
            (4_50_001, "450001"),
            (0, "0"),
        ] {
            let r = Rupees(rupees);
            assert_eq!(typed_amount(r), text);
            assert_eq!(<Rupees as Scalar>::parse(text), Ok(r), "{text}");
        }
    }

    fn study_with_bottleneck() -> Study {
        let mut s = Study::new("Guna Brick", "mse-cdp");
        let id = s.issue_id(ItemKind::Bottleneck);
        s.bottlenecks.push(Bottleneck {
            id,
            ..Default::default()
        });
        s
    }

    #[test]
    fn money_is_typed_the_indian_way_and_shown_in_lakh() {
        let f = Field::line::<Option<Rupees>>(
            "turnover_rs",
            "Turnover",
            "",
            at!(spv?.authorised_capital_rs),
        );
        let mut s = Study::default();
        for (typed, shown) in [
            ("4.5 lakh", "Rs. 4.50 lakh"),
            ("4.5L", "Rs. 4.50 lakh"),
            ("2 cr", "Rs. 2.00 crore"),
            ("450000", "Rs. 4.50 lakh"),
            ("15000", "Rs. 15,000"),
        ] {
            f.ops
                .apply(&mut s, &[], Answer::Text(typed.into()))
                .unwrap();
            assert_eq!(f.ops.show(&s, &[]), shown, "{typed}");
        }
        assert_eq!(
            f.ops.input(&s, &[]),
            Input::Text {
                text: "15000".into(),
                multiline: false
            }
        );
        f.ops
            .apply(&mut s, &[], Answer::Text("2.25 cr".into()))
            .unwrap();
        assert_eq!(
            f.ops.input(&s, &[]),
            Input::Text {
                text: "2.25 cr".into(),
                multiline: false
            }
        );
        let refused = f.ops.apply(&mut s, &[], Answer::Text("four lakh".into()));
        assert!(refused.unwrap_err().english.contains("is not an amount"));
        assert_eq!(
            f.ops.show(&s, &[]),
            "Rs. 2.25 crore",
            "a refused value changes nothing"
        );
    }

    #[test]
    fn refused_values_say_why() {
        let mut s = study_with_bottleneck();
        let pct = Field::line::<Option<Percent>>(
            "units_affected_pct",
            "",
            "",
            at!(bottlenecks[].units_affected_pct),
        );
        assert!(pct
            .ops
            .apply(&mut s, &[0], Answer::Text("lots".into()))
            .unwrap_err()
            .english
            .contains("not a percentage"));
        pct.ops
            .apply(&mut s, &[0], Answer::Text("62.5".into()))
            .unwrap();
        assert_eq!(pct.ops.show(&s, &[0]), "62.5%");
        let date = Field::line::<Option<NaiveDate>>("date", "", "", at!(meta.period.from));
        date.ops
            .apply(&mut s, &[], Answer::Text("23/11/2026".into()))
            .unwrap();
        assert_eq!(s.meta.period.from, NaiveDate::from_ymd_opt(2026, 11, 23));
        assert!(date
            .ops
            .apply(&mut s, &[], Answer::Text("next week".into()))
            .is_err());
        let n = Field::line::<Option<u32>>("micro", "", "", at!(cluster.enterprises.micro));
        assert!(n
            .ops
            .apply(&mut s, &[], Answer::Text("12.5".into()))
            .unwrap_err()
            .english
            .contains("whole number"));
        n.ops
            .apply(&mut s, &[], Answer::Text("1,250".into()))
            .unwrap();
        assert_eq!(s.cluster.enterprises.micro, Some(1250));
    }

    #[test]
    fn references_must_be_of_the_right_kind() {
        let mut s = study_with_bottleneck();
        let stage = s.issue_id(ItemKind::Stage);
        s.value_chain.stages.push(crate::model::Stage {
            id: stage.clone(),
            name: "Moulding".into(),
            ..Default::default()
        });
        let f = Field::pick::<Option<Id>>(
            "stage",
            "Stage",
            "",
            ItemKind::Stage,
            at!(bottlenecks[].stage),
        );
        let b1 = s.bottlenecks[0].id.clone();
        assert!(f.ops.apply(&mut s, &[0], Answer::Ids(vec![b1])).is_err());
        f.ops
            .apply(&mut s, &[0], Answer::Ids(vec![stage.clone()]))
            .unwrap();
        assert_eq!(s.bottlenecks[0].stage, Some(stage));
        assert_eq!(f.ops.show(&s, &[0]), "vc-1 Moulding");
    }

    #[test]
    fn prose_drops_trailing_spaces() {
        assert_eq!(String::parse("  two  \nlines \n").unwrap(), "two\nlines");
        assert_eq!(
            Vec::<String>::parse("Chairs\n\n Buckets \n").unwrap(),
            vec!["Chairs".to_string(), "Buckets".to_string()]
        );
    }
}
