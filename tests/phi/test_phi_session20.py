"""Classes worked in the twentieth session (2026-11-24), each tested with new text.

A positive names the span that must be found; its look-alike negative must stay clean. Entries that
the previous engine already passed are guards: they keep a new rule from reaching too far.
"""

from __future__ import annotations

from class_harness import class_tests

# People listed in one paragraph right under a marked workforce heading ("### Team", "Staff:") are the
# practice's people. Not notes about the people served under a team's heading, not a prose line that
# says "team", not a list under a heading about patients.
POSITIVES_STAFF_PARAGRAPH = [
    ("## Notes from the team\nThe Ferreira-Lund family (two brothers: Tomas and Elias) are booked on May 3; keep "
     "them back to back.", None, None, ("NAME", "Ferreira-Lund")),  # guard
    ("# Staff\nThe drummer Oskar Lindqvist keeps calling about his wrist cast, his cast comes off 6/2; "
     "route him to PA Moss.", None, None, ("NAME", "Oskar Lindqvist")),  # guard
    ("Our team is small.\nCall back Rosalind Achterberg, Ivo Marsh, and Tereza Blom about their biopsies.",
     None, None, ("NAME", "Rosalind Achterberg")),  # guard
    ("## Patients to call back\nRosalind Achterberg, Ivo Marsh, Tereza Blom", None, None,
     ("NAME", "Rosalind Achterberg")),  # guard
]
NEGATIVES_STAFF_PARAGRAPH = [
    ("## Who you are\nYou are Wren.\n\n## Team\nDr. Ines Vardalos, Dr. Paavo Lindgren, Maeve Connolly, "
     "Rory Baptiste.\n\n## Hours\nMon-Fri 8-5.", None, None),
    ("# Staff\nMarguerite Oyelowo (night medic), Arturo Castellanos, RN (days), Dr. Yusuf Brandt (site physician).",
     None, None),
    ("**Care team:**\n\nIfeoma Clarke, Tovah Lindqvist, Rosa Amundsen (doulas); Bettina Marsh (director).",
     None, None),
]
test_staff_paragraph_positive, test_staff_paragraph_negative = class_tests(
    POSITIVES_STAFF_PARAGRAPH, NEGATIVES_STAFF_PARAGRAPH)

# A surname that names a radiograph view, a joint's outcome score or a named study or advocacy group.
# Not a person's own test of a joint, not a possessive.
POSITIVES_NAMED_THING = [
    ("Beta – Whitlock ankle test", None, "label", ("NAME", "Whitlock")),  # guard
    ("Mr. Harris hip pain is worse since Friday.", None, None, ("NAME", "Mr. Harris")),  # guard
    ("Renata Dunn's knee score went from 40 to 72 since surgery.", None, None, ("NAME", "Renata Dunn")),  # guard
]
NEGATIVES_NAMED_THING = [
    ("Callers may bring up a Rosenberg view or the Judet views from their X-rays; don't interpret them.", None,
     None),  # guard
    ("Harris_Hip_Score_week6.pdf", None, "label"),
    ("Hand the parent the Constant Shoulder Score questionnaire at check-in.", None, None),  # guard
    ("The Infant Aphakia Treatment Study compared contact lenses with IOLs; offer a nurse call for questions.",
     None, None),
    ("Holloway Survivor Advocacy – Night Line", None, "label"),  # guard
]
test_named_thing_positive, test_named_thing_negative = class_tests(POSITIVES_NAMED_THING, NEGATIVES_NAMED_THING)

# Where the caller asked to be reached, as the cue of a number spelled out digit by digit. Not the
# practice's own "call us back at".
POSITIVES_CALLER_REACH = [
    ("Client asked us to text back at four zero six, three one eight, two two seven five, not the work line.",
     None, None, ("PHONE", "four zero six, three one eight, two two seven five")),
    ("The patient asked us to call back at nine seven one, two zero four, five five eight one after six.",
     None, None, ("PHONE", "nine seven one, two zero four, five five eight one")),
]
NEGATIVES_CALLER_REACH = [
    ("Call us back at four zero six, three one eight, two two seven five during office hours.", None, None),  # guard
]
test_caller_reach_positive, test_caller_reach_negative = class_tests(POSITIVES_CALLER_REACH, NEGATIVES_CALLER_REACH)

