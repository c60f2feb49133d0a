# cdstudy: why a study file (or a rules file) does not load, in Hindi: the messages cdstudy
# words itself. The YAML library's own syntax messages ("illegal placement of ':'
# indicator") stay as the library words them. Each entry is keyed on its English pattern
# in the source (a `# English` line, then `t-<id> = हिन्दी`, places as { $name }); see
# crate::phrase. Terms as in glossary.hi.yaml.

## Reading the file (src/store/mod.rs).

# cannot read: {what}
t-cannot-read-what = पढ़ी नहीं जा सकती: { $what }

# no such file
t-no-such-file = ऐसी कोई फ़ाइल नहीं है

# permission denied
t-permission-denied = पढ़ने की अनुमति नहीं है

# it is a folder, not a study file
t-it-is-a-folder-not-a-study-file = यह फ़ोल्डर है, अध्ययन फ़ाइल नहीं

# it is not a regular file (a device, a pipe or a socket); a study is a file
t-it-is-not-a-regular-file-a-device-a-pipe-ecb838 = यह सामान्य फ़ाइल नहीं है (डिवाइस, पाइप या सॉकेट); अध्ययन एक फ़ाइल होता है

## Size, encoding, emptiness, conflicts and format (src/store/load.rs).

# the limit keeps a wrong file (a database dump, a video) or a runaway paste from filling the memory; a real study this large can be split: one study per cluster, with long annexes (survey transcripts, price lists) kept as files beside it and named in `notes`
t-the-limit-keeps-a-wrong-file-a-database-decbf0 = यह सीमा किसी गलत फ़ाइल (डेटाबेस डंप, वीडियो) या भूल से चिपकाए गए अत्यधिक पाठ को मेमोरी भरने से रोकती है; इतना बड़ा वास्तविक अध्ययन विभाजित किया जा सकता है: प्रति क्लस्टर एक अध्ययन, और लंबे परिशिष्ट (सर्वेक्षण प्रतिलेख, मूल्य सूचियाँ) उसके साथ अलग फ़ाइलों में रखकर `notes` में उनके नाम लिखें

# the file is {size} MB; a study file is at most {limit} MB — is this the right file?
t-the-file-is-size-mb-a-study-file-is-at-most-a98191 = फ़ाइल { $size } MB की है; अध्ययन फ़ाइल अधिकतम { $limit } MB की होती है — क्या यह सही फ़ाइल है?

# byte 0x{byte} is not UTF-8 text
t-byte-0x-byte-is-not-utf-8-text = बाइट 0x{ $byte } UTF-8 पाठ नहीं है

# save the file as UTF-8 (Devanagari and other scripts need it); editors call it 'UTF-8'
t-save-the-file-as-utf-8-devanagari-and-other-33bab6 = फ़ाइल को UTF-8 में सहेजें (देवनागरी और अन्य लिपियों के लिए यह आवश्यक है); संपादक इसे 'UTF-8' कहते हैं

# the file is empty
t-the-file-is-empty = फ़ाइल खाली है

# a study file begins with `format: {format}`; `cdstudy new FILE --name NAME --scheme ID` writes one
t-a-study-file-begins-with-format-format-cdstudy-7e2b38 = अध्ययन फ़ाइल `format: { $format }` से आरंभ होती है; `cdstudy new FILE --name NAME --scheme ID` ऐसी फ़ाइल बना देता है

# a git merge was left unfinished: 1 conflict between {ours} and {theirs}: {list}
t-a-git-merge-was-left-unfinished-1-conflict-6eb97f = git का विलय (merge) अधूरा छोड़ा गया है: { $ours } और { $theirs } के बीच 1 टकराव: { $list }

# a git merge was left unfinished: {n} conflicts between {ours} and {theirs}: {list}
t-a-git-merge-was-left-unfinished-n-conflicts-f05291 = git का विलय (merge) अधूरा छोड़ा गया है: { $ours } और { $theirs } के बीच { $n } टकराव: { $list }

