# cdstudy: the words of the documents of monitoring in Hindi — the utilisation certificate
# in Form GFR 12-A (_shared/uc.md.tera; the wording of the Hindi form of the General
# Financial Rules 2017: उपयोगिता प्रमाण पत्र, अनुदानग्राही, असमायोजित अग्रिम ...) and the
# progress report (_shared/progress.md.tera), with the words Rust puts in their context
# (src/render/progress.rs: an action's status, the kind and heads of a grant, the title).
# Keyed on the English: a `# English` line, then `t-<id> = हिन्दी` (crate::i18n::label_id),
# each `{name}` written `{ $name }`. An id of another hi.doc-*.ftl or hi.said-*.ftl is not
# repeated here (Total, Date, Year, Particulars ... are in hi.doc-common.ftl and others).
# Terms as in glossary.hi.yaml.

# General Financial Rules 2017 · Ministry of Finance, Department of Expenditure
t-general-financial-rules-2017-ministry-of-171b84 = सामान्य वित्तीय नियमावली 2017 · वित्त मंत्रालय, व्यय विभाग

# GFR 12-A
t-gfr-12-a = जीएफआर 12-क

# See Rule 238(1)
t-see-rule-238-1 = नियम 238(1) देखें

# Form of utilisation certificate for autonomous bodies of the grantee organisation
t-form-of-utilisation-certificate-for-autonomous-f96df5 = अनुदानग्राही संगठन के स्वायत्त निकायों के लिए उपयोगिता प्रमाण पत्र का प्रपत्र

# Utilisation certificate for the year {year} in respect of {kind} {heads}
t-utilisation-certificate-for-the-year-year-bc8a3c = वर्ष { $year } के लिए { $kind } { $heads } के संबंध में उपयोगिता प्रमाण पत्र

# Grantee
t-grantee = अनुदानग्राही

# Cluster
t-cluster = क्लस्टर

# 1. Name of the scheme:
t-1-name-of-the-scheme = 1. योजना का नाम:

# 2. Whether recurring or non-recurring grants:
t-2-whether-recurring-or-non-recurring-grants = 2. आवर्ती अथवा अनावर्ती अनुदान:

# 3. Grants position at the beginning of the financial year
t-3-grants-position-at-the-beginning-of-the-603dd5 = 3. वित्तीय वर्ष के प्रारंभ में अनुदान की स्थिति

# Rs.
t-rs = रु.

# Cash in hand / bank
t-cash-in-hand-bank = हाथ में / बैंक में नकद

# Unadjusted advances
t-unadjusted-advances = असमायोजित अग्रिम

# 4. Details of grants received, expenditure incurred and closing balances (actuals)
t-4-details-of-grants-received-expenditure-df7d86 = 4. प्राप्त अनुदान, किए गए व्यय और अंतिम शेष का विवरण (वास्तविक)

# Grants received during the year (column 4):
t-grants-received-during-the-year-column-4 = वर्ष के दौरान प्राप्त अनुदान (स्तंभ 4):

# Sanction no.
t-sanction-no = स्वीकृति सं.

# Released by
t-released-by = जारीकर्ता

# No grant was received during the year.
t-no-grant-was-received-during-the-year = वर्ष के दौरान कोई अनुदान प्राप्त नहीं हुआ।

# Unspent balances of grants of earlier years (3 (iii))
t-unspent-balances-of-grants-of-earlier-years-91fdba = पूर्व वर्षों के अनुदानों का अव्ययित शेष (3 (iii))

# Interest earned thereon
t-interest-earned-thereon = उस पर अर्जित ब्याज

# Interest deposited back to the Government
t-interest-deposited-back-to-the-government = सरकार को वापस जमा किया गया ब्याज

# Grants received during the year (4 (iii))
t-grants-received-during-the-year-4-iii = वर्ष के दौरान प्राप्त अनुदान (4 (iii))

# Total available funds (1 + 2 − 3 + 4)
t-total-available-funds-1-2-3-4 = कुल उपलब्ध निधि (1 + 2 − 3 + 4)

# Expenditure incurred
t-expenditure-incurred = किया गया व्यय

# Closing balances (5 − 6)
t-closing-balances-5-6 = अंतिम शेष (5 − 6)