# The person a home visit is with is the one visited, not a provider. Other visits "with" name the provider.
POSITIVES_HOME_VISIT = [
    ("Home visit with Mrs. Abernathy-Kohl on Thursday; bring the scale.", None, None, ("NAME", "Mrs. Abernathy-Kohl")),
    ("Home visit with R. Tsinajinnie on 10/3", "next_nurse_visit", "value", ("NAME", "R. Tsinajinnie")),
]
NEGATIVES_HOME_VISIT = [
    ("Book the follow-up visit with Dr. Okonkwo or with Priya, our nurse practitioner.", None, None),  # guard
    ("Your lactation visit with Harriet is at 2 pm.", None, None),  # guard
]
test_home_visit_positive, test_home_visit_negative = class_tests(POSITIVES_HOME_VISIT, NEGATIVES_HOME_VISIT)

# "Park" and "Ward" as a surname right after a given name that is no surname or word ("Eunice Park",
# "Kenji Ward"). Not a park or town named so in a list of places, not "Franklin Park" (a surname too),
# not a road.
POSITIVES_ORG_SURNAME = [
    ("Rosalind Park prefers texts at 541-388-2093; she has lupus.", None, None, ("NAME", "Rosalind Park")),
    ("Insulin pump for Elijah Ward: Omnipod 5, serial 40021877.", None, None, ("NAME", "Elijah Ward")),
    ("Call Jocelyn Park back about her biopsy result.", None, None, ("NAME", "Jocelyn Park")),
]
NEGATIVES_ORG_SURNAME = [
    ("Ask if they need a ride from Queets, Amanda Park or Neilton.", None, None),  # guard
    ("Spare spacers are kept at Westgate and Franklin Park for the school nurses.", None, None),  # guard
    ("The van leaves from the Jocelyn Park Road stop at 7.", None, None),  # guard
    ("Refills are available at the Amanda Park satellite on Tuesdays.", None, None),  # guard
]
test_org_surname_positive, test_org_surname_negative = class_tests(POSITIVES_ORG_SURNAME, NEGATIVES_ORG_SURNAME)

# A name that is also a word (Blessing, Hope), told by what only a patient or caller does: writes again,
# calls about their own things; a student named in apposition. Not a word in its ordinary use.
POSITIVES_WORD_NAME_CUED = [
    ("If Blessing calls back about her daughter's eczema cream, tell her the refill was sent.", None, None,
     ("NAME", "Blessing")),
    ("If Hope writes again after midnight, stay with her and offer the warm line.", None, None, ("NAME", "Hope")),
    ("The coach called about a camper, Tariq, who rolled his ankle on the trail; his dad will call.", None, None,
     ("NAME", "Tariq")),
]
NEGATIVES_WORD_NAME_CUED = [
    ("We hope this message finds you well; call again if you need anything.", None, None),  # guard
    ("Every student gets a blessing card at graduation.", None, None),  # guard
    ("The film unit near Tijeras needs a standby medic for stunt days.", None, None),
    ("Our van parks west of Kayenta on Mondays and needs two drivers.", None, None),  # guard
]
test_word_name_cued_positive, test_word_name_cued_negative = class_tests(
    POSITIVES_WORD_NAME_CUED, NEGATIVES_WORD_NAME_CUED)

# A persona's label with its version's release date is the persona's ("Millie - Intake v2 (2026-02-01)");
# a number of a person in a label still is not.
POSITIVES_VERSION_DATE = [
    ("Outbound test - Harold Pines 216-555-0144", None, "label", ("NAME", "Harold")),  # guard
    ("Tamsin Oakhurst - Intake v2 (2026-02-01)", None, "label", ("NAME", "Tamsin Oakhurst")),  # guard
]
NEGATIVES_VERSION_DATE = [
    ("Millie - Celiac Intake v2 (2026-02-01)", None, "label"),
    ("Nadia – Reminder Line v3.1 (2025-11-04)", None, "label"),
]
test_version_date_positive, test_version_date_negative = class_tests(POSITIVES_VERSION_DATE, NEGATIVES_VERSION_DATE)

