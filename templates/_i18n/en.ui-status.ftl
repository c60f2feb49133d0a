# cdstudy's messages in English: the status line (what the editor says after a key, a
# save, an undo), the lines of its dialogs, and the words of lists and the start screen.
# Loaded beside en.ftl (an id must not be in both); Hindi in hi.ui-status.ftl.
#
# Syntax: Project Fluent (https://projectfluent.org). { $name } is a name or a figure the
# program fills in; { "  " } keeps spaces at the start of a line.

## The status line.

status-tick-box = A tick box: Space ticks or unticks it; letters never change it.
status-scheme-from-list = The scheme is chosen from a list: Enter opens it.
status-no-items-yet = No { $noun } yet: press a to add one.
status-not-a-list = only a list takes new items
status-cannot-add-here = cannot add here
status-add-to-holder-first = Add to { $holder } first: a { $noun } belongs to one of them.
status-path-not-shown = { $path } is not shown in any section.
status-tab-is-form = This tab is a form: its fields are all there is. Lists are on the other tabs (Ctrl-PgDn).
status-nothing-to-delete = Nothing to delete here: Delete clears a field.
status-cannot-be-empty = { $field } cannot be empty.
status-scheme-required = A study always names its scheme: Enter chooses another.
status-nothing-to-undo = Nothing to undo.
status-nothing-to-redo = Nothing to redo.
status-undone = Undone: { $what } ({ $place }).
status-redone = Redone: { $what } ({ $place }).
status-nothing-missing = Nothing is missing: check finds no problems.
status-nothing-to-pick = No { $noun } to pick yet: add one in { $section } first.
status-last-field = That was the last field here; Esc goes back.
status-first-field = That was the first field here; Esc goes back.
status-typing-dropped = Dropped what was typed; the field is as it was.
status-deleted = Deleted the { $noun }; Ctrl-Z brings it back.
status-draft-discarded = The draft was discarded.
status-no-file-name = No file name given; nothing was saved.
status-draft-fields-gone = The draft's fields are gone; its text was kept in a file beside the study.
status-recovered = Recovered: { $fields } (Ctrl-Z undoes it).
status-not-saved = NOT SAVED: { $why }. Your edit is kept here: Ctrl-S tries again, F12 saves under another name.
status-saved-as = Saved as { $path }; you are now editing it.
status-not-saved-as = Not saved under the new name: { $error }
status-reloaded = Reloaded from disk.
status-merge-failed = The two could not be merged: { $error }. Nothing changed; w saves yours under another name.
status-draft-kept = The draft's text is in { $path }.
status-draft-not-kept = The draft could not be kept aside ({ $error }); it stays where it was.
status-unknown-scheme = '{ $id }' is not a scheme cdstudy knows.
status-scheme-already = The study is already prepared for { $scheme }.
status-scheme-switched = The study is now prepared for { $id }; Ctrl-Z undoes it.
status-writing = Writing { $path }…
status-is-the-study = { $path } is the study itself; nothing was written.
status-document-failed = The { $doc } could not be made: { $error }
status-written = Written: { $path }
status-not-written = NOT written: { $path }: { $error }
status-no-swot-yet = No { $noun } yet: a adds one.
status-no-photo-files = No JPEG or PNG file in the study's folder: copy the photographs beside the study first (a folder photos/ is usual).
status-no-photo-fits = No JPEG or PNG file in the study's folder fits '{ $typed }'.
status-photo-fits = { $file }: Enter keeps it.
status-photos-fit = { $count ->
    [one] { $count } file fits: { $files }
   *[other] { $count } files fit: { $files }
}

## What undo and redo name (the status line says "Undone: add a bottleneck").

edit-add = add a { $noun }
edit-change = change { $field }
edit-a-field = a field
edit-move = move an item
edit-delete = delete a { $noun }
edit-remove-section = remove a section
edit-switch-scheme = switch the scheme to { $id }
edit-merge = merge with the file on disk

## The lines of the dialogs.

