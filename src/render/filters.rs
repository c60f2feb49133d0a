//! The tera filters of the document templates: Indian money (`inr`, `lakh`, `crore`,
//! `money`), counts (`num`), ratios (`fixed`), percentages (`pct`), dates (`date`, `month`, `fy`) and study
//! text (`text`, `paragraphs`). Each turns an empty value into the visible "not yet filled
//! in" remark, and each writes Markdown that is safe where a template puts it.
//!
//! They only format: every figure comes computed from the model, `scheme` or `finance`.
//!
//! Two functions round a table's exact amounts together for print, so that the table adds
//! up as printed across and down (`finance::apportion` has the method): every table with a
//! total takes its figures through them.
//!
//! - `round_list(values=[...], absorb=i, unit="lakh")` → `{cells: [...], total}`; with
//!   `absorb`, every cell but the i-th is rounded on its own (so it reads as the same
//!   figure printed elsewhere) and the i-th takes the difference (a balance sheet's cash);
//!   `fixed=[figure or none, ...]` gives cells whose printed figure is set elsewhere
//! - `round_table(rows=[[...], ...], more=[[...], ...], unit="lakh")` → `{cells: [[...]],
//!   rows: [...], columns: [...], total}` (`more`, optional, are rows after `rows`: tera
//!   cannot join two lists); `by="rows"` rounds each row's total on its own (a year's
//!   depreciation, as the profit and loss prints it) and totals the columns as printed,
//!   `absorb=i` as for `round_list` (`absorb_first=j` for the first row)
//!
//! - `round_running(start=S, moves=[[...], ...], unit="lakh")` → `[{opening, cells,
//!   closing}, ...]`: a running balance (cash, a loan) where each row's opening is the
//!   previous row's closing as printed, each closing is its exact balance correctly
//!   rounded, and the row's movements are apportioned to the difference, so that opening
//!   plus movements equals closing as printed on every row; `shown=[...]` gives balances
//!   already printed elsewhere (the opening one first) to use instead, and
//!   `fixed=[[...] or none, ...]`, one list a movement (a column), gives movements printed
//!   elsewhere (a year's profit after tax as the profit and loss prints it) that the row
//!   repeats, the other movements taking the difference (a row with no such movement
//!   closes at its opening plus the fixed ones).
//!
//! The results are whole rupees at a multiple of 0.01 of the unit (Rs. 1,000 for lakh), so
//! the `lakh` (or `crore`) filter prints them exactly. A `null` amount counts as zero and
//! stays `null`, so it still prints as the "not yet filled in" remark.

use chrono::NaiveDate;
use tera::{Error, Kwargs, State, Tera, TeraResult, Value};

use super::markdown::{escape_inline, escape_paragraphs, MISSING};
use super::words::{self, Arg, Kind};
use crate::finance::apportion;
use crate::i18n::DocLang;
use crate::model::money::group_indian;
use crate::model::{FinancialYear, Rupees, YearMonth, CRORE, LAKH};

