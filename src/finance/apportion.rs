//! Rounding a table of exact amounts for print so that it adds up as printed, across and
//! down, for any amounts.
//!
//! A table in Rs. lakh shows each amount to 0.01 lakh (Rs. 1,000). Rounding each cell on its
//! own makes a column miss its total by a unit now and then (200.75 + 22.31 = 223.06 printed
//! against a total of 223.05), and an appraiser re-adds every table. The method, for a table
//! of exact whole-rupee cells with row totals, column totals and a grand total:
//!
//! 1. The grand total is rounded correctly (half away from zero, as the `lakh` filter
//!    rounds), so it agrees with the same amount printed in the text.
//! 2. The row totals are apportioned from their exact values to that grand total by largest
//!    remainder: each is its exact value rounded down to the unit, and the units still
//!    missing go to the rows with the largest remainders (earlier rows first on a tie).
//!    The column totals likewise.
//! 3. The cells are then rounded to fit both sets of margins: each starts rounded down, and a
//!    cell takes one more unit where its row and its column both still need one, largest
//!    remainders first, with augmenting paths (a transport problem) to place the last units.
//!    Only if the margins admit no rounding of the cells to adjacent multiples does a cell
//!    move by more than one unit; the sums hold in every case.
//!
//! A one-column list is the same table with one column. The results are whole rupees at a
//! multiple of the unit, so the `lakh` filter prints them exactly.

/// A table rounded for print: every figure a multiple of the unit, every row of `cells`
/// adding to its entry in `rows`, every column to its entry in `columns`, and both to
/// `total`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rounded {
    pub cells: Vec<Vec<i64>>,
    pub rows: Vec<i64>,
    pub columns: Vec<i64>,
    pub total: i64,
}

/// `v` to the nearest multiple of `unit`, half away from zero. `unit` must be positive.
pub fn round_to(v: i64, unit: i64) -> i64 {
    let u = unit.max(1) as i128;
    let v = v as i128;
    let q = (v.abs() + u / 2) / u * u;
    (if v < 0 { -q } else { q }) as i64
}

/// `v` rounded down to a multiple of `unit`, and what is left over (`0 ≤ rest < unit`).
fn floor_rest(v: i64, unit: i64) -> (i64, i64) {
    let f = v.div_euclid(unit) * unit;
    (f, v - f)
}

/// `parts` rounded to multiples of `unit` so that they add up to `target` (itself a
/// multiple of `unit`): largest remainder. When `target` is the correctly rounded sum of
/// the parts, every part ends rounded up or down, never further.
pub fn apportion(parts: &[i64], target: i64, unit: i64) -> Vec<i64> {
    let unit = unit.max(1);
    let mut out: Vec<i64> = Vec::with_capacity(parts.len());
    let mut rests: Vec<(i64, usize)> = Vec::with_capacity(parts.len());
    for (i, &p) in parts.iter().enumerate() {
        let (f, r) = floor_rest(p, unit);
        out.push(f);
        rests.push((r, i));
    }
    if out.is_empty() {
        return out;
    }
    // Largest remainder first; on a tie the earlier part.
    rests.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut missing = (target - out.iter().sum::<i64>()).div_euclid(unit);
    // A target outside the parts' reach (not their rounded sum) still comes out exact:
    // the units go round again.
    let n = out.len();
    let mut k = 0usize;
    while missing > 0 {
        out[rests[k % n].1] += unit;
        missing -= 1;
        k += 1;
    }
    let mut k = 0usize;
    while missing < 0 {
        out[rests[n - 1 - k % n].1] -= unit;
        missing += 1;
        k += 1;
    }
    out
}

/// `total` split over parts in proportion to `weights` (negative weights count as zero),
/// whole units by largest remainder, so that the parts add up to `total` exactly. With no
/// weight at all the first part takes everything.
pub fn split(total: i64, weights: &[i64]) -> Vec<i64> {
    let n = weights.len();
    let sum: i128 = weights.iter().map(|&w| w.max(0) as i128).sum();
    let mut out = vec![0i64; n];
    if n == 0 {
        return out;
    }
    if sum == 0 {
        out[0] = total;
        return out;
    }
    let mut rests: Vec<(i128, usize)> = Vec::with_capacity(n);
    for (i, &w) in weights.iter().enumerate() {
        let exact = total as i128 * w.max(0) as i128;
        out[i] = exact.div_euclid(sum) as i64;
        rests.push((exact.rem_euclid(sum), i));
    }
    rests.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let missing = total - out.iter().sum::<i64>();
    for k in 0..missing.max(0) as usize {
        out[rests[k % n].1] += 1;
    }
    out
}

