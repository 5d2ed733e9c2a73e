"""Classes worked in the seventeenth session (2026-11-24), each tested with new text.

A positive names the span that must be found; its look-alike negative must stay clean. Entries that
the previous engine already passed are guards: they keep a new rule from reaching too far.
"""

from __future__ import annotations

from class_harness import class_tests

# An honorific before a given name whose surname is also a place word ("Lake", "River"): the honorific
# makes it a person, not "Tabitha Lake" the lake. Without an honorific the place stays a place.
POSITIVES_HONORIFIC_PLACE_SURNAME = [
    ("Mrs. Tabitha Lake called about her refill and wants a call back.", None, None, ("NAME", "Mrs. Tabitha")),
    ("Mr. Desmond River asked us to move his stress test to Friday.", None, None, ("NAME", "Mr. Desmond")),
    ("L&D callback: Ms. Arwen Falls, contractions 6 min apart", None, "label", ("NAME", "Ms. Arwen")),
]
NEGATIVES_HONORIFIC_PLACE_SURNAME = [
    ("Our second clinic is by Crystal Lake, next to the library.", None, None),
    ("Families from the Cheyenne River Reservation can use the tribal van.", None, None),
    ("We serve Idaho Falls, Rexburg and Blackfoot.", None, None),
]
(test_honorific_place_surname_positive,
 test_honorific_place_surname_negative) = class_tests(POSITIVES_HONORIFIC_PLACE_SURNAME,
                                                      NEGATIVES_HONORIFIC_PLACE_SURNAME)

# A label naming a provider by title, given name and surname: the surname is a census name, but the title
# two words before makes it the clinician's schedule. A file name's "PA" (an X-ray view) is no title.
POSITIVES_TITLED_LABEL = [
    # guards: a file name's view, a census name beside a patient task
    ("xray_standing_PA_Okafor_Chidinma_2026-08-02.png", None, "label", ("NAME", "Chidinma")),
    ("Tesfaye – Tues INR recheck", None, "label", ("NAME", "Tesfaye")),
]
NEGATIVES_TITLED_LABEL = [
    ("Dr. Amadou Sarr – lithotripsy Tue/Fri", None, "label"),
    ("Dr. Summer Iyer – med management (Tue/Thu)", None, "label"),
    ("Dr. Grant Halvorsen – ortho/ACL", None, "label"),
    ("Dr. Okafor telehealth", None, "label"),  # guard
]
test_titled_label_positive, test_titled_label_negative = class_tests(POSITIVES_TITLED_LABEL, NEGATIVES_TITLED_LABEL)

# A picture named in a label beside a clinician's credential or title is the clinician's headshot; a picture
# beside a patient's name stays a photo of the patient.
POSITIVES_CLINICIAN_HEADSHOT = [  # guards
    ("Marisol Ferreira face_front.heic", None, "label", ("PHOTO", "face_front.heic")),
    ("Deshawn Pruitt wound photo 2.jpg", None, "label", ("PHOTO", "2.jpg")),
]
NEGATIVES_CLINICIAN_HEADSHOT = [
    ("Hope Adeyemi MD headshot.png", None, "label"),
    ("Grant Halvorsen MD – sports med headshot.jpg", None, "label"),
    ("Nurse practitioner Lena Ostrowski NP portrait.jpg", None, "label"),
]
test_clinician_headshot_positive, test_clinician_headshot_negative = class_tests(POSITIVES_CLINICIAN_HEADSHOT,
                                                                                 NEGATIVES_CLINICIAN_HEADSHOT)

