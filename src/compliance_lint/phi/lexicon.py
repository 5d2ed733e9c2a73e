"""Word lists the name and context logic consult, loaded once on first use.

The name lists are package data written for this project (see data/*.txt); the word lists below
are the capitalised words that config text is full of (sentence starters, product and clinic
words) and that must never be read as a person's name.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_DATA = Path(__file__).parent / "data"


def word_list(text: str) -> list[str]:
    return text.split()


def _load(name: str) -> frozenset[str]:
    words: set[str] = set()
    for line in (_DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            words.update(line.split())
    return frozenset(words)


# Name particles ("de", "van der") come in through multi-word entries; alone they are not names.
_PARTICLES = frozenset(word_list("de del della der den da di do dos das du la le los las van von ten ter y al el bin"))


@cache
def first_names() -> frozenset[str]:
    names = _load("first_names.txt") | _load("census_first_names.txt")
    return names - NAME_LIKE_WORDS - _PARTICLES - INSTITUTION_WORDS


@cache
def surnames() -> frozenset[str]:
    names = _load("surnames.txt") | _load("census_surnames.txt")
    return names - NAME_LIKE_WORDS - _PARTICLES - INSTITUTION_WORDS


@cache
def rare_surnames() -> frozenset[str]:
    """Rarer census surnames (see tools/make_census_names.py), for record file names only."""
    return _load("census_surnames_rare.txt") - NAME_LIKE_WORDS - _PARTICLES - INSTITUTION_WORDS


@cache
def label_names() -> frozenset[str]:
    """2020 census names the other lists lack (see tools/make_census2020_names.py), for labels only."""
    return _load("census2020_label_names.txt") - NAME_LIKE_WORDS - _PARTICLES - INSTITUTION_WORDS


@cache
def product_names() -> frozenset[str]:
    """Brand names of medicines, vaccines and devices (data/product_names.txt), lower case."""
    return _load("product_names.txt")


@cache
def english_words() -> frozenset[str]:
    """Lower-case English words (SCOWL via Debian's wamerican; see data/english_words.LICENSE)."""
    return _load("english_words.txt")


# Given names and surnames that are also ordinary English words; they count as a name only next to
# another name token or an honorific, never alone (`grace_period`, `Will you confirm`, `Mark as done`).
NAME_LIKE_WORDS = frozenset(
    word_list(
        """
        will mark bill hope faith joy rose may june april august summer dawn art pat sue rich chase drew
        lane max ray sky star gene frank jack page grant hunter mason cook baker young white black green
        brown gray grey hill wood woods stone rice price bell little king rose long hunt banks ford lawrence
        miles love early cole reed park young penny ivy lily daisy iris ruby amber jade crystal destiny
        precious justice harmony honor patience prudence grace glen dean guy son van do le
        chan lim tan he ma oh so an ye lo hu ng
        sally pearl viola myrtle patsy brandy misty sandy melody flora patty ginger fern candy charity autumn
        dolly savannah cherry phoebe fanny kitty sierra belle raven sunny troy tom derrick lance ken nick homer
        matt josh clay heath rocky chuck jasper curt buddy rod cliff rusty basil eddy hank
        jan jun sept nov min sun
        blessing favour gift
        willow juniper briar meadow clover poppy ember winter scout serenity temperance
        trinity
        """
    )
)

# Capitalised words that start sentences or name things in prompts; never a person's name.
COMMON_WORDS = frozenset(
    word_list(
        """
        a about above after again against all also always am an and any are as ask at be because been before
        being below between both but by can cannot could did do does doing done down during each else ever
        every few for from further had has have having he her here hers him his how i if in into is it its
        just let like may me might more most must my never no nor not now of off on once only or other our
        ours out over own please same she should so some such than thank thanks that the their them then
        there these they this those through to too under until up very was we were what when where which
        while who whom why will with would yes yet you your yours okay ok hello hi hey good morning
        afternoon evening goodbye bye sorry sure great welcome note important remember first second third
        next last new today tomorrow yesterday tonight monday tuesday wednesday thursday friday saturday
        sunday january february march april june july august september october november december mon tue wed
        thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec patient patients caller callers
        member members client customer user agent assistant bot ai virtual receptionist scheduler scheduling
        nurse doctor dr provider physician staff team office clinic clinics hospital health healthcare
        medical medicine care center centre pharmacy lab labs department family practice group associates
        partners services service plan plans insurance network urgent emergency primary specialty dental
        dentistry vision eye pediatrics pediatric cardiology oncology dermatology orthopedics radiology
        therapy physical behavioral mental wellness hospice home rehab rehabilitation surgery surgical
        imaging diagnostics dialysis university college school institute foundation memorial general
        regional community county city state national north south east west northern southern eastern
        western central valley river riverside lakeside hillside park mount saint st sacred heart mercy good
        samaritan kaiser medicare medicaid blue cross shield aetna cigna humana united tricare street avenue
        road lane drive court boulevard way place suite floor building unit room call calls phone fax email
        text message voicemail sms website portal app online chat appointment appointments visit visits
        refill refills prescription prescriptions referral billing payment payments account accounts balance
        invoice claim claims record records chart name names date dates birth dob ssn mrn id number numbers
        address zip code step steps rule rules task tasks goal goals tone style role context instructions
        guidelines identity personality greeting closing escalation transfer hold verify verification
        confirm collect ask tell say use do don dont never always only if else otherwise example examples
        sample format test testing demo template default none null true false english spanish french german
        chinese vietnamese korean tagalog arabic russian portuguese america american usa us u.s united
        states canada mexico hipaa phi pii baa gdpr api url json yaml sip vapi elevenlabs openai gpt claude
        gemini twilio epic cerner athena athenahealth mychart zoom google microsoft outlook covid flu
        influenza diabetes asthma copd hypertension cancer hepatitis hiv mr mrs ms miss mx sir madam
        """
    )
)

# Words that turn a capitalised run into an organisation or place, not a person.
ORG_WORDS = frozenset(
    word_list(
        """
        clinic clinics hospital hospitals health healthcare medical medicine center centre centers pharmacy
        collective cooperative coalition
        pharmacies lab labs laboratory laboratories group associates partners practice foundation institute
        university college school inc llc ltd corp co company corporation services network plan insurance
        dental dentistry orthopedics pediatrics cardiology oncology dermatology radiology imaging surgery
        surgical urgent care hospice rehab rehabilitation wellness memorial regional community county city
        street st avenue ave road rd lane ln drive boulevard blvd way court ct place pl parkway highway
        trail park square plaza mall tower building campus wing floor suite unit hall library church bank
        orchestra band records film films magazine gazette times news press club society
        counties parishes cities towns townships districts regions campuses branches offices sites
        pkwy hwy ste cir ter trl tpke turnpike bypass casa children's store stores bridge landing junction
        fwy freeway expy expressway marketplace derm advantage
        crossing
        locations neighborhoods suburbs
        therapy therapies sleep endo endocrinology neurology psychiatry pulmonology gastroenterology
        urology nephrology podiatry optometry ophthalmology audiology chiropractic physiotherapy
        counseling behavioral infusion vascular vein allergy ent obgyn gynecology obstetrics midwifery
        fertility hearing vision eye skin spine sports dialysis
        clínica clinica centro consultorio farmacia laboratorio instituto sanatorio policlínica
        policlinica praxis klinik krankenhaus clinique hôpital hopital ospedale phòng khám
        klinika klínika kliniek ziekenhuis zaal
        """
    )
)

# Honorifics that are included in a NAME span (PHI_POLICY §6).
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "mister", "señor", "señora", "señorita", "sra", "sr", "srta",
                        "mme", "mlle", "madame", "monsieur", "herr", "frau", "signora", "signor", "senhora", "senhor",
                        "madan", "msye", "mesye",  # (Haitian Creole: "Madan Cadet")
                        "bwana",  # (Swahili "Bwana", Mr.; not "Mzee", also a Somali surname)
                        "ginang", "gng", "ginoo", "binibini", "bb",  # (Tagalog: "Ginang Pacita Lumaban")
                        # Igbo "Maazị Nnaemeka Obiora" (Mr.), Yoruba "Ọgbẹni", "Ìyáàfin", "Arábìnrin"
                        "maazị", "maazi", "ọgbẹni", "ogbeni", "ìyáàfin", "iyaafin", "arábìnrin", "arabinrin",
                        # Swahili "Bi. Chebet" (Bibi: Mrs., Ms.)
                        "bi",
                        # Dutch "Mw. Doelwijt", "Dhr. Pinas" (mevrouw, de heer)
                        "mw", "mevr", "mevrouw", "dhr", "meneer",
                        # Romanian "Doamna Vasilica Dragomir", "domnul Popescu" (Mrs., Mr.)
                        "doamna", "doamnă", "dna", "domnul", "dl",
                        # Croatian, Bosnian, Serbian "gospodine Kovačeviću", "gospođo Omerović", "gđa Marić"
                        "gospodin", "gospodine", "gospođa", "gospođo", "gđa", "gđo", "gđica", "gosp"})

