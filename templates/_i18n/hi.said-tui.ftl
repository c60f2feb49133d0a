# cdstudy: the screen's sentences with values in them, in Hindi (src/tui). Each entry is
# keyed on its English pattern in the source (a `# English` line, then `t-<id> = हिन्दी`,
# places as { $name }); see crate::phrase. Terms as in glossary.hi.yaml.

## Lists and dialogs (view.rs, app.rs, editor.rs).

# No {noun} yet. Press a to add one.
t-no-noun-yet-press-a-to-add-one = अभी कोई { $noun } नहीं। जोड़ने के लिए a दबाएँ।

# Add to {list} first: each {noun} belongs to one.
t-add-to-list-first-each-noun-belongs-to-one = पहले { $list } में जोड़ें: प्रत्येक { $noun } किसी एक से संबंधित होता है।

# Delete {noun}
t-delete-noun = { $noun } हटाएँ

# {why} — Esc again drops what you typed
t-why-esc-again-drops-what-you-typed = { $why } — Esc फिर दबाने पर लिखा हुआ छूट जाएगा

# {why} — not quitting: correct it, or Esc twice drops it
t-why-not-quitting-correct-it-or-esc-twice-95d4ed = { $why } — बंद नहीं किया: इसे सुधारें, या दो बार Esc दबाकर छोड़ दें

## The file (mod.rs, start.rs).

# Cannot read the file to merge: {e}
t-cannot-read-the-file-to-merge-e = मिलाने के लिए फ़ाइल पढ़ी नहीं जा सकी: { $e }

# Cannot reload: {e}
t-cannot-reload-e = फिर से लोड नहीं हो सका: { $e }

# Could not keep the changes in a new file either: {e}
t-could-not-keep-the-changes-in-a-new-file-92cf90 = परिवर्तन नई फ़ाइल में भी नहीं रखे जा सके: { $e }

# There is no folder {dir}.
t-there-is-no-folder-dir = { $dir } नाम का कोई फ़ोल्डर नहीं है।

# Please enlarge the window to at least {width}×{height}.
t-please-enlarge-the-window-to-at-least-width-91a2a6 = कृपया विंडो को कम से कम { $width }×{ $height } तक बड़ा करें।

## Views (map.rs, timeline.rs, preview.rs).

# Actors: {actors}
t-actors-actors = कर्ता: { $actors }

# Value added: {text}
t-value-added-text = मूल्य संवर्धन: { $text }

# Value lost: {text}
t-value-lost-text = मूल्य हानि: { $text }

# Link {from} → {to}: {note}
t-link-from-to-note = कड़ी { $from } → { $to }: { $note }

# month {s}
t-month-s = माह { $s }

# months {s}–{e}
t-months-s-e = माह { $s }–{ $e }

# {months}: {from} to {to}
t-months-from-to-to = { $months }: { $from } से { $to } तक

# FY {fa}
t-fy-fa = वित्तीय वर्ष { $fa }

# FY {fa} to {fb}
t-fy-fa-to-fb = वित्तीय वर्ष { $fa } से { $fb } तक

# {doc}: being made…
t-doc-being-made = { $doc }: बनाई जा रही है…

# {doc} · {template} · {lines} lines{written}
t-doc-template-lines-lines-written = { $doc } · { $template } · { $lines } पंक्तियाँ{ $written }

#  · written to {path}
t-written-to-path = {" "}· { $path } में लिखी गई

# The {doc} cannot be made: {e}
t-the-doc-cannot-be-made-e = { $doc } नहीं बनाई जा सकी: { $e }

# Prepare the study for {scheme}?
t-prepare-the-study-for-scheme = क्या अध्ययन { $scheme } के लिए तैयार करें?

# Render the {doc}
t-render-the-doc = { $doc } बनाएँ

## The rows of lists (src/tui/sections).

# {id} (missing)
t-id-missing = { $id } (नहीं मिला)

# {year}  turnover {turnover}  exports {exports}
t-year-turnover-turnover-exports-exports = { $year }  कारोबार { $turnover }  निर्यात { $exports }

