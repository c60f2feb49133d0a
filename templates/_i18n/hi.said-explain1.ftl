# cdstudy: the Hindi of the scheme engine's sentences (src/scheme/explain.rs), part 1. Keyed on the English
# pattern; places as { $name }.

# GoI share for the {category} category not confirmed
t-goi-share-for-the-category-category-not-0d596d = { $category } श्रेणी के लिए भारत सरकार का अंश पुष्ट नहीं

# GoI {pct} of the cost ({category} category)
t-goi-pct-of-the-cost-category-category = लागत का { $pct } भारत सरकार द्वारा ({ $category } श्रेणी)

# SPV of at least {min} member units ({min_special_case} in special cases): not checked, the number of member units is not entered
t-spv-of-at-least-min-member-units-min-special-c96ccf = कम से कम { $min } सदस्य इकाइयों वाला एसपीवी (विशेष मामलों में { $min_special_case }): जाँच नहीं की गई, सदस्य इकाइयों की संख्या दर्ज नहीं है

# SPV of at least {min} member units ({min_special_case} in special cases): {n} members
t-spv-of-at-least-min-member-units-min-special-8be966 = कम से कम { $min } सदस्य इकाइयों वाला एसपीवी (विशेष मामलों में { $min_special_case }): { $n } सदस्य

# SPV of at least {min} member units ({min_special_case} in special cases): {n} members (special case)
t-spv-of-at-least-min-member-units-min-special-18e056 = कम से कम { $min } सदस्य इकाइयों वाला एसपीवी (विशेष मामलों में { $min_special_case }): { $n } सदस्य (विशेष मामला)

# SPV's contribution at least {min_pct} of the CFC's cost: not checked, the means of finance exceed the cost by {excess}
t-spv-s-contribution-at-least-min-pct-of-the-03203b = एसपीवी का अंशदान सीएफसी की लागत का कम से कम { $min_pct } हो: जाँच नहीं की गई, वित्त के साधन लागत से { $excess } अधिक हैं

# SPV's contribution at least {min_pct} of the CFC's cost: {total} (own funds {own} and term loan {loan}) is {share}
t-spv-s-contribution-at-least-min-pct-of-the-fc5710 = एसपीवी का अंशदान सीएफसी की लागत का कम से कम { $min_pct } हो: { $total } (अपनी निधि { $own } एवं सावधि ऋण { $loan }), अर्थात लागत का { $share }

# SPV's contribution at least {min_pct} of the CFC's cost: {total} is {share}
t-spv-s-contribution-at-least-min-pct-of-the-f3a388 = एसपीवी का अंशदान सीएफसी की लागत का कम से कम { $min_pct } हो: { $total }, अर्थात लागत का { $share }

# `{word}` is not a component of {revision}. If the action is funded outside the scheme, leave component empty and say who pays in funded_by
t-word-is-not-a-component-of-revision-if-the-923152 = `{ $word }` { $revision } का घटक नहीं है। यदि गतिविधि का वित्त पोषण योजना के बाहर से होता है, तो component खाली छोड़ें और funded_by में लिखें कि भुगतान कौन करेगा

# `{word}` is not a component of {revision}; its components are: {known}. If the action is funded outside the scheme, leave component empty and say who pays in funded_by
t-word-is-not-a-component-of-revision-its-1c0c36 = `{ $word }` { $revision } का घटक नहीं है; इसके घटक हैं: { $known }। यदि गतिविधि का वित्त पोषण योजना के बाहर से होता है, तो component खाली छोड़ें और funded_by में लिखें कि भुगतान कौन करेगा

# an SPV registered as {forms}: not told (spv.legal_form is not entered){note}
t-an-spv-registered-as-forms-not-told-spv-4f6e14 = एसपीवी { $forms } के रूप में पंजीकृत हो: ज्ञात नहीं (spv.legal_form दर्ज नहीं है){ $note }

# an SPV registered as {forms}: the study's SPV is registered in another legal form (spv.legal_form: other){note}
t-an-spv-registered-as-forms-the-study-s-spv-b60f66 = एसपीवी { $forms } के रूप में पंजीकृत हो: अध्ययन का एसपीवी किसी अन्य विधिक स्वरूप में पंजीकृत है (spv.legal_form: other){ $note }

# an SPV registered as {forms}: the study's SPV is {form}{note}
t-an-spv-registered-as-forms-the-study-s-spv-9d4e91 = एसपीवी { $forms } के रूप में पंजीकृत हो: अध्ययन का एसपीवी { $form } है{ $note }

# at least {lo} {what}: not told ({path} is not entered){note}
t-at-least-lo-what-not-told-path-is-not-entered-a93796 = कम से कम { $lo } { $what }: ज्ञात नहीं ({ $path } दर्ज नहीं है){ $note }

