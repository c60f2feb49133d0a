//! The financial workbook recalculated by LibreOffice agrees with cdstudy's projection to
//! the rupee, for both example studies, and follows a changed input: with the interest
//! rate raised in its cell, the recalculated DSCR is the engine's for that rate.
//!
//! Needs `soffice`; says it skipped and passes when it is absent. LibreOffice runs with a
//! fresh profile of its own, so with its default settings ("never recalculate" an .xlsx on
//! opening): the figures it writes back are what an appraiser sees on opening the file,
//! which is why the workbook stores no formula results for it to trust.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use cdstudy::render::workbook::{self, rows, year_col, SHEETS};
use cdstudy::render::{DocKind, ReportContext};
use cdstudy::scheme::Catalog;

fn soffice() -> Option<&'static str> {
    ["soffice", "libreoffice"].into_iter().find(|p| {
        Command::new(p)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

fn load(name: &str) -> cdstudy::model::Study {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("studies/{name}.yaml"));
    cdstudy::store::load(&path)
        .expect("the example loads")
        .study
}

fn viability(
    study: &cdstudy::model::Study,
) -> (cdstudy::finance::Viability, cdstudy::finance::Statements) {
    let catalog = Catalog::builtin().expect("the built-in schemes load");
    let scheme = study.meta.scheme.clone();
    let ctx = ReportContext::build(study, &scheme, DocKind::Dpr, catalog.get(&scheme));
    (
        ctx.viability.expect("the example has a viability"),
        ctx.statements.expect("the example has statements"),
    )
}

/// Recalculates `xlsx` with LibreOffice and returns each sheet's numeric cells by name.
fn recalculate(office: &str, xlsx: &[u8], dir: &Path) -> Vec<HashMap<String, f64>> {
    recalculated_sheets(office, xlsx, dir)
        .iter()
        .map(|xml| numbers(xml))
        .collect()
}

/// Recalculates `xlsx` with LibreOffice and returns each sheet's XML as it wrote it.
fn recalculated_sheets(office: &str, xlsx: &[u8], dir: &Path) -> Vec<String> {
    let profile = dir.join("profile");
    std::fs::create_dir_all(&profile).unwrap();
    let input = dir.join("in.xlsx");
    std::fs::write(&input, xlsx).unwrap();
    let out = dir.join("out");
    let status = Command::new(office)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", "xlsx", "--outdir"])
        .arg(&out)
        .arg(&input)
        .output()
        .expect("soffice runs");
    assert!(status.status.success(), "{status:?}");
    let bytes = std::fs::read(out.join("in.xlsx")).expect("LibreOffice wrote the workbook");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (1..=SHEETS.len())
        .map(|i| {
            let mut xml = String::new();
            zip.by_name(&format!("xl/worksheets/sheet{i}.xml"))
                .unwrap()
                .read_to_string(&mut xml)
                .unwrap();
            xml
        })
        .collect()
}

/// The numeric cached values of a sheet's XML: `<c r="C5" ...><f>…</f><v>1.5</v></c>`.
fn numbers(xml: &str) -> HashMap<String, f64> {
    let mut out = HashMap::new();
    let mut rest = xml;
    while let Some(at) = rest.find("<c r=\"") {
        rest = &rest[at + 6..];
        let Some(q) = rest.find('"') else { break };
        let name = rest[..q].to_string();
        let Some(end) = rest.find("</c>").or_else(|| rest.find("/>")) else {
            break;
        };
        let body = &rest[..end];
        let head = &body[..body.find('>').unwrap_or(0)];
        let text = !["t=\"s\"", "t=\"str\"", "t=\"inlineStr\"", "t=\"e\""]
            .iter()
            .any(|t| head.contains(t));
        if let (true, Some(v)) = (text, body.find("<v>")) {
            let v = &body[v + 3..];
            if let Some(e) = v.find("</v>") {
                if let Ok(n) = v[..e].parse::<f64>() {
                    out.insert(name, n);
                }
            }
        }
    }
    out
}

struct Book(Vec<HashMap<String, f64>>);

impl Book {
    fn get(&self, sheet: usize, row: u32, col: u16) -> Option<f64> {
        self.0[sheet].get(&workbook::cell(row, col)).copied()
    }
    /// A lakh cell as whole rupees.
    fn rupees(&self, sheet: usize, row: u32, col: u16) -> i64 {
        let v = self.get(sheet, row, col).unwrap_or_else(|| {
            panic!(
                "{} {} has no number",
                SHEETS[sheet],
                workbook::cell(row, col)
            )
        });
        (v * 100_000.0).round() as i64
    }
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() < 0.0051,
        (None, None) => true,
        _ => false,
    }
}