# between <<<<<<< and ======= is {ours}'s version, between ======= and >>>>>>> {theirs}'s: keep what is right, delete the marker lines, then run `cdstudy check` again. To have git merge studies item by item instead (a real conflict becomes a review note on the item), run `cdstudy git-setup` once and redo this file's merge with `git checkout -m FILE`
t-between-and-is-ours-s-version-between-and-0b7509 = <<<<<<< और ======= के बीच { $ours } का संस्करण है, ======= और >>>>>>> के बीच { $theirs } का: जो सही है उसे रखें, चिह्न वाली पंक्तियाँ हटाएँ, फिर `cdstudy check` दोबारा चलाएँ। यदि git को अध्ययनों का विलय प्रविष्टि-दर-प्रविष्टि करना हो (तब वास्तविक टकराव उस प्रविष्टि पर समीक्षा टिप्पणी बन जाता है), तो एक बार `cdstudy git-setup` चलाएँ और इस फ़ाइल का विलय `git checkout -m FILE` से दोबारा करें

# lines {start}–{end} in {section} (item {item})
t-lines-start-end-in-section-item-item = { $section } में पंक्तियाँ { $start }–{ $end } (प्रविष्टि { $item })

# lines {start}–{end} in {section}
t-lines-start-end-in-section = { $section } में पंक्तियाँ { $start }–{ $end }

# lines {start}–{end} (item {item})
t-lines-start-end-item-item = पंक्तियाँ { $start }–{ $end } (प्रविष्टि { $item })

# lines {start}–{end}
t-lines-start-end = पंक्तियाँ { $start }–{ $end }

# one side
t-one-side = एक पक्ष

# the other side
t-the-other-side = दूसरा पक्ष

# the file has no `format:` key
t-the-file-has-no-format-key = फ़ाइल में `format:` कुंजी नहीं है

# a study file begins with `format: {format}`; add that line at the top
t-a-study-file-begins-with-format-format-add-8c3e69 = अध्ययन फ़ाइल `format: { $format }` से आरंभ होती है; यह पंक्ति सबसे ऊपर जोड़ें

# `format: {s}` is not a cdstudy study format (expected {format})
t-format-s-is-not-a-cdstudy-study-format-expected-53d8cf = `format: { $s }` cdstudy का अध्ययन प्रारूप नहीं है (अपेक्षित: { $format })

# the file is in format cdstudy/{version}, written by a newer cdstudy; this cdstudy ({release}) reads {format} and older
t-the-file-is-in-format-cdstudy-version-written-d70505 = फ़ाइल cdstudy/{ $version } प्रारूप में है, जिसे cdstudy के नए संस्करण ने लिखा है; यह cdstudy ({ $release }) { $format } और उससे पुराने प्रारूप पढ़ता है

# update cdstudy to open this file; it has not been changed
t-update-cdstudy-to-open-this-file-it-has-483c74 = इस फ़ाइल को खोलने के लिए cdstudy को अद्यतन करें; फ़ाइल में कोई परिवर्तन नहीं किया गया है

# cannot upgrade from cdstudy/{version}: {m}
t-cannot-upgrade-from-cdstudy-version-m = cdstudy/{ $version } से अद्यतन नहीं हो सकता: { $m }

# after upgrading from cdstudy/{version}: {what}
t-after-upgrading-from-cdstudy-version-what = cdstudy/{ $version } से अद्यतन के बाद: { $what }

## Limits, and the YAML library's messages as cdstudy rewords them (src/store/load.rs).

# the file has {what}
t-the-file-has-what = फ़ाइल में { $what }

# nested more than {depth} levels deep
t-nested-more-than-depth-levels-deep = { $depth } से अधिक स्तरों की नेस्टिंग है

# more than {size} MB of text in its values
t-more-than-size-mb-of-text-in-its-values = मानों में { $size } MB से अधिक पाठ है

# too many aliases (*name)
t-too-many-aliases-name = बहुत अधिक उपनाम (*name) हैं

# too many anchors (&name)
t-too-many-anchors-name = बहुत अधिक एंकर (&name) हैं

