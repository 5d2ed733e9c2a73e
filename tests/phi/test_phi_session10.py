"""Classes worked in the tenth session (2026-11-23), each tested with new text.

A positive names the span that must be found; its look-alike negative must stay clean. Entries that
the previous engine already passed are guards: they keep a new rule from reaching too far.
"""

from __future__ import annotations

from class_harness import class_tests

# A surname that is also an English word, first under a patient-name key (Korean order too), and
# institutions named like given names (Oscar Health, Dana-Farber) that stay names in a call-back label.
POSITIVES_NAME_WORDS = [
    ("Park Min-jun", "patient_name", "value", ("NAME", "Park Min-jun")),
    ("Hye-jin Park", "caller_name", "value", ("NAME", "Hye-jin Park")),
    ("Callback – Oscar (knee brace fitting)", None, "label", ("NAME", "Oscar")),
    ("Refill callback - Dana T.", None, "label", ("NAME", "Dana")),
    ("Callback - Oscar Villanueva", None, "label", ("NAME", "Oscar Villanueva")),
    ("if the caller is dana (the one with the latex allergy) book the non-latex room", None, None,
     ("NAME", "dana")),
]
NEGATIVES_NAME_WORDS = [
    ("Park Avenue Pediatrics", "patient_name", "value"),
    ("Hope Center", "patient_name", "value"),
    ("We are out of network with Oscar; offer the self-pay rate.", None, None),
    ("Callers with Oscar plans: we are not in network.", None, None),
    ("We accept Humana, Oscar, and Aetna.", None, None),
    ("For Oscar, Ambetter or Molina members, transfer to billing.", None, None),
    ("Second opinions go to Dana Farber by fax.", None, None),
    ("Oscar prior auth form", None, "label"),
    ("Dana-Farber referral packet", None, "label"),
    ("oscar_formulary_2026.pdf", None, "label"),
    ("Past-due balances go to Corinne Aldana, CRCS, our patient financial counselor.", None, None),
    ("Coding questions: Mateo Brightwater, CPC, our coding lead.", None, None),
]

# A household named by its surname heads a note; a passcode a family gives on the phone.
POSITIVES_HOUSEHOLD_PASSCODE = [
    ("Kipkemboi household, 9 Linden Ct Apt 4B, Dover", "home_visit_stop", "value", ("NAME", "Kipkemboi")),
    ("Mwangangi household: call after 5, the grandmother answers.", None, None, ("NAME", "Mwangangi")),
    ("HERON-22", "family_passcode", "value", ("OTHER_ID", "HERON-22")),
    ("maple7tree", "caller_safe_word", "value", ("OTHER_ID", "maple7tree")),
    ("Q4RIVER", "guardian_pin", "value", ("OTHER_ID", "Q4RIVER")),
]
NEGATIVES_HOUSEHOLD_PASSCODE = [
    ("Lakeside household goods drive this Saturday.", None, None),
    ("Households in the Kipkemboi program get two visits.", None, None),
    ("HERON-22", "staff_passcode", "value"),
    ("4 to 6 digits", "caller_pin_format", "value"),
    ("test1234", "patient_password", "value"),
    ("Demo2026", "family_passcode", "value"),
    ("abc123", "patient_password_example", "value"),
    ("guest5G", "clinic_wifi_password", "value"),
]

POSITIVES = [*POSITIVES_NAME_WORDS, *POSITIVES_HOUSEHOLD_PASSCODE]
NEGATIVES = [*NEGATIVES_NAME_WORDS, *NEGATIVES_HOUSEHOLD_PASSCODE]

test_class_positive, test_class_negative = class_tests(POSITIVES, NEGATIVES)

