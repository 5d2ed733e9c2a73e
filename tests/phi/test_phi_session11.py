"""Classes worked in the eleventh session (2026-11-24), each tested with new text.

A positive names the span that must be found; its look-alike negative must stay clean. Entries that
the previous engine already passed are guards: they keep a new rule from reaching too far.
"""

from __future__ import annotations

from class_harness import class_tests

# The practice's people as prompts name them: behind a phone-menu option, with a department in
# parentheses, facilitating a group, as a medical assistant, a pair sharing a credential's verb,
# a Spanish "es la promotora", an interpreters' roster, "X or Dr. Y".
POSITIVES_STAFF_WAYS = [
    # guards: a patient beside the same words
    ("Press 3 to leave a message about Wendell Okafor's refill.", None, None, ("NAME", "Wendell Okafor")),
    ("Marguerite Lindqvist (dialysis Tues/Thurs) called about her ride.", None, None,
     ("NAME", "Marguerite Lindqvist")),
    ("Test patient: Rosalind Achebe, DOB 03/02/1951, MA 02118 address on file.", None, None,
     ("NAME", "Rosalind Achebe")),
    ("Su hija Yesenia Ruiz llamó por la cita de su mamá.", None, None, ("NAME", "Yesenia Ruiz")),
    ("Callback – Crystal H (van)", None, "label", ("NAME", "Crystal H")),
    ("Follow-up – Amber R.", None, "label", ("NAME", "Amber R.")),
]
NEGATIVES_STAFF_WAYS = [
    ("For billing, press 2 for Deanna Whitlock; for records press 4.", None, None),
    ("Para citas, marque 1 para Graciela Montoya.", None, None),
    ("Harold Pennington (social work) helps with housing forms.", None, None),
    ("The grief circle meets Tuesdays in Room 4; Wilhelmina Castro facilitates.", None, None),
    ("Wound photos are reviewed by Tamsin Oduya, MA, before the nurse calls back.", None, None),
    ("Rhiannon Vale and Osric Penhallow, NP, cover the line on weekends.", None, None),
    ("Griselda Paz es la promotora de salud; Beto maneja la camioneta.", None, None),
    ("Intérpretes: Mam, Eulalia Tzoc; Q'anjob'al, Baltazar Pedro.", None, None),
    ("If the rash spreads, book them in with Lucian or Dr. Marchetti the same day.", None, None),
    ("The clinic closes for White Sunday (Lotu Tamaiti) and for Easter Monday.", None, None),
    ("Board meetings are in the Frank DeLaRosa Room, named after the tribe's first chairman.", None, None),
    ("Ask whether they are enrolled with the Quinault Indian Nation or another tribe.", None, None),
    ("The Wilms tumor clinic is on the fourth floor.", None, None),
    ("Fale Ola Main – Redwood Rd", None, "label"),
    ("Recall – Team B", None, "label"),
]
test_staff_ways_positive, test_staff_ways_negative = class_tests(POSITIVES_STAFF_WAYS, NEGATIVES_STAFF_WAYS)

# A child's home equipment, or what it shows, after a first name's possessive in a caller's words.
POSITIVES_POSSESSIVE_EQUIPMENT = [
    ("user: it's his aunt, Thaddeus's vent keeps alarming low pressure", None, None, ("NAME", "Thaddeus")),
    ("Caller said Marisol's sats dropped to 84 overnight.", None, None, ("NAME", "Marisol")),
]
NEGATIVES_POSSESSIVE_EQUIPMENT = [
    ("St. Jude's ventilator program takes referrals from any pediatrician.", None, None),
    ("The vent clinic's fever protocol: call if the temperature is over 100.4.", None, None),
]
test_possessive_equipment_positive, test_possessive_equipment_negative = class_tests(
    POSITIVES_POSSESSIVE_EQUIPMENT, NEGATIVES_POSSESSIVE_EQUIPMENT)

