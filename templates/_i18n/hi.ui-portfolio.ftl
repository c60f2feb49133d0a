# cdstudy: the words of `cdstudy portfolio` on a terminal, in Hindi (the JSON, CSV and
# SQLite exports stay English). Each entry is keyed on its English in the source (a
# `# English` line, then `t-<id> = हिन्दी`, places as { $name }). Terms as in
# glossary.hi.yaml.

## Phrases with values (src/cli/portfolio.rs).

# 1 study
t-1-study = 1 अध्ययन

# {n} studies
t-n-studies = { $n } अध्ययन

# 1 file
t-1-file = 1 फ़ाइल

# {n} files
t-n-files = { $n } फ़ाइलें

# Portfolio: {studies}, {files} not loaded (as of {date})
t-portfolio-studies-files-not-loaded-as-of-dd9b15 = पोर्टफोलियो: { $studies }, { $files } लोड नहीं हुईं ({ $date } की स्थिति)

# {studies} ({hits} from the cache), {files} not loaded
t-studies-hits-from-the-cache-files-not-loaded = { $studies } ({ $hits } कैश से), { $files } लोड नहीं हुईं

# {title} (Rs. in lakh)
t-title-rs-in-lakh = { $title } (रु. लाख में)

# Indicators of projects under way: {list}
t-indicators-of-projects-under-way-list = चालू परियोजनाओं के संकेतक: { $list }

# behind  {cluster} ({file}): {ids}
t-behind-cluster-file-ids = पिछड़े  { $cluster } ({ $file }): { $ids }

# {with} of {all} studies have findings: {errors} errors, {warnings} warnings in all
t-with-of-all-studies-have-findings-errors-52e172 = { $all } में से { $with } अध्ययनों में निष्कर्ष हैं: कुल { $errors } त्रुटियाँ, { $warnings } चेतावनियाँ

# {n} studies have no budget (no scheme, or one cdstudy does not know): {files}
t-n-studies-have-no-budget-no-scheme-or-one-7014f8 = { $n } अध्ययनों का कोई बजट नहीं है (कोई योजना नहीं, या ऐसी योजना जिसे cdstudy नहीं जानता): { $files }

## Headings, columns and notes (src/cli/portfolio.rs).

# Pipeline by stage
t-pipeline-by-stage = चरणवार पाइपलाइन

# Pipeline by state
t-pipeline-by-state = राज्यवार पाइपलाइन

# Pipeline by scheme
t-pipeline-by-scheme = योजनावार पाइपलाइन

# Pipeline by district
t-pipeline-by-district = जिलेवार पाइपलाइन

# Pipeline by sector, or by product where a study names no sector (a cluster of two counts under each)
t-pipeline-by-sector-or-by-product-where-a-872fd1 = क्षेत्रवार पाइपलाइन, या जहाँ अध्ययन में क्षेत्र नहीं दिया वहाँ उत्पादवार (दो का क्लस्टर दोनों में गिना जाता है)

# Sector or product
t-sector-or-product = क्षेत्र या उत्पाद

# Money by scheme, as planned and as spent
t-money-by-scheme-as-planned-and-as-spent = योजनावार राशि, योजना के अनुसार और व्यय के अनुसार

# Money by district
t-money-by-district = जिलेवार राशि

# Monitoring: budget and activities by year, plan against done (projects under way; Rs. in lakh)
t-monitoring-budget-and-activities-by-year-ed9c85 = निगरानी: वर्षवार बजट और गतिविधियाँ, योजना बनाम पूर्ण (चालू परियोजनाएँ; रु. लाख में)

# Projects with no progress reported for two periods or more
t-projects-with-no-progress-reported-for-two-1b3b97 = वे परियोजनाएँ जिनकी दो या अधिक अवधियों से कोई प्रगति सूचित नहीं हुई

# Selection ranking (the department's criteria, _shared/selection.yaml)
t-selection-ranking-the-department-s-criteria-b2456c = चयन क्रम (विभाग के मानदंड, _shared/selection.yaml)

# no study has a selection score
t-no-study-has-a-selection-score = किसी अध्ययन का चयन अंक नहीं है

# Data quality (cdstudy check on each study's content)
t-data-quality-cdstudy-check-on-each-study-1930b7 = डेटा की गुणवत्ता (प्रत्येक अध्ययन की सामग्री पर cdstudy check)

# Files not loaded
t-files-not-loaded = लोड न हुई फ़ाइलें

# Clusters
t-clusters = क्लस्टर

# Studies
t-studies = अध्ययन

# Gap
t-gap = अंतर

# FY
t-fy = वित्त वर्ष

# Used
t-used = उपयोग

# % used
t-pct-used = % उपयोग

# Activities planned
t-activities-planned = नियोजित गतिविधियाँ

# Last report
t-last-report = अंतिम रिपोर्ट

# Periods since
t-periods-since = तब से अवधियाँ

# Rank
t-rank = क्रम

# Threshold
t-threshold = न्यूनतम सीमा

# Errors
t-errors = त्रुटियाँ

# Warnings
t-warnings = चेतावनियाँ

# passes
t-passes = उत्तीर्ण

# below
t-below = सीमा से नीचे

# never
t-never = कभी नहीं

## The stages of a cluster's project and how an indicator stands (src/portfolio).

# Selected
t-selected = चयनित

# Diagnostic under way
t-diagnostic-under-way = नैदानिक अध्ययन जारी

# DSR done
t-dsr-done = DSR पूर्ण

# DPR
t-dpr = DPR

# Sanctioned
t-sanctioned = स्वीकृत

# Under implementation
t-under-implementation = कार्यान्वयनाधीन

# Completed
t-completed = पूर्ण हुई

# indicator: Met
t-indicator-met = लक्ष्य प्राप्त

# indicator: On track
t-indicator-on-track = सही दिशा में

# indicator: Behind
t-indicator-behind = पिछड़े

# indicator: Not measured
t-indicator-not-measured = मापे नहीं गए

# indicator: No target
t-indicator-no-target = लक्ष्य नहीं

# Spent
t-spent = व्यय

# Soft interventions
t-soft-interventions = सॉफ्ट इंटरवेंशन

## Why a file was not loaded (cli/portfolio.rs).

# file not loaded: missing
t-file-not-loaded-missing = नहीं मिली
# file not loaded: not a study
t-file-not-loaded-not-a-study = अध्ययन नहीं
# file not loaded: error
t-file-not-loaded-error = त्रुटि
# not a study file: it has no `format: cdstudy/1` or `meta:` key
t-not-a-study-file-it-has-no-format-cdstudy-7c5eda = अध्ययन फ़ाइल नहीं: इसमें `format: cdstudy/1` या `meta:` कुंजी नहीं है