# Titles that make the following name a provider's (not PHI).
PROVIDER_TITLES = frozenset(
    {"dr", "doctor", "nurse", "np", "rn", "lpn", "pa", "md", "do", "dds", "dmd", "prof", "professor",
     "therapist", "dietitian", "pharmacist", "midwife", "counselor", "provider", "physician",
     "surgeon", "chaplain", "coach", "dra", "doc", "доктор", "врач", "docteur", "doktor", "médico", "médica",
     "slp", "rdn", "lcsw", "lpc", "bcba", "ibclc", "lmft", "audiologist", "hygienist", "histotech",
     # a Tibetan physician: "Amchi Lobsang Dhondup offers Sowa Rigpa consults"
     "amchi",
     # interpreters and nurses in the other languages of our sets ("Intérpreti Djassy Monteiro")
     "interpreter", "intérprete", "interprete", "intérpreti", "interprète", "dolmetscher", "tłumacz", "tłumaczka",
     "перекладач", "переводчик", "enfermera", "enfermero", "enfermeira", "enfermeiro", "infirmière", "infirmier",
     "lékař", "lekarz", "лікар", "лікарка", "медсестра",
     # Ukrainian titles in the instrumental case ("з'єднуйте з лікаркою Оксаною Гриценко")
     "лікарем", "лікаркою", "медсестрою", "менеджером", "кейс-менеджером", "координатором", "координаторкою",
     "терапевтом", "врачом", "медсестрой",
     # a medical examiner's staff and the practice's drivers ("Investigator Callum Reyes")
     "investigator", "driver",
     # French "Dre" (docteure); Hawaiian "Kauka" (doctor) and "Kumu" (teacher, healer)
     "dre", "kauka", "kumu"}
)

