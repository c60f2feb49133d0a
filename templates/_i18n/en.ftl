# cdstudy's messages in English: the texts with figures or names in them, by id.
#
# Fixed labels (a field's name, a key's description, a section's hint) are written in
# English in the program itself and are not repeated here; another language's catalogue
# gives them under `t-` and the English in lower case with hyphens (see hi.ftl).
#
# Syntax: Project Fluent (https://projectfluent.org). { $count } is a figure the program
# fills in; a selector [one] / *[other] picks the plural.

title-cluster = { $name } cluster
save-saved = ✓ saved
save-saved-at = ✓ saved { $time }
save-unsaved = not yet saved
save-saving = saving…
status-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
status-to-do = { $count } to do
cost-of-lines = { $total } ({ $lines } cost { $lines ->
    [one] line
   *[other] lines
})
strip-viability-inputs-missing = viability not computed yet: { $count } { $count ->
    [one] input
   *[other] inputs
} missing (Viability tab)
findings-summary = { $errors } { $errors ->
    [one] error
   *[other] errors
} and { $warnings } { $warnings ->
    [one] thing
   *[other] things
} to do
tab-of-item = { " " }of { $id }
help-title = Keys (Esc closes; PgDn, End scroll)
start-drafts = { $count ->
    [one] ✎ has typing that was never saved (a crash?): open it to get it back.
   *[other] ✎ { $count } studies have typing that was never saved (a crash?): open one to get it back.
}
budget-strip = { $lead } cost { $cost } · GoI { $goi } · State { $state } · { $party } { $beneficiary } · others { $others }
