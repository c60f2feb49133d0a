# cdstudy: the Hindi of the scheme engine's sentences (src/scheme/explain.rs), part 2. Keyed on the English
# pattern; places as { $name }.

# the CFC's land at least {min} acres: {acres} acres{note}
t-the-cfc-s-land-at-least-min-acres-acres-16399d = सीएफसी की भूमि कम से कम { $min } एकड़ हो: { $acres } एकड़{ $note }

# the CFC's land {tenures}: not told (cfc.land_tenure is not entered){note}
t-the-cfc-s-land-tenures-not-told-cfc-land-e5ce71 = सीएफसी की भूमि { $tenures } हो: ज्ञात नहीं (cfc.land_tenure दर्ज नहीं है){ $note }

# the CFC's land {tenures}: {tenure}{note}
t-the-cfc-s-land-tenures-tenure-note = सीएफसी की भूमि { $tenures } हो: { $tenure }{ $note }

# the CFC's least land in the {category} category is not in the rules: not told (cfc.land_acres is not entered){note}
t-the-cfc-s-least-land-in-the-category-category-6a8c33 = { $category } श्रेणी में सीएफसी हेतु न्यूनतम भूमि नियमों में नहीं दी गई है: ज्ञात नहीं (cfc.land_acres दर्ज नहीं है){ $note }

# the CFC's least land in the {category} category is not in the rules: {acres} acres{note}
t-the-cfc-s-least-land-in-the-category-category-340b0e = { $category } श्रेणी में सीएफसी हेतु न्यूनतम भूमि नियमों में नहीं दी गई है: { $acres } एकड़{ $note }

# the CFC's least land is not in the rules: not told (cfc.land_acres is not entered){note}
t-the-cfc-s-least-land-is-not-in-the-rules-d98d8b = सीएफसी हेतु न्यूनतम भूमि नियमों में नहीं दी गई है: ज्ञात नहीं (cfc.land_acres दर्ज नहीं है){ $note }

# the CFC's least land is not in the rules: {acres} acres{note}
t-the-cfc-s-least-land-is-not-in-the-rules-896d16 = सीएफसी हेतु न्यूनतम भूमि नियमों में नहीं दी गई है: { $acres } एकड़{ $note }

# the SPV brings {brings} (own funds {own} and term loan {loan}), {share} of the CFC's cost {cost}; it must bring at least {min_pct} ({floor}): raise its share, or lower the State's share
t-the-spv-brings-brings-own-funds-own-and-381868 = एसपीवी का अंशदान { $brings } (अपनी निधि { $own } एवं सावधि ऋण { $loan }) है, जो सीएफसी की लागत { $cost } का { $share } है; उसे कम से कम { $min_pct } ({ $floor }) लाना होगा: एसपीवी का अंशदान बढ़ाएँ, या राज्य का अंश घटाएँ

# the SPV brings {brings}, {share} of the CFC's cost {cost}; it must bring at least {min_pct} ({floor}): raise its share, or lower the State's share
t-the-spv-brings-brings-share-of-the-cfc-s-be1978 = एसपीवी का अंशदान { $brings } है, जो सीएफसी की लागत { $cost } का { $share } है; उसे कम से कम { $min_pct } ({ $floor }) लाना होगा: एसपीवी का अंशदान बढ़ाएँ, या राज्य का अंश घटाएँ

# the SPV has {members} member units; {revision} asks for at least {min}; if the guidelines' special case applies (a high-investment or high-technology project, a small cluster), say why in spv.special_case and {m} will do
t-the-spv-has-members-member-units-revision-271639 = एसपीवी में { $members } सदस्य इकाइयाँ हैं; { $revision } के अनुसार कम से कम { $min } आवश्यक हैं; यदि दिशानिर्देशों का विशेष प्रावधान लागू होता है (उच्च निवेश या उच्च प्रौद्योगिकी वाली परियोजना, छोटा क्लस्टर), तो spv.special_case में इसका कारण लिखें; तब { $m } पर्याप्त होंगी

# the action plan puts {planned} under {component} but the CFC's cost heads add up to {cost} (a difference of {diff}): make them agree
t-the-action-plan-puts-planned-under-component-322d3d = कार्ययोजना में { $component } के अंतर्गत { $planned } रखे गए हैं, किंतु सीएफसी की लागत के मदों का योग { $cost } है ({ $diff } का अंतर): दोनों का मिलान करें

# the action plan's actions under {component} add up to the CFC's cost {cost}
t-the-action-plan-s-actions-under-component-fb8173 = कार्ययोजना में { $component } के अंतर्गत गतिविधियों का योग सीएफसी की लागत { $cost } के बराबर है

