# cdstudy: the command line in Hindi (`cdstudy --lang hi COMMAND`, or CDSTUDY_LANG=hi):
# the lines `check`, `budget`, `schemes`, `render`, `new`, `fmt`, `diff`, `merge`,
# `git-setup` and `plan` print for a person, keyed like the screen's labels on their
# English in src/cli/*.rs: a `# English` line, then `t-<id> = हिन्दी`
# (crate::i18n::label_id), places as { $name }. Words the screen already has (Total,
# Flags, Rules applied, a section's name) come from hi.ftl and are not repeated here: an
# id must be defined once. Machine output (JSON, YAML, CSV) stays English.
# Terms as in glossary.hi.yaml.

## Frames of every command's lines (src/cli/mod.rs).

# error: {what}
t-error-what = त्रुटि: { $what }

# the scheme rules cannot be used:
t-the-scheme-rules-cannot-be-used = योजना के नियम उपयोग नहीं किए जा सकते:

## check (src/cli/check.rs).

# {n} error
t-n-error = { $n } त्रुटि

# {n} errors
t-n-errors = { $n } त्रुटियाँ

# {n} warning
t-n-warning = { $n } चेतावनी

# {n} warnings
t-n-warnings = { $n } चेतावनियाँ

# line {l}
t-line-l = पंक्ति { $l }

# error
t-error = त्रुटि

# warning
t-warning = चेतावनी

## budget (src/cli/budget.rs).

# {cluster}: budget under {scheme} ({revision})
t-cluster-budget-under-scheme-revision = { $cluster }: { $scheme } ({ $revision }) के अंतर्गत बजट

# {file} names no scheme (meta.scheme); give one with --scheme ID ({ids})
t-file-names-no-scheme-meta-scheme-give-one-26c65f = { $file } में कोई योजना नहीं दी गई है (meta.scheme); --scheme ID से योजना बताएँ ({ $ids })

# Budget by component (Rs. in lakh)
t-budget-by-component-rs-in-lakh = घटकवार बजट (रु. लाख में)

# Eligible
t-eligible = पात्र

# GoI rate
t-goi-rate = GoI दर

# no costed actions yet
t-no-costed-actions-yet = अभी लागत वाला कोई कार्य नहीं

# The shares leave Rs. {gap} lakh of the cost unmet (negative: they exceed it).
t-the-shares-leave-rs-gap-lakh-of-the-cost-fa3713 = अंशों के बाद लागत के रु. { $gap } लाख अपूरित रहते हैं (ऋणात्मक हो तो अंश लागत से अधिक हैं)।

# Of the {label} column: {named}; the {label}'s own {own}.
t-of-the-label-column-named-the-label-s-own-26450e = { $label } स्तंभ में: { $named }; { $label } का स्वयं का { $own }।

# The study as a whole
t-the-study-as-a-whole = समग्र अध्ययन

# outcome: applied
t-outcome-applied = लागू

# outcome: CAP HIT
t-outcome-cap-hit = सीमा लागू

# outcome: met
t-outcome-met = पूरा

# outcome: NOT MET
t-outcome-not-met = पूरा नहीं

# outcome: not checked
t-outcome-not-checked = जाँचा नहीं

# outcome: flagged
t-outcome-flagged = चिह्नित

# outcome: note
t-outcome-note = टिप्पणी

# confirmed
t-confirmed = पुष्ट

# inferred
t-inferred = अनुमानित

# secondary source
t-secondary-source = द्वितीयक स्रोत

# not confirmed
t-not-confirmed = अपुष्ट

# Means of finance of the CFC (Rs. in lakh)
t-means-of-finance-of-the-cfc-rs-in-lakh = सार्वजनिक सुविधा केन्द्र (सीएफसी) के वित्त के साधन (रु. लाख में)

# Cost head
t-cost-head = लागत मद

# % of project cost
t-pct-of-project-cost = परियोजना लागत का %

# Means of finance of the CFC: not drawn up, the shares do not add up to the cost (see the flags).
t-means-of-finance-of-the-cfc-not-drawn-up-8e75a6 = सीएफसी के वित्त के साधन: तैयार नहीं किए गए, क्योंकि अंशों का योग लागत के बराबर नहीं है (चेतावनियाँ देखें)।

