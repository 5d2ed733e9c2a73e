"""Classes worked in the fourteenth session (2026-11-24), each tested with new text.

A positive names the span that must be found; its look-alike negative must stay clean. Entries that
the previous engine already passed are guards: they keep a new rule from reaching too far.
"""

from __future__ import annotations

from class_harness import class_tests

# A place's head words longer than ten characters, written before the name ("Nossa Senhora ",
# "Nuestra Señora ", "Phòng Khám "): the look-behind window was shorter than the heads.
POSITIVES_WINDOW = [
    # guard: a person after a short Portuguese word stays a name
    ("A Dona Conceição Medeiros pediu para mudar a visita para sexta.", None, None,
     ("NAME", "Dona Conceição Medeiros")),
]
NEGATIVES_WINDOW = [
    ("The Nossa Senhora dos Remédios festa in August closes the Fall River office early.", None, None),
    ("Our van skips the Nuestra Señora del Carmen procession route on July 16.", None, None),
]
test_window_positive, test_window_negative = class_tests(POSITIVES_WINDOW, NEGATIVES_WINDOW)

# Round one (holdouts 301-306): injuries, evaluations and claims that only a patient has; saints, Christ
# and singers that are no patients; Ethiopian months beside a day; rooms named after someone.
POSITIVES_ROUND1 = [
    ("Teodora (trapeze) sprained her wrist in Wichita; light duty until the doctor clears her.", None, None,
     ("NAME", "Teodora")),
    ("Bruno's return-to-work eval is on the 14th; he should bring his boots.", None, None, ("NAME", "Bruno")),
    ("Ruslan's workers' comp claim went to the adjuster on Monday.", None, None, ("NAME", "Ruslan")),
    # guard: Meskerem is a given name too
    ("Meskerem Alemu called about her refill; call her back after 3.", None, None, ("NAME", "Meskerem Alemu")),
]
NEGATIVES_ROUND1 = [
    ("Слава Ісусу Христу! Parish nurse hours are Tuesday and Thursday.", None, None),
    ("Flu shots are in the Святого Миколая parish hall after the Sunday liturgy.", None, None),
    ("Ethiopian calendar: Tahsas 29 is Genna (Christmas), January 7 on ours; convert before you book.", None, None),
    ("Hold music is a Cesária Évora playlist; callers sometimes ask who is singing.", None, None),
    ("The support group meets in Salle Jean Dupuis, second floor.", None, None),
]
test_round1_positive, test_round1_negative = class_tests(POSITIVES_ROUND1, NEGATIVES_ROUND1)

# Round one, second batch: numbers a caller's (read out with a relative's line after it, a Spanish
# call-back, a callback list, "the call from"), plates in French and Puerto Rican Spanish, birth keys
# abroad, a prayer list in Hebrew; singers of the hold music, a kosher kitchen's rabbi, prayer services.
POSITIVES_ROUND1B = [
    ("Dial four one two, seven seven three, nine zero one eight — that's her grandson's cell.", None, None,
     ("PHONE", "four one two, seven seven three, nine zero one eight")),
    ("Regrésale la llamada al ocho cero cinco, tres tres uno, cuatro cuatro dos nueve por favor.", None, None,
     ("PHONE", "ocho cero cinco, tres tres uno, cuatro cuatro dos nueve")),
    ("Callback list: 412-662-2281 (knee brace question) and 412-662-9034 (wants a refill).", None, None,
     ("PHONE", "412-662-2281")),
    ("Review the call from 724-391-5562 on Tuesday; she was upset about the bill.", None, None,
     ("PHONE", "724-391-5562")),
    ("Il a laissé sa voiture, plaque AB-123-CD, devant la porte.", None, None, ("VEHICLE_ID", "AB-123-CD")),
    ("14 mars", "date_de_naissance", "value", ("DATE", "14 mars")),
    ("תהלים לרפואת: יעקב בן רחל, חדר 12", None, None, ("NAME", "יעקב בן רחל")),
]
NEGATIVES_ROUND1B = [
    ("Hold music is songs by Ramiro Delgado; callers ask who is singing.", None, None),
    ("Kashrus questions go to the mashgiach, Rabbi Yosef Adler.", None, None),
    ("Shacharis 6:45 and Maariv 9:15 in the second-floor shul.", "minyan_times", "value"),
    ("If you get a call from 800-633-4227, that is Medicare.", None, None),
]
test_round1b_positive, test_round1b_negative = class_tests(POSITIVES_ROUND1B, NEGATIVES_ROUND1B)

