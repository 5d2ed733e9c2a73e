"""Classes worked in the thirteenth session (2026-11-24), each tested with new text.

A positive names the span that must be found; its look-alike negative must stay clean. Entries that
the previous engine already passed are guards: they keep a new rule from reaching too far.
"""

from __future__ import annotations

from class_harness import class_tests

# Round one (holdouts 260-265): honorifics in scripts without capitals, ids by Spanish and applicant
# cues, church titles that are no kin word, and partner organisations under a key.
POSITIVES_ROUND1 = [
    # honorifics in Farsi, Pashto, Urdu, Amharic, Tigrinya; Igbo and Yoruba in Latin letters
    ("اگر آقای بهرام صفوی تماس گرفت، بگویید داروی او آماده است.", None, None, ("NAME", "آقای بهرام صفوی")),
    ("که مېرمن شکریه هوتک زنګ ووهي، ورته ووایه چې ډاکټر به ورسره وي.", None, None, ("NAME", "مېرمن شکریه هوتک")),
    ("جناب طارق محمود کی رپورٹ آ گئی ہے۔", None, None, ("NAME", "جناب طارق محمود")),
    ("ወ/ሪት ሰላም ተክሌ ከደወለች፣ ቀጠሮዋ ረቡዕ ነው።", None, None, ("NAME", "ወ/ሪት ሰላም ተክሌ")),
    ("ኣቶ ዳዊት ገብረመስቀል ምስ ደወሉ፣ መድሃኒቶም ድሉው እዩ በሎም።", None, None, ("NAME", "ኣቶ ዳዊት ገብረመስቀል")),
    ("Ọ bụrụ na Maazị Ikenna Obiora kpọrọ, gwa ya na nọọsụ ga-abịa n'ụtụtụ. Ọ na-anụ ihe nke ọma naanị na ntị aka nri.",
     None, None, ("NAME", "Maazị Ikenna Obiora")),
    # guard: a Yoruba honorific before a name in English
    ("Ọgbẹni Tunde Adebayo asked for his wound-care visit to move to Friday.", None, None,
     ("NAME", "Ọgbẹni Tunde Adebayo")),
    # a Hindi name before "phones"
    ("राजेश कुमार वर्मा फोन करे तो कहना दवा तैयार है।", None, None, ("NAME", "राजेश कुमार वर्मा")),
    # ids: a value after "on the ... record is", an applicant's id, Spanish plate and licence cues
    ("Medicaid ID on the intake test record is 5530129847; use it once for the eligibility check.", None, None,
     ("HEALTH_PLAN_ID", "5530129847")),
    ("His applicant ID is B7712-0934, read it only to the AME.", None, None, ("OTHER_ID", "B7712-0934")),
    ("Don Aurelio deja la troca afuera, placa 7GHT552, si no abre la puerta.", None, None,
     ("VEHICLE_ID", "7GHT552")),
    ("Dejó su licencia de conducir de Oaxaca número OAX4471902 en la recepción.", None, None,
     ("LICENSE_NUMBER", "OAX4471902")),
    # an obfuscated e-mail with Portuguese words in parentheses
    ("joana.teles (arroba) yahoo (ponto) com", "email_da_paciente", "value",
     ("EMAIL", "joana.teles (arroba) yahoo (ponto) com")),
    # a workers' compensation contact under its key; a partner's own phone stays a relative's
    ("(859) 227-4410", "injured_worker_employer_phone", "value", ("PHONE", "(859) 227-4410")),
    ("(859) 227-4410", "partner_phone", "value", ("PHONE", "(859) 227-4410")),
    # guard: a nun who is the patient keeps her name (a kin-shaped title needs a chaplaincy cue)
    ("Hearing aid repair for Sister Bernadette Loughlin, pick up Friday.", None, None,
     ("NAME", "Bernadette Loughlin")),
]
NEGATIVES_ROUND1 = [
    # a doctor after the honorific; a date format example in Arabic
    ("آقای دکتر رحیمی روزهای شنبه در کلینیک است.", None, None),
    ("اطلب تاريخ ميلاد المريض بصيغة يوم/شهر/سنة، مثلاً ٠٥/٠٩/٢٠١٨.", None, None),
    # church titles that are no kin word, with no chaplaincy cue
    ("Abbot Benedikt signs off on every hospital transfer of a monk.", None, None),
    ("Abouna Mina prays over the refill counter on feast days; the pharmacy closes early.", None, None),
    ("Tasoni Marina Girgis, who runs the church health table, takes blood pressures on Sundays.", None, None),
    ("Patriarch Tikhon's icon hangs in the waiting room.", None, None),
    # the hours of a monastery's day
    ("Office times: Lauds 6:00, Vespers 17:30, Compline 20:00. No calls to the cells after Compline.", None, None),
    # a saint's name at the start of a label
    ("St. Gertrude Garden – east wing", None, "label"),
    # the agent's persona in French
    ("Allô, vous avez rejoint Bayou Teche Home Health à Breaux Bridge. C'est Josette, l'assistante virtuelle. "
     "Comment je peux vous aider aujourd'hui, cher?", None, None),
    # public figures: a quoted poet, aviators on the wall, composers in music history
    ("For the hold message, use a line from Pablo Neruda, in Spanish first.", None, None),
    ("The lobby has photos of Charles Lindbergh and Bessie Coleman; pilots like to talk about them.", None, None),
    # eponyms: a lantern test, a tenosynovitis, a contracture
    ("Colour vision failures get a Farnsworth lantern test before the certificate is denied.", None, None),
    ("De Quervain's tenosynovitis and Dupuytren's contracture are splinted in the hand clinic.", None, None),
    # a partner organisation's fax under its key
    ("502-318-7746", "partner_pharmacy_fax", "value"),
    ("502-318-7746", "partner_clinic_phone", "value"),
    # Spanish words that are no plate or licence
    ("La placa dental se revisa en cada limpieza.", None, None),
    ("Pida la licencia de conducir solo para la van del programa.", None, None),
]
test_round1_positive, test_round1_negative = class_tests(POSITIVES_ROUND1, NEGATIVES_ROUND1)

