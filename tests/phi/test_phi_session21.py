"""Classes worked in the twenty-first session (2026-11-25), each tested with new text.

A positive names the span that must be found; its look-alike negative must stay clean. Entries that
the previous engine already passed are guards: they keep a new rule from reaching too far.
"""

from __future__ import annotations

from class_harness import class_tests

# A name as the subject of a clause that ends in that person's own care after a preposition ("about his
# shoulder rehab", "after her knee surgery"). Not care given to another (a verb right before the possessive),
# not another person or an article between.
POSITIVES_OWN_CARE = [
    ("Heads-up: Rosalind is coming back after her second rotator cuff surgery; book her with Dr. Amari.", None,
     None, ("NAME", "Rosalind")),
    ("Note: Margaret is coming back after her second axillary node surgery; book her with Dr. Amari.", None,
     None, ("NAME", "Margaret")),
    ("Jessica will message most mornings about her knee rehab; answer from the protocol sheet.", None, None,
     ("NAME", "Jessica")),
]
NEGATIVES_OWN_CARE = [
    ("Brianna will tape his ankle before practice; the coach has the schedule.", None, None),
    ("Gregory will call the patient about her results once Dr. Amari signs them.", None, None),
    ("Jessica is the nurse for questions about your knee rehab.", None, None),  # guard
]
test_own_care_positive, test_own_care_negative = class_tests(POSITIVES_OWN_CARE, NEGATIVES_OWN_CARE)

# Holdout 466: "OD" before a refraction or an overdose's date is no optometrist; the agent's turn label before
# a vocative is no staff role; a chartered physiotherapist and a physio's key; a regular caller without a colon;
# a caller from a house or a crew; a relative described after a comma; a family in parentheses; a court's case.
POSITIVES_ROUND_ONE = [
    ("Scleral lens reorder for Imogen Castellanos, OD -4.75 / OS -5.00. Ship to 61 Larch Bend Rd, Ashby, MA "
     "01431.", None, None, ("NAME", "Imogen Castellanos")),
    ("Peer note: Terrence Okafor, OD on 07/09, one dose of Narcan from his cousin; wants a ride to intake.", None,
     None, ("NAME", "Terrence Okafor")),
    ("Assistant: Mrs. Abernathy, I've moved your infusion to Thursday at nine.", None, None,
     ("NAME", "Mrs. Abernathy")),
    ("Regular caller Faith asks about her catheter supplies every Friday; she is hard of hearing.", None, None,
     ("NAME", "Faith")),
    ("User: hi, it's Hunter from cabin four, my ankle is swollen again after the hike.", None, None,
     ("NAME", "Hunter")),
    ("Heads-up: Gloria, the grandmother, drives Kaito to every appointment but is not on the release.", None, None,
     ("NAME", "Gloria")),
    ("Statement for account PX-44190 (Okonkwo family) went out with the wrong balance.", None, None,
     ("NAME", "Okonkwo")),
    ("Jaylen's probation officer wants proof of attendance for case 23JV-004417 every Friday.", None, None,
     ("OTHER_ID", "23JV-004417")),
]
NEGATIVES_ROUND_ONE = [
    ("Our optometrist is Imogen Castellanos, OD; she fits scleral lenses on Tuesdays.", None, None),  # guard
    ("Assistant: Maria Lopez, RN (Mon-Wed)", None, None),  # guard
    ("Eluned Pryce-Hughes, MCSP", "physio_name", "value"),
    ("Rhodri Bevan", "coach_name", "value"),
    ("User: Hi, it's Grant from Blue Cross calling about a claim.", None, None),  # guard
    ("Our regular caller line is 555-0100 for the pharmacy.", None, None),  # guard
]
test_round_one_positive, test_round_one_negative = class_tests(POSITIVES_ROUND_ONE, NEGATIVES_ROUND_ONE)