# to be reconciled: the grantee's accounts show a closing balance of Rs. {amount}, which does not follow from the figures above
t-to-be-reconciled-the-grantee-s-accounts-b16402 = मिलान किया जाना है: अनुदानग्राही के लेखों में अंतिम शेष रु. { $amount } है, जो ऊपर के आँकड़ों से नहीं निकलता

# Component-wise utilisation of grants
t-component-wise-utilisation-of-grants = अनुदानों का घटकवार उपयोग

# Grant-in-aid: general
t-grant-in-aid-general = सहायता अनुदान: सामान्य

# Grant-in-aid: salary
t-grant-in-aid-salary = सहायता अनुदान: वेतन

# Grant-in-aid: creation of capital assets
t-grant-in-aid-creation-of-capital-assets = सहायता अनुदान: पूंजीगत परिसंपत्तियों का सृजन

# Details of grants position at the end of the year
t-details-of-grants-position-at-the-end-of-e83700 = वर्ष के अंत में अनुदान की स्थिति का विवरण

# Certified that I have satisfied myself that the conditions on which grants were sanctioned have been duly fulfilled / are being fulfilled and that I have exercised the following checks to see that the money has been actually utilised for the purpose for which it was sanctioned:
t-certified-that-i-have-satisfied-myself-that-40b050 = प्रमाणित किया जाता है कि मैंने स्वयं को संतुष्ट कर लिया है कि जिन शर्तों पर अनुदान स्वीकृत किए गए थे, उनका विधिवत पालन किया गया है / किया जा रहा है, और यह देखने के लिए कि धनराशि का वास्तव में उसी प्रयोजन के लिए उपयोग किया गया है जिसके लिए वह स्वीकृत की गई थी, मैंने निम्नलिखित जाँचें की हैं:

# (i) The main accounts and other subsidiary accounts and registers (including assets registers) are maintained as prescribed in {act} and have been duly audited by designated auditors. The figures depicted above tally with the audited figures mentioned in the financial statements / accounts.
t-i-the-main-accounts-and-other-subsidiary-f41550 = (i) मुख्य लेखे तथा अन्य सहायक लेखे और रजिस्टर (परिसंपत्ति रजिस्टर सहित) { $act } में निर्धारित रीति से रखे गए हैं और नामित लेखापरीक्षकों द्वारा उनकी विधिवत लेखापरीक्षा की गई है। ऊपर दर्शाए गए आँकड़े वित्तीय विवरणों / लेखों में उल्लिखित लेखापरीक्षित आँकड़ों से मेल खाते हैं।

# (ii) There exist internal controls for safeguarding public funds / assets, watching outcomes and achievements of physical targets against the financial inputs, ensuring quality in asset creation etc., and the periodic evaluation of internal controls is exercised to ensure their effectiveness.
t-ii-there-exist-internal-controls-for-safeguarding-3540e3 = (ii) सार्वजनिक निधियों / परिसंपत्तियों की सुरक्षा, वित्तीय निवेश की तुलना में परिणामों और भौतिक लक्ष्यों की उपलब्धि की निगरानी, परिसंपत्ति सृजन में गुणवत्ता सुनिश्चित करने आदि के लिए आंतरिक नियंत्रण विद्यमान हैं, और उनकी प्रभावशीलता सुनिश्चित करने के लिए आंतरिक नियंत्रणों का आवधिक मूल्यांकन किया जाता है।

# (iii) To the best of our knowledge and belief, no transactions have been entered that are in violation of the relevant Act / Rules / standing instructions and scheme guidelines.
t-iii-to-the-best-of-our-knowledge-and-belief-66d346 = (iii) हमारी सर्वोत्तम जानकारी और विश्वास के अनुसार, ऐसा कोई लेन-देन नहीं किया गया है जो संबंधित अधिनियम / नियमों / स्थायी अनुदेशों और योजना के दिशानिर्देशों का उल्लंघन करता हो।

# (iv) The responsibilities among the key functionaries for execution of the scheme have been assigned in clear terms and are not general in nature.
t-iv-the-responsibilities-among-the-key-functionaries-1499b5 = (iv) योजना के निष्पादन हेतु प्रमुख पदाधिकारियों के उत्तरदायित्व स्पष्ट शब्दों में सौंपे गए हैं और वे सामान्य प्रकृति के नहीं हैं।

