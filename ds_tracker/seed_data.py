"""Reference data loaded by `flask seed`: only what DOMAIN.md, the reports and settled fact give us.

Admins add the rest (more districts, P-codes, branches) through the admin pages.
"""

# (name, Arabic, aliases)
GOVERNORATES = [
    ("Anbar", "الأنبار", ["Al-Anbar", "Al Anbar"]),
    ("Babylon", "بابل", ["Babil", "Babel"]),
    ("Baghdad", "بغداد", []),
    ("Basra", "البصرة", ["Basrah", "Al-Basrah"]),
    ("Duhok", "دهوك", ["Dohuk", "Dahuk", "Dihok"]),
    ("Diyala", "ديالى", ["Diyalah"]),
    ("Erbil", "أربيل", ["Arbil", "Hawler", "Irbil"]),
    ("Karbala", "كربلاء", ["Kerbala"]),
    ("Kirkuk", "كركوك", []),
    ("Maysan", "ميسان", ["Missan"]),
    ("Muthanna", "المثنى", ["Al-Muthanna"]),
    ("Najaf", "النجف", ["Al-Najaf"]),
    ("Ninewa", "نينوى", ["Nineveh", "Ninawa", "Ninevah", "Neneveh"]),
    ("Qadisiyah", "القادسية", ["Al-Qadisiyah", "Diwaniyah", "Qadissiya"]),
    ("Salah al-Din", "صلاح الدين", ["Salah al Din", "Salahaddin", "Salah Al-Din", "Saladin", "SAD"]),
    ("Sulaymaniyah", "السليمانية", ["Sulaimaniya", "Slemani", "Suleimaniyah"]),
    ("Dhi Qar", "ذي قار", ["Thi Qar", "Dhiqar"]),
    ("Wasit", "واسط", ["Wassit"]),
    ("Halabja", "حلبجة", []),
]
KRI_GOVERNORATES = {"Erbil", "Duhok", "Sulaymaniyah", "Halabja"}

# governorate -> [(district, Arabic, aliases)]
DISTRICTS = {
    "Ninewa": [("Sinjar", "سنجار", ["Shingal"]), ("Al-Ba'aj", "البعاج", ["Ba'aj", "Baaj", "Al-Baaj"]),
               ("Tal Afar", "تلعفر", ["Telafar", "Tel Afar", "تل عفر"]), ("Mosul", "الموصل", []), ("Hatra", "الحضر", ["Al-Hadar"]),
               ("Telkaif", "تلكيف", ["Tel Kaif", "Tilkaif"]), ("Al-Hamdaniya", "الحمدانية", ["Hamdaniya"]),
               ("Shekhan", "الشيخان", ["Shikhan", "Al-Shikhan"])],
    "Anbar": [("Al-Qa'im", "القائم", ["Qaim", "Al-Qaim"]), ("Ramadi", "الرمادي", []),
              ("Falluja", "الفلوجة", ["Fallujah"]), ("Heet", "هيت", ["Hit"]), ("Haditha", "حديثة", []),
              ("Ana", "عنه", ["Anah"]), ("Rawa", "راوه", ["Rawah"]), ("Al-Rutba", "الرطبة", ["Rutba"])],
    "Salah al-Din": [("Tikrit", "تكريت", []), ("Samarra", "سامراء", []), ("Balad", "بلد", []),
                     ("Baiji", "بيجي", ["Beiji"]), ("Al-Shirqat", "الشرقاط", ["Shirqat", "Sharqat"]),
                     ("Tuz Khurmatu", "طوزخورماتو", ["Tuz", "Tooz", "Tuz Khormato"]), ("Al-Daur", "الدور", ["Daur"]),
                     ("Dujail", "الدجيل", ["Al-Dujail"])],
    "Kirkuk": [("Kirkuk", "كركوك", []), ("Hawija", "الحويجة", ["Al-Hawija", "Hawiga"]), ("Daquq", "داقوق", []),
               ("Dibis", "الدبس", ["Dibs"])],
    "Diyala": [("Baquba", "بعقوبة", ["Baqubah"]), ("Al-Muqdadiya", "المقدادية", ["Muqdadiya"]),
               ("Al-Khalis", "الخالص", ["Khalis"]), ("Khanaqin", "خانقين", []), ("Kifri", "كفري", []),
               ("Balad Ruz", "بلدروز", ["Baladrooz"])],
    "Babylon": [("Al-Musayab", "المسيب", ["Musayab", "Musayyib"])],
}