# A family's own line or an outbound list in a label; a relative's line said after the number; a
# "driver license"; an age after a person and where they are; national person numbers; a patient in
# a schedule's slot.
POSITIVES_ROUND2 = [
    ("Parent line – Okoro-Lindqvist", None, "label", ("NAME", "Okoro-Lindqvist")),
    ("Outbound – Marchetti weekly weigh-in", None, "label", ("NAME", "Marchetti")),
    ("Grandparent calls: Ferreira", None, "label", ("NAME", "Ferreira")),
    ("Please don't call 503-771-2290 before noon; it's her son's cell.", None, None, ("PHONE", "503-771-2290")),
    ("Her driver license W41-207-883 was scanned into the notes.", None, None, ("LICENSE_NUMBER", "W41-207-883")),
    ("The retired welder in the Monday circle is 94 — seat him by the door.", None, None, ("AGE", "94")),
    ("90052318841", "pesel_pacjenta", "value", ("OTHER_ID", "90052318841")),
    ("Numer PESEL: 90052318841 (matka pacjentki).", None, None, ("OTHER_ID", "90052318841")),
    ("Lorna in the 2:15 slot gets dizzy after the second infusion.", None, None, ("NAME", "Lorna")),
]
NEGATIVES_ROUND2 = [
    ("Outbound – Flu shot reminders", None, "label"),
    ("Family line – Spanish/English", None, "label"),
    ("Parent line - after hours", None, "label"),
    ("Our after-hours number is 503-771-2290 — the nurse's line.", None, None),
    ("Ask for the driver license number; never read it back.", None, None),
    ("The patient portal uptime target is 99.", None, None),
    ("Our member satisfaction score is 95.", None, None),
    ("11 digits", "pesel_format", "value"),
    ("Marisol Pruett's direct line is (503) 771-2290; give it only to referring nurses.", None, None),
    ("Yá'át'ééh, this is Shandiin at Red Mesa Health. How can I help?", None, None),
    ("Dzień dobry! Tu Marta z przychodni Zdrowie Rodzinne. W czym mogę pomóc?", None, None),
    ("Це Марта з клініки Zdrowie. Чим можу допомогти?", None, None),
    ("Jesteś Martą, wirtualną recepcjonistką przychodni Zdrowie Rodzinne.", None, None),
    ("Registra a los pacientes sin nombre como 'Paciente Anónimo'.", None, None),
    ("If the parent won't give a name, flag the call for Imogen in the morning.", None, None),
    ("Calloway After-Hours Line", None, "label"),
    ("Outreach workers cover Bell, Kenwood, Rocky Mountain, Salina and Jay.", None, None),
]
test_round2_positive, test_round2_negative = class_tests(POSITIVES_ROUND2, NEGATIVES_ROUND2)

# Round three (read sets 144, 146, 148): site labels, citations and quotes, staff cues, places after
# "callers from", presidents, call-back labels ending in the call-back word, spelled callback numbers,
# Korean customer honorifics, URLs of stories, obituaries, addresses and A-numbers.
POSITIVES_ROUND3 = [
    ("Wound clinic – Abernethy follow-up", None, "label", ("NAME", "Abernethy")),
    ("Peds Reminder – Szymanski", None, "label", ("NAME", "Szymanski")),
    ("Read the callback number slowly for Ohanesian: five four one, three three eight, two zero nine seven.", None,
     None, ("PHONE", "five four one, three three eight, two zero nine seven")),
    ("Your callback number on file is five four one, three three eight, two zero nine seven.", None, None,
     ("PHONE", "five four one, three three eight, two zero nine seven")),
    ("정민지 고객님은 매주 화요일에 전화하십니다.", None, None, ("NAME", "정민지")),
    ("https://news.lakeviewmed.org/stories/marisol-tejeda-heart-transplant", None, "url",
     ("URL", "https://news.lakeviewmed.org/stories/marisol-tejeda-heart-transplant")),
    ("https://www.hollisfuneral.com/obituaries/harold-quist-1941", None, "url",
     ("URL", "https://www.hollisfuneral.com/obituaries/harold-quist-1941")),
    ("https://orders.example-supply.com/track?client=nadia.ferreira-lund", None, "url",
     ("URL", "https://orders.example-supply.com/track?client=nadia.ferreira-lund")),
    ("https://dispatch.valleyo2.com/run/4471?addr=118+Juniper+Ct", None, "url",
     ("URL", "https://dispatch.valleyo2.com/run/4471?addr=118+Juniper+Ct")),
]
NEGATIVES_ROUND3 = [
    ("Main line – Fairhope (251) 928-4410", None, "label"),
    ("Clinic main – Kotzebue (907) 442-7700", None, "label"),
    ("The CAPE trial (Okafor et al., 2019) is why we start low; mention it only in general terms.", None, None),
    ("Quotes from Wilma Rudolph or Jesse Owens are fine for the hold message.", None, None),
    ("Tonight's RN is Marisela Gundersen; the on-call doctor is Dr. Paul Anand.", None, None),
    ("Leave your name and number, and Corinne will call you back before 5.", None, None),
    ("Book follow-ups through Dorit Halloran in dispatch.", None, None),
    ("Vera Lindahl (patient liaison) mails the discharge packets.", None, None),
    ("Tomasz Wirth, LSW, runs the caregiver group.", None, None),
    ("Service area: Mobile, Daphne and Spanish Fort. Callers from Saraland can be seen on Fridays.", None, None),
    ("Our school partners are Roosevelt High and Woodrow Wilson Middle; the nurse visits both.", None, None),
    ("Reminders – Spanish", None, "label"),
    ("Leave the callback number for the clinic: five four one, three three eight, two zero nine seven.", None, None),
    ("고객님, 성함을 말씀해 주세요.", None, None),
    ("https://ourclinic.org/stories/new-building-opening", None, "url"),
]
test_round3_positive, test_round3_negative = class_tests(POSITIVES_ROUND3, NEGATIVES_ROUND3)

