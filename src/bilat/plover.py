"""PLOVER 2.0 ontology data for the ``events`` stage: types, modes, contexts, trigger lexicons
and embedding prototypes. Data only; the matching logic lives in ``events.py``. The trigger lexicons
are read from ``data/event_lexicon.json``.

Trigger entries are ``(pattern, event, mode, role, strength)``:

* ``pattern``: a lower-cased stem. Latin/Cyrillic/Vietnamese stems match at a word start
  (Vietnamese: whole syllables); Arabic-script stems match inside a word (clitics, plural and
  possessive endings are tolerated) after the folding in ``events.fold``; Chinese, Japanese,
  Thai and Korean stems match as substrings.
* ``role``: ``subj`` (the grammatical subject acts: "X visited Y"), ``host`` (the subject is the
  host and the object the visitor: "X received Y"), ``pair`` (a joint act: "X and Y signed"); the events
  stage gives ``addressed`` to a modal demand it finds ("X said Y must ...": the speaker acts on Y,
  ``events._modal_request``), a role no lexicon group takes.
* ``strength``: 1.0 a specific verb of the event; 0.5 a generic word ("cooperation") that codes an
  event only when the embedding prototypes agree.
"""

from __future__ import annotations

from collections import Counter

from bilat.datafiles import read_json

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
FIGURES = "STATEMENT_OF_FIGURES"  # bilat extension (docs/events.md)

# Modes per type (PLOVER 2.0 manual, abridged to the modes bilat codes).
MODES: dict[str, tuple[str, ...]] = {
    "AGREE": ("cooperate", "settle", "ceasefire", "meet", "aid", "release", "concede"),
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "SUPPORT": ("agreement", "praise", "recognize", "apologize", "endorse"),
    "CONCEDE": ("release", "ease", "disarm", "return", "policy"),
    "COOPERATE": ("military", "economic", "intelligence", "judicial", "policy"),
    "AID": ("humanitarian", "military", "economic", "asylum", "development"),
    "RETREAT": ("withdraw", "release", "return", "disarm"),
    "REQUEST": ("assist", "cooperate", "negotiate", "invite", "settle"),
    "ACCUSE": ("disapprove", "crime", "war-crime", "corruption", "human-rights"),
    "REJECT": ("assist", "cooperate", "negotiate", "demand", "veto"),
    "THREATEN": ("sanction", "military", "relations", "ultimatum"),
    "PROTEST": ("demonstrate", "riot", "strike", "hunger-strike", "boycott"),
    "SANCTION": ("embargo", "expel", "freeze", "relations", "convict", "ban"),
    "MOBILIZE": ("troops", "alert", "police", "parade"),
    "COERCE": ("arrest", "seize", "censor", "deport", "ban"),
    "ASSAULT": ("firearms", "explosives", "aerial", "missile", "kill"),
}

CONTEXTS: tuple[str, ...] = ("diplomatic", "military", "economic", "political", "legal", "humanitarian",
                             "security", "cultural", "health", "migration", "environment", "science")

# Words that put an event in a context (lower-cased stems, same matching as triggers).
CONTEXT_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "military": {
        "en": ("military", "defence", "defense", "army", "troop", "soldier", "navy", "armed forces", "weapon"),
        "ru": ("воен", "оборон", "арми", "войск", "солдат", "вооружен"),
        "uk": ("військ", "оборон", "армі", "солдат", "збройн"),
        "vi": ("quân sự", "quốc phòng", "quân đội", "quân nhân", "binh sĩ", "vũ khí", "quân"),
        "th": ("ทหาร", "กลาโหม", "กองทัพ", "อาวุธ", "ป้องกันประเทศ"),
        "ar": ("عسكر", "دفاع", "جيش", "جنود", "جندي", "قوات", "سلاح"),
        "fa": ("نظامی", "دفاع", "ارتش", "سرباز", "نیروهای مسلح", "تسلیحات"),
        "zh": ("军", "国防", "防务", "兵", "武器"),
        "ja": ("軍", "防衛", "国防", "兵"),
        "ko": ("군사", "국방", "군대", "병력", "무기"),
        "de": ("militär", "verteidigung", "armee", "truppen", "soldat", "waffen", "streitkräfte"),
        "fr": ("militaire", "défense", "armée", "troupes", "soldat", "armes"),
        "es": ("militar", "defensa", "ejército", "tropas", "soldado", "armas"),
        "tr": ("askeri", "savunma", "ordu", "asker", "silah"),
    },
    "economic": {
        "en": ("trade", "economic", "investment", "export", "import", "business", "tariff"),
        "ru": ("торгов", "эконом", "инвестиц", "экспорт", "импорт"),
        "uk": ("торгів", "економ", "інвестиц", "експорт", "імпорт"),
        "vi": ("thương mại", "kinh tế", "đầu tư", "xuất khẩu", "nhập khẩu", "doanh nghiệp"),
        "th": ("การค้า", "เศรษฐกิจ", "การลงทุน", "ส่งออก", "นำเข้า"),
        "ar": ("تجار", "اقتصاد", "استثمار", "تصدير", "استيراد"),
        "fa": ("تجار", "اقتصاد", "سرمایهگذاری", "صادرات", "واردات"),
        "zh": ("贸易", "经济", "投资", "出口", "进口", "经贸"),
        "ja": ("貿易", "経済", "投資", "輸出", "輸入"),
        "ko": ("무역", "경제", "투자", "수출", "수입"),
        "de": ("handel", "wirtschaft", "investition", "export", "import", "zoll"),
        "fr": ("commerc", "économ", "investissement", "export", "import"),
        "es": ("comerci", "económ", "inversi", "export", "import"),
        "tr": ("ticaret", "ekonomi", "yatırım", "ihracat", "ithalat"),
    },
    "science": {
        "en": ("science", "technolog"), "vi": ("khoa học", "công nghệ"), "zh": ("科学", "技术", "科技"),
        "ar": ("علوم", "تكنولوج"), "fa": ("علم", "فناوری"), "th": ("วิทยาศาสตร์", "เทคโนโลยี"),
        "ru": ("наук", "технолог"),
    },
    "migration": {
        "en": ("visa", "passport"), "vi": ("thị thực", "hộ chiếu"), "zh": ("签证", "护照"),
        "ar": ("تاشير", "جواز"), "fa": ("ویزا", "روادید", "گذرنامه"), "th": ("วีซ่า", "หนังสือเดินทาง"),
        "ru": ("виз", "паспорт"), "de": ("visum", "visa"), "fr": ("visa",), "es": ("visado", "visa"),
        "tr": ("vize",), "ja": ("ビザ", "査証"), "ko": ("비자", "사증"), "uk": ("віз",),
    },
}


def _t(event: str, mode: str | None, role: str, strength: float, *patterns: str) -> list[tuple]:
    return [(p, event, mode, role, strength) for p in patterns]


# The trigger lexicon per language, in matching order: filled from data/event_lexicon.json ("triggers").
TRIGGERS: dict[str, tuple[tuple, ...]] = {}

# "at the invitation of X": X hosts the visit (PLOVER: the host is the recipient).
INVITATION: dict[str, tuple[str, ...]] = {
    "en": ("at the invitation of", "invited by"),
    "ru": ("по приглашению",), "uk": ("на запрошення",),
    "vi": ("theo lời mời", "nhận lời mời"),
    "th": ("ตามคำเชิญ", "ได้รับเชิญ"),
    "ar": ("بدعوه من", "بدعوه", "تلبیه لدعوه"),
    "fa": ("به دعوت",),
    "zh": ("应", "邀请"),
    "ja": ("招待", "招き"), "ko": ("초청",),
    "de": ("auf einladung",), "fr": ("à l'invitation",), "es": ("por invitación", "invitación de"),
    "tr": ("davetlisi", "davetiyle", "daveti üzerine"),
}

