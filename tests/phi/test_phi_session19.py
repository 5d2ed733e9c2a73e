"""Classes worked in the nineteenth session (2026-11-24), each tested with new text.

A positive names the span that must be found; its look-alike negative must stay clean. Entries that
the previous engine already passed are guards: they keep a new rule from reaching too far.
"""

from __future__ import annotations

from class_harness import class_tests

# The caller's answer to the agent's question for an identifier, in a transcript or a test chat: the
# question is the cue. Not someone else's name (the doctor's, the pharmacy's), not an answer that is
# a sentence, a greeting to the agent, a template variable or a placeholder, not the caller's question.
POSITIVES_ANSWER_TURN = [
    ("Agent: Can I get your member ID?\nUser: it's WQX448120937", None, None, ("HEALTH_PLAN_ID", "WQX448120937")),
    ("Agent: Who am I speaking with?\nCaller: Rosalind", None, None, ("NAME", "Rosalind")),  # guard
    ("Agent: What's your son's first name? User: Caspian.", None, None, ("NAME", "Caspian")),
    ("Bot: What's the name on the chart? User: Maja S Hermansen", None, None, ("NAME", "Maja S Hermansen")),
    ("assistant: And who's calling? user: Tobias — my ankle is swollen.", None, None, ("NAME", "Tobias")),
    ("Assistant: Can I get the swimmer's name? User: Hope. Hope Vandermeer.", None, None, ("NAME", "Hope")),
    ("Agent: Your name and birthday? User: Sure, Temperance Hale, 4/2/88.", None, None, ("NAME", "Temperance Hale")),
    ("Agent: Can you give me the family passcode?\nUser: it's OSPREY42", None, None, ("OTHER_ID", "OSPREY42")),
    ("Agent: What's your ZIP code?\nCaller: 59401", None, None, ("GEO", "59401")),  # guard
    ("Agent: What is your chart number?\nPatient: MR-0048213", None, None, ("MRN", "MR-0048213")),  # guard
    ("Agent: Which ZIP code is that? Caller: 82001", None, None, ("GEO", "82001")),  # guard
    ("Agent: Can I have the serial number on the pump? User: yes, PX7731902", None, None, ("DEVICE_ID", "PX7731902")),
    ("assistant: Name on the account? user: Gus Pappas, P-A-P-P-A-S.", None, None, ("NAME", "P-A-P-P-A-S")),
]
NEGATIVES_ANSWER_TURN = [
    ("Agent: What's your doctor's name?\nUser: Dr. Okafor", None, None),
    ("Agent: What's the name of your pharmacy? User: Walgreens on Fifth", None, None),
    ("Agent: Who am I speaking with? User: Will you hold on a second?", None, None),
    ("Agent: Who am I speaking with? User: Thanks, Zephyrine, I just need a refill.", None, None),
    ("Agent: What's your dentist's name? User: Dr. Oyelaran", None, None),
    ("Agent: What's the clinic's name? User: Bright Smiles.", None, None),
    ("Agent: Who am I speaking with? User: Good Morning.", None, None),
    ("Agent: Who am I speaking with? User: Sorry, what?", None, None),
    ("Agent: Can I have your name? User: {{caller_name}}", None, None),
    ("Agent: Can I have your name? User: John Doe", None, None),
    ("User: What's your name? Agent: I'm Riley, the scheduling assistant.", None, None),  # guard
    ("Agent: Can I get your member ID? User: it's on the back of my card", None, None),
    ("Agent: And your member ID? User: 123456789", None, None),
    ("Agent: What's your ZIP code? User: I'm not sure, we just moved.", None, None),
]
test_answer_turn_positive, test_answer_turn_negative = class_tests(POSITIVES_ANSWER_TURN, NEGATIVES_ANSWER_TURN)

# A caller's "<name> here" at the start of their turn or after a greeting. Not the agent's, not a kin word.
POSITIVES_NAME_HERE = [
    ("User: Hi, Grace Oyelaran here. I'm due for my infusion on Tuesday.", None, None, ("NAME", "Grace Oyelaran")),
    ("Caller: hey Teodoro here, my foot is worse", None, None, ("NAME", "Teodoro")),
]
NEGATIVES_NAME_HERE = [
    ("Agent: Hi, Dana here from Lakeside Clinic. How can I help?", None, None),
    ("Caller: Mom here, can you call me back?", None, None),
    ("Greeting: 'Hi, Dana Whitcombe here from the front desk.'", None, None),  # guard
]
test_name_here_positive, test_name_here_negative = class_tests(POSITIVES_NAME_HERE, NEGATIVES_NAME_HERE)

