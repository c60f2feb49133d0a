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

## The viability's figures and rules (finance/projection.rs, measures.rs): on screen, on
## the command line and in the documents' tables.

# n/a
t-n-a = लागू नहीं

# positive
t-positive = धनात्मक

# at least {limit}
t-at-least-limit = न्यूनतम { $limit }

# above {limit}
t-above-limit = { $limit } से अधिक

# below {limit}
t-below-limit = { $limit } से कम

# Rs. {lakh} lakh
t-rs-lakh-lakh = रु. { $lakh } लाख

# n/a (no term loan)
t-n-a-no-term-loan = लागू नहीं (कोई सावधि ऋण नहीं)

# n/a (no repayment within the projection)
t-n-a-no-repayment-within-the-projection = लागू नहीं (अनुमान अवधि में कोई पुनर्भुगतान नहीं)

# none: revenue does not cover variable costs in some year
t-none-revenue-does-not-cover-variable-costs-baa322 = कोई नहीं: किसी वर्ष में आय परिवर्ती लागतों को पूरा नहीं करती

# {figure} ({value}; the rule is {rule})
t-figure-value-the-rule-is-rule = { $figure } ({ $value }; नियम: { $rule })

# {case} ({figures})
t-case-figures = { $case } ({ $figures })

# no IRR: the cash flows are never negative (nothing is invested)
t-no-irr-the-cash-flows-are-never-negative-488983 = आंतरिक प्रतिफल दर नहीं: नकद प्रवाह कभी ऋणात्मक नहीं होते (कोई निवेश नहीं)

# no IRR: the cash flows are never positive (the project earns nothing back)
t-no-irr-the-cash-flows-are-never-positive-b21377 = आंतरिक प्रतिफल दर नहीं: नकद प्रवाह कभी धनात्मक नहीं होते (परियोजना से कोई प्रतिफल नहीं)

# no IRR: the net present value stays on one side of zero at every rate from −99% to 10,000%
t-no-irr-the-net-present-value-stays-on-one-8e5766 = आंतरिक प्रतिफल दर नहीं: −99% से 10,000% तक की हर दर पर शुद्ध वर्तमान मूल्य शून्य के एक ही ओर रहता है

# the cash flows change sign more than once and the NPV is zero at {rates}: the IRR is ambiguous (the lowest is shown); judge the project by its NPV
t-the-cash-flows-change-sign-more-than-once-f1510c = नकद प्रवाह एक से अधिक बार चिह्न बदलते हैं और { $rates } पर शुद्ध वर्तमान मूल्य शून्य है: आंतरिक प्रतिफल दर अस्पष्ट है (सबसे कम दिखाई गई है); परियोजना का आकलन शुद्ध वर्तमान मूल्य से करें

## Photographs' files (check/photos.rs, the photograph's path field).

# cannot be read: {error}
t-cannot-be-read-error = पढ़ी नहीं जा सकती: { $error }

# is {size} MB; the limit is {limit} MB: save a smaller copy (the documents print it at most 16 cm wide)
t-is-size-mb-the-limit-is-limit-mb-save-a-a0b9f7 = { $size } एमबी की है; सीमा { $limit } एमबी है: छोटी प्रति सहेजें (दस्तावेज़ इसे अधिकतम 16 सेमी चौड़ा छापते हैं)

# is not a JPEG or PNG file, the formats the documents can embed: save it as JPEG
t-is-not-a-jpeg-or-png-file-the-formats-the-21b05e = JPEG या PNG फ़ाइल नहीं है, जिन प्रारूपों को दस्तावेज़ जोड़ सकते हैं: इसे JPEG के रूप में सहेजें

# {n} bytes
t-n-bytes = { $n } बाइट

# {n} KB
t-n-kb = { $n } KB

# {n} MB
t-n-mb = { $n } MB

## The screen's pickers, editors and dialogs.

# the section {section}
t-the-section-section = खंड { $section }

# {current} (not a component of {scheme_id})
t-current-not-a-component-of-scheme-id = { $current } ({ $scheme_id } का घटक नहीं)

# {start} to {end}
t-start-to-end = { $start } से { $end } तक

# {label} — Esc keeps it
t-label-esc-keeps-it = { $label } — Esc से सहेजें

# {id}  {text} — Evidence: {evidence}
t-id-text-evidence-evidence = { $id }  { $text } — साक्ष्य: { $evidence }

# accept: switch to {id}
t-accept-switch-to-id = स्वीकार करें: { $id } अपनाएँ

# {count} ({errors} errors)
t-count-errors-errors = { $count } ({ $errors } त्रुटियाँ)

# the scheme rules cannot be read: {error}
t-the-scheme-rules-cannot-be-read-error = योजना के नियम पढ़े नहीं जा सकते: { $error }

# The study names no scheme yet (Study › Scheme): choose one of {known}.
t-the-study-names-no-scheme-yet-study-scheme-7c3127 = अध्ययन में अभी कोई योजना नहीं है (अध्ययन › योजना): इनमें से एक चुनें: { $known }।

# '{id}' is not a scheme cdstudy knows (Study › Scheme): choose one of {known}.
t-id-is-not-a-scheme-cdstudy-knows-study-scheme-28bee1 = '{ $id }' ऐसी योजना नहीं है जिसे cdstudy जानता है (अध्ययन › योजना): इनमें से एक चुनें: { $known }।

# {figure} {rule}
t-figure-rule = { $figure } { $rule }

## A scheme without acceptance rules of its own (scheme/appraisal.rs).

# {scheme} sets no acceptance rules for a CFC's viability; the rules of the MSE-CDP guidelines of 24-05-2022 are used as a reference
t-scheme-sets-no-acceptance-rules-for-a-cfc-fdaa09 = { $scheme } में सीएफसी की व्यवहार्यता के लिए कोई स्वीकृति नियम नहीं हैं; संदर्भ के रूप में एमएसई-सीडीपी के दिनांक 24-05-2022 के दिशानिर्देशों के नियम लिए गए हैं

# No scheme rules apply; the acceptance rules of the MSE-CDP guidelines of 24-05-2022 are used as a reference
t-no-scheme-rules-apply-the-acceptance-rules-a6f4ab = कोई योजना नियम लागू नहीं; संदर्भ के रूप में एमएसई-सीडीपी के दिनांक 24-05-2022 के दिशानिर्देशों के स्वीकृति नियम लिए गए हैं

# {shown}; and {more} other sources (each action's funded_by)
t-shown-and-more-other-sources-each-action-30aee9 = { $shown }; तथा { $more } अन्य स्रोत (प्रत्येक कार्य का funded_by)