# Negation / future / historical markers (matched in a window before the trigger or in the sentence).
NEGATION: dict[str, tuple[str, ...]] = {
    "en": ("not ", "n't", "n’t", "never ", "no "), "ru": ("не ", "нет "), "uk": ("не ", "ні "),
    "vi": ("không ", "chưa ", "chẳng "), "th": ("ไม่", "ยังไม่"),
    "ar": ("لم ", "لن ", "لا ", "ليس "), "fa": ("نه ", "هرگز"),
    "zh": ("没有", "未", "不", "没"), "ja": ("ない", "せず", "ません"), "ko": ("않", "못 "),
    "de": ("nicht ", "kein"), "fr": ("ne ", "n'", "pas "), "es": ("no ", "nunca "), "tr": ("değil",),
}
# Negation words that attach to the word before them ("didn't", "hasn't", "wasn't"): whole-word matching
# (events.find_in strict) does not ask for a word start before them.
CLITICS: dict[str, tuple[str, ...]] = {"en": ("n't", "n’t")}
# "Not only X but Y" says X was done: a NEGATION word inside one of these negates nothing.
NEGATION_NOT: dict[str, tuple[str, ...]] = {
    "en": ("not only ", "not just "), "ru": ("не только ",), "uk": ("не тільки ", "не лише "),
    "vi": ("không chỉ ", "không những "), "zh": ("不仅", "不但", "不只"), "ar": ("ليس فقط", "لا يقتصر"),
    "fr": ("non seulement ",), "es": ("no solo ", "no sólo "), "de": ("nicht nur ",), "th": ("ไม่เพียง",),
}
# Words that open an aside naming co-actors between commas before the verb ("Egypt, with Qatar and Turkey,
# condemned Israel"): the countries in the aside act with the subject, they are not the act's recipients.
WITH_ASIDE: dict[str, tuple[str, ...]] = {
    "en": ("with", "along with", "together with", "alongside"), "ru": ("вместе с", "наряду с"),
    "vi": ("cùng với", "cùng"), "fr": ("avec", "aux côtés de"), "es": ("junto con", "con"), "de": ("mit", "zusammen mit"),
}
FUTURE: dict[str, tuple[str, ...]] = {
    "en": ("will ", "plans to", "is to ", "are to ", "is expected to", "would ", "next week", "next month"),
    "ru": ("будет", "планирует", "намерен", "предстоящ"), "uk": ("буде", "планує"),
    "vi": ("sẽ ", "dự kiến"), "th": ("จะ", "มีกำหนด"),
    "ar": ("سيقوم", "سوف", "سي", "ست", "من المقرر", "المقبل"),
    "fa": ("خواهد", "خواهند", "قرار است", "آینده"),
    "zh": ("将", "即将", "计划", "拟"), "ja": ("予定", "する見通し"), "ko": ("예정", "계획"),
    "de": ("wird ", "werden ", "plant"), "fr": ("va ", "se rendra", "prévoit", "devrait"),
    "es": ("viajará", "prevé", "planea", "tiene previsto"), "tr": ("edecek", "yapacak", "planlan"),
}
# Modal / potential wording: generic triggers in such sentences are not events.
MODAL: dict[str, tuple[str, ...]] = {
    "en": ("potential", "should", "need to", "needs to", "must ", "could ", "hope", "ready to", "willing to",
           "would like to", "wants to", "want to"),
    "ru": ("потенциал", "должн", "необходимо", "следует", "надеется", "надеемся", "надеются", "хотел бы",
           "хотела бы", "хотели бы"), "uk": ("потенціал", "повинн", "слід"),
    "vi": ("tiềm năng", "cần ", "nên ", "mong muốn", "sẵn sàng", "muốn ", "hy vọng", "mong "),
    "th": ("ศักยภาพ", "ควร", "ต้อง", "พร้อมที่จะ", "หวังว่า", "คาดหวัง"),
    "ar": ("امکانات", "امکانیات", "مجال واسع", "ینبغی", "یجب", "مستعد", "نامل", "یامل", "تامل", "یرغب", "ترغب"),
    "fa": ("پتانسیل", "ظرفیت", "باید ", "آماده", "امیدوار", "مایل", "تمایل"),
    "zh": ("潜力", "应", "需", "今后", "应该", "希望", "愿意"), "ja": ("べき", "可能性"), "ko": ("잠재", "해야"),
    "de": ("potenzial", "sollte", "müssen"), "fr": ("potentiel", "devrait", "doit"),
    "es": ("potencial", "debería", "debe "), "tr": ("potansiyel", "gerek"),
}
# Anaphora that continue the previous sentence's event ("the two sides", "during this visit").
PAIR_ANAPHORA: dict[str, tuple[str, ...]] = {}  # per language; filled from data/event_lexicon.json ("words")
# words of a promise right before an act the PLOVER manual codes AGREE when promised ("promising humanitarian aid",
# "pledged $50 million in aid"; events.PROMISE_WORDS); filled from data/event_lexicon.json ("words" -> "PROMISE")
PROMISE: dict[str, tuple[str, ...]] = {}
THIS_VISIT: dict[str, tuple[str, ...]] = {
    "en": ("this visit", "during the visit", "on the occasion"),
    "ru": ("в ходе визита", "этого визита"), "vi": ("lần này", "chuyến thăm này", "dịp này", "buổi tiếp"),
    "th": ("ครั้งนี้", "ระหว่างการเยือน"), "ar": ("هذه الزیاره", "خلال الزیاره"),
    "fa": ("این سفر", "این دیدار", "این نشست"), "zh": ("此次", "值此之际", "期间"),
}
# Role words: sector of the actor.
SECTOR_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "MIL": {
        "en": ("defence", "defense", "army", "military", "general", "armed forces", "troops", "soldier"),
        "ru": ("оборон", "генерал", "арми", "военн"), "uk": ("оборон", "генерал", "армі"),
        "vi": ("quốc phòng", "quân đội", "đại tướng", "thượng tướng", "quân nhân", "binh sĩ"),
        "th": ("กลาโหม", "ทหาร", "กองทัพ", "พลเอก"),
        "ar": ("دفاع", "جیش", "عسکری", "جنود", "جندی", "لواء", "فریق"),
        "fa": ("دفاع", "ارتش", "نظامی", "سرباز", "سردار"),
        "zh": ("国防", "军", "大将", "上将", "将军", "士兵"), "ja": ("防衛", "軍"), "ko": ("국방", "군"),
        "de": ("verteidigung", "armee", "militär", "general"), "fr": ("défense", "armée", "militaire"),
        "es": ("defensa", "ejército", "militar"), "tr": ("savunma", "ordu", "askeri"),
    },
    "GOV": {
        "en": ("president", "prime minister", "minister", "government", "secretary", "premier", "king",
               "chancellor", "ambassador", "foreign"),
        "ru": ("президент", "премьер", "министр", "правительств", "посол"),
        "uk": ("президент", "прем'єр", "міністр", "уряд"),
        "vi": ("chủ tịch", "thủ tướng", "bộ trưởng", "tổng bí thư", "chính phủ", "đại sứ", "ngoại giao"),
        "th": ("ประธานาธิบดี", "นายกรัฐมนตรี", "รัฐมนตรี", "รัฐบาล", "เอกอัครราชทูต"),
        "ar": ("رئیس", "وزیر", "حکومه", "الامین العام", "سفیر", "ملک"),
        "fa": ("رئیس جمهور", "وزیر", "دولت", "دبیرکل", "نخست وزیر", "سفیر"),
        "zh": ("主席", "总统", "总理", "部长", "外长", "政府", "总书记", "大使"),
        "ja": ("大統領", "首相", "大臣", "政府"), "ko": ("대통령", "총리", "장관", "정부"),
        "de": ("präsident", "kanzler", "minister", "regierung"), "fr": ("président", "ministre", "gouvernement"),
        "es": ("presidente", "ministr", "gobierno"), "tr": ("cumhurbaşkanı", "başbakan", "bakan", "hükümet"),
    },
}
# Words that make a sentence with figures a STATEMENT_OF_FIGURES, with the flow they name.
FIGURE_FLOWS: dict[str, dict[str, tuple[str, ...]]] = {
    "trade": {"en": ("trade",), "ru": ("товарооборот", "торгов"), "uk": ("товарообіг", "торгів"),
              "vi": ("thương mại", "kim ngạch"), "th": ("การค้า",), "ar": ("تجار",), "fa": ("تجار",),
              "zh": ("贸易",), "ja": ("貿易",), "ko": ("무역", "교역"), "de": ("handel",), "fr": ("commerc", "échanges"),
              "es": ("comerci",), "tr": ("ticaret",)},
    "export": {"en": ("export",), "ru": ("экспорт",), "vi": ("xuất khẩu",), "th": ("ส่งออก",), "ar": ("صادرات", "تصدير"),
               "fa": ("صادرات",), "zh": ("出口",), "ja": ("輸出",), "ko": ("수출",), "de": ("export", "ausfuhr"),
               "fr": ("export",), "es": ("export",), "tr": ("ihracat",), "uk": ("експорт",)},
    "import": {"en": ("import",), "ru": ("импорт",), "vi": ("nhập khẩu",), "th": ("นำเข้า",), "ar": ("واردات", "استيراد"),
               "fa": ("واردات",), "zh": ("进口",), "ja": ("輸入",), "ko": ("수입",), "de": ("import", "einfuhr"),
               "fr": ("import",), "es": ("import",), "tr": ("ithalat",), "uk": ("імпорт",)},
    "investment": {"en": ("invest",), "ru": ("инвестиц",), "uk": ("інвестиц",), "vi": ("đầu tư",), "th": ("ลงทุน",),
                   "ar": ("استثمار",), "fa": ("سرمایهگذاری", "سرمایه گذاری", "سرمایه"), "zh": ("投资",), "ja": ("投資",),
                   "ko": ("투자",), "de": ("investition",), "fr": ("investissement",), "es": ("inversi",),
                   "tr": ("yatırım",)},
    "aid": {"en": ("aid", "assistance", "grant"), "vi": ("viện trợ",), "zh": ("援助",), "ar": ("مساعدات",),
            "fa": ("کمک",), "ru": ("помощ",), "th": ("ความช่วยเหลือ",)},
    "troops": {"en": ("troops", "soldier"), "ru": ("военнослуж", "солдат", "войск"), "uk": ("військов", "солдат"),
               "vi": ("quân nhân", "binh sĩ", "chiến sĩ"), "th": ("ทหาร", "นาย"), "ar": ("جندی", "جنود", "قوات"),
               "fa": ("سرباز", "نیرو"), "zh": ("兵", "军人", "軍人", "部队", "部隊", "军队", "軍隊", "驻军", "駐軍"), "ja": ("兵",), "ko": ("병력", "장병"),
               "de": ("soldat", "truppen"), "fr": ("soldat", "troupes"), "es": ("soldado", "tropas"),
               "tr": ("asker",)},
}
TARGET_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("target", "goal", "aim to", "reach"), "ru": ("цель", "достичь", "довести"), "vi": ("mục tiêu", "đạt"),
    "th": ("เป้าหมาย",), "ar": ("هدف", "بلوغ"), "fa": ("هدف", "برسد", "رسیدن"), "zh": ("目标", "达到"),
    "de": ("ziel",), "fr": ("objectif",), "es": ("meta", "objetivo"), "tr": ("hedef",), "uk": ("мета",),
}
FIGURE_UNITS = frozenset({"soldier", "troop", "officer", "personnel", "project", "tonne", "ton", "barrel"})

