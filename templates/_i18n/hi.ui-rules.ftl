# cdstudy: the rules' words (payers, a State's name) as the screen and the command line name them,
# the same Hindi as the documents' (hi.doc-parts.ftl), which are a catalogue of their own.

# IA / SPV
t-ia-spv = आईए / एसपीवी

# Beneficiary industries
t-beneficiary-industries = हितग्राही उद्योग

# State implementing agency
t-state-implementing-agency = राज्य कार्यान्वयन एजेंसी

# Government of Haryana
t-government-of-haryana = हरियाणा सरकार

# Weavers / SPV
t-weavers-spv = बुनकर / एसपीवी

# Programme / others
t-programme-others = कार्यक्रम / अन्य

# Other schemes / others
t-other-schemes-others = अन्य योजनाएँ / अन्य

# Convergence / others
t-convergence-others = अभिसरण / अन्य

# State Government / SIDC
t-state-government-sidc = राज्य सरकार / एसआईडीसी

# Private partner / SPV
t-private-partner-spv = निजी भागीदार / एसपीवी

