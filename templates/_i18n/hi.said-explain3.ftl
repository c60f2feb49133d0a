# cdstudy: the Hindi of the scheme engine's sentences (src/scheme/explain.rs), part 3: `schemes show`,
# a scheme's rules in words. Keyed on the English pattern; places as { $name }. A place a
# sentence adds after a word (a basis, a cap) begins with its own blank, written { " " }.

#  ({rule_basis})
t-rule-basis = { " " }({ $rule_basis })

#  for at most {m}
t-for-at-most-m = { " " }(अधिकतम { $m } तक)

# , at most {cap}
t-at-most-cap = , अधिकतम { $cap }

# , or {cap} if less
t-or-cap-if-less = , या { $cap }, जो भी कम हो

# ; {state} {rates}{mark}
t-state-rates-mark = ; { $state } { $rates }{ $mark }

# A study needs: {sections}.
t-a-study-needs-sections = अध्ययन में आवश्यक खंड: { $sections }।

# Above {ceiling}: the project is considered, but {whose} is computed on {ceiling} (at most {maxima}).
t-above-ceiling-the-project-is-considered-6e0c03 = { $ceiling } से अधिक: परियोजना पर विचार किया जाता है, किंतु { $whose } { $ceiling } के आधार पर ही निकाला जाता है (अधिकतम { $maxima })।

# Amounts in whole rupees; grants {how}.
t-amounts-in-whole-rupees-grants-how = राशियाँ पूर्ण रुपयों में; अनुदान { $how }।

# Assistance of {rate} per {unit}{most}, never more than the cost{mark}: the actions' cost lines with unit `{code}` count the units.
t-assistance-of-rate-per-unit-most-never-more-6fb77c = प्रति { $unit } { $rate } की सहायता{ $most }, जो लागत से अधिक नहीं होगी{ $mark }: गतिविधियों की unit `{ $code }` वाली लागत पंक्तियों से इकाइयों की गणना होती है।

# At least {lo} {what} ({path}){mark}{note}.
t-at-least-lo-what-path-mark-note = कम से कम { $lo } { $what } ({ $path }){ $mark }{ $note }।

# At least {min} member units; {special} in the guidelines' special cases (record why in spv.special_case){mark}.
t-at-least-min-member-units-special-in-the-e24f6b = कम से कम { $min } सदस्य इकाइयाँ; दिशानिर्देशों में दिए गए विशेष मामलों में { $special } (कारण spv.special_case में दर्ज करें){ $mark }।

# At most {hi} {what} ({path}){mark}{note}.
t-at-most-hi-what-path-mark-note = अधिकतम { $hi } { $what } ({ $path }){ $mark }{ $note }।

# At most {max_actions} actions count, each up to {ceiling}{mark}{note}.
t-at-most-max-actions-actions-count-each-up-bdeb3e = अधिकतम { $max_actions } गतिविधियों की गणना होती है, प्रत्येक अधिकतम { $ceiling } तक{ $mark }{ $note }।

# Below {from}: no rate was found; cdstudy flags such a project and computes no grant.
t-below-from-no-rate-was-found-cdstudy-flags-294f43 = { $from } से कम: कोई दर नहीं मिली; cdstudy ऐसी परियोजना को चिह्नित करता है और अनुदान की गणना नहीं करता।

# Brings at least {pct} of the CFC's cost (its own funds and the term loan it raises){mark}.
t-brings-at-least-pct-of-the-cfc-s-cost-its-ee71dc = एसपीवी का अंशदान सीएफसी की लागत का कम से कम { $pct } हो (अपनी निधि एवं उसके द्वारा जुटाया गया सावधि ऋण){ $mark }।

# CFC viability
t-cfc-viability = सीएफसी की व्यवहार्यता

# Cap on the cluster's grant
t-cap-on-the-cluster-s-grant = क्लस्टर के अनुदान की अधिकतम सीमा

# Cap on the project's grant
t-cap-on-the-project-s-grant = परियोजना के अनुदान की अधिकतम सीमा

# Category {id} ({name}): a cluster in {conditions}.
t-category-id-name-a-cluster-in-conditions = श्रेणी { $id } ({ $name }): ऐसा क्लस्टर जिस पर यह लागू हो — { $conditions }।

# Clusters in {states} (cluster.state).
t-clusters-in-states-cluster-state = { $states } में स्थित क्लस्टर (cluster.state)।

# Component `{id}`: {name}
t-component-id-name = घटक `{ $id }`: { $name }

# Components
t-components = घटक

# Dated {date}.
t-dated-date = दिनांक { $date }।

# Every other cluster is in the general category.
t-every-other-cluster-is-in-the-general-category = अन्य सभी क्लस्टर सामान्य श्रेणी में हैं।

# From {source}:
t-from-source = { $source } के अनुसार:

# GoI at most {cap} for the whole project{mark}; beyond it the cut falls on {from}, in that order.
t-goi-at-most-cap-for-the-whole-project-mark-db3852 = संपूर्ण परियोजना हेतु भारत सरकार अनुदान अधिकतम { $cap }{ $mark }; इससे अधिक होने पर कटौती इस क्रम में होगी: { $from }।

# GoI {goi} of the cost{mark}{state}.
t-goi-goi-of-the-cost-mark-state = लागत का { $goi } भारत सरकार द्वारा{ $mark }{ $state }।

# In the {category} category, the CFC's land at least {acres} acres (cfc.land_acres){mark}.
t-in-the-category-category-the-cfc-s-land-2a6543 = { $category } श्रेणी में सीएफसी की भूमि कम से कम { $acres } एकड़ हो (cfc.land_acres){ $mark }।

# Its funding rule is not confirmed: cdstudy computes no grant and flags the component when a study uses it.
t-its-funding-rule-is-not-confirmed-cdstudy-7fa236 = इसके वित्त पोषण का नियम पुष्ट नहीं है: cdstudy अनुदान की गणना नहीं करता, और किसी अध्ययन में इसका उपयोग होने पर घटक को चिह्नित करता है।

# Land is at most {pct} of the project cost{mark}.
t-land-is-at-most-pct-of-the-project-cost-d343de = भूमि की लागत परियोजना लागत के अधिकतम { $pct } तक हो{ $mark }।

# Land, with its development, is at most {pct} of the project cost{mark}.
t-land-with-its-development-is-at-most-pct-a82ef7 = भूमि की लागत, उसके विकास सहित, परियोजना लागत के अधिकतम { $pct } तक हो{ $mark }।

# Leased land on a lease of at least {years} years (cfc.lease_years){mark}.
t-leased-land-on-a-lease-of-at-least-years-eb6dda = पट्टे की भूमि कम से कम { $years } वर्ष के पट्टे पर हो (cfc.lease_years){ $mark }।

# Ministry: {ministry}.
t-ministry-ministry = मंत्रालय: { $ministry }।

# No GoI grant on {heads}: those heads are met by the State and the SPV{mark}.
t-no-goi-grant-on-heads-those-heads-are-met-e6668e = { $heads } पर भारत सरकार अनुदान देय नहीं: इन मदों का व्यय राज्य एवं एसपीवी द्वारा वहन किया जाता है{ $mark }।

# No GoI share{mark}{state}.
t-no-goi-share-mark-state = भारत सरकार का अंश नहीं{ $mark }{ $state }।

# No funding rules: actions may name any component; each is reported with its cost and paid for as the study says (funded_by).
t-no-funding-rules-actions-may-name-any-component-9fb089 = वित्त पोषण के नियम नहीं: गतिविधियों में कोई भी घटक दिया जा सकता है; प्रत्येक घटक उसकी लागत सहित दर्शाया जाता है, और उसका वित्त पोषण अध्ययन के अनुसार (funded_by) होता है।

# No member holds more than {pct} of the SPV's equity{mark}.
t-no-member-holds-more-than-pct-of-the-spv-2f3b16 = किसी भी सदस्य के पास एसपीवी की अंश पूंजी का { $pct } से अधिक न हो{ $mark }।

# No rate known for any category{mark}: no grant is computed, and its use is flagged.
t-no-rate-known-for-any-category-mark-no-grant-9bedbf = किसी भी श्रेणी के लिए दर ज्ञात नहीं{ $mark }: अनुदान की गणना नहीं की जाती, और इसका उपयोग चिह्नित किया जाता है।

# No special category: every cluster is general.
t-no-special-category-every-cluster-is-general = कोई विशेष श्रेणी नहीं: प्रत्येक क्लस्टर सामान्य श्रेणी में है।

# Not confirmed (flagged by cdstudy where it matters, never assumed)
t-not-confirmed-flagged-by-cdstudy-where-it-496635 = अपुष्ट बिंदु (जहाँ प्रासंगिक हो, cdstudy इन्हें चिह्नित करता है; इन्हें कभी माना नहीं जाता)

# Not confirmed, so not counted (cdstudy flags it when a cluster has it): {condition}{note}.
t-not-confirmed-so-not-counted-cdstudy-flags-0a3928 = पुष्ट नहीं, अतः गणना में नहीं (किसी क्लस्टर पर यह लागू होने पर cdstudy इसे चिह्नित करता है): { $condition }{ $note }।

# Note: {text}{mark}.
t-note-text-mark = टिप्पणी: { $text }{ $mark }।

# Once it describes a CFC (a DPR), also: {sections}.
t-once-it-describes-a-cfc-a-dpr-also-sections = सीएफसी का विवरण होने पर (डीपीआर), ये भी: { $sections }।

