# cdstudy के संदेश हिन्दी में: स्थिति पंक्ति, संवादों की पंक्तियाँ, सूचियों और आरंभ स्क्रीन के शब्द।
# Messages of the status line, the dialogs' lines, lists and the start screen, in Hindi:
# the same ids as en.ui-status.ftl. Loaded beside hi.ftl (an id must not be in both).
# Words as in hi.ftl and the glossary (glossary.hi.yaml): सहेजें, पूर्ववत, फ़ाइल, योजना.
# The draft journal of unsaved typing is मसौदा (प्रारूप is the study's status "draft").

## The status line.

status-tick-box = टिक बॉक्स: Space से टिक करें या हटाएँ; अक्षरों से यह नहीं बदलता।
status-scheme-from-list = योजना सूची से चुनी जाती है: Enter से सूची खोलें।
status-no-items-yet = अभी कोई { $noun } नहीं: जोड़ने के लिए a दबाएँ।
status-not-a-list = नई प्रविष्टियाँ केवल सूची में जुड़ती हैं
status-cannot-add-here = यहाँ नहीं जोड़ा जा सकता
status-add-to-holder-first = पहले { $holder } में जोड़ें: हर { $noun } उनमें से किसी एक के अंतर्गत है।
status-path-not-shown = { $path } किसी खंड में नहीं दिखता।
status-tab-is-form = यह टैब एक प्रपत्र है: इसमें केवल ये फ़ील्ड हैं। सूचियाँ अन्य टैबों पर हैं (Ctrl-PgDn)।
status-nothing-to-delete = यहाँ हटाने को कुछ नहीं: Delete फ़ील्ड खाली करता है।
status-cannot-be-empty = { $field }: रिक्त छोड़ना अनुमत नहीं।
status-scheme-required = अध्ययन की योजना सदा होती है: Enter से दूसरी चुनें।
status-nothing-to-undo = पूर्ववत करने को कुछ नहीं।
status-nothing-to-redo = फिर करने को कुछ नहीं।
status-undone = पूर्ववत किया: { $what } ({ $place })।
status-redone = फिर किया: { $what } ({ $place })।
status-nothing-missing = कुछ नहीं छूटा: check को कोई समस्या नहीं मिली।
status-nothing-to-pick = चुनने को अभी कोई { $noun } नहीं: पहले { $section } में जोड़ें।
status-last-field = यह यहाँ का अंतिम फ़ील्ड था; Esc से वापस।
status-first-field = यह यहाँ का पहला फ़ील्ड था; Esc से वापस।
status-typing-dropped = टाइप किया पाठ हटाया; फ़ील्ड पहले जैसा है।
status-deleted = हटाया गया: { $noun }; Ctrl-Z से वापस लाएँ।
status-draft-discarded = मसौदा हटा दिया गया।
status-no-file-name = फ़ाइल का नाम नहीं दिया; कुछ नहीं सहेजा गया।
status-draft-fields-gone = मसौदे के फ़ील्ड नहीं रहे; उसका पाठ अध्ययन के पास एक फ़ाइल में रखा गया।
status-recovered = वापस पाया: { $fields } (Ctrl-Z से पूर्ववत)।
status-not-saved = सहेजा नहीं गया: { $why }। आपका बदलाव यहाँ है: Ctrl-S फिर प्रयास, F12 दूसरे नाम से सहेजें।
status-saved-as = { $path } नाम से सहेजा गया; अब आप इसे संपादित कर रहे हैं।
status-not-saved-as = नए नाम से सहेजा नहीं गया: { $error }
status-reloaded = डिस्क से फिर लोड किया गया।
status-merge-failed = दोनों मिलाए नहीं जा सके: { $error }। कुछ नहीं बदला; w से अपना दूसरे नाम से सहेजें।
status-draft-kept = मसौदे का पाठ { $path } में है।
status-draft-not-kept = मसौदा अलग नहीं रखा जा सका ({ $error }); वह जहाँ था वहीं है।
status-unknown-scheme = '{ $id }' cdstudy की ज्ञात योजना नहीं है।
status-scheme-already = अध्ययन पहले से { $scheme } के लिए तैयार है।
status-scheme-switched = अध्ययन अब { $id } के लिए तैयार है; Ctrl-Z से पूर्ववत।
status-writing = { $path } लिखा जा रहा है…
status-is-the-study = { $path } स्वयं अध्ययन है; कुछ नहीं लिखा गया।
status-document-failed = { $doc } बनाने में विफल: { $error }
status-written = लिखा गया: { $path }
status-not-written = नहीं लिखा गया: { $path }: { $error }
status-no-swot-yet = अभी कोई { $noun } नहीं: a से जोड़ें।
status-no-photo-files = अध्ययन के फ़ोल्डर में कोई JPEG या PNG फ़ाइल नहीं: पहले फ़ोटो अध्ययन के पास कॉपी करें (प्रायः photos/ फ़ोल्डर)।
status-no-photo-fits = अध्ययन के फ़ोल्डर में कोई JPEG या PNG फ़ाइल '{ $typed }' से मेल नहीं खाती।
status-photo-fits = { $file }: Enter से रखें।
status-photos-fit = { $count } फ़ाइलें मेल खाती हैं: { $files }

