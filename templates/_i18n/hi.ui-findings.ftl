# cdstudy: the findings of `check` in Hindi, as the screen shows them (problems line,
# a field's finding, the Findings view). Each is keyed on its English sentence in
# src/check/*.rs: a `# English` line, then `t-<id> = हिन्दी` (crate::i18n::label_id).
# Only fixed sentences are here (and those built from one of a few words, such as a
# SWOT quadrant, each written out whole); a finding with figures or names in it is a
# phrase, in hi.said-<part>.ftl.
# Loaded beside hi.ftl (an id must not be in both). Terms as in glossary.hi.yaml.

## Photographs (src/check/photos.rs).

# the photograph has no caption: say what it shows
t-the-photograph-has-no-caption-say-what-it-4b271b = फ़ोटो का चित्र विवरण नहीं: बताएँ कि उसमें क्या दिखता है

# no file given for the photograph
t-no-file-given-for-the-photograph = फ़ोटो की फ़ाइल नहीं दी गई

## Progress after sanction (src/check/progress.rs).

# which period is this? A financial year (2027-28) or a quarter (2027-28 Q1)
t-which-period-is-this-a-financial-year-2027-acfd79 = यह कौन सी अवधि है? एक वित्तीय वर्ष (2027-28) या एक तिमाही (2027-28 Q1)

# done: on what date?
t-done-on-what-date = पूर्ण: किस तिथि को?

# dropped: say why in the note, for the department's review
t-dropped-say-why-in-the-note-for-the-department-b6cf24 = छोड़ा गया: विभाग की समीक्षा के लिए टिप्पणी में कारण लिखें

# money was spent on an action marked not started
t-money-was-spent-on-an-action-marked-not-f66db0 = 'शुरू नहीं' चिह्नित कार्य पर व्यय हुआ है

# an amount spent is negative
t-an-amount-spent-is-negative = एक व्यय राशि ऋणात्मक है

# a release is more than nothing
t-a-release-is-more-than-nothing = जारी किस्त शून्य से अधिक होनी चाहिए

# which financial year does the certificate cover?
t-which-financial-year-does-the-certificate-632f91 = प्रमाण पत्र किस वित्तीय वर्ष का है?

# more interest deposited back than was earned
t-more-interest-deposited-back-than-was-earned = अर्जित ब्याज से अधिक ब्याज वापस जमा किया गया

# under which Act or rules are the accounts kept and audited? The form's first check names them
t-under-which-act-or-rules-are-the-accounts-bcce16 = लेखे किस अधिनियम या नियमों के अंतर्गत रखे और अंकेक्षित होते हैं? प्रपत्र की पहली जाँच में उनका नाम है

# who signs? Form GFR 12-A is signed by the Chief Finance Officer (head of finance) and the head of the organisation
t-who-signs-form-gfr-12-a-is-signed-by-the-b21b7b = हस्ताक्षर कौन करेगा? प्रपत्र GFR 12-A पर मुख्य वित्त अधिकारी (वित्त प्रमुख) और संस्था प्रमुख हस्ताक्षर करते हैं

## The study, section by section (src/check/rules.rs).

# the study has no title
t-the-study-has-no-title = अध्ययन का शीर्षक नहीं है

# no scheme chosen: say which scheme the study is prepared for (mse-cdp, sfurti, generic ...)
t-no-scheme-chosen-say-which-scheme-the-study-20f6ae = योजना नहीं चुनी: बताएँ कि अध्ययन किस योजना के लिए है (mse-cdp, sfurti, generic ...)

# who prepared the study is not filled in
t-who-prepared-the-study-is-not-filled-in = अध्ययन किसने तैयार किया, यह नहीं भरा

# the start of the study period is not filled in
t-the-start-of-the-study-period-is-not-filled-d254d6 = अध्ययन अवधि का आरंभ नहीं भरा

# whom the report is submitted to is not filled in (the cover names it)
t-whom-the-report-is-submitted-to-is-not-filled-1afe89 = रिपोर्ट किसे प्रस्तुत है, यह नहीं भरा (आवरण पृष्ठ पर इसका नाम होता है)