# Revision {revision}: {guideline}.
t-revision-revision-guideline = संशोधन { $revision }: { $guideline }।

# Rounding
t-rounding = पूर्णांकन

# Sources
t-sources = स्रोत

# Special category ({name}): a cluster in {conditions}.
t-special-category-name-a-cluster-in-conditions = विशेष श्रेणी ({ $name }): ऐसा क्लस्टर जिस पर यह लागू हो — { $conditions }।

# The CFC's land at least {acres} acres (cfc.land_acres){mark}{note}.
t-the-cfc-s-land-at-least-acres-acres-cfc-b6c18b = सीएफसी की भूमि कम से कम { $acres } एकड़ हो (cfc.land_acres){ $mark }{ $note }।

# The CFC's land {tenures} (cfc.land_tenure){mark}.
t-the-cfc-s-land-tenures-cfc-land-tenure-mark = सीएफसी की भूमि { $tenures } हो (cfc.land_tenure){ $mark }।

# The SPV {forms} (spv.legal_form){mark}{note}.
t-the-spv-forms-spv-legal-form-mark-note = एसपीवी { $forms } के रूप में पंजीकृत हो (spv.legal_form){ $mark }{ $note }।

# The cost is met by: {payer}.
t-the-cost-is-met-by-payer = लागत का वहन: { $payer }।

# The cost is shown under: {payer}.
t-the-cost-is-shown-under-payer = लागत इसके अंतर्गत दर्शाई जाती है: { $payer }।

# The first of these a cluster meets, in this order, is its category.
t-the-first-of-these-a-cluster-meets-in-this-cb16e2 = इस क्रम में इनमें से जो श्रेणी क्लस्टर पर सबसे पहले लागू हो, वही उसकी श्रेणी है।

# The grant is at most {cap}{mark}.
t-the-grant-is-at-most-cap-mark = अनुदान अधिकतम { $cap }{ $mark }।

# The grant is at most {pct} of the cost of `{of}`{mark}.
t-the-grant-is-at-most-pct-of-the-cost-of-b3966f = अनुदान `{ $of }` की लागत के अधिकतम { $pct } तक{ $mark }।

# The rest is met by: {payer}.
t-the-rest-is-met-by-payer = शेष राशि का वहन: { $payer }।

# The scheme
t-the-scheme = योजना

# The {party} brings {pct} of the eligible cost{cap}{mark}.
t-the-party-brings-pct-of-the-eligible-cost-3cb4d1 = { $party } का अंश पात्र लागत का { $pct }{ $cap }{ $mark }।

# The {party}'s share is not known for any category{mark}: it is flagged and not assumed{cap}.
t-the-party-s-share-is-not-known-for-any-category-cc4a42 = किसी भी श्रेणी के लिए { $party } का अंश ज्ञात नहीं{ $mark }: इसे चिह्नित किया जाता है, माना नहीं जाता{ $cap }।

# The {sectors} sector (cluster.sectors){mark}{note}.
t-the-sectors-sector-cluster-sectors-mark-d68f7c = { $sectors } क्षेत्र (cluster.sectors){ $mark }{ $note }।

# When the grants exceed the cap, the cut falls on {from}, in that order. The cap needs the number of artisans (cluster.artisans).
t-when-the-grants-exceed-the-cap-the-cut-falls-b9fbea = अनुदान अधिकतम सीमा से अधिक होने पर कटौती इस क्रम में होगी: { $from }। इस सीमा के लिए शिल्पियों की संख्या (cluster.artisans) आवश्यक है।

# Who it is for
t-who-it-is-for = पात्रता

# a State with fewer than {n} earlier projects under the scheme (cluster.area.earlier_projects)
t-a-state-with-fewer-than-n-earlier-projects-10c4c2 = ऐसा राज्य जिसमें योजना के अंतर्गत पूर्व की परियोजनाएँ { $n } से कम हों (cluster.area.earlier_projects)

# a block of category {blocks} (cluster.area.block_category)
t-a-block-of-category-blocks-cluster-area-3af572 = { $blocks } श्रेणी का ब्लॉक (cluster.area.block_category)

# a {legal_form}
t-a-legal-form = { $legal_form }

# an {legal_form}
t-an-legal-form = { $legal_form }

# another legal form
t-another-legal-form = अन्य विधिक स्वरूप

# cdstudy does not compute its grant: {why}; a study that uses it is flagged.
t-cdstudy-does-not-compute-its-grant-why-a-fd54df = cdstudy इसके अनुदान की गणना नहीं करता: { $why }; इसका उपयोग करने वाला अध्ययन चिह्नित किया जाता है।

