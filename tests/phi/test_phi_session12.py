"""Classes worked in the twelfth session (2026-11-24), each tested with new text.

A positive names the span that must be found; its look-alike negative must stay clean. Entries that
the previous engine already passed are guards: they keep a new rule from reaching too far.
"""

from __future__ import annotations

from class_harness import class_tests

# One list of the words a URL names a person by, for folders, query keys, handles and ids alike: a
# nursing home's "/residents/" folder holds a handle as surely as "/patients/" does. A room or a
# folder's parent given as a number is no one's id.
POSITIVES_URL_PERSON_WORDS = [
    ("https://care.pinecrest-living.org/residents/mgarcia/care-plan", None, "url",
     ("URL", "https://care.pinecrest-living.org/residents/mgarcia/care-plan")),
    # guard: a video visit's room named after its patient
    ("https://visits.example-clinic.org/join?room=ava-whitfield", None, "url",
     ("URL", "https://visits.example-clinic.org/join?room=ava-whitfield")),
]
NEGATIVES_URL_PERSON_WORDS = [
    ("https://visits.example-clinic.org/join?room=4412", None, "url"),
    ("https://docs.example-clinic.org/tree?parent=1042", None, "url"),
    ("https://care.pinecrest-living.org/residents/handbook/visiting-hours", None, "url"),
]
test_url_person_words_positive, test_url_person_words_negative = class_tests(POSITIVES_URL_PERSON_WORDS,
                                                                             NEGATIVES_URL_PERSON_WORDS)

# Round one (holdouts 208-213): the practice's people and places in new shapes, and ids by new cues.
POSITIVES_ROUND1 = [
    # a newborn's record "Baby <Surname>", then a test record's word
    ("NICU intake - Baby Tran test", None, "label", ("NAME", "Tran")),
    # a race's runner and a resort's guest by their numbers; a Missouri Medicaid DCN
    ("Medical tent note: runner with bib 4417 left before discharge, call his wife.", None, None,
     ("OTHER_ID", "4417")),
    ("3381", "runner_bib", "value", ("OTHER_ID", "3381")),
    ("Her season pass 7714-2290-5531 was flagged after the fall on Upper Cirque.", None, None,
     ("OTHER_ID", "7714-2290-5531")),
    ("Check eligibility with her MO HealthNet DCN 20931157 until the card comes.", None, None,
     ("HEALTH_PLAN_ID", "20931157")),
    # URLs: an obituary with a middle initial, a tribal enrollment number
    ("https://www.oakridgefuneral.com/obituaries/walter-j-kowalczyk", None, "url",
     ("URL", "https://www.oakridgefuneral.com/obituaries/walter-j-kowalczyk")),
    ("https://portal.sellsclinic.org/labs?enrollment=TO-551208", None, "url",
     ("URL", "https://portal.sellsclinic.org/labs?enrollment=TO-551208")),
    # a guest's or performer's phone; a callback number under a Spanish key
    ("+1 941 555 2267", "performer_phone", "value", ("PHONE", "+1 941 555 2267")),
    ("720-448-3391", "guest_phone", "value", ("PHONE", "720-448-3391")),
    ("401-662-9018", "telefono_callback", "value", ("PHONE", "401-662-9018")),
    # guards: a home's address with a person cue, a patient's own Japanese honorific name
    ("Drop the concentrator at her home, 88 Birch Hollow Rd, before noon.", None, None,
     ("GEO", "88 Birch Hollow Rd")),
    ("患者の田中さんから折り返しの電話がありました。", None, None, ("NAME", "田中さん")),
]
NEGATIVES_ROUND1 = [
    # staff: a tribal health aide's credential, a role noun in -arian, a name at an extension, a message to
    # someone at the practice
    ("Linda Carter, CHA/P, takes the morning radio consults from the villages.", None, None),
    ("Hubert Lindahl, the sanitarian, inspects the kitchens after an outbreak call.", None, None),
    ("Soledad Ixcoy ext. 14", "interprete_kiche", "value"),
    ("For a cracked appliance, book the adjustment and send a message to Roxanne.", None, None),
    # places: a funeral home's address, a van's route stops, districts served
    ("Pine Hollow Funeral Home, 40 Mill Rd", "funeral_home_partner", "value"),
    ("The van stops in Topawa, Kom Vo and Ali Molina before the hospital.", None, None),
    ("We serve the Schuk Toak, Hickiwan and Gu Achi districts.", None, None),
    # Japanese: 先生 is a doctor's title, a receptionist named after her role; a date format example
    ("院長の森山由紀先生は火曜と木曜に診察します。受付担当は真理さんです。", None, None),
    ("生年月日は和暦（平成5年4月1日 の形式）でも受け付けます。", None, None),
    # greetings and public figures
    ("Waqaa, this is the Akiak clinic calling about your visit on Tuesday.", None, None),
    ("Callers like to hear that John Ringling and P. T. Barnum both wintered their shows in Florida.", None, None),
]
test_round1_positive, test_round1_negative = class_tests(POSITIVES_ROUND1, NEGATIVES_ROUND1)

