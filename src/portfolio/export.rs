//! The portfolio as tables of rows, one table per kind of row (studies, components,
//! actions, indicators, progress, and the files not loaded), written as a SQLite database
//! or as CSV files: the same tables either way, for a BI tool or another engine. Money is
//! whole rupees (INTEGER), quantities are REAL, the rest TEXT.

use std::path::Path;

use super::{periods_without_report, Portfolio};

/// A cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::Text(s.to_string())
    }
}
impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::Text(s)
    }
}
impl From<i64> for Value {
    fn from(v: i64) -> Value {
        Value::Int(v)
    }
}
impl From<u32> for Value {
    fn from(v: u32) -> Value {
        Value::Int(i64::from(v))
    }
}
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Value {
        v.map_or(Value::Null, Into::into)
    }
}

/// A column's name and SQL type.
pub type Column = (&'static str, &'static str);

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub name: &'static str,
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Value>>,
}

fn quantity(v: Option<i64>) -> Value {
    v.map_or(Value::Null, |h| Value::Real(h as f64 / 100.0))
}

const MONEY: [Column; 6] = [
    ("cost_rs", "INTEGER"),
    ("goi_rs", "INTEGER"),
    ("state_rs", "INTEGER"),
    ("spv_rs", "INTEGER"),
    ("other_rs", "INTEGER"),
    ("gap_rs", "INTEGER"),
];

fn money(m: &super::Money) -> [Value; 6] {
    [
        m.cost_rs.into(),
        m.goi_rs.into(),
        m.state_rs.into(),
        m.spv_rs.into(),
        m.other_rs.into(),
        m.gap_rs.into(),
    ]
}

/// The tables of `p`, in the order the README documents them.
pub fn tables(p: &Portfolio) -> Vec<Table> {
    let mut studies = Table {
        name: "studies",
        columns: vec![
            ("file", "TEXT"),
            ("id", "TEXT"),
            ("title", "TEXT"),
            ("cluster", "TEXT"),
            ("state", "TEXT"),
            ("district", "TEXT"),
            ("products", "TEXT"),
            ("sectors", "TEXT"),
            ("scheme", "TEXT"),
            ("scheme_name", "TEXT"),
            ("status", "TEXT"),
            ("stage", "TEXT"),
            ("units", "INTEGER"),
            ("employment", "INTEGER"),
            ("turnover_rs", "INTEGER"),
            ("exports_rs", "INTEGER"),
        ],
        rows: Vec::new(),
    };
    studies.columns.extend(MONEY);
    studies.columns.extend([
        ("spent_goi_rs", "INTEGER"),
        ("spent_state_rs", "INTEGER"),
        ("spent_spv_rs", "INTEGER"),
        ("spent_other_rs", "INTEGER"),
        ("spent_total_rs", "INTEGER"),
        ("selection_score", "REAL"),
        ("selection_passes", "INTEGER"),
        ("errors", "INTEGER"),
        ("warnings", "INTEGER"),
        ("last_period", "TEXT"),
        ("periods_without_report", "INTEGER"),
    ]);
    let mut components = Table {
        name: "components",
        columns: vec![("file", "TEXT"), ("component", "TEXT"), ("name", "TEXT")],
        rows: Vec::new(),
    };
    components.columns.extend(MONEY);
    let mut actions = Table {
        name: "actions",
        columns: vec![
            ("file", "TEXT"),
            ("action", "TEXT"),
            ("title", "TEXT"),
            ("kind", "TEXT"),
            ("component", "TEXT"),
            ("theme", "TEXT"),
            ("cost_rs", "INTEGER"),
            ("start_month", "INTEGER"),
            ("months", "INTEGER"),
            ("status", "TEXT"),
            ("spent_rs", "INTEGER"),
        ],
        rows: Vec::new(),
    };
    let mut indicators = Table {
        name: "indicators",
        columns: vec![
            ("file", "TEXT"),
            ("indicator", "TEXT"),
            ("level", "TEXT"),
            ("name", "TEXT"),
            ("unit", "TEXT"),
            ("baseline", "REAL"),
            ("target", "REAL"),
            ("latest", "REAL"),
            ("latest_period", "TEXT"),
            ("track", "TEXT"),
        ],
        rows: Vec::new(),
    };
    let mut progress = Table {
        name: "progress",
        columns: vec![
            ("file", "TEXT"),
            ("period", "TEXT"),
            ("action", "TEXT"),
            ("status", "TEXT"),
            ("goi_rs", "INTEGER"),
            ("state_rs", "INTEGER"),
            ("spv_rs", "INTEGER"),
            ("other_rs", "INTEGER"),
            ("total_rs", "INTEGER"),
        ],
        rows: Vec::new(),
    };
    for r in &p.studies {
        let file: Value = r.file.clone().into();
        let mut row: Vec<Value> = vec![
            file.clone(),
            r.id.clone().into(),
            r.title.clone().into(),
            r.cluster.clone().into(),
            r.state.clone().into(),
            r.district.clone().into(),
            r.products.join("; ").into(),
            r.sectors.join("; ").into(),
            r.scheme.clone().into(),
            r.scheme_name.clone().into(),
            r.status.clone().into(),
            r.stage.word().into(),
            r.units.into(),
            r.employment.into(),
            r.turnover_rs.into(),
            r.exports_rs.into(),
        ];
        row.extend(money(&r.planned));
        row.extend([
            r.spent.goi_rs.into(),
            r.spent.state_rs.into(),
            r.spent.spv_rs.into(),
            r.spent.other_rs.into(),
            r.spent.cost_rs.into(),
            quantity(r.selection.as_ref().map(|s| s.total_x100)),
            r.selection
                .as_ref()
                .and_then(|s| s.passes)
                .map(i64::from)
                .into(),
            r.errors.into(),
            r.warnings.into(),
            r.last_period.clone().into(),
            periods_without_report(r, p.today).into(),
        ]);
        studies.rows.push(row);
        for c in &r.components {
            let mut row: Vec<Value> =
                vec![file.clone(), c.id.clone().into(), c.name.clone().into()];
            row.extend(money(&c.money));
            components.rows.push(row);
        }
        for a in &r.actions {
            actions.rows.push(vec![
                file.clone(),
                a.id.clone().into(),
                a.title.clone().into(),
                a.kind.clone().into(),
                a.component.clone().into(),
                a.theme.clone().into(),
                a.cost_rs.into(),
                a.start_month.into(),
                a.months.into(),
                a.status.clone().into(),
                a.spent_rs.into(),
            ]);
        }
        for k in &r.indicators {
            indicators.rows.push(vec![
                file.clone(),
                k.id.clone().into(),
                k.level.clone().into(),
                k.name.clone().into(),
                k.unit.clone().into(),
                quantity(k.baseline_x100),
                quantity(k.target_x100),
                quantity(k.latest_x100),
                k.latest_period.clone().into(),
                k.track.word().into(),
            ]);
        }
        for e in &r.progress {
            progress.rows.push(vec![
                file.clone(),
                e.period.clone().into(),
                e.action.clone().into(),
                e.status.clone().into(),
                e.goi_rs.into(),
                e.state_rs.into(),
                e.spv_rs.into(),
                e.other_rs.into(),
                e.total_rs.into(),
            ]);
        }
    }
    let not_loaded = Table {
        name: "not_loaded",
        columns: vec![("file", "TEXT"), ("kind", "TEXT"), ("error", "TEXT")],
        rows: p
            .not_loaded
            .iter()
            .map(|n| vec![n.file.clone().into(), n.kind.into(), n.error.clone().into()])
            .collect(),
    };
    vec![
        studies, components, actions, indicators, progress, not_loaded,
    ]
}

