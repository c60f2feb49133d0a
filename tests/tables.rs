//! Every table of every document adds up as printed, for any amounts: the example studies
//! with their amounts replaced at random (cost heads, machines, actions and their cost
//! lines, shares, the loan, members' equity) are rendered in every scheme's documents, and
//! every table with a total is re-added from its printed figures, across and down.
//!
//! The re-adding is that of ../shared/tools/check-tables.py (the script an appraiser's
//! check was written as), ported so that the property test needs no Python.

use std::path::PathBuf;

use cdstudy::assets::Assets;
use cdstudy::i18n::DocLang;
use cdstudy::model::{Cost, CostLine, Rupees, Study};
use cdstudy::render::{self, DocKind, RenderError};
use proptest::prelude::*;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn load(name: &str) -> Study {
    cdstudy::store::load(&root().join("studies").join(format!("{name}.yaml")))
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .study
}

const SCHEMES: [&str; 4] = ["mse-cdp", "mse-cdp-2019", "sfurti", "generic"];

/// A printed figure: "1,234.56", "**12.30**", "Rs. 4,500"; `None` for words or a dash.
fn num(cell: &str) -> Option<f64> {
    let s = cell.trim().trim_matches('*').replace('\\', "");
    let s = s.trim();
    let s = s
        .strip_prefix("Rs.")
        .or_else(|| s.strip_prefix("Rs"))
        .or_else(|| s.strip_prefix('₹'))
        .unwrap_or(s);
    let s = s.replace(',', "");
    let s = s.trim();
    if s.is_empty() || s == "-" || s == "–" || s == "—" {
        return None;
    }
    s.parse().ok()
}

struct Table {
    caption: Option<String>,
    head: Vec<String>,
    rows: Vec<Vec<String>>,
}

fn cells(line: &str) -> Vec<String> {
    let t = line.trim();
    let t = t.strip_prefix('|').unwrap_or(t);
    let t = t.strip_suffix('|').unwrap_or(t);
    // A `\|` in study text is not a cell border.
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut esc = false;
    for ch in t.chars() {
        if ch == '|' && !esc {
            out.push(cur.trim().to_string());
            cur.clear();
        } else {
            cur.push(ch);
        }
        esc = ch == '\\' && !esc;
    }
    out.push(cur.trim().to_string());
    out
}

fn is_rule(line: &str) -> bool {
    let t = line.trim();
    t.starts_with('|') && t.len() > 2 && t.chars().all(|c| "|-: ".contains(c))
}

fn tables(md: &str) -> Vec<Table> {
    let lines: Vec<&str> = md.lines().collect();
    let mut out = Vec::new();
    let mut caption = None;
    let mut i = 0;
    while i < lines.len() {
        let l = lines[i];
        if l.starts_with("**Table") || l.starts_with("**Figure") {
            caption = Some(l.trim_matches('*').to_string());
        }
        if l.starts_with('|') && i + 1 < lines.len() && is_rule(lines[i + 1]) {
            let head = cells(l);
            let mut rows = Vec::new();
            i += 2;
            while i < lines.len() && lines[i].starts_with('|') {
                rows.push(cells(lines[i]));
                i += 1;
            }
            out.push(Table {
                caption: caption.take(),
                head,
                rows,
            });
            continue;
        }
        i += 1;
    }
    out
}

/// A total row's label, in English, Hindi (कुल) or both ("कुल / Total").
fn is_total(cell: &str) -> bool {
    let c = cell.replace('*', "").trim().to_lowercase();
    c.starts_with("total") || c == "grand total" || c.starts_with("कुल")
}