# (name, Arabic, aliases, governorate, district or None): named areas of blocked return
AREAS = [
    ("Jurf al-Sakhar", "جرف الصخر", ["Jurf al-Nasr", "Jurf al Sakhr", "Jurf Al-Sakhar", "Jurf al Nasr"],
     "Babylon", "Al-Musayab"),
    ("Al-Awja", "العوجة", ["Awja", "Al Awja"], "Salah al-Din", "Tikrit"),
    ("Yathrib", "يثرب", [], "Salah al-Din", "Balad"),
]

THEMES = [
    ("Safety and security", "السلامة والأمن"),
    ("Security clearance", "التدقيق الأمني"),
    ("Access to closed areas", "الوصول إلى المناطق المغلقة"),
    ("Landmines and explosive remnants of war", "الألغام ومخلفات الحرب المتفجرة"),
    ("Civil documentation", "الوثائق المدنية"),
    ("Freedom of movement", "حرية التنقل"),
    ("Housing, land and property", "السكن والأراضي والممتلكات"),
    ("Compensation", "التعويضات"),
    ("Return and integration grants", "منح العودة والاندماج"),
    ("Livelihoods and income", "سبل العيش والدخل"),
    ("Basic services and infrastructure", "الخدمات الأساسية والبنى التحتية"),
    ("Social cohesion and reconciliation", "التماسك الاجتماعي والمصالحة"),
    ("Psychosocial support", "الدعم النفسي والاجتماعي"),
    ("Local integration", "الاندماج المحلي"),
    ("Camp closure", "إغلاق المخيمات"),
    ("Data and registration", "البيانات والتسجيل"),
]

