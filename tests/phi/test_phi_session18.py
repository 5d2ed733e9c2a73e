"""Classes worked in the eighteenth session (2026-11-24), each tested with new text.

A positive names the span that must be found; its look-alike negative must stay clean. Entries that
the previous engine already passed are guards: they keep a new rule from reaching too far.
"""

from __future__ import annotations

from class_harness import class_tests

# A user name in a label: an initial glued to a common surname ("mgarcia"), beside English words or
# abbreviations. Not a provider's ("dr-rpatel"), not a label in another language.
POSITIVES_GLUED_INITIAL_LABEL = [
    ("refill-queue-mgarcia", None, "label", ("NAME", "mgarcia")),
    ("fall-risk-jkowalski", None, "label", ("NAME", "jkowalski")),
    ("copd-list-tnguyen", None, "label", ("NAME", "tnguyen")),
]
NEGATIVES_GLUED_INITIAL_LABEL = [
    # guards: Lithuanian ("language", "translation": "k. alba" is no one), a provider's schedule
    ("kalba-lietuviu-vertimas", None, "label"),
    ("dr-rpatel-schedule", None, "label"),
    ("inbound-escalation-spanish", None, "label"),  # guard
]
test_glued_initial_label_positive, test_glued_initial_label_negative = class_tests(
    POSITIVES_GLUED_INITIAL_LABEL, NEGATIVES_GLUED_INITIAL_LABEL)

# A name that is also a word, then what only a patient does or is: a call about their own things, their
# own things left behind, an age or "the patient" in parentheses. Staff call in sick or call back.
POSITIVES_WORD_NAME_PATIENT = [
    ("Faith called back about her biopsy results; put her through to the nurse.", None, None, ("NAME", "Faith")),
    ("If Bill phones about his CPAP mask again, book a refit.", None, None, ("NAME", "Bill")),
    ("Joy (age 7, asthma) is scared of the nebulizer.", None, None, ("NAME", "Joy")),
    ("Hold the 9 am slot for Grant (the patient) until Friday.", None, None, ("NAME", "Grant")),
    ("Rose from the Tuesday group left her reading glasses in room 2.", None, None, ("NAME", "Rose")),
]
NEGATIVES_WORD_NAME_PATIENT = [
    ("Hope called in sick, so the front desk is short today.", None, None),
    ("Grant will call you back about billing.", None, None),
    ("Bill (our driver) left his keys at the desk.", None, None),
    ("Joy from billing left her badge at the desk.", None, None),
    ("Faith (front desk) called about her schedule.", None, None),
]
test_word_name_patient_positive, test_word_name_patient_negative = class_tests(
    POSITIVES_WORD_NAME_PATIENT, NEGATIVES_WORD_NAME_PATIENT)

# The caller's given name, then again with the surname ("it's Maple, Maple Grosvenor"); and the caller's
# own introduction makes a word surname a surname ("It's Ray Thunderbird"). Not the agent's, not a clinic's.
POSITIVES_REPEATED_INTRO = [
    ("Caller: it's Maple, Maple Grosvenor, calling about my knee.", None, None, ("NAME", "Maple")),
    ("User: It's Wynn. Wynn Abernathy-Cole. My refill is late.", None, None, ("NAME", "Wynn")),  # guard
    ("User: It's Ray Stormcloud, chair 4. My potassium was high.", None, None, ("NAME", "Ray Stormcloud")),
    ("User: This is Sky, Sky Whitfield-Ames. I need my results.", None, None, ("NAME", "Sky")),  # guard
]
NEGATIVES_REPEATED_INTRO = [
    ("Assistant: Hi, this is Ava, Ava Lindqvist from the clinic.", None, None),
    ("User: it's Cedar, Cedar Clinic calling about a fax.", None, None),
    ("Assistant: It's Ray Stormcloud from the front desk.", None, None),
]
test_repeated_intro_positive, test_repeated_intro_negative = class_tests(POSITIVES_REPEATED_INTRO,
                                                                          NEGATIVES_REPEATED_INTRO)