# A name spelled out right after it (a word of the name, letter by letter). Not letters that spell nothing
# named, not a provider's spelled name.
POSITIVES_SPELLED_NAME = [
    ("User: It's Bernard Kowalczyk, K-O-W-A-L-C-Z-Y-K. I've had floaters.", None, None, ("NAME", "K-O-W-A-L-C-Z-Y-K")),
    ("User: yeah it's Autumn Vasquez-Reid, V-A-S-Q-U-E-Z dash Reid. My eye hurts.", None, None,
     ("NAME", "V-A-S-Q-U-E-Z dash Reid")),
    ("Note: Mr. Okafor, O-K-A-F-O-R, needs a ride to dialysis.", None, None, ("NAME", "O-K-A-F-O-R")),
]
NEGATIVES_SPELLED_NAME = [
    ("Call Dr. Reyes, R-E-Y-E-S, at the clinic if the fax fails.", None, None),  # guard
    ("Spell the word back letter by letter, for example 'C-O-U-G-H'.", None, None),  # guard
]
test_spelled_name_positive, test_spelled_name_negative = class_tests(POSITIVES_SPELLED_NAME, NEGATIVES_SPELLED_NAME)

# "new patient" before a kind of paperwork is a service, not a person: the practice's fax after it is its own.
POSITIVES_NEW_PATIENT_SERVICE = [
    ("New patient Marta Quispe, cell 865-305-7709, needs a referral.", None, None, ("PHONE", "865-305-7709")),  # guard
]
NEGATIVES_NEW_PATIENT_SERVICE = [
    ("# Providers\nHope Castellano, NP, teaches.\n\n# New patient referrals\nReferrals come by fax to (865) 305-7709.",
     None, None),
    ("New patient paperwork can be faxed to 865-305-7709.", None, None),
]
test_new_patient_service_positive, test_new_patient_service_negative = class_tests(
    POSITIVES_NEW_PATIENT_SERVICE, NEGATIVES_NEW_PATIENT_SERVICE)

# A patient's id as a path's "key=value" segment or inside a file's name in a URL. Not an app's client in a
# sample domain, not a year.
POSITIVES_URL_PATH_ID = [
    ("https://lakeretina.com/kb/scans/patient=8842213/2026-04-02_OCT.pdf", None, "url",
     ("URL", "https://lakeretina.com/kb/scans/patient=8842213/2026-04-02_OCT.pdf")),
    ("https://homecare.org/kb/plans/careplan_client-30917.pdf", None, "url",
     ("URL", "https://homecare.org/kb/plans/careplan_client-30917.pdf")),
]
NEGATIVES_URL_PATH_ID = [
    ("https://homecare.org/kb/plans/careplan_client-template.pdf", None, "url"),
    ("https://homecare.org/kb/plans/careplan_2026.pdf", None, "url"),
]
test_url_path_id_positive, test_url_path_id_negative = class_tests(POSITIVES_URL_PATH_ID, NEGATIVES_URL_PATH_ID)

# "OD OS" after a name in an eye scan's file name is the eyes, not an optometrist's credential.
POSITIVES_EYE_SIDES = [
    ("topography_Okonjo_Chidi_OD_OS_20260311.pdf", None, "label", ("NAME", "Okonjo_Chidi")),
    ("fields_Hernandez_Maria_OD_OU.pdf", None, "label", ("NAME", "Hernandez_Maria")),
]
NEGATIVES_EYE_SIDES = [
    ("Call Maria Hernandez, OD, about the contact lens order.", None, None),  # guard
    ("Maria Hernandez OD - contact lens line", None, "label"),  # guard
]
test_eye_sides_positive, test_eye_sides_negative = class_tests(POSITIVES_EYE_SIDES, NEGATIVES_EYE_SIDES)

# A lower-case "pt" in parentheses after a name (a name that is also a word too) is the patient; "(PT)" is
# physical therapy.
POSITIVES_PT_PAREN = [
    ("Rose (CML pt) – imatinib PA status", None, "label", ("NAME", "Rose")),
    ("Hope (pt) needs her PA renewed before Friday.", None, None, ("NAME", "Hope")),
]
NEGATIVES_PT_PAREN = [
    ("Lindsay (PT) runs the pelvic floor class.", None, None),  # guard
    ("Hope (PT) covers the Tuesday balance class.", None, None),  # guard
]
test_pt_paren_positive, test_pt_paren_negative = class_tests(POSITIVES_PT_PAREN, NEGATIVES_PT_PAREN)