/// Each table's mismatches as check-tables.py finds them, and how many sums were checked.
fn check(md: &str) -> (usize, Vec<String>) {
    let mut bad = Vec::new();
    let mut checked = 0;
    let add = |v: &[f64]| (v.iter().sum::<f64>() * 100.0).round() / 100.0;
    for t in tables(md) {
        let name = t.caption.clone().unwrap_or_else(|| t.head.join(" | "));
        let low: Vec<String> = t.head.iter().map(|h| h.to_lowercase()).collect();
        let skip: Vec<bool> = low
            .iter()
            .map(|h| {
                // The same columns in a Hindi document: दर rate, अंश share, इकाई unit,
                // क्र. serial number, मात्रा quantity, वर्ष year.
                [
                    "%",
                    "rate",
                    "share",
                    "unit",
                    "no.",
                    "quantity",
                    "year",
                    "दर",
                    "अंश",
                    "इकाई",
                    "क्र.",
                    "मात्रा",
                    "वर्ष",
                ]
                .iter()
                .any(|w| h.contains(w))
            })
            .collect();
        let get = |r: &Vec<String>, j: usize| r.get(j).cloned().unwrap_or_default();
        let total_at = t.rows.iter().position(|r| {
            r.first().is_some_and(|c| is_total(c)) || r.get(1).is_some_and(|c| is_total(c))
        });
        if let Some(ti) = total_at {
            let body: Vec<&Vec<String>> = t.rows[..ti]
                .iter()
                .filter(|r| !r.first().is_some_and(|c| c.contains('%')))
                .collect();
            for (j, skipped) in skip.iter().enumerate().skip(1) {
                if *skipped {
                    continue;
                }
                let vals: Vec<Option<f64>> = body.iter().map(|r| num(&get(r, j))).collect();
                let Some(tv) = num(&get(&t.rows[ti], j)) else {
                    continue;
                };
                if vals.is_empty()
                    || vals.iter().any(Option::is_none)
                    || body.iter().any(|r| get(r, j).contains('%'))
                {
                    continue;
                }
                checked += 1;
                let s = add(&vals.into_iter().flatten().collect::<Vec<_>>());
                if (s - tv).abs() > 0.005 {
                    bad.push(format!(
                        "{name}: column '{}' adds to {s:.2}, printed total {tv:.2}",
                        t.head[j]
                    ));
                }
            }
        }
        if let Some(tj) = low.iter().position(|h| h == "total") {
            for r in &t.rows {
                if r.len() <= tj {
                    continue;
                }
                let parts: Vec<String> = (1..tj).filter(|&j| !skip[j]).map(|j| get(r, j)).collect();
                let vals: Vec<Option<f64>> = parts.iter().map(|c| num(c)).collect();
                let Some(tv) = num(&r[tj]) else { continue };
                if vals.is_empty()
                    || vals.iter().any(Option::is_none)
                    || parts.iter().any(|c| c.contains('%'))
                {
                    continue;
                }
                checked += 1;
                let s = add(&vals.into_iter().flatten().collect::<Vec<_>>());
                if (s - tv).abs() > 0.005 {
                    bad.push(format!(
                        "{name}: row '{}' adds to {s:.2}, printed total {tv:.2}",
                        r[0]
                    ));
                }
            }
        }
        // A profit and loss by year (income, then every cost, tax and the profit after
        // tax): income is what follows it up to the profit after tax.
        let full_pl = [
            "variable costs",
            "fixed costs",
            "depreciation",
            "interest",
            "tax",
        ]
        .iter()
        .all(|h| low.iter().any(|l| l == h));
        if let (true, Some(inc), Some(pat)) = (
            full_pl,
            low.iter().position(|h| h == "income"),
            low.iter().position(|h| h == "profit after tax"),
        ) {
            for r in &t.rows {
                let parts: Vec<Option<f64>> = (inc + 1..=pat).map(|j| num(&get(r, j))).collect();
                let Some(tv) = num(&get(r, inc)) else {
                    continue;
                };
                if pat <= inc || parts.iter().any(Option::is_none) {
                    continue;
                }
                checked += 1;
                let s = add(&parts.into_iter().flatten().collect::<Vec<_>>());
                if (s - tv).abs() > 0.005 {
                    bad.push(format!("{name}: year '{}' costs, tax and profit add to {s:.2}, income printed {tv:.2}", r[0]));
                }
            }
        }
        // A cost column followed by the sources that pay for it.
        if t.head.len() > 2
            && ["cost", "total cost", "project cost", "amount"].contains(&low[1].as_str())
            && !low.iter().any(|h| h == "total")
        {
            let src: Vec<usize> = (2..t.head.len())
                .filter(|&j| !skip[j] && !low[j].contains("eligible"))
                .collect();
            for r in &t.rows {
                if r.len() < t.head.len() {
                    continue;
                }
                let parts: Vec<String> = src.iter().map(|&j| get(r, j)).collect();
                let vals: Vec<Option<f64>> = parts.iter().map(|c| num(c)).collect();
                let Some(tv) = num(&r[1]) else { continue };
                if vals.is_empty()
                    || vals.iter().any(Option::is_none)
                    || parts.iter().any(|c| c.contains('%'))
                {
                    continue;
                }
                checked += 1;
                let s = add(&vals.into_iter().flatten().collect::<Vec<_>>());
                if (s - tv).abs() > 0.005 {
                    bad.push(format!(
                        "{name}: row '{}' sources add to {s:.2}, cost printed {tv:.2}",
                        r[0]
                    ));
                }
            }
        }
    }
    (checked, bad)
}