# The practice's people and things: a hearing instrument specialist ("HIS", in capitals), one more name
# after a credentialed colleague and "and", who a callback comes from, a mascot, a company joined by "+",
# a provider called by the given name with the surname in parentheses (prose and labels).
POSITIVES_PRACTICE_PEOPLE = [
    # guards: a person's "his", a call from a patient, a mascot costume
    ("Maria Lopez, his mother, calls on Tuesdays about her refill.", None, None, ("NAME", "Maria Lopez")),
    ("If you get a call from Teodora Marsh about her DOB, transfer it.", None, None, ("NAME", "Teodora Marsh")),
    ("Call Maria Lopez about her mascot costume for the 5k.", None, None, ("NAME", "Maria Lopez")),
    ("Callback – Maria Okonkwo – forms", None, "label", ("NAME", "Maria Okonkwo")),
]
NEGATIVES_PRACTICE_PEOPLE = [
    ("Marta Ruiz, HIS, fits the new hearing aids on Tuesdays.", None, None),
    ("Lena Ortiz, LPN, and Paul Brandt answer the refill line.", None, None),
    ("Say that a call back from Teodora comes within one business day.", None, None),
    ("Mr. Tooth, our mascot, hands out stickers.", None, None),
    ("Dressings from Smith+Nephew and Coloplast are both fine.", None, None),
    ("Dr. Mai Kou Thao – Tue/Thu schedule", None, "label"),
    ("Dr. Nou Kia Vang – Fri clinic", None, "label"),
    ("Dr. Mai Lan Tran – Mon/Wed clinic", None, "label"),  # guard
    ("Callback – Dr. Bea (Okonkwo) – forms", None, "label"),
]
test_practice_people_positive, test_practice_people_negative = class_tests(POSITIVES_PRACTICE_PEOPLE,
                                                                            NEGATIVES_PRACTICE_PEOPLE)

# Not someone's: January 1 where birthdays are unknown, a worked example under an "Example of ...:"
# heading, the practice's own social page, a procedure named for a surgeon, clinic shorthand, a
# neighbourhood named for a continent.
POSITIVES_NOT_SOMEONES = [
    # guards: a patient's own date, a person's social page
    ("Patient Jane Roe does not know her exact birthday; her chart says 01/01/1950.", None, None,
     ("DATE", "01/01/1950")),
    ("https://instagram.com/maria.lopez.88", None, "url", ("URL", "https://instagram.com/maria.lopez.88")),
]
NEGATIVES_NOT_SOMEONES = [
    ("Some older patients do not know their exact birthday, so a chart may show January 1.", None, None),
    ("- Example of a read-back: 'March third, nineteen sixty' is stored as 03/03/1960.", None, None),
    ("https://instagram.com/harborchiro_pdx", None, "url"),
    ("Lapidus_fusion_recovery_timeline.pdf", None, "label"),
    ("lapidus_fusion_faq.pdf", None, "label"),  # guard
    ("workers-comp-intake", None, "label"),
    ("Our satellite office is near the Little Asia market.", None, None),
]
test_not_someones_positive, test_not_someones_negative = class_tests(POSITIVES_NOT_SOMEONES, NEGATIVES_NOT_SOMEONES)

# Surnames that are English words, after an honorific: Korean "Park", the Hmong clan name "Hang", the
# Vietnamese "Do". "Dr. Park" stays a provider; "Park Street" a street; "Her daughter" a pronoun.
POSITIVES_WORD_SURNAME = [
    ("Read the refill status slowly; she is Mrs. Hang from the Tuesday diabetes class.", None, None,
     ("NAME", "Mrs. Hang")),
    ("Please call Mr. Park back about his colonoscopy prep.", None, None, ("NAME", "Mr. Park")),
    ("Ms. Do will bring her mother to the 2 pm infusion.", None, None, ("NAME", "Ms. Do")),
]
NEGATIVES_WORD_SURNAME = [
    ("Dr. Park sees new patients on Mondays.", None, None),
    ("The clinic is next to Park Street.", None, None),
    ("Her daughter calls on Fridays.", None, None),
]
test_word_surname_positive, test_word_surname_negative = class_tests(POSITIVES_WORD_SURNAME, NEGATIVES_WORD_SURNAME)