# {id} {done} on {on}: {text}
t-id-done-on-on-text = { $id } { $done } { $on } पर: { $text }

# {period}  {actions} actions, {indicators} indicators
t-period-actions-actions-indicators-indicators = { $period }  { $actions } कार्य, { $indicators } संकेतक

# {spent} of {cost} lakh
t-spent-of-cost-lakh = { $cost } लाख में से { $spent }

# {spent} lakh spent
t-spent-lakh-spent = { $spent } लाख व्यय

# plan {cost} lakh
t-plan-cost-lakh = योजना { $cost } लाख

# {id} (missing)  {value}
t-id-missing-value = { $id } (नहीं मिला)  { $value }

# {id} {name}  {value} (baseline {baseline}, target {target})
t-id-name-value-baseline-baseline-target-target = { $id } { $name }  { $value } (आधार रेखा { $baseline }, लक्ष्य { $target })

# Instalment {n}
t-instalment-n = किस्त { $n }

# UC {year}{spent}
t-uc-year-spent = उपयोगिता प्रमाण पत्र { $year }{ $spent }

#   spent {amount}
t-spent-amount = {"  "}व्यय { $amount }

## The viability panel and the CFC's strip (views/viability.rs).

# Compared with a benchmark, no verdict ({years} years)
t-compared-with-a-benchmark-no-verdict-years-466117 = मानदंड से तुलना, कोई निर्णय नहीं ({ $years } वर्ष)

# ✓ Meets every acceptance rule that applies ({years} years)
t-meets-every-acceptance-rule-that-applies-f052c4 = ✓ लागू होने वाले हर स्वीकृति नियम पर खरा ({ $years } वर्ष)

# ✗ Fails an acceptance rule ({years} years): see ✗ below
t-fails-an-acceptance-rule-years-years-see-d28d29 = ✗ एक स्वीकृति नियम पर खरा नहीं ({ $years } वर्ष): नीचे ✗ देखें

# {y} years
t-y-years = { $y } वर्ष

# not within {years} years
t-not-within-years-years = { $years } वर्षों के भीतर नहीं

# , GoI grant {amount}
t-goi-grant-amount = , भारत सरकार अनुदान { $amount }

# CFC {cost}{grant}
t-cfc-cost-grant = सीएफसी { $cost }{ $grant }

# CFC {cost}
t-cfc-cost = सीएफसी { $cost }

## Which theme addresses which bottleneck (views/coverage.rs).

# ✓ Each of the {n} bottlenecks is addressed by a theme.
t-each-of-the-n-bottlenecks-is-addressed-by-c97371 = ✓ सभी { $n } बाधाओं का समाधान किसी न किसी विषय में है।

# ✗ {open} of {n} bottlenecks addressed by no theme: {ids}
t-open-of-n-bottlenecks-addressed-by-no-theme-845545 = ✗ { $n } में से { $open } बाधाओं का समाधान किसी विषय में नहीं: { $ids }

# {id}: no theme addresses it (a theme's Addresses field picks it).
t-id-no-theme-addresses-it-a-theme-s-addresses-f98cdb = { $id }: किसी विषय में इसका समाधान नहीं (विषय का "लक्षित बाधाएँ" क्षेत्र इसे चुनता है)।

# {id} is addressed by {names}
t-id-is-addressed-by-names = { $id } का समाधान: { $names }

# Themes that address no bottleneck: {ids}
t-themes-that-address-no-bottleneck-ids = वे विषय जो किसी बाधा का समाधान नहीं करते: { $ids }

## Opening a study (tui/mod.rs).

# The draft journal cannot be written ({error}); commit your typing with Enter or Esc.
t-the-draft-journal-cannot-be-written-error-cb6f50 = मसौदा पत्रिका नहीं लिखी जा सकती ({ $error }); अपना टाइप किया हुआ Enter या Esc से रखें।

# working out the figures…
t-working-out-the-figures = आँकड़े निकाले जा रहे हैं…
