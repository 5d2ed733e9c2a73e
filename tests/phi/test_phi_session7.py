"""Classes worked in the seventh session of 2026-11-23 (blind sets BA-BF, holdouts 74-76 and 78-80,
and the hard negatives the blind-set brief lists), each tested with new text.

A positive names the span that must be found; its look-alike negative must stay clean. Entries that
the previous engine already passed are guards: they keep a new rule from reaching too far.
"""

from __future__ import annotations

from class_harness import class_tests

POSITIVES_BRIEF = [
    # guards: a ticket about a named patient, a person's age, a patient's post, a person's licence
    ("Ticket #58213 for Ms. Okafor's billing dispute is still open.", None, None, ("OTHER_ID", "58213")),
    ("Our oldest patient is 95 years old and still drives herself in.", None, None, ("AGE", "95")),
    ("Harriet in the east wing turns 101 on Sunday.", None, None, ("AGE", "101")),
    ("Mail the kit to 4410 Harbor Blvd, Apt 2, Tacoma for Mrs. Varga.", None, None,
     ("GEO", "4410 Harbor Blvd, Apt 2")),
    ("Driver's license number D4410-2281-77 was scanned at check-in for Mr. Haines.", None, None,
     ("LICENSE_NUMBER", "D4410-2281-77")),
]

NEGATIVES_BRIEF = [
    # the organisation's own IT or vendor tickets
    ("Helpdesk ticket #58213 tracks the phone-tree bug; do not read it to callers.", None, None),
    ("IT ticket number 7730412 covers the hold-music outage.", None, None),
    # the age of a building, a practice or a tree
    ("Our clinic's oldest building is 95 years old and has no elevator on the east side.", None, None),
    ("The practice turns 100 next spring, so mention the open house.", None, None),
    # the organisation's own post and licence
    ("Send the invoices to 4410 Harbor Blvd, Suite 200, Tacoma.", None, None),
    ("Mail the checks to 1200 Commerce Way, Olympia, attention Billing.", None, None),
    ("Our pharmacy license number PHR-00418 is posted at the front counter.", None, None),
    ("The dispensary's state license #MC-220841 must be read out if a caller asks.", None, None),
]

# Names of families who came to the US after the 1990 census, in labels with other words
# (lexicon.label_names, from the 2020 census), and the labels where such a name is not a patient.
POSITIVES_LABEL_NAMES = [
    ("Tesfaye - Tues dressing change", None, "label", ("NAME", "Tesfaye")),
    ("Gurung family refill callback", None, "label", ("NAME", "Gurung")),
    ("dhaliwal_insulin_pump_log.pdf", None, "label", ("NAME", "dhaliwal")),
    ("Zebulon - Tues INR", None, "label", ("NAME", "Zebulon")),
    # a rarer 1990 census surname, before only read in a record's file name
    ("Saleh family - TPN delivery", None, "label", ("NAME", "Saleh")),
]

NEGATIVES_LABEL_NAMES = [
    ("Zebulon", None, "label"),  # a label that is only a name: the assistant's persona
    ("Zebulon v2.1 - refill intake", None, "label"),  # a persona and its version
    ("Tesfaye (Tigrinya interpreter)", None, "label"),  # a member of staff
    ("Gurung Creek outreach van", None, "label"),  # a place named for someone
    ("Infusion Clinic — Dhaliwal", None, "label"),  # the practice's site
    ("Tesfaye - Spanish line", None, "label"),  # a line's label
]

# Staff named with a role after them and no article, by the work they do, or by a role before them.
NEGATIVES_STAFF = [
    ("Priya Halvorsen, lead tech, decides which implants are MR-safe.", None, None),
    ("Fr. Anton Beaulieu, chaplain, visits the ward on Fridays.", None, None),
    ("Odile Marchetti dispatches the vans. Benny Ruiz and Hal Dorsey do repairs.", None, None),
    ("Page embryologist Rafael Quintero if a tank alarm sounds.", None, None),
    ("CHWs Lorna Begaye and Tomas Reyes cover Chinle and Tsaile.", None, None),
    ("Financial counselor Imke Sorensen: imke.sorensen@brightmeadowivf.com", None, None),
    ("Denise (SW) callbacks", None, "label"),
]
POSITIVES_STAFF_LOOKALIKES = [
    # the same shapes with a patient in them
    ("Priya Halvorsen, lead patient in the trial, needs her MRI moved.", None, None, ("NAME", "Priya Halvorsen")),
    ("Benny Ruiz and his wife do the driving; he has dialysis Tuesdays.", None, None, ("NAME", "Benny Ruiz")),
    ("Note from Shay (front desk): Mrs. Obiora called about her stent.", None, None, ("NAME", "Mrs. Obiora")),
]