# Public figures and eponyms that appear in clinical/prompt text as such.
PUBLIC_FIGURES = frozenset(
    {
        "florence nightingale", "clara barton", "martin luther king", "abraham lincoln",
        # authors of sayings on waiting-room walls and in lobby quotes
        "malala yousafzai", "oscar wilde", "lao tzu", "thich nhat hanh", "ralph waldo emerson", "henry david thoreau",
        "anne frank", "c.s. lewis", "winnie the pooh", "dr. seuss", "robert louis stevenson",
        # public people who have spoken about a condition of their own, named in support lines' talking points
        "billie eilish", "lewis capaldi", "demi lovato", "kevin love", "christina applegate", "ben stiller",
        "céline dion", "glenn close", "carrie fisher", "greta thunberg", "dan aykroyd", "howie mandel", "jim abbott",
        "marlee matlin", "nyle dimarco", "mary tyler moore", "jay cutler", "bret michaels", "hailey bieber",
        "justin bieber", "naomi osaka", "christine miserandino",
        # singers of a care home's music hour, psychologists whose methods prompts name, a western painter
        # and explorers of a rural clinic's history
        "frank sinatra", "nat king cole", "glenn miller", "louis armstrong", "ella fitzgerald", "bing crosby",
        "perry como", "hank williams", "loretta lynn", "carl rogers", "carl jung", "aaron beck", "viktor frankl",
        "jean piaget", "charlie russell", "meriwether lewis", "william clark",
        # pioneers and authors clinics name on walls, handouts and in history ("Louis_Braille_and_the_history_of
        # tactile_reading.pdf", "Tagore's birthday", "Dr. Helen Taussig and Vivien Thomas")
        "louis braille", "bruce perry", "tagore", "tippi hedren", "vivien thomas", "ina may gaskin",
        "jon kabat-zinn",
        # athletes callers mention
        "jim fixx", "clayton kershaw",
        # a folk hero and singers of a memory-care sing-along or a Punjabi waiting room
        "casey jones", "june carter cash", "june carter", "gurdas maan", "kuldeep manak",
        # singers a voice clinic names for their vocal-fold surgery
        "julie andrews", "adele", "sam smith", "john mayer", "steven tyler", "keith urban", "meghan trainor",
        # brands named for people ("Mrs. Meyer's dish soap", "Jack Daniel's", "Mr. Yuk stickers", "Jenny Craig")
        # and celebrities clients bring up ("Jennifer Aniston's look", "like Mikaela Shiffrin after her crash")
        "mrs meyer", "jack daniel", "dr bronner", "mr yuk", "jenny craig", "harris teeter", "depuy synthes",
        "jennifer aniston", "mikaela shiffrin", "virginia woolf",
        "toussaint louverture", "virgen de guadalupe", "our lady of guadalupe",
        # figures and names that prompts cite for their stories or for what is named after them
        "betty ford", "harry benjamin", "ibn sina", "stella maris", "brittany maynard", "norman shumway",
        "damar hamlin", "hank gathers", "james herrick", "leo schwartz", "mead johnson", "wright brothers",
        "suzanne somers", "ella deloria", "menno simons", "thomas starzl", "bennet omalu", "john philip sousa",
        "louis riel", "glen campbell", "pat summitt", "billy mills", "cara delevingne", "steve redgrave",
        "dan gable", "john enders", "la flesche picotte", "flesche picotte", "edmund hillary", "tenzing norgay",
        "wilson greatbatch", "earl bakken", "joe rogan", "wim hof", "missy giove", "ned overend", "marilyn monroe",
        "michelle kwan", "nathan chen", "jules bordet", "octave gengou", "eddie benton-banai", "tim howard",
        "maurice hilleman", "jeryl lynn", "alex honnold", "audrey hepburn", "brian o'driscoll", "jonah lomu",
        # greetings written like names
        "ramadan mubarak", "eid mubarak",
        # the Orthodox Easter greeting ("Christ is risen", "Truly he is risen"), saints by their title
        "χριστός ανέστη", "αληθώς ανέστη", "holy unmercenaries",
        # the Ukrainian and Russian greetings "Glory to Jesus Christ" and "Christ is risen" ("Слава Ісусу Христу!")
        "слава ісусу христу", "ісусу христу", "ісус христос", "христос воскрес", "воістину воскрес",
        "слава иисусу христу", "иисус христос", "христос воскресе", "воистину воскресе",
        # a Cape Verdean singer and independence leader, an Oromo singer, a folk-tale lumberjack
        "juan luis guerra", "johnny ventura", "yaa asantewaa",
        # a hockey great (and the "Gordie Howe hat trick"), Irish Traveller musicians
        "gordie howe", "pecker dunne", "johnny doran",
        # a Polish composer, a Tejano singer, NASCAR's first Black winner, the Tamil poet of the Kural
        "karol szymanowski", "lydia mendoza", "wendell scott", "thiruvalluvar",
        # the founders of the Hutterites and the Amish, an Iditarod champion
        "jakob hutter", "jacob hutter", "jakob ammann", "jacob ammann", "susan butcher",
        # an Andean rebel leader, weightlifting champions
        "túpac amaru", "tupac amaru", "tommy kono", "naim süleymanoğlu", "django reinhardt",
        "hans christian andersen",
        # Alaska's aviation pioneers, Senegalese scholars and a Sufi founder, a Karen leader
        "noel wien", "wiley post", "cheikh anta diop", "serigne touba", "amadou bamba", "saw ba u gyi",
        # calypsonians, the first Nepali woman on Everest, a Berkeley hospital named for its founder
        "lord kitchener", "mighty sparrow", "pasang lhamu sherpa", "pasang lhamu", "alta bates",
        # the Lao new year ("Boun Pi Mai")
        "pi mai", "boun pi mai",
        "cesária évora", "cesaria evora", "amílcar cabral", "amilcar cabral", "ali birra", "paul bunyan",
        # presidents whose names schools, parks and hospitals carry ("Franklin Pierce" schools); the ones
        # with names many patients share (John Adams, Andrew Johnson) are left out
        "franklin pierce", "millard fillmore", "rutherford hayes", "rutherford b hayes", "ulysses grant",
        "ulysses s grant", "grover cleveland", "woodrow wilson", "calvin coolidge", "herbert hoover",
        "warren harding", "chester arthur", "james buchanan", "martin van buren", "william henry harrison",
        "john quincy adams", "william mckinley", "james garfield", "franklin d roosevelt", "harry s truman",
        "lyndon b johnson", "james k polk",
        # figures and places named for them that prompts mention: "the Bob Hope USO lounge"
        "bob hope", "audie murphy", "sacajawea", "sonia sotomayor", "wole soyinka", "chinua achebe",
        "julia roberts", "tom cruise", "judith herman", "ellyn satter", "ilhan omar", "wayne rooney",
        # a microcredit laureate, a runner, the first kidney-transplant twins and surgeon, tobacco mascots
        "muhammad yunus", "terry fox", "ronald herrick", "richard herrick", "joseph murray", "marlboro man",
        "joe camel", "beethoven", "james herriot", "sidney crosby",
        # circus history, a Nobel peace laureate
        "p t barnum", "p. t. barnum", "pt barnum", "john ringling", "philippe petit", "emmett kelly",
        "karl wallenda", "rigoberta menchú", "rigoberta menchu",
        # a marathon pioneer, a footballer, a Hawaiian prince and delegate (not "Osceola": a county and towns
        # where patients live, it cost a never-read set a case)
        "kathrine switzer", "cristiano ronaldo", "prince kūhiō", "prince kuhio",
        # a Ming physician whose Compendium of Materia Medica callers quote
        "li shizhen",
        # harm reduction and addiction science, a Soviet leader, a Zuni ethnologist, a cyclist, a singer, a boxer,
        # a saint
        "sam tsemberis", "nora volkow", "mikhail gorbachev", "frank hamilton cushing", "eddy merckx",
        "karen carpenter", "joe frazier", "kateri tekakwitha", "saint kateri", "st kateri",
        # tattoo styles named after their artists, powerlifters, a skater, climbers, a Nez Perce leader
        "sailor jerry", "ed hardy", "ed coan", "lamar gant", "tony hawk", "tommy caldwell", "lynn hill",
        "chief joseph", "gertrude ederle", "willy burgdorfer",
        # a Mongol ruler and poet, volleyball and BMX champions, an Osage woman of a book and film, a nun
        # whose memoir is read in training, a batter
        "chinggis khaan", "genghis khan", "karch kiraly", "kerri walsh jennings", "mollie burkhart",
        "dianna ortiz", "sister dianna ortiz", "ted williams", "mat hoffman", "jamie bestwick",
        # cross-country skiers whose technique clips coaches use
        "bjørn dæhlie", "bjorn daehlie", "marit bjørgen", "marit bjorgen",
        # a saint and archbishop, a singer with branded products, the father of epidemiology, sumo champions,
        # judo's founder
        "monseñor romero", "óscar arnulfo romero", "oscar arnulfo romero", "oscar romero",
        "snoop dogg", "john snow", "hakuhō", "hakuho", "chiyonofuji", "kanō jigorō", "kano jigoro", "jigoro kano",
        "george washington", "albert einstein", "marie curie", "louis pasteur", "hippocrates",
        "sigmund freud", "mother teresa", "elizabeth blackwell", "jonas salk", "alexander fleming",
        "edward jenner", "virginia apgar", "mayo", "john hopkins", "johns hopkins", "cedars sinai",
        "mount sinai", "st jude", "shriners", "ronald mcdonald", "santa claus",
        # celebrities whose illnesses are public and come up in patient education
        "serena williams", "michael j fox", "michael j. fox", "magic johnson", "christopher reeve",
        "angelina jolie", "selena gomez", "stephen hawking", "muhammad ali", "lou gehrig",
        "robin williams", "steve jobs", "celine dion", "bruce willis", "lady gaga", "oprah winfrey",
        "elton john", "tom hanks", "nick jonas", "simone biles", "michael phelps",
        # nursing and medical history: buildings, units and awards are named after them
        "mary seacole", "dorothea dix", "walter reed", "william osler", "charles drew", "henrietta lacks",
        "rebecca lee crumpler", "ignaz semmelweis", "joseph lister", "robert koch", "elisabeth kubler-ross",
        "cicely saunders", "patch adams", "margaret sanger", "lillian wald", "mary breckinridge", "clara maass",
        "virginia henderson", "jean watson", "hildegard peplau", "mary mahoney", "helen keller",
        "harriet tubman", "rosa parks", "susan b anthony", "susan g komen", "frederick douglass", "franklin roosevelt",
        "eleanor roosevelt", "john f kennedy", "martin luther king jr", "ronald reagan", "jimmy carter",
        "barack obama", "michelle obama", "joe biden", "donald trump", "bill clinton", "hillary clinton",
        "george w bush", "george bush", "kamala harris", "anthony fauci", "c everett koop", "lyndon johnson",
        "harry truman", "richard nixon", "ted kennedy", "rfk jr", "robert f kennedy", "mehmet oz", "sanjay gupta",
        "ryan white",
        "fred rogers", "mister rogers", "mr rogers", "bob ross", "dolly parton", "oprah", "tommy john",
        "patsy cline", "barbara karnes", "louise brown", "joe namath", "taylor swift", "tom brady", "beyonce",
        "beyoncé", "kim kardashian", "lebron james", "michael jordan", "brené brown", "brene brown", "mrs doubtfire",
        "dr seuss", "big bird", "elmo",
        # science, medicine and public health: clinics, programmes, study names and trivia name them
        # (not names that many people share, such as John Lewis or Paul Farmer, nor single given names)
        "ada lovelace", "isaac newton", "charles darwin", "galileo galilei", "nikola tesla", "rosalind franklin",
        "katherine johnson", "jane goodall", "carl sagan", "thomas edison", "benjamin franklin",
        "francis crick", "gregor mendel", "alexander graham bell", "marie skłodowska-curie",
        "andreas vesalius", "paul ehrlich", "frederick banting",
        "alois alzheimer", "wilhelm roentgen", "wilhelm röntgen", "rene laennec",
        "atul gawande", "oliver sacks", "vivek murthy", "tedros", "linus pauling", "daniel hale williams",
        "james mccune smith", "mary edwards walker", "susan la flesche picotte", "mae jemison", "sally ride",
        "neil armstrong", "amelia earhart", "temple grandin", "helen taussig", "virginia satir",
        "abraham maslow", "ivan pavlov", "b f skinner", "marsha linehan",
        # civil rights, LGBTQ+ history and other names clinics and programmes are named after
        "marsha p johnson", "marsha johnson", "sylvia rivera", "harvey milk", "audre lorde", "james baldwin",
        "bayard rustin", "cesar chavez", "césar chávez", "dolores huerta", "malcolm x", "maya angelou",
        "sojourner truth", "fannie lou hamer", "medgar evers", "thurgood marshall", "ruth bader ginsburg",
        "nelson mandela", "mahatma gandhi", "desmond tutu", "frida kahlo", "wilma mankiller", "sitting bull",
        "pocahontas", "sacagawea", "jim thorpe", "jackie robinson", "roberto clemente", "arthur ashe",
        "billie jean king", "babe ruth", "pele", "pelé", "venus williams", "usain bolt", "tiger woods",
        "martin luther", "joan of arc", "queen elizabeth", "princess diana", "prince harry", "pope francis",
        "dalai lama", "william shakespeare", "mark twain", "emily dickinson", "langston hughes", "toni morrison",
        "walt disney", "walt whitman", "ernest hemingway", "vincent van gogh", "van gogh", "pablo picasso",
        "leonardo da vinci", "michelangelo", "ludwig van beethoven", "wolfgang amadeus mozart", "elvis presley",
        "john lennon", "paul mccartney", "bob marley", "aretha franklin", "whitney houston",
        "freddie mercury", "johnny cash", "willie nelson", "ozzy osbourne", "mariah carey",
        "bad bunny", "jennifer lopez", "jimmy fallon", "ellen degeneres",
        "bill gates", "elon musk", "mark zuckerberg", "jeff bezos", "warren buffett",
        "teddy roosevelt", "theodore roosevelt", "thomas jefferson",
        "dwight eisenhower", "winston churchill", "sherlock holmes", "harry potter", "mickey mouse",
        "uncle sam", "rosie the riveter", "betty crocker", "stevie wonder", "andrea bocelli", "ray charles",
        "val kilmer", "bob dole",
        # composers and performers a musicians' clinic cites ("Schumann's hand injury"), poets quoted on
        # hold messages ("a line from Khalil Gibran"), aviators on a pilot clinic's walls
        "robert schumann", "clara schumann", "frédéric chopin", "frederic chopin", "johannes brahms",
        "franz schubert", "johann sebastian bach", "pyotr tchaikovsky", "antonín dvořák", "antonin dvorak",
        "gustav mahler", "claude debussy", "maurice ravel", "sergei rachmaninoff", "igor stravinsky",
        "george gershwin", "leonard bernstein", "franz liszt", "george frideric handel", "joseph haydn",
        "antonio vivaldi", "giuseppe verdi", "giacomo puccini", "felix mendelssohn", "edvard grieg",
        "jean sibelius", "aaron copland", "itzhak perlman", "jacqueline du pré", "glenn gould", "yo-yo ma",
        "khalil gibran", "kahlil gibran", "pablo neruda", "mary oliver", "robert frost", "rabindranath tagore",
        "mahmoud darwish", "chuck yeager", "charles lindbergh", "bessie coleman", "john glenn", "orville wright",
        "wilbur wright", "maria skłodowska-curie", "maria skłodowska", "maria curie",
        # a prayer named for one; athletes parents and coaches compare children with
        "hail mary", "espírito santo", "espiritu santo", "espíritu santo", "holy ghost",
        "katie ledecky", "shohei ohtani", "lionel messi", "megan rapinoe", "herb brooks", "satchel paige",
        "yogi berra", "kofi annan", "aung san suu kyi", "amata kabua", "chris ledoux", "ellen johnson sirleaf",
        "haile gebrselassie", "pedro álvares cabral", "vasco da gama", "fela kuti",
        "wangari maathai", "dorothy day", "peter maurin", "jan paweł ii", "jana pawła ii", "jan paweł", "jana pawła",
        "alexander hamilton", "douglas munro", "emiliano zapata", "pancho villa",
        "vicente fernández", "vicente fernandez", "taras shevchenko", "garfield sobers", "rihanna",
        "gabriel garcía márquez", "gabriel garcia marquez",
        # Khmer feasts: the Festival of the Dead, New Year; Mardi Gras; Tibetan feasts and medicine
        "pchum ben", "choul chnam thmey", "mardi gras", "saga dawa", "saga dawa düchen", "saga dawa duchen",
        "sowa rigpa",
        "dale earnhardt", "dale earnhardt jr", "richard petty", "jeff gordon", "wayne gretzky", "kobe bryant"
    }
)

