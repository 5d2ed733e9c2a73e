"""Names written in scripts without capital letters: Gurmukhi and Devanagari (Punjabi, Hindi,
Nepali), Arabic (Arabic, Urdu, Farsi, Pashto, Sorani), Ethiopic (Amharic, Tigrinya), Bengali, Thai,
Khmer, Georgian, Tamil, Malayalam, Kannada, Telugu, Gujarati, Hebrew and Burmese; and Armenian,
whose capitals the main pass does not read.

The name recognizer's main evidence is a capitalised word; these scripts have none, so a name is
found only by what stands around it: a self-introduction ("ਮੇਰਾ ਨਾਮ ... ਹੈ", "اسمي ...", "ስሜ ...
ነው"), a patient, test-data, relative or honorific cue before it ("المريضة ...", "بيانات الاختبار: ...",
"السيد ...", "خانم ...", "ወ/ሮ ...", "מרת ...", "די מאמע פון ..."), a caller verb ("إذا اتصلت ...", "...
फोन करे"), or the Sikh name words Singh and Kaur that nearly every Sikh name carries. A doctor's
title before the name marks staff.
"""

from __future__ import annotations

import re

from compliance_lint.phi.context import Scan
from compliance_lint.phi.hits import PhiHit
from compliance_lint.phi.lexicon import word_list
from compliance_lint.phi.patterns import lazy_compile
from compliance_lint.phi.recognizers.turns import in_caller_turn
from compliance_lint.phi.spans import HitList

_GURMUKHI = "\u0a00-\u0a7f"
_DEVANAGARI = "\u0900-\u097f"
# Arabic letters and vowel marks, not its comma, semicolon, question mark, full stop or digits.
_ARABIC = "\u0621-\u065f\u0670-\u06d3\u06d5\u06ee-\u06ff\u0750-\u077f"
_ETHIOPIC = "\u1200-\u137f"
_BENGALI = "\u0980-\u09ff"
_THAI = "\u0e00-\u0e7f"
_KHMER = "\u1780-\u17d3"  # (not its punctuation: "។" ends a sentence)
_GEORGIAN = "\u10a0-\u10ff"
_TAMIL = "\u0b80-\u0bff"
_MALAYALAM = "\u0d00-\u0d7f"
_KANNADA = "\u0c80-\u0cff"
_TELUGU = "\u0c00-\u0c7f"
_GUJARATI = "\u0a80-\u0aff"
_HEBREW = "\u05d0-\u05ea\u05f0-\u05f2"
_MYANMAR = "\u1000-\u1049\u1050-\u109f"  # (not its punctuation "၊" "။")
_CHEROKEE = "\u13a0-\u13f5\uab70-\uabbf"
_LAO = "\u0e81-\u0ecd\u0edc-\u0edf"  # (not its digits)
_LETTERS = (_GURMUKHI + _DEVANAGARI + _ARABIC + _ETHIOPIC + _BENGALI + _THAI + _KHMER + _GEORGIAN + _TAMIL + _MALAYALAM
            + _KANNADA + _TELUGU + _GUJARATI + _HEBREW + _MYANMAR + _CHEROKEE + _LAO)
# Armenian has capitals: a name word is a capital and lower-case letters.
_ARMENIAN_WORD = "[\u0531-\u0556][\u0561-\u0587]+"
# Some character of one of these scripts: the gate for the whole pass.
SCRIPT_HINT = lazy_compile(f"[{_LETTERS}\\u0531-\\u0587]")

# Singh or Kaur after a given name, and the surname after them unless it is a common word:
# "ਹਰਜੀਤ ਸਿੰਘ ਗਰੇਵਾਲ", "ਗੁਰਮੀਤ ਕੌਰ ਸੰਧੂ", "हरप्रीत कौर".
_SIKH_NAME = lazy_compile(rf"(?<![{_GURMUKHI}{_DEVANAGARI}])[{_GURMUKHI}{_DEVANAGARI}]+ "
                          rf"(ਸਿੰਘ|ਕੌਰ|सिंह|कौर)(?: ([{_GURMUKHI}{_DEVANAGARI}]+))?")
