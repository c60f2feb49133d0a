# cdstudy: the findings of `check` that have values in them (figures, names, ids, dates),
# in Hindi: the phrases of src/check/rules.rs, section by section. Each is keyed on its
# English pattern: a `# English` line, then `t-<id> = हिन्दी` (crate::i18n::label_id), with
# `{ $name }` for each `{name}` of the English. A word of the rules in a phrase (a cost
# head, "turnover", a kind of item) is worded by its own label (`t-` + its English); those
# the other catalogues lack are at the end of this file. Read by the screen's catalogue and
# the documents' alike, so an id here must be in neither hi.ftl, hi.ui-*.ftl nor hi.doc-*.ftl.
# Terms as in glossary.hi.yaml.

## Amounts, rates and shares (any section).

# {what} is negative (Rs. {v}); amounts are whole rupees, 0 or more
t-what-is-negative-rs-v-amounts-are-whole-b86883 = { $what } ऋणात्मक है (रु. { $v }); राशि पूर्ण रुपयों में, 0 या अधिक होती है

# {what} is negative (Rs. {v}); a rate is 0 or more
t-what-is-negative-rs-v-a-rate-is-0-or-more = { $what } ऋणात्मक है (रु. { $v }); दर 0 या अधिक होती है

# {what} is {p}; a share lies between 0% and 100%
t-what-is-p-a-share-lies-between-0-pct-and-58e593 = { $what } { $p } है; अंश 0% से 100% के बीच होता है

## Ids and references (every section).

# this {noun} has no id; give it the next free {prefix}- id
t-this-noun-has-no-id-give-it-the-next-free-e2c3c0 = { $noun }: इसका id नहीं है; इसे अगला खाली { $prefix }- id दें

# `{id}` is not a {noun} id: {noun} ids start with {prefix}-
t-id-is-not-a-noun-id-noun-ids-start-with-88336a = `{ $id }` इस प्रविष्टि ({ $noun }) का id नहीं हो सकता: इस प्रकार के id { $prefix }- से आरंभ होते हैं

# id {id} is used twice: {first} has it too; give this {noun} a new id
t-id-id-is-used-twice-first-has-it-too-give-dd7055 = id { $id } दो बार प्रयुक्त है: { $first } का भी यही id है; इस प्रविष्टि ({ $noun }) को नया id दें

# no {what} chosen yet: pick one
t-no-what-chosen-yet-pick-one = { $what }: अभी चयन नहीं हुआ, एक चुनें

# refers to {target}, which does not exist; pick an existing {noun}
t-refers-to-target-which-does-not-exist-pick-d69538 = { $target } का संदर्भ है, जो विद्यमान नहीं है; कोई विद्यमान { $noun } चुनें

# is about {target}, which does not exist
t-is-about-target-which-does-not-exist = { $target } के बारे में है, जो विद्यमान नहीं है

# refers to {target}, a {actual}; it must be a {expects}
t-refers-to-target-a-actual-it-must-be-a-expects = { $target } का संदर्भ है, जो { $actual } है; यहाँ { $expects } अपेक्षित है

# lists {target} twice
t-lists-target-twice = { $target } दो बार सूचीबद्ध है

# links stage {stage} to itself
t-links-stage-stage-to-itself = चरण { $stage } को स्वयं से ही जोड़ता है

## The study (meta).

# cdstudy writes documents in en, hi or en+hi, not {language}: the documents of this study are in English
t-cdstudy-writes-documents-in-en-hi-or-en-0abfbf = cdstudy दस्तावेज़ en, hi या en+hi में लिखता है, { $language } में नहीं: इस अध्ययन के दस्तावेज़ अंग्रेज़ी में होंगे

# the study period ends ({to}) before it starts ({from})
t-the-study-period-ends-to-before-it-starts-e0051a = अध्ययन अवधि की समाप्ति ({ $to }) उसके आरंभ ({ $from }) से पहले है

## The cluster.

# {label} ({v}) are more than all units in the cluster ({total})
t-label-v-are-more-than-all-units-in-the-cluster-184adb = { $label } ({ $v }) क्लस्टर की कुल इकाइयों ({ $total }) से अधिक हैं

# SC- and ST-owned units together ({owned}) are more than all units ({total})
t-sc-and-st-owned-units-together-owned-are-6dcc5c = अनुसूचित जाति और अनुसूचित जनजाति के स्वामित्व वाली इकाइयाँ मिलाकर ({ $owned }) कुल इकाइयों ({ $total }) से अधिक हैं

# year {year} is entered twice
t-year-year-is-entered-twice = वर्ष { $year } दो बार दर्ज है

# year {year} comes after a later year; keep the years oldest first
t-year-year-comes-after-a-later-year-keep-4157da = वर्ष { $year } अपने से बाद के वर्ष के पश्चात आता है; वर्षों को पुराने से नए के क्रम में रखें

# no turnover for {year}: enter it, or remove the year
t-no-turnover-for-year-enter-it-or-remove-fc6867 = { $year } का कारोबार नहीं: इसे भरें, या वर्ष हटाएँ

# exports in {year} ({exports}) are more than turnover ({turnover})
t-exports-in-year-exports-are-more-than-turnover-f9f8a3 = { $year } में निर्यात ({ $exports }) कारोबार ({ $turnover }) से अधिक है

# the turnover of {year} is not entered
t-the-turnover-of-year-is-not-entered = { $year } का कारोबार नहीं भरा

# the exports of {year} are not entered (0 if there are none)
t-the-exports-of-year-are-not-entered-0-if-2ebe59 = { $year } का निर्यात नहीं भरा (न हो तो 0)

## Field work.

