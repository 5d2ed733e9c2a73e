"""Classes worked in the fifteenth session (2026-11-24), each tested with new text.

A positive names the span that must be found; its look-alike negative must stay clean. Entries that
the previous engine already passed are guards: they keep a new rule from reaching too far.
"""

from __future__ import annotations

from class_harness import class_tests

# The hold-music lead ("a song by", "music by", "playlist") is searched 80 characters back, but its gate
# looked for "songs"/"sung" in 40: a singer after a singular "song by" was read as a patient.
POSITIVES_MUSIC = [
    # guard: a patient who sings is still a patient
    ("Halvard Lindgren sang in the choir until his stroke; his daughter calls about rides.", None, None,
     ("NAME", "Halvard Lindgren")),
]
NEGATIVES_MUSIC = [
    ("This song by ex-Zombie Lindgren is a perfect example of what callers like on hold.", None, None),
]
test_music_positive, test_music_negative = class_tests(POSITIVES_MUSIC, NEGATIVES_MUSIC)

# A path segment that is a given name and a surname, in any folder ("/wall/<name>-<year>",
# "/consult/<surname>-<surname>-<initial>/ecg.pdf"); the practice's own pages and coinages stay clean.
POSITIVES_URL_SLUG = [
    ("https://files.cedarknollwound.org/heels/gloria_wachowski/2026-01-20_left.jpg", None, "url",
     ("URL", "https://files.cedarknollwound.org/heels/gloria_wachowski/2026-01-20_left.jpg")),
    ("https://memorial.brindlecreek.org/garden/bench/tobias-marchetti-1957", None, "url",
     ("URL", "https://memorial.brindlecreek.org/garden/bench/tobias-marchetti-1957")),
    # in a query value, both words lexicon names
    ("https://scans.kestrelorthotics.com/viewer?file=marcus_holloway_right_knee.stl", None, "url",
     ("URL", "https://scans.kestrelorthotics.com/viewer?file=marcus_holloway_right_knee.stl")),
    ("https://kestrelmidwifery.org/charts/view?mother=holloway-denise&edd=0311", None, "url",
     ("URL", "https://kestrelmidwifery.org/charts/view?mother=holloway-denise&edd=0311")),
]
NEGATIVES_URL_SLUG = [
    ("https://calendly.com/stillpond-hazel/intake-30min", None, "url"),
    ("https://cedarknollwound.org/locations/marion-east", None, "url"),
    ("https://cedarknollwound.org/providers/gloria-wachowski", None, "url"),
    # a campaign's slug in a query: a given name and a word that is no lexicon surname
    ("https://kestrelmidwifery.org/classes?campaign=maya-glowfest&week=2", None, "url"),
]
test_url_slug_positive, test_url_slug_negative = class_tests(POSITIVES_URL_SLUG, NEGATIVES_URL_SLUG)

# Round one (holdouts 327-330): an e-mail spelled with a spaced "@" and " . "; a page on VKontakte;
# Dutch honorifics; "-era" after a name; languages and scripts named like people; clinic words abroad.
POSITIVES_ROUND1 = [
    ("pauline.ostrander61 @ yahoo . com", "caller_email", "value", ("EMAIL", "pauline.ostrander61 @ yahoo . com")),
    ("https://vk.com/zaur.dadaev", None, "url", ("URL", "https://vk.com/zaur.dadaev")),
    ("Ask about vk.com/markha.umarova before the visit.", None, None, ("URL", "vk.com/markha.umarova")),
    ("Terugbellen Dhr. Pinas", None, "label", ("NAME", "Dhr. Pinas")),
]
NEGATIVES_ROUND1 = [
    ("Write to us @ brightwaterclinic . org with questions.", None, None),
    ("The Gerald Whitcombe-era service tunnels are closed.", None, None),
    ("Chechen Cyrillic letters may show up in the names field.", None, None),
    ("Sranan Tongo line – Paramaribo desk", None, "label"),
    ("Bon bini na Klínika Bon Salú, kon ta bai?", None, None),
    ("Welkom bij Kliniek Zonnehoek; de Oranje zaal is op de eerste verdieping.", None, None),
]
test_round1_positive, test_round1_negative = class_tests(POSITIVES_ROUND1, NEGATIVES_ROUND1)