# the place of the report is not filled in (the cover and the declaration give it)
t-the-place-of-the-report-is-not-filled-in-23d5f0 = रिपोर्ट का स्थान नहीं भरा (आवरण पृष्ठ और घोषणा में होता है)

# the date of the report is not filled in (the cover and the declaration give it)
t-the-date-of-the-report-is-not-filled-in-c7575d = रिपोर्ट की तिथि नहीं भरी (आवरण पृष्ठ और घोषणा में होती है)

# the cluster has no name
t-the-cluster-has-no-name = क्लस्टर का नाम नहीं है

# the state is not filled in
t-the-state-is-not-filled-in = राज्य नहीं भरा

# the district is not filled in
t-the-district-is-not-filled-in = जिला नहीं भरा

# no products listed: what does the cluster make?
t-no-products-listed-what-does-the-cluster-f91d96 = कोई उत्पाद नहीं: क्लस्टर क्या बनाता है?

# the cluster's history is not written: how and when it grew, and past interventions
t-the-cluster-s-history-is-not-written-how-287d52 = क्लस्टर का इतिहास नहीं लिखा: यह कैसे और कब बढ़ा, और पिछले इंटरवेंशन

# products and production processes are not described
t-products-and-production-processes-are-not-c03fe2 = उत्पादों और उत्पादन प्रक्रियाओं का वर्णन नहीं

# the national and international scenario of the industry is not written
t-the-national-and-international-scenario-7b6307 = उद्योग का राष्ट्रीय और अंतरराष्ट्रीय परिदृश्य नहीं लिखा

# the number of units by size (micro, small, medium) is not entered
t-the-number-of-units-by-size-micro-small-6b4850 = आकार के अनुसार इकाइयों की संख्या (सूक्ष्म, लघु, मध्यम) नहीं भरी

# employment (direct men and women, indirect) is not entered
t-employment-direct-men-and-women-indirect-0c5b74 = रोजगार (प्रत्यक्ष पुरुष और महिला, अप्रत्यक्ष) नहीं भरा

# no turnover figures: add the cluster's turnover (and exports) for recent years
t-no-turnover-figures-add-the-cluster-s-turnover-1eba0c = कारोबार के आँकड़े नहीं: हाल के वर्षों का क्लस्टर का कारोबार (और निर्यात) जोड़ें

# no field visits recorded yet
t-no-field-visits-recorded-yet = अभी कोई क्षेत्र दौरा दर्ज नहीं

# no enterprise interviews recorded yet
t-no-enterprise-interviews-recorded-yet = अभी कोई उद्यम साक्षात्कार दर्ज नहीं

# the visit has no date
t-the-visit-has-no-date = दौरे की तिथि नहीं है

# the visit has no place
t-the-visit-has-no-place = दौरे का स्थान नहीं है

# the interview does not name the unit
t-the-interview-does-not-name-the-unit = साक्षात्कार में इकाई का नाम नहीं

# the problems the unit raised are not written
t-the-problems-the-unit-raised-are-not-written = इकाई द्वारा उठाई गई समस्याएँ नहीं लिखीं

# no stakeholders yet: BMOs, banks, BDS providers, suppliers, buyers, institutions, government
t-no-stakeholders-yet-bmos-banks-bds-providers-ee8051 = अभी कोई हितधारक नहीं: बीएमओ, बैंक, बीडीएस प्रदाता, आपूर्तिकर्ता, क्रेता, संस्थान, सरकार

# the stakeholder has no name
t-the-stakeholder-has-no-name = हितधारक का नाम नहीं है

# what kind of stakeholder this is is not chosen
t-what-kind-of-stakeholder-this-is-is-not-a09d29 = हितधारक का प्रकार नहीं चुना

# the value chain has no stages: map it from raw material to market
t-the-value-chain-has-no-stages-map-it-from-f5281b = मूल्य श्रृंखला में कोई चरण नहीं: कच्चे माल से बाजार तक इसका मानचित्र बनाएँ