# A role written before a name: the kitchen's chef, a jail's deputy, sheriff, warden or health services
# administrator (HSA), a community health representative (CHR). A patient named in the same places stays.
POSITIVES_ROLE_BEFORE = [  # guards
    ("Deputy Ruiz says inmate Tavon Reese fainted at pill pass; chart it as a sick-call request.", None, None,
     ("NAME", "Tavon Reese")),
    ("CHR visit needed – Mrs. Yazzie (Tuba City), wound check", None, "label", ("NAME", "Mrs. Yazzie")),
]
NEGATIVES_ROLE_BEFORE = [
    ("Chef Rafael Dumont", None, "label"),
    ("Dementia-friendly menu – Chef Rafael Dumont", None, "label"),
    ("Deputy Ruiz at booking can answer property questions.", None, None),
    ("Sheriff Hollis Tate's public statement on jail health care is on the county website.", None, None),
    ("HSA Rochelle Dunmore – grievances", None, "label"),
    ("CHR Everett Nez – Cameron/Gray Mountain route", None, "label"),
    ("Warden Ilse Brandt signs off on outside medical trips.", None, None),
]
test_role_before_positive, test_role_before_negative = class_tests(POSITIVES_ROLE_BEFORE, NEGATIVES_ROLE_BEFORE)

# A given name in parentheses right after a person's name: the name the person goes by. A relation, a
# language or a faith in the same place is no name.
POSITIVES_PAREN_GIVEN = [
    ("Regular caller: Mr. Tsosie (Harold) phones most mornings about his dialysis ride.", None, None,
     ("NAME", "Harold")),
    ("Mrs. Abernathy (Louise) gets her INR checked at home every other Thursday.", None, None, ("NAME", "Louise")),
]
NEGATIVES_PAREN_GIVEN = [
    ("Chaplains: Rev. Shinjo Arai (Buddhist) and Pastor Lydia Kim (Christian).", None, None),
    ("Our interpreter line has Dolores (Spanish) and Bao (Vietnamese) on weekdays.", None, None),
]
test_paren_given_positive, test_paren_given_negative = class_tests(POSITIVES_PAREN_GIVEN, NEGATIVES_PAREN_GIVEN)

# An age set off after a name stays an age when a phone line is named before the name ("after-hours line:
# Evelyn Marchetti, 94, ..."); a room list keeps its numbers.
POSITIVES_AGE_AFTER_LINE = [
    ("Heads-up for the after-hours line: Evelyn Marchetti, 94, gets agitated at sunset.", None, None, ("AGE", "94")),
    ("Memory care line: Mrs. Ingeborg Lund, 96, wanders at night.", None, None, ("AGE", "96")),
]
NEGATIVES_AGE_AFTER_LINE = [
    ("Room list: Dr. Hale, 101; Dr. Oduya, 102.", None, None),
]
test_age_after_line_positive, test_age_after_line_negative = class_tests(POSITIVES_AGE_AFTER_LINE,
                                                                         NEGATIVES_AGE_AFTER_LINE)

# A job title in capitals after a name and a comma makes the name staff's; a network range under a
# place-ish key is no address; a business named "... Service" is an organisation.
POSITIVES_TITLES_AND_SHAPES = [  # guards
    ("Tomasz Wroblewski, retired welder, fell again; his daughter wants a call back.", None, None,
     ("NAME", "Tomasz Wroblewski")),
    ("4120 Bee Ridge Rd, Sarasota FL 34233", "patient_home_county", "value",
     ("GEO", "4120 Bee Ridge Rd, Sarasota FL 34233")),
]
NEGATIVES_TITLES_AND_SHAPES = [
    ("Summer Dale, Life Enrichment Director", "tour_contact", "value"),
    ("For tours, call Summer Dale, Activities Director.", None, None),
    ("10.22.0.0/16", "county_ip_range", "value"),
    ("Carolina Answering Service, (828) 407-3199", "after_hours_service", "value"),
]
test_titles_and_shapes_positive, test_titles_and_shapes_negative = class_tests(POSITIVES_TITLES_AND_SHAPES,
                                                                               NEGATIVES_TITLES_AND_SHAPES)

