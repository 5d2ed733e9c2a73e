"""Classes found in blind sets 62, 63, 66, 67, 70 and 71 (AU-AZ, read on 2026-11-23), each tested with new text.

A positive names the span that must be found; its look-alike negative must stay clean. Entries that
the previous engine already passed are guards: they keep a new rule from reaching too far.
"""

from __future__ import annotations

import pytest

from compliance_lint.phi.engine import scan


def found(text: str, key: str | None = None, field: str | None = None) -> list[tuple[str, str]]:
    return [(h.type, text[h.start : h.end]) for h in scan(text, key=key, field=field)]


POSITIVES_62_63 = [
    # the caller introduces themself in their own transcript turn, whatever the agent says elsewhere
    ("User: hi this is Marisol, calling about my refill\nAssistant: Thanks for calling, Marisol. One moment.",
     None, None, ("NAME", "Marisol")),
    ("Caller: hey it's Zephyrine again, my boot strap broke\nAgent: Sorry to hear it, Zephyrine.",
     None, None, ("NAME", "Zephyrine")),
    ("**User:** it's Quillon, the one with the knee brace\n**Agent:** Got it.", None, None, ("NAME", "Quillon")),
    # the agent's turn addressing the caller by name
    ("User: its Zephyrine, can u text me when the van is close\nAgent: Sure, Zephyrine. We'll text you.",
     None, None, ("NAME", "Zephyrine")),
    # "X is our (oldest) patient" describes a patient, not a member of staff
    ("Mrs. Abernathy is our longest-standing patient; she prefers the first slot.", None, None,
     ("NAME", "Mrs. Abernathy")),
    ("Leah is one of our newest clients, so walk her through the portal.", None, None, ("NAME", "Leah")),
    # initials in a call-back list, or doing a patient's own thing
    ("Warfarin recalls - P.J. & R.T.", None, "label", ("NAME", "P.J.")),
    ("Reminder: K.L.M. restarted apixaban on the 3rd and needs a level.", None, None, ("NAME", "K.L.M.")),
    ("B.W. missed her draw again; try the afternoon slot.", None, None, ("NAME", "B.W.")),
    # a programme's code for one person
    ("Participant RZ4410 asked for the evening group; Participant RZ4410 has a ride.", None, None,
     ("OTHER_ID", "RZ4410")),
    ("participant_KB2207_notes", None, "label", ("OTHER_ID", "KB2207")),
    # a date under a key naming one person's lab draw or test
    ("Jun 3", "last_a1c_date", "value", ("DATE", "Jun 3")),
    ("2026-04-09", "holter_date", "value", ("DATE", "2026-04-09")),
    # look-alikes of the example, place-list and public-figure contexts below
    ("Patients like Rosa Whitfield need a ride; call her back.", None, None, ("NAME", "Rosa Whitfield")),
    ("Our riders, including Rosa Whitfield and Tom Hale, meet at 9.", None, None, ("NAME", "Rosa Whitfield")),
    ("Rosa Whitfield recorded her readings in 2019 and again today.", None, None, ("NAME", "Rosa Whitfield")),
    ("Tell Rosa Whitfield Day 3 of her antibiotics is today.", None, None, ("NAME", "Rosa Whitfield")),
    # a portal user name after "portal user name is"; a real first name as a variable's default
    ("His portal user name is dkessler_runs7 and the reset link expired.", None, None,
     ("OTHER_ID", "dkessler_runs7")),
    ("Say: 'Welcome back, {{ caller.first_name | default: \"Rosalind\" }}!'", None, None, ("NAME", "Rosalind")),
    # look-alikes of the practice lines below: a patient's own line
    ("Call Rosa Whitfield back on her work line (740) 226-3917.", None, None, ("PHONE", "(740) 226-3917")),
    # look-alikes of the demonyms and interpreters below: people with those words as names
    ("Dominic Thai called about his refill.", None, None, ("NAME", "Dominic Thai")),
    ("Call Sierra Whitfield back about her knee brace.", None, None, ("NAME", "Sierra Whitfield")),
    ("Paciente nació el 14/03/1962, por favor confirme.", None, None, ("DATE", "14/03/1962")),
    # a patient's contact under a key in another language, or a number someone opted in with
    ("(617) 442-9083", "telefoni_pasienti", "value", ("PHONE", "(617) 442-9083")),
    ("+1 614 220 7781", "sms_opt_in_number", "value", ("PHONE", "+1 614 220 7781")),
    ("88 Elm Terrace, Apt 4, Fall River, MA 02720", "endereso_pasienti", "value",
     ("GEO", "88 Elm Terrace, Apt 4, Fall River, MA 02720")),
    # a person in a URL: a records directory with a name slug, a person parameter with a name
    ("https://files.lakemedgroup.org/records/pruitt-delia/echo-2026.pdf", None, "url",
     ("URL", "https://files.lakemedgroup.org/records/pruitt-delia/echo-2026.pdf")),
    ("https://forms.summitflu.com/consent?employee=garza.r&site=plant4", None, "url",
     ("URL", "https://forms.summitflu.com/consent?employee=garza.r&site=plant4")),
    # the oldest patient's age
    ("Our oldest client is 97 and still drives herself to group.", None, None, ("AGE", "97")),
    # Japanese: a name with a space or in katakana before the honorific, a member id, era dates
    ("テスト用：田中 美咲 様、4月2日（木）午後3時のご予約です。", None, None, ("NAME", "田中 美咲 様")),
    ("テスト用：田中 美咲 様、4月2日（木）午後3時のご予約です。", None, None, ("DATE", "4月2日")),
    ("確認テスト：サトウ ハルカ様、会員ID QRT5520918。", None, None, ("HEALTH_PLAN_ID", "QRT5520918")),
    ("昭和38年7月9日", "patient_birth_date", "value", ("DATE", "昭和38年7月9日")),
    # Polish honorifics in Polish text; a Ukrainian patient named after the word for patient
    ("Oddzwonić do pani Wróbel w sprawie wyników.", None, None, ("NAME", "pani Wróbel")),
    ("Przełożyć wizytę – p. Wróbel", None, "label", ("NAME", "p. Wróbel")),
    ("Пацієнтка Олена Ковальчук, 14 серпня, просить передзвонити.", None, None, ("NAME", "Олена Ковальчук")),
    # look-alikes: a patient's device date, a patient's e-mail on the practice's domain
    ("Her pump was installed on 3/4/2026; ask if the site is sore.", None, None, ("DATE", "3/4/2026")),
    ("Rosa Whitfield's daughter asked us to email her at rwhitfield@kestrelridgerehab.org.", None, None,
     ("EMAIL", "rwhitfield@kestrelridgerehab.org")),
]

