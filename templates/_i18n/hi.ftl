# cdstudy के संदेश हिन्दी में। Messages of cdstudy in Hindi.
#
# Two kinds of entries:
#  - messages by id, with figures or names in them, as in en.ftl (the same ids);
#  - fixed labels of the program, under `t-` and the English label in lower case with
#    hyphens: "next tab" is `t-next-tab`. A label missing here is shown in English.
# The words follow the glossary (glossary.hi.yaml), from the Hindi documents of the
# departments. To correct a word, change it here (or in a templates folder of your own,
# `--templates DIR`, with the file _i18n/hi.ftl) and run `cargo test i18n` to see that
# nothing is missing.

title-cluster = { $name } क्लस्टर
save-saved = ✓ सहेजा गया
save-saved-at = ✓ सहेजा गया { $time }
save-unsaved = अभी सहेजा नहीं गया
save-saving = सहेजा जा रहा है…
status-errors = { $count } त्रुटि
status-to-do = { $count } शेष
cost-of-lines = { $total } ({ $lines } { $lines ->
    [one] लागत मद
   *[other] लागत मदें
})
strip-viability-inputs-missing = व्यवहार्यता की गणना अभी नहीं हुई: { $count } निविष्टियाँ शेष (व्यवहार्यता टैब)
findings-summary = { $errors } त्रुटि और { $warnings } कार्य शेष
tab-of-item = { " " }({ $id } का)
help-title = कुंजियाँ (Esc बंद करे; PgDn, End से आगे)
start-drafts = { $count ->
    [one] ✎ इसमें बिना सहेजा टाइप किया गया पाठ है (क्रैश?): उसे वापस पाने के लिए खोलें।
   *[other] ✎ { $count } अध्ययनों में बिना सहेजा टाइप किया गया पाठ है (क्रैश?): वापस पाने के लिए एक खोलें।
}

## The start screen.

# cluster diagnostic studies
t-cluster-diagnostic-studies = क्लस्टर डायग्नोस्टिक अध्ययन
# Cluster name
t-cluster-name = क्लस्टर का नाम
# Last changed
t-last-changed = अंतिम बदलाव
# like mse-cdp or sfurti.
t-like-mse-cdp-or-sfurti = जैसे mse-cdp या sfurti।
# + New study: asks the cluster's name, state, district, scheme and file name
t-new-study-asks-the-cluster-s-name-state-1b5993 = + नया अध्ययन: क्लस्टर का नाम, राज्य, जिला, योजना और फ़ाइल का नाम पूछता है
# New study: the essentials; everything else is filled in the study itself.
t-new-study-the-essentials-everything-else-0cd54d = नया अध्ययन: मूल जानकारी; शेष सब अध्ययन में ही भरा जाता है।
# No study files here yet (looked in ./studies and this folder).
t-no-study-files-here-yet-looked-in-studies-fa8c2f = यहाँ अभी कोई अध्ययन फ़ाइल नहीं है (./studies और इस फ़ोल्डर में देखा)।
# Open a study, or start a new one.
t-open-a-study-or-start-a-new-one = कोई अध्ययन खोलें, या नया शुरू करें।
# Study file
t-study-file = अध्ययन फ़ाइल
# The cluster's name, e.g. Guna Brick.
t-the-cluster-s-name-e-g-guna-brick = क्लस्टर का नाम, जैसे गुना ईंट।
# The district.
t-the-district = जिला।
# The scheme the study is prepared for
t-the-scheme-the-study-is-prepared-for = वह योजना जिसके लिए अध्ययन तैयार किया जा रहा है
# The state the cluster is in.
t-the-state-the-cluster-is-in = वह राज्य जिसमें क्लस्टर स्थित है।
# Where the study is saved (a new .yaml file).
t-where-the-study-is-saved-a-new-yaml-file = अध्ययन कहाँ सहेजा जाए (एक नई .yaml फ़ाइल)।

## The screen's labels: sections, tabs, fields and their hints, keys and help.

# Study
t-study = अध्ययन

# The study's title, the scheme it is prepared for (its rules decide the report's headings and the grant arithmetic), who prepares it and the study period.
t-the-study-s-title-the-scheme-it-is-prepared-d8e50d = अध्ययन का शीर्षक, वह योजना जिसके लिए यह तैयार है (उसके नियम रिपोर्ट के शीर्षक और अनुदान की गणना तय करते हैं), इसे कौन तैयार करता है और अध्ययन अवधि।

# Title
t-title = शीर्षक

# The title on the report's cover.
t-the-title-on-the-report-s-cover = रिपोर्ट के मुखपृष्ठ पर शीर्षक।

# Scheme
t-scheme = योजना

# Enter chooses among the schemes, showing what changes in the budget first.
t-enter-chooses-among-the-schemes-showing-022bf5 = Enter से योजना चुनें; पहले दिखता है कि बजट में क्या बदलेगा।

# Status
t-status = स्थिति

# Missing things are warnings in a draft and errors once submitted.
t-missing-things-are-warnings-in-a-draft-and-9c4248 = छूटी बातें प्रारूप में चेतावनी हैं और प्रस्तुत करने के बाद त्रुटि।

# Prepared by
t-prepared-by = तैयारकर्ता

# The Cluster Development Agent or consultant.
t-the-cluster-development-agent-or-consultant = क्लस्टर विकास एजेंट या परामर्शदाता।

# Organisation
t-organisation = संस्था

# The agency the study is prepared for or by.
t-the-agency-the-study-is-prepared-for-or-bde609 = वह एजेंसी जिसके लिए या जिसके द्वारा अध्ययन तैयार है।

# Study from
t-study-from = अध्ययन आरंभ

# The first day of the study: 2026-11-23, 23/11/2026 or 'today'.
t-the-first-day-of-the-study-2026-11-23-23-47498d = अध्ययन का पहला दिन: 2026-11-23, 23/11/2026 या 'today'।

# Study to
t-study-to = अध्ययन समाप्ति

# The last day of the study.
t-the-last-day-of-the-study = अध्ययन का अंतिम दिन।

# Submitted to
t-submitted-to = किसे प्रस्तुत

# Whom the report goes to, as its cover names it.
t-whom-the-report-goes-to-as-its-cover-names-c6101a = रिपोर्ट किसे प्रस्तुत है, जैसा मुखपृष्ठ पर लिखा है।

# Place
t-place = स्थान

# Where the report is signed, for its cover and declaration.
t-where-the-report-is-signed-for-its-cover-ab8248 = रिपोर्ट पर हस्ताक्षर का स्थान, मुखपृष्ठ और घोषणा के लिए।

# Report date
t-report-date = रिपोर्ट की तिथि

# The date on the cover and the declaration: 2026-11-23 or 'today'.
t-the-date-on-the-cover-and-the-declaration-fcab3c = मुखपृष्ठ और घोषणा पर तिथि: 2026-11-23 या 'today'।

# Language
t-language = भाषा

# The language of the study's text and of its documents: en, hi, or en+hi for both.
t-the-language-of-the-study-s-text-and-of-84b53c = अध्ययन के पाठ और उसके दस्तावेज़ों की भाषा: en, hi, या दोनों के लिए en+hi।

# Short id
t-short-id = संक्षिप्त आईडी

# A short name for the study, like ujjain-plastic.
t-a-short-name-for-the-study-like-ujjain-plastic = अध्ययन का छोटा नाम, जैसे ujjain-plastic।

# Notes
t-notes = टिप्पणियाँ

# Anything a reader of the file should know.
t-anything-a-reader-of-the-file-should-know = फ़ाइल पढ़ने वाले के लिए आवश्यक कोई भी बात।

# Cluster profile
t-cluster-profile = क्लस्टर रूपरेखा

# Product, location and history of the cluster; the number of units by size and who owns them; employment (men, women, indirect); turnover and exports for recent years; associations go under Stakeholders.
t-product-location-and-history-of-the-cluster-0881a1 = क्लस्टर का उत्पाद, स्थान और इतिहास; आकार के अनुसार इकाइयों की संख्या और उनका स्वामित्व; रोजगार (पुरुष, महिला, अप्रत्यक्ष); हाल के वर्षों का कारोबार और निर्यात; उद्योग संघ हितधारक में दर्ज करें।

# Profile
t-profile = रूपरेखा

# Cluster
t-cluster = क्लस्टर

# The cluster's name, e.g. Ujjain Plastic.
t-the-cluster-s-name-e-g-ujjain-plastic = क्लस्टर का नाम, जैसे उज्जैन प्लास्टिक।

# State
t-state = राज्य

# District
t-district = जिला

# Block
t-block = ब्लॉक

# The block or town, where it helps.
t-the-block-or-town-where-it-helps = ब्लॉक या नगर, जहाँ उपयोगी हो।

# Products
t-products = उत्पाद

# What the cluster makes, one product per line.
t-what-the-cluster-makes-one-product-per-line = क्लस्टर क्या बनाता है, प्रति पंक्ति एक उत्पाद।

# Sectors
t-sectors = सेक्टर

# The cluster's sectors, one per line (bamboo, handloom, plastics, food processing ...): schemes for some sectors only are decided from these.
t-the-cluster-s-sectors-one-per-line-bamboo-a64e54 = क्लस्टर के सेक्टर, प्रति पंक्ति एक (बांस, हथकरघा, प्लास्टिक, खाद्य प्रसंस्करण ...): कुछ सेक्टरों तक सीमित योजनाएँ इन्हीं से तय होती हैं।

# History
t-history = इतिहास

# How and when the cluster grew.
t-how-and-when-the-cluster-grew = क्लस्टर कैसे और कब विकसित हुआ।

# Processes
t-processes = प्रक्रियाएँ

# Products and production processes as the units run them today.
t-products-and-production-processes-as-the-ac1a08 = उत्पाद और उत्पादन प्रक्रियाएँ, जैसी इकाइयाँ आज चलाती हैं।

# Industry scenario
t-industry-scenario = उद्योग परिदृश्य

# The national and international scenario of the industry.
t-the-national-and-international-scenario-ccccd3 = उद्योग का राष्ट्रीय और अंतरराष्ट्रीय परिदृश्य।

# State scenario
t-state-scenario = राज्य परिदृश्य

# Industrial growth and cluster development in the cluster's state.
t-industrial-growth-and-cluster-development-198f9a = क्लस्टर के राज्य में औद्योगिक वृद्धि और क्लस्टर विकास।

# Past programmes
t-past-programmes = पूर्व कार्यक्रम

# Earlier programmes in the cluster and what came of them.
t-earlier-programmes-in-the-cluster-and-what-612672 = क्लस्टर में पहले के कार्यक्रम और उनके परिणाम।

# Micro units
t-micro-units = सूक्ष्म इकाइयाँ

# Number of micro enterprises.
t-number-of-micro-enterprises = सूक्ष्म उद्यमों की संख्या।

# Small units
t-small-units = लघु इकाइयाँ

# Medium units
t-medium-units = मध्यम इकाइयाँ

# Women-owned
t-women-owned = महिला स्वामित्व

# Units owned by women.
t-units-owned-by-women = महिला स्वामित्व वाली इकाइयाँ।

# SC-owned
t-sc-owned = अजा स्वामित्व

# ST-owned
t-st-owned = अजजा स्वामित्व

# Minority-owned
t-minority-owned = अल्पसंख्यक स्वामित्व

# Micro/village
t-micro-village = सूक्ष्म/ग्रामोद्योग

# Micro or village-industry units (special category above half).
t-micro-or-village-industry-units-special-583d28 = सूक्ष्म या ग्रामोद्योग इकाइयाँ (आधे से अधिक हों तो विशेष श्रेणी)।

# Workers (men)
t-workers-men = श्रमिक (पुरुष)

# Direct employment, men.
t-direct-employment-men = प्रत्यक्ष रोजगार, पुरुष।

# Workers (women)
t-workers-women = श्रमिक (महिला)

