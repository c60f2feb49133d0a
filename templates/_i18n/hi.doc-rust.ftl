# cdstudy: the Hindi of the fixed words Rust writes into the documents (the lists of
# contents, tables, figures and abbreviations, the abbreviations' meanings, the words in
# the figures, the scheme's terms and the plan's timing). Keyed on the English as the
# code writes it (see src/render/words.rs).

# Contents
t-contents = विषय-सूची
# List of tables
t-list-of-tables = तालिकाओं की सूची
# List of figures
t-list-of-figures = चित्रों की सूची
# Page
t-page = पृष्ठ
# List of abbreviations
t-list-of-abbreviations = संक्षिप्ताक्षरों की सूची
# Abbreviation
t-abbreviation = संक्षिप्ताक्षर
# Meaning
t-meaning = पूर्ण रूप
# Business Development Services
t-business-development-services = व्यापार विकास सेवाएँ
# Break-Even Point
t-break-even-point = सम-विच्छेद बिंदु
# Bureau of Indian Standards
t-bureau-of-indian-standards = भारतीय मानक ब्यूरो
# Business Membership Organisation
t-business-membership-organisation = व्यावसायिक सदस्यता संगठन
# Computer-Aided Design
t-computer-aided-design = कंप्यूटर सहायित डिज़ाइन
# Computer-Aided Engineering
t-computer-aided-engineering = कंप्यूटर सहायित अभियांत्रिकी
# Computer-Aided Manufacturing
t-computer-aided-manufacturing = कंप्यूटर सहायित विनिर्माण
# Cluster Development Agent
t-cluster-development-agent = क्लस्टर विकास एजेंट
# Common Facility Centre
t-common-facility-centre = सार्वजनिक सुविधा केन्द्र
# Credit Guarantee Fund Trust for Micro and Small Enterprises
t-credit-guarantee-fund-trust-for-micro-and-fa874e = सूक्ष्म एवं लघु उद्यम ऋण गारंटी निधि न्यास
# Central Institute of Petrochemicals Engineering and Technology
t-central-institute-of-petrochemicals-engineering-b7ff63 = केन्द्रीय पेट्रोरसायन अभियांत्रिकी एवं प्रौद्योगिकी संस्थान
# Coordinate Measuring Machine
t-coordinate-measuring-machine = निर्देशांक मापन मशीन
# Computer Numerical Control
t-computer-numerical-control = कंप्यूटर संख्यात्मक नियंत्रण
# District Industries Centre
t-district-industries-centre = जिला उद्योग केन्द्र
# Detailed Project Report
t-detailed-project-report = विस्तृत परियोजना रिपोर्ट
# Differential Scanning Calorimetry
t-differential-scanning-calorimetry = डिफरेंशियल स्कैनिंग कैलोरीमेट्री
# Electrical Discharge Machining
t-electrical-discharge-machining = इलेक्ट्रिकल डिस्चार्ज मशीनिंग
# Extended Producer Responsibility
t-extended-producer-responsibility = विस्तारित उत्पादक उत्तरदायित्व
# Farmer Producer Organisation
t-farmer-producer-organisation = कृषक उत्पादक संगठन
# Food Safety and Standards Authority of India
t-food-safety-and-standards-authority-of-india = भारतीय खाद्य सुरक्षा एवं मानक प्राधिकरण
# Fourier-Transform Infrared Spectroscopy
t-fourier-transform-infrared-spectroscopy = फूरियर ट्रांसफॉर्म इन्फ्रारेड स्पेक्ट्रोस्कोपी
# Financial Year
t-financial-year = वित्तीय वर्ष
# Government of India
t-government-of-india = भारत सरकार
# Goods and Services Tax
t-goods-and-services-tax = वस्तु एवं सेवा कर
# High-Density Polyethylene
t-high-density-polyethylene = उच्च घनत्व पॉलीएथिलीन
# Heat Deflection Temperature
t-heat-deflection-temperature = ऊष्मा विक्षेपण तापमान
# Implementing Agency
t-implementing-agency = कार्यान्वयन एजेंसी
# Internal Rate of Return
t-internal-rate-of-return = आंतरिक प्रतिफल दर
# International Organization for Standardization
t-international-organization-for-standardization = अंतरराष्ट्रीय मानकीकरण संगठन
# Institute of Wood Science and Technology
t-institute-of-wood-science-and-technology = काष्ठ विज्ञान एवं प्रौद्योगिकी संस्थान
# Jharkhand State Livelihood Promotion Society
t-jharkhand-state-livelihood-promotion-society = झारखंड राज्य आजीविका संवर्धन सोसाइटी
# Khadi and Village Industries Commission
t-khadi-and-village-industries-commission = खादी और ग्रामोद्योग आयोग
# Linear Low-Density Polyethylene
t-linear-low-density-polyethylene = रैखिक निम्न घनत्व पॉलीएथिलीन
# Limited Liability Partnership
t-limited-liability-partnership = सीमित देयता भागीदारी
# Madhya Pradesh
t-madhya-pradesh = मध्य प्रदेश
# Madhya Pradesh Industrial Development Corporation
t-madhya-pradesh-industrial-development-corporation = मध्य प्रदेश औद्योगिक विकास निगम
# Madhya Pradesh Pollution Control Board
t-madhya-pradesh-pollution-control-board = मध्य प्रदेश प्रदूषण नियंत्रण बोर्ड
# Micro and Small Enterprises
t-micro-and-small-enterprises = सूक्ष्म एवं लघु उद्यम
# Micro and Small Enterprises Cluster Development Programme
t-micro-and-small-enterprises-cluster-development-fc23c4 = सूक्ष्म एवं लघु उद्यम क्लस्टर विकास कार्यक्रम
# Micro, Small and Medium Enterprises
t-micro-small-and-medium-enterprises = सूक्ष्म, लघु व मध्यम उद्यम
# MSME Development and Facilitation Office
t-msme-development-and-facilitation-office = एमएसएमई विकास एवं सुविधा कार्यालय
# National Bank for Agriculture and Rural Development
t-national-bank-for-agriculture-and-rural-3418cd = राष्ट्रीय कृषि और ग्रामीण विकास बैंक
# Non-Governmental Organisation
t-non-governmental-organisation = गैर-सरकारी संगठन
# Net Present Value
t-net-present-value = शुद्ध वर्तमान मूल्य
# National Small Industries Corporation
t-national-small-industries-corporation = राष्ट्रीय लघु उद्योग निगम
# Programme Evaluation and Review Technique
t-programme-evaluation-and-review-technique = कार्यक्रम मूल्यांकन एवं समीक्षा तकनीक
# Polypropylene
t-polypropylene = पॉलीप्रोपिलीन
# Return on Capital Employed
t-return-on-capital-employed = नियोजित पूंजी पर प्रतिफल
# Indian rupees
t-indian-rupees = भारतीय रुपये
# State Bank of India
t-state-bank-of-india = भारतीय स्टेट बैंक
# Scheduled Caste
t-scheduled-caste = अनुसूचित जाति
# Scheme of Fund for Regeneration of Traditional Industries
t-scheme-of-fund-for-regeneration-of-traditional-efc772 = पारंपरिक उद्योगों के पुनरुद्धार हेतु निधि योजना (स्फूर्ति)
# Self-Help Group
t-self-help-group = स्वयं सहायता समूह
# Small Industries Development Bank of India
t-small-industries-development-bank-of-india = भारतीय लघु उद्योग विकास बैंक
# Small and Medium Enterprises
t-small-and-medium-enterprises = लघु एवं मध्यम उद्यम
# Special Purpose Vehicle
t-special-purpose-vehicle = विशेष प्रयोजन साधन
# Scheduled Tribe
t-scheduled-tribe = अनुसूचित जनजाति
# Strengths, Weaknesses, Opportunities and Threats
t-strengths-weaknesses-opportunities-and-threats = सामर्थ्य, कमजोरियां, अवसर और खतरे
# Tribal Cooperative Marketing Development Federation of India
t-tribal-cooperative-marketing-development-d512e2 = भारतीय जनजातीय सहकारी विपणन विकास संघ
# United Nations Industrial Development Organization
t-united-nations-industrial-development-organization = संयुक्त राष्ट्र औद्योगिक विकास संगठन
# Ultraviolet
t-ultraviolet = पराबैंगनी
# Vertical Machining Centre
t-vertical-machining-centre = वर्टिकल मशीनिंग सेंटर
# Zero Defect Zero Effect
t-zero-defect-zero-effect = ज़ीरो डिफेक्ट ज़ीरो इफेक्ट
# and {n} more
t-and-n-more = और { $n } अन्य
# Actors not yet named
t-actors-not-yet-named = सहभागियों के नाम अभी दर्ज नहीं
# No bottleneck
t-no-bottleneck = कोई बाधा नहीं
# 1 bottleneck
t-1-bottleneck = 1 बाधा
# 1 bottleneck (High)
t-1-bottleneck-high = 1 बाधा (उच्च)
# 1 bottleneck (Medium)
t-1-bottleneck-medium = 1 बाधा (मध्यम)
# 1 bottleneck (Low)
t-1-bottleneck-low = 1 बाधा (निम्न)
# {n} bottlenecks
t-n-bottlenecks = { $n } बाधाएँ
# {n} bottlenecks (High)
t-n-bottlenecks-high = { $n } बाधाएँ (उच्च)
# {n} bottlenecks (Medium)
t-n-bottlenecks-medium = { $n } बाधाएँ (मध्यम)
# {n} bottlenecks (Low)
t-n-bottlenecks-low = { $n } बाधाएँ (निम्न)
# Border: thick = a bottleneck of high severity; medium = of medium severity; thin = low or none
t-border-thick-a-bottleneck-of-high-severity-584635 = किनारा: मोटा = उच्च गंभीरता की बाधा; मध्यम = मध्यम गंभीरता की; पतला = निम्न अथवा कोई नहीं
# The value chain of the cluster
t-the-value-chain-of-the-cluster = क्लस्टर की मूल्य श्रृंखला
# worst: High
t-worst-high = सर्वाधिक: उच्च
# worst: Medium
t-worst-medium = सर्वाधिक: मध्यम
# worst: Low
t-worst-low = सर्वाधिक: निम्न
# Enterprises by size
t-enterprises-by-size = आकार के अनुसार उद्यम
# Direct, men
t-direct-men = प्रत्यक्ष, पुरुष
# Direct, women
t-direct-women = प्रत्यक्ष, महिलाएँ
# Indirect
t-indirect = अप्रत्यक्ष
# Ownership of enterprises
t-ownership-of-enterprises = उद्यमों का स्वामित्व
# Women-owned
t-women-owned = महिला स्वामित्व
# SC-owned
t-sc-owned = अनुसूचित जाति स्वामित्व
# ST-owned
t-st-owned = अनुसूचित जनजाति स्वामित्व
# Minority-owned
t-minority-owned = अल्पसंख्यक स्वामित्व
# The cluster at a glance
t-the-cluster-at-a-glance = क्लस्टर एक नज़र में
# State Government
t-state-government = राज्य सरकार
# Bank loan / others
t-bank-loan-others = बैंक ऋण / अन्य
# Not yet met
t-not-yet-met = अभी अप्राप्त
# Total Rs. {total} lakh, of which Government of India Rs. {grant} lakh
t-total-rs-total-lakh-of-which-government-405e96 = कुल रु. { $total } लाख, जिसमें भारत सरकार का अंश रु. { $grant } लाख
# Total Rs. {total} lakh, of which {grantor} Rs. {grant} lakh
t-total-rs-total-lakh-of-which-grantor-rs-527ff6 = कुल रु. { $total } लाख, जिसमें { $grantor } का अंश रु. { $grant } लाख
# The means of finance by component
t-the-means-of-finance-by-component = घटकवार वित्त के साधन
# Cumulative DSCR {dscr}; the rule: at least {rule} (dashed line)
t-cumulative-dscr-dscr-the-rule-at-least-rule-017e0a = संचयी डीएससीआर { $dscr }; नियम: न्यूनतम { $rule } (खंडित रेखा)
# the rule: at least {rule} (dashed line)
t-the-rule-at-least-rule-dashed-line = नियम: न्यूनतम { $rule } (खंडित रेखा)
# Year {year}
t-year-year = वर्ष { $year }
# Year meets the rule
t-year-meets-the-rule = नियम पूरा करने वाला वर्ष
# Year below the rule
t-year-below-the-rule = नियम से कम वाला वर्ष
# Debt service coverage ratio by year
t-debt-service-coverage-ratio-by-year = वर्षवार ऋण सेवा कवरेज अनुपात
# Share of installed capacity; the rule: break-even below {rule}% (dashed line)
t-share-of-installed-capacity-the-rule-break-f7aebd = स्थापित क्षमता का अंश; नियम: सम-विच्छेद बिंदु { $rule }% से कम (खंडित रेखा)
# Capacity used
t-capacity-used = प्रयुक्त क्षमता
# Break-even against capacity
t-break-even-against-capacity = क्षमता की तुलना में सम-विच्छेद बिंदु
# User charges −5%
t-user-charges-5-pct = उपयोग शुल्क −5%
# User charges −10%
t-user-charges-10-pct = उपयोग शुल्क −10%
# Utilisation −10%
t-utilisation-10-pct = क्षमता उपयोग −10%
# Utilisation −20%
t-utilisation-20-pct = क्षमता उपयोग −20%
# User charges −10% and utilisation −20%
t-user-charges-10-pct-and-utilisation-20-pct = उपयोग शुल्क −10% एवं क्षमता उपयोग −20%
# Cumulative DSCR of each case; the rule: at least {rule} (dashed line)
t-cumulative-dscr-of-each-case-the-rule-at-722794 = प्रत्येक स्थिति का संचयी डीएससीआर; नियम: न्यूनतम { $rule } (खंडित रेखा)
# every rule met
t-every-rule-met = सभी नियम पूरे
# a rule not met
t-a-rule-not-met = सभी नियम पूरे नहीं
# verdict waits
t-verdict-waits = निर्णय लंबित
# Sensitivity of the viability
t-sensitivity-of-the-viability = व्यवहार्यता की संवेदनशीलता
# CFC: {activity}
t-cfc-activity = सीएफसी: { $activity }
# FY {fy}
t-fy-fy = वित्तीय वर्ष { $fy }
# Month of the plan
t-month-of-the-plan = कार्ययोजना का माह
# Action of the plan
t-action-of-the-plan = कार्ययोजना की गतिविधि
# CFC milestone
t-cfc-milestone = सीएफसी का पड़ाव
# must finish before
t-must-finish-before = से पहले पूरा होना आवश्यक
# The implementation schedule
t-the-implementation-schedule = कार्यान्वयन अनुसूची
# GoI grant of {rates} of the cost of a project of at most Rs. {crore} crore
t-goi-grant-of-rates-of-the-cost-of-a-project-a635e2 = अधिकतम रु. { $crore } करोड़ तक की परियोजना की लागत का { $rates } भारत सरकार अनुदान
# GoI grant of {rates} of the cost of a project
t-goi-grant-of-rates-of-the-cost-of-a-project = परियोजना की लागत का { $rates } भारत सरकार अनुदान
# month {n}
t-month-n = माह { $n }
# months {first}–{last}
t-months-first-last = माह { $first }–{ $last }
# Funded outside the scheme
t-funded-outside-the-scheme = योजना से बाहर वित्त पोषित
# Micro
t-micro = सूक्ष्म
# Small
t-small = लघु
# Medium
t-medium = मध्यम
# Employment
t-employment = रोजगार
# none
t-none = कोई नहीं
# Base case
t-base-case = आधार स्थिति
# SPV
t-spv = एसपीवी
# general
t-general = सामान्य
# building
t-building = भवन
# site development
t-site-development = स्थल विकास
# special
t-special = विशेष