# Weight-loss surgery words are health words: a name that is also a word beside such a care task in a label.
POSITIVES_BARIATRIC_TASK = [
    ("Bill - RNY follow-up callback", None, "label", ("NAME", "Bill")),
    ("Grant - gastric sleeve check-in", None, "label", ("NAME", "Grant")),
]
NEGATIVES_BARIATRIC_TASK = [
    ("Bariatric Follow-up Reminders", None, "label"),  # guard
    ("Hope - Bariatric Outreach", None, "label"),  # guard
]
test_bariatric_task_positive, test_bariatric_task_negative = class_tests(POSITIVES_BARIATRIC_TASK,
                                                                         NEGATIVES_BARIATRIC_TASK)

# A hyphenated eponym in a file name is a disease, in every label pass; a public figure stays one when a
# word named for them follows ("Florence Nightingale Volunteer Award"); singers a voice clinic names.
POSITIVES_EPONYM_FIGURE = [
    ("Prader_Hollis_growth_chart_2026.pdf", None, "label", ("NAME", "Prader_Hollis")),  # guard
]
NEGATIVES_EPONYM_FIGURE = [
    ("Prader-Willi & spina bifida resource list.pdf", None, "label"),
    ("Legg-Calvé-Perthes_handout_2026.pdf", None, "label"),  # guard
    ("Florence Nightingale Volunteer Award nominations.docx", None, "label"),
    ("You may mention that Julie Andrews and Adele have spoken publicly about vocal fold surgery.", None, None),
]
test_eponym_figure_positive, test_eponym_figure_negative = class_tests(POSITIVES_EPONYM_FIGURE,
                                                                       NEGATIVES_EPONYM_FIGURE)

# A greeting word as a name key's default ("Neighbor", Persian "dear friend") names no one.
POSITIVES_GREETING_DEFAULT = [
    ("Marguerite", "default_caller_name", "value", ("NAME", "Marguerite")),  # guard
]
NEGATIVES_GREETING_DEFAULT = [
    ("Neighbor", "default_caller_name", "value"),
    ("دوست عزیز", "caller_first_name", "value"),
]
test_greeting_default_positive, test_greeting_default_negative = class_tests(POSITIVES_GREETING_DEFAULT,
                                                                             NEGATIVES_GREETING_DEFAULT)

# One person's last physical under its key is their date; a team's physical day is an event.
POSITIVES_LAST_PHYSICAL = [
    ("2024-10-29", "ff_last_physical", "value", ("DATE", "2024-10-29")),
]
NEGATIVES_LAST_PHYSICAL = [
    ("June 13", "lacrosse_physical_day", "value"),  # guard
]
test_last_physical_positive, test_last_physical_negative = class_tests(POSITIVES_LAST_PHYSICAL,
                                                                       NEGATIVES_LAST_PHYSICAL)

# A name that is also a word, calling at a time of their own about their own things; "He" is the pronoun.
POSITIVES_WORD_NAME_CALLS_AT = [
    ("Summer (recipient, day 12) calls after 5 pm most days asking about her creatinine.", None, None,
     ("NAME", "Summer")),
    ("Hope calls every Monday asking about her refill.", None, None, ("NAME", "Hope")),
]
NEGATIVES_WORD_NAME_CALLS_AT = [
    ("Regular caller from the Tuesday group. He phones most Mondays about his refill.", None, None),
]
test_word_name_calls_at_positive, test_word_name_calls_at_negative = class_tests(POSITIVES_WORD_NAME_CALLS_AT,
                                                                                 NEGATIVES_WORD_NAME_CALLS_AT)

# A relative named in a label's note in parentheses; not a word there.
POSITIVES_KIN_LABEL_NOTE = [
    ("Rose – weigh-in reminders (mom: Teresa)", None, "label", ("NAME", "Teresa")),
    ("Asthma recall list (dad: Emeka)", None, "label", ("NAME", "Emeka")),  # guard
]
NEGATIVES_KIN_LABEL_NOTE = [
    ("Flu shot reminders (mom: Yes)", None, "label"),
    ("Weigh-in reminders (mom and baby)", None, "label"),
]
test_kin_label_note_positive, test_kin_label_note_negative = class_tests(POSITIVES_KIN_LABEL_NOTE,
                                                                         NEGATIVES_KIN_LABEL_NOTE)