# Round one, second batch: a Spanish kin cue before a name the lexicon lacks, places people come
# from, camps and lakes, an initial fused to a surname in a file name, a system's timestamp, and a
# birthday written with a month name the parser does not read.
POSITIVES_ROUND1B = [
    ("Si llama el papá de Ulises Cuauhtli, dígale que Ulises ya puede volver a la escuela.", None, None,
     ("NAME", "Ulises Cuauhtli")),
    ("Imaging_L.Vatuvei_Mar3.pdf", None, "label", ("NAME", "L.Vatuvei")),
    ("14 تموز", "child_birthday", "value", ("DATE", "14 تموز")),
    ("መስከረም 7", "patient_birthday", "value", ("DATE", "መስከረም 7")),
    # guard: people on a list after "patients from" are still people
    ("Call back the patients from yesterday: Maria Lopez, Tom Reed and Ana Ruiz.", None, None,
     ("NAME", "Maria Lopez")),
]
NEGATIVES_ROUND1B = [
    ("We welcome families from Florence, Sheffield, Muscle Shoals and Tuscumbia.", None, None),
    ("Guests from Vail, Edwards, Avon and Minturn can use the valley clinic.", None, None),
    ("The lodge nurse at Camp Marion Hollow takes calls until 9.", None, None),
    ("A.Fib_clinic_intake.pdf", None, "label"),
    ("E.Coli_outbreak_memo.pdf", None, "label"),
    ("The member roster last synced 2026-03-02T06:15:00Z; if a member is missing, take a message.", None, None),
    ("Room 12", "birthday_party_room", "value"),
    ("3 weeks", "patient_dob_followup", "value"),
]
test_round1b_positive, test_round1b_negative = class_tests(POSITIVES_ROUND1B, NEGATIVES_ROUND1B)

# Round one, third batch: Arabic relatives before a name, an Arabic date of birth, and an
# organisation's main line in a label in another language.
POSITIVES_ROUND1C = [
    ("إذا اتصلت والدة ريم الخطيب فأخبرها أن التحاليل جاهزة.", None, None, ("NAME", "ريم الخطيب")),
    ("للاختبار فقط: المتصل هو زوج هالة النمر ويسأل عن موعدها.", None, None, ("NAME", "هالة النمر")),
    ("سامي عيسى، تاريخ الميلاد ٠٣/١١/٢٠١٩، متابعة الربو.", None, None, ("DATE", "٠٣/١١/٢٠١٩")),
    # guards: a kunya after the caller verb stays a name; a person's own main line stays a name
    ("إذا اتصلت أم خالد الشامي بخصوص الدواء، حوّلها إلى الصيدلي.", None, None, ("NAME", "أم خالد")),
    ("Rosa Delgado – línea principal", None, "label", ("NAME", "Rosa Delgado")),
]
NEGATIVES_ROUND1C = [
    ("اسأل والد الطفل عن موعد التطعيم القادم.", None, None),
    ("إذا اتصلت زوجة المريض فاطلب رقم الملف أولاً.", None, None),
    ("Vida Nova – linha principal PT/ES", None, "label"),
]
test_round1c_positive, test_round1c_negative = class_tests(POSITIVES_ROUND1C, NEGATIVES_ROUND1C)