# the visit ({d}) is before the study period starts ({from})
t-the-visit-d-is-before-the-study-period-starts-9a7694 = दौरा ({ $d }) अध्ययन अवधि के आरंभ ({ $from }) से पहले का है

# the visit ({d}) is after the study period ends ({to})
t-the-visit-d-is-after-the-study-period-ends-815443 = दौरा ({ $d }) अध्ययन अवधि की समाप्ति ({ $to }) के बाद का है

# {u} units report it, more than the {of} asked
t-u-units-report-it-more-than-the-of-asked =
    { $u ->
        [one] { $u } इकाई यह बताती है
       *[other] { $u } इकाइयाँ यह बताती हैं
    }, जबकि पूछा केवल { $of } से गया

## Bottlenecks and themes.

# no theme addresses {id} '{title}'
t-no-theme-addresses-id-title = कोई विषय { $id } '{ $title }' को लक्षित नहीं करता

# {count} flagship themes: a project attacks a few critical issues (at most {most}), not everything
t-count-flagship-themes-a-project-attacks-4b38cd = { $count } प्रमुख विषय: परियोजना कुछ ही मुख्य मुद्दों (अधिकतम { $most }) पर काम करती है, हर बात पर नहीं

# no action carries theme {id} '{title}' yet
t-no-action-carries-theme-id-title-yet = विषय { $id } '{ $title }' के अंतर्गत अभी कोई कार्य नहीं

## The action plan.

# start month {m}, more than ten years into the plan: is it a typo?
t-start-month-m-more-than-ten-years-into-the-8bb88e = आरंभ माह { $m }, कार्ययोजना में दस वर्ष से भी आगे: क्या यह टंकण की भूल है?

# a duration of {m} months ({years} years): a cluster plan runs a few years; are these weeks or days?
t-a-duration-of-m-months-years-years-a-cluster-2d7a05 = अवधि { $m } माह ({ $years } वर्ष): क्लस्टर की कार्ययोजना कुछ ही वर्ष चलती है; क्या ये सप्ताह या दिन हैं?

# hard intervention {id} starts (month {hard}) before any soft one (month {soft}); trust building and soft interventions come first
t-hard-intervention-id-starts-month-hard-before-12ca35 = हार्ड इंटरवेंशन { $id } (माह { $hard }) हर सॉफ्ट इंटरवेंशन (माह { $soft }) से पहले आरंभ होता है; विश्वास निर्माण और सॉफ्ट इंटरवेंशन पहले आते हैं

# the cost is Rs. {r}; an action costs more than nothing
t-the-cost-is-rs-r-an-action-costs-more-than-8a88f5 = लागत रु. { $r } है; कार्य की लागत शून्य से अधिक होती है

# the unit cost is Rs. {u}; it must be more than nothing
t-the-unit-cost-is-rs-u-it-must-be-more-than-cb20f0 = इकाई लागत रु. { $u } है; यह शून्य से अधिक होनी चाहिए

## The SPV.

# {listed} members are listed but member_units says {n}
t-listed-members-are-listed-but-member-units-8cc989 =
    { $listed } सदस्य सूचीबद्ध { $listed ->
        [one] है
       *[other] हैं
    }, पर member_units में { $n } है

# members' equity adds up to {equity}, more than the authorised capital {cap}
t-members-equity-adds-up-to-equity-more-than-61b9da = सदस्यों की अंश पूंजी का योग { $equity } है, जो अधिकृत पूंजी { $cap } से अधिक है

## The CFC.

# the machine costs Rs. {u}; it must cost more than nothing
t-the-machine-costs-rs-u-it-must-cost-more-4820f2 = मशीन की लागत रु. { $u } है; यह शून्य से अधिक होनी चाहिए

# utilisation in year {year} is {p}; a share lies between 0% and 100%
t-utilisation-in-year-year-is-p-a-share-lies-df2f49 = वर्ष { $year } में क्षमता उपयोग { $p } है; अंश 0% से 100% के बीच होता है

## Review notes.

# the note is on `{on}`, which is neither an item id nor a section
t-the-note-is-on-on-which-is-neither-an-item-cbf08e = टिप्पणी `{ $on }` पर है, जो न किसी प्रविष्टि का id है, न कोई खंड

# unresolved (on {on}): {text}
t-unresolved-on-on-text = अनसुलझा ({ $on } पर): { $text }

## Words of the rules in the phrases above (`word(...)`) that no other catalogue has: a
## cost head or figure that is negative or out of range, a kind of unit, a kind of item.

# the authorised capital
t-the-authorised-capital = अधिकृत पूंजी

# the member's equity
t-the-member-s-equity = सदस्य की अंश पूंजी

# working-capital margin
t-working-capital-margin = कार्यशील पूंजी मार्जिन

# the loan
t-the-loan = ऋण

# the cost
t-the-cost = लागत

# the members' user charge
t-the-members-user-charge = सदस्यों का उपयोगकर्ता शुल्क

# the others' user charge
t-the-others-user-charge = अन्य इकाइयों का उपयोगकर्ता शुल्क

# the share of units affected
t-the-share-of-units-affected = प्रभावित इकाइयों का अंश

# the interest rate
t-the-interest-rate = ब्याज दर

# the members' share of volume
t-the-members-share-of-volume = मात्रा में सदस्यों का अंश

# the tax rate
t-the-tax-rate = कर की दर

# micro or village units
t-micro-or-village-units = सूक्ष्म या ग्रामीण इकाइयाँ

# interview
t-interview = साक्षात्कार

# SPV member
t-spv-member = एसपीवी सदस्य

# review note
t-review-note = समीक्षा टिप्पणी
