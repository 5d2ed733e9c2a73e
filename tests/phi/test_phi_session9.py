"""Classes worked in the ninth session of 2026-11-23, each tested with new text.

A positive names the span that must be found; its look-alike negative must stay clean. Entries that
the previous engine already passed are guards: they keep a new rule from reaching too far.
"""

from __future__ import annotations

import pytest
from class_harness import class_tests

from compliance_lint.phi.validators import cpf_ok

# The workforce named as a list after "our <role plural> are", or with the role after the names
# ("are this month's volunteers"), a credential as what they are, a cover area, an extension.
NEGATIVES_STAFF = [
    ("Our promotoras are Yesenia Tlapa, Rocío Bautista Cruz and Marisela Ortega.", None, None),
    ("The doulas this week are Imani Okoro (nights) and Hollis Brandvold.", None, None),
    ("Ingrid Solvang and Teodor Brask are this week's on-call chaplains.", None, None),
    ("Wynn Callister and Pia Obregón are today's float nurses; page either one.", None, None),
    ("Questions about the pump go to Arlo Penhallow, who covers Kent and Sussex counties.", None, None),
    ("Meseret Alemu is an RN and can answer medication questions.", None, None),
    ("Ulla Brevik is a CNM; she signs the birth certificates.", None, None),
    ("Billing → ext. 310 (Dorrit Vallance), records → ext. 311.", None, None),
    ("Navigators you can transfer to: Siosaia Fifita (Tongan), Amalia Reyes (Spanish).", None, None),
    ("Kester Vandam", "site_inspector", "value"),
    ("Priya Ganeshan", "auditor", "value"),
]
# ... and the look-alikes that stay patients.
POSITIVES_STAFF = [
    ("Our patients this week are Yesenia Tlapa and Rocío Bautista Cruz.", None, None, ("NAME", "Rocío Bautista Cruz")),
    ("Our nurses are busy, so Wynn Callister will get a callback about her biopsy.", None, None,
     ("NAME", "Wynn Callister")),
    ("Our nurses are Ana and Bo, who will call Dennis Ruiz about his MRI.", None, None, ("NAME", "Dennis Ruiz")),
    ("Ingrid Solvang and Teodor Brask are this month's new patients.", None, None, ("NAME", "Ingrid Solvang")),
    ("Grandpa Walter Medina, who manages his own pump, calls every Monday.", None, None,
     ("NAME", "Walter Medina")),
    ("Meseret Alemu is a COPD patient; book her with the pulmonologist.", None, None, ("NAME", "Meseret Alemu")),
    ("Ulla Brevik is a VIP and always gets the first slot after her chemo.", None, None, ("NAME", "Ulla Brevik")),
]

# The practice's own address and lines: the cue nearest the address or number decides ("If a
# caller asks for directions: we are at ..."); a line named right before a number ("the PRC line",
# "Main (509) ..."); a staff member's direct line; "Home"/"Mobile" inside an organisation's name.
NEGATIVES_OWN_CONTACT = [
    ("Parents ask about home visits a lot. Office: 77 W Lincoln Hwy, Dekalb, IL 60115.", None, None),
    ("If a caller needs directions: we're at 4120 S Halsted St, next to the bank.", None, None),
    ("You are Ren, the intake line for Bluestem Home Nursing, 910 E Douglas Ave, Wichita, KS 67202.", None, None),
    ("Appeals go to Member Relations, Riverside General Hospital, 55 Harbor Way, Salem, MA 01970.", None, None),
    ("For Karen-speaking callers, transfer to the interpreter line (260) 447-3190, extension 2.", None, None),
    ("Give families the WIC line, 541-388-2207, for formula questions.", None, None),
    ("We serve tribal members and their families. Main (406) 638-2011, fax (406) 638-2019.", None, None),
    ("Corinne Latta books the fittings; her direct line is (316) 295-4471.", None, None),
    ("This is Tidewater Mobile Dental. Call or text 757-441-3908 to change your visit.", None, None),
]
POSITIVES_OWN_CONTACT = [
    ("Our office will mail the kit to the patient at 18 Alder Ct, Dekalb, IL 60115.", None, None,
     ("GEO", "18 Alder Ct, Dekalb, IL 60115")),
    ("Office note: the patient's address is 18 Alder Ct, Dekalb, IL 60115.", None, None,
     ("GEO", "18 Alder Ct, Dekalb, IL 60115")),
    ("Home visit: parking in front of 2217 N Keeler Ave, green gate. Mom is Odalys.", None, None,
     ("GEO", "2217 N Keeler Ave")),
    ("The caller's mother prefers the home line, 614-283-7710.", None, None, ("PHONE", "614-283-7710")),
    ("Caller's daughter, her direct line is 614-283-7710.", None, None, ("PHONE", "614-283-7710")),
    ("The caller gave his main, 614-283-7710, for callbacks.", None, None, ("PHONE", "614-283-7710")),
    ("A member keeps calling from his work line, 614-283-7710; do not leave details.", None, None,
     ("PHONE", "614-283-7710")),
]