# Round two (holdouts 266-271): honorifics and relatives in more scripts, surrogates and workers
# under keys, ids by new cues, and places, feasts, races and figures that are no one's name.
POSITIVES_ROUND2 = [
    # a heading's colon, then an honorific: the visit's patient, not the nurse
    ("Endereço da visita da enfermeira: Sra. Graça Mabunda, 12 Ferry St, Newark.", None, None,
     ("NAME", "Sra. Graça Mabunda")),
    ("A D. Conceição liga às terças por causa da tensão; só a enfermeira pode responder.", None, None,
     ("NAME", "D. Conceição")),
    # a patient's health-care agent under its key; a patient's phone under Portuguese and Spanish keys
    ("Ramona Biswas-Lall", "hcp_agent", "value", ("NAME", "Ramona Biswas-Lall")),
    ("+1 862 411 0937", "telefone_utente", "value", ("PHONE", "+1 862 411 0937")),
    ("920-611-2048", "trabajador_telefono", "value", ("PHONE", "920-611-2048")),
    ("Yadira (hija) 413-377-9015", "contacto_emergencia", "value", ("PHONE", "413-377-9015")),
    ("Hạnh (con gái) 504-318-2266", "lien_lac_khan_cap", "value", ("PHONE", "504-318-2266")),
    ("Lleva al trabajador de la lechería a la clínica; su celular es 608-433-7120.", None, None,
     ("PHONE", "608-433-7120")),
    # a relative in Yiddish and Hebrew; a Nepali patient cue; a Korean name with a kinship note
    ("די מאמע פון רבקה לאה שטערן רופט וועגן די רעזולטאטן.", None, None, ("NAME", "רבקה לאה")),
    ("גוט מארגן מרת הערש, דער דאקטער וועט אייך אנרופן.", "greeting_yi", "value", ("NAME", "מרת הערש")),
    ("परीक्षणको लागि: बिरामी सीता कुमारी थापा, जन्म मिति अज्ञात।", None, None, ("NAME", "सीता कुमारी थापा")),
    ("Family line – 김영수 (남편)", None, "label", ("NAME", "김영수")),
    # a kin word keeps a given name that is also a city
    ("His grandson Austin picks up the oxygen on Mondays.", None, None, ("NAME", "Austin")),
    ("Her son Dallas brings her to dialysis on Tuesdays.", None, None, ("NAME", "Dallas")),
    # ids: after someone described, after a value's giver, a USCIS number, a sport's id, a sign-in name
    ("The audiologist needs the processor serial for the boy who lost his at camp: NX-55120987.", None, None,
     ("DEVICE_ID", "NX-55120987")),
    ("PESEL podany przez pacjenta w rozmowie testowej: 72110304518", None, None, ("OTHER_ID", "72110304518")),
    ("A-number A-201-554-918 belongs to the test client; delete it after the demo.", None, None,
     ("OTHER_ID", "A-201-554-918")),
    ("USA Swimming ID 3D7E10A92C4B55 for the 12-and-under swimmer with the shoulder strain.", None, None,
     ("OTHER_ID", "3D7E10A92C4B55")),
    ("The demo account logs in to the portal as winona.feld73; reset it after the training.", None, None,
     ("OTHER_ID", "winona.feld73")),
    ("https://www.swimcloud.com/swimmer/4417208/", None, "url", ("URL", "https://www.swimcloud.com/swimmer/4417208/")),
    # dates: "I was born" in Spanish, a Bikram Sambat birthday under its key
    ("User: Buenas tardes, nací el 3 de mayo del 58 y necesito mi cita.", None, None, ("DATE", "3 de mayo")),
    ("२०४१ जेठ ९", "patient_dob_bs", "value", ("DATE", "२०४१ जेठ ९")),
]
NEGATIVES_ROUND2 = [
    ("Nurse: Ms. Park covers the phones until noon.", None, None),
    ("Sarah Kim", "agent_name", "value"),
    ("3-15", "dia_de_la_independencia", "value"),
    ("(912) 555-7711", "family_liaison_phone", "value"),
    ("Riders flying through Grantley Adams or Norman Manley airport often miss their dialysis slot; rebook them.",
     None, None),
    ("Shabbos and Yom Tov hours differ; we close early before Rosh Hashanah and Sukkot.", None, None),
    ("Closed for Dashain on Vijaya Dashami and for Bhai Tika during Tihar.", None, None),
    ("DHAT Marjorie Nanalook sees patients in Akiak the first week of the month.", None, None),
    ("The Iditarod checkpoint clinic closes when the Kuskokwim 300 starts.", None, None),
    ("For the CPR drill, the 'patient' is a mannequin named Rescue Randy.", None, None),
    ("Jan Kowalski", "default_patient_name", "value"),
    ("The IMEI for the pump modem bench unit: 490154203237518 (a documentation example).", None, None),
    ("Birth dates come day first here: 04.07.1959 is the 4th of July.", None, None),
    ("Pastor Samuel Ahn (안사무엘 목사님) offers chaplain visits on Wednesdays.", None, None),
    ("Nunca cambies el turno sin la aprobación de la enfermera jefa Marisol Tapia.", None, None),
    ("Short prayers callers like: the Hail Mary, or 'St. Thérèse, pray for us.'", None, None),
    ("Parents compare training loads with Katie Ledecky's; talk about the swimmer's own plan.", None, None),
    ("Staff sign in as frontdesk_02 on the kiosk.", None, None),
    ("Please leave a number 503-555-0100 for the front desk.", None, None),
    ("बिरामी को फोन आए तो डॉक्टर को बताएं।", None, None),
    ("Room 12", "birthday_party_room", "value"),
]
test_round2_positive, test_round2_negative = class_tests(POSITIVES_ROUND2, NEGATIVES_ROUND2)

