"""The words each language uses in reports, one table per language. The parser reads only these tables."""

# Section headings: kind -> words that open that section (matched at the start of a short line).
SECTIONS = {
    "en": {
        "participants": ["list of participants", "participants", "attendance", "attendees", "present",
                         "in attendance", "participant list", "list of attendees", "who attended", "members present",
                         "participants present", "meeting participants", "attended by", "roll call", "attending",
                         "those present", "present at the meeting"],
        "agenda": ["agenda", "meeting agenda", "proposed agenda", "draft agenda", "provisional agenda",
                   "tentative agenda"],
        "recommendations": ["recommendations", "key recommendations", "recommendation", "decisions", "decision",
                            "decisions and recommendations", "key outcomes", "outcomes", "agreed points",
                            "conclusions", "key decisions", "recommendations and closing remarks", "agreed",
                            "it was agreed", "agreements", "the forum agreed", "proposed solutions", "solutions",
                            "suggested solutions", "proposals", "suggestions", "recommended actions"],
        "actions": ["action points", "action point", "action items", "action item", "actions", "follow-up actions",
                    "follow-up action", "follow up actions", "follow up action", "agreed actions", "action plan",
                    "tasks", "actions and responsibilities", "action and responsibility"],
        "next_steps": ["next steps", "way forward", "commitments", "agreed follow-up", "points for escalation",
                       "escalation points", "issues for escalation", "items for escalation", "points to raise",
                       "points to be raised", "for escalation"],
        "challenges": ["challenges", "key challenges", "challenges identified", "main challenges"],
        "groups": ["group work", "breakout groups", "breakout sessions", "working groups", "group discussions"],
        "background": ["follow-up of previous", "follow up of previous", "review of previous", "review of action points",
                       "review of the action points", "follow-up of action points", "status of action points",
                       "key discussion points",
                       "discussion points", "main discussion points", "key points", "highlights", "key messages",
                       "points discussed", "summary of discussions", "discussions", "next meeting",
                       "date of next meeting", "date of the next meeting", "next meeting date",
                       "introduction", "background", "introduction and background", "executive summary",
                       "summary", "objectives", "discussion", "updates", "opening", "any other business", "aob"],
    },
    "ar": {
        "participants": ["الحضور", "المشاركون", "المشاركين", "قائمة الحضور", "قائمة المشاركين", "الحاضرون",
                         "أسماء الحضور", "اسماء الحضور"],
        "agenda": ["جدول الأعمال", "جدول الاعمال"],
        "recommendations": ["التوصيات", "توصيات", "القرارات", "المخرجات", "النتائج", "التوصيات والقرارات",
                            "الحلول المقترحة", "المقترحات", "النقاط المتفق عليها", "القرارات المتخذة",
                            "ما اتفق عليه", "مخرجات", "مخرجات الاجتماع", "نتائج الاجتماع", "ما تم الاتفاق عليه",
                            "أبرز المخرجات", "أبرز التوصيات", "الاستنتاجات"],
        "actions": ["النقاط الإجرائية", "النقاط الاجرائية", "الإجراءات", "الاجراءات", "الإجراءات المتفق عليها",
                    "نقاط العمل", "نقاط عمل", "الإجراءات المطلوبة", "الاجراءات المطلوبة", "خطة العمل"],
        "next_steps": ["الخطوات القادمة", "الخطوات اللاحقة", "الالتزامات", "نقاط للرفع", "نقاط ترفع",
                       "نقاط للتصعيد", "قضايا للرفع", "النقاط المرفوعة", "ما يرفع إلى الجهات العليا"],
        "challenges": ["التحديات", "المعوقات"],
        "groups": ["مجموعات العمل", "عمل المجموعات"],
        "background": ["متابعة النقاط", "المقدمة", "مقدمة", "الخلفية", "ملخص", "النقاش", "ما يستجد من أعمال",
                       "ما تمت مناقشته", "ما تم مناقشته", "ما تم بحثه", "المناقشات", "محاور النقاش", "نقاط النقاش",
                       "ملخص النقاش", "ملخص المناقشات", "سير الاجتماع", "وقائع الاجتماع", "ما دار في الاجتماع",
                       "موعد الاجتماع القادم", "موعد الاجتماع المقبل", "الاجتماع القادم", "الاجتماع المقبل"],
    },
}