# Direct employment, women.
t-direct-employment-women = प्रत्यक्ष रोजगार, महिला।

# Indirect jobs
t-indirect-jobs = अप्रत्यक्ष रोजगार

# Artisans
t-artisans = शिल्पी

# Artisans in the cluster (SFURTI counts these).
t-artisans-in-the-cluster-sfurti-counts-these = क्लस्टर के शिल्पी (SFURTI में गिने जाते हैं)।

# Looms
t-looms = करघे

# Handlooms or powerlooms in the cluster (textile schemes count these).
t-handlooms-or-powerlooms-in-the-cluster-textile-97bb98 = क्लस्टर के हथकरघे या पावरलूम (वस्त्र योजनाओं में गिने जाते हैं)।

# NE/hill state
t-ne-hill-state = पूर्वोत्तर/पर्वतीय राज्य

# In a north-eastern or hill state (special category).
t-in-a-north-eastern-or-hill-state-special-b0d6e0 = पूर्वोत्तर या पर्वतीय राज्य में (विशेष श्रेणी)।

# Island territory
t-island-territory = द्वीपीय क्षेत्र

# Aspirational dist.
t-aspirational-dist = आकांक्षी जिला

# In an aspirational district.
t-in-an-aspirational-district = आकांक्षी जिले में।

# LWE district
t-lwe-district = वामपंथी उग्रवाद जिला

# In a left-wing-extremism affected district.
t-in-a-left-wing-extremism-affected-district = वामपंथी उग्रवाद से प्रभावित जिले में।

# Block category
t-block-category = ब्लॉक श्रेणी

# The State's category of the block (Haryana: A developed to D backward); PADMA's rates and minimum land go by it.
t-the-state-s-category-of-the-block-haryana-29459b = ब्लॉक की राज्य द्वारा तय श्रेणी (हरियाणा: A विकसित से D पिछड़ा); PADMA की दरें और न्यूनतम भूमि इसी पर निर्भर हैं।

# Earlier projects
t-earlier-projects = पूर्व परियोजनाएँ

# Projects the State has had under the scheme before this one ("the first two projects" rules).
t-projects-the-state-has-had-under-the-scheme-ee0bec = इससे पहले इस योजना में राज्य को मिली परियोजनाएँ ("पहली दो परियोजनाएँ" वाले नियम)।

# Turnover by year
t-turnover-by-year = वर्षवार कारोबार

# Year
t-year = वर्ष

# The financial year: 2025-26.
t-the-financial-year-2025-26 = वित्तीय वर्ष: 2025-26।

# Turnover
t-turnover = कारोबार

# The cluster's turnover that year: 450 cr, 4.5 lakh, 450000.
t-the-cluster-s-turnover-that-year-450-cr-a5d747 = उस वर्ष क्लस्टर का कारोबार: 450 cr, 4.5 lakh, 450000।

# Exports
t-exports = निर्यात

# Exports that year, if any.
t-exports-that-year-if-any = उस वर्ष का निर्यात, यदि हो।

# Field work
t-field-work = क्षेत्र कार्य

# Visits, meetings and enterprise interviews: when, where, whom you met, and the problems units raised in their own words. Link each interview to the bottlenecks it is evidence for. The survey's findings, one a row with how many units report it; and the validation meeting with the stakeholders.
t-visits-meetings-and-enterprise-interviews-0a2630 = दौरे, बैठकें और उद्यम साक्षात्कार: कब, कहाँ, किनसे मिले, और इकाइयों ने अपने शब्दों में कौन-सी समस्याएँ बताईं। हर साक्षात्कार को उन बाधाओं से जोड़ें जिनका वह साक्ष्य है। सर्वेक्षण के निष्कर्ष, प्रति पंक्ति एक, कितनी इकाइयों ने बताया सहित; और हितधारकों के साथ वैधीकरण बैठक।

# Visits
t-visits = दौरे

# Date
t-date = तिथि

# 2026-11-23, 23/11/2026 or 'today'.
t-2026-11-23-23-11-2026-or-today = 2026-11-23, 23/11/2026 या 'today'।

# Where the visit or meeting was.
t-where-the-visit-or-meeting-was = दौरा या बैठक कहाँ हुई।

# Purpose
t-purpose = उद्देश्य

# Met
t-met = किनसे मिले

# The stakeholders met (add them under Stakeholders first).
t-the-stakeholders-met-add-them-under-stakeholders-dd579a = जिन हितधारकों से मिले (पहले उन्हें हितधारक में जोड़ें)।

# What was seen and heard.
t-what-was-seen-and-heard = क्या देखा और सुना गया।

# Interviews
t-interviews = साक्षात्कार

# Enterprise
t-enterprise = उद्यम

# The unit interviewed.
t-the-unit-interviewed = जिस इकाई का साक्षात्कार हुआ।

# Size
t-size = आकार

# Workers
t-workers = श्रमिक

# Problems
t-problems = समस्याएँ

# The problems the unit raised, in its own words.
t-the-problems-the-unit-raised-in-its-own-003d21 = इकाई द्वारा उठाई गई समस्याएँ, उसी के शब्दों में।

# Evidence for
t-evidence-for = किसका साक्ष्य

# The bottlenecks these problems are evidence for.
t-the-bottlenecks-these-problems-are-evidence-45db43 = वे बाधाएँ जिनका ये समस्याएँ साक्ष्य हैं।

# Survey
t-survey = सर्वेक्षण

# Topic
t-topic = मुद्दा

# The area of business it is about ("Raw material", "Testing").
t-the-area-of-business-it-is-about-raw-material-4c8cce = यह व्यवसाय के किस पक्ष से संबंधित है ("कच्चा माल", "परीक्षण")।

# Finding
t-finding = निष्कर्ष

# What the survey found, in a sentence or two.
t-what-the-survey-found-in-a-sentence-or-two = सर्वेक्षण में क्या पाया गया, एक-दो वाक्यों में।

# Units reporting
t-units-reporting = बताने वाली इकाइयाँ

# How many of the units asked report it.
t-how-many-of-the-units-asked-report-it = पूछी गई इकाइयों में से कितनी यह बताती हैं।

# Units asked
t-units-asked = पूछी गई इकाइयाँ

# How many units were asked.
t-how-many-units-were-asked = कितनी इकाइयों से पूछा गया।

# Validation
t-validation = वैधीकरण

# When the stakeholders met to validate the diagnosis and the plan. Filling any field records the meeting.
t-when-the-stakeholders-met-to-validate-the-207c30 = जब हितधारक निदान और कार्ययोजना के वैधीकरण हेतु मिले। कोई भी फ़ील्ड भरने पर बैठक दर्ज हो जाती है।

# Participants
t-participants = प्रतिभागी

# Who took part, in words ("52 participants from 38 units, ...").
t-who-took-part-in-words-52-participants-from-906e6b = किसने भाग लिया, शब्दों में ("38 इकाइयों से 52 प्रतिभागी, ...")।

# Summary
t-summary = सारांश

# What was presented and what the stakeholders agreed.
t-what-was-presented-and-what-the-stakeholders-954b59 = क्या प्रस्तुत किया गया और हितधारक किस पर सहमत हुए।

# Changes
t-changes = बदलाव

# What the meeting changed in the findings or the plan.
t-what-the-meeting-changed-in-the-findings-6a99c4 = बैठक ने निष्कर्षों या कार्ययोजना में क्या बदला।

# Photos
t-photos = फ़ोटो

# File
t-file = फ़ाइल

# The JPEG or PNG file, relative to the study's folder (photos/moulding.jpg): copy it beside the study, then type the start or a part of its name and press Ctrl-T to complete it. The study holds only the path.
t-the-jpeg-or-png-file-relative-to-the-study-614744 = JPEG या PNG फ़ाइल, अध्ययन के फ़ोल्डर के सापेक्ष (photos/moulding.jpg): उसे अध्ययन के पास कॉपी करें, फिर नाम का आरंभ या कोई भाग टाइप कर Ctrl-T दबाएँ, नाम पूरा हो जाएगा। अध्ययन में केवल पथ रहता है।

# Caption
t-caption = चित्र विवरण

# What the photograph shows, as the documents print under it.
t-what-the-photograph-shows-as-the-documents-8b7c7f = फ़ोटो में क्या दिखता है, जैसा दस्तावेज़ों में उसके नीचे छपता है।

# When it was taken.
t-when-it-was-taken = फ़ोटो कब ली गई।

# Visit
t-visit = दौरा

# The field visit it was taken on.
t-the-field-visit-it-was-taken-on = किस क्षेत्र दौरे में ली गई।

# Stage
t-stage = चरण

# The value-chain stage it shows.
t-the-value-chain-stage-it-shows = इसमें मूल्य श्रृंखला का कौन-सा चरण है।

# CFC site
t-cfc-site = सीएफसी स्थल

# Whether it shows the proposed CFC's site (the DPR's site chapter shows it).
t-whether-it-shows-the-proposed-cfc-s-site-f448c0 = क्या यह प्रस्तावित सीएफसी का स्थल दिखाती है (डीपीआर के स्थल अध्याय में यह छपती है)।

# Machine
t-machine = मशीन

# The machine it shows (an item of the CFC's machinery, or one in a unit).
t-the-machine-it-shows-an-item-of-the-cfc-73950c = इसमें दिखी मशीन (सीएफसी की मशीनरी की कोई मद, या किसी इकाई की)।

# Stakeholders
t-stakeholders = हितधारक

# Everyone the project works with: business membership organisations, banks, BDS providers, suppliers, buyers, lead firms, technical institutions, government.
t-everyone-the-project-works-with-business-63f55c = वे सभी जिनके साथ परियोजना काम करती है: व्यावसायिक सदस्यता संगठन, बैंक, बीडीएस प्रदायक, आपूर्तिकर्ता, क्रेता, अग्रणी फर्में, तकनीकी संस्थान, सरकार।

# Name
t-name = नाम

# Kind
t-kind = प्रकार

# Role
t-role = भूमिका

# What they do for or in the cluster.
t-what-they-do-for-or-in-the-cluster = वे क्लस्टर के लिए या उसमें क्या करते हैं।

# Contact
t-contact = संपर्क

# Value chain
t-value-chain = मूल्य श्रृंखला

# Map the chain from raw material to market, stage by stage: who the actors are, what they do, where value is added and where it is lost.
t-map-the-chain-from-raw-material-to-market-c52a59 = कच्चे माल से बाजार तक की श्रृंखला, चरण दर चरण: कर्ता कौन हैं, क्या करते हैं, मूल्य कहाँ जुड़ता है और कहाँ घटता है।

# Map
t-map = मानचित्र

# Stages
t-stages = चरण

# Raw material, moulding, marketing ...
t-raw-material-moulding-marketing = कच्चा माल, मोल्डिंग, विपणन ...

# Actors
t-actors = कर्ता

# Who works at this stage, one per line.
t-who-works-at-this-stage-one-per-line = इस चरण पर कौन काम करता है, प्रति पंक्ति एक।

# Activities
t-activities = गतिविधियाँ

# Value added
t-value-added = मूल्य संवर्धन

# Where value is added here, and how much where known.
t-where-value-is-added-here-and-how-much-where-ded1c9 = यहाँ मूल्य कहाँ जुड़ता है, और ज्ञात हो तो कितना।

# Value lost
t-value-lost = मूल्य हानि

# Where value is lost at this stage.
t-where-value-is-lost-at-this-stage = इस चरण पर मूल्य कहाँ घटता है।

# Links
t-links = कड़ियाँ

# From
t-from = से

# The stage the flow starts at.
t-the-stage-the-flow-starts-at = वह चरण जहाँ से प्रवाह शुरू होता है।

# To
t-to = तक

# The stage it goes to.
t-the-stage-it-goes-to = वह चरण जहाँ तक यह जाता है।