# Staff: an outreach worker or promotora in apposition; a staff role after the parenthesis a full name stands
# in ("Doña Chayo (Rosario Medina) es nuestra promotora"); a persona beside "Clínica del Valle" (Title Case with
# a Spanish particle). Not a case id's parenthesis, not a relative's.
POSITIVES_STAFF_SHAPES = [
    ("Case 2026-MU-0148 (Kwabena Asante-Boateng) is the index case.", None, None,
     ("NAME", "Kwabena Asante-Boateng")),  # guard
    ("Dad (Rowan Pike) works second shift and has asthma.", None, None, ("NAME", "Rowan Pike")),  # guard
    ("Dot's daughter (Pam) – billing contact", None, "label", ("NAME", "Pam")),
    ("Tomás de la Cruz - dialysis pickup", None, "label", ("NAME", "Tomás de la Cruz")),  # guard
]
NEGATIVES_STAFF_SHAPES = [
    ("Santos Ramírez, our outreach worker, visits the labor camps in the evenings.", None, None),
    ("Doña Chayo (Rosario Medina) es nuestra promotora de salud; transfiere a ella las preguntas sobre el "
     "programa de diabetes.", None, None),
    ("Ellie – Clínica del Valle", None, "label"),
]
test_staff_shapes_positive, test_staff_shapes_negative = class_tests(POSITIVES_STAFF_SHAPES, NEGATIVES_STAFF_SHAPES)

# A caller's lower-case introduction with a given name the lexicon lacks and a lexicon surname.
POSITIVES_LOWER_INTRO_UNKNOWN_GIVEN = [
    ("User: hi its kayden ramirez, can i get a test without my parents knowing", None, None,
     ("NAME", "kayden ramirez")),
]
NEGATIVES_LOWER_INTRO_UNKNOWN_GIVEN = [
    ("User: it's hunter green, the paint color in the lobby", None, None),  # guard
    ("Assistant: hi, this is kayden ramirez from the front desk", None, None),
]
test_lower_intro_unknown_given_positive, test_lower_intro_unknown_given_negative = class_tests(
    POSITIVES_LOWER_INTRO_UNKNOWN_GIVEN, NEGATIVES_LOWER_INTRO_UNKNOWN_GIVEN)

# Ages: "is 97 and very hard of hearing" for a placed person; "aged 90 days" is a span of time.
POSITIVES_AGE_SHAPES = [
    ("The resident in Room 9 is 97 and very hard of hearing.", None, None, ("AGE", "97")),
]
NEGATIVES_AGE_SHAPES = [
    ("Infants aged 90 days or younger with a fever should go to the emergency department.", None, None),
    ("Babies aged 91 days to 6 months get the second dose.", None, None),
]
test_age_shapes_positive, test_age_shapes_negative = class_tests(POSITIVES_AGE_SHAPES, NEGATIVES_AGE_SHAPES)

# A full-face clinical photo's file name ("clinical" is no clinic); a handout's or a versioned document's
# date in its file name is the document's.
POSITIVES_FILE_SHAPES = [
    ("clinical_photo_full_face_pt44821.jpg", None, "label", ("PHOTO", "clinical_photo_full_face_pt44821.jpg")),
    ("Okafor_Chidi_discharge_2025-10-01.pdf", None, "label", ("DATE", "2025-10-01")),  # guard
]
NEGATIVES_FILE_SHAPES = [
    ("Nitroglycerin_patient_leaflet_RU_v3_2025-10-01.pdf", None, "label"),
    ("Warfarin_patient_handout_2026-02-14.pdf", None, "label"),
    ("clinic_front_entrance_photo.jpg", None, "label"),  # guard
]
test_file_shapes_positive, test_file_shapes_negative = class_tests(POSITIVES_FILE_SHAPES, NEGATIVES_FILE_SHAPES)

# A building's dedication date is no one's; "Гость" (guest) as a name key's default is no one.
NEGATIVES_NO_ONE = [
    ("The house was dedicated on October 12, 1994, by the Sisters of St. Brigid.", None, None),
    ("Гость", "caller_first_name", "value"),
]
POSITIVES_NO_ONE = [
    ("Mrs. Ruiz was born October 12, 1934.", None, None, ("DATE", "October 12, 1934")),  # guard
]
test_no_one_positive, test_no_one_negative = class_tests(POSITIVES_NO_ONE, NEGATIVES_NO_ONE)

# A name that is also a word, with a patient's own care after its possessive; a surrogate or a recipient in
# parentheses.
POSITIVES_WORD_NAME_CARE = [
    ("Ivy's biopsy came back clear; tell her mom.", None, None, ("NAME", "Ivy")),
    ("Hope's insulin pump is beeping again.", None, None, ("NAME", "Hope")),
    ("Bryony (surrogate) cell", None, "label", ("NAME", "Bryony")),
]
NEGATIVES_WORD_NAME_CARE = [
    ("Hope's schedule is posted in the break room.", None, None),  # guard
    ("Surrogacy intake (surrogate) line", None, "label"),  # guard
]
test_word_name_care_positive, test_word_name_care_negative = class_tests(POSITIVES_WORD_NAME_CARE,
                                                                         NEGATIVES_WORD_NAME_CARE)