/// Registers every filter on `tera` (before templates are added: tera checks filter names
/// when it compiles a template).
pub fn register(tera: &mut Tera) {
    tera.register_filter("inr", |v: Value, _: Kwargs, _: &State| {
        money(&v, "inr", |r| {
            in_language(|| format!("रु. {}", r.grouped()), r.inr())
        })
    });
    tera.register_filter("lakh", |v: Value, k: Kwargs, _: &State| {
        let unit = k.get::<bool>("unit")?.unwrap_or(false);
        money(&v, "lakh", |r| {
            if unit && hindi() {
                format!("रु. {} लाख", r.lakh_figure())
            } else if unit && words::lang() == DocLang::EnHi {
                // A pair, so that the Hindi sentence it goes into reads रु. and लाख.
                format!("रु. {0} लाख{1}Rs. {0} lakh", r.lakh_figure(), words::PAIR)
            } else if unit {
                format!("Rs. {} lakh", r.lakh_figure())
            } else {
                r.lakh_figure()
            }
        })
    });
    tera.register_filter("crore", |v: Value, k: Kwargs, _: &State| {
        let unit = k.get::<bool>("unit")?.unwrap_or(false);
        money(&v, "crore", |r| {
            if unit && hindi() {
                format!("रु. {} करोड़", r.crore_figure())
            } else if unit && words::lang() == DocLang::EnHi {
                // A pair, so that the Hindi sentence it goes into reads रु. and लाख.
                format!("रु. {0} करोड़{1}Rs. {0} crore", r.crore_figure(), words::PAIR)
            } else if unit {
                format!("Rs. {} crore", r.crore_figure())
            } else {
                r.crore_figure()
            }
        })
    });
    tera.register_filter("money", |v: Value, _: Kwargs, _: &State| {
        money(&v, "money", |r| {
            if hindi() {
                crate::i18n::numbers::human(r)
            } else {
                r.human()
            }
        })
    });
    tera.register_filter("t", |v: Value, k: Kwargs, _: &State| {
        fixed_text(&v, &k, Kind::Label)
    });
    tera.register_filter("tp", |v: Value, k: Kwargs, _: &State| {
        fixed_text(&v, &k, Kind::Prose)
    });
    tera.register_filter("num", |v: Value, _: Kwargs, _: &State| num(&v));
    tera.register_filter("pct", |v: Value, k: Kwargs, _: &State| {
        let decimals = k.get::<u64>("decimals")?.unwrap_or(2).min(4) as usize;
        pct(&v, decimals)
    });
    tera.register_filter("fixed", |v: Value, k: Kwargs, _: &State| {
        let decimals = k.get::<u64>("decimals")?.unwrap_or(2).min(4) as usize;
        fixed(&v, decimals)
    });
    tera.register_filter("date", |v: Value, _: Kwargs, _: &State| date(&v));
    tera.register_filter("month", |v: Value, _: Kwargs, _: &State| month(&v));
    tera.register_filter("fy", |v: Value, _: Kwargs, _: &State| fy(&v));
    tera.register_filter("text", |v: Value, k: Kwargs, _: &State| {
        let missing = k.get::<&str>("missing")?.map(remark);
        Ok::<_, Error>(text(&v, missing, escape_inline))
    });
    tera.register_filter("paragraphs", |v: Value, k: Kwargs, _: &State| {
        let missing = k.get::<&str>("missing")?.map(remark);
        Ok::<_, Error>(text(&v, missing, escape_paragraphs))
    });
    tera.register_function("round_list", |k: Kwargs, _: &State| {
        let values = k.must_get::<Value>("values")?;
        let unit = print_unit(k.get::<&str>("unit")?)?;
        let column = amounts(&values, "round_list")?;
        let exact: Vec<i64> = column.iter().map(|a| a.unwrap_or(0)).collect();
        let fixed = match k.get::<Value>("fixed")? {
            Some(v) => amounts(&v, "round_list")?,
            None => Vec::new(),
        };
        let (cells, total) = match k.get::<usize>("absorb")? {
            Some(at) => apportion::column_fixed(&exact, &fixed, unit, at),
            None => apportion::column(&exact, unit),
        };
        let mut out = tera::Map::new();
        out.insert("cells".into(), keep_missing(&column, &cells).into());
        out.insert("total".into(), total.into());
        Ok::<_, Error>(Value::from(out))
    });
    tera.register_function("round_running", |k: Kwargs, _: &State| round_running(&k));
    tera.register_function("round_table", |k: Kwargs, _: &State| {
        let rows = k.must_get::<Value>("rows")?;
        let more = k.get::<Value>("more")?;
        let unit = print_unit(k.get::<&str>("unit")?)?;
        let mut list: Vec<Value> = Vec::new();
        for part in std::iter::once(&rows).chain(more.iter()) {
            match part.as_array() {
                Some(a) => list.extend(a.iter().cloned()),
                None => {
                    return Err(Error::message(format!(
                        "`round_table` takes rows=[[amounts], ...], not {part}"
                    )))
                }
            }
        }
        let given = list
            .iter()
            .map(|r| amounts(r, "round_table"))
            .collect::<TeraResult<Vec<_>>>()?;
        let exact: Vec<Vec<i64>> = given
            .iter()
            .map(|r| r.iter().map(|a| a.unwrap_or(0)).collect())
            .collect();
        let t = match k.get::<&str>("by")? {
            None | Some("table") => apportion::table(&exact, unit),
            Some("rows") => apportion::by_rows(
                &exact,
                unit,
                k.get::<usize>("absorb")?,
                k.get::<usize>("absorb_first")?,
            ),
            Some(other) => {
                return Err(Error::message(format!(
                    "`round_table` rounds by=\"table\" or by=\"rows\", not \"{other}\""
                )))
            }
        };
        let cells: Vec<Value> = given
            .iter()
            .zip(&t.cells)
            .map(|(g, c)| keep_missing(g, c).into())
            .collect();
        let mut out = tera::Map::new();
        out.insert("cells".into(), cells.into());
        out.insert("rows".into(), t.rows.into());
        out.insert("columns".into(), t.columns.into());
        out.insert("total".into(), t.total.into());
        Ok::<_, Error>(Value::from(out))
    });
}