# A first name set off by an age; a portal login "for the demo family"; a person named in a query.
POSITIVES_CUES = [
    ("Summary test: 'Kiara, 11, left hemiplegia, new AFO, dad asks about straps.'", None, None, ("NAME", "Kiara")),
    ("Ask Dr. Pell first: Brantley, the 7-year-old with eczema, reacts to latex.", None, None, ("NAME", "Brantley")),
    ("Patient portal login for the test household is okafor_fam22 - use it for the reset flow.", None, None,
     ("OTHER_ID", "okafor_fam22")),
    ("App username for the pilot patient is mhalloran.rx9.", None, None, ("OTHER_ID", "mhalloran.rx9")),
    ("https://health.westlake.edu/secure/msg?student=20417733", None, "url",
     ("URL", "https://health.westlake.edu/secure/msg?student=20417733")),
    ("https://orders.aeroliving.com/track/5512?customer=dwhitcombe", None, "url",
     ("URL", "https://orders.aeroliving.com/track/5512?customer=dwhitcombe")),
]
NEGATIVES_CUES = [
    ("Suite 15, 3rd floor; kids under 5, 6-year-olds and teens meet in Room A (12).", None, None),
    ("Username for the shared front-desk account is frontdesk_02; it is not a patient's.", None, None),
    ("The portal login for every patient is their e-mail address; never read it out.", None, None),
    ("https://orders.aeroliving.com/track?customer_type=residential", None, "url"),
    ("https://health.westlake.edu/forms?student=new", None, "url"),
]

# Figures of a community's history and its words: quoted authors, people a mural shows, a leader in
# apposition, a general, Sikh holy days, Hmong words.
NEGATIVES_FIGURES = [
    ("Quote Viktor Frankl only if the caller brings up meaning; never diagnose.", None, None),
    ("The song at the open house has lyrics by Loretta Skenandore, the nation's first poet laureate.", None, None),
    ("The lobby mural shows Chief Joseph and Sarah Winnemucca; callers sometimes ask about it.", None, None),
    ("Grandparents talk about General Tou Lue and the long march; listen, then return to the visit.", None, None),
    ("We close for Guru Nanak Gurpurab and for Vaisakhi.", None, None),
    ("Ask whether they prefer Hmoob Dawb or Hmoob Ntsuab; Paj Ntaub classes are on Fridays.", None, None),
]
POSITIVES_FIGURE_LOOKALIKES = [
    ("Quote Mrs. Oyelowo's words back to her when she calls about her refill.", None, None,
     ("NAME", "Mrs. Oyelowo")),
    ("Walt Harmon, the former patient of Dr. Ng, called again about his bill.", None, None, ("NAME", "Walt Harmon")),
]

# In-law and step relatives named, a relative's age in the past, cardiac event dates under a key,
# and a label's test patient.
POSITIVES_RELATIVES_AND_TESTS = [
    ("If nobody answers, leave the cylinders with his daughter-in-law Renata.", "delivery_notes", "value",
     ("NAME", "Renata")),
    ("Her stepson Darnell drives her to rehab on Mondays.", None, None, ("NAME", "Darnell")),
    ("His father was 98 when he passed; the family still calls the grief line.", None, None, ("AGE", "98")),
    ("2026-03-02", "cabg_date", "value", ("DATE", "2026-03-02")),
    ("2026-03-02", "stroke_date", "value", ("DATE", "2026-03-02")),
    ("Night Triage Bot - Whitlock test", None, "label", ("NAME", "Whitlock")),
    ("Refill Line – Kowalczyk demo", None, "label", ("NAME", "Kowalczyk")),
]
NEGATIVES_RELATIVES_AND_TESTS = [
    ("The old mill was 98 years old when it was torn down.", None, None),
    ("2026-03-02", "stroke_awareness_event", "value"),
    ("Spanish Line - voicemail test", None, "label"),
    ("Intake Bot - Prod test", None, "label"),
    ("Dr. Kowalczyk demo", None, "label"),
]