# Modern given names that are also words (Willow, Juniper, Poppy, ...) count as names with a person cue,
# as Hope and Grace do; never a river's or a place's word.
POSITIVES_NATURE_NAMES = [
    ("Callback: Willow's mom re: speech referral", None, None, ("NAME", "Willow")),
    ("Hi Juniper, this is the clinic calling about your visit.", None, None, ("NAME", "Juniper")),
]
NEGATIVES_NATURE_NAMES = [
    ("Sage Therapeutics makes the drug; the rep visits monthly.", None, None),  # guard
    ("You are the scheduling assistant; the agent goes by Nova.", None, None),  # guard
    ("Winter hours start in November.", None, None),  # guard
    ("The clinic serves families at fish camp along the Kashunuk River.", None, None),  # guard
]
test_nature_names_positive, test_nature_names_negative = class_tests(POSITIVES_NATURE_NAMES, NEGATIVES_NATURE_NAMES)

# Things that look like names in labels and prose: a disease word after an eponym, a fundoplication, an
# animal named in the text, a main line in Portuguese with its site, Portuguese form words.
POSITIVES_NOT_NAMES = [
    ("Mr. Lynch has Lynch syndrome and calls about his colonoscopy.", None, None, ("NAME", "Mr. Lynch")),  # guard
    ("Hazel Ortiz (the patient, not our hedgehog) called about her refill.", None, None,
     ("NAME", "Hazel Ortiz")),  # guard
]
NEGATIVES_NOT_NAMES = [
    ("Lynch_Syndrome_FAQ_2025.pdf", None, "label"),
    ("Nissen Fundoplication – What to Expect", None, "label"),
    ("Our mascot is a hedgehog named Hazel; kids love hearing that Hazel is allergic to Mondays.", None, None),
    ("Linha principal Brockton (508) 586-7100", None, "label"),
    ("https://morabezahealth.org/pt/formularios/registo-novo-paciente.pdf", None, "url"),
]
test_not_names_positive, test_not_names_negative = class_tests(POSITIVES_NOT_NAMES, NEGATIVES_NOT_NAMES)

# Where someone is staying is their address; a drop-in's young client's or a text line's number under its key;
# a plant's address is a workplace's.
POSITIVES_STAYING_AND_KEYS = [
    ("She's staying with a cousin at 4410 Rainier Ave S, Apt 3. Do not share it.", None, None,
     ("GEO", "4410 Rainier Ave")),
    ("206-498-1173", "youth_phone", "value", ("PHONE", "206-498-1173")),
    ("+15417302218", "texter_number", "value", ("PHONE", "+15417302218")),
    ("user: it's mine, 1550 Harrod Street, number 6.", None, None, ("GEO", "1550 Harrod Street")),  # guard
]
NEGATIVES_STAYING_AND_KEYS = [
    ("1800 Industrial Pkwy, Worthington, MN 56187", "plant_address", "value"),
    ("Families staying overnight can park at 1200 Main St.", None, None),  # guard
]
test_staying_and_keys_positive, test_staying_and_keys_negative = class_tests(POSITIVES_STAYING_AND_KEYS,
                                                                             NEGATIVES_STAYING_AND_KEYS)

# Days named for people, teaching images, eponym lists before a chart, low-vision credentials.
POSITIVES_NAMED_DAYS = [
    ("Mrs. Okafor's birthday is May 10, 1931; send a card.", None, None, ("DATE", "May 10, 1931")),  # guard
]
NEGATIVES_NAMED_DAYS = [
    ("Mother's Day (May 10, 2026) is a family visit day; we help with car seats.", None, None),
    ("Brodsky_tonsil_grading_reference.png", None, "label"),
    ("Estimate the TBSA using the Lund and Browder chart.", None, None),
    ("Orientation and mobility lessons are with Leland Sato, COMS, on Tuesdays.", None, None),
    ("The agent's name 小美 (Siu Mei) is a persona, not a real staff member.", None, None),  # guard
]
test_named_days_positive, test_named_days_negative = class_tests(POSITIVES_NAMED_DAYS, NEGATIVES_NAMED_DAYS)