# Companies named after people ("Henry Schein", "Fisher & Paykel"): in a list they are vendors.
COMPANY_NAMES = frozenset({"henry schein", "fisher & paykel", "fisher and paykel", "johnson & johnson",
                           # a Texas health system: "Baylor Scott & White"
                           "scott & white", "baylor scott & white",
                           "eli lilly", "procter & gamble", "baxter", "becton dickinson", "smith & nephew",
                           "stryker", "zimmer biomet", "mckesson", "cardinal health", "owens & minor",
                           "medline", "patterson dental", "dentsply sirona", "boston scientific",
                           "abbott laboratories", "johnson controls", "casa de la luz",
                           # Jewish community organisations a practice works with
                           "chai lifeline", "hatzolah", "hatzalah", "misaskim", "tomchei shabbos"})

# Surnames that name a disease with "'s" alone ("the Parkinson's caregiver program").
EPONYM_DISEASES = frozenset({"alzheimer", "parkinson", "huntington", "crohn", "hodgkin", "addison", "cushing",
                             "hashimoto", "tourette", "asperger", "raynaud", "sjogren", "sjögren", "meniere",
                             "ménière", "kawasaki", "guillain", "lyme", "paget", "peyronie", "dupuytren", "mohs",
                             "achilles", "fuchs", "descemet"})

# Surnames used in disease names (`Parkinson's disease`), never a patient when followed by one.
EPONYM_NEXT = frozenset({"disease", "syndrome", "palsy", "sign", "test", "scale", "criteria", "scores", "stage",
                         # "Wagner grade 3", "the Snellen chart", "Morton's neuroma", "a Foley catheter",
                         # "the Bert effect"
                         "grade", "chart", "neuroma", "catheter", "effect", "harness",
                         # "a Jones fracture", "Smith's fracture", "the Lachman and McMurray tests"
                         "fracture", "fractures", "tests",
                         # a law, a plant, an event named after someone: "the Zackery Lystedt Law", "Johnson
                         # grass", "the Louis Tewanima Footrace"
                         "law", "act", "grass", "footrace", "marathon", "powwow", "rodeo", "rodeos", "tournament",
                         # "Lange calipers", "Dan Gable or Cael Sanderson camps"
                         "calipers", "camps",
                         # "the Greulich and Pyle atlas"
                         "atlas",
                         "maneuver", "lymphoma", "sarcoma", "tumor", "tumour", "diet", "run", "5k", "ulcer", "reflex",
                         "score", "technique", "method",
                         # "Cobb measurements", "the Cobb angle"
                         "measurement", "measurements", "angle",
                         "protocol", "classification", "staging", "exercises", "exercise", "repair", "tendon",
                         "tendinitis", "tendonitis", "reconstruction",
                         # "Pierre Robin sequence", "the Lee Silverman program", "the Sun Yat-sen statue"
                         "sequence", "anomaly", "program", "programme", "statue", "monument",
                         # "Braxton Hicks contractions", "a Pfannenstiel incision", "a Bartholin cyst"
                         "contractions", "incision", "cyst", "bunionectomy", "osteotomy",
                         # "the Pau Cin Hau script"
                         "script", "alphabet", "syllabary",
                         # "De Quervain's tenosynovitis", "Dupuytren's contracture", "a Farnsworth lantern"
                         "tenosynovitis", "contracture", "lantern",
                         # "Nissen Fundoplication – What to Expect"
                         "fundoplication",
                         # "a Dunn view X-ray", "Judet views"; "a Marcus Gunn pupil", "a Humphrey visual field"
                         "view", "views", "pupil", "pupils", "visual",
                         # "the Allen Cognitive Levels", "the Beck Depression Inventory", "a Neil Robertson stretcher"
                         "levels", "inventory", "checklist", "questionnaire", "stretcher",
                         # "a Van Nes rotationplasty" (not "-plasty" at large: "the Alexiou abdominoplasty" is hers)
                         "rotationplasty",
                         # "Freeman-Sheldon and Beals syndromes"
                         "syndromes", "diseases"})