# Round four (read sets 138 and 142).
POSITIVES_ROUND4 = [
    ("If a caller gives SSN ending 4419, transfer to the privacy officer.", None, None, ("SSN", "4419")),
    ("Mom (Delphine Crowe) works nights, so call after 3 about Theo's cast.", None, None, ("NAME", "Delphine Crowe")),
    ("Gamitin ang numero ni Ginang Rosario Dimaculangan: siyam-isa-pito, lima-lima-walo, dalawa-tatlo-apat-anim.",
     None, None, ("PHONE", "siyam-isa-pito, lima-lima-walo, dalawa-tatlo-apat-anim")),
    ("Agent: What's the best number?\nUser: It's six one two, four four eight, nine zero one seven.", None, None,
     ("PHONE", "six one two, four four eight, nine zero one seven")),
    ("MX-7719320458", "matricula_consular", "value", ("OTHER_ID", "MX-7719320458")),
]
NEGATIVES_ROUND4 = [
    ("SSN ending XXXX is only the mask we show.", None, None),
    ("Our outreach mural honors Toussaint Louverture and Harriet Tubman.", None, None),
    ("Closed December 12 for the feast of the Virgen de Guadalupe.", None, None),
    ("Agent: Our main line is six one two, four four eight, nine zero one seven.", None, None),
    ("alteplase_dosing_card_2025-11.pdf", None, "label"),
    ("Same-day consults with Imani or Rafe on Tuesdays; text line (612) 448-9017.", None, None),
    ("kaibigan", "caller_name", "value"),
]
test_round4_positive, test_round4_negative = class_tests(POSITIVES_ROUND4, NEGATIVES_ROUND4)


def test_user_name_gate_covers_every_cue() -> None:
    """_may_have_user_cue skips texts without a stem; a cue string with none would never be searched
    ("MyChart account: ..." was missed that way)."""
    from compliance_lint.phi.recognizers import ids

    cues = ids.literal_strings(ids._USER_CUE)
    assert [c for c in cues if not any(stem in c for stem in ids._USER_STEMS)] == []


POSITIVES_ROUND5 = [
    ("Remind the kitchen that Mateo turns 9 on the 21st of October — sugar-free cupcakes.", None, None,
     ("DATE", "the 21st of October")),
    ("Locked portal – rkowalski_knee2026", None, "label", ("OTHER_ID", "rkowalski_knee2026")),
    ("MyChart account: dnguyen_77", None, None, ("OTHER_ID", "dnguyen_77")),
]
NEGATIVES_ROUND5 = [
    ("The clinic turns 25 on March 3 — cake in the lobby at noon.", None, None),
    ("portal_user_guide_v2.pdf", None, "label"),
]
test_round5_positive, test_round5_negative = class_tests(POSITIVES_ROUND5, NEGATIVES_ROUND5)