/// The quantity a year's column prints, by its heading and its table's other headings:
/// the same year's profit after tax, depreciation, interest, principal repaid, loan
/// balance and net block appear in several tables (the profit and loss, the DSCR table,
/// the key parameters, the cash flow, the depreciation and loan schedules, the balance
/// sheet).
fn quantity(head: &[String], column: &str) -> Option<&'static str> {
    let has = |h: &str| head.iter().any(|x| x == h);
    Some(match column {
        "Profit after tax" => "profit after tax",
        "Depreciation" => "depreciation",
        "Total" if has("Net block at year end") => "depreciation",
        "Net block" | "Net block at year end" => "net block",
        "Interest" => "interest",
        "Principal repaid" | "Instalment" | "Loan repaid (−)" => "principal repaid",
        "Closing balance" | "Term loan outstanding" | "Term loan" => "loan outstanding",
        _ => return None,
    })
}

/// Where a table prints a year's figure for a quantity other than another table of the same
/// document prints it: a figure repeated across tables reads the same (a reader compares
/// them). Signs aside: a use of cash is printed negative.
fn repeated_differently(md: &str) -> Vec<String> {
    // (quantity, year) → (table, figure as printed), the first table to print it.
    let mut seen: std::collections::BTreeMap<(&str, String), (String, String)> =
        std::collections::BTreeMap::new();
    let mut bad = Vec::new();
    for t in tables(md) {
        if t.head.first().map(String::as_str) != Some("Year") {
            continue;
        }
        let name = t.caption.clone().unwrap_or_else(|| t.head.join(" | "));
        for (c, column) in t.head.iter().enumerate() {
            let Some(q) = quantity(&t.head, column) else {
                continue;
            };
            for r in &t.rows {
                let (Some(year), Some(cell)) = (r.first(), r.get(c)) else {
                    continue;
                };
                if year.parse::<u32>().is_err() || num(cell).is_none() {
                    continue;
                }
                let figure = cell.trim().trim_start_matches(['-', '−']).to_string();
                match seen.get(&(q, year.clone())) {
                    Some((first, printed)) if *printed != figure => bad.push(format!(
                        "{name}: year {year} {q} {figure}, {first} prints {printed}"
                    )),
                    Some(_) => {}
                    None => {
                        seen.insert((q, year.clone()), (name.clone(), figure));
                    }
                }
            }
        }
    }
    bad
}

/// Where the depreciation schedule's net block is not the year before's as printed less
/// the year's depreciation as printed (the year before year 1 is the balance sheet's net
/// block at commissioning): a reader takes the schedule's figures off one another.
fn net_block_not_running(md: &str) -> Vec<String> {
    let all = tables(md);
    let year_of = |r: &Vec<String>| r.first().and_then(|y| y.parse::<u32>().ok());
    let column = |t: &Table, h: &str| t.head.iter().position(|x| x == h);
    // The net block at commissioning, as the balance sheet prints it.
    let opening = all.iter().find_map(|t| {
        let c = column(t, "Net block")?;
        let r = t.rows.iter().find(|r| year_of(r) == Some(0))?;
        num(r.get(c)?)
    });
    let mut bad = Vec::new();
    for t in &all {
        let (Some(nb), Some(dep)) = (column(t, "Net block at year end"), column(t, "Total")) else {
            continue;
        };
        let name = t.caption.clone().unwrap_or_else(|| t.head.join(" | "));
        let mut before = opening;
        for r in &t.rows {
            let Some(year) = year_of(r) else { continue };
            let (Some(block), Some(d)) = (num(&r[nb]), num(&r[dep])) else {
                continue;
            };
            if let Some(b) = before {
                if ((b - d - block) * 100.0).round() != 0.0 {
                    bad.push(format!(
                        "{name}: year {year} net block {block:.2}, {b:.2} less {d:.2} printed"
                    ));
                }
            }
            before = Some(block);
        }
    }
    bad
}