# A date under a key that names a relative or a mother ("mother_due_date", "spouse_dob"); a log of the
# address a caller disclosed. Not the practice's Mother's Day event.
POSITIVES_KIN_KEY_AND_LOG = [
    ("2026-07-19", "mother_due_date", "value", ("DATE", "2026-07-19")),
    ("2026-03-02", "husband_surgery_date", "value", ("DATE", "2026-03-02")),  # guard
    ("Crisis log: user disclosed address 1180 N Alder Ct, Mesa, AZ 85201; mobile team sent.", None, None,
     ("GEO", "1180 N Alder Ct, Mesa, AZ 85201")),
    ("Caller gave the address 88 Birch Ln for the ambulance.", None, None, ("GEO", "88 Birch Ln")),  # guard
]
NEGATIVES_KIN_KEY_AND_LOG = [
    ("2026-05-10", "mothers_day_event_date", "value"),  # guard
    ("Our address is 1180 N Alder Ct, Mesa, AZ 85201; give it to callers who ask.", None, None),  # guard
]
test_kin_key_and_log_positive, test_kin_key_and_log_negative = class_tests(
    POSITIVES_KIN_KEY_AND_LOG, NEGATIVES_KIN_KEY_AND_LOG)

# The practice's people told by a credential or a role written short: a certified doula ("CD(DONA)"), a
# physiotherapist ("physio"); a line in the caller's language is a persona's ("linia polska"); a pupil or
# visual field named for someone; an organisation's founders. Not a patient's own doula-less label.
POSITIVES_PRACTICE_PEOPLE = [
    ("Callback – Tamsin Achebe (doula client, 38 wks)", None, "label", ("NAME", "Tamsin Achebe")),  # guard
    ("The bill was paid by the Lindqvist family yesterday; send them the receipt.", None, None,
     ("NAME", "Lindqvist")),  # guard
]
NEGATIVES_PRACTICE_PEOPLE = [
    ("Bea Oyelowo, CD(DONA) – nights", None, "label"),
    ("Jugglers with wrist pain book with physio Rowan Achterberg on Thursdays.", None, None),
    ("Kasia – linia polska", None, "label"),
    ("A Marcus Gunn pupil is another name for an afferent pupillary defect; the nurse explains it.", None, None),
    ("Before the visit, each patient needs a recent Humphrey visual field and an OCT.", None, None),
    ("The troupe was founded in 1987 by the Lindqvist family and is now employee-owned.", None, None),
]
test_practice_people_positive, test_practice_people_negative = class_tests(
    POSITIVES_PRACTICE_PEOPLE, NEGATIVES_PRACTICE_PEOPLE)

# A URL: a double surname under a clients' folder ("/clients/nakamura-price/"); not a year's document under a
# participants' folder ("/participants/handbook-2026.pdf").
POSITIVES_URL_FOLDER = [
    ("https://bayareadoulas.org/clients/delgado-price/birth-plan.pdf", None, "url",
     ("URL", "https://bayareadoulas.org/clients/delgado-price/birth-plan.pdf")),
]
NEGATIVES_URL_FOLDER = [
    ("https://mesarecoverycourt.org/participants/guide-2025.pdf", None, "url"),
    ("https://bayareadoulas.org/members/billing-help", None, "url"),  # guard
]
test_url_folder_positive, test_url_folder_negative = class_tests(POSITIVES_URL_FOLDER, NEGATIVES_URL_FOLDER)

# A relative's number in Spanish or Portuguese; an initial glued to a surname after a compound word in a
# label slug. Not a clinic named for a saint.
POSITIVES_ABROAD_AND_SLUG = [
    ("El WhatsApp de la hermana de Ronaldo en Honduras es +504 9718 3304.", None, None,
     ("PHONE", "+504 9718 3304")),
    ("O telefone da filha dele é 617-442-2291, ligue depois das 5.", None, None, ("PHONE", "617-442-2291")),
    ("waitlist-rmendoza", None, "label", ("NAME", "rmendoza")),
]
NEGATIVES_ABROAD_AND_SLUG = [
    ("La clínica Madre Teresa: 617-442-2291, lunes a viernes.", None, None),  # guard
    ("waitlist-overflow", None, "label"),  # guard
]
test_abroad_and_slug_positive, test_abroad_and_slug_negative = class_tests(
    POSITIVES_ABROAD_AND_SLUG, NEGATIVES_ABROAD_AND_SLUG)

