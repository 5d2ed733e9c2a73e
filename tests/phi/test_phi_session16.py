"""Classes worked in the sixteenth session (2026-11-24), each tested with new text.

A positive names the span that must be found; its look-alike negative must stay clean. Entries that
the previous engine already passed are guards: they keep a new rule from reaching too far.
"""

from __future__ import annotations

from class_harness import class_tests

# A map link stored on its own (a URL field or a value) whose query is a house number and a street, or
# coordinates to four decimals: where someone is picked up or visited. A suite, a boulevard or a parkway,
# a key naming the practice's own directions, or a place by its name stay clean.
POSITIVES_MAP_LINK = [
    ("https://maps.google.com/?q=731+Quail+Hollow+Ct,+Lodi,+CA+95240", None, "url",
     ("URL", "https://maps.google.com/?q=731+Quail+Hollow+Ct,+Lodi,+CA+95240")),
    ("https://www.google.com/maps?q=41.70382,-86.23917", "pickup_map", "value",
     ("URL", "https://www.google.com/maps?q=41.70382,-86.23917")),
    ("https://maps.apple.com/?address=58%20Tamarack%20Ln,%20Ely,%20MN", None, "url",
     ("URL", "https://maps.apple.com/?address=58%20Tamarack%20Ln,%20Ely,%20MN")),
]
NEGATIVES_MAP_LINK = [
    ("https://maps.google.com/?q=731+Quail+Hollow+Ct,+Lodi,+CA+95240", "clinic_directions_link", "value"),
    ("https://maps.google.com/?q=4100+Harbor+Blvd,+Oxnard,+CA", None, "url"),
    ("https://maps.google.com/?q=212+Front+St+Suite+4,+Lodi,+CA", None, "url"),
    ("https://www.google.com/maps/place/Quail+Hollow+Family+Dental", None, "url"),
    ("https://www.google.com/maps?q=41.7,-86.2", None, "url"),
    # guard: in a prompt the practice gives its own directions
    ("Directions for callers: https://maps.google.com/?q=731+Quail+Hollow+Ct,+Lodi,+CA", None, None),
]
test_map_link_positive, test_map_link_negative = class_tests(POSITIVES_MAP_LINK, NEGATIVES_MAP_LINK)

# A spelled-out phone number whose owner is named earlier in its sentence than the 45-character cue window
# reaches: a relative, an emergency contact, a callback or a text for someone, a named person's number.
POSITIVES_SPELLED_OWNER = [
    ("The younger brother, who drives the family to every dialysis session, picks up at four one four, "
     "two two seven, nine zero three one.", None, None,
     ("PHONE", "four one four, two two seven, nine zero three one")),
    ("Emergency contact for the junior varsity goalie: three one two, six six zero, four one eight seven.",
     None, None, ("PHONE", "three one two, six six zero, four one eight seven")),
    ("Callback for the gentleman who fell at the bus stop — five zero three, eight one two, two two nine zero.",
     None, None, ("PHONE", "five zero three, eight one two, two two nine zero")),
    # guard: a named person's number (the name recognizer already ties it)
    ("For the voice: Orla's number, when she asks us to confirm it, is seven one eight, four four zero, "
     "three nine two six.", None, None,
     ("PHONE", "seven one eight, four four zero, three nine two six")),
]
NEGATIVES_SPELLED_OWNER = [
    # guards: read-back instructions and the practice's own line
    ("If a parent leaves a callback number, read it back in groups, like four one four, two two seven, "
     "nine zero three one.", None, None),
    ("Text us back at four one four, two two seven, nine zero three one during office hours.", None, None),
    ("Callback for the clinic's fax queue: four one four, two two seven, nine zero three one.", None, None),
    ("For the voice: Monday's main line is seven one eight, four four zero, three nine two six.", None, None),
]
test_spelled_owner_positive, test_spelled_owner_negative = class_tests(POSITIVES_SPELLED_OWNER,
                                                                       NEGATIVES_SPELLED_OWNER)

# A date beside a date-format mask ("JJ/MM/AAAA", "ngày/tháng/năm", "MM/DD/YYYY") illustrates the order; a
# labelled value, a birth date given as a value, and a named person's date stay reported.
POSITIVES_FORMAT_MASK = [
    # guards
    ("Fecha de nacimiento (DD/MM/AAAA): 17/02/1958", None, None, ("DATE", "17/02/1958")),
    ("Store dates as MM/DD/YYYY. The demo caller, Wendell Okafor, was born 11/23/1947.", None, None,
     ("DATE", "11/23/1947")),
    ("Ask the DOB in MM/DD/YYYY. Test chart: DOB 06/02/1951, the Tuesday dialysis slot.", None, None,
     ("DATE", "06/02/1951")),
]
NEGATIVES_FORMAT_MASK = [
    ("Kreyòl: di dat yo nan lòd jou/mwa/ane — 03/11/1968 vle di 3 novanm, pa 11 mas.", None, None),
    ("Para quem fala português a data vem na ordem DD/MM/AAAA — 09/10/1966 é nove de outubro.", None, None),
    # guard: a day and month alone near the mask
    ("Enter dates as MM/DD/YYYY. Refugee papers often show 01/01 when the day is unknown; accept it.", None, None),
]
test_format_mask_positive, test_format_mask_negative = class_tests(POSITIVES_FORMAT_MASK, NEGATIVES_FORMAT_MASK)