fn round_running(k: &Kwargs) -> TeraResult<Value> {
    let start = k.must_get::<i64>("start")?;
    let moves = k.must_get::<Value>("moves")?;
    let unit = print_unit(k.get::<&str>("unit")?)?;
    let Some(list) = moves.as_array() else {
        return Err(Error::message(format!(
            "`round_running` takes moves=[[amounts], ...], not {moves}"
        )));
    };
    // Balances already printed elsewhere (a balance sheet's cash), opening one first.
    let shown: Option<Vec<Option<i64>>> = match k.get::<Value>("shown")? {
        Some(v) => Some(amounts(&v, "round_running")?),
        None => None,
    };
    let pinned = |i: usize| shown.as_ref().and_then(|s| s.get(i).copied().flatten());
    // Movements printed elsewhere, by column then row; a missing entry is not fixed.
    let fixed: Vec<Option<Vec<Option<i64>>>> = match k.get::<Value>("fixed")? {
        None => Vec::new(),
        Some(v) => match v.as_array() {
            Some(columns) => columns
                .iter()
                .map(|c| {
                    if c.is_none() {
                        Ok(None)
                    } else {
                        amounts(c, "round_running").map(Some)
                    }
                })
                .collect::<TeraResult<_>>()?,
            None => {
                return Err(Error::message(format!(
                    "`round_running` takes fixed=[[amounts] or none, ...], not {v}"
                )))
            }
        },
    };
    let fixed_at = |row: usize, column: usize| {
        fixed
            .get(column)
            .and_then(|c| c.as_ref())
            .and_then(|c| c.get(row).copied().flatten())
    };
    let mut exact = start;
    let mut opening = pinned(0).unwrap_or_else(|| apportion::round_to(start, unit));
    let mut out: Vec<Value> = Vec::with_capacity(list.len());
    for (i, row) in list.iter().enumerate() {
        let given: Vec<i64> = amounts(row, "round_running")?
            .into_iter()
            .map(|a| a.unwrap_or(0))
            .collect();
        exact += given.iter().sum::<i64>();
        let printed: Vec<Option<i64>> = (0..given.len()).map(|c| fixed_at(i, c)).collect();
        let free: Vec<i64> = given
            .iter()
            .zip(&printed)
            .filter(|(_, p)| p.is_none())
            .map(|(g, _)| *g)
            .collect();
        let set: i64 = printed.iter().flatten().sum();
        let closing = if free.is_empty() && !given.is_empty() {
            opening + set
        } else {
            pinned(i + 1).unwrap_or_else(|| apportion::round_to(exact, unit))
        };
        let mut rest = apportion::apportion(&free, closing - opening - set, unit).into_iter();
        let cells: Vec<i64> = printed
            .iter()
            .map(|p| p.unwrap_or_else(|| rest.next().unwrap_or(0)))
            .collect();
        let mut m = tera::Map::new();
        m.insert("opening".into(), opening.into());
        m.insert("cells".into(), cells.into());
        m.insert("closing".into(), closing.into());
        out.push(Value::from(m));
        opening = closing;
    }
    Ok(Value::from(out))
}

/// The rounding step of a unit of print: 0.01 lakh or 0.01 crore, in rupees.
fn print_unit(unit: Option<&str>) -> TeraResult<i64> {
    match unit.unwrap_or("lakh") {
        "lakh" => Ok(LAKH / 100),
        "crore" => Ok(CRORE / 100),
        other => Err(Error::message(format!(
            "amounts are printed in \"lakh\" or \"crore\", not \"{other}\""
        ))),
    }
}

/// A list of whole-rupee amounts, `null` where the study has none yet.
fn amounts(v: &Value, function: &str) -> TeraResult<Vec<Option<i64>>> {
    let Some(list) = v.as_array() else {
        return Err(Error::message(format!(
            "`{function}` takes a list of amounts in whole rupees, not {v}"
        )));
    };
    list.iter()
        .map(|a| {
            if a.is_none() {
                Ok(None)
            } else {
                a.as_i64().map(Some).ok_or_else(|| {
                    Error::message(format!(
                        "`{function}` takes whole rupees (integers), not {a}"
                    ))
                })
            }
        })
        .collect()
}