# The person after a one-person task in a lower-case slug, whatever their language ("followup_gulpari_sherzad").
# Not clinical shorthand, a word alone, an acronym, a line's or a staff member's slug.
POSITIVES_TASK_SLUG = [
    ("followup_tevita_fifita", None, "label", ("NAME", "tevita_fifita")),
    ("vip-caller-oyelaran", None, "label", ("NAME", "oyelaran")),
    ("bereavement-followup-hope-adebanjo", None, "label", ("NAME", "hope-adebanjo")),
    ("visita-urgente-chuyita", None, "label", ("NAME", "chuyita")),
]
NEGATIVES_TASK_SLUG = [
    ("recall-mammo-overdue", None, "label"),  # guard
    ("followup-postop-knee", None, "label"),  # guard
    ("followup-grace-period", None, "label"),  # guard
    ("caller_vfc_pin", None, "label"),  # guard
    ("vip-spanish-line", None, "label"),  # guard
    ("follow-up-colono-prep", None, "label"),  # guard
]
test_task_slug_positive, test_task_slug_negative = class_tests(POSITIVES_TASK_SLUG, NEGATIVES_TASK_SLUG)

# An initial joined to a surname outside the lexicon in a record's file name ("PRaghunathan_infusion_orders.pdf").
# Not an abbreviation glued to a record word, a doubled capital, an English word, a label that is no record.
POSITIVES_CAMEL_INITIAL = [
    ("TVainikolo_wound_photos.pdf", None, "label", ("NAME", "TVainikolo")),
    ("echo_report_MOyelaran_2026.pdf", None, "label", ("NAME", "MOyelaran")),
]
NEGATIVES_CAMEL_INITIAL = [
    ("TBresults_template.pdf", None, "label"),  # guard
    ("XRay_left_wrist.pdf", None, "label"),  # guard
    ("OOdham_language_handout.pdf", None, "label"),  # guard
    ("Welcome to PThrive", None, "label"),  # guard
]
test_camel_initial_positive, test_camel_initial_negative = class_tests(POSITIVES_CAMEL_INITIAL,
                                                                       NEGATIVES_CAMEL_INITIAL)

# From holdouts 446, 448 and 450: a caller introducing themselves after an interpreter's note; someone's own line
# beside a number under a business key; a surname-first entry with a lower-case note; someone told about their
# own things; a surname-shaped word beside a callback's name; a chosen name in a label's note; a romanised name
# before a Korean honorific; ids under police-report and A-number keys; a surname and initial under a residents'
# folder; a given name joined to a surname in a file name; an address things were shipped to.
POSITIVES_ROUND_TEN = [
    ("User (via VRS interpreter): Hi, this is Tobias Achterberg's sister. Tobias fell on Sunday.", None, None,
     ("NAME", "Tobias Achterberg")),
    ("415-719-4402 (Marisol's cell)", "pharmacy_callback", "value", ("NAME", "Marisol")),
    ("Hunger strike monitoring: Gill, Harpreet, day 6; weigh daily.", None, None, ("NAME", "Gill, Harpreet")),
    ("Interpreter needed on arrival: Sr. Ezequiel Barajas, Spanish only.", None, None,
     ("NAME", "Sr. Ezequiel Barajas")),  # guard
    ("Tell Grant his Qbrexza samples are at the front desk.", None, None, ("NAME", "Grant")),
    ("Callback via interpreter - Esperance Mukamana (Kinyarwanda)", None, "label",
     ("NAME", "Esperance Mukamana")),
    ("Callback - Jory (chosen name), E refill", None, "label", ("NAME", "Jory")),  # guard
    ("안녕하세요 Ji-woo 님, 하늘 피부과입니다. 검사 결과 때문에 연락드렸어요.", None, None, ("NAME", "Ji-woo")),
    ("26-330918", "police_report_no", "value", ("OTHER_ID", "26-330918")),
    ("https://cedarcourtcare.com/family-portal/residents/ebersole-h/care-plan", None, "url",
     ("URL", "https://cedarcourtcare.com/family-portal/residents/ebersole-h/care-plan")),
    ("MariaHaskins_CT_head.pdf", None, "label", ("NAME", "MariaHaskins")),
    ("ultrasound_confirm_LPark_2026-05-06.pdf", None, "label", ("NAME", "LPark")),
    ("Replacement brace shipped to 1184 Woodland Ave, Duluth, MN 55803 on Monday.", None, None,
     ("GEO", "1184 Woodland Ave, Duluth, MN 55803")),
]
NEGATIVES_ROUND_TEN = [
    ("We named the voice 'Charlie' after the painter; the voice says 'This is Charlie'.", None, None),  # guard
    ("Imaging CDs can be mailed to 2200 N. Halsted St, Suite 410, Chicago, IL 60614.", None, None),  # guard
    ("Damon, Herbst and Forsus are appliance systems, not people; note the appliance type.", None, None),
    ("Staff use the Allen Cognitive Levels and the Mini-Cog on the unit.", None, None),
    ("Holiday - Lakshmi Puja (Oct 20) early close 1pm", None, "label"),
    ("Vessels in our fleet: SOV Ingrid Tandberg, CTV Grace Hollis and CTV Marlene Ostby.", None, None),
    ("Topside physician on call: Dr. Owen Castellanos. Onboard medic this rotation: Sigrid Halvorsen.", None, None),
    ("(973) 442-0100", "shelter_partner_phone", "value"),
    ("2025-Q3", "report_no", "value"),  # guard
    ("Callback - Billing Team", None, "label"),  # guard
    ("https://cedarcourtcare.com/residents/floor-b/menu", None, "url"),  # guard
]
test_round_ten_positive, test_round_ten_negative = class_tests(POSITIVES_ROUND_TEN, NEGATIVES_ROUND_TEN)