/// Where the balance sheet is not rolled forward from what the other tables print: its
/// reserves and surplus are the year before's plus the year's profit after tax (as the
/// first table by year to print it does), and the cash flow's increase in working capital
/// is the change in its current assets; the working-capital margin reads the same in the
/// project cost, the balance sheet and the working-capital assessment.
fn books_not_rolled(md: &str) -> Vec<String> {
    let all = tables(md);
    let year_of = |r: &Vec<String>| r.first().and_then(|y| y.parse::<u32>().ok());
    // A column of a table by year, by its heading: year → figure.
    let by_year = |h: &str| {
        all.iter()
            .filter(|t| t.head.first().map(String::as_str) == Some("Year"))
            .find_map(|t| {
                let c = t.head.iter().position(|x| x == h)?;
                Some(
                    t.rows
                        .iter()
                        .filter_map(|r| Some((year_of(r)?, num(r.get(c)?)?)))
                        .collect::<std::collections::BTreeMap<u32, f64>>(),
                )
            })
            .unwrap_or_default()
    };
    let cents = |x: f64| (x * 100.0).round() as i64;
    let mut bad = Vec::new();
    let (reserves, profit) = (by_year("Reserves and surplus"), by_year("Profit after tax"));
    for (year, r) in &reserves {
        let (Some(before), Some(p)) = (
            year.checked_sub(1).and_then(|y| reserves.get(&y)),
            profit.get(year),
        ) else {
            continue;
        };
        if cents(before + p) != cents(*r) {
            bad.push(format!(
                "year {year} reserves and surplus {r:.2}, {before:.2} plus the profit {p:.2}"
            ));
        }
    }
    let (current, increase) = (
        by_year("Current assets"),
        by_year("Increase in working capital (−)"),
    );
    for (year, inc) in &increase {
        let (Some(before), Some(now)) = (
            year.checked_sub(1).and_then(|y| current.get(&y)),
            current.get(year),
        ) else {
            continue;
        };
        if cents(before - now) != cents(*inc) {
            bad.push(format!(
                "year {year} working capital {inc:.2} in the cash flow, current assets {before:.2} then {now:.2}"
            ));
        }
    }
    // The working-capital margin: a head of the project cost, the current assets at
    // commissioning, and the margin money of every year of the working-capital assessment.
    let margin = all.iter().find_map(|t| {
        let c = t.head.iter().position(|x| x == "Amount")?;
        let r = t
            .rows
            .iter()
            .find(|r| r.iter().any(|x| x == "Margin money for working capital"))?;
        num(r.get(c)?)
    });
    if let Some(m) = margin {
        let at_start = current.get(&0).copied();
        let each_year = by_year("Margin money from the project");
        for (what, figure) in std::iter::once(("current assets at year 0", at_start)).chain(
            each_year
                .values()
                .map(|v| ("margin money of a year", Some(*v))),
        ) {
            if figure.is_some_and(|f| cents(f) != cents(m)) {
                bad.push(format!(
                    "{what} {:.2}, the project cost's margin {m:.2}",
                    figure.unwrap_or_default()
                ));
            }
        }
    }
    bad
}