# A release under an owner's key is from custody or care; notes for staff about the people they serve
# ("STAFF-ONLY NOTES", "Behavior notes from the team") do not make those people staff; Chinese birth and
# parent cues; a social-media handle under a Discord key.
POSITIVES_KEYS_AND_SECTIONS = [
    ("August 14, 2026", "client_release_date", "value", ("DATE", "August 14, 2026")),
    ("STAFF-ONLY NOTES\n- Safety flag: Marcus Bellweather is not allowed at the Tuesday meal.", None, None,
     ("NAME", "Marcus Bellweather")),
    ("Behavior notes from the team\n- Grayson H. needs the cape story before X-rays; his mom stays.", None, None,
     ("NAME", "Grayson H")),
    ("测试用：患儿，出生日期2019年3月8日，家长电话 917-304-6621。", None, None, ("DATE", "2019年3月8日")),
    ("测试用：患儿，出生日期2019年3月8日，家长电话 917-304-6621。", None, None, ("PHONE", "917-304-6621")),
    ("quietriver.exe", "texter_discord", "value", ("OTHER_ID", "quietriver.exe")),
]
NEGATIVES_KEYS_AND_SECTIONS = [
    ("March 3, 2026", "app_release_date", "value"),  # guard
    ("## Staff\n- Maria Lopez, RN: triage\n- Dev Patel: billing", None, None),  # guard
    ("NOTES FROM STAFF\n- Reminder from Marisol: the fax machine jams on Mondays.", None, None),  # guard
    ("生年月日は和暦（昭和50年1月1日 の形式）でも西暦でも受け付けます。", None, None),  # guard
    ("诊所电话 917-304-6621，周一至周五营业。", None, None),  # guard
    ("ourclinic.server", "clinic_discord", "value"),  # guard
]
test_keys_and_sections_positive, test_keys_and_sections_negative = class_tests(POSITIVES_KEYS_AND_SECTIONS,
                                                                               NEGATIVES_KEYS_AND_SECTIONS)

# A given name (a word too) and a double-barrelled surname is a name's shape ("Hope Adeyemi-Price"), not a
# product's CamelCase; two English words hyphenated stay a product ("Cook Vital-Port").
POSITIVES_DOUBLE_BARRELLED = [
    ("Caller last night — Hope Adeyemi-Price, IVIG patient — reported a headache after her infusion.", None, None,
     ("NAME", "Hope Adeyemi-Price")),
]
NEGATIVES_DOUBLE_BARRELLED = [
    ("Port brands we place: Bard PowerPort, AngioDynamics Smart Port and Cook Vital-Port.", None, None),  # guard
    ("Arpoador Jiu-Jitsu injury line.", None, None),  # guard
    ("Languages: Arabic, English or Chaldean Neo-Aramaic.", None, None),  # guard
]
test_double_barrelled_positive, test_double_barrelled_negative = class_tests(POSITIVES_DOUBLE_BARRELLED,
                                                                             NEGATIVES_DOUBLE_BARRELLED)

# Signed releases faxed by guardians go to the practice; a juvenile unit's form URL for one youth and their
# guardian; a read-back whose date the agent replaces with the booking's values; the Amsler grid; a health
# system named for two people.
POSITIVES_MISC_19 = [
    ("https://county.gov/jdc/forms/consent?youth=JD-25-00601&guardian=Pereira", None, "url",
     ("URL", "https://county.gov/jdc/forms/consent?youth=JD-25-00601&guardian=Pereira")),
]
NEGATIVES_MISC_19 = [
    ("We do not accept records by e-mail; guardians may fax signed releases to (614) 887-3129.", None, None),
    ("Example readback: 'Your appointment is on Tuesday, March 4 at 9:15 am.' Replace the date and time with "
     "the values from the booking tool.", None, None),
    ("https://pacificeyecare.org/handouts/amsler-grid.pdf", None, "url"),
    ("Birth hospitals we coordinate with: St. David's and Baylor Scott & White.", None, None),
]
test_misc_19_positive, test_misc_19_negative = class_tests(POSITIVES_MISC_19, NEGATIVES_MISC_19)

# A surname in the plural before a brand's word, a place or a work names a thing, not a family; Chinese herbal
# formulas in a text about formulas are no people.
POSITIVES_THINGS_NOT_PEOPLE = [
    ("The Garzas are both on Tu/Th/Sa and share one ride.", None, None, ("NAME", "Garzas")),  # guard
    ("Call Mei Ling Tang about her refill.", None, None, ("NAME", "Mei Ling Tang")),  # guard
]
NEGATIVES_THINGS_NOT_PEOPLE = [
    ("Our satellite site is in the Phillips neighborhood at Franklin Ave.", None, None),
    ("If asked, the TAVR valves we implant are the Edwards SAPIEN 3 and the Medtronic Evolut FX.", None, None),
    ("Herbal formulas we dispense: Gui Pi Tang, Wen Jing Tang, Ba Zhen Tang.", None, None),
    ("Formulas we stock include Xiao Yao San and Liu Wei Di Huang Wan; never suggest a dose.", None, None),
]
test_things_not_people_positive, test_things_not_people_negative = class_tests(POSITIVES_THINGS_NOT_PEOPLE,
                                                                               NEGATIVES_THINGS_NOT_PEOPLE)