# Round one, third batch: a monk or a priest as the infirmary's patient, ids in spaced groups (a port
# worker's TWIC), a patient's physical or dental work; monks' titles and an abbot, an English word with
# the article before a surname-like word, the Bengali new year, a hockey great, a home-care agency's licence.
POSITIVES_ROUND1C = [
    ("Fr. Anselm fractured his hip in March; he takes meals in the infirmary until the surgeon clears him.", None,
     None, ("NAME", "Anselm")),
    ("His TWIC number is 0052 8817 3341 9904.", None, None, ("LICENSE_NUMBER", "0052 8817 3341 9904")),
    ("Cody's physical expires in March; remind him.", None, None, ("NAME", "Cody")),
    # guard: a nun with an injury stays a name
    ("Sister Bernadette broke her wrist on the chapel steps; she needs a ride to ortho Thursday.", None, None,
     ("NAME", "Bernadette")),
]
NEGATIVES_ROUND1C = [
    ("Chaplain Fr. Mike visits patients on Tuesdays.", None, None),
    ("Phra Somsak leads the blessing before the health fair.", None, None),
    ("The abbot, Elder Nektarios, takes no calls during Lent.", None, None),
    ("fall_risk: true if the caller mentions using a walker or a cane.", None, None),
    ("Closed on Eid al-Adha; open on Pohela Boishakh, April 14.", None, None),
    ("A Gordie Howe hat trick is a goal, an assist and a fight.", None, None),
    ("017733", "hcssa_license", "value"),
]
test_round1c_positive, test_round1c_negative = class_tests(POSITIVES_ROUND1C, NEGATIVES_ROUND1C)

# Round one, fourth batch: a person's folder or query value in a URL, the name outside the lexicon.
POSITIVES_ROUND1D = [
    ("https://care.gondarhealth.org/clients/tsegaye-abebe/notes", None, "url",
     ("URL", "https://care.gondarhealth.org/clients/tsegaye-abebe/notes")),
    ("https://forms.templehealthfair.org/rsvp?attendee=khamphet.sounthone", None, "url",
     ("URL", "https://forms.templehealthfair.org/rsvp?attendee=khamphet.sounthone")),
    ("https://nurse.stvolodymyr.org/visits?parishioner=hnatiuk-oksana", None, "url",
     ("URL", "https://nurse.stvolodymyr.org/visits?parishioner=hnatiuk-oksana")),
]
NEGATIVES_ROUND1D = [
    ("https://saudefamilia.org/pt/servicos-clinicos/agenda", None, "url"),
    ("https://ourclinic.org/clients/intake-forms", None, "url"),
]
test_round1d_positive, test_round1d_negative = class_tests(POSITIVES_ROUND1D, NEGATIVES_ROUND1D)

# Round one, fifth batch: Lao script, a self-introduction in the caller's turn and the honorifics.
POSITIVES_ROUND1E = [
    ("User: ສະບາຍດີ, ຂ້ອຍຊື່ ສົມພອນ ພົມມະວົງ, ຢາກນັດກວດເລືອດ.\nAgent: ຂອບໃຈ.", None, None,
     ("NAME", "ສົມພອນ ພົມມະວົງ")),
    ("Call back in Lao: ນາງ ຈັນທະລາ ແສງສະຫວ່າງ (diabetes follow-up).", None, None,
     ("NAME", "ນາງ ຈັນທະລາ ແສງສະຫວ່າງ")),
]
NEGATIVES_ROUND1E = [
    ("ຍິນດີຕ້ອນຮັບ ສູ່ງານກວດສຸຂະພາບ ທີ່ວັດລາວ. ໂທຫາພວກເຮົາ.", None, None),
]
test_round1e_positive, test_round1e_negative = class_tests(POSITIVES_ROUND1E, NEGATIVES_ROUND1E)

