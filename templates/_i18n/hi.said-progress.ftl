# cdstudy: the engine's phrases in Hindi — the findings of `check` that have figures,
# dates or names in them (src/check/progress.rs, photos.rs, scheme.rs, selection.rs,
# text.rs, schedule.rs and mod.rs). Each is keyed on its English pattern: a `# English`
# line, then `t-<id> = हिन्दी` (crate::i18n::label_id of the pattern), each `{name}` of the
# English written `{ $name }`. Read by the screen and by the documents (an id must not be in
# any other file of either). Dates, periods (2027-28 Q1), paths and ids stay as they are.
# Terms as in glossary.hi.yaml.

## Progress after sanction (src/check/progress.rs).

# {what} {d} is after today ({today}): progress is reported for what has happened
t-what-d-is-after-today-today-progress-is-9ad67e = { $what } { $d } आज ({ $today }) के बाद की है: प्रगति उसी की बताई जाती है जो हो चुका है

# the start
t-the-start = प्रारंभ की तिथि

# the completion
t-the-completion = पूर्ण होने की तिथि

# the measurement
t-the-measurement = मापन की तिथि

# the release
t-the-release = अनुदान जारी होने की तिथि

# the certificate's date
t-the-certificate-s-date = प्रमाण पत्र की तिथि

# the period {period} begins on {first}, after today ({today})
t-the-period-period-begins-on-first-after-2860ee = अवधि { $period } { $first } को प्रारंभ होती है, जो आज ({ $today }) के बाद है

# the period {period} ends before the plan starts ({start}): periods count from action_plan.start
t-the-period-period-ends-before-the-plan-starts-88605c = अवधि { $period } कार्ययोजना के प्रारंभ ({ $start }) से पहले समाप्त हो जाती है: अवधियाँ action_plan.start से गिनी जाती हैं

# the period {period} is reported twice (also progress.periods[{other}]): keep one report per period
t-the-period-period-is-reported-twice-also-2c873f = अवधि { $period } की प्रगति दो बार दी गई है (progress.periods[{ $other }] में भी): प्रत्येक अवधि का एक ही प्रतिवेदन रखें

# done on {d}, before it started on {s}
t-done-on-d-before-it-started-on-s = { $d } को पूर्ण, जबकि प्रारंभ { $s } को हुआ: पूर्ण होने की तिथि प्रारंभ से पहले है

# done on {d}, after the period it is reported in ends ({last})
t-done-on-d-after-the-period-it-is-reported-e855a6 = { $d } को पूर्ण, जो उस अवधि की समाप्ति ({ $last }) के बाद है जिसमें इसे दर्शाया गया है

# {w} women among {n} persons
t-w-women-among-n-persons = { $n } व्यक्तियों में { $w } महिलाएँ

# {g} persons of poverty groups among {n} persons
t-g-persons-of-poverty-groups-among-n-persons = { $n } व्यक्तियों में { $g } व्यक्ति निर्धन वर्गों के

# {action} has spent Rs. {spent} against its cost of Rs. {cost}: say why in the note, or correct the figures
t-action-has-spent-rs-spent-against-its-cost-c7a701 = { $action } पर रु. { $cost } की लागत के विरुद्ध रु. { $spent } व्यय हुए हैं: टिप्पणी में कारण लिखें, या आँकड़े सुधारें

# released on {date} with no utilisation certificate for {y} filed by then (GFR 2017 rule 238(1): the certificate comes before the next instalment)
t-released-on-date-with-no-utilisation-certificate-158f7e = { $date } को जारी, जबकि तब तक { $y } का उपयोगिता प्रमाण पत्र प्रस्तुत नहीं हुआ था (सामान्य वित्तीय नियमावली 2017 का नियम 238(1): अगली किस्त से पहले प्रमाण पत्र आता है)

# a second certificate for {year} (also progress.certificates[{other}])
t-a-second-certificate-for-year-also-progress-3b953e = { $year } का दूसरा प्रमाण पत्र (progress.certificates[{ $other }] में भी)

# the closing balance Rs. {closing} does not follow from the figures: Rs. {available} available (Rs. {unspent} unspent + Rs. {interest} interest − Rs. {returned} returned + Rs. {received} received) − Rs. {spent} spent = Rs. {result}
t-the-closing-balance-rs-closing-does-not-b1e192 = अंतिम शेष रु. { $closing } आँकड़ों से नहीं निकलता: उपलब्ध रु. { $available } (अव्ययित रु. { $unspent } + ब्याज रु. { $interest } − वापस जमा रु. { $returned } + प्राप्त रु. { $received }) − व्यय रु. { $spent } = रु. { $result }

# expenditure Rs. {spent} is more than the funds available Rs. {available}
t-expenditure-rs-spent-is-more-than-the-funds-711959 = व्यय रु. { $spent } उपलब्ध निधि रु. { $available } से अधिक है

# the component-wise utilisation adds up to Rs. {parts}, not the expenditure Rs. {expenditure}
t-the-component-wise-utilisation-adds-up-to-84025d = घटकवार उपयोग का योग रु. { $parts } है, व्यय रु. { $expenditure } नहीं