# Who and what a patient is, said another way: a priest in a callback label about his own scan, a plate
# given "for" a test before a colon, a word-name with an illness of their own. Not: a priest's parish
# business, a company van's plate, a colleague asked to verify, a hearing-aid brand.
POSITIVES_PATIENT_OTHERWISE = [
    ("Callback: Fr. Anselm Okoro re: knee MRI", None, "label", ("NAME", "Anselm Okoro")),
    ("Plate for the DOT recheck: TX KRV-4471.", None, None, ("VEHICLE_ID", "KRV-4471")),
    ("Grant (home TPN) had a line infection last month; escalate any fever.", None, None, ("NAME", "Grant")),
    ("Mrs. Starkey called about her hearing aid.", None, None, ("NAME", "Mrs. Starkey")),  # guard
]
NEGATIVES_PATIENT_OTHERWISE = [
    ("Callback: Fr. Anselm re: parish health fair", None, "label"),
    ("Plate for the company van: WA CDK4719.", None, None),
    ("Billing questions from insurers: ask Joy Nakamura to verify them.", None, None),
    ("Unitron vs. Starkey trial (for the audiologist)", None, "label"),
]
test_patient_otherwise_positive, test_patient_otherwise_negative = class_tests(POSITIVES_PATIENT_OTHERWISE,
                                                                              NEGATIVES_PATIENT_OTHERWISE)

# A relative set off by a comma ("his niece, Sierra Blackbear"), even with a surname made of two words;
# a name as the value of a name key inside prose (a tool call, a JSON snippet). Not a doctor after a
# comma, an agent's persona, a queue, a placeholder.
POSITIVES_KEYED_OR_KIN = [
    ("Emergency contact: his niece, Sierra Blackbear.", None, None, ("NAME", "Sierra Blackbear")),
    ("Example call: lookup_visits(name='Parisa Yousefi', lang='fa').", None, None, ("NAME", "Parisa Yousefi")),
    ("Use first_name: \"Marisol\" when testing the reminder.", None, None, ("NAME", "Marisol")),
]
NEGATIVES_KEYED_OR_KIN = [
    ("Her doctor, Dr. Amy Fong, will call.", None, None),
    ("Create the agent with assistant(name='Ava').", None, None),
    ("Transfer to queue(name='Front Desk').", None, None),
    ("Example: lookup_visits(name='Jane Doe', lang='en').", None, None),
]
test_keyed_or_kin_positive, test_keyed_or_kin_negative = class_tests(POSITIVES_KEYED_OR_KIN, NEGATIVES_KEYED_OR_KIN)

# Public and institutional names: an athlete "or other pro athletes", who posts a calendar, a veterans'
# hospital named for someone, a scale named for a city in a file name. A patient surname that is also a
# clinical eponym stays a name in a callback label.
POSITIVES_PUBLIC_NAMES = [
    ("callback-glasgow", None, "label", ("NAME", "glasgow")),  # guard
    ("If Maria Okafor calls about her MRI, say the results are in.", None, None, ("NAME", "Maria Okafor")),  # guard
]
NEGATIVES_PUBLIC_NAMES = [
    ("Callers ask about Saquon Barkley or other pro athletes in the news; do not comment.", None, None),
    ("The volunteer schedule is posted by Summer Blake every Friday.", None, None),
    ("Rides go to the Clement J. Zablocki VA Medical Center and back.", None, None),
    ("Glasgow_Coma_Scale_quick_ref.pdf", None, "label"),
]
test_public_names_positive, test_public_names_negative = class_tests(POSITIVES_PUBLIC_NAMES, NEGATIVES_PUBLIC_NAMES)

# Not someone's: a language in the past tense ("spoke only Karen"), implant makers, a foundation named
# for a person, dates a refugee was "issued", a date in a wording the agent must fill with the real one,
# date guidance under a date key. A note under a date key and a sample conversation keep their dates.
POSITIVES_NOT_SOMEONES_2 = [
    ("Murugesan P., 71, BP 162/94 on the 9th of January, recheck in 2 weeks", "last_visit_note", "value",
     ("DATE", "the 9th of January")),  # guard
    ("# Sample conversation\nCaller: Hi, this is Priyanka Ramanathan, my last visit was on October 3rd.", None, None,
     ("DATE", "October 3rd")),  # guard
]
NEGATIVES_NOT_SOMEONES_2 = [
    ("The caller who spoke only Karen and asked about her refill will be called back.", None, None),
    ("We place Nobel Biocare and Neodent implants.", None, None),
    ("We accept vouchers from the Susan G. Komen foundation at every stop.", None, None),
    ("Many families were issued 01/01 birthdays in the camps, and the caller's card may say 01/01 too.", None, None),
    ("Example reminder: 'You're booked for Tuesday, October 14 at 10:20.' Use the real date and time.", None, None),
    ("Format DD/MM/YYYY. Many families were issued 01/01 birthdays in the camps; accept them.", "dob_entry_note",
     "value"),
]
test_not_someones_2_positive, test_not_someones_2_negative = class_tests(POSITIVES_NOT_SOMEONES_2,
                                                                          NEGATIVES_NOT_SOMEONES_2)

