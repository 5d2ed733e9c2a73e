"""Classes worked in the eighth session of 2026-11-23, each tested with new text.

A positive names the span that must be found; its look-alike negative must stay clean. Entries that
the previous engine already passed are guards: they keep a new rule from reaching too far.
"""

from __future__ import annotations

from class_harness import class_tests

# Dotted initials with no cue beside them: across every blind set, 135 of the 137 such initials
# were a patient's (the other two began a full name: "V.S. Ramachandran", "V.A.C. Ulta").
POSITIVES_INITIALS = [
    ("Hearing test for B.N. moved to the 14th; bring both aids.", None, None, ("NAME", "B.N.")),
    ("P.Q. slipped on the ramp last week and is using the walker again.", None, None, ("NAME", "P.Q.")),
    ("Window seat on the van for G.H.T. every Thursday.", None, None, ("NAME", "G.H.T.")),
    ("wheelchair loaner – L.V. – due back Friday", None, "label", ("NAME", "L.V.")),
    ("F.T.", "escort_for", "value", ("NAME", "F.T.")),
]
NEGATIVES_INITIALS = [
    # a full name after the initials, a credential, a staff cue or role beside them
    ("The breathing exercise was described by J.H. Schultz in the 1930s.", None, None),
    ("Charts are co-signed by B.N., RN before the end of the shift.", None, None),
    ("Questions about invoices go to P.Q. (billing coordinator).", None, None),
    ("Dr. G.H. reviews every referral on Tuesdays.", None, None),
    ("Office hours are 8 A.M. to 5 P.M., Monday through Friday.", None, None),
    ("We ship anywhere in the U.S. and mail forms to our P.O. box.", None, None),
    ("A.A. and N.A. groups meet downstairs on Tuesdays.", None, None),
    ("Per A.J. in IT, the phone queue resets at midnight.", None, None),
    ("The new script was approved by K.L. last week.", None, None),
    ("R.M. from the linen supplier will swap the curtains on Friday.", None, None),
]

# A first name as the subject of what patients do, maybe past a parenthesis or a "from ..." phrase,
# with a personal pronoun near; or with something only a patient has ("Kayla's injuries").
POSITIVES_PATIENT_SUBJECT = [
    ("Mr. Haddad works nights, so book the sleep study for Saturday.", None, None, ("NAME", "Mr. Haddad")),
    ("Merle, the retired welder with the bad left knee, always asks for the first slot.", None, None,
     ("NAME", "Merle")),
    ("Rosalind (hip replacement, walker) keeps asking about her pool therapy; send the handout.", None, None,
     ("NAME", "Rosalind")),
    ("Tobiah from Cedar Bluff calls every Monday about his oxygen delivery window.", None, None,
     ("NAME", "Tobiah")),
    ("Marguerite asks for the corner chair during her iron infusions.", None, None, ("NAME", "Marguerite")),
    ("Eustace works nights at the Redline cannery, so book him after 3 pm.", None, None, ("NAME", "Eustace")),
    ("Anouk (Dutch only) may call before dawn about her pump alarm.", None, None, ("NAME", "Anouk")),
    ("Please note that Zebedee's stitches come out on Friday.", None, None, ("NAME", "Zebedee")),
    ("Keep Florentyna's x-ray films at the front until her daughter picks them up.", None, None,
     ("NAME", "Florentyna")),
]
NEGATIVES_PATIENT_SUBJECT = [
    ("Kim works the front desk on Mondays and answers the refill line.", None, None),
    ("Merle, the nurse who covers nights, will call you back.", None, None),
    ("Rosalind (front desk) will call you back about her schedule.", None, None),
    ("Tobiah from billing calls patients back within a day; he handles payment plans.", None, None),
    ("Marguerite works at our Elm Street site on Tuesdays; her extension is 204.", None, None),
    ("Zebedee's schedule is full on Mondays, so book with the other therapist.", None, None),
    ("Leave the signed forms on Florentyna's desk before noon.", None, None),
]

