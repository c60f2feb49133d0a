//! Amounts and dates the Hindi way: "रु. 2.50 लाख", "दो करोड़ पचास लाख रुपये",
//! "वित्तीय वर्ष 2025-26", "3 दिसंबर 2026". The figures stay in the Indian grouping with
//! international digits, as Hindi government documents print them (the Madhya Pradesh
//! roadmap's Hindi edition writes "रु. 112 करोड़"); only the words change.

use crate::model::Rupees;

const LAKH: i64 = 1_00_000;
const CRORE: i64 = 1_00_00_000;

/// The Hindi words for 0 to 99. Hindi has a word of its own for every number below a
/// hundred (पैंतालीस is not "forty-five" put together), so they are listed, not composed.
const BELOW_HUNDRED: [&str; 100] = [
    "शून्य",
    "एक",
    "दो",
    "तीन",
    "चार",
    "पाँच",
    "छह",
    "सात",
    "आठ",
    "नौ", //
    "दस",
    "ग्यारह",
    "बारह",
    "तेरह",
    "चौदह",
    "पंद्रह",
    "सोलह",
    "सत्रह",
    "अठारह",
    "उन्नीस", //
    "बीस",
    "इक्कीस",
    "बाईस",
    "तेईस",
    "चौबीस",
    "पच्चीस",
    "छब्बीस",
    "सत्ताईस",
    "अट्ठाईस",
    "उनतीस", //
    "तीस",
    "इकतीस",
    "बत्तीस",
    "तैंतीस",
    "चौंतीस",
    "पैंतीस",
    "छत्तीस",
    "सैंतीस",
    "अड़तीस",
    "उनतालीस", //
    "चालीस",
    "इकतालीस",
    "बयालीस",
    "तैंतालीस",
    "चवालीस",
    "पैंतालीस",
    "छियालीस",
    "सैंतालीस",
    "अड़तालीस",
    "उनचास", //
    "पचास",
    "इक्यावन",
    "बावन",
    "तिरपन",
    "चौवन",
    "पचपन",
    "छप्पन",
    "सत्तावन",
    "अट्ठावन",
    "उनसठ", //
    "साठ",
    "इकसठ",
    "बासठ",
    "तिरसठ",
    "चौंसठ",
    "पैंसठ",
    "छियासठ",
    "सड़सठ",
    "अड़सठ",
    "उनहत्तर", //
    "सत्तर",
    "इकहत्तर",
    "बहत्तर",
    "तिहत्तर",
    "चौहत्तर",
    "पचहत्तर",
    "छिहत्तर",
    "सतहत्तर",
    "अठहत्तर",
    "उन्यासी", //
    "अस्सी",
    "इक्यासी",
    "बयासी",
    "तिरासी",
    "चौरासी",
    "पचासी",
    "छियासी",
    "सत्तासी",
    "अट्ठासी",
    "नवासी", //
    "नब्बे",
    "इक्यानबे",
    "बानबे",
    "तिरानबे",
    "चौरानबे",
    "पचानबे",
    "छियानबे",
    "सत्तानबे",
    "अट्ठानबे",
    "निन्यानबे",
];

/// A whole number in Hindi words, in the Indian scale: 2,50,00,000 → "दो करोड़ पचास लाख";
/// 1,05,000 → "एक लाख पाँच हज़ार"; 0 → "शून्य". Above 99 crore the crores are themselves
/// counted in words ("एक सौ बारह करोड़"), as a department writes them.
pub fn words(n: u64) -> String {
    if n == 0 {
        return BELOW_HUNDRED[0].to_string();
    }
    let mut parts: Vec<String> = Vec::new();
    let crore = n / CRORE as u64;
    let rest = n % CRORE as u64;
    if crore > 0 {
        parts.push(format!("{} करोड़", words(crore)));
    }
    let lakh = rest / LAKH as u64;
    let thousand = rest % LAKH as u64 / 1000;
    let hundred = rest % 1000 / 100;
    let units = rest % 100;
    for (count, name) in [(lakh, "लाख"), (thousand, "हज़ार"), (hundred, "सौ")] {
        if count > 0 {
            parts.push(format!("{} {name}", BELOW_HUNDRED[count as usize]));
        }
    }
    if units > 0 {
        parts.push(BELOW_HUNDRED[units as usize].to_string());
    }
    parts.join(" ")
}

/// An amount in words as a cheque or a sanction letter writes it: "दो करोड़ पचास लाख
/// रुपये मात्र"; a negative amount is "ऋण" (minus) before it.
pub fn amount_in_words(amount: Rupees) -> String {
    let sign = if amount.get() < 0 { "ऋण " } else { "" };
    format!("{sign}{} रुपये मात्र", words(amount.get().unsigned_abs()))
}