/// A project's funds by period and source: the cost spread over the periods in proportion
/// to their `weights` (months of work in each), and each period's spending met by the
/// sources in the order given (the first source's whole amount before the second's), as
/// funds that come upfront are spent first. Rows are periods, columns sources; every row
/// adds up to its period's spending and every column to its source. The sources must add
/// up to the cost (what they do not cover stays unfunded).
pub fn phasing(weights: &[i64], sources: &[i64]) -> Vec<Vec<i64>> {
    let cost: i64 = sources.iter().map(|s| s.max(&0)).sum();
    let spend = split(cost, weights);
    let mut left: Vec<i64> = sources.iter().map(|s| (*s).max(0)).collect();
    let mut k = 0usize;
    spend
        .into_iter()
        .map(|mut need| {
            let mut row = vec![0i64; sources.len()];
            while need > 0 && k < left.len() {
                let take = need.min(left[k]);
                row[k] += take;
                left[k] -= take;
                need -= take;
                if left[k] == 0 {
                    k += 1;
                }
            }
            row
        })
        .collect()
}

/// The one-column case: `parts` and their total rounded so that the printed parts add up
/// to the printed total, which is the exact total correctly rounded.
pub fn column(parts: &[i64], unit: i64) -> (Vec<i64>, i64) {
    let total = round_to(parts.iter().sum(), unit);
    (apportion(parts, total, unit), total)
}

/// Every part rounded on its own except the one at `absorb`, which takes what makes the
/// parts add up to the correctly rounded total. For a row whose other figures are printed
/// elsewhere too (a balance sheet: net block and current assets beside the cash that
/// balances them), so that they read the same everywhere.
pub fn column_absorbed(parts: &[i64], unit: i64, absorb: usize) -> (Vec<i64>, i64) {
    column_fixed(parts, &[], unit, absorb)
}

/// As [`column_absorbed`], with some parts' printed figures given (`fixed[i]`, a figure
/// printed elsewhere that this row must repeat).
pub fn column_fixed(
    parts: &[i64],
    fixed: &[Option<i64>],
    unit: i64,
    absorb: usize,
) -> (Vec<i64>, i64) {
    let unit = unit.max(1);
    let total = round_to(parts.iter().sum(), unit);
    if absorb >= parts.len() {
        return column(parts, unit);
    }
    let mut out: Vec<i64> = parts
        .iter()
        .enumerate()
        .map(|(i, &p)| {
            fixed
                .get(i)
                .copied()
                .flatten()
                .unwrap_or_else(|| round_to(p, unit))
        })
        .collect();
    let others: i64 = out
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != absorb)
        .map(|(_, v)| v)
        .sum();
    out[absorb] = total - others;
    (out, total)
}

/// A table whose rows are each a list with its own total (a year of a schedule): each
/// row apportioned to its correctly rounded total, the columns and the grand total the
/// sums of the printed figures, so the table adds up across and down as printed and each
/// row's total reads as it does elsewhere.
/// With `absorb`, each row is rounded as [`column_absorbed`] rounds it, the first row
/// absorbing at `absorb_first` when given (an opening balance sheet, whose cash is nil).
pub fn by_rows(
    cells: &[Vec<i64>],
    unit: i64,
    absorb: Option<usize>,
    absorb_first: Option<usize>,
) -> Rounded {
    let width = cells.iter().map(Vec::len).max().unwrap_or(0);
    let mut out = Vec::with_capacity(cells.len());
    let mut rows = Vec::with_capacity(cells.len());
    for (i, row) in cells.iter().enumerate() {
        let mut padded = row.clone();
        padded.resize(width, 0);
        let absorb = if i == 0 {
            absorb_first.or(absorb)
        } else {
            absorb
        };
        let (shown, total) = match absorb {
            Some(at) => column_absorbed(&padded, unit, at),
            None => column(&padded, unit),
        };
        out.push(shown);
        rows.push(total);
    }
    let columns: Vec<i64> = (0..width).map(|j| out.iter().map(|r| r[j]).sum()).collect();
    let total = rows.iter().sum();
    Rounded {
        cells: out,
        rows,
        columns,
        total,
    }
}