# Round one, sixth batch: the practice's own line after "reach us", a circus troupe as an organisation,
# "Mr. Doe" in a sample script.
POSITIVES_ROUND1F = [
    # guard: a real patient whose surname is Doe, with a birth date
    ("Marisol Doe, DOB 04/11/1950, called about her refill.", None, None, ("DATE", "04/11/1950")),
]
NEGATIVES_ROUND1F = [
    ("Deaf callers reach us by videophone at (585) 286-4410 any weekday.", None, None),
    ("You are the medic line for the Kessler & Ruiz Traveling Circus.", None, None),
    ("Sample script: 'Good morning, Mrs. Doe, I am your aide today.' Replace Mrs. Doe with the client's name.",
     None, None),
]
test_round1f_positive, test_round1f_negative = class_tests(POSITIVES_ROUND1F, NEGATIVES_ROUND1F)

# Round one, seventh batch: a caller introducing themselves in their own turn with a name outside the
# lexicon, in English, Haitian Creole, Spanish (a business calling, or the agent, is no such name).
POSITIVES_ROUND1G = [
    ("User: Hi, this is Wideline Pierre-Louis, I can't come today.", None, None,
     ("NAME", "Wideline Pierre-Louis")),
    ("User: Bonjou, se Rosemène Dorvilus, mwen pa ka vini jodi a.", None, None, ("NAME", "Rosemène Dorvilus")),
    ("User: Hola, soy Yuridia Tlapanco, no puedo ir hoy.", None, None, ("NAME", "Yuridia Tlapanco")),
]
NEGATIVES_ROUND1G = [
    ("User: hi, this is Harborview Pharmacy calling about a refill.", None, None),
    ("Agent: Hi, this is Wideline Pierre-Louis from the clinic.", None, None),
]
test_round1g_positive, test_round1g_negative = class_tests(POSITIVES_ROUND1G, NEGATIVES_ROUND1G)

# Round two (holdouts 307-312), first batch: ages over 89 spelled out in other languages, Polish dates
# with Roman-numeral months and "np." (for example), a reminder's owner in Portuguese, a camper's
# registration number, a Polish parishioner in a URL; composers, singers and a racing pioneer,
# Polish and Uyghur holidays, generic drug names at a sentence's start.
POSITIVES_ROUND2 = [
    ("Najstarsza parafianka ma dziewięćdziesiąt osiem lat i mieszka sama.", None, None,
     ("AGE", "dziewięćdziesiąt osiem")),
    ("Doña Petra tiene noventa y tres años y vive sola.", None, None, ("AGE", "noventa y tres")),
    ("3 XI 1931", "patient_dob", "value", ("DATE", "3 XI 1931")),
    ("Bia - lembretes da Rosineide", None, "label", ("NAME", "Rosineide")),
    ("HC26-0733", "camp_registration_id", "value", ("OTHER_ID", "HC26-0733")),
    ("https://parafia-jackowo.org/zdrowie/wizyty?parafianin=gasienica-janina", None, "url",
     ("URL", "https://parafia-jackowo.org/zdrowie/wizyty?parafianin=gasienica-janina")),
]
NEGATIVES_ROUND2 = [
    ("La clínica cumple noventa años de servicio este mes.", None, None),
    ("Datę urodzenia podawaj w formacie DD.MM.RRRR, np. 01.01.1950, i powtórz ją.", None, None),
    ("Karol Szymanowski's mazurkas play on hold.", None, None),
    ("Closed on 1 November (Wszystkich Świętych) and for Qurban Heyt.", None, None),
    ("Rivaroxaban 20 mg with supper is on many of our guests' lists.", None, None),
]
test_round2_positive, test_round2_negative = class_tests(POSITIVES_ROUND2, NEGATIVES_ROUND2)

# Round two, second batch: international numbers without separators (a satellite phone), Arabic names
# before "calls" and in a record's file name, a person described in parentheses by what befell them;
# a nurse practitioner, the founders of the Hutterites and the Amish, Russian "office" at a sentence start.
POSITIVES_ROUND2B = [
    ("His sat phone is +881631427709.", None, None, ("PHONE", "+881631427709")),
    ("سلمى حداد بتتصل كل يوم اثنين عن موعدها.", None, None, ("NAME", "سلمى حداد")),
    ("العبيدي_مريم_تحاليل.pdf", None, "label", ("NAME", "العبيدي_مريم")),
    ("Wahid (the clerk who was robbed in June) may call late; be gentle.", None, None, ("NAME", "Wahid")),
]
NEGATIVES_ROUND2B = [
    ("Dale's backup is nurse practitioner Erin Tuckwell at Tanana Valley Clinic.", None, None),
    ("The colony remembers Jakob Hutter on February 25; no routine calls that morning.", None, None),
    ("Медсестра принимает звонки по вторникам. Кабинет 104, второй этаж.", None, None),
]
test_round2b_positive, test_round2b_negative = class_tests(POSITIVES_ROUND2B, NEGATIVES_ROUND2B)

