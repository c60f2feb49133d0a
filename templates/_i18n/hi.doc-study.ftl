# The shared components of the documents (templates/_shared/study.md.tera) in Hindi:
# vital statistics, economics, stakeholders, field work, value chain, SWOT, bottlenecks,
# themes, action plan, indicators, SPV, CFC tables, budget, projected statements, key
# figures, survey, validation and the selection score. Keyed on the English the template
# prints (see hi.ftl); the words follow glossary.hi.yaml.

## Common column headers and units.

# Particulars
t-particulars = विवरण
# Details
t-details = ब्यौरा
# S. No.
t-s-no = क्र.सं.
# No.
t-no = क्र.
# Rs. in lakh
t-rs-in-lakh = रु. लाख में
# unit costs in Rs., amounts in Rs. lakh
t-unit-costs-in-rs-amounts-in-rs-lakh = इकाई लागत रु. में, राशि रु. लाख में
# rates in Rs., amounts in Rs. lakh
t-rates-in-rs-amounts-in-rs-lakh = दरें रु. में, राशि रु. लाख में
# Unit cost (Rs.)
t-unit-cost-rs = इकाई लागत (रु.)
# Rate (Rs.)
t-rate-rs = दर (रु.)
# Description
t-description = विवरण
# Basis
t-basis = आधार
# Completion
t-completion = पूर्णता
# Parameter
t-parameter = मापदंड

## The cluster at a glance.

# Micro enterprises
t-micro-enterprises = सूक्ष्म उद्यम
# Small enterprises
t-small-enterprises = लघु उद्यम
# Medium enterprises
t-medium-enterprises = मध्यम उद्यम
# Total units
t-total-units = कुल इकाइयाँ
# Women-owned units
t-women-owned-units = महिला स्वामित्व वाली इकाइयाँ
# SC-owned units
t-sc-owned-units = अनुसूचित जाति के स्वामित्व वाली इकाइयाँ
# ST-owned units
t-st-owned-units = अनुसूचित जनजाति के स्वामित्व वाली इकाइयाँ
# Minority-owned units
t-minority-owned-units = अल्पसंख्यक स्वामित्व वाली इकाइयाँ
# Indirect employment
t-indirect-employment = अप्रत्यक्ष रोजगार
# Special area conditions
t-special-area-conditions = विशेष क्षेत्र की स्थितियाँ

## Stakeholders, field work, value chain, SWOT, bottlenecks, themes.

# Stakeholder
t-stakeholder = हितधारक
# Role in the cluster
t-role-in-the-cluster = क्लस्टर में भूमिका
# Problems raised
t-problems-raised = उठाई गई समस्याएँ
# Where value is lost
t-where-value-is-lost = मूल्य की हानि कहाँ होती है
# Linkages between the stages:
t-linkages-between-the-stages = चरणों के बीच संबंध:
# {from_stage} to {to_stage}
t-from-stage-to-to-stage = { $from_stage } से { $to_stage } तक
# Points
t-points = बिंदु
# Value-chain stage
t-value-chain-stage = मूल्य श्रृंखला का चरण
# Taken up by
t-taken-up-by = जिन विषयों में शामिल
# Theme {number}
t-theme-number = विषय { $number }
# Bottlenecks addressed
t-bottlenecks-addressed = जिन बाधाओं का समाधान होगा

## The action plan, indicators, the SPV.

# Timing
t-timing = समय
# Funding
t-funding = वित्त पोषण
# Cost of action {number}, {title}
t-cost-of-action-number-title = कार्य { $number } की लागत, { $title }
# Source of data
t-source-of-data = आँकड़ों का स्रोत
# Date of registration
t-date-of-registration = पंजीकरण की तिथि
# Not yet registered: {reason}
t-not-yet-registered-reason = अभी पंजीकृत नहीं: { $reason }
# Registered address
t-registered-address = पंजीकृत पता
# Authorised share capital
t-authorised-share-capital = अधिकृत अंश पूंजी
# Main objectives
t-main-objectives = मुख्य उद्देश्य
# Member unit
t-member-unit = सदस्य इकाई
# Equity (Rs.)
t-equity-rs = अंश पूंजी (रु.)

## The budget, the grant's rules, the means of finance.