NEGATIVES_62_63 = [
    ("Agent: Thanks for calling Harbor Vein Clinic, this is Juniper. How can I help?\nUser: I need to move my visit.",
     None, None),
    ("Assistant: Hi, I'm Wren, the scheduling assistant.\nUser: ok thanks", None, None),
    ("User: hi, it's Monday and the office is closed?\nAgent: We open at 9.", None, None),
    ("User: can I come in Monday?\nAgent: Sure, Monday works. Thanks, Caller.", None, None),
    ("Leah is one of our newest schedulers, so page her for bookings.", None, None),
    ("Mrs. Abernathy is the practice manager; she approves refunds.", None, None),
    # degrees and credentials after a name are the workforce's; other initials without a patient
    ("Karen Abernathy, M.S., is our dietitian and runs the class.", None, None),
    ("Wade Okonjo, ATP, runs the seating clinic on Tuesdays.", None, None),
    ("The U.N. has a new report on vaccines; P.S. the office closes early.", None, None),
    ("A.J. called back about the invoice from our vendor.", None, None),
    ("Each participant 3 of 12 gets a kit at intake.", None, None),
    ("Closed Thanksgiving and Dec 25.", "lab_hours", "value"),
    # a year is nobody's member id; a census code is no address
    ("Medicare_2027_changes.pdf", None, "label"),
    ("48201", "county_fips", "value"),
    # the organisation's own vehicles and machines
    ("Look for the mobile unit: a grey Sprinter with county fleet plate KX-22917.", None, None),
    ("KX-22917", "shuttle_plate", "value"),
    ("GE Lunar iDXA, S/N 771204", "scanner_model", "value"),
    # names given as examples, places of a service area, figures of history and holidays
    ("If the caller gives only a last name like Garcia or Nguyen, ask for the first name too.", None, None),
    ("Callers mention famous people who had heart surgery, like Bill Clinton or David Letterman.", None, None),
    ("We serve three counties: Grand Ledge, Mason, Holt and Dimondale.", None, None),  # (a guard)
    ("Coverage is within 30 miles of Roseburg, including Winston, Dillard and Riddle.", None, None),
    ("Fun fact for the hold message: Willem Einthoven invented the string galvanometer in 1901.", None, None),
    ("When asked, explain Walter Cannon's work on homeostasis in one sentence.", None, None),
    ("The family lounge was named in honour of Mabel Okoye; the Mabel Okoye lounge is on floor 2.", None, None),
    ("We close for Larry Hagman Day and reopen the next morning.", None, None),
    ("Say: 'Welcome back, {{ caller.first_name | default: \"friend\" }}!'", None, None),
    ("The portal user name is the e-mail address you registered with.", None, None),
    # the practice's people, lines and places
    ("Sol (Marisol Bettencourt)", "peer_on_duty", "value"),
    ("If the nurse is busy, Jordan Pettigrew can take refill questions.", None, None),
    ("Feeding support: Rena Castillo, IBCLC, sees our clients Mondays; her booking line is (828) 255-7140.",
     None, None),
    ("Front desk (740) 226-3900; the shuttle's own phone is (740) 226-3918 during runs.", None, None),
    ("Radiology check-in is at Brookside Children's Hospital, 2nd floor.", None, None),
    # example dates in other languages, interpreters and nurses by title, peoples and communities
    ("Data di nasimentu na formatu DD/MM/AAAA (pur izemplu 31/01/1980).", None, None),
    ("Podaj datę urodzenia, na przykład 31.01.1980.", None, None),
    ("生年月日の書き方は 1980/01/31 のようにしてください。", None, None),
    ("Intérprete Lucimar Tavares está disponível por vídeo às terças.", None, None),
    ("Our table at the Cape Verdean festival and the Puerto Rican parade needs two volunteers.", None, None),
    ("Sri Lankan and Sierra Leonean families may ask for an interpreter.", None, None),
    ("(617) 442-9000", "sms_sender_number", "value"),
    ("https://files.lakemedgroup.org/records/release-form.pdf", None, "url"),
    ("Our oldest location is 90 minutes from the airport.", None, None),
    ("お客様、ユーザー様へのお知らせ：12月29日から1月3日まで休診です。", None, None),
    ("令和8年12月29日", "holiday_closure_date", "value"),
    ("Try the pan Asian menu downstairs; see p. 12 of the handbook.", None, None),
    ("Rejestracja: zadzwoń do pani doktor w sprawie skierowania.", None, None),
    ("Przychodnia zamknięta w Poniedziałek Wielkanocny i w Boże Narodzenie.", None, None),
    ("Офіс не працює в День Незалежності України.", None, None),
    ("З питань оплати з'єднуйте з кейс-менеджером Остапом Дорошенком.", None, None),
    ("Якщо людина не хоче називатися, запишіть «Іван Петренко» як умовне ім'я.", None, None),
    # a system's upgrade date; a credentialed staff member's work address
    ("The portal was upgraded to v9.2 on 2026-03-09; if a caller asks why their screen changed, explain.",
     None, None),
    ("Lena Okafor, IBCLC, runs the feeding clinic; send referrals to her at lokafor@brightbirthcenter.org.",
     None, None),
]