/// The rounded figures, `null` where the exact amount was missing.
fn keep_missing(given: &[Option<i64>], rounded: &[i64]) -> Vec<Value> {
    given
        .iter()
        .zip(rounded)
        .map(|(g, r)| match g {
            Some(_) => Value::from(*r),
            None => Value::none(),
        })
        .collect()
}

fn safe(s: &str) -> Value {
    Value::safe_string(s)
}

/// Whether amounts and dates print the Hindi way: in a Hindi document. A bilingual one
/// prints them once, the English way, which both its readers read.
fn hindi() -> bool {
    words::lang() == DocLang::Hi
}

fn missing() -> Value {
    if words::lang() == DocLang::En {
        return safe(MISSING);
    }
    safe(&format!(
        "*\\[{}\\]*",
        escape_inline(&words::label("not yet filled in"))
    ))
}

/// A template's own wording for an empty value ("none recorded"), set like the missing
/// remark so that it reads as a remark and not as data.
fn remark(english: &str) -> String {
    format!("*{}*", escape_inline(&words::label(english)))
}

/// The `t` and `tp` filters: the template's English text in the document's language, its
/// keyword arguments filling its `{name}` places, `context="..."` telling apart two
/// meanings of one English word (see [`words`]).
fn fixed_text(v: &Value, k: &Kwargs, kind: Kind) -> TeraResult<Value> {
    // A label the study has not chosen yet (`spv.legal_form_label` of no SPV) prints as
    // the gap it is, as `{{ label }}` printed it before it was translated.
    if v.is_none() || v.is_undefined() || v.as_str().is_some_and(|s| s.trim().is_empty()) {
        return Ok(v.clone());
    }
    let Some(english) = v.as_str() else {
        return Err(Error::message(format!(
            "the `t` and `tp` filters take a text, not {v}"
        )));
    };
    let mut args = Vec::new();
    let mut context = None;
    for (name, value) in k.iter() {
        if name.to_string() == "context" {
            context = value.as_str().map(str::to_string);
            continue;
        }
        let arg = if let Some(n) = value.as_f64().filter(|_| value.is_number()) {
            Arg::Number(n)
        } else if value.is_none() || value.is_undefined() {
            Arg::Text(MISSING.to_string())
        } else if value.is_safe() {
            Arg::Text(
                value
                    .as_str()
                    .map_or_else(|| value.to_string(), str::to_string),
            )
        } else {
            Arg::Text(escape_inline(
                &value
                    .as_str()
                    .map_or_else(|| value.to_string(), str::to_string),
            ))
        };
        args.push((name.to_string(), arg));
    }
    // A text that came through a filter section is the rendered body: its key is the text
    // without the template's surrounding whitespace.
    Ok(safe(&words::translate_in(
        english.trim(),
        context.as_deref(),
        &args,
        kind,
    )))
}

fn text(v: &Value, missing_remark: Option<String>, escape: fn(&str) -> String) -> Value {
    let s = match v.as_str() {
        Some(s) => s.to_string(),
        None if v.is_none() => String::new(),
        None => v.to_string(),
    };
    if s.trim().is_empty() {
        return match missing_remark {
            Some(r) => safe(&r),
            None => missing(),
        };
    }
    safe(&escape(&s))
}

fn money(v: &Value, filter: &str, show: impl Fn(Rupees) -> String) -> TeraResult<Value> {
    if v.is_none() {
        return Ok(missing());
    }
    match (v.as_i64(), v.as_f64()) {
        (Some(r), _) => Ok(safe(&show(Rupees(r)))),
        // A rate per unit with paise (Rs 0.90 per brick), shown to the paisa.
        (None, Some(f))
            if matches!(filter, "inr" | "money")
                && f.is_finite()
                && ((f * 100.0).round() - f * 100.0).abs() < 1e-6 =>
        {
            Ok(safe(
                &crate::model::Rate::from_paise((f * 100.0).round() as i64).inr(),
            ))
        }
        _ => Err(Error::message(format!(
            "the `{filter}` filter takes whole rupees (an integer), not {v}"
        ))),
    }
}