# The last words of a label that says who came, whatever the group is called: "Directors present:", "Board
# members attending:", "Councillors in attendance:" (a few words naming the people, then one of these).
PRESENT_ENDS = {"en": ["present", "attending", "in attendance", "attended"],
                "ar": ["الحاضرون", "الحاضرين", "الحضور"]}

# Modal verbs: after a heading's first words they make it a sentence ("Solutions must be driven by ...").
MODALS = ["must", "should", "shall", "will", "would", "can", "cannot", "could", "may", "might", "need to", "needs to"]

# A heading alone on its line naming who led the meeting: the people under it are participants (and chairs).
ROLE_HEADINGS = ["chair", "chairs", "meeting chair", "co-chairs", "chairperson", "chair person", "chaired by", "facilitator", "facilitators", "rapporteur",
                 "note taker", "note-taker", "minute taker", "minutes taker",
                 "رئيس الاجتماع", "رئاسة الاجتماع", "الميسر", "الميسرون"]

# A sentence that opens a list of agreed points ("The forum agreed to:").
AGREED_LEADS = {
    "en": ["agreed to", "agreed on", "agreed that", "recommended the following", "following recommendations",
           "the following were agreed", "participants recommended", "the forum recommended", "recommendations:"],
    "ar": ["اتفق المنتدى على", "تم الاتفاق على", "أوصى المشاركون", "اوصى المشاركون", "التوصيات التالية"],
}

# Lines that name a session: "STATEMENT BY ...", "Remarks by ...".
SESSION_MARKERS = {
    "en": ["statement by", "statements by", "remarks by", "opening remarks by", "closing remarks by", "inputs by",
           "input by", "presentation by", "presentations by", "speech by", "address by", "welcome remarks by",
           "briefing by", "update by", "intervention by"],
    "ar": ["كلمة", "مداخلة", "عرض قدمه", "عرض قدمته", "عرض من"],
}

# Breakout group headings: "Group One", "GROUP 2", "المجموعة الأولى".
GROUP_WORDS = {"en": ["group", "breakout group", "working group"], "ar": ["المجموعة", "مجموعة"]}
ORDINALS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "first": 1, "second": 2, "third": 3,
            "fourth": 4, "fifth": 5, "الأولى": 1, "الاولى": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4,
            "الخامسة": 5}

# Table column headers.
COLUMNS = {
    "number": ["#", "no", "no.", "n", "s/n", "sn", "ت", "رقم", "م", "العدد", "التسلسل"],
    "name": ["name", "full name", "participant", "participants", "الاسم", "الاسم الكامل"],
    "position": ["position", "title", "job title", "role", "designation", "function", "المنصب", "الوظيفة",
                 "العنوان الوظيفي", "الصفة"],
    "organisation": ["organisation", "organization", "agency", "entity", "institution", "department", "ministry",
                     "الجهة", "المؤسسة", "الدائرة", "المنظمة", "الوزارة"],
    "action": ["action", "action point", "action points", "actions", "action item", "action items", "action required",
               "actions agreed", "follow-up", "follow-up action", "task", "activity", "what", "detail", "details",
               "description", "التفاصيل", "الوصف", "الإجراء", "الاجراء",
               "المهمة", "النشاط", "الإجراءات", "الإجراء المطلوب", "الإجراءات المطلوبة"],
    "responsible": ["responsible", "responsibility", "resp", "resp.", "lead", "lead agency", "owner", "who", "by whom", "focal point",
                    "agency responsible", "in charge", "responsible agency", "responsible party", "responsible person",
                    "responsible organisation", "responsible organization", "assigned to", "assigned", "action by",
                    "who is responsible", "accountable", "lead organisation", "lead organization", "implementing agency",
                    "implementer", "focal person", "الجهة المسؤولة", "المسؤول", "الجهة المعنية", "الجهة المنفذة",
                    "جهة التنفيذ", "الجهة المكلفة", "المكلف"],
    "deadline": ["deadline", "due", "due date", "by when", "when", "timeline", "timeframe", "time frame", "date",
                 "target date", "completion date", "timing", "expected completion", "الموعد النهائي", "الموعد",
                 "التاريخ", "المدة", "الموعد المحدد", "تاريخ الإنجاز", "المدة الزمنية"],
    "challenges": ["challenges", "challenge", "التحديات", "issues", "issue", "concerns", "areas of concern",
                   "gaps", "problems", "المشاكل", "المعوقات", "القضايا"],
    "recommendations": ["recommendations", "recommendation", "solutions", "التوصيات", "decisions", "decision",
                        "agreements", "outcomes", "conclusions", "conclusion", "key decisions", "agreed",
                        "القرارات", "الحلول", "الاستنتاجات", "المقررات", "ما تم الاتفاق عليه"],
}