# at least {lo} {what}: {n} {what}{note}
t-at-least-lo-what-n-what-note = कम से कम { $lo } { $what }: { $n } { $what }{ $note }

# at most {hi} {what}: not told ({path} is not entered){note}
t-at-most-hi-what-not-told-path-is-not-entered-45583a = अधिकतम { $hi } { $what }: ज्ञात नहीं ({ $path } दर्ज नहीं है){ $note }

# at most {hi} {what}: {n} {what}{note}
t-at-most-hi-what-n-what-note = अधिकतम { $hi } { $what }: { $n } { $what }{ $note }

# at most {max_actions} actions, each counted up to {ceiling}: {counted} of {cost} counts{note}
t-at-most-max-actions-actions-each-counted-43988c = अधिकतम { $max_actions } गतिविधियाँ, प्रत्येक की गणना अधिकतम { $ceiling } तक: { $cost } में से { $counted } की गणना की गई{ $note }

# cap on the cluster's grant by its artisans ({tiers}): not checked, artisans not entered
t-cap-on-the-cluster-s-grant-by-its-artisans-ff1282 = शिल्पियों की संख्या के अनुसार क्लस्टर के अनुदान की अधिकतम सीमा ({ $tiers }): जाँच नहीं की गई, शिल्पियों की संख्या दर्ज नहीं है

# cut by {cut} to keep the cluster within {cap}
t-cut-by-cut-to-keep-the-cluster-within-cap = क्लस्टर को { $cap } की सीमा के भीतर रखने के लिए { $cut } की कटौती

# for clusters of the {any_of} sector: not told (the study's cluster.sectors is empty){note}
t-for-clusters-of-the-any-of-sector-not-told-b3a3e6 = { $any_of } क्षेत्र के क्लस्टरों के लिए: ज्ञात नहीं (अध्ययन में cluster.sectors खाली है){ $note }

# for clusters of the {any_of} sector: the cluster works in {sectors}{note}
t-for-clusters-of-the-any-of-sector-the-cluster-1ede14 = { $any_of } क्षेत्र के क्लस्टरों के लिए: क्लस्टर { $sectors } में कार्यरत है{ $note }

# for clusters of the {any_of} sector: the cluster's sectors are {sectors}{note}
t-for-clusters-of-the-any-of-sector-the-cluster-e5f516 = { $any_of } क्षेत्र के क्लस्टरों के लिए: क्लस्टर के क्षेत्र { $sectors } हैं{ $note }

# funded by {payers}
t-funded-by-payers = { $payers } द्वारा वित्त पोषित

# grant at most {cap}: the grant of {grant} is within it
t-grant-at-most-cap-the-grant-of-grant-is-01f1ad = अनुदान अधिकतम { $cap }: { $grant } का अनुदान इस सीमा के भीतर है

# grant at most {cap}: the {grant} it would be is cut to it
t-grant-at-most-cap-the-grant-it-would-be-e82091 = अनुदान अधिकतम { $cap }: अन्यथा देय { $grant } का अनुदान घटाकर इस सीमा तक किया गया

# grant at most {pct} of the {of}' cost ({cap} of {cost})
t-grant-at-most-pct-of-the-of-cost-cap-of-1c2960 = अनुदान { $of } की लागत का अधिकतम { $pct } ({ $cost } का { $cap })

# grant not computed: {why}
t-grant-not-computed-why = अनुदान की गणना नहीं की गई: { $why }

# grant {how}: {before} → {after}
t-grant-how-before-after = अनुदान ({ $how }): { $before } → { $after }

# land at most {max_pct} of the project cost: {land} is {shown}
t-land-at-most-max-pct-of-the-project-cost-3b7eb6 = भूमि परियोजना लागत का अधिकतम { $max_pct } हो: { $land }, अर्थात परियोजना लागत का { $shown }

# land costs {land}, {share} of the project cost {cost}; the scheme allows at most {max_pct} ({max})
t-land-costs-land-share-of-the-project-cost-90ff13 = भूमि की लागत { $land } है, जो परियोजना लागत { $cost } का { $share } है; योजना में अधिकतम { $max_pct } ({ $max }) की अनुमति है

# land with its development at most {max_pct} of the project cost: {land} is {shown}
t-land-with-its-development-at-most-max-pct-79099b = भूमि एवं उसका विकास परियोजना लागत का अधिकतम { $max_pct } हो: { $land }, अर्थात परियोजना लागत का { $shown }