# Whose phone a variable's key names: a congregant, a parishioner, a retreatant, a jumper, an interviewee,
# a home's resident, a close contact, a driver of a trucking or racing clinic, one "contact".
POSITIVES_PHONE_KEYS = [
    ("(512) 304-8816", "congregant_phone", "value", ("PHONE", "(512) 304-8816")),
    ("512-304-8816", "contact_phone", "value", ("PHONE", "512-304-8816")),
    ("512-304-8816", "resident_callback", "value", ("PHONE", "512-304-8816")),
    ("512-304-8816", "truck_driver_cell", "value", ("PHONE", "512-304-8816")),
]
NEGATIVES_PHONE_KEYS = [
    ("512-304-8816", "driver_dispatch_phone", "value"),
    ("512-304-8816", "van_driver_phone", "value"),
    ("512-304-8816", "resident_services_phone", "value"),
    ("512-304-8816", "clinic_contact_phone", "value"),
]
test_phone_keys_positive, test_phone_keys_negative = class_tests(POSITIVES_PHONE_KEYS, NEGATIVES_PHONE_KEYS)

# An athlete's number with a governing body, a waitlist place, a signed waiver, an injury's report and an
# EMS patient care report, under their keys.
POSITIVES_ROLE_IDS = [
    ("4471902", "climber_usac_number", "value", ("OTHER_ID", "4471902")),
    ("WL-55190342", "waitlist_id", "value", ("OTHER_ID", "WL-55190342")),
    ("PCR-24-2026-00981", "pcr_number", "value", ("OTHER_ID", "PCR-24-2026-00981")),
]
NEGATIVES_ROLE_IDS = [
    # guards: the practice's own numbers under such words
    ("WVR-FORM-2026", "waiver_form_version", "value"),
    ("4471902", "player_id_format_example", "value"),
]
test_role_ids_positive, test_role_ids_negative = class_tests(POSITIVES_ROLE_IDS, NEGATIVES_ROLE_IDS)

# A patient's result, reaction or episode names the date under its key; a mobile unit's schedule does not.
POSITIVES_DATE_KEYS = [
    ("2025-03-11", "flu_positive_date", "value", ("DATE", "2025-03-11")),
    ("Oct 2", "date_of_last_seizure", "value", ("DATE", "Oct 2")),
]
NEGATIVES_DATE_KEYS = [
    ("2026-08-04, 2026-08-11", "mobile_mammo_dates", "value"),
    ("2026-08-04", "van_reaction_drill_date", "value"),
]
test_date_keys_positive, test_date_keys_negative = class_tests(POSITIVES_DATE_KEYS, NEGATIVES_DATE_KEYS)

# A user name in a sentence about a portal account, with no user-name cue right before it; a format
# described, a tool's name, a status page and a version stay clean.
POSITIVES_ACCOUNT_USERS = [
    ("If the portal locks out rkaminski47 again, reset it from the admin page.", None, None,
     ("OTHER_ID", "rkaminski47")),
    ("Portal help: parent account dnovak_mom3 is locked out; unlock it before noon.", None, None,
     ("OTHER_ID", "dnovak_mom3")),
    ("Mr. Ferreira logs into the portal as tferreira_hh and forgets the password weekly.", None, None,
     ("OTHER_ID", "tferreira_hh")),
]
NEGATIVES_ACCOUNT_USERS = [
    ("Portal usernames look like jsmith01; never read one aloud.", None, None),
    ("After the portal sends the code, call sms_reply to confirm the account.", None, None),
    ("During portal outages, point members to status.harborwell.org for updates.", None, None),
    ("The portal login fix ships in v3.8.2 next week.", None, None),
]
test_account_users_positive, test_account_users_negative = class_tests(POSITIVES_ACCOUNT_USERS,
                                                                        NEGATIVES_ACCOUNT_USERS)

# A record's number and then a page of that record ("/records/0088412/labs"); an initial and a surname
# outside the lexicon as a handle with a page after it or as a query value; a site's Portuguese pages stay
# clean.
POSITIVES_URL_RECORDS = [
    ("https://portal.tamarackclinic.org/records/0091734/labs", None, "url",
     ("URL", "https://portal.tamarackclinic.org/records/0091734/labs")),
    ("https://rx.tamarackclinic.org/u/bvanderhoek/refills", None, "url",
     ("URL", "https://rx.tamarackclinic.org/u/bvanderhoek/refills")),
    ("https://rink.tamarackclinic.org/injury?player=tvaszary&dx=ankle", None, "url",
     ("URL", "https://rink.tamarackclinic.org/injury?player=tvaszary&dx=ankle")),
]
NEGATIVES_URL_RECORDS = [
    ("https://tamarackclinic.org/pt/agendar", None, "url"),
    ("https://tamarackclinic.org/news/2025/04/summary", None, "url"),
]
test_url_records_positive, test_url_records_negative = class_tests(POSITIVES_URL_RECORDS, NEGATIVES_URL_RECORDS)