# the value chain has one stage; map it from raw material to market
t-the-value-chain-has-one-stage-map-it-from-7c19a6 = मूल्य श्रृंखला में एक ही चरण है; कच्चे माल से बाजार तक इसका मानचित्र बनाएँ

# the stage has no name
t-the-stage-has-no-name = चरण का नाम नहीं है

# no actors named at this stage
t-no-actors-named-at-this-stage = इस चरण में कोई कर्ता नहीं बताया

# no bottlenecks yet: list the critical problems, each tied to a value-chain stage
t-no-bottlenecks-yet-list-the-critical-problems-5559ac = अभी कोई बाधा नहीं: मुख्य समस्याएँ लिखें, हर एक मूल्य श्रृंखला के किसी चरण से जुड़ी

# the bottleneck has no title
t-the-bottleneck-has-no-title = बाधा का शीर्षक नहीं है

# the category is not chosen
t-the-category-is-not-chosen = श्रेणी नहीं चुनी

# no value-chain stage: pick the stage where the problem bites
t-no-value-chain-stage-pick-the-stage-where-d654bb = मूल्य श्रृंखला का चरण नहीं: वह चरण चुनें जहाँ समस्या आती है

# the severity is not chosen
t-the-severity-is-not-chosen = गंभीरता नहीं चुनी

# no evidence: what was seen or heard that shows the problem?
t-no-evidence-what-was-seen-or-heard-that-656e62 = साक्ष्य नहीं: क्या देखा या सुना गया जो समस्या दिखाता है?

# no vision: where does the cluster want to be in five years?
t-no-vision-where-does-the-cluster-want-to-3a0a61 = परिकल्पना नहीं: पाँच वर्ष में क्लस्टर कहाँ पहुँचना चाहता है?

# no flagship themes yet: the few critical issues the project will attack
t-no-flagship-themes-yet-the-few-critical-b7d534 = अभी कोई प्रमुख विषय नहीं: वे कुछ मुख्य मुद्दे जिन पर परियोजना काम करेगी

# the theme has no title
t-the-theme-has-no-title = विषय का शीर्षक नहीं है

# the theme has no objective
t-the-theme-has-no-objective = विषय का उद्देश्य नहीं है

# the theme addresses no bottleneck: pick the bottlenecks it attacks
t-the-theme-addresses-no-bottleneck-pick-the-d89c41 = विषय किसी बाधा को लक्षित नहीं करता: वे बाधाएँ चुनें जिन पर यह काम करता है

# the month the plan starts is not set
t-the-month-the-plan-starts-is-not-set = कार्ययोजना का आरंभ माह तय नहीं

# no actions yet: soft interventions first, hard ones only where needed
t-no-actions-yet-soft-interventions-first-debb8f = अभी कोई कार्य नहीं: पहले सॉफ्ट इंटरवेंशन, हार्ड केवल जहाँ आवश्यक हो

# the action has no title
t-the-action-has-no-title = कार्य का शीर्षक नहीं है

# the action is under no theme: pick the flagship theme it serves
t-the-action-is-under-no-theme-pick-the-flagship-d30e88 = कार्य किसी विषय के अंतर्गत नहीं: वह प्रमुख विषय चुनें जिसके लिए यह है

# soft, hard or thematic is not chosen
t-soft-hard-or-thematic-is-not-chosen = सॉफ्ट, हार्ड या विषयगत नहीं चुना

# the start month is not set
t-the-start-month-is-not-set = आरंभ माह तय नहीं

# start month 0: months of the plan count from 1
t-start-month-0-months-of-the-plan-count-from-bcf0cd = आरंभ माह 0: कार्ययोजना के माह 1 से गिने जाते हैं

# the duration in months is not set
t-the-duration-in-months-is-not-set = अवधि (माह में) तय नहीं

# a duration of 0 months: an action lasts at least a month
t-a-duration-of-0-months-an-action-lasts-at-f6a275 = अवधि 0 माह: कार्य कम से कम एक माह चलता है

# nobody is responsible for the action
t-nobody-is-responsible-for-the-action = कार्य के लिए कोई उत्तरदायी नहीं

# the action is not costed
t-the-action-is-not-costed = कार्य की लागत नहीं आँकी गई