dialog-remove-body = Remove { $noun } from the study?
dialog-remove-when = Do this when the study proposes no common facility.
dialog-undo-afterwards = Ctrl-Z undoes it afterwards.
dialog-delete-body = Delete this { $noun }?
dialog-delete-references = { $count ->
    [one] { $count } reference to { $id } will be removed too:
   *[other] { $count } references to { $id } will be removed too:
}
dialog-and-more = { "  " }… and { $count } more
dialog-and-more-lines = { "  " }… and { $count } more lines
dialog-changes-unlisted = (what changed cannot be listed)
dialog-changes-not-in-file = These changes are not in the file:
dialog-not-in-file = Not in the file:
dialog-keep-unsaved = k writes the whole study, changes and all, to a new file beside this one and quits; nothing you typed is lost.
dialog-refused = ✗ Refused: { $error }
dialog-last-message = Last message: { $text }
dialog-nothing-more = Nothing more to read here.
dialog-more-in-findings = … more: the Findings view (Review section) lists every finding.
dialog-reload-drops = Reloading DROPS these changes, which are not in the file:
dialog-discard-lost = The text in the draft is lost for good: nothing brings it back.
dialog-discard-keep-both = Keep both writes it to a text file beside the study instead.
dialog-save-as-body = The study is written to a new file, which is then the one you edit.
dialog-save-as-never-overwrites = An existing file is never overwritten.
dialog-busy-body = This study is open in another cdstudy (process { $pid } on { $host }, since { $since }).
dialog-busy-this-computer = this computer
dialog-busy-collide = Edits in both would collide: whichever saves second is refused and asked to reload or save under another name. Best close the other one first.
dialog-draft-found = cdstudy found text that was typed but not saved, written { $when }:
dialog-and-more-fields = { "  " }… and { $count } more fields
dialog-draft-file-changed = The file has changed since (a git pull, another editor?). Recover puts the draft's text over the file's text in those fields.
dialog-draft-keep-both = Keep both: the file stays as it is and the draft is written to a text file beside it.
dialog-changed-on-disk = { $path } was changed by something else since it was opened (a git pull, another editor). Your edit was not written over it.
dialog-changed-on-disk-choices = m merges the two (changes to different fields both kept; where both changed one field, yours is kept and a review note records the other); w saves your version under another name (nothing is lost); r reloads the file from disk and DROPS your unsaved changes.
dialog-merged = Merged { $path } with your changes.
dialog-merge-nothing-came-in = Nothing came in from the file that you did not have.
dialog-merge-from-file = From the file:
dialog-merge-no-conflicts = No conflicts.
dialog-merge-conflicts = { $count ->
    [one] { $count } conflict: yours is kept, and a review note records the other value (the Review section; check lists them):
   *[other] { $count } conflicts: yours is kept, and a review note records the other value (the Review section; check lists them):
}
dialog-merge-undo = Ctrl-Z undoes the merge.
dialog-file-warning = line { $line }: { $message }
dialog-file-comments = cdstudy saves after every edit; saving rewrites the file without these.
dialog-file-next-save = The next save writes the file in the current form.
dialog-render-body = The { $doc } is written beside the study (an older one of the same name is replaced):
dialog-render-html = HTML (prints to PDF)

## Lists and the start screen.

placeholder-untitled = (untitled)
start-cannot-open = cannot open: { $why }

## The save state in the title bar, when the study is not in the file.

save-held-comments = NOT SAVED: the file has comments a save would drop; Ctrl-S saves anyway, F12 saves under another name
save-not-saving-comments = NOT SAVING (the file has comments): Ctrl-S saves anyway, F12 under another name
save-failed-changed-on-disk = NOT SAVED: the file changed on disk
save-failed = NOT SAVED
save-held-until-asked = NOT SAVING until you say so (the file has comments)

# The problems lines under the sidebar.
problems-none = No problems: check finds nothing missing.
problems-more = { $shown }  ({ $total } in all; ^N goes to the next)