# A congregation's, a school's or a club's own address under its key.
POSITIVES_ORG_ADDRESS = [
    # guard: a member's home under a key that also names the congregation stays a person's
    ("77 Orchard Ln, Vista, CA 92083", "parishioner_home_address", "value", ("GEO", "77 Orchard Ln, Vista, CA 92083")),
]
NEGATIVES_ORG_ADDRESS = [
    ("412 Grand Ave, Oakland, CA 94610", "gurdwara_address", "value"),
    ("1180 Park Blvd, San Jose, CA 95125", "dojo_address", "value"),
]
test_org_address_positive, test_org_address_negative = class_tests(POSITIVES_ORG_ADDRESS, NEGATIVES_ORG_ADDRESS)

# Round two (holdout 330): a closure "for" a holiday further back than the gate's window; a thing called
# something after someone; a Dutch "zaal" named for someone; conditions and operations by their suffix.
POSITIVES_ROUND2 = [
    # guard: a patient with a condition stays a patient
    ("Marisol Quintero has polycythemia; her phlebotomy is Tuesday.", None, None, ("NAME", "Marisol Quintero")),
]
NEGATIVES_ROUND2 = [
    ("We close on 2 July for Keti Koti and on 26 November for Srefidensi Dei, and reopen the next morning.",
     None, None),
    ("The bot is called 'Wendell' after Wendell Berry, the farmer poet; callers like the name.", None, None),
    ("Group education is in the Frits Lambrechts zaal on the second floor.", None, None),
    ("Fibromyalgia (ICD-10 M79.7) flares are not emergencies; book a routine visit.", None, None),
]
test_round2_positive, test_round2_negative = class_tests(POSITIVES_ROUND2, NEGATIVES_ROUND2)

# Round three (holdouts 328, 330): a caller's self-introduction in other languages, only in the caller's
# turn; a building's parts abbreviated; the towns of the US territories.
POSITIVES_ROUND3 = [
    ("User: Меня зовут Зарема, у меня болит горло.\nAssistant: Спасибо.", None, None, ("NAME", "Зарема")),
    # guard: a lexicon-shaped pair after the phrase was found before
    ("Caller: Góðan daginn, ég heiti Sigrún Ólafsdóttir.", None, None, ("NAME", "Sigrún Ólafsdóttir")),
]
NEGATIVES_ROUND3 = [
    # guard: the agent introduces itself the same way
    ("Assistant: Меня зовут Надя, я виртуальный помощник клиники.", None, None),
    ("Callbacks come from the dispatch office (Rm 4, Hangar C) on weekdays.", None, None),
    ("Charlotte Amalie unit - front desk", "partner_unit", "value"),
]
test_round3_positive, test_round3_negative = class_tests(POSITIVES_ROUND3, NEGATIVES_ROUND3)

# A person's id in a URL's query under a drop zone's or a gym's role, or the patient in another language.
POSITIVES_URL_ROLES = [
    ("https://droptowerdz.com/waivers/view?diver=DV-330918&sig=2", None, "url",
     ("URL", "https://droptowerdz.com/waivers/view?diver=DV-330918&sig=2")),
    ("https://klinikadushi.org/portal/resultado?pashent=KD-441907&lab=lipid", None, "url",
     ("URL", "https://klinikadushi.org/portal/resultado?pashent=KD-441907&lab=lipid")),
]
NEGATIVES_URL_ROLES = [
    # guard: a page for all divers, no one's id
    ("https://droptowerdz.com/divers/waiver-form", None, "url"),
]
test_url_roles_positive, test_url_roles_negative = class_tests(POSITIVES_URL_ROLES, NEGATIVES_URL_ROLES)


def test_account_gate_covers_every_account_word() -> None:
    """_account_users skips texts without one of _ACCOUNT_STEMS: every account word must hold one."""
    from compliance_lint.phi.recognizers import ids

    words = ids.literal_strings(ids._ACCOUNT_SENTENCE_WORD.pattern.removeprefix(r"\b(?:").removesuffix(r")\b"))
    assert words and [w for w in words if not any(stem in w for stem in ids._ACCOUNT_STEMS)] == []
    # ... and on an ASCII text, every account word's first word is one of _ACCOUNT_TOKENS
    assert [w for w in words if w.isascii() and w.split()[0].encode() not in ids._ACCOUNT_TOKENS] == []