# What flows
t-what-flows = प्रवाह

# Material, money or information.
t-material-money-or-information = माल, धन या सूचना।

# SWOT
t-swot = SWOT

# Strengths and weaknesses inside the cluster, opportunities and threats outside it; each with the evidence seen in the field.
t-strengths-and-weaknesses-inside-the-cluster-e2be82 = क्लस्टर के भीतर सामर्थ्य और कमजोरियाँ, बाहर अवसर और खतरे; हर एक के साथ क्षेत्र में देखा गया साक्ष्य।

# Grid
t-grid = तालिका

# Strengths
t-strengths = सामर्थ्य

# Strength
t-strength = सामर्थ्य

# Evidence
t-evidence = साक्ष्य

# What shows it.
t-what-shows-it = इसे क्या दर्शाता है।

# Weaknesses
t-weaknesses = कमजोरियाँ

# Weakness
t-weakness = कमजोरी

# Opportunities
t-opportunities = अवसर

# Opportunity
t-opportunity = अवसर

# Threats
t-threats = खतरे

# Threat
t-threat = खतरा

# Bottlenecks
t-bottlenecks = बाधाएँ

# The critical problems, each tied to a value-chain stage and a category (raw material, technology, quality, skills, market access, finance ...), with its severity, the share of units it hits, and the evidence.
t-the-critical-problems-each-tied-to-a-value-183021 = मुख्य समस्याएँ, हर एक मूल्य श्रृंखला के किसी चरण और श्रेणी (कच्चा माल, प्रौद्योगिकी, गुणवत्ता, कौशल, बाजार तक पहुंच, वित्त ...) से जुड़ी, उसकी गंभीरता, प्रभावित इकाइयों का अंश और साक्ष्य सहित।

# Bottleneck
t-bottleneck = बाधा

# The problem in a few words.
t-the-problem-in-a-few-words = समस्या, कुछ शब्दों में।

# Category
t-category = श्रेणी

# The value-chain stage where the problem bites.
t-the-value-chain-stage-where-the-problem-ea0537 = मूल्य श्रृंखला का वह चरण जहाँ समस्या आती है।

# Severity
t-severity = गंभीरता

# Units affected
t-units-affected = प्रभावित इकाइयाँ

# Share of the cluster's units affected, in %: 60 or 62.5.
t-share-of-the-cluster-s-units-affected-in-0210f1 = क्लस्टर की प्रभावित इकाइयों का अंश, % में: 60 या 62.5।

# What was seen or heard that shows the problem.
t-what-was-seen-or-heard-that-shows-the-problem = क्या देखा या सुना गया जो समस्या दर्शाता है।

# Root cause
t-root-cause = मूल कारण

# Why it happens.
t-why-it-happens = ऐसा क्यों होता है।

# Vision and themes
t-vision-and-themes = परिकल्पना और विषय

# Where the cluster wants to be in five years, and the few flagship themes (not everything) the project will attack to get there, each naming the bottlenecks it addresses.
t-where-the-cluster-wants-to-be-in-five-years-f23be6 = पाँच वर्षों में क्लस्टर कहाँ पहुँचना चाहता है, और वहाँ पहुँचने के लिए परियोजना जिन कुछ प्रमुख विषयों (सब कुछ नहीं) पर काम करेगी, हर एक उन बाधाओं के नाम सहित जिन्हें वह दूर करता है।

# Vision
t-vision = परिकल्पना

# Where the cluster wants to be in five years, agreed with its people.
t-where-the-cluster-wants-to-be-in-five-years-125594 = पाँच वर्षों में क्लस्टर कहाँ पहुँचना चाहता है, उसके लोगों की सहमति से।

# Themes
t-themes = विषय

# Theme
t-theme = विषय

# Objective
t-objective = उद्देश्य

# What the theme will achieve.
t-what-the-theme-will-achieve = इस विषय से क्या हासिल होगा।

# Addresses
t-addresses = लक्षित बाधाएँ

# The bottlenecks this theme attacks (Space ticks).
t-the-bottlenecks-this-theme-attacks-space-ade52f = वे बाधाएँ जिन्हें यह विषय दूर करता है (Space से टिक करें)।

# Rationale
t-rationale = औचित्य

# Why this theme, and why now.
t-why-this-theme-and-why-now = यही विषय क्यों, और अभी क्यों।

# Coverage
t-coverage = कवरेज

# Action plan
t-action-plan = कार्ययोजना

# Soft interventions first (awareness, trust building, exposure visits, training, BDS linkages), hard ones (CFC, infrastructure) only where needed. Each action serves a theme and has its timing, who is responsible, its cost and who pays.
t-soft-interventions-first-awareness-trust-93224c = पहले सॉफ्ट इंटरवेंशन (जागरूकता, विश्वास निर्माण, अध्ययन यात्राएँ, प्रशिक्षण, बीडीएस से जुड़ाव), हार्ड (सीएफसी, अधोसंरचना) केवल जहाँ आवश्यक हो। हर कार्य किसी विषय के लिए है और उसका समय, उत्तरदायी, लागत और भुगतानकर्ता तय होते हैं।

# Actions
t-actions = कार्य

# Action
t-action = कार्य

# The flagship theme the action serves.
t-the-flagship-theme-the-action-serves = वह प्रमुख विषय जिसके लिए यह कार्य है।

# Soft first; hard only where needed.
t-soft-first-hard-only-where-needed = पहले सॉफ्ट; हार्ड केवल जहाँ आवश्यक हो।

# Component
t-component = घटक

# The scheme's component that funds it; none (Backspace) when it is funded outside the scheme, and Funded by says who pays.
t-the-scheme-s-component-that-funds-it-none-0ee5c6 = योजना का घटक जिससे इसका वित्त पोषण होता है; योजना से बाहर हो तो कोई नहीं (Backspace), और वित्त पोषक बताता है कि भुगतान कौन करता है।

# Start month
t-start-month = आरंभ माह

# The plan's month it starts in; 1 is the first.
t-the-plan-s-month-it-starts-in-1-is-the-first = कार्ययोजना का माह जिसमें यह शुरू होता है; 1 पहला है।

# Months
t-months = माह

# How many months it runs.
t-how-many-months-it-runs = यह कितने माह चलता है।

# Responsible
t-responsible = उत्तरदायी

# Who carries it out.
t-who-carries-it-out = इसे कौन करता है।

# Cost
t-cost = लागत

# 4.5 lakh, 4.5L, 2 cr or 450000; or itemise it on the Cost lines tab (Ctrl-PgDn).
t-4-5-lakh-4-5l-2-cr-or-450000-or-itemise-e80a24 = 4.5 lakh, 4.5L, 2 cr या 450000; या लागत मदें टैब पर मदवार लिखें (Ctrl-PgDn)।

# Funded by
t-funded-by = वित्त पोषक

# Who pays when the scheme does not.
t-who-pays-when-the-scheme-does-not = योजना से भुगतान न हो तो कौन करता है।

# Indicators
t-indicators = संकेतक

# The indicators that measure it.
t-the-indicators-that-measure-it = इसे मापने वाले संकेतक।

# After
t-after = इनके बाद

# The actions that must finish before this one starts: the arrows of the implementation schedule's chart.
t-the-actions-that-must-finish-before-this-272398 = वे कार्य जिन्हें इसके शुरू होने से पहले पूरा होना है: कार्यान्वयन समय-सारणी के चार्ट के तीर।

# Cost lines
t-cost-lines = लागत मदें

# Item
t-item = मद

# Trainer fees, hall, travel ...
t-trainer-fees-hall-travel = प्रशिक्षक शुल्क, हॉल, यात्रा ...

# Quantity
t-quantity = मात्रा

# How many units (empty counts as one).
t-how-many-units-empty-counts-as-one = कितनी इकाइयाँ (खाली हो तो एक)।

# Unit
t-unit = इकाई

# Day, batch, participant ...
t-day-batch-participant = दिन, बैच, प्रतिभागी ...

# Unit cost
t-unit-cost = इकाई लागत

# 15000, 1.5 lakh ...
t-15000-1-5-lakh = 15000, 1.5 lakh ...

# Plan
t-plan = कार्ययोजना

# Plan starts
t-plan-starts = कार्ययोजना आरंभ

# The month the plan starts, as 2027-04; actions count their months from it.
t-the-month-the-plan-starts-as-2027-04-actions-8297c2 = कार्ययोजना का आरंभ माह, जैसे 2027-04; कार्यों के माह इसी से गिने जाते हैं।

# Timeline
t-timeline = समयरेखा

# Budget
t-budget = बजट

# Schemes
t-schemes = योजनाएँ

# Output, outcome, impact and sustainability indicators, each with a unit, a baseline today, a target, and where the figure will come from.
t-output-outcome-impact-and-sustainability-320b7a = आउटपुट, परिणाम, प्रभाव और स्थायित्व संकेतक, हर एक की इकाई, आज की आधार रेखा, लक्ष्य, और आँकड़ा कहाँ से आएगा।

# Indicator
t-indicator = संकेतक

# Level
t-level = स्तर

# Units, tonnes a year, Rs. lakh ...
t-units-tonnes-a-year-rs-lakh = इकाइयाँ, टन प्रति वर्ष, रु. लाख ...

# Baseline
t-baseline = आधार रेखा

# The figure today.
t-the-figure-today = आज का आँकड़ा।

# Target
t-target = लक्ष्य

# The figure the project aims for.
t-the-figure-the-project-aims-for = परियोजना का लक्षित आँकड़ा।

# Source
t-source = स्रोत

# Where and how the figure is collected.
t-where-and-how-the-figure-is-collected = आँकड़ा कहाँ और कैसे एकत्र होता है।

# Frequency
t-frequency = आवृत्ति

# Quarterly, yearly ...
t-quarterly-yearly = तिमाही, वार्षिक ...

# SPV
t-spv = एसपीवी

# For a DPR with a common facility: the SPV that owns and runs it (its registration or when it will be, its members with their equity, no member above a tenth, its records) and the implementing, technical and nodal agencies. Filling any SPV field adds the SPV to the study.
t-for-a-dpr-with-a-common-facility-the-spv-fd6f8e = सार्वजनिक सुविधा वाली डीपीआर के लिए: उसका स्वामित्व और संचालन करने वाला एसपीवी (पंजीकरण या वह कब होगा, सदस्य और उनकी अंश पूंजी, कोई सदस्य दसवें भाग से अधिक नहीं, अभिलेख) और कार्यान्वयन, तकनीकी व नोडल एजेंसियाँ। कोई भी एसपीवी फ़ील्ड भरने पर एसपीवी अध्ययन में जुड़ जाता है।

# Legal form
t-legal-form = विधिक स्वरूप

# Registered on
t-registered-on = पंजीकरण तिथि

# Registration due
t-registration-due = प्रस्तावित पंजीकरण

# While the SPV is not registered: when and how it will be ("to be incorporated as a producer company in months 4-7 of the plan"). The documents print it where the date of registration goes.
t-while-the-spv-is-not-registered-when-and-0ff3e1 = जब तक एसपीवी पंजीकृत नहीं: कब और कैसे होगा ("कार्ययोजना के माह 4-7 में उत्पादक कंपनी के रूप में निगमित होगा")। दस्तावेज़ इसे पंजीकरण तिथि के स्थान पर छापते हैं।

# Address
t-address = पता

# Member units
t-member-units = सदस्य इकाइयाँ

# All member units, listed below or not.
t-all-member-units-listed-below-or-not = सभी सदस्य इकाइयाँ, नीचे सूचीबद्ध हों या नहीं।

# Objectives
t-objectives = उद्देश्य

# Authorised capital
t-authorised-capital = अधिकृत पूंजी

# Special case
t-special-case = विशेष स्थिति

