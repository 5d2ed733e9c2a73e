"""Dates tied to a person (birth, admission, discharge, death, service, appointment) and ages > 89."""

from __future__ import annotations

import re
from functools import lru_cache

from compliance_lint.phi.context import FILE_DATE, FILE_EXT_RE, Scan
from compliance_lint.phi.hits import PhiHit
from compliance_lint.phi.lexicon import (
    ORG_WORDS,
    PUBLIC_FIGURES,
    english_words,
    first_names,
    is_common_word,
    product_names,
)
from compliance_lint.phi.patterns import lazy_compile
from compliance_lint.phi.recognizers.ids import ascii_words, literal_strings
from compliance_lint.phi.recognizers.turns import in_caller_turn
from compliance_lint.phi.validators import date_ok

CURRENT_YEAR = 2026  # fixed so results are deterministic; only used for "born in 1931" -> age > 89

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MON = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
        r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
# Numeric dates: 03/14/1962 (month or day first) and 1962-03-14. The "not preceded by" test of each
# pattern sits one character in, after the first digit, so the pattern starts with a digit and re
# jumps from digit to digit in C; `(?<!X.)` there is `(?<!X)` at the start (a digit is never a
# newline). The two shapes were one alternation; `_numeric_dates` walks them as finditer walked it.
# Compiled now, not lazily: a match's `.re` is compared with it by identity.
_NUMERIC_MDY = re.compile(r"(\d(?<![\w/.-].)\d?)([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/]|[.-]\d)")
_NUMERIC_YMD = lazy_compile(
    r"(\d(?<![\w/.-].)\d{3})([/.-])(\d{1,2})\2(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?(?![\w/]|[.-]\d)")
# Both shapes hold a digit, a separator, one or two digits, the same separator and a digit (and
# four digits at least). Written from the separator (the digit before it looked behind for), so
# re jumps between separators, which are rarer than digits.
_NUMERIC_GATE = lazy_compile(r"([/.-])(?<=\d.)\d{1,2}\1\d")
# (?<!\d)((?:19|20)\d{2})..., the lookbehind one character in as above.
_COMPACT_RE = lazy_compile(r"((?:1(?<!\d.)9|2(?<!\d.)0)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
_LABEL_MMDD_RE = lazy_compile(r"(?<![^_-])(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?=[_-][A-Za-z])")
# "turns 96 on the 12th", "shots on the 22nd": a bare ordinal day after a date preposition (not
# "on the 3rd floor", "by the 2nd visit": no word follows but a linking one).
_BARE_ORDINAL_RE = lazy_compile(r"\b(?:on|by|before|after|until) the ([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
                              r"(?! (?!at\b|and\b|or\b|for\b|if\b|so\b|then\b|to\b)[a-z])"
                              # (a monthly schedule: "on the 2nd and 4th Wednesday", "on the 1st Monday")
                              r"(?!(?: (?:and|or|&) (?:the )?\d{1,2}(?:st|nd|rd|th))?"
                              r" (?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)days?\b)")
# Every _BARE_ORDINAL_RE match holds this, at most seven characters ("before ") after its start:
# finditer from there (looks behind still see the text before) walks the same matches.
_BARE_ORDINAL_AT = lazy_compile(r"the (?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)")
_WEEKDAY_ORDINAL_RE = lazy_compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,? the (\d{1,2})(?:st|nd|rd|th)\b")
# 11021947 / 02111947: two digits, two digits and a 19xx/20xx year, as one run of eight.
_COMPACT_MDY_RE = lazy_compile(r"(\d(?<!\d.)\d)(\d{2})((?:19|20)\d{2})(?!\d)")
# The words of a birth cue, for the patterns that read one right before a date.
_BIRTH_WORDS = r"dob|born|birth ?date|date of birth|birthday"
_BIRTH_CUE_BEFORE = lazy_compile(r"\b(?:" + _BIRTH_WORDS + r"|d\.o\.b\.?)\W{0,3}(?:is\W{1,2})?$")
# (also with hyphens, as health records print them: "30-Aug-1941", "Aug-30-1941")
_WORDY_RE = lazy_compile(
    r"(?<![\w])(" + _MON + r")\.?(?: |-(?=\d))(\d{1,2})(?:st|nd|rd|th)?(?:(?:,? |-)(\d{4}))?(?![\w])"
    r"|(?<![\w])(?:the )?(\d{1,2})(?:st|nd|rd|th)?(?: (?:of )?|-)(" + _MON + r")\.?(?:(?:,? |-)(\d{4}))?(?![\w])",
    re.IGNORECASE,
)
# Spanish, French and Portuguese month names: "3 de mayo de 1949", "12 juin", "5 de março".
_ROMANCE_MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "novembro": 11, "dezembro": 12,
    # Polish, in the genitive a date takes ("14 lutego", "3 września 1944")
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7, "sierpnia": 8,
    "września": 9, "wrzesnia": 9, "października": 10, "pazdziernika": 10, "listopada": 11, "grudnia": 12,
}
_ROMANCE_RE = lazy_compile(r"(?<![\w/.-])(\d{1,2})(?:º|°|er)? (?:de )?(" + "|".join(sorted(_ROMANCE_MONTHS, key=len,
                         reverse=True)) + r")(?:,? (?:de |del )?(\d{4}))?(?![\w])")
_ROMANCE_WORDS = frozenset(m.encode() for m in _ROMANCE_MONTHS if m.isascii())
_ROMANCE_MONTH_FIRST = lazy_compile(r"(" + "|".join(sorted(_ROMANCE_MONTHS, key=len, reverse=True))
                                    + r") (\d{1,2}),? (\d{4})")
_SHORT_RE = lazy_compile(r"(\d(?<![\w/.-].)\d?)/(\d{1,2})(?![\w/]|\.\d)")  # (?<![\w/.-])(\d{1,2})/..., as above
# \b(?:born|birth year|year of birth|b\.) ...: by first letter (the order within a letter kept), the
# boundary one character in ((?<!\w.) after a letter is \b before it).
_BORN_YEAR_RE = lazy_compile(r"(?:b(?<!\w.)(?:orn|irth year|\.)|y(?<!\w.)ear of birth) (?:in )?((?:18|19)\d{2})\b")

# Whose date: person events raise, calendar/business events lower.
_PERSON_DATE_CUE = lazy_compile(
    r"\b(?:dob|d\.o\.b|born|birth|birthday|birthdate|date of birth|admit(?:ted)?|admission|discharg\w*"
    # (not a group's: "a memorial service for patients who died this year: Sunday, May 17")
    # a birthday said as an age reached: "Priya turns 11 on the 16th of July"
    # (not an organisation's anniversary: "the clinic turns 25 on March 3")
    r"|(?<!clinic )(?<!practice )(?<!center )(?<!centre )(?<!hospital )(?<!program )(?<!office )(?<!we )"
    r"(?:turns|turned|turning) \d{1,3} on"
    r"|died(?<!patients who died)(?<!members who died)(?<!those who died)(?<!residents who died)"
    r"|death|deceased|passed away|expired|surgery|procedure|operation|seen on|last seen|last visit"
    r"|visit(?:ed)?|dos|date of service|service date|injur\w*|accident|diagnosed|onset|delivered|"
    r"delivery|due date|edd|lmp|vaccinated|dose given|appointment|appt|scheduled|follow-up|follow up"
    # one patient, caller or member ("the patient's", "caller"), not a group ("those patients",
    # "if callers ask about the event"); a trial participant's randomisation or consent date
    # a wound or procedure course of one patient: "incision photo received 6/18", "sutures out 7/2"
    r"|post-op|postop|pre-op|incision|wound|sutures|stitches|staples|biopsy|infusion|transfusion|injection|fell|"
    # one person's exam or booking: "exam booked for Jan 6", "port removal 6/18"
    r"exam|booked|removal|"
    r"his|her|their|patient(?:'s|’s|')?|pt|caller(?:'s|’s)?|member(?:'s|’s)?|participant(?:'s|’s)?|"
    r"randomi[sz]ed|consented|mrs?|ms|nacid[oa]|fecha de nacimiento|nací|nació|cumple años|cumpleaños|"
    # date of birth in Arabic, Farsi/Dari and Urdu: "تاريخ الميلاد ١٤/٠٢/٢٠٢٢"
    r"تاريخ الميلاد|تاريخ ميلاد|تاریخ تولد|تاریخ پیدائش|"
    # a person's appointment or birth in Spanish, Portuguese, French: "la cita de Mateo es el 12 de noviembre"
    # (not "sin cita": a walk-in, nobody's appointment)
    r"(?<!sin )cita|consulta|rendez-vous|cirugía|cirurgia|chirurgie|naissance|nascimento|"
    r"she|he|my|"
    # the date of one person's call or visit: "the person who called at 2:14 am on 9/21" (not a
    # group: "anyone who called on 12/24")
    # (the group's words are looked behind for after "who", not before it: tried at every word
    # boundary, eight look-behinds cost more than the rest of the pattern)
    r"who(?<!anyone who)(?<!anybody who)(?<!everyone who)(?<!those who)(?<!people who)(?<!callers who)"
    r"(?<!patients who)(?<!members who) (?:called|phoned|rang|texted|came in|walked in|was seen|presented)|called in)\b"
)
_NOT_PERSON_DATE_CUE = lazy_compile(
    r"\b(?:closed|closure|closures|holiday|holidays|office|clinic hours|hours|open(?:s|ed|ing)?|"
    # the practice's calendar after a closure or on a mobile unit's route: "calls resume January 2",
    # "Upcoming stops: Thursday, September 10 at ..."
    r"resumes?|resuming|reopens?|reopening|upcoming stops|stops|"
    r"updated|update|version|release[ds]?|effective|policy|since|launched|copyright|as of|revised|"
    r"published|deadline|enrollment period|open enrollment|valid (?:from|until|through)|expires?|"
    r"starting|beginning|until|through|season|renewal|go-live|cutover|we|our|christmas|thanksgiving|"
    r"upgraded|upgrade|migrated|deployed|rolled out|went live|patched|window|enrolment|randomi[sz]ation|"
    # a system's own time: "The eligibility roster last synced 2026-06-01T04:00:00Z"
    r"synced|refreshed|generated|exported|imported|timestamp|"
    r"founded|established|incorporated|built|acquired|merged|accredited|certified|licensed|"
    # a building's day: "The house was dedicated on October 12, 1994"
    r"dedicated|consecrated|renovated|remodeled|remodelled|groundbreaking|"
    r"new year|independence day|memorial day|labor day|mother's day|father's day|mothers day|fathers day|"
    r"grandparents day|valentine's day|"
    # an event: "The Hand Surgery Symposium is Saturday, March 14"
    r"symposium|conference|summit|seminar|gala|expo|open house|"
    # a week on the practice's calendar: "no surgeries are booked the week of December 28"
    r"the week of)\b"
)
# Ages over 89: "94 years old", "94yo" / "aged 94", "turned 101". They were one alternation,
#   (?<![\w.])(9\d|1[01]\d)(?:...years/yo...) | \b(?:aged?|age of|turned|turns|turning) (9\d|1[01]\d)(?![\w]),
# now three patterns that each start with a character or a word, the lookbehind or boundary moved
# past it (`(?<!X.)` after one character is `(?<!X)` before it; `(?<!\w...)` after "age" is `\b`
# before it), so re jumps to the candidates in C. The alternatives of one first word keep their
# order; _age_numbers walks the three as finditer walked the alternation.
_AGE_NUMBER_FIRST = lazy_compile(
    r"(9(?<![\w.].)\d|1(?<![\w.].)[01]\d)"
    r"(?:\s?-?\s?(?:years?|yrs?)[- ]old|\s?-?\s?(?:years?|yrs?)\b|\s?(?:yo|y/o|y\.o\.)(?![\w]))"
)
# ("aged 90 days or younger": a span of time, not years of age)
_AGE_AGE_FIRST = lazy_compile(r"age(?<!\w...)(?:d?| of) (9\d|1[01]\d)"
                              r"(?![\w]|\s?(?:days?|weeks?|months?|hours?|minutes?|mins?|%|percent)\b)")
