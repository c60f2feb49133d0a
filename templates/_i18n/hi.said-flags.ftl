# The engine's flags (explain::finding_phrase) and the category's reason (category_phrase),
# read by the screen and the documents alike. Each entry: the English pattern, then its id.

# {a} and {b}
t-a-and-b = { $a } एवं { $b }

# {a} or {b}
t-a-or-b = { $a } या { $b }

# {list}, {next}
t-list-next = { $list }, { $next }

# {list}, and {last}
t-list-and-last = { $list } एवं { $last }

# {list}, or {last} (also "{list} or {last}", moved here from hi.doc-rust.ftl)
t-list-or-last = { $list } या { $last }

# {list}, then {next}
t-list-then-next = { $list }, फिर { $next }

# {earlier}; {later}
t-earlier-later = { $earlier }; { $later }

# general category
t-general-category = सामान्य श्रेणी

# general category: the cluster {parts}
t-general-category-the-cluster-parts = सामान्य श्रेणी: क्लस्टर { $parts }

# general category: the cluster {parts}; the study does not say whether it {unknown}
t-general-category-the-cluster-parts-the-study-c30d88 = सामान्य श्रेणी: क्लस्टर { $parts }; अध्ययन यह नहीं बताता कि क्या यह { $unknown }

# general category; the study does not say whether it {unknown}
t-general-category-the-study-does-not-say-b2f51f = सामान्य श्रेणी; अध्ययन यह नहीं बताता कि क्या यह { $unknown }

# {category} category ({name}): the cluster {holding}
t-category-category-name-the-cluster-holding = { $category } श्रेणी ({ $name }): क्लस्टर { $holding }

# {category} category ({name}): the cluster {holding}; the study does not say whether it {open}, which would come first
t-category-category-name-the-cluster-holding-e910ad = { $category } श्रेणी ({ $name }): क्लस्टर { $holding }; अध्ययन यह नहीं बताता कि क्या यह { $open }, जो पहले आती

# is not in {places}
t-is-not-in-places = { $places } में नहीं है

# does not have more than half of its units {units}
t-does-not-have-more-than-half-of-its-units-8af731 = की आधी से अधिक इकाइयाँ { $units } नहीं हैं

# is not in a block of category {blocks}
t-is-not-in-a-block-of-category-blocks = श्रेणी { $blocks } के किसी ब्लॉक में नहीं है

# is in a block of category {blocks}
t-is-in-a-block-of-category-blocks = श्रेणी { $blocks } के किसी ब्लॉक में है

# is among the first {n} projects under the scheme in its State
t-is-among-the-first-n-projects-under-the-4e1e9e = अपने राज्य में योजना के अंतर्गत प्रथम { $n } परियोजनाओं में है

# is among the first projects under the scheme in its State
t-is-among-the-first-projects-under-the-scheme-6cb85e = अपने राज्य में योजना के अंतर्गत प्रथम परियोजनाओं में है

# is not among the first {n} projects under the scheme in its State
t-is-not-among-the-first-n-projects-under-571129 = अपने राज्य में योजना के अंतर्गत प्रथम { $n } परियोजनाओं में नहीं है

# the special category
t-the-special-category = विशेष श्रेणी

# the {id} category ({name})
t-the-id-category-name = { $id } श्रेणी ({ $name })

# makes it special
t-makes-it-special = इसे विशेष श्रेणी में लाता है

# puts it in {category}
t-puts-it-in-category = इसे { $category } में रखता है

# project cost above {lo} up to {hi}
t-project-cost-above-lo-up-to-hi = { $lo } से अधिक एवं { $hi } तक की परियोजना लागत

# project cost up to {hi}
t-project-cost-up-to-hi = { $hi } तक की परियोजना लागत

# project cost above {lo}
t-project-cost-above-lo = { $lo } से अधिक की परियोजना लागत

# {tier}: at most {cap}
t-tier-at-most-cap = { $tier }: अधिकतम { $cap }