# CFC viability: not computed; the study lacks:
t-cfc-viability-not-computed-the-study-lacks = सीएफसी की व्यवहार्यता: गणना नहीं की गई; अध्ययन में यह नहीं है:

# Flags: none.
t-flags-none = चेतावनियाँ: कोई नहीं।

# CFC viability over {years} years (benchmark for comparison: {source})
t-cfc-viability-over-years-years-benchmark-5e2067 = { $years } वर्षों में सीएफसी की व्यवहार्यता (तुलना हेतु मानक: { $source })

# CFC viability over {years} years (held against: {source})
t-cfc-viability-over-years-years-held-against-babf3c = { $years } वर्षों में सीएफसी की व्यवहार्यता (जाँच का आधार: { $source })

# {note}. The figures are shown for comparison only: none is held to pass or fail.
t-note-the-figures-are-shown-for-comparison-955d86 = { $note }। आंकड़े केवल तुलना हेतु दिखाए गए हैं: किसी को भी उत्तीर्ण या अनुत्तीर्ण नहीं माना गया है।

# Payback: {years} years
t-payback-years-years = वापसी अवधि: { $years } वर्ष

# The figures wait for the study to give
t-the-figures-wait-for-the-study-to-give = आंकड़ों के लिए अध्ययन में यह दिया जाना शेष है

# No verdict yet: the figures are not held to their rules until the study gives
t-no-verdict-yet-the-figures-are-not-held-d30b57 = अभी निर्णय नहीं: जब तक अध्ययन में निम्न नहीं दिया जाता, आंकड़ों को उनके नियमों पर नहीं परखा जाएगा

# Every acceptance rule that applies is met.
t-every-acceptance-rule-that-applies-is-met = लागू होने वाले स्वीकृति के सभी नियम पूरे होते हैं।

# Not every acceptance rule is met.
t-not-every-acceptance-rule-is-met = स्वीकृति के सभी नियम पूरे नहीं होते।

# Avg revenue
t-avg-revenue = औसत राजस्व

# Avg PAT
t-avg-pat = औसत कर-पश्चात लाभ

# DSCR
t-dscr = डीएससीआर

# BEP
t-bep = सम-विच्छेद

# ROCE
t-roce = ROCE

# IRR
t-irr = IRR

# NPV
t-npv = NPV

# (amounts in Rs. lakh; `--format json` has the year-by-year projection)
t-amounts-in-rs-lakh-format-json-has-the-year-e48366 = (राशियाँ रु. लाख में; वर्षवार प्रक्षेपण `--format json` में है)

# assumed:
t-assumed = मान्यता:

## schemes (src/cli/schemes.rs).

# {file}: schemes it may be eligible for, best first (grants in Rs. lakh)
t-file-schemes-it-may-be-eligible-for-best-e27f6e = { $file }: योजनाएँ जिनके लिए यह पात्र हो सकता है, सर्वोत्तम पहले (अनुदान रु. लाख में)

# grant {grant} (GoI {goi}, State {state}) of a cost of {cost}, {category} category
t-grant-grant-goi-goi-state-state-of-a-cost-7061f1 = { $cost } की लागत पर अनुदान { $grant } (भारत सरकार { $goi }, राज्य { $state }), श्रेणी { $category }

# Superseded revisions, not ranked (kept for studies made under them):
t-superseded-revisions-not-ranked-kept-for-6ee011 = प्रतिस्थापित संशोधन, क्रम में नहीं (उनके अंतर्गत बने अध्ययनों के लिए रखे गए):

# Not eligible, or nothing to compare:
t-not-eligible-or-nothing-to-compare = पात्र नहीं, या तुलना के लिए कुछ नहीं:

# Eligibility is decided from the rules each scheme's file states ("not told": the study lacks the fact); read each guideline before choosing.
t-eligibility-is-decided-from-the-rules-each-e1379b = पात्रता प्रत्येक योजना की फ़ाइल में दिए नियमों से तय की गई है ("not told": अध्ययन में वह तथ्य नहीं है); चुनने से पहले प्रत्येक योजना के दिशानिर्देश पढ़ें।

# `cdstudy schemes show ID` explains a scheme's rules.
t-cdstudy-schemes-show-id-explains-a-scheme-4dec84 = `cdstudy schemes show ID` किसी योजना के नियम समझाता है।

