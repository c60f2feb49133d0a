# cdstudy: the Hindi of the engine's rule outcomes (scheme::rule_phrase) and of the
# projection's viability comments (finance::projection): read by the screen and the
# documents alike, so that a rule reads the same on screen and on paper. Keyed on the
# English pattern (see src/phrase.rs).

# The rules applied (scheme::rule_phrase)
# project cost above {lo} up to {hi}: GoI {pct} of the cost ({category} category)
t-project-cost-above-lo-up-to-hi-goi-pct-of-1fc738 = { $lo } से अधिक { $hi } तक की परियोजना लागत: लागत का { $pct } भारत सरकार द्वारा ({ $category } श्रेणी)
# no GoI grant on {list}: the grant fits within the other heads' {room}
t-no-goi-grant-on-list-the-grant-fits-within-9b27ba = { $list } पर भारत सरकार का अनुदान नहीं: अनुदान अन्य मदों की { $room } की सीमा के भीतर है
# term loan {amount}
t-term-loan-amount = सावधि ऋण { $amount }
# {payer}'s usual share {pct} of the eligible {eligible}: {amount}
t-payer-s-usual-share-pct-of-the-eligible-f21de6 = पात्र लागत { $eligible } का { $pct }, { $payer } का सामान्य अंश: { $amount }
# the {payer} meets the rest: {amount}
t-the-payer-meets-the-rest-amount = शेष राशि { $payer } द्वारा: { $amount }

# The engine's sentences on the centre's commercial viability (finance::Phrase)
# User charges cover the centre's running costs from the first year.
t-user-charges-cover-the-centre-s-running-088bdb = उपयोगकर्ता शुल्क पहले वर्ष से ही केन्द्र की परिचालन लागत पूरी करते हैं।
# User charges cover the centre's running costs from year {year}; until then the SPV must fund the shortfall.
t-user-charges-cover-the-centre-s-running-94bb0f = उपयोगकर्ता शुल्क वर्ष { $year } से केन्द्र की परिचालन लागत पूरी करते हैं; तब तक की कमी एसपीवी को पूरी करनी होगी।
# User charges do not cover the centre's running costs in any of the {years} years: the charges or the utilisation must rise.
t-user-charges-do-not-cover-the-centre-s-running-000ac9 = { $years } वर्षों में से किसी भी वर्ष उपयोगकर्ता शुल्क केन्द्र की परिचालन लागत पूरी नहीं करते: शुल्क या क्षमता उपयोग बढ़ाना होगा।
# It makes a profit after depreciation, interest and tax from the first year.
t-it-makes-a-profit-after-depreciation-interest-70d6b5 = केन्द्र पहले वर्ष से ही मूल्यह्रास, ब्याज और कर के बाद लाभ कमाता है।
# It makes a profit after depreciation, interest and tax from year {year}.
t-it-makes-a-profit-after-depreciation-interest-7328cd = केन्द्र वर्ष { $year } से मूल्यह्रास, ब्याज और कर के बाद लाभ कमाता है।
# It makes no profit after depreciation, interest and tax in any year.
t-it-makes-no-profit-after-depreciation-interest-2457bb = केन्द्र किसी भी वर्ष मूल्यह्रास, ब्याज और कर के बाद लाभ नहीं कमाता।
# It shows a loss in year {years}.
t-it-shows-a-loss-in-year-years = वर्ष { $years } में हानि होती है।
# Over the {years} years the centre earns on average {revenue} a year, with an average profit after tax of {profit}.
t-over-the-years-years-the-centre-earns-on-e8d043 = { $years } वर्षों में केन्द्र की औसत वार्षिक आय { $revenue } है, और कर पश्चात औसत लाभ { $profit }।
# Its break-even point falls from {first}% of installed capacity in year 1 to {last}% in year {years}.
t-its-break-even-point-falls-from-first-pct-711bf4 = इसका सम-विच्छेद बिंदु वर्ष 1 में स्थापित क्षमता के { $first }% से घटकर वर्ष { $years } में { $last }% रह जाता है।
# Its break-even point rises from {first}% of installed capacity in year 1 to {last}% in year {years}.
t-its-break-even-point-rises-from-first-pct-f71cd4 = इसका सम-विच्छेद बिंदु वर्ष 1 में स्थापित क्षमता के { $first }% से बढ़कर वर्ष { $years } में { $last }% हो जाता है।
# The term loan is repaid by year {year} from the centre's cash accruals, the lowest yearly DSCR being {dscr}.
t-the-term-loan-is-repaid-by-year-year-from-a965b3 = सावधि ऋण केन्द्र की नकद उपार्जनों से वर्ष { $year } तक चुका दिया जाता है; न्यूनतम वार्षिक डीएससीआर { $dscr } है।
# The term loan is repaid by year {year} from the centre's cash accruals.
t-the-term-loan-is-repaid-by-year-year-from-3f635f = सावधि ऋण केन्द्र की नकद उपार्जनों से वर्ष { $year } तक चुका दिया जाता है।
# The project cost is paid back in {payback} years.
t-the-project-cost-is-paid-back-in-payback-c6f02d = परियोजना लागत { $payback } वर्षों में वसूल हो जाती है।
# The project cost is not paid back within the {years} years.
t-the-project-cost-is-not-paid-back-within-bd516e = परियोजना लागत { $years } वर्षों के भीतर वसूल नहीं होती।
# Every figure meets its acceptance rule in the base case.
t-every-figure-meets-its-acceptance-rule-in-532686 = आधार स्थिति में प्रत्येक आँकड़ा अपने स्वीकृति नियम को पूरा करता है।
# In the base case these figures do not meet their rule: {figures}.
t-in-the-base-case-these-figures-do-not-meet-392608 = आधार स्थिति में ये आँकड़े अपने नियम को पूरा नहीं करते: { $figures }।
# Every figure still meets its rule in all {cases} sensitivity cases.
t-every-figure-still-meets-its-rule-in-all-480f61 = सभी { $cases } संवेदनशीलता स्थितियों में भी प्रत्येक आँकड़ा अपने नियम को पूरा करता है।
# In {failing} of the {cases} sensitivity cases some figure fails its rule: {failures}.
t-in-failing-of-the-cases-sensitivity-cases-600457 = { $cases } में से { $failing } संवेदनशीलता स्थितियों में कम से कम एक आँकड़ा अपने नियम को पूरा नहीं करता: { $failures }।
# No figure is held to its acceptance rule until the study gives {what}.
t-no-figure-is-held-to-its-acceptance-rule-6d0d0f = जब तक अध्ययन में { $what } नहीं दिया जाता, किसी आँकड़े को उसके स्वीकृति नियम पर नहीं परखा जाता।

## Moved from the documents' catalogue: the screen words these rules too.

# there is no special category under {scheme}
t-there-is-no-special-category-under-scheme = { $scheme } के अंतर्गत कोई विशेष श्रेणी नहीं है

