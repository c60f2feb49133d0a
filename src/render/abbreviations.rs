//! The list of abbreviations: the template's `<!-- abbreviations -->` line becomes a table of
//! the abbreviations the rendered document uses, and only those, from one glossary of the
//! terms of Indian cluster development (schemes, agencies, finance, the trades of the
//! example clusters). An abbreviation the glossary lacks is simply not listed.

use super::markdown::ABBREVIATIONS;
use super::words::label;

/// (abbreviation, what it stands for), in no particular order: the list is sorted.
const GLOSSARY: &[(&str, &str)] = &[
    ("BDS", "Business Development Services"),
    ("BEP", "Break-Even Point"),
    ("BIS", "Bureau of Indian Standards"),
    ("BMO", "Business Membership Organisation"),
    ("CAD", "Computer-Aided Design"),
    ("CAE", "Computer-Aided Engineering"),
    ("CAM", "Computer-Aided Manufacturing"),
    ("CDA", "Cluster Development Agent"),
    ("CFC", "Common Facility Centre"),
    (
        "CGTMSE",
        "Credit Guarantee Fund Trust for Micro and Small Enterprises",
    ),
    (
        "CIPET",
        "Central Institute of Petrochemicals Engineering and Technology",
    ),
    ("CMM", "Coordinate Measuring Machine"),
    ("CNC", "Computer Numerical Control"),
    ("DIC", "District Industries Centre"),
    ("DPR", "Detailed Project Report"),
    ("DSC", "Differential Scanning Calorimetry"),
    ("DSCR", "Debt Service Coverage Ratio"),
    ("DSR", "Diagnostic Study Report"),
    ("EDM", "Electrical Discharge Machining"),
    ("EPR", "Extended Producer Responsibility"),
    ("FPO", "Farmer Producer Organisation"),
    ("FSSAI", "Food Safety and Standards Authority of India"),
    ("FTIR", "Fourier-Transform Infrared Spectroscopy"),
    ("FY", "Financial Year"),
    ("GoI", "Government of India"),
    ("GST", "Goods and Services Tax"),
    ("HDPE", "High-Density Polyethylene"),
    ("HDT", "Heat Deflection Temperature"),
    ("IA", "Implementing Agency"),
    ("IRR", "Internal Rate of Return"),
    ("ISO", "International Organization for Standardization"),
    ("IWST", "Institute of Wood Science and Technology"),
    ("JSLPS", "Jharkhand State Livelihood Promotion Society"),
    ("KVIC", "Khadi and Village Industries Commission"),
    ("LLDPE", "Linear Low-Density Polyethylene"),
    ("LLP", "Limited Liability Partnership"),
    ("MP", "Madhya Pradesh"),
    ("MPIDC", "Madhya Pradesh Industrial Development Corporation"),
    ("MPPCB", "Madhya Pradesh Pollution Control Board"),
    ("MSE", "Micro and Small Enterprises"),
    (
        "MSE-CDP",
        "Micro and Small Enterprises Cluster Development Programme",
    ),
    ("MSME", "Micro, Small and Medium Enterprises"),
    ("MSME-DFO", "MSME Development and Facilitation Office"),
    (
        "NABARD",
        "National Bank for Agriculture and Rural Development",
    ),
    ("NGO", "Non-Governmental Organisation"),
    ("NPV", "Net Present Value"),
    ("NSIC", "National Small Industries Corporation"),
    ("PERT", "Programme Evaluation and Review Technique"),
    ("PP", "Polypropylene"),
    ("ROCE", "Return on Capital Employed"),
    ("Rs.", "Indian rupees"),
    ("SBI", "State Bank of India"),
    ("SC", "Scheduled Caste"),
    (
        "SFURTI",
        "Scheme of Fund for Regeneration of Traditional Industries",
    ),
    ("SHG", "Self-Help Group"),
    ("SIDBI", "Small Industries Development Bank of India"),
    ("SME", "Small and Medium Enterprises"),
    ("SPV", "Special Purpose Vehicle"),
    ("ST", "Scheduled Tribe"),
    ("SWOT", "Strengths, Weaknesses, Opportunities and Threats"),
    (
        "TRIFED",
        "Tribal Cooperative Marketing Development Federation of India",
    ),
    (
        "UNIDO",
        "United Nations Industrial Development Organization",
    ),
    ("UV", "Ultraviolet"),
    ("VMC", "Vertical Machining Centre"),
    ("ZED", "Zero Defect Zero Effect"),
];