# (name, Arabic, acronym, type, aliases, parent name)
ORGANISATIONS = [
    ("Council of Ministers", "مجلس الوزراء", "CoM", "government", ["Council of Ministers of Iraq"], None),
    ("Prime Minister's Office", "مكتب رئيس الوزراء", "PMO", "government", ["Office of the Prime Minister"], None),
    ("Supreme Committee", "اللجنة العليا", None, "government", [], None),
    ("Ministry of Migration and Displacement", "وزارة الهجرة والمهجرين", "MoMD", "government",
     ["MOMD", "Ministry of Migration and Displaced", "Ministry of Displacement and Migration", "MoDM"], None),
    ("MoMD Directorate-General of Branches", "دائرة شؤون الفروع في وزارة الهجرة والمهجرين", None, "government",
     ["DG of Branches MoMD"], "Ministry of Migration and Displacement"),
    ("MoMD Legal Department", "الدائرة القانونية في وزارة الهجرة والمهجرين", None, "government", [],
     "Ministry of Migration and Displacement"),
    ("MoMD Media Department", "قسم الإعلام في وزارة الهجرة والمهجرين", None, "government", [],
     "Ministry of Migration and Displacement"),
    ("MoMD Planning Directorate", "دائرة التخطيط في وزارة الهجرة والمهجرين", None, "government",
     ["MoMD Planning DG Office"], "Ministry of Migration and Displacement"),
    ("Ministry of Finance", "وزارة المالية", "MoF", "government", ["MOF"], None),
    ("Ministry of Interior", "وزارة الداخلية", "MoI", "government", ["MOI", "Ministry of Internal Affairs"], None),
    ("Community Policing", "الشرطة المجتمعية", None, "government", ["Community Police", "Community Policing Directorate"],
     "Ministry of Interior"),
    ("Tribal Affairs Directorate", "مديرية شؤون العشائر", None, "government",
     ["Directorate of Tribal Affairs"], "Ministry of Interior"),
    ("Ministry of Planning", "وزارة التخطيط", "MoP", "government", [], None),
    ("Ministry of Environment", "وزارة البيئة", "MoEnv", "government", [], None),
    ("Directorate of Mine Action", "دائرة شؤون الألغام", "DMA", "government",
     ["Mine Action Department", "Directorate for Mine Action"], "Ministry of Environment"),
    ("Ministry of Labour and Social Affairs", "وزارة العمل والشؤون الاجتماعية", "MoLSA", "government",
     ["Ministry of Labor and Social Affairs"], None),
    ("Compensation Directorate", "دائرة التعويضات", None, "government", ["Compensation Committee"], None),
    ("Martyrs Foundation", "مؤسسة الشهداء", None, "government", ["Martyrs' Foundation"], None),
    ("National Security Service", "جهاز الأمن الوطني", "NSS", "government", ["National Security"], None),
    ("Office of the National Security Advisor", "مستشارية الأمن القومي", "ONSA", "government",
     ["National Security Advisory"], None),
    ("Joint Coordination and Monitoring Centre", "مركز التنسيق والرصد المشترك", "JCMC", "government",
     ["Joint Coordination and Monitoring Center"], None),
    ("Supreme Judicial Council", "مجلس القضاء الأعلى", None, "government", [], None),
    ("Popular Mobilization Forces", "هيئة الحشد الشعبي", "PMF", "government", ["PMU"], None),
    ("International Organization for Migration", "المنظمة الدولية للهجرة", "IOM", "un",
     ["منظمة الهجرة الدولية", "International Organisation for Migration"], None),
    ("United Nations Development Programme", "برنامج الأمم المتحدة الإنمائي", "UNDP", "un", [], None),
    ("UNHCR", "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "UNHCR", "un",
     ["United Nations High Commissioner for Refugees", "UN Refugee Agency", "مفوضية اللاجئين",
      "المفوضية السامية لشؤون اللاجئين"], None),
    ("UNICEF", "منظمة الأمم المتحدة للطفولة", "UNICEF", "un", ["United Nations Children's Fund", "اليونيسف", "يونيسف",
                                                           "اليونيسيف"], None),
    ("WFP", "برنامج الأغذية العالمي", "WFP", "un", ["World Food Programme", "World Food Program", "UN WFP"], None),
    ("WHO", "منظمة الصحة العالمية", "WHO", "un", ["World Health Organization", "World Health Organisation"], None),
    ("UNFPA", "صندوق الأمم المتحدة للسكان", "UNFPA", "un", ["United Nations Population Fund"], None),
    ("OCHA", "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "OCHA", "un",
     ["Office for the Coordination of Humanitarian Affairs", "UN OCHA"], None),
    ("UNAMI", "بعثة الأمم المتحدة لمساعدة العراق", "UNAMI", "un", ["United Nations Assistance Mission for Iraq"], None),
    ("FAO", "منظمة الأغذية والزراعة", "FAO", "un", ["Food and Agriculture Organization", "Food and Agriculture Organisation"],
     None),
    ("UN-Habitat", "موئل الأمم المتحدة", "UN-Habitat", "un", ["UN Habitat"], None),
    ("United Nations Mine Action Service", "دائرة الأمم المتحدة للإجراءات المتعلقة بالألغام", "UNMAS", "un", [], None),
    ("Resident Coordinator's Office", "مكتب المنسق المقيم", "RCO", "un", ["RC Office", "UN RCO", "Resident Coordinator Office",
                                                                    "UN Resident Coordinator Office",
                                                                    "Office of the Resident Coordinator",
                                                                    "مكتب المنسق المقيم للأمم المتحدة"], None),
    ("Development Support Office", "مكتب دعم التنمية", "DSO", "un", [], "Resident Coordinator's Office"),
    ("Norwegian Refugee Council", "المجلس النرويجي للاجئين", "NRC", "ingo", [], None),
    ("International Rescue Committee", "لجنة الإنقاذ الدولية", "IRC", "ingo", [], None),
    ("Danish Refugee Council", "المجلس الدنماركي للاجئين", "DRC", "ingo", [], None),
    ("Save the Children", "منظمة إنقاذ الطفل", "SCI", "ingo", ["Save the Children International"], None),
    ("Islamic Relief", "منظمة الإغاثة الإسلامية", None, "ingo", ["Islamic Relief Worldwide", "الإغاثة الإسلامية"], None),
    ("Mercy Corps", "ميرسي كور", None, "ingo", [], None),
    ("Oxfam", "أوكسفام", None, "ingo", [], None),
    ("REACH", "مبادرة ريتش", "REACH", "ingo", ["REACH Initiative"], None),
    ("International Committee of the Red Cross", "اللجنة الدولية للصليب الأحمر", "ICRC", "other", [], None),
    ("Geneva Call", "نداء جنيف", None, "ingo", [], None),
    ("British Embassy", "السفارة البريطانية", None, "donor", ["British Embassy Baghdad", "UK Embassy"], None),
]
MOMD_BRANCH_GOVERNORATES = ["Anbar", "Diyala", "Ninewa", "Salah al-Din", "Kirkuk", "Basra", "Baghdad"]
GOVERNORATE_OFFICE_GOVERNORATES = ["Anbar", "Diyala", "Ninewa", "Salah al-Din", "Kirkuk", "Basra"]