# The practice's side again: its phone in a contact block named by an organisation word, a service-area
# list under its heading, a nurse practitioner's credential, a mascot described first, a key's shorthand
# in a label, lenses, a name the agent must replace with a variable, singers and psychologists.
POSITIVES_PRACTICE_SIDE = [
    ("Patient: Dana Whitfield\nPhone: (512) 454-7730", None, None, ("PHONE", "(512) 454-7730")),  # guard
    ("Callback for Rosa Delgado, she lives in Two Dot.", None, None, ("NAME", "Rosa Delgado")),  # guard
]
NEGATIVES_PRACTICE_SIDE = [
    ("You are Pip, the scheduler for Bright Smiles Pediatric Dentistry, 4800 Burnet Rd, Austin, TX 78756.\n"
     "Phone: (512) 454-7730. Fax: (512) 454-7739.", None, None),
    ("[Service area]\nHarlowton, Judith Gap, Two Dot, Ryegate, Shawmut.\n\n[Hours]\nMon-Fri 8-5", None, None),
    ("Dr. Lena Abramowitz; Rose Okeke, PMHNP. Care coordinator: Faith Lindqvist.", None, None),
    ("Kids love that Mr. Chomp the alligator is our mascot.", None, None),
    ("lang:uk-UA", None, "label"),
    ("Tecnis Symfony and PanOptix lenses carry an upcharge.", None, None),
    ("Template: 'Hi, this is Nova calling for Jane about tomorrow.' Replace 'Jane' with {{first_name}}.", None, None),
    ("Music hour features Frank Sinatra and Nat King Cole; callers ask which songs are on the list.", None, None),
    ("Callers ask whether we follow Carl Rogers' person-centered therapy.", None, None),
]
test_practice_side_positive, test_practice_side_negative = class_tests(POSITIVES_PRACTICE_SIDE, NEGATIVES_PRACTICE_SIDE)

# A town or ZIP with a verb of living or travel but no one: no person cue and no name, so no one's place.
# (It was found when no one was named; in the read sets it was nearly always a group's or a figure's.)
# A name with a visit of theirs ("Trevor's PRK haze check") is a patient.
POSITIVES_PLACE_OF_SOMEONE = [
    ("The patient Maria Lopez lives in Cudahy and needs a ride.", None, None, ("GEO", "Cudahy")),  # guard
    ("Her ZIP is 53110; she moved last month.", None, None, ("GEO", "53110")),  # guard
    ("Trevor's LASIK flap check moved to Oct 3 at 9:40.", None, None, ("NAME", "Trevor")),
    ("User: We moved here from Kenosha in June.", None, None, ("GEO", "Kenosha")),  # guard
    ("ZIP: 53110", None, None, ("GEO", "53110")),  # guard
]
NEGATIVES_PLACE_OF_SOMEONE = [
    ("Screening must happen within 90 days of arrival, so ask roughly when the family arrived in Chicago.", None,
     None),
    ("Many of our members were born in Juba or Malakal; a town of birth is not an address.", None, None),  # guard
    ("Tell callers that ZIP 67501 will be sprayed for mosquitoes that week.", None, None),
    ("Dr. Lee's appointment book is full until May.", None, None),
]
test_place_of_someone_positive, test_place_of_someone_negative = class_tests(POSITIVES_PLACE_OF_SOMEONE,
                                                                              NEGATIVES_PLACE_OF_SOMEONE)