# More of the practice's people and things named like people: who calls back or takes a handoff,
# a role after "our", a certified assessor, an agent "from the county", a department, scales named
# after physicians, a persona's language label, a biologic's suffix, Hong Kong's stand-in name.
POSITIVES_ROUND2 = [
    # guards: the same words around a patient
    ("Have Mr. Okonkwo call back after his INR draw on 4/12.", None, None, ("NAME", "Mr. Okonkwo")),
    ("Callback – Didi (Nepali)", None, "label", ("NAME", "Didi")),
    ("Quinn Abernathy-Sato missed her dose on March 4.", None, None, ("NAME", "Quinn Abernathy-Sato")),
    ("Test caller: Chan Siu Ming, HKID on file, DOB 1958-02-11.", None, None, ("NAME", "Chan Siu Ming")),
]
NEGATIVES_ROUND2 = [
    ("If the lookup fails, say you'll have Rosalind call back within the hour.", None, None),
    ("Put the incident number in your handoff to Desmond.", None, None),
    ("Marisela, our CHR, does the home visits on the east side.", None, None),
    ("Lead inspections are done by Dorian Kessel, certified lead risk assessor.", None, None),
    ("Use: 'This is Keturah from the county calling about a personal matter.'", None, None),
    ("Ximena Holt from child life can sit in on the IV start.", None, None),
    ("Leave your name and number and Ruthanne or Osman will call you back.", None, None),
    ("During a storm, Vesna calls every household on the priority list.", None, None),
    ("Most candidates are Norwood 3 to 5; the Ludwig scale is for women.", None, None),
    ("skin_type_fitzpatrick", None, "label"),
    ("Hailey (Somali/Oromo intake)", None, "label"),
    ("Teplizumab-mzwv (Tzield) delays stage 3 type 1 diabetes.", None, None),
    ("If a caller will not give a name, record them as 陳大文 (Chan Tai Man).", None, None),
    ("You are 阿明 (Ah Ming), the phone assistant for the clinic.", None, None),
    ("Franchise owners: Mesa – Quentin Harlow; Gilbert – Saoirse Dunne.", None, None),
    ("Thomas Starzl did the early liver transplant work in Pittsburgh.", None, None),
    ("John Philip Sousa wrote 'Semper Fidelis'; the band plays it at halftime.", None, None),
]
test_round2_positive, test_round2_negative = class_tests(POSITIVES_ROUND2, NEGATIVES_ROUND2)

# Places and numbers of the practice: spots inside a ship or building, an acronym's plural, kinds of
# address, an agency named "Home ...", lines callers are told to use, a voicemail's callback key, a
# day named after a public figure, a format shown "style", a gathering, an athletic trainer.
POSITIVES_ROUND3 = [
    # guards: a person's address, a patient's callback number, a birthday under a name key
    ("Home visit: Mrs. Oyelaran lives in Suite 4B at 210 Alder St, Fargo, ND 58102.", None, None,
     ("GEO", "210 Alder St, Fargo, ND 58102")),
    ("(414) 805-3371", "patient_callback_number", "value", ("PHONE", "(414) 805-3371")),
    ("April 15", "jackie_birthday", "value", ("DATE", "April 15")),
]
NEGATIVES_ROUND3 = [
    ("The ARTAS robot lives in Suite B; consults are in Room 3.", None, None),
    ("A guest in his 70s with chest pain: call Code Alpha to Deck 5 midship.", None, None),
    ("Medicare moved to MBIs in 2019; never ask for the old HICN.", None, None),
    ("We ship to the 48 states only: no PO boxes, APO/FPO addresses, Alaska, Hawaii or Puerto Rico.", None, None),
    ("You are Vera, the line for BreathWell Home Ventilation, 55 Commerce Dr, Fairfield, NJ 07004.", None, None),
    ("Rudy drives; callers can change a pickup at (505) 782-4432.", None, None),
    ("Use: 'This is the county calling about a personal health matter, please call 740-382-6612.'", None, None),
    ("Do not give out his cell; book through the lead line at (989) 345-6271.", None, None),
    ("(414) 805-3370", "voicemail_callback_number", "value"),
    ("April 15", "jackie_robinson_day", "value"),
    ("DOB format is MM/DD/YYYY; pad single digits (03/07/1961 style) before the lookup.", None, None),
    ("Closed for the Tribal Fair and Pow Wow in Hollywood.", None, None),
    ("Schedule with head athletic trainer Dana Whitlock, ATC, or assistant ATC Rafael Castañeda.", None, None),
]
test_round3_positive, test_round3_negative = class_tests(POSITIVES_ROUND3, NEGATIVES_ROUND3)

