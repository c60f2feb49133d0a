//! The CFC's financial workbook (.xlsx): the DPR's financial annexures as sheets whose
//! every derived cell is a live formula over one sheet of inputs, so that an appraiser who
//! changes the interest rate or a user charge sees the DSCR, the IRR and the rest follow
//! in Excel or LibreOffice Calc.
//!
//! Owns the workbook's layout and its formulas. The formulas mirror `finance::projection`
//! and `finance::loan` step for step, with the engine's roundings: every amount is whole
//! rupees (shown in Rs. lakh, so a cell holds rupees / 1,00,000 and a formula that needs
//! rupees takes `ROUND(cell*100000,0)` of it), shares are taken with integer numerators
//! so that `INT` floors exactly as the engine's integer division does, the escalation
//! factors are rounded to 12 decimals as the engine's fixed point is, and ratios are
//! rounded to two decimals. Lakh figures show two decimals (the cell holds the rupees).
//! `tests/workbook.rs` recalculates the workbook with
//! LibreOffice and compares every figure with the engine's.
//!
//! Sheets: Assumptions (every input, each a defined name), Cost and finance, Operating
//! (volume, revenue and running costs), Depreciation, Loan (by year, and month by month
//! underneath), Profit and loss, DSCR, Break-even, ROCE, NPV and IRR, Sensitivity (the
//! projection rerun under each case's changes, which are inputs of the sheet), Cash flow
//! and Balance sheet (as `finance::statements` keeps them).

use rust_xlsxwriter::{Format, FormatAlign, Formula, Workbook, Worksheet, XlsxError};

use crate::finance::{self, Head, Viability};
use crate::i18n::DocLang;
use crate::model::{Cfc, Percent, Study};
use crate::render::words::{self, Arg};

/// Below 1,00,000 lakh (Rs. 1,000 crore) the Indian and the western grouping are the
/// same, and a format with conditions loses the minus sign of a negative figure in
/// LibreOffice, so lakh figures take the plain positive;negative format.
const LAKH_FORMAT: &str = "#,##0.00;-#,##0.00";
/// A count or rupee rate with the Indian grouping.
const INR_FORMAT: &str = "[>=10000000]##\\,##\\,##\\,##0;[>=100000]##\\,##\\,##0;##,##0";

/// Why the workbook cannot be made.
#[derive(Debug)]
pub enum WorkbookError {
    /// The study has no CFC, or the projection lacks inputs: what to give.
    Needs(String),
    Xlsx(XlsxError),
}

impl std::fmt::Display for WorkbookError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WorkbookError::Needs(m) => write!(f, "{m}"),
            WorkbookError::Xlsx(e) => write!(f, "cannot write the workbook: {e}"),
        }
    }
}

impl std::error::Error for WorkbookError {}

impl From<XlsxError> for WorkbookError {
    fn from(e: XlsxError) -> Self {
        WorkbookError::Xlsx(e)
    }
}

/// The means of finance the workbook shows: grants, the SPV's equity, the term loan.
#[derive(Debug, Clone, Copy)]
pub struct Finance {
    pub grants_rs: i64,
    pub equity_rs: i64,
    pub loan_rs: i64,
    /// Months of operating costs held as working capital.
    pub working_capital_months: u32,
}

/// The sheets' names, in order.
pub const SHEETS: [&str; 13] = [
    "Assumptions",
    "Cost and finance",
    "Operating",
    "Depreciation",
    "Loan",
    "Profit and loss",
    "DSCR",
    "Break-even",
    "ROCE",
    "NPV and IRR",
    "Sensitivity",
    "Cash flow",
    "Balance sheet",
];

/// The name of sheet `i` (of [`SHEETS`]) in the workbook's language: in Hindi the Hindi,
/// in both languages "हिन्दी - English" (a sheet's name cannot hold the "/" of a bilingual
/// label), or the Hindi alone where that would pass Excel's 31 characters. A name Excel
/// would refuse, or one the catalogue lacks, stays English. Every formula that names a
/// sheet names it by this.
pub fn sheet_name(i: usize) -> String {
    let en = SHEETS[i];
    let lang = words::lang();
    if lang == DocLang::En {
        return en.to_string();
    }
    let label = words::label(en);
    let hi = match lang {
        DocLang::EnHi => match label.strip_suffix(&format!(" / {en}")) {
            Some(hi) => hi.to_string(),
            None => return en.to_string(),
        },
        _ => label,
    };
    let both = format!("{hi} - {en}");
    [both, hi]
        .into_iter()
        .skip(usize::from(lang == DocLang::Hi))
        .find(|n| allowed_sheet_name(n))
        .unwrap_or_else(|| en.to_string())
}

/// Whether Excel takes `name` for a sheet: 1 to 31 characters (UTF-16 units, as Excel
/// counts), none of `[]:*?/\`, not beginning or ending with an apostrophe.
fn allowed_sheet_name(name: &str) -> bool {
    let n = name.encode_utf16().count();
    (1..=31).contains(&n)
        && !name.contains(['[', ']', ':', '*', '?', '/', '\\'])
        && !name.starts_with('\'')
        && !name.ends_with('\'')
}

/// A fixed label of the workbook in its language (the English itself in English); "%"
/// alone is itself.
fn t(english: &str) -> String {
    if english == "%" {
        return english.to_string();
    }
    words::label(english)
}

/// `english`, looked up in the catalogue under `key`: for a word whose own entry means
/// something else elsewhere (the tables' "No." has the id of "no").
fn t_keyed(key: &str, english: &str) -> String {
    let lang = words::lang();
    if lang == DocLang::En {
        return english.to_string();
    }
    let got = words::label(key);
    match got.strip_suffix(key) {
        _ if got == key => english.to_string(),
        Some(hi) if lang == DocLang::EnHi => format!("{hi}{english}"),
        _ => got,
    }
}

/// A label as the text of a formula's string ("" doubled).
fn formula_text(english: &str) -> String {
    quote_text(&t(english))
}

/// [`formula_text`] of a label looked up under `key` (see [`t_keyed`]).
fn formula_text_keyed(key: &str, english: &str) -> String {
    quote_text(&t_keyed(key, english))
}