# Why the scheme's special case applies (a high-investment or high-technology project, a small cluster), which lowers the members needed. Empty when it does not.
t-why-the-scheme-s-special-case-applies-a-bd8449 = योजना की विशेष स्थिति क्यों लागू है (उच्च निवेश या उच्च प्रौद्योगिकी परियोजना, छोटा क्लस्टर), जिससे आवश्यक सदस्य संख्या घटती है। लागू न हो तो खाली।

# Members
t-members = सदस्य

# Member
t-member = सदस्य

# Equity
t-equity = अंश पूंजी

# Records
t-records = अभिलेख

# Officials on board
t-officials-on-board = बोर्ड में अधिकारी

# State Government and MSME officials on the SPV's board.
t-state-government-and-msme-officials-on-the-eafbef = एसपीवी के बोर्ड में राज्य सरकार और एमएसएमई के अधिकारी।

# Business since
t-business-since = व्यवसाय आरंभ

# When the SPV began business.
t-when-the-spv-began-business = एसपीवी ने व्यवसाय कब शुरू किया।

# Enrolment clause
t-enrolment-clause = सदस्यता प्रावधान

# The articles' provision for enrolling new members.
t-the-articles-provision-for-enrolling-new-ef980d = अंतर्नियमों में नए सदस्य जोड़ने का प्रावधान।

# Surplus clause
t-surplus-clause = अधिशेष प्रावधान

# The articles' clause that profits or surplus are ploughed back into the CFC.
t-the-articles-clause-that-profits-or-surplus-30c194 = अंतर्नियमों का यह प्रावधान कि लाभ या अधिशेष सीएफसी में ही लगेगा।

# Project account
t-project-account = परियोजना खाता

# The project-specific account in a scheduled bank.
t-the-project-specific-account-in-a-scheduled-7538ce = अनुसूचित बैंक में परियोजना का अलग खाता।

# KYC
t-kyc = केवाईसी

# The SPV's KYC with its bank.
t-the-spv-s-kyc-with-its-bank = एसपीवी का अपने बैंक में केवाईसी।

# Connected lending
t-connected-lending = संबद्ध ऋण

# Any connected lending.
t-any-connected-lending = कोई संबद्ध ऋण।

# Auditors' remarks
t-auditors-remarks = अंकेक्षक की टिप्पणी

# The auditors' remarks on the SPV's accounts.
t-the-auditors-remarks-on-the-spv-s-accounts = एसपीवी के लेखों पर अंकेक्षक की टिप्पणी।

# Earlier assistance
t-earlier-assistance = पूर्व सहायता

# Earlier assistance from banks or financial institutions.
t-earlier-assistance-from-banks-or-financial-53d6b9 = बैंकों या वित्तीय संस्थाओं से पहले मिली सहायता।

# Court cases
t-court-cases = न्यायालयीन प्रकरण

# Cases in court involving the SPV, or none.
t-cases-in-court-involving-the-spv-or-none = एसपीवी से जुड़े न्यायालयीन प्रकरण, या कोई नहीं।

# Agencies
t-agencies = एजेंसियाँ

# Implementing, technical or nodal agency, as the scheme names them.
t-implementing-technical-or-nodal-agency-as-c53b7d = कार्यान्वयन, तकनीकी या नोडल एजेंसी, जैसा योजना उन्हें कहती है।

# Agency
t-agency = एजेंसी

# The organisation's name.
t-the-organisation-s-name = संस्था का नाम।

# Registration
t-registration = पंजीकरण

# The act, number and date ("Societies Registration Act 1860, No. 1234 of 2011"), or how it stands while pending.
t-the-act-number-and-date-societies-registration-1f0cf6 = अधिनियम, क्रमांक और तिथि ("सोसाइटी रजिस्ट्रीकरण अधिनियम, 1860, क्र. 1234/2011"), या लंबित हो तो उसकी स्थिति।

# Experience
t-experience = अनुभव

# Its record: years and kind of work, in this cluster and elsewhere.
t-its-record-years-and-kind-of-work-in-this-c83229 = इसका अनुभव: वर्ष और कार्य का प्रकार, इस क्लस्टर में और अन्यत्र।

# The person to contact and how.
t-the-person-to-contact-and-how = संपर्क व्यक्ति और संपर्क का तरीका।

# CFC project
t-cfc-project = सीएफसी परियोजना

# For a DPR: the Common Facility Centre. Where it is and what it offers, its cost heads and machinery, the loan and the State's and SPV's shares, how it will run (capacity, utilisation, user charges, costs), its technical side, schedule, approvals and risks. Filling any field adds the CFC to the study.
t-for-a-dpr-the-common-facility-centre-where-abf8a4 = डीपीआर के लिए: सार्वजनिक सुविधा केन्द्र। स्थान और सुविधाएँ, लागत मद और मशीनरी, ऋण तथा राज्य व एसपीवी के अंश, संचालन (क्षमता, उपयोग, उपयोगकर्ता शुल्क, लागत), तकनीकी पक्ष, समय-सारणी, अनुमोदन और जोखिम। कोई भी फ़ील्ड भरने पर सीएफसी अध्ययन में जुड़ जाता है।

# Project
t-project = परियोजना

# Location
t-location = अवस्थिति

# Facilities
t-facilities = सुविधाएँ

# The main facilities proposed.
t-the-main-facilities-proposed = प्रस्तावित मुख्य सुविधाएँ।

# Why the cluster needs this centre.
t-why-the-cluster-needs-this-centre = क्लस्टर को इस केन्द्र की आवश्यकता क्यों है।

# Land
t-land = भूमि

# Land, acres
t-land-acres = भूमि, एकड़

# The land's area in acres (some schemes set a minimum).
t-the-land-s-area-in-acres-some-schemes-set-b7747d = भूमि का क्षेत्रफल एकड़ में (कुछ योजनाएँ न्यूनतम तय करती हैं)।

# Lease years
t-lease-years = पट्टा अवधि, वर्ष

# Implementing agency
t-implementing-agency = कार्यान्वयन एजेंसी

# Viability
t-viability = व्यवहार्यता

# Costs
t-costs = लागत

# Site development
t-site-development = स्थल विकास

# Building
t-building = भवन

# Building and civil works.
t-building-and-civil-works = भवन और सिविल कार्य

# Misc. fixed assets
t-misc-fixed-assets = विविध स्थायी परिसंपत्ति

# Preliminary
t-preliminary = प्रारंभिक व्यय

# Pre-operative
t-pre-operative = पूर्व-परिचालन व्यय

# Contingency
t-contingency = आकस्मिक व्यय

# WC margin
t-wc-margin = कार्यशील पूंजी मार्जिन

# Margin money for working capital.
t-margin-money-for-working-capital = कार्यशील पूंजी के लिए मार्जिन मनी

# Machinery
t-machinery = मशीनरी

# Supplier
t-supplier = आपूर्तिकर्ता

# Finance
t-finance = वित्त

# Term loan
t-term-loan = सावधि ऋण

# Interest %
t-interest-pct = ब्याज %

# Repayment years
t-repayment-years = पुनर्भुगतान वर्ष

# After the moratorium.
t-after-the-moratorium = अधिस्थगन के बाद।

# Moratorium months
t-moratorium-months = अधिस्थगन माह

# State's share
t-state-s-share = राज्य का अंश

# As the State sanctioned or committed it. Empty: the scheme's usual State share, where it states one.
t-as-the-state-sanctioned-or-committed-it-9b44ba = जैसा राज्य ने स्वीकृत या प्रतिबद्ध किया। खाली: योजना का सामान्य राज्य अंश, जहाँ वह तय हो।

# SPV's share
t-spv-s-share = एसपीवी का अंश

# The SPV's own funds, as fixed. Empty: the SPV meets what the grant, the State and the loan leave.
t-the-spv-s-own-funds-as-fixed-empty-the-spv-35c5c0 = एसपीवी की अपनी राशि, जैसी तय हुई। खाली: अनुदान, राज्य और ऋण के बाद बची राशि एसपीवी देता है।

# Operations
t-operations = संचालन

# Capacity a year
t-capacity-a-year = वार्षिक क्षमता

# Installed capacity per year, in the unit below.
t-installed-capacity-per-year-in-the-unit-43f48e = प्रति वर्ष स्थापित क्षमता, नीचे दी गई इकाई में।

# Capacity unit
t-capacity-unit = क्षमता की इकाई

# Tonnes, pieces ...
t-tonnes-pieces = टन, नग ...

# Utilisation %
t-utilisation-pct = क्षमता उपयोग %

# By year: 40, 55, 70 (the last holds after).
t-by-year-40-55-70-the-last-holds-after = वर्षवार: 40, 55, 70 (आगे अंतिम लागू रहता है)।

# Members' share %
t-members-share-pct = सदस्यों का अंश %

# Share of volume members bring.
t-share-of-volume-members-bring = कुल मात्रा में सदस्यों का अंश।

# Charge (members)
t-charge-members = शुल्क (सदस्य)

# User charge per unit, members (paise allowed: 0.90).
t-user-charge-per-unit-members-paise-allowed-7f674c = प्रति इकाई उपयोगकर्ता शुल्क, सदस्य (पैसे भी चलेंगे: 0.90)।

# Charge (others)
t-charge-others = शुल्क (अन्य)

# User charge per unit, others.
t-user-charge-per-unit-others = प्रति इकाई उपयोगकर्ता शुल्क, अन्य।

# Charge rise %
t-charge-rise-pct = शुल्क वृद्धि %

# Yearly rise of user charges.
t-yearly-rise-of-user-charges = उपयोगकर्ता शुल्क में वार्षिक वृद्धि।

# Cost rise %
t-cost-rise-pct = लागत वृद्धि %

# Yearly rise of operating costs.
t-yearly-rise-of-operating-costs = संचालन लागत में वार्षिक वृद्धि।

# Building life
t-building-life = भवन की आयु

# Years, for depreciation.
t-years-for-depreciation = वर्ष, मूल्यह्रास के लिए।

# Machinery life
t-machinery-life = मशीनरी की आयु

# Tax %
t-tax-pct = कर %

# Zero for a Section 8 company.
t-zero-for-a-section-8-company = धारा 8 कंपनी के लिए शून्य।

# Tax depreciation
t-tax-depreciation = कर मूल्यह्रास

# The books use straight line.
t-the-books-use-straight-line = लेखा पुस्तकों में सीधी रेखा पद्धति।

# Working capital
t-working-capital = कार्यशील पूंजी

# Months of operating costs held; 1 when empty.
t-months-of-operating-costs-held-1-when-empty = कितने माह की संचालन लागत रखी जाए; खाली हो तो 1।

# Fixed costs
t-fixed-costs = स्थिर लागत

# Salaries, maintenance ...
t-salaries-maintenance = वेतन, रखरखाव ...

# A year
t-a-year = प्रति वर्ष

# Variable costs
t-variable-costs = परिवर्तनीय लागत

# Power, consumables ...
t-power-consumables = बिजली, उपभोग्य सामग्री ...

# Per unit
t-per-unit = प्रति इकाई

# Technical
t-technical = तकनीकी

# Technology
t-technology = प्रौद्योगिकी

# Raw materials
t-raw-materials = कच्चा माल

# Utilities
t-utilities = उपयोगिताएँ

# Power, water ...
t-power-water = बिजली, पानी ...

# Effluent
t-effluent = अपशिष्ट

# Effluents and their treatment.
t-effluents-and-their-treatment = अपशिष्ट और उनका शोधन।

# Innovation
t-innovation = नवाचार

# What the centre provides for Industry 4.0, artificial intelligence and innovation.
t-what-the-centre-provides-for-industry-4-be7c89 = केन्द्र उद्योग 4.0, कृत्रिम बुद्धिमत्ता और नवाचार के लिए क्या उपलब्ध कराता है।

# Manpower
t-manpower = मानव संसाधन

# Post
t-post = पद

# Number
t-number = संख्या

# Schedule
t-schedule = समय-सारणी