# Round six (keys and labels of sets CM–CR).
POSITIVES_ROUND6 = [
    ("MR-8830127", "donor_mrn_at_hospital", "value", ("MRN", "MR-8830127")),
    ("HMIS-1184420", "client_hmis_id", "value", ("OTHER_ID", "HMIS-1184420")),
    ("8812045", "visitor_state_id", "value", ("LICENSE_NUMBER", "8812045")),
    ("OH JKT-2210", "patient_van_plate", "value", ("VEHICLE_ID", "OH JKT-2210")),
    ("QRTX418", "unos_recipient_id", "value", ("OTHER_ID", "QRTX418")),
]
NEGATIVES_ROUND6 = [
    ("OH JKT-2210", "van_plate", "value"),
    ("410 W 7th St, Suite 3, Tulsa, OK 74119", "studio_address", "value"),
    ("88 Field House Rd, Ames, IA", "training_room_address", "value"),
    ("Callers from Sallisaw, Stilwell, Tahlequah and Vian can use the mobile unit.", None, None),
    ("Marlow Rabies PEP Line", None, "label"),
    ("V2-ALPHA", "claim_status", "value"),
]
test_round6_positive, test_round6_negative = class_tests(POSITIVES_ROUND6, NEGATIVES_ROUND6)

# Round seven (read sets 152, 154, 155).
POSITIVES_ROUND7 = [
    ("Knee question from 405-771-2290 (Marisol) — day 4 after the scope.", None, None, ("PHONE", "405-771-2290")),
    ("https://lakecounty-homevisits.gov/consent?client=jolene-rutter-0713", None, "url",
     ("URL", "https://lakecounty-homevisits.gov/consent?client=jolene-rutter-0713")),
    ("https://portsidewelfare.org/case?seafarer=carlos-dizon&vessel=sea-lark", None, "url",
     ("URL", "https://portsidewelfare.org/case?seafarer=carlos-dizon&vessel=sea-lark")),
    ("https://prep-labs.lakecountyga.gov/view?client_id=CC-PREP-33018", None, "url",
     ("URL", "https://prep-labs.lakecountyga.gov/view?client_id=CC-PREP-33018")),
    ("https://northpaw-ink.com/gallery/client-megan-oyelowo-healed", None, "url",
     ("URL", "https://northpaw-ink.com/gallery/client-megan-oyelowo-healed")),
    ("Test login for the password-reset flow: tessamom_ortiz19", None, None, ("OTHER_ID", "tessamom_ortiz19")),
    ("2026-04-02", "last_contact_date", "value", ("DATE", "2026-04-02")),
    ("2026-01-20", "arrival_date", "value", ("DATE", "2026-01-20")),
    ("nimewo telefòn mwen se sèt, de, nèf, kat, en, senk, zewo", None, None,
     ("PHONE", "sèt, de, nèf, kat, en, senk, zewo")),
    ("214-660-3318", "attendee_phone", "value", ("PHONE", "214-660-3318")),
    ("WL-0071934", "waitlist_candidate_id", "value", ("OTHER_ID", "WL-0071934")),
]
NEGATIVES_ROUND7 = [
    ("Calls from 405-771-2290 are our answering service.", None, None),
    ("A nurse will text you from (405) 771-2290 with a time to come in.", None, None),
    ("https://northpaw-ink.com/gallery/fine-line-roses", None, "url"),
    ("Username for the shared front-desk account: frontdesk_01", None, None),
    ("Nimewo klinik la se sèt, de, nèf, kat, en, senk, zewo.", None, None),
    ("Hawk", "athlete_name_fallback", "value"),
    ("zanmi", "first_name", "value"),
    ("Some clients bring up Betty Ford when they talk about their own story.", None, None),
    ("The screening room is the Ibn Sina Room; the pharmacy table is next to it.", None, None),
    ("Assalamu alaikum {{name}}, your screening is on {{date}}. Ramadan Mubarak!", None, None),
    ("Fitting reminders – Columbus", None, "label"),
]
test_round7_positive, test_round7_negative = class_tests(POSITIVES_ROUND7, NEGATIVES_ROUND7)