fn quote_text(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

/// A label column's width: wider for the two languages of a bilingual label.
fn label_width(english: f64) -> f64 {
    match words::lang() {
        DocLang::En => english,
        DocLang::Hi => english * 1.1,
        DocLang::EnHi => english * 1.9,
    }
}

/// Room for a header row's labels wrapped on two lines, in Hindi or both languages (Excel
/// and LibreOffice keep a row one line high however its text wraps).
fn head_row(ws: &mut Worksheet, row: u32) -> R {
    if words::lang() != DocLang::En {
        ws.set_row_height(row, 36)?;
    }
    Ok(())
}

/// A sheet's name as a formula writes it: 'Loan', an apostrophe doubled.
fn quoted(sheet: &str) -> String {
    format!("'{}'", sheet.replace('\'', "''"))
}

/// A1-style reference of a zero-based cell.
pub fn cell(row: u32, col: u16) -> String {
    format!("{}{}", column(col), row + 1)
}

/// Absolute reference on a sheet: 'Loan'!$C$5.
fn at(sheet: &str, row: u32, col: u16) -> String {
    format!("{}!${}${}", quoted(sheet), column(col), row + 1)
}

fn column(col: u16) -> String {
    let mut n = u32::from(col) + 1;
    let mut s = Vec::new();
    while n > 0 {
        let r = ((n - 1) % 26) as u8;
        s.push(b'A' + r);
        n = (n - 1) / 26;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// The column of year `y` (1-based) on every by-year sheet: A label, B unit or year 0.
pub fn year_col(y: u32) -> u16 {
    (y + 1) as u16
}

/// The rows of the by-year sheets, so that the test reads the cells the engine's figures
/// are compared with.
pub mod rows {
    pub const OPERATING_UTIL: u32 = 3;
    pub const OPERATING_VOLUME: u32 = 4;
    pub const OPERATING_CHARGE_ESC: u32 = 5;
    pub const OPERATING_COST_ESC: u32 = 6;
    pub const OPERATING_REVENUE: u32 = 7;
    pub const OPERATING_VARIABLE: u32 = 8;
    pub const OPERATING_FIXED: u32 = 9;
    pub const OPERATING_PROFIT: u32 = 10;

    pub const DEP_BUILDING: u32 = 3;
    pub const DEP_MACHINERY: u32 = 4;
    pub const DEP_TOTAL: u32 = 5;
    pub const DEP_ACCUMULATED: u32 = 6;
    pub const DEP_NET_BLOCK: u32 = 7;
    pub const DEP_WDV_BUILDING: u32 = 9;
    pub const DEP_WDV_BUILDING_CLAIM: u32 = 10;
    pub const DEP_WDV_MACHINERY: u32 = 11;
    pub const DEP_WDV_MACHINERY_CLAIM: u32 = 12;
    pub const DEP_TAX: u32 = 13;

    pub const LOAN_OPENING: u32 = 3;
    pub const LOAN_INTEREST: u32 = 4;
    pub const LOAN_PRINCIPAL: u32 = 5;
    pub const LOAN_CLOSING: u32 = 6;
    /// The monthly table's first row (its header is the row above).
    pub const LOAN_MONTHS: u32 = 12;

    pub const PL_REVENUE: u32 = 3;
    pub const PL_VARIABLE: u32 = 4;
    pub const PL_FIXED: u32 = 5;
    pub const PL_OPERATING: u32 = 6;
    pub const PL_DEPRECIATION: u32 = 7;
    pub const PL_INTEREST: u32 = 8;
    pub const PL_PBT: u32 = 9;
    pub const PL_TAX_DEPRECIATION: u32 = 10;
    pub const PL_TAXABLE: u32 = 11;
    pub const PL_TAX: u32 = 12;
    pub const PL_PAT: u32 = 13;
    pub const PL_CASH_ACCRUALS: u32 = 14;

    pub const DSCR_YEAR: u32 = 8;
    /// Column B of these rows holds the figure.
    pub const DSCR_CUMULATIVE: u32 = 10;
    pub const DSCR_MIN: u32 = 11;

    pub const BE_YEAR: u32 = 5;
    pub const BE_AVERAGE: u32 = 7;

    pub const ROCE_PCT: u32 = 8;

    pub const NPV_FLOW: u32 = 5;
    pub const NPV_NPV: u32 = 9;
    pub const NPV_IRR: u32 = 10;
    pub const NPV_PAYBACK: u32 = 11;

    /// Each sensitivity case's block is this many rows; the case's figures are at these
    /// offsets in column B.
    pub const CASE_ROWS: u32 = 24;
    pub const CASE_FIRST: u32 = 3;
    pub const CASE_CUMULATIVE_DSCR: u32 = 17;
    pub const CASE_BREAK_EVEN: u32 = 18;
    pub const CASE_ROCE: u32 = 19;
    pub const CASE_NPV: u32 = 20;
    pub const CASE_IRR: u32 = 21;

    pub const CF_COSTS: u32 = 3;
    pub const CF_REQUIRED: u32 = 4;
    pub const CF_CURRENT: u32 = 5;
    pub const CF_INCREASE: u32 = 6;
    pub const CF_SOURCES: u32 = 7;
    pub const CF_PRINCIPAL: u32 = 8;
    pub const CF_USES: u32 = 9;
    pub const CF_SURPLUS: u32 = 10;
    pub const CF_OPENING: u32 = 11;
    pub const CF_CLOSING: u32 = 12;

    pub const BS_RESERVE: u32 = 4;
    pub const BS_EQUITY: u32 = 5;
    pub const BS_RESERVES: u32 = 6;
    pub const BS_LOAN: u32 = 7;
    pub const BS_LIABILITIES: u32 = 8;
    pub const BS_BLOCK: u32 = 10;
    pub const BS_CURRENT: u32 = 11;
    pub const BS_CASH: u32 = 12;
    pub const BS_ASSETS: u32 = 13;
    pub const BS_DIFFERENCE: u32 = 14;
}

struct Styles {
    title: Format,
    head: Format,
    lakh: Format,
    lakh_bold: Format,
    input_lakh: Format,
    input_num: Format,
    input_pct: Format,
    pct: Format,
    ratio: Format,
    factor: Format,
    int: Format,
    note: Format,
}

impl Styles {
    fn new() -> Styles {
        let input = |f: Format| f.set_background_color("#FFF2CC");
        Styles {
            title: Format::new().set_bold().set_font_size(13),
            head: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Center)
                .set_border_bottom(rust_xlsxwriter::FormatBorder::Thin),
            lakh: Format::new().set_num_format(LAKH_FORMAT),
            lakh_bold: Format::new().set_num_format(LAKH_FORMAT).set_bold(),
            input_lakh: input(Format::new().set_num_format(LAKH_FORMAT)),
            input_num: input(Format::new().set_num_format("##,##0.00")),
            input_pct: input(Format::new().set_num_format("0.00")),
            pct: Format::new().set_num_format("0.00"),
            ratio: Format::new().set_num_format("0.00"),
            factor: Format::new().set_num_format("0.0000"),
            int: Format::new().set_num_format(INR_FORMAT),
            note: Format::new().set_italic().set_font_color("#555555"),
        }
    }
}

/// The inputs as the engine resolves them (the same defaults as `finance::projection`).
struct In {
    years: u32,
    capacity: u64,
    utilisation: Vec<f64>,
    member_share_pct: f64,
    charge_member: f64,
    charge_other: f64,
    charge_escalation_pct: f64,
    variable_per_unit: f64,
    fixed_rs: i64,
    cost_escalation_pct: f64,
    tax_pct: f64,
    tax_wdv: bool,
    /// The Assumptions row of year 1's utilisation (set once it is written); each later
    /// year's is the row below.
    util_row: u32,
}

/// The row of the Cost and finance sheet with the total cost of project.
const COST_TOTAL_ROW: u32 = 12;

fn pct(p: Percent) -> f64 {
    p.basis_points() as f64 / 100.0
}

fn inputs(cfc: &Cfc, v: &Viability) -> In {
    let o = &cfc.operations;
    let charge_member = o.charge_member_rs.unwrap_or_default();
    let member_share = o.member_share_pct.unwrap_or(Percent::HUNDRED);
    let rate = |r: crate::model::Rate| r.paise() as f64 / 100.0;
    let mut utilisation: Vec<f64> = o.utilisation_pct.iter().map(|p| pct(*p)).collect();
    let last = utilisation.last().copied().unwrap_or_default();
    utilisation.resize(v.years as usize, last);
    In {
        years: v.years,
        capacity: v.capacity,
        utilisation,
        member_share_pct: pct(member_share),
        charge_member: rate(charge_member),
        charge_other: rate(o.charge_other_rs.unwrap_or(charge_member)),
        charge_escalation_pct: pct(o.charge_escalation_pct.unwrap_or_default()),
        variable_per_unit: rate(
            o.variable_costs
                .iter()
                .map(|i| i.amount_rs.filter(|a| a.paise() > 0).unwrap_or_default())
                .sum(),
        ),
        fixed_rs: o
            .fixed_costs
            .iter()
            .map(|i| i.amount_rs.filter(|a| a.get() > 0).unwrap_or_default())
            .sum::<crate::model::Rupees>()
            .get(),
        cost_escalation_pct: pct(o.cost_escalation_pct.unwrap_or_default()),
        tax_pct: pct(o.tax_pct.unwrap_or_default()),
        tax_wdv: v.tax_wdv,
        util_row: 0,
    }
}

fn lakh(rs: i64) -> f64 {
    rs as f64 / 100_000.0
}

/// `ROUND(x*100000,0)`: the whole rupees a lakh cell holds.
fn rs(x: &str) -> String {
    format!("ROUND({x}*100000,0)")
}

type R = Result<(), XlsxError>;

/// The workbook of `study`'s CFC with the viability `v` and the means of finance `mof`.
pub fn workbook(study: &Study, v: &Viability, mof: Finance) -> Result<Vec<u8>, WorkbookError> {
    let Some(cfc) = &study.cfc else {
        return Err(WorkbookError::Needs(
            "the study has no CFC (cfc): the workbook is the CFC's financial annexures".into(),
        ));
    };
    let mut inp = inputs(cfc, v);
    let st = Styles::new();
    let mut wb = Workbook::new();
    let title = format!("{}: {}", study.cluster.name.trim(), study.meta.title.trim());
    let (names, util_row) = assumptions(&mut wb, &st, cfc, v, &inp, mof, &title)?;
    inp.util_row = util_row;
    for name in &names {
        wb.define_name(&name.0, &name.1)?;
    }
    wb.push_worksheet(cost_and_finance(&st, &title)?);
    wb.push_worksheet(operating(&st, &inp)?);
    wb.push_worksheet(depreciation(&st, &inp)?);
    wb.push_worksheet(loan(&st, &inp)?);
    wb.push_worksheet(profit_and_loss(&st, &inp)?);
    wb.push_worksheet(dscr(&st, &inp)?);
    wb.push_worksheet(break_even(&st, &inp)?);
    wb.push_worksheet(roce(&st, &inp)?);
    wb.push_worksheet(npv_irr(&st, &inp)?);
    wb.push_worksheet(sensitivity(&st, &inp, v)?);
    wb.push_worksheet(cash_flow(&st, &inp)?);
    wb.push_worksheet(balance_sheet(&st, &inp)?);
    Ok(wb.save_to_buffer()?)
}

/// A sheet whose formulas store no result: LibreOffice (by default it never recalculates
/// an .xlsx on opening) then calculates each formula itself instead of showing a stored 0;
/// Excel recalculates every formula on opening anyway.
fn new_sheet() -> Worksheet {
    let mut ws = Worksheet::new();
    ws.set_formula_result_default("");
    ws
}

fn page(ws: &mut Worksheet, last_row: u32, last_col: u16, header_rows: u32) -> R {
    ws.set_paper_size(9); // A4
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    ws.set_print_area(0, 0, last_row, last_col)?;
    ws.set_repeat_rows(0, header_rows.saturating_sub(1))?;
    ws.set_freeze_panes(header_rows, 1)?;
    ws.set_column_width(0, label_width(42.0))?;
    ws.set_column_width(1, label_width(13.0))?;
    // A bilingual year ("वर्ष 10 / Year 10") on one line.
    let year_width = if words::lang() == DocLang::EnHi {
        16.0
    } else {
        11.0
    };
    for c in 2..=last_col {
        ws.set_column_width(c, year_width)?;
    }
    Ok(())
}

/// The by-year header: row 0 the title, row 2 "Year 1 … N" from column C.
fn year_header(ws: &mut Worksheet, st: &Styles, title: &str, inp: &In, first: &str) -> R {
    ws.write_string_with_format(0, 0, t(title), &st.title)?;
    ws.write_string_with_format(2, 0, t("Rs. lakh unless stated"), &st.head)?;
    ws.write_string_with_format(2, 1, t(first), &st.head)?;
    for y in 1..=inp.years {
        let year = words::label_with("Year {y}", &[("y", Arg::Number(f64::from(y)))]);
        ws.write_string_with_format(2, year_col(y), year, &st.head)?;
    }
    head_row(ws, 2)
}

/// Writes the Assumptions sheet and returns the defined names (name, reference).
fn assumptions(
    wb: &mut Workbook,
    st: &Styles,
    cfc: &Cfc,
    v: &Viability,
    inp: &In,
    mof: Finance,
    title: &str,
) -> Result<(Vec<(String, String)>, u32), XlsxError> {
    let sheet = &sheet_name(0);
    let mut ws = new_sheet();
    ws.set_name(sheet)?;
    ws.write_string_with_format(
        0,
        0,
        t("Assumptions: every input of the projection"),
        &st.title,
    )?;
    ws.write_string_with_format(1, 0, title, &st.note)?;
    for (c, h) in ["Input", "Value", "Unit", "Name (used in the formulas)"]
        .iter()
        .enumerate()
    {
        ws.write_string_with_format(3, c as u16, t(h), &st.head)?;
    }
    head_row(&mut ws, 3)?;
    ws.set_column_width(0, label_width(48.0))?;
    ws.set_column_width(1, label_width(14.0))?;
    ws.set_column_width(2, label_width(30.0))?;
    ws.set_column_width(3, label_width(26.0))?;
    let heads = finance::CostHeads::of(&cfc.costs);
    let l = &cfc.loan;
    let loan_amount = v.loan.first().map_or(0, |y| y.opening_rs.get());
    let (rate, repay, moratorium) = match l {
        Some(l) if loan_amount > 0 => (
            l.interest_pct.map_or(0.0, pct),
            f64::from(l.repayment_years.unwrap_or(0)),
            f64::from(l.moratorium_months.unwrap_or(0)),
        ),
        _ => (0.0, 0.0, 0.0),
    };
    let a = &v.acceptance;
    enum K {
        Lakh,
        Num,
        Pct,
    }
    let mut items: Vec<(&str, f64, &str, &str, K)> = vec![
        (
            "Years of the projection",
            f64::from(inp.years),
            "years",
            "in_years",
            K::Num,
        ),
        (
            "Installed capacity",
            inp.capacity as f64,
            &cfc.operations.capacity_unit,
            "in_capacity",
            K::Num,
        ),
        (
            "Members' share of volume",
            inp.member_share_pct,
            "%",
            "in_member_share",
            K::Pct,
        ),
        (
            "User charge, members",
            inp.charge_member,
            "Rs. per unit",
            "in_charge_member",
            K::Num,
        ),
        (
            "User charge, others",
            inp.charge_other,
            "Rs. per unit",
            "in_charge_other",
            K::Num,
        ),
        (
            "Escalation of user charges, a year from year 2",
            inp.charge_escalation_pct,
            "%",
            "in_charge_escalation",
            K::Pct,
        ),
        (
            "Variable costs",
            inp.variable_per_unit,
            "Rs. per unit",
            "in_variable",
            K::Num,
        ),
        (
            "Fixed costs, year 1",
            lakh(inp.fixed_rs),
            "Rs. lakh a year",
            "in_fixed",
            K::Lakh,
        ),
        (
            "Escalation of running costs, a year from year 2",
            inp.cost_escalation_pct,
            "%",
            "in_cost_escalation",
            K::Pct,
        ),
        (
            "Building life",
            f64::from(v.building_life_years),
            "years",
            "in_building_life",
            K::Num,
        ),
        (
            "Machinery life",
            f64::from(v.machinery_life_years),
            "years",
            "in_machinery_life",
            K::Num,
        ),
        (
            "Income tax",
            inp.tax_pct,
            "% of taxable profit",
            "in_tax",
            K::Pct,
        ),
        (
            "Tax depreciation on written-down value (1) or as in the books (0)",
            if inp.tax_wdv { 1.0 } else { 0.0 },
            "1 or 0",
            "in_tax_wdv",
            K::Num,
        ),
        (
            "Term loan",
            lakh(loan_amount),
            "Rs. lakh",
            "in_loan",
            K::Lakh,
        ),
        (
            "Interest on the term loan",
            rate,
            "% a year",
            "in_interest",
            K::Pct,
        ),
        (
            "Repayment",
            repay,
            "years after the moratorium",
            "in_repayment_years",
            K::Num,
        ),
        ("Moratorium", moratorium, "months", "in_moratorium", K::Num),
        (
            "Discount rate for the NPV",
            pct(a.discount_rate_pct),
            "%",
            "in_discount",
            K::Pct,
        ),
        (
            "Acceptance: cumulative DSCR at least",
            a.min_cumulative_dscr,
            "",
            "in_min_dscr",
            K::Num,
        ),
        (
            "Acceptance: break-even below",
            a.max_break_even_pct,
            "% of capacity",
            "in_max_break_even",
            K::Pct,
        ),
        (
            "Acceptance: ROCE above",
            a.min_roce_pct,
            "%",
            "in_min_roce",
            K::Pct,
        ),
        (
            "Acceptance: IRR above",
            a.min_irr_pct,
            "%",
            "in_min_irr",
            K::Pct,
        ),
    ];
    let head_names = [
        (Head::Land, "in_land"),
        (Head::SiteDevelopment, "in_site"),
        (Head::Building, "in_building"),
        (Head::Machinery, "in_machinery"),
        (Head::MiscFixedAssets, "in_misc_assets"),
        (Head::Preliminary, "in_preliminary"),
        (Head::PreOperative, "in_pre_operative"),
        (Head::Contingency, "in_contingency"),
        (Head::WcMargin, "in_wc_margin"),
    ];
    for (h, name) in head_names {
        items.push((
            h.label(),
            lakh(heads.get(h).get()),
            "Rs. lakh (cost of project)",
            name,
            K::Lakh,
        ));
    }
    items.push((
        "Grants (GoI and State)",
        lakh(mof.grants_rs),
        "Rs. lakh (means of finance)",
        "in_grants",
        K::Lakh,
    ));
    items.push((
        "SPV's contribution (equity)",
        lakh(mof.equity_rs),
        "Rs. lakh (means of finance)",
        "in_equity",
        K::Lakh,
    ));
    items.push((
        "Working capital held",
        f64::from(mof.working_capital_months),
        "months of operating costs",
        "in_wc_months",
        K::Num,
    ));
    let mut names = Vec::new();
    let mut row = 4;
    for (label, value, unit, name, kind) in items {
        let f = match kind {
            K::Lakh => &st.input_lakh,
            K::Num => &st.input_num,
            K::Pct => &st.input_pct,
        };
        ws.write_string(row, 0, t(label))?;
        ws.write_number_with_format(row, 1, value, f)?;
        // The capacity's unit is the study's word.
        let unit = if std::ptr::eq(unit, cfc.operations.capacity_unit.as_str()) {
            unit.to_string()
        } else {
            t(unit)
        };
        ws.write_string(row, 2, unit)?;
        ws.write_string_with_format(row, 3, name, &st.note)?;
        names.push((name.to_string(), format!("={}", at(sheet, row, 1))));
        row += 1;
    }
    row += 1;
    ws.write_string_with_format(row, 0, t("Capacity utilisation by year"), &st.head)?;
    head_row(&mut ws, row)?;
    ws.write_string_with_format(row, 1, t("% of capacity"), &st.head)?;
    row += 1;
    let util_row = row;
    for y in 1..=inp.years {
        let u = inp
            .utilisation
            .get(y as usize - 1)
            .copied()
            .unwrap_or_default();
        let label = words::label_with("Utilisation, year {y}", &[("y", Arg::Number(f64::from(y)))]);
        ws.write_string(row, 0, label)?;
        ws.write_number_with_format(row, 1, u, &st.input_pct)?;
        ws.write_string(row, 2, t("%"))?;
        ws.write_string_with_format(row, 3, format!("in_utilisation_{y}"), &st.note)?;
        names.push((
            format!("in_utilisation_{y}"),
            format!("={}", at(sheet, row, 1)),
        ));
        row += 1;
    }
    row += 1;
    ws.write_string_with_format(
        row,
        0,
        t("Shaded cells are inputs: change one and every sheet follows. Amounts in Rs. lakh, computed in whole rupees as cdstudy computes them."),
        &st.note,
    )?;
    for (i, a) in v.assumptions.iter().enumerate() {
        let note = words::label_with("Assumed: {a}", &[("a", Arg::Text(t(a)))]);
        ws.write_string_with_format(row + 1 + i as u32, 0, note, &st.note)?;
    }
    let last = row + 1 + v.assumptions.len() as u32;
    ws.set_paper_size(9);
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    ws.set_print_area(0, 0, last, 3)?;
    ws.set_freeze_panes(4, 0)?;
    wb.push_worksheet(ws);
    Ok((names, util_row))
}

/// The utilisation input of year `y`.
fn util_input(inp: &In, y: u32) -> String {
    at(&sheet_name(0), inp.util_row + y - 1, 1)
}

fn cost_and_finance(st: &Styles, title: &str) -> Result<Worksheet, XlsxError> {
    let mut ws = new_sheet();
    ws.set_name(sheet_name(1))?;
    ws.write_string_with_format(0, 0, t("Cost of project and means of finance"), &st.title)?;
    ws.write_string_with_format(1, 0, title, &st.note)?;
    ws.write_string_with_format(2, 0, t("Cost of project"), &st.head)?;
    ws.write_string_with_format(2, 1, t("Rs. lakh"), &st.head)?;
    let heads = [
        (Head::Land, "in_land"),
        (Head::SiteDevelopment, "in_site"),
        (Head::Building, "in_building"),
        (Head::Machinery, "in_machinery"),
        (Head::MiscFixedAssets, "in_misc_assets"),
        (Head::Preliminary, "in_preliminary"),
        (Head::PreOperative, "in_pre_operative"),
        (Head::Contingency, "in_contingency"),
        (Head::WcMargin, "in_wc_margin"),
    ];
    let mut row = 3;
    for (h, name) in heads {
        ws.write_string(row, 0, t(h.label()))?;
        ws.write_formula_with_format(row, 1, Formula::new(format!("={name}")), &st.lakh)?;
        row += 1;
    }
    ws.write_string_with_format(row, 0, t("Total cost of project"), &st.head)?;
    ws.write_formula_with_format(
        row,
        1,
        Formula::new(format!("=SUM(B4:B{row})")),
        &st.lakh_bold,
    )?;
    let total = row;
    row += 2;
    ws.write_string_with_format(row, 0, t("Means of finance"), &st.head)?;
    ws.write_string_with_format(row, 1, t("Rs. lakh"), &st.head)?;
    row += 1;
    let first = row;
    for (label, name) in [
        ("Grants (GoI and State): capital reserve", "in_grants"),
        ("SPV's contribution: equity", "in_equity"),
        ("Term loan", "in_loan"),
    ] {
        ws.write_string(row, 0, t(label))?;
        ws.write_formula_with_format(row, 1, Formula::new(format!("={name}")), &st.lakh)?;
        row += 1;
    }
    ws.write_string_with_format(row, 0, t("Total means of finance"), &st.head)?;
    ws.write_formula_with_format(
        row,
        1,
        Formula::new(format!("=SUM(B{}:B{row})", first + 1)),
        &st.lakh_bold,
    )?;
    row += 1;
    ws.write_string(
        row,
        0,
        t("Cost not met by the means of finance (should be 0)"),
    )?;
    ws.write_formula_with_format(
        row,
        1,
        Formula::new(format!("=B{}-B{row}", total + 1)),
        &st.lakh,
    )?;
    debug_assert_eq!(total, COST_TOTAL_ROW);
    ws.set_paper_size(9);
    ws.set_print_area(0, 0, row, 1)?;
    ws.set_freeze_panes(3, 1)?;
    ws.set_column_width(0, label_width(46.0))?;
    ws.set_column_width(1, label_width(14.0))?;
    Ok(ws)
}

/// The project cost in whole rupees, as a formula term.
fn cost_rs() -> String {
    rs(&at(&sheet_name(1), COST_TOTAL_ROW, 1))
}

/// The Operating block at `top` of `ws`: utilisation (changed by the case's utilisation
/// cell), volume, escalation factors, revenue (changed by the case's charge cell), costs
/// and operating profit. `case` is (charge change cell, utilisation change cell); `None`
/// for the base case.
fn operating_block(
    ws: &mut Worksheet,
    st: &Styles,
    inp: &In,
    top: u32,
    case: Option<(&str, &str)>,
) -> R {
    let (charge, util) = case.unwrap_or(("0", "0"));
    let r = |off: u32| top + off;
    let labels = [
        (rows::OPERATING_UTIL, "Capacity utilisation", "%"),
        (rows::OPERATING_VOLUME, "Volume", "units"),
        (
            rows::OPERATING_CHARGE_ESC,
            "Escalation factor of user charges",
            "factor",
        ),
        (
            rows::OPERATING_COST_ESC,
            "Escalation factor of running costs",
            "factor",
        ),
        (
            rows::OPERATING_REVENUE,
            "Revenue from user charges",
            "Rs. lakh",
        ),
        (rows::OPERATING_VARIABLE, "Variable costs", "Rs. lakh"),
        (rows::OPERATING_FIXED, "Fixed costs", "Rs. lakh"),
        (
            rows::OPERATING_PROFIT,
            "Operating profit (before depreciation, interest, tax)",
            "Rs. lakh",
        ),
    ];
    for (row, label, unit) in labels {
        ws.write_string(r(row - 3), 0, t(label))?;
        ws.write_string(r(row - 3), 1, t(unit))?;
    }
    for y in 1..=inp.years {
        let c = year_col(y);
        let here = |row: u32| cell(r(row - 3), c);
        let prev = |row: u32| cell(r(row - 3), c - 1);
        // Utilisation in basis points, rounded as the engine rounds it.
        ws.write_formula_with_format(
            r(rows::OPERATING_UTIL - 3),
            c,
            Formula::new(format!(
                "=ROUND({}*100*(100+{util})/100,0)/100",
                util_input(inp, y)
            )),
            &st.pct,
        )?;
        ws.write_formula_with_format(
            r(rows::OPERATING_VOLUME - 3),
            c,
            Formula::new(format!("=in_capacity*{}/100", here(rows::OPERATING_UTIL))),
            &st.int,
        )?;
        let (ce, xe) = if y == 1 {
            ("=1".to_string(), "=1".to_string())
        } else {
            (
                format!(
                    "=ROUND({}*(1+in_charge_escalation/100),12)",
                    prev(rows::OPERATING_CHARGE_ESC)
                ),
                format!(
                    "=ROUND({}*(1+in_cost_escalation/100),12)",
                    prev(rows::OPERATING_COST_ESC)
                ),
            )
        };
        ws.write_formula_with_format(
            r(rows::OPERATING_CHARGE_ESC - 3),
            c,
            Formula::new(ce),
            &st.factor,
        )?;
        ws.write_formula_with_format(
            r(rows::OPERATING_COST_ESC - 3),
            c,
            Formula::new(xe),
            &st.factor,
        )?;
        ws.write_formula_with_format(
            r(rows::OPERATING_REVENUE - 3),
            c,
            Formula::new(format!(
                "=ROUND({vol}*(in_member_share*in_charge_member+(100-in_member_share)*in_charge_other)/100*(100+{charge})/100*{esc},0)/100000",
                vol = here(rows::OPERATING_VOLUME),
                esc = here(rows::OPERATING_CHARGE_ESC),
            )),
            &st.lakh,
        )?;
        ws.write_formula_with_format(
            r(rows::OPERATING_VARIABLE - 3),
            c,
            Formula::new(format!(
                "=ROUND({}*in_variable*{},0)/100000",
                here(rows::OPERATING_VOLUME),
                here(rows::OPERATING_COST_ESC)
            )),
            &st.lakh,
        )?;
        ws.write_formula_with_format(
            r(rows::OPERATING_FIXED - 3),
            c,
            Formula::new(format!(
                "=ROUND({}*{},0)/100000",
                rs("in_fixed"),
                here(rows::OPERATING_COST_ESC)
            )),
            &st.lakh,
        )?;
        ws.write_formula_with_format(
            r(rows::OPERATING_PROFIT - 3),
            c,
            Formula::new(format!(
                "=({}-{}-{})/100000",
                rs(&here(rows::OPERATING_REVENUE)),
                rs(&here(rows::OPERATING_VARIABLE)),
                rs(&here(rows::OPERATING_FIXED))
            )),
            &st.lakh_bold,
        )?;
    }
    Ok(())
}

fn operating(st: &Styles, inp: &In) -> Result<Worksheet, XlsxError> {
    let mut ws = new_sheet();
    ws.set_name(sheet_name(2))?;
    year_header(
        &mut ws,
        st,
        "Operating: volume, revenue and running costs",
        inp,
        "",
    )?;
    operating_block(&mut ws, st, inp, 3, None)?;
    page(&mut ws, rows::OPERATING_PROFIT, year_col(inp.years), 3)?;
    Ok(ws)
}

fn op(row: u32, y: u32) -> String {
    at(&sheet_name(2), row, year_col(y))
}

fn dep(row: u32, y: u32) -> String {
    at(&sheet_name(3), row, year_col(y))
}

fn ln(row: u32, y: u32) -> String {
    at(&sheet_name(4), row, year_col(y))
}

fn pl(row: u32, y: u32) -> String {
    at(&sheet_name(5), row, year_col(y))
}

/// Straight-line depreciation of `base` (a rupee term) over `life` for year `y`: equal
/// whole rupees, the last year of life taking the odd rupees.
fn slm(base: &str, life: &str, y: u32) -> String {
    format!(
        "IF(OR({life}<=0,{y}>{life},{base}<=0),0,IF({y}={life},{base}-INT({base}/{life})*({life}-1),INT({base}/{life})))"
    )
}

fn depreciation(st: &Styles, inp: &In) -> Result<Worksheet, XlsxError> {
    let mut ws = new_sheet();
    ws.set_name(sheet_name(3))?;
    year_header(
        &mut ws,
        st,
        "Depreciation: straight line in the books; written-down value for tax",
        inp,
        "At start",
    )?;
    let building = rs("in_building");
    let machinery = format!(
        "({}+{}+{}+{}+{})",
        rs("in_machinery"),
        rs("in_misc_assets"),
        rs("in_contingency"),
        rs("in_preliminary"),
        rs("in_pre_operative")
    );
    for (row, label) in [
        (rows::DEP_BUILDING, "Building (over the building life)"),
        (rows::DEP_MACHINERY, "Plant and machinery, misc. assets, contingency, preliminary and pre-operative (over the machinery life)"),
        (rows::DEP_TOTAL, "Depreciation in the books"),
        (rows::DEP_ACCUMULATED, "Accumulated depreciation"),
        (rows::DEP_NET_BLOCK, "Net block at the year end (land included)"),
        (rows::DEP_WDV_BUILDING, "Building: written-down value at the start of the year"),
        (rows::DEP_WDV_BUILDING_CLAIM, "Building: tax depreciation at 10%"),
        (rows::DEP_WDV_MACHINERY, "Plant and machinery: written-down value at the start"),
        (rows::DEP_WDV_MACHINERY_CLAIM, "Plant and machinery: tax depreciation at 15%"),
        (rows::DEP_TAX, "Depreciation claimed for tax"),
    ] {
        ws.write_string(row, 0, t(label))?;
    }
    ws.write_formula_with_format(
        rows::DEP_NET_BLOCK,
        1,
        Formula::new(format!(
            "=({}+{}+{building}+{machinery})/100000",
            rs("in_land"),
            rs("in_site")
        )),
        &st.lakh,
    )?;
    for y in 1..=inp.years {
        let c = year_col(y);
        let here = |row| cell(row, c);
        let prev = |row| cell(row, c - 1);
        ws.write_formula_with_format(
            rows::DEP_BUILDING,
            c,
            Formula::new(format!("={}/100000", slm(&building, "in_building_life", y))),
            &st.lakh,
        )?;
        ws.write_formula_with_format(
            rows::DEP_MACHINERY,
            c,
            Formula::new(format!(
                "={}/100000",
                slm(&machinery, "in_machinery_life", y)
            )),
            &st.lakh,
        )?;
        ws.write_formula_with_format(
            rows::DEP_TOTAL,
            c,
            Formula::new(format!(
                "=({}+{})/100000",
                rs(&here(rows::DEP_BUILDING)),
                rs(&here(rows::DEP_MACHINERY))
            )),
            &st.lakh_bold,
        )?;
        let acc = if y == 1 {
            format!("={}", here(rows::DEP_TOTAL))
        } else {
            format!(
                "=({}+{})/100000",
                rs(&prev(rows::DEP_ACCUMULATED)),
                rs(&here(rows::DEP_TOTAL))
            )
        };
        ws.write_formula_with_format(rows::DEP_ACCUMULATED, c, Formula::new(acc), &st.lakh)?;
        ws.write_formula_with_format(
            rows::DEP_NET_BLOCK,
            c,
            Formula::new(format!(
                "=({}-{})/100000",
                rs(&cell(rows::DEP_NET_BLOCK, 1)),
                rs(&here(rows::DEP_ACCUMULATED))
            )),
            &st.lakh,
        )?;
        let (wb0, wm0) = if y == 1 {
            (
                format!("=MAX(0,{building})/100000"),
                format!("=MAX(0,{machinery})/100000"),
            )
        } else {
            (
                format!(
                    "=({}-{})/100000",
                    rs(&prev(rows::DEP_WDV_BUILDING)),
                    rs(&prev(rows::DEP_WDV_BUILDING_CLAIM))
                ),
                format!(
                    "=({}-{})/100000",
                    rs(&prev(rows::DEP_WDV_MACHINERY)),
                    rs(&prev(rows::DEP_WDV_MACHINERY_CLAIM))
                ),
            )
        };
        ws.write_formula_with_format(rows::DEP_WDV_BUILDING, c, Formula::new(wb0), &st.lakh)?;
        ws.write_formula_with_format(
            rows::DEP_WDV_BUILDING_CLAIM,
            c,
            Formula::new(format!(
                "=INT({}*1000/10000)/100000",
                rs(&here(rows::DEP_WDV_BUILDING))
            )),
            &st.lakh,
        )?;
        ws.write_formula_with_format(rows::DEP_WDV_MACHINERY, c, Formula::new(wm0), &st.lakh)?;
        ws.write_formula_with_format(
            rows::DEP_WDV_MACHINERY_CLAIM,
            c,
            Formula::new(format!(
                "=INT({}*1500/10000)/100000",
                rs(&here(rows::DEP_WDV_MACHINERY))
            )),
            &st.lakh,
        )?;
        ws.write_formula_with_format(
            rows::DEP_TAX,
            c,
            Formula::new(format!(
                "=IF(in_tax_wdv=1,({}+{})/100000,{})",
                rs(&here(rows::DEP_WDV_BUILDING_CLAIM)),
                rs(&here(rows::DEP_WDV_MACHINERY_CLAIM)),
                here(rows::DEP_TOTAL)
            )),
            &st.lakh_bold,
        )?;
    }
    ws.write_string_with_format(rows::DEP_TAX + 2, 0, t("Land, its development and the working-capital margin are not depreciated; tax depreciation takes a full year's claim from year 1."), &st.note)?;
    page(&mut ws, rows::DEP_TAX + 2, year_col(inp.years), 3)?;
    Ok(ws)
}

fn loan(st: &Styles, inp: &In) -> Result<Worksheet, XlsxError> {
    let mut ws = new_sheet();
    ws.set_name(sheet_name(4))?;
    year_header(&mut ws, st, "Loan repayment: interest monthly on the opening balance, equal monthly instalments after the moratorium", inp, "")?;
    for (row, label) in [
        (rows::LOAN_OPENING, "Opening balance"),
        (
            rows::LOAN_INTEREST,
            "Interest (Σ month-start balances × rate / 12, rounded once)",
        ),
        (rows::LOAN_PRINCIPAL, "Principal repaid"),
        (rows::LOAN_CLOSING, "Closing balance"),
    ] {
        ws.write_string(row, 0, t(label))?;
    }
    let months = inp.years * 12;
    let m0 = rows::LOAN_MONTHS;
    let mlast = m0 + months - 1;
    // Monthly table: A month, B year, C opening, D instalment, E closing.
    ws.write_string_with_format(m0 - 2, 0, t("Month by month"), &st.head)?;
    for (c, h) in [
        "Month",
        "Year",
        "Opening balance",
        "Instalment",
        "Closing balance",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string_with_format(m0 - 1, c as u16, t(h), &st.head)?;
    }
    head_row(&mut ws, m0 - 1)?;
    ws.write_string_with_format(rows::LOAN_CLOSING + 1, 0, t("Instalment (Rs.)"), &st.note)?;
    ws.write_formula_with_format(
        rows::LOAN_CLOSING + 1,
        1,
        Formula::new(format!(
            "=IF(in_repayment_years>0,INT({}/(in_repayment_years*12)),0)",
            rs("in_loan")
        )),
        &st.int,
    )?;
    ws.write_string_with_format(
        rows::LOAN_CLOSING + 2,
        0,
        t("Last instalment (Rs.)"),
        &st.note,
    )?;
    ws.write_formula_with_format(
        rows::LOAN_CLOSING + 2,
        1,
        Formula::new(format!(
            "=IF(in_repayment_years>0,{}-B{}*(in_repayment_years*12-1),0)",
            rs("in_loan"),
            rows::LOAN_CLOSING + 2
        )),
        &st.int,
    )?;
    let each = format!("$B${}", rows::LOAN_CLOSING + 2);
    let last = format!("$B${}", rows::LOAN_CLOSING + 3);
    for m in 1..=months {
        let row = m0 + m - 1;
        ws.write_number(row, 0, f64::from(m))?;
        ws.write_number(row, 1, f64::from((m - 1) / 12 + 1))?;
        let opening = if m == 1 {
            rs("in_loan")
        } else {
            format!("E{row}")
        };
        ws.write_formula_with_format(row, 2, Formula::new(format!("={opening}")), &st.int)?;
        ws.write_formula_with_format(
            row,
            3,
            Formula::new(format!(
                "=IF(AND(in_repayment_years>0,C{r}>0,A{r}>in_moratorium),MIN(IF(A{r}-in_moratorium>=in_repayment_years*12,{last},{each}),C{r}),0)",
                r = row + 1
            )),
            &st.int,
        )?;
        ws.write_formula_with_format(
            row,
            4,
            Formula::new(format!("=C{r}-D{r}", r = row + 1)),
            &st.int,
        )?;
    }
    let range = |c: &str| format!("${c}${}:${c}${}", m0 + 1, mlast + 1);
    for y in 1..=inp.years {
        let c = year_col(y);
        let first_month = m0 + (y - 1) * 12 + 1;
        ws.write_formula_with_format(
            rows::LOAN_OPENING,
            c,
            Formula::new(format!("=C{first_month}/100000")),
            &st.lakh,
        )?;
        ws.write_formula_with_format(
            rows::LOAN_INTEREST,
            c,
            Formula::new(format!(
                "=ROUND(SUMIF({},{y},{})*ROUND(in_interest*100,0)/120000,0)/100000",
                range("B"),
                range("C")
            )),
            &st.lakh,
        )?;
        ws.write_formula_with_format(
            rows::LOAN_PRINCIPAL,
            c,
            Formula::new(format!("=SUMIF({},{y},{})/100000", range("B"), range("D"))),
            &st.lakh,
        )?;
        ws.write_formula_with_format(
            rows::LOAN_CLOSING,
            c,
            Formula::new(format!("=E{}/100000", first_month + 11)),
            &st.lakh,
        )?;
    }
    page(&mut ws, mlast, year_col(inp.years), 3)?;
    Ok(ws)
}

/// The profit and loss rows at `top` (the rows of `rows::PL_*` less 3), over the
/// operating figures at `operating_top` of `sheet` (the same offsets as `rows::OPERATING_*`
/// less 3).
fn pl_block(ws: &mut Worksheet, st: &Styles, inp: &In, top: u32, op_sheet: &str, op_top: u32) -> R {
    let r = |row: u32| top + row - 3;
    for (row, label) in [
        (rows::PL_REVENUE, "Revenue from user charges"),
        (rows::PL_VARIABLE, "Variable costs"),
        (rows::PL_FIXED, "Fixed costs"),
        (rows::PL_OPERATING, "Operating profit"),
        (rows::PL_DEPRECIATION, "Depreciation"),
        (rows::PL_INTEREST, "Interest on the term loan"),
        (rows::PL_PBT, "Profit before tax"),
        (rows::PL_TAX_DEPRECIATION, "Depreciation claimed for tax"),
        (rows::PL_TAXABLE, "Taxable profit"),
        (
            rows::PL_TAX,
            "Income tax (on a positive taxable profit, rounded down)",
        ),
        (rows::PL_PAT, "Profit after tax"),
        (
            rows::PL_CASH_ACCRUALS,
            "Cash accruals (profit after tax + depreciation)",
        ),
    ] {
        ws.write_string(r(row), 0, t(label))?;
        ws.write_string(r(row), 1, t("Rs. lakh"))?;
    }
    for y in 1..=inp.years {
        let c = year_col(y);
        let h = |row: u32| cell(r(row), c);
        let o = |row: u32| at(op_sheet, op_top + row - 3, c);
        let f = |ws: &mut Worksheet, row: u32, formula: String, bold: bool| {
            ws.write_formula_with_format(
                r(row),
                c,
                Formula::new(formula),
                if bold { &st.lakh_bold } else { &st.lakh },
            )
            .map(|_| ())
        };
        f(
            ws,
            rows::PL_REVENUE,
            format!("={}", o(rows::OPERATING_REVENUE)),
            false,
        )?;
        f(
            ws,
            rows::PL_VARIABLE,
            format!("={}", o(rows::OPERATING_VARIABLE)),
            false,
        )?;
        f(
            ws,
            rows::PL_FIXED,
            format!("={}", o(rows::OPERATING_FIXED)),
            false,
        )?;
        f(
            ws,
            rows::PL_OPERATING,
            format!("={}", o(rows::OPERATING_PROFIT)),
            true,
        )?;
        f(
            ws,
            rows::PL_DEPRECIATION,
            format!("={}", dep(rows::DEP_TOTAL, y)),
            false,
        )?;
        f(
            ws,
            rows::PL_INTEREST,
            format!("={}", ln(rows::LOAN_INTEREST, y)),
            false,
        )?;
        f(
            ws,
            rows::PL_PBT,
            format!(
                "=({}-{}-{})/100000",
                rs(&h(rows::PL_OPERATING)),
                rs(&h(rows::PL_DEPRECIATION)),
                rs(&h(rows::PL_INTEREST))
            ),
            true,
        )?;
        f(
            ws,
            rows::PL_TAX_DEPRECIATION,
            format!("={}", dep(rows::DEP_TAX, y)),
            false,
        )?;
        f(
            ws,
            rows::PL_TAXABLE,
            format!(
                "=({}-{}-{})/100000",
                rs(&h(rows::PL_OPERATING)),
                rs(&h(rows::PL_TAX_DEPRECIATION)),
                rs(&h(rows::PL_INTEREST))
            ),
            false,
        )?;
        f(
            ws,
            rows::PL_TAX,
            format!(
                "=IF({t}>0,INT({t}*ROUND(in_tax*100,0)/10000),0)/100000",
                t = rs(&h(rows::PL_TAXABLE))
            ),
            false,
        )?;
        f(
            ws,
            rows::PL_PAT,
            format!(
                "=({}-{})/100000",
                rs(&h(rows::PL_PBT)),
                rs(&h(rows::PL_TAX))
            ),
            true,
        )?;
        f(
            ws,
            rows::PL_CASH_ACCRUALS,
            format!(
                "=({}+{})/100000",
                rs(&h(rows::PL_PAT)),
                rs(&h(rows::PL_DEPRECIATION))
            ),
            false,
        )?;
    }
    Ok(())
}

fn profit_and_loss(st: &Styles, inp: &In) -> Result<Worksheet, XlsxError> {
    let mut ws = new_sheet();
    ws.set_name(sheet_name(5))?;
    year_header(
        &mut ws,
        st,
        "Profitability: projected profit and loss",
        inp,
        "",
    )?;
    pl_block(&mut ws, st, inp, 3, &sheet_name(2), 3)?;
    page(&mut ws, rows::PL_CASH_ACCRUALS, year_col(inp.years), 3)?;
    Ok(ws)
}

/// The by-year cells of `row` on `sheet`, as a range.
fn rng(sheet: &str, row: u32, inp: &In) -> String {
    format!(
        "{}!${}${}:${}${}",
        quoted(sheet),
        column(year_col(1)),
        row + 1,
        column(year_col(inp.years)),
        row + 1
    )
}

fn dscr(st: &Styles, inp: &In) -> Result<Worksheet, XlsxError> {
    // Keyed apart: the tables' "No." (a serial number) has the id of "no".
    let (yes, no) = (
        formula_text_keyed("yes (the rule is met)", "yes"),
        formula_text_keyed("no (the rule is not met)", "no"),
    );
    let na = formula_text("n/a");
    let mut ws = new_sheet();
    ws.set_name(sheet_name(6))?;
    year_header(&mut ws, st, "Debt service coverage ratio", inp, "")?;
    let lines = [
        (3, "Profit after tax", pl(rows::PL_PAT, 0)),
        (4, "Interest", String::new()),
        (5, "Depreciation", String::new()),
        (
            6,
            "Available for debt service (PAT + interest + depreciation)",
            String::new(),
        ),
        (7, "Debt service (principal + interest)", String::new()),
    ];
    for (row, label, _) in &lines {
        ws.write_string(*row, 0, t(label))?;
        ws.write_string(*row, 1, t("Rs. lakh"))?;
    }
    ws.write_string(rows::DSCR_YEAR, 0, t("DSCR"))?;
    for y in 1..=inp.years {
        let c = year_col(y);
        ws.write_formula_with_format(
            3,
            c,
            Formula::new(format!("={}", pl(rows::PL_PAT, y))),
            &st.lakh,
        )?;
        ws.write_formula_with_format(
            4,
            c,
            Formula::new(format!("={}", pl(rows::PL_INTEREST, y))),
            &st.lakh,
        )?;
        ws.write_formula_with_format(
            5,
            c,
            Formula::new(format!("={}", pl(rows::PL_DEPRECIATION, y))),
            &st.lakh,
        )?;
        ws.write_formula_with_format(
            6,
            c,
            Formula::new(format!(
                "=({}+{}+{})/100000",
                rs(&cell(3, c)),
                rs(&cell(4, c)),
                rs(&cell(5, c))
            )),
            &st.lakh,
        )?;
        ws.write_formula_with_format(
            7,
            c,
            Formula::new(format!(
                "=({}+{})/100000",
                rs(&ln(rows::LOAN_PRINCIPAL, y)),
                rs(&cell(4, c))
            )),
            &st.lakh,
        )?;
        ws.write_formula_with_format(
            rows::DSCR_YEAR,
            c,
            Formula::new(format!(
                "=IF({d}>0,ROUND({n}/{d},2),\"\")",
                n = rs(&cell(6, c)),
                d = rs(&cell(7, c))
            )),
            &st.ratio,
        )?;
    }
    let first = column(year_col(1));
    let last = column(year_col(inp.years));
    let principal = rng(&sheet_name(4), rows::LOAN_PRINCIPAL, inp);
    ws.write_string(
        rows::DSCR_CUMULATIVE,
        0,
        t("Cumulative DSCR over the years of repayment"),
    )?;
    ws.write_formula_with_format(
        rows::DSCR_CUMULATIVE,
        1,
        Formula::new(format!(
            "=IF(SUMIF({principal},\">0\",${first}$8:${last}$8)>0,ROUND(SUMIF({principal},\">0\",${first}$7:${last}$7)/SUMIF({principal},\">0\",${first}$8:${last}$8),2),{na})"
        )),
        &st.ratio,
    )?;
    ws.write_string(rows::DSCR_MIN, 0, t("Lowest DSCR of a year"))?;
    ws.write_formula_with_format(
        rows::DSCR_MIN,
        1,
        Formula::new(format!(
            "=IF(COUNT(${first}${r}:${last}${r})>0,MIN(${first}${r}:${last}${r}),{na})",
            r = rows::DSCR_YEAR + 1
        )),
        &st.ratio,
    )?;
    ws.write_string(
        rows::DSCR_MIN + 1,
        0,
        t("Acceptance: cumulative DSCR at least"),
    )?;
    ws.write_formula_with_format(
        rows::DSCR_MIN + 1,
        1,
        Formula::new("=in_min_dscr"),
        &st.ratio,
    )?;
    ws.write_string(rows::DSCR_MIN + 2, 0, t("Meets the rule"))?;
    ws.write_formula(
        rows::DSCR_MIN + 2,
        1,
        Formula::new(format!(
            "=IF(ISNUMBER(B{c}),IF(B{c}>=in_min_dscr,{yes},{no}),{na})",
            c = rows::DSCR_CUMULATIVE + 1
        )),
    )?;
    page(&mut ws, rows::DSCR_MIN + 2, year_col(inp.years), 3)?;
    Ok(ws)
}

fn break_even(st: &Styles, inp: &In) -> Result<Worksheet, XlsxError> {
    let na = formula_text("n/a");
    let mut ws = new_sheet();
    ws.set_name(sheet_name(7))?;
    year_header(&mut ws, st, "Break-even: (fixed costs + depreciation + interest) / (revenue − variable costs) × utilisation", inp, "")?;
    ws.write_string(3, 0, t("Contribution (revenue − variable costs)"))?;
    ws.write_string(3, 1, t("Rs. lakh"))?;
    ws.write_string(
        4,
        0,
        t("Fixed charges (fixed costs + depreciation + interest)"),
    )?;
    ws.write_string(4, 1, t("Rs. lakh"))?;
    ws.write_string(rows::BE_YEAR, 0, t("Break-even, % of installed capacity"))?;
    ws.write_string(rows::BE_YEAR + 1, 0, t("Unrounded, for the average"))?;
    for y in 1..=inp.years {
        let c = year_col(y);
        ws.write_formula_with_format(
            3,
            c,
            Formula::new(format!(
                "=({}-{})/100000",
                rs(&pl(rows::PL_REVENUE, y)),
                rs(&pl(rows::PL_VARIABLE, y))
            )),
            &st.lakh,
        )?;
        ws.write_formula_with_format(
            4,
            c,
            Formula::new(format!(
                "=({}+{}+{})/100000",
                rs(&pl(rows::PL_FIXED, y)),
                rs(&pl(rows::PL_DEPRECIATION, y)),
                rs(&pl(rows::PL_INTEREST, y))
            )),
            &st.lakh,
        )?;
        let raw = format!(
            "{}/{}*{}",
            rs(&cell(4, c)),
            rs(&cell(3, c)),
            op(rows::OPERATING_UTIL, y)
        );
        ws.write_formula_with_format(
            rows::BE_YEAR + 1,
            c,
            Formula::new(format!("=IF({}>0,{raw},\"\")", rs(&cell(3, c)))),
            &st.factor,
        )?;
        ws.write_formula_with_format(
            rows::BE_YEAR,
            c,
            Formula::new(format!(
                "=IF(ISNUMBER({u}),ROUND({u},2),{na})",
                u = cell(rows::BE_YEAR + 1, c)
            )),
            &st.pct,
        )?;
    }
    let r = format!(
        "{}{}:{}{}",
        column(year_col(1)),
        rows::BE_YEAR + 2,
        column(year_col(inp.years)),
        rows::BE_YEAR + 2
    );
    ws.write_string(
        rows::BE_AVERAGE,
        0,
        t("Average break-even, % of installed capacity"),
    )?;
    ws.write_formula_with_format(
        rows::BE_AVERAGE,
        1,
        Formula::new(format!(
            "=IF(COUNT({r})={},ROUND(AVERAGE({r}),2),{na})",
            inp.years
        )),
        &st.pct,
    )?;
    ws.write_string(rows::BE_AVERAGE + 1, 0, t("Acceptance: below, %"))?;
    ws.write_formula_with_format(
        rows::BE_AVERAGE + 1,
        1,
        Formula::new("=in_max_break_even"),
        &st.pct,
    )?;
    page(&mut ws, rows::BE_AVERAGE + 1, year_col(inp.years), 3)?;
    Ok(ws)
}

fn roce(st: &Styles, inp: &In) -> Result<Worksheet, XlsxError> {
    let na = formula_text("n/a");
    let mut ws = new_sheet();
    ws.set_name(sheet_name(8))?;
    year_header(
        &mut ws,
        st,
        "Return on capital employed: average profit before interest and tax / project cost",
        inp,
        "",
    )?;
    ws.write_string(3, 0, t("Profit before interest and tax"))?;
    ws.write_string(3, 1, t("Rs. lakh"))?;
    for y in 1..=inp.years {
        let c = year_col(y);
        ws.write_formula_with_format(
            3,
            c,
            Formula::new(format!(
                "=({}+{})/100000",
                rs(&pl(rows::PL_PBT, y)),
                rs(&pl(rows::PL_INTEREST, y))
            )),
            &st.lakh,
        )?;
    }
    let r = format!("{}4:{}4", column(year_col(1)), column(year_col(inp.years)));
    ws.write_string(5, 0, t("Average profit before interest and tax, Rs. lakh"))?;
    ws.write_formula_with_format(
        5,
        1,
        Formula::new(format!("=SUM({r})/{}", inp.years)),
        &st.lakh,
    )?;
    ws.write_string(6, 0, t("Capital employed: the project cost, Rs. lakh"))?;
    ws.write_formula_with_format(
        6,
        1,
        Formula::new(format!("={}/100000", cost_rs())),
        &st.lakh,
    )?;
    ws.write_string(rows::ROCE_PCT, 0, t("ROCE, %"))?;
    ws.write_formula_with_format(
        rows::ROCE_PCT,
        1,
        Formula::new(format!(
            "=IF(B7>0,ROUND(SUM({r})*100000/{n}/ROUND(B7*100000,0)*100,2),{na})",
            n = inp.years
        )),
        &st.pct,
    )?;
    ws.write_string(rows::ROCE_PCT + 1, 0, t("Acceptance: above, %"))?;
    ws.write_formula_with_format(rows::ROCE_PCT + 1, 1, Formula::new("=in_min_roce"), &st.pct)?;
    page(&mut ws, rows::ROCE_PCT + 1, year_col(inp.years), 3)?;
    Ok(ws)
}

fn npv_irr(st: &Styles, inp: &In) -> Result<Worksheet, XlsxError> {
    let na = formula_text("n/a");
    let mut ws = new_sheet();
    ws.set_name(sheet_name(9))?;
    year_header(
        &mut ws,
        st,
        "Project cash flows, NPV and IRR",
        inp,
        "Year 0",
    )?;
    ws.write_string(3, 0, t("Profit after tax + depreciation + interest"))?;
    ws.write_string(
        4,
        0,
        t("Residual value (net block + working-capital margin, last year)"),
    )?;
    ws.write_string(rows::NPV_FLOW, 0, t("Cash flow (year 0: the project cost)"))?;
    ws.write_string(6, 0, t("Discount factor"))?;
    ws.write_string(7, 0, t("Discounted cash flow"))?;
    ws.write_formula_with_format(
        rows::NPV_FLOW,
        1,
        Formula::new(format!("=-{}/100000", cost_rs())),
        &st.lakh,
    )?;
    ws.write_formula_with_format(6, 1, Formula::new("=1"), &st.factor)?;
    ws.write_formula_with_format(
        7,
        1,
        Formula::new(format!("=B{}*B7", rows::NPV_FLOW + 1)),
        &st.lakh,
    )?;
    for y in 1..=inp.years {
        let c = year_col(y);
        ws.write_formula_with_format(
            3,
            c,
            Formula::new(format!(
                "=({}+{}+{})/100000",
                rs(&pl(rows::PL_PAT, y)),
                rs(&pl(rows::PL_DEPRECIATION, y)),
                rs(&pl(rows::PL_INTEREST, y))
            )),
            &st.lakh,
        )?;
        let residual = if y == inp.years {
            format!(
                "=({}+{})/100000",
                rs(&dep(rows::DEP_NET_BLOCK, y)),
                rs("in_wc_margin")
            )
        } else {
            "=0".to_string()
        };
        ws.write_formula_with_format(4, c, Formula::new(residual), &st.lakh)?;
        ws.write_formula_with_format(
            rows::NPV_FLOW,
            c,
            Formula::new(format!("=({}+{})/100000", rs(&cell(3, c)), rs(&cell(4, c)))),
            &st.lakh_bold,
        )?;
        ws.write_formula_with_format(
            6,
            c,
            Formula::new(format!("={}/(1+in_discount/100)", cell(6, c - 1))),
            &st.factor,
        )?;
        ws.write_formula_with_format(
            7,
            c,
            Formula::new(format!("={}*{}", cell(rows::NPV_FLOW, c), cell(6, c))),
            &st.lakh,
        )?;
    }
    let flows = format!(
        "B{r}:{}{r}",
        column(year_col(inp.years)),
        r = rows::NPV_FLOW + 1
    );
    let disc = format!("B8:{}8", column(year_col(inp.years)));
    ws.write_string(rows::NPV_NPV, 0, t("NPV at the discount rate, Rs. lakh"))?;
    ws.write_formula_with_format(
        rows::NPV_NPV,
        1,
        Formula::new(format!("=ROUND(SUM({disc})*100000,0)/100000")),
        &st.lakh_bold,
    )?;
    ws.write_string(rows::NPV_IRR, 0, t("IRR, %"))?;
    ws.write_formula_with_format(
        rows::NPV_IRR,
        1,
        Formula::new(format!("=IFERROR(ROUND(IRR({flows})*100,2),{na})")),
        &st.pct,
    )?;
    // Payback on the flows without the residual value: the year the cumulative flow turns.
    ws.write_string(
        rows::NPV_PAYBACK,
        0,
        t("Simple payback, years (without the residual value)"),
    )?;
    ws.write_string(13, 0, t("Cumulative flow without the residual value"))?;
    ws.write_formula_with_format(
        13,
        1,
        Formula::new(format!("=B{}", rows::NPV_FLOW + 1)),
        &st.lakh,
    )?;
    ws.write_string(14, 0, t("Payback within the year"))?;
    for y in 1..=inp.years {
        let c = year_col(y);
        let flow = format!("({}-{})", cell(rows::NPV_FLOW, c), cell(4, c));
        ws.write_formula_with_format(
            13,
            c,
            Formula::new(format!("={}+{flow}", cell(13, c - 1))),
            &st.lakh,
        )?;
        ws.write_formula_with_format(
            14,
            c,
            Formula::new(format!(
                "=IF(AND({prev}<0,{now}>=0,{flow}>0),{}+(-{prev}/{flow}),\"\")",
                y - 1,
                prev = cell(13, c - 1),
                now = cell(13, c)
            )),
            &st.ratio,
        )?;
    }
    let r15 = format!("C15:{}15", column(year_col(inp.years)));
    ws.write_formula_with_format(
        rows::NPV_PAYBACK,
        1,
        Formula::new(format!("=IF(B14>=0,0,IF(COUNT({r15})>0,ROUND(INDEX({r15},MATCH(TRUE,INDEX(ISNUMBER({r15}),0),0)),2),{na}))")),
        &st.ratio,
    )?;
    ws.write_string(15, 0, t("Acceptance: IRR above, %"))?;
    ws.write_formula_with_format(15, 1, Formula::new("=in_min_irr"), &st.pct)?;
    page(&mut ws, 15, year_col(inp.years), 3)?;
    Ok(ws)
}

fn sensitivity(st: &Styles, inp: &In, v: &Viability) -> Result<Worksheet, XlsxError> {
    let na = formula_text("n/a");
    let mut ws = new_sheet();
    ws.set_name(sheet_name(10))?;
    year_header(
        &mut ws,
        st,
        "Sensitivity: the projection rerun with lower user charges and utilisation",
        inp,
        "",
    )?;
    let sheet = &sheet_name(10);
    for (i, case) in v.sensitivity.iter().enumerate() {
        let top = 3 + i as u32 * rows::CASE_ROWS;
        ws.write_string_with_format(top, 0, t(&case.name), &st.head)?;
        ws.write_string(top + 1, 0, t("Change of user charges, %"))?;
        ws.write_number_with_format(top + 1, 1, f64::from(case.charge_change_pct), &st.input_pct)?;
        ws.write_string(top + 2, 0, t("Change of utilisation, % of the base"))?;
        ws.write_number_with_format(
            top + 2,
            1,
            f64::from(case.utilisation_change_pct),
            &st.input_pct,
        )?;
        let charge = at(sheet, top + 1, 1);
        let util = at(sheet, top + 2, 1);
        // Operating rows at top+3 …, then the P&L rows after them.
        let op_top = top + 3;
        operating_block(&mut ws, st, inp, op_top, Some((&charge, &util)))?;
        // Only the P&L lines the measures need: PBT, PAT (through tax), interest, depreciation.
        let pbt_row = op_top + 8;
        let tax_row = op_top + 9;
        let pat_row = op_top + 10;
        ws.write_string(pbt_row, 0, t("Profit before tax"))?;
        ws.write_string(tax_row, 0, t("Income tax"))?;
        ws.write_string(pat_row, 0, t("Profit after tax"))?;
        for y in 1..=inp.years {
            let c = year_col(y);
            let opr = cell(op_top + rows::OPERATING_PROFIT - 3, c);
            ws.write_formula_with_format(
                pbt_row,
                c,
                Formula::new(format!(
                    "=({}-{}-{})/100000",
                    rs(&opr),
                    rs(&dep(rows::DEP_TOTAL, y)),
                    rs(&ln(rows::LOAN_INTEREST, y))
                )),
                &st.lakh,
            )?;
            let taxable = format!(
                "({}-{}-{})",
                rs(&opr),
                rs(&dep(rows::DEP_TAX, y)),
                rs(&ln(rows::LOAN_INTEREST, y))
            );
            ws.write_formula_with_format(
                tax_row,
                c,
                Formula::new(format!(
                    "=IF({t}>0,INT({t}*ROUND(in_tax*100,0)/10000),0)/100000",
                    t = taxable
                )),
                &st.lakh,
            )?;
            ws.write_formula_with_format(
                pat_row,
                c,
                Formula::new(format!(
                    "=({}-{})/100000",
                    rs(&cell(pbt_row, c)),
                    rs(&cell(tax_row, c))
                )),
                &st.lakh,
            )?;
        }
        let yr = |row: u32| {
            format!(
                "${}${}:${}${}",
                column(year_col(1)),
                row + 1,
                column(year_col(inp.years)),
                row + 1
            )
        };
        let principal = rng(&sheet_name(4), rows::LOAN_PRINCIPAL, inp);
        let interest = rng(&sheet_name(4), rows::LOAN_INTEREST, inp);
        let depr = rng(&sheet_name(3), rows::DEP_TOTAL, inp);
        let pat = yr(pat_row);
        let pbt = yr(pbt_row);
        let labels = [
            (rows::CASE_CUMULATIVE_DSCR, "Cumulative DSCR"),
            (rows::CASE_BREAK_EVEN, "Average break-even, %"),
            (rows::CASE_ROCE, "ROCE, %"),
            (rows::CASE_NPV, "NPV, Rs. lakh"),
            (rows::CASE_IRR, "IRR, %"),
        ];
        for (off, label) in labels {
            ws.write_string(top + off, 0, t(label))?;
        }
        ws.write_formula_with_format(
            top + rows::CASE_CUMULATIVE_DSCR,
            1,
            Formula::new(format!(
                "=IF(SUMIF({principal},\">0\",{principal})>0,ROUND(SUMPRODUCT(({principal}>0)*({pat}+{interest}+{depr}))/SUMPRODUCT(({principal}>0)*({principal}+{interest})),2),{na})"
            )),
            &st.ratio,
        )?;
        // Break-even per year (unrounded) in a helper row, averaged.
        let be_row = top + rows::CASE_IRR + 1;
        ws.write_string_with_format(be_row, 0, t("Break-even of the year, unrounded"), &st.note)?;
        let cf_row = be_row + 1;
        ws.write_string_with_format(
            cf_row,
            0,
            t("Cash flow (year 0: the project cost), Rs. lakh"),
            &st.note,
        )?;
        ws.write_formula_with_format(
            cf_row,
            1,
            Formula::new(format!("=-{}/100000", cost_rs())),
            &st.lakh,
        )?;
        for y in 1..=inp.years {
            let c = year_col(y);
            let rev = rs(&cell(op_top + rows::OPERATING_REVENUE - 3, c));
            let var = rs(&cell(op_top + rows::OPERATING_VARIABLE - 3, c));
            let fixed = rs(&cell(op_top + rows::OPERATING_FIXED - 3, c));
            let charges = format!(
                "({fixed}+{}+{})",
                rs(&dep(rows::DEP_TOTAL, y)),
                rs(&ln(rows::LOAN_INTEREST, y))
            );
            ws.write_formula_with_format(
                be_row,
                c,
                Formula::new(format!(
                    "=IF({rev}-{var}>0,{charges}/({rev}-{var})*{},\"\")",
                    cell(op_top + rows::OPERATING_UTIL - 3, c)
                )),
                &st.factor,
            )?;
            let residual = if y == inp.years {
                format!(
                    "+{}+{}",
                    rs(&dep(rows::DEP_NET_BLOCK, y)),
                    rs("in_wc_margin")
                )
            } else {
                String::new()
            };
            ws.write_formula_with_format(
                cf_row,
                c,
                Formula::new(format!(
                    "=({}+{}+{}{residual})/100000",
                    rs(&cell(pat_row, c)),
                    rs(&dep(rows::DEP_TOTAL, y)),
                    rs(&ln(rows::LOAN_INTEREST, y))
                )),
                &st.lakh,
            )?;
        }
        let be = yr(be_row);
        ws.write_formula_with_format(
            top + rows::CASE_BREAK_EVEN,
            1,
            Formula::new(format!(
                "=IF(COUNT({be})={},ROUND(AVERAGE({be}),2),{na})",
                inp.years
            )),
            &st.pct,
        )?;
        ws.write_formula_with_format(
            top + rows::CASE_ROCE,
            1,
            Formula::new(format!(
                "=IF({c}>0,ROUND((SUM({pbt})+SUM({interest}))*100000/{n}/{c}*100,2),{na})",
                c = cost_rs(),
                n = inp.years
            )),
            &st.pct,
        )?;
        let flows = format!(
            "$B${r}:${}${r}",
            column(year_col(inp.years)),
            r = cf_row + 1
        );
        // NPV by the same discount factors as the NPV sheet.
        let factors = format!(
            "{}!$B$7:${}$7",
            quoted(&sheet_name(9)),
            column(year_col(inp.years))
        );
        ws.write_formula_with_format(
            top + rows::CASE_NPV,
            1,
            Formula::new(format!(
                "=ROUND(SUMPRODUCT({flows},{factors})*100000,0)/100000"
            )),
            &st.lakh,
        )?;
        ws.write_formula_with_format(
            top + rows::CASE_IRR,
            1,
            Formula::new(format!("=IFERROR(ROUND(IRR({flows})*100,2),{na})")),
            &st.pct,
        )?;
    }
    let last = 3 + v.sensitivity.len() as u32 * rows::CASE_ROWS;
    page(&mut ws, last, year_col(inp.years), 3)?;
    Ok(ws)
}

fn cf(row: u32, y: u32) -> String {
    at(&sheet_name(11), row, year_col(y))
}

/// The cash flow statement as `finance::statements` keeps it: sources (profit after tax
/// and depreciation) against uses (principal and the increase in working capital, which
/// is the months of operating costs held, rounded down, less what was held before).
fn cash_flow(st: &Styles, inp: &In) -> Result<Worksheet, XlsxError> {
    let mut ws = new_sheet();
    ws.set_name(sheet_name(11))?;
    year_header(&mut ws, st, "Cash flow statement", inp, "Year 0")?;
    for (row, label) in [
        (rows::CF_COSTS, "Operating costs (variable + fixed)"),
        (
            rows::CF_REQUIRED,
            "Working capital required (months of operating costs)",
        ),
        (
            rows::CF_CURRENT,
            "Working capital held (year 0: the margin money)",
        ),
        (rows::CF_INCREASE, "Increase in working capital"),
        (rows::CF_SOURCES, "Sources: profit after tax + depreciation"),
        (rows::CF_PRINCIPAL, "Loan repaid"),
        (
            rows::CF_USES,
            "Uses: loan repaid + increase in working capital",
        ),
        (rows::CF_SURPLUS, "Surplus (sources − uses)"),
        (rows::CF_OPENING, "Opening cash"),
        (
            rows::CF_CLOSING,
            "Closing cash (year 0: what the means of finance brings beyond the cost)",
        ),
    ] {
        ws.write_string(row, 0, t(label))?;
    }
    ws.write_formula_with_format(rows::CF_CURRENT, 1, Formula::new("=in_wc_margin"), &st.lakh)?;
    ws.write_formula_with_format(
        rows::CF_CLOSING,
        1,
        Formula::new(format!(
            "=({}+{}+{}-{})/100000",
            rs("in_grants"),
            rs("in_equity"),
            rs("in_loan"),
            cost_rs()
        )),
        &st.lakh_bold,
    )?;
    for y in 1..=inp.years {
        let c = year_col(y);
        let h = |row| cell(row, c);
        let p = |row| cell(row, c - 1);
        let lakh = |ws: &mut Worksheet, row: u32, f: String, bold: bool| {
            ws.write_formula_with_format(
                row,
                c,
                Formula::new(f),
                if bold { &st.lakh_bold } else { &st.lakh },
            )
            .map(|_| ())
        };
        lakh(
            &mut ws,
            rows::CF_COSTS,
            format!(
                "=({}+{})/100000",
                rs(&pl(rows::PL_VARIABLE, y)),
                rs(&pl(rows::PL_FIXED, y))
            ),
            false,
        )?;
        lakh(
            &mut ws,
            rows::CF_REQUIRED,
            format!(
                "=MAX(0,INT({}*in_wc_months/12))/100000",
                rs(&h(rows::CF_COSTS))
            ),
            false,
        )?;
        lakh(
            &mut ws,
            rows::CF_CURRENT,
            format!("={}", h(rows::CF_REQUIRED)),
            false,
        )?;
        lakh(
            &mut ws,
            rows::CF_INCREASE,
            format!(
                "=({}-{})/100000",
                rs(&h(rows::CF_REQUIRED)),
                rs(&p(rows::CF_CURRENT))
            ),
            false,
        )?;
        lakh(
            &mut ws,
            rows::CF_SOURCES,
            format!(
                "=({}+{})/100000",
                rs(&pl(rows::PL_PAT, y)),
                rs(&pl(rows::PL_DEPRECIATION, y))
            ),
            false,
        )?;
        lakh(
            &mut ws,
            rows::CF_PRINCIPAL,
            format!("={}", ln(rows::LOAN_PRINCIPAL, y)),
            false,
        )?;
        lakh(
            &mut ws,
            rows::CF_USES,
            format!(
                "=({}+{})/100000",
                rs(&h(rows::CF_PRINCIPAL)),
                rs(&h(rows::CF_INCREASE))
            ),
            false,
        )?;
        lakh(
            &mut ws,
            rows::CF_SURPLUS,
            format!(
                "=({}-{})/100000",
                rs(&h(rows::CF_SOURCES)),
                rs(&h(rows::CF_USES))
            ),
            true,
        )?;
        lakh(
            &mut ws,
            rows::CF_OPENING,
            format!("={}", p(rows::CF_CLOSING)),
            false,
        )?;
        lakh(
            &mut ws,
            rows::CF_CLOSING,
            format!(
                "=({}+{})/100000",
                rs(&h(rows::CF_OPENING)),
                rs(&h(rows::CF_SURPLUS))
            ),
            true,
        )?;
    }
    page(&mut ws, rows::CF_CLOSING, year_col(inp.years), 3)?;
    Ok(ws)
}

/// The balance sheet at each year end (year 0: at commissioning): grants as the capital
/// reserve, the SPV's equity, the profits kept, the loan outstanding against the net
/// block, the working capital and the cash.
fn balance_sheet(st: &Styles, inp: &In) -> Result<Worksheet, XlsxError> {
    let mut ws = new_sheet();
    ws.set_name(sheet_name(12))?;
    year_header(&mut ws, st, "Projected balance sheet", inp, "Year 0")?;
    ws.write_string_with_format(3, 0, t("Liabilities"), &st.head)?;
    ws.write_string_with_format(9, 0, t("Assets"), &st.head)?;
    for (row, label) in [
        (rows::BS_RESERVE, "Capital reserve (GoI and State grants)"),
        (rows::BS_EQUITY, "SPV's equity"),
        (rows::BS_RESERVES, "Reserves and surplus (profits kept)"),
        (rows::BS_LOAN, "Term loan outstanding"),
        (rows::BS_LIABILITIES, "Total liabilities"),
        (rows::BS_BLOCK, "Net block (land included)"),
        (rows::BS_CURRENT, "Current assets (working capital)"),
        (rows::BS_CASH, "Cash and bank"),
        (rows::BS_ASSETS, "Total assets"),
        (rows::BS_DIFFERENCE, "Difference (should be 0)"),
    ] {
        ws.write_string(row, 0, t(label))?;
    }
    for y in 0..=inp.years {
        let c = year_col(y);
        let h = |row| cell(row, c);
        let lakh = |ws: &mut Worksheet, row: u32, f: String, bold: bool| {
            ws.write_formula_with_format(
                row,
                c,
                Formula::new(f),
                if bold { &st.lakh_bold } else { &st.lakh },
            )
            .map(|_| ())
        };
        lakh(&mut ws, rows::BS_RESERVE, "=in_grants".into(), false)?;
        lakh(&mut ws, rows::BS_EQUITY, "=in_equity".into(), false)?;
        let reserves = if y == 0 {
            "=0".to_string()
        } else {
            format!(
                "=({}+{})/100000",
                rs(&cell(rows::BS_RESERVES, c - 1)),
                rs(&pl(rows::PL_PAT, y))
            )
        };
        lakh(&mut ws, rows::BS_RESERVES, reserves, false)?;
        let loan = if y == 0 {
            "=in_loan".to_string()
        } else {
            format!("={}", ln(rows::LOAN_CLOSING, y))
        };
        lakh(&mut ws, rows::BS_LOAN, loan, false)?;
        lakh(
            &mut ws,
            rows::BS_LIABILITIES,
            format!(
                "=({}+{}+{}+{})/100000",
                rs(&h(rows::BS_RESERVE)),
                rs(&h(rows::BS_EQUITY)),
                rs(&h(rows::BS_RESERVES)),
                rs(&h(rows::BS_LOAN))
            ),
            true,
        )?;
        lakh(
            &mut ws,
            rows::BS_BLOCK,
            format!("={}", dep(rows::DEP_NET_BLOCK, y)),
            false,
        )?;
        lakh(
            &mut ws,
            rows::BS_CURRENT,
            format!("={}", cf(rows::CF_CURRENT, y)),
            false,
        )?;
        lakh(
            &mut ws,
            rows::BS_CASH,
            format!("={}", cf(rows::CF_CLOSING, y)),
            false,
        )?;
        lakh(
            &mut ws,
            rows::BS_ASSETS,
            format!(
                "=({}+{}+{})/100000",
                rs(&h(rows::BS_BLOCK)),
                rs(&h(rows::BS_CURRENT)),
                rs(&h(rows::BS_CASH))
            ),
            true,
        )?;
        lakh(
            &mut ws,
            rows::BS_DIFFERENCE,
            format!(
                "=({}-{})/100000",
                rs(&h(rows::BS_LIABILITIES)),
                rs(&h(rows::BS_ASSETS))
            ),
            false,
        )?;
    }
    page(&mut ws, rows::BS_DIFFERENCE, year_col(inp.years), 3)?;
    Ok(ws)
}