# no funding: name the scheme component, or who pays (funded_by)
t-no-funding-name-the-scheme-component-or-f446ac = वित्त पोषण नहीं: योजना का घटक बताएँ, या कौन भुगतान करेगा (funded_by)

# the cost has no lines
t-the-cost-has-no-lines = लागत में कोई मद नहीं

# the cost line names no item
t-the-cost-line-names-no-item = लागत मद में वस्तु का नाम नहीं

# the quantity is not given
t-the-quantity-is-not-given = मात्रा नहीं दी गई

# what one unit is (day, batch, participant ...) is not given
t-what-one-unit-is-day-batch-participant-is-6c07cb = एक इकाई क्या है (दिन, बैच, प्रतिभागी ...), यह नहीं दिया

# a quantity of 0: remove the line or give the quantity
t-a-quantity-of-0-remove-the-line-or-give-b81577 = मात्रा 0: मद हटाएँ या मात्रा दें

# the unit cost is not given
t-the-unit-cost-is-not-given = इकाई लागत नहीं दी गई

# the cost lines add up to more than a study can hold
t-the-cost-lines-add-up-to-more-than-a-study-36b6e4 = लागत मदों का योग अध्ययन की सीमा से अधिक है

# no indicators yet: outputs, outcomes and impact, each with a baseline and a target
t-no-indicators-yet-outputs-outcomes-and-impact-eb724e = अभी कोई संकेतक नहीं: आउटपुट, परिणाम और प्रभाव, हर एक की आधार रेखा और लक्ष्य सहित

# no outcome indicator: monitoring needs outcomes (turnover, jobs, savings), not only outputs
t-no-outcome-indicator-monitoring-needs-outcomes-777e8b = परिणाम संकेतक नहीं: पर्यवेक्षण को केवल आउटपुट नहीं, परिणाम भी चाहिए (कारोबार, रोजगार, बचत)

# the indicator has no name
t-the-indicator-has-no-name = संकेतक का नाम नहीं है

# the level (output, outcome, impact, sustainability) is not chosen
t-the-level-output-outcome-impact-sustainability-f03b38 = स्तर (आउटपुट, परिणाम, प्रभाव, स्थिरता) नहीं चुना

# the unit of measure is not given
t-the-unit-of-measure-is-not-given = माप की इकाई नहीं दी गई

# no baseline: what is the figure today?
t-no-baseline-what-is-the-figure-today = आधार रेखा नहीं: आज आँकड़ा क्या है?

# no target
t-no-target = लक्ष्य नहीं

# no source: where will the figure come from?
t-no-source-where-will-the-figure-come-from = स्रोत नहीं: आँकड़ा कहाँ से आएगा?

# the study proposes a common facility but has no SPV: who will own and run it?
t-the-study-proposes-a-common-facility-but-cb14f6 = अध्ययन सार्वजनिक सुविधा प्रस्तावित करता है पर एसपीवी नहीं: इसका स्वामी और संचालक कौन होगा?

# the SPV has no name
t-the-spv-has-no-name = एसपीवी का नाम नहीं है

# the SPV's legal form is not chosen
t-the-spv-s-legal-form-is-not-chosen = एसपीवी का विधिक स्वरूप नहीं चुना

# the number of member units is not entered
t-the-number-of-member-units-is-not-entered = सदस्य इकाइयों की संख्या नहीं भरी

# the member has no name
t-the-member-has-no-name = सदस्य का नाम नहीं है

# the action plan has a hard intervention but the CFC project is not described
t-the-action-plan-has-a-hard-intervention-3c645b = कार्ययोजना में हार्ड इंटरवेंशन है पर सीएफसी परियोजना का वर्णन नहीं

# the CFC has no name
t-the-cfc-has-no-name = सीएफसी का नाम नहीं है

# the CFC's location is not given
t-the-cfc-s-location-is-not-given = सीएफसी की अवस्थिति नहीं दी गई

# the facilities proposed are not described
t-the-facilities-proposed-are-not-described = प्रस्तावित सुविधाओं का वर्णन नहीं