# The practice's places, buildings and equipment; a chart number as a note's heading.
NEGATIVES_PLACES = [
    ("We serve families from Hanford, Lemoore, Corcoran and Avenal; the van parks in Lemoore.", None, None),
    ("Astoria, Sunnyside, Murray Hill, Jackson Heights", "delivery_zones", "value"),
    ("The memorial gathering is in the Fairbanks Lodge hall; families bring photos.", None, None),
    ("INF-7Q20331", "bay4_infusion_pump_asset_tag", "value"),
]
POSITIVES_PLACE_LOOKALIKES = [
    ("Chart 4418207: latex allergy, premedicate before the study.", None, None, ("MRN", "4418207")),
    ("INF-7Q20331", "patient_pump_serial", "value", ("DEVICE_ID", "INF-7Q20331")),
    ("Murray Hill", "caller_name", "value", ("NAME", "Murray Hill")),
    ("Ambulance note: patient Hollis Grange, ninety-four, found at home.", None, None, ("NAME", "Hollis Grange")),
]

# Korean: a name label with its particles, a surname with a title of age, the caller's kinship to
# a named person, a name before 님 with a space, ages in 세 and dates in 년/월/일; Chinese: a name
# the caller gives as theirs or their kin's.
POSITIVES_KO_ZH = [
    ("User: 제 이름은 박미숙이고요, 내일 오전에 가도 되나요?", None, None, ("NAME", "박미숙")),
    ("콜백 목록 - 강 할아버지 아들", None, "label", ("NAME", "강 할아버지")),
    ("user: 저 김영자 며느리인데요, 어머님이 오늘 못 가세요.", None, None, ("NAME", "김영자")),
    ("테스트 회원 정말순 님(1931년 5월 3일생)으로 해 주세요.", None, None, ("DATE", "1931년 5월 3일")),
    ("최고령 회원 한 할머니(98세)께는 크게 말씀드리세요.", None, None, ("AGE", "98")),
    ("user: 你好，我是陈静的女儿，她今天不能来。", None, None, ("NAME", "陈静")),
    ("我叫赵丽华，想改一下预约。", None, None, ("NAME", "赵丽华")),
]
NEGATIVES_KO_ZH = [
    ("어르신은 성 뒤에 '할머니'를 붙여 부르세요 (예: '박 할머니').", None, None),
    ("어르신들은 배우 김혜자 씨 이야기를 좋아하십니다.", None, None),
    ("우리 딸 결혼식 때문에 다음 주는 쉽니다.", None, None),
    ("99세대 아파트 단지 주민 대상 행사입니다.", None, None),
    ("是否接受新病人：周文静医生目前接收新的产科病人。", None, None),
    ("我是这里的护士，有问题可以问我。", None, None),
]

# Names in scripts without capitals (recognizers/script_names.py).
POSITIVES_SCRIPTS = [
    ("user: ਮੇਰਾ ਨਾਮ ਬਲਵਿੰਦਰ ਸਿੰਘ ਢਿੱਲੋਂ ਹੈ, ਮੈਨੂੰ ਦਵਾਈ ਚਾਹੀਦੀ ਹੈ।", None, None, ("NAME", "ਬਲਵਿੰਦਰ ਸਿੰਘ ਢਿੱਲੋਂ")),
    ("ਜੇ ਮਨਜੀਤ ਕੌਰ ਫ਼ੋਨ ਕਰੇ ਤਾਂ ਨਰਸ ਨੂੰ ਦੱਸੋ।", None, None, ("NAME", "ਮਨਜੀਤ ਕੌਰ")),
    ("المريضة نادية خليل تحتاج إعادة صرف الدواء.", None, None, ("NAME", "نادية خليل")),
    ("إذا اتصل كريم حداد بخصوص الموعد، حوّله إلى الممرضة.", None, None, ("NAME", "كريم حداد")),
    ("Caller: मेरो नाम बिष्णु गुरुङ हो।", None, None, ("NAME", "बिष्णु गुरुङ")),
    ("Caller: ስሜ ሰላም ተስፋዬ ነው።", None, None, ("NAME", "ሰላም ተስፋዬ")),
]
NEGATIVES_SCRIPTS = [
    ("ਡਾ. ਹਰਪ੍ਰੀਤ ਕੌਰ ਸੋਮਵਾਰ ਨੂੰ ਆਉਂਦੇ ਹਨ।", None, None),  # Dr. Harpreet Kaur: a provider
    ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਮੇਰਾ ਨਾਮ ਜੀਤ ਹੈ, ਮੈਂ ਤੁਹਾਡੀ ਕਿਵੇਂ ਮਦਦ ਕਰ ਸਕਦੀ ਹਾਂ?", None, None),  # the agent's own name
    ("إذا اتصل المريض بخصوص الموعد، حوّله إلى الاستقبال.", None, None),  # "if the patient calls"
    ("الدكتورة رانيا حداد تعمل يوم الاثنين.", None, None),  # a doctor
    ("مرحبا، اسمي ليلى، كيف يمكنني مساعدتك؟", None, None),  # the agent introducing itself
]