# Surnames that name a clinical test, scale or device, written alone in file names and forms
# ("holter_results.pdf", "epworth_form", "braden_score"): never a patient's surname there.
CLINICAL_EPONYMS = frozenset(word_list(
    """
    holter doppler apgar gleason glasgow snellen ishihara romberg tinetti barthel braden epworth bayley
    katz lawton berg morse beck denver heimlich trendelenburg fowler foley swan ganz hickman broviac
    groshong venturi yankauer ambu bovie stryker papanicolaou pap kegel lamaze ferber montessori
    westergren wechsler stanford binet mini conners vanderbilt achenbach hamilton zung likert borg
    karnofsky lansky child pugh ranson wells geneva caprini padua framingham reynolds friedewald
    cockcroft gault schilling coombs weber rinne dix hallpike epley semont lachman mcmurray phalen
    tinel finkelstein thompson spurling hawkins neer jobe speed yergason apley ober thomas patrick
    schober wagner texas meggitt fontaine rutherford ankle brachial lapidus schroth pfannenstiel bartholin
    nabothian
    brodsky mallampati lund browder amsler fontan norwood rastelli jatene
    """
))

# A person's relatives and carers, singular: a name after one ("her husband Frank") or before
# one after a possessive ("Destiny's mom") is the patient's family.
KIN_WORDS = frozenset(word_list(
    """
    son daughter wife husband mother father mom mum dad parent parents grandmother grandfather grandma grandpa
    grandson granddaughter spouse partner sister brother niece nephew aunt uncle caregiver guardian
    son-in-law daughter-in-law mother-in-law father-in-law stepson stepdaughter stepmother stepfather
    boyfriend girlfriend fiance fiancé fiancee fiancée
    """
))
# KIN_WORDS as a regex alternation, longest first (a hyphenated in-law before its head word).
KIN_PATTERN = "|".join(sorted(KIN_WORDS, key=len, reverse=True))

# Classic placeholder persons; suppressed unless another identifier sits in the same text.
PLACEHOLDER_NAMES = frozenset({"иванов иван иванович", "иванова мария ивановна",  # (Russian John Doe, in full)
                               "john doe", "jane doe", "richard roe", "jane roe", "john q public", "jane q public",
                               "john q. public", "jane q. public",
                               "joe bloggs", "john smith", "jane smith", "baby doe", "test patient",
                               # "John Q. Public" as the name splitter sees it (the initial ends the name)
                               "john q", "jane q",
                               # a sample script's "Mr. Doe" (with or without the honorific, as the splitter sees it)
                               "mr doe", "mrs doe", "ms doe", "doe",
                               # stand-ins of other languages that are rarely anyone's real name (not "Jan
                               # Kowalski" or "Juan Pérez": common names of real patients too)
                               "іван петренко", "иван иванов", "max mustermann", "erika mustermann", "fulano de tal",
                               # (as the name splitter sees them, the particle left out) and Haitian "unknown patient"
                               "fulano tal", "fulana de tal", "fulana tal", "pasyan enkoni",
                               # Swahili "so-and-so" ("If a caller gives the name 'Mtu Fulani', it is our staff")
                               "mtu fulani",
                               "taro yamada",
                               # the Vietnamese stand-in ("Nguyễn Văn A"; the splitter drops the letter)
                               "nguyễn văn a", "nguyễn văn", "nguyen van a",
                               # the Japanese, Korean and Chinese stand-ins ("山田太郎", "홍길동", "张三")
                               "山田 太郎", "山田太郎", "山田 花子", "山田花子", "홍길동", "张三", "張三", "李四",
                               # Hong Kong's stand-in, in characters and in Cantonese romanisation
                               "陳大文", "陈大文", "chan tai man",
                               # Lithuanian's form sample ("vardas – Jonas Jonaitis")
                               "jonas jonaitis"})

# Prompt vocabulary that starts sentences and headings, product names, and place words
# (`Lake Forest`, `Oak Park`): capitalised, but not a person.
COMMON_WORDS = COMMON_WORDS | frozenset(
    word_list(
        """
        greeting goal goals tone rules step important note always never confirm verify tell say offer
        book schedule cancel reschedule end start begin keep don't otherwise respond speak listen repeat
        read spell check look find search send leave hang wait press dial enter select choose pick
        provide give share explain answer help support handle follow escalate notify record log save
        store update create delete remove add set get make take bring arrive stay avoid stop continue
        proceed return review summarize close open closed available unavailable thanks reminder
        reminders intake forms form telehealth video in-person existing returning established annual
        physical wellness sick follow-up same-day walk-in shot shots vaccine vaccines exam check-up
        checkup results result refill calendar teams slack salesforce hubspot zapier webhook tool
        tools function functions server transcriber deepgram whisper azure aws anthropic mistral llama
        cartesia playht rime gladia speechmatics assemblyai knowledge base prompt system message
        end-call question questions answers caller's patient's member's customer's today's objective
        objectives purpose overview background summary persona personality guidelines guideline policy
        policies procedure procedures process workflow flow handoff fallback error errors success
        failure outcome outcomes criteria evaluation data collection authentication security privacy
        compliance consent disclaimer legal spanish-speaking bilingual interpreter language languages
        translation i'm i'll i've we're we'll you'll let's it's that's there's what's here's
        weekday weekdays weekend weekends mornings noon midnight hour minute minutes week weeks month
        months year years day days time times downtown uptown midtown lake forest oak park heights
        highlands highland ranch crossing commons gardens terrace pointe bluff bluffs shores canyon mesa
        senator governor mayor congressman congresswoman commissioner representative
        grandson granddaughter grandchild niece nephew stepson stepdaughter stepmother stepfather husband
        sister aunt uncle cousin grandmother grandfather grandma grandpa caregiver guardian
        springs falls beach harbor harbour bay hills grove creek ridge port fort san santa los las old
        great little upper lower mount glen view vista island islands valley meadow meadows pines
        field fields spring winter autumn fall christmas thanksgiving easter halloween independence
        labor memorial veterans presidents juneteenth eve
        boy girl baby babies twin twins triplets newborn newborns infant
        mon tue tues wed thu thur thurs fri sat mins hr hrs wk wks yr yrs hep pump pumps trainer
        th
        пн вт ср чт пт сб вс
        sensor sensors transmitter meter supplies equipment
        """
    )
)
# Languages and peoples that interpreter lines and bilingual agents name ("Hmong Daw and Hmong Njua:
# extension 204"); not "karen", a given name as often as a language.
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("""
    hmong daw njua somali oromo amharic tigrinya dari pashto farsi persian burmese nepali bengali punjabi urdu
    gujarati swahili yoruba igbo hausa haitian creole kreyòl navajo diné ilocano cebuano khmer polish ukrainian
    romanian bosnian serbian croatian albanian armenian turkish kurdish hebrew yiddish japanese italian mixteco
    zapoteco quechua cantonese mandarin toishanese hakka taiwanese hindi marathi malayalam tiếng kajin chuukese
    marshallese pohnpeian chamorro samoan tongan afaan dzongkha
    verdean verdeans rican ricans lankan lankans leonean leoneans sudanese congolese salvadoran salvadorans
    guatemalan guatemalans honduran hondurans nicaraguan dominican dominicans colombian venezuelan ecuadorian
    peruvian bolivian chilean argentine argentinian brazilian brazilians cuban cubans jamaican jamaicans
    trinidadian nigerian ghanaian kenyan ethiopian eritrean liberian afghan iraqi syrian lebanese
    filipino filipina filipinos vietnamese korean laotian cambodian micronesian palauan kosraean
    chechen fulfulde pulaar nahuatl náhuatl sranan papiamento papiamentu guarani guaraní aymara triqui kachin
    sinhala sinhalese zulu xhosa malagasy icelandic faroese cyrillic devanagari adlam ajami
    rhade jarai bahnar koho mnong"""))