# Round two, third batch: what befell a patient ("had frostbite", "had a fall").
POSITIVES_ROUND2C = [
    ("Curtis had frostbite on two fingers last trip; ask whether the blisters are draining.", None, None,
     ("NAME", "Curtis")),
]
NEGATIVES_ROUND2C = [
    ("Winter drivers had frostbite warnings all week; remind callers to pack mittens.", None, None),
]
test_round2c_positive, test_round2c_negative = class_tests(POSITIVES_ROUND2C, NEGATIVES_ROUND2C)

# Round two, fourth batch: musicians named in apposition, Irish Travellers as a people, a continent's
# region, Oromo and Samoan programme words.
POSITIVES_ROUND2D = [
    # guards: a relative of singers, and Asia as a given name
    ("Ask about Rosa Delgado, the singers' aunt, if she calls.", None, None, ("NAME", "Rosa Delgado")),
    ("Asia called about her refill; she is 94 and lives alone.", None, None, ("AGE", "94")),
]
NEGATIVES_ROUND2D = [
    ("Callers may bring up Margaret Barry, the Traveller singers; that's just chat.", None, None),
    ("Many callers are Irish Travellers; be plain-spoken and don't rush them.", None, None),
    ("Hepatitis B screening is offered to everyone born in Central Asia; ICD-10 Z11.59.", None, None),
    ("Ati gargaaraa sagantaa Fayyaa Oromoo ti.", None, None),
    ("Talofa! O Fale Ola lenei; telefoni mai i le taimi e te manaʻo ai.", None, None),
]
test_round2d_positive, test_round2d_negative = class_tests(POSITIVES_ROUND2D, NEGATIVES_ROUND2D)

# Round two, fifth batch: whom the agent "may" transfer to is the practice's staff.
POSITIVES_ROUND2E = [
    # guard: the same kind of name as a patient
    ("Patient Dwight Iron Shell called about his ride; he is on the Wanblee route.", None, None,
     ("NAME", "Dwight Iron Shell")),
]
NEGATIVES_ROUND2E = [
    ("Staff you may transfer to: Lorna Two Bulls (program coordinator, ext. 204), Dwight Iron Shell (CHR, Wanblee "
     "route), Cecelia Bear Robe (RN).", None, None),
]
test_round2e_positive, test_round2e_negative = class_tests(POSITIVES_ROUND2E, NEGATIVES_ROUND2E)

# Round two, sixth batch: a caller with an initial whose given name is a city, programme ids under
# their keys and after a state's Medicaid name, Arabic and Farsi relatives, a Spanish relative's
# number and birthday, what a patient has after a who-clause; a scheduling calendar's UUID, the Virgin
# in Spanish, a chaplain after Mass, the Vietnamese and Persian stand-ins and feasts, athletes.
POSITIVES_ROUND2F = [
    ("user: hey it's Tyler O., I pulled my hamstring, can Dana see me Friday?", None, None, ("NAME", "Tyler O")),
    ("4410937725", "ipledge_id", "value", ("OTHER_ID", "4410937725")),
    ("HHX-3310452", "evv_client_id", "value", ("OTHER_ID", "HHX-3310452")),
    ("Test: Healthy Louisiana ID 7700419931 for the refill demo.", None, None, ("HEALTH_PLAN_ID", "7700419931")),
    ("user: سلام، مادرِ نیما رضایی هستم. Can we move his visit?", None, None, ("NAME", "نیما رضایی")),
    ("رقم ابنة سمير خوري للطوارئ: 313-720-5531", None, None, ("NAME", "سمير خوري")),
    ("Número del hermano de Anselmo: tres cero siete, dos tres cuatro, cinco nueve ocho dos.", None, None,
     ("PHONE", "tres cero siete, dos tres cuatro, cinco nueve ocho dos")),
    ("Teodulo cumple años el 9 de marzo; ese día no le programe la vacuna.", None, None, ("DATE", "9 de marzo")),
    ("Abundio, who herds for Bitter Creek Sheep Co., has a tooth abscess; ask about his swelling.", None, None,
     ("NAME", "Abundio")),
]
NEGATIVES_ROUND2F = [
    ("7c1e9a52-3b8f-4d06-a2e1-5f90c4b8d317", "booking_calendar_id", "value"),
    ("El mural de la sala de espera muestra a la Virgen de la Candelaria.", None, None),
    ("The flu booth is on February 6; Father Minh announces it after every Mass in January.", None, None),
    ('If the caller won\'t give a name, record them as "Nguyễn Văn A", our placeholder.', None, None),
    ("Haho, you've reached the Elder Nutrition Program. Leave your route and a call-back number.", None, None),
    ("Short hours on Sizdah Bedar, April 2.", None, None),
    ("Coaches cite Tommy Kono when they talk about technique.", None, None),
]
test_round2f_positive, test_round2f_negative = class_tests(POSITIVES_ROUND2F, NEGATIVES_ROUND2F)