# Patients found in more ways: what is measured or cleared for them after a possessive, a household's
# residence, a regular named, a caller's turn in a YAML test chat, a seafarer's and a guest's numbers,
# a licence after a possessive, a long "last four of the SSN" cue, a handle in a query, a delivery note.
POSITIVES_ROUND4 = [
    ("Owen's next updose is the 9th of October at 8:30.", None, None, ("NAME", "Owen")),
    ("Staff note: Bernadette's glucose readings were in the 310s all week.", None, None, ("NAME", "Bernadette")),
    ("Jaylen's return-to-play clearance still needs a signature.", None, None, ("NAME", "Jaylen")),
    ("Backup line – Breedlove residence", None, "label", ("NAME", "Breedlove")),
    ("Regular: Tyrell always books the 7 a.m. Saturday slot.", None, None, ("NAME", "Tyrell")),
    ("chat_history:\n- role: user\n  message: \"hi it's Rosalind, I need my refill\"\n- role: agent\n"
     "  message: \"Sure, one moment.\"", None, None, ("NAME", "Rosalind")),
    ("Crew clinic: galley crew ID 88231 has a follow-up at 14:00.", None, None, ("OTHER_ID", "88231")),
    ("Test with booking AUR-7K2M9Q, a real guest from last week's sailing.", None, None, ("OTHER_ID", "AUR-7K2M9Q")),
    ("Her license D07761254 is on file for the consent check.", None, None, ("LICENSE_NUMBER", "D07761254")),
    ("Last four of the SSN for the insurance waiver on the demo student: 2958.", None, None, ("SSN", "2958")),
    ("Delivery note: 2218 S Yorktown Ave, Broken Arrow — the side gate is unlocked.", None, None,
     ("GEO", "2218 S Yorktown Ave, Broken Arrow")),
]
NEGATIVES_ROUND4 = [
    ("Regular hours: Monday to Friday, 8 to 5.", None, None),
    ("chat_history:\n- role: agent\n  message: \"hi it's Denise from Maple Clinic, how can I help?\"", None, None),
    ("Use the booking link on our website; booking opens 3 weeks out.", None, None),
    ("Residence life – after-hours line", None, "label"),
    ("Deliveries go to our warehouse: 400 Industrial Pkwy, Tulsa.", None, None),
]
test_round4_positive, test_round4_negative = class_tests(POSITIVES_ROUND4, NEGATIVES_ROUND4)

# Other scripts: a birth date in Chinese numerals, a Han name with an English possessive, an Arabic
# name after "the child", a Tibetan name under a name key.
POSITIVES_SCRIPTS = [
    ("assistant: 請問你嘅出世日期係幾時？\nuser: 一九四八年三月二十一號。", None, None,
     ("DATE", "一九四八年三月二十一號")),
    ("Note from 陈美玲's mother: bring the inhaler to rehearsal.", None, None, ("NAME", "陈美玲")),
    ("ملاحظة: والد الطفل عمر الخطيب يتحدث العربية فقط", None, None, ("NAME", "عمر الخطيب")),
    ("ཚེ་རིང་སྒྲོལ་མ", "test_caller_name", "value", ("NAME", "ཚེ་རིང་སྒྲོལ་མ")),
]
NEGATIVES_SCRIPTS = [
    ("二〇二六年一月一日休診。", None, None),
    ("user: 一九五二年十三月三號", None, None),
    ("user: أبغى موعد لابني عنده حرارة", None, None),
    ("يجب على الطفل أن يصوم قبل الفحص", None, None),
]
test_scripts_positive, test_scripts_negative = class_tests(POSITIVES_SCRIPTS, NEGATIVES_SCRIPTS)