# Activity
t-activity = गतिविधि

# Start
t-start = आरंभ

# As 2027-04.
t-as-2027-04 = जैसे 2027-04।

# End
t-end = समाप्ति

# As 2028-03.
t-as-2028-03 = जैसे 2028-03।

# The actions of the plan that must finish before this milestone starts.
t-the-actions-of-the-plan-that-must-finish-cbd515 = कार्ययोजना के वे कार्य जो इस पड़ाव के शुरू होने से पहले पूरे होने चाहिए।

# Approvals
t-approvals = अनुमोदन

# Approval
t-approval = अनुमोदन

# Before
t-before = पूर्व स्थिति

# Production unit
t-production-unit = उत्पादन की इकाई

# What the production figures count ("tonnes a year", "pieces a year").
t-what-the-production-figures-count-tonnes-076f32 = उत्पादन के आँकड़े किस इकाई में हैं ("टन प्रति वर्ष", "नग प्रति वर्ष")।

# Units
t-units = इकाइयाँ

# Units in the cluster. Today, before the CFC (0 if there is none).
t-units-in-the-cluster-today-before-the-cfc-b74aef = क्लस्टर में इकाइयाँ। आज, सीएफसी से पहले (न हो तो 0)।

# SC/ST-owned
t-sc-st-owned = अजा/अजजा स्वामित्व

# Units owned by SC or ST entrepreneurs. Today, before the CFC (0 if there is none).
t-units-owned-by-sc-or-st-entrepreneurs-today-4481d9 = अनुसूचित जाति या जनजाति के उद्यमियों की इकाइयाँ। आज, सीएफसी से पहले (न हो तो 0)।

# Units owned by women. Today, before the CFC (0 if there is none).
t-units-owned-by-women-today-before-the-cfc-16781d = महिला स्वामित्व वाली इकाइयाँ। आज, सीएफसी से पहले (न हो तो 0)।

# Units owned by minorities. Today, before the CFC (0 if there is none).
t-units-owned-by-minorities-today-before-the-bc3c12 = अल्पसंख्यक स्वामित्व वाली इकाइयाँ। आज, सीएफसी से पहले (न हो तो 0)।

# Employment
t-employment = रोजगार

# People employed directly. Today, before the CFC (0 if there is none).
t-people-employed-directly-today-before-the-4569de = प्रत्यक्ष रोजगार पाए व्यक्ति। आज, सीएफसी से पहले (न हो तो 0)।

# Production
t-production = उत्पादन

# Production a year, in the unit given under Before. Today, before the CFC (0 if there is none).
t-production-a-year-in-the-unit-given-under-42fd93 = वार्षिक उत्पादन, 'पूर्व स्थिति' में दी गई इकाई में। आज, सीएफसी से पहले (न हो तो 0)।

# Exports a year. Today, before the CFC (0 if there is none).
t-exports-a-year-today-before-the-cfc-0-if-4ce0d1 = वार्षिक निर्यात। आज, सीएफसी से पहले (न हो तो 0)।

# Imports replaced
t-imports-replaced = आयात प्रतिस्थापन

# Imports the cluster's products replace, a year. Today, before the CFC (0 if there is none).
t-imports-the-cluster-s-products-replace-a-acb8af = क्लस्टर के उत्पादों से प्रतिस्थापित वार्षिक आयात। आज, सीएफसी से पहले (न हो तो 0)।

# Patents
t-patents = पेटेंट

# Patents held. Today, before the CFC (0 if there is none).
t-patents-held-today-before-the-cfc-0-if-there-28b124 = धारित पेटेंट। आज, सीएफसी से पहले (न हो तो 0)।

# Investment
t-investment = निवेश

# Investment in plant and machinery of the units. Today, before the CFC (0 if there is none).
t-investment-in-plant-and-machinery-of-the-c9dd35 = इकाइयों का संयंत्र व मशीनरी में निवेश। आज, सीएफसी से पहले (न हो तो 0)।

# Turnover a year. Today, before the CFC (0 if there is none).
t-turnover-a-year-today-before-the-cfc-0-if-435489 = वार्षिक कारोबार। आज, सीएफसी से पहले (न हो तो 0)।

# Profit
t-profit = लाभ

# Profit a year. Today, before the CFC (0 if there is none).
t-profit-a-year-today-before-the-cfc-0-if-ca22c2 = वार्षिक लाभ। आज, सीएफसी से पहले (न हो तो 0)।

# Certified units
t-certified-units = प्रमाणित इकाइयाँ

# Units with a quality certification (ISO, BIS, Handloom or Craft Mark ...). Today, before the CFC (0 if there is none).
t-units-with-a-quality-certification-iso-bis-07343f = गुणवत्ता प्रमाणन वाली इकाइयाँ (ISO, BIS, हैंडलूम या क्राफ्ट मार्क ...)। आज, सीएफसी से पहले (न हो तो 0)।

# ZED-certified
t-zed-certified = ZED-प्रमाणित

# ZED-certified units. Today, before the CFC (0 if there is none).
t-zed-certified-units-today-before-the-cfc-e788a0 = ZED-प्रमाणित इकाइयाँ। आज, सीएफसी से पहले (न हो तो 0)।

# Target year
t-target-year = लक्ष्य वर्ष

# The year the targets are for ("2031-32"), or the years after the start.
t-the-year-the-targets-are-for-2031-32-or-ec8aeb = लक्ष्य किस वर्ष के हैं ("2031-32"), या आरंभ से कितने वर्ष बाद।

# Units in the cluster. The target once the CFC runs.
t-units-in-the-cluster-the-target-once-the-bd0ae0 = क्लस्टर में इकाइयाँ। सीएफसी चलने के बाद का लक्ष्य।

# Units owned by SC or ST entrepreneurs. The target once the CFC runs.
t-units-owned-by-sc-or-st-entrepreneurs-the-f64a8e = अनुसूचित जाति या जनजाति के उद्यमियों की इकाइयाँ। सीएफसी चलने के बाद का लक्ष्य।

# Units owned by women. The target once the CFC runs.
t-units-owned-by-women-the-target-once-the-2bb5fa = महिला स्वामित्व वाली इकाइयाँ। सीएफसी चलने के बाद का लक्ष्य।

# Units owned by minorities. The target once the CFC runs.
t-units-owned-by-minorities-the-target-once-87b479 = अल्पसंख्यक स्वामित्व वाली इकाइयाँ। सीएफसी चलने के बाद का लक्ष्य।

# People employed directly. The target once the CFC runs.
t-people-employed-directly-the-target-once-6250dd = प्रत्यक्ष रोजगार पाए व्यक्ति। सीएफसी चलने के बाद का लक्ष्य।

# Production a year, in the unit given under Before. The target once the CFC runs.
t-production-a-year-in-the-unit-given-under-c4769c = वार्षिक उत्पादन, 'पूर्व स्थिति' में दी गई इकाई में। सीएफसी चलने के बाद का लक्ष्य।

# Exports a year. The target once the CFC runs.
t-exports-a-year-the-target-once-the-cfc-runs = वार्षिक निर्यात। सीएफसी चलने के बाद का लक्ष्य।

# Imports the cluster's products replace, a year. The target once the CFC runs.
t-imports-the-cluster-s-products-replace-a-7cd720 = क्लस्टर के उत्पादों से प्रतिस्थापित वार्षिक आयात। सीएफसी चलने के बाद का लक्ष्य।

# Patents held. The target once the CFC runs.
t-patents-held-the-target-once-the-cfc-runs = धारित पेटेंट। सीएफसी चलने के बाद का लक्ष्य।

# Investment in plant and machinery of the units. The target once the CFC runs.
t-investment-in-plant-and-machinery-of-the-4aeeb2 = इकाइयों का संयंत्र व मशीनरी में निवेश। सीएफसी चलने के बाद का लक्ष्य।

# Turnover a year. The target once the CFC runs.
t-turnover-a-year-the-target-once-the-cfc-f07dbe = वार्षिक कारोबार। सीएफसी चलने के बाद का लक्ष्य।

# Profit a year. The target once the CFC runs.
t-profit-a-year-the-target-once-the-cfc-runs = वार्षिक लाभ। सीएफसी चलने के बाद का लक्ष्य।

# Units with a quality certification (ISO, BIS, Handloom or Craft Mark ...). The target once the CFC runs.
t-units-with-a-quality-certification-iso-bis-241ab0 = गुणवत्ता प्रमाणन वाली इकाइयाँ (ISO, BIS, हैंडलूम या क्राफ्ट मार्क ...)। सीएफसी चलने के बाद का लक्ष्य।

# ZED-certified units. The target once the CFC runs.
t-zed-certified-units-the-target-once-the-9e580b = ZED-प्रमाणित इकाइयाँ। सीएफसी चलने के बाद का लक्ष्य।

# Risks
t-risks = जोखिम

# Phase
t-phase = चरण

# Risk
t-risk = जोखिम

# Mitigation
t-mitigation = निवारण

# Selection
t-selection = चयन

# Why this cluster: a score on each criterion of selection (critical mass, location, replicability, social and environmental conditions, viability, promotability, complementarity) with its evidence. The department's rules file weighs them. Adding a score adds the section to the study.
t-why-this-cluster-a-score-on-each-criterion-f90d9a = यही क्लस्टर क्यों: चयन के हर मानदंड (क्रांतिक द्रव्यमान, अवस्थिति, प्रतिकृतिकरण, सामाजिक व पर्यावरणीय स्थितियाँ, व्यवहार्यता, संवर्धनीयता, पूरकता) पर अंक, साक्ष्य सहित। विभाग की नियम फ़ाइल इन्हें भार देती है। अंक जोड़ने से यह खंड अध्ययन में जुड़ जाता है।

# Scores
t-scores = अंक

# Criterion
t-criterion = मानदंड

# Score
t-score = अंक

# 0 to 5 (the rules file's scale).
t-0-to-5-the-rules-file-s-scale = 0 से 5 (नियम फ़ाइल का पैमाना)।

# Figures, visits, interviews the score rests on.
t-figures-visits-interviews-the-score-rests-75aa89 = आँकड़े, दौरे, साक्षात्कार जिन पर अंक आधारित है।

# How and by whom the cluster was selected.
t-how-and-by-whom-the-cluster-was-selected = क्लस्टर का चयन कैसे और किसने किया।

# Progress
t-progress = प्रगति

# After sanction: one report per quarter or year (add it on Periods, then its Actions and Indicators tabs), the grant's releases, and a utilisation certificate (GFR 12-A) for each financial year. Adding a period adds the section to the study.
t-after-sanction-one-report-per-quarter-or-a4db28 = स्वीकृति के बाद: हर तिमाही या वर्ष की एक रिपोर्ट (अवधियाँ में जोड़ें, फिर उसके कार्य और संकेतक टैब), अनुदान की जारी किस्तें, और हर वित्तीय वर्ष का उपयोगिता प्रमाण पत्र (GFR 12-A)। अवधि जोड़ने से यह खंड अध्ययन में जुड़ जाता है।

# Periods
t-periods = अवधियाँ

# Period
t-period = अवधि

# A financial year (2027-28) or a quarter of it (2027-28 Q1 is April to June).
t-a-financial-year-2027-28-or-a-quarter-of-b06ecd = एक वित्तीय वर्ष (2027-28) या उसकी एक तिमाही (2027-28 Q1 यानी अप्रैल से जून)।

# Units put in
t-units-put-in = इकाइयों का योगदान

# Primary stakeholders: what the cluster's units contributed.
t-primary-stakeholders-what-the-cluster-s-9a5013 = प्राथमिक हितधारक: क्लस्टर की इकाइयों का योगदान।

# Government
t-government = सरकार

# Secondary stakeholders: government contributions.
t-secondary-stakeholders-government-contributions = द्वितीयक हितधारक: सरकारी योगदान।