/// A two-way table rounded together (the method is in the module comment). Rows may be
/// of different lengths; a missing cell counts as zero.
pub fn table(cells: &[Vec<i64>], unit: i64) -> Rounded {
    let unit = unit.max(1);
    let width = cells.iter().map(Vec::len).max().unwrap_or(0);
    let at = |i: usize, j: usize| cells[i].get(j).copied().unwrap_or(0);
    let row_exact: Vec<i64> = (0..cells.len())
        .map(|i| (0..width).map(|j| at(i, j)).sum())
        .collect();
    let col_exact: Vec<i64> = (0..width)
        .map(|j| (0..cells.len()).map(|i| at(i, j)).sum())
        .collect();
    let total = round_to(row_exact.iter().sum(), unit);
    let rows = apportion(&row_exact, total, unit);
    let columns = apportion(&col_exact, total, unit);

    // Start every cell rounded down; count the units each row and column still needs.
    let mut out = vec![vec![0i64; width]; cells.len()];
    let mut rest = vec![vec![0i64; width]; cells.len()];
    for i in 0..cells.len() {
        for j in 0..width {
            let (f, r) = floor_rest(at(i, j), unit);
            out[i][j] = f;
            rest[i][j] = r;
        }
    }
    let (mut row_need, mut col_need) = units_short(&out, &rows, &columns, unit);
    // Which cells took their one unit up.
    let mut up = vec![vec![false; width]; cells.len()];

    // Largest remainders first, where row and column both need a unit.
    let mut order: Vec<(i64, usize, usize)> = (0..cells.len())
        .flat_map(|i| (0..width).map(move |j| (i, j)))
        .filter(|&(i, j)| rest[i][j] > 0)
        .map(|(i, j)| (rest[i][j], i, j))
        .collect();
    order.sort_by(|a, b| b.0.cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    for &(_, i, j) in &order {
        if row_need[i] > 0 && col_need[j] > 0 {
            up[i][j] = true;
            row_need[i] -= 1;
            col_need[j] -= 1;
        }
    }
    // The greedy pass can leave a row and a column short that no free cell joins: move
    // units along an augmenting path (row → cell not yet up → column → cell up → row ...).
    while let Some(i0) = row_need.iter().position(|&n| n > 0) {
        let Some((path, j_end)) = augment(i0, &rest, &up, &col_need) else {
            break;
        };
        for (i, j, raise) in path {
            up[i][j] = raise;
        }
        row_need[i0] -= 1;
        col_need[j_end] -= 1;
    }
    for i in 0..cells.len() {
        for j in 0..width {
            if up[i][j] {
                out[i][j] += unit;
            }
        }
    }
    // Whatever no rounding to adjacent multiples can reach (rare, and only when the
    // margins force it) is placed where the row and the column both still need it.
    let (mut row_need, mut col_need) = units_short(&out, &rows, &columns, unit);
    for i in 0..cells.len() {
        for j in 0..width {
            while row_need[i] > 0 && col_need[j] > 0 {
                out[i][j] += unit;
                row_need[i] -= 1;
                col_need[j] -= 1;
            }
        }
    }
    Rounded {
        cells: out,
        rows,
        columns,
        total,
    }
}

/// One cell of an augmenting path: its row, its column, and whether it is raised.
type Step = (usize, usize, bool);

/// A shortest augmenting path from row `i0` to a column that still needs a unit: the cells
/// to set (raised or lowered) and the column it ends at. Rows are reached from a column
/// through a cell already raised (lowering it), columns from a row through a cell with a
/// remainder not yet raised (raising it).
fn augment(
    i0: usize,
    rest: &[Vec<i64>],
    up: &[Vec<bool>],
    col_need: &[i64],
) -> Option<(Vec<Step>, usize)> {
    let rows = rest.len();
    let width = col_need.len();
    // For a column: the row it was reached from; for a row: the column.
    let mut col_from: Vec<Option<usize>> = vec![None; width];
    let mut row_from: Vec<Option<usize>> = vec![None; rows];
    let mut row_seen = vec![false; rows];
    row_seen[i0] = true;
    let mut queue = std::collections::VecDeque::from([i0]);
    while let Some(i) = queue.pop_front() {
        for j in 0..width {
            if col_from[j].is_some() || up[i][j] || rest[i][j] <= 0 {
                continue;
            }
            col_from[j] = Some(i);
            if col_need[j] > 0 {
                // Walk back: raise (i, j), lower (i', j') ... to the start.
                let mut path = Vec::new();
                let mut jj = j;
                loop {
                    let ii = col_from[jj]?;
                    path.push((ii, jj, true));
                    if ii == i0 {
                        return Some((path, j));
                    }
                    let jp = row_from[ii]?;
                    path.push((ii, jp, false));
                    jj = jp;
                }
            }
            for (i2, seen) in row_seen.iter_mut().enumerate() {
                if !*seen && up[i2][j] {
                    *seen = true;
                    row_from[i2] = Some(j);
                    queue.push_back(i2);
                }
            }
        }
    }
    None
}

/// How many units of `unit` each row and each column of `out` still lacks against the
/// margins `rows` and `columns`.
fn units_short(out: &[Vec<i64>], rows: &[i64], columns: &[i64], unit: i64) -> (Vec<i64>, Vec<i64>) {
    let rows_short = out
        .iter()
        .zip(rows)
        .map(|(row, &total)| (total - row.iter().sum::<i64>()).div_euclid(unit))
        .collect();
    let columns_short = columns
        .iter()
        .enumerate()
        .map(|(j, &total)| (total - out.iter().map(|row| row[j]).sum::<i64>()).div_euclid(unit))
        .collect();
    (rows_short, columns_short)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    const U: i64 = 1_000;

    fn adds_up(r: &Rounded) -> bool {
        r.cells
            .iter()
            .zip(&r.rows)
            .all(|(c, t)| c.iter().sum::<i64>() == *t)
            && (0..r.columns.len())
                .all(|j| r.cells.iter().map(|c| c[j]).sum::<i64>() == r.columns[j])
            && r.rows.iter().sum::<i64>() == r.total
            && r.columns.iter().sum::<i64>() == r.total
    }

    #[test]
    fn bokaro_grant_and_share_add_up() {
        // 200.75 + 22.31 printed against 223.05: exact 2,00,74,600 + 22,30,600.
        let (parts, total) = column(&[2_00_74_600, 22_30_600], U);
        assert_eq!(total, 2_23_05_000);
        assert_eq!(parts.iter().sum::<i64>(), total);
        assert!(parts.contains(&2_00_75_000) || parts.contains(&22_31_000));
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(round_to(1_500, U), 2_000);
        assert_eq!(round_to(1_499, U), 1_000);
        assert_eq!(round_to(-1_500, U), -2_000);
        assert_eq!(round_to(-1_499, U), -1_000);
    }

    #[test]
    fn largest_remainder_gets_the_unit() {
        // 0.4 + 0.4 + 0.2 = 1.0: the two 0.4s take the unit, the first one on a tie.
        assert_eq!(apportion(&[400, 400, 200], U, U), vec![1_000, 0, 0]);
        assert_eq!(apportion(&[300, 600, 100], U, U), vec![0, 1_000, 0]);
    }

    #[test]
    fn upfront_sources_are_spent_first() {
        // 100 over two years 1:3; SPV 30 first, then GoI 70.
        assert_eq!(phasing(&[1, 3], &[30, 70]), vec![vec![25, 0], vec![5, 70]]);
    }

    #[test]
    fn a_split_adds_up_to_its_total() {
        assert_eq!(split(100, &[1, 1, 1]), vec![34, 33, 33]);
        assert_eq!(split(10, &[0, 0]), vec![10, 0]);
        assert_eq!(split(-7, &[1, 1]), vec![-3, -4]);
        assert_eq!(split(7, &[]), Vec::<i64>::new());
    }

    #[test]
    fn a_table_that_greedy_alone_cannot_round() {
        let t = table(
            &[vec![600, 600, 0], vec![0, 600, 600], vec![600, 0, 600]],
            U,
        );
        assert!(adds_up(&t), "{t:?}");
        assert_eq!(t.total, 4_000);
    }

    #[test]
    fn an_absorbing_cell_takes_the_difference() {
        // 0.6 + 0.6 + 0.6 = 1.8 → 2: the first two round to 1 each, the third takes 0.
        let (cells, total) = column_absorbed(&[600, 600, 600], U, 2);
        assert_eq!((cells, total), (vec![1_000, 1_000, 0], 2_000));
        let t = by_rows(&[vec![600, 600], vec![400, 400]], U, None, None);
        assert!(adds_up(&t), "{t:?}");
        assert_eq!(t.rows, vec![1_000, 1_000]);
    }

    proptest! {
        #[test]
        fn every_table_adds_up_across_and_down(
            cells in prop::collection::vec(prop::collection::vec(-5_000_000i64..500_000_000, 1..6), 1..8),
        ) {
            let t = table(&cells, U);
            prop_assert!(adds_up(&t), "{:?}", t);
            let exact: i64 = cells.iter().flatten().sum();
            prop_assert_eq!(t.total, round_to(exact, U));
            // Every margin within a unit of its exact value.
            for (i, row) in cells.iter().enumerate() {
                let e: i64 = row.iter().sum();
                prop_assert!((t.rows[i] - e).abs() < U);
            }
            for v in t.cells.iter().flatten() {
                prop_assert_eq!(v % U, 0);
            }
        }

        #[test]
        fn a_column_adds_up_to_its_rounded_total(parts in prop::collection::vec(0i64..1_000_000_000, 0..12)) {
            let (shown, total) = column(&parts, U);
            prop_assert_eq!(shown.iter().sum::<i64>(), total);
            prop_assert_eq!(total, round_to(parts.iter().sum(), U));
            for (s, p) in shown.iter().zip(&parts) {
                prop_assert!((s - p).abs() < U);
            }
        }
    }
}
