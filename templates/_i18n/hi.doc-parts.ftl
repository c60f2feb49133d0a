# cdstudy: the Hindi of the parts the documents share: the cover and the declaration
# (_shared/front_and_back.md.tera), the photographs (_shared/figures.md.tera), the one-page
# brief (_shared/brief.md.tera) and the DPR parts (_shared/dpr-parts.md.tera). Each entry:
# the English the template writes, then its `t-` id (see hi.ftl) and the Hindi.


## The cover (front_and_back.md.tera)

# Applicant (SPV)
t-applicant-spv = आवेदक (एसपीवी)
# not yet filled in: the SPV
t-not-yet-filled-in-the-spv = अभी भरा नहीं गया: एसपीवी
# Place and date
t-place-and-date = स्थान एवं तिथि
# Study period
t-study-period = अध्ययन अवधि
# {from} to {to}
t-from-to-to = { $from } से { $to } तक
# Draft: not yet submitted
t-draft-not-yet-submitted = प्रारूप: अभी प्रस्तुत नहीं किया गया
# In review: not yet submitted
t-in-review-not-yet-submitted = समीक्षाधीन: अभी प्रस्तुत नहीं किया गया

## The declaration (front_and_back.md.tera)

# Declaration
t-declaration = घोषणा
# We declare that the particulars given in this Detailed Project Report are true and correct to the best of our knowledge and belief, that its figures are drawn from the diagnostic study of the cluster and from the quotations, commitments and documents listed in the annexures, and that nothing material to the proposal has been withheld. We undertake to inform the sanctioning authority of any change in them.
t-we-declare-that-the-particulars-given-in-2eae56 = हम घोषणा करते हैं कि इस विस्तृत परियोजना रिपोर्ट में दिए गए विवरण हमारी सर्वोत्तम जानकारी और विश्वास के अनुसार सत्य एवं सही हैं, कि इसके आंकड़े क्लस्टर की डायग्नोस्टिक स्टडी तथा अनुलग्नकों में सूचीबद्ध कोटेशनों, प्रतिबद्धताओं और दस्तावेज़ों से लिए गए हैं, और कि प्रस्ताव से संबंधित कोई भी महत्वपूर्ण तथ्य छिपाया नहीं गया है। इनमें किसी भी परिवर्तन की सूचना हम स्वीकृति प्राधिकारी को देने का वचन देते हैं।
# We declare that the particulars given in this {doc_label} are true and correct to the best of our knowledge and belief, that its figures are drawn from the diagnostic study of the cluster and from the quotations, commitments and documents listed in the annexures, and that nothing material to the proposal has been withheld. We undertake to inform the sanctioning authority of any change in them.
t-we-declare-that-the-particulars-given-in-54c824 = हम घोषणा करते हैं कि इस { $doc_label } में दिए गए विवरण हमारी सर्वोत्तम जानकारी और विश्वास के अनुसार सत्य एवं सही हैं, कि इसके आंकड़े क्लस्टर की डायग्नोस्टिक स्टडी तथा अनुलग्नकों में सूचीबद्ध कोटेशनों, प्रतिबद्धताओं और दस्तावेज़ों से लिए गए हैं, और कि प्रस्ताव से संबंधित कोई भी महत्वपूर्ण तथ्य छिपाया नहीं गया है। इनमें किसी भी परिवर्तन की सूचना हम स्वीकृति प्राधिकारी को देने का वचन देते हैं।
# For the applicant, {name}
t-for-the-applicant-name = आवेदक की ओर से, { $name }
# For the applicant
t-for-the-applicant = आवेदक की ओर से
# For the preparer, {organisation}
t-for-the-preparer-organisation = तैयारकर्ता की ओर से, { $organisation }
# Signature
t-signature = हस्ताक्षर
# Seal of the SPV
t-seal-of-the-spv = एसपीवी की मुहर
# Seal of the organisation
t-seal-of-the-organisation = संस्था की मुहर