# Headings inside a participants list that name a group of people, not a person.
GROUP_HEADINGS = ["government", "governmental", "government entities", "ministries", "un", "un agencies",
                  "un/ngos", "ngos", "ingos", "nngos", "donors", "humanitarian", "humanitarian partners", "partners",
                  "civil society", "local authorities", "facilitators", "observers",
                  "الجهات الحكومية", "الحكومة", "الوزارات", "المنظمات", "المنظمات الدولية", "المنظمات المحلية",
                  "الأمم المتحدة", "المانحون", "الشركاء", "منظمات المجتمع المدني"]

# Lines in a report's header that carry its date and place.
META = {
    "date": ["date", "dates", "date and time", "date & time", "date of meeting", "meeting date", "التاريخ", "تاريخ الاجتماع"],
    "location": ["location", "location(s)", "locations", "venue", "held in", "place of meeting", "meeting location", "meeting venue", "place", "where", "المكان", "مكان الاجتماع"],
    "hosts": ["hosted by", "host", "convened by", "برعاية", "استضافة"],
    "organisers": ["organised by", "organized by", "in collaboration with", "with support from",
                   "facilitated by", "بالتعاون مع", "بتنظيم"],
}

# Bodies that recommendations are sent up to, and the verbs that send them.
ESCALATION_BODIES = {
    "Council of Ministers": ["council of ministers", "com", "مجلس الوزراء"],
    "Prime Minister's Office": ["prime minister's office", "prime minister office", "office of the prime minister",
                                "pmo", "مكتب رئيس الوزراء", "رئاسة الوزراء"],
    "Supreme Committee": ["supreme committee", "اللجنة العليا"],
}
ESCALATION_VERBS = {"en": ["submit", "present", "forward", "raise", "send", "sent", "refer", "escalat", "share",
                           "table"],
                    "ar": ["رفع", "ترفع", "إرسال", "ارسال", "تقديم", "تقدم", "ستقدم", "سترفع"]}

# Escalations by structure (sent_up.py): the head words of a higher body's name, coordination bodies' acronyms,
# the verbs that send something up in Arabic, and the honorifics before a title.
SENT_UP = {
    "en": {"council", "committee", "ministry", "minister", "governor", "governorate", "government", "office",
           "board", "parliament", "cabinet", "coordinator", "commission", "authority", "presidency", "secretariat",
           "prime", "emir", "mayor"},
    "plural": {"ministers", "ministries", "governors", "government", "cabinet", "parliament"},
    "acronyms": {"ICCG", "ICCM", "ICWG", "ICC", "HCT", "HC", "RC/HC", "JCC", "JCMC", "PMO", "COM", "KRG", "GOI",
                 "MOMD", "MODM", "OPM"},
    "ar": {"مجلس", "لجنة", "وزارة", "وزير", "رئيس", "رئاسة", "أمير", "امير", "محافظ", "هيئة", "مكتب", "خلية",
           "أمانة", "الامانة", "ديوان", "حكومة", "برلمان", "قائممقام", "الوزراء", "مؤتمر", "سلطة"},
    "ar_cues": ("رفع", "إحالة", "احالة", "أحال", "احال", "أحيل", "احيل", "بنقل", "ونقل", "مخاطبة", "مفاتحة", "مناشدة", "المصادقة",
                "إرسال", "ارسال", "اعتماد", "إبلاغ", "ابلاغ", "إخطار", "اخطار",   # "إبلاغ الأمانة العامة بـ": a body told
                "التوصية", "توصية", "مطالبة", "وطالب", "طالبت", "طالبوا", "يطالب", "تقديم", "وتقديم",
                "عرض", "وعرض", "بعرض",       # "وعرض الأمر على مؤتمر المانحين": put before a higher body
                "ستقدم", "سيقدم", "ستتقدم", "سيتقدم"),    # "ستقدم طلباً إلى وزير ...": a request to go up
    "ar_honorifics": {"سمو", "معالي", "السيد", "سيادة", "فخامة", "دولة", "سعادة", "حضرة"},
}