# Embedding prototypes: a few sentences per (type, mode), several languages. "NONE" holds typical
# non-event sentences (background, relations in general, opinion) that must not become events.
PROTOTYPES: dict[tuple[str, str | None], tuple[str, ...]] = {
    ("CONSULT", "visit"): (
        "The president paid a state visit to the country at the invitation of his counterpart.",
        "The defence minister arrived in Moscow for an official visit.",
        "Thủ tướng thăm chính thức Nhật Bản theo lời mời của Thủ tướng nước này.",
        "应俄罗斯总统邀请，国家主席对俄罗斯进行国事访问。",
        "قام الرئيس بزيارة رسمية إلى روسيا بدعوة من نظيره.",
        "رئیس جمهور به دعوت همتای خود به روسیه سفر کرد.",
        "นายกรัฐมนตรีเดินทางเยือนญี่ปุ่นอย่างเป็นทางการ",
        "Президент прибыл с официальным визитом в Китай.",
    ),
    ("CONSULT", "meet"): (
        "The foreign minister met his counterpart and held talks on bilateral relations.",
        "The vice president received the visiting defence minister at the presidential palace.",
        "Hai nhà lãnh đạo đã hội đàm về quan hệ song phương.",
        "两国外长举行会谈，就双边关系交换意见。",
        "التقى وزير الخارجية نظيره وبحثا العلاقات الثنائية.",
        "وزیر امور خارجه در دیدار با همتای خود درباره روابط دوجانبه گفتگو کرد.",
        "Министры иностранных дел провели переговоры.",
    ),
    ("CONSULT", "phone"): (
        "The two leaders spoke by telephone about the crisis.",
        "两国领导人通电话。",
        "أجرى الرئيس اتصالا هاتفيا مع نظيره.",
    ),
    ("SUPPORT", "agreement"): (
        "The two countries signed an agreement on visa exemption for holders of ordinary passports.",
        "The ministers signed a memorandum on military technical cooperation.",
        "Hai bên đã ký kết thỏa thuận hợp tác trong lĩnh vực quốc phòng.",
        "双方签署了合作协议。",
        "وقع البلدان اتفاقية للتعاون الاقتصادي.",
        "دو کشور موافقتنامه همکاری امضا کردند.",
        "ทั้งสองฝ่ายลงนามข้อตกลงความร่วมมือ",
        "Стороны подписали соглашение о сотрудничестве.",
    ),
    ("AGREE", "cooperate"): (
        "The two sides agreed to strengthen cooperation in trade and investment.",
        "They pledged to expand defence ties.",
        "双方同意加强合作。",
        "اتفق الجانبان على تعزيز التعاون.",
    ),
    ("SUPPORT", "praise"): (
        "The minister praised the results of bilateral cooperation and voiced support for the country.",
        "Belarus always supports Vietnam at international forums.",
        "وزیر از توسعه روابط قدردانی کرد.",
    ),
    ("COOPERATE", "military"): (
        "The two navies held a joint military exercise.",
        "The armies conducted joint drills and exchanged officers for training.",
    ),
    ("AID", None): (
        "The government sent humanitarian aid to the flood victims in the neighbouring country.",
        "Japan provided 10 million dollars in assistance to the country.",
    ),
    ("REQUEST", "invite"): (
        "The president called on the country to support its candidacy.",
        "Russia invited Vietnam to send troops to the parade.",
        "The minister urged the partner to implement the contracts on schedule.",
    ),
    ("ACCUSE", "disapprove"): (
        "The foreign ministry accused the neighbouring government of violating the ceasefire.",
        "The country condemned the attack and criticised its rival.",
        "أدانت الوزارة الهجوم واتهمت الحكومة بانتهاك الاتفاق.",
    ),
    ("REJECT", None): ("The government rejected the proposal and refused to negotiate.",),
    ("THREATEN", None): ("The leader threatened to impose tariffs and warned of military action.",),
    ("PROTEST", "demonstrate"): ("Thousands of people protested outside the embassy against the government.",),
    ("SANCTION", None): ("The United States imposed sanctions on the country and expelled its diplomats.",),
    ("MOBILIZE", "troops"): (
        "The army deployed troops to the border.",
        "A contingent of soldiers took part in the military parade in Red Square.",
    ),
    ("COERCE", "arrest"): ("Police arrested foreign nationals and seized their vessel.",),
    ("ASSAULT", None): ("Missiles struck the city and killed several civilians.",
                        "The air force bombed positions across the border."),
    ("RETREAT", "withdraw"): ("The country withdrew its troops from the region.",),
    ("NONE", None): (
        "Relations between the two countries have developed positively over the decades.",
        "The two countries have great potential for cooperation in many fields.",
        "The article stresses the importance of defence relations.",
        "Bilateral relations are a traditional friendship built on mutual trust.",
        "Quan hệ hữu nghị truyền thống giữa hai nước không ngừng được củng cố.",
        "两国关系是友好关系的象征。",
        "العلاقات بين البلدين علاقات صداقة تقليدية قوية.",
        "روابط دو کشور به طور مثبتی توسعه یافته است.",
        "ความสัมพันธ์ระหว่างสองประเทศมีมาช้านาน",
        "Отношения между странами развиваются.",
        "The country exports seafood, textiles and rice.",
    ),
}