# Round two, seventh batch: the practice's other lines in the block of one it calls its own, two staff
# members and their patch, a Portuguese saint's town, a Samoan programme's name.
POSITIVES_ROUND2G = [
    # guard: a patient's cell outside the practice's block stays hers
    ("Deaf callers reach us by videophone at (585) 286-4410; her cell is (585) 731-9912.", None, None,
     ("PHONE", "(585) 731-9912")),
]
NEGATIVES_ROUND2G = [
    ("Deaf callers reach us by videophone at (585) 286-4410; hearing callers use voice at (585) 286-4400.", None,
     None),
    ("Halima Dubad and Abdi Warsame cover Cedar-Riverside and Phillips on Tuesdays.", None, None),
    ("Callers from Mindelo and São Vicente often ask for the Kriolu line.", None, None),
    ("Fale Ola Fesoasoani", None, "label"),
]
test_round2g_positive, test_round2g_negative = class_tests(POSITIVES_ROUND2G, NEGATIVES_ROUND2G)

# Round two, eighth batch: an agency's licence named with its issuer and kind, the Lao new year.
POSITIVES_ROUND2H = [
    # guard: a patient's licence after a possessive
    ("Her license: Texas DL 04417729, read back on the test call.", None, None, ("LICENSE_NUMBER", "04417729")),
]
NEGATIVES_ROUND2H = [
    ("The agency's license: Texas HHSC HCSSA license #031992. Give it if a caller asks whether we are licensed.",
     None, None),
    ("Lao calendar: Boun Pi Mai (Lao New Year) is April 14–16; no health fair then.", None, None),
]
test_round2h_positive, test_round2h_negative = class_tests(POSITIVES_ROUND2H, NEGATIVES_ROUND2H)

# Round three (holdouts 313-318), first batch: a record's file name with an initial glued to the surname,
# lower-case ("brace_refit_tdelacroix") or capitalised in a dated file ("consult_notes_DLevitt_2026-08-14").
POSITIVES_ROUND3 = [
    ("brace_refit_kdelacroix", None, "label", ("NAME", "kdelacroix")),
    ("consult_notes_RKessling_2026-08-14.docx", None, "label", ("NAME", "RKessling")),
]
NEGATIVES_ROUND3 = [
    ("PTOnboarding_checklist_2026-01-05.pdf", None, "label"),
    ("XRay_report_template_2026-03-01.pdf", None, "label"),
]
test_round3_positive, test_round3_negative = class_tests(POSITIVES_ROUND3, NEGATIVES_ROUND3)

# Round three, second batch: a portal user whose password is reset, a patient with an epithet before a
# parenthesis, an attendee's id in a URL, a Somali self-introduction; a physio clinic, a guitarist,
# greetings and feasts in French, Somali and Albanian.
POSITIVES_ROUND3B = [
    ("Portal reset request from dorje.lama1958 — he is locked out again.", None, None,
     ("OTHER_ID", "dorje.lama1958")),
    ("Arceneaux the drummer (tinnitus, right worse than left) keeps calling about his earplugs.", None, None,
     ("NAME", "Arceneaux")),
    ("https://xhamiaunion.org/fair/results?attendee=AB-2025-0733", None, "url",
     ("URL", "https://xhamiaunion.org/fair/results?attendee=AB-2025-0733")),
]
NEGATIVES_ROUND3B = [
    ("Password reset for the front desk account is done.", None, None),
    ("You are the injury-clinic line for Summit Physio inside the climbing gym.", None, None),
    ("Django Reinhardt played with two fused fingers; callers ask about him.", None, None),
    ("Bonjour, you've reached Bayou Audiology. Leave your name and number.", None, None),
    ("Xafiisku wuu xiran yahay Ciidul Fidriga, March 20.", None, None),
    ("Flyer_Panairi_Shendetesor_2026_SQ.pdf", None, "label"),
]
test_round3b_positive, test_round3b_negative = class_tests(POSITIVES_ROUND3B, NEGATIVES_ROUND3B)