# projection of {years} years; cumulative DSCR at least {dscr}; break-even below {break_even}% of installed capacity; ROCE above {roce}%; IRR above {irr}%; NPV at {rate} positive.
t-projection-of-years-years-cumulative-dscr-493a08 = { $years } वर्षों का प्रक्षेपण; संचयी डीएससीआर कम से कम { $dscr }; सम-विच्छेद बिंदु स्थापित क्षमता के { $break_even }% से कम; आरओसीई { $roce }% से अधिक; आंतरिक प्रतिफल दर (आईआरआर) { $irr }% से अधिक; { $rate } की दर पर शुद्ध वर्तमान मूल्य (एनपीवी) धनात्मक।

# the grant
t-the-grant = अनुदान

# the {state}'s share
t-the-state-s-share = { $state } का अंश

# {amount} {category}
t-amount-category = { $category }: { $amount }

# {condition}{mark}
t-condition-mark = { $condition }{ $mark }

# {counted}; and also {also}
t-counted-and-also-also = { $counted }; तथा साथ ही { $also }

# {earlier}; and {later}
t-earlier-and-later = { $earlier }; तथा { $later }

# {earlier}; or {later}
t-earlier-or-later = { $earlier }; अथवा { $later }

# {lo} to {hi} {what} ({path}){mark}{note}.
t-lo-to-hi-what-path-mark-note = { $lo } से { $hi } { $what } ({ $path }){ $mark }{ $note }।

# {rate} ({category})
t-rate-category = { $rate } ({ $category })

# {scheme} sets no acceptance rules; cdstudy holds a CFC against those of the MSE-CDP guidelines of 24-05-2022 as a reference.
t-scheme-sets-no-acceptance-rules-cdstudy-d9d708 = { $scheme } में स्वीकार्यता के कोई मानदंड नहीं हैं; cdstudy संदर्भ हेतु सीएफसी को दिनांक 24-05-2022 के एमएसई-सीडीपी दिशानिर्देशों के मानदंडों पर परखता है।

# {span}: GoI {goi} of the whole cost{mark}{state}.
t-span-goi-goi-of-the-whole-cost-mark-state = { $span }: संपूर्ण लागत का { $goi } भारत सरकार द्वारा{ $mark }{ $state }।

# {span}: no GoI share{mark}{state}.
t-span-no-goi-share-mark-state = { $span }: भारत सरकार का अंश नहीं{ $mark }{ $state }।

# {span}: no rate known for any category{mark}: no grant is computed, and its use is flagged.
t-span-no-rate-known-for-any-category-mark-e46b55 = { $span }: किसी भी श्रेणी के लिए दर ज्ञात नहीं{ $mark }: अनुदान की गणना नहीं की जाती, और इसका उपयोग चिह्नित किया जाता है।

# {tier}: GoI at most {cap} for the whole cluster{mark}.
t-tier-goi-at-most-cap-for-the-whole-cluster-a8490e = { $tier }: संपूर्ण क्लस्टर हेतु भारत सरकार अनुदान अधिकतम { $cap }{ $mark }।

# No GoI grant: {reason}.
t-no-goi-grant-reason = भारत सरकार अनुदान देय नहीं: { $reason }।

# Words of the rules these sentences name: conditions of a category, a rounding, the sectors a
# scheme is for (their ids in the rules files), the units of an assistance per unit, a State.

# more than half of the units women-owned
t-more-than-half-of-the-units-women-owned = आधी से अधिक इकाइयाँ महिला-स्वामित्व वाली

# more than half of the units SC/ST-owned
t-more-than-half-of-the-units-sc-st-owned = आधी से अधिक इकाइयाँ अजा/अजजा-स्वामित्व वाली

# a district affected by left-wing extremism
t-a-district-affected-by-left-wing-extremism = वामपंथी उग्रवाद से प्रभावित जिला

# whole rupees, rounded down
t-whole-rupees-rounded-down = पूर्ण रुपयों में, नीचे की ओर पूर्णांकित

# rounded down to a whole lakh
t-rounded-down-to-a-whole-lakh = नीचे की ओर पूर्ण लाख में पूर्णांकित

# not confirmed, so not applied
t-not-confirmed-so-not-applied = पुष्ट नहीं, अतः लागू नहीं

# ayush
t-ayush = आयुष

# food-processing
t-food-processing = खाद्य प्रसंस्करण

# handicrafts
t-handicrafts = हस्तशिल्प

# handloom
t-handloom = हथकरघा

# khadi
t-khadi = खादी

# village-industries
t-village-industries = ग्रामोद्योग

# coir
t-coir = कॉयर

# bamboo
t-bamboo = बाँस

# leather
t-leather = चमड़ा

# pharma
t-pharma = औषधि

# plastics
t-plastics = प्लास्टिक

# powerloom
t-powerloom = पावरलूम

# textiles
t-textiles = वस्त्र

# garments
t-garments = परिधान

# artisan
t-artisan = शिल्पी

# moderator-year
t-moderator-year = मॉडरेटर-वर्ष

# Haryana
t-haryana = हरियाणा