# Values under keys that name one person's number: a state Medicaid programme, a jail booking, a
# student's or employee's number, an I-94 record, an implanted recorder's serial ("sn").
POSITIVES_KEYED = [
    ("04/02", "intake_date", "value", ("DATE", "04/02")),
    ("(971) 208-4410", "client_phone", "value", ("PHONE", "(971) 208-4410")),
    ("Keď volá pani Zuzana, povedzte jej, že pero je pripravené.", None, None, ("NAME", "pani Zuzana")),
    ("SMS testowy: 'Pani Bożeno, przypominamy o wizycie 14 maja.'", None, None, ("NAME", "Pani Bożeno")),
    ("10/21", "next_cbc", "value", ("DATE", "10/21")),
    ("2026-07-19", "last_donation_date", "value", ("DATE", "2026-07-19")),
    ("2026-10-02", "booking_date", "value", ("DATE", "2026-10-02")),
    ("000512774", "citizen_id", "value", ("OTHER_ID", "000512774")),
    ("The audiogram is filed under employee number 55102 at the foundry.", None, None, ("OTHER_ID", "55102")),
    ("Case OPO-TX-26-04417 is the donor from March; never confirm it.", None, None,
     ("OTHER_ID", "OPO-TX-26-04417")),
    ("Her portal login (kwhitlock_nbs) was locked again.", None, None, ("OTHER_ID", "kwhitlock_nbs")),
    ("P0417733", "emr_patient_no", "value", ("MRN", "P0417733")),
    ("GRV-26-04410", "grievance_id", "value", ("OTHER_ID", "GRV-26-04410")),
    ("(717) 238-4410", "complainant_fax", "value", ("FAX", "(717) 238-4410")),
    ("931-260-4410", "reporting_party_phone", "value", ("PHONE", "931-260-4410")),
    ("2026-04-17", "soc_date", "value", ("DATE", "2026-04-17")),  # home health's start of care
    ("2019-08-02", "spouse_dod", "value", ("DATE", "2019-08-02")),  # a date of death
    ("6627104853", "soonercare_member_default", "value", ("HEALTH_PLAN_ID", "6627104853")),
    ("0093318274", "tenncare_id", "value", ("HEALTH_PLAN_ID", "0093318274")),
    ("26-004417", "booking_no", "value", ("OTHER_ID", "26-004417")),
    ("HX-2026-008812", "inmate_booking_number", "value", ("OTHER_ID", "HX-2026-008812")),
    ("4471902", "student_district_id", "value", ("OTHER_ID", "4471902")),
    ("EMP-22871-04", "employee_id", "value", ("OTHER_ID", "EMP-22871-04")),
    ("49127730518", "caller_i94", "value", ("OTHER_ID", "49127730518")),
    ("ILR-552019K", "loop_recorder_sn", "value", ("DEVICE_ID", "ILR-552019K")),
]
NEGATIVES_KEYED = [
    ("山田 太郎", "patient_name", "value"),  # the Japanese stand-in name, like "John Doe"
    ("홍길동", "patient_name_example", "value"),
    ("(971) 208-3000", "client_services_phone", "value"),
    ("2026-03-01", "booking_window_opens", "value"),
    ("GRV-FORM-2026", "grievance_form_version", "value"),
    ("(717) 238-9000", "complaints_line", "value"),
    ("2026-04-17", "soc_form_version_date", "value"),
    ("2ABC-771", "coach_plate", "value"),  # the organisation's coach
    ("IN-C-44120-7", "inspector_cert", "value"),  # the inspector's certificate
    ("XYZ123456789", "member_id", "value"),  # a counting run: a made-up sample
    ("ABC-0123456789", "booking_no", "value"),
    ("US-77120Q", "clinic_ultrasound_sn", "value"),  # the clinic's machine
]