# The round of 178-183: devices under date keys, relatives' lines, partners, bare employee numbers,
# double-surname slugs, birth dates in the Solar Hijri calendar or read out in words, Dari and Pashto
# self-introductions; and the practice's side: roles in Vietnamese and Spanish, role nouns in -ist,
# a PIO, PHNs, office and vendor lines, "Home Beds", versioned documents, events and public figures.
POSITIVES_ROUND5 = [
    ("03/27/2024", "implant_date", "value", ("DATE", "03/27/2024")),
    ("Sloane's mom – direct line", None, "label", ("NAME", "Sloane")),
    ("user: I'm calling for my partner Teo, he got exposed last weekend.", None, None, ("NAME", "Teo")),
    ("Test member: employee KBFD-20417, skin check flagged a lesion.", None, None, ("OTHER_ID", "KBFD-20417")),
    ("https://studio.example-book.app/clients/brittany-hollins-gage/history", None, "url",
     ("URL", "https://studio.example-book.app/clients/brittany-hollins-gage/history")),
    ("Reorder line – Castellano (peds)", None, "label", ("NAME", "Castellano")),
    ("1358/10/14", "patient_dob", "value", ("DATE", "1358/10/14")),
    ("Agent: Can I have your date of birth? User: ten twelve fifty-eight. Agent: Thank you.", None, None,
     ("DATE", "ten twelve fifty-eight")),
    ("کاربر: سلام، نام من شکیلا نوری است. لطفاً برای دخترم وقت بگیرید.", None, None, ("NAME", "شکیلا نوری")),
]
NEGATIVES_ROUND5 = [
    ("Vaccine lot FJ4471C expired March 31; do not offer it.", None, None),
    ("Nếu người gọi đọc email, lặp lại theo dạng ten [at] tenmien [dot] com để xác nhận.", None, None),
    ("Chị Mai – Trợ lý đặt lịch", None, "label"),
    ("Nếu người gọi nói tiếng Khmer, chuyển cho thông dịch viên Sophal Mao.", None, None),
    ("Si prefiere español, transfiere a Luis Ferreira en la extensión 2207.", None, None),
    ("Media questions go to the PIO, Grant Whitley, at pio@marlowe.gov.", None, None),
    ("Testing day is with psychometrist Dana Whitford in room 3107.", None, None),
    ("Jolene Cordero, PHN, covers Spring Creek and Okreek.", None, None),
    ("Tell callers the PRC office number is (605) 747-3190.", None, None),
    ("The vendor is Tidewater Imaging. Their scheduling fax is (757) 382-6488.", None, None),
    ("Restwell Home Beds, 8800 W 21st St, Unit 4, Tulsa, OK 74107.", None, None),
    ("peel_aftercare_jessner_tca_v4.pdf", None, "label"),
    ("Modified_Atkins_Diet_handout.pdf", None, "label"),
    ("Boozhoo! Taanishi! You're the phone helper for Makwa Family Health Center.", None, None),
    ("Louis Riel and the Métis history are in our cultural-care handout.", None, None),
    ("Trailer locations: Cheyenne Draw Stampede (July 17–20) behind the east chutes.", None, None),
    ("Many papers list 1 January as a default birthday on resettlement papers.", None, None),
    ("Salaam, this is Watan Community Health calling for {{patient_first_name}}.", None, None),
    ("Some families mention the Glen Campbell documentary; acknowledge it warmly.", None, None),
    ("The Billy Mills Fun Run on June 13 closes BIA 2 from 7 to 11 a.m.", None, None),
    ("Text template: 'Hi %FIRST_NAME%, your {{treatment_type}} with Kylie is confirmed.'", None, None),
    ("Brooke Ellery does HydraFacials only and cannot clear anyone for laser.", None, None),
]
test_round5_positive, test_round5_negative = class_tests(POSITIVES_ROUND5, NEGATIVES_ROUND5)