# Round two (holdouts 214-219, first half): clergy, foreign and paramedic titles, teams, fixtures,
# Pacific intros; numbers handed to every caller; plates with a digit among the letters.
POSITIVES_ROUND2 = [
    ("Her truck (plate 7TR 4410) is still in the clinic lot; call her before towing.", None, None,
     ("VEHICLE_ID", "7TR 4410")),
    ("+1 410 555 3382", "player_phone", "value", ("PHONE", "+1 410 555 3382")),
    # guards: a caller's number after "give"; a patient before a parenthesis
    ("Give his wife a call at (928) 755-4021 about the results.", None, None, ("PHONE", "(928) 755-4021")),
    ("Pt (Loretta Begaye) asked for a refill of her inhaler.", None, None, ("NAME", "Loretta Begaye")),
]
NEGATIVES_ROUND2 = [
    ("Fr. Michael Andrews from St. Nicholas covers hospital visits this month.", None, None),
    ("Doktorica Amra Begić prima pacijente utorkom; medicinska sestra Lejla Hodžić uzima poruke.", None, None),
    ("El fisioterapeuta Julián Ortega habla español y portugués.", None, None),
    ("Tent captains: Ben Carter, NRP (Tent A), and Amy Wood, RN (Tent B).", None, None),
    ("Auditory-verbal sessions are with Karen Lewis, LSLS Cert. AVT, on Fridays.", None, None),
    ("Datum rođenja tražite u formatu DD.MM.GGGG (npr. 14.03.1972).", None, None),
    ("Fixtures: home vs. Carolina Tide on the 14th, away at Tulsa Foundry on the 21st.", None, None),
    ("The CHR team (Linda Begay and Harrison Yazzie) does home visits on Tuesdays.", None, None),
    ("Ran annim! Iei Nene seni Kapas Clinic. Ifa usun ai upwe tongeni alisuk?", None, None),
    ("Road washouts are handled by Public Works, not this office. Give callers (928) 755-3410.", None, None),
    ("(620) 342-7710", "county_line", "value"),
    ("If a caller asks how Cristiano Ronaldo recovers between matches, offer our recovery guide.", None, None),
    ("Kathrine Switzer ran Boston in 1967; the pace group is named for her.", None, None),
]
test_round2_positive, test_round2_negative = class_tests(POSITIVES_ROUND2, NEGATIVES_ROUND2)