# Things and people named like patients: a credential after a name (also in initials), a staff
# member's direct line as a label, an administrative department, a justice, Spanish street names, a
# room named for someone, an agency's number or crisis line, the practice's equipment and
# calendar under their keys.
NEGATIVES_NAMED_THINGS = [
    ("Sleep techs tonight: Corliss Ambrose, RPSGT, and Tobiah Lindqvist, RPSGT.", None, None),
    ("Book dilated exams with Dr. Fenna Rasmussen, O.D., on Tuesdays.", None, None),
    ("Perpetua Oyelowo direct", None, "label"),
    ("Ines Maravilla – intake coord direct", None, "label"),
    ("Billing disputes: Roderick Almanza in Patient Relations returns calls within a day.", None, None),
    ("Callers sometimes mention Justice Ruth Bader Ginsburg's cancer; do not discuss it.", None, None),
    ("The van runs down Camino Real and Avenida Cesar Chavez on Thursdays.", None, None),
    ("Flu clinics are held in the Edith Kanakaole conference room.", None, None),
    ("Give callers poison control's number, 800-222-1222, for exposures.", None, None),
    ("Their 24/7 crisis line is (612) 873-4417.", None, None),
    ("HX-3300-5521", "hyperbaric_chamber_serial", "value"),
    ("2004-09-13", "clinic_founded", "value"),
]
POSITIVES_NAMED_THINGS = [
    ("Justice Okonkwo missed his dialysis run on Monday; call his sister.", None, None, ("NAME", "Justice Okonkwo")),
    ("PG-81124-Q", "pulse_generator_serial", "value", ("DEVICE_ID", "PG-81124-Q")),
    ("GX-4410-2219", "insulin_pump_serial", "value", ("DEVICE_ID", "GX-4410-2219")),
    ("The caller's crisis plan lists his own number, 612-873-4417.", None, None, ("PHONE", "612-873-4417")),
]

# An identifier read out digit by digit (spaced or spelled) right after its cue; a Spanish or
# Portuguese street with a house number stays someone's address.
POSITIVES_READ_OUT = [
    ("user: the medicaid number is 2 0 7 7 4 1 9 3 8 5 0 2, is that enough?", None, None,
     ("HEALTH_PLAN_ID", "2 0 7 7 4 1 9 3 8 5 0 2")),
    ("Caller: my MRN is 4 4 0 1 9 2 7 7, I think.", None, None, ("MRN", "4 4 0 1 9 2 7 7")),
    ("TTS check: subscriber ID nine four one, two two seven, five zero eight.", None, None,
     ("HEALTH_PLAN_ID", "nine four one, two two seven, five zero eight")),
]
NEGATIVES_READ_OUT = [
    ("Member ID 1 2 3 4 5 6 7 8 9 is how the bot should read a member number aloud.", None, None),
    ("Press 4 4 0 1 9 2 to replay the menu.", None, None),
    ("The van goes up Camino del Sol and Calle Ocho on Thursdays.", None, None),
]