# Names that are words as often as names ("Tom", "Reed", "Bill", "Rose"): every word of the name is one,
# so it needs a person cue before it, or a caller introducing themselves by it in their own turn. Alone,
# in the agent's turn, or before an organisation's next word they stay words.
POSITIVES_WORD_NAMES = [
    ("My name is Tom Reed and my knee still swells after the scope.", None, None, ("NAME", "Tom Reed")),
    ("Her son Bill Rose drives her to the infusion center.", None, None, ("NAME", "Bill Rose")),
    ("User: Hi, my name is Bill and I need a refill on my inhaler.", None, None, ("NAME", "Bill")),
    ("User: this is Rose, calling about my mom's MRI.", None, None, ("NAME", "Rose")),
    ("Patient Will Summers missed his dialysis on Tuesday.", None, None, ("NAME", "Will Summers")),
    ("Her daughter Sandy Brook picks up the prescriptions.", None, None, ("NAME", "Sandy Brook")),
    ("Reminder: Grant Hill has a colonoscopy on Friday.", None, None, ("NAME", "Grant Hill")),
    ("Callback – Rose Baker dialysis", None, "label", ("NAME", "Rose Baker")),
]
NEGATIVES_WORD_NAMES = [
    ("Will Rose be open on Saturday?", None, None),
    ("Assistant: Hi, I'm Hope, the scheduling assistant for Lakeside Dental.", None, None),
    ("This is Pip from Little Reed Pediatric ENT calling for {{parent_first_name}}.", None, None),
    ("Grant Park is two blocks from the clinic.", None, None),
    ("Hi, this is Pip from Little Spoons checking in about {{child_first_name}}'s feeding plan.", None, None),
    ("Our Hope Grant covers dental visits for uninsured kids.", None, None),
]
test_word_names_positive, test_word_names_negative = class_tests(POSITIVES_WORD_NAMES, NEGATIVES_WORD_NAMES)

# Seen in the seventeenth session's read sets: an address the caller gives in their own turn; a phone
# under a Spanish contact key with the phone word first; a name-like word under a patient's name key; a
# home health aide's credential and an athletic trainer in parentheses.
POSITIVES_CALLER_ADDRESS_AND_KEYS = [
    ("User: The nurse can let herself in, I'm in the blue house at 44 Larch Court and the gate sticks.", None, None,
     ("GEO", "44 Larch Court")),
    ("(713) 555-2291", "telefono_contacto", "value", ("PHONE", "(713) 555-2291")),
    ("Grant", "patient_first_name", "value", ("NAME", "Grant")),
    ("Rose - CPAP mask refill", None, "label", ("NAME", "Rose")),
]
NEGATIVES_CALLER_ADDRESS_AND_KEYS = [
    ("User: Is your office still at 44 Larch Court?", None, None),
    ("Assistant: We're at 44 Larch Court, across from the library.", None, None),
    ("User: I need a refill on my lisinopril 10 mg, please.", None, None),
    ("(713) 555-2291", "clinica_telefono", "value"),
    ("There", "patient_first_name", "value"),
    ("Hope – refill reminders", None, "label"),
    ("Grant Ellison, RN is the case manager; Hope Mwangi, HHA covers baths on Tuesdays.", None, None),
    ("Sessions with Jordan (our athletic trainer) are only for work conditioning.", None, None),
]
(test_caller_address_and_keys_positive,
 test_caller_address_and_keys_negative) = class_tests(POSITIVES_CALLER_ADDRESS_AND_KEYS,
                                                      NEGATIVES_CALLER_ADDRESS_AND_KEYS)