# Banks
t-banks = बैंक

# Secondary stakeholders: banks and financial institutions.
t-secondary-stakeholders-banks-and-financial-02c32a = द्वितीयक हितधारक: बैंक और वित्तीय संस्थान।

# Others
t-others = अन्य

# Secondary stakeholders: anyone else.
t-secondary-stakeholders-anyone-else = द्वितीयक हितधारक: अन्य कोई भी।

# Institutions trained
t-institutions-trained = प्रशिक्षित संस्थान

# Agency capacity building: institutions trained and handheld.
t-agency-capacity-building-institutions-trained-5070e1 = एजेंसी का क्षमता निर्माण: प्रशिक्षित और हैंडहोल्डिंग पाए संस्थान।

# Persons trained
t-persons-trained = प्रशिक्षित व्यक्ति

# Persons of those institutions trained.
t-persons-of-those-institutions-trained = उन संस्थानों के प्रशिक्षित व्यक्ति।

# Policy workshops
t-policy-workshops = नीति कार्यशालाएँ

# Workshop institutions
t-workshop-institutions = कार्यशाला संस्थान

# Institutions that took part in the policy workshops.
t-institutions-that-took-part-in-the-policy-4a19e7 = नीति कार्यशालाओं में भाग लेने वाले संस्थान।

# Networks existing
t-networks-existing = वर्तमान नेटवर्क

# Networks in the cluster at the end of the period.
t-networks-in-the-cluster-at-the-end-of-the-f2fb42 = अवधि के अंत में क्लस्टर के नेटवर्क।

# Networks created
t-networks-created = निर्मित नेटवर्क

# New formal networks created in the period.
t-new-formal-networks-created-in-the-period = अवधि में बने नए औपचारिक नेटवर्क।

# Network members
t-network-members = नेटवर्क सदस्य

# Members of the networks created.
t-members-of-the-networks-created = बने हुए नेटवर्कों के सदस्य।

# BDS providers
t-bds-providers = बीडीएस प्रदायक

# BDS providers active at the end of the period.
t-bds-providers-active-at-the-end-of-the-period = अवधि के अंत में सक्रिय बीडीएस प्रदायक।

# BDS created
t-bds-created = निर्मित बीडीएसपी

# BDS providers created in the period.
t-bds-providers-created-in-the-period = अवधि में बने बीडीएस प्रदायक।

# BDS linked
t-bds-linked = संयोजित बीडीएसपी

# BDS providers linked to the cluster in the period.
t-bds-providers-linked-to-the-cluster-in-the-a7c4a6 = अवधि में क्लस्टर से जोड़े गए बीडीएस प्रदायक।

# Programmes started
t-programmes-started = शुरू कार्यक्रम

# Impact: new cluster programmes started on this one's results.
t-impact-new-cluster-programmes-started-on-1b945a = प्रभाव: इसके परिणामों के आधार पर शुरू नए क्लस्टर कार्यक्रम।

# Programmes modified
t-programmes-modified = संशोधित कार्यक्रम

# Old programmes modified to include cluster issues.
t-old-programmes-modified-to-include-cluster-4234a9 = क्लस्टर के मुद्दे शामिल करने हेतु संशोधित पुराने कार्यक्रम।

# Clusters picked up
t-clusters-picked-up = चुने गए क्लस्टर

# New clusters picked up.
t-new-clusters-picked-up = चुने गए नए क्लस्टर।

# Policy document
t-policy-document = नीति दस्तावेज

# A policy document that reflects the project, if any.
t-a-policy-document-that-reflects-the-project-5a197d = परियोजना को प्रतिबिंबित करने वाला नीति दस्तावेज, यदि हो।

# The action of the plan.
t-the-action-of-the-plan = कार्ययोजना का कार्य।

# Where it stands at the end of the period.
t-where-it-stands-at-the-end-of-the-period = अवधि के अंत में उसकी स्थिति।

# Started
t-started = शुरू

# Done
t-done = पूर्ण

# Spent: GoI
t-spent-goi = व्यय: भारत सरकार

# Spent in this period from the Government of India's grant.
t-spent-in-this-period-from-the-government-b02359 = इस अवधि में भारत सरकार के अनुदान से व्यय।

# Spent: State
t-spent-state = व्यय: राज्य

# From the State Government's share.
t-from-the-state-government-s-share = राज्य सरकार के अंश से।

# Spent: SPV/units
t-spent-spv-units = व्यय: एसपीवी/इकाई

# From the beneficiaries' own share.
t-from-the-beneficiaries-own-share = लाभार्थियों के अपने अंश से।

# Spent: others
t-spent-others = व्यय: अन्य

# From anyone else (a loan, another programme).
t-from-anyone-else-a-loan-another-programme = किसी अन्य स्रोत से (ऋण, कोई अन्य कार्यक्रम)।

# Note
t-note = टिप्पणी

# Why it was dropped, why it costs more than planned, what held it up.
t-why-it-was-dropped-why-it-costs-more-than-367ddd = क्यों छोड़ा गया, लागत अनुमान से अधिक क्यों, देरी किस कारण हुई।

# Value
t-value = मान

# The value measured, in the indicator's unit.
t-the-value-measured-in-the-indicator-s-unit = मापा गया मान, संकेतक की इकाई में।

# Persons
t-persons = व्यक्ति

# Persons the figure covers (income, wages, employment).
t-persons-the-figure-covers-income-wages-employment = आँकड़े में शामिल व्यक्ति (आय, मजदूरी, रोजगार)।

# Of them women
t-of-them-women = इनमें महिलाएँ

# Poverty groups
t-poverty-groups = निर्धन वर्ग

# Of them from poverty groups.
t-of-them-from-poverty-groups = इनमें निर्धन वर्ग के व्यक्ति।

# Survey, SPV accounts, bank statement ...
t-survey-spv-accounts-bank-statement = सर्वेक्षण, एसपीवी के लेखे, बैंक विवरण ...

# Measured on
t-measured-on = मापन की तिथि

# Releases
t-releases = जारी किस्तें

# Instalment
t-instalment = किस्त

# 1 for the first.
t-1-for-the-first = पहली किस्त के लिए 1।

# Sanction order
t-sanction-order = स्वीकृति आदेश

# The sanction order's number.
t-the-sanction-order-s-number = स्वीकृति आदेश का क्रमांक।

# Amount
t-amount = राशि

# Ministry of MSME, the State's industries department ...
t-ministry-of-msme-the-state-s-industries-5ef18d = एमएसएमई मंत्रालय, राज्य का उद्योग विभाग ...

# Certificates
t-certificates = प्रमाण पत्र

# The financial year it covers; the releases dated in it are its grants received.
t-the-financial-year-it-covers-the-releases-e9abdd = वह वित्तीय वर्ष जिसका यह प्रमाण पत्र है; उसमें जारी किस्तें उसके प्राप्त अनुदान हैं।

# As the sanction names it.
t-as-the-sanction-names-it = जैसा स्वीकृति में नाम दिया है।

# Grantee
t-grantee = अनुदानग्राही

# The organisation the grant was given to.
t-the-organisation-the-grant-was-given-to = वह संस्था जिसे अनुदान दिया गया।

# Grant
t-grant = अनुदान

# Accounts under
t-accounts-under = लेखा अधिनियम/नियम

# The Act or rules the accounts are kept and audited under (the form's first check names them).
t-the-act-or-rules-the-accounts-are-kept-and-9ac57a = वह अधिनियम या नियम जिसके अंतर्गत लेखे रखे और अंकेक्षित होते हैं (प्रपत्र की पहली जाँच में इनका नाम)।

# Opening cash/bank
t-opening-cash-bank = प्रारंभिक नकद/बैंक

# Grants position at the beginning of the year: cash in hand and at bank.
t-grants-position-at-the-beginning-of-the-ee824a = वर्ष के आरंभ में अनुदान की स्थिति: हाथ में और बैंक में नकद।

# Opening advances
t-opening-advances = प्रारंभिक अग्रिम

# Advances not yet adjusted at the beginning of the year.
t-advances-not-yet-adjusted-at-the-beginning-e758dd = वर्ष के आरंभ में वे अग्रिम जो अभी समायोजित नहीं हुए।

# Interest earned
t-interest-earned = अर्जित ब्याज

# Interest returned
t-interest-returned = लौटाया गया ब्याज

# Interest deposited back to the Government.
t-interest-deposited-back-to-the-government = सरकार को वापस जमा किया गया ब्याज।

# Expenditure
t-expenditure = व्यय

# Closing balance
t-closing-balance = अंतिम शेष

# As the accounts show it; check compares it with the figures.
t-as-the-accounts-show-it-check-compares-it-04b2b4 = जैसा लेखों में है; check इसका आँकड़ों से मिलान करता है।

# Closing advances
t-closing-advances = अंतिम अग्रिम

# Of the closing balance, advances not yet adjusted (the rest is cash).
t-of-the-closing-balance-advances-not-yet-a1f23d = अंतिम शेष में से असमायोजित अग्रिम (बाकी नकद है)।

# Spent: general
t-spent-general = व्यय: सामान्य

# Component-wise utilisation: grant-in-aid general.
t-component-wise-utilisation-grant-in-aid-b693c5 = घटकवार उपयोग: सहायता अनुदान - सामान्य।

# Spent: salaries
t-spent-salaries = व्यय: वेतन

# Spent: capital assets
t-spent-capital-assets = व्यय: पूंजीगत परिसंपत्ति

# Creation of capital assets.
t-creation-of-capital-assets = पूंजीगत परिसंपत्तियों का सृजन।

# Certificate text
t-certificate-text = प्रमाण पत्र का पाठ

# Empty for the form's own wording.
t-empty-for-the-form-s-own-wording = प्रपत्र का अपना पाठ रखने के लिए खाली छोड़ें।

# Signatories
t-signatories = हस्ताक्षरकर्ता

# Designation
t-designation = पदनाम

# Chief Finance Officer; Head of the Organisation; an auditor's M. No.
t-chief-finance-officer-head-of-the-organisation-763e3d = मुख्य वित्त अधिकारी; संस्था प्रमुख; लेखा परीक्षक की सदस्यता सं.

# Review
t-review = समीक्षा

# Comments from reviewers on an item or a section, and whether each is resolved.
t-comments-from-reviewers-on-an-item-or-a-817522 = किसी प्रविष्टि या खंड पर समीक्षकों की टिप्पणियाँ, और हर एक का निराकरण हुआ या नहीं।

# Findings
t-findings = टिप्पणियाँ

# On
t-on = किस पर

# The item or section the note is about.
t-the-item-or-section-the-note-is-about = वह प्रविष्टि या खंड जिस पर टिप्पणी है।

# By
t-by = द्वारा

# Resolved
t-resolved = निराकृत

# Preview
t-preview = पूर्वावलोकन

# empty
t-empty = खाली

# in progress
t-in-progress = जारी

# complete
t-complete = पूर्ण

# not needed
t-not-needed = आवश्यक नहीं

# ←→ a stage · ↑↓ its bottlenecks · Enter opens one
t-a-stage-its-bottlenecks-enter-opens-one = ←→ चरण · ↑↓ उसकी बाधाएँ · Enter से एक खोलें

# ←→ a quadrant · ↑↓ an entry · Enter edits it here
t-a-quadrant-an-entry-enter-edits-it-here = ←→ खाना · ↑↓ प्रविष्टि · Enter से यहीं संपादित करें

# Which themes address each bottleneck: Enter opens it
t-which-themes-address-each-bottleneck-enter-54de8e = हर बाधा का समाधान कौन-से विषय करते हैं: Enter से खोलें

# The actions month by month: Enter opens one
t-the-actions-month-by-month-enter-opens-one = माहवार कार्य: Enter से एक खोलें

# The budget as the scheme's rules apply to the plan now
t-the-budget-as-the-scheme-s-rules-apply-to-4b6377 = योजना के नियमों के अनुसार कार्ययोजना का अभी का बजट