# the action plan's {planned} equals the CFC's cost {cost}
t-the-action-plan-s-planned-equals-the-cfc-2c7d23 = कार्ययोजना की राशि { $planned } सीएफसी की लागत { $cost } के बराबर है

# the grant is computed on at most {ceiling}; the {above} above it gets no grant
t-the-grant-is-computed-on-at-most-ceiling-f20c00 = अनुदान की गणना अधिकतम { $ceiling } पर की जाती है; इससे अधिक की { $above } राशि पर कोई अनुदान नहीं

# the grants add up to {total}, above the project's cap of {cap}: cut by {excess} from {from}
t-the-grants-add-up-to-total-above-the-project-aea71e = अनुदानों का योग { $total } है, जो परियोजना की अधिकतम सीमा { $cap } से अधिक है: { $excess } की कटौती { $from } से की गई

# the grants add up to {total}, above the {cap} cap of a {tier}: cut by {excess} from {from}
t-the-grants-add-up-to-total-above-the-cap-72c424 = अनुदानों का योग { $total } है, जो { $tier } की अधिकतम सीमा { $cap } से अधिक है: { $excess } की कटौती { $from } से की गई

# the number of artisans is not entered; it sets the cap on the cluster's whole grant ({tiers}), which is not applied until it is
t-the-number-of-artisans-is-not-entered-it-43683a = शिल्पियों की संख्या दर्ज नहीं है; इसी से क्लस्टर के कुल अनुदान की अधिकतम सीमा ({ $tiers }) तय होती है, जो संख्या दर्ज होने तक लागू नहीं की जाती

# the project's grant at most {cap}: the grants of {total} are cut by {cut}
t-the-project-s-grant-at-most-cap-the-grants-8e3d11 = परियोजना का अनुदान अधिकतम { $cap }: { $total } के अनुदानों में { $cut } की कटौती

# the project's grant at most {cap}: the grants of {total} are within it
t-the-project-s-grant-at-most-cap-the-grants-bb79b2 = परियोजना का अनुदान अधिकतम { $cap }: { $total } के अनुदान इस सीमा के भीतर हैं

# the {component} costs {cost}, below the lowest bracket ({from}) of the {revision} rules: no rate for it was found, so no GoI grant is computed.
t-the-component-costs-cost-below-the-lowest-3c0632 = { $component } की लागत { $cost } है, जो { $revision } के नियमों के सबसे निचले लागत स्लैब ({ $from }) से कम है: इसके लिए कोई दर नहीं मिली, अतः भारत सरकार के अनुदान की गणना नहीं की गई।

# the {component} costs {cost}, below the lowest bracket ({from}) of the {revision} rules: no rate for it was found, so no GoI grant is computed. At the lowest bracket's {pct} it would be {grant}; confirm with the scheme's office before counting on it.
t-the-component-costs-cost-below-the-lowest-11be47 = { $component } की लागत { $cost } है, जो { $revision } के नियमों के सबसे निचले लागत स्लैब ({ $from }) से कम है: इसके लिए कोई दर नहीं मिली, अतः भारत सरकार के अनुदान की गणना नहीं की गई। सबसे निचले स्लैब की { $pct } दर पर यह { $grant } होता; इसे गिनने से पहले योजना के कार्यालय से पुष्टि करें।

# the {component} rule under {revision} is not confirmed: no grant computed
t-the-component-rule-under-revision-is-not-cdc442 = { $revision } के अंतर्गत { $component } का नियम पुष्ट नहीं है: अनुदान की गणना नहीं की गई

# the {payer} (through its implementing agency) meets the rest: {amount}
t-the-payer-through-its-implementing-agency-76552a = शेष राशि { $payer } द्वारा (अपनी कार्यान्वयन एजेंसी के माध्यम से): { $amount }

# the {payer} has nothing left to meet: the grant and the other shares exceed the cost by {excess}
t-the-payer-has-nothing-left-to-meet-the-grant-9e4c9e = { $payer } के लिए वहन करने को कुछ शेष नहीं: अनुदान एवं अन्य अंश लागत से { $excess } अधिक हैं

# the {payer} has nothing left to meet: the grant, the {state}'s share and the loan exceed the cost by {excess}
t-the-payer-has-nothing-left-to-meet-the-grant-2fc27f = { $payer } के लिए वहन करने को कुछ शेष नहीं: अनुदान, { $state } का अंश एवं ऋण लागत से { $excess } अधिक हैं