/// Every figure of the engine's base case and sensitivity against the recalculated book.
fn agrees(
    (v, s): &(cdstudy::finance::Viability, cdstudy::finance::Statements),
    book: &Book,
) -> Vec<String> {
    let mut bad = Vec::new();
    let (op, dep, loan, pl, dscr, be, roce, npv, sens) = (2, 3, 4, 5, 6, 7, 8, 9, 10);
    let mut money = |what: &str, sheet: usize, row: u32, col: u16, engine: i64| {
        let got = book.rupees(sheet, row, col);
        if got != engine {
            bad.push(format!("{what}: workbook {got}, cdstudy {engine}"));
        }
    };
    for r in &v.projection {
        let c = year_col(r.year);
        let y = r.year;
        money(
            &format!("revenue y{y}"),
            op,
            rows::OPERATING_REVENUE,
            c,
            r.revenue_rs.get(),
        );
        money(
            &format!("variable y{y}"),
            op,
            rows::OPERATING_VARIABLE,
            c,
            r.variable_costs_rs.get(),
        );
        money(
            &format!("fixed y{y}"),
            op,
            rows::OPERATING_FIXED,
            c,
            r.fixed_costs_rs.get(),
        );
        money(
            &format!("operating y{y}"),
            pl,
            rows::PL_OPERATING,
            c,
            r.operating_profit_rs.get(),
        );
        money(
            &format!("depreciation y{y}"),
            pl,
            rows::PL_DEPRECIATION,
            c,
            r.depreciation_rs.get(),
        );
        money(
            &format!("tax depreciation y{y}"),
            pl,
            rows::PL_TAX_DEPRECIATION,
            c,
            r.tax_depreciation_rs.get(),
        );
        money(
            &format!("interest y{y}"),
            pl,
            rows::PL_INTEREST,
            c,
            r.interest_rs.get(),
        );
        money(
            &format!("pbt y{y}"),
            pl,
            rows::PL_PBT,
            c,
            r.profit_before_tax_rs.get(),
        );
        money(&format!("tax y{y}"), pl, rows::PL_TAX, c, r.tax_rs.get());
        money(
            &format!("pat y{y}"),
            pl,
            rows::PL_PAT,
            c,
            r.profit_after_tax_rs.get(),
        );
        money(
            &format!("cash accruals y{y}"),
            pl,
            rows::PL_CASH_ACCRUALS,
            c,
            r.cash_accruals_rs.get(),
        );
        money(
            &format!("principal y{y}"),
            loan,
            rows::LOAN_PRINCIPAL,
            c,
            r.principal_rs.get(),
        );
        money(
            &format!("loan outstanding y{y}"),
            loan,
            rows::LOAN_CLOSING,
            c,
            r.loan_outstanding_rs.get(),
        );
        money(
            &format!("net block y{y}"),
            dep,
            rows::DEP_NET_BLOCK,
            c,
            r.net_block_rs.get(),
        );
    }
    let (cfs, bs) = (11, 12);
    for c in &s.cash_flow {
        let col = year_col(c.year);
        let y = c.year;
        money(
            &format!("cash: increase in working capital y{y}"),
            cfs,
            rows::CF_INCREASE,
            col,
            c.working_capital_increase_rs.get(),
        );
        money(
            &format!("cash: sources y{y}"),
            cfs,
            rows::CF_SOURCES,
            col,
            c.sources_rs.get(),
        );
        money(
            &format!("cash: uses y{y}"),
            cfs,
            rows::CF_USES,
            col,
            c.uses_rs.get(),
        );
        money(
            &format!("cash: surplus y{y}"),
            cfs,
            rows::CF_SURPLUS,
            col,
            c.surplus_rs.get(),
        );
        money(
            &format!("cash: closing y{y}"),
            cfs,
            rows::CF_CLOSING,
            col,
            c.closing_cash_rs.get(),
        );
    }
    for b in &s.balance_sheet {
        let col = year_col(b.year);
        let y = b.year;
        money(
            &format!("balance: capital reserve y{y}"),
            bs,
            rows::BS_RESERVE,
            col,
            b.capital_reserve_rs.get(),
        );
        money(
            &format!("balance: equity y{y}"),
            bs,
            rows::BS_EQUITY,
            col,
            b.equity_rs.get(),
        );
        money(
            &format!("balance: reserves y{y}"),
            bs,
            rows::BS_RESERVES,
            col,
            b.reserves_rs.get(),
        );
        money(
            &format!("balance: loan y{y}"),
            bs,
            rows::BS_LOAN,
            col,
            b.loan_rs.get(),
        );
        money(
            &format!("balance: liabilities y{y}"),
            bs,
            rows::BS_LIABILITIES,
            col,
            b.liabilities_rs.get(),
        );
        money(
            &format!("balance: net block y{y}"),
            bs,
            rows::BS_BLOCK,
            col,
            b.net_block_rs.get(),
        );
        money(
            &format!("balance: current assets y{y}"),
            bs,
            rows::BS_CURRENT,
            col,
            b.current_assets_rs.get(),
        );
        money(
            &format!("balance: cash y{y}"),
            bs,
            rows::BS_CASH,
            col,
            b.cash_rs.get(),
        );
        money(
            &format!("balance: assets y{y}"),
            bs,
            rows::BS_ASSETS,
            col,
            b.assets_rs.get(),
        );
    }
    for f in &v.cash_flows {
        money(
            &format!("cash flow y{}", f.year),
            npv,
            rows::NPV_FLOW,
            year_col(f.year),
            f.amount_rs.get(),
        );
    }
    let mut ratio = |what: &str, got: Option<f64>, engine: Option<f64>| {
        if !close(got, engine) {
            bad.push(format!("{what}: workbook {got:?}, cdstudy {engine:?}"));
        }
    };
    for r in &v.projection {
        let c = year_col(r.year);
        ratio(
            &format!("dscr y{}", r.year),
            book.get(dscr, rows::DSCR_YEAR, c),
            r.dscr,
        );
        ratio(
            &format!("break-even y{}", r.year),
            book.get(be, rows::BE_YEAR, c),
            r.break_even_pct,
        );
    }
    let f = &v.figures;
    ratio(
        "cumulative dscr",
        book.get(dscr, rows::DSCR_CUMULATIVE, 1),
        f.cumulative_dscr,
    );
    ratio("min dscr", book.get(dscr, rows::DSCR_MIN, 1), f.min_dscr);
    ratio(
        "break-even",
        book.get(be, rows::BE_AVERAGE, 1),
        f.break_even_pct,
    );
    ratio("roce", book.get(roce, rows::ROCE_PCT, 1), f.roce_pct);
    ratio("irr", book.get(npv, rows::NPV_IRR, 1), f.irr.rate_pct);
    ratio(
        "payback",
        book.get(npv, rows::NPV_PAYBACK, 1),
        f.payback_years,
    );
    let npv_rs = |row: u32, sheet: usize| book.get(sheet, row, 1).map(|l| (l * 100_000.0).round());
    ratio(
        "npv",
        npv_rs(rows::NPV_NPV, npv),
        f.npv_rs.map(|r| r.get() as f64),
    );
    for (i, case) in v.sensitivity.iter().enumerate() {
        let top = rows::CASE_FIRST + i as u32 * rows::CASE_ROWS;
        let g = &case.figures;
        let n = &case.name;
        ratio(
            &format!("{n}: dscr"),
            book.get(sens, top + rows::CASE_CUMULATIVE_DSCR, 1),
            g.cumulative_dscr,
        );
        ratio(
            &format!("{n}: break-even"),
            book.get(sens, top + rows::CASE_BREAK_EVEN, 1),
            g.break_even_pct,
        );
        ratio(
            &format!("{n}: roce"),
            book.get(sens, top + rows::CASE_ROCE, 1),
            g.roce_pct,
        );
        ratio(
            &format!("{n}: irr"),
            book.get(sens, top + rows::CASE_IRR, 1),
            g.irr.rate_pct,
        );
        ratio(
            &format!("{n}: npv"),
            npv_rs(top + rows::CASE_NPV, sens),
            g.npv_rs.map(|r| r.get() as f64),
        );
    }
    bad
}