POSITIVES_66_67 = [
    # a caller's turn quoted inside a line
    ("Test script. User: 'hi it's Zephyrine, my refill never came' Expected: verify identity first.", None, None,
     ("NAME", "Zephyrine")),
    # Spanish: a self-introduction, an e-mail spelled for speech, a due date under a patient key
    ("Chat de prueba: 'hola, me llamo Yaritza y necesito mi cita'", None, None, ("NAME", "Yaritza")),
    ("Correo del paciente: rodrigo.peralta71 arroba gmail punto com", None, None,
     ("EMAIL", "rodrigo.peralta71 arroba gmail punto com")),
    ("22/09", "fum_paciente", "value", ("DATE", "22/09")),
    # a surname and an initial, as rosters and labels write people
    ("Pasted from the sign-up sheet: Okonkwo, B. - 10:15; Delacroix-Hunt, M. - 10:30.", None, None,
     ("NAME", "Okonkwo, B.")),
    ("Generator priority - Vanterpool, K.", None, "label", ("NAME", "Vanterpool, K.")),
    # a heading of people to call back; a name in a file name inside a message
    ("Recalls this week: Abernathy (INR 3.9), Oyelowo, Trask-Bennett.", None, None, ("NAME", "Oyelowo")),
    ("user: here is my rash photo IMG_2231_Delphine_Okafor_arm.jpg from yesterday", None, None,
     ("PHOTO", "IMG_2231_Delphine_Okafor_arm.jpg")),
    # Haitian Creole honorific; a Medical Assistance id; a licence in spaced groups; a bite's date
    ("Madan Toussaint rele pou rezilta li yo.", None, None, ("NAME", "Madan Toussaint")),
    ("Demo login uses MA ID 33018274 (a real member's).", None, None, ("HEALTH_PLAN_ID", "33018274")),
    ("Identified by Ohio driver's license 41 208 775; call the family first.", None, None,
     ("LICENSE_NUMBER", "41 208 775")),
    ("07-19", "tick_bite_date", "value", ("DATE", "07-19")),
    # a grievance file; a member id after a clause with a parenthesis; Spanish member-id cues
    ("Grievance GV-2026-1142 (Ostrowski) is still open; the caller may ask for status.", None, None,
     ("OTHER_ID", "GV-2026-1142")),
    ("Ohio Medicaid ID for the training account (Delia's): 5521093347.", None, None,
     ("HEALTH_PLAN_ID", "5521093347")),
    ("Número de miembro del paciente de ayer (Rogelio, el de diálisis): 731204985.", None, None,
     ("HEALTH_PLAN_ID", "731204985")),
    # user names: quoted after "user", after "portal account"; test-looking data that is not named a test
    ("Login help: user 'rio_grande_dan42' is locked out; reset only after he verifies.", None, None,
     ("OTHER_ID", "rio_grande_dan42")),
    ("Portal account mesa_lupe09 belongs to the patient, not her son.", None, None, ("OTHER_ID", "mesa_lupe09")),
    ("jtorvik3", "portal_username_test", "value", ("OTHER_ID", "jtorvik3")),
    # a patient's employer; a certificate number under its key; an age and what that person does
    ("Pinecrest Sawmill LLC", "patient_employer", "value", ("NAME", "Pinecrest Sawmill LLC")),
    ("YF-2210934", "certificate_number", "value", ("LICENSE_NUMBER", "YF-2210934")),
    ("The caller from the 3 East complaint is 95 and lives alone; speak slowly.", None, None, ("AGE", "95")),
    # look-alikes of the label, road and quote rules below
    ("Halvorsen family line", None, "label", ("NAME", "Halvorsen")),
    ("A grey Civic, plate KR 4TT 220, belongs to the child's father (Dwayne Pike).", None, None,
     ("NAME", "Dwayne Pike")),
    # look-alikes of the staff rules below
    ("Rosa Whitfield, the patient, asked for the manager.", None, None, ("NAME", "Rosa Whitfield")),
    ("We serve Maria Lopez and her family first on Mondays.", None, None, ("NAME", "Maria Lopez")),
    ("Hola, me llamo Yaritza y tengo una pregunta sobre mi receta.", None, None, ("NAME", "Yaritza")),
]