# Words that contain a trigger or marker but mean something else; matches inside them are ignored.
EXCLUDE: dict[str, tuple[str, ...]] = {
    "vi": ("tiếp tục", "trực tiếp", "tiếp cận", "tiếp theo", "kế tiếp", "tiếp xúc", "tiếp nhận", "ký tự", "thư ký",
           "đăng ký", "ký giả", "ký ức", "thăm dò", "gặp khó", "miễn là", "miễn phí", "đón nhận", "hỗ trợ kỹ thuật"),
    "zh": ("大将", "上将", "中将", "少将", "将军", "武将", "应对", "应用", "响应", "适应", "供应", "反应", "相应",
           "应当", "对话机制", "合作伙伴", "伙伴关系"),
    "th": ("ยึดมั่น", "ยึดถือ", "จะต้อง"),
    "ar": ("وزار", "الزراعه"),
    "fa": ("وزارت", "بازداشتن", "توافقنامه", "توافق نامه", "موافقتنامه", "موافقت نامه"),
    "en": ("visitor", "strike a balance", "hunger for"),
}

# Sport: a "meeting" (دیدار, مباراة, trận) between two national teams is not a CONSULT.
SPORTS: dict[str, tuple[str, ...]] = {
    "en": ("match", "league", "football", "tournament", "championship", "national team", "cup ", "striker",
           "midfielder", "goalkeeper"),
    "ru": ("матч", "сборн", "чемпионат", "турнир", "футбол"), "uk": ("матч", "збірн", "чемпіонат"),
    "vi": ("trận đấu", "trận bóng", "đội tuyển", "giải đấu", "bóng đá", "vô địch"), "th": ("ฟุตบอล", "การแข่งขัน", "ทีมชาติ"),
    "ar": ("مباراه", "المنتخب", "الدوری", "بطوله", "فریق کره", "کره القدم", "المهاجم"),
    "fa": ("مسابقه", "تیم ملی", "لیگ", "جام ", "فوتبال", "بسکتبال", "والیبال", "شکست داد", "بازی"),
    "zh": ("比赛", "联赛", "足球", "球队", "锦标赛"), "ja": ("試合", "サッカー", "代表チーム"),
    "ko": ("경기", "축구", "대표팀"), "de": ("spiel", "mannschaft", "fußball", "turnier"),
    "fr": ("match", "équipe", "football", "tournoi"), "es": ("partido", "selección", "fútbol", "torneo"),
    "tr": ("maç", "milli takım", "futbol", "turnuva"),
}

# An interview given to an outlet ("در مصاحبه با شبکه فاکس گفت"): the classifier's "meeting" in such a sentence is no
# meeting of states (events.INTERVIEW). Filled from data/event_lexicon.json 'words' -> 'INTERVIEW'.
INTERVIEW: dict[str, tuple[str, ...]] = {}

# Habitual / generic wording: "regularly exchange visits" is a pattern of relations, not an event.
HABITUAL: dict[str, tuple[str, ...]] = {
    "en": ("regularly", "routinely", "frequently", "every year", "annually"),
    "ru": ("регулярно", "ежегодно"), "uk": ("регулярно", "щороку"),
    "vi": ("thường xuyên", "hằng năm", "hàng năm", "duy trì các chuyến"),
    "th": ("เป็นประจำ", "ทุกปี"), "ar": ("بانتظام", "سنویا", "یحافظ الجانبان علی تبادل"),
    "fa": ("به طور منظم", "همه ساله", "سالانه"), "zh": ("经常", "定期", "每年", "机制"),
    "ja": ("定期的", "毎年"), "ko": ("정기적", "매년"), "de": ("regelmäßig", "jährlich"),
    "fr": ("régulièrement", "chaque année"), "es": ("regularmente", "cada año"), "tr": ("düzenli", "her yıl"),
}

# Crowds: PROTEST is people demonstrating (GUIDE.md); a "protest" without a crowd word is a
# government's verbal protest (summoning an ambassador to protest, a protest note), coded ACCUSE.
CROWD: dict[str, tuple[str, ...]] = {
    "en": ("demonstrator", "protester", "crowd", "rally", "march", "thousands", "hundreds", "people", "students",
           "strike", "boycott"),
    "ru": ("демонстрант", "митинг", "толп", "тысяч", "сотни", "люд", "забастов", "бойкот", "шестви"),
    "vi": ("người biểu tình", "biểu tình", "đám đông", "hàng nghìn", "hàng trăm", "người dân", "đình công",
           "tẩy chay", "tuần hành"),
    "th": ("ผู้ประท้วง", "ผู้ชุมนุม", "ชุมนุม", "ฝูงชน", "ประชาชน", "คว่ำบาตรสินค้า"),
    "ar": ("متظاهر", "محتج", "تظاهر", "مظاهر", "حشود", "الآلاف", "المئات", "مسیره", "اعتصام", "اضراب", "مقاطعه"),
    "fa": ("تظاهرکننده", "تظاهرات", "معترضان", "تجمع", "راهپیمایی", "هزاران", "صدها", "مردم", "اعتصاب",
           "تحریم کالا"),
    "zh": ("示威", "游行", "民众", "群众", "人群", "数千", "数百", "罢工", "抵制", "集会"),
    "ja": ("デモ", "群衆", "市民", "ストライキ"), "ko": ("시위대", "군중", "시민", "파업"),
    "de": ("demonstrant", "kundgebung", "menge", "tausende", "streik", "boykott"),
    "fr": ("manifestant", "foule", "milliers", "grève", "boycott"),
    "es": ("manifestante", "multitud", "miles", "huelga", "boicot"),
    "tr": ("gösterici", "kalabalık", "binlerce", "grev", "boykot"), "uk": ("демонстрант", "мітинг", "натовп"),
}

# Spoken acts: an "attack" in a sentence about words (a statement, remarks, a speech) and with no word of
# force is a verbal attack, coded ACCUSE (GUIDE.md), not ASSAULT.
SPOKEN: dict[str, tuple[str, ...]] = {
    "en": ("statement", "remarks", "comments", "speech", "verbal", "words", "tweet", "interview", "rhetoric"),
    "ru": ("заявлени", "высказывани", "слова", "речь", "выступлени", "интервью", "словесн", "риторик"),
    "vi": ("phát biểu", "tuyên bố", "phát ngôn", "bài phát biểu", "lời lẽ", "bằng lời", "chỉ trích"),
    "th": ("แถลง", "คำพูด", "ถ้อยคำ", "กล่าว", "วิจารณ์"),
    "ar": ("تصریحات", "تصریح", "بیان", "خطاب", "كلمه", "کلمه", "انتقاد", "انتقادات", "لفظی", "مقابله"),
    "fa": ("سخنان", "اظهارات", "بیانیه", "سخنرانی", "انتقاد", "لفظی", "مصاحبه"),
    "zh": ("讲话", "言论", "声明", "发言", "抨击", "批评", "口头"), "ja": ("発言", "声明", "演説", "批判"),
    "ko": ("발언", "성명", "연설", "비판"), "de": ("äußerung", "erklärung", "rede", "verbal", "kritik"),
    "fr": ("déclaration", "propos", "discours", "verbal", "critique"),
    "es": ("declaraci", "comentarios", "discurso", "verbal", "crítica"), "tr": ("açıklama", "sözler", "konuşma"),
    "uk": ("заяв", "висловлюван", "промов", "словесн"),
}
FORCE: dict[str, tuple[str, ...]] = {
    "en": ("killed", "wounded", "bomb", "missile", "rocket", "shell", "troops", "soldiers", "air strike",
           "airstrike", "drone", "fire"),
    "ru": ("погиб", "убит", "ранен", "бомб", "ракет", "снаряд", "войск", "солдат", "авиаудар", "дрон"),
    "vi": ("thiệt mạng", "bị thương", "bom", "tên lửa", "pháo", "binh sĩ", "không kích", "máy bay không người lái"),
    "th": ("เสียชีวิต", "บาดเจ็บ", "ระเบิด", "ขีปนาวุธ", "ทหาร", "ปืน"),
    "ar": ("قتل", "قتلى", "مقتل", "جرحى", "اصابه", "صاروخ", "صواریخ", "قذائف", "قصف", "غارة", "غاره", "طائرات",
           "جنود", "قوات", "مسلح", "انتحاری", "تفجیر"),
    "fa": ("کشته", "زخمی", "بمب", "موشک", "سرباز", "نیروهای", "پهپاد", "انفجار", "مسلحانه"),
    "zh": ("死亡", "受伤", "炸弹", "导弹", "火箭", "炮", "士兵", "部队", "无人机", "爆炸"),
    "ja": ("死亡", "負傷", "爆弾", "ミサイル", "兵"), "ko": ("사망", "부상", "폭탄", "미사일", "병력"),
    "de": ("getötet", "verletzt", "bombe", "rakete", "soldaten", "truppen"),
    "fr": ("tué", "blessé", "bombe", "missile", "soldats", "troupes"),
    "es": ("muerto", "herido", "bomba", "misil", "soldados", "tropas"),
    "tr": ("öldü", "yaralı", "bomba", "füze", "asker"), "uk": ("загин", "поранен", "ракет", "військ"),
}