# A numbered street ("5th Ave", "W 42nd St", "NE 4th Court") is a street like a named one; and a note
# opening with "call back" right before a number gives the caller's number. The practice's own numbers
# ("call back at ... during business hours", "leave only the callback number ...") stay clean.
POSITIVES_NUMBERED_STREET_AND_CALLBACK = [
    ("Send supplies to 1420 W. 5th Ave #3B for Mrs. Reyes.", None, None, ("GEO", "1420 W. 5th Ave #3B")),
    ("Reminder: the patient at 6020 NE 4th Court, Apt 4 is hard of hearing.", None, None,
     ("GEO", "6020 NE 4th Court, Apt 4")),
    ("Call back 614-382-1945 re: biopsy.", None, None, ("PHONE", "614-382-1945")),
    ("Callback (937) 446-2018 – CPAP mask", None, "label", ("PHONE", "(937) 446-2018")),
]
NEGATIVES_NUMBERED_STREET_AND_CALLBACK = [
    ("Our clinic is at 200 W 42nd St, Suite 4, next to the library.", None, None),
    ("If they cannot verify, leave only the callback number 414-383-2270 and hang up.", None, None),
    ("You've reached Juba Valley Family Health. Call back at (614) 479-2210 during business hours.", None, None),
]
(test_numbered_street_and_callback_positive,
 test_numbered_street_and_callback_negative) = class_tests(POSITIVES_NUMBERED_STREET_AND_CALLBACK,
                                                           NEGATIVES_NUMBERED_STREET_AND_CALLBACK)

# A name written in lower case after the caller's introduction in their own turn, or after a test caller's
# label (transcripts are often lower case). The agent introducing itself, or a word after "it's", is no name.
POSITIVES_LOWER_INTRO = [
    ("User: my name is maria diaz and I need a refill.", None, None, ("NAME", "maria diaz")),
    ("user: this is kevin, my dad fell again", None, None, ("NAME", "kevin")),
    ("Test caller: maria diaz", None, None, ("NAME", "maria diaz")),
]
NEGATIVES_LOWER_INTRO = [
    ("Assistant: hi, this is ava from Riverside, how can I help?", None, None),
    ("User: it's about my appointment, I'm calling about my refill.", None, None),
    ("user: this is hope calling, is the clinic open?", None, None),  # (a word that is a name too: left)
]
test_lower_intro_positive, test_lower_intro_negative = class_tests(POSITIVES_LOWER_INTRO, NEGATIVES_LOWER_INTRO)

# A label of one name and a patient task written with a capital ("Refill – Keisha"): the task is read in
# lower case. A persona's Title Case campaign, hyphenated words included, stays the agent's.
POSITIVES_CAPITAL_TASK = [
    ("Refill – Keisha", None, "label", ("NAME", "Keisha")),
    ("Tomasz – Callback", None, "label", ("NAME", "Tomasz")),
]
NEGATIVES_CAPITAL_TASK = [
    ("Luna - EHDI Follow-up (ES/EN)", None, "label"),
    ("Nokomis – Elder Meal Check-in", None, "label"),
    ("Poppy – Outbound Reminders", None, "label"),
]
test_capital_task_positive, test_capital_task_negative = class_tests(POSITIVES_CAPITAL_TASK, NEGATIVES_CAPITAL_TASK)

# Labels: a name run stops at a segment's separator ("Ollie - Whitmore Student Health" is a persona and a
# school); an on-call desk names who answers it; filler brands are products; a face template's key is
# biometric.
POSITIVES_LABEL_RUNS = [
    ("Callback – Renee (Tyler's mom)", None, "label", ("NAME", "Renee")),
    ("Reaction f/u – W. Stroud", None, "label", ("NAME", "W. Stroud")),
    ("faceid_tmpl_9f3c2a71e04b5d68", "client_checkin_face_template", "value",
     ("BIOMETRIC", "faceid_tmpl_9f3c2a71e04b5d68")),
]
NEGATIVES_LABEL_RUNS = [
    ("Ollie - Whitmore Student Health (after hours)", None, "label"),
    ("Counseling on-call - Jordan Bell", None, "label"),
    ("Juvéderm Voluma vs Restylane Lyft comparison.pdf", None, "label"),
    ("face_template_threshold", "face_template_mode", "value"),
]
test_label_runs_positive, test_label_runs_negative = class_tests(POSITIVES_LABEL_RUNS, NEGATIVES_LABEL_RUNS)