# unadjusted advances of Rs. {advances} at the end of the year, against a closing balance of Rs. {closing}: the advances are part of the balance
t-unadjusted-advances-of-rs-advances-at-the-97703b = वर्ष के अंत में रु. { $advances } के असमायोजित अग्रिम, जबकि अंतिम शेष रु. { $closing } है: अग्रिम शेष का ही भाग होते हैं

# {year} opens with Rs. {advances} of unadjusted advances, but {previous} closed with Rs. {closed}
t-year-opens-with-rs-advances-of-unadjusted-b0eaa3 = { $year } रु. { $advances } के असमायोजित अग्रिम से प्रारंभ होता है, किंतु { $previous } रु. { $closed } पर समाप्त हुआ था

# the grants position at the beginning of {year} is Rs. {opening}, but {previous} closed at Rs. {closing}
t-the-grants-position-at-the-beginning-of-48d3ff = { $year } के प्रारंभ में अनुदान की स्थिति रु. { $opening } है, किंतु { $previous } रु. { $closing } पर समाप्त हुआ था

## Photographs (src/check/photos.rs).

# {path} is an absolute path: write it relative to the study's folder, so the study and its photographs move together
t-path-is-an-absolute-path-write-it-relative-802923 = { $path } पूर्ण पथ है: इसे अध्ययन के फ़ोल्डर के सापेक्ष लिखें, ताकि अध्ययन और उसके फ़ोटो साथ-साथ रहें

# {path}: {message}
t-path-message = { $path }: { $message }

# no such file beside the study; the documents show the caption without it
t-no-such-file-beside-the-study-the-documents-e0aa4c = अध्ययन के पास ऐसी कोई फ़ाइल नहीं; दस्तावेज़ फ़ोटो के बिना केवल उसका विवरण दिखाते हैं

# is not a file
t-is-not-a-file = फ़ाइल नहीं है

## The scheme's rules (src/check/scheme.rs, mod.rs).

# {scheme} ({revision}) needs the section '{section}', which is empty
t-scheme-revision-needs-the-section-section-0b3e08 = { $scheme } ({ $revision }) में खंड '{ $section }' आवश्यक है, जो रिक्त है

# {figure}: {shown} — the acceptance rule of {scheme} is {rule}
t-figure-shown-the-acceptance-rule-of-scheme-3049b2 = { $figure }: { $shown } — { $scheme } का स्वीकृति नियम { $rule } है

# the built-in scheme rules cannot be read: {e}
t-the-built-in-scheme-rules-cannot-be-read-36c399 = अंतर्निहित योजना नियम पढ़े नहीं जा सकते: { $e }

## Selection (src/check/selection.rs).

# the selection rules (_shared/selection.yaml)
t-the-selection-rules-shared-selection-yaml = चयन के नियम (_shared/selection.yaml)

# scored {score} on a scale of 0 to {scale} ({rules}): a score above the scale would be counted as {scale}
t-scored-score-on-a-scale-of-0-to-scale-rules-d5debc = 0 से { $scale } के मापक्रम पर { $score } अंक ({ $rules }): मापक्रम से अधिक अंक { $scale } ही गिने जाएँगे

# {criterion} is scored twice (also selection.scores[{first}]): only the first counts
t-criterion-is-scored-twice-also-selection-e5aabc = { $criterion } के अंक दो बार दिए गए हैं (selection.scores[{ $first }] में भी): केवल पहले गिने जाते हैं

# {rules} give {criterion} no weight, so its score does not count: score the criteria the rules weigh, or ask the department to weigh this one
t-rules-give-criterion-no-weight-so-its-score-fa194c = { $rules } में { $criterion } का कोई भार नहीं है, अतः इसके अंक नहीं गिने जाते: उन मानदंडों के अंक दें जिनका नियमों में भार है, या विभाग से इसका भार तय करने का अनुरोध करें

# {criterion} is not scored: {rules} weigh it {weight} and it counts as 0
t-criterion-is-not-scored-rules-weigh-it-weight-23a0ed = { $criterion } के अंक नहीं दिए गए: { $rules } में इसका भार { $weight } है और इसे 0 गिना जाता है

## Text (src/check/text.rs).

# the text holds 1 control character ({names}), likely pasted from a PDF or Word file; documents leave it out: delete it or retype the text
t-the-text-holds-1-control-character-names-ee6b0d = पाठ में 1 नियंत्रण वर्ण ({ $names }) है, संभवतः किसी PDF या Word फ़ाइल से चिपकाया गया; दस्तावेज़ इसे छोड़ देते हैं: इसे हटाएँ या पाठ फिर से टाइप करें

# the text holds {count} control characters ({names}), likely pasted from a PDF or Word file; documents leave them out: delete them or retype the text
t-the-text-holds-count-control-characters-b7b694 = पाठ में { $count } नियंत्रण वर्ण ({ $names }) हैं, संभवतः किसी PDF या Word फ़ाइल से चिपकाए गए; दस्तावेज़ इन्हें छोड़ देते हैं: इन्हें हटाएँ या पाठ फिर से टाइप करें

## The schedule (src/check/schedule.rs).

# waits for itself: {names} (each waits for the next); remove one of these from after
t-waits-for-itself-names-each-waits-for-the-ade5af = स्वयं की प्रतीक्षा करता है: { $names } (प्रत्येक अगले की प्रतीक्षा करता है); इनमें से किसी एक को after से हटाएँ