# Round three (holdouts 272-277): a patient cue before a name whose last word is an English word,
# honorifics in Bosnian, Burmese, Urdu and Pashto cues, Somali relatives, spelled Portuguese phones,
# more person keys, and figures, feasts, rooms and countries that are no one's name.
POSITIVES_ROUND3 = [
    ("Retired member Arlis Dyer hauls a few traps and asks about his Medicare plan.", None, None,
     ("NAME", "Arlis Dyer")),
    ("Sin gospođe Hodžić, Emir, zove u njeno ime.", None, None, ("NAME", "gospođe Hodžić")),
    ("ဒေါ်ခင်မာလာ ဖုန်းဆက်လျှင် ဆေးခန်းသို့ လွှဲပေးပါ။", None, None, ("NAME", "ဒေါ်ခင်မာလာ")),
    ("ٹیسٹ کے لیے: مریض کا نام عمران بشیر، ذیابیطس کا فالو اپ۔", None, None, ("NAME", "عمران بشیر")),
    ("User: Waxaan u wacayaa aabahay, Cali Faarax, oo sonkorowga qaba.", None, None, ("NAME", "Cali Faarax")),
    ("Ligar de volta pra Rosângela no dois zero um, quatro cinco seis, sete oito nove zero.", None, None,
     ("PHONE", "dois zero um, quatro cinco seis, sete oito nove zero")),
    ("406-552-1187", "mom_phone", "value", ("PHONE", "406-552-1187")),
    ("602-331-7788", "pilgrim_phone", "value", ("PHONE", "602-331-7788")),
    ("786-220-4471", "waiver_signer_phone", "value", ("PHONE", "786-220-4471")),
    ("https://raicesdelcampo.org/portal/trabajador/55102933/resultados", None, "url",
     ("URL", "https://raicesdelcampo.org/portal/trabajador/55102933/resultados")),
    ("JMBG 0507968175012 dat na probnom pozivu.", None, None, ("OTHER_ID", "0507968175012")),
    ("ትዕግስት_ሀይሉ_insurance_card.png", None, "label", ("PHOTO", "ትዕግስት_ሀይሉ_insurance_card.png")),
]
NEGATIVES_ROUND3 = [
    ("712-440-3301", "case_worker_phone", "value"),
    ("Hydration reminders can quote Satchel Paige; keep them light.", None, None),
    ("Books by Elder Porphyrios are sold in the bookstore.", None, None),
    ("The rear naked choke is named after the judoka Masahiko Kimura; it is a technique.", None, None),
    ("We run free rides from Cecilia, Parks and Breaux Bridge on Sundays.", None, None),
    ("Ordinacija je zatvorena za Kurban-bajram, 6. juna.", None, None),
    ("Cô Thảo (điều phối viên) xếp lịch xe buýt cho các cụ.", None, None),
    ("Travel screening: callers back from Liberia, Sierra Leone or Guinea with fever stay home.", None, None),
    ("The three exam rooms are named Amelia Bloomer, Vasco da Gama and Frida Kahlo.", None, None),
    ("The Holy Ghost lunch (sopas do Espírito Santo) is Sunday; members ride free.", None, None),
    ("Transfira a chamada ao Sr. Gaspar Medeiros, o diretor, se pedirem um reembolso.", None, None),
    ("The lobby has a Herb Brooks quote and a Haile Gebrselassie poster.", None, None),
    ("መመሪያ_ለታካሚዎች_intake_form.pdf", None, "label"),
]
test_round3_positive, test_round3_negative = class_tests(POSITIVES_ROUND3, NEGATIVES_ROUND3)