# Vietnamese calendar words: "Thứ Hai" (Monday), "Chủ Nhật" (Sunday), "Tết" (the new year), "8 giờ sáng".
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("thứ chủ tết giờ ngày tháng sáng chiều tối"))
# A gathering written as two words: "the Tribal Fair and Pow Wow".
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("pow wow"))
# Abbreviations of a building's parts: "(Rm 2, Hangar B)", "Bldg C".
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("rm bldg hangar"))
# A contact block's words in Russian and Ukrainian: "Телефон 718-896-4410, факс ...".
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("телефон факс адрес клиника больница врач телефону адреса"))
# Greetings of other languages written like a name: Michif "Taanishi", "Salaam, this is ..." (not the
# Spanish "Línea": as a common word it cost a never-read set a case).
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("taanishi salaam salam aloha namaste"))
# Yup'ik "Waqaa" (hello), "Quyana" (thank you), "Cama-i"; Cherokee "Osiyo"; Choctaw "Halito".
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("waqaa quyana camai osiyo halito"))
# Chuukese "Ran annim" (good day) and "Iei" (this is), Pohnpeian "Kaselehlie" (hello) and "Ngehi" (I),
# Navajo "Yá'át'ééh".
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("annim kaselehlie yá'át'ééh iei ngehi"))
# Titles capitalised at a sentence's start, so the name after them is read with its title: Bosnian/Croatian
# "Doktorica Amela ...", Spanish "Fisioterapeuta Jonás ...", Greek Orthodox "Presvytera Eleni", "Sensei Tomoe ...".
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("doktorica doktorka ljekar ljekarka fisioterapeuta presvytera "
                                                   "sensei"))
# Technology written like a name: "crew Wi-Fi 172.22.0.0/16".
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("wi-fi"))
# A regulation's parts: "10 NYCRR Subpart 4-1".
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("subpart subparts"))
# Russian and Ukrainian titles capitalised at a sentence's start ("Тренер Елена Маркова говорит по-русски"),
# Spanish "Lcda." (licenciada).
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("тренер врач медсестра доктор лікар лікарка lcda lcdo licda licdo"))
# Swahili and Kinyarwanda words an agent's greeting capitalises: "Karibu Kliniki ya ...", "Nitwa Amani".
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("karibu kliniki muraho murakaza nitwa lyme"))
# Somali and Swahili words for a health centre: "Xarunta Caafimaadka Nuur", "Kituo cha Afya cha Nuur".
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("xarunta caafimaadka kituo afya enfimyè doktè cryo"))
# Hmong words capitalised in prompts: the language and its dialects ("Hmoob Dawb", "Hmoob Ntsuab",
# "Hmong Leeg"), story cloth ("Paj Ntaub") and the shaman's ceremony ("txiv neeb").
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("hmoob dawb ntsuab leeg paj ntaub txiv neeb"))
# Ojibwe greetings and words ("Boozhoo", "Aaniin", "Miigwech"; "Mashkiki Waakaa'igan", a medicine lodge),
# Turkish words of a practice's prompts ("Aile Hekimliği", family medicine; "hasta", patient; "Şükran
# Günü", Thanksgiving; "örneğin", for example; "teyze"/"amca", auntie/uncle).
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("""boozhoo aaniin miigwech mashkiki waakaa'igan sen aile
    hekimliği hekimligi hekimliğinin şükran günü hasta kayit kayıt formu resepsiyon asistanı asistani örneğin
    teyze amca"""))
# Sikh and Hindu holy days and titles: "Guru Nanak Gurpurab", "Vaisakhi", "Janmashtami".
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("guru gurpurab gurpurb jayanti vaisakhi baisakhi janmashtami"))
# Khmer, Lao and Thai new-year words: "Choul Chnam Thmey", "Songkran", a "baci" blessing.
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("choul chnam thmey songkran baci"))
# The Punjabi greeting "Sat Sri Akal"; hyperbaric chambers for one or for several ("Monoplace 1"); a
# birth defect in Latin ("Spina Bifida Association"); the tetanus, diphtheria and pertussis vaccines.
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("akal monoplace multiplace spina bifida tdap dtap"))
# The Mongolian lunar new year ("Tsagaan Sar") and "hospital" ("Эмнэлэг") at a sentence start.
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("tsagaan эмнэлэг"))
# Maay Maay (a Somali language), a café, the Crow greeting "Kahée".
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("maay café kahée kahee"))
# Portuguese words of a clinic's labels: reception, price table ("Recepção Vida Nova", "Tabela_de_Precos").
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("recepção recepcao tabela preços precos"))
# Peoples of the Fort Hall reservation ("Lemhi Shoshone"); Russian brand medicines ("Корвалол", "Конкор").
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("lemhi shoshone bannock корвалол конкор валидол"))
# Zuni greeting and thanks ("Keshi", "Elahkwa"), a sinus procedure (not "Oneida": a census surname).
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("keshi elahkwa sinuplasty"))
# Somali "Soo dhawow" (welcome).
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("dhawow"))
# Hindu and Marathi holy days ("Lakshmi Pujan", "Gudi Padwa", "Bhai Dooj"); Chamorro greetings
# ("Håfa adai", "Si Yu'os ma'åse'") and "Klinikan" (clinic).
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("""pujan puja padwa dooj bhai diwali navratri holi onam pongal
    håfa hafa adai yu'os ma'åse' klinikan"""))
# Jewish holy days and observances ("Shabbos and Yom Tov", "Rosh Hashanah", "the yahrzeit"; not "Purim":
# "the Sephardic Bikur Holim Purim party" then reads as a three-word name)
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("""rosh hashanah hashana yom kippur tov sukkot succos shavuot shavuos
    pesach chanukah hanukkah simchat shabbos shabbat yahrzeit"""))
# Nepali and Tibetan festivals ("Closed for Dashain on Vijaya Dashami"), and Vietnamese "người" (people).
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("""dashain dashami tihar losar teej chhath người"""))
# Greek "Χρόνια πολλά" (many happy returns), a dental operatory ("Op 3 is hygiene"), Spanish "sos" (you are)
# and the verbs of a service area at a sentence's start ("Cubrimos Hartford, ...").
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("""χρόνια πολλά op sos cubrimos servimos atendemos"""))
# A config's words run together: "patient_callback_reason", "followup_queue".
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("""callback callbacks followup followups checkin checkins
    textback"""))