# general
t-general = सामान्य

# special
t-special = विशेष

## render (src/cli/render.rs, render_monitoring.rs).

# {file} is the study itself; choose another output with -o
t-file-is-the-study-itself-choose-another-76e7cc = { $file } स्वयं अध्ययन फ़ाइल है; -o से कोई अन्य आउटपुट फ़ाइल चुनें

# {file} is a study for {own}, and its action plan does not fit {scheme}; nothing was written:
t-file-is-a-study-for-own-and-its-action-plan-40234c = { $file } { $own } का अध्ययन है और इसकी कार्ययोजना { $scheme } में नहीं बैठती; कुछ नहीं लिखा गया:

# {id} ({title}): `{component}` is not a component of {scheme}; its components are {known}
t-id-title-component-is-not-a-component-of-5f1327 = { $id } ({ $title }): `{ $component }` { $scheme } का घटक नहीं है; इसके घटक हैं { $known }

# To render it under {scheme}, give these actions components of {scheme} (or leave component empty and name who pays in funded_by), or change meta.scheme.
t-to-render-it-under-scheme-give-these-actions-704b5f = इसे { $scheme } के अंतर्गत बनाने के लिए इन कार्यों को { $scheme } के घटक दें (या component खाली छोड़कर funded_by में भुगतानकर्ता बताएँ), अथवा meta.scheme बदलें।

# financing
t-financing = वित्तपोषण

# note: the study has {errors} error(s) and {warnings} warning(s); gaps show in the document as "[not yet filled in]"; `cdstudy check {file}` lists them
t-note-the-study-has-errors-error-s-and-warnings-6c48bc = टिप्पणी: अध्ययन में { $errors } त्रुटि(याँ) और { $warnings } चेतावनी(याँ) हैं; अधूरी जानकारी दस्तावेज़ में रिक्त चिह्न के रूप में दिखती है; `cdstudy check { $file }` इनकी सूची देता है

# note: {n} fixed text(s) of the document have no {lang} words in the catalogue and are printed in English:
t-note-n-fixed-text-s-of-the-document-have-3b4d38 = टिप्पणी: दस्तावेज़ के { $n } निश्चित पाठों के लिए कैटलॉग में { $lang } शब्द नहीं हैं, अतः वे अंग्रेज़ी में छपे हैं:

# --lang asks for the language {asked}; documents are written in en (English), hi (हिन्दी) or en+hi (both)
t-lang-asks-for-the-language-asked-documents-8c3de5 = --lang भाषा { $asked } माँगता है; दस्तावेज़ en (English), hi (हिन्दी) या en+hi (दोनों) में लिखे जाते हैं

# --format xlsx is for --doc dpr or --doc workbook
t-format-xlsx-is-for-doc-dpr-or-doc-workbook = --format xlsx केवल --doc dpr या --doc workbook के लिए है

# --format xlsx is for --doc dpr or --doc workbook (the CFC's financial workbook)
t-format-xlsx-is-for-doc-dpr-or-doc-workbook-866c6a = --format xlsx केवल --doc dpr या --doc workbook (सीएफसी की वित्तीय वर्कबुक) के लिए है

# the CFC's financial workbook
t-the-cfc-s-financial-workbook = सीएफसी की वित्तीय वर्कबुक

# cannot make {folder}: {e}
t-cannot-make-folder-e = { $folder } नहीं बनाया जा सका: { $e }

# cannot write {file}: {e}
t-cannot-write-file-e = { $file } नहीं लिखी जा सकी: { $e }

# {what} is a binary file: redirect standard output to a file, or give -o FILE
t-what-is-a-binary-file-redirect-standard-2f1d71 = { $what } एक बाइनरी फ़ाइल है: मानक आउटपुट को किसी फ़ाइल में भेजें, या -o FILE दें

# cannot write to standard output: {e}
t-cannot-write-to-standard-output-e = मानक आउटपुट पर नहीं लिखा जा सका: { $e }

# wrote {file} ({what})
t-wrote-file-what = { $file } लिखी गई ({ $what })

# note: check has {progress} finding(s) on the progress section; `cdstudy check {file}` lists them
t-note-check-has-progress-finding-s-on-the-fb3217 = टिप्पणी: प्रगति खंड पर जाँच के { $progress } निष्कर्ष हैं; `cdstudy check { $file }` इनकी सूची देता है