# Names that are a thing or a famous person by what surrounds them: an author before a titled work,
# a historic figure "one of the original ...", a player a fan asks about, a holiday, an eponym
# before a grade, chart, neuroma or effect, Karen beside the other peoples of Burma, a staff lead.
NEGATIVES_FIGURES_AND_THINGS = [
    # a law, a plant, an event named after someone; whom a visit is booked with; staff named after a
    # plural role further back than the usual window
    ("Allergens: Bermuda grass, Walker grass.", None, None),
    ("The Louis Tewanima Footrace weekend means fewer walk-ins.", None, None),
    ("For a lisp, book a speech eval with Corliss Vandermeer on Thursdays.", None, None),
    ("Community health workers Lijon Kabua and Tarlang Anjain speak Marshallese.", None, None),
    ("The waiting room shelf has Marisol Quintero's book 'Small Mercies' for anyone who asks.", None, None),
    ("If callers ask about the mural, it shows Tobias Wrenfield, one of the original founders of the co-op.",
     None, None),
    ("If a fan asks about Cal Ripken's knee, say we never discuss anyone's health.", None, None),
    ("We close early on Kurban Bayram and on Diwali; post the dates in the lobby.", None, None),
    ("Use the Snellen chart for school forms; ulcers of Wagner grade 2 go to the wound nurse.", None, None),
    ("Book a podiatry slot for any Morton's neuroma question.", None, None),  # (a guard)
    ("For Karen, press 3; for Burmese, press 4.", None, None),
    ("Tomasz Wierzbicki leads the billing team and Anneliese Vogt heads scheduling.", None, None),
]
POSITIVES_FIGURE_LOOKALIKES = [
    ("Rosa Alvarez's book club moved to Thursday, so call her about her MRI slot.", None, None,
     ("NAME", "Rosa Alvarez")),
    ("Irene's chart is BNR-0417729; only her sister may get updates.", None, None, ("NAME", "Irene")),
]

# A caller's self-introduction in more scripts (also when the caller label is inside the line:
# "Kannada test turn — user: '...'"), Armenian "X անունով" (named X), Burmese "လူနာ X" (patient X).
POSITIVES_SCRIPTS = [
    ("مريضة للاختبار: فاطمة حسن الأحمد، رقم الملف 55102984.", None, None, ("NAME", "فاطمة حسن")),
    ("পরীক্ষার জন্য রোগী: সালমা বেগম, জন্ম তারিখ ০৩/০৪/১৯৬১।", None, None, ("NAME", "সালমা বেগম")),
    ("User: Բարի օր, ես Գայանե Մանուկյանն եմ, ուզում եմ գրանցվել։", None, None, ("NAME", "Գայանե Մանուկյան")),
    ("Եթե զանգի Արմեն Սարգսյան անունով հիվանդը, միացրեք բուժքրոջը։", None, None, ("NAME", "Արմեն Սարգսյան")),
    ("caller: എന്റെ പേര് ലീലാമ്മ തോമസ്, എനിക്ക് അപ്പോയിന്റ്മെന്റ് വേണം.", None, None, ("NAME", "ലീലാമ്മ തോമസ്")),
    ("Test turn — user: 'ನನ್ನ ಹೆಸರು ಸುಮಾ ಭಟ್, ಫೋನ್ ಮಾಡಿ.'", None, None, ("NAME", "ಸುಮಾ ಭಟ್")),
    ("user: నా పేరు లక్ష్మి రెడ్డి, రేపు అపాయింట్‌మెంట్ కావాలి.", None, None, ("NAME", "లక్ష్మి రెడ్డి")),
    ("user: من پریسا هستم، وقت دکتر می‌خواهم.", None, None, ("NAME", "پریسا")),
    ("Burmese intake test: လူနာ ဒေါ်သီတာ၊ သွေးတိုး။", None, None, ("NAME", "ဒေါ်သီတာ")),
]
NEGATIVES_SCRIPTS = [
    ("রোগী: অপেক্ষা করুন।", None, None),
    # the agent introducing itself, and "I am sick" from a caller
    ("assistant: ես Մարիամն եմ, կլինիկայի օգնականը։", None, None),
    ("Greeting: എന്റെ പേര് അനു, ഞാൻ ക്ലിനിക്കിലെ സഹായിയാണ്.", None, None),
    ("user: من بیمار هستم و سرفه دارم.", None, None),
    ("agent: ನನ್ನ ಹೆಸರು ಆಶಾ, ನಾನು ಕ್ಲಿನಿಕ್ ಸಹಾಯಕಿ.", None, None),
]