# Read sets added to the repository, their last false positives: a certificate in parentheses, a
# therapy and who gives it, a Vietnamese centre and river, Arabic stand-ins for a caller's name.
POSITIVES_ROUND3B = [
    # guard: a credential in parentheses does not hide a patient's note
    ("Ms. Yvette Brathwaite (diabetic, Saturdays) needs her insulin pen refilled.", None, None,
     ("NAME", "Ms. Yvette Brathwaite")),
]
NEGATIVES_ROUND3B = [
    ("Aide Merline Toussaint (HHA, weekends) speaks Kreyòl; match her to Haitian clients.", None, None),
    ("Room 3 is for occupational therapy with Anh Duy on Fridays.", None, None),
    ("Dạ, Trung Tâm Sông Hồng xin chào. Cô chú cần chi ạ?", None, None),
    ("ضيفنا العزيز", "default_caller_name", "value"),
    ("Chai Lifeline volunteers may call to arrange rides for families.", None, None),
]
test_round3b_positive, test_round3b_negative = class_tests(POSITIVES_ROUND3B, NEGATIVES_ROUND3B)

# Round four (holdouts 278-283): names in other scripts after English cues, one-word Farsi honorifics,
# Swahili "Bi.", Arabic "I am" in a caller's turn; songs, businesses, scripts and practices named for
# people, monastery-style defaults, Greek saints, and January 1 as resettlement papers' birthday.
POSITIVES_ROUND4 = [
    ("Test chat: caller says his name is ᏣᏂ ᎦᏬᏂᏍᎩ and his sugar was 290.", None, None, ("NAME", "ᏣᏂ ᎦᏬᏂᏍᎩ")),
    ("تلفن آقای رضایی: ۳۱۰-۴۴۸-۲۲۷۱ — بعد از ساعت ۶ زنگ بزنید.", None, None, ("NAME", "آقای رضایی")),
    ("Kumbuka: Bi. Wanjiru anaishi na binti yake; mpigie baada ya saa nane.", None, None, ("NAME", "Bi. Wanjiru")),
    ("user: مرحبا، أنا سامر حداد، بدي موعد لبنتي.\nassistant: أهلاً سامر.", None, None, ("NAME", "سامر حداد")),
    # guards: a year with January 1 is someone's birth date; a relative's "administrator of the estate"
    ("Test refugee patient Amina Yusuf, birth date January 1, 1961, resettled in 2019.", None, None,
     ("DATE", "January 1, 1961")),
    ("Her daughter Ana Ruiz is administrator of the estate.", None, None, ("NAME", "Ana Ruiz")),
]
NEGATIVES_ROUND4 = [
    ("ᎣᏏᏲ! Thank you for calling the Cherokee diabetes line.", None, None),
    ("آقای عزیز، خوش آمدید.", None, None),
    ("user: مرحبا، أنا تعبانة كتير.", None, None),
    ("Many members were resettled with paperwork that lists January 1 as the birthday. Accept 01/01.", None, None),
    ("Many callers have January 1 as their official birth date because camp documents used it.", None, None),
    ("Sos Lupita, la asistente telefónica de la agencia. Hablá con calma.", None, None),
    ("Lupita – Recordatorios de visitas", None, "label"),
    ("Manang Luz v1.4 (Ilocano/English)", None, "label"),
    ("Rooms: Op 1 and Op 2 are Dr. Eleni's, Op 3 is hygiene.", None, None),
    ("Papadakis_Family_Dentistry_Fees_2026.pdf", None, "label"),
    ("On January 7 (Άγιος Ιωάννης) Athena may open with a name-day greeting.", None, None),
    ("ਜੀ", "caller_name_default", "value"),
    ("φίλε μου", "default_name", "value"),
    ("The Lusk and Cody rodeos share our medical trailer.", None, None),
    ("Say dates the way callers say them, like 'April 2nd, 1955', and never guess a year.", None, None),
    ("Hold music is a Linda George song; you may name the singer.", None, None),
    ("Read our mailbox slowly: rx [at] cedarcarerx [dot] com.", None, None),
    ("Old-timers call it the trailer Hostetler's Dairy donated in 2011.", None, None),
    ("Jill Bouwman, RN, is Director of Nursing; Karen Vanden Bosch is administrator.", None, None),
    ("Cash prices: Coartem 20/120 mg, 24 tablets, $38.", None, None),
    ("Bill Sheehan (safety, ext. 14) takes jobsite hazard reports.", None, None),
    ("Mention the founder's inspiration, Wangari Maathai, only if asked.", None, None),
]
test_round4_positive, test_round4_negative = class_tests(POSITIVES_ROUND4, NEGATIVES_ROUND4)