_AGE_TURN_FIRST = lazy_compile(r"turn(?<!\w....)(?:ed|s|ing) (9\d|1[01]\d)(?![\w])")
# "she's 94", "he is 91", "Mrs. Fenwick is 97", "tiene 93 años": an age stated with a copula. Not a
# quantity ("she is 94% adherent", "he is 90 minutes away", "is 92 pounds") nor a decimal.
_AGE_IS = lazy_compile(r"(?:\b(?:he|she)(?:'s|’s| is)|\bis now|\bwho is|\bwho's|\btiene) (9\d|1[01]\d)"
                     r"(?!\w|\.\d|,\d|\s?(?:%|percent|°|degrees?|mg|kg|lbs?|pounds|minutes|mins?|seconds|hours?|"
                     r"days|weeks|months|miles|km|dollars|cents|points|beats|bpm|mmhg|units|tablets|times|"
                     r"calls|messages|patients|callers|members|on the|in line|th\b))")
# "our oldest outpatient is 93" (not "our oldest building is 95 years old") and "is 97 and hard of
# hearing"; searched when "oldest", " and " or " is 9"/" is 1" is in the text, apart from _AGE_IS
# (every text with " is ").
_PERSON_AGE_PHRASE = lazy_compile(
    r"\boldest (?:[\w'’-]+ )?(?:patient|outpatient|client|resident|member|participant|"
    r"caller|camper|one|person|lady|gentleman|man|woman)s? is (9\d|1[01]\d)(?!\w|\.\d|,\d)"
    # "... is 97 and hard of hearing": an age, then what that person does or has
    # "the Korea-era vet in the Thursday group is 92 — ...": a person, where they are, then the age alone
    r"|\b(?:patient|resident|client|member|caller|veteran|vet|man|woman|lady|gentleman|camper|participant)"
    r" (?:in|at|from|on|with|near|by|who) [\w'’-]+(?: [\w'’-]+){0,3} is (9\d|1[01]\d)"
    r"(?=\s?(?:[—–;]|, | - |\.(?:\s|$)|$))"
    # ... or anyone so placed whom a pronoun then points at: "The retired welder in the Monday circle is 94 — seat him"
    r"|\bthe (?:[\w'’-]+ ){1,2}(?:in|at|from|on|with|near|by) [\w'’-]+(?: [\w'’-]+){0,3} is (9\d|1[01]\d)"
    r"(?=\s?(?:[—–;,]| - )[^.\n]{0,40}\b(?:him|her|he|she|his)\b)"
    r"|\bis (9\d|1[01]\d) and (?:is |still |only |very |quite |rather |a bit |a little )?"
    r"(?:hard of hearing|lives|uses|has|needs|walks|"
    r"can't|cannot|prefers|likes|gets|takes|wants|drives|hears|sees|understands|speaks|does|doesn't|won't)\b")
# A person and an age set off by commas: "The oldest man in custody, 90, has dementia", "Our patient, 94,".
_APPOSED_AGE = lazy_compile(
    r"\b(?:man|woman|lady|gentleman|patient|resident|client|member|caller|veteran|vet|alum|inmate|detainee|"
    r"participant|elder|mother|father|grandmother|grandfather)"
    r"(?: (?!(?:list|lists|room|rooms|count|number|portal|line|lounge|census|ids?)\b)[\w'’-]+){0,5}, (9\d|1[01]\d),")
_NAME_IS_AGE = lazy_compile(r",? is (9\d|1[01]\d)"
                          r"(?!\w|\.\d|,\d|\s?(?:%|percent|°|degrees?|minutes|mins?|miles|pounds|lbs?))")
_AGE_GROUP_AFTER = lazy_compile(r"^(?:\s?(?:and|or) (?:older|over|above|up)|\+|\s?plus\b|s\b)")
_AGE_GROUP_BEFORE = lazy_compile(r"\b(?:over|above|older than|at least|under|younger than|beyond|past|"
                               r"patients|callers|members|people|anyone|those|adults|residents|clients|everyone|"
                               # Spanish, Portuguese, French: "mayores de 90 años", "acima de 90 anos", "plus de 90 ans"
                               r"mayores de|menores de|más de|mais de|acima de|maiores de|plus de|de plus de|"
                               r"personas de|pacientes de|pacientes mayores de)"
                               # (a group reaching an age: "we send cards to patients turning 100")
                               r"\s*(?:aged?|turning|who turn|reaching|who reach)?\s*$")
_SENTINEL_DATES = frozenset({(1900, 1, 1), (1970, 1, 1), (1901, 1, 1), (2000, 1, 1), (1899, 12, 31)})
# A message to the patient about their own event: "your session is Monday, June 16", "your knee
# replacement on April 22nd", "su cita del 12 de junio", "son rendez-vous du 12 juin".
_YOUR_EVENT = lazy_compile(
    r"\b(?:your|su|son)(?: [\w-]+){0,2} (?:session|visit|appointment|appt|procedure|surgery|test|exam|scan|"
    r"infusion|replacement|treatment|screening|check-?up|consult(?:ation)?|shot|vaccine|dose|delivery|induction|"
    r"colonoscopy|mammogram|mri|biopsy|cita|consulta|rendez-vous|examen|operación|cirugía|transfusion|sample|specimen|"
    # a named procedure: "your vasectomy", "your tonsillectomy", "your arthroscopy"
    r"[a-z]{2,20}(?:ectomy|otomy|oscopy|plasty))"
    # then only linking words (and a weekday) up to the date
    r"(?:\W{1,3}(?:is|was|on|for|at|of|del|du|el|le|es|est|scheduled|set|moved|to|now|this|next|last|from|due|the|"
    r"week|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|jueves|viernes|sábado|domingo)){0,6}\W{0,3}$")
# Birth in the keys of French, Portuguese, Italian, German, Polish and Russian configurations
# ("date_naissance", "data_nascimento", "geburtsdatum", "data_urodzenia").
_BIRTH_KEY_WORDS_ABROAD = r"naissance|nascimento|nascita|geburtsdatum|geburtstag|urodzenia|urodziny|рождения"
_KEY_DATE_CUE = lazy_compile(r"\b(?:" + _BIRTH_KEY_WORDS_ABROAD + r"|"
                           r"dob|birth|birthday|birthdate|born|admit|admission|admitted|discharge|"
                           r"discharged|death|died|deceased|surgery|procedure|service|dos|visit|appointment|"
                           # home health's start of care ("soc_date"), a date of death ("relative_dod")
                           r"soc|dod|"
                           # a blood draw or donation, a jail booking: "next_cbc", "last_donation_date", "booking_date"
                           r"cbc|cmp|bmp|donation|donated|booking|booked|intake|"
                           r"appt|injury|onset|lesion|lesión|accidente|"
                           # a stroke's "last known well" time ("last_known_well", "lkw_time")
                           r"known well|lkw|"
                           # a resident's move into a sober-living house or facility ("move_in_date")
                           r"move in|moved in|"
                           # a patient's clinical or pharmacy events: "edd" (estimated delivery), "lmp",
                           # "last_exam_date", "last_fill_date", "refill_due", "vaccination_date", "nacimiento"
                           r"edd|lmp|delivery|exam|fill|filled|refill|refilled|dispense|dispensed|pickup|picked|"
                           # one person's last checkup: "ff_last_physical" (not a team's "lacrosse_physical_day")
                           r"last physical|last checkup|"
                           r"vaccination|vaccinated|immunization|transplant|infusion|hospitalization|hospitalized|"
                           # a device put in or taken out of one person: "implant_date", "implant_removal_date";
                           # a scope ("scope_date")
                           r"implant|implanted|explant|explanted|scope|endoscopy|colonoscopy|egd|"
                           # a named operation ("mastectomy_date", "arthroplasty_date")
                           r"[a-z]+(?:ectomy|otomy|ostomy|plasty|oscopy)|"
                           # a client's own session ("next_session": "Thursday 5/14 6:30pm")
                           r"(?:next|last|first)(?: \w+)? session|"
                           r"encounter|seen|diagnosis|diagnosed|nacimiento|"
                           # Spanish: due date ("fpp", "fecha probable de parto"), last period ("fum"), appointment
                           r"fpp|fum|parto|cita|nascimento|consulta|"
                           # an exposure or a symptom's start: "bite_date", "tick_bite", "rash_start"
                           r"bite|sting|exposure|rash|fever|symptom|symptoms|"
                           # a test or study of the patient's: "sleep_study_date", "mri_date", "echo_date"
                           r"study|mri|ct|xray|x ray|echo|ekg|ecg|eeg|biopsy|colonoscopy|mammogram|ultrasound|"
                           r"semen analysis|"
                           r"imaging|scan|dialysis|chemo|op|operation|"
                           # a therapy course's evaluations: "pt_reassessment", "oliver_progress_eval"
                           r"eval|evaluation|reeval|reassessment|progress note|progress eval|"
                           # fertility and procedure steps: "next_retrieval", "embryo_transfer", "trigger_shot"
                           r"retrieval|embryo transfer|egg retrieval|trigger|insemination|iui|ivf|"
                           # a patient's own events: "last_shot_date", "last_crisis_date", "transfer_date"
                           r"shot|shots|injection|dose|crisis|relapse|overdose|transfer|accident|incident|"
                           # a lab draw or named test of the patient's: "last_inr_date", "vcug_date", "a1c_date"
                           r"inr|a ?1 ?c|hba ?1 ?c|draw|labs|bloodwork|vcug|pft|holter|dexa|pap|psa|tsh|swab|culture|"
                           r"stress test|sleep test|hearing test|"
                           # a cardiac or other event of the patient's: "mi_date", "cabg_date", "stroke_date"
                           r"mi|cabg|pci|stent|stroke|cva|tia|fracture|amputation|cath|ablation|implanted|"
                           # a fitting or casting of the patient's device: "last_fitting_date"
                           r"fitting|casting|fitted|estimated due|hcg|beta hcg|treatment|treated|"
                           # a pellet, IUD or implant put in: "last_insertion_date"
                           r"insertion|inserted|implantation|"
                           # a person's last contact, arrival, transplant listing or screening test:
                           # "last_contact_date", "arrival_date", "listing_date", "last_hiv_test_date"
                           r"contact|arrival|arrived|listing|listed|hiv test|sti test|std test|tb test|hep c test|"
                           # a patient's result, reaction or episode: "covid_positive_date", "last_mammo_date",
                           # "date_of_last_reaction", "last_seizure"
                           r"positive|mammo|reaction|seizure|episode|flare|audiogram|"
                           # one person's past screening: "last_screening_date" (not "next_screening": the
                           # programme's next event, nor "mobile_screening_dates")
                           r"(?:last|prior|previous) (?:\w+ )?screening)\b")
_KEY_NOT_PERSON = lazy_compile(r"\b(?:holiday|closure|closed|office|updated|version|release|effective|"
                             r"created|modified|start|end|expiry|expires|deadline|launch|"
                             r"template|example|sample|format|season|window|awareness|event|campaign|fair|walk|"
                             r"seminar|webinar|class|drive|opened|founded|established|opening|groundbreaking|"
                             r"anniversary|memorial|ceremony|itinerant|clinic days|outreach|preseason|hint|site|"
                             r"mobile|van)\b")
# A course of treatment is one patient's: its start or end date is theirs ("hcv_treatment_start").
_KEY_THERAPY = lazy_compile(r"\b(?:treatment|therapy|regimen|chemo|chemotherapy|radiation|antibiotics?|"
                            r"prep|doac|anticoagulation|tpn|hospice|pregnancy|induction)\b")
# Key words that name the practice's own calendar whoever else the key names; the other
# _KEY_NOT_PERSON words ("start", "end", "effective") name a date of the patient when the key also
# names one ("patient_regimen_start", "member_effective_date").
_KEY_PRACTICE_DATE = lazy_compile(r"\b(?:holiday|closure|closed|office|updated|version|release|created|modified|"
                                r"deadline|launch|clinic|practice|policy|template|example|sample|format|default|"
                                r"season|awareness|event|campaign|fair|walk|seminar|webinar|class|drive|founded|"
                                r"established|groundbreaking|group|cohort|series|"
                                # a public exposure site's date: "exposure_site_1_date"
                                r"site|"
                                # a travelling clinic's own calendar: "itinerant_visit_dates"
                                r"itinerant|clinic days|outreach|"
                                # a mobile unit's stops: "mobile_mammo_dates", "van_screening_days"
                                r"mobile|van)\b")