# (v) The benefits were extended to the intended beneficiaries and only such areas / districts were covered where the scheme was intended to operate.
t-v-the-benefits-were-extended-to-the-intended-ffcfa8 = (v) लाभ अभिप्रेत हितग्राहियों तक पहुँचाए गए और केवल उन्हीं क्षेत्रों / जिलों को शामिल किया गया जहाँ योजना का संचालन अभिप्रेत था।

# (vi) The expenditure on various components of the scheme was in the proportions authorised as per the scheme guidelines and terms and conditions of the grants-in-aid.
t-vi-the-expenditure-on-various-components-db77a3 = (vi) योजना के विभिन्न घटकों पर व्यय योजना के दिशानिर्देशों तथा सहायता अनुदान के निबंधनों और शर्तों के अनुसार प्राधिकृत अनुपात में किया गया।

# (vii) It has been ensured that the physical and financial performance under {scheme} has been according to the requirements, as prescribed in the guidelines issued by the {authority}, and the performance / targets achieved for the year are given in the progress report for {year} enclosed at Annexure I.
t-vii-it-has-been-ensured-that-the-physical-cad5a1 = (vii) यह सुनिश्चित किया गया है कि { $scheme } के अंतर्गत भौतिक और वित्तीय निष्पादन { $authority } द्वारा जारी दिशानिर्देशों में निर्धारित अपेक्षाओं के अनुसार रहा है, और वर्ष के दौरान प्राप्त निष्पादन / लक्ष्य अनुलग्नक I में संलग्न { $year } के प्रगति प्रतिवेदन में दिए गए हैं।

# (viii) The utilisation of the fund resulted in the outcomes given at Annexure II (the outcomes against their baseline in the same progress report).
t-viii-the-utilisation-of-the-fund-resulted-3194f9 = (viii) निधि के उपयोग से अनुलग्नक II में दिए गए परिणाम प्राप्त हुए (उसी प्रगति प्रतिवेदन में परिणाम, उनकी आधार रेखा की तुलना में)।

# (ix) Details of the various schemes executed by the agency through grants-in-aid received from the same department or from other departments are enclosed at Annexure III.
t-ix-details-of-the-various-schemes-executed-6ec0f6 = (ix) उसी विभाग अथवा अन्य विभागों से प्राप्त सहायता अनुदान से एजेंसी द्वारा निष्पादित विभिन्न योजनाओं का विवरण अनुलग्नक III में संलग्न है।

# not yet filled in: who signs (the Chief Finance Officer, or head of finance, and the head of the organisation)
t-not-yet-filled-in-who-signs-the-chief-finance-c94954 = अभी भरा नहीं गया: हस्ताक्षरकर्ता (मुख्य वित्त अधिकारी, अथवा वित्त प्रमुख, और संगठन के प्रमुख)

# Enclosures: Annexures I and II, the progress report for {year}; Annexure III, the schemes the agency executes with grants-in-aid.
t-enclosures-annexures-i-and-ii-the-progress-6a580a = संलग्नक: अनुलग्नक I और II, { $year } का प्रगति प्रतिवेदन; अनुलग्नक III, सहायता अनुदान से एजेंसी द्वारा निष्पादित योजनाएँ।

# recurring / non-recurring
t-recurring-non-recurring = आवर्ती / अनावर्ती

# [not yet filled in: the Act or rules the accounts are kept under]
t-not-yet-filled-in-the-act-or-rules-the-accounts-b88e17 = [अभी भरा नहीं गया: वह अधिनियम या नियम जिनके अंतर्गत लेखे रखे जाते हैं]

# sanctioning authority
t-sanctioning-authority = स्वीकृतिकर्ता प्राधिकारी

# Non-recurring
t-non-recurring = अनावर्ती

# Recurring
t-recurring = आवर्ती

# grants-in-aid
t-grants-in-aid = सहायता अनुदान

# salaries
t-salaries = वेतन

# creation of capital assets
t-creation-of-capital-assets = पूंजीगत परिसंपत्तियों का सृजन

# Utilisation certificate {year}: {cluster}
t-utilisation-certificate-year-cluster = उपयोगिता प्रमाण पत्र { $year }: { $cluster }

# Progress report
t-progress-report = प्रगति प्रतिवेदन

# Progress report: {cluster}
t-progress-report-cluster = प्रगति प्रतिवेदन: { $cluster }

# {scheme}: progress through {period}
t-scheme-progress-through-period = { $scheme }: { $period } तक की प्रगति