/// An amount read at a glance, the Hindi counterpart of [`Rupees::human`]: "रु. 15,000"
/// below a lakh, "रु. 4.50 लाख" below a crore, "रु. 2.50 करोड़" from a crore up, the
/// figure rounded exactly as the English one is.
pub fn human(amount: Rupees) -> String {
    let abs = amount.get().unsigned_abs();
    if abs >= CRORE as u64 {
        format!("रु. {} करोड़", amount.crore_figure())
    } else if abs >= LAKH as u64 {
        format!("रु. {} लाख", amount.lakh_figure())
    } else {
        format!("रु. {}", amount.grouped())
    }
}

/// An amount to the rupee, the Hindi counterpart of [`Rupees::inr`]: "रु. 22,30,000".
pub fn exact(amount: Rupees) -> String {
    format!("रु. {}", amount.grouped())
}

/// The months as the Government of India's Hindi calendar names them.
const MONTHS: [&str; 12] = [
    "जनवरी",
    "फ़रवरी",
    "मार्च",
    "अप्रैल",
    "मई",
    "जून",
    "जुलाई",
    "अगस्त",
    "सितंबर",
    "अक्टूबर",
    "नवंबर",
    "दिसंबर",
];

/// "3 दिसंबर 2026".
pub fn date(d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    format!("{} {} {}", d.day(), MONTHS[d.month0() as usize], d.year())
}

/// "दिसंबर 2026", for a month of a schedule.
pub fn month(year: i32, month: u32) -> String {
    let name = MONTHS
        .get(month.saturating_sub(1) as usize)
        .copied()
        .unwrap_or("?");
    format!("{name} {year}")
}

/// "वित्तीय वर्ष 2025-26" for the financial year starting in April of `start_year`.
pub fn financial_year(start_year: i32) -> String {
    format!(
        "वित्तीय वर्ष {}-{:02}",
        start_year,
        (start_year + 1).rem_euclid(100)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Worked by hand from the Hindi number names; each line reads as a person says it.
    #[test]
    fn numbers_in_words_the_indian_way() {
        let cases: &[(u64, &str)] = &[
            (0, "शून्य"),
            (5, "पाँच"),
            (45, "पैंतालीस"),
            (99, "निन्यानबे"),
            (100, "एक सौ"),
            (101, "एक सौ एक"),
            (1_000, "एक हज़ार"),
            (1_05_000, "एक लाख पाँच हज़ार"),
            (4_50_000, "चार लाख पचास हज़ार"),
            (12_34_567, "बारह लाख चौंतीस हज़ार पाँच सौ सड़सठ"),
            (2_50_00_000, "दो करोड़ पचास लाख"),
            (1_12_00_00_000, "एक सौ बारह करोड़"),
            (
                99_99_99_999,
                "निन्यानबे करोड़ निन्यानबे लाख निन्यानबे हज़ार नौ सौ निन्यानबे",
            ),
            (10_00_00_00_000, "एक हज़ार करोड़"),
        ];
        for (n, want) in cases {
            assert_eq!(words(*n), *want, "{n}");
        }
    }

    #[test]
    fn amounts_at_a_glance_and_in_words() {
        assert_eq!(human(Rupees(2_50_000)), "रु. 2.50 लाख");
        assert_eq!(human(Rupees(2_50_00_000)), "रु. 2.50 करोड़");
        assert_eq!(human(Rupees(15_000)), "रु. 15,000");
        assert_eq!(human(Rupees(-4_50_000)), "रु. -4.50 लाख");
        assert_eq!(
            amount_in_words(Rupees(2_50_00_000)),
            "दो करोड़ पचास लाख रुपये मात्र"
        );
        assert_eq!(amount_in_words(Rupees(-1_000)), "ऋण एक हज़ार रुपये मात्र");
    }

    #[test]
    fn dates_and_financial_years() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        assert_eq!(date(d), "3 दिसंबर 2026");
        assert_eq!(month(2027, 4), "अप्रैल 2027");
        assert_eq!(financial_year(2025), "वित्तीय वर्ष 2025-26");
        assert_eq!(financial_year(2099), "वित्तीय वर्ष 2099-00");
    }

    /// Every number below a crore has words, and no two numbers share them.
    #[test]
    fn words_are_unique_below_a_lakh() {
        let mut seen = std::collections::HashSet::new();
        for n in 0..1_00_000u64 {
            assert!(seen.insert(words(n)), "{n} reads like another number");
        }
    }
}