/// `markdown` with each abbreviations marker line replaced by the list (a heading and a
/// table), or removed when the document uses none of the glossary's abbreviations.
pub fn expand(markdown: &str) -> String {
    if !markdown.lines().any(|l| l.trim() == ABBREVIATIONS) {
        return markdown.to_string();
    }
    let used = used(markdown);
    let list = if used.is_empty() {
        String::new()
    } else {
        // The heading, the columns and the meanings in the document's language (the
        // abbreviations themselves stay as the text writes them).
        let mut list = format!(
            "# {}\n\n| {} | {} |\n|---|---|\n",
            label("List of abbreviations"),
            label("Abbreviation"),
            label("Meaning")
        );
        for (short, long) in used {
            list.push_str(&format!("| {short} | {} |\n", label(long)));
        }
        // The first chapter starts on a page of its own, as after the other lists.
        list.push('\n');
        list.push_str(super::markdown::PAGE_BREAK);
        list.push('\n');
        list
    };
    let mut out = String::with_capacity(markdown.len() + list.len());
    for line in markdown.lines() {
        if line.trim() == ABBREVIATIONS {
            out.push_str(&list);
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The glossary's abbreviations that occur in `text` as words of their own (or in the
/// plural, "FPOs"), sorted alphabetically. Longer ones are found first and taken out, so
/// "MSE-CDP" does not also count as "MSE".
fn used(text: &str) -> Vec<(&'static str, &'static str)> {
    // Bytes, not chars: every abbreviation is ASCII, so a match is as many bytes as chars
    // and blanking it keeps the text UTF-8; the search is memchr's, once per abbreviation
    // (a DSR of 5,000 actions is 8 MB of text: comparing every abbreviation at every char
    // took more than half the render).
    let mut text: Vec<u8> = text.as_bytes().to_vec();
    let mut glossary: Vec<&(&str, &str)> = GLOSSARY.iter().collect();
    glossary.sort_by_key(|(short, _)| std::cmp::Reverse(short.chars().count()));
    let mut found = Vec::new();
    for &&(short, long) in &glossary {
        if occurs_and_blank(&mut text, short.trim_end_matches('.').as_bytes()) {
            found.push((short, long));
        }
    }
    found.sort_by_key(|(short, _)| short.to_lowercase());
    found
}

/// The char that starts at byte `i` of UTF-8 `text`, if one does.
fn char_at(text: &[u8], i: usize) -> Option<char> {
    let lead = *text.get(i)?;
    let width = match lead {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    };
    std::str::from_utf8(&text[i..(i + width).min(text.len())])
        .ok()?
        .chars()
        .next()
}

/// The char that ends right before byte `i` of UTF-8 `text`.
fn char_before(text: &[u8], i: usize) -> Option<char> {
    let mut start = i.checked_sub(1)?;
    while start > 0 && text[start] & 0xc0 == 0x80 {
        start -= 1;
    }
    char_at(text, start)
}

/// Whether ASCII `word` occurs in UTF-8 `text` on word boundaries (chars that are not
/// letters or digits, or either end); every occurrence is blanked out.
fn occurs_and_blank(text: &mut [u8], word: &[u8]) -> bool {
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    let finder = memchr::memmem::Finder::new(word);
    let mut any = false;
    let mut from = 0;
    while let Some(at) = finder.find(&text[from..]) {
        let i = from + at;
        from = i + 1;
        if !boundary(char_before(text, i)) {
            continue;
        }
        let mut end = i + word.len();
        if text.get(end) == Some(&b's') && boundary(char_at(text, end + 1)) {
            end += 1;
        }
        if boundary(char_at(text, end)) {
            any = true;
            text[i..end].fill(b' ');
            from = end;
        }
    }
    any
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_abbreviations_used_are_listed() {
        let md = "# DPR\n\n<!-- abbreviations -->\n\nThe SPV runs the CFC under MSE-CDP; two FPOs and SC-owned units. CFCS is no word.\n";
        let out = expand(md);
        assert!(out.contains("| CFC | Common Facility Centre |"), "{out}");
        assert!(out.contains("| MSE-CDP |"));
        assert!(out.contains("| FPO |"));
        assert!(out.contains("| SC |"));
        assert!(out.contains("| DPR |"));
        assert!(!out.contains("| MSE |"), "{out}");
        assert!(!out.contains("| GoI |"));
        assert!(!out.contains(ABBREVIATIONS));
        let none = expand("# Report\n\n<!-- abbreviations -->\n\nplain words\n");
        assert!(!none.contains("abbreviations"), "{none}");
    }

    #[test]
    fn the_list_is_in_the_language_of_the_document() {
        use crate::i18n::DocLang;
        let md = "# DPR\n\n<!-- abbreviations -->\n\nThe CFC and the SPV.\n";
        let entries = "t-list-of-abbreviations = संक्षिप्ताक्षरों की सूची\nt-abbreviation = संक्षिप्ताक्षर\nt-meaning = पूर्ण रूप\nt-common-facility-centre = सार्वजनिक सुविधा केन्द्र\n";
        let hi = super::super::words::within(
            &super::super::figures::tests::hindi(DocLang::Hi, entries),
            || expand(md),
        );
        assert!(
            hi.contains("# संक्षिप्ताक्षरों की सूची\n\n| संक्षिप्ताक्षर | पूर्ण रूप |"),
            "{hi}"
        );
        assert!(hi.contains("| CFC | सार्वजनिक सुविधा केन्द्र |"), "{hi}");
        // A meaning the catalogue lacks stays English.
        assert!(hi.contains("| SPV | Special Purpose Vehicle |"), "{hi}");
        let en = expand(md);
        assert!(
            en.contains("# List of abbreviations\n\n| Abbreviation | Meaning |"),
            "{en}"
        );
        assert!(en.contains("| CFC | Common Facility Centre |"), "{en}");
    }
}