# ("synagis_season_last_dose_window", "stroke_awareness_event": the program's calendar)
_KEY_LAST_EVENT = lazy_compile(r"\blast (?!(?:login|logon|sync|synced|backup|run|export|import|refresh|deploy|"
                               r"review|reviewed|audit|audited|edit|edited|check|checked|contact|contacted)\b)"
                               r"(?:[a-z0-9]+ ){1,2}(?:date|dt)\b")
_KEY_OWNER = lazy_compile(r"\b(?:patient|pt|member|caller|client|resident|subscriber|beneficiary|enrollee|"
                        r"paciente|inmate|detainee|participant|student|camper|donor|recipient|infant|baby|child|"
                        r"youth|juvenile|"
                        # a relative's, or a mother's own ("mother_due_date", "spouse_dob")
                        r"mother|mom|mum|father|dad|spouse|wife|husband|son|daughter|guardian|newborn)\b")
_KEY_DATE_WORD = lazy_compile(r"\b(?:date|day|due|dt)\b")
_KEY_BIRTH_YEAR = lazy_compile(r"\b(?:birth|born|dob|yob)\b")
# A day, one word (a month in any language) and a year, or the year first: "22 лютого 1948", "12. lipnja 1950.".
_WORDED_BIRTH_DATE = lazy_compile(r"\s*((?:[0-3]?\d\.? [^\W\d_]{3,12}\.?,? (?:19|20)\d\d"
                                  r"|(?:19|20)\d\d,? [^\W\d_]{3,12}\.? [0-3]?\d)\.?)\s*")


# A full date in a record's file name ("intake_zadran_gul_20250611.docx", "Karapetian_cardiology_letter_
# 2026-05-19.pdf"): the record word says it is one person's record, a word that is no English word (their
# name, however spelled) says whose. Only the date is reported: the name may be any spelling.
_FILE_RECORD_WORD = lazy_compile(r"(?<![a-z])(?:intake|consent|careplan|care plan|letter|notes?|log|fundus|xrays?|"
                                 r"report|eval|evaluation|referral|results?|labs?|mri|echo|ekg|ecg|audiogram|summary|"
                                 r"discharge|progress|assessment|screening|visit|photos?|scan|prescription|orders?|"
                                 r"chart|records?|waiver|clearance|cardiology|consult)(?![a-z])")
_FILE_WORD = lazy_compile(r"[A-Za-z]+")
# A blank form or an example, no one's record: "XRay_report_template_2026-03-01.pdf".
_FILE_BLANK_WORD = lazy_compile(r"(?<![a-z])(?:template|blank|sample|example|specimen|demo|mock)(?![a-z])")


def _record_file_dates(s: Scan) -> list[PhiHit]:
    low = s.lower
    if not _FILE_RECORD_WORD.search(low) or _FILE_BLANK_WORD.search(low):
        return []
    words = [m.group(0) for m in _FILE_WORD.finditer(s.text)]
    if not any(_owner_word(w, words[i - 1] if i else "", words[i + 1] if i + 1 < len(words) else "")
               for i, w in enumerate(words)):
        return []
    out: list[PhiHit] = []
    for m in FILE_DATE.finditer(s.text):
        y, mo, d = (m.group(1), m.group(3), m.group(4)) if m.group(1) else (m.group(8), m.group(5), m.group(7))
        if date_ok(int(y), int(mo), int(d)):
            out.append(PhiHit(m.start(), m.end(), "DATE", "date", 0.7,
                              "full date in a record's file name with a person's name in it"))
    return out


def _owner_word(word: str, prev: str, nxt: str) -> bool:
    """A word of a file name that can only be a name: no English word, abbreviation, month or extension.
    (An all-capitals word counts only beside another: "consent_KOSTELNIK_DANA", not "HIPAA_notice".)"""
    low = word.lower()
    if len(low) < 3 or low in english_words() or is_common_word(low) or FILE_EXT_RE.fullmatch("." + low) or (
            _FILE_RECORD_WORD.fullmatch(low)) or (
            low[:3] in _MONTH_STEMS and len(low) <= 4):
        return False
    if word.isupper():
        return (prev.isupper() and len(prev) >= 3) or (nxt.isupper() and len(nxt) >= 3)
    return low not in ORG_WORDS and low not in product_names()


_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# _WORDY_RE's month is always a whole word (non-word characters on both sides). On an ASCII text
# (where IGNORECASE is lower-case equality) it is one of the text's words (ascii_words), and it
# holds a month stem.
_MONTH_WORDS = frozenset(w.encode() for w in literal_strings(_MON[3:-1]))
_WORDY_LOW = lazy_compile(_WORDY_RE.pattern)  # on the lower-cased ASCII text: the same matches


def _year(y: str | None) -> int | None:
    if y is None:
        return None
    v = int(y)
    if len(y) == 2:
        v += 1900 if v > 30 else 2000
    return v


def _numeric_dates(t: str, out: list[tuple[int, int, str]]) -> None:
    """The calendar-valid matches of the two numeric shapes, as one finditer over their alternation.

    A date's first separator is where _NUMERIC_GATE matches (the first gate match at or after the
    date's start), four characters in for 1962-03-14 and one or two for 3/14/1962. So from each
    gate match only those three starts are tried, in order; no date starts between them and the
    previous gate match.
    """
    pos = 0
    while (gate := _NUMERIC_GATE.search(t, pos)) is not None:
        q = gate.start()
        m = None
        if q - 4 >= pos:
            m = _NUMERIC_YMD.match(t, q - 4)
        if m is None and q - 2 >= pos:
            m = _NUMERIC_MDY.match(t, q - 2)
        if m is None and q - 1 >= pos:
            m = _NUMERIC_MDY.match(t, q - 1)
        if m is None:
            pos = q + 1
            continue
        if m.re is _NUMERIC_MDY:
            mo, d, y = int(m.group(1)), int(m.group(3)), _year(m.group(4))
            # US month/day first; fall back to day/month when the first part exceeds 12.
            if (date_ok(y, mo, d) or date_ok(y, d, mo)) and not (y is not None and (y, mo, d) in _SENTINEL_DATES):
                out.append((m.start(), m.end(), "numeric"))
        else:
            y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
            if date_ok(y, mo, d) and (y, mo, d) not in _SENTINEL_DATES:
                out.append((m.start(), m.end(), "iso"))
        pos = m.end()  # finditer goes on after the match