# A list of names right before a plural noun describes things named so: libraries, stickers. A list that is
# the subject takes a verb without -s and stays names.
POSITIVES_NAMES_BEFORE_NOUN = [
    ("Standing exception: the Brandt twins (Owen and Eli) need early refills.", None, None, ("NAME", "Owen")),  # guard
]
NEGATIVES_NAMES_BEFORE_NOUN = [
    ("Free kits are at the Ashby, Carmel and Fenwick libraries this week.", None, None),
    ("Kids love the fire truck room; Chase and Marshall stickers are at the front desk.", None, None),
]
test_names_before_noun_positive, test_names_before_noun_negative = class_tests(POSITIVES_NAMES_BEFORE_NOUN,
                                                                                NEGATIVES_NAMES_BEFORE_NOUN)

# Common words of other languages in labels that census lists hold as names: Vietnamese "sinh" (birth),
# Spanish "país". A surname that is also a word there stays a name in a patient's label.
POSITIVES_FOREIGN_LABEL_WORDS = [
    ("Parada - dialysis pickup", None, "label", ("NAME", "Parada")),  # guard
]
NEGATIVES_FOREIGN_LABEL_WORDS = [
    ("ngay_sinh_khach_hang", None, "label"),
    ("pais_de_nacimiento", None, "label"),
]
test_foreign_label_words_positive, test_foreign_label_words_negative = class_tests(POSITIVES_FOREIGN_LABEL_WORDS,
                                                                                    NEGATIVES_FOREIGN_LABEL_WORDS)

# A lone lexicon name in a label right before a place word names the place ("estes-park",
# "beverly-hills"); before a task it stays a patient's.
POSITIVES_LABEL_PLACE_WORD = [
    ("Callback – Hartley – wound check", None, "label", ("NAME", "Hartley")),  # guard
]
NEGATIVES_LABEL_PLACE_WORD = [
    ("guiding, altitude, estes-park", None, "label"),
    ("derm-beverly-hills-intake", None, "label"),
]
test_label_place_word_positive, test_label_place_word_negative = class_tests(POSITIVES_LABEL_PLACE_WORD,
                                                                              NEGATIVES_LABEL_PLACE_WORD)

# A patient by number alone ("patient 48213", "pt-88410" in a label, a patient's file in a URL). Not a count
# ("patient 2 of 3"), an age, a serial's "PT-" prefix, a phone number, a URL's "/patient/..." (the URL
# recognizer reads that whole URL).
POSITIVES_BARE_PATIENT_NUMBER = [
    ("The chart for patient 48213 is ready for the nurse.", None, None, ("MRN", "48213")),
    ("vip:harborview:pt-77104", None, "label", ("MRN", "77104")),
    ("mammo_images_pt_5530917_CC.dcm", None, "label", ("MRN", "5530917")),  # guard
    ("https://files.harborview-ortho.com/kb/intake/patient-55120-jones.pdf", None, "url",
     ("URL", "https://files.harborview-ortho.com/kb/intake/patient-55120-jones.pdf")),
]
NEGATIVES_BARE_PATIENT_NUMBER = [
    ("We see patient 2 of 3 before lunch.", None, None),
    ("Each patient 18 and older signs a consent form.", None, None),
    ("Order code PT-44187 covers the extension tubing.", None, None),  # guard
]
test_bare_patient_number_positive, test_bare_patient_number_negative = class_tests(
    POSITIVES_BARE_PATIENT_NUMBER, NEGATIVES_BARE_PATIENT_NUMBER)

# Fractures and tests named for someone, a donor family, titles of the practice's people in other
# languages, a staff member's own line in a label. A patient's fracture and a nurse's call to a patient
# stay.
POSITIVES_EPONYMS_AND_LINES = [
    ("Marisol Jones fractured her wrist on Sunday.", None, None, ("NAME", "Marisol Jones")),  # guard
    ("Maria Lopez – nurse callback re: labs", None, "label", ("NAME", "Maria Lopez")),  # guard
]
NEGATIVES_EPONYMS_AND_LINES = [
    ("We treat Colles fractures, a Jones fracture and Smith's fracture in the cast clinic.", None, None),
    ("Lachman_and_McMurray_tests_explained.pdf", None, "label"),
    ("The garden is named after the Whitcombe family foundation that funded it.", None, None),
    ("Casos de pré-natal vão para a enfermeira obstétrica Rosângela Prado.", None, None),
    ("Врачи: д-р Роза Абрамян (детская стоматология).", None, None),
    ("Hope Merritt – counselor voicemail", None, "label"),
    ("Dana Whitley – scheduler line", None, "label"),
]
test_eponyms_and_lines_positive, test_eponyms_and_lines_negative = class_tests(POSITIVES_EPONYMS_AND_LINES,
                                                                                NEGATIVES_EPONYMS_AND_LINES)