# Round two, second half: ships, ports of call, kin titles of respect for staff, voices recorded for
# the line, festivals, team departments; an unknown name after "its" in the caller's turn, patrons',
# subscribers' and lessees' numbers, default birthdays when the day was unknown.
POSITIVES_ROUND2B = [
    ("user: hey its Marisela again, same order as last week\nagent: Sorry to hear that, Marisela!", None, None,
     ("NAME", "Marisela")),
    ("541-301-8842", "ill_patron_phone", "value", ("PHONE", "541-301-8842")),
    ("+1 218 740 5521", "subscriber_phone", "value", ("PHONE", "+1 218 740 5521")),
    ("L-0077123", "dhhl_lessee_no", "value", ("OTHER_ID", "L-0077123")),
    # guards: a relative with a kin title, a birthday with a person
    ("Her Aunty Leilani Kahale picks her up after dialysis on Fridays.", None, None, ("NAME", "Leilani")),
    ("The patient says her birthday is January 1, 1961.", None, None, ("DATE", "January 1, 1961")),
]
NEGATIVES_ROUND2B = [
    ("You are the assistant for the Medical Center aboard MS Caroline Serenade (Deck 4).", None, None),
    ("Ports of call are Cozumel, Roatán and Costa Maya; referral hospitals are in the knowledge base.", None, None),
    ("Onboard network: crew Wi-Fi 172.22.0.0/16 is for staff only.", None, None),
    ("Aunty Malia Kahale leads lomilomi on Wednesdays. Callers ask for 'Aunty Malia' by name.", None, None),
    ("The Hawaiian greeting was recorded by Keoni Akana and the English one by Dr. Mahoe.", None, None),
    ("Merrie Monarch week is slow; many families travel to Hilo.", None, None),
    ("Eli Brandt (strength and conditioning) owns the weight-room schedule; his email is "
     "eli.brandt@sawmillbaseball.com.", None, None),
    ("Massage is with Josh Pereira, LMT, on weekdays.", None, None),
    ("If the voicemail box is full, the IT ticket is SAW-HD-10482; mention it to Marcus.", None, None),
    ("Many arrivals have January 1 recorded as their birthday because the exact day was unknown.", None, None),
]
test_round2b_positive, test_round2b_negative = class_tests(POSITIVES_ROUND2B, NEGATIVES_ROUND2B)

# Round three (holdouts 220-225): roles written before names at a sentence's start, sanitarians,
# herbalists, wilderness first responders, personas, famous names dropped, eponym atlases, vaccine
# schedules, format masks, parsed dates, on-call lines, lab numbers, software levels, exposure sites,
# the practice's own channel, default birthdays given on papers.
NEGATIVES_ROUND3 = [
    ("Technicians Ines and Gavin handle pickups and shipping.", None, None),
    ("Sonographers Kelsey Marsh and Mónica Ybarra do growth scans on Tuesdays.", None, None),
    ("County epidemiologist Dr. Simone Achter and senior sanitarian Tom Brandvold lead tower inspections.", None, None),
    ("Herbalist Chen Yu-Hua prepares granule formulas; pickups are at the front desk with Amy Zhou.", None, None),
    ("Casey Moreau, WFR, is our first-aid lead on weekends.", None, None),
    ("Luna is a persona, not a person. If a caller asks, say you are the automated assistant.", None, None),
    ("Riders name-drop Ricky Carmichael and Jeremy McGrath all the time; steer back to the question.", None, None),
    ("Bone-age X-rays are read against the Greulich and Pyle atlas.", None, None),
    ("Public health nurse Gloria Mbeki, RN, gives all the 3/7/14 doses; she is at ext. 118.", None, None),
    ("Diga las fechas como DD/MM/AAAA (05/09/1975 es el 5 de septiembre).", None, None),
    ("If a caller says 'March fifth, sixty-two', that becomes 03/05/1962 in the form.", None, None),
    ("For signs of peritonitis, tell the caller to call the on-call nurse at (208) 377-4155 right away.", None, None),
    ("Main cath lab number is 859-277-6600, fax 859-277-6690.", None, None),
    ("RPMS-EHR v1.1 p32", "ehr_patch_level", "value"),
    ("2026-03-03", "exposure_site_1_date", "value"),
    ("Patient-education videos live on our YouTube channel, youtube.com/@cedargrovemfm.", None, None),
    ("Many refugees were given January 1 as a birthday on their papers; accept 1/1 without comment.", None, None),
    ("Home visits cover Flushing, Murray Hill, Bayside and Fresh Meadows.", None, None),
    ("climber", "default_member_name", "value"),
    ("Programmable valves (Strata, Codman Certas, proGAV) must be rechecked after any MRI.", None, None),
    ("You are Sloane, the concierge for Lumière Aesthetics in Scottsdale.", None, None),
]
POSITIVES_ROUND3 = [
    # guards: a patient's date with its person, a name under a name key, a caller's number
    ("Test patient DOB (MM/DD/YYYY): 03/14/1962", None, None, ("DATE", "03/14/1962")),
    ("Climber", "default_member_name", "value", ("NAME", "Climber")),
    ("The caller's cell is (208) 377-9912; she asked for a text first.", None, None, ("PHONE", "(208) 377-9912")),
]
test_round3_positive, test_round3_negative = class_tests(POSITIVES_ROUND3, NEGATIVES_ROUND3)