/// Where the balance sheet at commissioning or the loan schedule's opening balance does
/// not read as the means of finance's totals print them: the capital reserve is the GoI
/// and State columns added up, the SPV's equity and the term loan the SPV's and the
/// loan's columns (a CFC's "other" source is its term loan), and the loan schedule opens
/// with the loan the balance sheet starts from. A reader takes the one off the other.
fn means_of_finance_not_in_books(md: &str) -> Vec<String> {
    let all = tables(md);
    let Some(mof) = all.iter().find(|t| {
        t.head.first().map(String::as_str) == Some("Cost head")
            && t.caption
                .as_deref()
                .is_some_and(|c| c.contains("means of finance"))
    }) else {
        return Vec::new();
    };
    let Some(total) = mof
        .rows
        .iter()
        .find(|r| r.first().is_some_and(|c| is_total(c)))
    else {
        return vec!["the means of finance has no total row".to_string()];
    };
    // Cost head, GoI grant (none under a State's own scheme), the State, the SPV and any
    // parties beside it, the loan and others, Total: read by the headings.
    let col = |i: usize| total.get(i).and_then(|c| num(c));
    let has_goi = mof.head.get(1).map(String::as_str) == Some("GoI grant");
    let first = if has_goi { 2 } else { 1 };
    let last = mof.head.len().saturating_sub(1);
    let goi = if has_goi { col(1) } else { Some(0.0) };
    let rest: Option<Vec<f64>> = (first + 1..last).map(col).collect();
    let (Some(goi), Some(state), Some(rest)) = (goi, col(first), rest) else {
        return vec![format!(
            "the means of finance's totals do not read: {total:?}"
        )];
    };
    let (spv, other) = match rest.split_last() {
        Some((other, spv)) => (spv.iter().sum::<f64>(), *other),
        None => (0.0, 0.0),
    };
    let year_of = |r: &Vec<String>| r.first().and_then(|y| y.parse::<u32>().ok());
    let at = |h: &str, year: u32| {
        all.iter()
            .filter(|t| t.head.first().map(String::as_str) == Some("Year"))
            .find_map(|t| {
                let c = t.head.iter().position(|x| x == h)?;
                let r = t.rows.iter().find(|r| year_of(r) == Some(year))?;
                num(r.get(c)?)
            })
    };
    let cents = |x: f64| (x * 100.0).round() as i64;
    let mut bad = Vec::new();
    let (reserve, equity, loan) = (
        at("Capital reserve (GoI and State grants)", 0),
        at("SPV equity", 0),
        at("Term loan", 0),
    );
    if let Some(r) = reserve {
        if cents(r) != cents(goi) + cents(state) {
            bad.push(format!(
                "capital reserve at year 0 {r:.2}, the means of finance's GoI {goi:.2} and State {state:.2}"
            ));
        }
    }
    if let (Some(e), Some(l)) = (equity, loan) {
        if cents(e) + cents(l) != cents(spv) + cents(other) {
            bad.push(format!(
                "SPV equity and term loan at year 0 {e:.2} and {l:.2}, the means of finance's SPV {spv:.2} and other {other:.2}"
            ));
        }
    }
    // The loan schedule's first opening balance.
    let opening = all.iter().find_map(|t| {
        let c = t.head.iter().position(|x| x == "Opening balance")?;
        t.rows.iter().find_map(|r| {
            year_of(r)?;
            num(r.get(c)?)
        })
    });
    if let Some(l) = loan {
        if opening.is_some() && cents(l) != cents(other) {
            bad.push(format!(
                "term loan at year 0 {l:.2}, the means of finance's loan column {other:.2}"
            ));
        }
        if opening.is_some_and(|o| cents(o) != cents(l)) {
            bad.push(format!(
                "the loan schedule opens at {:.2}, the balance sheet's term loan at year 0 {l:.2}",
                opening.unwrap_or_default()
            ));
        }
    }
    bad
}

/// The amounts the DPR's text quotes from its tables: the project cost ("at a project cost
/// of Rs. X lakh") equals the means of finance's total, and the term loan ("met in part
/// by a term loan of Rs. X lakh", "| Term loan | Rs. X lakh at") the balance sheet's term loan at year 0,
/// as printed.
fn text_not_the_tables(md: &str) -> Vec<String> {
    let all = tables(md);
    let cents = |x: f64| (x * 100.0).round() as i64;
    let quoted = |after: &str| -> Vec<f64> {
        md.match_indices(after)
            .filter_map(|(i, _)| {
                let rest = &md[i + after.len()..];
                let figure: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
                    .collect();
                rest[figure.len()..]
                    .starts_with(" lakh")
                    .then(|| num(figure.trim_end_matches('.')))
                    .flatten()
            })
            .collect()
    };
    let mut bad = Vec::new();
    let mof_total = all
        .iter()
        .find(|t| {
            t.head.first().map(String::as_str) == Some("Cost head")
                && t.caption
                    .as_deref()
                    .is_some_and(|c| c.contains("means of finance"))
        })
        .and_then(|t| {
            t.rows
                .iter()
                .find(|r| r.first().is_some_and(|c| is_total(c)))
        })
        .and_then(|r| r.last().and_then(|c| num(c)));
    if let Some(total) = mof_total {
        for q in quoted("at a project cost of Rs. ") {
            if cents(q) != cents(total) {
                bad.push(format!(
                    "the text quotes a project cost of {q:.2}, the means of finance totals {total:.2}"
                ));
            }
        }
    }
    let loan0 = all
        .iter()
        .filter(|t| t.head.first().map(String::as_str) == Some("Year"))
        .find_map(|t| {
            let c = t.head.iter().position(|x| x == "Term loan")?;
            let r = t
                .rows
                .iter()
                .find(|r| r.first().map(String::as_str) == Some("0"))?;
            num(r.get(c)?)
        });
    if let Some(loan) = loan0 {
        // The templates' own sentences (the study's free text may quote a loan of its own).
        for q in quoted("The centre's cost is met in part by a term loan of Rs. ")
            .into_iter()
            .chain(quoted("| Term loan | Rs. "))
        {
            if cents(q) != cents(loan) {
                bad.push(format!(
                    "the text quotes a term loan of {q:.2}, the balance sheet's at year 0 {loan:.2}"
                ));
            }
        }
    }
    bad
}