# Round four (holdout 332): a holiday or pilgrimage named like a person; a disease and its ICD code; a
# persona's version; a role in parentheses; a staff member's mailbox by an extension or a role; a
# department before a route; Russian contact words; "-osis"; the stand-in "A. N. Other".
POSITIVES_ROUND4 = [
    # guard: a patient who fasts stays a patient
    ("Halima Yusuf is fasting for Ramadan; move her glucose check to the evening.", None, None,
     ("NAME", "Halima Yusuf")),
]
NEGATIVES_ROUND4 = [
    ("During the Cejna Xidir pilgrimage some clients travel abroad; offer refills early.", None, None),
    ("Orf (contagious ecthyma, ICD-10 B08.02) is common on shearers' hands in spring.", None, None),
    ("Kalina Tereshko (community health worker) returns callbacks in Russian.", None, None),
    ("Ozren handles all refill changes; he is at ozren@balkanhealthpdx.org or ext. 114.", None, None),
    ("Телефон 718-896-4410, факс 718-896-4419.", None, None),
    ("Record an unknown caller as 'A. N. Other' rather than guessing a name.", None, None),
]
test_round4_positive, test_round4_negative = class_tests(POSITIVES_ROUND4, NEGATIVES_ROUND4)

# Round five (holdout 334): who wrote or changed the prompt in its change note; the line itself given a
# name; a role's contact under its key; a registrant's phone.
POSITIVES_ROUND5 = [
    ("(847) 301-5528", "registrant_phone", "value", ("PHONE", "(847) 301-5528")),
]
NEGATIVES_ROUND5 = [
    ("Prompt v2.7 (updated 2026-05-14 by Nirali Shah): shorter voicemail, Hindi greeting added.", None, None),
    ("This helpline is called Arihant Seva; greet callers with 'Jai Jinendra'.", None, None),
    ("Yesenia Tzul, MA", "interpreter_contact", "value"),
]
test_round5_positive, test_round5_negative = class_tests(POSITIVES_ROUND5, NEGATIVES_ROUND5)

# A greeting that opens a call, in any language, before "you've reached" or "thank you for calling".
POSITIVES_OPENING = [
    # guard: a voicemail to a patient opens with their name and "this is"
    ("Marisol Quintero, this is Dr. Lee's office calling about your results; please call back.", None, None,
     ("NAME", "Marisol Quintero")),
]
NEGATIVES_OPENING = [
    ("Jai Jinendra! You've reached the Arihant dental camp line. How can I help?", None, None),
    ("Khublei Shibun. Thank you for calling the Shillong Valley community line.", None, None),
]
test_opening_positive, test_opening_negative = class_tests(POSITIVES_OPENING, NEGATIVES_OPENING)

# What a historic figure is known for, right after the name; Montagnard languages in a file name.
POSITIVES_FIGURES = [
    # a patient who wrote to the practice (the figure rule read any "who wrote" as an author's)
    ("Mr. Halvard Lindgren, who wrote to us about his refill, needs a call back today.", None, None,
     ("NAME", "Mr. Halvard Lindgren")),
]
NEGATIVES_FIGURES = [
    ("Elders may mention Zanabazar Gegeen, who created the Soyombo script; that is fine small talk.", None, None),
    ("TB_screening_flyer_Bahnar_Jarai_VI.pdf", None, "label"),
]
test_figures_positive, test_figures_negative = class_tests(POSITIVES_FIGURES, NEGATIVES_FIGURES)

# A full date in a record's file name with a word in it that can only be a name (any spelling).
POSITIVES_RECORD_FILE_DATES = [
    # guard: a name the recognizers read already ties the date
    ("intake_nwachukwu_ifeoma_20260412.docx", None, "label", ("DATE", "20260412")),
    ("consent_VASHCHENKO_OLHA_2026-02-17.pdf", None, "label", ("DATE", "2026-02-17")),
]
NEGATIVES_RECORD_FILE_DATES = [
    ("HIPAA_notice_of_privacy_practices_2026-01-01.pdf", None, "label"),
    ("flu_clinic_screening_report_2026-10-01.pdf", None, "label"),
    ("Omnipod_5_training_consent_2026-03-01.pdf", None, "label"),
]
test_record_file_dates_positive, test_record_file_dates_negative = class_tests(POSITIVES_RECORD_FILE_DATES,
                                                                              NEGATIVES_RECORD_FILE_DATES)