# "scheduled" makes a date someone's only with a name near or a person addressed; a thing's schedule (a
# fogging run, a magnet test, a heat treatment) is no one's.
POSITIVES_SCHEDULED = [
    # guards
    ("Ines's tympanoplasty is scheduled for February 9; the family wants a Portuguese interpreter.", None, None,
     ("DATE", "February 9")),
    ("Caller transcript: 'I'm scheduled for the colonoscopy on March 12 and lost the prep sheet.'", None, None,
     ("DATE", "March 12")),
]
NEGATIVES_SCHEDULED = [
    ("Larvicide spraying along Cedar Creek is scheduled for June 3; tell callers to keep windows shut.", None, None),
    ("The generator load test is scheduled for Sunday, October 18, 2026, so the lobby lights may flicker.",
     None, None),
]
test_scheduled_positive, test_scheduled_negative = class_tests(POSITIVES_SCHEDULED, NEGATIVES_SCHEDULED)

# "moved to" a street without a house number, with no name near, is an organisation's move; a family's or a
# named person's move stays reported.
POSITIVES_MOVED_STREET = [
    # guards
    ("Mr. Oyelowo moved to Tamarind Street last month; his meds go there now.", None, None,
     ("GEO", "Tamarind Street")),
    ("The Castellano family moved to 88 Tamarind Street, so update the delivery route.", None, None,
     ("GEO", "88 Tamarind Street")),
]
NEGATIVES_MOVED_STREET = [
    ("Harbor Lights Pantry began in a garage in 1998 and moved to Tamarind Street in 2015.", None, None),
]
test_moved_street_positive, test_moved_street_negative = class_tests(POSITIVES_MOVED_STREET, NEGATIVES_MOVED_STREET)

# A product that is no lexicon name stays a product after a person cue ("people in their 40s ask about
# 'baby Botox'"); a phone-shaped value under a fax or phone key is a line, not an identifier.
POSITIVES_PRODUCT_AND_LINE = [
    # guards
    ("Ms. Botox", None, None, ("NAME", "Ms. Botox")),
    ("(252) 830-4419", "patient_fax", "value", ("FAX", "(252) 830-4419")),
]
NEGATIVES_PRODUCT_AND_LINE = [
    ("Younger clients often ask for 'baby Xeomin' — book the injector consult.", None, None),
    ("(919) 442-7310", "pathology_requisition_fax", "value"),
]
test_product_and_line_positive, test_product_and_line_negative = class_tests(POSITIVES_PRODUCT_AND_LINE,
                                                                             NEGATIVES_PRODUCT_AND_LINE)

# "home base" is a mobile unit's or a crew's base, not anyone's home; a person's is still found by the
# name beside it.
POSITIVES_HOME_BASE = [
    # guard
    ("Test rider: Lorna Vick, born 02-11-1971, home base 442 Tumbleweed Rd, Alamosa CO 81101.", None, None,
     ("GEO", "442 Tumbleweed Rd, Alamosa CO 81101")),
]
NEGATIVES_HOME_BASE = [
    ("You book visits for the Prairie Smiles dental van. Home base: 442 Tumbleweed Rd, Alamosa CO 81101.",
     None, None),
    ("442 Tumbleweed Rd, Alamosa CO 81101", "van_home_base", "value"),
]
test_home_base_positive, test_home_base_negative = class_tests(POSITIVES_HOME_BASE, NEGATIVES_HOME_BASE)

# Whom an outbound call asks for by name ("Am I speaking with Kaufusi?"); a department or a variable there
# is no one.
POSITIVES_ASKED_FOR = [
    ("Hi! Am I speaking with Tuilagi? This is Nova from Harborview Sleep, calling about your study.", None, None,
     ("NAME", "Tuilagi")),
]
NEGATIVES_ASKED_FOR = [
    ("Hi! Am I speaking with {{patient_first_name}}? This is Nova from Harborview Sleep.", None, None),
    ("If the caller asks 'May I speak with Billing?', transfer to extension 4.", None, None),
]
test_asked_for_positive, test_asked_for_negative = class_tests(POSITIVES_ASKED_FOR, NEGATIVES_ASKED_FOR)

# A patient's personal representative under a key ("authorized_rep", "legal_representative") is the
# patient's side; a sales or billing rep is the practice's.
POSITIVES_REPRESENTATIVE = [
    ("Marisol Duenas (niece)", "authorized_rep", "value", ("NAME", "Marisol Duenas")),
    ("Marisol Duenas", "legal_representative", "value", ("NAME", "Marisol Duenas")),
]
NEGATIVES_REPRESENTATIVE = [
    ("Marisol Duenas", "billing_rep", "value"),
    ("Marisol Duenas", "pharma_sales_representative", "value"),
]
test_representative_positive, test_representative_negative = class_tests(POSITIVES_REPRESENTATIVE,
                                                                         NEGATIVES_REPRESENTATIVE)

