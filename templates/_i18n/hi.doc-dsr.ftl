# cdstudy: Hindi words of the Diagnostic Study Report templates (generic/dsr.md.tera,
# mse-cdp/dsr.md.tera): headings, captions, prose and remarks. Each entry: the English, then its id.

# Diagnostic Study Report
t-diagnostic-study-report = डायग्नोस्टिक स्टडी रिपोर्ट
# {name} Cluster
t-name-cluster = { $name } क्लस्टर
# {district} district, {state}
t-district-district-state = { $district } जिला, { $state }
# A cluster development programme (no particular scheme)
t-a-cluster-development-programme-no-particular-03e607 = एक क्लस्टर विकास कार्यक्रम (कोई विशेष योजना नहीं)
# Micro and Small Enterprises Cluster Development Programme (MSE-CDP), Ministry of MSME, Government of India
t-micro-and-small-enterprises-cluster-development-a7ffed = सूक्ष्म एवं लघु उद्यम क्लस्टर विकास कार्यक्रम (MSE-CDP), सूक्ष्म, लघु एवं मध्यम उद्योग मंत्रालय, भारत सरकार
# Diagnostic study of the cluster (soft intervention)
t-diagnostic-study-of-the-cluster-soft-intervention = क्लस्टर का डायग्नोस्टिक स्टडी (सॉफ्ट इंटरवेंशन)
# Executive summary
t-executive-summary = कार्यकारी सारांश
# Table 1.1: The cluster at a glance
t-table-1-1-the-cluster-at-a-glance = तालिका 1.1: क्लस्टर एक नज़र में
# Key bottlenecks.
t-key-bottlenecks = मुख्य बाधाएँ।
# **Key bottlenecks.** The study found {n} bottlenecks; those of high severity are:
t-key-bottlenecks-the-study-found-n-bottlenecks-b8e04e = {"**"}मुख्य बाधाएँ।** अध्ययन में { $n } बाधाएँ पाई गईं; इनमें से उच्च गंभीरता वाली बाधाएँ निम्नलिखित हैं:
# **Key bottlenecks.** The study found {n} bottleneck; those of high severity are:
t-key-bottlenecks-the-study-found-n-bottleneck-2c35a7 = {"**"}मुख्य बाधाएँ।** अध्ययन में { $n } बाधा पाई गई; उच्च गंभीरता वाली बाधा निम्नलिखित है:
# category not yet set
t-category-not-yet-set = श्रेणी अभी निर्धारित नहीं
# not yet filled in: the study lists no bottlenecks
t-not-yet-filled-in-the-study-lists-no-bottlenecks = अभी भरा नहीं गया: अध्ययन में कोई बाधा सूचीबद्ध नहीं है
# Proposed interventions.
t-proposed-interventions = प्रस्तावित इंटरवेंशन।
# **Proposed interventions.** The project takes up {n} flagship themes:
t-proposed-interventions-the-project-takes-3b7628 = {"**"}प्रस्तावित इंटरवेंशन।** परियोजना में { $n } प्रमुख विषय लिए गए हैं:
# **Proposed interventions.** The project takes up {n} flagship theme:
t-proposed-interventions-the-project-takes-c6af8d = {"**"}प्रस्तावित इंटरवेंशन।** परियोजना में { $n } प्रमुख विषय लिया गया है:
# not yet filled in: the study sets no flagship themes
t-not-yet-filled-in-the-study-sets-no-flagship-660ba7 = अभी भरा नहीं गया: अध्ययन में कोई प्रमुख विषय निर्धारित नहीं है
# **Cost of the action plan.** {cost}, of which the GoI grant sought under {scheme} is {goi} (section 11).
t-cost-of-the-action-plan-cost-of-which-the-48b69c = {"**"}कार्ययोजना की लागत।** { $cost }, जिसमें से { $scheme } के अंतर्गत अपेक्षित भारत सरकार का अनुदान { $goi } है (खंड 11)।
# **Cost of the action plan.** {cost}, met by the sources the study names for each action (section 11).
t-cost-of-the-action-plan-cost-met-by-the-213224 = {"**"}कार्ययोजना की लागत।** { $cost }, जिसकी पूर्ति प्रत्येक कार्य के लिए अध्ययन में बताए गए स्रोतों से की जाएगी (खंड 11)।
# Introduction
t-introduction = परिचय
# This report diagnoses the {name} cluster: how its enterprises produce and sell, where they lose value, and what a cluster development project should do about it. It follows the steps of the cluster development method: a profile of the cluster, field work with its enterprises and institutions, a map of its value chain, an analysis of its business operations and a SWOT, leading to a vision, flagship themes and a costed action plan.
t-this-report-diagnoses-the-name-cluster-how-199e12 = यह रिपोर्ट { $name } क्लस्टर का निदान करती है: इसके उद्यम किस प्रकार उत्पादन और विक्रय करते हैं, उन्हें कहाँ मूल्य की हानि होती है, और क्लस्टर विकास परियोजना को इस संबंध में क्या करना चाहिए। इसमें क्लस्टर विकास पद्धति के चरणों का अनुसरण किया गया है: क्लस्टर की रूपरेखा, उसके उद्यमों और संस्थाओं के साथ क्षेत्र कार्य, उसकी मूल्य श्रृंखला का मानचित्र, उसके व्यावसायिक संचालन का विश्लेषण तथा स्वॉट विश्लेषण, जिनके आधार पर परिकल्पना, प्रमुख विषय और लागत सहित कार्ययोजना तैयार की गई है।
# This Diagnostic Study Report (DSR) on the {name} cluster is prepared for the Micro and Small Enterprises Cluster Development Programme (MSE-CDP) of the Ministry of Micro, Small and Medium Enterprises. It maps the business processes of the cluster, identifies its strengths, weaknesses and critical gaps, and proposes remedial measures as an action plan validated with the cluster's stakeholders.
t-this-diagnostic-study-report-dsr-on-the-461451 = { $name } क्लस्टर पर यह डायग्नोस्टिक स्टडी रिपोर्ट (डीएसआर) सूक्ष्म, लघु एवं मध्यम उद्योग मंत्रालय के सूक्ष्म एवं लघु उद्यम क्लस्टर विकास कार्यक्रम (MSE-CDP) के लिए तैयार की गई है। इसमें क्लस्टर की व्यावसायिक प्रक्रियाओं का मानचित्रण किया गया है, उसके सामर्थ्य, कमजोरियों और महत्वपूर्ण कमियों की पहचान की गई है, तथा क्लस्टर के हितधारकों के साथ वैधीकृत कार्ययोजना के रूप में सुधारात्मक उपाय प्रस्तावित किए गए हैं।
# The report follows the steps of a cluster diagnosis: a profile of the cluster, field work with its enterprises and institutions, a map of its value chain, an analysis of its business operations and a SWOT, leading to a vision, flagship themes and an action plan with its costs and sources of funds. Once the cluster's stakeholders have validated it, it is the basis of the Detailed Project Report for the interventions it proposes.
t-the-report-follows-the-steps-of-a-cluster-6d342d = रिपोर्ट में क्लस्टर निदान के चरणों का अनुसरण किया गया है: क्लस्टर की रूपरेखा, उसके उद्यमों और संस्थाओं के साथ क्षेत्र कार्य, उसकी मूल्य श्रृंखला का मानचित्र, उसके व्यावसायिक संचालन का विश्लेषण तथा स्वॉट विश्लेषण, जिनके आधार पर परिकल्पना, प्रमुख विषय तथा लागत एवं वित्त के स्रोतों सहित कार्ययोजना तैयार की गई है। क्लस्टर के हितधारकों द्वारा वैधीकरण के पश्चात यह रिपोर्ट इसमें प्रस्तावित इंटरवेंशनों की विस्तृत परियोजना रिपोर्ट (डीपीआर) का आधार होगी।
# Methodology and field work
t-methodology-and-field-work = कार्यप्रणाली एवं क्षेत्र कार्य
# Table 2.1: Field visits and meetings
t-table-2-1-field-visits-and-meetings = तालिका 2.1: क्षेत्र दौरे एवं बैठकें
# Table 2.2: Enterprises interviewed
t-table-2-2-enterprises-interviewed = तालिका 2.2: साक्षात्कार किए गए उद्यम
# Findings of the enterprise survey
t-findings-of-the-enterprise-survey = उद्यम सर्वेक्षण के निष्कर्ष
# Table 2.3: What the enterprises surveyed report
t-table-2-3-what-the-enterprises-surveyed-2343aa = तालिका 2.3: सर्वेक्षित उद्यमों द्वारा बताए गए तथ्य
# Validation with the cluster's stakeholders
t-validation-with-the-cluster-s-stakeholders = क्लस्टर के हितधारकों के साथ वैधीकरण
# Selection of the cluster
t-selection-of-the-cluster = क्लस्टर का चयन
# Table 2.{n}: The cluster scored on the criteria of selection
t-table-2-n-the-cluster-scored-on-the-criteria-0c87de = तालिका 2.{ $n }: चयन के मानदंडों पर क्लस्टर के अंक
# The cluster is in {district} district of {state} (block or locality: {block}). Its main products are:
t-the-cluster-is-in-district-district-of-state-8a0eb5 = क्लस्टर { $state } के { $district } जिले में स्थित है (ब्लॉक या क्षेत्र: { $block })। इसके मुख्य उत्पाद हैं:
# The cluster is in {district} district of {state}. Its main products are:
t-the-cluster-is-in-district-district-of-state-de044e = क्लस्टर { $state } के { $district } जिले में स्थित है। इसके मुख्य उत्पाद हैं:
# The cluster is in {district} district of {state} (block or locality: {block}). Its products: *\[not yet filled in\]*
t-the-cluster-is-in-district-district-of-state-642d1a = क्लस्टर { $state } के { $district } जिले में स्थित है (ब्लॉक या क्षेत्र: { $block })। इसके उत्पाद: *\[अभी भरा नहीं गया\]*
# The cluster is in {district} district of {state}. Its products: *\[not yet filled in\]*
t-the-cluster-is-in-district-district-of-state-5d032f = क्लस्टर { $state } के { $district } जिले में स्थित है। इसके उत्पाद: *\[अभी भरा नहीं गया\]*
# History and past interventions
t-history-and-past-interventions = इतिहास एवं पूर्व में किए गए इंटरवेंशन
# Past interventions.
t-past-interventions = पूर्व में किए गए इंटरवेंशन।
# no earlier programme recorded
t-no-earlier-programme-recorded = पूर्व का कोई कार्यक्रम दर्ज नहीं
# Products and processes
t-products-and-processes = उत्पाद एवं प्रक्रियाएँ
# Vital statistics
t-vital-statistics = प्रमुख आँकड़े
# Table 3.1: Turnover and exports of the cluster
t-table-3-1-turnover-and-exports-of-the-cluster = तालिका 3.1: क्लस्टर का कारोबार एवं निर्यात
# Figure 3.1: The cluster at a glance
t-figure-3-1-the-cluster-at-a-glance = चित्र 3.1: क्लस्टर एक नज़र में
# Table 5.1: Principal firms, support institutions and other stakeholders
t-table-5-1-principal-firms-support-institutions-948a44 = तालिका 5.1: प्रमुख फर्में, सहायक संस्थाएँ एवं अन्य हितधारक
# Value chain map and analysis
t-value-chain-map-and-analysis = मूल्य श्रृंखला का मानचित्र एवं विश्लेषण
# Table 6.1: Stages of the value chain
t-table-6-1-stages-of-the-value-chain = तालिका 6.1: मूल्य श्रृंखला के चरण
# Figure 6.1: The value chain, from raw material to market, with its bottlenecks
t-figure-6-1-the-value-chain-from-raw-material-67b227 = चित्र 6.1: कच्चे माल से बाजार तक मूल्य श्रृंखला, उसकी बाधाओं सहित
# Analysis of business operations
t-analysis-of-business-operations = व्यावसायिक संचालन का विश्लेषण
# The problems the enterprises face are grouped below by area of business operation.
t-the-problems-the-enterprises-face-are-grouped-f8c41f = उद्यमों के सामने आने वाली समस्याओं को नीचे व्यावसायिक संचालन के क्षेत्रों के अनुसार वर्गीकृत किया गया है।
# stage not yet set
t-stage-not-yet-set = चरण अभी निर्धारित नहीं
# root cause not yet filled in
t-root-cause-not-yet-filled-in = मूल कारण अभी भरा नहीं गया
# not yet filled in: the study lists no bottlenecks to analyse
t-not-yet-filled-in-the-study-lists-no-bottlenecks-e08af1 = अभी भरा नहीं गया: अध्ययन में विश्लेषण हेतु कोई बाधा सूचीबद्ध नहीं है
# SWOT analysis
t-swot-analysis = स्वॉट विश्लेषण
# Table 8.1: SWOT analysis of the cluster
t-table-8-1-swot-analysis-of-the-cluster = तालिका 8.1: क्लस्टर का स्वॉट विश्लेषण
# Bottleneck inventory and critical gaps
t-bottleneck-inventory-and-critical-gaps = बाधाओं की सूची एवं महत्वपूर्ण कमियाँ
# Table 9.1: Bottleneck inventory
t-table-9-1-bottleneck-inventory = तालिका 9.1: बाधाओं की सूची
# Vision and flagship themes
t-vision-and-flagship-themes = परिकल्पना एवं प्रमुख विषय
# Flagship themes
t-flagship-themes = प्रमुख विषय
# The plan starts in {month} (financial year {fy}).
t-the-plan-starts-in-month-financial-year-6bd405 = कार्ययोजना { $month } (वित्तीय वर्ष { $fy }) से आरंभ होती है।
# not yet filled in: the start month of the plan
t-not-yet-filled-in-the-start-month-of-the-8ab56f = अभी भरा नहीं गया: कार्ययोजना के आरंभ का माह
# Soft interventions
t-soft-interventions = सॉफ्ट इंटरवेंशन
# Table 11.1: Soft interventions
t-table-11-1-soft-interventions = तालिका 11.1: सॉफ्ट इंटरवेंशन
# No soft interventions are planned yet.
t-no-soft-interventions-are-planned-yet = अभी कोई सॉफ्ट इंटरवेंशन नियोजित नहीं है।
# Hard interventions
t-hard-interventions = हार्ड इंटरवेंशन
# Table 11.2: Hard interventions
t-table-11-2-hard-interventions = तालिका 11.2: हार्ड इंटरवेंशन
# No hard interventions are planned yet.
t-no-hard-interventions-are-planned-yet = अभी कोई हार्ड इंटरवेंशन नियोजित नहीं है।
# Thematic interventions
t-thematic-interventions = विषयगत इंटरवेंशन
# Table 11.3: Thematic interventions
t-table-11-3-thematic-interventions = तालिका 11.3: विषयगत इंटरवेंशन
# Actions not yet classified as soft or hard
t-actions-not-yet-classified-as-soft-or-hard = वे कार्य जिनका सॉफ्ट या हार्ड के रूप में वर्गीकरण अभी शेष है
# Table 11.{n}: Actions still to be classified
t-table-11-n-actions-still-to-be-classified = तालिका 11.{ $n }: वर्गीकरण हेतु शेष कार्य
# Figure 11.1: Implementation schedule of the action plan
t-figure-11-1-implementation-schedule-of-the-f1c4b0 = चित्र 11.1: कार्ययोजना के कार्यान्वयन की समय-सारणी
# Budget and funding
t-budget-and-funding = बजट एवं वित्त पोषण
# Table 11.{n}: Budget by component and source of funds
t-table-11-n-budget-by-component-and-source-16a363 = तालिका 11.{ $n }: घटक एवं वित्त के स्रोत के अनुसार बजट
# Figure 11.2: Cost of each component by source of funds
t-figure-11-2-cost-of-each-component-by-source-235606 = चित्र 11.2: वित्त के स्रोत के अनुसार प्रत्येक घटक की लागत
# Proposed common facility and SPV readiness
t-proposed-common-facility-and-spv-readiness = प्रस्तावित सार्वजनिक सुविधा एवं एसपीवी की तैयारी
# Proposed Common Facility Centre and SPV readiness
t-proposed-common-facility-centre-and-spv-26c86e = प्रस्तावित सार्वजनिक सुविधा केन्द्र एवं एसपीवी की तैयारी
# **Proposed facility.** {name} at {location}.
t-proposed-facility-name-at-location = {"**"}प्रस्तावित सुविधा।** { $name }, स्थान: { $location }।
# Why the cluster needs it.
t-why-the-cluster-needs-it = क्लस्टर को इसकी आवश्यकता क्यों है।
# The study proposes no common facility at this stage.
t-the-study-proposes-no-common-facility-at-fa05b6 = अध्ययन में इस चरण पर कोई सार्वजनिक सुविधा प्रस्तावित नहीं है।
# Table 12.1: The special purpose vehicle
t-table-12-1-the-special-purpose-vehicle = तालिका 12.1: विशेष प्रयोजन साधन (एसपीवी)
# No special purpose vehicle has been formed yet.
t-no-special-purpose-vehicle-has-been-formed-553356 = अभी तक कोई विशेष प्रयोजन साधन (एसपीवी) गठित नहीं किया गया है।
# Monitoring and evaluation
t-monitoring-and-evaluation = पर्यवेक्षण व आंकलन
# Table 13.1: Indicators with baseline and targets
t-table-13-1-indicators-with-baseline-and-0b17fc = तालिका 13.1: आधार रेखा एवं लक्ष्यों सहित संकेतक
# Annexures
t-annexures = अनुलग्नक
# Annexure 1: List of units surveyed (Table 2.2 lists the enterprises interviewed; the filled questionnaires are kept with the study).
t-annexure-1-list-of-units-surveyed-table-bc7934 = अनुलग्नक 1: सर्वेक्षित इकाइयों की सूची (साक्षात्कार किए गए उद्यम तालिका 2.2 में सूचीबद्ध हैं; भरी गई प्रश्नावलियाँ अध्ययन के अभिलेख में सुरक्षित हैं)।
# Annexure 2: Questionnaire used for the enterprise survey (to be attached).
t-annexure-2-questionnaire-used-for-the-enterprise-24fb61 = अनुलग्नक 2: उद्यम सर्वेक्षण में प्रयुक्त प्रश्नावली (संलग्न की जानी है)।
# Annexure 3: Minutes of the validation meeting with the cluster's stakeholders (to be attached).
t-annexure-3-minutes-of-the-validation-meeting-09cb8a = अनुलग्नक 3: क्लस्टर के हितधारकों के साथ वैधीकरण बैठक का कार्यवृत्त (संलग्न किया जाना है)।
# Annexure 4: Photographs of the cluster
t-annexure-4-photographs-of-the-cluster = अनुलग्नक 4: क्लस्टर के छायाचित्र
# Annexure 4: Photographs of the cluster (to be attached).
t-annexure-4-photographs-of-the-cluster-to-0e2cf5 = अनुलग्नक 4: क्लस्टर के छायाचित्र (संलग्न किए जाने हैं)।