# Locative words right before a country name: the country is the venue ("in the Philippines").
LOCATIVE: dict[str, tuple[str, ...]] = {
    "en": ("in ",), "ru": ("в ", "во "), "uk": ("в ", "у "), "vi": ("tại ", "ở "), "th": ("ที่", "ใน"),
    "ar": ("في ",), "fa": ("در ",), "zh": ("在", "于"), "ja": ("で",), "ko": ("에서",),
    "de": ("in ",), "fr": ("en ", "au "), "es": ("en ",), "tr": ("da", "de"),
}

# Topic words right before a country name: the country is what is discussed ("talks about Syria", بشأن
# سوريا, 关于叙利亚), not a party. Filled from data/event_lexicon.json ("words" -> "TOPIC").
TOPIC: dict[str, tuple[str, ...]] = {}

# Passive markers: "Vietnam received great help from the Soviet Union" (受到 X 的帮助): the party between
# the marker and the trigger is the actor (vi "bị", th "ถูก", zh "遭到": "Nga bị Mỹ trừng phạt", sanctioned by
# the US; "chuẩn bị", "thiết bị", "ถูกต้อง" are in the lexicon's EXCLUDE words). zh "遭" alone ("俄罗斯遭美国制裁")
# and th "โดน", the colloquial "ถูก" ("รัสเซียโดนสหรัฐคว่ำบาตร"), with "周遭" and "โดนัลด์" (Donald) in EXCLUDE.
PASSIVE: dict[str, tuple[str, ...]] = {
    "en": ("by ", "from "), "ru": ("со стороны",), "vi": ("được", "nhận được", "từ phía", "bị"),
    "th": ("ได้รับ", "จาก", "ถูก", "โดน"), "ar": ("من قبل", "من جانب", "تلقی"), "fa": ("توسط", "از سوی", "از جانب"),
    "zh": ("受到", "得到", "被", "获得", "遭到", "遭受", "遭"), "ja": ("によって", "から"), "ko": ("에 의해",),
}

# Guest words right before the party met: "李强会见访华的印尼总统", "会见来访的X", "met the visiting Japanese
# premier": the party met is the visitor, and GUIDE.md makes the visitor the actor of the meeting.
GUEST: dict[str, tuple[str, ...]] = {
    "zh": ("来访", "访华", "在华访问", "正在华访问", "应邀访华", "到访"),
    "en": ("visiting ",),
}

# "With" before a country: in a joint act (talks, an agreement) the country so marked is the one met, and
# the other named country acts ("In talks with Nigeria, the US Secretary of State said", "在与美国会谈时，中方表示").
WITH: dict[str, tuple[str, ...]] = {
    "vi": ("với", "với phía"), "zh": ("与", "同"), "en": ("with ",), "th": ("กับ",),
}

# --- dates: which of a sentence's dates is the event's (docs/events.md "Dates") ---------------------

# Reporting verbs and announcement nouns: a date right next to one ("announced on 2 May", "طبق اعلام ...
# در تاریخ ۲ مه", "外交部5月2日宣布") dates the report, not the event. Bare source markers ("according to",
# "به گفته", "theo", "据") are not listed: "according to X, on 5 May A and B signed" dates the signing.
REPORTING: dict[str, tuple[str, ...]] = {
    "en": ("announced", "announcement", "said", "says", "told", "reported", "stated", "statement", "press release",
           "published"),
    "ru": ("сообщил", "сообщила", "сообщили", "сообщается", "объявил", "заявил", "заявила", "заявили", "заявлени"),
    "uk": ("повідомив", "повідомила", "повідомили", "оголосив", "заявив", "заявила", "заявили", "заяв"),
    "vi": ("thông báo", "cho biết", "tuyên bố", "công bố", "thông cáo"),
    "th": ("ประกาศ", "แถลง", "เปิดเผย", "รายงานว่า"),
    "ar": ("اعلن", "اعلنت", "الاعلان", "اعلان", "بیان", "قال ", "قالت ", "صرح", "افاد", "افادت", "ذکرت ", "ذکر ",
           "نشرت ", "نقلت "),
    "fa": ("اعلام", "اطلاعیه", "بیانیه", "گفت ", "گزارش داد"),
    "zh": ("宣布", "表示", "声明", "报道", "发布", "通报", "透露"), "ja": ("発表", "明らかにした", "述べた", "報じた"),
    "ko": ("발표", "밝혔다", "전했다"), "de": ("teilte", "mitgeteilt", "gab bekannt", "bekanntgegeben", "erklärte", "sagte"),
    "fr": ("a annoncé", "annonce", "a déclaré", "déclaration", "communiqué", "a indiqué"),
    "es": ("anunció", "informó", "declaró", "comunicado", "dijo"), "tr": ("açıkladı", "duyurdu", "bildirdi", "açıklama"),
}
# Words that open the reported clause: a date after them belongs to the reported event.
COMPLEMENTIZER: dict[str, tuple[str, ...]] = {
    "en": ("that ",), "ru": ("что ",), "uk": ("що ",), "vi": ("rằng", "là "), "th": ("ว่า",),
    "ar": ("ان ",), "fa": ("که ",), "zh": ("，", ",", "：", ":"), "ja": ("、", "と"), "ko": ("고 ",),
    "de": ("dass ",), "fr": ("que ", "qu'"), "es": ("que ",), "tr": ("ki ",),
}
# Plans and terms that cover a period: a bare year right after one ("Kế hoạch trao đổi đoàn năm 2019",
# "خطة عام 2025", "план на 2019 год", "nhiệm kỳ 2020 – 2021") names the plan, not the event's date. After an
# agreement noun a bare year is usually when it was signed ("توقع اتفاقية ... عام 2012"), so those are not here.
PLAN_NOUNS: dict[str, tuple[str, ...]] = {
    "en": ("plan", "programme", "program", "strategy", "budget", "roadmap", "agenda", "vision", "term"),
    "ru": ("план", "программ", "стратеги", "бюджет", "дорожн", "концепци"),
    "uk": ("план", "програм", "стратегі", "бюджет"),
    "vi": ("kế hoạch", "chương trình", "chiến lược", "ngân sách", "lộ trình", "tầm nhìn", "nhiệm kỳ", "đề án"),
    "th": ("แผน", "โครงการ", "ยุทธศาสตร์", "งบประมาณ", "วาระ"),
    "ar": ("خطة", "برنامج", "استراتيجية", "ميزانية", "رؤية", "خارطة طريق", "ولاية"),
    "fa": ("برنامه", "طرح", "راهبرد", "بودجه", "نقشه راه", "چشمانداز"),
    "zh": ("计划", "规划", "战略", "预算", "路线图", "愿景", "纲要", "方案", "任期"),
    "ja": ("計画", "戦略", "予算"), "ko": ("계획", "전략", "예산"),
    "de": ("plan", "programm", "strategie", "haushalt", "agenda"),
    "fr": ("plan", "programme", "stratégie", "budget", "agenda", "feuille de route", "mandat"),
    "es": ("plan", "programa", "estrategia", "presupuesto", "agenda", "mandato"),
    "tr": ("plan", "program", "strateji", "bütçe"),
}
# Any document: in languages with the modifier first, a year right before one ("the 2019 exchange plan",
# "the 2015 nuclear agreement", "2019年交流计划") names the document.
DOCUMENT_NOUNS: dict[str, tuple[str, ...]] = {
    "en": PLAN_NOUNS["en"] + ("agreement", "deal", "treaty", "memorandum", "accord", "protocol"),
    "de": PLAN_NOUNS["de"] + ("abkommen", "vertrag", "vereinbarung"),
    "zh": PLAN_NOUNS["zh"] + ("协议", "协定", "备忘录", "议定书", "条约"),
    "ja": PLAN_NOUNS["ja"] + ("協定", "覚書", "合意", "条約"), "ko": PLAN_NOUNS["ko"] + ("협정", "양해각서", "합의"),
    "tr": PLAN_NOUNS["tr"] + ("anlaşma", "mutabakat"),
}
# Words for "year" that may stand between a noun or preposition and the year ("năm 2019", "سال ۲۰۲۵").
YEAR_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("year", "the year"), "ru": ("год",), "uk": ("рік",), "vi": ("năm",), "th": ("ปี", "พ.ศ.", "ค.ศ."),
    "ar": ("عام", "العام", "سنة", "لعام"), "fa": ("سال",), "de": ("jahr", "jahres"), "fr": ("année", "l'année"),
    "es": ("año", "el año"), "tr": ("yılı", "yıl"),
}
# Temporal prepositions: a year after one is an adverbial of time ("signed an agreement in 2019"), a date.
TIME_PREPS: dict[str, tuple[str, ...]] = {
    "en": ("in", "on", "since", "by", "until", "till", "from", "during", "to", "through", "early", "late", "mid"),
    "ru": ("в", "во", "с", "до", "к", "по"), "uk": ("в", "у", "з", "до", "по"),
    "vi": ("vào", "trong", "từ", "đến", "tới", "cuối", "đầu", "giữa", "hồi", "sang"),
    "th": ("ใน", "เมื่อ", "ตั้งแต่", "ถึง"), "ar": ("في", "منذ", "خلال", "حتى", "بحلول", "مطلع", "نهاية"),
    "fa": ("در", "از", "تا", "طی"), "zh": ("在", "于", "从", "到", "至", "自"),
    "de": ("im", "in", "seit", "bis", "ab"), "fr": ("en", "depuis", "dès", "jusqu'en", "d'ici"),
    "es": ("en", "desde", "hasta", "durante"), "tr": ("beri",),
}
# "So far", "in recent years", "last year", "previously": a past event in such a sentence is background or at
# another time, never dated by the narrative.
SO_FAR: dict[str, tuple[str, ...]] = {
    "en": ("so far", "to date", "until now", "in recent years", "over the years", "over the past", "last year",
           "previously", "earlier this year", "in the past"),
    "ru": ("до сих пор", "на сегодняшний день", "в последние годы", "за последние", "в прошлом году", "ранее"),
    "uk": ("досі", "останніми роками", "минулого року", "раніше"),
    "vi": ("thời gian qua", "cho đến nay", "đến nay", "những năm qua", "thời gian gần đây", "năm ngoái", "trước đây"),
    "th": ("ที่ผ่านมา", "จนถึงปัจจุบัน", "ปีที่แล้ว"),
    "ar": ("حتى الآن", "في السنوات الاخیره", "علی مدی", "العام الماضي", "السنة الماضية", "سابقا"),
    "fa": ("تاکنون", "تا کنون", "در سالهای اخیر", "در دوره اخیر", "سال گذشته", "پیش از این", "قبلا"),
    "zh": ("截至目前", "至今", "近年来", "迄今", "多年来", "去年", "此前", "之前"),
    "ja": ("これまで", "近年", "昨年", "去年"), "ko": ("지금까지", "최근 몇 년", "지난해", "작년"),
    "de": ("bisher", "in den letzten jahren", "letztes jahr", "im vergangenen jahr", "zuvor"),
    "fr": ("jusqu'à présent", "ces dernières années", "an dernier", "année dernière", "auparavant"),
    "es": ("hasta ahora", "en los últimos años", "el año pasado", "anteriormente"),
    "tr": ("şimdiye kadar", "son yıllarda", "geçen yıl", "daha önce"),
}