# a member count not entered yet
t-a-member-count-not-entered-yet = सदस्य संख्या, जो अभी दर्ज नहीं की गई है

# {component}: the grant would be {grant} but is capped at {cap}
t-component-the-grant-would-be-grant-but-is-0259f4 = { $component }: अनुदान { $grant } होता, किंतु इसकी अधिकतम सीमा { $cap } है

# the cluster has {fact}: {evidence}. Whether that {puts} under {revision} is not confirmed ({note}), so it is not counted: confirm with the scheme's office
t-the-cluster-has-fact-evidence-whether-that-4af225 = क्लस्टर में { $fact } है: { $evidence }। { $revision } के अंतर्गत यह तथ्य { $puts } या नहीं, इसकी पुष्टि नहीं है ({ $note }), अतः इसे गिना नहीं गया है: योजना के कार्यालय से पुष्टि करें

# the cluster has {fact}: {evidence}. Whether that {puts} under {revision} is not confirmed, so it is not counted: confirm with the scheme's office
t-the-cluster-has-fact-evidence-whether-that-061b76 = क्लस्टर में { $fact } है: { $evidence }। { $revision } के अंतर्गत यह तथ्य { $puts } या नहीं, इसकी पुष्टि नहीं है, अतः इसे गिना नहीं गया है: योजना के कार्यालय से पुष्टि करें

# the SPV's {min_pct} contribution counts its term loan of {loan}; its own funds alone ({own}) are {share} of the CFC's cost. If the appraising bank or the State counts only own funds toward the {min_pct} floor, the SPV must bring {floor}
t-the-spv-s-min-pct-contribution-counts-its-3e4bf1 = विशेष प्रयोजन वाहन (एसपीवी) के { $min_pct } अंशदान में उसका { $loan } का सावधि ऋण सम्मिलित है; केवल उसकी अपनी निधि ({ $own }) सार्वजनिक सुविधा केन्द्र (सीएफसी) की लागत का { $share } है। यदि मूल्यांकन करने वाला बैंक या राज्य { $min_pct } की न्यूनतम सीमा में केवल अपनी निधि गिनता है, तो एसपीवी को { $floor } लाना होगा

# not eligible for {scheme}: {rule}
t-not-eligible-for-scheme-rule = { $scheme } हेतु पात्र नहीं: { $rule }

# the SPV has {members} member units; {revision} asks for at least {min}
t-the-spv-has-members-member-units-revision-f50cb0 = एसपीवी में { $members } सदस्य इकाइयाँ हैं; { $revision } के अनुसार कम से कम { $min } आवश्यक हैं

## The conditions of a special category and the tiers of a cluster, as words of a phrase.

# a North-East or hill State
t-a-north-east-or-hill-state = पूर्वोत्तर अथवा पर्वतीय राज्य

# an island territory
t-an-island-territory = द्वीपीय क्षेत्र

# an aspirational district
t-an-aspirational-district = आकांक्षी जिले

# is in an aspirational district
t-is-in-an-aspirational-district = आकांक्षी जिले में है

# NE and hill States, island territories, aspirational districts
t-ne-and-hill-states-island-territories-aspirational-4be79f = पूर्वोत्तर व पर्वतीय राज्य, द्वीपीय क्षेत्र, आकांक्षी जिले

# regular cluster (up to 500 artisans)
t-regular-cluster-up-to-500-artisans = सामान्य क्लस्टर (500 शिल्पियों तक)

# major cluster (more than 500 artisans)
t-major-cluster-more-than-500-artisans = बड़ा क्लस्टर (500 से अधिक शिल्पी)

# a section 8 company
t-a-section-8-company = धारा 8 कंपनी

# more than half of the units micro or village enterprises
t-more-than-half-of-the-units-micro-or-village-c56ee6 = आधी से अधिक इकाइयाँ सूक्ष्म या ग्रामीण उद्यम