# A retold transcript's "says she's X", a condition in a parenthesis after a name, a household as a
# heading, "delivering to" an address; a title before a name, a drug's dose in a parenthesis, the
# practice's page "posted at" a URL.
POSITIVES_RETOLD = [
    ("Test transcript: 'caller says she's Marisela, missed two insulin doses'.", None, None, ("NAME", "Marisela")),
    ("Bettany (dialysis, Tue/Thu/Sat) needs the lift van.", None, None, ("NAME", "Bettany")),
    ("Okafor family: they live past the grain elevator on Route 9.", None, None, ("NAME", "Okafor")),
    ("Stop delivering to 418 Quarry Bend Rd; he moved.", None, None, ("GEO", "418 Quarry Bend Rd")),
]
NEGATIVES_RETOLD = [
    ("Reception Dalia Moss and nurse Priya Shah, RN, answer at ext. 20.", None, None),
    ("Front desk Kia Yang takes refill questions at ext. 20.", None, None),
    ("Naloxone (Narcan 4 mg nasal spray) is free at the window.", None, None),
    ("Hours and the holiday schedule are posted at https://westfieldrecovery.org/hours.", None, None),
]

# Read sets 78-80: an organisation owning a number after a person cue; initials after a booking or
# dosing verb; the people a patient's number may belong to under a key; a note under a workforce key
# read as prose; greetings of other languages; historic deeds; Ojibwe and Turkish words.
POSITIVES_78_80 = [
    ("Never book K.V. with Dr. Oyelaran again; she asked for a female physician.", None, None, ("NAME", "K.V.")),
    ("Ask the lab to phone M.R. with today's INR before noon.", None, None, ("NAME", "M.R.")),
    ("Infusion two for D.L. is 14 days after the first.", None, None, ("NAME", "D.L.")),
    ("(602) 441-7719", "elder_phone", "value", ("PHONE", "(602) 441-7719")),
    ("(602) 441-7719", "poa_phone", "value", ("PHONE", "(602) 441-7719")),
    ("(602) 441-7719", "hasta_telefon", "value", ("PHONE", "(602) 441-7719")),
    ("Pt: K.R., 3 yo, picky eater, refer for feeding eval", "referring_note", "value", ("NAME", "K.R.")),
    ("Aaniin Lorraine, we'll see you Tuesday for your foot check.", None, None, ("NAME", "Lorraine")),
    ("Call her cell at 614-555-2231 after 5 about her results.", None, None, ("PHONE", "614-555-2231")),
]
NEGATIVES_78_80 = [
    ("Trauma patients are flown to Mercy Regional. Their flight dispatch is (406) 555-3900.", None, None),
    ("Ask whether the caller's doctor has faxed the referral to (812) 555-7759.", None, None),
    ("Give callers the warehouse number, 218-555-8240, for food pickups.", None, None),
    ("Tell the caller we will call back from (717) 555-4400 if the line drops.", None, None),
    ("Reminder for {patient.first_name}: please call 253-555-0652 if you need to reschedule.", None, None),
    ("(602) 441-7719", "elder_services_line", "value"),
    ("Wendell Tso", "operator_name", "value"),
    ("Flushing, Astoria, Murray Hill, Little Neck, Fresh Meadows, Bayside, Kew Gardens", "service_area", "value"),
    ("Boozhoo! Thanks for calling Mashkiki Waakaa'igan. Miigwech for your patience.", None, None),
    ("Callers bring up Terry Fox and his run; chat briefly.", None, None),
    ("If a caller says they are 'Joe Camel', they are joking.", None, None),
    ("Muayenehane Şükran Günü'nde kapalıdır.", None, None),
    ("Hasta_Kayit_Formu_v2.pdf", None, "label"),
]