# The practice's own things that looked like a person's: a social account under a key naming only the
# network, a town's main line without a separator, a shop named for its owner as a landmark. A person's
# account, a relative's line and a named patient stay PHI.
POSITIVES_OWN_THINGS = [  # guards
    ("@mackenzie.glows22", "client_instagram", "value", ("OTHER_ID", "@mackenzie.glows22")),
    ("Mrs. Diaz lives next to Mr. Okafor's house.", None, None, ("NAME", "Mr. Okafor")),
]
NEGATIVES_OWN_THINGS = [
    ("@lumiere.scottsdale", "instagram", "value"),
    ("Marlow main line (270) 684-2290", None, "label"),
    ("If callers need directions, say we're across from Casey's on Main Street.", None, None),
]
test_own_things_positive, test_own_things_negative = class_tests(POSITIVES_OWN_THINGS, NEGATIVES_OWN_THINGS)

# Chinese: a record or member number after its Chinese cue (simplified or traditional, Cantonese "係"); a
# relative named after the kin word; a test caller ("用X测试"); the caller's Cantonese introduction; a
# Chinese name in an English "if ... calls". Format examples and staff stay clean.
POSITIVES_CHINESE = [
    ("User: 我係陳太，想幫我老公陳家豪約個時間，佢嘅病歷號碼係 GG-204417。", None, None, ("MRN", "GG-204417")),
    ("User: 我係陳太，想幫我老公陳家豪約個時間。", None, None, ("NAME", "陳家豪")),
    ("用王芳测试普通话流程：会员号 W7720184，生日十月二十日。", None, None, ("HEALTH_PLAN_ID", "W7720184")),
    ("用王芳测试普通话流程。", None, None, ("NAME", "王芳")),
    ("Our NP asked: if 葉文傑 calls again about his hepatitis B results, transfer him.", None, None,
     ("NAME", "葉文傑")),
]
NEGATIVES_CHINESE = [
    ("格式示例：会员号 W7720184", None, None),
    ("我们的会员号格式是 W 加上 7 位数字。", None, None),
    ("如需预约，请致电林文静医生的诊室。", None, None),
]
test_chinese_positive, test_chinese_negative = class_tests(POSITIVES_CHINESE, NEGATIVES_CHINESE)

# Staff in a prompt's own sentences: away from work, at an extension, signing off on the script, assigned
# to the caller ("will be your nurse navigator"), a department in parentheses, a name–desk label. A
# patient in the same shapes stays.
POSITIVES_STAFF_SENTENCES = [  # guards
    ("Mrs. Diaz is out of insulin until Monday; call her today.", None, None, ("NAME", "Mrs. Diaz")),
    ("Maria Lopez (it) - callback", None, "label", ("NAME", "Maria Lopez")),
]
NEGATIVES_STAFF_SENTENCES = [
    ("Jennifer Walsh is out until Monday; route her calls to the front desk.", None, None),
    ("You can reach Jennifer Walsh at extension 214.", None, None),
    ("Jennifer Walsh approved this script on 3/2/2026.", None, None),
    ("Marcus Bell will be your nurse navigator.", None, None),
    ("Questions about this prompt: contact Marcus Bell (IT).", None, None),
    ("Jennifer Walsh – Billing", None, "label"),
]
test_staff_sentences_positive, test_staff_sentences_negative = class_tests(POSITIVES_STAFF_SENTENCES,
                                                                           NEGATIVES_STAFF_SENTENCES)