/// `xlsx` with the Assumptions cell named `name` set to `value`.
fn with_input(xlsx: &[u8], name: &str, value: f64) -> Vec<u8> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(xlsx.to_vec())).unwrap();
    let mut book = String::new();
    zip.by_name("xl/workbook.xml")
        .unwrap()
        .read_to_string(&mut book)
        .unwrap();
    let def = format!("<definedName name=\"{name}\">");
    let at = book.find(&def).expect("the input has a name") + def.len();
    let reference = &book[at..at + book[at..].find('<').unwrap()];
    let cell: String = reference.rsplit('!').next().unwrap().replace('$', "");
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let fname = f.name().to_string();
        let mut data = Vec::new();
        f.read_to_end(&mut data).unwrap();
        if fname == "xl/worksheets/sheet1.xml" {
            let xml = String::from_utf8(data).unwrap();
            let start = xml
                .find(&format!("<c r=\"{cell}\""))
                .expect("the input cell is there");
            let v = start + xml[start..].find("<v>").unwrap() + 3;
            let e = v + xml[v..].find("</v>").unwrap();
            data = format!("{}{value}{}", &xml[..v], &xml[e..]).into_bytes();
        }
        out.start_file(fname, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&data).unwrap();
    }
    out.finish().unwrap().into_inner()
}