# Holdout 464: an honorific name with the address in parentheses is where the person lives; a given name and a
# surname outside the lexicon set off by an age; a quote's author; a classification's author; places named with a
# gulch, fork or summit, or "<Town> area"; a crew's superintendent; dry-eye products; a gambler's self-exclusion
# and players' club numbers; a chart number after a lettered prefix (and no chart of no one's record).
POSITIVES_ROUND_TWO = [
    ("- Mrs. Qaderi (2207 Fulton Ave, Apt 4) usually calls from her son's phone.", None, None,
     ("NAME", "Mrs. Qaderi")),
    ("- Mrs. Qaderi (2207 Fulton Ave, Apt 4) usually calls from her son's phone.", None, None,
     ("GEO", "2207 Fulton Ave, Apt 4")),
    ("Ruby Spottedhorse, 93, lives alone past the chapter house; bring water on visit days.", None, None,
     ("NAME", "Ruby Spottedhorse")),
    ("The caller who goes by 'Bee' (Beatrix Olander) is staying with her aunt until Friday.", None, None,
     ("NAME", "Beatrix Olander")),  # guard
    ("Testimonial for the site: 'I walked my daughter down the aisle after my knee replacement.' — Orrin Vasquez, "
     "Ukiah.", None, None, ("NAME", "Orrin Vasquez")),  # guard
    ("SX-OH-2025-220418", "self_exclusion_id", "value", ("OTHER_ID", "SX-OH-2025-220418")),
    ("88120455031", "caller_players_club_no", "value", ("OTHER_ID", "88120455031")),
    ("For the demo call use patient Gulalai Noorzai, chart KW-30518, and her son's number.", None, None,
     ("MRN", "KW-30518")),
]
NEGATIVES_ROUND_TWO = [
    ("Our Tacoma (6th Ave) site closes at 5.", None, None),  # guard
    ("Poster of the month: 'Be kind, for everyone you meet is fighting a hard battle.' (Ian Maclaren)", None, None),
    ("Engel Class III outcomes 2024 - program summary.pdf", None, "label"),
    ("Sawbuck Gulch and Cooper Fork – evacuation map", None, "label"),
    ("AA and Al-Anon meeting list - Toledo area", None, "label"),
    ("The crew EMT is Rosa Villanueva and the superintendent is Dale Hargrove.", None, None),
    ("Products you may name: Restasis, Xiidra and Miebo drops; in-office LipiFlow.", None, None),
    ("Laminated poster of the flow chart CH-20417 is in the break room.", None, None),
]
test_round_two_positive, test_round_two_negative = class_tests(POSITIVES_ROUND_TWO, NEGATIVES_ROUND_TWO)


def test_lettered_chart_code_of_eight_characters_is_no_crash() -> None:
    """ "Chart AB123456:" once reached the date test with letters (ValueError): the whole field was lost."""
    from compliance_lint.phi.engine import scan

    hits = scan("Chart AB123456: gadolinium allergy, premedicate before contrast.")
    assert [(h.type, "Chart AB123456: gadolinium allergy"[h.start:h.end]) for h in hits] == [("MRN", "AB123456")]

# Holdout 468: an organisation named for someone in a label; a published definition; an author's theory or book
# after the possessive; "New York" and what is named after it; an incident commander in parentheses; public people
# who spoke of their own condition; a disability placard, a respite voucher; coordinates of a search subject;
# "she asked us to call back at" before a spelled number; "It's Bill again"; a relative named as "wife is";
# a record system's capital header.
POSITIVES_ROUND_THREE = [
    ("WI-DP-3318074", "disability_placard_number", "value", ("LICENSE_NUMBER", "WI-DP-3318074")),
    ("RV-OH-2026-113094", "respite_voucher_id", "value", ("OTHER_ID", "RV-OH-2026-113094")),
    ("44.3812, -121.6620", "subject_last_known_coords", "value", ("GEO", "44.3812, -121.6620")),
    ("He asked us to call back at two zero eight, three three one, five oh four four after his shift.", None,
     None, ("PHONE", "two zero eight, three three one, five oh four four")),
    ("User: It's Grant again — the oxygen concentrator is beeping every minute.", None, None, ("NAME", "Grant")),
    ("Note for the transfer: the patient's husband is Leopold, reachable at leo.vance.77@gmail.com.", None, None,
     ("NAME", "Leopold")),
    ("Pasted from the EHR: OKONKWO, MIRIAM  DOB 02/17/1968  Dx G35", None, None, ("NAME", "OKONKWO, MIRIAM")),
    ("MD 7FK2091", "parking_permit_plate_test", "value", ("VEHICLE_ID", "MD 7FK2091")),  # guard: a plate, no licence
]
NEGATIVES_ROUND_THREE = [
    ("Rosalynn Carter Institute – caregiver resources", None, "label"),
    ("Fukuda_1994_CFS_criteria_summary.pdf", None, "label"),
    ("The 'spoons' metaphor comes from Christine Miserandino's Spoon Theory; use it if the caller does.", None, None),
    ("Use the categories from Koester's Lost Person Behavior (hiker, hunter, child) to suggest search segments.",
     None, None),
    ("ALS is also called Lou Gehrig's disease, after the New York Yankees first baseman.", None, None),
    ("Team medics this season: Tess Varga (incident commander), Miguel Ortega (paramedic).", None, None),
    ("If a parent mentions that Billie Eilish has talked about having Tourette's, say many people speak openly "
     "about it.", None, None),
    ("39.0712, -106.3895", "clinic_coords", "value"),  # guard
    ("CLINIC, MAIN  2025 schedule", None, None),  # guard
]
test_round_three_positive, test_round_three_negative = class_tests(POSITIVES_ROUND_THREE, NEGATIVES_ROUND_THREE)