# the {payer}'s share in the {category} category: not confirmed, not assumed
t-the-payer-s-share-in-the-category-category-5b3ff5 = { $category } श्रेणी में { $payer } का अंश: पुष्ट नहीं, अतः माना नहीं गया

# the {payer}'s share {pct} of the eligible {eligible} or {cap}, whichever is less: {amount}
t-the-payer-s-share-pct-of-the-eligible-eligible-ebfc18 = पात्र लागत { $eligible } का { $pct } या { $cap }, जो भी कम हो, { $payer } का अंश: { $amount }

# the {payer}'s share {pct} of the eligible {eligible}: {amount}
t-the-payer-s-share-pct-of-the-eligible-eligible-ffc4e5 = पात्र लागत { $eligible } का { $pct }, { $payer } का अंश: { $amount }

# {artisans} artisans: {tier}, GoI at most {cap}; the grant of {total} is cut by {cut}
t-artisans-artisans-tier-goi-at-most-cap-the-4bf4d2 = { $artisans } शिल्पी: { $tier }, भारत सरकार का अनुदान अधिकतम { $cap }; { $total } के अनुदान में { $cut } की कटौती

# {artisans} artisans: {tier}, GoI at most {cap}; the grant of {total} is within it
t-artisans-artisans-tier-goi-at-most-cap-the-53a43f = { $artisans } शिल्पी: { $tier }, भारत सरकार का अनुदान अधिकतम { $cap }; { $total } का अनुदान इस सीमा के भीतर है

# {category} depends on {fact}, which cannot be told: {evidence}
t-category-depends-on-fact-which-cannot-be-3d3118 = { $category } { $fact } पर निर्भर है, जिसका निर्धारण नहीं किया जा सकता: { $evidence }

# {component} ({cost}) exceed {pct} of the {of}' cost ({other_cost}): the grant is cut from {grant} to {cap}; the {above} above it falls to the {payer}
t-component-cost-exceed-pct-of-the-of-cost-77505b = { $component } ({ $cost }) { $of } की लागत ({ $other_cost }) के { $pct } से अधिक है: अनुदान { $grant } से घटाकर { $cap } किया गया; इससे अधिक की { $above } राशि { $payer } को वहन करनी होगी

# {component} ({id}): cdstudy does not compute its grant: {why}. The cost is shown under {payer}; work the grant out by hand
t-component-id-cdstudy-does-not-compute-its-eeaa66 = { $component } ({ $id }): cdstudy इसके अनुदान की गणना नहीं करता: { $why }। लागत { $payer } के अंतर्गत दर्शाई गई है; अनुदान की गणना स्वयं करें

# {component} ({id}): {what}. No GoI grant is computed; the cost is shown under {payer}
t-component-id-what-no-goi-grant-is-computed-18b4aa = { $component } ({ $id }): { $what }। भारत सरकार के अनुदान की गणना नहीं की गई; लागत { $payer } के अंतर्गत दर्शाई गई है

# {component} costs {cost}, above the {ceiling} on which the grant is computed: the grant is {pct} of {ceiling} = {grant}; the other {rest} must come from the State, the {beneficiary} or loans
t-component-costs-cost-above-the-ceiling-on-454bdc = { $component } की लागत { $cost } है, जो अनुदान की गणना की अधिकतम सीमा { $ceiling } से अधिक है: अनुदान { $ceiling } का { $pct } = { $grant }; शेष { $rest } राज्य, { $beneficiary } या ऋण से आना होगा

# {component} costs {cost}, just above the {edge} bracket edge: at {pct_here} the grant is {grant}, less than the {at_edge} a project of {edge} gets at {pct_below}. The grant is larger at any cost up to {edge} or above {even}
t-component-costs-cost-just-above-the-edge-b8be11 = { $component } की लागत { $cost } है, जो { $edge } की स्लैब सीमा से थोड़ी ही अधिक है: { $pct_here } की दर पर अनुदान { $grant } है, जो { $edge } की परियोजना को { $pct_below } की दर पर मिलने वाले { $at_edge } से कम है। { $edge } तक या { $even } से अधिक किसी भी लागत पर अनुदान अधिक होगा

# {component} costs {cost}, within {within_pct}% of the {edge} bracket edge: a cost increase past it (escalation, an added head) would lower the GoI share from {pct_here} to {pct_next}
t-component-costs-cost-within-within-pct-pct-afb14d = { $component } की लागत { $cost } है, जो { $edge } की स्लैब सीमा से { $within_pct }% के भीतर है: लागत इस सीमा के पार जाने पर (मूल्य वृद्धि, कोई नया मद) भारत सरकार का अंश { $pct_here } से घटकर { $pct_next } रह जाएगा