# The round of 184-189: Korean intros and spelled e-mails, leetspeak dots, scope dates, tribal census
# and membership numbers, ProviderOne keys, ship-to addresses, a patient's manager, folders and
# handles in URLs, Portuguese kin, VIPs, notes "for" someone, Polish dates, preferred callbacks; and
# the practice's side: rosters of artists, messages taken for staff, questions handed to staff,
# technicians who do not service a device, roles in -ist after "our", Polish departments and clinics,
# looks "like" a celebrity, peoples, events, firmware, task cards, sample ids, brand names, saints.
POSITIVES_ROUND6 = [
    ("'저는 최말순이고요, 3월 22일 예약을 오후로 바꾸고 싶어요.'", None, None, ("NAME", "최말순")),
    ("user: 제 이메일은 yk.chung58 골뱅이 naver 점 com입니다.", None, None,
     ("EMAIL", "yk.chung58 골뱅이 naver 점 com")),
    ("Send the aftercare PDF to bellamarie_r at hotmail d0t com, she said.", None, None,
     ("EMAIL", "bellamarie_r at hotmail d0t com")),
    ("2026-06-14", "scope_date", "value", ("DATE", "2026-06-14")),
    ("Census number for the test elder: NN-381-20417.", None, None, ("OTHER_ID", "NN-381-20417")),
    ("DW-M-20417", "membership_no", "value", ("OTHER_ID", "DW-M-20417")),
    ("200418337WA", "providerone_id", "value", ("HEALTH_PLAN_ID", "200418337WA")),
    ("Ship-to override: 1127 Wren Hollow Ct, Olathe, KS 66062. The member moved in with her daughter.", None, None,
     ("GEO", "1127 Wren Hollow Ct, Olathe, KS 66062")),
    ("Theo Vance works mornings at the campus café; his manager, Lindsey Crowther, needs a note.", None, None,
     ("NAME", "Lindsey Crowther")),
    ("https://rtp.northmere.edu/athletes/asolberg/imaging", None, "url",
     ("URL", "https://rtp.northmere.edu/athletes/asolberg/imaging")),
    ("https://portal.brightharbor.org/proxy/ana.castellanos/children", None, "url",
     ("URL", "https://portal.brightharbor.org/proxy/ana.castellanos/children")),
    ("Usuário: Oi, sou a mãe do Gabriel Nogueira, ele machucou o tornozelo.", None, None,
     ("NAME", "Gabriel Nogueira")),
    ("VIP: Marisol, the realtor who sends us referrals, is in round 2.", None, None, ("NAME", "Marisol")),
    ("Tamsin G.", "allergy_note_for", "value", ("NAME", "Tamsin G.")),
    ("14 lutego", "last_visit", "value", ("DATE", "14 lutego")),
    ("two zero seven, six six one, four zero nine three", "preferred_callback", "value",
     ("PHONE", "two zero seven, six six one, four zero nine three")),
]
NEGATIVES_ROUND6 = [
    ("Our artists: Kiki Marchetti (owner), Noor Haddad (lash lifts), Jolene Pruitt (tints).", None, None),
    ("Rocky Mountain spotted fever is rare here. If a caller mentions it, take a message for Hollis.", None, None),
    ("Book free 3D scans and hand billing questions to Kyle.", None, None),
    ("Dale doesn't service bilevel ventilators; send those calls to the hospital.", None, None),
    ("Ravi Menon, our epidemiologist, reviews every bat exposure.", None, None),
    ("Pytania o rachunki kieruj do pani Haliny z działu rozliczeń.", None, None),
    ("Dzień dobry, Przychodnia Pod Dębem, mówi wirtualna asystentka Ola.", None, None),
    ("Formos pavyzdys: vardas – Jonas Jonaitis, gimimo data – MMMM-MM-DD.", None, None),
    ("If someone wants brows like Cara Delevingne, that's our most-requested look.", None, None),
    ("We serve the Fort Peck Assiniboine and Sioux Tribes.", None, None),
    ("The Hand Surgery Symposium is Saturday, March 14 in Whitworth Auditorium.", None, None),
    ("Studio scanners run firmware 2.3.0.118.", None, None),
    ("Booking widget bugs go on our Trello board (card BRW-214).", None, None),
    ("Our brochure shows a made-up member ID MW0000000.", None, None),
    ("We picked the name Mendwell in 2018; the logo is a nod to Medihoney.", None, None),
    ("Season dates: Head of the Charles Oct 17–18, 2026.", None, None),
    ("Explain the Adams forward bend test and Risser grading in plain language.", None, None),
    ("St. Columba Hand Fax 509-474-3389", None, "label"),
    ("Karibu Kliniki ya Karibu Health. Mimi ni Amani, msaidizi wa simu.", None, None),
    ("Our two largest clients are Elm Fork Sleep Institute and North Texas Pulmonary; their order desks are "
     "(214) 880-2200 and (972) 661-4400.", None, None),
    ("Escalations go to epidemiologist Desmond Achterberg (d.achterberg@aldercountywa.gov).", None, None),
    ("https://x.org/players/roster/", None, "url"),
    ("2026-08-03", "preseason_ecg_week", "value"),
    ("Przychodnia jest zamknięta 1 maja.", None, None),
]
test_round6_positive, test_round6_negative = class_tests(POSITIVES_ROUND6, NEGATIVES_ROUND6)