# The next item of a list whose previous item was set aside as the practice's people is one of them too
# ("technologists are A and B", "transfer to A (Russian) or B"); not past a note with digits or commas, and
# someone's own coworkers are no staff.
POSITIVES_LIST_OF_STAFF = [
    ("Her coworkers, Lupe Ramirez and Teodoro Vance, need TST reads on Thursday the 9th.", None, None,
     ("NAME", "Lupe Ramirez")),
    ("These pts always go straight to an RN: Wanda Pryce (high-risk twins, 31 wks), Keisha Moore (previa).", None,
     None, ("NAME", "Keisha Moore")),  # guard
]
NEGATIVES_LIST_OF_STAFF = [
    ("Our radiologic technologists are Donnie Ruark and Simone Baptiste. Say the radiologist reads the films.",
     None, None),
    ("If a caller asks for a coordinator, transfer to Lyudmila Sorokina (Russian) or Dana Whitfield (English).",
     None, None),
    ("Transfer billing calls to Dana Whitfield or Simone Baptiste.", None, None),
]
test_list_of_staff_positive, test_list_of_staff_negative = class_tests(
    POSITIVES_LIST_OF_STAFF, NEGATIVES_LIST_OF_STAFF)

# Holdout 470: given names popular since 2000 (Nevaeh, Brayden, Bodhi, Trinity); a stylist's time slot after the
# possessive; a possessive and one describing word before one's own care ("Tyrone's programmable shunt"); the
# agent's vocative after "Okay" without a comma and with a word that is a given name; a state's tag before a plate;
# a boot maker; a generic address in Arabic as a default; a compound surname before a birth date.
POSITIVES_ROUND_FOUR = [
    ("User: My name is Trinity Lopez and I finally got my OHP card.", None, None, ("NAME", "Trinity Lopez")),
    ("Bodhi, 7, is due for sealants on Friday; his mom prefers texts.", None, None, ("NAME", "Bodhi")),  # guard
    ("Please remind Nevaeh that her sedation consent needs a parent signature.", None, None, ("NAME", "Nevaeh")),
    ("Kaiden Roanhorse, 7, is due for sealants on Friday.", None, None, ("NAME", "Kaiden Roanhorse")),
    ("Deposit for Kayla Merritt's 2pm CO2 session was taken by phone.", None, None, ("NAME", "Kayla Merritt")),  # guard
    ("Tyrone's programmable shunt is a Codman Certas; if the MRI center calls, read them the serial.", None, None,
     ("NAME", "Tyrone")),
    ("Assistant: Okay Terrence, I've got you down for the dads' group on Wednesday the 21st.", None, None,
     ("NAME", "Terrence")),
    ("Assistant: Okay, Angel, I've saved your ride to the clinic on November 3rd at 1:00.", None, None,
     ("NAME", "Angel")),
    ("Wade's truck is the white Ram with Oklahoma tag LJX-418; he may not drive to the next rodeo.", None, None,
     ("VEHICLE_ID", "LJX-418")),
    ("Test athlete for the intake flow: Colt Redhawk, DOB 1997-03-22, dislocated left shoulder.", None, None,
     ("NAME", "Colt Redhawk")),
]
NEGATIVES_ROUND_FOUR = [
    ("If someone says 'this is Brielle's two o'clock', open Brielle's calendar.", None, None),
    ("Sponsors include Wrangler, Justin Boots and Ariat; give no opinions about sponsor products.", None, None),
    ("عزيزي المتصل", "caller_name", "value"),
    ("Name tag holders are at the front desk.", None, None),  # guard
    ("Parkinson's deep brain stimulation implant questions go to Dr. Ames.", None, None),  # guard
]
test_round_four_positive, test_round_four_negative = class_tests(POSITIVES_ROUND_FOUR, NEGATIVES_ROUND_FOUR)