# Patterns pooled over all read sets: a job at a named employer that is no health-care organisation (a patient
# with a job, not staff); a heading of the callers the agent will meet again; a first name and a description
# of who the person is. Not the practice's own people, described by their role.
POSITIVES_POOLED_PATTERNS = [
    ("Renata Okafor works second shift at Harbor Steel Fabrication, so book her after 9 am.", None, None,
     ("NAME", "Renata Okafor")),
    ("Regular callers: Maribel, who phones about her insulin most Mondays.", None, None, ("NAME", "Maribel")),  # guard
    ("Marvin (the flatbed driver with the heeler) stops in for BP checks.", None, None, ("NAME", "Marvin")),
    ("Known callers: Travis, the long-haul trucker who calls from the road at night.", None, None,
     ("NAME", "Travis")),
]
NEGATIVES_POOLED_PATTERNS = [
    ("Dana Whitfield works Saturdays at Lakeside Family Clinic.", None, None),  # guard
    ("Dana Whitfield works Saturdays at the front desk.", None, None),  # guard
    ("Dana (the night nurse who handles refills) is out Friday.", None, None),  # guard
    ("Ask for Maria, the scheduler who speaks Spanish.", None, None),  # guard
]
test_pooled_patterns_positive, test_pooled_patterns_negative = class_tests(
    POSITIVES_POOLED_PATTERNS, NEGATIVES_POOLED_PATTERNS)

# A house number right before capitalised words and the rest of an address after them is a street, not a name
# ("16130 Ventura Corridor, Suite 310"); a street with no suffix where someone lives is theirs; a department
# and who staffs it ("Social work is Kendra Lutz").
POSITIVES_STREETS = [
    ("Teodor Lindahl lives at 5521 Caminito Exquisito, San Diego 92122; his neighbor drives him.", None, None,
     ("GEO", "5521 Caminito Exquisito, San Diego 92122")),
    ("Room 12 Maria Lopez, Suite 3 Nadia Haddad: see them first.", None, None, ("NAME", "Maria Lopez")),  # guard
]
NEGATIVES_STREETS = [
    ("Office: 16130 Ventura Corridor, Suite 310, Encino, CA 91436.", None, None),
    ("You are the coordinator for Bright Laser, 1207 Camino Verde, Suite 210, Scottsdale, AZ 85251.", None, None),
    ("Social work is Kendra Lutz, weekdays.", None, None),
]
test_streets_positive, test_streets_negative = class_tests(POSITIVES_STREETS, NEGATIVES_STREETS)