# A pope or patriarch by name, and the name's later mentions.
POSITIVES_PONTIFF = [
    # guard: a patient whose surname is Pope, with an honorific
    ("Mrs. Eleanor Pope called about her knee brace; call her back after 2.", None, None,
     ("NAME", "Mrs. Eleanor Pope")),
]
NEGATIVES_PONTIFF = [
    ("Parishioners may mention Pope Kyrillos VI; say 'may his memory be eternal' for Pope Kyrillos.", None, None),
    ("Callers may ask whether Patriarch Bartholomew will visit; we do not know.", None, None),
]
test_pontiff_positive, test_pontiff_negative = class_tests(POSITIVES_PONTIFF, NEGATIVES_PONTIFF)

# The agent's "this is <name>" after it offers its languages; what a site is closest to.
POSITIVES_ROUND6 = [
    # guard: a relative closest to the patient, with an honorific, stays a name
    ("The daughter lives closest to Mrs. Odalys Ferrer and brings her to dialysis.", None, None,
     ("NAME", "Mrs. Odalys Ferrer")),
]
NEGATIVES_ROUND6 = [
    ("Мендвт! Tsagan Lotus Clinic, this is Dara. Говорите по-русски? I can also help in English.", None, None),
    ("Go to the nearest ER (St. Mary's is closest to Lynwood).", None, None),
]
test_round6_positive, test_round6_negative = class_tests(POSITIVES_ROUND6, NEGATIVES_ROUND6)

# A street address under a key that names it a service or default address is one place, a person's.
POSITIVES_ADDRESS_KEYS = [
    ("4410 Ferncliff Dr, Austin, TX 78745", "service_address", "value", ("GEO", "4410 Ferncliff Dr, Austin, TX 78745")),
    ("2291 Canal Dr Apt 4, Turlock", "delivery_address_default", "value", ("GEO", "2291 Canal Dr Apt 4, Turlock")),
]
NEGATIVES_ADDRESS_KEYS = [
    # guards: a service area's ZIP codes, a default city
    ("78745, 78748, 78749", "service_zips", "value"),
    ("Austin", "default_city", "value"),
]
test_address_keys_positive, test_address_keys_negative = class_tests(POSITIVES_ADDRESS_KEYS, NEGATIVES_ADDRESS_KEYS)

# Round seven (holdout 336): a spelled number that a third person's cue owns further back in its sentence;
# a guest services line and a partner practice's fax are the organisations'; an audiogram's date; a
# Spanish social worker in parentheses.
POSITIVES_ROUND7 = [
    ("His callback number, read slowly the way he likes it: four one two, three one two, six six four zero.",
     None, None, ("PHONE", "four one two, three one two, six six four zero")),
    ("Oct 21", "last_audiogram_date", "value", ("DATE", "Oct 21")),
]
NEGATIVES_ROUND7 = [
    ("(803) 207-6611", "guest_services_phone", "value"),
    ("(614) 229-6610", "ob_partner_fax", "value"),
    ("Si prefiere español, transfiera con Marisol Ibarra (trabajadora social).", None, None),
]
test_round7_positive, test_round7_negative = class_tests(POSITIVES_ROUND7, NEGATIVES_ROUND7)

# Round eight (holdout 338): a past screening's date; a case code leading a patient record's file name;
# a figure named with what they were ("the surgical pioneer", "are civil-rights figures").
POSITIVES_ROUND8 = [
    ("03/11/2025", "prior_screening", "value", ("DATE", "03/11/2025")),
    ("KR-26-0912_med_history.pdf", None, "label", ("OTHER_ID", "KR-26-0912")),
]
NEGATIVES_ROUND8 = [
    # guards: the programme's next screening is its own calendar; a policy's number leads its file name
    ("2027-04-10", "next_screening", "value"),
    ("SOP-2024-017_hand_hygiene_policy.pdf", None, "label"),
    # guard (the engine before passed it too)
    ("The mural honours Augustin Merriweather, the Chicago surgical pioneer.", None, None),
    ("Fred Korematsu and Min Yasui are civil-rights figures callers often mention.", None, None),
]
test_round8_positive, test_round8_negative = class_tests(POSITIVES_ROUND8, NEGATIVES_ROUND8)