# {scheme}: progress of all periods reported
t-scheme-progress-of-all-periods-reported = { $scheme }: प्रतिवेदित सभी अवधियों की प्रगति

# Prepared by {name}, {organisation}
t-prepared-by-name-organisation = तैयारकर्ता: { $name }, { $organisation }

# Periods reported
t-periods-reported = प्रतिवेदित अवधियाँ

# none yet
t-none-yet = अभी कोई नहीं

# Budget and activities
t-budget-and-activities = बजट और गतिविधियाँ

# Table 1: Budget and activities by year, planned against done
t-table-1-budget-and-activities-by-year-planned-bff47a = तालिका 1: वर्षवार बजट और गतिविधियाँ, नियोजित की तुलना में पूर्ण

# An action's budget is spread over the financial years of its planned months, in proportion to the months in each; the planned activities of a year are those the plan finishes in it. The budget utilised is what the periods of the year report as spent, from every source.
t-an-action-s-budget-is-spread-over-the-financial-26e449 = किसी कार्य का बजट उसके नियोजित महीनों के वित्तीय वर्षों में, प्रत्येक वर्ष के महीनों के अनुपात में, बाँटा गया है; किसी वर्ष की नियोजित गतिविधियाँ वे हैं जिन्हें कार्ययोजना उस वर्ष में पूर्ण करती है। उपयोग किया गया बजट वह है जो उस वर्ष की अवधियों में सभी स्रोतों से व्यय के रूप में प्रतिवेदित है।

# Total budget
t-total-budget = कुल बजट

# Budget utilised
t-budget-utilised = उपयोग किया गया बजट

# Planned activities
t-planned-activities = नियोजित गतिविधियाँ

# Activities done
t-activities-done = पूर्ण गतिविधियाँ

# Gross
t-gross = सकल योग

# not yet filled in: the plan has no dated actions and no period is reported
t-not-yet-filled-in-the-plan-has-no-dated-40dc77 = अभी भरा नहीं गया: कार्ययोजना में कोई दिनांकित कार्य नहीं है और किसी अवधि का प्रतिवेदन नहीं है

# Figure 1: Plan against actual by year: budget utilised and activities done, as shares of the plan
t-figure-1-plan-against-actual-by-year-budget-aa3287 = चित्र 1: वर्षवार योजना की तुलना में वास्तविक: उपयोग किया गया बजट और पूर्ण गतिविधियाँ, योजना के अंश के रूप में

# Table 2: Each action, its plan and where it stands
t-table-2-each-action-its-plan-and-where-it-e6ce91 = तालिका 2: प्रत्येक कार्य, उसकी योजना और उसकी वर्तमान स्थिति

# Plan months
t-plan-months = नियोजित महीने

# Started
t-started = प्रारंभ

# Done
t-done = पूर्ण

# Not started
t-not-started = प्रारंभ नहीं

# Under way
t-under-way = प्रगति पर

# Dropped
t-dropped = छोड़ा गया

# not yet filled in: the plan has no actions
t-not-yet-filled-in-the-plan-has-no-actions = अभी भरा नहीं गया: कार्ययोजना में कोई कार्य नहीं है

# Table 3: What each action has spent, by source, against its cost
t-table-3-what-each-action-has-spent-by-source-a340dd = तालिका 3: प्रत्येक कार्य पर स्रोतवार व्यय, उसकी लागत की तुलना में

# GoI
t-goi = भारत सरकार

# State
t-state = राज्य

# SPV / units
t-spv-units = एसपीवी / इकाइयाँ

# Others
t-others = अन्य

# Spent
t-spent = व्यय

# Contributions of the stakeholders
t-contributions-of-the-stakeholders = हितधारकों का अंशदान

# Table 4: Contributions of primary and secondary (support) stakeholders by year
t-table-4-contributions-of-primary-and-secondary-ae9819 = तालिका 4: प्राथमिक और द्वितीयक (सहायक) हितधारकों का वर्षवार अंशदान

# Primary: the cluster's units
t-primary-the-cluster-s-units = प्राथमिक: क्लस्टर की इकाइयाँ

# Banks
t-banks = बैंक

# Secondary, total
t-secondary-total = द्वितीयक, कुल

# not yet filled in: no period is reported
t-not-yet-filled-in-no-period-is-reported = अभी भरा नहीं गया: किसी अवधि का प्रतिवेदन नहीं है