# One person who calls or texts from a number ("the runner who texts from ..."); many who call are an
# organisation's people.
POSITIVES_WHO_TEXTS = [
    ("The lifeguard who always texts from 303-588-2714 wants her MRI moved again; any open slot is fine.", None,
     None, ("PHONE", "303-588-2714")),
]
NEGATIVES_WHO_TEXTS = [
    ("School nurses who call from 303-588-2714 may get the vaccine list faxed.", None, None),
]
test_who_texts_positive, test_who_texts_negative = class_tests(POSITIVES_WHO_TEXTS, NEGATIVES_WHO_TEXTS)

# A plate after its issuing state whose second group starts with a letter ("plate CO BXR-J42").
POSITIVES_STATE_PLATE = [
    ("Front-spot note: the red Tacoma with plate NM KTR-B71 is the 9:30 patient's; let her park there.", None, None,
     ("VEHICLE_ID", "KTR-B71")),
]
NEGATIVES_STATE_PLATE = [
    # guard: a sample plate
    ("Plate format example: NM ABC-D12 (letters, dash, letter and digits).", None, None),
]
test_state_plate_positive, test_state_plate_negative = class_tests(POSITIVES_STATE_PLATE, NEGATIVES_STATE_PLATE)

# A quoted date after an instruction to say or read dates ("say it in words the way a person would ('...')")
# shows how to say one.
POSITIVES_SAY_IT = [
    # guard
    ("Test chat: the caller gave her DOB as June third, nineteen fifty-one.", None, None,
     ("DATE", "June third, nineteen fifty-one")),
]
NEGATIVES_SAY_IT = [
    ("Read the date back in full words, the way a neighbour would ('June third, nineteen fifty-one'), so the caller "
     "can catch a slip.",
     None, None),
]
test_say_it_positive, test_say_it_negative = class_tests(POSITIVES_SAY_IT, NEGATIVES_SAY_IT)

# A surname and an initial in parentheses, as a chart list writes them ("chart 00731552 (Bello, T.)").
POSITIVES_PAREN_SURNAME = [
    ("Flu line - recall (Vasquez, M.)", None, "label", ("NAME", "Vasquez, M.")),
]
NEGATIVES_PAREN_SURNAME = [
    # guard: a letter choice
    ("Reply options (Yes, A) and (No, B) for the survey.", None, None),
]
test_paren_surname_positive, test_paren_surname_negative = class_tests(POSITIVES_PAREN_SURNAME,
                                                                       NEGATIVES_PAREN_SURNAME)

# A capitalised name before a landform's common noun ("the Sangre de Cristo mountains") is a place.
POSITIVES_LANDFORM = [
    # guard: a surname that is a landform word stays a name
    ("Ramona Peak called about her son's inhaler refill.", None, None, ("NAME", "Ramona Peak")),
]
NEGATIVES_LANDFORM = [
    ("If callers ask about our name, it comes from the Sierra Madre mountains.", None, None),
]
test_landform_positive, test_landform_negative = class_tests(POSITIVES_LANDFORM, NEGATIVES_LANDFORM)

# A first of medicine, in any year of the last century ("performed the first human heart transplant in 1967").
POSITIVES_MEDICAL_FIRST = [
    # guard: a patient's procedure in a year
    ("Halvard Strom had his first knee replacement in 1998 and wants the second one scheduled.", None, None,
     ("NAME", "Halvard Strom")),
]
NEGATIVES_MEDICAL_FIRST = [
    ("If a caller asks: Denton Cooley implanted the first total artificial heart in 1969 in Houston; "
     "that is history, not advice.", None, None),
    # guard: before 1950, as before
    ("If a caller asks: Willem Kolff developed the first artificial kidney in 1943.", None, None),
]
test_medical_first_positive, test_medical_first_negative = class_tests(POSITIVES_MEDICAL_FIRST,
                                                                       NEGATIVES_MEDICAL_FIRST)

# "the <Name> <kind of facility> <building word>": a site ("at the Henderson surgery center").
POSITIVES_FACILITY_SITE = [
    # guard: a family is not a site
    ("Drive the Castellano family to the dialysis center at 7.", None, None, ("NAME", "Castellano")),
]
NEGATIVES_FACILITY_SITE = [
    ("Dr. Ana Ruiz operates Mondays at the Sullivan surgery center; Dr. Ben Ota sees clinic patients daily.",
     None, None),
    ("Fax the wound notes to the Harrison infusion clinic by noon for the patient.", None, None),
]
test_facility_site_positive, test_facility_site_negative = class_tests(POSITIVES_FACILITY_SITE,
                                                                       NEGATIVES_FACILITY_SITE)