## Photographs (figures.md.tera)

# Photograph {n}: {caption} ({date})
t-photograph-n-caption-date = छायाचित्र { $n }: { $caption } ({ $date })
# Photograph {n}: {caption}
t-photograph-n-caption = छायाचित्र { $n }: { $caption }
# Shows {what}.
t-shows-what = इसमें दर्शाया गया है: { $what }।

## The one-page brief (brief.md.tera)

# {name} Cluster: proposal at a glance
t-name-cluster-proposal-at-a-glance = { $name } क्लस्टर: प्रस्ताव एक दृष्टि में
# {units} enterprises ({micro} micro), {workers} workers employed directly ({women} women).
t-units-enterprises-micro-micro-workers-workers-a1c3f5 = { $units } उद्यम ({ $micro } सूक्ष्म), जिनमें { $workers } श्रमिक ({ $women } महिलाएँ) प्रत्यक्ष रूप से नियोजित हैं।
# {units} enterprises, {workers} workers employed directly ({women} women).
t-units-enterprises-workers-workers-employed-852b14 = { $units } उद्यम, जिनमें { $workers } श्रमिक ({ $women } महिलाएँ) प्रत्यक्ष रूप से नियोजित हैं।
# {units} enterprises ({micro} micro), {workers} workers employed directly.
t-units-enterprises-micro-micro-workers-workers-cbdbce = { $units } उद्यम ({ $micro } सूक्ष्म), जिनमें { $workers } श्रमिक प्रत्यक्ष रूप से नियोजित हैं।
# {units} enterprises, {workers} workers employed directly.
t-units-enterprises-workers-workers-employed-6230c7 = { $units } उद्यम, जिनमें { $workers } श्रमिक प्रत्यक्ष रूप से नियोजित हैं।
# {units} enterprises ({micro} micro).
t-units-enterprises-micro-micro = { $units } उद्यम ({ $micro } सूक्ष्म)।
# {units} enterprises.
t-units-enterprises = { $units } उद्यम।
# The problem.
t-the-problem = समस्या।
# a sentence: {district} district, {state}.
t-a-sentence-district-district-state = { $district } जिला, { $state }।
# {n} bottlenecks in all
t-n-bottlenecks-in-all = कुल { $n } बाधाएँ
# not yet filled in: the study lists no bottleneck of high severity
t-not-yet-filled-in-the-study-lists-no-bottleneck-5f4850 = अभी भरा नहीं गया: अध्ययन में उच्च गंभीरता की कोई बाधा दर्ज नहीं है
# Cost and who pays
t-cost-and-who-pays = लागत एवं वित्त पोषण
# {name}: viability
t-name-viability = { $name }: व्यवहार्यता
# the verdict waits for the running costs
t-the-verdict-waits-for-the-running-costs = निर्णय संचालन लागत प्राप्त होने तक लंबित
# shown for comparison only
t-shown-for-comparison-only = केवल तुलना के लिए दर्शाया गया
# meets every rule
t-meets-every-rule = सभी नियमों को पूरा करता है
# does not meet every rule
t-does-not-meet-every-rule = सभी नियमों को पूरा नहीं करता
# Verdict
t-verdict = निर्णय
# not judged
t-not-judged = निर्णय नहीं
# not yet filled in: the viability needs the inputs the DPR lists
t-not-yet-filled-in-the-viability-needs-the-ce4328 = अभी भरा नहीं गया: व्यवहार्यता के लिए वे आंकड़े चाहिए जो डीपीआर में सूचीबद्ध हैं
# Key indicators
t-key-indicators = मुख्य संकेतक
# The value chain, raw material to market (border: thicker for worse bottlenecks)
t-the-value-chain-raw-material-to-market-border-aebda8 = मूल्य श्रृंखला, कच्चे माल से बाजार तक (बाधा जितनी गंभीर, किनारा उतना मोटा)