fn num(v: &Value) -> TeraResult<Value> {
    if v.is_none() {
        return Ok(missing());
    }
    if let Some(n) = v.as_i64() {
        // Counts group like money: 1,25,000 units.
        return Ok(safe(&group_indian(n)));
    }
    match v.as_f64() {
        Some(f) if f.is_finite() => {
            let hundredths = (f * 100.0).round() as i64;
            // The sign on its own: -0.5 has a whole part of 0, which carries none.
            let sign = if hundredths < 0 { "-" } else { "" };
            let whole = group_indian((hundredths / 100).abs());
            let frac = (hundredths % 100).abs();
            let s = match frac {
                0 => format!("{sign}{whole}"),
                f if f % 10 == 0 => format!("{sign}{whole}.{}", f / 10),
                f => format!("{sign}{whole}.{f:02}"),
            };
            Ok(safe(&s))
        }
        _ => Err(Error::message(format!(
            "the `num` filter takes a number, not {v}"
        ))),
    }
}

fn pct(v: &Value, decimals: usize) -> TeraResult<Value> {
    if v.is_none() {
        return Ok(missing());
    }
    match v.as_f64() {
        Some(f) if f.is_finite() => Ok(safe(&format!("{f:.decimals$}%"))),
        _ => Err(Error::message(format!(
            "the `pct` filter takes a number, not {v}"
        ))),
    }
}

/// A ratio (DSCR 3.25, payback 4.6 years) with a fixed number of decimals.
fn fixed(v: &Value, decimals: usize) -> TeraResult<Value> {
    if v.is_none() {
        return Ok(missing());
    }
    match v.as_f64() {
        Some(f) if f.is_finite() => Ok(safe(&format!("{f:.decimals$}"))),
        _ => Err(Error::message(format!(
            "the `fixed` filter takes a number, not {v}"
        ))),
    }
}

/// A value in the document's language: the Hindi `hi` makes, the English, or in a
/// bilingual document both as a pair (so that a Hindi sentence takes the Hindi).
fn in_language(hi: impl FnOnce() -> String, en: String) -> String {
    match words::lang() {
        DocLang::En => en,
        DocLang::Hi => hi(),
        DocLang::EnHi => {
            let hi = hi();
            if hi == en {
                en
            } else {
                format!("{hi}{}{en}", words::PAIR)
            }
        }
    }
}

fn date(v: &Value) -> TeraResult<Value> {
    if v.is_none() {
        return Ok(missing());
    }
    let parsed = v
        .as_str()
        .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
    match parsed {
        Some(d) => Ok(safe(&in_language(
            || crate::i18n::numbers::date(d),
            d.format("%-d %B %Y").to_string(),
        ))),
        None => Err(Error::message(format!(
            "the `date` filter takes a date written 2026-05-14, not {v}"
        ))),
    }
}

fn month(v: &Value) -> TeraResult<Value> {
    if v.is_none() {
        return Ok(missing());
    }
    match v.as_str().and_then(|s| s.parse::<YearMonth>().ok()) {
        Some(m) => Ok(safe(&in_language(
            || crate::i18n::numbers::month(m.year, m.month),
            m.label(),
        ))),
        None => Err(Error::message(format!(
            "the `month` filter takes a month written 2027-04, not {v}"
        ))),
    }
}