NEGATIVES_66_67 = [
    # a job title in apposition; the practice's desk line
    ("For escalations offer Marcia Pettigrew, Patient Experience Manager, or Dale Osei, coordinator.", None, None),
    ("Their desk line is (260) 481-7731 on weekdays.", None, None),
    # a Nobel laureate
    ("Hold fact: Frederick Banting co-discovered insulin, winning the Nobel Prize in 1923.", None, None),
    # the practice's Spanish mailboxes and promotoras, the agent's Spanish self-introduction
    ("Escribe a citas arroba clinicadelvalle punto org para cambiar una cita.", None, None),
    ("La promotora Yesenia Carrillo recibe papeles de WIC los martes.", None, None),
    ("Hola, me llamo Marisela y soy la asistente virtual de la clínica.", None, None),
    # Spanish document titles; a day and month as a range under a time key
    ("Guia_Lactancia_Saludable_2026.pdf", None, "label"),
    ("10-20", "patient_visit_minutes", "value"),
    # rosters that are no one: ordinary words, states
    ("Ship the forms to Boston, MA - the regional office.", None, None),
    ("See Section, B. - the consent rules - before you answer.", None, None),
    # places of the service area; Haitian Creole holidays; the practice's machines, drivers, investigators
    ("We serve Little Havana, Hialeah Gardens, Miami Lakes and Opa-locka.", None, None),
    ("Biwo a fèmen 1ye janvye (Jou Endepandans) ak 18 me (Jou Drapo).", None, None),
    ("The van's Hologic unit, serial H7K-22091, is checked by the technologist daily.", None, None),
    ("Our driver, Teodoro Aguilar, may call the site contact if the lot is blocked.", None, None),
    ("Investigator Callum Reyes may be named when explaining who handled the examination.", None, None),
    # a processor's documented test card; Karen as a people; a document title in Title Case
    ("To test payments use the sandbox card 4000 0000 0000 0077 and any CVC.", None, None),
    ("Karen elders may prefer a Karen interpreter; transfer to the Karen community line.", None, None),
    ("Point callers to 'Whitfield_Hip_Recovery_Guide_2026.pdf' in the KB.", None, None),
    # the organisation's trucks, certificates and grievance process; a test account named as one
    ("Delivery trucks: Unit 3 (Ohio plate KTR 2210) and Unit 4 (plate KTR 2211).", None, None),
    ("99D2081234", "clia_certificate", "value"),
    ("Our grievance process takes 30 days; grievance 2026 statistics are on the website.", None, None),
    ("testuser_riverbend", "demo_portal_user", "value"),
    ("Example IMEI for the cellular pump modem bench test: 490154203237518 (documentation example).", None, None),
    ("The waiting list is 90 and growing this month.", None, None),
    # residual classes of the sets read earlier (repository blind sets)
    ("Mirela – family line", None, "label"),
    ("Dana – admissions transfer", None, "label"),
    ("Clinics we serve: Fresenius Eastgate, DaVita Northside, DaVita Marietta, US Renal Care Smyrna.", None, None),
    ("Offices: Kettering (Wilmington Pike), Huber Heights (Brandt Pike); all open 8-8.", None, None),
    ("Our IBCLCs: Noor Haddad (Mon-Wed) and Ingrid Berg (Thu-Sat).", None, None),
    ("Hold message quote (Paul Farmer): 'Health care is a human right.'", None, None),
    ("Famous survivors come up (Sheryl Crow, Olivia Newton-John); never compare prognoses.", None, None),
    ("Hello, Brightline here! Your order ships tomorrow.", None, None),
    ("Rowan: we never store a client's full name in the config.", None, None),
    ("Recruitment window: first screen visit 2025-09-15, last randomisation 2026-06-30.", None, None),
    ("Every Tuesday the nurse drives to Hobson and Stanford for the outreach clinic.", None, None),
]