fn mismatches(study: &Study) -> (usize, Vec<String>) {
    mismatches_under(study, &SCHEMES)
}

/// As `mismatches`, in the documents of `schemes`.
fn mismatches_under(study: &Study, schemes: &[&str]) -> (usize, Vec<String>) {
    let assets = Assets::embedded();
    let mut checked = 0;
    let mut bad = Vec::new();
    for &scheme in schemes {
        for doc in DocKind::ALL {
            let out = match render::render(study, doc, Some(scheme), &assets) {
                Ok(out) => out,
                // A scheme that funds no facility has no DPR (the generic folder neither);
                // one that does has one.
                Err(RenderError::NoTemplate { .. })
                    if study.cfc.is_none() || scheme == "generic" =>
                {
                    continue
                }
                Err(e) => panic!("{scheme} {}: {e}", doc.word()),
            };
            let (n, b) = check(&out.markdown);
            checked += n;
            bad.extend(
                repeated_differently(&out.markdown)
                    .into_iter()
                    .chain(net_block_not_running(&out.markdown))
                    .chain(books_not_rolled(&out.markdown))
                    .chain(means_of_finance_not_in_books(&out.markdown))
                    .chain(text_not_the_tables(&out.markdown))
                    .map(|m| format!("{scheme} {}: {m}", doc.word())),
            );
            bad.extend(
                b.into_iter()
                    .map(|m| format!("{scheme} {}: {m}", doc.word())),
            );
        }
    }
    (checked, bad)
}

#[test]
fn the_checker_finds_a_table_that_does_not_add_up() {
    let md = "**Table 1: x**\n\n| Head | Amount |\n|---|--:|\n| a | 200.75 |\n| b | 22.31 |\n| **Total** | **223.05** |\n";
    let (n, bad) = check(md);
    assert_eq!(n, 1);
    assert_eq!(bad.len(), 1, "{bad:?}");
    let md = "| Cost head | GoI | SPV | Total |\n|---|--:|--:|--:|\n| a | 1.00 | 2.01 | 3.00 |\n";
    assert_eq!(check(md).1.len(), 1);
    let md = "| Year | Income | Variable costs | Fixed costs | Depreciation | Interest | Tax | Profit after tax |\n|--:|--:|--:|--:|--:|--:|--:|--:|\n| 1 | 10.00 | 1.00 | 2.00 | 3.00 | 0.00 | 1.00 | 3.01 |\n";
    assert_eq!(check(md), (1, vec!["Year | Income | Variable costs | Fixed costs | Depreciation | Interest | Tax | Profit after tax: year '1' costs, tax and profit add to 10.01, income printed 10.00".to_string()]));
}

/// The English of every Hindi word of the documents' catalogue (`# English` above each
/// `t-… = हिन्दी`), to read a Hindi table's headings as the checker knows them.
fn english_of_hindi() -> std::collections::HashMap<String, String> {
    let mut map = std::collections::HashMap::new();
    for entry in std::fs::read_dir(root().join("templates/_i18n"))
        .unwrap()
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !(name.starts_with("hi.doc-") && name.ends_with(".ftl")) {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).unwrap();
        let mut english: Option<&str> = None;
        for line in text.lines() {
            if let Some(e) = line.strip_prefix("# ") {
                english = Some(e);
            } else if let (Some(e), Some((_, hi))) = (english.take(), line.split_once(" = ")) {
                map.insert(hi.trim().to_string(), e.trim().to_string());
            }
        }
    }
    map
}

