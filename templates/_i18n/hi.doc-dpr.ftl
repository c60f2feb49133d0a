# cdstudy: the fixed text of the MSE-CDP Detailed Project Report (templates/mse-cdp/dpr.md.tera) in Hindi.
# Each entry: the English as a comment, then its id (from the English) and the Hindi.
# Words as in glossary.hi.yaml (सार्वजनिक सुविधा केन्द्र (सीएफसी), विशेष प्रयोजन साधन (एसपीवी), डायग्नोस्टिक स्टडी ...).

# A PERT chart of the implementation is attached as Annexure 5.
t-a-pert-chart-of-the-implementation-is-attached-11f480 = कार्यान्वयन का पर्ट (PERT) चार्ट अनुलग्नक 5 के रूप में संलग्न है।
# Address of the applicant
t-address-of-the-applicant = आवेदक का पता
# Adverse remarks of the auditors
t-adverse-remarks-of-the-auditors = लेखा परीक्षकों की प्रतिकूल टिप्पणियां
# Amount (Rs. in lakh)
t-amount-rs-in-lakh = राशि (रु. लाख में)
# Annexure 1: Certificate of incorporation, Memorandum and Articles of Association of the SPV (to be attached).
t-annexure-1-certificate-of-incorporation-d961de = अनुलग्नक 1: एसपीवी का निगमन प्रमाणपत्र, संस्था का बहिर्नियम (मेमोरेंडम) एवं अंतर्नियम (आर्टिकल्स ऑफ एसोसिएशन) (संलग्न किए जाने हैं)।
# Annexure 2: List of SPV members with their shareholding (to be attached; Table 7.2 summarises it).
t-annexure-2-list-of-spv-members-with-their-1b64f3 = अनुलग्नक 2: एसपीवी के सदस्यों की उनकी शेयरधारिता सहित सूची (संलग्न की जानी है; तालिका 7.2 में इसका सारांश दिया गया है)।
# Annexure 3: Commitment letters for the upfront contributions of the SPV and the State Government (to be attached).
t-annexure-3-commitment-letters-for-the-upfront-a740cd = अनुलग्नक 3: एसपीवी एवं राज्य सरकार के अग्रिम अंशदान के प्रतिबद्धता पत्र (संलग्न किए जाने हैं)।
# Annexure 4: Bio-data of the office bearers of the SPV (to be attached).
t-annexure-4-bio-data-of-the-office-bearers-bcb732 = अनुलग्नक 4: एसपीवी के पदाधिकारियों का बायो-डाटा (संलग्न किया जाना है)।
# Annexure 5: PERT chart of the implementation: Figure 9.1 in section 9.
t-annexure-5-pert-chart-of-the-implementation-4dd382 = अनुलग्नक 5: कार्यान्वयन का पर्ट (PERT) चार्ट: खंड 9 में चित्र 9.1।
# Annexure 5: PERT chart of the implementation (to be attached).
t-annexure-5-pert-chart-of-the-implementation-557c88 = अनुलग्नक 5: कार्यान्वयन का पर्ट (PERT) चार्ट (संलग्न किया जाना है)।
# Annexure 6: Projected balance sheet and cash flow
t-annexure-6-projected-balance-sheet-and-cash-c9e55c = अनुलग्नक 6: अनुमानित तुलन-पत्र एवं नकदी प्रवाह
# Annexure 6: Projected financial statements
t-annexure-6-projected-financial-statements = अनुलग्नक 6: अनुमानित वित्तीय विवरण
# Annexure 7: Quotations for the plant and machinery, land documents and photographs (to be attached).
t-annexure-7-quotations-for-the-plant-and-d48583 = अनुलग्नक 7: प्लांट व मशीनरी के कोटेशन, भूमि संबंधी दस्तावेज एवं फोटोग्राफ (संलग्न किए जाने हैं)।
# Annexure 7: Quotations, land documents and photographs
t-annexure-7-quotations-land-documents-and-b636f6 = अनुलग्नक 7: कोटेशन, भूमि संबंधी दस्तावेज एवं फोटोग्राफ
# Arrangements for the use of the facilities by the cluster's units
t-arrangements-for-the-use-of-the-facilities-ddeb41 = क्लस्टर की इकाइयों द्वारा सुविधाओं के उपयोग की व्यवस्था
# Average over the years: {average}.
t-average-over-the-years-average = सभी वर्षों का औसत: { $average }।
# Average over the years: not reached in every year.
t-average-over-the-years-not-reached-in-every-b3cec1 = सभी वर्षों का औसत: हर वर्ष प्राप्त नहीं होता।
# Bio-data of the office bearers of the SPV (name, age, qualification, relationship with the chief promoter, experience, income-tax status for three years, other interests) are to be attached as Annexure 4.
t-bio-data-of-the-office-bearers-of-the-spv-f96d44 = एसपीवी के पदाधिकारियों का बायो-डाटा (नाम, आयु, योग्यता, मुख्य प्रवर्तक से संबंध, अनुभव, तीन वर्षों की आयकर स्थिति, अन्य हित) अनुलग्नक 4 के रूप में संलग्न किया जाना है।
# Break-even point = Fixed cost / Contribution, where Contribution = Sales − Variable cost; it is shown as a share of the installed capacity.
t-break-even-point-fixed-cost-contribution-662f80 = सम-विच्छेद बिंदु = स्थिर लागत / अंशदान (कंट्रीब्यूशन), जहां अंशदान = बिक्री − परिवर्तनीय लागत; इसे स्थापित क्षमता के अंश के रूप में दर्शाया गया है।
# Brief particulars of the proposal
t-brief-particulars-of-the-proposal = प्रस्ताव का संक्षिप्त विवरण
# Bye-laws or Memorandum and Articles of Association
t-bye-laws-or-memorandum-and-articles-of-association = उपविधियां अथवा बहिर्नियम (मेमोरेंडम) एवं अंतर्नियम (आर्टिकल्स ऑफ एसोसिएशन)
# Capacity utilisation, year by year
t-capacity-utilisation-year-by-year = क्षमता उपयोग, वर्षवार
# Chapter 7 and Annexure 2
t-chapter-7-and-annexure-2 = अध्याय 7 एवं अनुलग्नक 2
# Clause that profits or surplus are ploughed back into the CFC
t-clause-that-profits-or-surplus-are-ploughed-5c2795 = यह खंड कि लाभ अथवा अधिशेष सीएफसी में ही पुनर्निवेश किया जाएगा
# {cluster} Cluster, {district} district, {state}
t-cluster-cluster-district-district-state = { $cluster } क्लस्टर, जिला { $district }, { $state }
# Comments
t-comments = टिप्पणी
# Comments of the Office of the DC (MSME) on the plant and machinery
t-comments-of-the-office-of-the-dc-msme-on-8d8abb = प्लांट व मशीनरी पर विकास आयुक्त (एमएसएमई) कार्यालय की टिप्पणी
# Comments on commercial viability
t-comments-on-commercial-viability = वाणिज्यिक व्यवहार्यता पर टिप्पणी
# Commercial viability: appraisal and acceptance
t-commercial-viability-appraisal-and-acceptance = वाणिज्यिक व्यवहार्यता: मूल्यांकन एवं स्वीकार्यता
# Commitment letter for the SPV's upfront contribution
t-commitment-letter-for-the-spv-s-upfront-2ab925 = एसपीवी के अग्रिम अंशदान का प्रतिबद्धता पत्र
# Conclusion
t-conclusion = निष्कर्ष
# Cost escalation is borne by the SPV or the State Government
t-cost-escalation-is-borne-by-the-spv-or-the-829a6c = लागत वृद्धि का वहन एसपीवी अथवा राज्य सरकार द्वारा किया जाता है
# Cost heads include land (at most {land_max} of the project cost), building, plant and machinery, preliminary and pre-operative expenses, contingency and working-capital margin
t-cost-heads-include-land-at-most-land-max-2484e6 = लागत मदों में भूमि (परियोजना लागत के अधिकतम { $land_max } तक), भवन, प्लांट व मशीनरी, प्रारंभिक एवं पूर्व-परिचालन व्यय, आकस्मिक व्यय तथा कार्यशील पूंजी मार्जिन शामिल हैं
# Cost heads include land, building, plant and machinery, preliminary and pre-operative expenses, contingency and working-capital margin
t-cost-heads-include-land-building-plant-and-67ef3f = लागत मदों में भूमि, भवन, प्लांट व मशीनरी, प्रारंभिक एवं पूर्व-परिचालन व्यय, आकस्मिक व्यय तथा कार्यशील पूंजी मार्जिन शामिल हैं
# Date of commencement of business
t-date-of-commencement-of-business = व्यवसाय प्रारंभ होने की तिथि
# Date of formation
t-date-of-formation = गठन की तिथि
# Details / compliance
t-details-compliance = ब्यौरा / अनुपालन
# Details of the project promoters
t-details-of-the-project-promoters = परियोजना प्रवर्तकों का विवरण
# Each year's income is printed as the sum of its costs, tax and profit after tax, each rounded to 0.01 lakh, the profit after tax taking the rounding; the same figures are used in Tables 14.1 and 19.1. The projected balance sheet, cash flow, depreciation, working capital, operating costs, loan repayment and discounted cash flows are in Annexure 6.
t-each-year-s-income-is-printed-as-the-sum-7eab9a = प्रत्येक वर्ष की आय उसकी लागतों, कर एवं कर पश्चात लाभ के योग के रूप में दर्शाई गई है; प्रत्येक राशि 0.01 लाख तक पूर्णांकित है और पूर्णांकन का अंतर कर पश्चात लाभ में समायोजित किया गया है। तालिका 14.1 एवं 19.1 में भी यही आंकड़े प्रयुक्त हैं। अनुमानित तुलन-पत्र, नकदी प्रवाह, मूल्यह्रास, कार्यशील पूंजी, परिचालन लागत, ऋण पुनर्भुगतान एवं बट्टाकृत नकदी प्रवाह अनुलग्नक 6 में दिए गए हैं।
# Economics of the project
t-economics-of-the-project = परियोजना का अर्थशास्त्र
# Eligibility as per the MSE-CDP guidelines
t-eligibility-as-per-the-mse-cdp-guidelines = एमएसई-सीडीपी दिशानिर्देशों के अनुसार पात्रता
# Estimated project cost
t-estimated-project-cost = अनुमानित परियोजना लागत
# Favourable and risk factors: SWOT analysis
t-favourable-and-risk-factors-swot-analysis = अनुकूल एवं जोखिम कारक: स्वॉट विश्लेषण
# Figure 10.1: Cost of each component by source of funds
t-figure-10-1-cost-of-each-component-by-source-3b5f28 = चित्र 10.1: निधि के स्रोत के अनुसार प्रत्येक घटक की लागत
# Figure 19.1: Debt service coverage ratio by year
t-figure-19-1-debt-service-coverage-ratio-631453 = चित्र 19.1: वर्षवार ऋण सेवा कवरेज अनुपात
# Figure 19.2: Break-even against the capacity used, by year
t-figure-19-2-break-even-against-the-capacity-6837ea = चित्र 19.2: प्रयुक्त क्षमता की तुलना में सम-विच्छेद बिंदु, वर्षवार
# Figure 2.1: The value chain, from raw material to market, with its bottlenecks
t-figure-2-1-the-value-chain-from-raw-material-475203 = चित्र 2.1: कच्चे माल से बाजार तक मूल्य श्रृंखला, उसकी बाधाओं सहित
# Figure 20.1: Cumulative DSCR under the sensitivity cases
t-figure-20-1-cumulative-dscr-under-the-sensitivity-f175ac = चित्र 20.1: संवेदनशीलता की स्थितियों में संचयी डीएससीआर
# Figure 9.1: Implementation schedule (the PERT chart of Annexure 5)
t-figure-9-1-implementation-schedule-the-pert-e3a7db = चित्र 9.1: कार्यान्वयन समय-सारणी (अनुलग्नक 5 का पर्ट चार्ट)
# Financial and economic viability
t-financial-and-economic-viability = वित्तीय एवं आर्थिक व्यवहार्यता
# Financial year (months of work)
t-financial-year-months-of-work = वित्तीय वर्ष (कार्य के माह)
# Findings of the diagnostic study
t-findings-of-the-diagnostic-study = डायग्नोस्टिक स्टडी के निष्कर्ष
# {from_month} to {to_month}
t-from-month-to-to-month = { $from_month } से { $to_month } तक
# Fund requirement and availability
t-fund-requirement-and-availability = निधि की आवश्यकता एवं उपलब्धता
# Gross cash accruals
t-gross-cash-accruals = सकल नकद उपार्जन
# Gross profit
t-gross-profit = सकल लाभ
# Hard intervention: Common Facility Centre
t-hard-intervention-common-facility-centre = हार्ड इंटरवेंशन: सार्वजनिक सुविधा केन्द्र
# How the GoI grant under MSE-CDP is arrived at, by the guidelines of {dated}:
t-how-the-goi-grant-under-mse-cdp-is-arrived-1dd5ac = { $dated } के दिशानिर्देशों के अनुसार एमएसई-सीडीपी के अंतर्गत भारत सरकार के अनुदान की गणना इस प्रकार की गई है:
# How the GoI grant under MSE-CDP is arrived at:
t-how-the-goi-grant-under-mse-cdp-is-arrived-fedb84 = एमएसई-सीडीपी के अंतर्गत भारत सरकार के अनुदान की गणना इस प्रकार की गई है:
# How the project is carried out
t-how-the-project-is-carried-out = परियोजना का कार्यान्वयन किस प्रकार होगा
# Implementation period
t-implementation-period = कार्यान्वयन अवधि
# Implementation schedule
t-implementation-schedule = कार्यान्वयन समय-सारणी
# Implementing arrangements
t-implementing-arrangements = कार्यान्वयन व्यवस्था
# Inclusiveness: provision for enrolling new members
t-inclusiveness-provision-for-enrolling-new-293a05 = समावेशिता: नए सदस्यों को शामिल करने का प्रावधान
# Industrial growth and cluster development in the state
t-industrial-growth-and-cluster-development-206874 = राज्य में औद्योगिक विकास एवं क्लस्टर विकास
# Information about the SPV
t-information-about-the-spv = एसपीवी संबंधी जानकारी
# Installed capacity, a year
t-installed-capacity-a-year = स्थापित क्षमता, प्रति वर्ष
# Installed capacity {capacity} a year ({unit}); capacity utilisation {utilisation} from year 1 on, the last figure holding for the later years; user charges as in section 12. Where the study is silent the projection assumes:
t-installed-capacity-capacity-a-year-unit-622c83 = स्थापित क्षमता { $capacity } प्रति वर्ष ({ $unit }); क्षमता उपयोग वर्ष 1 से { $utilisation }, अंतिम आंकड़ा बाद के वर्षों में भी लागू; उपयोगकर्ता शुल्क खंड 12 के अनुसार। जहां अध्ययन में कोई आंकड़ा नहीं दिया गया है, वहां अनुमान निम्नलिखित मान्यताओं पर आधारित है:
# Installed capacity {capacity} a year ({unit}); capacity utilisation {utilisation} from year 1 on, the last figure holding for the later years; user charges as in section 12.
t-installed-capacity-capacity-a-year-unit-b6d22c = स्थापित क्षमता { $capacity } प्रति वर्ष ({ $unit }); क्षमता उपयोग वर्ष 1 से { $utilisation }, अंतिम आंकड़ा बाद के वर्षों में भी लागू; उपयोगकर्ता शुल्क खंड 12 के अनुसार।
# KYC compliance
t-kyc-compliance = केवाईसी अनुपालन
# Land in the SPV's name, or on lease for a long duration (say 15 years)
t-land-in-the-spv-s-name-or-on-lease-for-a-c559e6 = भूमि एसपीवी के नाम पर हो, अथवा दीर्घ अवधि (लगभग 15 वर्ष) के पट्टे पर हो
# Land, site development, building and civil works
t-land-site-development-building-and-civil-38a96e = भूमि, स्थल विकास, भवन एवं सिविल कार्य
# Land: {tenure}. Cost of land {land}; site development {site}; building and civil works {building}.
t-land-tenure-cost-of-land-land-site-development-aa9194 = भूमि: { $tenure }। भूमि की लागत { $land }; स्थल विकास { $site }; भवन एवं सिविल कार्य { $building }।
# Land: {tenure}, on lease for {lease} years. Cost of land {land}; site development {site}; building and civil works {building}.
t-land-tenure-on-lease-for-lease-years-cost-388bae = भूमि: { $tenure }, { $lease } वर्ष के पट्टे पर। भूमि की लागत { $land }; स्थल विकास { $site }; भवन एवं सिविल कार्य { $building }।
# Land valued at {value}
t-land-valued-at-value = भूमि का मूल्यांकन { $value }
# {lease_term} years
t-lease-term-years = { $lease_term } वर्ष
# {loan} at {rate} a year, repaid over {repay_years} years after a moratorium of {moratorium} months
t-loan-at-rate-a-year-repaid-over-repay-years-259884 = { $loan }, { $rate } वार्षिक ब्याज पर; { $moratorium } माह की ऋण स्थगन अवधि के बाद { $repay_years } वर्षों में पुनर्भुगतान
# Location and infrastructure.
t-location-and-infrastructure = स्थान एवं अधोसंरचना:
# Location of the CFC
t-location-of-the-cfc = सीएफसी का स्थान
# Main facilities proposed
t-main-facilities-proposed = प्रस्तावित मुख्य सुविधाएं
# Main objectives of the SPV
t-main-objectives-of-the-spv = एसपीवी के मुख्य उद्देश्य
# Main role of the SPV
t-main-role-of-the-spv = एसपीवी की मुख्य भूमिका
# Management and shareholding
t-management-and-shareholding = प्रबंधन एवं शेयरधारिता
# Members are expected to bring {share} of the centre's volume
t-members-are-expected-to-bring-share-of-the-4a0f47 = केन्द्र की कुल मात्रा का { $share } सदस्यों से आने की अपेक्षा है
# Members' share of the volume: {share}
t-members-share-of-the-volume-share = कुल मात्रा में सदस्यों का हिस्सा: { $share }
# Micro and Small Enterprises Cluster Development Programme (MSE-CDP), Ministry of MSME, Government of India (guidelines in force from 24 May 2022), in the Format of Detailed Proposal for CFC
t-micro-and-small-enterprises-cluster-development-86a82f = सूक्ष्म एवं लघु उद्यम क्लस्टर विकास कार्यक्रम (एमएसई-सीडीपी), सूक्ष्म, लघु एवं मध्यम उद्योग मंत्रालय, भारत सरकार (24 मई 2022 से लागू दिशानिर्देश), सीएफसी हेतु विस्तृत प्रस्ताव के प्रारूप में
# Miscellaneous fixed assets
t-miscellaneous-fixed-assets = विविध स्थायी परिसंपत्तियां
# Monitoring the project, reporting progress and furnishing utilisation certificates
t-monitoring-the-project-reporting-progress-4a3eb1 = परियोजना की निगरानी, प्रगति की रिपोर्टिंग एवं उपयोगिता प्रमाणपत्र प्रस्तुत करना
# {months} month
t-months-month = { $months } माह
# {months} months
t-months-months = { $months } माह
# Name and address of the SPV
t-name-and-address-of-the-spv = एसपीवी का नाम एवं पता
# Name of the applicant
t-name-of-the-applicant = आवेदक का नाम
# Net worth, current assets and liabilities, capital and reserves are shown in the projected balance sheet (Annexure 6, Tables A6.1 and A6.2), with the GoI and State grants taken as a capital reserve (quasi-equity).
t-net-worth-current-assets-and-liabilities-0a7ef9 = निवल मूल्य, चालू परिसंपत्तियां एवं देयताएं, पूंजी तथा आरक्षित निधियां अनुमानित तुलन-पत्र (अनुलग्नक 6, तालिका A6.1 एवं A6.2) में दर्शाई गई हैं; भारत सरकार एवं राज्य के अनुदान पूंजी आरक्षित निधि (अर्ध-इक्विटी) के रूप में लिए गए हैं।
# No land is bought or valued for the project
t-no-land-is-bought-or-valued-for-the-project = परियोजना के लिए कोई भूमि न तो क्रय की जा रही है और न ही उसका मूल्यांकन किया गया है
# No term loan is proposed
t-no-term-loan-is-proposed = कोई सावधि ऋण प्रस्तावित नहीं है
# none recorded
t-none-recorded = कोई दर्ज नहीं
# not yet filled in: see section 13 for what the projection still needs
t-not-yet-filled-in-see-section-13-for-what-787d73 = अभी भरा नहीं गया: अनुमान के लिए अभी क्या आवश्यक है, इसके लिए खंड 13 देखें
# not yet filled in: the economics need the inputs listed in section 13
t-not-yet-filled-in-the-economics-need-the-a0e60f = अभी भरा नहीं गया: आर्थिक विश्लेषण के लिए खंड 13 में सूचीबद्ध जानकारी आवश्यक है
# not yet filled in: the means of finance cannot be set out until the study's CFC costs and contributions add up under the scheme's rules; `cdstudy check` and the financing flags say what is missing
t-not-yet-filled-in-the-means-of-finance-cannot-55b1e6 = अभी भरा नहीं गया: जब तक अध्ययन में सीएफसी की लागत एवं अंशदान योजना के नियमों के अनुसार मेल नहीं खाते, तब तक वित्त के साधन निर्धारित नहीं किए जा सकते; क्या कमी है, यह `cdstudy check` एवं वित्त पोषण संबंधी चेतावनियों से ज्ञात होगा
# not yet filled in: the phasing of funds needs the implementation schedule (section 9) with months, and a means of finance that adds up (section 10.6)
t-not-yet-filled-in-the-phasing-of-funds-needs-5cb3c4 = अभी भरा नहीं गया: निधियों के चरणबद्ध निर्धारण के लिए माहवार कार्यान्वयन समय-सारणी (खंड 9) तथा मेल खाते वित्त के साधन (खंड 10.6) आवश्यक हैं
# not yet filled in: the schedule
t-not-yet-filled-in-the-schedule = अभी भरा नहीं गया: समय-सारणी
# not yet filled in: the statements need the viability projection (section 13) and a means of finance that adds up (section 10.6)
t-not-yet-filled-in-the-statements-need-the-9fbf25 = अभी भरा नहीं गया: इन विवरणों के लिए व्यवहार्यता अनुमान (खंड 13) तथा मेल खाते वित्त के साधन (खंड 10.6) आवश्यक हैं
# not yet filled in: the study has no SPV
t-not-yet-filled-in-the-study-has-no-spv = अभी भरा नहीं गया: अध्ययन में कोई एसपीवी नहीं है
# not yet filled in: the study proposes no Common Facility Centre, so there is no project for this report to present. Add the CFC (its costs, operations and SPV) to the study first.
t-not-yet-filled-in-the-study-proposes-no-ca4f8f = अभी भरा नहीं गया: अध्ययन में कोई सार्वजनिक सुविधा केन्द्र प्रस्तावित नहीं है, अतः इस रिपोर्ट में प्रस्तुत करने के लिए कोई परियोजना नहीं है। पहले अध्ययन में सीएफसी (उसकी लागत, परिचालन एवं एसपीवी) जोड़ें।
# not yet filled in: the viability projection needs these from the study:
t-not-yet-filled-in-the-viability-projection-19c558 = अभी भरा नहीं गया: व्यवहार्यता अनुमान के लिए अध्ययन से निम्नलिखित जानकारी आवश्यक है:
# Number of MSE member units
t-number-of-mse-member-units = सदस्य एमएसई इकाइयों की संख्या
# Other cost heads
t-other-cost-heads = अन्य लागत मदें
# Pending court cases
t-pending-court-cases = लंबित न्यायालयीन प्रकरण
# Persons who will run the CFC
t-persons-who-will-run-the-cfc = सीएफसी का संचालन करने वाले व्यक्ति
# Position
t-position = स्थिति
# Previous assistance from banks or financial institutions
t-previous-assistance-from-banks-or-financial-b7ccee = बैंकों अथवा वित्तीय संस्थाओं से पूर्व में प्राप्त सहायता
# Project components
t-project-components = परियोजना के घटक
# Project cost {cost}; the grant sought is set out in section 10
t-project-cost-cost-the-grant-sought-is-set-936625 = परियोजना लागत { $cost }; मांगा गया अनुदान खंड 10 में दर्शाया गया है
# Project life taken as {years} years.
t-project-life-taken-as-years-years = परियोजना की अवधि { $years } वर्ष मानी गई है।
# Project-specific account in a scheduled bank
t-project-specific-account-in-a-scheduled-1dba69 = अनुसूचित बैंक में परियोजना-विशिष्ट खाता
# Projected performance of the cluster
t-projected-performance-of-the-cluster = क्लस्टर का अनुमानित निष्पादन
# Projected profit and loss
t-projected-profit-and-loss = अनुमानित लाभ-हानि
# Proposal under consideration
t-proposal-under-consideration = विचाराधीन प्रस्ताव
# Proposed means of finance
t-proposed-means-of-finance = वित्त के प्रस्तावित साधन
# Quotations for the plant and machinery, land documents and photographs (to be attached).
t-quotations-for-the-plant-and-machinery-land-62a95c = प्लांट व मशीनरी के कोटेशन, भूमि संबंधी दस्तावेज एवं फोटोग्राफ (संलग्न किए जाने हैं)।
# Quotations for the plant and machinery, land documents (to be attached).
t-quotations-for-the-plant-and-machinery-land-c57398 = प्लांट व मशीनरी के कोटेशन एवं भूमि संबंधी दस्तावेज (संलग्न किए जाने हैं)।
# Registration (Section 8 company under the Companies Act 2013)
t-registration-section-8-company-under-the-1d9e73 = पंजीकरण (कंपनी अधिनियम 2013 के अंतर्गत धारा 8 कंपनी)
# Relevance of the CFC to the growth of the cluster
t-relevance-of-the-cfc-to-the-growth-of-the-3d66cf = क्लस्टर के विकास के लिए सीएफसी की प्रासंगिकता
# Revenue assumptions.
t-revenue-assumptions = राजस्व संबंधी मान्यताएं:
# Risk mitigation framework
t-risk-mitigation-framework = जोखिम न्यूनीकरण रूपरेखा
# Role of the implementing agency
t-role-of-the-implementing-agency = कार्यान्वयन एजेंसी की भूमिका
# Rs. in lakh; capacity utilisation by year in Table 19.3
t-rs-in-lakh-capacity-utilisation-by-year-c521d5 = रु. लाख में; वर्षवार क्षमता उपयोग तालिका 19.3 में
# Scope of the CFC.
t-scope-of-the-cfc = सीएफसी का कार्यक्षेत्र।
# Sector for which the CFC is proposed
t-sector-for-which-the-cfc-is-proposed = वह क्षेत्र जिसके लिए सीएफसी प्रस्तावित है
# See Table 10.1
t-see-table-10-1 = तालिका 10.1 देखें
# See the manpower of the centre (Table 8.1)
t-see-the-manpower-of-the-centre-table-8-1 = केन्द्र की जनशक्ति देखें (तालिका 8.1)
# See the means of finance (section 10)
t-see-the-means-of-finance-section-10 = वित्त के साधन देखें (खंड 10)
# Setting up of a Common Facility Centre, {cfc}, at {location} for the {cluster} cluster under MSE-CDP, at a project cost of {cost}, by {spv}, the special purpose vehicle of the cluster's enterprises.
t-setting-up-of-a-common-facility-centre-cfc-9e5642 = क्लस्टर के उद्यमों के विशेष प्रयोजन साधन (एसपीवी), { $spv }, द्वारा एमएसई-सीडीपी के अंतर्गत { $cluster } क्लस्टर के लिए { $location } में { $cost } की परियोजना लागत से सार्वजनिक सुविधा केन्द्र, { $cfc }, की स्थापना।
# Setting up of a Common Facility Centre, {cfc}, at {location} for the {cluster} cluster under MSE-CDP, at a project cost of {cost}.
t-setting-up-of-a-common-facility-centre-cfc-c7b594 = एमएसई-सीडीपी के अंतर्गत { $cluster } क्लस्टर के लिए { $location } में { $cost } की परियोजना लागत से सार्वजनिक सुविधा केन्द्र, { $cfc }, की स्थापना।
# Shareholding pattern
t-shareholding-pattern = शेयरधारिता का स्वरूप
# {source}: {amount}, {share} of the project cost
t-source-amount-share-of-the-project-cost = { $source }: { $amount }, परियोजना लागत का { $share }
# SPV members can use at least 60% of the installed capacity
t-spv-members-can-use-at-least-60-pct-of-the-ccd18b = एसपीवी के सदस्य स्थापित क्षमता के कम से कम 60% का उपयोग कर सकें
# State Government and MSME officials in the SPV
t-state-government-and-msme-officials-in-the-05522b = एसपीवी में राज्य सरकार एवं एमएसएमई के अधिकारी
# Status of government approvals
t-status-of-government-approvals = शासकीय अनुमोदनों की स्थिति
# Table 10.1: Estimated project cost
t-table-10-1-estimated-project-cost = तालिका 10.1: अनुमानित परियोजना लागत
# Table 10.2: Plant and machinery
t-table-10-2-plant-and-machinery = तालिका 10.2: प्लांट व मशीनरी
# Table 10.3: Proposed means of finance
t-table-10-3-proposed-means-of-finance = तालिका 10.3: वित्त के प्रस्तावित साधन
# Table 11.1: Funds required and their sources by financial year
t-table-11-1-funds-required-and-their-sources-a6593d = तालिका 11.1: वित्तीय वर्षवार आवश्यक निधियां एवं उनके स्रोत
# Table 14.1: Key parameters, years 1 to 5
t-table-14-1-key-parameters-years-1-to-5 = तालिका 14.1: मुख्य मानदंड, वर्ष 1 से 5
# Table 15.1: Performance of the cluster before and after the CFC
t-table-15-1-performance-of-the-cluster-before-e90963 = तालिका 15.1: सीएफसी से पूर्व एवं पश्चात क्लस्टर का निष्पादन
# Table 15.2: Outcome and impact indicators of the project
t-table-15-2-outcome-and-impact-indicators-95e0a9 = तालिका 15.2: परियोजना के परिणाम एवं प्रभाव संकेतक
# Table 16.1: Status of approvals
t-table-16-1-status-of-approvals = तालिका 16.1: अनुमोदनों की स्थिति
# Table 17.1: SWOT analysis
t-table-17-1-swot-analysis = तालिका 17.1: स्वॉट विश्लेषण
# Table 18.1: Risks during implementation
t-table-18-1-risks-during-implementation = तालिका 18.1: कार्यान्वयन के दौरान जोखिम
# Table 18.2: Risks during operations
t-table-18-2-risks-during-operations = तालिका 18.2: परिचालन के दौरान जोखिम
# Table 19.1: Debt service coverage, {years}-year projection
t-table-19-1-debt-service-coverage-years-year-5ab51b = तालिका 19.1: ऋण सेवा कवरेज, { $years } वर्ष का अनुमान
# Table 19.2: Projected profit and loss, {years} years
t-table-19-2-projected-profit-and-loss-years-b36229 = तालिका 19.2: अनुमानित लाभ-हानि, { $years } वर्ष
# Table 19.3: Break-even point by year
t-table-19-3-break-even-point-by-year = तालिका 19.3: वर्षवार सम-विच्छेद बिंदु
# Table 2.1: Basic data of the cluster
t-table-2-1-basic-data-of-the-cluster = तालिका 2.1: क्लस्टर के मूल आंकड़े
# Table 2.2: Turnover and exports of the cluster
t-table-2-2-turnover-and-exports-of-the-cluster = तालिका 2.2: क्लस्टर का कारोबार एवं निर्यात
# Table 2.3: Stages of the value chain
t-table-2-3-stages-of-the-value-chain = तालिका 2.3: मूल्य श्रृंखला के चरण
# Table 2.4: Bottlenecks found by the diagnostic study
t-table-2-4-bottlenecks-found-by-the-diagnostic-4af6cf = तालिका 2.4: डायग्नोस्टिक स्टडी में पाई गई बाधाएं
# Table 20.1: Key figures against the acceptance rules of the guidelines
t-table-20-1-key-figures-against-the-acceptance-5b6cfb = तालिका 20.1: दिशानिर्देशों के स्वीकार्यता नियमों की तुलना में मुख्य आंकड़े
# Table 20.2: Sensitivity analysis
t-table-20-2-sensitivity-analysis = तालिका 20.2: संवेदनशीलता विश्लेषण
# Table 7.1: The SPV
t-table-7-1-the-spv = तालिका 7.1: एसपीवी
# Table 7.2: Shareholding of the member units
t-table-7-2-shareholding-of-the-member-units = तालिका 7.2: सदस्य इकाइयों की शेयरधारिता
# Table 8.1: Manpower of the CFC
t-table-8-1-manpower-of-the-cfc = तालिका 8.1: सीएफसी की जनशक्ति
# Table 9.1: Implementation schedule
t-table-9-1-implementation-schedule = तालिका 9.1: कार्यान्वयन समय-सारणी
# Technical aspects
t-technical-aspects = तकनीकी पहलू
# The centre is open to member units and to other units of the cluster. Members are expected to bring {share} of its volume and pay {member_charge} per unit of capacity; other units pay {other_charge} (section 12).
t-the-centre-is-open-to-member-units-and-to-8fa5d8 = केन्द्र सदस्य इकाइयों तथा क्लस्टर की अन्य इकाइयों के लिए खुला है। केन्द्र की कुल मात्रा का { $share } सदस्यों से आने की अपेक्षा है, जो क्षमता की प्रति इकाई { $member_charge } का भुगतान करेंगे; अन्य इकाइयां { $other_charge } का भुगतान करेंगी (खंड 12)।
# The CFC serves the theme "{title}", which takes up these bottlenecks found in the diagnostic study:
t-the-cfc-serves-the-theme-title-which-takes-5f7337 = सीएफसी "{ $title }" विषय के अंतर्गत है, जिसमें डायग्नोस्टिक स्टडी में पाई गई निम्नलिखित बाधाओं का समाधान किया जाता है:
# The cluster and its products
t-the-cluster-and-its-products = क्लस्टर एवं उसके उत्पाद
# The cost of land and building is met by the SPV or the State Government
t-the-cost-of-land-and-building-is-met-by-6e455f = भूमि एवं भवन की लागत का वहन एसपीवी अथवा राज्य सरकार द्वारा किया जाता है
# The diagnostic study mapped the cluster's value chain and found the bottlenecks below; the text of this report refers to them by their numbers.
t-the-diagnostic-study-mapped-the-cluster-b1b64c = डायग्नोस्टिक स्टडी में क्लस्टर की मूल्य श्रृंखला का मानचित्रण किया गया तथा नीचे दी गई बाधाएं पाई गईं; इस रिपोर्ट में उनका उल्लेख उनकी क्रम संख्या से किया गया है।
# The DPR is appraised by a bank, an independent technical consultancy organisation or SIDBI
t-the-dpr-is-appraised-by-a-bank-an-independent-c1b02e = डीपीआर का मूल्यांकन किसी बैंक, स्वतंत्र तकनीकी परामर्श संगठन अथवा सिडबी द्वारा किया जाता है
# The plant and machinery are to be scrutinised by the Office of the DC (MSME) after submission; its comments follow this DPR.
t-the-plant-and-machinery-are-to-be-scrutinised-5b0a35 = प्रस्तुत किए जाने के पश्चात प्लांट व मशीनरी की जांच विकास आयुक्त (एमएसएमई) कार्यालय द्वारा की जानी है; उसकी टिप्पणियां इस डीपीआर के बाद प्रस्तुत होंगी।
# The project cost is spread over the implementation schedule ({period}) in proportion to the months of work in each financial year; each year's spending is met first by the upfront contributions, then by the term loan, and by the GoI grant last.
t-the-project-cost-is-spread-over-the-implementation-6d0194 = परियोजना लागत को कार्यान्वयन समय-सारणी ({ $period }) में प्रत्येक वित्तीय वर्ष के कार्य के माहों के अनुपात में विभाजित किया गया है; प्रत्येक वर्ष का व्यय पहले अग्रिम अंशदान से, फिर सावधि ऋण से और अंत में भारत सरकार के अनुदान से पूरा किया जाता है।
# The projection over {years} years does not meet every acceptance rule of the guidelines: see section 20, where each figure is set against its rule.
t-the-projection-over-years-years-does-not-0bea60 = { $years } वर्षों का अनुमान दिशानिर्देशों के सभी स्वीकार्यता नियमों को पूरा नहीं करता: खंड 20 देखें, जहां प्रत्येक आंकड़े की तुलना उसके नियम से की गई है।
# The projection over {years} years is not yet held to the acceptance rules of the guidelines: it waits for {needs}.
t-the-projection-over-years-years-is-not-yet-85f131 = { $years } वर्षों के अनुमान को अभी दिशानिर्देशों के स्वीकार्यता नियमों पर नहीं परखा गया है: इसके लिए { $needs } की प्रतीक्षा है।
# The projection over {years} years is set beside a benchmark in section 20; {note}.
t-the-projection-over-years-years-is-set-beside-215ce6 = { $years } वर्षों के अनुमान की तुलना खंड 20 में एक मानक से की गई है; { $note }।
# The projection over {years} years meets every acceptance rule of the guidelines that applies to it (section 20).
t-the-projection-over-years-years-meets-every-eafc85 = { $years } वर्षों का अनुमान दिशानिर्देशों के उन सभी स्वीकार्यता नियमों को पूरा करता है जो उस पर लागू होते हैं (खंड 20)।
# The proposal
t-the-proposal = प्रस्ताव
# The proposal is forwarded by the State Government
t-the-proposal-is-forwarded-by-the-state-government = प्रस्ताव राज्य सरकार द्वारा अग्रेषित किया जाता है
# The proposed Common Facility Centre, {cfc}, addresses the critical gaps the diagnostic study found in the {cluster} cluster, at a project cost of {cost}. It meets the acceptance rules of the MSE-CDP guidelines for commercial viability (section 20). Its means of finance does not yet meet the scheme's rules (section 10.6); the SPV, the State Government and the consultant are to settle the shares before the proposal is forwarded.
t-the-proposed-common-facility-centre-cfc-24863b = { $cost } की परियोजना लागत वाला प्रस्तावित सार्वजनिक सुविधा केन्द्र, { $cfc }, { $cluster } क्लस्टर में डायग्नोस्टिक स्टडी द्वारा पहचानी गई महत्वपूर्ण कमियों को दूर करता है। यह वाणिज्यिक व्यवहार्यता के संबंध में एमएसई-सीडीपी दिशानिर्देशों के स्वीकार्यता नियमों को पूरा करता है (खंड 20)। इसके वित्त के साधन अभी योजना के नियमों के अनुरूप नहीं हैं (खंड 10.6); प्रस्ताव अग्रेषित किए जाने से पूर्व एसपीवी, राज्य सरकार एवं परामर्शदाता को अंशों का निर्धारण करना है।
# The proposed Common Facility Centre, {cfc}, addresses the critical gaps the diagnostic study found in the {cluster} cluster, at a project cost of {cost}. Its commercial viability is not yet judged: the figures wait for the running costs (section 20). Its means of finance does not yet meet the scheme's rules (section 10.6); the SPV, the State Government and the consultant are to settle the shares before the proposal is forwarded.
t-the-proposed-common-facility-centre-cfc-510176 = { $cost } की परियोजना लागत वाला प्रस्तावित सार्वजनिक सुविधा केन्द्र, { $cfc }, { $cluster } क्लस्टर में डायग्नोस्टिक स्टडी द्वारा पहचानी गई महत्वपूर्ण कमियों को दूर करता है। इसकी वाणिज्यिक व्यवहार्यता का आकलन अभी नहीं किया गया है: आंकड़े परिचालन लागतों की प्रतीक्षा में हैं (खंड 20)। इसके वित्त के साधन अभी योजना के नियमों के अनुरूप नहीं हैं (खंड 10.6); प्रस्ताव अग्रेषित किए जाने से पूर्व एसपीवी, राज्य सरकार एवं परामर्शदाता को अंशों का निर्धारण करना है।
# The proposed Common Facility Centre, {cfc}, addresses the critical gaps the diagnostic study found in the {cluster} cluster, at a project cost of {cost}. Its commercial viability is not yet judged: the figures wait for the running costs (section 20). The proposal is recommended for consideration under MSE-CDP.
t-the-proposed-common-facility-centre-cfc-566536 = { $cost } की परियोजना लागत वाला प्रस्तावित सार्वजनिक सुविधा केन्द्र, { $cfc }, { $cluster } क्लस्टर में डायग्नोस्टिक स्टडी द्वारा पहचानी गई महत्वपूर्ण कमियों को दूर करता है। इसकी वाणिज्यिक व्यवहार्यता का आकलन अभी नहीं किया गया है: आंकड़े परिचालन लागतों की प्रतीक्षा में हैं (खंड 20)। एमएसई-सीडीपी के अंतर्गत विचार हेतु प्रस्ताव की अनुशंसा की जाती है।
# The proposed Common Facility Centre, {cfc}, addresses the critical gaps the diagnostic study found in the {cluster} cluster, at a project cost of {cost}. It meets the acceptance rules of the MSE-CDP guidelines for commercial viability (section 20). The proposal is recommended for consideration under MSE-CDP.
t-the-proposed-common-facility-centre-cfc-6c8679 = { $cost } की परियोजना लागत वाला प्रस्तावित सार्वजनिक सुविधा केन्द्र, { $cfc }, { $cluster } क्लस्टर में डायग्नोस्टिक स्टडी द्वारा पहचानी गई महत्वपूर्ण कमियों को दूर करता है। यह वाणिज्यिक व्यवहार्यता के संबंध में एमएसई-सीडीपी दिशानिर्देशों के स्वीकार्यता नियमों को पूरा करता है (खंड 20)। एमएसई-सीडीपी के अंतर्गत विचार हेतु प्रस्ताव की अनुशंसा की जाती है।
# The proposed Common Facility Centre, {cfc}, addresses the critical gaps the diagnostic study found in the {cluster} cluster, at a project cost of {cost}. It meets the acceptance rules of the MSE-CDP guidelines for commercial viability (section 20).
t-the-proposed-common-facility-centre-cfc-7f6f31 = { $cost } की परियोजना लागत वाला प्रस्तावित सार्वजनिक सुविधा केन्द्र, { $cfc }, { $cluster } क्लस्टर में डायग्नोस्टिक स्टडी द्वारा पहचानी गई महत्वपूर्ण कमियों को दूर करता है। यह वाणिज्यिक व्यवहार्यता के संबंध में एमएसई-सीडीपी दिशानिर्देशों के स्वीकार्यता नियमों को पूरा करता है (खंड 20)।
# The proposed Common Facility Centre, {cfc}, addresses the critical gaps the diagnostic study found in the {cluster} cluster, at a project cost of {cost}. It does not yet meet every acceptance rule of the MSE-CDP guidelines for commercial viability (section 20). Its means of finance does not yet meet the scheme's rules (section 10.6); the SPV, the State Government and the consultant are to settle the shares before the proposal is forwarded.
t-the-proposed-common-facility-centre-cfc-83dfb7 = { $cost } की परियोजना लागत वाला प्रस्तावित सार्वजनिक सुविधा केन्द्र, { $cfc }, { $cluster } क्लस्टर में डायग्नोस्टिक स्टडी द्वारा पहचानी गई महत्वपूर्ण कमियों को दूर करता है। यह अभी वाणिज्यिक व्यवहार्यता के संबंध में एमएसई-सीडीपी दिशानिर्देशों के सभी स्वीकार्यता नियमों को पूरा नहीं करता है (खंड 20)। इसके वित्त के साधन अभी योजना के नियमों के अनुरूप नहीं हैं (खंड 10.6); प्रस्ताव अग्रेषित किए जाने से पूर्व एसपीवी, राज्य सरकार एवं परामर्शदाता को अंशों का निर्धारण करना है।
# The proposed Common Facility Centre, {cfc}, addresses the critical gaps the diagnostic study found in the {cluster} cluster, at a project cost of {cost}. It does not yet meet every acceptance rule of the MSE-CDP guidelines for commercial viability (section 20).
t-the-proposed-common-facility-centre-cfc-c6f2e5 = { $cost } की परियोजना लागत वाला प्रस्तावित सार्वजनिक सुविधा केन्द्र, { $cfc }, { $cluster } क्लस्टर में डायग्नोस्टिक स्टडी द्वारा पहचानी गई महत्वपूर्ण कमियों को दूर करता है। यह अभी वाणिज्यिक व्यवहार्यता के संबंध में एमएसई-सीडीपी दिशानिर्देशों के सभी स्वीकार्यता नियमों को पूरा नहीं करता है (खंड 20)।
# The proposed Common Facility Centre, {cfc}, addresses the critical gaps the diagnostic study found in the {cluster} cluster, at a project cost of {cost}.
t-the-proposed-common-facility-centre-cfc-d4c2b3 = { $cost } की परियोजना लागत वाला प्रस्तावित सार्वजनिक सुविधा केन्द्र, { $cfc }, { $cluster } क्लस्टर में डायग्नोस्टिक स्टडी द्वारा पहचानी गई महत्वपूर्ण कमियों को दूर करता है।
# The proposed Common Facility Centre, {cfc}, addresses the critical gaps the diagnostic study found in the {cluster} cluster, at a project cost of {cost}. Its means of finance does not yet meet the scheme's rules (section 10.6); the SPV, the State Government and the consultant are to settle the shares before the proposal is forwarded.
t-the-proposed-common-facility-centre-cfc-e9e095 = { $cost } की परियोजना लागत वाला प्रस्तावित सार्वजनिक सुविधा केन्द्र, { $cfc }, { $cluster } क्लस्टर में डायग्नोस्टिक स्टडी द्वारा पहचानी गई महत्वपूर्ण कमियों को दूर करता है। इसके वित्त के साधन अभी योजना के नियमों के अनुरूप नहीं हैं (खंड 10.6); प्रस्ताव अग्रेषित किए जाने से पूर्व एसपीवी, राज्य सरकार एवं परामर्शदाता को अंशों का निर्धारण करना है।
# The proposed Common Facility Centre, {cfc}, addresses the critical gaps the diagnostic study found in the {cluster} cluster, at a project cost of {cost}. Its commercial viability is not yet judged: the figures wait for the running costs (section 20).
t-the-proposed-common-facility-centre-cfc-f47f84 = { $cost } की परियोजना लागत वाला प्रस्तावित सार्वजनिक सुविधा केन्द्र, { $cfc }, { $cluster } क्लस्टर में डायग्नोस्टिक स्टडी द्वारा पहचानी गई महत्वपूर्ण कमियों को दूर करता है। इसकी वाणिज्यिक व्यवहार्यता का आकलन अभी नहीं किया गया है: आंकड़े परिचालन लागतों की प्रतीक्षा में हैं (खंड 20)।
# The SPV and the State Government undertake to bear any escalation (commitment letters, Annexure 3)
t-the-spv-and-the-state-government-undertake-702f5e = एसपीवी एवं राज्य सरकार किसी भी लागत वृद्धि का वहन करने का वचन देते हैं (प्रतिबद्धता पत्र, अनुलग्नक 3)
# The SPV's and the State Government's contributions are to be brought in upfront into the project account, before the release of the GoI grant; the term loan, if any, is drawn as the plant and machinery are installed.
t-the-spv-s-and-the-state-government-s-contributions-913e55 = एसपीवी एवं राज्य सरकार का अंशदान भारत सरकार का अनुदान जारी होने से पहले अग्रिम रूप से परियोजना खाते में जमा किया जाना है; सावधि ऋण, यदि कोई हो, प्लांट व मशीनरी की स्थापना के साथ-साथ आहरित किया जाता है।
# The State Government's commitment letter (Annexure 3)
t-the-state-government-s-commitment-letter-4822af = राज्य सरकार का प्रतिबद्धता पत्र (अनुलग्नक 3)
# To be appraised after submission; the appraisal report follows this DPR
t-to-be-appraised-after-submission-the-appraisal-8205ab = प्रस्तुत किए जाने के पश्चात मूल्यांकन किया जाना है; मूल्यांकन रिपोर्ट इस डीपीआर के बाद प्रस्तुत होगी
# To be attached (Annexure 1)
t-to-be-attached-annexure-1 = संलग्न किया जाना है (अनुलग्नक 1)
# To be attached (Annexure 3)
t-to-be-attached-annexure-3 = संलग्न किया जाना है (अनुलग्नक 3)
# To be forwarded by the State Government with its recommendation
t-to-be-forwarded-by-the-state-government-3f8bf6 = राज्य सरकार द्वारा अपनी अनुशंसा के साथ अग्रेषित किया जाना है
# To be furnished once the SPV is incorporated
t-to-be-furnished-once-the-spv-is-incorporated = एसपीवी के निगमन के पश्चात प्रस्तुत किया जाएगा
# To own, operate and maintain the CFC for its members and the cluster
t-to-own-operate-and-maintain-the-cfc-for-4038e1 = अपने सदस्यों एवं क्लस्टर के लिए सीएफसी का स्वामित्व, संचालन एवं रखरखाव
# Total of these heads
t-total-of-these-heads = इन मदों का योग
# Trust building in the SPV
t-trust-building-in-the-spv = एसपीवी में विश्वास निर्माण
# Unit of capacity and of the user charges
t-unit-of-capacity-and-of-the-user-charges = क्षमता एवं उपयोगकर्ता शुल्क की इकाई
# Upfront commitment of the State Government
t-upfront-commitment-of-the-state-government = राज्य सरकार की अग्रिम प्रतिबद्धता
# Usage charges
t-usage-charges = उपयोग शुल्क
# Use of the CFC by members and others; members' ability to use at least 60% of the installed capacity
t-use-of-the-cfc-by-members-and-others-members-9b188c = सदस्यों एवं अन्य द्वारा सीएफसी का उपयोग; स्थापित क्षमता के कम से कम 60% के उपयोग की सदस्यों की क्षमता
# User charge for members, per unit
t-user-charge-for-members-per-unit = सदस्यों के लिए उपयोगकर्ता शुल्क, प्रति इकाई
# User charge for other units, per unit
t-user-charge-for-other-units-per-unit = अन्य इकाइयों के लिए उपयोगकर्ता शुल्क, प्रति इकाई
# Valuation of existing land and building
t-valuation-of-existing-land-and-building = विद्यमान भूमि एवं भवन का मूल्यांकन