# The round of 190-195: Tagalog's personal articles, Chinese "again", Russian caller verbs, notes for
# someone, a child's school nurse, account endings, AHCCCS ids, Instagram keys, device serials in URLs,
# rooms and players in a query, operations under date keys, Haitian ages; and the practice's side:
# a clinic that moved, assistants, phone helpers, Haitian nurses, studio services, a service "is"
# someone, "Our name, Nuur,", scales, CNPs, return-to-play "with" staff, cabins named after pioneers,
# department labels before a number, example words in Swahili, speech hints, the studio's own handle.
POSITIVES_ROUND7 = [
    ("Kapag tumawag si Pacita Dimaculangan tungkol sa refill, ilipat agad.", None, None,
     ("NAME", "Pacita Dimaculangan")),
    ("如果陈美玲再打电话，请告诉她结果还没出来。", None, None, ("NAME", "陈美玲")),
    ("Если позвонит Седов (Артём), скажи, что МРТ перенесли.", None, None, ("NAME", "Седов")),
    ("Notes for Batbayar (Батбаяр): his father only speaks Mongolian.", None, None, ("NAME", "Batbayar")),
    ("Caleb's school nurse keeps calling about his cath times.", None, None, ("NAME", "Caleb")),
    ("CareCredit account ending 8832 is for the patient who split the balance.", None, None,
     ("ACCOUNT_NUMBER", "8832")),
    ("AHCCCS ID A77104928. Verify it before the provider sees them.", None, None,
     ("HEALTH_PLAN_ID", "A77104928")),
    ("@kenz.lashesxo", "last_client_ig", "value", ("OTHER_ID", "@kenz.lashesxo")),
    ("https://portal.tallgrassinfusion.com/pump/2120-447-83107/history", None, "url",
     ("URL", "https://portal.tallgrassinfusion.com/pump/2120-447-83107/history")),
    ("https://wellness.example-tribe.org/telehealth/join?room=darnell-cheama-0915", None, "url",
     ("URL", "https://wellness.example-tribe.org/telehealth/join?room=darnell-cheama-0915")),
    ("09-Mar", "mastectomy_date", "value", ("DATE", "09-Mar")),
    ("Granmoun nan gen 94 an; li rele chak maten.", None, None, ("AGE", "94")),
]
NEGATIVES_ROUND7 = [
    ("The clinic was founded in 1994 and moved to Southgate Avenue in 2011.", None, None),
    ("Louise Benally assists the Health Director.", None, None),
    ("I'm Ranger Rae, the camp's phone helper.", None, None),
    ("Enfimyè Nadège Pierre-Louis reponn kesyon sou preskripsyon.", None, None),
    ("Bianca Ferreira does all lip blush and powder brows.", None, None),
    ("Diabetes education is Ron Lonetree on Tuesdays.", None, None),
    ("Our name, Nuur, means 'light'.", None, None),
    ("Vanderbilt and Conners 3 rating scales must be back before the visit.", None, None),
    ("Colin Bradshaw, CNP, covers Dr. Oyelaran's patients on Fridays.", None, None),
    ("Symptom-free for 24 hours, then the five-step return-to-play with Luis.", None, None),
    ("Cabins are named Banting, Best, Joslin and Macleod after the insulin pioneers.", None, None),
    ("Valet is free for therapy patients. Scheduling: (864) 455-7310.", None, None),
    ("Tafadhali taja tarehe yako ya kuzaliwa, kama 14/02/1985.", None, None),
    ("Say it like: June 4th, 2016", "dob_speech_hint", "value"),
    ("@velvetarch.studio", "studio_instagram", "value"),
    ("Xarunta Caafimaadka Nuur waa furan tahay.", None, None),
    ("If an athlete asks for motivation, you can quote Dan Gable.", None, None),
    ("'Lola' and 'Lolo' are terms of respect; callers say 'si Lola' or 'ni Lolo'.", None, None),
    ("Otago_home_exercise_large_print.pdf", None, "label"),
]
test_round7_positive, test_round7_negative = class_tests(POSITIVES_ROUND7, NEGATIVES_ROUND7)