# GoI grant
t-goi-grant = भारत सरकार का अनुदान
# Outside the scheme
t-outside-the-scheme = योजना से बाहर
# Outside the scheme: {name}
t-outside-the-scheme-name = योजना से बाहर: { $name }
# Not yet funded
t-not-yet-funded = वित्त पोषण अभी तय नहीं
# a cap that limits the grant
t-a-cap-that-limits-the-grant = अनुदान को सीमित करने वाली अधिकतम सीमा
# flagged and not applied: the rule is unconfirmed, or the case one the rules leave open
t-flagged-and-not-applied-the-rule-is-unconfirmed-335a10 = चिह्नित, लागू नहीं किया गया: नियम की पुष्टि नहीं हुई है, या यह ऐसा मामला है जिस पर नियम मौन हैं
# Cost head
t-cost-head = लागत मद
# Share of the project cost
t-share-of-the-project-cost = परियोजना लागत में हिस्सा

## Sensitivity and key figures.

# IRR
t-irr = आईआरआर
# NPV
t-npv = एनपीवी

# Average income
t-average-income = औसत आय
# Average profit after tax
t-average-profit-after-tax = कर पश्चात औसत लाभ
# fails
t-fails = विफल
# A figure marked "fails" does not meet its rule ({rules}). NPV in Rs. lakh at a discount rate of {rate}.
t-a-figure-marked-fails-does-not-meet-its-e98ace = "विफल" चिह्नित आँकड़ा अपने नियम को पूरा नहीं करता ({ $rules })। एनपीवी रु. लाख में, { $rate } की बट्टा दर पर।
# NPV in Rs. lakh at a discount rate of {rate}.
t-npv-in-rs-lakh-at-a-discount-rate-of-rate = एनपीवी रु. लाख में, { $rate } की बट्टा दर पर।
# Measure
t-measure = मापक
# Projected
t-projected = अनुमानित
# Acceptance rule
t-acceptance-rule = स्वीकृति का नियम
# Result
t-result = परिणाम
# Not yet judged
t-not-yet-judged = अभी आकलन नहीं
# Not applicable
t-not-applicable = लागू नहीं
# Does not meet the rule
t-does-not-meet-the-rule = नियम पूरा नहीं करता
# {note}. They are shown for comparison only: no figure is held to pass or fail.
t-note-they-are-shown-for-comparison-only-278bb9 = { $note }। ये आँकड़े केवल तुलना के लिए दिखाए गए हैं: किसी आँकड़े को नियम पर खरा या विफल नहीं माना गया है।
# Rules from: {source}.
t-rules-from-source = नियमों का स्रोत: { $source }।
# Rules from: {source}. No figure is held to its rule until the study gives {what}.
t-rules-from-source-no-figure-is-held-to-its-246ba0 = नियमों का स्रोत: { $source }। जब तक अध्ययन में { $what } नहीं दिया जाता, किसी आँकड़े को उसके नियम पर नहीं परखा जाएगा।
# No figure is held to its rule until the study gives {what}.
t-no-figure-is-held-to-its-rule-until-the-ccb986 = जब तक अध्ययन में { $what } नहीं दिया जाता, किसी आँकड़े को उसके नियम पर नहीं परखा जाएगा।

## The CFC: technical side, performance.

# Provision for Industry 4.0, artificial intelligence and innovation.
t-provision-for-industry-4-0-artificial-intelligence-d5c5b6 = उद्योग 4.0, कृत्रिम बुद्धिमत्ता और नवाचार के लिए प्रावधान
# Utilities (power and water).
t-utilities-power-and-water = उपयोगिताएँ (बिजली और पानी)
# Effluent disposal.
t-effluent-disposal = बहिःस्राव का निपटान
# "after": {year}
t-after-year = "पश्चात": { $year }

## The projected statements.