# Round four (holdouts 226-231): a word that is also a credential ("do"), the agent's single test-chat
# turn addressing the caller (in Spanish too), partners and maiden names, Italian intros, iPLEDGE
# numbers, riders' and teens' URLs, reporters in a query, "[arroba]"; peer supporters, inspectors,
# public figures in the sentence and history by its decade, races and feast days, camps, Russian and
# Spanish titles, classes in capitals, hospital units, a provider's name in another script.
POSITIVES_ROUND4 = [
    ("user: my mother fell again last night, her name is Greta Lindholm, do I bring her back in?", None, None,
     ("NAME", "Greta Lindholm")),
    ("assistant: Got it, Marisela. Your physical with Dr. Grieves is on the 22nd.", None, None,
     ("NAME", "Marisela")),
    ("assistant: Perfecto, Rosa. Su próxima visita es el 14 de abril.", None, None, ("NAME", "Rosa")),
    ("user: my boyfriend Marcus has the car until 6, can the nurse come after that?", None, None,
     ("NAME", "Marcus")),
    ("Her readings are filed under her maiden name, Lorraine Spivey.", None, None, ("NAME", "Lorraine Spivey")),
    ("user: ciao doc, sono Luca, ho ancora il ginocchio gonfio", None, None, ("NAME", "Luca")),
    ("user: hi, her isotretinoin pickup closes friday and the iPLEDGE # is 4082271935", None, None,
     ("OTHER_ID", "4082271935")),
    ("https://harborteen.org/family-portal/progress?teen=ella.marchetti&week=6", None, "url",
     ("URL", "https://harborteen.org/family-portal/progress?teen=ella.marchetti&week=6")),
    ("https://medical.cyclingteam.cc/riders/wyatt-henley/bloodwork", None, "url",
     ("URL", "https://medical.cyclingteam.cc/riders/wyatt-henley/bloodwork")),
    ("https://countyhealth.org/complaints/view?id=BB-2026-00388&reporter=joyce.albee", None, "url",
     ("URL", "https://countyhealth.org/complaints/view?id=BB-2026-00388&reporter=joyce.albee")),
    ("e.xol.ortega [arroba] gmail [punto] com", "correo_paciente", "value",
     ("EMAIL", "e.xol.ortega [arroba] gmail [punto] com")),
    # guard: a patient named after a provider, not in another script
    ("Callback for Dr. Ames (Tomás Reyes, 4/2 results).", None, None, ("NAME", "Tomás Reyes")),
]
NEGATIVES_ROUND4 = [
    ("Outreach continues by phone with Shay Burkhart, peer supporter, at 937-404-2219.", None, None),
    ("Inspectors: Luis Ortega-Baird (north townships) and Rhonda Kettleby (the south).", None, None),
    ("Muhammad Ali and Joe Frazier are public figures; it's fine to chat about them briefly.", None, None),
    ("Frank Hamilton Cushing lived at Zuni in the 1880s; steer back to scheduling.", None, None),
    ("Race calendar: Tour de Romandie 28 April – 3 May, Tour de France from 4 July.", None, None),
    ("We close at noon for the Kateri Tekakwitha feast day.", None, None),
    ("Тренер Елена Маркова говорит по-русски.", None, None),
    ("Consulta con la psicóloga Lcda. Marta Icó los jueves.", None, None),
    ("A 3-year-old with mild asthma is usually ASA II.", None, None),
    ("The Geri-ED opened in the old fracture clinic space in 2019.", None, None),
    ("Dr. Oleg Sorokin (Олег Сорокин), MD, CAQ Sports Medicine", "team_physician", "value"),
    ("Do not bring up Karen Carpenter or any celebrity's eating disorder.", None, None),
]
test_round4_positive, test_round4_negative = class_tests(POSITIVES_ROUND4, NEGATIVES_ROUND4)