# The round of 196-201: athletes, pioneers and celebrities named as such, discoveries and
# inventions, holidays the practice closes for, coaches, sites, languages named like people,
# pronunciation patterns, vendor codes, instructors, Ukrainian coaches, device-clinic credentials,
# converted dates shown "for instance", role-word and masked defaults; and a client's next session.
POSITIVES_ROUND8 = [
    ("Thursday 5/14 6:30pm", "next_session", "value", ("DATE", "5/14")),
    # guards: a family's plural and a patient who speaks a language
    ("The Nguyens asked us to mail the report to 611 Rosebay Ct, Westerville 43082.", None, None,
     ("NAME", "Nguyens")),
    ("Mrs. Karen Oduya speaks only Spanish at home.", None, None, ("NAME", "Mrs. Karen Oduya")),
]
NEGATIVES_ROUND8 = [
    ("Olympians like Michelle Kwan and Nathan Chen skated through injuries early on.", None, None),
    ("Bordetella pertussis was first isolated by Jules Bordet and Octave Gengou in 1906.", None, None),
    ("If a caller asks who invented the pacemaker, mention Wilson Greatbatch and Earl Bakken.", None, None),
    ("We close for Losar on February 18 and for Bijaya Dashami on October 21.", None, None),
    ("Coaches Ilse Marchand and Valentina Orlova-Berg may book a skater's check.", None, None),
    ("Refill requests go to the pharmacy refill line at the Hayward site.", None, None),
    ("A woman in her 70s who speaks only Karen should be offered an interpreter.", None, None),
    ("Read member numbers back in groups, as in 'one two three, four five six seven'.", None, None),
    ("The clinic's language-line client code is UTC-HFH-2290.", None, None),
    ("Lead educator Nguyễn Thu Trang teaches the volume fan course.", None, None),
    ("Closed on June 10 (Dia de Portugal).", None, None),
    ("Якщо батьки говорять українською, з'єднайте їх з головною тренеркою Оксаною Мельник.", None, None),
    ("Device checks are done by Colleen Brady, RN, and Tomasz Wilk, CCDS.", None, None),
    ("Convert it before searching: ०१/०१ BS comes out as 13 April 1963, for instance.", None, None),
    ("You are Nova, the booking assistant for Polar Tide Cryo + Float in Oakland.", None, None),
    ("PT-XXXXXX", "member_id", "value"),
    ("Rider", "rider_name", "value"),
    ("If someone asks for 'the Joe Rogan cold plunge thing', explain our chamber.", None, None),
]
test_round8_positive, test_round8_negative = class_tests(POSITIVES_ROUND8, NEGATIVES_ROUND8)