# Kinds of documents that are not meetings.
NOT_MEETING = {"en": ["newsletter", "bulletin", "factsheet", "fact sheet", "dashboard", "situation report", "sitrep"],
               "ar": ["نشرة", "النشرة"]}
KIND_WORDS = {
    "JCF": ["joint coordination forum", "jcf", "منتدى التنسيق المشترك"],
    "RWG": ["returns working group", "return working group", "rwg", "مجموعة عمل العودة"],
    "DSTWG": ["technical working group", "dstwg", "ds twg", "مجموعة العمل الفنية"],
    "DSTF": ["durable solutions task force", "task force", "dstf", "فريق عمل الحلول الدائمة"],
    "ABC": ["area-based coordination", "area based coordination", "abc sinjar", "مجموعة التنسيق المناطقي"],
    "workshop": ["workshop", "ورشة", "ورشة عمل", "training", "consultation"],
}

# Themes by the words that signal them.
THEME_WORDS = {
    "Compensation": ["compensation", "تعويض", "التعويضات", "تعويضات"],
    "Security clearance": ["security clearance", "clearance of families", "التدقيق الأمني", "الموافقة الأمنية",
                           "tabriaa"],
    "Access to closed areas": ["closed area", "blocked return", "reopening of", "return approvals",
                               "المناطق المغلقة"],
    "Landmines and explosive remnants of war": ["landmine", "mine action", "demining", "explosive", "erw", "uxo",
                                                "clearance of agricultural", "الألغام", "مخلفات الحرب"],
    "Civil documentation": ["civil documentation", "civil documents", "civil status", "id cards",
                            "الوثائق المدنية", "الأحوال المدنية"],
    "Freedom of movement": ["freedom of movement", "checkpoint", "حرية التنقل"],
    "Housing, land and property": ["housing", "property", "title deed", "land", "shelter", "السكن", "الممتلكات"],
    "Return and integration grants": ["return grant", "integration grant", "grants", "منحة", "المنح"],
    "Livelihoods and income": ["livelihood", "income", "employment", "jobs", "cash-for-work", "سبل العيش"],
    "Basic services and infrastructure": ["water", "electricity", "schools", "clinic", "health", "services",
                                          "infrastructure", "الخدمات", "المدارس"],
    "Social cohesion and reconciliation": ["social cohesion", "reconciliation", "tribal", "community dialogue",
                                           "التماسك الاجتماعي", "المصالحة"],
    "Psychosocial support": ["psychosocial", "mental health", "mhpss", "الدعم النفسي"],
    "Local integration": ["local integration", "الاندماج المحلي"],
    "Camp closure": ["camp closure", "camps", "المخيمات"],
    "Data and registration": ["registration", "data", "database", "التسجيل", "البيانات"],
    "Safety and security": ["security", "safety", "police", "الأمن", "السلامة"],
}

# Imperative verbs that open an action point ("Prepare the list ..."): such a line names no owner.
ACTION_VERBS = ["link", "create", "improve", "promote", "adopt", "activate", "rehabilitate", "harmonise", "harmonize",
                "prioritise", "prioritize", "simplify", "introduce", "extend", "reduce", "enable",
                "prepare", "share", "submit", "organise", "organize", "circulate", "conduct", "develop", "provide",
                "follow", "ensure", "update", "send", "map", "draft", "present", "convene", "hold", "review",
                "finalise", "finalize", "establish", "coordinate", "support", "facilitate", "collect", "compile",
                "identify", "engage", "invite", "include", "allocate", "deploy", "expand", "launch", "strengthen",
                "accelerate", "increase", "request", "contact", "verify", "visit", "arrange", "schedule", "assess",
                "clarify", "consolidate", "disseminate", "inform", "produce", "raise", "register", "resume", "set",
                "check", "confirm", "write", "email", "call", "print", "plan", "investigate", "help", "connect",
                "ask", "book", "complete"]

# Days of the week (Monday is 0): "send the draft by Friday" is due on the first Friday after the meeting.
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
            "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3, "الجمعة": 4,
            "السبت": 5, "الأحد": 6, "الاحد": 6}