# History (a year before 1900 in the sentence, a date before 1900), names given as names, an
# author's work or character, the town of the practice's street address, greetings and chamber
# kinds; found: siblings' names under a plural key, social-media handles under their keys, records
# in URL queries ("?pid=", "?exposed=").
NEGATIVES_MORE = [
    ("In 1796 Edward Jenner inoculated James Phipps, the son of his gardener.", None, None),
    ("The first recorded case was Mary Kowalski on March 2, 1854.", None, None),
    ("Many callers share the surnames Nguyen or Tran, so always confirm the date of birth.", None, None),
    ("Common family names here include Begay and Yazzie; never match on the surname alone.", None, None),
    ("The 'Fagin' nickname (after the Dickens character) is not a diagnosis.", None, None),
    ("Our harm-reduction approach builds on Edith Springer's work in New York.", None, None),
    ("Rabies shots are given at the county health office, 88 Depot Square, Harlowe.", None, None),
    ("Greet Punjabi speakers with 'Sat Sri Akal' and switch to Punjabi.", None, None),
    ("Book Monoplace 2 for the 9 am dive; the multiplace is down.", None, None),
    ("The plate is on the clinic van: our van's plate is 731 RKD.", None, None),
    ("07/14/2026", "support_group_start", "value"),
    ("Tavish Munroe", "forensic_interviewer", "value"),
    ("The mural by the elevators shows Zora Neale Hurston and Langston Hughes.", None, None),
]
POSITIVES_MORE = [
    ("Mrs. Kowalski takes 1850 mg of metformin a day.", None, None, ("NAME", "Mrs. Kowalski")),
    ("Lift-assist regular: Delbert Ames, 1874 County Road 12. Key under the mat.", None, None,
     ("NAME", "Delbert Ames")),
    ("Reinspection for the family at 1418 Poplar Street, Horseheads is due.", None, None,
     ("GEO", "1418 Poplar Street")),
    ("Jaylen, Brielle, Kason", "sibling_names", "value", ("NAME", "Jaylen, Brielle, Kason")),
    ("@brianna.rae.22", "patient_instagram", "value", ("OTHER_ID", "@brianna.rae.22")),
    ("https://records.eastvalleyhealth.org/chart?pid=EVH-0041187&tab=meds", None, "url",
     ("URL", "https://records.eastvalleyhealth.org/chart?pid=EVH-0041187&tab=meds")),
    ("https://county.gov/ph/rabies/case?exposed=whitlock_darnell", None, "url",
     ("URL", "https://county.gov/ph/rabies/case?exposed=whitlock_darnell")),
    ("His plate is 915 TWJ (gray pickup); the van meets him at the feed store.", None, None, ("VEHICLE_ID", "915 TWJ")),
    ("07/06", "hcv_treatment_start", "value", ("DATE", "07/06")),
    ("Leave the pump supplies at the Benavidez place; she is in the back unit.", None, None, ("NAME", "Benavidez")),
]

