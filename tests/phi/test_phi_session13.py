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