# Verbs of a step still to be done, in the future passive ("The draft will be circulated to members"): an action
# point even in prose; meetings "held" or "conducted" are the calendar, not a task.
PLANNED_VERBS = ["shared", "circulated", "sent", "communicated", "presented", "reviewed", "discussed", "organised",
                 "organized", "submitted", "updated", "finalised", "finalized", "prepared", "provided", "distributed",
                 "uploaded", "developed", "followed up", "forwarded", "revised", "drafted", "disseminated", "compiled",
                 "consolidated", "translated", "published", "posted", "mapped", "verified"]

# "Responsible: X" and "Deadline: Y" lines under an action point.
ACTION_FIELDS = {
    "owner": ["responsible", "responsible party", "responsibility", "lead", "owner", "focal point", "by whom", "who",
              "الجهة المسؤولة", "المسؤول", "الجهة المعنية"],
    "due": ["deadline", "due", "due date", "timeline", "timeframe", "by", "when", "الموعد النهائي", "الموعد", "المدة"],
}

# Words that begin a position (to split "NameHead of Branch" and "Name – Position").
POSITION_STARTS = ["head", "deputy", "director", "dg", "rep", "representative", "senior", "coordinator", "chief",
                   "minister", "minister's", "legal", "advisor", "adviser", "officer", "manager", "specialist",
                   "assistant", "governor", "consultant", "member", "programme", "program", "project", "field",
                   "protection", "information", "it", "media", "chair", "co-chair", "secretary", "expert",
                   "team", "focal", "mayor", "judge", "brig.", "col.", "general", "associate", "analyst"]

# A row's own label says what it is ("ACTION: IOM to ...", "Decision: ...", "قرار: ...").
ROW_LABELS = {
    "actions": ["action", "actions", "action point", "action points", "action item", "action items", "ap", "to do", "todo", "to-do",
                "follow up action", "follow-up action", "follow up actions", "follow-up actions",
                "إجراء", "اجراء", "الإجراء",
                "الاجراء", "مهمة"],
    "decisions": ["decision", "decisions", "decided", "agreed", "agreement", "resolution", "قرار", "القرار", "تقرر", "قرارات", "القرارات"],
    "recommendations": ["recommendation", "recommendations", "recommended", "توصية", "التوصية", "توصيه"],
}

# words that make a name in an attendance list a body, not a person ("Sunrise Foundation", "Relief Corps")
BODY_WORDS = {"en": ["foundation", "council", "committee", "commission", "relief", "services", "corps", "aid",
                     "society", "societies", "federation", "association", "organisation", "organization", "agency", "institute", "network",
                     "alliance", "charity", "mission", "embassy", "ministry", "directorate", "office", "department",
                     "cross", "crescent", "fund", "programme", "program", "union", "team", "cluster", "centre",
                     "center", "community", "commmunity", "international", "worldwide", "humanity", "trust",
                     "secretariat", "group", "unit", "authority", "bureau", "institution"],
              "ar": ["مديرية", "وزارة", "ديوان", "دائرة", "مكتب", "مجلس", "هيئة", "منظمة", "مؤسسة", "جمعية",
                     "لجنة", "مركز", "بعثة", "اتحاد", "شبكة", "قائممقامية", "قائمقامية", "مفوضية", "بلدية",
                     "برنامج", "صندوق", "وكالة"]}

# the last word of a task's owner that names people as a group ("Cluster members to share ...", "All to send ...")
OWNER_WORDS = ["all", "members", "partners", "agencies", "organisations", "organizations", "team", "coordinator",
               "coordinators", "secretariat", "chair", "co-chairs", "chairs", "focal points", "clusters", "sectors",
               "actors", "participants", "everyone", "ngos", "donors", "authorities", "stakeholders", "staff",
               "note takers", "minute takers", "minutes takers", "focal persons", "cluster", "sector", "working group",
               "task force"]