/// A Hindi or bilingual document's table cells that are fixed words, in English: the
/// English half of "हिन्दी / English", or the catalogue's English of a Hindi word.
fn tables_in_english(md: &str, english: &std::collections::HashMap<String, String>) -> String {
    let cell = |c: &str| {
        let bare = c.trim().trim_matches('*').trim();
        if let Some((_, en)) = bare.split_once(" / ") {
            return format!(" {en} ");
        }
        match english.get(bare) {
            Some(en) => format!(" {en} "),
            None => c.to_string(),
        }
    };
    md.lines()
        .map(|line| {
            if line.starts_with('|') {
                line.split('|').map(cell).collect::<Vec<_>>().join("|")
            } else {
                line.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The Ujjain DSR and DPR in Hindi and in both languages add up as printed, table for
/// table as the English does: the words change, the figures and their rounding do not.
#[test]
fn the_hindi_and_bilingual_documents_add_up_as_printed() {
    let assets = Assets::embedded();
    let study = load("ujjain-plastic");
    let english = english_of_hindi();
    for doc in DocKind::ALL {
        let md = render::render(&study, doc, None, &assets).unwrap().markdown;
        let (in_english, _) = check(&md);
        for lang in [DocLang::Hi, DocLang::EnHi] {
            let words = render::words_of(&assets, lang).unwrap();
            let md = render::render_in(&study, doc, None, &assets, &words)
                .unwrap()
                .markdown;
            let (n, bad) = check(&tables_in_english(&md, &english));
            let at = format!("{} {}", lang.code(), doc.word());
            assert!(bad.is_empty(), "{at}:\n{}", bad.join("\n"));
            assert_eq!(n, in_english, "{at}: sums checked, against the English");
        }
    }
}

#[test]
fn the_example_documents_add_up_as_printed() {
    for name in ["ujjain-plastic", "bokaro-bamboo"] {
        let (n, bad) = mismatches(&load(name));
        assert!(n > 20, "{name}: only {n} sums checked");
        assert!(bad.is_empty(), "{name}:\n{}", bad.join("\n"));
    }
}

/// Every study bundled in studies/ (the worked examples of each scheme), in the documents
/// of its own scheme: each adds up as printed. The two oldest are also in every scheme's.
#[test]
fn every_bundled_study_adds_up_under_its_own_scheme() {
    let mut names: Vec<PathBuf> = std::fs::read_dir(root().join("studies"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    names.sort();
    assert!(names.len() >= 8, "{names:?}");
    for path in names {
        let study = cdstudy::store::load(&path).unwrap().study;
        let scheme = study.meta.scheme.clone();
        let (n, bad) = mismatches_under(&study, &[scheme.as_str()]);
        let name = path.display();
        assert!(n > 5, "{name}: only {n} sums checked");
        assert!(bad.is_empty(), "{name}:\n{}", bad.join("\n"));
    }
}

/// Replaces the study's amounts with `amounts`, taken in turn (and round again).
fn with_amounts(mut study: Study, amounts: &[i64], small: &[i64]) -> Study {
    let mut big = amounts.iter().cycle().copied();
    let mut unit = small.iter().cycle().copied();
    let mut next = || Some(Rupees(big.next().unwrap_or(0)));
    if let Some(cfc) = study.cfc.as_mut() {
        let k = &mut cfc.costs;
        for slot in [
            &mut k.land_rs,
            &mut k.site_development_rs,
            &mut k.building_rs,
            &mut k.misc_fixed_assets_rs,
            &mut k.preliminary_rs,
            &mut k.pre_operative_rs,
            &mut k.contingency_rs,
            &mut k.wc_margin_rs,
        ] {
            if slot.is_some() {
                *slot = next();
            }
        }
        for m in &mut k.machinery {
            m.unit_cost_rs = next();
        }
        if let Some(loan) = cfc.loan.as_mut() {
            if loan.amount_rs.is_some() {
                loan.amount_rs = next().map(|r| Rupees(r.get() / 8));
            }
        }
    }
    for a in &mut study.action_plan.actions {
        match &mut a.cost {
            Some(Cost::Amount(r)) => *r = next().map_or(Rupees(0), |r| Rupees(r.get() / 20)),
            Some(Cost::Lines(lines)) => {
                for l in lines.iter_mut() {
                    l.unit_cost_rs = Some(Rupees(unit.next().unwrap_or(0)));
                }
                lines.push(CostLine {
                    item: "Materials".to_string(),
                    quantity: Some(30),
                    unit: "kit".to_string(),
                    unit_cost_rs: Some(Rupees(unit.next().unwrap_or(0))),
                });
            }
            None => {}
        }
    }
    if let Some(spv) = study.spv.as_mut() {
        for m in &mut spv.members {
            if m.equity_rs.is_some() {
                m.equity_rs = Some(Rupees(unit.next().unwrap_or(0) * 10));
            }
        }
    }
    study
}

#[test]
fn the_checker_finds_a_figure_printed_two_ways() {
    let md = "| Year | Income | Depreciation |\n|--:|--:|--:|\n| 1 | 9.00 | 14.96 |\n\n\
              | Year | Building | Machinery | Total | Net block at year end |\n|--:|--:|--:|--:|--:|\n\
              | 1 | 2.45 | 12.50 | 14.95 | 1.00 |\n";
    assert_eq!(repeated_differently(md).len(), 1);
    let md = "| Year | Interest | Principal repaid |\n|--:|--:|--:|\n| 2 | 3.37 | 7.60 |\n\n\
              | Year | Loan repaid (−) |\n|--:|--:|\n| 2 | -7.60 |\n";
    assert!(repeated_differently(md).is_empty());
    // Bokaro's schedule before the net block ran on the printed depreciation.
    let md = "| Year | Net block | Current assets | Cash and bank | Total |\n|--:|--:|--:|--:|--:|\n\
              | 0 | 217.51 | 5.00 | 0.00 | 222.51 |\n\n\
              | Year | Building | Machinery | Total | Net block at year end |\n|--:|--:|--:|--:|--:|\n\
              | 1 | 2.46 | 12.50 | 14.96 | 202.55 |\n| 2 | 2.46 | 12.50 | 14.96 | 187.60 |\n";
    assert_eq!(
        net_block_not_running(md),
        vec!["Year | Building | Machinery | Total | Net block at year end: year 2 net block 187.60, 202.55 less 14.96 printed".to_string()]
    );
    let md = "| Year | Net block | Current assets | Cash and bank | Total |\n|--:|--:|--:|--:|--:|\n\
              | 0 | 10.00 | 0.00 | 0.00 | 10.00 |\n\n\
              | Year | Net block | Current assets | Cash and bank | Total |\n|--:|--:|--:|--:|--:|\n\
              | 0 | 10.01 | 0.00 | 0.00 | 10.01 |\n";
    assert_eq!(repeated_differently(md).len(), 1);
    // Ujjain's balance sheet before it was rolled forward from the printed figures.
    let md = "| Year | Profit after tax |\n|--:|--:|\n| 1 | 64.66 |\n| 2 | 116.08 |\n\n\
              | Year | Reserves and surplus |\n|--:|--:|\n| 0 | 0.00 |\n| 1 | 64.66 |\n| 2 | 180.75 |\n\n\
              | Year | Net block | Current assets |\n|--:|--:|--:|\n| 0 | 1.00 | 15.00 |\n| 1 | 1.00 | 25.46 |\n| 2 | 1.00 | 28.24 |\n\n\
              | Year | Increase in working capital (−) |\n|--:|--:|\n| 1 | -10.46 |\n| 2 | -2.76 |\n";
    assert_eq!(
        books_not_rolled(md),
        vec![
            "year 2 reserves and surplus 180.75, 64.66 plus the profit 116.08".to_string(),
            "year 2 working capital -2.76 in the cash flow, current assets 25.46 then 28.24"
                .to_string()
        ]
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// A year's depreciation, interest, principal, profit after tax, loan balance and net
    /// block read the same in every table of a DPR, and the depreciation schedule's net
    /// block runs down by its printed depreciation, for any amounts (the loan's included).
    #[test]
    fn the_same_quantity_prints_the_same_in_every_table_for_any_amounts(
        which in 0usize..2,
        amounts in prop::collection::vec(1i64..40_00_00_000, 8..24),
        small in prop::collection::vec(1i64..50_000, 4..12),
    ) {
        let name = ["ujjain-plastic", "bokaro-bamboo"][which];
        let study = with_amounts(load(name), &amounts, &small);
        let assets = Assets::embedded();
        for scheme in ["mse-cdp", "sfurti"] {
            let out = render::render(&study, DocKind::Dpr, Some(scheme), &assets)
                .unwrap_or_else(|e| panic!("{scheme}: {e}"));
            let mut bad = repeated_differently(&out.markdown);
            bad.extend(net_block_not_running(&out.markdown));
            bad.extend(books_not_rolled(&out.markdown));
            bad.extend(means_of_finance_not_in_books(&out.markdown));
            bad.extend(text_not_the_tables(&out.markdown));
            prop_assert!(bad.is_empty(), "{} {}:\n{}", name, scheme, bad.join("\n"));
        }
    }

    #[test]
    fn every_table_adds_up_as_printed_for_any_amounts(
        which in 0usize..2,
        amounts in prop::collection::vec(1i64..40_00_00_000, 8..24),
        small in prop::collection::vec(1i64..50_000, 4..12),
    ) {
        let name = ["ujjain-plastic", "bokaro-bamboo"][which];
        let study = with_amounts(load(name), &amounts, &small);
        let (n, bad) = mismatches(&study);
        prop_assert!(n > 0);
        prop_assert!(bad.is_empty(), "{}:\n{}", name, bad.join("\n"));
    }
}