# land with its development costs {land}, {share} of the project cost {cost}; the scheme allows at most {max_pct} ({max})
t-land-with-its-development-costs-land-share-69ced8 = भूमि एवं उसके विकास की लागत { $land } है, जो परियोजना लागत { $cost } का { $share } है; योजना में अधिकतम { $max_pct } ({ $max }) की अनुमति है

# leased land on a lease of at least {min_years} years: not told (cfc.lease_years is not entered){note}
t-leased-land-on-a-lease-of-at-least-min-years-478886 = पट्टे की भूमि कम से कम { $min_years } वर्ष के पट्टे पर हो: ज्ञात नहीं (cfc.lease_years दर्ज नहीं है){ $note }

# leased land on a lease of at least {min_years} years: {years} years{note}
t-leased-land-on-a-lease-of-at-least-min-years-f31bc4 = पट्टे की भूमि कम से कम { $min_years } वर्ष के पट्टे पर हो: { $years } वर्ष{ $note }

# met from {payer}: {amount}
t-met-from-payer-amount = { $payer } से पूर्ति: { $amount }

# no GoI grant may go to {heads}, which cost {excluded}: the grant is cut from {grant} to the {room} the other heads cost
t-no-goi-grant-may-go-to-heads-which-cost-801bd7 = { $heads } पर, जिनकी लागत { $excluded } है, भारत सरकार का कोई अनुदान नहीं दिया जा सकता: अनुदान { $grant } से घटाकर अन्य मदों की लागत { $room } तक किया गया

# no GoI grant on {list}: not checked until the CFC's cost heads are described
t-no-goi-grant-on-list-not-checked-until-the-59030a = { $list } पर भारत सरकार का अनुदान नहीं: सीएफसी की लागत के मदों का विवरण दिए जाने तक जाँच नहीं की जा सकती

# no GoI grant on {list}: the grant is limited to the other heads' {room} (instead of {grant})
t-no-goi-grant-on-list-the-grant-is-limited-0ea12c = { $list } पर भारत सरकार का अनुदान नहीं: अनुदान अन्य मदों की लागत { $room } तक सीमित है ({ $grant } के स्थान पर)

# no GoI grant: {why}
t-no-goi-grant-why = भारत सरकार का अनुदान नहीं: { $why }

# no GoI share ({category} category)
t-no-goi-share-category-category = भारत सरकार का कोई अंश नहीं ({ $category } श्रेणी)

# no member above {max_pct} of the SPV's equity
t-no-member-above-max-pct-of-the-spv-s-equity = एसपीवी की इक्विटी में किसी भी सदस्य का अंश { $max_pct } से अधिक न हो

# no member above {max_pct} of the SPV's equity (so far: over the {n} member whose equity is entered, of a member count not entered yet)
t-no-member-above-max-pct-of-the-spv-s-equity-5e831f = एसपीवी की इक्विटी में किसी भी सदस्य का अंश { $max_pct } से अधिक न हो (अभी तक: इक्विटी दर्ज { $n } सदस्य के आधार पर; कुल सदस्य संख्या अभी दर्ज नहीं है)

# no member above {max_pct} of the SPV's equity (so far: over the {n} member whose equity is entered, of {of})
t-no-member-above-max-pct-of-the-spv-s-equity-89fd7e = एसपीवी की इक्विटी में किसी भी सदस्य का अंश { $max_pct } से अधिक न हो (अभी तक: इक्विटी दर्ज { $n } सदस्य के आधार पर; कुल सदस्य: { $of })

# no member above {max_pct} of the SPV's equity (so far: over the {n} members whose equity is entered, of a member count not entered yet)
t-no-member-above-max-pct-of-the-spv-s-equity-0549a8 = एसपीवी की इक्विटी में किसी भी सदस्य का अंश { $max_pct } से अधिक न हो (अभी तक: इक्विटी दर्ज { $n } सदस्यों के आधार पर; कुल सदस्य संख्या अभी दर्ज नहीं है)

# no member above {max_pct} of the SPV's equity (so far: over the {n} members whose equity is entered, of {of})
t-no-member-above-max-pct-of-the-spv-s-equity-9938c1 = एसपीवी की इक्विटी में किसी भी सदस्य का अंश { $max_pct } से अधिक न हो (अभी तक: इक्विटी दर्ज { $n } सदस्यों के आधार पर; कुल सदस्य: { $of })

# no member above {max_pct} of the SPV's equity: not checked, no member's equity is entered
t-no-member-above-max-pct-of-the-spv-s-equity-5e6cba = एसपीवी की इक्विटी में किसी भी सदस्य का अंश { $max_pct } से अधिक न हो: जाँच नहीं की गई, किसी भी सदस्य की इक्विटी दर्ज नहीं है