# {component}: only {counted} of the {cost} counts for the grant (at most {max_actions} actions, each up to {ceiling})
t-component-only-counted-of-the-cost-counts-ebdeff = { $component }: { $cost } में से केवल { $counted } अनुदान हेतु गिना गया (अधिकतम { $max_actions } गतिविधियाँ, प्रत्येक { $ceiling } तक)

# {component}: the GoI share for the {category} category is not confirmed in the {revision} rules ({span}); no grant is computed
t-component-the-goi-share-for-the-category-73974d = { $component }: { $revision } के नियमों में { $category } श्रेणी हेतु भारत सरकार का अंश पुष्ट नहीं है ({ $span }); अनुदान की गणना नहीं की गई

# {component}: the GoI share for the {category} category is not confirmed in the {revision} rules; no grant is computed
t-component-the-goi-share-for-the-category-944a7c = { $component }: { $revision } के नियमों में { $category } श्रेणी हेतु भारत सरकार का अंश पुष्ट नहीं है; अनुदान की गणना नहीं की गई

# {component}: the assistance is {rate} per {unit}, and no cost line of its actions counts a {unit} (give the action cost lines with unit: {unit}); no grant is computed
t-component-the-assistance-is-rate-per-unit-a6746a = { $component }: सहायता { $rate } प्रति { $unit } है, किंतु इसकी गतिविधियों की किसी भी लागत पंक्ति में { $unit } की गिनती नहीं है (गतिविधियों की लागत पंक्तियाँ unit: { $unit } के साथ दें); अनुदान की गणना नहीं की गई

# {component}: the grant ({goi}), the {state}'s share ({state_share}) and the loan ({loan}) add up to more than the cost ({cost}): lower the loan or the State's share
t-component-the-grant-goi-the-state-s-share-1d67e4 = { $component }: अनुदान ({ $goi }), { $state } का अंश ({ $state_share }) एवं ऋण ({ $loan }) का योग लागत ({ $cost }) से अधिक है: ऋण या राज्य का अंश घटाएँ

# {component}: the means of finance (GoI {goi}, {state} {state_share}, {beneficiary} {beneficiary_share}, {other} {other_share}) add up to {means}, {gap} more than the cost {cost}; fix cfc.spv_share_rs or the other shares
t-component-the-means-of-finance-goi-goi-state-2bc330 = { $component }: वित्त के साधनों (भारत सरकार { $goi }, { $state } { $state_share }, { $beneficiary } { $beneficiary_share }, { $other } { $other_share }) का योग { $means } है, जो लागत { $cost } से { $gap } अधिक है; cfc.spv_share_rs या अन्य अंश ठीक करें

# {component}: the means of finance (GoI {goi}, {state} {state_share}, {beneficiary} {beneficiary_share}, {other} {other_share}) add up to {means}, {gap} short of the cost {cost}; fix cfc.spv_share_rs or the other shares
t-component-the-means-of-finance-goi-goi-state-8baddf = { $component }: वित्त के साधनों (भारत सरकार { $goi }, { $state } { $state_share }, { $beneficiary } { $beneficiary_share }, { $other } { $other_share }) का योग { $means } है, जो लागत { $cost } से { $gap } कम है; cfc.spv_share_rs या अन्य अंश ठीक करें

# {component}: the {payer}'s share in the {category} category is not given or not confirmed in the {revision} rules; it is not assumed, and the {rest} is shown meeting what the others leave
t-component-the-payer-s-share-in-the-category-a9f51e = { $component }: { $revision } के नियमों में { $category } श्रेणी हेतु { $payer } का अंश दिया नहीं गया है या पुष्ट नहीं है; इसे माना नहीं गया, और अन्य अंशों के बाद की शेष राशि { $rest } द्वारा वहन की गई दर्शाई गई है

# {component}: the {state}'s share in the {category} category is not confirmed in the {revision} rules; enter the State's commitment in {field}. Until then the {beneficiary} is shown meeting everything the grant and the loan leave
t-component-the-state-s-share-in-the-category-fb9a40 = { $component }: { $revision } के नियमों में { $category } श्रेणी हेतु { $state } का अंश पुष्ट नहीं है; राज्य की प्रतिबद्धता { $field } में दर्ज करें। तब तक अनुदान एवं ऋण के बाद की पूरी शेष राशि { $beneficiary } द्वारा वहन की गई दर्शाई गई है