# From holdouts 452, 454, 456 (read): an ocularist's credential; a paramedic before a name; a line's languages
# written bare ("RU/EN"); a classification's stages after a name ("Hurley I–III"); things the next sentence calls
# places or towns, not people or surnames; therapy booked with someone; a physical therapy office's address under
# a key; a guide or FAQ for everyone. Not a patient's own operation ("the Alexiou abdominoplasty").
POSITIVES_ROUND_ELEVEN = [
    ("Surgery date for the Alexiou abdominoplasty is locked for June 9; deposit received.", None, None,
     ("NAME", "Alexiou")),  # guard
    ("Medic – Noémie B. (meds)", None, "label", ("NAME", "Noémie B.")),
    ("John Whitcombe III called about his refill.", None, None, ("NAME", "John Whitcombe")),  # guard
]
NEGATIVES_ROUND_ELEVEN = [
    ("Tobias Lindqvist, BCO, founded the practice in 2004; Grace Mwangi, BCO, fits children on Thursdays.", None,
     None),
    ("Iris – Lindqvist Ocular front desk", None, "label"),
    ("Nadia – RU/EN intake (Teply Dom)", None, "label"),
    ("EMT-P Hope Caldwell, station radio ch. 4", "team_medic_oncall", "value"),
    ("Hidradenitis suppurativa is staged with Hurley I–III; explain biologics in general terms only.", None, None),
    ("Callers may say 'da Ribeira Grande' or 'de Rabo de Peixe'. Those are towns in the Azores, not surnames.",
     None, None),
    ("Pelvic floor therapy is with Rosalind at our Cary satellite office.", None, None),
    ("115 Kildaire Farm Rd, Cary, NC 27511", "pt_office_address", "value"),
    ("Mitchell_Ponseti_brace_sizing_guide.pdf", None, "label"),
    ("Infliximab_Biosimilar_Switch_FAQ_v4.docx", None, "label"),
    ("Some families ask about a Van Nes rotationplasty; the surgeon explains it in person.", None, None),
]
test_round_eleven_positive, test_round_eleven_negative = class_tests(POSITIVES_ROUND_ELEVEN, NEGATIVES_ROUND_ELEVEN)

# Values: whom a clinical note under a note key is about ("Grace T. - size 3 ring, refit 10/07"), a caller's name
# whose syllables are English words under a caller's name key ("Naw Say Say Paw"). Not a staff member's
# hand-off note, a day or a service opening a note, an agent's persona or a desk under a name key.
POSITIVES_NOTE_VALUES = [
    ("Grace T. - size 3 ring, refit 10/07", "pessary_fit_note", "value", ("NAME", "Grace T.")),
    ("Keziah - spotting at 9 wks, wants earlier US", "visit_reason_note", "value", ("NAME", "Keziah")),
    ("Naw Say Say Paw", "caller_name", "value", ("NAME", "Naw Say Say Paw")),
]
NEGATIVES_NOTE_VALUES = [
    ("Dana - called the pharmacy back", "handoff_note", "value"),  # guard
    ("Monday - spotting clinic closed", "handoff_note", "value"),  # guard
    ("Ortho - fracture follow-up 2 wks", "triage_note", "value"),  # guard
    ("Outbound Voicemail Assistant", "caller_name", "value"),  # guard
    ("Front Desk", "patient_name", "value"),  # guard
]
test_note_values_positive, test_note_values_negative = class_tests(POSITIVES_NOTE_VALUES, NEGATIVES_NOTE_VALUES)

# Documents for everyone: a glossary, a route map, a care sheet, a guide in Spanish or Haitian Creole. Not a
# patient's pressure map or Mohs map, nor a patient's own care sheet named with a full name.
POSITIVES_DOCS_FOR_MANY = [
    ("pressure_map_oliver_k", None, "label", ("NAME", "oliver")),  # guard
    ("mohs_map_harcourt_deborah.png", None, "label", ("NAME", "harcourt")),  # guard
    ("Maria_Okonkwo_wound_care_sheet.pdf", None, "label", ("NAME", "Maria_Okonkwo")),  # guard
]
NEGATIVES_DOCS_FOR_MANY = [
    ("Westerville_Gahanna_route_map.pdf", None, "label"),
    ("Tamil_Telugu_medical_glossary_v4.docx", None, "label"),
    ("Gid_Dyabet_Kreyol_2025.pdf", None, "label"),
]
test_docs_for_many_positive, test_docs_for_many_negative = class_tests(POSITIVES_DOCS_FOR_MANY,
                                                                       NEGATIVES_DOCS_FOR_MANY)