# no plant and machinery listed
t-no-plant-and-machinery-listed = प्लांट व मशीनरी की कोई सूची नहीं

# the machine is not named
t-the-machine-is-not-named = मशीन का नाम नहीं

# a quantity of 0
t-a-quantity-of-0 = मात्रा 0

# the machine's cost is not given
t-the-machine-s-cost-is-not-given = मशीन की लागत नहीं दी गई

# the loan's interest rate is not given
t-the-loan-s-interest-rate-is-not-given = ऋण की ब्याज दर नहीं दी गई

# the loan's repayment period is not given
t-the-loan-s-repayment-period-is-not-given = ऋण की पुनर्भुगतान अवधि नहीं दी गई

# a repayment period of 0 years
t-a-repayment-period-of-0-years = पुनर्भुगतान अवधि 0 वर्ष

# the installed capacity is not given
t-the-installed-capacity-is-not-given = स्थापित क्षमता नहीं दी गई

# an installed capacity of 0
t-an-installed-capacity-of-0 = स्थापित क्षमता 0

# the unit of capacity (tonnes a year, pieces a year ...) is not given
t-the-unit-of-capacity-tonnes-a-year-pieces-43143e = क्षमता की इकाई (टन प्रति वर्ष, नग प्रति वर्ष ...) नहीं दी गई

# capacity utilisation by year is not given
t-capacity-utilisation-by-year-is-not-given = वर्षवार क्षमता उपयोग नहीं दिया

# the user charge for members is not given
t-the-user-charge-for-members-is-not-given = सदस्यों का उपयोगकर्ता शुल्क नहीं दिया

# fixed operating costs (salaries, maintenance ...) are not given
t-fixed-operating-costs-salaries-maintenance-f4bd40 = स्थिर संचालन लागत (वेतन, रखरखाव ...) नहीं दी गई

# the cost item is not named
t-the-cost-item-is-not-named = लागत मद का नाम नहीं

# a life of 0 years: depreciation needs at least a year
t-a-life-of-0-years-depreciation-needs-at-8383d3 = आयु 0 वर्ष: मूल्यह्रास के लिए कम से कम एक वर्ष चाहिए

# the organisation preparing the study is not named
t-the-organisation-preparing-the-study-is-bdd904 = अध्ययन तैयार करने वाली संस्था का नाम नहीं

# the product has no name
t-the-product-has-no-name = उत्पाद का नाम नहीं है

# the number of units is not entered (0 if there are none)
t-the-number-of-units-is-not-entered-0-if-a01587 = इकाइयों की संख्या नहीं भरी (न हों तो 0)

# the number of people is not entered (0 if there are none)
t-the-number-of-people-is-not-entered-0-if-4101fb = व्यक्तियों की संख्या नहीं भरी (न हों तो 0)

# the visit's purpose is not written
t-the-visit-s-purpose-is-not-written = दौरे का उद्देश्य नहीं लिखा

# the unit's size is not chosen
t-the-unit-s-size-is-not-chosen = इकाई का आकार नहीं चुना

# the unit's workers are not entered
t-the-unit-s-workers-are-not-entered = इकाई के श्रमिक नहीं भरे

# the unit's products are not written
t-the-unit-s-products-are-not-written = इकाई के उत्पाद नहीं लिखे

# the finding's topic is not given
t-the-finding-s-topic-is-not-given = निष्कर्ष का मुद्दा नहीं दिया

# the finding is not written
t-the-finding-is-not-written = निष्कर्ष नहीं लिखा

# how many units report it is not entered
t-how-many-units-report-it-is-not-entered = कितनी इकाइयाँ यह बताती हैं, यह नहीं भरा

# how many units were asked is not entered
t-how-many-units-were-asked-is-not-entered = कितनी इकाइयों से पूछा गया, यह नहीं भरा

# the date of the validation meeting is not given
t-the-date-of-the-validation-meeting-is-not-c1e9b8 = वैधीकरण बैठक की तिथि नहीं दी गई

# the stakeholder's role in the cluster is not written
t-the-stakeholder-s-role-in-the-cluster-is-2f729a = क्लस्टर में हितधारक की भूमिका नहीं लिखी