# {component}: {text} (not confirmed, not applied: confirm with the scheme's office)
t-component-text-not-confirmed-not-applied-59397c = { $component }: { $text } (पुष्ट नहीं, अतः लागू नहीं किया गया: योजना के कार्यालय से पुष्टि करें)

# {lo} to {hi} {what}: not told ({path} is not entered){note}
t-lo-to-hi-what-not-told-path-is-not-entered-1553c2 = { $lo } से { $hi } { $what }: ज्ञात नहीं ({ $path } दर्ज नहीं है){ $note }

# {lo} to {hi} {what}: {n} {what}{note}
t-lo-to-hi-what-n-what-note = { $lo } से { $hi } { $what }: { $n } { $what }{ $note }

# {member} holds {equity} of the {total} equity entered ({share}); no member may hold more than {max_pct}
t-member-holds-equity-of-the-total-equity-0e6fea = दर्ज कुल अंश पूंजी { $total } में से { $member } के पास { $equity } ({ $share }) है; किसी भी सदस्य के पास { $max_pct } से अधिक नहीं हो सकती

# {member} holds {equity} of the {total} equity entered ({share}); no member may hold more than {max_pct} ({scope})
t-member-holds-equity-of-the-total-equity-257fd7 = दर्ज कुल अंश पूंजी { $total } में से { $member } के पास { $equity } ({ $share }) है; किसी भी सदस्य के पास { $max_pct } से अधिक नहीं हो सकती ({ $scope })

# {payer}'s share in the {category} category: not confirmed, not assumed
t-payer-s-share-in-the-category-category-not-d02d70 = { $category } श्रेणी में { $payer } का अंश: पुष्ट नहीं, अतः माना नहीं गया

# {payer}'s share {amount} as fixed in the study ({field})
t-payer-s-share-amount-as-fixed-in-the-study-e16853 = { $payer } का अंश { $amount }, जैसा अध्ययन में निर्धारित है ({ $field })

# {rate} per {unit}: {counted_units} {unit}(s) in the cost lines, at most {max} counted → {grant}
t-rate-per-unit-counted-units-unit-s-in-the-05ef40 = { $rate } प्रति { $unit }: लागत पंक्तियों में { $counted_units } { $unit }, गणना अधिकतम { $max } की → { $grant }

# {rate} per {unit}: {counted_units} {unit}(s) in the cost lines, at most {max} counted → {grant}; at most the cost {cost}
t-rate-per-unit-counted-units-unit-s-in-the-e0027e = { $rate } प्रति { $unit }: लागत पंक्तियों में { $counted_units } { $unit }, गणना अधिकतम { $max } की → { $grant }; अधिकतम लागत { $cost } तक

# {rate} per {unit}: {units} {unit}(s) in the cost lines → {grant}
t-rate-per-unit-units-unit-s-in-the-cost-lines-9da8e1 = { $rate } प्रति { $unit }: लागत पंक्तियों में { $units } { $unit } → { $grant }

# {rate} per {unit}: {units} {unit}(s) in the cost lines → {grant}; at most the cost {cost}
t-rate-per-unit-units-unit-s-in-the-cost-lines-97662d = { $rate } प्रति { $unit }: लागत पंक्तियों में { $units } { $unit } → { $grant }; अधिकतम लागत { $cost } तक

# {scheme} has no funding rules: the cost is met by the sources the study names for each action
t-scheme-has-no-funding-rules-the-cost-is-f68a61 = { $scheme } में वित्त पोषण के नियम नहीं हैं: लागत उन स्रोतों से पूरी होती है जो अध्ययन में प्रत्येक गतिविधि के लिए बताए गए हैं

# {scheme} is for clusters in {states}; the study does not say the cluster's State
t-scheme-is-for-clusters-in-states-the-study-4ffbed = { $scheme } { $states } के क्लस्टरों के लिए है; अध्ययन में क्लस्टर का राज्य नहीं बताया गया है

# {scheme} is for clusters in {states}; this cluster is in {state}
t-scheme-is-for-clusters-in-states-this-cluster-281706 = { $scheme } { $states } के क्लस्टरों के लिए है; यह क्लस्टर { $state } में है

# {text}
t-text = { $text }

# {what}: not told ({path} is not entered){note}
t-what-not-told-path-is-not-entered-note = { $what }: ज्ञात नहीं ({ $path } दर्ज नहीं है){ $note }

# {what}: {n} {what}{note}
t-what-n-what-note = { $what }: { $n } { $what }{ $note }