# A first name and an initial with a possessive ("Greg P.'s total testosterone"); a nickname in quotes
# inside a name; a first name the note says has no surname. An advanced practice nurse's credential (APN),
# a state after "In", and staff with a nickname stay clean.
POSITIVES_NAME_SHAPES = [
    ("Greg P.'s total testosterone came back high; hold his next pellet.", None, None, ("NAME", "Greg P")),
    ('Supply reorder for Margarethe "Greta" Lindahl: 60 SASH flush kits.', None, None,
     ("NAME", 'Margarethe "Greta" Lindahl')),
    ("Callback re: X-ray over-read — Grant (no last name given), 614-417-2203, ankle injury.", None, None,
     ("NAME", "Grant")),
]
NEGATIVES_NAME_SHAPES = [
    ("Dr. Daniel Seo is out October 3 and 4; offer Dr. Grace Yoon or Mina Kwak, APN, instead.", None, None),
    ("In Georgia, minors can consent to STI testing confidentially.", None, None),
    ('Our charge nurse, Robert "Bobby" Okafor, RN, covers nights.', None, None),
]
test_name_shapes_positive, test_name_shapes_negative = class_tests(POSITIVES_NAME_SHAPES, NEGATIVES_NAME_SHAPES)

# Read in holdout 368: a name-like word set off by who the person is; the practice's own things (a sample
# VIN under a sample key, a clinical file name, the Russian stand-in name, eyewear brands).
POSITIVES_SET_368 = [
    ("Frames on hold: Hope, the little girl with the purple frames — her mom's number is 720-555-0146.", None,
     None, ("NAME", "Hope")),
    ("1HGCM82633A004352", "patient_vin", "value", ("VEHICLE_ID", "1HGCM82633A004352")),  # guard
]
NEGATIVES_SET_368 = [
    ("1HGCM82633A004352", "sample_vin", "value"),
    ("Oral_Immunotherapy_Consent_v3.pdf", None, "label"),
    ("Если пациент отказывается назвать имя, запишите его как «Иванов Иван Иванович».", None, None),
    ("We stock Acuvue Oasys and Biofinity contact lenses.", None, None),
]
test_set_368_positive, test_set_368_negative = class_tests(POSITIVES_SET_368, NEGATIVES_SET_368)

# The caller's "its <name>" without an apostrophe, and the agent going on with the caller's word-name
# ("Thanks Ray," "Okay Hope,").
POSITIVES_TRANSCRIPT_TURNS = [
    ("user: hi its jamal, i missed my appt", None, None, ("NAME", "jamal")),
    ("Assistant: Okay Hope, what's your date of birth?", None, None, ("NAME", "Hope")),
]
NEGATIVES_TRANSCRIPT_TURNS = [
    ("user: its about my appointment on friday", None, None),
    ("Assistant: Okay, thanks for waiting. Hope you feel better soon!", None, None),
]
test_transcript_turns_positive, test_transcript_turns_negative = class_tests(POSITIVES_TRANSCRIPT_TURNS,
                                                                             NEGATIVES_TRANSCRIPT_TURNS)

# A city's name as the surname after a given name ("Summer Jackson", "Tom Austin"); the city alone, or
# after a direction, stays a place.
POSITIVES_CITY_SURNAME = [
    ("Summer Jackson (a patient, not our dietitian) has a shellfish allergy.", None, None,
     ("NAME", "Summer Jackson")),
    ("Tom Austin called about his refill.", None, None, ("NAME", "Tom Austin")),
]
NEGATIVES_CITY_SURNAME = [
    ("Our second office is in North Jackson.", None, None),
    ("We serve Jackson, Clinton and Madison.", None, None),
    ("Drive to Jackson for the MRI; the van leaves at 7.", None, None),
]
test_city_surname_positive, test_city_surname_negative = class_tests(POSITIVES_CITY_SURNAME, NEGATIVES_CITY_SURNAME)