# Words that follow a name in a sentence, not a surname: is, to, of, with, phone, call, and, or.
_NOT_SURNAME = frozenset(word_list("""ਹੈ ਹਨ ਸੀ ਨੇ ਨੂੰ ਦਾ ਦੀ ਦੇ ਜੀ ਫ਼ੋਨ ਫੋਨ ਨਾਲ ਤੋਂ ਕਰੇ ਕਰਦਾ ਕਰਦੀ ਵੀ ਅਤੇ ਜਾਂ ਲਈ
    है हैं था थी ने को का की के जी फोन फ़ोन से और या लिए हो छ"""))
# "Dr." in Gurmukhi and Devanagari: the name after it is a provider's.
_DOCTOR_BEFORE = lazy_compile(r"(?:ਡਾ\.?|ਡਾਕਟਰ|डॉ\.?|डा\.|डॉक्टर|الدكتور|الدكتورة|د\.|ዶ/ር|ዶክተር)\s?$")

# A self-introduction in these languages, then up to three name words before the copula or
# punctuation: Punjabi "ਮੇਰਾ ਨਾਮ ... ਹੈ", Hindi "मेरा नाम ... है", Nepali "मेरो नाम ... हो",
# Arabic "اسمي ...", Amharic "ስሜ ... ነው", Tigrinya "ስመይ ... እዩ".
_SELF_INTRO = lazy_compile(
    # (Thai "ดิฉันชื่อ/ผมชื่อ" (my name is), Khmer "ខ្ញុំឈ្មោះ", Georgian "მე ვარ" (I am), "ჩემი სახელია")
    rf"(?:ਮੇਰਾ ਨਾਮ|ਮੇਰਾ ਨਾਂ|मेरा नाम|मेरो नाम|اسمي|ስሜ|ስመይ|আমার নাম|ดิฉันชื่อ|ฉันชื่อ|ผมชื่อ|หนูชื่อ|"
    rf"ខ្ញុំឈ្មោះ|მე ვარ|ჩემი სახელია|"
    # Lao "ຂ້ອຍຊື່" (my name is)
    rf"ຂ້ອຍຊື່|ຂ້ານ້ອຍຊື່|"
    # Levantine and Gulf Arabic "أنا جورج عطية" (I am ...), only in the caller's turn (below)
    rf"(?<![{_ARABIC}])أنا|(?<![{_ARABIC}])انا|"
    # Malayalam, Kannada, Telugu, Gujarati, Urdu, Pashto, Sorani Kurdish, Hebrew, Burmese "my name is"
    rf"എന്റെ പേര്|ನನ್ನ ಹೆಸರು|నా పేరు|મારું નામ|میرا نام|زما نوم|ناوم|ناوی من|שמי|קוראים לי|"
    rf"ကျွန်တော့်နာမည်|ကျွန်မနာမည်|ကျွန်မ နာမည်|ကျွန်တော့် နာမည်|"
    # Burmese "I am" with the name's honorific: "ကျွန်မ ဒေါ်စန်းစန်းဝင်း ပါ"
    rf"ကျွန်မ (?=ဒေါ်|ဦး)|ကျွန်တော် (?=ဒေါ်|ဦး))\s?[:：]?\s?"
    rf"([{_LETTERS}]+(?: [{_LETTERS}]+){{0,2}}?)"
    r"(?= (?:ਹੈ|है|हो|ነው|እዩ|ይባላል|ይበሃል|ค่ะ|ครับ|คะ|นะ|ខ្ញុំ|ആണ്|ಆಗಿದೆ|છે|ہے|دی|است|ပါ)|[,،.।።፣!?\n។၊။'\"]|$)"
    # Farsi "من فریبا هستم" and Armenian "ես Անահիտ Թադևոսյանն եմ" (I am ...)
    rf"|(?<![{_ARABIC}])من ([{_ARABIC}]+(?: [{_ARABIC}]+)?) هستم"
    # Tigrinya "ኣነ ዓወት ሃይለ እየ" (I am ...)
    rf"|(?<![{_ETHIOPIC}])ኣነ ([{_ETHIOPIC}]+(?: [{_ETHIOPIC}]+)?) እየ"
    # Dari "نام من شکیلا نوری است" (my name is ...), Pashto "زه ګلالۍ احمدزۍ یم" (I am ...)
    rf"|نام من ([{_ARABIC}]+(?: [{_ARABIC}]+)?) است|(?<![{_ARABIC}])زه ([{_ARABIC}]+(?: [{_ARABIC}]+)?) یم"
    rf"|(?<![\u0531-\u0587])ես ({_ARMENIAN_WORD}(?: {_ARMENIAN_WORD})?) եմ")