# Ages over 89 said of a relative with "is", set off by commas after a person word, before "and
# only ...", in Vietnamese ("tuổi") and after the verb that gives an age in French and Portuguese.
POSITIVES_AGES = [
    ("user: my grandmother is 94 and she fell again last night", None, None, ("AGE", "94")),
    ("The oldest resident on the van route, 92, needs the lift every time.", None, None, ("AGE", "92")),
    ("Grandpa on the Friday list is 96 and only hears on the left side.", None, None, ("AGE", "96")),
    ("Bà Lữ Thị Hoa (95 tuổi) cần người nhà đi cùng.", None, None, ("AGE", "95")),
    ("Monsieur Gagné a 91 ans et vit seul.", None, None, ("AGE", "91")),
]
# Workforce and organisations in more shapes (blind sets 114, 115, 119): a driver's route, "rides
# along", a name reached at the practice's number and an extension, "are certified techs" after a list,
# a driver in parentheses, teachers of classes, contacts for questions, an on-call listing, RTs, a
# Spanish nurse practitioner; makers of works and models; clan names; townships, chapters, Spanish
# place heads in labels; "Adult Day Center", "Project" and "Athletic Complex" after a name; a fax
# "attention" a department; a mobile service's stop keys; the practice's animal and vendor account;
# Burma. The positives: addresses brought or mailed to someone, test logins, a past-due account.
NEGATIVES_WORKFORCE_MORE = [
    ("Pa Nhia Lor drives the north route and Cheng Moua rides along on Fridays.", None, None),
    ("Please call Dorothea at (612) 774-3310, extension 4410, to reschedule.", None, None),
    ("Brianna and Tobias are certified pharmacy techs; only the pharmacist answers dosing questions.", None, None),
    ("Ximena Duarte (driver/MA) takes the van's phone on Saturdays.", None, None),
    ("Maslow's hierarchy and Erikson's stages shape how our counselors talk.", None, None),
    ("Many families share the Her, Lor, Moua and Thao clan names; always ask for the date of birth.", None, None),
    ("Karen Line – Wayne Twp", None, "label"),
    ("Rancho Alegre – Línea en Español", None, "label"),
    ("You answer phones for Nkauj Ntxawg Adult Day Center in St. Paul.", None, None),
    ("Fax the forms to (205) 877-6210, attention Orthopedic Clinic.", None, None),
    ("98937", "van_stop_zip", "value"),
    ("Screen every new patient born in Burma or Thailand for hepatitis B.", None, None),
    ("Our arts night honours the poet Lalita Sharma-Koirala and her songs.", None, None),
    ("Kenji Watanabe in benefits handles the prior authorizations.", None, None),
    ("Rosalind Achebe teaches the cooking class on Thursdays.", None, None),
    ("If a coach calls, tell them to contact Orrin Blackfeather for any clearance question.", None, None),
    ("Chapters we serve: Chinle, Many Farms, Rough Rock, Tsaile and Lukachukai.", None, None),
    ("Games are played at the Delmore Athletic Complex, 12 Field Rd.", None, None),
    ("thirdparty@lakeviewclinic.org", "donor_program_contact", "value"),
    ("Families ask about Pepper. Pepper is our clinic therapy dog and visits on Fridays.", None, None),
    ("Transport RN Odalys Ferreira and RT Kwame Boateng staff Unit 3 on weekends.", None, None),
    ("Our doula program is modeled on the Oregon Prison Doula Project.", None, None),
    ("Tsagaan Sar and Seollal fall on the same days this year.", None, None),
    ("Username for the shared front-desk account is frontdesk_01.", None, None),
    ("Many families here share the Her, Lor, Moua and Thao clan names.", None, None),
    ("After hours the transplant coordinator on call (this week: Greta Solheim) is paged.", None, None),
    ("La enfermera practicante Yolanda Ibarra atiende los martes.", None, None),
    ("TransLingo account 55120 is the clinic's own account; never read it to callers.", None, None),
    # blind set 120: on a staff member's behalf, a DON, "as their CHW", products, languages, greetings
    ("Hi, this is Sage calling for Loretta Vance at Harborview Plastic Surgery. Please call us back.", None, None),
    ("When the Pine Court DON, Marisela Okafor, calls, she may add residents to the list.", None, None),
    ("Hmong-speaking families get Mai Vang Thao as their community health worker.", None, None),
    ("We stock Natrelle and Sientra tissue expanders.", None, None),
    ("Mentor CPX4 354-4010", "implant_model_code", "value"),
    ("Callers often speak Maay Maay, Somali or Kizigua.", None, None),
    ("The outbound call metadata holds the case id; never ask the caller for it.", None, None),
    ("Exemplo de CPF para o formulário: 529.982.247-25", None, None),
    ("El número de la clínica es cinco cinco nueve, tres cero dos, ocho uno cuatro cuatro.", None, None),
    ("User: mi número es cinco cinco cinco, cero uno cuatro dos.", None, None),
    ("859-276-4460", "center_callback_number", "value"),
    ("The Bob Hope USO lounge and the Audie Murphy Club share the campus.", None, None),
    ("Member ID, DOB and phone are required before any results.", None, None),
    ("안녕하세요, 서울내과입니다. 무엇을 도와드릴까요?", None, None),
    ("The clinic license is renewed every year in March.", None, None),
    ("User: Hi, it's Renata, the DON at Maple Court. We have two new admits.", None, None),
    ("Read the date back as words (say 'April 2nd, 1955', not '4/2/55') before verifying.", None, None),
    ("Read it back in the style 'March 4th, 2023' and ask the caller to confirm.", None, None),
    ("Installers are Dominic and Luis; Frank Pavlik, the owner, handles complaints.", None, None),
    ("Route interface errors to Raj Patil, interface analyst.", None, None),
    ("Braces are fitted by our orthotist Reuben Castellanos on Wednesdays.", None, None),
    ("Marshallese interpretation is handled by Bwij Capelle (ext. 212) on weekdays.", None, None),
    ("Transport – Vernon (ext 23)", None, "label"),
    ("Sunny answers for the Lakeshore Children's Asthma Program.", None, None),
    ("We stop at the Ochoa Family Growers yard in Chualar.", None, None),
    ("Tell him to go to the Fort Yates ER now.", None, None),
    ("For English, press 2. For Karen, press 3.", None, None),
    ("Keshi, this is Halona Kidney Care calling about tomorrow. Elahkwa.", None, None),
    ("Pavlik_harness_care_sheet_ES.pdf", None, "label"),
    ("+1 831 754 2099", "telefono_whatsapp", "value"),
    ("RBL-20774", "badge_id", "value"),
    ("See the user guide.pdf before calling IT.", None, None),
    ("Dr. Amy Fox", "referral_source", "value"),
    ("Glossary: Hartmann's procedure, Brooke ileostomy, Braden score. These are clinical terms.", None, None),
    # blind sets 132 and 136: the practice's calendar after a closure and on a route, departments and
    # desks, a name then its extension, a church, county names in Spanish, eponym scores
    ("Office closed December 24 – January 1; pre-op calls resume January 2.", None, None),
    ("Upcoming stops: Thursday, September 10 at Grace Lutheran, 412 Baldwin St, Elmira.", None, None),
    ("Enrollment questions go to Patient Benefits at (907) 442-7160, weekdays 8–5.", None, None),
    ("Mail goes out Tuesday. The hub address is 610 Shore Ave, Kotzebue, AK 99752.", None, None),
    ("You are the repair desk for Lakeshore Home Respiratory, 5120 Enterprise Blvd, Toledo, OH 43612.", None, None),
    ("Front desk is Sushila and Kamal; care management is Ganga Subedi.", None, None),
    ("Serial casting is with Kelsey in PT on Wednesdays.", None, None),
    ("If a case is late, Jenna calls the client herself.", None, None),
    ("Our lab partner is Aurelio Ceramics in Tempe.", None, None),
    ("Swahili and Kirundi: Baraka Mwangi, extension 216.", None, None),
    ("Mallampati and Friedman scores are recorded at the consult.", None, None),
    ("West Virginia's Clemency Act protects people who call 911.", None, None),
    ("Este es el programa de la cárcel del condado de Marlow.", None, None),
    ("You answer for Upward Home Mobility, 2290 Brookpark Rd, Cleveland OH 44134. Call the showroom.", None, None),
    ("We rent stairlifts (Bruno Elan, Handicare 1100) and lift chairs.", None, None),
    ("Study coordinators approve visits: Priya Raman for TIDAL-HF and Devon Marsh for the sleep study.", None, None),
    ("Pacientes de Cabo Verde podem preferir crioulo.", None, None),
    ("Paramedic visits are done by our community paramedics, Jo Brennan and Luis Ocampo.", None, None),
]
POSITIVES_WORKFORCE_MORE = [
    # blind sets 126, 128, 130: a bare "user" before a login, keyed registry/badge/ForwardHealth ids,
    # a move-in date, a patient's upload folder, a "uid" in a URL
    ("If the portal locks out user mvandyke77 again, tell him to call IT.", None, None, ("OTHER_ID", "mvandyke77")),
    ("Nurses call back: Maria Lopez, Jose Diaz.", None, None, ("NAME", "Maria Lopez")),
    ("KY-447120", "ihs_pcc_number", "value", ("MRN", "KY-447120")),
    ("referred by his daughter, Rosalind Okafor", "referral_source", "value", ("NAME", "Rosalind Okafor")),
    ("His grandson drives a pickup, Navajo Nation plate NN 48K21; tell the CHR.", None, None,
     ("VEHICLE_ID", "NN 48K21")),
    ("Brody's T&A moved to the 9th of October; remind his dad about NPO.", None, None, ("NAME", "Brody")),
    ("CM-2290471", "cardiomems_sensor_id", "value", ("DEVICE_ID", "CM-2290471")),
    ("If Bwana Juma Hassan calls about his refill, speak slowly in Swahili.", None, None,
     ("NAME", "Bwana Juma Hassan")),
    ("User: waxaan u wacayaa hooyaday, Madina Mzee, oo 92 jir ah.", None, None, ("NAME", "Madina Mzee")),
    ("5160772", "child_registry_id", "value", ("OTHER_ID", "5160772")),
    ("RBL-20774", "worker_badge_id", "value", ("OTHER_ID", "RBL-20774")),
    ("4406218837", "forwardhealth_id", "value", ("HEALTH_PLAN_ID", "4406218837")),
    ("2026-11-16", "move_in_date", "value", ("DATE", "2026-11-16")),
    ("https://media.woundwatch.com/uploads/pt_55821/2026-10-14_left_heel.jpg", None, "url",
     ("URL", "https://media.woundwatch.com/uploads/pt_55821/2026-10-14_left_heel.jpg")),
    ("https://payments.northlake.edu/participant/profile?uid=rdelgadopinto", None, "url",
     ("URL", "https://payments.northlake.edu/participant/profile?uid=rdelgadopinto")),
    # blind set 119: Korean callers naming themselves or the patient they are kin to; ProviderOne ids;
    # a licence with its state
    ("User: 안녕하세요, 김도윤입니다. 검사 결과 때문에 전화했어요.", None, None, ("NAME", "김도윤")),
    ("user: 저는 이서연 아버지인데요, 딸 예약을 바꾸고 싶어요.", None, None, ("NAME", "이서연")),
    ("Coverage on file: Apple Health ProviderOne 204417739WA.", None, None, ("HEALTH_PLAN_ID", "204417739WA")),
    ("user: my license is TX 40211987 if you need it.", None, None, ("LICENSE_NUMBER", "40211987")),
    ("Family note: three kids on allergy shots; Jonah Whitcombe is the youngest.", None, None,
     ("NAME", "Jonah Whitcombe")),
    # blind set 123: numbers read out in Spanish, Portuguese, Russian and Turkish; EDIPI and VAERS ids;
    # a serial after a comma; "vet, 93,"
    ("User: mi número es siete uno tres, cuatro cero dos, nueve nueve ocho uno", None, None,
     ("PHONE", "siete uno tres, cuatro cero dos, nueve nueve ocho uno")),
    ("Перезвонить: четыре один два, пять пять восемь, ноль три три девять.", None, None,
     ("PHONE", "четыре один два, пять пять восемь, ноль три три девять")),
    ("User: Sekiz dört iki, bir bir yedi, üç dokuz iki altı.", None, None,
     ("PHONE", "Sekiz dört iki, bir bir yedi, üç dokuz iki altı")),
    ("EDIPI 1287740193 came with the referral for the sergeant.", None, None, ("OTHER_ID", "1287740193")),
    ("2781146-1", "vaers_id", "value", ("OTHER_ID", "2781146-1")),
    ("The dad read us the transmitter serial, 8GX4KT20J9, over the phone.", None, None, ("DEVICE_ID", "8GX4KT20J9")),
    ("Our oldest caller, a Korea vet, 94, still phones every Friday.", None, None, ("AGE", "94")),
    # blind set 125: Brazil's CPF (check digits, or after its cue), records in URLs by other words
    ("user: meu CPF é 418.773.260-89, é o mesmo cadastro do Brasil.", None, None, ("OTHER_ID", "418.773.260-89")),
    ("Cadastro 418.773.260-89 no sistema antigo.", None, None, ("OTHER_ID", "418.773.260-89")),
    ("https://portal.vidanova.org/pacientes/perfil?usuario=fabi.lessa84", None, "url",
     ("URL", "https://portal.vidanova.org/pacientes/perfil?usuario=fabi.lessa84")),
    ("https://careers.platteriver.org/candidates/00931157/offers", None, "url",
     ("URL", "https://careers.platteriver.org/candidates/00931157/offers")),
    ("Offer backup - Mossberg wife", None, "label", ("NAME", "Mossberg")),
    ("11/27", "semen_analysis_due", "value", ("DATE", "11/27")),
    ("Hi, this is Sage calling for Mrs. Vance about her biopsy results.", None, None, ("NAME", "Mrs. Vance")),
    ("user: you can call me dolores, im her daughter", None, None, ("NAME", "dolores")),
    ("Her account 55120 is past due; the daughter will call about it.", None, None, ("ACCOUNT_NUMBER", "55120")),
    ("Mail the glucose meter to Delphine at 4410 Ravensworth Rd Apt 2B, Annandale 22003.", None, None,
     ("GEO", "4410 Ravensworth Rd Apt 2B")),
    ("Family address for the Medicaid packet: 2291 Wicklow Rd, Apt C, Columbus 43204.", None, None,
     ("GEO", "2291 Wicklow Rd, Apt C")),
    ("Parent portal login for testing: user jwhitlock_dad, temporary password Hawks!2026.", None, None,
     ("OTHER_ID", "jwhitlock_dad")),
    ("Booking-app username for the demo: maren.olsen88. She agreed to be our test account.", None, None,
     ("OTHER_ID", "maren.olsen88")),
    ("Ezra's g-tube came out on Sunday; his dad will call about the new button.", None, None, ("NAME", "Ezra")),
    ("Whitaker, Desmond", "referring_patient_name", "value", ("NAME", "Whitaker, Desmond")),
    ("204877", "patient_hrn", "value", ("MRN", "204877")),
    ("2026-06-02T07:30", "last_known_well", "value", ("DATE", "2026-06-02T07:30")),
    ("kgarza14@westridge.edu", "athlete_email", "value", ("EMAIL", "kgarza14@westridge.edu")),
    ("Devon and Keiko are our new patients; both need the TB test.", None, None, ("NAME", "Devon")),
    ("Her cell is 614-283-7719, attention: she is hard of hearing, let it ring.", None, None,
     ("PHONE", "614-283-7719")),
    ("Delbert Moua is 93 and drives himself to the clinic.", None, None, ("AGE", "93")),
]