# The round of 202-207: case contacts, a family's caregiver line, client sessions, pressure maps; and
# the practice's side: REHS, C.Ped, sanitarians, "<Org>'s care assistant", Spanish interpreters,
# departments in lower case, "confirm with", role-word defaults, peoples, a club's AED, a physio's
# mailbox, studio services, public figures.
POSITIVES_ROUND9 = [
    ("(559) 318-6620", "case_contact_phone", "value", ("PHONE", "(559) 318-6620")),
    ("Ostrowski – caregiver line", None, "label", ("NAME", "Ostrowski")),
    ("June 9", "last_prp_session", "value", ("DATE", "June 9")),
    ("Imani's pressure map on 9/18 showed 180 mmHg under the left ischial tuberosity.", None, None,
     ("NAME", "Imani")),
]
NEGATIVES_ROUND9 = [
    ("Rosa – family line", None, "label"),
    ("Mirela – caregiver line", None, "label"),
    ("Dana Quist, REHS, handles tower inspections.", None, None),
    ("Garrett Lindahl, C.Ped, does all castings.", None, None),
    ("Sanitarian Dwayne Ochoa does inspections Monday to Thursday.", None, None),
    ("Hey, this is Crown, Crownwell's care assistant. Are you checking on an order?", None, None),
    ("Fermín Santiago interpreta zapoteco del valle los martes y viernes.", None, None),
    ("Ask for Youa at the front desk or Keo Phommachanh in care coordination.", None, None),
    ("If the caller doesn't know the flange size, confirm with Sandra before shipping.", None, None),
    ("relative", "caller_name_default", "value"),
    ("We serve the Aaniiih (Gros Ventre) and Nakoda (Assiniboine) communities.", None, None),
    ("AED-PH-0731992", "clubhouse_aed_serial", "value"),
    ("owen.prothero@threeriversrfc.org", "physio_email", "value"),
    ("Kamila does all first sessions; Jade Thornbury does touch-ups on Saturdays.", None, None),
    ("A grandmother in her 80s who speaks mostly Apache may call for a grandchild.", None, None),
    ("Alex Honnold free soloed El Cap in 2017; ropes are required here.", None, None),
    ("marta.ekdahl@trueseatmobility.com", "evaluator_email", "value"),
]
test_round9_positive, test_round9_negative = class_tests(POSITIVES_ROUND9, NEGATIVES_ROUND9)

# Fame told in the name's sentence: an Olympian, a player who spoke publicly, a documentary's subject.
POSITIVES_FAME = [
    # guard: a patient with an honorific beside the same words
    ("Mrs. Halvorsen, a former Olympic rower, needs her knee brace refitted.", None, None,
     ("NAME", "Mrs. Halvorsen")),
]
NEGATIVES_FAME = [
    ("It's fine to say that goalkeeper Tim Howard has talked publicly about growing up with Tourette.", None, None),
    ("Kids sometimes ask about Simone Ashworth-Biles, who won Olympic gold with a torn ligament.", None, None),
]
test_fame_positive, test_fame_negative = class_tests(POSITIVES_FAME, NEGATIVES_FAME)

# A practice line's name must stand right before the number: further back it owns nothing.
POSITIVES_LINE_ANCHOR = [
    ("Not the office number: use her cell, (503) 494-8311.", None, None, ("PHONE", "(503) 494-8311")),
]
NEGATIVES_LINE_ANCHOR = [
    ("Tell callers the PRC office number is (605) 747-3190.", None, None),
]
test_line_anchor_positive, test_line_anchor_negative = class_tests(POSITIVES_LINE_ANCHOR, NEGATIVES_LINE_ANCHOR)