# What follows "I am" that is no name: sick, worried, a mother ("من بیمار هستم", "ես հիվանդ եմ" has no capital).
_NOT_SELF_NAME = frozenset(word_list("""بیمار مریض خوب نگران خسته مادر پدر همسر دختر پسر اینجا
    مريض مريضة تعبان تعبانة قلقان قلقانة خايف خايفة بخير هنا والدة أم أب ابن ابنة زوجة زوج عم متصل متصلة"""))


# Relatives' words before a name (mother, father, wife, husband; the longer first): cues, and no name.
_ARABIC_RELATIVES = ("والدة", "والد", "زوجة", "زوج", "ابنة",
                     # Farsi, with the ezafe: "مادرِ آرمان صابری هستم" (I am Arman Saberi's mother)
                     "مادرِ", "پدرِ", "همسرِ", "دخترِ", "پسرِ")
# An Arabic patient, test-data or honorific cue, or a caller verb, then a name of two words:
# "المريضة سعاد حمود", "بيانات الاختبار: سعاد حمود،", "إذا اتصلت فاطمة الموسوي بخصوص ...".
_ARABIC_CUED = lazy_compile(
    rf"(?:مريض للاختبار|مريضة للاختبار|مريض تجريبي|مريضة تجريبية|"  # a test patient
    rf"المريضة|المريضه|المريض|السيدة|السيد|الحاجة|الحاج|اسم المريضة|اسم المريض|بيانات الاختبار|"
    # Urdu "مریضہ کا نام نسرین اختر" (the patient's name is ...), Pashto "ناروغ شاه ولي خان" (patient ...)
    rf"مریضہ کا نام|مریض کا نام|(?<![{_ARABIC}])ناروغ|"
    # (a child named: "والدة الطفل يوسف الحداد", the mother of the child Yousef al-Haddad)
    rf"اتصلت|اتصل|(?<![{_ARABIC}])الطفلة|(?<![{_ARABIC}])الطفل|"
    # a relative of the person named: "المتصلة هي والدة مينا وهبة" (the caller is the mother of ...)
    + "|".join(f"(?<![{_ARABIC}]){w}" for w in _ARABIC_RELATIVES) + ")"
    rf"\s?[:：]?\s([{_ARABIC}]{{2,}}) ([{_ARABIC}]{{2,}})")
# Words that are no name after those cues: who calls ("the patient", "someone", "the mother") and
# the prepositions and particles a sentence goes on with.
_ARABIC_NOT_NAME = frozenset(word_list("""المريض المريضة المريضه أحد احد شخص المتصل المتصلة الأم الأب أي مريض
    مريضة ولي بخصوص عن من في على إلى الى ل و أو أن ان لا قد هل مع بعد قبل عند حول اليوم غدا مرة الرقم رقم
    العيادة الصيدلية المستشفى الطبيب الدكتور الدكتورة بصيغة يوم شهر سنة مثلا مثلاً
    ابن ابنة""")) | frozenset(_ARABIC_RELATIVES)
# A relative's word before "the child": read on from "the child", itself a cue ("والدة الطفل يوسف الحداد";
# "اسأل والد الطفل عن ..." names no one).
_ARABIC_CHILD = frozenset({"الطفل", "الطفلة"})


# A Bengali patient cue, then a name of two words: "পরীক্ষার জন্য রোগী: রাহেলা খাতুন" (test patient: ...).
_BENGALI_CUED = lazy_compile(rf"(?:রোগী|রোগীর নাম|রোগিণী)\s?[:：]\s?([{_BENGALI}]{{2,}}) ([{_BENGALI}]{{2,}})")
# A Nepali or Hindi patient cue, then a name of two or three words: "बिरामी हरि प्रसाद खतिवडा" (patient ...).
_DEVANAGARI_CUED = lazy_compile(rf"(?<![{_DEVANAGARI}])(?:बिरामी|मरीज़|मरीज|रोगी)\s?[:：]?\s"
                                rf"([{_DEVANAGARI}]{{2,}}(?: [{_DEVANAGARI}]{{2,}}){{1,2}})")