# Round five (holdouts 232-237): Spanish numbers read out to "call me at" or under a patient's key,
# a name in a query with %20; eponyms "(after ...)" and rooms "named for ...",
# places listed before what they are, the studio's own account, the practice's fax offered, tattoo
# styles, lifters, climbers and skaters named.
POSITIVES_ROUND5 = [
    ("Voicemail test: «Hola, soy Tomasa, llámeme al siete uno ocho, cuatro cuatro uno, nueve cero dos seis.»",
     None, None, ("PHONE", "siete uno ocho, cuatro cuatro uno, nueve cero dos seis")),
    ("ocho cero cinco, dos nueve uno, cuatro cuatro siete cero", "paciente_prueba_tel", "value",
     ("PHONE", "ocho cero cinco, dos nueve uno, cuatro cuatro siete cero")),
    ("https://forms.example-unidos.org/r/visit-request?client=Maria%20Lopez&apt=4F", None, "url",
     ("URL", "https://forms.example-unidos.org/r/visit-request?client=Maria%20Lopez&apt=4F")),
    # guards: a person's own post, a business partner's address stays clean
    ("Link the caller to her own post at https://www.facebook.com/marisol.quintero.survivor today.", None, None,
     ("URL", "https://www.facebook.com/marisol.quintero.survivor")),
]
NEGATIVES_ROUND5 = [
    ("Nurses use the Braden Scale (after Barbara Braden) and the Bristol stool chart.", None, None),
    ("The conference room is named for Opothleyahola; give it as a landmark.", None, None),
    ("We serve citizens living in Okmulgee, Okfuskee, Creek and McIntosh counties.", None, None),
    ("Hospice partners: Brookhaven Hospice and the Xenia or Fairborn clinics.", None, None),
    ("The studio's own Instagram is @secondskinlaser; tell callers to DM questions there.", None, None),
    ("If a school nurse asks about a student, do not confirm the child is our patient. Offer the fax number "
     "(614) 447-3819 for records requests.", None, None),
    ("Sailor Jerry flash and Ed Hardy-style pieces are the old-school work we see most.", None, None),
    ("Callers sometimes ask about Tommy Caldwell or Lynn Hill; don't speculate about their routes.", None, None),
    ("Pharmacy partner: Starling Chemists, 2083 Starling Ave, (718) 892-7731.", None, None),
]
test_round5_positive, test_round5_negative = class_tests(POSITIVES_ROUND5, NEGATIVES_ROUND5)

# Round six (holdouts 238-243): a user name after a cue-like word, plural record-number cues, the
# agent's Hmong thanks; eponyms named as such, route stops, race crews, physiotherapists first,
# royal titles, "is called the father of", shelters' addresses, a week on the calendar, clock times
# under id keys, a Nepali calendar.
POSITIVES_ROUND6 = [
    ("Portal lockout: username okjohnson_1977 keeps failing MFA.", None, None, ("OTHER_ID", "okjohnson_1977")),
    ("Duplicate HRNs 112738 and 112793 both belong to the same little boy.", None, None, ("MRN", "112738")),
    ("assistant: Ua tsaug, Nhia. Koj puas xav teem sij hawm tshiab?", None, None, ("NAME", "Nhia")),
    ("MDCR-2271904", "central_registry_id", "value", ("OTHER_ID", "MDCR-2271904")),
    # guard: a relative who interprets is still named
    ("Her son Tomas Herrera interprets for her at every visit.", None, None, ("NAME", "Tomas Herrera")),
]
NEGATIVES_ROUND6 = [
    ("Eponyms you may hear: Lisfranc injury, Charcot foot, Haglund's deformity, Jones fracture.", None, None),
    ("The van route runs Derry St → Allison Hill → Steelton; Camp Hill riders ride Tuesdays.", None, None),
    ("Race director Kenji Albrecht makes every pull decision; kayak captain is Bram de Wit.", None, None),
    ("Physiotherapist Katja Zupan is at the club Tuesdays and Thursdays.", None, None),
    ("Elders sometimes talk about His Majesty Jigme Khesar Namgyel Wangchuck; listen politely.", None, None),
    ("Sondre Norheim is called the father of modern skiing.", None, None),
    ("1480 Exposition Way, Grayhawk, CA 96080", "shelter_address", "value"),
    ("Holiday schedule: no surgeries are booked the week of December 28.", None, None),
    ("07:15", "first_case_time", "value"),
    ("Date of birth in AD as YYYY-MM-DD, or Bikram Sambat such as २०१५ साल.", None, None),
    ("The race honors Gertrude Ederle's 1926 Channel crossing.", None, None),
]
test_round6_positive, test_round6_negative = class_tests(POSITIVES_ROUND6, NEGATIVES_ROUND6)

