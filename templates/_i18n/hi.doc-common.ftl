# The documents' common words: labels, column headers and choices that the screens
# also show, in the words of a report (no hint's danda, a report's "Before" and "After").
# Keyed on the English like every catalogue here; see README "In Hindi".

# Target
t-target = लक्ष्य
# Products
t-products = उत्पाद
# Indicator
t-indicator = संकेतक
# Baseline
t-baseline = आधार रेखा
# Cost
t-cost = लागत
# Weaknesses
t-weaknesses = कमजोरियाँ
# Value added
t-value-added = मूल्य संवर्धन
# Units affected
t-units-affected = प्रभावित इकाइयाँ
# Turnover
t-turnover = कारोबार
# Total
t-total = कुल
# Threats
t-threats = खतरे
# Technology
t-technology = प्रौद्योगिकी
# Submitted to
t-submitted-to = सेवा में
# Strengths
t-strengths = सामर्थ्य
# Stage
t-stage = चरण
# Size
t-size = आकार
# Severity
t-severity = गंभीरता
# Root cause
t-root-cause = मूल कारण
# Prepared by
t-prepared-by = द्वारा तैयार
# Place
t-place = स्थान
# Opportunities
t-opportunities = अवसर
# Name
t-name = नाम
# Member units
t-member-units = सदस्य इकाइयाँ
# Location
t-location = अवस्थिति
# Legal form
t-legal-form = विधिक स्वरूप
# Item
t-item = मद
# High
t-high = उच्च
# Exports
t-exports = निर्यात
# Evidence
t-evidence = साक्ष्य
# Direct employment, women
t-direct-employment-women = प्रत्यक्ष रोजगार, महिला
# Direct employment, men
t-direct-employment-men = प्रत्यक्ष रोजगार, पुरुष
# Date
t-date = तिथि
# Component
t-component = घटक
# Category
t-category = श्रेणी
# Bottleneck
t-bottleneck = बाधा
# Amount
t-amount = राशि
# Actors
t-actors = कर्ता
# Activities
t-activities = गतिविधियाँ
# Supplier
t-supplier = आपूर्तिकर्ता
# Raw material
t-raw-material = कच्चा माल
# Quality
t-quality = गुणवत्ता
# Market access
t-market-access = बाजार तक पहुंच
# Theme
t-theme = विषय
# Sustainability
t-sustainability = स्थिरता
# Scheme
t-scheme = योजना
# Responsible
t-responsible = उत्तरदायी
# Quantity
t-quantity = मात्रा
# Output
t-output = उत्पाद (आउटपुट)
# Outcome
t-outcome = परिणाम
# Level
t-level = स्तर
# Frequency
t-frequency = आवृत्ति
# Action
t-action = कार्य
# Other
t-other = अन्य
# Infrastructure
t-infrastructure = अवसंरचना
# Finance
t-finance = वित्त
# Workers
t-workers = श्रमिक
# Vision
t-vision = परिकल्पना
# Units reporting
t-units-reporting = बताने वाली इकाइयाँ
# Topic
t-topic = मुद्दा
# Themes.
t-themes = विषय।
# Technical institution
t-technical-institution = तकनीकी संस्थान
# Status
t-status = स्थिति
# Start
t-start = आरंभ
# Stakeholders
t-stakeholders = हितधारक
# Skills
t-skills = कौशल
# Rule
t-rule = नियम
# Risk
t-risk = जोखिम
# Raw materials.
t-raw-materials = कच्चा माल।
# Purpose
t-purpose = उद्देश्य
# Number
t-number = संख्या
# Mitigation
t-mitigation = निवारण
# Met
t-met = किनसे मिले
# Kind
t-kind = प्रकार
# Investment
t-investment = निवेश
# Industry scenario
t-industry-scenario = उद्योग परिदृश्य
# Government
t-government = सरकार
# Finding
t-finding = निष्कर्ष
# Enterprise
t-enterprise = उद्यम
# Designation
t-designation = पदनाम
# Cluster profile
t-cluster-profile = क्लस्टर रूपरेखा
# Buyer
t-buyer = क्रेता
# Before
t-before = परियोजना से पहले
# Bank / financial institution
t-bank-financial-institution = बैंक / वित्तीय संस्था
# Approval
t-approval = अनुमोदन
# After
t-after = परियोजना के बाद
# Activity
t-activity = गतिविधि
# Action plan
t-action-plan = कार्ययोजना
# Registration
t-registration = पंजीकरण
# Experience
t-experience = अनुभव
# Contact
t-contact = संपर्क
# Address
t-address = पता
# Trust and collaboration
t-trust-and-collaboration = विश्वास और सहयोग
# Section 8 company
t-section-8-company = धारा 8 कंपनी
# Regulation
t-regulation = विनियमन
# Producer company
t-producer-company = उत्पादक कंपनी
# Artisans
t-artisans = शिल्पी
# Technical agency
t-technical-agency = तकनीकी एजेंसी
# Lead firm
t-lead-firm = अग्रणी इकाई
# Case
t-case = केस
# Benchmark for comparison
t-benchmark-for-comparison = तुलना हेतु मानक
# Agency
t-agency = एजेंसी
# Private limited company
t-private-limited-company = प्राइवेट लिमिटेड कंपनी
# Impact
t-impact = प्रभाव
# Environment
t-environment = पर्यावरण
# Criterion
t-criterion = मानदंड
# Yearly rise of user charges
t-yearly-rise-of-user-charges = उपयोगकर्ता शुल्क में वार्षिक वृद्धि
# Trust
t-trust = ट्रस्ट
# Registered society
t-registered-society = पंजीकृत सोसाइटी
# Nodal agency
t-nodal-agency = नोडल एजेंसी
# NGO
t-ngo = एनजीओ
# meets
t-meets = ✓ पूरा करता है
# Connected lending
t-connected-lending = संबद्ध ऋण
# BDS provider
t-bds-provider = बीडीएस प्रदायक
# Allotted by the State
t-allotted-by-the-state = राज्य द्वारा आवंटित
# Low
t-low = निम्न
# Weight
t-weight = भार
# Viability
t-viability = व्यवहार्यता
# Social and environmental conditions
t-social-and-environmental-conditions = सामाजिक और पर्यावरणीय स्थितियाँ
# Replicability
t-replicability = प्रतिकृतिकरण
# Promotability
t-promotability = संवर्धनीयता
# Critical mass
t-critical-mass = क्रांतिक द्रव्यमान
# Complementarity
t-complementarity = पूरकता
# Tax
t-tax = कर
# Common facilities and park infrastructure
t-common-facilities-and-park-infrastructure = सामान्य सुविधाएँ और पार्क अवसंरचना
# Utilisation
t-utilisation = क्षमता उपयोग