# Words that go on a sentence after the cue, not a name: postpositions, "is", "phone", "call", "and", "or".
_DEVANAGARI_NOT_NAME = frozenset(word_list("""को का की के ले लाई हो है छ र वा फोन कल गर्नुहोस् गर्नु और या से
    लागि सँग मा में पर"""))
# Words that go on an instruction after the cue, not a name: wait, do, come, phone, please, for, our, your, now.
_BENGALI_NOT_NAME = frozenset(word_list("অপেক্ষা করুন আসুন ফোন দয়া দয়া জন্য আমাদের আপনার এখন কল"))
# Urdu "اگر صائمہ بیگم کال کریں" (if Saima Begum calls) and Hindi "मैं सुरेखा पाटणकर बोल रही हूँ" (this is
# Surekha Patankar speaking): the name between the cue and the verb.
_CALLS_OR_SPEAKING = lazy_compile(rf"اگر ([{_ARABIC}]+(?: [{_ARABIC}]+)?) (?:کال|فون)"
                                  # Arabic: "فاطمة عودة بتتصل كل أسبوع" (Fatima Odeh calls every week); the
                                  # given name without the article ("المريضة الجديدة بتتصل": the new patient)
                                  rf"|(?<![{_ARABIC}])((?!ال)[{_ARABIC}]{{2,}} [{_ARABIC}]{{2,}}) "
                                  rf"(?:بتتصل|بيتصل|رح تتصل|رح يتصل)(?![{_ARABIC}])"
                                  rf"|मैं ([{_DEVANAGARI}]+(?: [{_DEVANAGARI}]+)?) बोल"
                                  # Tamil: a name and a kin title of age, "கமலா பாட்டி" (grandma Kamala)
                                  rf"|(?<![{_TAMIL}])([{_TAMIL}]+) (?:பாட்டி|தாத்தா)"
                                  # Armenian: "Սիրանուշ Ավետիսյան անունով հիվանդը" (the patient named ...)
                                  rf"|({_ARMENIAN_WORD} {_ARMENIAN_WORD}) անունով"
                                  # Burmese: a patient cue, then the name ("လူနာ နော်မူထူး၊")
                                  rf"|လူနာ ([{_MYANMAR}]+)(?=[၊။ ,]|$)"
                                  # Hindi: "सुनीता देवी शर्मा फोन करे तो ..." (if Sunita Devi Sharma phones)
                                  rf"|(?<![{_DEVANAGARI}])([{_DEVANAGARI}]+(?: [{_DEVANAGARI}]+){{1,2}}) "
                                  rf"(?:फोन|फ़ोन|कॉल) (?:करे|करें|करती|करता|करेगी|करेगा)"
                                  # Burmese: U or Daw and a name, then "phones" ("ဦးကျော်ဇင်ထွန်း ဖုန်းဆက်လျှင်")
                                  rf"|((?:ဦး|ဒေါ်)[{_MYANMAR}]{{2,}}) ဖုန်းဆက်")
# Honorifics before a name of two words, the honorific kept in the span (PHI_POLICY §6): Farsi/Dari
# "خانم ثریا نوری" and "آقای ...", Pashto "ښاغلی ..." and "مېرمن ...", Urdu "محترمہ ..." and "جناب ...",
# Amharic and Tigrinya "ወ/ሮ ..." (Mrs), "ወ/ሪት ..." (Miss), "አቶ/ኣቶ ..." (Mr), Hindi "श्रीमती ...".
_SCRIPT_HONORIFIC = lazy_compile(
    # (one word may be the whole name: "شماره تماس آقای کاظمی:", Mr. Kazemi's number)
    rf"(?<![{_ARABIC}])(?:خانم|آقای|ښاغلی|مېرمن|میرمن|محترمہ|محترم|جناب) ([{_ARABIC}]{{2,}})(?: ([{_ARABIC}]{{2,}}))?"
    rf"|(?<![{_ETHIOPIC}/])(?:ወ/ሮ|ወ/ሪት|ወ/ት|ወይዘሮ|ወይዘሪት|አቶ|ኣቶ) ([{_ETHIOPIC}]{{2,}})(?: ([{_ETHIOPIC}]{{2,}}))?"
    rf"|(?<![{_DEVANAGARI}])(?:श्रीमती|श्रीमान|सुश्री) ([{_DEVANAGARI}]{{2,}}) ([{_DEVANAGARI}]{{2,}})"
    # Khmer: grandmother, grandfather, Mrs. ("លោកយាយ ញឹម សារ៉ាត់")
    rf"|(?:លោកយាយ|លោកតា|អ្នកស្រី|លោកស្រី) ?([{_KHMER}]{{2,}}) ([{_KHMER}]{{2,}})"
    # Lao: Ms., Mr. ("ນາງ ວັນເພັງ ສີສຸພັນ", "ທ້າວ ຄຳພອນ")
    rf"|(?<![{_LAO}])(?:ນາງ|ທ້າວ) ([{_LAO}]{{2,}})(?: ([{_LAO}]{{2,}}))?")