# Table {n}.1: Projected balance sheet, liabilities
t-table-n-1-projected-balance-sheet-liabilities = तालिका { $n }.1: अनुमानित तुलन-पत्र, देयताएँ
# Rs. in lakh, at the end of each year; year 0 at commissioning
t-rs-in-lakh-at-the-end-of-each-year-year-8501c3 = रु. लाख में, प्रत्येक वर्ष के अंत में; वर्ष 0 = संचालन आरंभ पर
# SPV equity
t-spv-equity = एसपीवी की अंश पूंजी
# Reserves and surplus
t-reserves-and-surplus = आरक्षित निधि एवं अधिशेष
# Current liabilities
t-current-liabilities = चालू देयताएँ
# The grants are held as a capital reserve: quasi-equity that is never repaid. The SPV keeps its surplus in the centre (no dividend), so reserves and surplus are the profits after tax added up. No trade credit or bank working-capital loan is assumed.
t-the-grants-are-held-as-a-capital-reserve-7505bb = अनुदान पूंजी आरक्षित निधि के रूप में रखे जाते हैं: यह अर्ध-अंश पूंजी है, जो कभी लौटाई नहीं जाती। एसपीवी अपना अधिशेष केन्द्र में ही रखता है (कोई लाभांश नहीं), इसलिए आरक्षित निधि एवं अधिशेष कर पश्चात लाभों का योग है। कोई व्यापारिक उधार या बैंक से कार्यशील पूंजी ऋण नहीं माना गया है।
# Table {n}.2: Projected balance sheet, assets
t-table-n-2-projected-balance-sheet-assets = तालिका { $n }.2: अनुमानित तुलन-पत्र, परिसंपत्तियाँ
# Net block
t-net-block = शुद्ध ब्लॉक
# Current assets
t-current-assets = चालू परिसंपत्तियाँ
# Each figure is rounded to 0.01 lakh as it is printed in the other tables: ...
t-each-figure-is-rounded-to-0-01-lakh-as-it-657d7d = प्रत्येक आँकड़ा 0.01 लाख तक पूर्णांकित है, जैसा वह अन्य तालिकाओं में छपा है: आरक्षित निधि एवं अधिशेष छपे हुए कर पश्चात लाभों का योग है, सावधि ऋण ऋण-अनुसूची का अंतिम शेष है, और नकद एवं बैंक शेष (वर्ष 0 में शुद्ध ब्लॉक) वह राशि है जिससे दोनों पक्षों का योग बराबर होता है। शुद्ध ब्लॉक: स्थायी परिसंपत्तियाँ घटा मूल्यह्रास; प्रत्येक वर्ष का शुद्ध ब्लॉक पिछले वर्ष के शुद्ध ब्लॉक में से छपा हुआ मूल्यह्रास घटाकर (तालिका { $n }.4)। चालू परिसंपत्तियाँ: वर्ष की कार्यशील पूंजी (तालिका { $n }.5)। ऋणात्मक नकद शेष वह कमी है जिसकी पूर्ति एसपीवी को करनी होगी।
# Table {n}.3: Projected cash flow, sources and uses
t-table-n-3-projected-cash-flow-sources-and-30e556 = तालिका { $n }.3: अनुमानित नकदी प्रवाह, स्रोत एवं उपयोग
# Closing cash
t-closing-cash = अंतिम नकद शेष
# Each year's closing cash is its opening cash plus the cash accruals ... (no term loan)
t-each-year-s-closing-cash-is-its-opening-157f8b = प्रत्येक वर्ष का अंतिम नकद शेष उसके प्रारंभिक नकद शेष और नकद उपार्जन (कर पश्चात लाभ एवं मूल्यह्रास) का योग है, जिसमें से चुकाया गया ऋण और कार्यशील पूंजी में वृद्धि घटाई जाती है। कर पश्चात लाभ और मूल्यह्रास वही हैं जो अनुमानित लाभ-हानि विवरण में छपे हैं, कार्यशील पूंजी में वृद्धि चालू परिसंपत्तियों में परिवर्तन है, और अंतिम नकद शेष वही है जो तुलन-पत्र में है।
# Each year's closing cash is its opening cash plus the cash accruals ... the loan repaid as in Table {n}.7 ...
t-each-year-s-closing-cash-is-its-opening-70b985 = प्रत्येक वर्ष का अंतिम नकद शेष उसके प्रारंभिक नकद शेष और नकद उपार्जन (कर पश्चात लाभ एवं मूल्यह्रास) का योग है, जिसमें से चुकाया गया ऋण और कार्यशील पूंजी में वृद्धि घटाई जाती है। कर पश्चात लाभ और मूल्यह्रास वही हैं जो अनुमानित लाभ-हानि विवरण में छपे हैं, चुकाया गया ऋण तालिका { $n }.7 के अनुसार है, कार्यशील पूंजी में वृद्धि चालू परिसंपत्तियों में परिवर्तन है, और अंतिम नकद शेष वही है जो तुलन-पत्र में है।
# Table {n}.4: Depreciation schedule, straight line
t-table-n-4-depreciation-schedule-straight-cc12b1 = तालिका { $n }.4: मूल्यह्रास अनुसूची, सीधी रेखा पद्धति
# Table {n}.4: Depreciation schedule, straight line, and written-down value for tax
t-table-n-4-depreciation-schedule-straight-925edb = तालिका { $n }.4: मूल्यह्रास अनुसूची, सीधी रेखा पद्धति, और कर हेतु अवलिखित मूल्य पद्धति
# Building (over {n} years)
t-building-over-n-years = भवन ({ $n } वर्षों में)
# Plant, machinery and capitalised expenses (over {n} years)
t-plant-machinery-and-capitalised-expenses-e42be6 = प्लांट, मशीनरी और पूंजीकृत व्यय ({ $n } वर्षों में)
# Net block at year end
t-net-block-at-year-end = वर्षांत पर शुद्ध ब्लॉक
# Claimed for tax (WDV)
t-claimed-for-tax-wdv = कर हेतु दावा (अवलिखित मूल्य)
# Depreciable: building {building}; ... The same depreciation is charged for tax.
t-depreciable-building-building-plant-and-a300d5 = मूल्यह्रास योग्य: भवन { $building }; विविध स्थायी परिसंपत्तियों, आकस्मिक व्यय, प्रारंभिक एवं पूर्व-परिचालन व्यय सहित प्लांट व मशीनरी { $machinery }। भूमि, स्थल विकास और कार्यशील पूंजी मार्जिन पर मूल्यह्रास नहीं लगाया जाता। कर के लिए भी यही मूल्यह्रास लगाया जाता है।
# Depreciable: building {building}; ... The books charge straight-line depreciation; for tax ... (no deferred tax is provided).
t-depreciable-building-building-plant-and-3c842d = मूल्यह्रास योग्य: भवन { $building }; विविध स्थायी परिसंपत्तियों, आकस्मिक व्यय, प्रारंभिक एवं पूर्व-परिचालन व्यय सहित प्लांट व मशीनरी { $machinery }। भूमि, स्थल विकास और कार्यशील पूंजी मार्जिन पर मूल्यह्रास नहीं लगाया जाता। लेखा-पुस्तकों में मूल्यह्रास सीधी रेखा पद्धति से लगाया जाता है; कर के लिए मूल्यह्रास का दावा आयकर अधिनियम की दरों (भवन 10%, प्लांट व मशीनरी 15%) पर अवलिखित मूल्य पर किया जाता है, वर्ष 1 से पूरे वर्ष का दावा किया जाता है, और अनुमान में कर की गणना इसी आधार पर की गई है (आस्थगित कर का कोई प्रावधान नहीं किया गया है)।
# Table {n}.5: Working-capital assessment
t-table-n-5-working-capital-assessment = तालिका { $n }.5: कार्यशील पूंजी का आकलन
# Operating costs
t-operating-costs = संचालन लागत
# Working capital needed ({n} month)
t-working-capital-needed-n-month = आवश्यक कार्यशील पूंजी ({ $n } माह)
# Working capital needed ({n} months)
t-working-capital-needed-n-months = आवश्यक कार्यशील पूंजी ({ $n } माह)
# Margin money from the project
t-margin-money-from-the-project = परियोजना से मार्जिन मनी
# From the centre's cash accruals
t-from-the-centre-s-cash-accruals = केन्द्र के नकद उपार्जन से
# The working capital needed is {n} month of the year's operating costs (variable and fixed), as the study sets it; ...
t-the-working-capital-needed-is-n-month-of-bf7330 = आवश्यक कार्यशील पूंजी वर्ष की संचालन लागत (परिवर्ती एवं स्थायी) के { $n } माह के बराबर है, जैसा अध्ययन में निर्धारित है; इसकी पूर्ति पहले परियोजना लागत में शामिल मार्जिन मनी से और शेष केन्द्र के उपार्जन से होती है (ऋणात्मक आँकड़ा वह मार्जिन मनी है जिसकी उस वर्ष आवश्यकता नहीं है)।
# The working capital needed is {n} months of the year's operating costs (variable and fixed), as the study sets it; ...
t-the-working-capital-needed-is-n-months-of-4039a1 = आवश्यक कार्यशील पूंजी वर्ष की संचालन लागत (परिवर्ती एवं स्थायी) के { $n } माह के बराबर है, जैसा अध्ययन में निर्धारित है; इसकी पूर्ति पहले परियोजना लागत में शामिल मार्जिन मनी से और शेष केन्द्र के उपार्जन से होती है (ऋणात्मक आँकड़ा वह मार्जिन मनी है जिसकी उस वर्ष आवश्यकता नहीं है)।
# The working capital needed is {n} month of the year's operating costs (variable and fixed), the common appraisal norm ...
t-the-working-capital-needed-is-n-month-of-0e09c0 = आवश्यक कार्यशील पूंजी वर्ष की संचालन लागत (परिवर्ती एवं स्थायी) के { $n } माह के बराबर है, जो उपयोगकर्ताओं से मासिक बिल लेने वाले केन्द्र के लिए मूल्यांकन का सामान्य मानदंड है (अध्ययन में कोई अन्य आँकड़ा नहीं दिया गया है); इसकी पूर्ति पहले परियोजना लागत में शामिल मार्जिन मनी से और शेष केन्द्र के उपार्जन से होती है (ऋणात्मक आँकड़ा वह मार्जिन मनी है जिसकी उस वर्ष आवश्यकता नहीं है)।
# The working capital needed is {n} months of the year's operating costs (variable and fixed), the common appraisal norm ...
t-the-working-capital-needed-is-n-months-of-417ea3 = आवश्यक कार्यशील पूंजी वर्ष की संचालन लागत (परिवर्ती एवं स्थायी) के { $n } माह के बराबर है, जो उपयोगकर्ताओं से मासिक बिल लेने वाले केन्द्र के लिए मूल्यांकन का सामान्य मानदंड है (अध्ययन में कोई अन्य आँकड़ा नहीं दिया गया है); इसकी पूर्ति पहले परियोजना लागत में शामिल मार्जिन मनी से और शेष केन्द्र के उपार्जन से होती है (ऋणात्मक आँकड़ा वह मार्जिन मनी है जिसकी उस वर्ष आवश्यकता नहीं है)।
# Table {n}.6: Operating costs of year 1
t-table-n-6-operating-costs-of-year-1 = तालिका { $n }.6: वर्ष 1 की संचालन लागत
# Later years rise by the cost escalation given in the projection's assumptions.
t-later-years-rise-by-the-cost-escalation-59fbc0 = आगामी वर्षों की लागत अनुमान की मान्यताओं में दी गई लागत-वृद्धि की दर से बढ़ती है।
# Table {n}.7: Term loan repayment schedule
t-table-n-7-term-loan-repayment-schedule = तालिका { $n }.7: सावधि ऋण की चुकौती अनुसूची
# Table {n}.8: Cash flows behind the NPV and the IRR
t-table-n-8-cash-flows-behind-the-npv-and-303481 = तालिका { $n }.8: एनपीवी और आईआरआर के आधारभूत नकदी प्रवाह
# Profit after tax, depreciation and interest
t-profit-after-tax-depreciation-and-interest = कर पश्चात लाभ, मूल्यह्रास और ब्याज
# Residual value
t-residual-value = अवशिष्ट मूल्य
# Net cash flow
t-net-cash-flow = शुद्ध नकदी प्रवाह
# Present value
t-present-value = वर्तमान मूल्य
# Total (NPV)
t-total-npv = कुल (एनपीवी)
# Discounted at {rate} a year. ... The IRR is the rate at which the present values add up to zero: {irr}.
t-discounted-at-rate-a-year-the-residual-value-e7a407 = { $rate } वार्षिक दर पर बट्टाकृत। अंतिम वर्ष का अवशिष्ट मूल्य शुद्ध ब्लॉक, भूमि और कार्यशील पूंजी मार्जिन है। आईआरआर वह दर है जिस पर वर्तमान मूल्यों का योग शून्य होता है: { $irr }।
# Discounted at {rate} a year. ... The IRR is the rate at which the present values add up to zero.
t-discounted-at-rate-a-year-the-residual-value-de9e84 = { $rate } वार्षिक दर पर बट्टाकृत। अंतिम वर्ष का अवशिष्ट मूल्य शुद्ध ब्लॉक, भूमि और कार्यशील पूंजी मार्जिन है। आईआरआर वह दर है जिस पर वर्तमान मूल्यों का योग शून्य होता है।