POSITIVES_78_80_MORE = [
    ("赵文华的儿子会来接她，请提前打电话。", None, None, ("NAME", "赵文华")),
    ("如果孙丽娟来电，请转给护士。", None, None, ("NAME", "孙丽娟")),
    ("User: আমার নাম রহিমা বেগম, আমি রিপোর্ট চাই।", None, None, ("NAME", "রহিমা বেগম")),
    ("Dikkat: 96 yaşındaki Ayşe teyze sabahları arar.", None, None, ("AGE", "96")),
    ("Chart KD-2288104 is the caller who phones every night.", None, None, ("MRN", "KD-2288104")),
    ("https://results.example-health.org/hearing?infant_mrn=51177204", None, "url",
     ("URL", "https://results.example-health.org/hearing?infant_mrn=51177204")),
    ("Outreach visit for the woman at 4410 E 14th St, Apt 2, Tulsa: she has no phone.", None, None,
     ("GEO", "4410 E 14th St, Apt 2")),  # (the whole street since the seventeenth session: numbered streets)
    ("Prior auth on file for the Okafor order: reference 2026PA0041122.", None, None, ("NAME", "Okafor")),
    ("Tell the Okafors their ride is at nine.", None, None, ("NAME", "Okafors")),
    ("Marisol's knee follow-up is on the 3rd of May.", None, None, ("NAME", "Marisol")),
]
POSITIVES_78_80_MORE += [
    ("Callback - Xirsi Cawaale", None, "label", ("NAME", "Xirsi Cawaale")),
    ("রহিমা বেগম", "caller_name", "value", ("NAME", "রহিমা বেগম")),
]
NEGATIVES_78_80_MORE = [
    ("Follow-up – Ortho", None, "label"),
    ("Callback - Billing Team", None, "label"),
    ("Dana Whitcomb's Ohio RN license number is 441872; read it only to verify her.", None, None),
    ("The shuttle (Van 2, silver, plate KLT 2290) leaves at 7:30.", None, None),
    ("Doğum tarihini GG.AA.YYYY biçiminde sor (örneğin 03.04.1968).", None, None),
    ("Book Ana Folau (interpreter, Mon/Wed) for Tongan speakers.", None, None),
    ("Gavin Pruitt, RDMS, is our lead sonographer.", None, None),
    ("Ask the Browns' neighbourhood council about parking.", None, None),
    ("The Kennedy-Krieger referral form is accepted.", None, None),
    ("我们的电话是前台的号码。", None, None),
]


def test_label_names_are_new_names_not_words() -> None:
    """tools/make_census2020_names.py keeps only names the prose lexicon lacks, and no words."""
    from compliance_lint.phi import lexicon

    extra = lexicon.label_names()
    assert len(extra) > 10000
    words = lexicon.COMMON_WORDS | lexicon.NAME_LIKE_WORDS | lexicon.ORG_WORDS | lexicon.english_words()
    assert sorted(extra & words) == []
    assert sorted(extra & (lexicon.first_names() | lexicon.surnames())) == []