# Yiddish and Hebrew: an honorific ("מרת ברך", Mrs. Brach) or a relative's word ("די מאמע פון חיה שרה",
# the mother of Chaya Sara), then one or two name words.
_HEBREW_CUED = lazy_compile(
    rf"(?<![{_HEBREW}])(?:(?P<hon>מרת|גברת|פרוי) |(?:די מאמע|דער טאטע|די טאכטער|דער זון|די ווייב|דער מאן|"
    rf"אמא|אבא|הבת|הבן|אשתו|בעלה) (?:פון|של) )([{_HEBREW}]{{2,}}(?: [{_HEBREW}]{{2,}})?)")
# A Hebrew name with the mother's name, as on a list of the sick to pray for: "אברהם יצחק בן שרה לאה"
# (Avraham Yitzchak son of Sarah Leah), "מרים בת חיה". (Not after the article ה: "הבן של ...".)
_HEBREW_CHILD_OF = lazy_compile(rf"(?<![{_HEBREW}])((?!ה)[{_HEBREW}]{{2,}}(?: [{_HEBREW}]{{2,}})?) (?:בן|בת) "
                                rf"([{_HEBREW}]{{2,}}(?: [{_HEBREW}]{{2,}})?)(?![{_HEBREW}])")
# ... on such a list: psalms, a full recovery, the sick, a room ("רשימת תהלים", "לרפואה שלמה", "חדר 214").
_SICK_LIST_CUE = lazy_compile(r"תהלים|רפואה|לרפואת|חולים|חדר|\b(?:tehillim|tehilim|refuah|refua|mi sheberach|"
                              r"daven|pray|prayer|room)\b")
# An English cue, then a name in one of these scripts: "caller says her name is ᎹᎵ ᏔᎳᏬᏍᎦ".
_ENGLISH_CUED = lazy_compile(rf"\b(?:name is|named|patient|caller)\s?:?\s"
                             rf"([{_LETTERS}]{{2,}}(?: [{_LETTERS}]{{2,}}){{0,2}})", re.IGNORECASE)
# Two words of one of these scripts in a record's file name, before the record's word:
# "ብርሃኑ_ተስፋዬ_insurance_card.png" (a label's "_" reads as a space).
_RECORD_FILE_NAME = lazy_compile(
    # (one person's documents only: not "intake", "form" or "guide", which a leaflet's title may precede)
    rf"(?<![{_LETTERS}])([{_LETTERS}]{{2,}} [{_LETTERS}]{{2,}})(?= (?:insurance|id|passport|licen[cs]e|dob|photo|"
    r"consent|xray|x-ray|mri|labs?|results?)\b"
    # Arabic: x-ray, labs, report, ID card, passport, insurance ("الحميري_عبدالرحمن_أشعة.pdf")
    r"| (?:أشعة|تحاليل|تحليل|تقرير|هوية|جواز|تأمين)(?![\u0621-\u064a])"
    # ... or a visit's paper with its date: "ចាន់ សុភា_intake_2026-03-02.pdf"
    r"| (?:intake|chart|referral|discharge|visit|notes?) \d)", re.IGNORECASE)
# What follows those honorifics that is no name: a doctor's or engineer's title, "ladies and
# gentlemen", the caller, the patient.
_NOT_AFTER_HONORIFIC = frozenset(word_list("""دکتر ډاکټر ڈاکٹر داکتر مهندس انجنیر و او اور بیمار مریض مریضہ ناروغ
    عزیز محترم گرامی ها را که است
    ዶ/ር ዶክተር ታካሚ ሕሙም डॉ डॉक्टर और"""))


