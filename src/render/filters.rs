//! The tera filters of the document templates: Indian money (`inr`, `lakh`, `crore`,
//! `money`), counts (`num`), ratios (`fixed`), percentages (`pct`), dates (`date`, `month`, `fy`) and study
//! text (`text`, `paragraphs`). Each turns an empty value into the visible "not yet filled
//! in" remark, and each writes Markdown that is safe where a template puts it.
//!
//! They only format: every figure comes computed from the model, `scheme` or `finance`.

use chrono::NaiveDate;
use tera::{Error, Kwargs, State, Tera, TeraResult, Value};

use super::markdown::{escape_inline, escape_paragraphs, MISSING};
use crate::model::money::group_indian;
use crate::model::{FinancialYear, Rupees, YearMonth};

/// Registers every filter on `tera` (before templates are added: tera checks filter names
/// when it compiles a template).
pub fn register(tera: &mut Tera) {
    tera.register_filter("inr", |v: Value, _: Kwargs, _: &State| {
        money(&v, "inr", |r| r.inr())
    });
    tera.register_filter("lakh", |v: Value, k: Kwargs, _: &State| {
        let unit = k.get::<bool>("unit")?.unwrap_or(false);
        money(&v, "lakh", |r| {
            if unit {
                format!("Rs. {} lakh", r.lakh_figure())
            } else {
                r.lakh_figure()
            }
        })
    });
    tera.register_filter("crore", |v: Value, k: Kwargs, _: &State| {
        let unit = k.get::<bool>("unit")?.unwrap_or(false);
        money(&v, "crore", |r| {
            if unit {
                format!("Rs. {} crore", r.crore_figure())
            } else {
                r.crore_figure()
            }
        })
    });
    tera.register_filter("money", |v: Value, _: Kwargs, _: &State| {
        money(&v, "money", |r| r.human())
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
}

fn safe(s: &str) -> Value {
    Value::safe_string(s)
}

fn missing() -> Value {
    safe(MISSING)
}

/// A template's own wording for an empty value ("none recorded"), set like the missing
/// remark so that it reads as a remark and not as data.
fn remark(words: &str) -> String {
    format!("*{}*", escape_inline(words))
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

fn date(v: &Value) -> TeraResult<Value> {
    if v.is_none() {
        return Ok(missing());
    }
    let parsed = v
        .as_str()
        .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
    match parsed {
        Some(d) => Ok(safe(&d.format("%-d %B %Y").to_string())),
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
        Some(m) => Ok(safe(&m.label())),
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