# Read sets 82-84: persona labels with a version or languages, service-area sentences, leads and
# community health workers, quoted agents' scripts, patient-side phone keys, donors' and clients'
# URLs, org text lines.
POSITIVES_82_84 = [
    ("(740) 555-3398", "guarantor_phone", "value", ("PHONE", "(740) 555-3398")),
    ("+1 281 555 4402", "participant_phone", "value", ("PHONE", "+1 281 555 4402")),
    ("https://milkbank.example-health.net/donors/KQ7H42/receipts", None, "url",
     ("URL", "https://milkbank.example-health.net/donors/KQ7H42/receipts")),
    ("https://dot.example-ph.net/vdot/session?client=TB-2026-0147", None, "url",
     ("URL", "https://dot.example-ph.net/vdot/session?client=TB-2026-0147")),
    ("https://travel.example-health.net/itinerary?traveler=RosaUlroan", None, "url",
     ("URL", "https://travel.example-health.net/itinerary?traveler=RosaUlroan")),
    ("Our service area includes Mrs. Hale's farm past Crane and Drewsey.", None, None, ("NAME", "Mrs. Hale")),
]
POSITIVES_82_84 += [
    ("Script test: 'Hi R.M., this is Ivy from Aspen Crest, your scan is Tuesday the 4th.'", None, None,
     ("NAME", "R.M.")),
    ("L.K. trains on the home cycler on Mondays.", None, None, ("NAME", "L.K.")),
    ("Exception: D.W. (long-haul trucker, back on the 3rd) may drive.", None, None, ("NAME", "D.W.")),
    ("Professors asking about P.Q.'s missed exam get the standard letter.", None, None, ("NAME", "P.Q.")),
    ("pt is 96, hard of hearing — go slow", "interp_request_note", "value", ("AGE", "96")),
    ("Her surgery is December 24.", None, None, ("DATE", "December 24")),
    ("She lives at 12 Elm St, Apt 4, Salem.", None, None, ("GEO", "12 Elm St, Apt 4")),
]
POSITIVES_82_84 += [
    ("October 9", "client_due_date", "value", ("DATE", "October 9")),
    ("Feb 3", "last_fitting_date", "value", ("DATE", "Feb 3")),
    ("4419204418", "encounter_csn", "value", ("OTHER_ID", "4419204418")),
    ("user: ผมชื่อ สมชาย ใจดี ครับ ขอเลื่อนนัด", None, None, ("NAME", "สมชาย ใจดี")),
    ("User: გამარჯობა, მე ვარ ნინო ბერიძე, კბილი მტკივა.", None, None, ("NAME", "ნინო ბერიძე")),
    ("user: ខ្ញុំឈ្មោះ ស្រី ពៅ។", None, None, ("NAME", "ស្រី ពៅ")),
    ("Infusion callback – Brodsky (Remicade)", None, "label", ("NAME", "Brodsky")),
    ("The Okafor-Lindqvist visits are at 88 Chestnut Ridge Rd.", None, None, ("NAME", "Okafor-Lindqvist")),
    ("per Dr. Petrosyan: hold clonidine for M.K. in D-107", "mar_override_note", "value", ("NAME", "M.K.")),
    ("For the eligibility test use CDIB certificate 07-114-55302.", None, None, ("LICENSE_NUMBER", "07-114-55302")),
    ("For the eligibility test use IHS chart 0098812.", None, None, ("MRN", "0098812")),
]
POSITIVES_82_84 += [
    ("CareCredit test: card 6019 1841 2230 5517, exp 09/28, for the 2pm consult.", None, None,
     ("ACCOUNT_NUMBER", "6019 1841 2230 5517")),
    ("Text line – Shay (twins, NICU)", None, "label", ("NAME", "Shay")),
    ("Recall list – Lipkina / Zaslavsky", None, "label", ("NAME", "Lipkina / Zaslavsky")),
    ("Mee Yang (Green Hmong)", "interpreter_needed_for", "value", ("NAME", "Mee Yang")),
]
NEGATIVES_82_84 = [
    ("For the payment test use card 4111 1111 1111 1111, expiry 12/29.", None, None),
    ("In the sandbox use Discover test card 6011 1111 1111 1117.", None, None),
    ("If the caller ID shows 907-555-6200, that is our own switchboard transferring.", None, None),
    ("IBCLC L-20811 (Imani Whitfield)", "lactation_lead_credential", "value"),
    ("Farah Haddad", "patient_preferred_interpreter", "value"),
    ("If a caller reads 012345678, that is the sample printed on the state's web page.", None, None),
    ("ФИО записывайте в формате «Иванов Иван Иванович».", None, None),
    ("Device reps: Abbott (Kyle Brandt), Boston Scientific (Marisol Quintero).", None, None),
    ("Evenkeel – Rowan (Intake)", None, "label"),
    ("2026-05-01", "client_portal_launch_date", "value"),
    ("Dec 1", "invoice_due_date", "value"),
    ("LangBridge client #LMM-7740", "vendor_account", "value"),
    ("NRHC Patient Travel (907) 555-6290", None, "label"),
    ("You are Wren, the intake voice for Hearth & Harbor Postpartum Doula Collective.", None, None),
    ("See chart 2.", None, None),
    ("You are Sole, the front desk for Keystone Orthotics, 1417 Carlisle Pike, Mechanicsburg PA.", None, None),
    ("The accessible entrance is on the Carlisle Pike side.", None, None),
    ("No elective surgery on December 25 or January 1; visits resume January 2.", None, None),
    ("0001-01-01", "patient_dob", "value"),
    ("Vang, Xiong, Thao, Moua and Yang are the most common Hmong clan names.", None, None),
    ("Parents return the monitors to Suite 210 or the lockbox.", None, None),
    ("Couriers deliver to our lab at 1601 E 19th Ave, Suite 4300, Denver.", None, None),
    ("Noor – Dari/Pashto Intake v3.2", None, "label"),
    ("Jordan – FinNav v2.4.1", None, "label"),
    ("Ollie – Ride Booking (es/en)", None, "label"),
    ("Fresno, Clovis, Sanger and Selma are in our service area; callers from other ZIPs pay a fee.", None, None),
    ("Our service area runs from Burns and Hines out to Crane and Fields; past Fields is by appointment.", None,
     None),
    ("Our lab team (lead: Priyanka Solberg, ELD) answers questions by e-mail.", None, None),
    ("Hello {{ caller.first_name | default: 'there' }}, this is Tessa confirming your fitting on {{ appt.date }}.",
     None, None),
    ("Closed for Khmer New Year (Choul Chnam Thmey) and Songkran.", None, None),
    ("Families reach their doula through the text line, 828-555-3391.", None, None),
    ("If a caller mentions Beethoven or James Herriot, chat briefly.", None, None),
    ("https://accounts.example-auth.net/oauth2/auth?client=web", None, "url"),
]