# A document written for many (a handout, a phrasebook, a logo, a troubleshooting guide) names no patient by a
# lone given name in its label; a care plan's file name still does.
POSITIVES_FOR_MANY_DOCUMENT = [
    ("care_plan_GWENDOLYN_PRICE_rev3.docx", None, "label", ("NAME", "GWENDOLYN")),  # guard
    ("Tomás – concentrator pickup, back door", None, "label", ("NAME", "Tomás")),  # guard
]
NEGATIVES_FOR_MANY_DOCUMENT = [
    ("Memory-making activities (Make-A-Wish & Ronald McDonald House) handout.pdf", None, "label"),
    ("Karen_phrasebook_v3.2_2025-08.pdf", None, "label"),
]
test_for_many_document_positive, test_for_many_document_negative = class_tests(POSITIVES_FOR_MANY_DOCUMENT,
                                                                               NEGATIVES_FOR_MANY_DOCUMENT)

# Staff lists of caregivers and interviewers; config words run together after "patient"; Christmas Eve as a
# holiday, or as the day someone died; vessels' names; "use the form" as a format; keyed youth, safe-contact,
# serial-number and credential values.
POSITIVES_BATCH_426 = [
    ("Vera, whose husband died on Christmas Eve, may call around the holidays.", None, None,
     ("DATE", "Christmas Eve")),
    ("04/30/2026", "youth_release_date", "value", ("DATE", "04/30/2026")),
    ("651-447-2093", "safe_contact_number", "value", ("PHONE", "651-447-2093")),
    ("4417209", "mariner_credential_no", "value", ("LICENSE_NUMBER", "4417209")),
    ("pt-warsame-somali-male", None, "label", ("NAME", "warsame")),  # guard
    ("Eve Hartley called about her refill.", None, None, ("NAME", "Eve Hartley")),  # guard
]
NEGATIVES_BATCH_426 = [
    ("You are Mabel. Caregivers Ines, Tomasz and Grace cover the west side; Bill covers overnight shifts.",
     None, None),
    ("Forensic interviewers this month: Summer Okafor and Bill Trammell.", None, None),
    ("patient_callback_reason", None, "label"),
    ("Closed Thanksgiving Day; the last appointment on Christmas Eve is at 1pm.", None, None),
    ("Most calls come from vessels like the F/V Kristine Marie and the F/V Aleutian Dawn.", None, None),
    ("When reading back a birthday, use the form 'March 5, 2024'.", None, None),
]
test_batch_426_positive, test_batch_426_negative = class_tests(POSITIVES_BATCH_426, NEGATIVES_BATCH_426)

# A provider's schedule under their surname ("Qureshi - physiatry consult slots"), a name and their role in a
# label, an organisation's number handed to callers, a mask's format, pioneers on walls and in file names.
POSITIVES_SCHEDULES_ROLES = [
    ("Aalto OR block - Benavides ORIF", None, "label", ("NAME", "Benavides")),  # guard
    ("Okafor - knee callback", None, "label", ("NAME", "Okafor")),  # guard
    ("XXX-XX-4471", "ssn_masked", "value", ("SSN", "4471")),  # guard
]
NEGATIVES_SCHEDULES_ROLES = [
    ("Qureshi - physiatry consult slots", None, "label"),
    ("Osei-Bonsu EUA block - Thu", None, "label"),
    ("Nadia Whitfield – program director", None, "label"),
    ("Hand controls are installed by Tulsa Mobility; give callers their number, (918) 664-2291.", None, None),
    ("XXX-XX-1234", "ssn_mask_format", "value"),
    ("Louis_Braille_and_the_history_of_tactile_reading.pdf", None, "label"),
    ("The Heart Heroes wall features Dr. Helen Taussig and Vivien Thomas.", None, None),
]
test_schedules_roles_positive, test_schedules_roles_negative = class_tests(POSITIVES_SCHEDULES_ROLES,
                                                                           NEGATIVES_SCHEDULES_ROLES)