# Numbers that an organisation owns: one the caller is told to call after doing something, a fax
# that papers go to, a line of an organisation named before "their" or with "Home" in its name; and
# a compass point after a house number ("1190 W. Broadway") is a street, not an initial.
NEGATIVES_ORG_NUMBERS = [
    ("Their offices fax orders to PAT at (503) 774-2250.", None, None),  # the referring providers' offices
    ("Say the clinic number slowly: five zero three, seven seven four, two two one zero - Riverside Clinic.",
     None, None),
    ("If the pump alarms twice, tell the caller to clamp the line and call 503-774-2210 right away.", None, None),
    ("Ask the caller to fax completed forms to 503-774-2219 before the visit.", None, None),
    ("Catheters come from Cascade Home Infusion at (503) 774-2230.", None, None),
    ("Walkers come from Bridgeway Medical Supply in Salem; their line is (503) 774-2241.", None, None),
    ("The van picks up at 2210 N. Lombard, next to the pharmacy.", None, None),
]
POSITIVES_ORG_NUMBER_LOOKALIKES = [
    ("Their daughter faxes the forms from (503) 774-2250.", None, None, ("FAX", "(503) 774-2250")),
    ("The caller left this number in words, keep it for the retest: five zero three, seven seven four, two two "
     "one zero.", None, None, ("PHONE", "five zero three, seven seven four, two two one zero")),
    ("Number in words for the retest: five zero three, seven seven four, two two one zero - Priscilla.", None, None,
     ("PHONE", "five zero three, seven seven four, two two one zero")),
    ("Tell the patient to ask her daughter and call 503-774-2210 back.", None, None, ("PHONE", "503-774-2210")),
    ("The Brightwater family moved; their new number is 503-774-2241.", None, None, ("PHONE", "503-774-2241")),
    ("His home number is 503-774-2230.", None, None, ("PHONE", "503-774-2230")),
]

# A catheter by its French gauge, staff called by a kin title of respect, a monarch's trust, an
# eponym written as a full name, a people named with a place ("Pennsylvania Dutch").
NEGATIVES_THINGS_MORE = [
    ("Текст (RU): «Напоминаем о визите {{appt_date}}. Нажмите 1 или ответьте ДА.»", None, None),
    # a value shown being converted or after a format: examples, not data
    ("Read dates back in words: 11/04/1947 becomes 'November fourth, nineteen forty-seven'.", None, None),
    ("European callers write the day first: 05.09.1941 means 5 September.", None, None),
    ("Collect the date of birth (MM/DD/YYYY, like 09/30/1961) before booking.", None, None),
    ("Para pacientes mayores de 90 años, ofrezca la visita en casa.", None, None),  # a group, in Spanish
    ("Acima de 90 anos, a consulta é sempre em casa.", None, None),
    ("Keep a 14 Fr Foley in the kit for dislodged tubes.", None, None),
    ("Aunty Merle at the front desk can open Saturday slots.", None, None),
    ("The King Kalākaua Fund covers some ride costs; mention it only if asked.", None, None),
    ("For Braxton Hicks questions, read the handout; for Tommy John surgery, book a consult.", None, None),
    ("Many of our families speak Pennsylvania Dutch at home.", None, None),
]
POSITIVES_THINGS_LOOKALIKES = [
    ("DOB 11/04/1947 means she qualifies for the senior slot.", None, None, ("DATE", "11/04/1947")),
    ("La paciente tiene 94 años y vive sola.", None, None, ("AGE", "94")),
    ("Aunty Merle called again about her sugar readings.", None, None, ("NAME", "Merle")),
    ("Mrs. Foley called about her catheter change.", None, None, ("NAME", "Mrs. Foley")),
]