# An Arabic record's own shapes (arabic_rolls.py): the notes a transcript puts in brackets after a speaker, which
# say what the turn is, not the speaker's party ("النائب فلان (نقطة نظام):-"); the groups of a list who are not of
# the body that met (its guests); and the verbs, after which the body that holds its own meeting is named
AR_ROLLS = {
    "turn_notes": ["نقطة نظام", "نقطة", "مداخلة", "تعقيب", "رد", "مقاطعة", "توضيح", "استيضاح", "مستمر", "متابعة",
                   "سؤال", "اقتراح", "مقترح", "شفهي", "كتابي"],
    "guests": ["الضيوف", "ضيوف", "المدعوون", "المدعوين", "الحضور من خارج", "الضيوف الحاضرون", "المراقبون",
               "المراقبين", "guests", "observers", "invitees", "invited"],
    "held": ["عقد", "عقدت", "يعقد", "تعقد", "اجتمع", "اجتمعت", "انعقد", "انعقدت", "التأم", "التأمت"],
    "sitting": ["المجتمع", "المجتمعة", "المنعقد", "المنعقدة"],    # "إن المجلس ... المجتمع في دورته": a decision's form
    # the bodies whose own meeting is of their members (a ministry or an agency "holds" meetings of others)
    "member_bodies": ["مجلس", "لجنة", "هيئة", "مكتب", "فريق", "اتحاد", "رابطة", "نقابة", "كتلة", "مجموعة", "شبكة",
                      "منتدى", "أمانة", "جمعية", "برلمان"],
    # a board's own posts, whose definite word names no other body ("أمين السر", "أمين الصندوق")
    "board_posts": ["السر", "الصندوق", "المال", "العام", "العامة", "الأول", "الثاني", "الأولى", "الثانية"],
}