# more than one YAML document (---)
t-more-than-one-yaml-document = एक से अधिक YAML दस्तावेज़ (---) हैं

# more items than a study can hold
t-more-items-than-a-study-can-hold = एक अध्ययन में समा सकने से अधिक प्रविष्टियाँ हैं

# a study file is one document of plain keys and values; is this the right file?
t-a-study-file-is-one-document-of-plain-keys-fd7863 = अध्ययन फ़ाइल सादी कुंजियों और मानों का एक ही दस्तावेज़ होती है; क्या यह सही फ़ाइल है?

# the file's aliases (*name) expand to more than a study can hold
t-the-file-s-aliases-name-expand-to-more-than-737a6e = फ़ाइल के उपनाम (*name) फैलकर एक अध्ययन की सीमा से अधिक हो जाते हैं

# a study file is plain keys and values; write the values out instead of using anchors and aliases
t-a-study-file-is-plain-keys-and-values-write-d4f3e1 = अध्ययन फ़ाइल में सादी कुंजियाँ और मान होते हैं; एंकर और उपनाम के बजाय मान पूरे लिखें

# unknown key `{key}`; the keys here are: {keys}
t-unknown-key-key-the-keys-here-are-keys = अज्ञात कुंजी `{ $key }`; यहाँ ये कुंजियाँ हो सकती हैं: { $keys }

# cdstudy keeps no key it does not know, so nothing is lost silently: check the spelling against the keys above; a remark with no key of its own can go in a review note (`review:`)
t-cdstudy-keeps-no-key-it-does-not-know-so-ec259a = cdstudy कोई अज्ञात कुंजी नहीं रखता, ताकि कुछ भी चुपचाप न खोए: ऊपर दी गई कुंजियों से वर्तनी मिलाएँ; जिस टिप्पणी की अपनी कोई कुंजी नहीं, वह समीक्षा टिप्पणी (`review:`) में लिखी जा सकती है

# unknown key `{key}`; nothing is allowed here
t-unknown-key-key-nothing-is-allowed-here = अज्ञात कुंजी `{ $key }`; यहाँ कुछ भी अनुमत नहीं है

# `{word}` is not one of: {words}
t-word-is-not-one-of-words = `{ $word }` इनमें से कोई नहीं है: { $words }

# expected a list here: one item per line, each starting with '- '
t-expected-a-list-here-one-item-per-line-each-2c119a = यहाँ सूची अपेक्षित है: प्रति पंक्ति एक प्रविष्टि, प्रत्येक '- ' से आरंभ

# expected keys and values here (key: value)
t-expected-keys-and-values-here-key-value = यहाँ कुंजियाँ और मान अपेक्षित हैं (key: value)

# expected a whole number (0 or more)
t-expected-a-whole-number-0-or-more = पूर्ण संख्या (0 या अधिक) अपेक्षित है

# expected true or false
t-expected-true-or-false = true या false अपेक्षित है

# expected a single value (text), found a list or a set of keys
t-expected-a-single-value-text-found-a-list-e587bf = एक ही मान (पाठ) अपेक्षित है, पर सूची या कुंजियों का समूह मिला

# {ours}{rest}
t-ours-rest = { $ours }{ $rest }

# YAML does not allow tabs for indentation: indent with spaces
t-yaml-does-not-allow-tabs-for-indentation-e04912 = YAML में इंडेंटेशन के लिए टैब अनुमत नहीं हैं: स्पेस से इंडेंट करें

# a rules file has only the keys cdstudy knows: check the spelling against the keys above (templates/README.md describes them)
t-a-rules-file-has-only-the-keys-cdstudy-knows-2ce51c = नियम फ़ाइल में केवल वे कुंजियाँ होती हैं जिन्हें cdstudy जानता है: ऊपर दी गई कुंजियों से वर्तनी मिलाएँ (templates/README.md में उनका विवरण है)

## Values the model refuses as the file gives them, unquoted (src/model/money.rs, values.rs, cost.rs, ids.rs).