def script_names(s: Scan, found: HitList) -> list[PhiHit]:
    """Names in Gurmukhi, Devanagari, Arabic or Ethiopic script, by the cues above."""
    text = s.text
    out = HitList()

    def add(start: int, end: int, why: str) -> None:
        if _DOCTOR_BEFORE.search(text, max(0, start - 12), start):
            return  # "ਡਾ. ਹਰਪ੍ਰੀਤ ਕੌਰ", "الدكتورة رانيا": a provider
        if found.overlaps(start, end) or out.overlaps(start, end):
            return
        out.append(PhiHit(start, end, "NAME", "name", 0.75, why))

    for m in _SELF_INTRO.finditer(text):
        g = m.lastindex or 1
        if m.group(g).split(" ", 1)[0] not in _NOT_SELF_NAME and in_caller_turn(s, m.start()):
            # (an Armenian surname carries the article before "եմ": "Թադևոսյանն" is "Թադևոսյան")
            end = m.end(g) - (m.group(g).endswith("յանն"))
            add(m.start(g), end, "a name given in a self-introduction")  # (elsewhere the agent introduces itself)
    for m in _CALLS_OR_SPEAKING.finditer(text):
        g = m.lastindex or 1
        add(m.start(g), m.end(g), "a name with a call or speaking verb")
    for m in _SCRIPT_HONORIFIC.finditer(text):
        g = next(i for i in (1, 3, 5, 7, 9) if m.group(i))  # the group of the first name word (pairs of groups)
        first, second = m.group(g), m.group(g + 1)
        if first not in _NOT_AFTER_HONORIFIC:
            one = second is None or second in _NOT_AFTER_HONORIFIC
            add(m.start(), m.end(g) if one else m.end(g + 1), "a name after an honorific")
    for m in _HEBREW_CUED.finditer(text):
        add(m.start() if m.group("hon") else m.start(2), m.end(2),
            "a Hebrew-script name after an honorific or a relative")
    # (" בן " or " בת " stands in every match: the cheap test first, the list's cue only then)
    child_of = (" בן " in text or " בת " in text) and _SICK_LIST_CUE.search(s.lower) is not None
    for m in _HEBREW_CHILD_OF.finditer(text) if child_of else ():
        add(m.start(1), m.end(2), "a Hebrew name with the mother's (son or daughter of)")
    for m in _ENGLISH_CUED.finditer(text):
        add(m.start(1), m.end(1), "a name in another script after an English name or patient cue")
    if s.field == "label":
        for m in _RECORD_FILE_NAME.finditer(text):
            add(m.start(1), m.end(1), "a name in a record's file name")
    for m in _SIKH_NAME.finditer(text):
        surname = m.group(2)
        add(m.start(), m.end(2) if surname and surname not in _NOT_SURNAME else m.end(1), "a Sikh name (Singh or Kaur)")
    for m in _DEVANAGARI_CUED.finditer(text):
        words = m.group(1).split()
        while words and words[-1] in _DEVANAGARI_NOT_NAME:
            words.pop()
        if len(words) >= 2 and words[0] not in _DEVANAGARI_NOT_NAME:
            add(m.start(1), m.start(1) + len(" ".join(words)), "a Nepali or Hindi name after a patient cue")
    for m in _BENGALI_CUED.finditer(text):
        if m.group(1) not in _BENGALI_NOT_NAME and m.group(2) not in _BENGALI_NOT_NAME:
            add(m.start(1), m.end(2), "a Bengali name after a patient cue")  # "রোগী: রাহেলা খাতুন"
    for m in _ARABIC_CUED.finditer(text):
        first, second = m.group(1), m.group(2)
        if first in _ARABIC_NOT_NAME or (first in _ARABIC_CHILD and text.startswith(_ARABIC_RELATIVES, m.start())):
            # the word after the cue may be a cue of its own: "إذا اتصلت والدة سلمى الحسيني" (if the
            # mother of Salma al-Husseini calls)
            m = _ARABIC_CUED.match(text, m.start(1))  # type: ignore[assignment]
            if m is None or m.group(1) in _ARABIC_NOT_NAME:
                continue
            first, second = m.group(1), m.group(2)
        end = m.end(1) if second in _ARABIC_NOT_NAME else m.end(2)
        add(m.start(1), end, "an Arabic name after a patient, test-data or caller cue")
    return out