# the linkage is not described
t-the-linkage-is-not-described = कड़ी का वर्णन नहीं

# the share of units affected is not entered
t-the-share-of-units-affected-is-not-entered = प्रभावित इकाइयों का अंश नहीं भरा

# the root cause is not written
t-the-root-cause-is-not-written = मूल कारण नहीं लिखा

# how often it is reported is not given
t-how-often-it-is-reported-is-not-given = यह कितनी बार बताया जाता है, यह नहीं दिया

# the action names no scheme component and no one who pays for it
t-the-action-names-no-scheme-component-and-abbd18 = कार्य में न योजना का घटक है, न भुगतान करने वाला

# the criterion is not chosen
t-the-criterion-is-not-chosen = मानदंड नहीं चुना

# the score is not given
t-the-score-is-not-given = अंक नहीं दिए

# the evidence for the score is not written
t-the-evidence-for-the-score-is-not-written = अंकों का साक्ष्य नहीं लिखा

# no implementing, technical or nodal agency is named (a DPR profiles each the scheme has)
t-no-implementing-technical-or-nodal-agency-b9d964 = कोई कार्यान्वयन, तकनीकी या नोडल एजेंसी नहीं बताई (डीपीआर योजना की हर एजेंसी का विवरण देती है)

# the agency's role is not chosen
t-the-agency-s-role-is-not-chosen = एजेंसी की भूमिका नहीं चुनी

# the agency's legal form is not chosen
t-the-agency-s-legal-form-is-not-chosen = एजेंसी का विधिक स्वरूप नहीं चुना

# the date of registration is not given; if the SPV is not registered yet, say when it will be in registration_pending
t-the-date-of-registration-is-not-given-if-62ffa6 = पंजीकरण की तिथि नहीं दी; एसपीवी अभी पंजीकृत न हो तो registration_pending में बताएँ कि कब होगा

# the SPV's address is not given
t-the-spv-s-address-is-not-given = एसपीवी का पता नहीं दिया

# the SPV's objectives are not written
t-the-spv-s-objectives-are-not-written = एसपीवी के उद्देश्य नहीं लिखे

# the authorised share capital is not entered
t-the-authorised-share-capital-is-not-entered = अधिकृत अंश पूंजी नहीं भरी

# the SPV is registered but this particular of its records is not given
t-the-spv-is-registered-but-this-particular-71e3f4 = एसपीवी पंजीकृत है पर उसके अभिलेखों का यह विवरण नहीं दिया

# the member's size is not chosen
t-the-member-s-size-is-not-chosen = सदस्य का आकार नहीं चुना

# the member's equity is not entered
t-the-member-s-equity-is-not-entered = सदस्य की अंश पूंजी नहीं भरी

# industrial growth and cluster development in the state is not written (the DPR's item 2.1.1)
t-industrial-growth-and-cluster-development-a7ba65 = राज्य में औद्योगिक वृद्धि और क्लस्टर विकास नहीं लिखा (डीपीआर का मद 2.1.1)

# why the cluster needs the centre is not written
t-why-the-cluster-needs-the-centre-is-not-7a175d = क्लस्टर को केन्द्र की आवश्यकता क्यों है, यह नहीं लिखा

# the land's tenure (owned, leased, allotted) is not chosen
t-the-land-s-tenure-owned-leased-allotted-bd9d66 = भूमि का धारणाधिकार (स्वामित्व, पट्टा, आवंटित) नहीं चुना

# how the centre is implemented (by whom, and who runs it after) is not written
t-how-the-centre-is-implemented-by-whom-and-6353e4 = केन्द्र का कार्यान्वयन कैसे होगा (किसके द्वारा, और बाद में संचालन कौन करेगा), यह नहीं लिखा

# the cost head is not entered (0 if the project has none)
t-the-cost-head-is-not-entered-0-if-the-project-b4f045 = लागत शीर्ष नहीं भरा (परियोजना में न हो तो 0)

# the loan's amount is not entered
t-the-loan-s-amount-is-not-entered = ऋण की राशि नहीं भरी

