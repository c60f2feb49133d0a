# The CFC's financial workbook (src/render/workbook.rs): sheet names, titles, row and
# column labels and notes. Sheet names stay within Excel's 31 characters, and within
# them with " - English" after them where they can, for the bilingual workbook.

# Assumptions
t-assumptions = मान्यताएँ
# Cost and finance
t-cost-and-finance = लागत व वित्त
# Operating
t-operating = संचालन
# Depreciation
t-depreciation = मूल्यह्रास
# Loan
t-loan = ऋण
# Profit and loss
t-profit-and-loss = लाभ-हानि
# DSCR
t-dscr = डीएससीआर
# ROCE
t-roce = आरओसीई
# NPV and IRR
t-npv-and-irr = एनपीवी और आईआरआर
# Cash flow
t-cash-flow = नकदी प्रवाह
# Balance sheet
t-balance-sheet = तुलन पत्र
# Assumptions: every input of the projection
t-assumptions-every-input-of-the-projection = मान्यताएँ: अनुमानों के सभी इनपुट
# Input
t-input = इनपुट
# Name (used in the formulas)
t-name-used-in-the-formulas = नाम (सूत्रों में प्रयुक्त)
# Years of the projection
t-years-of-the-projection = अनुमान के वर्ष
# Installed capacity
t-installed-capacity = स्थापित क्षमता
# Members' share of volume
t-members-share-of-volume = मात्रा में सदस्यों का हिस्सा
# User charge, members
t-user-charge-members = उपयोगकर्ता शुल्क, सदस्य
# User charge, others
t-user-charge-others = उपयोगकर्ता शुल्क, अन्य
# Escalation of user charges, a year from year 2
t-escalation-of-user-charges-a-year-from-year-91bd02 = उपयोगकर्ता शुल्क में वार्षिक वृद्धि, वर्ष 2 से
# Fixed costs, year 1
t-fixed-costs-year-1 = स्थिर लागत, वर्ष 1
# Escalation of running costs, a year from year 2
t-escalation-of-running-costs-a-year-from-90236b = संचालन लागत में वार्षिक वृद्धि, वर्ष 2 से
# Income tax
t-income-tax = आयकर
# Tax depreciation on written-down value (1) or as in the books (0)
t-tax-depreciation-on-written-down-value-1-15fbc3 = कर मूल्यह्रास अवलिखित मूल्य पर (1) या लेखा पुस्तकों के अनुसार (0)
# Interest on the term loan
t-interest-on-the-term-loan = सावधि ऋण पर ब्याज
# Repayment
t-repayment = पुनर्भुगतान
# Moratorium
t-moratorium = अधिस्थगन
# Discount rate for the NPV
t-discount-rate-for-the-npv = एनपीवी के लिए बट्टा दर
# Acceptance: cumulative DSCR at least
t-acceptance-cumulative-dscr-at-least = स्वीकार्यता मानदंड: संचयी डीएससीआर कम से कम
# Acceptance: break-even below
t-acceptance-break-even-below = स्वीकार्यता मानदंड: सम-विच्छेद बिंदु इससे कम
# Acceptance: ROCE above
t-acceptance-roce-above = स्वीकार्यता मानदंड: आरओसीई इससे अधिक
# Acceptance: IRR above
t-acceptance-irr-above = स्वीकार्यता मानदंड: आईआरआर इससे अधिक
# Grants (GoI and State)
t-grants-goi-and-state = अनुदान (भारत सरकार एवं राज्य)
# SPV's contribution (equity)
t-spv-s-contribution-equity = एसपीवी का अंशदान (इक्विटी)
# Working capital held
t-working-capital-held = रखी गई कार्यशील पूंजी
# years
t-years = वर्ष
# Rs. per unit
t-rs-per-unit = रु. प्रति इकाई
# Rs. lakh a year
t-rs-lakh-a-year = रु. लाख प्रति वर्ष
# 1 or 0
t-1-or-0 = 1 या 0
# years after the moratorium
t-years-after-the-moratorium = वर्ष, अधिस्थगन के बाद
# Rs. lakh (cost of project)
t-rs-lakh-cost-of-project = रु. लाख (परियोजना लागत)
# Rs. lakh (means of finance)
t-rs-lakh-means-of-finance = रु. लाख (वित्त के साधन)
# months of operating costs
t-months-of-operating-costs = माह की संचालन लागत
# % of capacity
t-pct-of-capacity = क्षमता का %
# % of taxable profit
t-pct-of-taxable-profit = कर-योग्य लाभ का %
# % a year
t-pct-a-year = % प्रति वर्ष
# Capacity utilisation by year
t-capacity-utilisation-by-year = वर्षवार क्षमता उपयोग
# Utilisation, year {y}
t-utilisation-year-y = क्षमता उपयोग, वर्ष { $y }
# Shaded cells are inputs: change one and every sheet follows. Amounts in Rs. lakh, computed in whole rupees as cdstudy computes them.
t-shaded-cells-are-inputs-change-one-and-every-fa7111 = रंगीन कक्ष इनपुट हैं: किसी एक को बदलने पर सभी शीटें उसके अनुसार बदल जाती हैं। राशियाँ रु. लाख में हैं, जिनकी गणना cdstudy की भाँति पूर्ण रुपयों में की गई है।
# Assumed: {a}
t-assumed-a = माना गया: { $a }
# members' share of volume not given: all volume is charged at the members' rate
t-members-share-of-volume-not-given-all-volume-4c3876 = सदस्यों का मात्रा में हिस्सा नहीं दिया गया: पूरी मात्रा पर सदस्यों की दर से शुल्क लिया गया है
# no charge for others given: others pay the members' charge
t-no-charge-for-others-given-others-pay-the-abf199 = अन्य के लिए शुल्क नहीं दिया गया: अन्य भी सदस्यों का शुल्क देंगे
# building life not given: 30 years (Companies Act 2013, Schedule II)
t-building-life-not-given-30-years-companies-ebd2dd = भवन की आयु नहीं दी गई: 30 वर्ष (कंपनी अधिनियम 2013, अनुसूची II)
# machinery life not given: 15 years (Companies Act 2013, Schedule II)
t-machinery-life-not-given-15-years-companies-3f2b2e = मशीनरी की आयु नहीं दी गई: 15 वर्ष (कंपनी अधिनियम 2013, अनुसूची II)
# tax rate not given: no income tax (as for a Section 8 company whose surplus stays in the CFC)
t-tax-rate-not-given-no-income-tax-as-for-7fc940 = कर की दर नहीं दी गई: कोई आयकर नहीं (धारा 8 कंपनी की भाँति, जिसका अधिशेष सीएफसी में ही रहता है)
# no escalation of user charges given: charges stay flat
t-no-escalation-of-user-charges-given-charges-3fb21a = उपयोगकर्ता शुल्क में वृद्धि नहीं दी गई: शुल्क स्थिर रहेंगे
# no escalation of operating costs given: costs stay flat
t-no-escalation-of-operating-costs-given-costs-426dfc = संचालन लागत में वृद्धि नहीं दी गई: लागत स्थिर रहेगी
# Cost of project and means of finance
t-cost-of-project-and-means-of-finance = परियोजना लागत एवं वित्त के साधन
# Cost of project
t-cost-of-project = परियोजना लागत
# Total cost of project
t-total-cost-of-project = कुल परियोजना लागत
# Means of finance
t-means-of-finance = वित्त के साधन
# Grants (GoI and State): capital reserve
t-grants-goi-and-state-capital-reserve = अनुदान (भारत सरकार एवं राज्य): पूंजी आरक्षित निधि
# Total means of finance
t-total-means-of-finance = वित्त के साधनों का योग
# Cost not met by the means of finance (should be 0)
t-cost-not-met-by-the-means-of-finance-should-e3e8eb = वित्त के साधनों से पूरी न हुई लागत (0 होनी चाहिए)
# Rs. lakh unless stated
t-rs-lakh-unless-stated = रु. लाख, अन्यथा उल्लेख न हो तो
# Year {y}
t-year-y = वर्ष { $y }
# Year 0
t-year-0 = वर्ष 0
# At start
t-at-start = प्रारंभ में
# Capacity utilisation
t-capacity-utilisation = क्षमता उपयोग
# Volume
t-volume = मात्रा
# Escalation factor of user charges
t-escalation-factor-of-user-charges = उपयोगकर्ता शुल्क का वृद्धि गुणक
# Escalation factor of running costs
t-escalation-factor-of-running-costs = संचालन लागत का वृद्धि गुणक
# factor
t-factor = गुणक
# Revenue from user charges
t-revenue-from-user-charges = उपयोगकर्ता शुल्क से राजस्व
# Operating profit (before depreciation, interest, tax)
t-operating-profit-before-depreciation-interest-ead5e4 = संचालन लाभ (मूल्यह्रास, ब्याज एवं कर से पूर्व)
# Operating: volume, revenue and running costs
t-operating-volume-revenue-and-running-costs = संचालन: मात्रा, राजस्व और संचालन लागत
# Depreciation: straight line in the books; written-down value for tax
t-depreciation-straight-line-in-the-books-77d312 = मूल्यह्रास: लेखा पुस्तकों में सीधी रेखा पद्धति; कर के लिए अवलिखित मूल्य पद्धति
# Building (over the building life)
t-building-over-the-building-life = भवन (भवन की आयु में)
# Plant and machinery, misc. assets, contingency, preliminary and pre-operative (over the machinery life)
t-plant-and-machinery-misc-assets-contingency-cca3f5 = प्लांट व मशीनरी, विविध परिसंपत्ति, आकस्मिक, प्रारंभिक एवं पूर्व-परिचालन व्यय (मशीनरी की आयु में)
# Depreciation in the books
t-depreciation-in-the-books = लेखा पुस्तकों में मूल्यह्रास
# Accumulated depreciation
t-accumulated-depreciation = संचित मूल्यह्रास
# Net block at the year end (land included)
t-net-block-at-the-year-end-land-included = वर्षांत पर शुद्ध ब्लॉक (भूमि सहित)
# Building: written-down value at the start of the year
t-building-written-down-value-at-the-start-96e08d = भवन: वर्ष के प्रारंभ में अवलिखित मूल्य
# Building: tax depreciation at 10%
t-building-tax-depreciation-at-10-pct = भवन: 10% की दर से कर मूल्यह्रास
# Plant and machinery: written-down value at the start
t-plant-and-machinery-written-down-value-at-c83020 = प्लांट व मशीनरी: प्रारंभ में अवलिखित मूल्य
# Plant and machinery: tax depreciation at 15%
t-plant-and-machinery-tax-depreciation-at-7f6e4d = प्लांट व मशीनरी: 15% की दर से कर मूल्यह्रास
# Depreciation claimed for tax
t-depreciation-claimed-for-tax = कर के लिए दावा किया गया मूल्यह्रास
# Land, its development and the working-capital margin are not depreciated; tax depreciation takes a full year's claim from year 1.
t-land-its-development-and-the-working-capital-6e45be = भूमि, उसके विकास और कार्यशील पूंजी मार्जिन पर मूल्यह्रास नहीं लगता; कर मूल्यह्रास में वर्ष 1 से पूरे वर्ष का दावा लिया गया है।
# Loan repayment: interest monthly on the opening balance, equal monthly instalments after the moratorium
t-loan-repayment-interest-monthly-on-the-opening-a12e8a = ऋण पुनर्भुगतान: प्रारंभिक शेष पर मासिक ब्याज, अधिस्थगन के बाद समान मासिक किस्तें
# Opening balance
t-opening-balance = प्रारंभिक शेष
# Interest (Σ month-start balances × rate / 12, rounded once)
t-interest-month-start-balances-rate-12-rounded-af5d65 = ब्याज (Σ माह के प्रारंभ का शेष × दर / 12, एक बार पूर्णांकित)
# Principal repaid
t-principal-repaid = चुकाया गया मूलधन
# Month by month
t-month-by-month = माहवार
# Month
t-month = माह
# Instalment (Rs.)
t-instalment-rs = किस्त (रु.)
# Last instalment (Rs.)
t-last-instalment-rs = अंतिम किस्त (रु.)
# Operating profit
t-operating-profit = संचालन लाभ
# Profit before tax
t-profit-before-tax = कर पूर्व लाभ
# Taxable profit
t-taxable-profit = कर-योग्य लाभ
# Income tax (on a positive taxable profit, rounded down)
t-income-tax-on-a-positive-taxable-profit-0ba415 = आयकर (धनात्मक कर-योग्य लाभ पर, नीचे की ओर पूर्णांकित)
# Profit after tax
t-profit-after-tax = कर पश्चात लाभ
# Cash accruals (profit after tax + depreciation)
t-cash-accruals-profit-after-tax-depreciation = नकद उपार्जन (कर पश्चात लाभ + मूल्यह्रास)
# Profitability: projected profit and loss
t-profitability-projected-profit-and-loss = लाभप्रदता: अनुमानित लाभ-हानि
# Debt service coverage ratio
t-debt-service-coverage-ratio = ऋण सेवा कवरेज अनुपात (डीएससीआर)
# Interest
t-interest = ब्याज
# Available for debt service (PAT + interest + depreciation)
t-available-for-debt-service-pat-interest-588544 = ऋण सेवा के लिए उपलब्ध (कर पश्चात लाभ + ब्याज + मूल्यह्रास)
# Debt service (principal + interest)
t-debt-service-principal-interest = ऋण सेवा (मूलधन + ब्याज)
# Cumulative DSCR over the years of repayment
t-cumulative-dscr-over-the-years-of-repayment = पुनर्भुगतान के वर्षों का संचयी डीएससीआर
# Lowest DSCR of a year
t-lowest-dscr-of-a-year = किसी वर्ष का न्यूनतम डीएससीआर
# Meets the rule
t-meets-the-rule = मानदंड पूरा
# yes (the rule is met)
t-yes-the-rule-is-met = हाँ
# no (the rule is not met)
t-no-the-rule-is-not-met = नहीं
# Break-even: (fixed costs + depreciation + interest) / (revenue − variable costs) × utilisation
t-break-even-fixed-costs-depreciation-interest-27c568 = सम-विच्छेद बिंदु: (स्थिर लागत + मूल्यह्रास + ब्याज) / (राजस्व − परिवर्तनीय लागत) × क्षमता उपयोग
# Contribution (revenue − variable costs)
t-contribution-revenue-variable-costs = अंशदान (राजस्व − परिवर्तनीय लागत)
# Fixed charges (fixed costs + depreciation + interest)
t-fixed-charges-fixed-costs-depreciation-interest = स्थिर प्रभार (स्थिर लागत + मूल्यह्रास + ब्याज)
# Break-even, % of installed capacity
t-break-even-pct-of-installed-capacity = सम-विच्छेद बिंदु, स्थापित क्षमता का %
# Unrounded, for the average
t-unrounded-for-the-average = पूर्णांकन से पहले, औसत के लिए
# Average break-even, % of installed capacity
t-average-break-even-pct-of-installed-capacity = औसत सम-विच्छेद बिंदु, स्थापित क्षमता का %
# Acceptance: below, %
t-acceptance-below-pct = स्वीकार्यता मानदंड: इससे कम, %
# Return on capital employed: average profit before interest and tax / project cost
t-return-on-capital-employed-average-profit-311082 = नियोजित पूंजी पर प्रतिफल: ब्याज एवं कर पूर्व औसत लाभ / परियोजना लागत
# Profit before interest and tax
t-profit-before-interest-and-tax = ब्याज एवं कर पूर्व लाभ
# Average profit before interest and tax, Rs. lakh
t-average-profit-before-interest-and-tax-rs-1c38e4 = ब्याज एवं कर पूर्व औसत लाभ, रु. लाख
# Capital employed: the project cost, Rs. lakh
t-capital-employed-the-project-cost-rs-lakh = नियोजित पूंजी: परियोजना लागत, रु. लाख
# ROCE, %
t-roce-pct = आरओसीई, %
# Acceptance: above, %
t-acceptance-above-pct = स्वीकार्यता मानदंड: इससे अधिक, %
# Project cash flows, NPV and IRR
t-project-cash-flows-npv-and-irr = परियोजना के नकदी प्रवाह, एनपीवी और आईआरआर
# Profit after tax + depreciation + interest
t-profit-after-tax-depreciation-interest = कर पश्चात लाभ + मूल्यह्रास + ब्याज
# Residual value (net block + working-capital margin, last year)
t-residual-value-net-block-working-capital-d22962 = अवशिष्ट मूल्य (शुद्ध ब्लॉक + कार्यशील पूंजी मार्जिन, अंतिम वर्ष)
# Cash flow (year 0: the project cost)
t-cash-flow-year-0-the-project-cost = नकदी प्रवाह (वर्ष 0: परियोजना लागत)
# Discount factor
t-discount-factor = बट्टा गुणक
# Discounted cash flow
t-discounted-cash-flow = बट्टाकृत नकदी प्रवाह
# NPV at the discount rate, Rs. lakh
t-npv-at-the-discount-rate-rs-lakh = बट्टा दर पर एनपीवी, रु. लाख
# IRR, %
t-irr-pct = आईआरआर, %
# Simple payback, years (without the residual value)
t-simple-payback-years-without-the-residual-9b9f82 = साधारण वापसी अवधि, वर्ष (अवशिष्ट मूल्य के बिना)
# Cumulative flow without the residual value
t-cumulative-flow-without-the-residual-value = अवशिष्ट मूल्य के बिना संचयी प्रवाह
# Payback within the year
t-payback-within-the-year = वर्ष के भीतर वापसी
# Acceptance: IRR above, %
t-acceptance-irr-above-pct = स्वीकार्यता मानदंड: आईआरआर इससे अधिक, %
# Sensitivity: the projection rerun with lower user charges and utilisation
t-sensitivity-the-projection-rerun-with-lower-13f631 = संवेदनशीलता: कम उपयोगकर्ता शुल्क और कम क्षमता उपयोग पर दोबारा किए गए अनुमान
# Change of user charges, %
t-change-of-user-charges-pct = उपयोगकर्ता शुल्क में परिवर्तन, %
# Change of utilisation, % of the base
t-change-of-utilisation-pct-of-the-base = क्षमता उपयोग में परिवर्तन, आधार का %
# Average break-even, %
t-average-break-even-pct = औसत सम-विच्छेद बिंदु, %
# NPV, Rs. lakh
t-npv-rs-lakh = एनपीवी, रु. लाख
# Break-even of the year, unrounded
t-break-even-of-the-year-unrounded = वर्ष का सम-विच्छेद बिंदु, पूर्णांकन से पहले
# Cash flow (year 0: the project cost), Rs. lakh
t-cash-flow-year-0-the-project-cost-rs-lakh = नकदी प्रवाह (वर्ष 0: परियोजना लागत), रु. लाख
# Cash flow statement
t-cash-flow-statement = नकदी प्रवाह विवरण
# Operating costs (variable + fixed)
t-operating-costs-variable-fixed = संचालन लागत (परिवर्तनीय + स्थिर)
# Working capital required (months of operating costs)
t-working-capital-required-months-of-operating-ad066d = आवश्यक कार्यशील पूंजी (संचालन लागत के माह)
# Working capital held (year 0: the margin money)
t-working-capital-held-year-0-the-margin-money = रखी गई कार्यशील पूंजी (वर्ष 0: मार्जिन मनी)
# Increase in working capital
t-increase-in-working-capital = कार्यशील पूंजी में वृद्धि
# Sources: profit after tax + depreciation
t-sources-profit-after-tax-depreciation = स्रोत: कर पश्चात लाभ + मूल्यह्रास
# Loan repaid
t-loan-repaid = चुकाया गया ऋण
# Uses: loan repaid + increase in working capital
t-uses-loan-repaid-increase-in-working-capital = उपयोग: चुकाया गया ऋण + कार्यशील पूंजी में वृद्धि
# Surplus (sources − uses)
t-surplus-sources-uses = अधिशेष (स्रोत − उपयोग)
# Opening cash
t-opening-cash = प्रारंभिक नकद शेष
# Closing cash (year 0: what the means of finance brings beyond the cost)
t-closing-cash-year-0-what-the-means-of-finance-cbb2e1 = अंतिम नकद शेष (वर्ष 0: वित्त के साधनों से लागत के ऊपर प्राप्त राशि)
# Projected balance sheet
t-projected-balance-sheet = अनुमानित तुलन पत्र
# Liabilities
t-liabilities = देयताएँ
# Assets
t-assets = परिसंपत्तियाँ
# Capital reserve (GoI and State grants)
t-capital-reserve-goi-and-state-grants = पूंजी आरक्षित निधि (भारत सरकार एवं राज्य के अनुदान)
# SPV's equity
t-spv-s-equity = एसपीवी की इक्विटी
# Reserves and surplus (profits kept)
t-reserves-and-surplus-profits-kept = आरक्षित निधि एवं अधिशेष (रोका गया लाभ)
# Term loan outstanding
t-term-loan-outstanding = बकाया सावधि ऋण
# Total liabilities
t-total-liabilities = कुल देयताएँ
# Net block (land included)
t-net-block-land-included = शुद्ध ब्लॉक (भूमि सहित)
# Current assets (working capital)
t-current-assets-working-capital = चालू परिसंपत्तियाँ (कार्यशील पूंजी)
# Cash and bank
t-cash-and-bank = नकद एवं बैंक
# Total assets
t-total-assets = कुल परिसंपत्तियाँ
# Difference (should be 0)
t-difference-should-be-0 = अंतर (0 होना चाहिए)
# Break-even
t-break-even = सम-विच्छेद बिंदु
# Building and civil works
t-building-and-civil-works = भवन और सिविल कार्य
# Building life
t-building-life = भवन की आयु
# Closing balance
t-closing-balance = अंतिम शेष
# Contingency
t-contingency = आकस्मिक व्यय
# Cumulative DSCR
t-cumulative-dscr = संचयी डीएससीआर
# Fixed costs
t-fixed-costs = स्थिर लागत
# Instalment
t-instalment = किस्त
# Land
t-land = भूमि
# Land / site development
t-land-site-development = भूमि / स्थल विकास
# Machinery life
t-machinery-life = मशीनरी की आयु
# Margin money for working capital
t-margin-money-for-working-capital = कार्यशील पूंजी के लिए मार्जिन मनी
# Misc. fixed assets
t-misc-fixed-assets = विविध स्थायी परिसंपत्तियाँ
# Plant and machinery
t-plant-and-machinery = प्लांट व मशीनरी
# Pre-operative expenses
t-pre-operative-expenses = पूर्व-परिचालन व्यय
# Preliminary expenses
t-preliminary-expenses = प्रारंभिक व्यय
# Rs. lakh
t-rs-lakh = रु. लाख
# Sensitivity
t-sensitivity = संवेदनशीलता
# Term loan
t-term-loan = सावधि ऋण
# Unit
t-unit = इकाई
# Value
t-value = मान
# Variable costs
t-variable-costs = परिवर्तनीय लागत
# Year
t-year = वर्ष
# months
t-months = माह
# units
t-units = इकाइयाँ