# Every scheme for this plan, best grant first: Enter compares
t-every-scheme-for-this-plan-best-grant-first-8c0421 = इस कार्ययोजना के लिए हर योजना, सबसे अधिक अनुदान वाली पहले: Enter से तुलना

# The CFC against the scheme's acceptance rules, now
t-the-cfc-against-the-scheme-s-acceptance-91d31f = योजना के स्वीकृति नियमों पर सीएफसी की अभी की स्थिति

# Everything check finds, by section: Enter goes to it
t-everything-check-finds-by-section-enter-2daf16 = check को जो कुछ मिला, खंडवार: Enter से वहाँ जाएँ

# The document as cdstudy render makes it from the study
t-the-document-as-cdstudy-render-makes-it-7d9923 = अध्ययन से cdstudy render द्वारा बनाया जाने वाला दस्तावेज़

# open bottleneck
t-open-bottleneck = बाधा खोलें

# add a stage
t-add-a-stage = चरण जोड़ें

# next stage
t-next-stage = अगला चरण

# previous stage
t-previous-stage = पिछला चरण

# sections
t-sections = खंड

# up
t-up = ऊपर

# down
t-down = नीचे

# page up
t-page-up = पेज ऊपर

# page down
t-page-down = पेज नीचे

# first
t-first = पहला

# last
t-last = अंतिम

# next to do
t-next-to-do = अगला शेष

# next tab
t-next-tab = अगला टैब

# previous tab
t-previous-tab = पिछला टैब

# undo
t-undo = पूर्ववत

# redo
t-redo = फिर करें

# save now
t-save-now = अभी सहेजें

# save under another name
t-save-under-another-name = दूसरे नाम से सहेजें

# read all
t-read-all = सब पढ़ें

# help
t-help = सहायता

# quit
t-quit = बाहर

# edit here
t-edit-here = यहीं संपादन

# add
t-add = जोड़ें

# delete
t-delete = हटाएँ

# next quadrant
t-next-quadrant = अगला खाना

# previous quadrant
t-previous-quadrant = पिछला खाना

# open action
t-open-action = कार्य खोलें

# other scheme…
t-other-scheme = अन्य योजना…

# what switching changes
t-what-switching-changes = बदलने से क्या बदलेगा

# go to it
t-go-to-it = वहाँ जाएँ

# DSR ⇄ DPR
t-dsr-dpr = डीएसआर⇄डीपीआर

# render to a file…
t-render-to-a-file = फ़ाइल में बनाएँ…

# scroll right
t-scroll-right = दाएँ खिसकाएँ

# scroll left
t-scroll-left = बाएँ खिसकाएँ

# open section
t-open-section = खंड खोलें

# A list of items
t-a-list-of-items = प्रविष्टियों की सूची

# edit item
t-edit-item = प्रविष्टि संपादन

# move item up
t-move-item-up = प्रविष्टि ऊपर करें

# move item down
t-move-item-down = प्रविष्टि नीचे करें

# A form
t-a-form = प्रपत्र

# Typing on a field starts editing it; no letter is a command here:
t-typing-on-a-field-starts-editing-it-no-letter-5c4b90 = फ़ील्ड पर टाइप करते ही संपादन शुरू होता है; यहाँ कोई अक्षर कमांड नहीं:

#   one-line field (name, number, amount, date): what you type replaces
t-one-line-field-name-number-amount-date-what-43dcb3 = { "  " }एक पंक्ति का फ़ील्ड (नाम, संख्या, राशि, तिथि): जो टाइप करें वह मान

#     the value, as in a spreadsheet; Enter first to change it instead
t-the-value-as-in-a-spreadsheet-enter-first-1b3b0c = { "    " }की जगह लेता है, स्प्रेडशीट की तरह; सुधारने के लिए पहले Enter दबाएँ

#   text area: opens it, and what you type goes on after its text
t-text-area-opens-it-and-what-you-type-goes-fadba3 = { "  " }पाठ क्षेत्र: खुल जाता है, और टाइप किया पाठ उसके पाठ के बाद जुड़ता है

#   choice, or a list to pick from: opens it; letters find the choice
t-choice-or-a-list-to-pick-from-opens-it-letters-455c99 = { "  " }विकल्प, या चुनने की सूची: खुल जाती है; अक्षरों से विकल्प खोजें

#   tick box: Space or Enter ticks or unticks it; letters never do
t-tick-box-space-or-enter-ticks-or-unticks-e497c0 = { "  " }टिक बॉक्स: Space या Enter टिक लगाता या हटाता है; अक्षर कभी नहीं

# Tab opens the next field, whatever the kind of the last one; a
t-tab-opens-the-next-field-whatever-the-kind-e20310 = Tab अगला फ़ील्ड खोलता है, पिछला फ़ील्ड किसी भी प्रकार का हो; खुलने पर

#   one-line value it opens is selected: typing replaces it, ← edits it.
t-one-line-value-it-opens-is-selected-typing-d4577b = { "  " }एक पंक्ति का मान चयनित रहता है: टाइप करें तो बदलता है, ← से संपादन।

# Esc goes to the list, where letters are commands: a adds, q quits ...
t-esc-goes-to-the-list-where-letters-are-commands-72f1fc = Esc सूची पर ले जाता है, जहाँ अक्षर कमांड हैं: a जोड़ता है, q बाहर ...

# edit
t-edit = संपादन

# next field
t-next-field = अगला फ़ील्ड

# previous field
t-previous-field = पिछला फ़ील्ड

# clear field
t-clear-field = फ़ील्ड खाली करें

# edit, deleting the last character
t-edit-deleting-the-last-character = संपादन, अंतिम अक्षर हटाकर

# add item
t-add-item = प्रविष्टि जोड़ें

# delete item
t-delete-item = प्रविष्टि हटाएँ

# back
t-back = वापस

# Typing in a one-line field
t-typing-in-a-one-line-field = एक पंक्ति के फ़ील्ड में टाइप करना

# A refused value stays open with the reason: correct it, or Esc twice
t-a-refused-value-stays-open-with-the-reason-2abcfd = अस्वीकृत मान कारण सहित खुला रहता है: उसे सुधारें, या दो बार Esc

# drops it. Keys typed after a refusal go on into this field.
t-drops-it-keys-typed-after-a-refusal-go-on-5fa0d2 = से छोड़ें। अस्वीकृति के बाद टाइप की कुंजियाँ इसी फ़ील्ड में जाती हैं।

# keep
t-keep = रखें

# keep, next field
t-keep-next-field = रखें, अगला फ़ील्ड

# keep, previous field
t-keep-previous-field = रखें, पिछला फ़ील्ड

# cursor left
t-cursor-left = कर्सर बाएँ

# cursor right
t-cursor-right = कर्सर दाएँ

# line start
t-line-start = पंक्ति का आरंभ

# line end
t-line-end = पंक्ति का अंत

# delete back
t-delete-back = पीछे हटाएँ

# delete forward
t-delete-forward = आगे हटाएँ

# delete to line start
t-delete-to-line-start = पंक्ति के आरंभ तक हटाएँ

# undo (drops this typing)
t-undo-drops-this-typing = पूर्ववत (यह टाइपिंग हटे)

# keep and save
t-keep-and-save = रखें और सहेजें

# keep and quit
t-keep-and-quit = रखें और बाहर निकलें

# Typing a photograph's file
t-typing-a-photograph-s-file = फ़ोटो की फ़ाइल टाइप करना

# Ctrl-T completes the path from the JPEG and PNG files in the study's
t-ctrl-t-completes-the-path-from-the-jpeg-ceb04e = Ctrl-T अध्ययन के फ़ोल्डर की JPEG और PNG फ़ाइलों से पथ पूरा करता है:

# folder: what you typed may be its start or a part of its name.
t-folder-what-you-typed-may-be-its-start-or-f99f07 = टाइप किया पाठ फ़ाइल नाम का आरंभ या उसका कोई भाग हो सकता है।

# complete the file
t-complete-the-file = फ़ाइल पूरी करें

# Typing in a text area
t-typing-in-a-text-area = पाठ क्षेत्र में टाइप करना

# new line
t-new-line = नई पंक्ति

# line up
t-line-up = पंक्ति ऊपर

# line down
t-line-down = पंक्ति नीचे

# Choosing one
t-choosing-one = एक चुनना

# choose
t-choose = चुनें

# choose, next field
t-choose-next-field = चुनें, अगला फ़ील्ड

# none
t-none = कोई नहीं

# cancel
t-cancel = रद्द करें

# Choosing several
t-choosing-several = कई चुनना

# tick / untick
t-tick-untick = टिक / टिक हटाएँ

# done, next field
t-done-next-field = पूर्ण, अगला फ़ील्ड

# scroll up
t-scroll-up = ऊपर खिसकाएँ

# scroll down
t-scroll-down = नीचे खिसकाएँ

# top
t-top = शीर्ष

# close help
t-close-help = सहायता बंद करें

# Start screen
t-start-screen = प्रारंभ स्क्रीन

# open
t-open = खोलें

# new study
t-new-study = नया अध्ययन

# next / create
t-next-create = अगला / बनाएँ

## What the drawing places itself.

# ✓ done ◐ begun ○ empty
t-done-begun-empty = ✓ पूर्ण ◐ जारी ○ रिक्त
# ^PgDn tabs
t-pgdn-tabs = ^PgDn टैब
# field
t-field = फ़ील्ड

## The views: budget, viability, map, grid, coverage, timeline, schemes, findings.

# Fixed words of the views (budget, viability, coverage, findings, map, SWOT grid,
# timeline, schemes) in Hindi. Keys under `t-` as in hi.ftl.

# GoI
t-goi = GoI

# s chooses the study's scheme.
t-s-chooses-the-study-s-scheme = s से अध्ययन की योजना चुनें।

# ✓ No cap is hit and no rule is broken.
t-no-cap-is-hit-and-no-rule-is-broken = ✓ कोई सीमा पार नहीं हुई और कोई नियम नहीं टूटा।

# Caps hit and rules not met
t-caps-hit-and-rules-not-met = पार हुई सीमाएँ और अपूर्ण नियम

# ✗ The budget has errors: see the flags below.
t-the-budget-has-errors-see-the-flags-below = ✗ बजट में त्रुटियाँ हैं: नीचे चेतावनियाँ देखें।

# Flags
t-flags = चेतावनियाँ

# Means of finance of the CFC (Rs. lakh)
t-means-of-finance-of-the-cfc-rs-lakh = सीएफसी के वित्त के साधन (रु. लाख)

# Total
t-total = कुल

# % of cost
t-pct-of-cost = लागत का %

# Rs. lakh
t-rs-lakh = रु. लाख

# Rules applied
t-rules-applied = लागू नियम

# Cost by component and source
t-cost-by-component-and-source = घटक और स्रोत के अनुसार लागत

# No costed action yet.
t-no-costed-action-yet = अभी लागत वाला कोई कार्य नहीं।

# If kept (typed, not saved):
t-if-kept-typed-not-saved = रखने पर (टाइप किया, सहेजा नहीं):

# If kept (updating…):
t-if-kept-updating = रखने पर (अद्यतन हो रहा है…):

# Budget, lakh:
t-budget-lakh = बजट, लाख:

# ✓ no cap hit
t-no-cap-hit = ✓ कोई सीमा पार नहीं

# Land / site development
t-land-site-development = भूमि / स्थल विकास

# Plant and machinery
t-plant-and-machinery = संयंत्र और मशीनरी

# Preliminary expenses
t-preliminary-expenses = प्रारंभिक व्यय

# Pre-operative expenses
t-pre-operative-expenses = पूर्व-परिचालन व्यय

# Cumulative DSCR
t-cumulative-dscr = संचयी डीएससीआर

# Break-even
t-break-even = सम-विच्छेद बिंदु