# Round eight (read set 154 to its floor).
POSITIVES_ROUND8 = [
    ("Jolene's boyfriend, Tate, picks up her phone; ask for Jolene by first name only.", None, None,
     ("NAME", "Jolene")),
    ("The Okafor delivery goes to 418 Birch Hollow Ct, Dublin, OH 43016 — side door.", None, None,
     ("GEO", "418 Birch Hollow Ct, Dublin, OH 43016")),
    ("Her client code 5512-40 is on the intake sheet.", None, None, ("OTHER_ID", "5512-40")),
]
NEGATIVES_ROUND8 = [
    ("Sports medicine: Imani Vaughn, ATC — imani.vaughn@ridgelinesports.org. She handles return-to-play plans.",
     None, None),
    ("Patient navigator Rowan Ellery — rowan.ellery@ridgelinehealth.org — handles insurance letters.", None, None),
    ("The form shows the date of birth as MM/DD/YYYY (03/15/1980 is printed on the form as the sample).", None,
     None),
    ("A Cheyenne elder in her 80s may have a grandchild call for her.", None, None),
    ("Ship visits: MV Southern Breeze at berth 4 and MV Coral Lantern at Pier B.", None, None),
    ("After hours, use the LanguageLine client code 4481.", None, None),
    ("The Medline delivery comes on Tuesdays.", None, None),
]
test_round8_positive, test_round8_negative = class_tests(POSITIVES_ROUND8, NEGATIVES_ROUND8)

# A note addressed to a team is no roster of it.
POSITIVES_ROUND9 = [
    ("Reminder for the cast team: Oona Thackeray's wrist measured 14.2 cm on 5/9.", None, None,
     ("NAME", "Oona Thackeray")),
    ("Note to the night staff: Lorna Beck in bed 4 needs her insulin at 9.", None, None, ("NAME", "Lorna Beck")),
]
NEGATIVES_ROUND9 = [
    ("Cast team: Oona Thackeray and Ana Ruiz (techs).", None, None),
    ("Our cast team: Oona Thackeray and Ana Ruiz.", None, None),
]
test_round9_positive, test_round9_negative = class_tests(POSITIVES_ROUND9, NEGATIVES_ROUND9)

# Who calls the caller: staff; a relative named before it stays a relative.
POSITIVES_ROUND10 = [
    ("Her son Mateo will call you to confirm the ride home after the colonoscopy.", None, None, ("NAME", "Mateo")),
    ("Mrs. Rosa Delgado follows up on Tuesday for her biopsy results.", None, None, ("NAME", "Mrs. Rosa Delgado")),
]
NEGATIVES_ROUND10 = [
    ("Your next nursing visit is on the schedule, and Trudy will call the morning of.", None, None),
]
test_round10_positive, test_round10_negative = class_tests(POSITIVES_ROUND10, NEGATIVES_ROUND10)