## What a document follows (dpr-parts.md.tera: scheme_basis)

# This Detailed Project Report is prepared for the {title} ({ministry}), as its rules stand in revision {revision}: {guideline}. No format for it is prescribed in what was found of the scheme; its headings are based on {based_on}.
t-this-detailed-project-report-is-prepared-3090f8 = यह विस्तृत परियोजना रिपोर्ट { $title } ({ $ministry }) के अंतर्गत, संशोधन { $revision } में यथाविद्यमान उसके नियमों के अनुसार, तैयार की गई है: { $guideline }। योजना की जो सामग्री उपलब्ध हुई, उसमें इसका कोई प्रारूप निर्धारित नहीं है; अतः इसके शीर्षक इन पर आधारित हैं: { $based_on }।
# This Diagnostic Study Report is prepared for the {title} ({ministry}), as its rules stand in revision {revision}: {guideline}. No format for it is prescribed in what was found of the scheme; its headings are based on {based_on}.
t-this-diagnostic-study-report-is-prepared-885821 = यह डायग्नोस्टिक स्टडी रिपोर्ट { $title } ({ $ministry }) के अंतर्गत, संशोधन { $revision } में यथाविद्यमान उसके नियमों के अनुसार, तैयार की गई है: { $guideline }। योजना की जो सामग्री उपलब्ध हुई, उसमें इसका कोई प्रारूप निर्धारित नहीं है; अतः इसके शीर्षक इन पर आधारित हैं: { $based_on }।
# This {doc_label} is prepared for the {title} ({ministry}), as its rules stand in revision {revision}: {guideline}. No format for it is prescribed in what was found of the scheme; its headings are based on {based_on}.
t-this-doc-label-is-prepared-for-the-title-9660fe = यह { $doc_label } { $title } ({ $ministry }) के अंतर्गत, संशोधन { $revision } में यथाविद्यमान उसके नियमों के अनुसार, तैयार की गई है: { $guideline }। योजना की जो सामग्री उपलब्ध हुई, उसमें इसका कोई प्रारूप निर्धारित नहीं है; अतः इसके शीर्षक इन पर आधारित हैं: { $based_on }।
# The scheme in brief.
t-the-scheme-in-brief = योजना संक्षेप में।

## The scheme's conditions (dpr-parts.md.tera: scheme_conditions)

# Condition or rule
t-condition-or-rule = शर्त या नियम
# Position in this proposal
t-position-in-this-proposal = इस प्रस्ताव में स्थिति
# Met (context: a condition)
t-a-condition-met = पूरी होती है
# Not met
t-not-met = पूरी नहीं होती
# Not applied: unconfirmed, or left open by the rules
t-not-applied-unconfirmed-or-left-open-by-0afb7a = लागू नहीं की गई: अपुष्ट, या नियमों में अनिर्णीत
# Not told in the study: to be shown
t-not-told-in-the-study-to-be-shown = अध्ययन में नहीं बताया गया: दर्शाया जाना है
# Applied
t-applied = लागू की गई
# Cap reached
t-cap-reached = अधिकतम सीमा तक
# Not checked by cdstudy
t-not-checked-by-cdstudy = cdstudy द्वारा जाँची नहीं गई
# as summarised
t-as-summarised = सारांश के अनुसार
# To be confirmed with the sanctioning authority
t-to-be-confirmed-with-the-sanctioning-authority = स्वीकृति प्राधिकारी से पुष्टि की जानी है
# {name}: conditions cdstudy does not check
t-name-conditions-cdstudy-does-not-check = { $name }: वे शर्तें जिनकी जाँच cdstudy नहीं करता
# to be shown to the sanctioning authority
t-to-be-shown-to-the-sanctioning-authority = स्वीकृति प्राधिकारी को दर्शाई जानी हैं
# Points the text of the scheme found leaves open, to be settled with the sanctioning authority before submission:
t-points-the-text-of-the-scheme-found-leaves-a21e5e = योजना के पाठ में जो बिंदु अनिर्णीत पाए गए, जिन्हें प्रस्ताव प्रस्तुत करने से पहले स्वीकृति प्राधिकारी के साथ तय किया जाना है:

## The project's cost and means of finance (dpr-parts.md.tera: project_finance)

# Table {n}.1: Estimated project cost
t-table-n-1-estimated-project-cost = तालिका { $n }.1: अनुमानित परियोजना लागत
# Table {n}.2: Proposed means of finance
t-table-n-2-proposed-means-of-finance = तालिका { $n }.2: वित्त के प्रस्तावित साधन
# Category of the cluster: {reason}.
t-category-of-the-cluster-reason = क्लस्टर की श्रेणी: { $reason }।
# {amount}, {share} of the project cost
t-amount-share-of-the-project-cost = { $amount }, परियोजना लागत का { $share }
# How the grant under {scheme} is arrived at:
t-how-the-grant-under-scheme-is-arrived-at = { $scheme } के अंतर्गत अनुदान की गणना इस प्रकार की गई है:
# Table {n}.2: Cost and means of finance under the scheme, by component
t-table-n-2-cost-and-means-of-finance-under-211460 = तालिका { $n }.2: योजना के अंतर्गत घटकवार लागत एवं वित्त के साधन
# not yet filled in: the means of finance cannot be set out until the study's costs and contributions add up under the scheme's rules; `cdstudy check` and the financing flags say what is missing
t-not-yet-filled-in-the-means-of-finance-cannot-8a6900 = अभी भरा नहीं गया: जब तक अध्ययन की लागत और अंशदान योजना के नियमों के अनुसार मेल नहीं खाते, वित्त के साधन नहीं दिए जा सकते; क्या कमी है, यह `cdstudy check` और वित्त पोषण की चेतावनियाँ बताती हैं
# to be resolved before submission: {message}
t-to-be-resolved-before-submission-message = प्रस्तुत करने से पहले निराकरण आवश्यक: { $message }
# Figure {n}.1: Cost of each component by source of funds
t-figure-n-1-cost-of-each-component-by-source-8484ad = चित्र { $n }.1: निधि के स्रोत के अनुसार प्रत्येक घटक की लागत

## The facility's economics (dpr-parts.md.tera: cfc_economics, economics_missing)