# Brands named for people and celebrities clients bring up; "PT" in a practice's name is physical therapy,
# not a patient cue for its address. A patient's own address after "Pt" stays.
POSITIVES_BRANDS_AND_PT = [
    ("Pt lives at 2975 Valmont Rd, Boulder, CO 80301.", None, None,
     ("GEO", "2975 Valmont Rd, Boulder, CO 80301")),  # guard
]
NEGATIVES_BRANDS_AND_PT = [
    ("Household exposures we hear about: Johnson's baby oil, Jack Daniel's whiskey and Mrs. Meyer's soap.", None,
     None),
    ("Mr. Yuk stickers are free for any family that asks.", None, None),
    ("Clients mention Jennifer Aniston's look; it's fine to talk about the style.", None, None),
    ("Jenny Craig is not affiliated with our program.", None, None),
    ("Assistant for Foothills Sports PT & Performance.\n- 2975 Valmont Rd, Suite 120, Boulder, CO 80301", None, None),
]
test_brands_and_pt_positive, test_brands_and_pt_negative = class_tests(POSITIVES_BRANDS_AND_PT,
                                                                        NEGATIVES_BRANDS_AND_PT)

# A regular caller, the patient's boss, a greeting in Portuguese, a kin word before its article, a
# reminder about one's own things, a name right after "patient" in a label. Not "PT" (physical therapy),
# a staff member told to do something, a label's ordinary word after "patient".
POSITIVES_MORE_PEOPLE = [
    ("Regular caller: Bill from Cedar Flats calls most nights when cravings hit.", None, None, ("NAME", "Bill")),
    ("Employer note: the patient's supervisor, Dana Whitfield, asked for a work letter.", None, None,
     ("NAME", "Dana Whitfield")),
    ("Oi Edileuza, aqui é a Iara lembrando da sua consulta na quinta.", None, None, ("NAME", "Edileuza")),
    ("Usuário: aqui é a Fernanda, esposa do Rafael Siqueira. Ele caiu ontem.", None, None,
     ("NAME", "Rafael Siqueira")),  # guard
    ("Remind Grant from the Monday IOP group that his court letter is ready.", None, None, ("NAME", "Grant")),
    ("vip-patient-yakovleva", None, "label", ("NAME", "yakovleva")),
]
NEGATIVES_MORE_PEOPLE = [
    ("Remind Grant to lock the back door at 6.", None, None),
    ("patient-portal-reset", None, "label"),
    ("Westbrook PT - Solon", None, "label"),
    ("PT_eval_form_v2.pdf", None, "label"),
]
test_more_people_positive, test_more_people_negative = class_tests(POSITIVES_MORE_PEOPLE, NEGATIVES_MORE_PEOPLE)

# A concierge practice's members' line (and its fax after a semicolon), a practice named "Concierge", a
# service by its domain, Spanish label words.
POSITIVES_MEMBERS_LINE = [
    ("Elder Josephine Many Guns is 94 and calls every Monday.", None, None, ("AGE", "94")),  # guard
]
NEGATIVES_MEMBERS_LINE = [
    ("Assistant for Harbor Concierge Medicine, 12 Dock St, Annapolis, MD 21401. Members' line (410) 263-9902; "
     "fax (410) 263-9909.", None, None),
    ("Larkin Concierge – members' line", None, "label"),
    ("Remote monitoring alerts arrive from Merlin.net; the device tool handles them.", None, None),
    ("embarazo-alto-riesgo", None, "label"),
]
test_members_line_positive, test_members_line_negative = class_tests(POSITIVES_MEMBERS_LINE, NEGATIVES_MEMBERS_LINE)