# Read sets 87-88.
POSITIVES_87_88 = [
    ("اگر نادیہ خان کال کریں تو نرس کو بتائیں۔", None, None, ("NAME", "نادیہ خان")),
    ("User: हाँ जी, मैं सुनीता जोशी बोल रही हूँ।", None, None, ("NAME", "सुनीता जोशी")),
    ("Nora – IVF line (test: Vollmer)", None, "label", ("NAME", "Vollmer")),
    ("ORM-5519083", "ivf_clinic_patient_id", "value", ("MRN", "ORM-5519083")),
    ("9021457733", "denali_kidcare_id", "value", ("HEALTH_PLAN_ID", "9021457733")),
    ("2026-10-03", "estimated_due_date", "value", ("DATE", "2026-10-03")),
    ("2026-11-24", "beta_hcg_date", "value", ("DATE", "2026-11-24")),
    ("For the lookup test use chart LH-208817 (Room 4).", None, None, ("MRN", "LH-208817")),
    ("Jimmie Ahkpuk works rotations at Nuuk Ridge Mine; book him in his off-weeks.", None, None,
     ("NAME", "Jimmie Ahkpuk")),
    ("Llamó la abuela de Brayan; él tiene 4 meses.", None, None, ("NAME", "Brayan")),
]
NEGATIVES_87_88 = [
    ("e.g. P-000123", "patient_id_example", "value"),
    ("MR-0000000", "sample_mrn_format", "value"),
    ("Hi, this is Keystone Foot & Ankle returning your call. Please call Becky at (717) 555-4400.", None, None),
    ("Dispatcher on duty: Keisha Rowland, ext. 12.", None, None),
    ("Escalate unknown implants to Priya Raman (MR Safety Officer, ext. 3352).", None, None),
    ("Volunteer firefighter Captain Ruben Ostrander leads the parade.", None, None),
    ("Maria works the front desk on Tuesdays.", None, None),
    ("The name comes from the hymn 'Lead, Kindly Light' by John Henry Newman.", None, None),
    ("Terms: Braxton Hicks contractions, a Pfannenstiel incision, a Bartholin cyst.", None, None),
    ("Lapidus_Bunionectomy_PostOp_Protocol.pdf", None, "label"),
    ("¡Hola! Soy Lucía, la asistente virtual de Clínica San Rafael.", None, None),
    ("Håfa adai! Thanks for calling Klinikan Familia.", None, None),
]