# Romanian: you are, day, the languages' names ("Ești Ana, recepționera virtuală"; not "romana", a census name)
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("""ești ziua română engleza engleză"""))
# Portuguese "new" and "registration" in a form's file name ("registo-novo-paciente.pdf"; not "nova", a given name).
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("""novo registo"""))
# Greek days of the week, capitalised ("Την Κυριακή για κάτι επείγον καλέστε το 911").
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("""κυριακή δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο"""))
# Haitian Creole "Telefòn", "faks"; Polish months in file names ("Jadlospis_lipiec_2026.pdf"; not
# "marzec", a census name).
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("""telefòn faks styczeń kwiecień czerwiec lipiec sierpień
    wrzesień październik listopad grudzień"""))
# Ukrainian, Russian and Polish calendar, holiday, country and institution words, capitalised at a
# sentence start or in a holiday's name ("День Незалежності України", "Poniedziałek Wielkanocny").
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("""
    понеділок вівторок середа четвер п'ятниця субота неділя січня лютого березня квітня травня червня липня
    серпня вересня жовтня листопада грудня січень лютий березень квітень травень червень липень серпень
    вересень жовтень листопад грудень день дня незалежності україни україна україні києва київ різдво
    великдень паска новий рік клініка клініки лікарня центр відділення
    понедельник вторник среда четверг пятница суббота воскресенье января февраля марта апреля мая июня июля
    августа сентября октября ноября декабря россии россия москва рождество пасха новый год клиника больница
    отделение
    poniedziałek wtorek środa czwartek piątek sobota niedziela stycznia lutego marca kwietnia maja czerwca
    lipca sierpnia września października listopada grudnia wielkanoc wielkanocny wielkanocne boże narodzenie
    wigilia nowy rok zamknięte zamknięta zamknięty otwarte przychodnia klinika szpital nagroda nagrodę nobla
    polska polski godziny
    пацієнт пацієнтка пацієнта пацієнтки пациент пациентка пациента pacjent pacjentka pacjenta
    jou janvye fevriye jiyè jiye out septanm oktòb novanm desanm endepandans drapo lendi madi
    mèkredi jedi vandredi samdi dimanch biwo
    aloha mahalo kūpuna kupuna keiki ʻohana ohana kōkua kokua aliʻi alii
    téléphone telephone télécopieur telecopieur courriel adresse rendez-vous afrique ouest nord sud guide
    vaccins voyage ligne principale santé sante clinique"""))

# Greetings and thanks capitalised at a message's start (Lakota "Háu", "Pilamayaye"; Marshallese "Iakwe",
# "Kommol tata"; Navajo "Ahéhee'"), Haitian Creole institution and document words ("Sant Manman Lakay",
# a maternity centre; "Gid Nitrisyon", a nutrition guide), Vietnamese words capitalised at a sentence
# start ("Bấm 1", press 1; "Xin chào", hello), Albanian and Kurdish clinic words ("Klinikës
# Familjare", "Klînîka Newrozê") and Polish, Ukrainian and Russian greetings and "this is"/"you are"
# ("Dzień dobry! Tu Zosia", "Це Зося", "Jesteś Zosią").
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("""háu hau pilamayaye pilamaya iakwe kommol ahéhee ahehee
    sant manman lakay gid nitrisyon gwosès gwoses swen bấm bam xin chào klinikës klinika klinike familjare
    klînîka klinîka klinik rojbaş silav spas
    walaal kāinga kainga szanowna szanowny maxaa warmline hotline helpline sonrisa
    móvil movil
    ответьте нажмите позвоните перезвоните подтвердите скажите приходите відповідайте натисніть
    зателефонуйте
    chokma yakookay chipota kaibigan salamat zanmi wenn
    aang qagaasakung unangam tunuu xaad kíl tlingit haida oodham karenni
    dzień dzien dobry tu jesteś jestes witamy witaj cześć czesc dziękujemy dziekujemy rodzina przychodnia
    це добрий вітаємо дякуємо это здравствуйте добрый спасибо
    zdrowie rodzinne rodzinna przychodni przychodnia centrum medyczne medyczny medyczna"""))

# Clinician credentials ("Rebecca Lindgren, CNM"): a list item or token with one is not a patient.
COMMON_WORDS = COMMON_WORDS | frozenset(
    word_list(
        """
        md rn np cnm lpn lvn dds dmd lcsw lpc phd fnp aprn crnp mft psyd dpm dnp pa-c cma crna pharmd
        ot pt slp rd facog facs
        """
    )
)

# Device and drug brands that callers name ("which pump: Omnipod 5, MiniMed 780G?"); never a person.
COMMON_WORDS = COMMON_WORDS | frozenset(
    word_list(
        """
        omnipod dexcom libre freestyle minimed medtronic insulet tandem abbott eversense accu-chek
        contour onetouch resmed philips dreamstation airsense inspire ozempic wegovy mounjaro zepbound
        trulicity jardiance farxiga januvia eliquis xarelto lipitor crestor synthroid humira dupixent
        keytruda entresto lantus humalog novolog tresiba basaglar narcan epipen
        """
    )
)
COMMON_WORDS = COMMON_WORDS | _load("common_words.txt")

# Suffixes of English abstract nouns/adjectives that person names practically never carry; a
# capitalised token with one of them is a word, not a name ("Mission Statement", "Civil Rights").
_WORD_SUFFIXES = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship", "ism", "ogy", "ics",
                  "ful", "less", "able", "ible", "ency", "ancy", "ture", "ories", "ical", "ative",
                  # conditions and operations: "Polycythemia", "Fibromyalgia", "Neuropathy", "Colectomy"
                  "emia", "aemia", "algia", "opathy", "ectomy", "otomy", "ostomy", "plasty", "oscopy", "osis")


def is_common_word(norm: str) -> bool:
    """A lower-cased token that is an ordinary English word (list or suffix), never a name alone."""
    if norm in COMMON_WORDS or (len(norm) > 5 and norm.endswith(_WORD_SUFFIXES)):
        return True
    if "-" in norm:  # "Mon-Thu", "Post-Op", "X-Ray": every part an ordinary word
        parts = norm.split("-")
        return all(p in COMMON_WORDS or len(p) == 1 for p in parts) and any(len(p) > 1 for p in parts)
    # plurals and 3rd-person verbs: "Hours", "Reminders", "Calls"
    return len(norm) > 3 and norm.endswith("s") and (norm[:-1] in COMMON_WORDS or (
        norm.endswith("es") and norm[:-2] in COMMON_WORDS))


ORG_WORDS = ORG_WORDS | frozenset(
    word_list(
        """
        corporation systems solutions technologies technology software gmbh ag sa bank trust capital
        holdings enterprises industries markets market store shop cafe restaurant hotel airlines
        airport station stadium arena theater theatre museum gallery fieldhouse natatorium ballpark
        aesthetics bouldering concierge
        advocacy study trial initiative registry
        ocular optical optics prosthetics orthotics
        coliseum pavilion auditorium amphitheater amphitheatre fairgrounds
        """
    )
)

# Countries and US states: a place this large is not a Safe Harbor geographic unit (PHI_POLICY: GEO
# means smaller than a state), so "moved here from Norway" names no GEO span.
# Countries and territories of more than one word ("Sierra Leone": a given name and a surname).
MULTI_WORD_COUNTRIES = frozenset({"sierra leone", "costa rica", "el salvador", "south sudan", "south africa",
                                  "burkina faso", "cabo verde", "cape verde", "new zealand", "saudi arabia",
                                  "sri lanka", "puerto rico", "papua new guinea", "marshall islands",
                                  "solomon islands", "ivory coast", "dominican republic", "san marino",
                                  "north macedonia", "south korea", "north korea", "united states",
                                  "united kingdom", "czech republic", "trinidad and tobago", "guinea bissau",
                                  "equatorial guinea", "american samoa", "hong kong", "costa del sol"})