# Round three, third batch: clergy who lead prayer or take prayer requests, an Ethiopian saint's title,
# a care home's Danish name, Ethiopian fasts, a storyteller; a colleague called over in Portuguese, a
# staff member's extension after the department, a certified midwife, an examiner's registry number;
# Tigrinya and Amharic names, a Portuguese "her number", a Haitian Creole number read in an English prompt.
POSITIVES_ROUND3C = [
    ("user: ሰላም፡ ኣነ ሰምሃር ተስፋይ እየ። ንሰንበት ክመጽእ ይኽእል ድየ?", None, None, ("NAME", "ሰምሃር ተስፋይ")),
    ("ወ/ሮ ለምለም – callback", None, "label", ("NAME", "ወ/ሮ ለምለም")),
    ("Se a filha do Joaquim ligar, o número dela é +55 11 98812-3307.", None, None, ("PHONE", "+55 11 98812-3307")),
    ("For the test call, the member gives her number as: 'twa en sèt, senk kat nèf, de de sèt uit'.", None, None,
     ("PHONE", "twa en sèt, senk kat nèf, de de sèt uit")),
]
NEGATIVES_ROUND3C = [
    ("If a caller wants to add someone to the prayer list, take the request and pass it to Deacon Marcel Joseph.",
     None, None),
    ("Health Sunday is after second service. Pastor Adewale Ogundipe opens with prayer.", None, None),
    ("Saints the agent may hear: Abune Tekle Haymanot, Abune Aregawi.", None, None),
    ("Residents aged 90 and over are invited to the Hans Christian Andersen reading hour.", None, None),
    ("You are Karoline, the phone assistant for Solvang Hjem.", None, None),
    ("During Tsome Nebiyat many callers ask about fasting with insulin.", None, None),
    ("Se o peão falar português, diga: 'Vou chamar o Travis Dunn, ele fala um pouco.'", None, None),
    ("RSVP with Keiko Sato in Activities, ext. 214.", None, None),
    ("La partera certificada Rosa Elvia Zárate lleva el control prenatal los sábados.", None, None),
    ("Medical examiner: Dr. Colleen Hart, DO, National Registry #4817265093.", None, None),
]
test_round3c_positive, test_round3c_negative = class_tests(POSITIVES_ROUND3C, NEGATIVES_ROUND3C)

# Round three, fourth batch (holdout 318): a Spanish month written first under a birth key, a crew
# member as the patient, a badge id, a crew's or a paddler's handle and a prayer list in URLs, a care
# task a name owns in a label; a fellowship, a canal and a lagoon as places and organisations.
POSITIVES_ROUND3D = [
    ("Marzo 14, 1931", "client_dob", "value", ("DATE", "Marzo 14, 1931")),
    ("The retest for crewmember Okafor moved to Friday.", None, None, ("NAME", "Okafor")),
    ("JSC-B-0093310", "crew_badge_id", "value", ("OTHER_ID", "JSC-B-0093310")),
    ("https://canoeclub.org/injury-report/view?paddler=kmoniz", None, "url",
     ("URL", "https://canoeclub.org/injury-report/view?paddler=kmoniz")),
    ("https://stpaulfellowship.org/prayer-list/nyandeng-garang-surgery", None, "url",
     ("URL", "https://stpaulfellowship.org/prayer-list/nyandeng-garang-surgery")),
    ("Keoni's Knee Rehab Check-in", None, "label", ("NAME", "Keoni")),
]
NEGATIVES_ROUND3D = [
    ("Ava's Appointment Reminders", None, "label"),
    ("You are the health ministry helper of Emmanuel Dinka Fellowship in Omaha.", None, None),
    ("Practice sites: Kewalo Basin, Ala Wai Canal and the lagoon.", None, None),
]
test_round3d_positive, test_round3d_negative = class_tests(POSITIVES_ROUND3D, NEGATIVES_ROUND3D)