# not a component of {revision}: no grant
t-not-a-component-of-revision-no-grant = { $revision } का घटक नहीं: अनुदान नहीं

# project cost above {lo} up to {hi}: GoI share for the {category} category not confirmed
t-project-cost-above-lo-up-to-hi-goi-share-b6d3ac = { $lo } से अधिक एवं { $hi } तक की परियोजना लागत: { $category } श्रेणी के लिए भारत सरकार का अंश पुष्ट नहीं

# project cost above {lo} up to {hi}: no GoI share ({category} category)
t-project-cost-above-lo-up-to-hi-no-goi-share-8bcc50 = { $lo } से अधिक एवं { $hi } तक की परियोजना लागत: भारत सरकार का कोई अंश नहीं ({ $category } श्रेणी)

# project cost above {lo}: GoI share for the {category} category not confirmed
t-project-cost-above-lo-goi-share-for-the-c2de8b = { $lo } से अधिक की परियोजना लागत: { $category } श्रेणी के लिए भारत सरकार का अंश पुष्ट नहीं

# project cost above {lo}: GoI {pct} of the cost ({category} category)
t-project-cost-above-lo-goi-pct-of-the-cost-bc6f9b = { $lo } से अधिक की परियोजना लागत: लागत का { $pct } भारत सरकार द्वारा ({ $category } श्रेणी)

# project cost above {lo}: no GoI share ({category} category)
t-project-cost-above-lo-no-goi-share-category-bce4ed = { $lo } से अधिक की परियोजना लागत: भारत सरकार का कोई अंश नहीं ({ $category } श्रेणी)

# project cost up to {hi}: GoI share for the {category} category not confirmed
t-project-cost-up-to-hi-goi-share-for-the-a9ecbe = { $hi } तक की परियोजना लागत: { $category } श्रेणी के लिए भारत सरकार का अंश पुष्ट नहीं

# project cost up to {hi}: GoI {pct} of the cost ({category} category)
t-project-cost-up-to-hi-goi-pct-of-the-cost-f3d066 = { $hi } तक की परियोजना लागत: लागत का { $pct } भारत सरकार द्वारा ({ $category } श्रेणी)

# project cost up to {hi}: no GoI share ({category} category)
t-project-cost-up-to-hi-no-goi-share-category-6060d6 = { $hi } तक की परियोजना लागत: भारत सरकार का कोई अंश नहीं ({ $category } श्रेणी)

# project cost {cost} is below the lowest bracket ({from}): rate not confirmed, no grant computed
t-project-cost-cost-is-below-the-lowest-bracket-57db83 = परियोजना लागत { $cost } सबसे निचले लागत स्लैब ({ $from }) से कम है: दर पुष्ट नहीं, अनुदान की गणना नहीं की गई

# so far: over the {entered} member whose equity is entered, of {of}
t-so-far-over-the-entered-member-whose-equity-95fbee = अभी तक: इक्विटी दर्ज { $entered } सदस्य के आधार पर; कुल सदस्य: { $of }

# so far: over the {entered} members whose equity is entered, of {of}
t-so-far-over-the-entered-members-whose-equity-3d4ed5 = अभी तक: इक्विटी दर्ज { $entered } सदस्यों के आधार पर; कुल सदस्य: { $of }

# the CFC is described ({cost}) but no action in the action plan has component {component}: add it as a hard intervention so the plan's budget includes it
t-the-cfc-is-described-cost-but-no-action-f1cb8a = सीएफसी का विवरण दिया गया है ({ $cost }), किंतु कार्ययोजना की किसी भी गतिविधि का घटक { $component } नहीं है: इसे हार्ड इंटरवेंशन के रूप में जोड़ें ताकि कार्ययोजना के बजट में यह शामिल हो

# the CFC's land at least {min} acres in the {category} category: not told (cfc.land_acres is not entered){note}
t-the-cfc-s-land-at-least-min-acres-in-the-d528ec = { $category } श्रेणी में सीएफसी की भूमि कम से कम { $min } एकड़ हो: ज्ञात नहीं (cfc.land_acres दर्ज नहीं है){ $note }

# the CFC's land at least {min} acres in the {category} category: {acres} acres{note}
t-the-cfc-s-land-at-least-min-acres-in-the-7c9ad7 = { $category } श्रेणी में सीएफसी की भूमि कम से कम { $min } एकड़ हो: { $acres } एकड़{ $note }

# the CFC's land at least {min} acres: not told (cfc.land_acres is not entered){note}
t-the-cfc-s-land-at-least-min-acres-not-told-efcb36 = सीएफसी की भूमि कम से कम { $min } एकड़ हो: ज्ञात नहीं (cfc.land_acres दर्ज नहीं है){ $note }