## What undo and redo name.

edit-add = { $noun } जोड़ना
edit-change = { $field } बदलना
edit-a-field = एक फ़ील्ड
edit-move = प्रविष्टि खिसकाना
edit-delete = { $noun } हटाना
edit-remove-section = खंड हटाना
edit-switch-scheme = योजना को { $id } में बदलना
edit-merge = डिस्क की फ़ाइल से मिलाना

## The lines of the dialogs.

dialog-remove-body = { $noun } को अध्ययन से हटाएँ?
dialog-remove-when = ऐसा तभी करें जब अध्ययन में कोई साझा सुविधा प्रस्तावित न हो।
dialog-undo-afterwards = बाद में Ctrl-Z से पूर्ववत कर सकते हैं।
dialog-delete-body = यह { $noun } हटाएँ?
dialog-delete-references = { $id } के { $count ->
    [one] { $count } संदर्भ भी हटेगा:
   *[other] { $count } संदर्भ भी हटेंगे:
}
dialog-and-more = { "  " }… और { $count }
dialog-and-more-lines = { "  " }… और { $count } पंक्तियाँ
dialog-changes-unlisted = (क्या बदला, इसकी सूची नहीं बन सकी)
dialog-changes-not-in-file = ये बदलाव फ़ाइल में नहीं हैं:
dialog-not-in-file = फ़ाइल में नहीं:
dialog-keep-unsaved = k पूरा अध्ययन, बदलावों सहित, इसके पास एक नई फ़ाइल में लिखकर बंद करता है; आपका टाइप किया कुछ नहीं खोता।
dialog-refused = ✗ अस्वीकृत: { $error }
dialog-last-message = अंतिम संदेश: { $text }
dialog-nothing-more = यहाँ पढ़ने को और कुछ नहीं।
dialog-more-in-findings = … और: टिप्पणियाँ दृश्य (समीक्षा खंड) हर टिप्पणी दिखाता है।
dialog-reload-drops = फिर लोड करने से ये बदलाव हट जाएँगे, जो फ़ाइल में नहीं हैं:
dialog-discard-lost = मसौदे का पाठ सदा के लिए खो जाएगा: कुछ भी उसे वापस नहीं लाता।
dialog-discard-keep-both = "दोनों रखें" इसके बदले उसे अध्ययन के पास एक पाठ फ़ाइल में लिखता है।
dialog-save-as-body = अध्ययन एक नई फ़ाइल में लिखा जाता है, फिर आप उसी को संपादित करते हैं।
dialog-save-as-never-overwrites = किसी मौजूदा फ़ाइल पर कभी नहीं लिखा जाता।
dialog-busy-body = यह अध्ययन दूसरे cdstudy में खुला है (प्रक्रिया { $pid }, { $host } पर, { $since } से)।
dialog-busy-this-computer = इस कंप्यूटर
dialog-busy-collide = दोनों में बदलाव टकराएँगे: जो बाद में सहेजे, वह अस्वीकृत होगा और उससे फिर लोड करने या दूसरे नाम से सहेजने को कहा जाएगा। बेहतर है पहले दूसरा बंद करें।
dialog-draft-found = cdstudy को टाइप किया पर बिना सहेजा पाठ मिला, { $when } का लिखा:
dialog-and-more-fields = { "  " }… और { $count } फ़ील्ड
dialog-draft-file-changed = फ़ाइल तब से बदल गई है (git pull, कोई अन्य संपादक?)। वापस पाने पर उन फ़ील्डों में फ़ाइल के पाठ की जगह मसौदे का पाठ आएगा।
dialog-draft-keep-both = दोनों रखें: फ़ाइल जैसी है वैसी रहती है और मसौदा उसके पास एक पाठ फ़ाइल में लिखा जाता है।
dialog-changed-on-disk = { $path } को खोलने के बाद किसी और ने बदला है (git pull, कोई अन्य संपादक)। आपका बदलाव उसके ऊपर नहीं लिखा गया।
dialog-changed-on-disk-choices = m दोनों को मिलाता है (अलग फ़ील्डों के बदलाव दोनों रहते हैं; एक ही फ़ील्ड दोनों में बदला हो तो आपका रहता है और समीक्षा टिप्पणी दूसरा दर्ज करती है); w आपका संस्करण दूसरे नाम से सहेजता है (कुछ नहीं खोता); r फ़ाइल डिस्क से फिर लोड करता है और आपके बिना सहेजे बदलाव हटा देता है।
dialog-merged = { $path } को आपके बदलावों के साथ मिलाया गया।
dialog-merge-nothing-came-in = फ़ाइल से ऐसा कुछ नहीं आया जो आपके पास न था।
dialog-merge-from-file = फ़ाइल से:
dialog-merge-no-conflicts = कोई टकराव नहीं।
dialog-merge-conflicts = { $count } टकराव: आपका मान रखा गया, और समीक्षा टिप्पणी दूसरा मान दर्ज करती है (समीक्षा खंड; check उन्हें दिखाता है):
dialog-merge-undo = Ctrl-Z मिलाना पूर्ववत करता है।
dialog-file-warning = पंक्ति { $line }: { $message }
dialog-file-comments = cdstudy हर बदलाव के बाद सहेजता है; सहेजने पर फ़ाइल इनके बिना फिर लिखी जाती है।
dialog-file-next-save = अगली बार सहेजने पर फ़ाइल वर्तमान रूप में लिखी जाएगी।
dialog-render-body = { $doc } अध्ययन के पास लिखा जाता है (इसी नाम की पुरानी फ़ाइल बदल दी जाती है):
dialog-render-html = HTML (PDF में छपता है)