## Survey, validation, selection score.

# {units} of {total}
t-units-of-total = { $total } में से { $units }
# The findings and the draft plan were validated with the cluster's stakeholders on {date} at {place}. Taking part: {participants}
t-the-findings-and-the-draft-plan-were-validated-3d7c0b = निष्कर्षों और कार्ययोजना के प्रारूप का सत्यापन { $date } को { $place } में क्लस्टर के हितधारकों के साथ किया गया। सहभागी: { $participants }
# What the meeting changed.
t-what-the-meeting-changed = बैठक के बाद किए गए परिवर्तन।
# The findings and the plan are yet to be validated with the cluster's stakeholders.
t-the-findings-and-the-plan-are-yet-to-be-5c953b = निष्कर्षों और कार्ययोजना का क्लस्टर के हितधारकों के साथ सत्यापन अभी होना है।
# Score (of {scale})
t-score-of-scale = अंक ({ $scale } में से)
# Points (of 100)
t-points-of-100 = प्राप्तांक (100 में से)
# Points are weight × score ÷ {scale}, scaled so that full marks on every criterion make 100. Weights: {source}.
t-points-are-weight-score-scale-scaled-so-85a87c = प्राप्तांक = भार × अंक ÷ { $scale }, इस प्रकार कि हर मानदंड पर पूरे अंक मिलने पर योग 100 हो। भार: { $source }।
# ... A cluster is taken up at {threshold} points or more: this one qualifies.
t-points-are-weight-score-scale-scaled-so-16aa23 = प्राप्तांक = भार × अंक ÷ { $scale }, इस प्रकार कि हर मानदंड पर पूरे अंक मिलने पर योग 100 हो। भार: { $source }। { $threshold } या अधिक प्राप्तांक वाला क्लस्टर लिया जाता है: यह क्लस्टर पात्र है।
# ... A cluster is taken up at {threshold} points or more: this one does not qualify.
t-points-are-weight-score-scale-scaled-so-6a3ebb = प्राप्तांक = भार × अंक ÷ { $scale }, इस प्रकार कि हर मानदंड पर पूरे अंक मिलने पर योग 100 हो। भार: { $source }। { $threshold } या अधिक प्राप्तांक वाला क्लस्टर लिया जाता है: यह क्लस्टर पात्र नहीं है।