# A worklist entry, surname first, standing alone ("Ybarra, Lucia — lap chole", a value "Ellison, Thaddeus");
# towns and counties in a comma list stay clean.
POSITIVES_SURNAME_GIVEN = [
    ("07:40 OR 2 — Holloway, Marcus — R knee scope — Dr. Osei.", None, None, ("NAME", "Holloway, Marcus")),
    ("Pruett, Bernice", "callback_entry", "value", ("NAME", "Pruett, Bernice")),
    # with a middle initial
    ("Chart questions about bed 4 (Holloway, Marcus J.) go to the charge nurse.", None, None,
     ("NAME", "Holloway, Marcus J.")),
]
NEGATIVES_SURNAME_GIVEN = [
    # guards
    ("Route 9 stops — Marion, Lester; Route 12 — Dayton, Xenia.", None, None),
    ("Counties served: Lincoln, Marshall, Jackson and Clay.", None, None),
    ("Regional lead: Holloway, Marcus, MD — call the desk.", None, None),
]
test_surname_given_positive, test_surname_given_negative = class_tests(POSITIVES_SURNAME_GIVEN,
                                                                       NEGATIVES_SURNAME_GIVEN)

# "If <name> calls" in the caller's language, the name before the verb ("Si Wilner Jean-Baptiste rele").
POSITIVES_IF_CALLS_ABROAD = [
    ("Si Dieunel Saint-Fleur rele, di li randevou li a se madi.", None, None, ("NAME", "Dieunel Saint-Fleur")),
    ("Se Iolanda Furtado ligar, diga que a receita está pronta.", None, None, ("NAME", "Iolanda Furtado")),
]
NEGATIVES_IF_CALLS_ABROAD = [
    ("Si Medicaid llama para verificar, transfiera a facturación.", None, None),
    # guard
    ("Si {{nombre}} llama, confirme la cita.", None, None),
]
test_if_calls_abroad_positive, test_if_calls_abroad_negative = class_tests(POSITIVES_IF_CALLS_ABROAD,
                                                                           NEGATIVES_IF_CALLS_ABROAD)

# A value under a "..._line" key is a line the practice keeps ("family_line", "parent_line"); one relative's
# line and a parent's phone stay a person's.
POSITIVES_LINE_KEY = [
    # guards
    ("(561) 294-7731", "daughter_line", "value", ("PHONE", "(561) 294-7731")),
    ("(561) 294-7731", "parent_phone", "value", ("PHONE", "(561) 294-7731")),
]
NEGATIVES_LINE_KEY = [
    ("(561) 294-7731", "family_line", "value"),
    ("+15612947731", "parent_line_number", "value"),
]
test_line_key_positive, test_line_key_negative = class_tests(POSITIVES_LINE_KEY, NEGATIVES_LINE_KEY)

# One capitalised word glued to its digits is a model ("Morpheus8"), not a name; a file name's parts are not.
POSITIVES_GLUED_MODEL = [
    # guard: a name, then a spinal level
    ("Bed 12: Harlan Beecher, T10 complete, transfers at 3.", None, None, ("NAME", "Harlan Beecher")),
]
NEGATIVES_GLUED_MODEL = [
    ("A patient asked whether the Venusia9 handpiece hurts; say it is mild.", None, None),
]
test_glued_model_positive, test_glued_model_negative = class_tests(POSITIVES_GLUED_MODEL, NEGATIVES_GLUED_MODEL)

# A list of first names of staff named earlier in the text ("Kristen Bolt, RN ... Only Kristen or Jamal").
POSITIVES_STAFF_LIST = [
    # guard: patients in a list
    ("Only Kristen or Jamal may pick up the twins' inhaler refills; both are their parents.", None, None,
     ("NAME", "Kristen")),
]
NEGATIVES_STAFF_LIST = [
    ("Device nurse: Kristen Bolt, RN. Device tech: Jamal Whitaker, CCDS. Only Kristen or Jamal may read out a "
     "remote transmission.", None, None),
]
test_staff_list_positive, test_staff_list_negative = class_tests(POSITIVES_STAFF_LIST, NEGATIVES_STAFF_LIST)

# One student's or one inmate's number after its cue ("Student #20419876", "inmate #284917").
POSITIVES_STUDENT_INMATE = [
    ("Student #30517742 carries an EpiPen in her backpack; if the office calls, send them to NP Okoye.", None, None,
     ("OTHER_ID", "30517742")),
    ("Lab results for inmate #417720 go to the HSA, not to family callers.", None, None, ("OTHER_ID", "417720")),
]
NEGATIVES_STUDENT_INMATE = [
    # guard: a count, not a number
    ("Student # of visits last year: 412; inmate # on chronic care: 38.", None, None),
]
test_student_inmate_positive, test_student_inmate_negative = class_tests(POSITIVES_STUDENT_INMATE,
                                                                         NEGATIVES_STUDENT_INMATE)

# "a/the <full name> <tea, wall, sing-along, award ...>": a thing named after a figure.
POSITIVES_EPONYM_EVENT = [
    # guard: a performer's concert (the external set labels the performer)
    ("Have you been to a Marisol Quintana concert before?", None, None, ("NAME", "Marisol Quintana")),
]
NEGATIVES_EPONYM_EVENT = [
    ("This month: a Dean Martin sing-along in the sunroom on Thursday.", None, None),
    ("The cast wall in the lobby is nicknamed 'the Lindsey Vonn wall'; mention it if a caller asks.", None, None),
]
test_eponym_event_positive, test_eponym_event_negative = class_tests(POSITIVES_EPONYM_EVENT, NEGATIVES_EPONYM_EVENT)