# Romanian: "Doamna" as an honorific, "are 94 de ani" as an age, "de exemplu" as an example cue, "Ești Ana" as
# the agent's persona, "pacient" in a URL path; a baby's name in a URL query; staff booked for recurring visits
# or owning a calendar, a licensed optician; a child's own hearing test; a word name's pregnancy in a label.
POSITIVES_BATCH_432 = [
    ("Doamna Vasilica Dragomir are 94 de ani și locuiește singură.", None, None, ("AGE", "94")),
    ("https://portal.casasanatatii-fm.com/fise/pacient/00318842/istoric", None, "url",
     ("URL", "https://portal.casasanatatii-fm.com/fise/pacient/00318842/istoric")),
    ("https://soundstart-or.org/records/view?baby=Ortiz%2C+Mateo&id=5512", None, "url",
     ("URL", "https://soundstart-or.org/records/view?baby=Ortiz%2C+Mateo&id=5512")),
    ("assistant: I have Isla's diagnostic ABR on November 12 at 9 a.m.", None, None, ("NAME", "Isla")),
    ("Cell – Summer (barrel racer, 24 wks pregnant, cleared?)", None, "label", ("NAME", "Summer")),
    ("Home visits with Mr. Tsosie are on Tuesdays.", None, None, ("NAME", "Mr. Tsosie")),  # guard
]
NEGATIVES_BATCH_432 = [
    ("Ești Ana, recepționera virtuală a clinicii Casa Sănătății.", None, None),
    ("Cere data nașterii în formatul LL/ZZ/AAAA (de exemplu 01/31/1980) și repet-o.", None, None),
    ("- Reschedule OT and splint visits with Summer Nakamura.", None, None),
    ("- Fistulagrams and declots: Summer Kline's calendar.", None, None),
    ("Bill Ostrowski, licensed optician, weekdays 8–5 Central.", None, None),
    ("Hope (front desk, pregnant) is out next week.", None, None),  # guard
]
test_batch_432_positive, test_batch_432_negative = class_tests(POSITIVES_BATCH_432, NEGATIVES_BATCH_432)

# A caller's "it's <word name> —" or "my name's <name>" introduces them; a person's last event under its key
# (not a system's last login or review); Croatian honorifics; "birthday, like March 4" as an example; a
# driver's exam file in a URL; a certified imager and child life specialists (CCLS) as staff; a tech under a
# key; public figures and surgical eponyms.
POSITIVES_BATCH_428 = [
    ("User: hi, it's Grant — I had the scope last Thursday and my fingers tingle.", None, None, ("NAME", "Grant")),
    ("User: my name's Marisol but everyone calls me Mars, I'm 17.", None, None, ("NAME", "Marisol")),
    ("2024-11-18", "last_cxl_date", "value", ("DATE", "2024-11-18")),
    ("https://files.sadaksehat.com/dot-exams/driver/88213407/mcsa-5875.pdf", None, "url",
     ("URL", "https://files.sadaksehat.com/dot-exams/driver/88213407/mcsa-5875.pdf")),
]
NEGATIVES_BATCH_428 = [
    ("User: it's June 3rd, I think.", None, None),  # guard
    ("2024-11-18", "last_login_date", "value"),  # guard
    ("2024-11-18", "last_reviewed_date", "value"),  # guard
    ("Example of how to confirm identity: 'Can you tell me your birthday, like March 4?'", None, None),
    ("Screening photos are taken by Deshawn Pruitt, our certified retinal imager.", None, None),
    ("Our certified child life specialists are Rose Delacroix, CCLS, and Marcus Oyelaran, CCLS.", None, None),
    ("Hope Ferrante", "cast_tech", "value"),
    ("If someone mentions Casey Jones or the Pullman strike, answer briefly and steer back.", None, None),
    ("https://meridian-achd.org/kb/echo/2025/protocols/fontan-surveillance.pdf", None, "url"),
]
test_batch_428_positive, test_batch_428_negative = class_tests(POSITIVES_BATCH_428, NEGATIVES_BATCH_428)

# A patient's id in the query of a patient page, a mariner's certificate viewer; the Achilles tendon alone in a
# label is anatomy (Thompson and Fontaine, in CLINICAL_EPONYMS too, stay patients' surnames there).
POSITIVES_LAST_BATCH = [
    ("https://portal.veselkapeds.com/charts/patient?id=55201873&view=growth", None, "url",
     ("URL", "https://portal.veselkapeds.com/charts/patient?id=55201873&view=growth")),
    ("https://safety.kodiakfleethealth.org/certs/viewer?mariner=oyelaran_t&cert=FA-22917", None, "url",
     ("URL", "https://safety.kodiakfleethealth.org/certs/viewer?mariner=oyelaran_t&cert=FA-22917")),
]
NEGATIVES_LAST_BATCH = [
    ("Achilles_rupture_postop_protocol_2025.pdf", None, "label"),
    ("post-op, achilles, non-weight-bearing", None, "label"),
    ("Fremont General ED is 419-332-8100 and Tiffin Mercy ED is 419-447-3960.", None, None),  # guard
]
test_last_batch_positive, test_last_batch_negative = class_tests(POSITIVES_LAST_BATCH, NEGATIVES_LAST_BATCH)