# Round eleven (read sets 156, 158, 160).
POSITIVES_ROUND11 = [
    ("https://brightvein.com/reviews/marisol-quintana-vein-story", None, "url",
     ("URL", "https://brightvein.com/reviews/marisol-quintana-vein-story")),
    ("https://riverband-health.org/nursecheck/elder/harold-twobears/vitals", None, "url",
     ("URL", "https://riverband-health.org/nursecheck/elder/harold-twobears/vitals")),
    ("https://sportsmed.northcentral.edu/results/echo?athlete=2284417&view=full", None, "url",
     ("URL", "https://sportsmed.northcentral.edu/results/echo?athlete=2284417&view=full")),
    ("Portal login for the walk-on who keeps getting locked out is ncu_tfolau11 — reset it.", None, None,
     ("OTHER_ID", "ncu_tfolau11")),
    ("The caller read his chart number as four one one, zero nine, eight eight two.", None, None,
     ("MRN", "four one one, zero nine, eight eight two")),
    ("2026-04-30", "last_treatment_date", "value", ("DATE", "2026-04-30")),
    ("QXM884213S", "icd_serial", "value", ("DEVICE_ID", "QXM884213S")),
    # (the keyed value is one span, its note included)
    ("PRC-26-04471 (Whitehorse, shoulder MRI)", "prc_authorization", "value",
     ("OTHER_ID", "PRC-26-04471 (Whitehorse, shoulder MRI)")),
    ("Revision VIP – Jordan Pike", None, "label", ("NAME", "Jordan Pike")),
]
NEGATIVES_ROUND11 = [
    ("We are closed for Karen New Year and on Thanksgiving Day.", None, None),
    ("karen-language", None, "label"),
    ("85634", "unit_zip", "value"),
    ("99553", "village_zip", "value"),
    ("12 Council Lodge Road, Pinecrest", "program_address", "value"),
    ("A4239", "hcpcs_sensor", "value"),
    ("20–30 mmHg thigh-high, open toe", "compression_rx", "value"),
    ("2026-03-09..2026-03-13", "itinerant_visit_dates", "value"),
    ("The clinic's ATV ambulance (VIN 4S9ATV0E3RC117402) is in for repair until the barge.", None, None),
    ("County vehicles: the Animal Control truck (county plate 114-AC) comes to every clinic.", None, None),
    ("Wenn der Anrufer nur Deutsch spricht, verbinden Sie ihn bitte mit Helga Brandt, RRT, unserer "
     "Atemtherapeutin.", None, None),
    ("Hal Brunner (vector ecologist) and his field crew run the traps.", None, None),
    ("Never ask for the member ID; Andre Bellamy, our social worker, handles prior authorizations.", None, None),
    ("Some families bring up Brittany Maynard; the physician will discuss it in person.", None, None),
    ("https://brightvein.com/reviews/spider-vein-faq", None, "url"),
]
test_round11_positive, test_round11_negative = class_tests(POSITIVES_ROUND11, NEGATIVES_ROUND11)

# Staff directory labels with two-word names, and a site's main line with the place first.
NEGATIVES_ROUND12 = [
    ("Van coordinator - Gilbert Manuel", None, "label"),
    ("Ridgeview Main - 402-738-2260", None, "label"),
]
POSITIVES_ROUND12 = [
    ("Interpreter needed – Maria Lopez", None, "label", ("NAME", "Maria Lopez")),
    ("Maria Lopez - 402-738-2260", None, "label", ("NAME", "Maria Lopez")),
]
test_round12_positive, test_round12_negative = class_tests(POSITIVES_ROUND12, NEGATIVES_ROUND12)

# A surname as a tag's value.
POSITIVES_ROUND13 = [
    ("needs-interpreter:okafor", None, "label", ("NAME", "okafor")),
    ("photos-pending:RMarchetti", None, "label", ("NAME", "RMarchetti")),
]
NEGATIVES_ROUND13 = [
    ("status:pending", None, "label"),
    ("lang:spanish", None, "label"),
    ("priority:high", None, "label"),
]
test_round13_positive, test_round13_negative = class_tests(POSITIVES_ROUND13, NEGATIVES_ROUND13)

# A government plate is no one's; a shuttle's plate may be the patient's ride (dev-set case kept).
POSITIVES_ROUND14 = [
    ("The shuttle with license plate 8LMT204 picks up the chemo patient at 7.", None, None,
     ("VEHICLE_ID", "8LMT204")),
]
NEGATIVES_ROUND14 = [
    ("The animal control truck (county plate 221-AC) visits every clinic day.", None, None),
]
test_round14_positive, test_round14_negative = class_tests(POSITIVES_ROUND14, NEGATIVES_ROUND14)