# Whom a call is handed to in Spanish, Portuguese or French is staff ("ofrezca transferir a Shannon Becerra").
POSITIVES_TRANSFER_ABROAD = [
    # guard: a patient named in Spanish
    ("La paciente Yesenia Becerra llamó por su receta; devuélvale la llamada.", None, None,
     ("NAME", "Yesenia Becerra")),
]
NEGATIVES_TRANSFER_ABROAD = [
    ("Si la persona habla español, ofrezca transferir a Marisela Duarte de facturación.", None, None),
]
test_transfer_abroad_positive, test_transfer_abroad_negative = class_tests(POSITIVES_TRANSFER_ABROAD,
                                                                           NEGATIVES_TRANSFER_ABROAD)

# A pharmacy claims processor's BIN or PCN under its key is shared by every member; the member id is not.
POSITIVES_PROCESSOR_KEY = [
    # guard
    ("77120448391", "copay_card_member_id", "value", ("HEALTH_PLAN_ID", "77120448391")),
]
NEGATIVES_PROCESSOR_KEY = [
    ("610020", "copay_card_bin", "value"),
    ("004336", "rx_bin", "value"),
]
test_processor_key_positive, test_processor_key_negative = class_tests(POSITIVES_PROCESSOR_KEY,
                                                                       NEGATIVES_PROCESSOR_KEY)

# A UUID under a key that names no person is a system's record ("referral_portal_uuid").
NEGATIVES_UUID_KEY = [
    ("5b1f0c7e-92ad-4e3b-8f61-0a7d2c4e9b13", "referral_portal_uuid", "value"),
    # guard
    ("5b1f0c7e-92ad-4e3b-8f61-0a7d2c4e9b13", "intake_form_portal_id", "value"),
]
_, test_uuid_key_negative = class_tests([], NEGATIVES_UUID_KEY)

# A model name right after its maker's brand is a product ("ReSound Vivia 9").
NEGATIVES_BRAND_MODEL = [
    ("Models we fit for callers with mild loss: ReSound Vivia 7 and Phonak Audéo Lumity in beige.", None, None),
]
_, test_brand_model_negative = class_tests([], NEGATIVES_BRAND_MODEL)

# A user name under a key ending in "user" or in Spanish ("carelink_user", "usuario_portal"); a letters-only
# user name made of an initial and a surname ("mquinteroreyes"); system and placeholder accounts stay clean.
POSITIVES_USER_KEY = [
    ("tfairbanks1951", "carelink_user", "value", ("OTHER_ID", "tfairbanks1951")),
    ("rvillanueva_pt", "usuario_portal", "value", ("OTHER_ID", "rvillanueva_pt")),
    ("jmontoyagarcia", "student_portal_user", "value", ("OTHER_ID", "jmontoyagarcia")),
]
NEGATIVES_USER_KEY = [
    # guards
    ("frontdesk", "portal_user", "value"),
    ("admin01", "default_user", "value"),
    ("testuser_westside", "demo_portal_user", "value"),
]
test_user_key_positive, test_user_key_negative = class_tests(POSITIVES_USER_KEY, NEGATIVES_USER_KEY)

# A licence kept "for the ID check", and a licence whose value starts with letters after its state.
POSITIVES_ID_CHECK_LICENCE = [
    ("Driver's license on file for the ID check: NM 512830447 — compare it at the window.", None, None,
     ("LICENSE_NUMBER", "512830447")),
    ("His driver's license (OR ORK4471920) was pasted into the prompt by mistake.", None, None,
     ("LICENSE_NUMBER", "ORK4471920")),
]
NEGATIVES_ID_CHECK_LICENCE = [
    # guard: the format only
    ("Driver's license format for the ID check: one letter and eight digits; never read it back.", None, None),
]
test_id_check_licence_positive, test_id_check_licence_negative = class_tests(POSITIVES_ID_CHECK_LICENCE,
                                                                             NEGATIVES_ID_CHECK_LICENCE)

# An age over 89 under an age key in another language ("wiek_seniora", "edad_paciente").
POSITIVES_AGE_KEY_ABROAD = [
    ("96", "wiek_pacjenta", "value", ("AGE", "96")),
    ("93", "edad_del_paciente", "value", ("AGE", "93")),
]
NEGATIVES_AGE_KEY_ABROAD = [
    # guard: a setting
    ("90", "edad_minima", "value"),
]
test_age_key_abroad_positive, test_age_key_abroad_negative = class_tests(POSITIVES_AGE_KEY_ABROAD,
                                                                         NEGATIVES_AGE_KEY_ABROAD)