# Partners' and care homes' own lines and addresses, someone's year after a possessive, "(patient)" after a
# word-name in a label. A patient's own care home and a partner's (spouse's) phone stay.
POSITIVES_PARTNERS_AND_HOMES = [
    ("Her care home is at 41 Elm St, Fresno.", None, None, ("GEO", "41 Elm St")),  # guard
    ("(559) 431-2287", "partner_phone", "value", ("PHONE", "(559) 431-2287")),  # guard
    ("Hope (patient) - pain agreement callbacks", None, "label", ("NAME", "Hope")),
]
NEGATIVES_PARTNERS_AND_HOMES = [
    ("Queen City Imaging, (704) 350-7720", "imaging_partner", "value"),
    ("Quest Diagnostics, (717) 652-8300", "lab_partner_phone", "value"),
    ("You answer for Oak Gardens, a six-bed board-and-care home at 2840 W Shields Ave, Fresno, CA 93711.", None, None),
    ("Angelina Jolie's 2013 op-ed still brings callers asking about BRCA testing.", None, None),
]
test_partners_and_homes_positive, test_partners_and_homes_negative = class_tests(POSITIVES_PARTNERS_AND_HOMES,
                                                                                  NEGATIVES_PARTNERS_AND_HOMES)

# Figures spoken of publicly or quoted on a poster, rooms named in a list.
POSITIVES_FIGURES_AND_ROOMS = [
    ("Hazel Moreno spoke with the nurse about her biopsy.", None, None, ("NAME", "Hazel Moreno")),  # guard
]
NEGATIVES_FIGURES_AND_ROOMS = [
    ("Hugh Jackman has spoken publicly about his skin cancers; use that to explain sunscreen.", None, None),
    ("Our waiting-room poster quotes Abdul Sattar Edhi on service to others.", None, None),
    ("Birth suites are named Willow, Hazel and Rowan; we do not reserve them.", None, None),
]
test_figures_and_rooms_positive, test_figures_and_rooms_negative = class_tests(POSITIVES_FIGURES_AND_ROOMS,
                                                                                NEGATIVES_FIGURES_AND_ROOMS)

# A birth center's own dates, a practice answering with its name; a patient greeted before the agent's
# introduction stays a name.
POSITIVES_BIRTH_CENTER_AND_GREETING = [
    ("Good morning, Maria Lopez, this is Ava from the clinic.", None, None, ("NAME", "Maria Lopez")),  # guard
    ("Her baby's birth date is March 3, 2024.", None, None, ("DATE", "March 3, 2024")),  # guard
]
NEGATIVES_BIRTH_CENTER_AND_GREETING = [
    ("The birth center is closed on March 3 for staff training.", None, None),
    ("Good afternoon, Maplewood Terrace, this is Willow, the virtual assistant.", None, None),
]
test_birth_center_and_greeting_positive, test_birth_center_and_greeting_negative = class_tests(
    POSITIVES_BIRTH_CENTER_AND_GREETING, NEGATIVES_BIRTH_CENTER_AND_GREETING)

# A rank before a patient who does what patients do, where no agency is named; an agency's officer stays
# clean.
POSITIVES_RANKED_PATIENT = [
    ("Sgt. Luis Ayala fractured his wrist on the obstacle course; book him for a cast check.", None, None,
     ("NAME", "Luis Ayala")),
]
NEGATIVES_RANKED_PATIENT = [
    ("The sheriff's office contact is Lt. Ray Odom for deputy injuries.", None, None),  # guard
    ("Sgt. Luis Ayala is our recruiter.", None, None),  # guard
]
test_ranked_patient_positive, test_ranked_patient_negative = class_tests(POSITIVES_RANKED_PATIENT,
                                                                          NEGATIVES_RANKED_PATIENT)

# A place named for someone in a file name ("Camp Bullis", "Fort Sill"); the surname alone in a callback
# label stays a name.
POSITIVES_CAMP_LABEL = [
    ("callback-bullis", None, "label", ("NAME", "bullis")),  # guard
]
NEGATIVES_CAMP_LABEL = [
    ("Camp_Bullis_shuttle_schedule.pdf", None, "label"),
]
test_camp_label_positive, test_camp_label_negative = class_tests(POSITIVES_CAMP_LABEL, NEGATIVES_CAMP_LABEL)