# A label of one name word beside a lower-case patient task; an agent's first name with a plural
# campaign task, a Title Case purpose, a brand made of two words or an eponym stays clean.
POSITIVES_TASK_LABELS = [
    ("Fifita home line", None, "label", ("NAME", "Fifita")),
    # a surname marked as a household's or a child's, even in an agent's line label
    ("Refill line – Nakai household", None, "label", ("NAME", "Nakai")),
    ("Tsosie baby – sweat test f/u", None, "label", ("NAME", "Tsosie")),
    ("Okonkwo mom (Ada) – Igbo", None, "label", ("NAME", "Okonkwo")),
    ("Oyelaran – wound check callback", None, "label", ("NAME", "Oyelaran")),
    ("Quispe – tetanus series reminders", None, "label", ("NAME", "Quispe")),
    ("Thu 7am infusion ride - Leopold", None, "label", ("NAME", "Leopold")),
    ("Zubiría callback (Spanish)", None, "label", ("NAME", "Zubiría")),
]
NEGATIVES_TASK_LABELS = [
    ("Lakeview home line", None, "label"),
    ("Ava – mom line", None, "label"),
    ("Baby Shower Line – Mom & Baby", None, "label"),
    ("Clara – flu shot reminders", None, "label"),
    ("Mira – Refill Reminders", None, "label"),
    ("Clearbrook – annual recall reminders", None, "label"),
    ("Kawasaki_followup_prep_sheet.pdf", None, "label"),
    ("Results callback – after hours", None, "label"),
]

# One person's record in a URL: a collection and an id ("/students/800412679"), a jail booking or a
# file's owner in the query, a shared photo album. A store number, a year, a version, a template stay clean.
POSITIVES_URLS = [
    ("https://rides.example-mt.net/status?rider=dolores.haney&date=06-03", None, "url",
     ("URL", "https://rides.example-mt.net/status?rider=dolores.haney&date=06-03")),
    ("https://donorco.com/admin/applicants/A-4410/documents", None, "url",
     ("URL", "https://donorco.com/admin/applicants/A-4410/documents")),
    ("The test entry: 'my card number is four nine one six, three three eight zero, two two one seven, four five "
     "three five' (the patient's Visa).", None, None,
     ("ACCOUNT_NUMBER", "four nine one six, three three eight zero, two two one seven, four five three five")),
    ("https://onboard.tallgrassmed.com/travelers/maria-delgado-448172/titers", None, "url",
     ("URL", "https://onboard.tallgrassmed.com/travelers/maria-delgado-448172/titers")),
    ("https://portal.tallgrassmed.com/injuries/88213?worker=jnolt", None, "url",
     ("URL", "https://portal.tallgrassmed.com/injuries/88213?worker=jnolt")),
    ("https://portal.brightmoor.edu/students/700215448/visits", None, "url",
     ("URL", "https://portal.brightmoor.edu/students/700215448/visits")),
    ("https://rx.wrenfield.com/refills/WF-552019", None, "url", ("URL", "https://rx.wrenfield.com/refills/WF-552019")),
    ("https://county.example-health.gov/lookup?booking=26-004417", None, "url",
     ("URL", "https://county.example-health.gov/lookup?booking=26-004417")),
    ("https://photos.app.goo.gl/Qm7rT2xLp9", None, "url", ("URL", "https://photos.app.goo.gl/Qm7rT2xLp9")),
]
NEGATIVES_URLS = [
    ("https://donorco.com/applicants/apply-now", None, "url"),
    ("https://tallgrassmed.com/patients/pain-plan", None, "url"),
    ("https://tallgrassmed.com/members/sign-in", None, "url"),
    ("https://api.wrenfield.com/v2/stores/0412/refills", None, "url"),
    ("https://wrenfield.com/reports/2025/annual.pdf", None, "url"),
    ("https://api.wrenfield.com/v1/bookings/{booking_id}/confirm", None, "url"),
    ("https://wrenfield.com/notes/v2/release", None, "url"),
]