# From holdouts 458, 460, 462 (read): a caller's own number in their turn beside a business word; "Mom of"
# before a name; a birth date with its month in another language under a DOB key; someone who interprets;
# fittings booked with someone; syndromes named for people; a programme called "Hospice at Home"; a coliseum named
# for someone; a pageant's title; a name the text says to replace with a variable.
POSITIVES_ROUND_TWELVE = [
    ("User: my number is 971-404-8836 can u text me the clinic list instead", None, None,
     ("PHONE", "971-404-8836")),
    ("Mom of Jaycee – 405-889-2731", None, "label", ("NAME", "Jaycee")),
    ("22 лютого 1948", "caller_dob", "value", ("DATE", "22 лютого 1948")),
    ("Miss Georgia Hollis called about her refill.", None, None, ("NAME", "Miss Georgia Hollis")),  # guard
]
NEGATIVES_ROUND_TWELVE = [
    ("If the caller asks for the nurse, transfer to Vilayvanh Inthavong, RN, our nurse coordinator. Somsack Keomany "
     "interprets on Sundays.", None, None),
    ("Our optometrist sees patients Tuesdays; fittings are with Hunter Albright.", None, None),
    ("Our geneticist reviews every referral, including Freeman-Sheldon and Beals syndromes.", None, None),
    ("Little Lantern Hospice at Home, 740 Alder Way, Suite 2, Eugene, OR 97401.", None, None),
    ("Venue: Harold T. Lindqvist Coliseum, 1826 W McDowell Rd, Phoenix, AZ 85007.", None, None),
    ("Miss Rodeo Oklahoma – hospitality suite", None, "label"),
    ("Sample text (do not send verbatim): 'Hi Sarah, thinking of you today.' Replace Sarah with the name from "
     "{{texter_first_name}}.", None, None),
    ("Call us at 971-404-8836, my team answers.", None, None),  # guard
    ("DD Month YYYY", "dob_format", "value"),  # guard
]
test_round_twelve_positive, test_round_twelve_negative = class_tests(POSITIVES_ROUND_TWELVE, NEGATIVES_ROUND_TWELVE)

# The practice's people: EMTs or medics listed for a shift, a name and an initial before a crew chief's cell.
POSITIVES_SHIFT_ROLES = [
    ("Callback – Faadumo J. (wound check)", None, "label", ("NAME", "Faadumo J")),  # guard
]
NEGATIVES_SHIFT_ROLES = [
    ("Crew chief: Paramedic Grant Ostrowski. EMTs tonight: Hope Villanueva and Deshawn Pike.", None, None),
    ("Set medics: Dana Whitfield, EMT-P (lead) and Luis Archuleta, EMT-B.", None, None),  # guard
]
test_shift_roles_positive, test_shift_roles_negative = class_tests(POSITIVES_SHIFT_ROLES, NEGATIVES_SHIFT_ROLES)

# Where the agent hands a call or a question on: "pass it to Oren", "go straight to Hollis", "leave a message for
# Drita", "for Sara to explain". Not someone's own matter or a relative of theirs.
POSITIVES_HAND_OFF = [
    ("Leave a message for Tia about her refill.", None, None, ("NAME", "Tia")),  # guard
    ("Leave a message for Ms. Pratt's daughter at five three zero, six two nine, three zero one eight.", None, None,
     ("NAME", "Ms. Pratt")),  # guard
]
NEGATIVES_HAND_OFF = [
    ("If the caller names a spinning hold, get the wall and grade and pass it to Oren.", None, None),
    ("Questions about supplements go straight to Hollis.", None, None),
    ("For questions call (718) 442-9631 ext. 3 and leave a message for Drita.", None, None),
    ("Apgar scores and Leopold maneuvers are for Sara to explain.", None, None),
]
test_hand_off_positive, test_hand_off_negative = class_tests(POSITIVES_HAND_OFF, NEGATIVES_HAND_OFF)

# How someone wants to be reached, as a number's cue ("prefers texts at", "wants calls at"); not the practice's.
POSITIVES_REACH_PREFERENCE = [
    ("For the transplant-list callbacks, Dev (the one waiting on lungs) prefers texts at 414-263-8841.", None, None,
     ("PHONE", "414-263-8841")),
    ("Front desk note: Lavina, the elder who only speaks Shoshone, wants calls at 208-317-5528, not texts.", None,
     None, ("PHONE", "208-317-5528")),
]
NEGATIVES_REACH_PREFERENCE = [
    ("Our office prefers calls at 208-317-5528 during business hours.", None, None),  # guard
]
test_reach_preference_positive, test_reach_preference_negative = class_tests(
    POSITIVES_REACH_PREFERENCE, NEGATIVES_REACH_PREFERENCE)