COUNTRIES = frozenset(
    word_list(
        """
        afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
        bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil
        brunei bulgaria burundi cambodia cameroon canada chad chile china colombia comoros congo croatia
        cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji
        finland france gabon gambia georgia germany ghana greece grenada greenland guatemala guinea guyana
        haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
        kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
        liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania
        mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia
        nauru nepal netherlands nicaragua niger nigeria norway oman pakistan palau panama paraguay peru
        philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore
        slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania
        thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu
        venezuela vietnam yemen zambia zimbabwe usa uk burma
        """
    )
) | {"new zealand", "united kingdom", "united states", "cabo verde", "czech republic", "south africa", "south korea",
     "north korea", "saudi arabia", "sri lanka", "costa rica", "el salvador", "puerto rico",
     "united arab emirates", "dominican republic", "ivory coast", "papua new guinea", "faroe islands",
     "united states of america", "the netherlands", "bosnia and herzegovina", "trinidad and tobago",
     "us", "u.s.", "u.s.a.", "u.k.", "america", "the states"}
US_STATES = frozenset(
    word_list(
        """
        alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
        idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
        minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee
        texas utah vermont virginia washington wisconsin wyoming
        """
    )
) | {"new york", "new jersey", "new mexico", "new hampshire", "north carolina", "south carolina",
     "north dakota", "south dakota", "west virginia", "rhode island"}

# Buildings and parts of a campus ("Henderson Pavilion", "Jefferson Street garage").
ORG_WORDS = ORG_WORDS | frozenset(
    word_list(
        """
        living pavilion tower towers wing annex garage entrance lodge residence residences apartments commons
        manor village estates suites inn pier terminal depot warehouse plant mill academy birthing
        maternity nursery infirmary sanatorium ward unit nursing
        auditorium auditoriums atrium chapel boardroom classroom gymnasium cafeteria lobby conference
        elementary elem casino line lines hotline circus physio fellowship canal lagoon mandir gurdwara masjid
        salud saúde médico médica cabinet
        gulch fork summit butte flats knob helispot
        boots
        """
    )
)

# Health systems, insurers and vendors whose names look like person names ("Kaiser Permanente").
# They are taken out of the name lexicon too (first_names, surnames): alone they name the company.
INSTITUTION_WORDS = frozenset(
    word_list(
        """
        kaiser permanente molina anthem centene wellcare ambetter highmark elevance optum magellan medica
        amerigroup caresource premera regence sutter ascension intermountain geisinger adventist
        atrium novant ochsner baylor sinai cedars mayo cleveland hopkins kettering sloan farber
        quest labcorp cvs walgreens rite aid walmart costco kroger epic cerner meditech athenahealth
        nextgen eclinicalworks allscripts greenway kareo drchrono zocdoc healthgrades doximity teladoc
        amwell mdlive livongo omada hinge noom calendly acuity twilio vonage ringcentral
        invitae myriad ambry natera guardant tempus fulgent genedx davita fresenius
        phonak oticon signia widex unitron bernafon resound abbott
        aetna cigna humana tricare champva medicaid medicare compsych lyra schein mckesson medline
        paykel regeneron pfizer merck sanofi astrazeneca abbvie amgen genentech biogen moderna janssen
        """
    )
)
COMMON_WORDS = COMMON_WORDS | INSTITUTION_WORDS
# Institutions named like a common given name (Oscar Health, Dana-Farber): these stay in the name
# lexicons ("Callback – Oscar (cataract)"), and the name recognizer reads them as the institution
# only beside a plan word, another institution or the rest of the institution's name.
INSTITUTION_GIVEN_NAMES = frozenset({"oscar", "dana"})

# Spanish prompt vocabulary (bilingual agents): capitalised, never a person.
COMMON_WORDS = COMMON_WORDS | frozenset(
    word_list(
        """
        fecha nacimiento nombre apellido apellidos teléfono telefono correo electrónico electronico dirección
        direccion cita citas médico medico doctora clínica clinica paciente pacientes seguro farmacia receta
        gracias hola buenos buenas días dias tardes noches por favor usted su sus para con una uno llamar
        llame número numero código codigo postal ciudad estado consultorio enfermera urgencias horario
        lunes martes miércoles miercoles jueves viernes sábado sabado domingo enero febrero marzo abril
        mayo junio julio agosto septiembre octubre noviembre diciembre sí no bienvenido bienvenida
        soy eres es somos son estoy está esta estás mi tu le la el los las del al que qué como cómo día
        español espanol inglés ingles
        asistente agente virtual recepcionista coordinadora coordinador piso calle avenida edificio
        guía guia embarazo saludable salud bebé parto posparto lactancia vacuna vacunas formulario
        consentimiento resultados recetas bienvenida información informacion
        oficina planta consulta centro hospital nunca siempre pida pregunte indique explique diga
        anónima anónimo anonima anonimo desconocida desconocido
        """
    )
)

# Larger than a state, so never a geographic identifier (Safe Harbor lists units smaller than one).
WORLD_REGIONS = frozenset({"asia", "africa", "europe", "antarctica", "oceania", "australasia", "caribbean",
                           "central america", "south america", "north america", "latin america", "middle east",
                           "pacific islands", "southeast asia", "east asia", "south asia", "central asia",
                           "west africa", "east africa", "north africa", "southern africa", "sub-saharan africa",
                           "eastern europe", "western europe", "scandinavia", "balkans", "horn of africa"})
# The daily Jewish prayer services, in a shul's schedule ("Shacharis 7:15, Mincha 1:45, Maariv 8:00").
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("shacharis shacharit mincha minchah maariv ma'ariv arvit musaf"))
# The Bengali new year ("Pohela Boishakh"), Lao festivals ("Boun Pi Mai") and the Lao greeting "Sabaidee".
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("pohela boishakh boun sabaidee sabaidi"))
# Polish All Saints' Day ("Wszystkich Świętych"), Uyghur festivals ("Rozi Heyt", "Qurban Heyt"), the Tamil
# Skanda Sashti and Thirukkural ("Kural 942"), Central Asian dishes ("polo", "lagman").
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("wszystkich świętych heyt sashti kural thirukkural lagman"))
# Russian "Кабинет" (office, room) at a sentence's start: "Кабинет 104, второй этаж".
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("кабинет"))
# Oromo "Fayyaa" (health) and Samoan "Fale" (house) in a programme's name ("Fayyaa Oromoo", "Fale Ola").
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("fayyaa fale"))
# The Ho-Chunk greeting "Haho"; the Persian new year's thirteenth day ("Sizdah Bedar").
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("haho sizdah bedar"))
# Samoan "fesoasoani" (help) in a programme's name ("Fale Ola Fesoasoani").
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("fesoasoani"))
# Greetings and feasts in the practices' other languages: French "Bonjour", Somali "Ciidul Fidriga" (Eid
# al-Fitr), Albanian "Panairi Shëndetësor" (health fair).
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("bonjour ciidul fidriga panairi shëndetësor shendetesor"))
# Portuguese greetings: "Oi Edileuza, aqui é a Iara ...", "Olá Marisol" (a greeting, no part of the name)
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("oi olá"))  # (not "ola": Ola is a given name)
# Danish "Hjem" (home) in a care home's name ("Ansgar Hjem"); the Ethiopian Orthodox fasts ("Tsome Nebiyat").
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("hjem tsome nebiyat"))
# Anchorage's winter festival ("Fur Rondy"), the Mouride pilgrimage ("Grand Magal de Touba"), a Hindu
# reform society ("Arya Samaj").
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("rondy magal samaj"))
# German "Angehörige" (relatives) in a line's label; the Nepali month "Baisakh".
COMMON_WORDS = COMMON_WORDS | frozenset(word_list("angehörige baisakh"))