# A role set off before a parenthesis, a main line "for patients", Spanish persona labels, greetings and
# language names of Alaska and the Northwest.
NEGATIVES_ROUND15 = [
    ("Tamsin Okoye, intake coordinator (tamsin@brightsmile-studio.com), handles every quote.", None, None),
    ("Records: fax (954) 486-3311. Main line for patients: (954) 486-3300.", None, None),
    ("Marisol - citas (ES)", None, "label"),
    ("Aang, this is the Atka clinic calling back. Please call us at (907) 839-2214.", None, None),
    ("Tlingit_Haida_phrase_card.pdf", None, "label"),
]
POSITIVES_ROUND15 = [
    ("Tamsin Okoye (knee replacement, 3/12) will call about her wound.", None, None, ("NAME", "Tamsin Okoye")),
]
test_round15_positive, test_round15_negative = class_tests(POSITIVES_ROUND15, NEGATIVES_ROUND15)

# A claim's ICN, a person's employer and weekend job, a household's rental and brothers.
POSITIVES_ROUND16 = [
    ("Medicare denied ICN 2226180499120 for the hospital bed; tell the daughter we will appeal.", None, None,
     ("OTHER_ID", "2226180499120")),
    ("Farida's employer, Lakeside Packing, needs the work-release note by Friday.", None, None, ("NAME", "Farida")),
    ("Talia works weekends at Pinewood Creamery, so book her labs before noon.", None, None, ("NAME", "Talia")),
    ("It's the Okonkwo rental; offer the three-month payment plan.", None, None, ("NAME", "Okonkwo")),
    ("Hold the Friday slot for the Marchetti sisters — both getting their braces off.", None, None,
     ("NAME", "Marchetti")),
]
NEGATIVES_ROUND16 = [
    ("The Wright brothers mural is in the lobby.", None, None),
]
test_round16_positive, test_round16_negative = class_tests(POSITIVES_ROUND16, NEGATIVES_ROUND16)

# An institution's name that is also a surname is a name after an honorific.
POSITIVES_ROUND17 = [
    ("Mrs. Kettering called about her hospital bed.", None, None, ("NAME", "Mrs. Kettering")),
    ("Mr. Abbott needs his refill before Friday.", None, None, ("NAME", "Mr. Abbott")),
]
NEGATIVES_ROUND17 = [
    ("Memorial Sloan Kettering referrals go by fax.", None, None),
    ("Abbott sensors are covered under the pharmacy benefit.", None, None),
]
test_round17_positive, test_round17_negative = class_tests(POSITIVES_ROUND17, NEGATIVES_ROUND17)

# Placeholders with particles or "unknown", public figures, the practice's shipping and lab keys, insertion dates.
NEGATIVES_ROUND18 = [
    ("Fulana de Tal", "nombre_anonimo", "value"),
    ("Unknown Caller", "record_caller_as", "value"),
    ("610087551", "shipper_account_no", "value"),
    ("MI-0533", "lab_cert_id", "value"),
    ("Suzanne Somers made bioidentical hormones famous; don't comment on it.", None, None),
]
POSITIVES_ROUND18 = [
    ("2026-04-02", "last_insertion_date", "value", ("DATE", "2026-04-02")),
    ("Rosalind Pagett", "caller_name", "value", ("NAME", "Rosalind Pagett")),
]
test_round18_positive, test_round18_negative = class_tests(POSITIVES_ROUND18, NEGATIVES_ROUND18)

# Dates as health records print them, and a Spanish portal user name.
POSITIVES_ROUND19 = [
    ("17-Feb-1938", "patient_dob", "value", ("DATE", "17-Feb-1938")),
    ("DOB Feb-17-1938 on the intake sheet.", None, None, ("DATE", "Feb-17-1938")),
    ("Usuario del portal para la prueba: lgarcia.tambo7. Quitarlo antes de publicar.", None, None,
     ("OTHER_ID", "lgarcia.tambo7")),
]
NEGATIVES_ROUND19 = [
    ("Closed 24-Dec-2026 for the holiday.", None, None),
    ("report_aug-30.pdf", None, "label"),
    ("Usuario del portal: escriba su correo.", None, None),
]
test_round19_positive, test_round19_negative = class_tests(POSITIVES_ROUND19, NEGATIVES_ROUND19)