/// A field of CSV (RFC 4180): quoted when it holds a comma, quote or line break.
fn csv_field(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::Int(i) => i.to_string(),
        Value::Real(f) => f.to_string(),
        Value::Text(s) => {
            if s.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", s.replace('"', "\"\""))
            } else {
                s.clone()
            }
        }
    }
}

/// A table as CSV text, its header first.
pub fn csv(t: &Table) -> String {
    let mut out = String::new();
    let header: Vec<&str> = t.columns.iter().map(|c| c.0).collect();
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for r in &t.rows {
        let cells: Vec<String> = r.iter().map(csv_field).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Writes every table as `DIR/<table>.csv` (the folder is made if need be), each file
/// written whole and renamed into place.
pub fn write_csv(tables: &[Table], dir: &Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for t in tables {
        let path = dir.join(format!("{}.csv", t.name));
        crate::store::replace_atomic(&path, csv(t).as_bytes())
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// Writes the tables as a new SQLite database at `path`: built in a temporary file beside
/// it and renamed over any older one only when complete.
pub fn write_sqlite(tables: &[Table], path: &Path) -> Result<(), String> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "portfolio.sqlite".into());
    let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let _ = std::fs::remove_file(&tmp);
    let result = fill(tables, &tmp);
    match result {
        Ok(()) => std::fs::rename(&tmp, path).map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            format!("{}: {e}", path.display())
        }),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(format!("{}: {e}", path.display()))
        }
    }
}

fn quote_ident(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

fn fill(tables: &[Table], path: &Path) -> Result<(), rusqlite::Error> {
    let mut db = rusqlite::Connection::open(path)?;
    let tx = db.transaction()?;
    for t in tables {
        let cols: Vec<String> = t
            .columns
            .iter()
            .map(|(n, ty)| format!("{} {ty}", quote_ident(n)))
            .collect();
        tx.execute(
            &format!("CREATE TABLE {} ({})", quote_ident(t.name), cols.join(", ")),
            [],
        )?;
        let marks: Vec<String> = (1..=t.columns.len()).map(|i| format!("?{i}")).collect();
        let mut insert = tx.prepare(&format!(
            "INSERT INTO {} VALUES ({})",
            quote_ident(t.name),
            marks.join(", ")
        ))?;
        for r in &t.rows {
            let params: Vec<rusqlite::types::Value> = r
                .iter()
                .map(|v| match v {
                    Value::Null => rusqlite::types::Value::Null,
                    Value::Int(i) => rusqlite::types::Value::Integer(*i),
                    Value::Real(f) => rusqlite::types::Value::Real(*f),
                    Value::Text(s) => rusqlite::types::Value::Text(s.clone()),
                })
                .collect();
            insert.execute(rusqlite::params_from_iter(params))?;
        }
    }
    tx.commit()?;
    Ok(())
}