def _load_additions() -> None:
    """Read ``data/event_lexicon.json``: the trigger lexicon per language (``TRIGGERS``), word lists
    appended to the tables above, and its Persian-style negation and "between" words."""

    data = read_json("event_lexicon.json")
    for lang, groups in data.get("triggers", {}).items():
        TRIGGERS[lang] = TRIGGERS.get(lang, ()) + tuple(x for ev, mode, role, strength, words in groups
                                                         for x in _t(ev, mode, role, strength, *words))
    for name, per_lang in data.get("words", {}).items():
        table = globals()[name]
        for lang, words in per_lang.items():
            if not lang.startswith("_"):  # "_about": what the list is for
                table[lang] = tuple(dict.fromkeys(table.get(lang, ()) + tuple(words)))
    NEGATION_AFTER.update({k: tuple(v) for k, v in data.get("negation_after", {}).items()})
    NEGATION_COPULA.update({k: tuple(v) for k, v in data.get("negation_copula", {}).items()})
    BETWEEN.update({k: tuple(v) for k, v in data.get("between", {}).items()})
    JOINT_BY.update({k: tuple(v) for k, v in data.get("joint_by", {}).items() if not k.startswith("_")})
    KINGDOM.update(data.get("kingdom", {}))
    NONSTATE.update({k: tuple(v) for k, v in data.get("nonstate", {}).items()})
    ADDRESSEE.update({k: tuple(v) for k, v in data.get("addressee", {}).items()})
    GATHERING.update({k: tuple(v) for k, v in data.get("gathering", {}).items()})
    GATHERING_NAME.update({k: tuple(v) for k, v in data.get("gathering_name", {}).items() if not k.startswith("_")})
    PARADE.update({k: tuple(v) for k, v in data.get("parade", {}).items() if not k.startswith("_")})
    RECIPROCAL.update({k: tuple(v) for k, v in data.get("reciprocal", {}).items()})
    ACT_ANAPHORA.update({k: tuple(v) for k, v in data.get("act_anaphora", {}).items() if not k.startswith("_")})
    CONDITIONAL.update({k: tuple(v) for k, v in data.get("conditional", {}).items()})
    UNCERTAIN.update({k: tuple(v) for k, v in data.get("uncertain", {}).items()})
    for lang, spec in data.get("considered", {}).items():
        if not lang.startswith("_"):
            CONSIDERED[lang] = tuple(spec["words"])
            CONSIDERED_NOT[lang] = tuple(spec.get("not", ()))
    NOT_ATTENDED.update({k: tuple(v) for k, v in data.get("not_attended", {}).items() if not k.startswith("_")})
    TALKED_ABOUT.update({k: tuple(v) for k, v in data.get("talked_about", {}).items()})
    VICTIM_NOUN.update({k: tuple(v) for k, v in data.get("victim_noun", {}).items() if not k.startswith("_")})
    PASSIVE_BARE.update({k: tuple(v) for k, v in data.get("passive_bare", {}).items() if not k.startswith("_")})
    for lang, spec in data.get("wish", {}).items():
        WISH[lang] = tuple(spec["words"])
        WISH_PRESUPPOSED[lang] = tuple(spec.get("presupposed", ()))
    DENIAL.update({k: tuple(v) for k, v in data.get("denial", {}).items()})
    DENIAL_BEFORE.update({k: tuple(v) for k, v in data.get("denial_before", {}).items()})
    BASELESS.update({k: tuple(v) for k, v in data.get("baseless", {}).items() if not k.startswith("_")})
    NEGATED_REJECT.update({k: tuple(v) for k, v in data.get("negated_reject", {}).items() if not k.startswith("_")})
    REACTION.update({k: tuple(v) for k, v in data.get("reaction", {}).items() if not k.startswith("_")})
    NEGATED_SUPPORT.update({k: tuple(v) for k, v in data.get("negated_support", {}).items() if not k.startswith("_")})
    REQUESTER.update({k: tuple(v) for k, v in data.get("requester", {}).items() if not k.startswith("_")})
    RECIPIENT_SLOT.update({k: tuple(v) for k, v in data.get("recipient_slot", {}).items()})
    FORMER.update({k: tuple(v) for k, v in data.get("former", {}).items()})
    CIVIL_TRAVELLER.update({k: tuple(v) for k, v in data.get("civil_traveller", {}).items() if not k.startswith("_")})
    DIGEST.update({k: tuple(v) for k, v in data.get("digest", {}).items()})
    TERROR_CONDEMNED.update({k: tuple(v) for k, v in data.get("terror_condemned", {}).items() if not k.startswith("_")})
    ORG_OFFICIAL.update({k: tuple(v) for k, v in data.get("org_official", {}).items() if not k.startswith("_")})
    APPOSITION_NOT.update({k: frozenset(v) for k, v in data.get("apposition_not", {}).items() if not k.startswith("_")})
    CONTINUATION.update({k: tuple(v) for k, v in data.get("continuation", {}).items() if not k.startswith("_")})
    RESTATED.update({k: tuple(v) for k, v in data.get("continuation_restated", {}).items() if not k.startswith("_")})
    for lang, spec in data.get("noun_use", {}).items():
        NOUN_USE[lang] = (tuple(spec["nouns"]), tuple(spec["verbs"]), int(spec.get("within", 12)))
        if "far_verbs" in spec:
            NOUN_USE_FAR[lang] = (tuple(spec["far_verbs"]), int(spec.get("far_within", 80)), tuple(spec.get("told", ())),
                                  tuple(spec.get("during", ())))
    ATTENDANCE.update({k: tuple(v) for k, v in data.get("attendance", {}).items()})
    DESTINATION.update({k: tuple(v) for k, v in data.get("destination", {}).items()})
    AID_SENT.update({k: tuple(v) for k, v in data.get("aid_sent", {}).items() if not k.startswith("_")})
    OUR_COUNTRY.update({k: tuple(v) for k, v in data.get("our_country", {}).items() if not k.startswith("_")})
    FIRST_PERSON.update({k: tuple(v) for k, v in data.get("first_person", {}).items() if not k.startswith("_")})
    MEDIA.update({k: tuple(v) for k, v in data.get("media", {}).items()})
    AGENCY.update({k: tuple(v) for k, v in data.get("agency", {}).items() if not k.startswith("_")})
    AGENCY_AFTER.update({k: tuple(v) for k, v in data.get("agency_after", {}).items() if not k.startswith("_")})
    ORIGIN.update({k: tuple(v) for k, v in data.get("origin", {}).items()})
    for lang, spec in data.get("possessed_sanction", {}).items():
        if not lang.startswith("_"):
            POSSESSED_SANCTION[lang] = (tuple(spec["nouns"]), tuple(spec.get("modifiers", ())), tuple(spec["against"]))
    for side, words in data.get("nonstate_head", {}).items():
        if not side.startswith("_"):
            NONSTATE_HEAD[side] = {k: tuple(v) for k, v in words.items()}
    for side, words in data.get("relation_head", {}).items():
        if not side.startswith("_"):
            RELATION_HEAD[side] = {k: tuple(v) for k, v in words.items()}
    FUTURE_NOT.update({k: tuple(v) for k, v in data.get("future_not", {}).items()})
    WELCOME_TOPIC.update({k: tuple(v) for k, v in data.get("welcome_topic", {}).items()})
    for lang, kinds in data.get("speaker", {}).items():
        SPEAKER_PRONOUNS[lang] = tuple(kinds.get("pronouns", ()))
        SPEAKER_HOME_ROLES[lang] = tuple(kinds.get("home_roles", ()))
    IMPLIED_SPEAKER.update({k: (tuple(v["verbs"]), tuple(v["next"]))
                            for k, v in data.get("implied_speaker", {}).items() if not k.startswith("_")})
    ANNIVERSARY.update({k: {side: tuple(v.get(side, ())) for side in ("before", "after")}
                        for k, v in data.get("anniversary", {}).items() if not k.startswith("_")})