# Round five (holdouts 284-289): Khmer honorifics and file names, Spanish keys and the "es" of a
# value, Medi-Cal's BIC; events, knights, hospitals, temples, monks, pandits, feasts, staff at a
# Spanish extension, service areas in Spanish, camps in lists, clergy who visit the homebound.
POSITIVES_ROUND5 = [
    ("សូមទូរស័ព្ទទៅលោកតា សុខ ចាន់ថា វិញ នៅថ្ងៃច័ន្ទ។", None, None, ("NAME", "លោកតា សុខ ចាន់ថា")),
    ("សុខ ណារី_intake_2026-05-11.pdf", None, "label", ("NAME", "សុខ ណារី")),
    ("XKT550193318", "id_miembro", "value", ("HEALTH_PLAN_ID", "XKT550193318")),
    ("31-207-55810", "numero_reclamo", "value", ("OTHER_ID", "31-207-55810")),
    ("D5519032", "licencia_conducir", "value", ("LICENSE_NUMBER", "D5519032")),
    ("Su número de miembro es 77102934, y llama los martes.", None, None, ("HEALTH_PLAN_ID", "77102934")),
    ("Rocío se cayó el 2 de mayo; su Medi-Cal BIC es 55120937B44018.", None, None,
     ("HEALTH_PLAN_ID", "55120937B44018")),
    # guard: a deacon who is the patient keeps his name
    ("Deacon Milad Girgis's wife called: he is on apixaban now.", None, None, ("NAME", "Deacon Milad Girgis")),
]
NEGATIVES_ROUND5 = [
    ("Para marcapasos, transfiera a Lucía Montoya, extensión 214.", None, None),
    ("The Windermere Cup is on Opening Day; the office closes early.", None, None),
    ("If a caller mentions Sir Garfield Sobers, chat for a moment about home.", None, None),
    ("Venerable Sok Vanna gives a blessing for the sick after evening chanting.", None, None),
    ("Pandit Ramsaran does the opening puja at 9.", None, None),
    ("If someone needs a ride to Lowell General, transfer to the coordinator.", None, None),
    ("The temple is closed on the last day of Pchum Ben; the line still takes messages.", None, None),
    ("You reached the Wat Prachum Metta health volunteers; leave a message.", None, None),
    ("Hanuman Jayanti and the Ram Navami katha are on the temple calendar.", None, None),
    ("Aunty", "default_caller_title", "value"),
    ("Emiliano Zapata y Pancho Villa son los caballos de la asociación.", None, None),
    ("Equipo: Rubén Ochoa (EMT, jefe de brigada) y Marisol Tapia (paramédica).", None, None),
    ("Older members were registered with January 1st because their papers only had a year.", None, None),
    ("Cubrimos Hartford, East Hartford, Wethersfield y Newington.", None, None),
    ("Father Spyridon Kallas visits homebound parishioners on Wednesdays.", None, None),
    ("Families may say they came from Mae La, Umpiem Mai or Nu Po camp.", None, None),
    ("The line is closed on Orthodox Pascha and on Christmas Day.", None, None),
    ("Agent: Η γραμμή λειτουργεί Δευτέρα έως Σάββατο. Την Κυριακή καλέστε το 911.", None, None),
]
test_round5_positive, test_round5_negative = class_tests(POSITIVES_ROUND5, NEGATIVES_ROUND5)