# (name, Arabic, code, kind, governorate, confidential)
FORUMS = [
    ("Durable Solutions Task Force", "فريق عمل الحلول الدائمة", "DSTF", "DSTF", None, True),
    ("Returns Working Group", "مجموعة عمل العودة", "RWG", "RWG", None, False),
    ("DS Technical Working Group", "مجموعة العمل الفنية للحلول الدائمة", "DSTWG", "DSTWG", None, False),
    ("JCF Anbar", "منتدى التنسيق المشترك - الأنبار", "JCF-ANB", "JCF", "Anbar", False),
    ("JCF Diyala", "منتدى التنسيق المشترك - ديالى", "JCF-DIY", "JCF", "Diyala", False),
    ("JCF Ninewa", "منتدى التنسيق المشترك - نينوى", "JCF-NIN", "JCF", "Ninewa", False),
    ("JCF Salah al-Din", "منتدى التنسيق المشترك - صلاح الدين", "JCF-SAD", "JCF", "Salah al-Din", False),
    ("JCF Kirkuk", "منتدى التنسيق المشترك - كركوك", "JCF-KIR", "JCF", "Kirkuk", False),
    ("JCF Basra", "منتدى التنسيق المشترك - البصرة", "JCF-BAS", "JCF", "Basra", False),
    ("JCF Kurdistan Region", "منتدى التنسيق المشترك - إقليم كردستان", "JCF-KRI", "JCF", "Kurdistan Region", False),
    ("ABC Sinjar", "مجموعة التنسيق المناطقي - سنجار", "ABC-SIN", "ABC", "Ninewa", False),
    ("Workshops and ad-hoc meetings", "ورش العمل والاجتماعات الخاصة", "WS", "workshop", None, False),
]

# When forums usually meet (DOMAIN.md), as iCalendar rules.
RECURRENCE = {"RWG": "FREQ=MONTHLY;BYDAY=-1TU", "DSTWG": "FREQ=MONTHLY;BYDAY=2WE"}

# The aid co-chairs at the JCFs' launch in 2024 (DOMAIN.md); the day is not recorded, so 1 January.
JCF_AID_CO_CHAIRS_2024 = {
    "JCF Kurdistan Region": ("UNHCR", None), "JCF Basra": ("UNICEF", None), "JCF Ninewa": ("UNICEF", None),
    "JCF Kirkuk": ("International Rescue Committee", None), "JCF Diyala": ("International Organization for Migration", None),
    "JCF Anbar": ("International Organization for Migration", None),
    "JCF Salah al-Din": ("Resident Coordinator's Office", "interim"),
}