NEGATIVES_AGES = [
    ("Il y a 95 ans, la clinique a ouvert ses portes.", None, None),
    ("The patient list, 92, is too long for one nurse.", None, None),
    ("Our building, 98, was renovated last year.", None, None),
    ("The father is 90% sure the rash started Monday.", None, None),
]

POSITIVES = [
    *POSITIVES_WORKFORCE_MORE,
    *POSITIVES_AGES,
    *POSITIVES_MORE,
    *POSITIVES_STAFF,
    *POSITIVES_OWN_CONTACT,
    *POSITIVES_NAMED_THINGS,
    *POSITIVES_READ_OUT,
]
NEGATIVES = [
    *NEGATIVES_WORKFORCE_MORE,
    *NEGATIVES_AGES,
    *NEGATIVES_MORE,
    *NEGATIVES_STAFF,
    *NEGATIVES_OWN_CONTACT,
    *NEGATIVES_NAMED_THINGS,
    *NEGATIVES_READ_OUT,
]

test_class_positive, test_class_negative = class_tests(POSITIVES, NEGATIVES)


@pytest.mark.parametrize(("digits", "valid"), [
    ("41877326089", True), ("52998224725", True), ("41877326088", False), ("11111111111", False), ("4187732608", False),
])
def test_cpf_check_digits(digits: str, valid: bool) -> None:
    assert cpf_ok(digits) is valid