# the loan's moratorium is not entered (0 if there is none)
t-the-loan-s-moratorium-is-not-entered-0-if-1de887 = ऋण का अधिस्थगन नहीं भरा (न हो तो 0)

# the number of machines is not entered
t-the-number-of-machines-is-not-entered = मशीनों की संख्या नहीं भरी

# the user charge for other units is not given
t-the-user-charge-for-other-units-is-not-given = अन्य इकाइयों का उपयोगकर्ता शुल्क नहीं दिया

# the centre's staff are not planned
t-the-centre-s-staff-are-not-planned = केन्द्र के कर्मचारियों की योजना नहीं

# the post is not named
t-the-post-is-not-named = पद का नाम नहीं

# the number of staff is not entered
t-the-number-of-staff-is-not-entered = कर्मचारियों की संख्या नहीं भरी

# the centre has no implementation schedule
t-the-centre-has-no-implementation-schedule = केन्द्र की कार्यान्वयन समय-सारणी नहीं है

# the activity is not named
t-the-activity-is-not-named = गतिविधि का नाम नहीं

# the completion month is not set
t-the-completion-month-is-not-set = पूर्णता माह तय नहीं

# no approvals listed (pollution control consent, land use ...)
t-no-approvals-listed-pollution-control-consent-fbe66b = कोई अनुमोदन सूचीबद्ध नहीं (प्रदूषण नियंत्रण सहमति, भूमि उपयोग ...)

# the approval is not named
t-the-approval-is-not-named = अनुमोदन का नाम नहीं

# the approval's status is not given
t-the-approval-s-status-is-not-given = अनुमोदन की स्थिति नहीं दी गई

# the phase of the risk is not chosen
t-the-phase-of-the-risk-is-not-chosen = जोखिम का चरण नहीं चुना

# the risk is not described
t-the-risk-is-not-described = जोखिम का वर्णन नहीं

# the mitigation is not described
t-the-mitigation-is-not-described = निवारण का वर्णन नहीं

# the cluster's figures before the CFC and the targets after it are not entered
t-the-cluster-s-figures-before-the-cfc-and-f6bb60 = सीएफसी से पहले क्लस्टर के आँकड़े और उसके बाद के लक्ष्य नहीं भरे

# what production is counted in is not given
t-what-production-is-counted-in-is-not-given = उत्पादन किस इकाई में गिना जाता है, यह नहीं दिया

# the note does not say what it is about
t-the-note-does-not-say-what-it-is-about = टिप्पणी में नहीं बताया कि यह किस बारे में है

# the note is empty
t-the-note-is-empty = टिप्पणी रिक्त है

# no strengths entered
t-no-strengths-entered = कोई सामर्थ्य नहीं भरा

# no weaknesses entered
t-no-weaknesses-entered = कोई कमजोरी नहीं भरी

# no opportunities entered
t-no-opportunities-entered = कोई अवसर नहीं भरा

# no threats entered
t-no-threats-entered = कोई खतरा नहीं भरा

# the stage's activities is not written
t-the-stage-s-activities-is-not-written = चरण की गतिविधियाँ नहीं लिखीं

# the stage's value added is not written
t-the-stage-s-value-added-is-not-written = चरण का मूल्य संवर्धन नहीं लिखा

# the stage's issues is not written
t-the-stage-s-issues-is-not-written = चरण के मुद्दे नहीं लिखे

# the technology of the centre is not described
t-the-technology-of-the-centre-is-not-described = केन्द्र की प्रौद्योगिकी का वर्णन नहीं

# the provision for Industry 4.0 and innovation of the centre is not described
t-the-provision-for-industry-4-0-and-innovation-0c3e71 = केन्द्र में उद्योग 4.0 और नवाचार के प्रावधान का वर्णन नहीं

# the raw materials of the centre is not described
t-the-raw-materials-of-the-centre-is-not-described = केन्द्र के कच्चे माल का वर्णन नहीं

# the utilities (power and water) of the centre is not described
t-the-utilities-power-and-water-of-the-centre-679c7b = केन्द्र की उपयोगिताओं (बिजली और पानी) का वर्णन नहीं