## Lists and the start screen.

placeholder-untitled = (बिना शीर्षक)
start-cannot-open = खुल नहीं सकती: { $why }

## The save state in the title bar, when the study is not in the file.

save-held-comments = सहेजा नहीं गया: फ़ाइल की टिप्पणियाँ हट जाएँगी; Ctrl-S फिर भी सहेजे, F12 दूसरे नाम से
save-not-saving-comments = सहेजा नहीं जा रहा (फ़ाइल में टिप्पणियाँ हैं): Ctrl-S फिर भी सहेजे, F12 दूसरे नाम से
save-failed-changed-on-disk = सहेजा नहीं गया: डिस्क पर फ़ाइल बदल गई
save-failed = सहेजा नहीं गया
save-held-until-asked = आपकी अनुमति तक सहेजा नहीं जाएगा (फ़ाइल में टिप्पणियाँ हैं)

## The titles and answers of the dialogs that hi.ftl lacks (fixed labels, keyed on the
## English as in hi.ftl; English needs none).

# About this file
t-about-this-file = इस फ़ाइल के बारे में
# Before the first save
t-before-the-first-save = पहली बार सहेजने से पहले
# Discard the draft?
t-discard-the-draft = मसौदा हटाएँ?
# Merged with the file on disk
t-merged-with-the-file-on-disk = डिस्क की फ़ाइल से मिलाया गया
# Open in another cdstudy
t-open-in-another-cdstudy = दूसरे cdstudy में खुला है
# Reload from disk? / reload from disk…
t-reload-from-disk = डिस्क से फिर लोड करें
# Remove / remove
t-remove = हटाएँ
# The file changed on disk
t-the-file-changed-on-disk = डिस्क पर फ़ाइल बदल गई है
# Unsaved typing found
t-unsaved-typing-found = बिना सहेजा टाइप किया पाठ मिला
# Your last changes are NOT saved
t-your-last-changes-are-not-saved = आपके अंतिम बदलाव सहेजे नहीं गए हैं
# close
t-close = बंद करें
# discard it / discard it…
t-discard-it = हटा दें
# don't save this file
t-don-t-save-this-file = यह फ़ाइल न सहेजें
# go back
t-go-back = वापस जाएँ
# keep both
t-keep-both = दोनों रखें
# keep editing (not saved)
t-keep-editing-not-saved = संपादन जारी रखें (सहेजा नहीं गया)
# keep them
t-keep-them = इन्हें रखें
# keep them in a new file and quit
t-keep-them-in-a-new-file-and-quit = नई फ़ाइल में रखकर बंद करें
# merge the two
t-merge-the-two = दोनों मिलाएँ
# open anyway
t-open-anyway = फिर भी खोलें
# recover it
t-recover-it = वापस पाएँ
# reload, dropping them
t-reload-dropping-them = इन्हें हटाकर फिर लोड करें
# save as I edit (drop them)
t-save-as-i-edit-drop-them = संपादन के साथ सहेजें (इन्हें हटाकर)
# save mine under another name
t-save-mine-under-another-name = मेरा दूसरे नाम से सहेजें
# understood
t-understood = ठीक है

# The problems lines under the sidebar.
problems-none = कोई समस्या नहीं: जाँच में कुछ भी शेष नहीं मिला।
problems-more = { $shown }  (कुल { $total }; ^N अगले पर ले जाता है)

# This study file is read-only: edits are not saved over it (W saves under another name).
t-this-study-file-is-read-only-edits-are-not-c298e7 = यह अध्ययन फ़ाइल केवल-पठन है: संपादन इस पर नहीं सहेजे जाते (W दूसरे नाम से सहेजता है)।