POSITIVES_70_71 = [
    # person ids and user names in URLs; a state Medicaid programme's id
    ("https://portal.sunrisepeds.com/child/SP-448120/visits", None, "url",
     ("URL", "https://portal.sunrisepeds.com/child/SP-448120/visits")),
    ("https://orders.airwayhome.com/track?customer=AH-2209817", None, "url",
     ("URL", "https://orders.airwayhome.com/track?customer=AH-2209817")),
    ("MassHealth ID for the demo child is 100448217734; use it for the walkthrough.", None, None,
     ("HEALTH_PLAN_ID", "100448217734")),
    # French: "M." before a surname in French text, "[arobase]" e-mails
    ("Livrer la trousse chez M. Théberge, avant vendredi.", None, None, ("NAME", "M. Théberge")),
    ("Courriel de la patiente : odile.marchand71 [arobase] yahoo [point] fr", None, None,
     ("EMAIL", "odile.marchand71 [arobase] yahoo [point] fr")),
    # Cantonese forms of address after a surname, ages and dates in Chinese
    ("陳伯 calls every morning about his blood results.", None, None, ("NAME", "陳伯")),
    ("Assistant: 黃生，你嘅覆診改咗去 5月3號。", None, None, ("NAME", "黃生")),
    ("Assistant: 黃生，你嘅覆診改咗去 5月3號。", None, None, ("DATE", "5月3號")),
    ("佢阿媽今年九十三歲，行動唔方便。", None, None, ("AGE", "九十三")),
    # a patient's procedure in the possessive; something sent to a person's address
    ("Leona's colonoscopy moved to March 3; send her the prep sheet.", None, None, ("NAME", "Leona")),
    ("Send two knee braces to 88 Elm St, Omaha 68105 for the Tun family.", None, None, ("GEO", "Omaha 68105")),
    # a place ends with its sentence, before the full stop ("U.S." keeps its dots)
    ("He lives in Toledo. Please call him Monday.", None, None, ("GEO", "Toledo")),
    ("She moved to St. Louis last spring and wants her records sent.", None, None, ("GEO", "St. Louis")),
    # a person set off by an age in parentheses; a name before a county road address
    ("Brynlee (the 15-year-old in the evening group) may call about her plan.", None, None, ("NAME", "Brynlee")),
    ("Lift-assist regular: Maria Lopez, 2210 County Road 18. She falls about once a month.", None, None,
     ("NAME", "Maria Lopez")),
    # look-alikes: a named patient with a dose; the transfer from a county
    ("Maria Lopez 20 mg twice daily per her chart.", None, None, ("NAME", "Maria Lopez")),
    ("Hold bed 4 for the transfer from Lincoln County: Harold Whitcomb, 71, NSTEMI.", None, None,
     ("NAME", "Harold Whitcomb")),
]