# Full names the shape tests dropped: a census surname made of two words ("Beckford"), a name before a
# state's licence or an "ID" number (read as "City, State"), a name before a prior authorisation
# number (read as a physician assistant). Cities, degrees and PAs stay clean.
POSITIVES_FULL_NAMES = [
    ("Matched to recipient Halima Beckford; do not share the donor code.", None, None,
     ("NAME", "Halima Beckford")),
    ("Licence on file for the ride program: Wendell Korsgaard, Ohio SP 774120.", None, None,
     ("NAME", "Wendell Korsgaard")),
    ("Member Jayden Whitehorse, ID 550817734, lost his card.", None, None, ("NAME", "Jayden Whitehorse")),
    ("Auth status for Mr. Ferdinand Okoro, PA #PA-55120394: pending review.", None, None,
     ("NAME", "Mr. Ferdinand Okoro")),
]
NEGATIVES_FULL_NAMES = [
    ("Our sites are in Dayton, OH 45402 and Virginia Beach, VA 23451.", None, None),
    ("Speech therapy is with Devorah Klein, MS, CCC-SLP, on Tuesdays.", None, None),
    ("Music therapy is with Maren Solberg, MT-BC, on Fridays.", None, None),
    ("Ask for Jordan Reyes, PA, about the results.", None, None),
]

# Brand names of medicines, vaccines and devices (data/product_names.txt) are products; an honorific
# or a patient cue still makes a person.
NEGATIVES_PRODUCTS = [
    ("Give the Gardasil series at 0 and 6 months; Boostrix is for the pregnant caller's partner.", None, None),
    ("Refills for Vyvanse and Qelbree need a new prescription every month.", None, None),
    ("Supplies: Convatec Sensura rings and an Omnipod pod box.", None, None),
    ("Book the Prevnar 20 shots on Tuesdays at home visits.", None, None),
]
POSITIVES_PRODUCT_LOOKALIKES = [
    ("Mrs. Brava called about her ostomy supplies.", None, None, ("NAME", "Mrs. Brava")),
]