## new, fmt (src/cli/new.rs, fmt.rs).

# --name is empty; give the cluster's name
t-name-is-empty-give-the-cluster-s-name = --name खाली है; क्लस्टर का नाम दें

# cannot create the folder {folder}: {e}
t-cannot-create-the-folder-folder-e = फ़ोल्डर { $folder } नहीं बनाया जा सका: { $e }

# created the folder {folder}
t-created-the-folder-folder = फ़ोल्डर { $folder } बनाया गया

# created {file}: "{title}" (scheme {scheme})
t-created-file-title-scheme-scheme = { $file } बनाई गई: "{ $title }" (योजना { $scheme })

# next: open it with `cdstudy {file}`, or edit it by hand and run `cdstudy check {file}`
t-next-open-it-with-cdstudy-file-or-edit-it-36896b = आगे: इसे `cdstudy { $file }` से खोलें, या हाथ से संपादित कर `cdstudy check { $file }` चलाएँ

# not in canonical form
t-not-in-canonical-form = मानक रूप में नहीं

# not rewritten, so nothing is lost; move comments into `notes`, or pass --force
t-not-rewritten-so-nothing-is-lost-move-comments-19da41 = कुछ खोए नहीं, इसलिए दोबारा नहीं लिखी गई; टिप्पणियाँ `notes` में ले जाएँ, या --force दें

# formatted {file} (previous version in {backup})
t-formatted-file-previous-version-in-backup = { $file } मानक रूप में लिखी गई (पिछला संस्करण { $backup } में)

# help: `cdstudy fmt --overwrite-read-only` rewrites it anyway and keeps it read-only
t-help-cdstudy-fmt-overwrite-read-only-rewrites-46a8e8 = सहायता: `cdstudy fmt --overwrite-read-only` फिर भी इसे दोबारा लिखता है और इसे केवल-पठन बनाए रखता है

## diff, merge, git-*, plan (src/cli/diff.rs, merge.rs, git.rs, plan.rs).

# Changes to the study: {old} → {new}
t-changes-to-the-study-old-new = अध्ययन में परिवर्तन: { $old } → { $new }

# Study changes {old} → {new}: {n} change
t-study-changes-old-new-n-change = अध्ययन में परिवर्तन { $old } → { $new }: { $n } परिवर्तन

# Study changes {old} → {new}: {n} changes
t-study-changes-old-new-n-changes = अध्ययन में परिवर्तन { $old } → { $new }: { $n } परिवर्तन

# scheme rules not available, no money effect:
t-scheme-rules-not-available-no-money-effect = योजना के नियम उपलब्ध नहीं, राशि पर प्रभाव नहीं दिखाया गया:

# The line diff follows.
t-the-line-diff-follows = आगे पंक्तिवार अंतर है।

# merging line by line instead, with conflict markers where lines clash
t-merging-line-by-line-instead-with-conflict-3199d7 = इसके स्थान पर पंक्तिवार मिलान किया जा रहा है, टकराती पंक्तियों पर विरोध-चिह्न के साथ

# nothing referred to it yet
t-nothing-referred-to-it-yet = अभी इसका कोई संदर्भ नहीं था

# 1 reference updated
t-1-reference-updated = 1 संदर्भ अद्यतन किया गया

# {n} references updated
t-n-references-updated = { $n } संदर्भ अद्यतन किए गए

# both sides added a {noun} as {from}; theirs ('{label}') is now {to} ({references})
t-both-sides-added-a-noun-as-from-theirs-label-344580 = दोनों पक्षों ने { $from } के रूप में एक { $noun } जोड़ा; उनका ('{ $label }') अब { $to } है ({ $references })

# merged cleanly
t-merged-cleanly = बिना विरोध के मिलाया गया

# {n} conflict to settle, each recorded as a review note:
t-n-conflict-to-settle-each-recorded-as-a-981e3d = { $n } विरोध सुलझाना है, समीक्षा टिप्पणी के रूप में दर्ज:

# {n} conflicts to settle, each recorded as a review note:
t-n-conflicts-to-settle-each-recorded-as-a-a78be0 = { $n } विरोध सुलझाने हैं, प्रत्येक समीक्षा टिप्पणी के रूप में दर्ज:

# Settle each in the study (keep or change the value, then set `resolved: true` on its note), check with `cdstudy check {name}`, then `git add {name}`.
t-settle-each-in-the-study-keep-or-change-f358e5 = प्रत्येक को अध्ययन में सुलझाएँ (मान रखें या बदलें, फिर उसकी टिप्पणी पर `resolved: true` लगाएँ), `cdstudy check { $name }` से जाँचें, फिर `git add { $name }` करें।

# {n} conflicting region marked in the file
t-n-conflicting-region-marked-in-the-file = फ़ाइल में { $n } विरोधी अंश चिह्नित

# {n} conflicting regions marked in the file
t-n-conflicting-regions-marked-in-the-file = फ़ाइल में { $n } विरोधी अंश चिह्नित

# {folder} is not in a git repository: {e}
t-folder-is-not-in-a-git-repository-e = { $folder } किसी git रिपॉज़िटरी में नहीं है: { $e }

# cannot read {file}: {e}
t-cannot-read-file-e = { $file } पढ़ी नहीं जा सकी: { $e }

# {file}: already has `{line}`
t-file-already-has-line = { $file }: `{ $line }` पहले से है

# {file}: added `{line}`
t-file-added-line = { $file }: `{ $line }` जोड़ा गया

# git config {key}: already `{value}`
t-git-config-key-already-value = git config { $key }: पहले से `{ $value }`

# cannot set {key}: {e}
t-cannot-set-key-e = { $key } निर्धारित नहीं किया जा सका: { $e }

# No file in the repository matches {patterns} yet: nothing goes through cdstudy until a study does (check the pattern, e.g. --pattern 'studies/*.yaml').
t-no-file-in-the-repository-matches-patterns-69b1fa = रिपॉज़िटरी में अभी कोई फ़ाइल { $patterns } से मेल नहीं खाती: जब तक कोई अध्ययन मेल न खाए, कुछ भी cdstudy से होकर नहीं जाएगा (पैटर्न जाँचें, जैसे --pattern 'studies/*.yaml')।

# Commit .gitattributes and .gitignore; `git diff`, `git log -p` and merges of study files now go through cdstudy.
t-commit-gitattributes-and-gitignore-git-diff-843d73 = .gitattributes और .gitignore को commit करें; अब अध्ययन फ़ाइलों के `git diff`, `git log -p` और merge cdstudy से होकर जाते हैं।

# {n} files did not load; `cdstudy portfolio` lists them
t-n-files-did-not-load-cdstudy-portfolio-lists-045fc2 = { $n } फ़ाइलें लोड नहीं हुईं; `cdstudy portfolio` इनकी सूची देता है

# cannot write the Word file:
t-cannot-write-the-word-file = Word फ़ाइल नहीं लिखी जा सकी:

# wrote {file}
t-wrote-file = { $file } लिखी गई

## The terminal UI's last word (src/main.rs).

# the study was NOT saved to its file; your changes are in {file}
t-the-study-was-not-saved-to-its-file-your-df70a1 = अध्ययन उसकी फ़ाइल में सहेजा नहीं गया; आपके परिवर्तन { $file } में हैं

## The rules' words that the tables of `budget` print (the schemes' column and figure names).

# State Government
t-state-government = राज्य सरकार

# Bank loan / others
t-bank-loan-others = बैंक ऋण / अन्य

# GoI grant
t-goi-grant = भारत सरकार अनुदान

# Cumulative DSCR over the repayment years
t-cumulative-dscr-over-the-repayment-years = पुनर्भुगतान वर्षों का संचयी डीएससीआर

# Break-even, % of installed capacity (average of the years)
t-break-even-pct-of-installed-capacity-average-6eb01d = सम-विच्छेद, स्थापित क्षमता का % (वर्षों का औसत)

# Return on capital employed (average)
t-return-on-capital-employed-average = नियोजित पूंजी पर प्रतिफल (औसत)

# Internal rate of return
t-internal-rate-of-return = आंतरिक प्रतिफल दर

# Net present value at 10%
t-net-present-value-at-10-pct = 10% पर शुद्ध वर्तमान मूल्य

# Common Facility Centre
t-common-facility-centre = सार्वजनिक सुविधा केन्द्र

# Funded outside the scheme
t-funded-outside-the-scheme = योजना से बाहर वित्तपोषित
