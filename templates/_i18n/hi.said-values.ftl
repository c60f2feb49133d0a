# cdstudy: why a typed value was refused (a form's field, a file's value), in Hindi. Each
# entry is keyed on its English pattern in the source (a `# English` line, then
# `t-<id> = हिन्दी`, places as { $name }); see crate::phrase. Terms as in glossary.hi.yaml.

## Amounts and rates (src/model/money.rs).

# no amount given
t-no-amount-given = कोई राशि नहीं दी गई

# '{t}' is not an amount: write whole rupees (450000), or lakh or crore (4.5 lakh, 4.5L, 2 cr)
t-t-is-not-an-amount-write-whole-rupees-450000-f8621a = '{ $t }' राशि नहीं है: पूरे रुपये (450000) लिखें, या लाख या करोड़ में (4.5 lakh, 4.5L, 2 cr)

# '{t}' has more decimals than a whole rupee allows
t-t-has-more-decimals-than-a-whole-rupee-allows = '{ $t }' में पूरे रुपये से अधिक दशमलव अंक हैं

# '{t}' is larger than the Rs. 1,00,000 crore a study can hold
t-t-is-larger-than-the-rs-1-00-000-crore-a-9aa556 = '{ $t }' रु. 1,00,000 करोड़ से अधिक है, जो एक अध्ययन में रखी जा सकने वाली सबसे बड़ी राशि है

# '{t}' has its commas in the wrong places, so which amount is meant is not clear: group digits the Indian way (2,50,000; 12,34,567) or the international way (250,000; 1,234,567), or write no commas
t-t-has-its-commas-in-the-wrong-places-so-02d3d8 = '{ $t }' में अल्पविराम गलत स्थानों पर हैं, इसलिए स्पष्ट नहीं कि कौन सी राशि अभिप्रेत है: अंकों को भारतीय पद्धति (2,50,000; 12,34,567) या अंतरराष्ट्रीय पद्धति (250,000; 1,234,567) से समूहित करें, या अल्पविराम न लिखें

# no rate given
t-no-rate-given = कोई दर नहीं दी गई

# '{t}' is not a rate: write rupees with up to two decimals (0.90, 1350, Rs 1,250.50)
t-t-is-not-a-rate-write-rupees-with-up-to-c953c3 = '{ $t }' दर नहीं है: रुपये अधिकतम दो दशमलव अंकों तक लिखें (0.90, 1350, Rs 1,250.50)

# '{t}' has more than two decimals: a rate per unit is kept to the paisa (0.01)
t-t-has-more-than-two-decimals-a-rate-per-8a1503 = '{ $t }' में दो से अधिक दशमलव अंक हैं: प्रति इकाई दर पैसे (0.01) तक रखी जाती है

# '{t}' has its commas in the wrong places: group digits as 12,34,567 or 1,234,567, or write none
t-t-has-its-commas-in-the-wrong-places-group-14e136 = '{ $t }' में अल्पविराम गलत स्थानों पर हैं: अंकों को 12,34,567 या 1,234,567 की तरह समूहित करें, या अल्पविराम न लिखें

## Percentages, numbers, months, years and dates (src/model/values.rs, progress.rs).

# '{t}' is not {what}
t-t-is-not-what = '{ $t }' { $what } नहीं है

# a percentage such as 60 or 9.15
t-a-percentage-such-as-60-or-9-15 = 60 या 9.15 जैसा प्रतिशत

# a number such as 120 or 12.5
t-a-number-such-as-120-or-12-5 = 120 या 12.5 जैसी संख्या

# '{t}' has more than two decimals; it is kept to 0.01
t-t-has-more-than-two-decimals-it-is-kept-a1f4b1 = '{ $t }' में दो से अधिक दशमलव अंक हैं; मान 0.01 तक रखा जाता है

# '{t}' is too large
t-t-is-too-large = '{ $t }' बहुत बड़ा है

# '{t}' is not a month: write it as 2027-04
t-t-is-not-a-month-write-it-as-2027-04 = '{ $t }' माह नहीं है: इसे 2027-04 की तरह लिखें

# '{t}' is not a financial year: write it as 2026-27
t-t-is-not-a-financial-year-write-it-as-2026-65d2d1 = '{ $t }' वित्तीय वर्ष नहीं है: इसे 2026-27 की तरह लिखें

# '{t}' is not a date: write it as 2026-04-15 (year-month-day)
t-t-is-not-a-date-write-it-as-2026-04-15-year-beca05 = '{ $t }' तिथि नहीं है: इसे 2026-04-15 (वर्ष-माह-दिन) की तरह लिखें

# '{t}' is not a period: write a financial year as 2027-28 or a quarter as 2027-28 Q1
t-t-is-not-a-period-write-a-financial-year-5759ac = '{ $t }' अवधि नहीं है: वित्तीय वर्ष 2027-28 की तरह या तिमाही 2027-28 Q1 की तरह लिखें

## A form's field (src/tui/fields.rs, app.rs).

# '{t}' is not a whole number: type digits only, like 120
t-t-is-not-a-whole-number-type-digits-only-8b9c5b = '{ $t }' पूर्ण संख्या नहीं है: केवल अंक लिखें, जैसे 120

# {r} is negative; amounts are 0 or more
t-r-is-negative-amounts-are-0-or-more = { $r } ऋणात्मक है; राशियाँ 0 या अधिक होती हैं

# {r} is negative; a rate is 0 or more
t-r-is-negative-a-rate-is-0-or-more = { $r } ऋणात्मक है; दर 0 या अधिक होती है

# {p} is not a share: a percentage here lies between 0% and 100%
t-p-is-not-a-share-a-percentage-here-lies-f54bc4 = { $p } हिस्सा नहीं है: यहाँ प्रतिशत 0% और 100% के बीच होता है

# '{t}' is not a date: write 2026-11-23 or 23/11/2026 (or 'today')
t-t-is-not-a-date-write-2026-11-23-or-23-11-4f9c88 = '{ $t }' तिथि नहीं है: 2026-11-23 या 23/11/2026 लिखें (या 'today')

# '{w}' is not one of the choices
t-w-is-not-one-of-the-choices = '{ $w }' विकल्पों में से नहीं है

# '{w}' is not a status
t-w-is-not-a-status = '{ $w }' कोई स्थिति नहीं है

# a study always has a status
t-a-study-always-has-a-status = अध्ययन की सदा कोई स्थिति होती है

# this field is picked from a list
t-this-field-is-picked-from-a-list = यह क्षेत्र सूची से चुना जाता है

# {id} is not a {noun}
t-id-is-not-a-noun = { $id } कोई { $noun } नहीं है

# the item is gone
t-the-item-is-gone = यह प्रविष्टि अब नहीं है

# a study always names its scheme
t-a-study-always-names-its-scheme = अध्ययन में सदा उसकी योजना का नाम होता है

# '{id}' is not a scheme cdstudy knows: {ids}
t-id-is-not-a-scheme-cdstudy-knows-ids = '{ $id }' ऐसी योजना नहीं है जिसे cdstudy जानता है: { $ids }

# no field
t-no-field = कोई क्षेत्र नहीं

# {e} (still in this field: correct it, or Esc twice drops it)
t-e-still-in-this-field-correct-it-or-esc-97f598 = { $e } (अभी इसी क्षेत्र में: इसे सुधारें, या दो बार Esc दबाकर छोड़ दें)
