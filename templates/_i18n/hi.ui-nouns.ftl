# cdstudy: the name of one item of each list, as the screen puts it into a sentence ("No
# {noun} yet", "Delete {noun}", "{id} is not a {noun}"), in Hindi. Keyed on the English
# (`t-` + crate::i18n::label_id); terms as in glossary.hi.yaml.

# SPV member
t-spv-member = एसपीवी सदस्य

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

# interview
t-interview = साक्षात्कार

# link
t-link = कड़ी

# milestone
t-milestone = उपलब्धि बिंदु

# photograph
t-photograph = छायाचित्र

# release
t-release = जारी किस्त

# review note
t-review-note = समीक्षा टिप्पणी

# signatory
t-signatory = हस्ताक्षरकर्ता

# stakeholder
t-stakeholder = हितधारक

# survey finding
t-survey-finding = सर्वेक्षण निष्कर्ष

# variable cost
t-variable-cost = परिवर्ती लागत

# value-chain stage
t-value-chain-stage = मूल्य श्रृंखला का चरण