## Remarks where the study has nothing to show.

# not yet filled in
t-not-yet-filled-in = अभी भरा नहीं गया
# [evidence not yet filled in]
t-evidence-not-yet-filled-in = {"["}साक्ष्य अभी भरा नहीं गया]
# none linked yet
t-none-linked-yet = अभी कोई नहीं जोड़ी गई
# not recorded
t-not-recorded = दर्ज नहीं
# quotation awaited
t-quotation-awaited = कोटेशन प्रतीक्षित
# role not yet chosen
t-role-not-yet-chosen = भूमिका अभी तय नहीं
# not yet filled in: no risks recorded for this phase
t-not-yet-filled-in-no-risks-recorded-for-c754bc = अभी भरा नहीं गया: इस चरण के लिए कोई जोखिम दर्ज नहीं है
# not yet filled in: pollution control consent, land-use conversion and other approvals
t-not-yet-filled-in-pollution-control-consent-b63774 = अभी भरा नहीं गया: प्रदूषण नियंत्रण सहमति, भू-उपयोग परिवर्तन और अन्य अनुमोदन
# not yet filled in: the cluster's figures before the CFC and the targets after it
t-not-yet-filled-in-the-cluster-s-figures-0f4944 = अभी भरा नहीं गया: सीएफसी से पहले क्लस्टर के आँकड़े और उसके बाद के लक्ष्य
# not yet filled in: the study has no implementation schedule
t-not-yet-filled-in-the-study-has-no-implementation-aff9af = अभी भरा नहीं गया: अध्ययन में कोई कार्यान्वयन अनुसूची नहीं है
# not yet filled in: the study lists no SPV members
t-not-yet-filled-in-the-study-lists-no-spv-5ad0af = अभी भरा नहीं गया: अध्ययन में एसपीवी के सदस्यों की सूची नहीं है
# not yet filled in: the study lists no plant and machinery
t-not-yet-filled-in-the-study-lists-no-plant-b265e3 = अभी भरा नहीं गया: अध्ययन में प्लांट व मशीनरी की सूची नहीं है
# not yet filled in: the study lists no stakeholders
t-not-yet-filled-in-the-study-lists-no-stakeholders = अभी भरा नहीं गया: अध्ययन में हितधारकों की सूची नहीं है
# not yet filled in: the study maps no value-chain stages
t-not-yet-filled-in-the-study-maps-no-value-b6f369 = अभी भरा नहीं गया: अध्ययन में मूल्य श्रृंखला के चरण नहीं दर्शाए गए हैं
# not yet filled in: the study names no implementing, technical or nodal agency
t-not-yet-filled-in-the-study-names-no-implementing-07c2ee = अभी भरा नहीं गया: अध्ययन में कार्यान्वयन, तकनीकी या नोडल एजेंसी का नाम नहीं है
# not yet filled in: the study plans no staff for the centre
t-not-yet-filled-in-the-study-plans-no-staff-aef3a1 = अभी भरा नहीं गया: अध्ययन में केन्द्र के लिए कोई कर्मचारी नियोजित नहीं हैं
# not yet filled in: the study records no enterprise interviews
t-not-yet-filled-in-the-study-records-no-enterprise-5675c3 = अभी भरा नहीं गया: अध्ययन में उद्यमों से साक्षात्कार दर्ज नहीं हैं
# not yet filled in: the study records no field visits
t-not-yet-filled-in-the-study-records-no-field-49e5ca = अभी भरा नहीं गया: अध्ययन में कोई क्षेत्र भ्रमण दर्ज नहीं है
# not yet filled in: the study records no turnover or exports by year
t-not-yet-filled-in-the-study-records-no-turnover-6df4d1 = अभी भरा नहीं गया: अध्ययन में वर्षवार कारोबार या निर्यात दर्ज नहीं है
# not yet filled in: the study sets no indicators
t-not-yet-filled-in-the-study-sets-no-indicators = अभी भरा नहीं गया: अध्ययन में कोई संकेतक निर्धारित नहीं है
# Table {n}.{i}: {role}
t-table-n-i-role = तालिका { $n }.{ $i }: { $role }
# per unit
t-per-unit = प्रति इकाई
# per year
t-per-year = प्रति वर्ष
# Rs. {amount}
t-rs-amount = रु. { $amount }

## The parameters of the cluster before and after the CFC (the engine's rows; the unit
## of production is the study's own).

# Units in the cluster
t-units-in-the-cluster = क्लस्टर में इकाइयाँ
# Units owned by SC/ST entrepreneurs
t-units-owned-by-sc-st-entrepreneurs = अनुसूचित जाति/जनजाति के उद्यमियों के स्वामित्व वाली इकाइयाँ
# Units owned by women
t-units-owned-by-women = महिला स्वामित्व वाली इकाइयाँ
# Units owned by minorities
t-units-owned-by-minorities = अल्पसंख्यक स्वामित्व वाली इकाइयाँ
# Production
t-production = उत्पादन
# Profit
t-profit = लाभ
# Import substitution
t-import-substitution = आयात प्रतिस्थापन
# Investment in plant and machinery
t-investment-in-plant-and-machinery = प्लांट व मशीनरी में निवेश
# Patents
t-patents = पेटेंट
# Units with a quality certification
t-units-with-a-quality-certification = गुणवत्ता प्रमाणन वाली इकाइयाँ
# ZED-certified units
t-zed-certified-units = ZED प्रमाणित इकाइयाँ