# A double surname of two lexicon surnames beside a given name ("Hope Delacroix-Nguyen"); alone it may be an
# institute or a disease ("Kennedy-Krieger", "Hailey-Hailey").
POSITIVES_DOUBLE_SURNAME = [
    ("- Hope Delacroix-Nguyen calls about her calcium after her parathyroidectomy.", None, None,
     ("NAME", "Hope Delacroix-Nguyen")),
]
NEGATIVES_DOUBLE_SURNAME = [
    ("The Kennedy-Krieger referral form and the Mayo Clinic pathway are both accepted.", None, None),
    ("Some conditions sound like people: Grover's disease, Darier's, Hailey-Hailey.", None, None),
]
test_double_surname_positive, test_double_surname_negative = class_tests(POSITIVES_DOUBLE_SURNAME,
                                                                         NEGATIVES_DOUBLE_SURNAME)

# A list under a heading that names the practice's people ("## Staff you may name") is staff; the same list
# under a heading of callers stays names. A facility whose name ends in "Assisted Living" gives its own
# address, not a resident's.
POSITIVES_STAFF_SECTION = [
    ("## Known callers\n- Activities: Grant Ellison\n- Maintenance: Dwayne Pruitt", None, None,
     ("NAME", "Dwayne Pruitt")),
]
NEGATIVES_STAFF_SECTION = [
    ("## Staff you may name\n- Director of nursing: Patrice Holloway, RN\n- Activities: Grant Ellison\n"
     "- Maintenance: Dwayne Pruitt\n\n## Rules\n1. Confirm the caller's name.", None, None),
    ("Magnolia Terrace Assisted Living, 1100 Eisenhower Dr, Savannah, GA 31406. Front desk (912) 354-8800.",
     None, None),
]
test_staff_section_positive, test_staff_section_negative = class_tests(POSITIVES_STAFF_SECTION,
                                                                       NEGATIVES_STAFF_SECTION)

# Russian weekday abbreviations in office hours are no names.
POSITIVES_RU_DAYS = [  # guard: a Russian name is still one
    ("Пациентка Ольга Смирнова просит перезвонить по поводу анализов.", None, None, ("NAME", "Ольга Смирнова")),
]
NEGATIVES_RU_DAYS = [
    ("Пн–Пт 9:00–18:00, Сб 10:00–14:00, Вс — выходной", "office_hours", "value"),
]
test_ru_days_positive, test_ru_days_negative = class_tests(POSITIVES_RU_DAYS, NEGATIVES_RU_DAYS)

# Haitian Creole: a name opening a sentence before "rele" (calls), or after a relative of hers ("pitit li").
# The practice's voicemail ("Tanpri rele nou": please call us) stays clean.
POSITIVES_CREOLE = [
    ("Andrelise rele ankò pou pitit li Kervens ki gen opresyon; di l vini touswit.", None, None,
     ("NAME", "Andrelise")),
    ("Andrelise rele ankò pou pitit li Kervens ki gen opresyon; di l vini touswit.", None, None,
     ("NAME", "Kervens")),
]
NEGATIVES_CREOLE = [
    ("Bonjou, se Lakay Sante k ap rele {{first_name}}. Tanpri rele nou tounen nan (305) 758-4120. Mèsi!", None,
     None),
    ("Klinik la rele pasyan yo chak lendi.", None, None),
]
test_creole_positive, test_creole_negative = class_tests(POSITIVES_CREOLE, NEGATIVES_CREOLE)

# "mwen rele X" (my name is X) is the caller's only in the caller's turn (the caller-introduction pass); the agent
# introducing itself in Creole is no one's PHI.
POSITIVES_CREOLE_INTRO = [
    ("User: Bonjou, mwen rele Wideline Pierre, mwen bezwen yon randevou.", None, None,
     ("NAME", "Wideline Pierre")),
]
NEGATIVES_CREOLE_INTRO = [
    ("Assistant: Bonjou, mwen rele Ava, asistan vityèl klinik la.", None, None),
]
test_creole_intro_positive, test_creole_intro_negative = class_tests(POSITIVES_CREOLE_INTRO, NEGATIVES_CREOLE_INTRO)