# Round five, second batch: whom the agent hands a call or a message to, a deacon bringing
# communion, a home-nursing agency named after two towns.
POSITIVES_ROUND5B = [
    # guards: a message left for a patient at her number; "I can ask" a patient to confirm
    ("Leave the message for Rhoda at six oh five, two four five, one one nine two.", None, None,
     ("NAME", "Rhoda")),
    ("Please call back the patient; I can ask Rosa Delgado to confirm her DOB.", None, None,
     ("NAME", "Rosa Delgado")),
]
NEGATIVES_ROUND5B = [
    ("If she gains more than 3 pounds in a day, tell her to call Leilani the same day.", None, None),
    ("If a caller will not give a name, flag the message for Nadine.", None, None),
    ("Deacon Fadi Khoury brings Communion to the hospital on Fridays.", None, None),
    ("Good morning, Bridgetown & Kingstown Home Nursing, Gloria speaking.", None, None),
]
test_round5b_positive, test_round5b_negative = class_tests(POSITIVES_ROUND5B, NEGATIVES_ROUND5B)

# Round six (holdouts 290-293): an agent's UUID after "member", personas introduced in Vietnamese and
# Haitian Creole, Vietnamese temples, feasts and nuns, an agency's lawyer, Pope John Paul II in Polish.
NEGATIVES_ROUND6 = [
    ("After 7 pm, hand off to squad member 7d1e9a20-b3c4-4d5e-8f60-a1b2c3d4e5f6 (on-call nurse line).", None, None),
    ("Bạn là Diệu Hạnh, trợ lý của Đường Dây Sức Khỏe Chùa Hương Linh.", None, None),
    ("Sư cô Diệu Liên điều phối tình nguyện viên.", None, None),
    ("Đại lễ Phật Đản năm nay vào ngày 31 tháng 5; đường dây nghỉ cả ngày.", None, None),
    ("Ou se Nadège, resepsyonis vityèl ajans lan. Pale Kreyòl dabò.", None, None),
    ("Di yo Mèt Jean-Robert Cadet, avoka ajans lan, ap kontakte yo.", None, None),
    ("W holu wisi zdjęcie Jana Pawła II z 1979 roku.", None, None),
]
POSITIVES_ROUND6 = [
    # guards: a member id that is no UUID; a Vietnamese patient with her kin title
    ("Member 88213347 called about her refill.", None, None, ("HEALTH_PLAN_ID", "88213347")),
    ("Ghi chú: Chị Phạm Thị Hoa ở Cedar Flats đã gọi hai lần về thuốc.", None, None, ("NAME", "Chị Phạm Thị Hoa")),
]
test_round6_positive, test_round6_negative = class_tests(POSITIVES_ROUND6, NEGATIVES_ROUND6)

# Round six, second batch: a test chat with bracketed speakers, names discussed as Spanish surnames,
# a staff rota, an athlete's ids under their keys.
POSITIVES_ROUND6B = [
    ("chat_history: [user] مرحبا، أنا هبة قاسم، بدي موعد. [agent] أهلا هبة.", None, None, ("NAME", "هبة قاسم")),
    ("10015520417", "uci_id", "value", ("OTHER_ID", "10015520417")),
    ("TUE-USADA-26-0588-EC", "tue_reference", "value", ("OTHER_ID", "TUE-USADA-26-0588-EC")),
    ("Ruth Ann is off the ventilator since Tuesday; her son will call.", None, None, ("NAME", "Ruth Ann")),
]
NEGATIVES_ROUND6B = [
    ("chat_history: [agent] مرحبا، أنا سلمى، المساعدة الافتراضية.", None, None),
    ("En Nebaj, Pedro, Tomás y Diego son también apellidos; pregunte el primer apellido.", None, None),
    ("Ruth Ann is off the first week of every month and Esther Miller covers.", None, None),
]
test_round6b_positive, test_round6b_negative = class_tests(POSITIVES_ROUND6B, NEGATIVES_ROUND6B)