# {v} is larger than the Rs. 1,00,000 crore a study can hold
t-v-is-larger-than-the-rs-1-00-000-crore-a-eae414 = { $v } रु. 1,00,000 करोड़ से अधिक है, जो एक अध्ययन में रखी जा सकने वाली सबसे बड़ी राशि है

# {v} is not whole rupees: write 450000, or "4.5 lakh" in quotes
t-v-is-not-whole-rupees-write-450000-or-4-a23133 = { $v } पूरे रुपये नहीं है: 450000 लिखें, या उद्धरण चिह्नों में "4.5 lakh"

# {v} has more than two decimals: a rate per unit is kept to the paisa (0.01)
t-v-has-more-than-two-decimals-a-rate-per-17d4d1 = { $v } में दो से अधिक दशमलव अंक हैं: प्रति इकाई दर पैसे (0.01) तक रखी जाती है

# {v} is too large
t-v-is-too-large = { $v } बहुत बड़ा है

# {v} is not {what}
t-v-is-not-what = { $v } { $what } नहीं है

# {v} has more than two decimals; it is kept to 0.01
t-v-has-more-than-two-decimals-it-is-kept-6504eb = { $v } में दो से अधिक दशमलव अंक हैं; मान 0.01 तक रखा जाता है

# a cost is an amount or a list of lines; to give lines, start each with '- item:'
t-a-cost-is-an-amount-or-a-list-of-lines-to-bd8b31 = लागत एक राशि होती है या पंक्तियों की सूची; पंक्तियाँ देने के लिए प्रत्येक को '- item:' से आरंभ करें

# '{s}' is not an id: ids look like b-3 (a short lowercase prefix, a dash, a number)
t-s-is-not-an-id-ids-look-like-b-3-a-short-2807e9 = '{ $s }' id नहीं है: id b-3 जैसे होते हैं (छोटे अक्षरों का छोटा उपसर्ग, एक डैश, एक संख्या)

## What a save would not keep, and other notes on a file that loads (store/load.rs).

# the file starts with a byte-order mark; a save writes plain UTF-8 without it
t-the-file-starts-with-a-byte-order-mark-a-8a9fa8 = फ़ाइल बाइट-ऑर्डर मार्क से आरंभ होती है; सहेजने पर यह उसके बिना सादे UTF-8 में लिखी जाती है

# the file has Windows (CRLF) line ends; a save writes LF line ends
t-the-file-has-windows-crlf-line-ends-a-save-c5c9da = फ़ाइल में Windows (CRLF) पंक्ति-अंत हैं; सहेजने पर LF पंक्ति-अंत लिखे जाते हैं

# the file is in the older format cdstudy/{version}; a save writes {format}
t-the-file-is-in-the-older-format-cdstudy-a8f178 = फ़ाइल पुराने प्रारूप cdstudy/{ $version } में है; सहेजने पर { $format } लिखा जाता है

# the file has comments (#); a save cannot keep them — move them into `notes` or a review note
t-the-file-has-comments-a-save-cannot-keep-a5014d = फ़ाइल में टिप्पणियाँ (#) हैं; सहेजने पर वे नहीं रहतीं — उन्हें `notes` में या समीक्षा टिप्पणी में ले जाएँ

# the file uses anchors or aliases (&name, *name); a save writes each value out in full
t-the-file-uses-anchors-or-aliases-name-name-2524ed = फ़ाइल में ऐंकर या उपनाम (&name, *name) हैं; सहेजने पर प्रत्येक मान पूरा लिखा जाता है

# the file uses merge keys (<<:); a save writes the merged keys out in full
t-the-file-uses-merge-keys-a-save-writes-the-49c4bb = फ़ाइल में मर्ज कुंजियाँ (<<:) हैं; सहेजने पर मिलाई गई कुंजियाँ पूरी लिखी जाती हैं

# the file uses YAML tags (!name); a save does not keep them
t-the-file-uses-yaml-tags-name-a-save-does-1b0593 = फ़ाइल में YAML टैग (!name) हैं; सहेजने पर वे नहीं रहते