def _spelled_candidates(s: Scan, out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Spelled-out dates with a year: "the fourth of July, nineteen fifty-two", "March third, 1961".
    (An ASCII text's words then hold an ordinal-day word and a month; without a year, "the Fourth
    of July" is more often the holiday.)"""
    words = ascii_words(s)
    if words is None or _ORDINAL_WORDS.isdisjoint(words[1]) or _MONTH_WORDS.isdisjoint(words[1]):
        return out
    for m in _SPELLED_DATE.finditer(s.lower):
        if _spelled_month_day(m) is not None:
            out.append((m.start(), m.end(), "spelled"))
    if "birth" in s.lower or "born" in s.lower or "dob" in s.lower:
        # without a year only right after a birth cue: "confirm her birthday as the twenty-second of November"
        for m in _SPELLED_NO_YEAR.finditer(s.lower):
            # (not January 1, the birthday papers record when the day is unknown)
            if _spelled_month_day(m) not in (None, (1, 1)) and _BIRTH_WORD_BEFORE.search(
                    s.lower, max(0, m.start() - 30), m.start()) and not any(a < m.end() and m.start() < b
                                                                           for a, b, _ in out):
                out.append((m.start(), m.end(), "no_year"))
    return out


def _spelled_month_day(m: re.Match[str]) -> tuple[int, int] | None:
    """The month and day of a _SPELLED_DATE or _SPELLED_NO_YEAR match (day first in groups 1-2, month first in
    groups 4-5), or None if the words name no calendar-valid day."""
    mon_w, day_w = (m.group(2), m.group(1)) if m.group(1) else (m.group(4), m.group(5))
    mon_n = _MONTHS.get(mon_w[:4].rstrip("."), _MONTHS.get(mon_w[:3]))
    day = _ORDINAL_DAY.get(day_w.replace(" ", "-"))
    return (mon_n, day) if mon_n and day and date_ok(None, mon_n, day) else None


def _candidates(s: Scan) -> list[tuple[int, int, str]]:
    """(start, end, kind) of calendar-valid date spans (the text has a digit)."""
    out: list[tuple[int, int, str]] = []
    t = s.text
    if s.digits >= 4:  # (a numeric date has four digits at least)
        _numeric_dates(t, out)
    # 19620314: eight digits, the year starting 19 or 20.
    if s.digits >= 8 and (s.field in ("label", "value") or "_" in t) and ("19" in t or "20" in t):
        for m in _COMPACT_RE.finditer(t):
            if date_ok(int(m.group(1)), int(m.group(2)), int(m.group(3))):
                out.append((m.start(), m.end(), "compact"))
    # "chair_schedule_0312_banks_h.csv": a month-day token between the parts of a file name that
    # names a person (without a name it is the practice's schedule for that day).
    if s.field == "label" and s.name_spans and s.digits >= 4 and "_" in s.raw:
        for m in _LABEL_MMDD_RE.finditer(s.raw):
            out.append((m.start(), m.end(), "mmdd"))
    # 11021947 right after a birth cue ("ABERNATHY R DOB 11021947"): month or day first, then the year.
    if s.digits >= 8 and ("dob" in s.lower or "birth" in s.lower or "born" in s.lower or "d.o.b" in s.lower):
        for m in _COMPACT_MDY_RE.finditer(t):
            a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if (date_ok(y, a, b) or date_ok(y, b, a)) and _BIRTH_CUE_BEFORE.search(s.lower, max(0, m.start() - 20),
                                                                                  m.start()):
                out.append((m.start(), m.end(), "compact"))
    words = ascii_words(s)
    if words is not None:
        wordy = () if _MONTH_WORDS.isdisjoint(words[1]) else _WORDY_LOW.finditer(s.lower)
    else:
        wordy = _WORDY_RE.finditer(t) if any(mo in s.lower for mo in _MONTH_STEMS) else ()
    for m in wordy:
        mon = (m.group(1) or m.group(5)).lower()[:4].rstrip(".")
        mon_n = _MONTHS.get(mon, _MONTHS.get(mon[:3]))
        day = int(m.group(2) or m.group(4))
        year = m.group(3) or m.group(6)
        if mon_n and date_ok(int(year) if year else None, mon_n, day):
            # "may 5" is often the verb; only accept a capitalised May.
            if mon == "may" and not t[(m.start(1) if m.group(1) else m.start(5))].isupper():
                continue
            end = m.end() - 1 if t[m.end() - 1] == "." else m.end()  # sentence dot, not the date
            out.append((m.start(), end, "wordy" if year else "no_year"))
    # Romance-language months: on an ASCII text one of its words is such a month (or "de" is; the
    # non-ASCII month names need a non-ASCII text).
    if words is None or not _ROMANCE_WORDS.isdisjoint(words[1]):
        for m in _ROMANCE_RE.finditer(s.lower):
            year = m.group(3)
            if date_ok(int(year) if year else None, _ROMANCE_MONTHS[m.group(2)], int(m.group(1))):
                out.append((m.start(), m.end(), "wordy" if year else "no_year"))
    # Japanese and Chinese dates: "1990年11月30日", era years "平成2年11月30日", "3月24日".
    if "月" in t and ("日" in t or "號" in t or "号" in t):
        for m in _CJK_DATE_RE.finditer(t):
            year = _cjk_year(m.group(1), m.group(2), m.group(3))
            if date_ok(year, int(m.group(4)), int(m.group(5))):
                out.append((m.start(), m.end(), "cjk" if year else "no_year"))
    # Korean dates: "1934년 2월 9일", "6월 28일".
    if "월" in t and "일" in t:
        for m in _KO_DATE_RE.finditer(t):
            year = int(m.group(1)) if m.group(1) else None
            if date_ok(year, int(m.group(2)), int(m.group(3))):
                out.append((m.start(), m.end(), "wordy" if year else "no_year"))
    # "Thursday the 12th": a weekday and an ordinal day of the month (a date without a year).
    if "day" in s.lower:
        for m in _WEEKDAY_ORDINAL_RE.finditer(s.lower):
            if 1 <= int(m.group(1)) <= 31:
                out.append((m.start(), m.end(), "no_year"))
    # (no overlap with a wordy date: " of June" after the ordinal is excluded)
    if (first := _BARE_ORDINAL_AT.search(s.lower)) is not None:
        for m in _BARE_ORDINAL_RE.finditer(s.lower, max(0, first.start() - 7)):
            out.append((m.start(1) - 4, m.end(), "ordinal"))
    _spelled_candidates(s, out)
    if (slash := t.find("/")) >= 0:
        # A short date's slash is one or two characters in: none starts before the first slash
        # less two, and finditer from there walks the same matches.
        for m in _SHORT_RE.finditer(t, max(0, slash - 2)):
            if date_ok(None, int(m.group(1)), int(m.group(2))) and not (
                    m.group(2) == "10" and _SCORE_BEFORE.search(s.lower, max(0, m.start() - 25), m.start())):
                out.append((m.start(), m.end(), "no_year"))
    return out


# "pain 7/10", "rates it 8/10", "a score of 6/10": a rating out of ten, not July 10.
_SCORE_BEFORE = lazy_compile(r"\b(?:pain|score|scored|rate[sd]?|rating|level|scale|severity|intensity|at a|of)\W{0,3}"
                           r"(?:(?:is|was|of|at|it|a|an)\W{1,2}){0,2}$")
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_ORD_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_ORDINAL_DAY = {w: i + 1 for i, w in enumerate(_ORD_UNITS)}
_ORDINAL_DAY.update({w: i + 10 for i, w in enumerate(("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
                                                     "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                                                     "nineteenth", "twentieth"))})
_ORDINAL_DAY.update({f"twenty-{w}": 21 + i for i, w in enumerate(_ORD_UNITS)})
_ORDINAL_DAY.update({"thirtieth": 30, "thirty-first": 31})
_ORDINAL_WORDS = frozenset(w.encode() for k in _ORDINAL_DAY for w in k.split("-") if w not in ("twenty", "thirty"))
_ORD_RX = (r"(?:(?:twenty|thirty)[- ](?:" + "|".join(_ORD_UNITS) + r")|"
           + "|".join(sorted((k for k in _ORDINAL_DAY if "-" not in k), key=len, reverse=True)) + ")")
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:" + "|".join(_UNITS) + "))?"
_SPELLED_YEAR = (r"(?:(?:nineteen|eighteen) (?:hundred|oh[- ](?:" + "|".join(_UNITS) + ")|" + _TEENS + "|" + _TENS
                 + r")|two thousand(?: and)?(?: (?:" + _TEENS + "|" + _TENS + "|" + "|".join(_UNITS) + r"))?"
                 r"|twenty (?:oh[- ](?:" + "|".join(_UNITS) + ")|" + _TEENS + "|" + _TENS + r")|\d{4})")
_SPELLED_DATE = lazy_compile(
    r"(?<![\w])(?:the )?(" + _ORD_RX + r") (?:of )?(" + _MON + r")\.?,? (?:in )?" + _SPELLED_YEAR + r"(?![\w-])"
    r"|(?<![\w])()(" + _MON + r")\.? (?:the )?(" + _ORD_RX + r"),? (?:in )?" + _SPELLED_YEAR + r"(?![\w-])")
_SPELLED_NO_YEAR = lazy_compile(
    r"(?<![\w])(?:the )?(" + _ORD_RX + r") (?:of )?(" + _MON + r")(?![\w-])"
    r"|(?<![\w])()(" + _MON + r")\.? (?:the )?(" + _ORD_RX + r")(?![\w-])")
_BIRTH_WORD_BEFORE = lazy_compile(r"\b(?:" + _BIRTH_WORDS + r")\b(?: (?:is|was|as|on))? $")
# A date listed as one of the accepted phrasings or formats ("Supported date phrasings for DOB
# capture: 'July fourth nineteen fifty-two', '4 July 1952'"), or given as a parser's output ("All
# should normalize to 1952-07-04"), is a format example (PHI_POLICY §4), not someone's date.
_FORMAT_LIST_HEAD = lazy_compile(r"\b(?:phrasings?|formats?|variants?|spellings?|forms|inputs?|ways to (?:say|write)|"
                               r"accepted|supported)\b[^\n:]{0,40}:")
_NORMALISED_TO = lazy_compile(r"\b(?:normali[sz]e[sd]?|parse[sd]?|converts?|converted|maps?|mapped|becomes?|"
                            r"rendered|output) (?:to|as|into)\W{0,3}$|\b(?:that |it )becomes\W{0,3}$")
_QUOTES = "'\"‘“`"
# Workforce birthdays and dates ("Staff birthdays are NOT in this prompt anymore. Remove 'wish Deb a
# happy birthday on 3/2'"): no patient-side word near.
_WORKFORCE_DATE = lazy_compile(r"\b(?:staff|employees?|coworkers?|co-workers?|colleagues?|team members?|workforce)\b")
_PATIENT_SIDE_DATE = lazy_compile(r"\b(?:patients?|pt|callers?|members?|clients?|residents?|mother|father|wife|husband|"
                                r"sons?|daughters?|spouse|guardian|mom|dad|mrs?|ms)\b")
# A list item or log line that starts with its date ("- 2026-09-03: Spanish queue ID changed"):
# cue words on the lines above belong to those lines.
_ITEM_PREFIX = lazy_compile(r"[ \t]*(?:[-*•+]|\d{1,2}[.)])?[ \t]*")


# The days of a vaccine schedule, not a date: "gives all the 3/7/14 doses".
_SCHEDULE_AFTER = lazy_compile(r" (?:doses|shots|series|schedule|regimen|day schedule|injections)\b")
# A date written right after the format it illustrates: "DD/MM/AAAA (05/09/1975 es el 5 de septiembre)" (not a
# labelled value: "DOB (MM/DD/YYYY): 03/14/1962" has the mask in parentheses and a colon before the date).
_MASK_THEN_EXAMPLE = lazy_compile(r"\b(?:dd|mm|jj|tt)[./-](?:dd|mm)[./-](?:yyyy|aaaa|gggg|jjjj|rrrr|yy)"
                                  r"\s?(?:\(|,? (?:like|such as|como|comme|wie|as in|e\.g\.,?) ?)$")


_SAY_IT_QUOTED = lazy_compile(r"\b(?:say|read|pronounce|speak)\w* (?:it|them|the dates?|dates|the birth ?date)\b"
                              r"[^'\"‘“\n.]{0,60}[(\[]?['\"‘“]$")


def _format_example(low: str, start: int, before: str) -> bool:
    if ("dd" in before or "mm" in before) and _MASK_THEN_EXAMPLE.search(before):
        return True
    if ("normali" in before or "pars" in before or "conver" in before or "map" in before or "becom" in before
            or "render" in before or "output" in before) and _NORMALISED_TO.search(before):
        return True
    return (start > 0 and low[start - 1] in _QUOTES
            and (_FORMAT_LIST_HEAD.search(low, max(0, start - 200), start) is not None
                 # "say it like 'March 4th, 1950'": how to say a date, shown with one
                 or before.endswith(("it like '", 'it like "', "it like ‘", "it like “"))
                 # "say it in words the way a person would ('March fourteenth, nineteen eighty')"
                 or _SAY_IT_QUOTED.search(low, max(0, start - 100), start) is not None))


# A date-format mask in another language's order or in the system's ("DD/MM/AAAA", "jou/mwa/ane", "ngày/tháng/năm",
# "MM/DD/YYYY"): a date beside it illustrates the order ("la date se dit JJ/MM/AAAA : « 04/05/1980 » veut dire le
# 4 mai"), unless it is a labelled value ("DOB (MM/DD/YYYY): 03/14/1962") or a person is named near it.
_FORMAT_MASK = lazy_compile(r"\b(?:dd|mm|jj|tt|gg)[./-](?:dd|mm)(?:[./-](?:yyyy|aaaa|gggg|jjjj|rrrr|yy))?\b|"
                            r"\b(?:yyyy|aaaa)[./-]mm[./-]dd\b|ngày/tháng|jou/mwa|día/mes|dia/mês|gün/ay")
# Someone a scheduled date belongs to: "I'm scheduled for", "your scheduled transmission", "the patient's".
_SCHEDULED_FOR_SOMEONE = lazy_compile(r"\b(?:i'm|i’m|i am|my|your|his|her|their|patient|pt|caller|client|member|"
                                      r"resident|mom|dad|son|daughter|wife|husband|baby|child)\b")
# "For testing use Jane Roe, DOB 03/14/1962": a birth date given as a value, whatever mask the text shows.
_BIRTH_LABEL_END = lazy_compile(r"\b(?:" + _BIRTH_WORDS + r")\b[^.\n\w]{0,3}(?:is |was |on )?$")
_LABELLED_MASK_END = lazy_compile(r"(?:\b(?:yyyy|aaaa|yy|dd|mm)\)?|\))\s?:\s?$")


def _near_format_mask(s: Scan, start: int, end: int) -> bool:
    low = s.lower
    if not (s.contains("/") or s.contains("-") or s.contains(".")) or (  # (memoised: asked per date)
            _FORMAT_MASK.search(low, max(0, start - 150), min(len(low), end + 100)) is None):
        return False
    return _LABELLED_MASK_END.search(low, max(0, start - 6), start) is None and (
        _BIRTH_LABEL_END.search(low, max(0, start - 24), start) is None) and not s.near_name(start, end, 80)


def _workforce_date(low: str, start: int) -> bool:
    window = low[max(0, start - 150) : start]
    return _WORKFORCE_DATE.search(window) is not None and _PATIENT_SIDE_DATE.search(window) is None


# A Japanese or Chinese format example: "昭和50年1月1日 の形式" (in the form of), "例：1975年1月1日", "如1975年1月1日".
_CJK_FORMAT_AFTER = lazy_compile(r"\s?(?:の形式|の形|形式|のように|のような|など|格式|这样|這樣)")
_CJK_EXAMPLE_BEFORE = lazy_compile(r"(?:例|例えば|例如|比如|如)\s?[：:]?\s?[（(「『\"']?$")
_NOT_PERSON_OLD = lazy_compile(_NOT_PERSON_DATE_CUE.pattern.replace("|since", "").replace("starting|", ""))
_YEAR_IN = lazy_compile(r"(?<!\d)(1[89]\d{2}|20\d{2})(?!\d)")


# An age over 89 in Chinese: "九十一歲", "一百零二歲", "94岁".
_CJK_AGE_RE = lazy_compile(r"(?:九十[一二三四五六七八九]?|一百(?:零?[一二三四五六七八九十]{1,2})?|9\d|1[01]\d)"
                           # Korean 세 (years of age), not 세대 (generation), 세트 (set), 세기 (century)
                           r"(?=[歲岁]|세(?![대트기요금무상계]))")
_SOLAR_HIJRI_VALUE = lazy_compile(r"(1[34]\d\d)[/.-](\d{1,2})[/.-](\d{1,2})")
# A value that is a day and a month alone: "14/08", "8.14", "06-03" (see _KEY_RANGE).
_DAY_MONTH_VALUE = lazy_compile(r"(\d{1,2})[/.-](\d{1,2})")
# A day and a month's name of one or two words, either order, the day with an ordinal's letters:
# "9 تشرين الثاني", "ጥር 12", "ekainaren 3a".
# (a word: a letter, then letters or vowel signs, which are no word characters: "माघ")
_MONTH_WORD = r"[^\W\d_][^\s\d,;:/()]+"
_DAY_AND_MONTH_WORD = lazy_compile(rf"(?P<d1>\d{{1,2}})[a-zº°.]{{0,2}} (?P<w1>{_MONTH_WORD}(?: {_MONTH_WORD})?)"
                                   rf"|(?:\d{{4}} )?(?P<w2>{_MONTH_WORD}(?: {_MONTH_WORD})?) (?P<d2>\d{{1,2}})"
                                   r"[a-zº°.]{0,2}")
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN_MONTH_DATE = lazy_compile(r"(\d{1,2})[ .\-/](" + "|".join(sorted(_ROMAN_MONTHS, key=len, reverse=True))
                                 + r")[ .\-/](\d{4}|\d{2})")
# Keys of a birthday: only there is a short day-and-word value a date for sure.
_KEY_BIRTHDAY = lazy_compile(r"\b(?:birth|birthday|born|dob|cumpleaños|cumpleanos|nacimiento|aniversario|"
                             + _BIRTH_KEY_WORDS_ABROAD + r")\b")
# Keys whose "10-20" is a range or a count, not a day and month.
_KEY_RANGE = lazy_compile(r"\b(?:time|times|minutes?|mins?|hours?|hrs?|range|window|duration|count|score|age|"
                          r"ages|dose|doses|fraction|ratio|pain|level)\b")
# (era and its year, or a Western year) 年, then month 月 and day 日; or month and day alone.
_CJK_DATE_RE = lazy_compile(r"(?:(?:(令和|平成|昭和|大正)(\d{1,2}|元)|(\d{4}))年\s?|(?<![\d年]))"
                            r"(\d{1,2})月\s?(\d{1,2})[日號号]")
_KO_DATE_RE = lazy_compile(r"(?:(\d{4})년\s?|(?<![\d년]))(\d{1,2})월\s?(\d{1,2})일")
_ERA_START = {"令和": 2019, "平成": 1989, "昭和": 1926, "大正": 1912}


# A date written in Chinese numerals, as a caller's words are transcribed: "一九五二年十月三號".
_CJK_NUMERAL_DATE_RE = lazy_compile(r"([〇零一二三四五六七八九]{4})年\s?([一二三四五六七八九十]{1,2})月\s?"
                                    r"([一二三四五六七八九十]{1,3})[日號号]")
_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _cn_year(digits: str) -> int:
    return int("".join(str(_CN_DIGITS[c]) for c in digits))


def _cn_small(numeral: str) -> int | None:
    """1 to 39 in Chinese numerals ("三", "十", "十二", "二十", "三十一"), else None."""
    if "十" not in numeral:
        return _CN_DIGITS.get(numeral) if len(numeral) == 1 else None
    tens, _, ones = numeral.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return None
    return (_CN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)


def _cjk_numeral_dates(text: str, out: list[tuple[int, int, str]]) -> None:
    for m in _CJK_NUMERAL_DATE_RE.finditer(text):
        month, day = _cn_small(m.group(2)), _cn_small(m.group(3))
        if month is not None and day is not None and date_ok(_cn_year(m.group(1)), month, day):
            out.append((m.start(), m.end(), "cjk_numeral"))


# A birth date a caller reads out in words, in the turn after the agent asks for it: "User: ten
# twelve fifty-eight", "oh-nine, fourteen, two thousand nine".
_SP_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_SP_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
             "nineteen")
_SP_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SP_NUM = (r"(?:(?:" + "|".join(_SP_TENS) + r")(?:[- ](?:" + "|".join(_SP_UNITS) + r"))?|" + "|".join(_SP_TEENS)
           + r"|(?:oh[- ])?(?:" + "|".join(_SP_UNITS) + r"))")
_SPELLED_BIRTH_ANSWER = lazy_compile(r"(?<![\w-])(" + _SP_NUM + r")[ ,/-]+(" + _SP_NUM + r")[ ,/-]+"
                                     r"((?:two thousand(?: and)?|nineteen)(?: " + _SP_NUM + r")?|" + _SP_NUM
                                     + r")(?![\w-])")
_BIRTH_ASKED = lazy_compile(r"\b(?:date of birth|birth ?date|birthday|dob)\b")


def _spelled_value(words: str) -> int:
    """1 to 99 from the words _SP_NUM matches ("oh-nine" 9, "fifty-eight" 58, "twelve" 12)."""
    total = 0
    for w in words.replace("-", " ").split():
        if w in _SP_TENS:
            total += 10 * (_SP_TENS.index(w) + 2)
        elif w in _SP_TEENS:
            total += _SP_TEENS.index(w) + 10
        elif w in _SP_UNITS:
            total += _SP_UNITS.index(w) + 1
    return total


def _spelled_birth_answers(s: Scan, out: list[tuple[int, int, str]]) -> None:
    low = s.lower
    for m in _SPELLED_BIRTH_ANSWER.finditer(low):
        start = m.start()
        if not in_caller_turn(s, start):
            continue
        if not _BIRTH_ASKED.search(low, max(0, start - 200), start):
            continue  # no one asked for a birth date
        a, b = _spelled_value(m.group(1)), _spelled_value(m.group(2))
        if date_ok(None, a, b) or date_ok(None, b, a):
            out.append((start, m.end(), "wordy"))


def _cjk_year(era: str | None, era_year: str | None, year: str | None) -> int | None:
    if era is not None and era_year is not None:
        return _ERA_START[era] + (0 if era_year == "元" else int(era_year) - 1)
    return int(year) if year else None


def _year_of(value: str) -> int | None:
    m = _YEAR_IN.search(value)
    return int(m.group(1)) if m else None


# JSON keys repeat across a config, so what a key says is worked out once per key text; bounded
# because keys come from user input.
@lru_cache(maxsize=4096)
def _key_flags(key_text: str) -> tuple[bool, bool]:
    """(the key names a non-person date, the key names a person's date)."""
    if not key_text:
        return False, False
    if _KEY_NOT_PERSON.search(key_text) is not None:
        owner = _KEY_OWNER.search(key_text) is not None
        practice = _KEY_PRACTICE_DATE.search(key_text) is not None and not (
            # an owner's release is from custody or care: "client_release_date", "inmate_release_date"
            owner and set(_KEY_PRACTICE_DATE.findall(key_text)) == {"release"})
        if practice or (not owner and _KEY_THERAPY.search(key_text) is None):
            return True, False
        return False, True  # "patient_regimen_start", "hcv_treatment_start": the patient's own date
    # (or the key names its owner and a date: "client_due_date", "inmate_release_date")
    return False, _KEY_DATE_CUE.search(key_text) is not None or _key_first_name(key_text) or (
        # one person's last event: "last_cxl_date", "last_iop_check_date" (a system's "last_updated" is above)
        _KEY_LAST_EVENT.search(key_text) is not None) or (
        _KEY_OWNER.search(key_text) is not None and _KEY_DATE_WORD.search(key_text) is not None)


# Key words that are first names in the lexicon but name no one in a key ("max_date", "art_session").
_KEY_NOT_NAMES = frozenset({"max", "min", "art", "mark", "bill", "will", "may", "june", "grant", "pat", "rob", "sue",
                            "guy", "dawn", "faith", "hope", "joy", "ray", "rose", "summer", "april", "august",
                            "chase", "sage", "page", "don", "jack", "lane", "dean", "chip", "else", "eve", "stat",
                            "early", "reed", "case", "cole", "drew", "gene", "lee", "penny", "tad",
                            "dia"})  # (Portuguese and Spanish "day": "dia_independencia_angola")


def _key_first_name(key_text: str) -> bool:
    """A key led by a first name ("oliver_progress_eval"): the values under it are that person's."""
    words = key_text.split()
    if len(words) < 2:
        return False
    w = words[0]
    if words[-1] in ("day", "week", "month", "birthday") and len(words) <= 4:
        return False  # "jackie_robinson_day", "cesar_chavez_birthday": a day named after a public figure
    return len(w) > 2 and w in first_names() and w not in _KEY_NOT_NAMES and not is_common_word(w)


def recognize_date(s: Scan) -> list[PhiHit]:
    hits = _calendar_dates(s)
    if not hits and s.field == "value" and s.key_text and _KEY_BIRTH_YEAR.search(s.key_text) and (
            m := _WORDED_BIRTH_DATE.fullmatch(s.text)) is not None and not _KEY_NOT_PERSON.search(s.key_text):
        # a birth date written in a language the month names are not read in: "caller_dob": "22 лютого 1948"
        return [PhiHit(m.start(1), m.end(1), "DATE", "date", 0.85,
                       f"day, month word and year under key '{s.key_text}'")]
    low = s.lower
    if ("christmas" in low or "new year" in low or "thanksgiving" in low or "easter" in low) and (
            "died" in low or "passed" in low or "born" in low or "birthday" in low or "death" in low):
        # "whose husband died on Christmas Eve": a holiday as the day of one person's death or birth
        hits.extend(PhiHit(m.start(1), m.end(1), "DATE", "date", 0.8, "a holiday as the date of a death or birth")
                    for m in _PERSON_HOLIDAY.finditer(low))
    return hits


def _calendar_dates(s: Scan) -> list[PhiHit]:
    low = s.lower
    cjk_numerals = "年" in low  # a date in Chinese numerals may be there
    spelled_answer = "birth" in low and ("user" in low or "caller" in low)  # a birth date read out in a turn
    if not s.has_digit:
        # Only a spelled-out date with a spelled year can be found: "nineteen", "eighteen",
        # "twenty" or "thousand" is in the text.
        # (or a spelled day and month right after a birth cue: "his birthday is the ninth of August")
        if not ("nineteen" in low or "eighteen" in low or "twenty" in low or "thousand" in low or cjk_numerals
                or spelled_answer or "birthday" in low or "born" in low):
            return []
    hits: list[PhiHit] = []
    key_not_person, key_person = _key_flags(s.key_text)
    if key_not_person and s.field == "value":
        return hits  # "holiday_closure": "2026-12-25" is the practice's calendar, not a person's
    cands = _candidates(s) if s.has_digit else _spelled_candidates(s, [])
    if cjk_numerals:
        _cjk_numeral_dates(s.text, cands)
    if spelled_answer:
        _spelled_birth_answers(s, cands)
    if not s.has_digit:
        if cands:
            _date_hits(s, cands, key_person, hits)
        return hits
    if cands:
        _date_hits(s, cands, key_person, hits)
    elif key_person and s.field == "value" and (m := _SOLAR_HIJRI_VALUE.fullmatch(s.text.strip())) and (
            1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31):
        # "patient_dob": "1358/10/14": a birth date in the Solar Hijri calendar (Afghanistan, Iran)
        st = s.text.index(m.group(0))
        hits.append(PhiHit(st, st + len(m.group(0)), "DATE", "date", 0.85,
                           f"Solar Hijri date under key '{s.key_text}'"))
    elif key_person and s.field == "value" and (m := _ROMANCE_MONTH_FIRST.fullmatch(s.text.strip().lower())) and (
            date_ok(int(m.group(3)), _ROMANCE_MONTHS[m.group(1)], int(m.group(2)))):
        # "client_dob": "Abril 9, 1933": a Spanish or Portuguese month written first, the English way
        st = s.text.index(s.text.strip())
        hits.append(PhiHit(st, st + len(m.group(0)), "DATE", "date", 0.85,
                           f"month name, day and year under key '{s.key_text}'"))
    elif key_person and s.field == "value" and (m := _ROMAN_MONTH_DATE.fullmatch(s.text.strip())) and (
            date_ok(int(m.group(3)) if len(m.group(3)) == 4 else None, _ROMAN_MONTHS.index(m.group(2)) + 1,
                    int(m.group(1)))):
        # "caller_dob": "19 IV 1938": a day, a month in Roman numerals and a year, as Poles write dates
        st = s.text.index(m.group(0))
        hits.append(PhiHit(st, st + len(m.group(0)), "DATE", "date", 0.85,
                           f"day, Roman-numeral month and year under key '{s.key_text}'"))
    elif key_person and s.field == "value" and s.digits <= 4 and (m := _DAY_MONTH_VALUE.fullmatch(s.text.strip())) and (
            not _KEY_RANGE.search(s.key_text)):
        a, b = int(m.group(1)), int(m.group(2))
        if date_ok(None, a, b) or date_ok(None, b, a):  # "fpp_paciente": "14/08", a day and month
            st = s.text.index(m.group(0))
            hits.append(PhiHit(st, st + len(m.group(0)), "DATE", "date", 0.85,
                               f"day and month under key '{s.key_text}'"))
    # (a day of one or two digits, with a four-digit year or without one: "२०३८ माघ ४")
    elif key_person and s.field == "value" and s.digits in (1, 2, 5, 6) and _KEY_BIRTHDAY.search(s.key_text) and (
            m := _DAY_AND_MONTH_WORD.fullmatch(s.text.strip())) and 1 <= int(m.group("d1") or m.group("d2")) <= 31 and (
            not any(w.isascii() and (w.lower() in english_words() or is_common_word(w.lower()))
                    for w in m.group("w1", "w2") if w)):
        # "child_birthday": "9 تشرين الثاني", "ጥር 12", "ekainaren 3a": a day and a month's name in a
        # calendar or language the month parser does not read
        st = s.text.index(m.group(0))
        hits.append(PhiHit(st, st + len(m.group(0)), "DATE", "date", 0.8,
                           f"day and month name under key '{s.key_text}'"))
    elif key_person and s.field == "value" and s.digits == 4:
        # "birth_year": "1931": a birth year alone is a DATE only when it implies an age over 89
        value = s.text.strip()
        if (len(value) == 4 and value.isascii() and value.isdigit() and 1901 < int(value) < CURRENT_YEAR - 89
                and _KEY_BIRTH_YEAR.search(s.key_text)):
            st = s.text.index(value)
            hits.append(PhiHit(st, st + 4, "DATE", "date", 0.85,
                               "birth year implying an age over 89 under a birth key"))
    if not hits and s.field == "label" and s.digits >= 6 and " " not in s.raw.strip():
        hits.extend(_record_file_dates(s))
    # "born 1931": a four-digit year 18xx/19xx after a space
    low = s.lower
    for m in _BORN_YEAR_RE.finditer(low) if s.digits >= 4 and (" 19" in low or " 18" in low) else ():
        if CURRENT_YEAR - int(m.group(1)) > 89:
            hits.append(PhiHit(m.start(1), m.end(1), "DATE", "date", 0.8,
                               "birth year implying an age over 89"))
    return hits


# A birth date's cue in Chinese or Japanese (birth, birthday, date of birth, born in): Han characters are word
# characters, so _PERSON_DATE_CUE's word boundaries never hold inside such a text. (Not a strong cue: a
# format's example still drops the date, "生年月日は和暦（昭和50年1月1日 の形式）".)
_CJK_BIRTH_BEFORE = lazy_compile(r"出生|生日|誕生|生年月日|生於|生于")
# A holiday right after a death's or a birth's verb: "died on Christmas Eve", "was born on New Year's Day".
_PERSON_HOLIDAY = lazy_compile(r"\b(?:died|passed away|passed|was born|born|birthday is|death was)(?: on| at)? "
                               r"((?:christmas|new year's|new years|new year’s) (?:eve|day)|christmas|thanksgiving"
                               r"(?: day)?|easter(?: sunday)?)\b")
# Cue words that say whose date it is (not an event word such as "surgery" alone).
_PERSON_OWNER_WORDS = frozenset({"his", "her", "their", "my", "she", "he", "patient", "patient's", "patient’s",
                                 "patients'", "pt", "caller", "caller's", "caller’s", "member", "member's", "mrs",
                                 "ms", "mr", "participant", "participant's"})
# What expired, when it is no person: "Vaccine lot FJ4471C expired March 31".
_EXPIRED_THING = lazy_compile(r"\b(?:lot|lots|card|license|licence|supply|stock|coupon|batch|vial|vials|kit|kits|"
                              r"certification|cert|contract|policy|offer|promo|link|code)\b[^.;\n]{0,20}expired\W{0,3}$")
# January 1 as the birthday resettlement papers give when only the year is known.
_JAN_FIRST = lazy_compile(r"jan(?:uary)?\.? 1(?:st)?|1(?:st)? jan(?:uary)?|0?1/0?1")
_DEFAULT_BIRTHDAY = lazy_compile(r"\b(?:default|assigned|placeholder|resettlement|only the (?:birth )?year|year-only|"
                                 # "resettled with paperwork that lists January 1 as the birthday because the real
                                 # date was never recorded", "January 1 as their official birth date because camp
                                 # documents used it"
                                 r"resettled|paperwork|camp documents|official birth ?date|never recorded|"
                                 # "because their papers only had a year", "the camp registration only recorded a year"
                                 r"papers|camp registration|only (?:had|recorded|listed|showed) (?:a|the) year|"
                                 # "Many refugees were given January 1 as a birthday on their papers"
                                 r"(?:were|was) (?:given|issued)|on (?:their|the|his|her) (?:[a-z]+ )?papers|"
                                 r"year only|"
                                 # "... recorded as their birthday because the exact day was unknown"
                                 r"(?:exact |actual )?(?:birth ?)?(?:day|date) (?:was|is|were) (?:unknown|not known)|"
                                 # "elders ... may not know their exact birthday; it is common for a chart to list
                                 # January 1 as the birth date"
                                 r"(?:not|n't) know (?:their|his|her|the) (?:exact |real |actual )?(?:birthday|"
                                 r"birth ?date|date of birth)|common for (?:a |the )?(?:chart|record|file)s? to"
                                 r")\b")
# A fixed holiday without a year: Christmas Eve and Day, New Year's Eve and Day, Independence Day,
# Veterans Day ("December 25", "Jan 1st", "1 January", "July 4th").
_FIXED_HOLIDAY = lazy_compile(r"(?:dec(?:ember)?\.? (?:24|25|31)|jan(?:uary)?\.? 1|jul(?:y)?\.? 4|"
                              # (Juneteenth: "closed to visitors on June 19 (Juneteenth)")
                              r"nov(?:ember)?\.? 11|june? 19)(?:st|th)?|(?:24|25|31)(?:th|st)? dec(?:ember)?|"
                              r"1(?:st)? jan(?:uary)?|4(?:th)? jul(?:y)?|19(?:th)? june?")


# Dates before this year are history: nobody born then is alive, and HIPAA protects the dead for 50 years.
_HISTORY_BEFORE = 1900


_GUIDANCE_KEY_WORDS = frozenset({"instruction", "instructions", "hint", "hints", "help", "format", "guidance", "tip",
                                 "tips", "rule", "rules"})


# What a document's file name says it is when it is for many: a leaflet, a version.
_DOCUMENT_LABEL = lazy_compile(r"(?<![^\W_])(?:leaflet|handout|brochure|flyer|pamphlet|booklet|guide|policy|"
                               r"template|blank|v\d{1,2}|rev\d{0,2}|version)(?![^\W_])")


def _date_hits(s: Scan, cands: list[tuple[int, int, str]], key_person: bool, hits: list[PhiHit]) -> None:
    # Each cue search is made only when its answer can change the outcome (same outcome as
    # making them all up front).
    low = s.lower
    # (guidance about dates under a date key, "dob_entry_note": "Format DD/MM/YYYY. Many refugees were issued
    # 01/01 birthdays ...", or a key for instructions, holds prose: its dates are read as in a prompt)
    keyed = key_person and s.field in ("value", "label") and _GUIDANCE_KEY_WORDS.isdisjoint(s.key_words) and not (
        len(low) > 40 and _FORMAT_MASK.search(low) is not None)
    example_words: bool | None = None  # does the text hold what _SCENARIO_EXAMPLE needs?
    eg_words: bool | None = None  # does the text hold "e.g." or "example" (what _EG_BEFORE needs)?
    workforce_words: bool | None = None  # does the text name staff or employees?
    # A handout's or a form's own file name, with no one named: its date is the document's
    # ("Nitroglycerin_patient_leaflet_RU_v3_2025-10-01.pdf")
    document_label = s.field == "label" and not s.name_spans and _DOCUMENT_LABEL.search(low) is not None
    taken_end = -1  # candidates come by start (longest first) and are never empty: the last one
    for start, end, kind in sorted(cands, key=lambda c: (c[0], -c[1])) if len(cands) > 1 else cands:
        if start < taken_end:
            continue  # overlaps a date already taken (they are disjoint, ordered by start)
        taken_end = end
        year = _year_of(low[start:end]) if end - start >= 6 else None
        if year is not None and year < _HISTORY_BEFORE:
            continue  # "gave the vaccine to Joseph Meister on July 6, 1885": history, no living person's date
        if keyed:
            hits.append(PhiHit(start, end, "DATE", "date", 0.9, f"calendar-valid date under key '{s.key_text}'"))
            continue
        if document_label:
            continue
        before = low[max(0, start - 45) : start]
        after = low[end : end + 20]
        line_start = low.rfind("\n", max(0, start - 45), start) + 1  # bounded: no scan back to the text's start
        if line_start and _ITEM_PREFIX.fullmatch(low, line_start, start):
            before = low[line_start:start]  # a line (or list item) that starts with its date
        if _format_example(low, start, before) or _near_format_mask(s, start, end):
            continue
        if s.contains("naegele") and not s.near_name(start, end, 80):  # (memoised: asked per date)
            continue  # "Naegele's rule ... So an LMP of May 10 gives an EDD of February 17": a worked example
        if after[:1] == " " and _SCHEDULE_AFTER.match(after):
            continue  # "gives all the 3/7/14 doses": the days of a vaccine schedule, not a date
        person = _person_cue(low, before, start - len(before)) or _person_cue(low, after, end)
        if person is None and kind in ("cjk", "no_year") and not before.isascii() and not (
                _CJK_FORMAT_AFTER.match(low, end) or _CJK_EXAMPLE_BEFORE.search(before)):
            person = _CJK_BIRTH_BEFORE.search(before[-12:])  # "出生日期2019年3月8日": a birth date in Chinese
        if person is None and ("your" in before or "su " in before or "son " in before):
            person = _YOUR_EVENT.search(before)
        strong = person is not None and person.group(0) in _STRONG_DATE_WORDS
        if person is not None and person.group(0) == "scheduled" and not s.near_name(start, end, 100) and (
                _SCHEDULED_FOR_SOMEONE.search(low, max(0, start - 100), min(len(low), end + 30)) is None):
            continue  # "Fogging in Ash Springs is scheduled for Aug 4": a thing's date, no one named or addressed
        if person is not None and person.group(0) == "expired" and _EXPIRED_THING.search(before):
            continue  # "Vaccine lot FJ4471C expired March 31": a lot, a card or a licence, not a death
        if not strong and _FIXED_HOLIDAY.fullmatch(low, start, end) and (
                person is None or person.group(0) not in _PERSON_OWNER_WORDS) and not s.near_name(start, end, 80):
            continue  # "No elective surgery on December 25 or January 1": the calendar's holidays
        if _JAN_FIRST.fullmatch(low, start, end) and _DEFAULT_BIRTHDAY.search(low, max(0, start - 150), end + 150):
            continue  # "papers list January 1 as the birthday when only the year was known": a convention
        if strong and _public_figure_owns(before, person.start()):  # type: ignore[union-attr]  # strong: a cue
            continue  # "ends on Florence Nightingale's birthday, May 12": a public figure's date
        if person is not None:
            if workforce_words is None:  # once per text: a search of the whole text per date is quadratic
                workforce_words = _WORKFORCE_DATE.search(low) is not None
            if workforce_words and _workforce_date(low, start):
                continue  # a workforce member's birthday or date
        old = False
        if not strong:
            year = (_year_of(s.text[start:end]) if kind in ("numeric", "iso", "wordy") else
                    _cjk_year(*_CJK_DATE_RE.match(s.text, start).group(1, 2, 3))  # type: ignore[union-attr]
                    if kind == "cjk" else _cn_year(s.text[start : start + 4]) if kind == "cjk_numeral" else None)
            old = year is not None and year <= CURRENT_YEAR - 18 and not _NOT_PERSON_OLD.search(before[-30:]) and (
                not _NOT_PERSON_OLD.search(after))
            if not old and (_NOT_PERSON_DATE_CUE.search(before[-30:]) or _NOT_PERSON_DATE_CUE.search(after)):
                continue
            if ("out" in before or "away" in before or "leave" in before or "vacation" in before
                    or "off" in before) and _PROVIDER_ABSENCE.search(low, max(0, start - 90), start):
                continue  # "Dr. Farrelly will be out from August 3 to ...": a provider's schedule
            # How to say or write a date, or a worked "Example:" scenario, is not someone's date.
            # (_READING_EXAMPLE needs "how" or " as"; _SCENARIO_EXAMPLE a ':' or a line break and
            # "example", "sample", "for instance", "e.g." or "scenario" in the lower-cased text.)
            if ("how" in before or " as" in before) and _READING_EXAMPLE.search(before):
                continue
            if eg_words is None:  # once per text: two searches of the whole text per date were quadratic
                eg_words = "e.g." in low or "example" in low or "it like" in low or _EG_HINT.search(low) is not None
            if eg_words and _EG_BEFORE.search(low, max(0, start - 80), start):
                continue  # 'e.g. "January thirty-first, nineteen eighty" for 01/31/1980': a published sample
            if example_words is None:
                example_words = (":" in low or "\n" in low) and (
                    "ample" in low or "e.g." in low or "instance" in low or "scenario" in low)
            if example_words and _SCENARIO_EXAMPLE.search(low[max(0, start - 150) : start]):
                continue
        if kind == "ordinal" and person is not None and person.group(0) == "their" and not s.near_name(
                start, end, 60):
            continue  # "Remind callers their plan may change on the 1st": a group's, not one person's
        if person:
            conf = 0.85 if strong else 0.7
            hits.append(PhiHit(start, end, "DATE", "date", conf if kind not in ("no_year", "ordinal") else conf - 0.1,
                               f"calendar-valid date with person cue '{person.group(0)}'"))
        elif old and not (_CJK_FORMAT_AFTER.match(low, end) or _CJK_EXAMPLE_BEFORE.search(before)):
            # A full date 18+ years back is almost never a closure or release date in a config:
            # it reads as a birth date.
            hits.append(PhiHit(start, end, "DATE", "date", 0.6, "full calendar date old enough to be a birth date"))
        elif s.near_name(start, end, 60):
            hits.append(PhiHit(start, end, "DATE", "date", 0.65, "calendar-valid date next to a person's name"))
        elif s.field == "label" and kind not in ("no_year", "ordinal") and s.name_spans:
            hits.append(PhiHit(start, end, "DATE", "date", 0.6, "date in a label that names a person"))


# "his/her/their" owning patients, a caseload or a schedule is a provider's: "her patients can see ...".
_PROVIDER_POSSESSION = lazy_compile(r" (?:patients|clients|caseload|panel|schedule|clinic|office|practice|"
                                  r"staff|team|nurse|ma|appointments|slots|templates?)\b")
# A provider away: "Dr. Farrelly will be out from", "our NP is on leave", "Dr. Cho (vacation)".
_PROVIDER_ABSENCE = lazy_compile(
    r"\b(?:dr|doctor|provider|physician|np|pa|rn|nurse practitioner|therapist|surgeon|dentist|hygienist|"
    r"midwife|counselor|md|do)\b\.?[^.;\n]{0,50}?\b(?:(?:will be|is|are|be) (?:out|away|off)|out of (?:the )?office|"
    r"on (?:vacation|leave|pto|sabbatical|maternity leave|paternity leave)|off from|away from|vacation)\b")


def _person_cue(low: str, window: str, offset: int) -> re.Match[str] | None:
    """The first person cue in `window` (= low[offset:offset + len(window)]) that is not a
    provider's possessive ("her patients")."""
    for m in _PERSON_DATE_CUE.finditer(window):
        if m.end() == len(window) and low[offset + m.end() : offset + m.end() + 1].isalnum():
            continue  # a word cut by the window's end ("... those patient|s")
        if m.start() == 0 and offset > 0 and low[offset - 1].isalnum():
            continue  # a word cut by the window's start ("t|his week": no "his")
        if m.group(0) in ("his", "her", "their") and _PROVIDER_POSSESSION.match(low, offset + m.end()):
            continue
        if m.group(0) == "birth" and low.startswith((" center", " centre"), offset + m.end()):
            continue  # "The birth center is closed on March 3": a practice's name, no one's birth
        return m
    return None


# Instructions on how to say or write a date: "... is how you would say 03/14/1962", "read it as ...".
_READING_EXAMPLE = lazy_compile(r"\bhow (?:you )?(?:would |should |to )?(?:say|read|write|pronounce)\b|"
                              r"\bread (?:it |them |dates )?as\b|\bwritten as\b|\bsay it as\b|\bspoken as\b")

# A sample value given inline: 'spoken back as ..., e.g. "January thirty-first" for 01/31/1980'.
# (and in the languages agents speak: Spanish "p. ej.", "por ejemplo", German "z. B.", Bosnian/Croatian
# "npr.", Polish "na przykład" (not "np.": a nurse practitioner), Portuguese "ex.:", French "p. ex.")
_EG_BEFORE = lazy_compile(r"(?:\b(?:e\.g\.|for example|(?:say|write) it like|por ejemplo|p\. ?ej\.|z\. ?b\.|npr\.|"
                          r"p\. ?ex\.|par exemple|ex\.:|zum beispiel|na primjer|na przykład)|\(ej\.)[^;\n]{0,70}$")

_EG_HINT = lazy_compile(r"ejemplo|ej\.|z\. ?b\.|npr\.|ex\.|exemple|beispiel|primjer|przykład")
# "Example:" opening a worked example (not the ".example" of a documentation host name).
_SCENARIO_EXAMPLE = lazy_compile(
    # ("Example of a spoken DOB: 'January fifth, nineteen fifty-two' is entered as 01/05/1952")
    r"(?:^|(?<=\s))(?:[Ee]xample|[Ff]or instance|e\.g\.|[Ss]cenario|[Ss]ample)\b(?: of [^:\n]{1,30})?\W{0,3}"
    r"(?:\r?\n|:)", re.MULTILINE)

# "<public figure>'s birthday", "<public figure>, born", "<public figure> died": the words before the cue.
_FIGURE_BEFORE_CUE = lazy_compile(r"([a-z][a-z .'’-]{2,40}?)(?:'s|’s|,)? $")


def _public_figure_owns(before: str, cue_start: int) -> bool:
    """The birth/death cue at `cue_start` of `before` follows a public figure's name (PHI_POLICY §4)."""
    m = _FIGURE_BEFORE_CUE.search(before, 0, cue_start)
    if m is None:
        return False
    words = m.group(1).replace(".", "").split()
    # the longest run of the last words that is a public figure ("florence nightingale", "martin luther king jr")
    return any(" ".join(words[i:]) in PUBLIC_FIGURES for i in range(max(0, len(words) - 5), len(words)))


_STRONG_DATE_WORDS = frozenset({"dob", "d.o.b", "born", "birth", "birthday", "birthdate", "date of birth",
                                "admitted", "admission", "discharged", "died", "death", "deceased",
                                "passed away", "nacido", "nacida", "fecha de nacimiento"})


def _age_numbers(low: str) -> list[tuple[int, int]]:
    """The age-number spans of the old alternation's finditer over `low` (which holds "age" or
    "turn"); each pattern can only match with its word there ("y": years, yrs, yo)."""
    pats = [p for p, need in ((_AGE_NUMBER_FIRST, "y"), (_AGE_AGE_FIRST, "age"), (_AGE_TURN_FIRST, "turn"))
            if need in low]
    pending = [p.search(low) for p in pats]
    out: list[tuple[int, int]] = []
    while True:
        # The leftmost match (a digit, "a" and "t" never start at one position), then on after it.
        m = min((x for x in pending if x is not None), key=lambda x: x.start(), default=None)
        if m is None:
            return out
        out.append(m.span(1))
        pos = m.end()
        pending = [x if x is None or x.start() >= pos else p.search(low, pos)
                   for p, x in zip(pats, pending, strict=True)]


# An age key that names a setting or a group, not a person's age: "age_threshold_senior_line",
# "max_age", "age_cutoff", "min_age_for_portal".
_AGE_SETTING_KEY = lazy_compile(r"\b(?:threshold|cutoff|cut|limit|min|max|minimum|maximum|over|above|under|below|"
                              r"senior|seniors|line|rule|policy|range|bucket|group|band|bracket|tier|config|setting|"
                              r"default|eligibility|eligible|"
                              # the same in the languages keys are written in ("edad_minima", "wiek_minimalny")
                              r"minima|minimo|mínima|mínimo|maxima|maximo|máxima|máximo|limite|límite|umbral|"
                              r"minimalny|maksymalny|próg|minimale|maximale)\b")


# An age over 89 spelled out: "ninety-one", "ninety six", "one hundred and two", "a hundred".
_SPELLED_AGE = (r"(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
                r"(?:one |a )?hundred(?: and)?(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                r"twelve))?)")
# An age said of a person without "years": after a copula or a first-person "I'm", "turned"/"reached",
# and the Spanish "(de) 91 años": "she's ninety-one", "I'm 91", "reached 101", "de 91 años".
_AGE_SAID = lazy_compile(r"(?:\b(?:he|she)(?:'s|’s| is)|\bi(?:'m|’m| am)|\bis now|\bwho is|\bwho's|\bturned|\bturns|"
                       r"\bturning|\bpatient is|\bpt is|\bresident is|\bcaller is)(?: (?:now|already|almost|nearly))? "
                       r"(9\d|1[01]\d|" + _SPELLED_AGE + r")"
                       r"(?!\w|[-.,]\d|\s?(?:%|percent|°|degrees?|mg|kg|lbs?|pounds|minutes|mins?|seconds|hours?|"
                       r"days|weeks|months|miles|km|dollars|cents|points|beats|bpm|mmhg|units|tablets|times|"
                       r"calls|messages|patients|callers|members|on the|in line|percent|th\b|st\b|nd\b|rd\b))"
                       r"|(?<![\w.,])(?<!hace )(?<!durante )(9\d|1[01]\d) años\b"
                       # Haitian Creole: "Granmoun nan gen 94 an" (the elder is 94)
                       r"|\bgen (9\d|1[01]\d) an\b"
                       # Turkish: "94 yaşındaki Hatice teyze"
                       r"|(?<![\w.,])(9\d|1[01]\d) yaşında"
                       # Tamil: "94 வயசு"
                       r"|(?<![\w.,])(9\d|1[01]\d) (?:வயசு|வயது)")
# Ages said in more languages, searched only when their age word is in the text: Vietnamese ("cụ Khiêm
# (97 tuổi)"); French, Portuguese, German, Polish, Russian after the verb that gives a person an age
# ("a 92 ans", "tem 91 anos"; not "il y a 95 ans", a time).
_AGE_WORD_AFTER = lazy_compile(r"(?<![\w.,])(9\d|1[01]\d) tuổi"
                               # Romanian: "are 94 de ani" (has 94 years)
                               r"|\bare (9\d|1[01]\d) de ani\b"
                               r"|(?:(?<!\by )\ba|\btem|\bist|\bma|\bему|\bей|\bмне) (9\d|1[01]\d) "
                               r"(?:ans|anos|jahre|lat|lata|лет|года)\b")
_AGE_WORDS = (" tuổi", " ans", " anos", " jahre", " lat", " лет", " года", " de ani")
# An age over 89 spelled out in Spanish, Portuguese, Italian, German, French, Polish or Russian, after a
# verb that gives a person's age and before the word for years: "tiene noventa y dos años", "tem noventa
# e um anos", "ha novantadue anni", "ist dreiundneunzig Jahre", "a quatre-vingt-douze ans", "ma
# dziewięćdziesiąt siedem lat", "ей девяносто один год".
# ... unless an institution has that age: "La clínica cumple noventa años de servicio".
_INSTITUTION_ABROAD = lazy_compile(r"\b(?:clínica|clinica|hospital|iglesia|igreja|parroquia|paróquia|empresa|escuela|"
                                   r"escola|klinika|parafia|kościół|szpital|firma|klinik|kirche|praxis|clinique|"
                                   r"église|entreprise|école|chiesa|scuola|azienda|клиника|церковь|больница|компания)"
                                   r"\b[^.!?\n]*$")
_SPELLED_AGE_ABROAD = lazy_compile(
    r"\b(?:tiene|tenía|cumple|cumplió|cumplirá|tem|tinha|fez|faz|completa|completou|ha|aveva|compie|ist|wird|wurde|"
    r"a|avait|aura|ma|miała|miał|skończyła|skończył|skończy|ей|ему|исполнилось) "
    r"(noventa(?: y| e) \w+|noventa|novanta\w*|\w*neunzig|"
    r"quatre-vingt-(?:dix|onze|douze|treize|quatorze|quinze|seize)(?:-\w+)?|"
    r"dziewięćdziesi\w+(?: \w+)?|девяносто(?: \w+)?) (?:años|anos|anni|jahre|ans|lat|lata|лет|года|год)\b")
_SPELLED_AGE_VALUE = lazy_compile(_SPELLED_AGE)
_SPELLED_YEARS_OLD = lazy_compile(r"\b(" + _SPELLED_AGE + r")[- ](?:years?|yrs?)[- ]old\b")
# An age right after a person's name, set off by a comma or a parenthesis, with nothing after it that
# makes it a quantity, an address or a room: "Ezekiel Hargrove, 96, 418 Birchwood Lane", "Mr. Oduya (102)",
# "Hollis, 93 – weekly check", "I'm Devika, 94, my granddaughter ...".
_AGE_AFTER_NAME = lazy_compile(r"(?:,|,? \()\s?(9\d|1[01]\d|" + _SPELLED_AGE + r")"
                             r"(?=\s?(?:[,;:)]|[–—]|- |\.(?:\s|$)|$|\n| and\b| y\b| years\b| yrs\b| yo\b| años\b))")
# A person's name, then an age reached: "Patient Celia Moreau reached 101 last spring".
_NAME_REACHED_AGE = lazy_compile(r" (?:reached|has reached|will reach|will be|will turn|is turning) (?:age )?"
                               r"(9\d|1[01]\d|" + _SPELLED_AGE + r")"
                               r"(?=\s?(?:[,;:)!]|\.(?:\s|$)|$| (?:last|this|next|on|in|today|yesterday|tomorrow)\b))")
_ROOM_LIST = lazy_compile(r"\b(?:rooms?|rm|beds?|suites?|units?|apt|apartment|ext|extension|table|seat|locker|"
                        r"chair|bay|slot|pod|station)\b")
# "95 years ago", "95 years of service": a span of time, not a person's age.
_AGE_NOT_PERSON_AFTER = lazy_compile(r"\s?-?\s?(?:years?|yrs?) (?:ago|of (?:service|experience|history|practice|care|"
                                   r"caring|serving)|in business|earlier|later|from now|since)\b")
# A thing, not a person, whose age it is: "our oldest building is 95 years old", "the practice turns 100".
_AGE_OF_A_THING = lazy_compile(
    r"\b(?:building|house|clinic|hospital|practice|church|bridge|tree|oak|company|firm|organi[sz]ation|institution|"
    r"school|campus|wing|structure|facility|program|programme|society|charter|pharmacy|tradition|foundation|"
    r"brand|business|machine|piano|car|truck|boat|ship|mill|barn|station|lighthouse|center|centre|town|city|"
    r"county|newspaper|hotel|theat(?:er|re)|museum|library|chapel|temple|mosque|synagogue|parish|cemetery|"
    r"hall|store|shop|bakery|clock|organ|bell|statue|mural|house call program|department|agency)s?"
    r"(?: (?!(?:patient|resident|member|caller|client|veteran|volunteer|donor|parishioner|customer)s?\b)"
    r"[\w'’-]{1,20}){0,2} (?:is|was|turns|turned|will be|will turn|is turning|just turned|celebrates|is now)"
    r"(?: (?:now|nearly|almost|over|about|already|officially))? $")
# A relative's age in the past: "Her mother was 97 when she died", "his father turned 100 in May".
_KIN_WAS_AGE = lazy_compile(r"\b(?:mother|father|mom|dad|grandmother|grandfather|grandma|grandpa|wife|husband|aunt|"
                          r"uncle|sister|brother|widow|widower) (?:was|is|is now|turned|had turned|would have been) "
                          r"(9\d|1[01]\d)(?!\w|\.\d|,\d|\s?[%°]|\s?(?:percent|degrees?|mg|kg|lbs?|pounds|minutes|hours?|"
                          r"days|weeks|months|miles|dollars|points|times)\b)")
# A relative or a role before a parenthesised age: "his mother (91, moderate Alzheimer's)".
_AGE_AFTER_KIN = lazy_compile(r"\b(?:mother|father|mom|dad|grandmother|grandfather|grandma|grandpa|wife|husband|aunt|"
                            r"uncle|patient|resident|caller|client|member|veteran|widow|widower) \((9\d|1[01]\d)"
                            r"(?=[,;)])")


# A place a person is in: "Harriet in the Maple wing turns 101" is Harriet's age, not the wing's.
_IN_A_PLACE = lazy_compile(r"\b(?:in|at|on|from|of|near|by|to|inside|across|behind)(?: (?:the|our|this|that|a))?"
                         r"(?: [\w'’-]{1,20}){0,2} $")


def _thing_age(before: str) -> bool:
    """The age said just after `before` is a thing's ("our oldest building is 95 years old")."""
    m = _AGE_OF_A_THING.search(before)
    return m is not None and _IN_A_PLACE.search(before, 0, m.start()) is None


def _age_said_from(low: str) -> int:
    """No _AGE_SAID match starts before this. A match's age is a number after a space, "ninety",
    "(one |a )hundred" or a number before " años"; its cue and adverb ("resident is already ") take
    at most 20 characters before that. finditer from here (looks behind still see the text before)
    walks the same matches as from 0."""
    first = len(low)
    for stem, back in ((" 9", 0), (" 10", 0), (" 11", 0), ("ninety", 0), ("hundred", 4), (" años", 3),
                       (" yaşında", 3), (" வய", 3)):
        i = low.find(stem, 0, first + len(stem))  # an occurrence starting before `first`
        if 0 <= i < first + back:
            first = i - back
    return max(0, first - 24)


def _said_ages(s: Scan, low: str) -> list[tuple[int, int]]:
    """Ages said without "years" (spelled or in digits) and ages set off right after a person's name."""
    out: list[tuple[int, int]] = []
    spelled = "ninety" in low or "hundred" in low
    # every pattern puts a space or "(" right before a number age
    spaced = " 9" in low or " 10" in low or " 11" in low
    if not low.isascii() or " ans" in low or " anos" in low or " jahre" in low or " lat" in low or " de ani" in low:
        if any(w in low for w in _AGE_WORDS):
            out.extend(m.span(m.lastindex or 1) for m in _AGE_WORD_AFTER.finditer(low))
    if spelled or spaced:
        for m in _AGE_SAID.finditer(low, _age_said_from(low)):
            out.append(m.span(m.lastindex or 1))
        if spelled and "old" in low:
            out.extend(m.span(1) for m in _SPELLED_YEARS_OLD.finditer(low))
    if "(9" in low or "(10" in low or "(11" in low:
        out.extend(m.span(1) for m in _AGE_AFTER_KIN.finditer(low))
    if s.name_spans and (spelled or spaced or "(9" in low or "(10" in low or "(11" in low):
        for name_start, name_end in s.name_spans:
            age = _AGE_AFTER_NAME.match(low, name_end)
            if age and _ROOM_LIST.search(low, max(0, name_start - 15), name_start):
                continue  # "Room list: Mrs. Hale, 101; Mr. Oduya, 102": room numbers, not ages
            age = age or _NAME_REACHED_AGE.match(low, name_end)
            if age:
                out.append(age.span(1))
    return out


# "age" in a key, and the word in the languages keys are written in ("wiek_seniora", "edad_paciente").
_AGE_KEY_WORDS = frozenset({"age", "edad", "idade", "âge", "wiek", "возраст", "età", "yaş", "tuổi", "leeftijd"})


def recognize_age(s: Scan) -> list[PhiHit]:
    t = s.text
    low = s.lower
    # Every age and an age key's value hold 9x, 10x or 11x, or a spelled "ninety"/"hundred".
    spelled = "ninety" in low or "hundred" in low
    cjk_age = not t.isascii() and ("歲" in t or "岁" in t or "세" in t)
    spelled_abroad = ("noventa" in low or "novanta" in low or "neunzig" in low or "quatre-vingt-" in low
                      or "dziewięćdziesi" in low or "девяносто" in low)
    if not spelled and not cjk_age and not spelled_abroad and (
            not s.has_digit or not ("9" in t or "10" in t or "11" in t)):
        return []
    hits: list[PhiHit] = []
    # The patterns need "y", "age" or "turn" in the text. (The old gate asked s.mentions(("y",
    # "age", "turn")), which also looks at the key: true whenever these are in the text, and
    # whenever the age-key branch below can fire, its key holding "age".)
    if "age" in low or "turn" in low:
        spans = _age_numbers(low)
    elif "y" in low:
        # The usual case: only the number-first pattern can match, and its finditer is the old one.
        spans = [m.span(1) for m in _AGE_NUMBER_FIRST.finditer(low)]
    else:
        spans = []
    # (both copula forms put a space right before the age)
    if (" 9" in low or " 10" in low or " 11" in low) and (
            " is " in low or "'s " in low or "’s " in low or "tiene" in low or "who's" in low):
        spans = sorted({*spans, *(m.span(1) for m in _AGE_IS.finditer(low))})
        if "oldest" in low or " and " in low or " is 9" in low or " is 1" in low:
            spans = sorted({*spans, *(m.span(m.lastindex or 1) for m in _PERSON_AGE_PHRASE.finditer(low))})
        for _, name_end in s.name_spans:
            m = _NAME_IS_AGE.match(low, name_end)
            if m and m.span(1) not in spans:
                spans.append(m.span(1))
    if (" was " in low or " is " in low or " turned " in low or " been " in low) and (
            " 9" in low or " 10" in low or " 11" in low):
        spans = sorted({*spans, *(m.span(1) for m in _KIN_WAS_AGE.finditer(low))})
    if ", 9" in low or ", 10" in low or ", 11" in low:
        spans = sorted({*spans, *(m.span(1) for m in _APPOSED_AGE.finditer(low))})
    if cjk_age:
        spans = sorted({*spans, *(m.span() for m in _CJK_AGE_RE.finditer(t))})  # "九十一歲", "一百零二歲", "94岁"
    if spelled_abroad:  # "tiene noventa y dos años", "ma dziewięćdziesiąt siedem lat"
        spans = sorted({*spans, *(m.span(1) for m in _SPELLED_AGE_ABROAD.finditer(low)
                                  if not _INSTITUTION_ABROAD.search(low, max(0, m.start() - 40), m.start()))})
    extra = _said_ages(s, low)
    if extra:
        spans = sorted({*spans, *extra})
    for start, end in spans:
        if (_AGE_GROUP_AFTER.match(low[end : end + 12]) or _AGE_GROUP_BEFORE.search(s.before(start, 30))
                or _AGE_NOT_PERSON_AFTER.match(low, end) or _thing_age(s.before(start, 80))):
            continue
        hits.append(PhiHit(start, end, "AGE", "age", 0.8, "age over 89 stated for an individual"))
    value = t.strip()
    age_key = bool(s.key_text) and not _AGE_KEY_WORDS.isdisjoint(s.key_words)
    if spelled and age_key and _SPELLED_AGE_VALUE.fullmatch(value.lower()) and (
            _AGE_SETTING_KEY.search(s.key_text) is None):
        st = t.index(value)  # "resident_age": "one hundred and one"
        hits.append(PhiHit(st, st + len(value), "AGE", "age", 0.85, "age over 89 under an age key"))
    # isdecimal, not isdigit: int() rejects superscripts ("99²") and, past 4,300 digits, any
    # number; an age has at most three digits anyway.
    if (age_key and value.isdecimal() and len(value) <= 3
            and _AGE_SETTING_KEY.search(s.key_text) is None):
        v = int(value)
        if 89 < v < 130:
            st = t.index(value)
            hits.append(PhiHit(st, st + len(value), "AGE", "age", 0.85, "age over 89 under an age key"))
    return hits