# A user-name format written as a token is no account.
NEGATIVES_HANDLE_FORMAT = [
    ("Portal accounts are created as firstname_lastname; reset the password from the admin page.", None, None),
    # guard
    ("If the portal login fails, check that first.last was typed with the dot.", None, None),
]
test_handle_format_negative = class_tests([], NEGATIVES_HANDLE_FORMAT)[1]

# A licence's issuing state between the possessive and the cue.
POSITIVES_STATE_LICENCE = [
    ("We copied her Oregon license 7194402 at intake; do not ask for it again.", None, None,
     ("LICENSE_NUMBER", "7194402")),
    ("His NM license 502118873 is on file for the ID check.", None, None, ("LICENSE_NUMBER", "502118873")),
]
NEGATIVES_STATE_LICENCE = [
    # guard: the practice's own licence
    ("Our Texas license 1042-RN is posted in the lobby.", None, None),
]
test_state_licence_positive, test_state_licence_negative = class_tests(POSITIVES_STATE_LICENCE,
                                                                      NEGATIVES_STATE_LICENCE)

# A plate with its issuing state between the cue and the value, in English and Spanish.
POSITIVES_STATE_PLATE = [
    ("The truck that dropped him off is not ours: plate OR KTB8841, a blue Ford.", None, None,
     ("VEHICLE_ID", "KTB8841")),
    ("La camioneta de Rosendo (placa de Texas MJX 5520) está en el lote de atrás.", None, None,
     ("VEHICLE_ID", "MJX 5520")),
]
NEGATIVES_STATE_PLATE = [
    # guard: the practice's own van
    ("Our shuttle van, plate OR KTB8841, leaves the clinic at 8.", None, None),
]
test_state_plate_positive, test_state_plate_negative = class_tests(POSITIVES_STATE_PLATE, NEGATIVES_STATE_PLATE)

# An insurer's member id by the insurer's name; Minnesota's PMI number.
POSITIVES_INSURER_IDS = [
    ("Aetna ID W48812093 is the 2 pm patient's; check eligibility first.", None, None,
     ("HEALTH_PLAN_ID", "W48812093")),
    ("Her PMI is 00419927 if the pharmacy asks.", None, None, ("HEALTH_PLAN_ID", "00419927")),
]
NEGATIVES_INSURER_IDS = [
    # guard: the insurers the practice takes
    ("We accept Cigna, Aetna, Humana and Kaiser plans; ask which one the caller has.", None, None),
]
test_insurer_ids_positive, test_insurer_ids_negative = class_tests(POSITIVES_INSURER_IDS, NEGATIVES_INSURER_IDS)

# A device's serial in Spanish or Portuguese; an insulin pump or a home sleep test by its code.
POSITIVES_DEVICE_CUES = [
    ("Doña Amparo usa bomba de insulina serie TX-5520-19934; si falla, llame a su hijo.", None, None,
     ("DEVICE_ID", "TX-5520-19934")),
    ("Open replacement case: insulin pump QMP-4419-20877 alarms at night.", None, None,
     ("DEVICE_ID", "QMP-4419-20877")),
]
NEGATIVES_DEVICE_CUES = [
    # guard: a series of talks
    ("La serie de charlas sobre diabetes empieza el 3 de marzo en el salón.", None, None),
]
test_device_cues_positive, test_device_cues_negative = class_tests(POSITIVES_DEVICE_CUES, NEGATIVES_DEVICE_CUES)

# A chart by the record system that holds it ("IHS chart 0071-3342"), with its "number" when one follows.
POSITIVES_SYSTEM_CHART = [
    ("RPMS chart 0052-C4410 belongs to the caller from the last QA run; scrub it before go-live.", None, None,
     ("MRN", "0052-C4410")),
    # guard: the longer cue keeps its value past a "for ..." clause
    ("The IHS chart number for the demo elder is CH-0051177 at the health center.", None, None,
     ("MRN", "CH-0051177")),
]
NEGATIVES_SYSTEM_CHART = [
    # guard: the system named without a number
    ("Look the caller up in the Cerner chart before you transfer; never read the chart aloud.", None, None),
]
test_system_chart_positive, test_system_chart_negative = class_tests(POSITIVES_SYSTEM_CHART, NEGATIVES_SYSTEM_CHART)


def test_record_page_url_says_why() -> None:
    """A record's number and a page of it is its own reason, not the name-pair slug's."""
    from compliance_lint.phi.engine import scan

    hits = scan("https://portal.tamarackclinic.org/records/0091734/labs", field="url")
    assert [h.reason for h in hits] == ["URL with a record's number and a page of that record"]