# ✓ meets
t-meets = ✓ पूरा करता है

# ✗ does not meet
t-does-not-meet = ✗ पूरा नहीं करता

# – no rule
t-no-rule = – कोई नियम नहीं

# The study proposes no Common Facility Centre, so there is no viability to appraise. A CFC is described on the other tabs of this section.
t-the-study-proposes-no-common-facility-centre-9fb028 = अध्ययन में कोई सामान्य सुविधा केंद्र (सीएफसी) प्रस्तावित नहीं है, अतः व्यवहार्यता का आकलन नहीं होगा। सीएफसी का विवरण इस खंड के अन्य टैबों पर दिया जाता है।

# Figure
t-figure = आंकड़ा

# Benchmark
t-benchmark = मानक

# Rule
t-rule = नियम

# Payback
t-payback = वापसी अवधि

# Project cost
t-project-cost = परियोजना लागत

# Benchmark for comparison
t-benchmark-for-comparison = तुलना हेतु मानक

# Held against
t-held-against = जाँच का आधार

# Sensitivity
t-sensitivity = संवेदनशीलता

# NPV lakh
t-npv-lakh = NPV लाख

# Case
t-case = केस

# Base case
t-base-case = आधार केस

# What the projection assumed
t-what-the-projection-assumed = प्रक्षेपण की मान्यताएँ

# No verdict yet: the figures need
t-no-verdict-yet-the-figures-need = अभी निर्णय नहीं: आंकड़ों के लिए चाहिए

# Not computed yet: the projection needs
t-not-computed-yet-the-projection-needs = अभी गणना नहीं: प्रक्षेपण के लिए चाहिए

# Ctrl-N goes to each in turn.
t-ctrl-n-goes-to-each-in-turn = Ctrl-N बारी-बारी से हर एक पर ले जाता है।

# no verdict yet: no running costs (Viability tab)
t-no-verdict-yet-no-running-costs-viability-fccc88 = अभी निर्णय नहीं: संचालन लागत नहीं दी (व्यवहार्यता टैब)

# for comparison only
t-for-comparison-only = केवल तुलना हेतु

# High
t-high = उच्च

# Medium
t-medium = मध्यम

# Low
t-low = निम्न

# No bottlenecks yet.
t-no-bottlenecks-yet = अभी कोई बाधा नहीं।

# id
t-id = id

# weight
t-weight = गंभीरता

# no theme
t-no-theme = विषय नहीं

# ✓ check finds nothing: the study is complete for its scheme.
t-check-finds-nothing-the-study-is-complete-adc40a = ✓ check को कुछ नहीं मिला: अध्ययन अपनी योजना के लिए पूर्ण है।

# No stages yet: a adds the first, from raw material to market.
t-no-stages-yet-a-adds-the-first-from-raw-aa495b = अभी कोई चरण नहीं: a से पहला जोड़ें, कच्चे माल से बाज़ार तक।

# no actors yet
t-no-actors-yet = अभी कोई कर्ता नहीं

# No bottleneck is tied to this stage; Enter opens the stage.
t-no-bottleneck-is-tied-to-this-stage-enter-826b39 = इस चरण से कोई बाधा जुड़ी नहीं; Enter चरण खोलता है।

# No stages yet: add them on the Stages tab (]).
t-no-stages-yet-add-them-on-the-stages-tab = अभी कोई चरण नहीं: इन्हें चरण टैब पर जोड़ें (])।

# none yet (a adds one)
t-none-yet-a-adds-one = अभी कुछ नहीं (a से जोड़ें)

# no evidence yet
t-no-evidence-yet = अभी कोई साक्ष्य नहीं

# no timing yet (start month and months)
t-no-timing-yet-start-month-and-months = अभी समय नहीं (आरंभ माह और माह)

# No actions yet: add them on the Actions tab.
t-no-actions-yet-add-them-on-the-actions-tab = अभी कोई कार्य नहीं: इन्हें कार्य टैब पर जोड़ें।

# no timing
t-no-timing = समय नहीं

# soft
t-soft = सॉफ्ट

# hard
t-hard = हार्ड

# thematic
t-thematic = विषयगत

# ┊ a financial year begins
t-a-financial-year-begins = ┊ वित्तीय वर्ष आरंभ

# rate inferred
t-rate-inferred = दर अनुमानित

# The schemes are being compared…
t-the-schemes-are-being-compared = योजनाओं की तुलना हो रही है…

# ← now
t-now = ← वर्तमान

## The choices of the study's fields (a category, a severity, a status).

# A: an industrially developed block
t-a-an-industrially-developed-block = A: औद्योगिक रूप से विकसित ब्लॉक

# Allotted by the State
t-allotted-by-the-state = राज्य द्वारा आवंटित

# Approved
t-approved = स्वीकृत

# B
t-b = B

# Bank / financial institution
t-bank-financial-institution = बैंक / वित्तीय संस्था

# BDS provider
t-bds-provider = बीडीएस प्रदायक

# Business development services
t-business-development-services = व्यवसाय विकास सेवाएँ

# Business membership organisation
t-business-membership-organisation = उद्योग संघ

# Buyer
t-buyer = क्रेता

# C
t-c = C

# Co-operative society
t-co-operative-society = सहकारी समिति

# Complementarity
t-complementarity = पूरकता

# Critical mass
t-critical-mass = क्रांतिक द्रव्यमान

# D: an industrially backward block
t-d-an-industrially-backward-block = D: औद्योगिक रूप से पिछड़ा ब्लॉक

# Draft
t-draft = प्रारूप

# Dropped
t-dropped = छोड़ा गया

# During implementation
t-during-implementation = कार्यान्वयन के दौरान

# During operations
t-during-operations = संचालन के दौरान

# Environment
t-environment = पर्यावरण

# Hard intervention
t-hard-intervention = हार्ड इंटरवेंशन

# Impact
t-impact = प्रभाव

# In review
t-in-review = समीक्षाधीन

# Infrastructure
t-infrastructure = अवसंरचना

# Lead firm
t-lead-firm = अग्रणी इकाई

# Leased
t-leased = पट्टे पर

# Market access
t-market-access = बाजार तक पहुंच

# Micro
t-micro = सूक्ष्म

# NGO
t-ngo = एनजीओ

# Nodal agency
t-nodal-agency = नोडल एजेंसी

# Non-recurring
t-non-recurring = अनावर्ती

# Not started
t-not-started = शुरू नहीं

# Other
t-other = अन्य

# Outcome
t-outcome = परिणाम

# Output
t-output = उत्पाद (आउटपुट)

# Owned by the SPV
t-owned-by-the-spv = एसपीवी के स्वामित्व में

# Private limited company
t-private-limited-company = प्राइवेट लिमिटेड कंपनी

# Producer company
t-producer-company = उत्पादक कंपनी

# Promotability
t-promotability = संवर्धनीयता

# Quality
t-quality = गुणवत्ता

# Raw material
t-raw-material = कच्चा माल

# Recurring
t-recurring = आवर्ती

# Registered society
t-registered-society = पंजीकृत सोसाइटी

# Regulation
t-regulation = विनियमन

# Replicability
t-replicability = प्रतिकृतिकरण

# Section 8 company
t-section-8-company = धारा 8 कंपनी

# Skills
t-skills = कौशल

# Small
t-small = लघु

# Social and environmental conditions
t-social-and-environmental-conditions = सामाजिक और पर्यावरणीय स्थितियाँ

# Soft intervention
t-soft-intervention = सॉफ्ट इंटरवेंशन

# Straight line, as in the books
t-straight-line-as-in-the-books = सरल रेखा पद्धति, जैसे लेखा पुस्तकों में

# Submitted
t-submitted = प्रस्तुत

# Sustainability
t-sustainability = स्थिरता

# Technical agency
t-technical-agency = तकनीकी एजेंसी

# Technical institution
t-technical-institution = तकनीकी संस्थान

# Thematic intervention
t-thematic-intervention = विषयगत इंटरवेंशन

# Trust
t-trust = ट्रस्ट

# Trust and collaboration
t-trust-and-collaboration = विश्वास और सहयोग

# Under way
t-under-way = प्रगति पर

# Written-down value at the Income-tax Act rates
t-written-down-value-at-the-income-tax-act-93cbc8 = आयकर अधिनियम की दरों पर अवलिखित मूल्य (WDV)

## The dialogs.

# keep it
t-keep-it = रहने दें
# save
t-save = सहेजें
# Delete visit
t-delete-visit = भ्रमण हटाएँ
# Delete interview
t-delete-interview = साक्षात्कार हटाएँ
# Delete stakeholder
t-delete-stakeholder = हितधारक हटाएँ
# Delete value-chain stage
t-delete-value-chain-stage = मूल्य श्रृंखला का चरण हटाएँ
# Delete strength
t-delete-strength = शक्ति हटाएँ
# Delete weakness
t-delete-weakness = कमजोरी हटाएँ
# Delete opportunity
t-delete-opportunity = अवसर हटाएँ
# Delete threat
t-delete-threat = खतरा हटाएँ
# Delete bottleneck
t-delete-bottleneck = बाधा हटाएँ
# Delete theme
t-delete-theme = विषय हटाएँ
# Delete action
t-delete-action = कार्य हटाएँ
# Delete indicator
t-delete-indicator = संकेतक हटाएँ
# Delete SPV member
t-delete-spv-member = एसपीवी सदस्य हटाएँ
# Delete review note
t-delete-review-note = समीक्षा टिप्पणी हटाएँ

## Messages with figures (continued).

budget-strip = { $lead } लागत { $cost } · भारत सरकार { $goi } · राज्य { $state } · { $party } { $beneficiary } · अन्य { $others }

## The study's texts in Hindi, for Hindi and bilingual documents
# Cluster in Hindi
t-cluster-in-hindi = क्लस्टर (हिन्दी में)
# The cluster's name in Hindi, e.g. उज्जैन प्लास्टिक. For documents in Hindi or in both languages (render --lang hi, en+hi).
t-the-cluster-s-name-in-hindi-e-g-for-documents-6f9b62 = क्लस्टर का नाम हिन्दी में, जैसे उज्जैन प्लास्टिक। हिन्दी या द्विभाषी दस्तावेज़ों के लिए (render --lang hi, en+hi)।
# In Hindi
t-in-hindi = हिन्दी में
# The problem in a few words, in Hindi. For documents in Hindi or in both languages (render --lang hi, en+hi).
t-the-problem-in-a-few-words-in-hindi-for-cab784 = समस्या कुछ शब्दों में, हिन्दी में। हिन्दी या द्विभाषी दस्तावेज़ों के लिए (render --lang hi, en+hi)।
# Vision in Hindi
t-vision-in-hindi = परिकल्पना (हिन्दी में)
# The vision in Hindi. For documents in Hindi or in both languages (render --lang hi, en+hi).
t-the-vision-in-hindi-for-documents-in-hindi-83e5ce = परिकल्पना हिन्दी में। हिन्दी या द्विभाषी दस्तावेज़ों के लिए (render --lang hi, en+hi)।
# Theme in Hindi
t-theme-in-hindi = विषय (हिन्दी में)
# The theme's title in Hindi. For documents in Hindi or in both languages (render --lang hi, en+hi).
t-the-theme-s-title-in-hindi-for-documents-0e3cc9 = विषय का शीर्षक हिन्दी में। हिन्दी या द्विभाषी दस्तावेज़ों के लिए (render --lang hi, en+hi)।
# Objective in Hindi
t-objective-in-hindi = उद्देश्य (हिन्दी में)
# The objective in Hindi. For documents in Hindi or in both languages (render --lang hi, en+hi).
t-the-objective-in-hindi-for-documents-in-a7f86b = उद्देश्य हिन्दी में। हिन्दी या द्विभाषी दस्तावेज़ों के लिए (render --lang hi, en+hi)।