# Round three, fifth batch (holdout 316): the clinic's van in Spanish, a ministry's glucometer, work the
# practice's staff do "by" them.
POSITIVES_ROUND3E = [
    # guard: a patient's own device keeps its serial
    ("Her pump (serial PX-44817) alarms at night; she is Delia Moreno's mother.", None, None,
     ("DEVICE_ID", "PX-44817")),
]
NEGATIVES_ROUND3E = [
    ("Placa del van: CA 7KLM309 es de la clínica y sale en los reportes de millaje.", None, None),
    ("The ministry's screening glucometer (serial GM-330981, bought with the Harvest offering) goes back in the "
     "cabinet.", None, None),
    ("Drug screens: collections are done here by MA Tanya Briggs.", None, None),
]
test_round3e_positive, test_round3e_negative = class_tests(POSITIVES_ROUND3E, NEGATIVES_ROUND3E)

# Round three, sixth batch: the Hawaiian ʻokina is a letter inside a name ("Kealiʻi").
POSITIVES_ROUND3F = [
    ("Hōʻike: 'Aloha, ʻo Kaleikini Nāone kēia, ua ʻeha koʻu kuli.' Offer the Thursday clinic.", None, None,
     ("NAME", "Kaleikini Nāone")),
    ("Test caller: Keōpūolani Kaʻahanui, knee pain after the regatta; book Thursday.", None, None,
     ("NAME", "Keōpūolani Kaʻahanui")),
    # guard: a Chinese given name that is also the Hawaiian word for a club
    ("Hui Zhang called about her refill; she is 92.", None, None, ("NAME", "Hui Zhang")),
]
NEGATIVES_ROUND3F = [
    ("Queen Liliʻuokalani Trust pays for the van.", None, None),
]
test_round3f_positive, test_round3f_negative = class_tests(POSITIVES_ROUND3F, NEGATIVES_ROUND3F)

# Round four: whose agent it is ("the phone assistant for <organisation>"), not one person's agent.
POSITIVES_ROUND4 = [
    # guards: an assistant for one patient
    ("You are the reminder assistant for Rosa Delgado; call her about her insulin refill.", None, None,
     ("NAME", "Rosa Delgado")),
    ("You are the medication reminder assistant for Tomasz Wierzbicki. He takes warfarin.", None, None,
     ("NAME", "Tomasz Wierzbicki")),
]
NEGATIVES_ROUND4 = [
    ("You are Karoline, the phone assistant for Solvang Hjem in Elk Horn.", None, None),
    ("You are Piath, the health ministry helper of Emmanuel Dinka Fellowship in Omaha.", None, None),
    ("You are Mele, the voice assistant for Kaingalotu Fakafeohi, the church's health committee.", None, None),
    ("You are Ìrètí, the health ministry line for Ìjọ Ayọ̀ Ìwòsàn. Greet callers in Yoruba.", None, None),
]
test_round4_positive, test_round4_negative = class_tests(POSITIVES_ROUND4, NEGATIVES_ROUND4)

# Round four, second batch: the organisation's injury or nurse line after its name, a staff member's
# line at the practice.
POSITIVES_ROUND4B = [
    # guard: a patient named near the nurse line
    ("Call back Mrs. Ortiz on the nurse line about her INR.", None, None, ("NAME", "Mrs. Ortiz")),
]
NEGATIVES_ROUND4B = [
    ("Voicemail: 'Aloha, you've reached the Hui Waʻa injury line. Leave your name and seat.'", None, None),
    ("Hello, you're through to Siobhán's line at Riverbend. She's with someone now, but I can help.", None, None),
]
test_round4b_positive, test_round4b_negative = class_tests(POSITIVES_ROUND4B, NEGATIVES_ROUND4B)