# Words right after a trigger that negate it (verb-final languages: Persian "امضا نکرد"); "between" words that
# introduce the pair of a joint act ("برقراری روابط بین A و B"). Both filled from data/event_lexicon.json.
NEGATION_AFTER: dict[str, tuple[str, ...]] = {}
NEGATION_COPULA: dict[str, tuple[str, ...]] = {}  # Persian "نیست": the trigger noun is the predicate denied
BETWEEN: dict[str, tuple[str, ...]] = {}
# Words after a joint act that name its two doers ("joint drills staged by A and B"): a pair for the joint act only,
# not a relation that stances are on (BETWEEN's other use). From data/event_lexicon.json "joint_by".
JOINT_BY: dict[str, tuple[str, ...]] = {}
# An unnamed speaker opening a sentence ("وی افزود:", "نائب رئیس کمیسیون امنیت ملی مجلس گفت:"): pronouns for the
# last person named, and the language's own institutions (its home country). From data/event_lexicon.json.
SPEAKER_PRONOUNS: dict[str, tuple[str, ...]] = {}
SPEAKER_HOME_ROLES: dict[str, tuple[str, ...]] = {}
# A reporting verb opening a sentence with its subject left out ("وقال إن ..."): (verbs, words that may follow it).
IMPLIED_SPEAKER: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
# The bare "the kingdom" ("المملكة") for the kingdom an article is about: per language, its words, the words after
# it that make it another name ("المملكة المتحدة"), the default kingdom and the kingdoms it may stand for.
KINGDOM: dict[str, dict] = {}
# An act an anniversary counts from ("中意建交40周年", "kỷ niệm 30 năm thiết lập quan hệ ngoại giao"): per language, regular
# expressions right "after" the trigger word or ending "before" it (events.ANNIVERSARY). From data/event_lexicon.json.
ANNIVERSARY: dict[str, dict[str, tuple[str, ...]]] = {}
# Words for actors that are no state ("the international community", "the West", "lawyers"): the subject of a trigger.
NONSTATE: dict[str, tuple[str, ...]] = {}
# Addressees of a request that are no state ("the public", "its citizens"), after the verb. From data/event_lexicon.json.
ADDRESSEE: dict[str, tuple[str, ...]] = {}
# Gatherings of many states (a summit, a conference): a meeting there is a pair's only when the sentence names both.
GATHERING: dict[str, tuple[str, ...]] = {}
GATHERING_NAME: dict[str, tuple[str, ...]] = {}  # gathering nouns named after their host ("مؤتمر البحرين")
# Words for a military parade or ceremony ("parade", "阅兵", "رژه"): a troop figure there is no deployment against a
# recipient (events.MOBILIZE_WITH_FIGURES). From data/event_lexicon.json ("parade").
PARADE: dict[str, tuple[str, ...]] = {}
# Words that make an act of countries listed together mutual ("each other", "یکدیگر", "互相"): "A and B accused each
# other" is an act between the two. From data/event_lexicon.json ("reciprocal").
RECIPROCAL: dict[str, tuple[str, ...]] = {}
# Words that open a condition ("if", "اگر", "如果"): a trigger after one in its clause is a hypothetical act. From
# data/event_lexicon.json ("conditional").
CONDITIONAL: dict[str, tuple[str, ...]] = {}
# Words that make the act after them in its clause only possible or asked about ("probably", "whether", "احتمالا",
# "возможно", "可能"): a hypothetical act, like a condition's. From data/event_lexicon.json ("uncertain").
UNCERTAIN: dict[str, tuple[str, ...]] = {}
# Words of weighing an act not yet decided ("is considering", "يدرس", "در نظر دارد", "рассматривает возможность",
# "cân nhắc", "考虑", "กำลังพิจารณา"): the act after them in its clause is only considered (status wish), and the
# phrases that hold such a word but weigh no act ("考虑到", taking into account). From data/event_lexicon.json
# ("considered").
CONSIDERED: dict[str, tuple[str, ...]] = {}
CONSIDERED_NOT: dict[str, tuple[str, ...]] = {}
# Negated verbs of going to or taking part in a meeting ("will not attend", "не полетит", "لن يشارك", "不会出席"): a
# meeting told after one in its clause is not gone to (status negated). From data/event_lexicon.json ("not_attended").
NOT_ATTENDED: dict[str, tuple[str, ...]] = {}
# Words of talking about a topic ("talked about", "discussed", "نتحدث عن", "обсудили", "thảo luận về", "讨论"): an act
# named by a noun after them is the topic talked about, no act done. From data/event_lexicon.json ("talked_about").
TALKED_ABOUT: dict[str, tuple[str, ...]] = {}
# Killing nouns whose victim, a person, is named right after them ("مقتل", "جريمة قتل"): the death of that person, no
# act of state by these words (events._victim_named). From data/event_lexicon.json ("victim_noun").
VICTIM_NOUN: dict[str, tuple[str, ...]] = {}
# Words that open a wished or expected act ("امیدواریم", "مایل است"), and the words that make the act after them one
# that has happened ("بعد از", after); words that deny what an accusation names ("تکذیب"). From data/event_lexicon.json
# ("wish", "denial").
WISH: dict[str, tuple[str, ...]] = {}
WISH_PRESUPPOSED: dict[str, tuple[str, ...]] = {}
DENIAL: dict[str, tuple[str, ...]] = {}
# Denial words before what they deny ("denied", "نفت", "否认"). From data/event_lexicon.json ("denial_before").
DENIAL_BEFORE: dict[str, tuple[str, ...]] = {}
# Words after an act that call its report baseless ("报道没有任何根据", "are groundless"). From data/event_lexicon.json
# ("baseless").
BASELESS: dict[str, tuple[str, ...]] = {}
# Trigger words whose negation is a refusal ("لا نعترف بـ", "does not recognise"): a negated act of these is REJECT
# realised, not the act negated (GUIDE.md: "refused to meet" is REJECT). From data/event_lexicon.json
# ("negated_reject").
NEGATED_REJECT: dict[str, tuple[str, ...]] = {}
NEGATED_SUPPORT: dict[str, tuple[str, ...]] = {}
REACTION: dict[str, tuple[str, ...]] = {}
PASSIVE_BARE: dict[str, tuple[str, ...]] = {}  # a passive marker right before the act's word, no agent (data: passive_bare)
# "At the request of" ("theo đề nghị của", "بناء على طلب"): the country after it asked for the act. From
# data/event_lexicon.json ("requester").
REQUESTER: dict[str, tuple[str, ...]] = {}
# Trigger stems whose " * " names the recipient ("در اختیار X قرار داد"). From data/event_lexicon.json ("recipient_slot").
RECIPIENT_SLOT: dict[str, tuple[str, ...]] = {}
# Words that open a line continuing the previous sentence's act, its subject left out ("และ", "โดย", "and"). From
# data/event_lexicon.json ("continuation").
CONTINUATION: dict[str, tuple[str, ...]] = {}
# Words pointing back to a meeting told before ("ดังกล่าว", the said): such a continuing line restates it.
RESTATED: dict[str, tuple[str, ...]] = {}
ACT_ANAPHORA: dict[str, tuple[str, ...]] = {}  # "this move", "این اقدام": an act told just before (data/event_lexicon.json)
# Words for "former" ("سابق", "پیشین"): a former official acts for no state. From data/event_lexicon.json ("former").
FORMER: dict[str, tuple[str, ...]] = {}
# Nouns of civilians who travel (tourists, students, scholars, pilgrims, athletes): a visit they make is no state's.
# From data/event_lexicon.json ("civil_traveller"); read by events._civil_traveller.
CIVIL_TRAVELLER: dict[str, tuple[str, ...]] = {}
# Words that make a sentence a list of news headlines ("عناوین اخبار"). From data/event_lexicon.json ("digest").
DIGEST: dict[str, tuple[str, ...]] = {}
# Words of a terrorist act (a bombing, a suicide attack) whose condemnation accuses no state named only as where it
# happened. From data/event_lexicon.json ("terror_condemned").
TERROR_CONDEMNED: dict[str, tuple[str, ...]] = {}
# Role words of an organisation's official ("Secretary-General", "الأمين العام", "秘书长"): a person named right after an
# organisation with no country and one of them acts for the organisation, no state. From data/event_lexicon.json.
ORG_OFFICIAL: dict[str, tuple[str, ...]] = {}
APPOSITION_NOT: dict[str, frozenset[str]] = {}  # clause openers after a name's comma (no apposition)
# Meeting nouns that name a mechanism or a topic far more often than they tell a meeting ("中美战略与经济对话" in a
# commentary): per language (nouns, holding verbs, distance) -- such a noun is a trigger only with a holding verb
# ("举行", "主持") within that many characters, no punctuation between. From data/event_lexicon.json.
NOUN_USE: dict[str, tuple[tuple[str, ...], tuple[str, ...], int]] = {}
# ... and per language the verbs that hold such a noun anywhere later in its clause (within that many characters:
# "رایزنی سیاسی بین ... برگزار شد"), the words right before it that make it a meeting told before ("این نشست"), and
# the words a little before it that make it an act done ("ضمن بررسی و توافق", while reviewing and agreeing).
NOUN_USE_FAR: dict[str, tuple[tuple[str, ...], int, tuple[str, ...], tuple[str, ...]]] = {}
# A sentence opening with these words lists who attended a meeting told before ("حضر اللقاء ...", "Tham dự buổi
# tiếp có ..."): no meeting of its own. From data/event_lexicon.json.
ATTENDANCE: dict[str, tuple[str, ...]] = {}
# Verbs of sending or handing over that make an excluded aid noun an act again ("کمک‌های بشردوستانه ارسال کرد":
# sent humanitarian aid), with a recipient marked before it. From data/event_lexicon.json.
AID_SENT: dict[str, tuple[str, ...]] = {}
# Words right before a country that make it where a visit goes, in a verb-final language ("به روسیه سفر کرد",
# "عازم مسکو شد"): that country hosts, the visitor is another. From data/event_lexicon.json.
DESTINATION: dict[str, tuple[str, ...]] = {}
# The outlet's "our country" ("کشورمان"): the language's home country, a party where it is written (events.
# _with_our_country). From data/event_lexicon.json.
OUR_COUNTRY: dict[str, tuple[str, ...]] = {}
# "we", "our", "بلادنا", "我们": inside a quotation, the speaker's country (events._with_quoted_speaker). From
# data/event_lexicon.json ("first_person").
FIRST_PERSON: dict[str, tuple[str, ...]] = {}
# Words for a news outlet that a country right after names as its attribute ("یک روزنامه روسی", "صحيفة أمريكية"):
# that country is no party of an event. From data/event_lexicon.json.
MEDIA: dict[str, tuple[str, ...]] = {}
# Words for a news agency before (AGENCY: "وكالة الأنباء الروسية") or after (AGENCY_AFTER: "российское агентство") the
# country that names its attribute: that country neither visits nor hosts (events._agency). From data/event_lexicon.json.
AGENCY: dict[str, tuple[str, ...]] = {}
AGENCY_AFTER: dict[str, tuple[str, ...]] = {}
# Words right after a demonym that make it a person's origin ("of Lebanese origin", "сирийского происхождения"):
# that country is no party of an event. From data/event_lexicon.json.
ORIGIN: dict[str, tuple[str, ...]] = {}
POSSESSED_SANCTION: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {}
# Head nouns of a non-state actor whose country is named as its attribute, per side: "before" the country
# ("مقاومت لبنان", "حزب الله اللبناني", "phe đối lập Syria") or "after" it ("黎巴嫩真主党", "Iraqi militias",
# "ливанская «Хезболла»"): that country is no party of an event. From data/event_lexicon.json.
NONSTATE_HEAD: dict[str, dict[str, tuple[str, ...]]] = {}
# Nouns of a relation between two countries (conflict, dispute, crisis) named by a pair of their adjectives, per
# side: "before" the pair ("النزاع الإسرائيلي الفلسطيني") or "after" it ("the Israeli-Palestinian conflict"): the
# pair names the relation, neither country is a party of an event. From data/event_lexicon.json.
RELATION_HEAD: dict[str, dict[str, tuple[str, ...]]] = {}
# Words that begin with a future prefix but are no future verb (Arabic "سياسة", "سيادة", "ستة"). From
# data/event_lexicon.json.
FUTURE_NOT: dict[str, tuple[str, ...]] = {}
# Nouns right after "از" before a reception word that make it the welcoming of an idea, not of a guest ("از گسترش
# روابط با ایران استقبال کرد", welcomed wider ties): no visit. From data/event_lexicon.json.
WELCOME_TOPIC: dict[str, tuple[str, ...]] = {}
_load_additions()


def document_kingdom(mentions, lang: str) -> str | None:
    """The kingdom a bare "the kingdom" (``KINGDOM``) stands for in a document: the language's default (Saudi
    Arabia for Arabic) when the document names it (country, capital, person) or no other kingdom of the list,
    else the kingdom of the list it names most. ``mentions`` are the document's (``kind`` and ``iso3``)."""
    spec = KINGDOM.get(lang)
    if not spec:
        return None
    named = Counter(m.iso3 for m in mentions if m.iso3 and m.kind in ("country", "person", "place", "org"))
    default = spec.get("default")
    others = [(n, c) for c, n in named.items() if c in spec.get("kingdoms", ()) and c != default]
    if default in named or not others:
        return default
    return max(others)[1]