# Bringing the read sets to the floors: a town in parentheses after an organisation, a front desk's
# number in a label, a Bosnian persona, a clinician's licence under a role key, an Orthodox greeting.
NEGATIVES_FLOORS = [
    ("Hospice partners: Brookhaven Hospice (Xenia) and Greene Valley Hospice (Fairborn).", None, None),
    ("Vos Chiro - front desk 616-288-9031", None, "label"),
    ("Ti si Dalila, glasovni asistent klinike Bevo Family Health. Govori bosanski ili engleski.", None, None),
    ("RN.110297", "parish_nurse_license", "value"),
    ("Χριστός Ανέστη! Thank you for calling the parish health ministry.", None, None),
]
POSITIVES_FLOORS = [
    # guards: a relative in parentheses after a company, a patient's licence under a patient key
    ("His foreman at the roofing company (Dale, 928-771-0432) asked us to call back.", None, None,
     ("NAME", "Dale")),
    ("D0827714", "patient_drivers_license", "value", ("LICENSE_NUMBER", "D0827714")),
]
test_floors_positive, test_floors_negative = class_tests(POSITIVES_FLOORS, NEGATIVES_FLOORS)

# Round seven (holdouts 244-249), first look: Medicaid ids in the plural, a care home's resident id,
# clinical photo folders; default birthdays on refugee papers, "say it like", refugee camps, the
# practice's equipment in parentheses or in its device log, staff phones under role keys, an
# organisation that moved, products.
POSITIVES_ROUND7 = [
    ("Nebraska Medicaid IDs for the twins are 41926603 and 41926604; use them on the prior-auth test.", None,
     None, ("HEALTH_PLAN_ID", "41926603")),
    ("BW-2291", "resident_id", "value", ("OTHER_ID", "BW-2291")),
    # (typed PHOTO since the nineteenth session: "clinical" no longer reads as "clinic", a practice's picture)
    ("https://files.example-skin.com/clinical-photos/lopez_maria/face_day7.jpg", None, "url",
     ("PHOTO", "https://files.example-skin.com/clinical-photos/lopez_maria/face_day7.jpg")),
    # guard: a patient's device serial
    ("Her pump serial PX-20417 came back in the mail; call her about the loaner.", None, None,
     ("DEVICE_ID", "PX-20417")),
]
NEGATIVES_ROUND7 = [
    ("Many elders have January 1 birthdays on their refugee papers; ask for the last name too.", None, None),
    ("Ask for the date of birth as month, day, year — say it like 'March 4th, 1950' — and enter it as MM/DD/YYYY.",
     None, None),
    ("The ministry started in 2009 with twelve families from Mae La camp.", None, None),
    ("Our PicoSure unit (serial PS1-20417) is down for service Aug 11-13.", None, None),
    ("The BLU-U serial number (BU-22871) is tracked by the nurse for the device log.", None, None),
    ("(610) 413-8820", "house_manager_cell", "value"),
    ("The club was founded in 1931 and moved to Depot St in 1978.", None, None),
    ("We treat actinic keratoses with aminolevulinic acid (Levulan Kerastick 20%) and blue light.", None, None),
]
test_round7_positive, test_round7_negative = class_tests(POSITIVES_ROUND7, NEGATIVES_ROUND7)

# Round seven, second look: public figures of sport, history and memoir; Spanish titles and
# "promotor de salud"; equipment checked monthly; a race track's address; walk-ins "sin cita".
NEGATIVES_ROUND7B = [
    ("The mural shows Chinggis Khaan's horsemen; students painted it.", None, None),
    ("Players ask about Karch Kiraly's shoulder rehab; recovery plans are individual.", None, None),
    ("Nuestro promotor de salud Wilfredo Almonte visita los edificios los miércoles.", None, None),
    ("El farmacéutico de turno es el Lic. Ramón Tejada; transfiere a la farmacia.", None, None),
    ("The AED at Court 3 (serial R19K-44810) is checked monthly by Jalen.", None, None),
    ("9400 Quarry Rd, Grand Junction, CO 81505", "track_address", "value"),
    ("Vacunas contra la influenza sin cita del 1 de octubre al 15 de noviembre, de 9 a 4.", None, None),
]
POSITIVES_ROUND7B = [
    # guard: a Spanish appointment that is someone's
    ("La cita de Mateo Herrera es el 12 de noviembre a las 9.", None, None, ("DATE", "12 de noviembre")),
]
test_round7b_positive, test_round7b_negative = class_tests(POSITIVES_ROUND7B, NEGATIVES_ROUND7B)