# effluent disposal of the centre is not described
t-effluent-disposal-of-the-centre-is-not-described = केन्द्र के अपशिष्ट निपटान का वर्णन नहीं

## The study, fixed sentences spelt out for each field (src/check/rules.rs).

# this strength has no text
t-this-strength-has-no-text = इस सामर्थ्य का पाठ नहीं है

# this weakness has no text
t-this-weakness-has-no-text = इस कमजोरी का पाठ नहीं है

# this opportunity has no text
t-this-opportunity-has-no-text = इस अवसर का पाठ नहीं है

# this threat has no text
t-this-threat-has-no-text = इस खतरे का पाठ नहीं है

# the number of micro units is not entered (0 if there are none)
t-the-number-of-micro-units-is-not-entered-ce25c7 = सूक्ष्म इकाइयों की संख्या नहीं भरी (न हों तो 0)

# the number of small units is not entered (0 if there are none)
t-the-number-of-small-units-is-not-entered-fd55f6 = लघु इकाइयों की संख्या नहीं भरी (न हों तो 0)

# the number of medium units is not entered (0 if there are none)
t-the-number-of-medium-units-is-not-entered-509f7e = मध्यम इकाइयों की संख्या नहीं भरी (न हों तो 0)

# the validation meeting's place is not written
t-the-validation-meeting-s-place-is-not-written = वैधीकरण बैठक का स्थान नहीं लिखा

# the validation meeting's participants is not written
t-the-validation-meeting-s-participants-is-8855e8 = वैधीकरण बैठक के प्रतिभागी नहीं लिखे

# the validation meeting's summary is not written
t-the-validation-meeting-s-summary-is-not-a0923a = वैधीकरण बैठक का सारांश नहीं लिखा

# the validation meeting's changes is not written
t-the-validation-meeting-s-changes-is-not-52dac1 = वैधीकरण बैठक के बाद किए गए परिवर्तन नहीं लिखे

# the agency's name is not given
t-the-agency-s-name-is-not-given = एजेंसी का नाम नहीं दिया

# the agency's registration is not given
t-the-agency-s-registration-is-not-given = एजेंसी का पंजीकरण नहीं दिया

# the agency's address is not given
t-the-agency-s-address-is-not-given = एजेंसी का पता नहीं दिया

# the agency's experience is not given
t-the-agency-s-experience-is-not-given = एजेंसी का अनुभव नहीं दिया

# the agency's contact is not given
t-the-agency-s-contact-is-not-given = एजेंसी का संपर्क नहीं दिया

# no risks recorded during implementation
t-no-risks-recorded-during-implementation = कार्यान्वयन के दौरान का कोई जोखिम दर्ज नहीं

# no risks recorded during operations
t-no-risks-recorded-during-operations = संचालन के दौरान का कोई जोखिम दर्ज नहीं

# the before figure is not entered (0 if there is none)
t-the-before-figure-is-not-entered-0-if-there-24dba9 = सीएफसी से पहले का आँकड़ा नहीं भरा (न हो तो 0)

# the after figure is not entered (0 if there is none)
t-the-after-figure-is-not-entered-0-if-there-bef216 = सीएफसी के बाद का लक्ष्य आँकड़ा नहीं भरा (न हो तो 0)

## Words of the rules that the findings' phrases (hi.said-check.ftl) put in a sentence and
## that only the documents' catalogue had (hi.doc-study.ftl): the screen's own word for them.

# women-owned units
t-women-owned-units = महिला स्वामित्व वाली इकाइयाँ

# SC-owned units
t-sc-owned-units = अनुसूचित जाति के स्वामित्व वाली इकाइयाँ

# ST-owned units
t-st-owned-units = अनुसूचित जनजाति के स्वामित्व वाली इकाइयाँ

# minority-owned units
t-minority-owned-units = अल्पसंख्यक स्वामित्व वाली इकाइयाँ

# stakeholder
t-stakeholder = हितधारक

# value-chain stage
t-value-chain-stage = मूल्य श्रृंखला चरण