# A label naming a practice line or desk, then the staff member who answers it; a callback or a relative's
# line stays a person's.
POSITIVES_STAFF_LINE_LABEL = [
    # guards
    ("Callback – Rosalind Ferreira", None, "label", ("NAME", "Rosalind Ferreira")),
    ("Dad's line - Terrence Okafor", None, "label", ("NAME", "Terrence Okafor")),
]
NEGATIVES_STAFF_LINE_LABEL = [
    ("Ortho Scheduling – Rosalind Ferreira", None, "label"),
    ("Safety - Terrence Okafor (cell)", None, "label"),
]
test_staff_line_label_positive, test_staff_line_label_negative = class_tests(POSITIVES_STAFF_LINE_LABEL,
                                                                             NEGATIVES_STAFF_LINE_LABEL)

# An e-mail spelled with "{at}"/"{dot}" (not a template variable) or with Russian "собака"/"точка".
POSITIVES_SPELLED_EMAIL = [
    ("Mail the class handout to rita.okafor77 {at} yahoo {dot} com after she confirms.", None, None,
     ("EMAIL", "rita.okafor77 {at} yahoo {dot} com")),
    ("Пациентка просила писать на olga.k59 собака yandex точка ru, не звонить.", None, None,
     ("EMAIL", "olga.k59 собака yandex точка ru")),
]
NEGATIVES_SPELLED_EMAIL = [
    # guards: a template variable; a dog and a full stop in a Russian sentence
    ("Hi {first_name}, your class is {class_date} at {location}.", None, None),
    ("Если собака пациента точка в точку повторяет команды, это не наш вопрос.", None, None),
]
test_spelled_email_positive, test_spelled_email_negative = class_tests(POSITIVES_SPELLED_EMAIL,
                                                                       NEGATIVES_SPELLED_EMAIL)

# A plate or licence under its key, with its state after it in parentheses ("Z84-KRT (NJ)").
POSITIVES_VALUE_STATE = [
    ("R72-MXT (PA)", "patient_vehicle_plate", "value", ("VEHICLE_ID", "R72-MXT")),
]
NEGATIVES_VALUE_STATE = [
    # guard: the van's plate
    ("R72-MXT (PA)", "clinic_van_plate_model", "value"),
]
test_value_state_positive, test_value_state_negative = class_tests(POSITIVES_VALUE_STATE, NEGATIVES_VALUE_STATE)

# Who isolated or synthesised a medicine before 1950 is history ("Banting and Charles Best isolated insulin in 1921").
NEGATIVES_ISOLATED = [
    ("For the class icebreaker, mention that Frederick Banting and Charles Best isolated insulin in 1921.", None, None),
]
_, test_isolated_negative = class_tests([], NEGATIVES_ISOLATED)

# A spelled day and month without a year right after a birth cue ("her birthday as the twenty-second of November").
POSITIVES_SPELLED_BIRTHDAY = [
    ("Before the results, confirm his birthday is the ninth of August; if not, offer a callback.", None, None,
     ("DATE", "the ninth of August")),
]
NEGATIVES_SPELLED_BIRTHDAY = [
    # guards: the holiday; the recorded-birthday convention
    ("We close early on the Fourth of July and the day after Thanksgiving.", None, None),
    ("Many refugee papers list the birthday as the first of January; accept it without questions.", None, None),
]
test_spelled_birthday_positive, test_spelled_birthday_negative = class_tests(POSITIVES_SPELLED_BIRTHDAY,
                                                                             NEGATIVES_SPELLED_BIRTHDAY)

# A due date worked out with Naegele's rule is an example.
POSITIVES_NAEGELE = [
    # guard: a named patient's dates
    ("Naegele's rule aside, Tamsin Ferreira's LMP was March 3 and her EDD is December 8.", None, None,
     ("DATE", "March 3")),
]
NEGATIVES_NAEGELE = [
    ("Naegele's rule for callers: add 7 days to the LMP, subtract 3 months, add a year; an LMP of June 4 gives "
     "an EDD of March 11.", None, None),
]
test_naegele_positive, test_naegele_negative = class_tests(POSITIVES_NAEGELE, NEGATIVES_NAEGELE)

# An identifier spelled letter by letter, then digit by digit, after its cue.
POSITIVES_SPELLED_LETTERS_ID = [
    ("Test transcript: 'My member number is Q, R, T, four four one, nine zero two, six six three.'", None, None,
     ("HEALTH_PLAN_ID", "Q, R, T, four four one, nine zero two, six six three")),
]
NEGATIVES_SPELLED_LETTERS_ID = [
    # guard: no cue
    ("Section A, B, C, four four one, nine zero two, six six three are the seat rows.", None, None),
]
test_spelled_letters_id_positive, test_spelled_letters_id_negative = class_tests(POSITIVES_SPELLED_LETTERS_ID,
                                                                                 NEGATIVES_SPELLED_LETTERS_ID)

# A label's dash, then an honorific name: the word before the dash ("PA" for prior authorisation) is no title.
POSITIVES_LABEL_DASH_HONORIFIC = [
    ("Ozempic PA - Mr. Haugland", None, "label", ("NAME", "Mr. Haugland")),
]
NEGATIVES_LABEL_DASH_HONORIFIC = [
    # guard: a doctor's title
    ("Provider - Dr. Haugland", None, "label"),
]
test_label_dash_honorific_positive, test_label_dash_honorific_negative = class_tests(
    POSITIVES_LABEL_DASH_HONORIFIC, NEGATIVES_LABEL_DASH_HONORIFIC)