# Read set 86.
POSITIVES_86 = [
    ("வழக்கமாக அழைப்பவர்: சரோஜா பாட்டி. அவங்களுக்கு 95 வயசு.", None, None, ("AGE", "95")),
    ("வழக்கமாக அழைப்பவர்: சரோஜா பாட்டி.", None, None, ("NAME", "சரோஜா")),
    ("Medical travel for R.L. to Regina on the 2nd of December is approved.", None, None, ("NAME", "R.L.")),
    ("Transfer for the Lindqvist-Moreau embryos is set for 12/04.", None, None, ("NAME", "Lindqvist-Moreau")),
    ("Do not schedule nurse Keisha at the Okafor home any more.", None, None, ("NAME", "Okafor")),
    ("204518773WA", "apple_health_id", "value", ("HEALTH_PLAN_ID", "204518773WA")),
    ("804 337 129", "client_hsn", "value", ("HEALTH_PLAN_ID", "804 337 129")),
    ("MN-S 0044719", "metis_citizenship_no", "value", ("OTHER_ID", "MN-S 0044719")),
    ("https://health.example-nation.ca/portal/messages?client=rdesjarlais41", None, "url",
     ("URL", "https://health.example-nation.ca/portal/messages?client=rdesjarlais41")),
    ("Hearing aid repair for Sister Agnes Moriarty at Our Lady of Peace Convent.", None, None,
     ("NAME", "Agnes Moriarty")),
]
POSITIVES_86 += [
    ("Do not schedule music sessions for K.D. in Room 7 until the family meeting.", None, None, ("NAME", "K.D.")),
]
NEGATIVES_86 = [
    ("Jane Q. Public", "caller_name", "value"),
    ("Sage Oyelaran, L.Ac. does Saturday sessions.", None, None),
    ("For towed cars, give callers Valley Towing at 937-555-6200.", None, None),
    ("Tonight's rotation: Chaplain Samuel Okoro-Finch until 23:00, then Fr. Benedikt Sauer until 07:00.", None,
     None),
    ("Route Muslim families to Imam Yusuf Haddad via the operator.", None, None),
    ("Elder Harold Whitecalf is at the centre Tuesdays for smudging.", None, None),
    ("Offer a payment plan through Jasmine Ortega, financial counselor, at ext. 4.", None, None),
    ("Granger – estacionamiento parroquia San Juan Diego", "parada_lunes", "value"),
    ("Hola, le habla Sonrisas del Valle, la clínica dental móvil.", None, None),
    ("El viernes estamos en el empaque Tres Robles de Grandview, de 4 a 8.", None, None),
    ("Supplies: Shiley 3.5 and 4.0 cuffless, Bivona 3.0 neonatal.", None, None),
]

POSITIVES = [
    *POSITIVES_BRIEF,
    *POSITIVES_LABEL_NAMES,
    *POSITIVES_STAFF_LOOKALIKES,
    *POSITIVES_CUES,
    *POSITIVES_FIGURE_LOOKALIKES,
    *POSITIVES_RELATIVES_AND_TESTS,
    *POSITIVES_PLACE_LOOKALIKES,
    *POSITIVES_KO_ZH,
    *POSITIVES_SCRIPTS,
    *POSITIVES_RETOLD,
    *POSITIVES_78_80,
    *POSITIVES_78_80_MORE,
    *POSITIVES_82_84,
    *POSITIVES_87_88,
    *POSITIVES_86,
]
NEGATIVES = [
    *NEGATIVES_BRIEF,
    *NEGATIVES_LABEL_NAMES,
    *NEGATIVES_STAFF,
    *NEGATIVES_CUES,
    *NEGATIVES_FIGURES,
    *NEGATIVES_RELATIVES_AND_TESTS,
    *NEGATIVES_PLACES,
    *NEGATIVES_KO_ZH,
    *NEGATIVES_SCRIPTS,
    *NEGATIVES_RETOLD,
    *NEGATIVES_78_80,
    *NEGATIVES_78_80_MORE,
    *NEGATIVES_82_84,
    *NEGATIVES_87_88,
    *NEGATIVES_86,
]


test_class_positive, test_class_negative = class_tests(POSITIVES, NEGATIVES)