fn tempdir() -> PathBuf {
    tempfile::tempdir().unwrap().keep()
}

#[test]
fn the_recalculated_workbook_is_the_projection_to_the_rupee() {
    let Some(office) = soffice() else {
        println!("skipped: soffice (LibreOffice) is not installed");
        return;
    };
    for name in ["ujjain-plastic", "bokaro-bamboo"] {
        let study = load(name);
        let v = viability(&study);
        let assets = cdstudy::assets::Assets::embedded();
        let xlsx = cdstudy::render::render_workbook(
            &study,
            None,
            &assets,
            &cdstudy::render::Words::default(),
        )
        .expect("the workbook");
        let book = Book(recalculate(office, &xlsx, &tempdir()));
        let bad = agrees(&v, &book);
        assert!(bad.is_empty(), "{name}: {}", bad.join("\n"));

        // The appraiser raises the interest rate: the workbook follows the engine there too.
        // A centre without a term loan has no DSCR; its user charge is raised instead.
        let mut changed = study.clone();
        let cfc = changed.cfc.as_mut().unwrap();
        let (input, value) = match cfc.loan.as_mut().filter(|l| l.amount_rs.is_some()) {
            Some(loan) => {
                loan.interest_pct = Some(cdstudy::model::Percent::whole(14));
                ("in_interest", 14.0)
            }
            None => {
                let charge = cfc.operations.charge_member_rs.unwrap();
                let up = cdstudy::model::Rate::from_paise(charge.paise() * 11 / 10);
                cfc.operations.charge_member_rs = Some(up);
                ("in_charge_member", up.paise() as f64 / 100.0)
            }
        };
        let v2 = viability(&changed);
        let book2 = Book(recalculate(
            office,
            &with_input(&xlsx, input, value),
            &tempdir(),
        ));
        let bad = agrees(&v2, &book2);
        assert!(
            bad.is_empty(),
            "{name} with {input} = {value}: {}",
            bad.join("\n")
        );
        let figure = |b: &Book| {
            if input == "in_interest" {
                b.get(6, rows::DSCR_CUMULATIVE, 1)
            } else {
                b.get(9, rows::NPV_IRR, 1)
            }
        };
        assert_ne!(
            figure(&book),
            figure(&book2),
            "{name}: the workbook follows {input}"
        );
    }
}

/// The sheets' names and the strings of `xlsx` (its shared strings, as written).
fn names_and_strings(xlsx: &[u8]) -> (Vec<String>, String) {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(xlsx.to_vec())).unwrap();
    let mut read = |name: &str| {
        let mut s = String::new();
        zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
        s
    };
    let book = read("xl/workbook.xml");
    let names = book
        .split("<sheet name=\"")
        .skip(1)
        .map(|s| s[..s.find('"').unwrap()].to_string())
        .collect();
    (names, read("xl/sharedStrings.xml"))
}