# Table {n}.1: Projected profit and loss, {years} years
t-table-n-1-projected-profit-and-loss-years-7826ac = तालिका { $n }.1: अनुमानित लाभ-हानि, { $years } वर्ष
# Income
t-income = आय
# Cash accruals
t-cash-accruals = नकद उपार्जन
# Each year's income is printed as the sum of its costs, tax and profit after tax, each rounded to 0.01 lakh, the profit after tax taking the rounding. Where the study is silent the projection assumes:
t-each-year-s-income-is-printed-as-the-sum-8c4d7c = प्रत्येक वर्ष की आय उसकी लागतों, कर और कर पश्चात लाभ के योग के रूप में दर्शाई गई है; प्रत्येक राशि 0.01 लाख तक पूर्णांकित है और पूर्णांकन का अंतर कर पश्चात लाभ में समायोजित है। जहाँ अध्ययन में जानकारी नहीं है, वहाँ प्रक्षेपण में निम्नलिखित मान्यताएँ ली गई हैं:
# Each year's income is printed as the sum of its costs, tax and profit after tax, each rounded to 0.01 lakh, the profit after tax taking the rounding.
t-each-year-s-income-is-printed-as-the-sum-d5ced3 = प्रत्येक वर्ष की आय उसकी लागतों, कर और कर पश्चात लाभ के योग के रूप में दर्शाई गई है; प्रत्येक राशि 0.01 लाख तक पूर्णांकित है और पूर्णांकन का अंतर कर पश्चात लाभ में समायोजित है।
# Table {n}.2: Debt service coverage
t-table-n-2-debt-service-coverage = तालिका { $n }.2: ऋण सेवा कवरेज
# DSCR = (Net profit + Interest on term loan + Depreciation) / (Instalment of term loan + Interest on term loan)
t-dscr-net-profit-interest-on-term-loan-depreciation-8a2c30 = डीएससीआर = (शुद्ध लाभ + सावधि ऋण पर ब्याज + मूल्यह्रास) / (सावधि ऋण की किस्त + सावधि ऋण पर ब्याज)
# Cumulative DSCR over the repayment years: n/a.
t-cumulative-dscr-over-the-repayment-years-208ede = पुनर्भुगतान के वर्षों का संचयी डीएससीआर: लागू नहीं।
# Cumulative DSCR over the repayment years: {dscr}.
t-cumulative-dscr-over-the-repayment-years-da2420 = पुनर्भुगतान के वर्षों का संचयी डीएससीआर: { $dscr }।
# Figure {n}.1: Debt service coverage ratio by year
t-figure-n-1-debt-service-coverage-ratio-by-cb2fe3 = चित्र { $n }.1: वर्षवार ऋण सेवा कवरेज अनुपात
# The project has no term loan, so there is no debt to service and the DSCR does not apply.
t-the-project-has-no-term-loan-so-there-is-32d236 = परियोजना में कोई सावधि ऋण नहीं है, अतः ऋण सेवा का प्रश्न नहीं उठता और डीएससीआर लागू नहीं होता।
# Table {n}.3: Break-even point by year
t-table-n-3-break-even-point-by-year = तालिका { $n }.3: वर्षवार सम-विच्छेद बिंदु
# Break-even point = Fixed cost / Contribution, where Contribution = Sales − Variable cost, shown as a share of the installed capacity.
t-break-even-point-fixed-cost-contribution-c9a422 = सम-विच्छेद बिंदु = स्थिर लागत / अंशदान, जहाँ अंशदान = बिक्री − परिवर्तनीय लागत; इसे स्थापित क्षमता के अंश के रूप में दर्शाया गया है।
# not reached
t-not-reached = प्राप्त नहीं
# Figure {n}.2: Break-even against the capacity used, by year
t-figure-n-2-break-even-against-the-capacity-38db7a = चित्र { $n }.2: वर्षवार उपयोग की गई क्षमता की तुलना में सम-विच्छेद बिंदु
# Table {n}.4: Key figures of the projection
t-table-n-4-key-figures-of-the-projection = तालिका { $n }.4: प्रक्षेपण के मुख्य आंकड़े
# Payback period: not within the {years} years of the projection. {irr_note}.
t-payback-period-not-within-the-years-years-a8ce8d = वापसी अवधि: प्रक्षेपण के { $years } वर्षों के भीतर नहीं। { $irr_note }।
# Payback period: not within the {years} years of the projection.
t-payback-period-not-within-the-years-years-001cff = वापसी अवधि: प्रक्षेपण के { $years } वर्षों के भीतर नहीं।
# Payback period: {payback} years. {irr_note}.
t-payback-period-payback-years-irr-note = वापसी अवधि: { $payback } वर्ष। { $irr_note }।
# Payback period: {payback} years.
t-payback-period-payback-years = वापसी अवधि: { $payback } वर्ष।
# Table {n}.5: Sensitivity analysis
t-table-n-5-sensitivity-analysis = तालिका { $n }.5: संवेदनशीलता विश्लेषण
# averages in Rs. lakh
t-averages-in-rs-lakh = औसत, रु. लाख में
# Figure {n}.3: Cumulative DSCR under the sensitivity cases
t-figure-n-3-cumulative-dscr-under-the-sensitivity-2a2636 = चित्र { $n }.3: संवेदनशीलता की स्थितियों में संचयी डीएससीआर
# not yet filled in: the projection needs these from the study:
t-not-yet-filled-in-the-projection-needs-these-22f3eb = अभी भरा नहीं गया: प्रक्षेपण के लिए अध्ययन से ये जानकारियाँ चाहिए:

## Indicators and the grant sought (dpr-parts.md.tera: outcome_indicators, grant_sought)

# not yet filled in: the study sets no outcome or impact indicators
t-not-yet-filled-in-the-study-sets-no-outcome-cb34b6 = अभी भरा नहीं गया: अध्ययन में परिणाम या प्रभाव का कोई संकेतक निर्धारित नहीं है
# Cost of the action plan.
t-cost-of-the-action-plan = कार्ययोजना की लागत।
# {cost}, of which the grant of the Government of India under {scheme} is {goi} and the share of the {state} under {scheme}'s rules is {share} (section 11).
t-cost-of-which-the-grant-of-the-government-f33c69 = { $cost }, जिसमें से { $scheme } के अंतर्गत भारत सरकार का अनुदान { $goi } तथा { $scheme } के नियमों के अंतर्गत राज्य का अंश { $share } है (खंड 11)।
# {cost}, of which the grant of the Government of India under {scheme} is {goi} (section 11).
t-cost-of-which-the-grant-of-the-government-020a04 = { $cost }, जिसमें से { $scheme } के अंतर्गत भारत सरकार का अनुदान { $goi } है (खंड 11)।
# {cost}, of which the share of the {state} under {scheme}'s rules is {share} (section 11).
t-cost-of-which-the-share-of-the-state-under-241f60 = { $cost }, जिसमें से { $scheme } के नियमों के अंतर्गत राज्य का अंश { $share } है (खंड 11)।
# {cost}; no grant under {scheme} is computed for it yet: the rules applied to each component say why (section 11).
t-cost-no-grant-under-scheme-is-computed-for-d1b489 = { $cost }; इसके लिए { $scheme } के अंतर्गत अभी कोई अनुदान परिकलित नहीं हुआ है: प्रत्येक घटक पर लागू नियम इसका कारण बताते हैं (खंड 11)।

## The figures of the viability checks (their names as the projection gives them)

# Cumulative DSCR over the repayment years
t-cumulative-dscr-over-the-repayment-years = पुनर्भुगतान के वर्षों का संचयी डीएससीआर
# Break-even, % of installed capacity (average of the years)
t-break-even-pct-of-installed-capacity-average-6eb01d = सम-विच्छेद बिंदु, स्थापित क्षमता का % (वर्षों का औसत)
# Return on capital employed (average)
t-return-on-capital-employed-average = नियोजित पूंजी पर प्रतिफल (औसत)
# Net present value at 10%
t-net-present-value-at-10-pct = 10% पर शुद्ध वर्तमान मूल्य

## The parties of the financing (the schemes' labels, and the means of finance's columns)

# Government of Haryana
t-government-of-haryana = हरियाणा सरकार
# State Government / SIDC
t-state-government-sidc = राज्य सरकार / एसआईडीसी
# State implementing agency
t-state-implementing-agency = राज्य कार्यान्वयन एजेंसी
# IA / SPV
t-ia-spv = आईए / एसपीवी
# Industry (SPV)
t-industry-spv = उद्योग (एसपीवी)
# Private partner / SPV
t-private-partner-spv = निजी भागीदार / एसपीवी
# Weavers / SPV
t-weavers-spv = बुनकर / एसपीवी
# Beneficiaries
t-beneficiaries = हितग्राही
# Beneficiary industries
t-beneficiary-industries = हितग्राही उद्योग
# Convergence / others
t-convergence-others = अभिसरण / अन्य
# Programme / others
t-programme-others = कार्यक्रम / अन्य
# Other schemes / others
t-other-schemes-others = अन्य योजनाएँ / अन्य