# A label whose staff word comes before the name is the staff member's ("Dietitian voicemail – Colleen
# H."); a credential after a trailing initial's dot ("Brent K. (ATC)") is a provider's.
NEGATIVES_STAFF_LABELS = [
    ("Ana Ortiz (she/her) and Lee Park (he/him) are our SLPs.", None, None),
    ("Drivers this month: Dale Hix (north) and Ben Orr (south). Dispatcher on call: Wanda.", None, None),
    ("Jeśli ktoś pyta: Zbigniew Religa był słynnym kardiochirurgiem, nigdy u nas nie pracował.", None, None),
    ("Readback: 'Your visit is on Tuesday, March 3rd at 10:20.' Replace the day and date with {{visit_datetime}}.",
     None, None),
    ("Sora – 한빛치과 Reception (KO/JA/EN)", None, "label"),  # an agent's persona at the reception
    # staff by what the agent says they will do, by their extension, by a rank or credential; a figure
    # something is named for; fallback address words; products and instruments; a Korean format example
    ("If the parent asks, say Marisol will call back with the results.", None, None),
    ("For Clearinghouse questions give them Dale Hedstrom's extension: 4402.", None, None),
    ("Cpl. Tasha Greer supervises booking on nights.", None, None),
    ("Female athletes may ask for Nadia Ferrante, LAT, on Tuesdays.", None, None),
    ("Our volunteer award is named for Annie Dodge Wauneka.", None, None),
    ("walaal", "caller_name_fallback", "value"),
    ("We program Kanso 2 and Naida CI processors; skinfolds use Lange calipers.", None, None),
    ("성함과 생년월일을 여쭤보세요 (형식: 홍길동 / 1980.01.01).", None, None),
    # staff named with a plural role in parentheses, under a staff heading, with a role written first,
    # with a Spanish role after a comma; names given as any such person; an article and a state
    ("Front desk: Marisol Ybarra, RN, Keanu and Lupita (schedulers), Tom Eklund, PharmD.", None, None),
    ("Dispatcher Bernice (ext. 12) takes over after 5 pm.", None, None),
    ("Irma Quispe, intérprete de la clínica, devuelve las llamadas.", None, None),
    ("If a caller asks for a specific student, such as Kavya Rao or Tyler Brandt, take a message.", None, None),
    ("An Oregon Medicaid number is 12 digits; read it back slowly.", None, None),
    ("7.3.0.112", "imaging_software_version", "value"),
    # greetings, Creole and Vietnamese words capitalised at a sentence start, a rank, the Vietnamese
    # doctor's title, a Vietnamese interpreter in parentheses, a Spanish role in parentheses, a scheduler
    ("Iakwe! Kommol tata for calling the diabetes line.", None, None),
    ("Bonjou, se Sant Manman Lakay. Bấm 1 để xác nhận.", None, None),
    ("The county contact for bite reports is Sgt. Dale Whitmer, 931-528-4410.", None, None),
    ("Hồ sơ đã chuyển cho BS. Trần Minh Châu.", None, None),
    ("Chuyển cho chị Phạm Thu Hà (thông dịch viên, máy lẻ 215).", None, None),
    ("La señora Quispe (recepcionista) contesta de 8 a 5.", None, None),
    ("Mariela schedules all new-patient visits; if she is out, use the main line.", None, None),
    # the workforce named in other languages
    ("Nuestra intérprete Maricela Tzul atiende los martes.", None, None),
    ("Notre infirmière Odile Marchand répond le matin.", None, None),
    ("Nossa enfermeira Graça Tavares atende às quintas.", None, None),
    ("Përkthyesja jonë Drita Hoxha punon të hënën.", None, None),
    ("Pharmacist voicemail – Delphine R.", None, "label"),
    ("Coach office – Marcus T. (ATC)", None, "label"),
    ("Interpreter Lwin Moe (ext 44)", None, "label"),
]
POSITIVES_STAFF_LABEL_LOOKALIKES = [
    ("Rosa Alvarez and Tom Lee are our patients from the 9am group.", None, None, ("NAME", "Tom Lee")),
    ("Marisol will call back about her biopsy results, she told the nurse.", None, None, ("NAME", "Marisol")),
    ("Callbacks today: Keanu and Lupita (both asthma).", None, None, ("NAME", "Keanu")),
    ("A specific patient such as Kavya Rao called twice about her MRI.", None, None, ("NAME", "Kavya Rao")),
    ("Chị Lan (bệnh nhân) cần gọi lại.", None, None, ("NAME", "Chị Lan")),
    ("La paciente Maricela Tzul llamó por sus resultados.", None, None, ("NAME", "Maricela Tzul")),
    ("Okafor shot reaction – nurse call", None, "label", ("NAME", "Okafor")),
    ("CHW visit - Hodan J.", None, "label", ("NAME", "Hodan J.")),
]

POSITIVES = [
    *POSITIVES_STAFF_LABEL_LOOKALIKES,
    *POSITIVES_PRODUCT_LOOKALIKES,
    *POSITIVES_FULL_NAMES,
    *POSITIVES_URLS,
    *POSITIVES_TASK_LABELS,
    *POSITIVES_THINGS_LOOKALIKES,
    *POSITIVES_ORG_NUMBER_LOOKALIKES,
    *POSITIVES_INITIALS,
    *POSITIVES_PATIENT_SUBJECT,
    *POSITIVES_KEYED,
    *POSITIVES_FIGURE_LOOKALIKES,
    *POSITIVES_SCRIPTS,
]
NEGATIVES = [
    *NEGATIVES_STAFF_LABELS,
    *NEGATIVES_PRODUCTS,
    *NEGATIVES_FULL_NAMES,
    *NEGATIVES_URLS,
    *NEGATIVES_TASK_LABELS,
    *NEGATIVES_THINGS_MORE,
    *NEGATIVES_ORG_NUMBERS,
    *NEGATIVES_INITIALS,
    *NEGATIVES_PATIENT_SUBJECT,
    *NEGATIVES_KEYED,
    *NEGATIVES_FIGURES_AND_THINGS,
    *NEGATIVES_SCRIPTS,
]


test_class_positive, test_class_negative = class_tests(POSITIVES, NEGATIVES)