# Capacity building of the agency
t-capacity-building-of-the-agency = एजेंसी का क्षमता निर्माण

# Table 5: Institutions trained and policy workshops by year
t-table-5-institutions-trained-and-policy-86a61b = तालिका 5: वर्षवार प्रशिक्षित संस्थाएँ और नीति कार्यशालाएँ

# Institutions trained
t-institutions-trained = प्रशिक्षित संस्थाएँ

# Persons trained
t-persons-trained = प्रशिक्षित व्यक्ति

# Policy workshops
t-policy-workshops = नीति कार्यशालाएँ

# Institutions taking part
t-institutions-taking-part = भाग लेने वाली संस्थाएँ

# Persons
t-persons = व्यक्ति

# Women
t-women = महिलाएँ

# Poverty groups
t-poverty-groups = निर्धन वर्ग

# The study sets no indicators at this level.
t-the-study-sets-no-indicators-at-this-level = अध्ययन में इस स्तर पर कोई संकेतक निर्धारित नहीं है।

# Outputs
t-outputs = आउटपुट

# Outcomes
t-outcomes = परिणाम

# Table 6: Output indicators against baseline and target, by year
t-table-6-output-indicators-against-baseline-10589e = तालिका 6: आधार रेखा और लक्ष्य की तुलना में वर्षवार आउटपुट संकेतक

# Table 7: Outcome indicators against baseline and target, by year; persons covered by the latest figure, of them women and of poverty groups
t-table-7-outcome-indicators-against-baseline-54b332 = तालिका 7: आधार रेखा और लक्ष्य की तुलना में वर्षवार परिणाम संकेतक; नवीनतम आँकड़े में शामिल व्यक्ति, उनमें महिलाएँ और निर्धन वर्गों के व्यक्ति

# Table 8: Impact indicators against baseline and target, by year; persons covered by the latest figure, of them women and of poverty groups
t-table-8-impact-indicators-against-baseline-04cc8f = तालिका 8: आधार रेखा और लक्ष्य की तुलना में वर्षवार प्रभाव संकेतक; नवीनतम आँकड़े में शामिल व्यक्ति, उनमें महिलाएँ और निर्धन वर्गों के व्यक्ति

# Table 9: Influence beyond the cluster by year
t-table-9-influence-beyond-the-cluster-by-a3cf37 = तालिका 9: क्लस्टर से बाहर वर्षवार प्रभाव

# New cluster programmes started
t-new-cluster-programmes-started = प्रारंभ किए गए नए क्लस्टर कार्यक्रम

# Old programmes modified to include cluster issues
t-old-programmes-modified-to-include-cluster-dbaa1d = क्लस्टर के मुद्दों को शामिल करने हेतु संशोधित पुराने कार्यक्रम

# New clusters picked up
t-new-clusters-picked-up = लिए गए नए क्लस्टर

# Reflected in policy:
t-reflected-in-policy = नीति में प्रतिबिंबित:

# Table 10: Sustainability indicators against baseline and target, by year
t-table-10-sustainability-indicators-against-3884f7 = तालिका 10: आधार रेखा और लक्ष्य की तुलना में वर्षवार स्थायित्व संकेतक

# Table 11: Networks and BDS providers by year
t-table-11-networks-and-bds-providers-by-year = तालिका 11: वर्षवार नेटवर्क और व्यापार विकास सेवा (बीडीएस) प्रदाता

# Networks and BDS providers existing are those at the end of each year, so they have no total; the others are counts of the year.
t-networks-and-bds-providers-existing-are-e1e375 = विद्यमान नेटवर्क और बीडीएस प्रदाता प्रत्येक वर्ष के अंत के हैं, इसलिए उनका कोई योग नहीं है; शेष उस वर्ष की संख्याएँ हैं।

# Networks existing
t-networks-existing = विद्यमान नेटवर्क

# New formal networks
t-new-formal-networks = नए औपचारिक नेटवर्क

# Members of new networks
t-members-of-new-networks = नए नेटवर्क के सदस्य

# BDS providers existing
t-bds-providers-existing = विद्यमान बीडीएस प्रदाता

# BDS providers created
t-bds-providers-created = सृजित बीडीएस प्रदाता

# BDS providers linked
t-bds-providers-linked = जोड़े गए बीडीएस प्रदाता

# Notes of the periods
t-notes-of-the-periods = अवधियों की टिप्पणियाँ
