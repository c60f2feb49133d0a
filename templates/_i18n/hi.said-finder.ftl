# cdstudy: the Hindi of the scheme finder's reasons (src/scheme/matching.rs) and of the
# budget and Schemes views' sentences (src/tui/views). Keyed on the English pattern;
# places as { $name }. Terms as in glossary.hi.yaml.

## Why a scheme may fit, or why not (scheme/matching.rs).

# superseded by {by} on {on}: kept for studies made under it; a new study applies under the revision in force
t-superseded-by-by-on-on-kept-for-studies-b4ffac = { $on } को { $by } द्वारा प्रतिस्थापित: इसके अंतर्गत बने अध्ययनों के लिए रखा गया; नया अध्ययन लागू संशोधन के अंतर्गत बनता है

# {flag} ({path})
t-flag-path = { $flag } ({ $path })

# {scheme} has no funding rules: no grant to compare
t-scheme-has-no-funding-rules-no-grant-to-5283f8 = { $scheme } के वित्तपोषण नियम नहीं हैं: तुलना के लिए कोई अनुदान नहीं

# {rule} (not confirmed, so not applied)
t-rule-not-confirmed-so-not-applied = { $rule } (पुष्ट नहीं, इसलिए लागू नहीं)

# the State's share of {amount} (cfc.state_share_rs)
t-the-state-s-share-of-amount-cfc-state-share-cde1d5 = राज्य का { $amount } का अंश (cfc.state_share_rs)

# the SPV's share of {amount} (cfc.spv_share_rs)
t-the-spv-s-share-of-amount-cfc-spv-share-38f7c5 = एसपीवी का { $amount } का अंश (cfc.spv_share_rs)

# the term loan of {amount} (cfc.loan.amount_rs)
t-the-term-loan-of-amount-cfc-loan-amount-92ffe8 = { $amount } का सावधि ऋण (cfc.loan.amount_rs)

# the grant rests on a reading the rules mark inferred, not stated in the sources found: {list}
t-the-grant-rests-on-a-reading-the-rules-mark-bca543 = अनुदान नियमों की ऐसी व्याख्या पर आधारित है जिसे नियम अनुमानित बताते हैं, मिले स्रोतों में स्पष्ट नहीं: { $list }

# its own scheme
t-its-own-scheme = अपनी योजना

# its own scheme, {scheme}
t-its-own-scheme-scheme = अपनी योजना, { $scheme }

# the study fixes {list} for {own}: not carried over here, where the State's share is {scheme}'s own and the rest falls to the {payer}
t-the-study-fixes-list-for-own-not-carried-eac5c2 = अध्ययन { $own } के लिए { $list } तय करता है: यह यहाँ नहीं लिया गया, जहाँ राज्य का अंश { $scheme } के अपने नियमों से है और शेष राशि { $payer } देता है

## The budget view and the Schemes tab (tui/views/budget.rs, schemes.rs).

# GoI grant {pct} of the cost
t-goi-grant-pct-of-the-cost = भारत सरकार अनुदान लागत का { $pct }

#  · ✗ not met by the shares: {amount}
t-not-met-by-the-shares-amount = {" "}· ✗ अंशों से पूरी नहीं हुई: { $amount }

# State: {state} · Others: {others}
t-state-state-others-others = राज्य: { $state } · अन्य: { $others }

# May be eligible ({n}), grant in lakh
t-may-be-eligible-n-grant-in-lakh = संभवतः पात्र ({ $n }), अनुदान लाख में

# Superseded, not ranked ({n})
t-superseded-not-ranked-n = प्रतिस्थापित, क्रम में नहीं ({ $n })

# Not eligible, or nothing to compare ({n})
t-not-eligible-or-nothing-to-compare-n = पात्र नहीं, या तुलना योग्य कुछ नहीं ({ $n })

# by {by}
t-by-by = { $by } द्वारा

# {eligible} of {all} schemes may fit this study
t-eligible-of-all-schemes-may-fit-this-study = { $all } में से { $eligible } योजनाएँ इस अध्ययन के अनुकूल हो सकती हैं

# : grant {grant} (GoI {goi}, State {state}) of a cost of {cost} lakh
t-grant-grant-goi-goi-state-state-of-a-cost-370b2f = : { $cost } लाख की लागत पर अनुदान { $grant } (भारत सरकार { $goi }, राज्य { $state })