# Holdout 472: two people who facilitate or run a programme's groups; who directs the programme; the second part
# of a titled double-barrelled surname in a label; a disease named for someone before "family"; a handbook; a
# test record's name in quotes after "name"; the patient set off after a name; a store's street after "on";
# anyone's trip; clergy who bless, lead a rosary or have no access to records; a religious sister as "Sr. Mary".
POSITIVES_ROUND_FIVE = [
    ("Test data for the callback tool: name 'Philippa Oduya-Strand', phone 971-555-0128, best time evenings.",
     None, None, ("NAME", "Philippa Oduya-Strand")),
    ("Hope, the patient, not the tech, left a voicemail about her methotrexate refill.", None, None,
     ("NAME", "Hope")),
    ("Mr. Tuilagi is travelling to Apia on the 3rd; refill his insulin before then.", None, None,
     ("GEO", "Apia")),  # guard
    ("Sr. Mary Agnes fell on the stairs and needs her hip x-ray results.", None, None,
     ("NAME", "Sr. Mary Agnes")),  # guard
    ("Halvorsen_hospice_family_line", None, "label", ("NAME", "Halvorsen")),  # guard
]
NEGATIVES_ROUND_FIVE = [
    ("Bill Okafor and Hope Marchetti facilitate the Buried in Treasures groups on Tuesday evenings.", None, None),
    ("Summer Whitfield directs the program; call the office for anything else.", None, None),
    ("Dr. Olander-Sykes – scleritis new patient referrals", None, "label"),
    ("Fanconi_anemia_family_handbook_v3.pdf", None, "label"),
    ("Refills go to the Safeway on Lombard unless the caller names another pharmacy.", None, None),  # guard
    ("Her methotrexate refill goes to the Safeway on Lombard this month.", None, None),
    ("If a patient is travelling to Apia or Honolulu, remind them to carry a 30-day supply of every medicine.",
     None, None),
    ("The program takes its name from Revelation 3:8. Pastor Dale blesses new participants each September.", None,
     None),
    ("Sr. Mary Faith from St. Joseph's visits on the first Friday of the month to lead a rosary.", None, None),
    ("The quotation on our wall is from Robert Louis Stevenson, whom Samoans called Tusitala.", None, None),
]
test_round_five_positive, test_round_five_negative = class_tests(POSITIVES_ROUND_FIVE, NEGATIVES_ROUND_FIVE)

# Holdout 474: a full name opening a note value; "PT plan" in a record's label is physical therapy; a note's
# audience as its heading; a caller's reference in a URL; sedation as a health word; a group home's QIDP key;
# "whether someone lives at"; an advanced EMT before a name; a store's possessive name; a workers' centre's
# organizers; a site's entrance or pantry named for someone.
POSITIVES_ROUND_SIX = [
    ("Luis Ortega-Vance needs IV sedation for cleanings; next one on 3/6/2026 with Dr. Pham",
     "dental_sedation_note", "value", ("NAME", "Luis Ortega-Vance")),
    ("Ruth_Delgado_PT_plan_08-12-2025.pdf", None, "label", ("NAME", "Ruth_Delgado")),
    ("Note for counselors: Mr. Abernathy calls on the anniversary of his disclosure; route him to the lead.", None,
     None, ("NAME", "Mr. Abernathy")),
    ("https://harborline.org/intake/resume?caller_ref=AQ-88213", None, "url",
     ("URL", "https://harborline.org/intake/resume?caller_ref=AQ-88213")),
]
NEGATIVES_ROUND_SIX = [
    ("Front Desk covers Saturdays; call the nurse line for meds", "scheduling_note", "value"),  # guard
    ("g.mbeki@cedarhollow.org", "qidp_email", "value"),
    ("Say: 'For privacy, I can't confirm whether someone lives at Cedar Hollow, but I can take a message.'", None,
     None),
    ("The lead medic on race days is Bill Granger, EMT-P; backup is AEMT Rosa Whitehorse.", None, None),
    ("The Home Depot on Alameda and the Lowe's on Slauson are pickup corners.", None, None),
    ("Our organizers are Rosa Tzoc and Bill Medina; they take calls on Tuesdays.", None, None),
    ("Room 3 is the fluoroscopy suite; patients check in at the Carmichael entrance. Sedation patients need a "
     "driver.", None, None),
    ("Refer food-assistance callers to the Asha Bhawan pantry on Cuyahoga Falls Ave; it is open Wednesdays.", None,
     None),
]
test_round_six_positive, test_round_six_negative = class_tests(POSITIVES_ROUND_SIX, NEGATIVES_ROUND_SIX)

