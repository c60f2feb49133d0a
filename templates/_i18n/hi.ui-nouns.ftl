# cdstudy: the words of a tick (yes, no), and the name of one item of each list, as the screen puts it into a sentence ("No
# {noun} yet", "Delete {noun}", "{id} is not a {noun}"), in Hindi. Keyed on the English
# (`t-` + crate::i18n::label_id); terms as in glossary.hi.yaml.


# action entry
t-action-entry = कार्य प्रविष्टि

# certificate
t-certificate = प्रमाण पत्र

# cost line
t-cost-line = लागत मद

# fixed cost
t-fixed-cost = स्थिर लागत

# indicator value
t-indicator-value = संकेतक मान


# link
t-link = कड़ी

# milestone
t-milestone = उपलब्धि बिंदु

# photograph
t-photograph = छायाचित्र

# release
t-release = जारी किस्त


# signatory
t-signatory = हस्ताक्षरकर्ता


# survey finding
t-survey-finding = सर्वेक्षण निष्कर्ष

# variable cost
t-variable-cost = परिवर्ती लागत


# yes
t-yes = हाँ

# no
t-no = नहीं

## What a row shows in place of what is not filled in.

# (not chosen)
t-not-chosen = (नहीं चुना)

# (missing)
t-missing = (नहीं मिला)

# (role not chosen)
t-role-not-chosen = (भूमिका नहीं चुनी)

# (unnamed)
t-unnamed = (नाम नहीं)

# (not written)
t-not-written = (नहीं लिखा)

# (no caption)
t-no-caption = (चित्र विवरण नहीं)

# (no file)
t-no-file = (फ़ाइल नहीं)

# (no criterion)
t-no-criterion = (मानदंड नहीं)

# (no period)
t-no-period = (अवधि नहीं)

# (no action)
t-no-action = (कार्य नहीं)

# (no indicator)
t-no-indicator = (संकेतक नहीं)

# (no year)
t-no-year = (वर्ष नहीं)

# too large
t-too-large = बहुत बड़ी

# Tied to no stage
t-tied-to-no-stage = किसी चरण से न जुड़ी

# no component fits
t-no-component-fits = कोई घटक मेल नहीं खाता

# no funding rules
t-no-funding-rules = वित्तपोषण नियम नहीं

# no grant
t-no-grant = अनुदान नहीं

## What switching to another scheme would change (views/budget.rs, comparison).

# Amounts in lakh
t-amounts-in-lakh = राशि लाख में
# Caps hit, rules unmet
t-caps-hit-rules-unmet = सीमा लगी, नियम अपूर्ण
# Findings of check
t-findings-of-check = जाँच के निष्कर्ष
# Flags (errors)
t-flags-errors = चेतावनियाँ (त्रुटियाँ)
# SPV / beneficiaries
t-spv-beneficiaries = एसपीवी / लाभार्थी
# ← marks what changes. Accepting changes the study's scheme (meta.scheme) in one edit that Ctrl-Z undoes.
t-marks-what-changes-accepting-changes-the-f2e62b = ← जो बदलेगा उसे चिह्नित करता है। स्वीकार करने पर अध्ययन की योजना (meta.scheme) एक संपादन में बदलती है, जिसे Ctrl-Z पूर्ववत करता है।
# currently
t-currently = वर्तमान में
# if switched
t-if-switched = बदलने पर