# Round five (holdouts 323-326), first batch: a Medical Assistance id and an aircraft's registration
# under their keys, a Spanish date-of-injury key, a Spanish MyChart user, a Wolof self-introduction;
# Alaska's aviation pioneers, Senegalese scholars, Karen and rodeo feasts, Fur Rondy, the Magal.
POSITIVES_ROUND5 = [
    ("07731922", "ma_id", "value", ("HEALTH_PLAN_ID", "07731922")),
    ("N7714Q", "aircraft_n_number", "value", ("VEHICLE_ID", "N7714Q")),
    ("2026-04-02", "fecha_lesion", "value", ("DATE", "2026-04-02")),
    ("El usuario de MyChart de Rosa Ixcoy es rixcoy.pixan7; mándale el enlace.", None, None,
     ("OTHER_ID", "rixcoy.pixan7")),
    ("Test chat: user: 'Maa ngi tudd Awa Diop, sama bopp dafa metti.' agent: 'Jërëjëf.'", None, None,
     ("NAME", "Awa Diop")),
]
NEGATIVES_ROUND5 = [
    ("Wiley Post and Noel Wien are the pilots in the waiting-room photos.", None, None),
    ("Closed during Fur Rondy and for the Grand Magal de Touba.", None, None),
    ("The Karen Martyrs' Day service on August 12 replaces the screening that week.", None, None),
    ("Cheyenne Frontier Days week we add a pop-up tent behind the arena.", None, None),
    ("If a caller mentions Cheikh Anta Diop or Serigne Touba, that's fine.", None, None),
]
test_round5_positive, test_round5_negative = class_tests(POSITIVES_ROUND5, NEGATIVES_ROUND5)

# Round five, second batch: an initial hyphened to a surname in a record file ("E-Tschudi"), not to a
# word ("X-Ray", "T-Shirt").
POSITIVES_ROUND5B = [
    ("Careplan_R-Zbinden_2026Q3.docx", None, "label", ("NAME", "R-Zbinden")),
]
NEGATIVES_ROUND5B = [
    ("X-Ray_report_template_2026.pdf", None, "label"),
    ("T-Shirt_order_2026.xlsx", None, "label"),
]
test_round5b_positive, test_round5b_negative = class_tests(POSITIVES_ROUND5B, NEGATIVES_ROUND5B)

# Round five, third batch (holdout 326): a priest who says the Mass, calypsonians, a Himalayan climber,
# "Little <city>" neighbourhoods, a hospital named for its founder, German "relatives", a Nepali month.
POSITIVES_ROUND5C = [
    # guard: a patient in a neighbourhood named "Little ..."
    ("Mrs. Haidari from Little Kabul called about her refill; she is 93.", None, None, ("NAME", "Mrs. Haidari")),
]
NEGATIVES_ROUND5C = [
    ("Mass is Fridays at 6 in the dining room; Father Ignatius from St. Columba says it.", None, None),
    ("Lord Kitchener and the Mighty Sparrow are fine small talk — callers love calypso.", None, None),
    ("Most callers know the store from Little Kabul on Fremont Blvd.", None, None),
    ("We take referrals from Highland, Summit, Alta Bates and Kaiser Oakland.", None, None),
    ("Vreneli – Angehörige (family line)", None, "label"),
    ("Elders may give a birthday in Bikram Sambat, like 2030 Baisakh 15; convert it first.", None, None),
]
test_round5c_positive, test_round5c_negative = class_tests(POSITIVES_ROUND5C, NEGATIVES_ROUND5C)

# Round five, fourth batch: a temple's health-fair line, temples and mosques as organisation words.
POSITIVES_ROUND5D = [
    # guard: a patient who comes from the temple
    ("Ramesh Persaud from the mandir called about his sugar check; he is 91.", None, None, ("AGE", "91")),
]
NEGATIVES_ROUND5D = [
    ("You are Seva, the Shree Ganesh Mandir health-fair line. Say 'Sita Ram' and then continue in English.", None,
     None),
]
test_round5d_positive, test_round5d_negative = class_tests(POSITIVES_ROUND5D, NEGATIVES_ROUND5D)

# Round five, fifth batch: whom volunteers and visitors sign in or check in with.
POSITIVES_ROUND5E = [
    # guard: with an honorific it stays a person
    ("Check in with Mrs. Alvarado at 3 about her wound dressing.", None, None, ("NAME", "Mrs. Alvarado")),
]
NEGATIVES_ROUND5E = [
    ("Showers daily 7 to 9 a.m. Volunteers sign in with Rosa at the kitchen door.", None, None),
]
test_round5e_positive, test_round5e_negative = class_tests(POSITIVES_ROUND5E, NEGATIVES_ROUND5E)