# Holdouts 476 and 478: a "staff-only" folder with residents' photos; a voicemail someone left ("Mr. Adeyemi's
# voicemail about ..."); who returns nurse calls; no describing word before a place or a time ("a Wood's lamp at
# every visit"); a quoted title before "by" and its author; people a team cares for under a heading with "team";
# a word name after "for caller"; a stock picture; "signed in as"; well-known people and legends.
POSITIVES_ROUND_SEVEN = [
    ("https://tactilehouse.org/staff-only/photos/residents/tomasz_nowicki_face.jpg", None, "url",
     ("PHOTO", "https://tactilehouse.org/staff-only/photos/residents/tomasz_nowicki_face.jpg")),
    ("Please don't read out Mr. Adeyemi's voicemail about the funeral home bill to any other caller.", None, None,
     ("NAME", "Mr. Adeyemi")),
    ("Callback for caller Grant (Thu eve)", None, "label", ("NAME", "Grant")),
    ("Web chat log: the same user who signed in as 'lbenavides83' asked again about Al-Anon meetings.", None, None,
     ("OTHER_ID", "lbenavides83")),
    ("The session came from the person signed in as kmorrow_71 on Tuesday.", None, None, ("OTHER_ID", "kmorrow_71")),
    ("# Athletes flagged in team packets\n- Malik Osei-Jones: type 1 diabetes, Dexcom G7; glucose tabs are in the "
     "Field 3 tent.", None, None, ("NAME", "Malik Osei-Jones")),
    ("The oldest honoree at the legends dinner, Clint Harlow, is 91 and on oxygen.", None, None,
     ("NAME", "Clint Harlow")),  # guard
]
NEGATIVES_ROUND_SEVEN = [
    ("If you can't reach Dana, leave it on Dana's voicemail.", None, None),  # guard
    ("Dr. Tomás Ibarra reads echos on Tuesdays; Summer Reyes returns nurse calls within one business day.", None,
     None),
    ("We take standardized photos under a Wood's lamp at every visit. Photos live in the chart only.", None,
     None),  # guard
    ("Reading you may mention: 'Adult Children of Alcoholics' by Janet G. Woititz and 'It Will Never Happen to "
     "Me' by Claudia Black.", None, None),
    ("stock_hands_vitiligo_licensed.jpg", None, "label"),
    ("If a caller mentions Winnie Harlow or Lee Thomas, say that many well-known people live with vitiligo.", None,
     None),
    ("Jim Brown and Lyle Thompson are lacrosse legends, and Paul Rabil helped start a pro league.", None, None),
]
test_round_seven_positive, test_round_seven_negative = class_tests(POSITIVES_ROUND_SEVEN, NEGATIVES_ROUND_SEVEN)

# Holdouts 470 and 480: one's own tendon after the possessive; a VA claim file key; a department in parentheses
# under a contact key; Swahili generic addresses and stand-ins ("rafiki", "Mtu Fulani"); measurements and angles
# named for someone.
POSITIVES_ROUND_EIGHT = [
    ("Prior authorization for Emilia Kowalczyk's tendon transfer is pending; read it to the scheduler only.", None,
     None, ("NAME", "Emilia Kowalczyk")),
    ("31550274", "va_file_number", "value", ("OTHER_ID", "31550274")),
]
NEGATIVES_ROUND_EIGHT = [
    ("Rose (optical)", "lens_reorder_contact", "value"),
    ("rafiki", "caller_first_name_default", "value"),
    ("Test callers may say their name is Mtu Fulani; end the call politely.", None, None),
    ("Never read X-ray results or Cobb measurements back to a caller who has not passed verification.", None, None),
    ("Achilles tendon ruptures need a boot; the Achilles' tendon care sheet is on the site.", None, None),  # guard
]
test_round_eight_positive, test_round_eight_negative = class_tests(POSITIVES_ROUND_EIGHT, NEGATIVES_ROUND_EIGHT)