# Round six, third batch: staff handed a call in Vietnamese and Polish, a volunteer RN in
# Vietnamese, a river, Kreyòl and Polish words of a line, the agency's licence under its key.
POSITIVES_ROUND6C = [
    # guard: a patient cue keeps a name followed by a geographic word
    ("Patient Jordan River needs a ride on Tuesday.", None, None, ("NAME", "Jordan")),
]
NEGATIVES_ROUND6C = [
    ("Nếu gọi lại, chuyển cho chị Mai.", None, None),
    ("Chị Thu (RN tình nguyện) gọi lại trong vòng 24 giờ.", None, None),
    ("Jeśli zadzwoni znowu, połącz z Magdą Stoch.", None, None),
    ("The program office is on the Cheyenne River Reservation, Room 118.", None, None),
    ("Baca – recepcja Giewont", None, "label"),
    ("Telefòn (305) 758-4120, faks (305) 758-4127.", None, None),
    ("HHA299993817", "ahca_license", "value"),
]
test_round6c_positive, test_round6c_negative = class_tests(POSITIVES_ROUND6C, NEGATIVES_ROUND6C)

# Guards for the Arabic relative cues: "the child" after a caller verb or a relative's word still
# leads to the child's name (a never-read set lost such a case mid-session, traced by ids and counts).
POSITIVES_ARABIC_CHILD = [
    ("إذا اتصلت الطفلة ريم سعيد فحوّلها إلى الممرضة.", None, None, ("NAME", "الطفلة ريم")),
    ("ملاحظة: والد الطفلة جود عيسى يتصل مساءً.", None, None, ("NAME", "جود عيسى")),
]
NEGATIVES_ARABIC_CHILD = [
    ("اسأل والد الطفل عن موعد التطعيم القادم.", None, None),
]
test_arabic_child_positive, test_arabic_child_negative = class_tests(POSITIVES_ARABIC_CHILD, NEGATIVES_ARABIC_CHILD)

# Round seven (holdouts 294-296): UUIDs after biometric cue words, a Burmese self-introduction with its
# honorific, a Tibetan physician's title, Our Lady and feast days in Portuguese, founders of a movement.
POSITIVES_ROUND7 = [
    ("user: ဆရာမ၊ ကျွန်တော် ဦးအောင်မြင့် ပါ။ ဆေးပြန်ယူချင်ပါတယ်။", None, None, ("NAME", "ဦးအောင်မြင့်")),
    # guard: a template number that is no UUID after a biometric cue
    ("Fingerprint template 4471-9920-1183 stored for patient Ada Ruiz.", None, None,
     ("BIOMETRIC", "4471-9920-1183")),
]
NEGATIVES_ROUND7 = [
    ("Open the extra slots in the 'Storm day' template (template id 3f9a1c2e-7b4d-4e8f-9a0b-c1d2e3f4a5b6).", None,
     None),
    ("The goodbye message can mention Dorothy Day and Peter Maurin, founders of the movement.", None, None),
    ("Dia de Portugal (June 10) is a half day.", None, None),
    ("Amchi Tenzin Norbu offers consults on Saturdays.", None, None),
]
test_round7_positive, test_round7_negative = class_tests(POSITIVES_ROUND7, NEGATIVES_ROUND7)

# Round seven, second batch: an agent's label with its voice, Mardi Gras and Tibetan feasts and medicine.
POSITIVES_ROUND7B = [
    # guard: a call-back label with a patient keeps the name whatever voice it names
    ("Callback – Maria Lopez (es-MX voice)", None, "label", ("NAME", "Maria Lopez")),
]
NEGATIVES_ROUND7B = [
    ("Agent: Lucía – Caldwell (es-MX voice)", None, "label"),
    ("Closed Mardi Gras day; those patients shift to the day before.", None, None),
    ("Closures: Losar and Saga Dawa Düchen are half days.", None, None),
    ("Amchi Tenzin Norbu offers Sowa Rigpa consults on Saturdays.", None, None),
]
test_round7b_positive, test_round7b_negative = class_tests(POSITIVES_ROUND7B, NEGATIVES_ROUND7B)