# A guest's, lift or ski pass under its key ("guest_pass_id").
POSITIVES_GUEST_PASS = [
    ("KSR-4410-77321", "guest_pass_id", "value", ("OTHER_ID", "KSR-4410-77321")),
]
NEGATIVES_GUEST_PASS = [
    # guard: a price
    ("$89", "lift_pass_price", "value"),
]
test_guest_pass_positive, test_guest_pass_negative = class_tests(POSITIVES_GUEST_PASS, NEGATIVES_GUEST_PASS)

# A person's employer, which the policy counts with the person ("Rhonda's employer, Fairlane Logistics",
# "Cody works offshore for Rigby Marine Services"); the practice's own people's workplaces stay clean.
POSITIVES_EMPLOYER = [
    ("Marisol's employer, Copper Basin Freight, pays for her hearing aids.", None, None,
     ("NAME", "Copper Basin Freight")),
    ("Dewayne works nights at Prairie Gold Poultry and can only come after 3 pm.", None, None,
     ("NAME", "Prairie Gold Poultry")),
    ("Return-to-work note: his employer is Tri-County Paving; fax it only after he signs.", None, None,
     ("NAME", "Tri-County Paving")),
]
NEGATIVES_EMPLOYER = [
    ("Dr. Amara Osei works at St. Brendan's on Tuesdays; book her follow-ups there.", None, None),
    ("Our nurse works at the Lakeview site on Mondays.", None, None),
    # guard: an employer list, no person
    ("Incentive deadlines differ by employer: Drummond — November 30; Pellham — December 15.", None, None),
]
test_employer_positive, test_employer_negative = class_tests(POSITIVES_EMPLOYER, NEGATIVES_EMPLOYER)

# After "callback –" in a label, a name that is also an English word is still a name ("Paisley Grant"); a queue
# ("Billing Team", "Spanish Line", "After Hours") stays clean.
POSITIVES_CALLBACK_WORD_NAME = [
    ("Callback – Paisley Marrow (ear tube f/u)", None, "label", ("NAME", "Paisley Marrow")),
    ("WIC callback – Bluejacket", None, "label", ("NAME", "Bluejacket")),
]
NEGATIVES_CALLBACK_WORD_NAME = [
    # guards
    ("Callback – After Hours", None, "label"),
    ("Callback - Billing Team", None, "label"),
]
test_callback_word_name_positive, test_callback_word_name_negative = class_tests(POSITIVES_CALLBACK_WORD_NAME,
                                                                                 NEGATIVES_CALLBACK_WORD_NAME)

# A call-back label's person with a title or in another script ("Callback - Sra. Bañuelos", "Callback – 김영숙").
POSITIVES_CALLBACK_TITLED = [
    ("Callback - Sra. Villaseñor (A1C f/u)", None, "label", ("NAME", "Sra. Villaseñor")),
    ("Callback – 박정희 refill", None, "label", ("NAME", "박정희")),
]
NEGATIVES_CALLBACK_TITLED = [
    ("Callback – Dr. Villaseñor", None, "label"),
]
test_callback_titled_positive, test_callback_titled_negative = class_tests(POSITIVES_CALLBACK_TITLED,
                                                                           NEGATIVES_CALLBACK_TITLED)

# A workplace line named right before the number ("Joan's direct line, ...", "her desk number is ...");
# a relative's direct line stays a person's.
POSITIVES_DIRECT_LINE = [
    # guard
    ("Call Mr. Haugland's daughter on her direct line, 612-448-7302, after 5.", None, None,
     ("PHONE", "612-448-7302")),
]
NEGATIVES_DIRECT_LINE = [
    ("Marta's direct line, 612-448-7302, is for hospital discharge planners only.", None, None),
    ("The SHIP counselor visits Wednesdays; her desk number is (612) 448-7390 ext. 4.", None, None),
]
test_direct_line_positive, test_direct_line_negative = class_tests(POSITIVES_DIRECT_LINE, NEGATIVES_DIRECT_LINE)

# A label's test patient in parentheses ("RIMA Refills (Whitlock test)"); a feature under test stays clean.
POSITIVES_PAREN_TEST = [
    ("Cardiac Rehab Bot (Hendricks test)", None, "label", ("NAME", "Hendricks")),
]
NEGATIVES_PAREN_TEST = [
    # guards
    ("Main Line (Spanish test)", None, "label"),
    ("Nova (Voicemail demo)", None, "label"),
]
test_paren_test_positive, test_paren_test_negative = class_tests(POSITIVES_PAREN_TEST, NEGATIVES_PAREN_TEST)

# A bereaved family member's or a customer's (Vietnamese "khach hang") phone under its key; a memorial
# garden's address is a place's.
POSITIVES_KEY_WORDS_16 = [
    ("503-771-2284", "bereaved_phone", "value", ("PHONE", "503-771-2284")),
    ("503-771-2284", "sdt_khach_hang", "value", ("PHONE", "503-771-2284")),
]
NEGATIVES_KEY_WORDS_16 = [
    ("4410 Orchard Heights Rd NW, Salem, OR 97304", "memorial_garden_address", "value"),
]
test_key_words_16_positive, test_key_words_16_negative = class_tests(POSITIVES_KEY_WORDS_16, NEGATIVES_KEY_WORDS_16)