# Arabic news reports of a meeting ("برئاسة الوكيل المساعد لوزارة ... منصور زيد، وبحضور ..."): the words that
# open a post, the words a post goes on with, the honorifics before a name, the heads of a body's name, and the
# cues after which people are named in a sentence. Forms with "ال" are made from these (arabic_news.py).
AR_NEWS = {
    "jobs": ["وزير", "وزيرة", "وكيل", "وكيلة", "نائب", "نائبة", "مدير", "مديرة", "رئيس", "رئيسة", "أمين", "امين",
             "منسق", "منسقة", "مستشار", "مستشارة", "ممثل", "ممثلة", "محافظ", "قائممقام", "قائمقام", "سفير", "سفيرة",
             "قائد", "رئاسة", "عضو", "مقرر", "مقررة", "سكرتير", "مسؤول", "مسئول", "القائم", "مندوب", "محلل", "خبير",
             "معاون", "معاونة", "مساعد", "مشرف", "مفوض", "آمر", "مقرر",
             "باشا", "كاتب",      # a Moroccan town's pasha, a council's clerk ("السيد باشا المدينة")
             "عامل",              # a Moroccan province's governor ("السيد فلان عامل الإقليم")
             ],
    # the plural: "ومدراء عموم المكاتب", "وممثلي المنظمات" name a group of posts, no one
    "groups": ["مدراء", "مديري", "ممثلي", "ممثلو", "ممثلين", "رؤساء", "أعضاء", "اعضاء", "مندوبي", "منسقي", "وزراء",
               "محللي", "محللو", "خبراء", "باحثي", "موظفي", "مسؤولي", "مستشاري", "عدد"],
    # nouns that open what a sentence is about, never a person's name ("ناقش الاجتماع برئاسة ... مشكلة المدارس"),
    # and the fields a post is for ("نائب المحافظ لشؤون التخطيط")
    "topics": ["مشكلة", "مشاكل", "أوضاع", "اوضاع", "وضع", "سبل", "آليات", "آلية", "خطة", "تقرير", "أعمال", "قضايا",
               "قضية", "جملة", "موضوع", "إجراءات", "تعزيز", "تنفيذ", "ضمان", "مناقشة", "استعراض", "دور", "أهمية",
               "اهمية", "سير", "نتائج", "مستوى", "تفعيل", "تحديد", "تقديم", "تنسيق", "متابعة", "دعم", "بحث", "واقع",
               "احتياجات", "مستجدات", "مسودة", "مشروع", "برنامج", "عملية", "مسار", "جهود", "سبيل", "كيفية",
               "دراسة", "تقييم", "مراجعة", "إقرار", "اقرار", "اعتماد", "إعداد", "اعداد", "مواجهة", "معالجة"],
    "fields": ["شؤون", "شئون", "ملف", "قطاع", "الشؤون", "الشئون"],
    # what a body does in a headline ("لجنة الصحة تناقش ..."): the body's name has ended
    "headline_verbs": ["تناقش", "تعقد", "تبحث", "تستعرض", "تقر", "تطالب", "توصي", "تدعو", "تؤكد", "تنظم", "تختتم",
                       "تبدأ", "تعلن", "تقرر", "توافق", "تستمع", "تلتقي", "تجتمع", "تشيد", "تحذر"],
    # a meeting verb and a meeting noun make the sentence that says where the meeting was held
    "held": ["عقد", "عقدت", "انعقد", "انعقدت", "ناقش", "ناقشت", "تناقش", "يناقش", "بحث", "بحثت", "اختتم", "اختتمت",
             "أختتم", "اجتمع", "اجتمعت", "التأم", "التأمت"],
    "meetings": ["اجتماع", "الإجتماع", "إجتماع", "ورشة", "ندوة", "جلسة", "لقاء", "ملتقى", "مؤتمر", "منتدى", "الدورة"],
    "post_words": ["عام", "العام", "المساعد", "المساعدة", "بالإنابة", "بالانابة", "بأعمال", "باعمال", "الأول",
                   "الثاني", "التنفيذي", "المقيم", "الإقليمي", "القطري", "الدائم", "لدى", "عموم"],
    "honorifics": ["السيد", "السيدة", "الدكتور", "الدكتورة", "د", "د.", "الأستاذ", "الاستاذ", "الأستاذة", "المهندس",
                   "المهندسة", "م.", "الأخ", "الاخ", "الأخت", "الاخت", "اللواء", "العميد", "العقيد", "الشيخ", "القاضي",
                   "المحامي", "الحاج", "فضيلة", "سعادة", "معالي", "الركن", "النائب", "النائبة", "السفير",
                   "الأمير", "الأميرة", "الفريق",        # a prince's title before his name ("أمير منطقة ..." is a post)
                   # a calling written as a title before the name ("الشاعرة فلانة، الإعلامي فلان"), never a post
                   "المحامية", "الشاعر", "الشاعرة", "الإعلامي", "الاعلامي", "الإعلامية", "الاعلامية", "الصحفي",
                   "الصحفية", "الصحافي", "الصحافية", "الفنان", "الفنانة", "الأديب", "الاديب", "الأديبة", "الاديبة",
                   "الباحث", "الباحثة", "الناشط", "الناشطة", "الطبيب", "الطبيبة", "المربي", "المربية"],
    "bodies": ["وزارة", "مكتب", "برنامج", "منظمة", "بلدية", "اتحاد", "جامعة", "مجلس", "محافظة", "مركز", "هيئة",
               "لجنة", "مديرية", "دائرة", "إدارة", "ادارة", "ديوان", "جمعية", "مؤسسة", "صندوق", "مفوضية", "قطاع",
               "فرع", "جهاز", "شبكة", "بعثة", "منتدى", "مشروع", "وحدة", "كتلة", "مجموعة", "الأمانة", "أمانة", "سفارة",
               "قيادة", "نقابة", "غرفة", "رابطة", "قسم", "شعبة", "فريق", "كلية", "مدرسة", "مستشفى", "شركة", "بنك",
               "محكمة", "سلطة", "وكالة", "قوات", "حكومة", "دار", "ناحية", "قضاء", "بلديات", "قائممقامية",
               "قائمقامية",
               "خلية", "عمليات", "شرطة"],   # "خلية الأزمة" (a crisis cell), "قيادة عمليات ...", "شرطة X" (police)
    # after these a post and a name follow: "برئاسة ...", "وبحضور ...", "الاجتماع الذي ضم ...", "ورأس الاجتماع ..."
    "cues": ["برئاسة", "برآسة", "برياسة", "بحضور", "في حضور", "بمعية", "بمشاركة", "مشاركة", "ضم", "حضره", "ترأس", "ترأسه", "ترأسها",
             "ترأست", "رأس", "رأسه", "ورأس", "يرأس", "شارك فيها", "شارك فيه", "شارك فيهما",   # "والتي شارك فيها فلان"
             "تحت رعاية", "برعاية",      # the patron the news names is there: "تحت رعاية المحافظ فلان"
             # "وقد حضر الاجتماع كل من السيد ...، سفير ...": "كل من" says people follow, not a body's post
             "حضر الاجتماع كل من", "حضر اللقاء كل من", "حضرها كل من",
             "كل من",     # "واستدعى المجلس كل من قائد ... الفريق فلان": people follow, whatever the verb
             "أداره", "أدارها", "أدار الاجتماع", "أدارت الاجتماع"],     # who ran the meeting, then their names
}