/// The numbers of a sheet's XML, cell by cell, as written (`<c r="C5" s="3"><f>…</f><v>1.5</v></c>`;
/// a cell with a type other than `n` holds text, an error or a truth value; `<c r="A1"
/// s="2"/>` is empty).
fn figures(xml: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for cell in xml.split("<c ").skip(1) {
        let Some(open) = cell.find('>') else { continue };
        let head = &cell[..open];
        let typed = head.contains(" t=\"") && !head.contains(" t=\"n\"");
        if head.ends_with('/') || typed {
            continue;
        }
        let name = head.split("r=\"").nth(1).and_then(|r| r.split('"').next());
        let body = &cell[open..cell.find("</c>").unwrap_or(cell.len())];
        let value = body
            .split("<v>")
            .nth(1)
            .and_then(|v| v.split("</v>").next());
        if let (Some(name), Some(value)) = (name, value) {
            out.insert(name.to_string(), value.to_string());
        }
    }
    out
}

fn devanagari(s: &str) -> bool {
    s.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c))
}

/// The Hindi and the bilingual workbooks: Hindi sheet names (in both languages "हिन्दी -
/// English" within Excel's 31 characters), Hindi labels with no word missing, English
/// left out of the Hindi one, and, recalculated, every figure of every sheet the English
/// workbook's: the formulas name the sheets by the names they have.
#[test]
fn the_hindi_workbook_speaks_hindi_and_computes_what_the_english_one_does() {
    use cdstudy::i18n::DocLang;
    let study = load("ujjain-plastic");
    let assets = cdstudy::assets::Assets::embedded();
    let render = |lang: DocLang| {
        let words = cdstudy::render::words_of(&assets, lang).expect("the catalogues load");
        let xlsx =
            cdstudy::render::render_workbook(&study, None, &assets, &words).expect("the workbook");
        assert_eq!(
            words.messages.misses(),
            Vec::<String>::new(),
            "{lang:?}: fixed texts the Hindi catalogue lacks"
        );
        xlsx
    };
    let en = render(DocLang::En);
    let hi = render(DocLang::Hi);
    let both = render(DocLang::EnHi);

    let (en_names, _) = names_and_strings(&en);
    assert_eq!(en_names, SHEETS.to_vec());
    let (hi_names, hi_strings) = names_and_strings(&hi);
    let (both_names, both_strings) = names_and_strings(&both);
    for ((h, b), e) in hi_names.iter().zip(&both_names).zip(SHEETS) {
        assert!(devanagari(h) && !h.contains(e), "Hindi sheet {h} for {e}");
        assert_eq!(b, &format!("{h} - {e}"), "bilingual sheet for {e}");
        assert!(b.encode_utf16().count() <= 31, "{b} is too long for Excel");
    }
    for label in ["मूल्यह्रास", "कर पश्चात लाभ", "संचयी डीएससीआर"]
    {
        assert!(hi_strings.contains(label), "the Hindi workbook has {label}");
    }
    for english in ["Profit after tax", "Depreciation in the books", "Year 1<"] {
        assert!(
            !hi_strings.contains(english),
            "the Hindi workbook has {english}"
        );
    }
    assert!(both_strings.contains("कर पश्चात लाभ / Profit after tax"));
    assert!(both_strings.contains("वर्ष 1 / Year 1"));

    let Some(office) = soffice() else {
        println!("skipped the recalculation: soffice (LibreOffice) is not installed");
        return;
    };
    let figures_of = |xlsx: &[u8]| -> Vec<HashMap<String, String>> {
        recalculated_sheets(office, xlsx, &tempdir())
            .iter()
            .map(|xml| figures(xml))
            .collect()
    };
    let english = figures_of(&en);
    for (lang, xlsx) in [("hi", &hi), ("en+hi", &both)] {
        let book = figures_of(xlsx);
        for (i, (e, h)) in english.iter().zip(&book).enumerate() {
            let mut cells: Vec<_> = e.keys().chain(h.keys()).collect();
            cells.sort();
            cells.dedup();
            let differ: Vec<String> = cells
                .into_iter()
                .filter(|c| e.get(*c) != h.get(*c))
                .map(|c| format!("{c}: {:?} in English, {:?}", e.get(c), h.get(c)))
                .collect();
            assert!(
                differ.is_empty(),
                "{lang}: sheet {}: {}",
                SHEETS[i],
                differ.join("; ")
            );
        }
        let computed = book.iter().map(HashMap::len).sum::<usize>();
        assert!(
            computed > 1000 && book[6].contains_key(&workbook::cell(rows::DSCR_CUMULATIVE, 1)),
            "{lang}: the figures are computed ({computed})"
        );
    }
}