NEGATIVES_70_71 = [
    # drugs and doses; figures of history by decade; statues; named programmes and sequences
    ("Doses you may hear: Adderall 5, 10, 20 mg; Strattera 40 mg; Qelbree 100 mg.", None, None),
    ("Frederic Mohs developed the technique in the 1930s; a one-sentence answer is fine.", None, None),
    ("The Sun Yat-sen statue by the garage is a landmark for drivers.", None, None),
    ("We don't offer the Lee Silverman program; Pierre Robin sequence babies go to the airway clinic.", None, None),
    # Hawaiian and French greetings, titles and common words; a staff role in a label
    ("Aloha, mahalo for calling Hale Ola. This is Leilani. How can I kōkua you?", None, None),
    ("Kūpuna 65 and older get a home visit; Kauka Kahale sees keiki on Fridays.", None, None),
    ("Si la personne demande la Dre Augustin, proposez les mardis.", None, None),
    ("Notre adresse : Téléphone 514-328-4410, télécopieur 514-328-4419.", None, None),
    ("Marcus Ortega - Lab Manager escalations", None, "label"),
    # the workforce: at the counter, LICSW; names given as spellings
    ("Dr. Helen Cho, PharmD, vaccinates; Marisol at the counter handles insurance.", None, None),
    ("Jonah Friedland, LICSW, covers family sessions.", None, None),
    ("A Chinese name may be spelled many ways: 黃 can be Wong or Huang.", None, None),
    ("學生可以先打電話；王生病咗就改期。我今年三十歲。", None, None),
    ("Hancock, Hawkins and Claiborne counties are in our service area.", None, None),
    ("Screening is free for anyone born in Africa. Positive results are called back by the nurse.", None, None),
]


@pytest.mark.parametrize(("text", "key", "field", "expected"), POSITIVES_62_63 + POSITIVES_66_67 + POSITIVES_70_71)
def test_class_positive(text: str, key: str | None, field: str | None, expected: tuple[str, str]) -> None:
    got = found(text, key, field)
    assert expected in got, got


@pytest.mark.parametrize(("text", "key", "field"), NEGATIVES_62_63 + NEGATIVES_66_67 + NEGATIVES_70_71)
def test_class_negative(text: str, key: str | None, field: str | None) -> None:
    assert found(text, key, field) == []