# "Th" is Thursday's abbreviation ("Tu/Th 8:00-12:00"), like "Tu" and "Thu".
NEGATIVES_TH = [
    ("Shot hours: Northgate M/W/F 7:30-11:30; Eastgate Tu/Th 8:00-12:00. Every patient waits 30 minutes.", None,
     None),
]
_, test_th_negative = class_tests([], NEGATIVES_TH)

# A staff extensions list names the workforce; a fieldhouse is a building.
NEGATIVES_EXTENSIONS_FIELDHOUSE = [
    ("Extensions: Marta Lindgren (intake) 101, Joel Haugland 110, Priya Raman 112. The on-call manager rotates.",
     None, None),
    ("Book treatment in the training room at Kessler Fieldhouse, Room 112, for the athletes who call.", None, None),
]
_, test_extensions_fieldhouse_negative = class_tests([], NEGATIVES_EXTENSIONS_FIELDHOUSE)

# A person's relative named right before the name ("her nephew Dwight drives her", "my nephew Abdiwali"), or a
# name given as the caller's or a parent's ("mom is Yesenia", "the caller is Tate"), whatever verb follows.
POSITIVES_RELATIVE_NAMED = [
    ("Her son Rowan books for her; he drives in from Salem.", None, None, ("NAME", "Rowan")),
    ("For refills call her nephew Dashiell; he drives her to dialysis.", None, None, ("NAME", "Dashiell")),
    ("Peds note: the family prefers Spanish and mom is Yareli.", None, None, ("NAME", "Yareli")),
    ("Heads-up: the Friday night caller is Bodhi — keep it short.", None, None, ("NAME", "Bodhi")),
]
NEGATIVES_RELATIVE_NAMED = [
    # guards
    ("If the caller is Spanish-speaking, transfer to the bilingual queue.", None, None),
    ("Her son Dr. Rowan Pike is our surgeon on Tuesdays.", None, None),
]
test_relative_named_positive, test_relative_named_negative = class_tests(POSITIVES_RELATIVE_NAMED,
                                                                         NEGATIVES_RELATIVE_NAMED)

# "books" after a name is the verb when a booking follows ("Marisol Greenlee books every 8 weeks"); an author's
# books stay works. A regular caller or client is named after "Regular:".
POSITIVES_BOOKS_VERB = [
    ("VIP regular: Delphine Marchetti books a lymphatic massage every Friday with Tara.", None, None,
     ("NAME", "Delphine Marchetti")),
    ("Regular: Horatio books the 7 a.m. slot and forgets his inhaler.", None, None, ("NAME", "Horatio")),
]
NEGATIVES_BOOKS_VERB = [
    # guard: an author's books
    ("Toni Morrison books are on the shelf in the waiting room.", None, None),
]
test_books_verb_positive, test_books_verb_negative = class_tests(POSITIVES_BOOKS_VERB, NEGATIVES_BOOKS_VERB)

# The name a person goes by ("She goes by Nonie"); the agent's own stays a persona.
POSITIVES_GOES_BY = [
    ("Chart says Winifred, but she goes by Pippa; use Pippa on the phone.", None, None, ("NAME", "Pippa")),
]
NEGATIVES_GOES_BY = [
    # guard
    ("You are the scheduling assistant; the agent goes by Nova.", None, None),
]
test_goes_by_positive, test_goes_by_negative = class_tests(POSITIVES_GOES_BY, NEGATIVES_GOES_BY)

# "If <name> calls" in Somali and French ("Haddii Abdirahman Guled uu soo waco", "Si c'est Nonc Toot qui
# appelle"); a call-back label in Russian, or with the name first in another script.
POSITIVES_CALLS_AND_CALLBACKS_ABROAD = [
    ("Haddii Faarax Warsame uu soo waco, u sheeg in daawadiisu diyaar tahay.", None, None,
     ("NAME", "Faarax Warsame")),
    # guard (the run pass finds this one too)
    ("Si c'est Ti Jo Bazile qui appelle, dis-lui que la navette passe à midi.", None, None,
     ("NAME", "Ti Jo Bazile")),
    ("Обратный звонок — Тыненкеу А.", None, "label", ("NAME", "Тыненкеу А.")),
    ("ئابدۇرېھىم تۇرسۇن - callback", None, "label", ("NAME", "ئابدۇرېھىم تۇرسۇن")),
]
NEGATIVES_CALLS_AND_CALLBACKS_ABROAD = [
    # guard
    ("Si Medicare appelle, transférez au service de facturation.", None, None),
]
test_calls_and_callbacks_abroad_positive, test_calls_and_callbacks_abroad_negative = class_tests(
    POSITIVES_CALLS_AND_CALLBACKS_ABROAD, NEGATIVES_CALLS_AND_CALLBACKS_ABROAD)