# Last changes: a credential after a name in a label, "PT" in capitals before a name (a physical
# therapist; "Pt"/"pt" stays the patient).
NEGATIVES_LAST = [
    ("Refills – Kyle Benoit, PharmD", None, "label"),
    ("Send shoulder dislocations to PT Kofi Mensah-Lund on weekdays.", None, None),
]
POSITIVES_LAST = [
    ("Pt Renata Kowalczyk missed her 6MWT; call her back.", None, None, ("NAME", "Renata Kowalczyk")),
    ("pt-andre-whitcombe", None, "label", ("NAME", "andre")),
]
test_last_positive, test_last_negative = class_tests(POSITIVES_LAST, NEGATIVES_LAST)

# Tags in lower case: places and programmes, not census names.
NEGATIVES_TAGS = [
    ("ihs, tribal, colville, prc, dental", None, "label"),
    ("pascua-yaqui, tucson, ihs, multilingual", None, "label"),
]
POSITIVES_TAGS = [
    # guard: a name in a label with capitals
    ("Callback – Colville, Marta (dialysis)", None, "label", ("NAME", "Marta")),
]
test_tags_positive, test_tags_negative = class_tests(POSITIVES_TAGS, NEGATIVES_TAGS)

# A cruise's itinerary under its key: ports, not people.
NEGATIVES_ITINERARY = [
    ("Miami – Cozumel – Roatán – Costa Maya – Miami, Jan 10–17, 2027", "itinerary", "value"),
]
POSITIVES_ITINERARY = [
    # guard: a guest named under another key
    ("Costa Maya excursion – Brenda Whitfield (cabin 8121)", "excursion_note", "value",
     ("NAME", "Brenda Whitfield")),
]
test_itinerary_positive, test_itinerary_negative = class_tests(POSITIVES_ITINERARY, NEGATIVES_ITINERARY)

# Holdout 258: Maine before its ZIP code is no "me"; staff told by the work they do; skiers.
NEGATIVES_ROUND8 = [
    ("You are Iris, the overnight line for St. Brennan Eye Emergency, 1180 Calloway St, Portland, ME 04102. "
     "Eye ER direct: (207) 883-6190.", None, None),
    ("Reina Valdés does all paramedical work; Toby Kettleman does large blackwork cover-ups.", None, None),
    ("Hal Sorensen does fence inspections Monday, Wednesday and Friday.", None, None),
    ("Technique clips of Bjørn Dæhlie and Marit Bjørgen are in the knowledge base.", None, None),
]
POSITIVES_ROUND8 = [
    # guard: "call me at" stays a person's cue
    ("If the results are back, call me at (207) 883-4412 after five.", None, None, ("PHONE", "(207) 883-4412")),
]
test_round8_positive, test_round8_negative = class_tests(POSITIVES_ROUND8, NEGATIVES_ROUND8)

# Holdout 256: a dojo's sensei, a specialist with a grade, EMTs after a name, public figures.
NEGATIVES_ROUND8B = [
    ("The dojo was founded in 1987 by Sensei Tomoe Arakaki; the Arakaki Cup is named for her.", None, None),
    ("Nadia Brzezinski, Environmental Health Specialist III, is the spill lead.", None, None),
    ("Brianna Holt, ATC, is the head medic; Kenji Morales, EMT, covers Saturday randori.", None, None),
    ("John Snow's cholera map makes a good story for school groups.", None, None),
    ("Nuestra sala de espera se llama Sala Monseñor Romero, en honor a San Óscar Arnulfo Romero.", None, None),
]
POSITIVES_ROUND8B = [
    # guard: a patient with an age after the name stays a patient
    ("Patient Kenji Morales, 54, asked about his shoulder.", None, None, ("NAME", "Kenji Morales")),
]
test_round8b_positive, test_round8b_negative = class_tests(POSITIVES_ROUND8B, NEGATIVES_ROUND8B)