/// The financial year of a date, a month, a starting year or a year already written
/// "2026-27".
fn fy(v: &Value) -> TeraResult<Value> {
    if v.is_none() {
        return Ok(missing());
    }
    let year = if let Some(y) = v.as_i64() {
        i32::try_from(y).ok().map(FinancialYear)
    } else if let Some(s) = v.as_str() {
        NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .ok()
            .map(FinancialYear::of_date)
            .or_else(|| s.parse::<FinancialYear>().ok())
            .or_else(|| s.parse::<YearMonth>().ok().map(|m| m.financial_year()))
    } else {
        None
    };
    match year {
        Some(fy) => Ok(safe(&fy.to_string())),
        None => Err(Error::message(format!(
            "the `fy` filter takes a date, a month, a year or a financial year, not {v}"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use tera::Context;

    use super::*;

    fn render(template: &str, value: serde_json::Value) -> String {
        let mut tera = Tera::new();
        register(&mut tera);
        tera.add_raw_template("t", template).unwrap();
        let mut ctx = Context::new();
        ctx.insert("v", &value);
        tera.render("t", &ctx).unwrap()
    }

    #[test]
    fn indian_money() {
        assert_eq!(render("{{ v | inr }}", 1234567.into()), "Rs. 12,34,567");
        assert_eq!(render("{{ v | lakh }}", 299400000.into()), "2,994.00");
        assert_eq!(
            render("{{ v | lakh(unit=true) }}", 250000.into()),
            "Rs. 2.50 lakh"
        );
        assert_eq!(render("{{ v | crore }}", 300000000.into()), "30.00");
        assert_eq!(
            render("{{ v | crore(unit=true) }}", 210000000.into()),
            "Rs. 21.00 crore"
        );
        assert_eq!(render("{{ v | money }}", 450000.into()), "Rs. 4.50 lakh");
        assert_eq!(render("{{ v | inr }}", serde_json::Value::Null), MISSING);
        // A rate per unit keeps its paise (Rs 0.90 per brick).
        assert_eq!(render("{{ v | inr }}", 0.9.into()), "Rs. 0.90");
        assert_eq!(render("{{ v | inr }}", 1250.5.into()), "Rs. 1,250.50");
    }

    #[test]
    fn numbers_group_the_indian_way_and_keep_their_sign() {
        assert_eq!(render("{{ v | num }}", 125000.into()), "1,25,000");
        assert_eq!(render("{{ v | num }}", 1234.5.into()), "1,234.5");
        assert_eq!(render("{{ v | num }}", (-0.5).into()), "-0.5");
        assert_eq!(render("{{ v | num }}", (-1234.25).into()), "-1,234.25");
    }

    #[test]
    fn money_must_be_whole_rupees() {
        let mut tera = Tera::new();
        register(&mut tera);
        tera.add_raw_template("t", "{{ v | lakh }}").unwrap();
        let mut ctx = Context::new();
        ctx.insert("v", &4.5);
        let err = tera.render("t", &ctx).unwrap_err();
        assert!(format!("{err:?}").contains("whole rupees"), "{err:?}");
    }

    #[test]
    fn counts_percentages_and_years() {
        assert_eq!(render("{{ v | num }}", 125000.into()), "1,25,000");
        assert_eq!(render("{{ v | num }}", 12.5.into()), "12.5");
        assert_eq!(render("{{ v | pct }}", 69.97.into()), "69.97%");
        assert_eq!(render("{{ v | pct }}", 60.into()), "60.00%");
        assert_eq!(render("{{ v | pct(decimals=0) }}", 60.into()), "60%");
        assert_eq!(render("{{ v | fixed }}", 4.1.into()), "4.10");
        assert_eq!(render("{{ v | fy }}", 2026.into()), "2026-27");
        assert_eq!(render("{{ v | fy }}", "2027-03".into()), "2026-27");
        assert_eq!(render("{{ v | fy }}", "2027-04-01".into()), "2027-28");
        assert_eq!(render("{{ v | fy }}", "2099-00".into()), "2099-00");
        assert_eq!(render("{{ v | date }}", "2026-05-04".into()), "4 May 2026");
        assert_eq!(render("{{ v | month }}", "2027-04".into()), "Apr 2027");
    }

    #[test]
    fn a_rounded_table_adds_up_as_printed() {
        let t = "{% set t = round_table(rows=[[20074600, 2230600], [1, 499]]) %}\
                 {{ t.cells[0][0] | lakh }}+{{ t.cells[0][1] | lakh }}={{ t.rows[0] | lakh }} \
                 {{ t.columns[1] | lakh }} {{ t.total | lakh }}";
        assert_eq!(
            render(t, serde_json::Value::Null),
            "200.75+22.30=223.05 22.31 223.06"
        );
        let l = "{% set l = round_list(values=[v, 4600]) %}{{ l.cells[0] | lakh }} {{ l.cells[1] | lakh }} {{ l.total | lakh }}";
        assert_eq!(
            render(l, serde_json::Value::Null),
            format!("{MISSING} 0.05 0.05")
        );
    }

    #[test]
    fn text_is_escaped_and_never_blank() {
        assert_eq!(render("{{ v | text }}", "# a | b".into()), "\\# a \\| b");
        assert_eq!(render("{{ v | text }}", "".into()), MISSING);
        assert_eq!(
            render("{{ v | text(missing=\"none recorded\") }}", "".into()),
            "*none recorded*"
        );
        assert_eq!(
            render("{{ v | paragraphs }}", "one\n\ntwo".into()),
            "one\n\ntwo"
        );
    }
}
