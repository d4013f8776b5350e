# netreview — العربية (Arabic).
# كل النصوص التي يراها المستخدم موجودة هنا. لغة بسيطة يفهمها طفل في الثانية عشرة.

## Command line

cli-about = فحص هادئ، خطوة بخطوة، لمعرفة البرامج التي تتصل بالشبكة على هذا الكمبيوتر.
cli-long-version = { $version }
    بيانات الملكية: { $data }.
    تحتوي على بيانات من RouteViews (routeviews.org) وDB-IP.com (IP to ASN Lite, https://db-ip.com) وNRO (nro.net)، بموجب ترخيص Creative Commons Attribution 4.0 (CC BY 4.0) (ترخيص المشاع الإبداعي: نسب المصنَّف 4.0)، كما نشرها ip-location-db. انظر data/PROVENANCE.md.
cli-no-data = لا توجد بيانات مدمجة
cli-lang = لغة كل النصوص، مثلًا ar أو en-US
cli-demo = التدرّب على الفحص الموجَّه باستخدام كمبيوتر خيالي (للورشات التدريبية؛ لا يحتاج إلى أي صلاحيات)
cli-scan-about = أخذ لقطة للبرامج التي تستخدم الشبكة الآن، أو المراقبة لبعض الوقت
cli-format = طريقة عرض النتيجة: table (سهل القراءة)، أو yaml أو json (صيغة الملخص)
cli-watch = مواصلة المراقبة لهذه المدة (مثلًا 30s أو 2m) لرصد البرامج التي لا تتصل إلا من حين لآخر
cli-interval = المدة بين نظرتين أثناء المراقبة (مثلًا 1s أو 500ms)
cli-output = حفظ النتيجة في هذا الملف بدلًا من عرضها
cli-from = قراءة لقطة أو ملف ملخص محفوظ بدلًا من فحص هذا الكمبيوتر
cli-online = السماح بالبحث عبر الإنترنت في هذا التشغيل دون سؤال (تُرسَل العناوين إلى هيئات تسجيل الإنترنت)
cli-lookup-about = شرح العناوين: ما هي، وما الخدمة التي يُستخدم لها المنفذ، ومن يملكها
cli-lookup-format = طريقة عرض الإجابات: text (سهل القراءة)، أو yaml أو json
cli-lookup-items = العناوين المراد شرحها، ويمكن أن يرافق كلًّا منها منفذ: 151.101.132.246 أو 8.8.8.8:53 أو [2a04:4e42::1]:443
cli-db-about = إدارة قاعدة بيانات الملكية (من يملك كل عنوان على الإنترنت)
cli-db-update-about = تنزيل أحدث بيانات الملكية من الإنترنت (يسألك أولًا)
error-heading = لم يتمكن netreview من الإكمال
bad-interval = يجب أن تكون المدة بين نظرتين أكبر من صفر.

## Address meanings: what the other end of a connection is

scope-loopback = { $addr } هو هذا الكمبيوتر يتحدث مع نفسه: لا ضرر في ذلك.
scope-this-computer = { $addr } أحد عناوين هذا الكمبيوتر نفسه: إنه يتحدث مع نفسه.
scope-unspecified = { $addr } يعني «لا عنوان محدد».
scope-private = { $addr } جهاز على شبكتك أنت (في البيت أو المكتب).
scope-unique-local = { $addr } جهاز على شبكتك أنت (في البيت أو المكتب).
scope-shared-cgnat = { $addr } تابع لشبكة مزوّد الإنترنت نفسه، وهي تقع بينك وبين الإنترنت.
scope-link-local = { $addr } جهاز متصل بهذا الكمبيوتر مباشرة، على الكابل نفسه أو شبكة Wi-Fi نفسها.
scope-multicast = { $addr } عنوان جماعي: الرسالة الواحدة تصل إلى كل جهاز قريب ينتظرها.
scope-broadcast = { $addr } يعني كل الأجهزة على شبكتك المحلية دفعة واحدة.
scope-documentation = { $addr } عنوان للأمثلة، مخصص للكتب والأدلة: لا ينبغي أن تستخدمه أي حركة بيانات حقيقية.
scope-benchmarking = { $addr } مخصص لاختبار أجهزة الشبكات: من غير المعتاد رؤيته على كمبيوتر للاستخدام اليومي.
scope-reserved = { $addr } عنوان محجوز لا ينبغي استخدامه: هذا غير معتاد.
scope-public = { $addr } على الإنترنت.

## Listening: who can reach a program that waits for connections

reach-this-computer = لا تستطيع الوصول إليه إلا البرامج الموجودة على هذا الكمبيوتر.
reach-your-network = تستطيع الأجهزة الموجودة على شبكتك أنت الوصول إليه.
reach-all-networks = يمكن الوصول إليه من كل شبكة يتصل بها هذا الكمبيوتر، وربما حتى من الإنترنت.
reach-anyone = قد يتمكن أي شخص على الإنترنت من الوصول إليه.
reach-unusual = ينتظر على عنوان محجوز وغير معتاد.

## Services: what a port is usually used for

service-http = صفحات الويب (HTTP)
service-https = الويب الآمن (HTTPS)
service-dns = البحث عن عناوين المواقع (DNS)
service-dns-over-tls = البحث الخاص عن عناوين المواقع (DNS over TLS)
service-mdns = العثور على الأجهزة القريبة (mDNS)
service-llmnr = العثور على أجهزة الكمبيوتر القريبة (LLMNR)
service-netbios = أسماء شبكات Windows القديمة (NetBIOS)
service-smb = ملفات ومجلدات مشتركة (SMB)
service-ssh = الدخول عن بُعد (SSH)
service-telnet = دخول قديم عن بُعد بلا حماية (Telnet)
service-ftp = نقل الملفات (FTP)
service-smtp = إرسال البريد الإلكتروني بين الخوادم (SMTP)
service-smtp-submission = إرسال البريد الإلكتروني (SMTP)
service-imap = قراءة البريد الإلكتروني (IMAP)
service-pop3 = تنزيل البريد الإلكتروني (POP3)
service-ntp = ضبط الساعة (NTP)
service-dhcp = الحصول على عنوان في الشبكة (DHCP)
service-dhcpv6 = الحصول على عنوان في الشبكة، بالطريقة الجديدة (DHCPv6)
service-ssdp = العثور على أجهزة مثل التلفاز والسماعات (SSDP)
service-ipp = الطباعة (IPP)
service-jetdirect = الطباعة مباشرة إلى طابعة (JetDirect)
service-ldap = دليل عناوين الشركة وتسجيلات الدخول (LDAP)
service-kerberos = تسجيل الدخول إلى شبكة الشركة (Kerberos)
service-rdp = سطح المكتب البعيد (RDP)
service-vnc = مشاركة الشاشة (VNC)
service-teamviewer = التحكم عن بُعد (TeamViewer)
service-anydesk = التحكم عن بُعد (AnyDesk)
service-x11 = عرض نوافذ من كمبيوتر آخر (X11)
service-winrm = إدارة Windows عن بُعد (WinRM)
service-rpc = أوامر Windows عن بُعد (RPC)
service-mysql = قاعدة بيانات (MySQL)
service-postgres = قاعدة بيانات (PostgreSQL)
service-redis = مخزن بيانات سريع (Redis)
service-mongodb = قاعدة بيانات (MongoDB)
service-mqtt = رسائل أجهزة المنزل الذكي (MQTT)
service-xmpp = دردشة (XMPP)
service-irc = غرف دردشة (IRC)
service-sip = مكالمات هاتفية عبر الإنترنت (SIP)
service-stun-turn = مساعدة المكالمات على الوصول (STUN/TURN)
service-openvpn = نفق خاص (OpenVPN)
service-wireguard = نفق خاص (WireGuard)
service-ipsec = نفق خاص (IPsec)
service-socks = تمرير حركة البيانات (SOCKS proxy)
service-http-proxy = تمرير صفحات الويب (HTTP proxy)
service-tor = توجيه مخفي (Tor)
service-bittorrent = مشاركة الملفات (BitTorrent)
service-steam = ألعاب (Steam)
service-spotify = موسيقى (Spotify)
service-syncthing = مزامنة الملفات بين أجهزتك (Syncthing)
service-kde-connect = ربط هاتفك (KDE Connect)
service-apple-push = إشعارات Apple
service-airplay = إرسال الصوت والفيديو إلى شاشة (AirPlay)
service-snmp = متابعة أجهزة الشبكة (SNMP)
service-syslog = إرسال رسائل السجل (syslog)
service-git = تنزيل الشيفرة البرمجية (Git)
service-rsync = نسخ الملفات (rsync)

## Connection states

state-udp = يرسل الرسائل ويستقبلها (UDP)
state-listen = ينتظر أن يتصل به الآخرون
state-established = متصل
state-syn-sent = يحاول الاتصال
state-syn-received = أحدهم يتصل به
state-closing = يُغلق الاتصال
state-unknown = الحالة غير معروفة

## Connections no program could be tied to

unattributed-no-permission = { $count ->
    [zero] لا يعود أي منها إلى برامج مستخدمين آخرين.
    [one] يعود اتصال واحد إلى برنامج لمستخدم آخر، ولا يحق لـ netreview الاطلاع عليه دون صلاحيات المدير.
    [two] يعود اتصالان إلى برامج مستخدمين آخرين، ولا يحق لـ netreview الاطلاع عليها دون صلاحيات المدير.
    [few] تعود { $count } اتصالات إلى برامج مستخدمين آخرين، ولا يحق لـ netreview الاطلاع عليها دون صلاحيات المدير.
    [many] يعود { $count } اتصالًا إلى برامج مستخدمين آخرين، ولا يحق لـ netreview الاطلاع عليها دون صلاحيات المدير.
   *[other] يعود { $count } اتصال إلى برامج مستخدمين آخرين، ولا يحق لـ netreview الاطلاع عليها دون صلاحيات المدير.
}
unattributed-time-wait = { $count ->
    [zero] لا يوجد بينها اتصال منتهٍ يحتفظ به النظام.
    [one] اتصال واحد انتهى، ويحتفظ به النظام لوقت قصير. هذا أمر طبيعي.
    [two] اتصالان انتهيا، ويحتفظ بهما النظام لوقت قصير. هذا أمر طبيعي.
    [few] { $count } اتصالات انتهت، ويحتفظ بها النظام لوقت قصير. هذا أمر طبيعي.
    [many] { $count } اتصالًا انتهت، ويحتفظ بها النظام لوقت قصير. هذا أمر طبيعي.
   *[other] { $count } اتصال انتهت، ويحتفظ بها النظام لوقت قصير. هذا أمر طبيعي.
}
unattributed-kernel = { $count ->
    [zero] لا يستخدم نظام التشغيل نفسه أيًّا منها.
    [one] يستخدم نظام التشغيل نفسه اتصالًا واحدًا.
    [two] يستخدم نظام التشغيل نفسه اتصالين.
    [few] يستخدم نظام التشغيل نفسه { $count } اتصالات.
    [many] يستخدم نظام التشغيل نفسه { $count } اتصالًا.
   *[other] يستخدم نظام التشغيل نفسه { $count } اتصال.
}
unattributed-exited = { $count ->
    [zero] لم يُغلق أي برنامج منها أثناء الفحص.
    [one] اتصال واحد كان لبرنامج أُغلق بينما كان netreview ينظر.
    [two] اتصالان كانا لبرامج أُغلقت بينما كان netreview ينظر.
    [few] { $count } اتصالات كانت لبرامج أُغلقت بينما كان netreview ينظر.
    [many] { $count } اتصالًا كانت لبرامج أُغلقت بينما كان netreview ينظر.
   *[other] { $count } اتصال كانت لبرامج أُغلقت بينما كان netreview ينظر.
}

## Running without administrator rights

rights-hidden-linux = { $count ->
    [0] يعمل netreview دون صلاحيات المدير، لذلك لا يستطيع رؤية تفاصيل البرامج التي تعود إلى مستخدمين آخرين (مثل خدمات النظام).
    [one] يعمل netreview دون صلاحيات المدير: هناك اتصال واحد يعود إلى برنامج لمستخدم آخر لا يستطيع الاطلاع عليه.
    [two] يعمل netreview دون صلاحيات المدير: هناك اتصالان يعودان إلى برامج مستخدمين آخرين لا يستطيع الاطلاع عليها.
    [few] يعمل netreview دون صلاحيات المدير: هناك { $count } اتصالات تعود إلى برامج مستخدمين آخرين لا يستطيع الاطلاع عليها.
    [many] يعمل netreview دون صلاحيات المدير: هناك { $count } اتصالًا تعود إلى برامج مستخدمين آخرين لا يستطيع الاطلاع عليها.
   *[other] يعمل netreview دون صلاحيات المدير: هناك { $count } اتصال تعود إلى برامج مستخدمين آخرين لا يستطيع الاطلاع عليها.
}
rights-hidden-macos = يعمل netreview دون صلاحيات المدير: اتصالات البرامج التي تعود إلى مستخدمين آخرين (مثل خدمات النظام) لا تظهر أبدًا.
rights-hidden-windows = يعمل netreview دون صلاحيات المدير: لا يمكن معرفة المكان الذي تعمل منه بعض برامج النظام.
rights-how-linux = لرؤية كل شيء، شغّله مرة أخرى بصلاحيات المدير: sudo { $command }
rights-how-macos = لرؤية كل شيء، شغّله مرة أخرى بصلاحيات المدير: sudo { $command }
rights-how-windows = لرؤية كل شيء، أغلق هذه النافذة، ثم انقر بالزر الأيمن على «Terminal» (الوحدة الطرفية) أو «Command Prompt» (موجّه الأوامر)، واختر «Run as administrator» (تشغيل كمسؤول)، ثم شغّل { $command } مرة أخرى.

## The table printed by "netreview scan"

table-title = البرامج التي تستخدم الشبكة، { $time } UTC: { $programs ->
    [zero] لا توجد برامج
    [one] برنامج واحد
    [two] برنامجان
    [few] { $programs } برامج
    [many] { $programs } برنامجًا
   *[other] { $programs } برنامج
}، { $connections ->
    [zero] لا توجد اتصالات
    [one] اتصال واحد
    [two] اتصالان
    [few] { $connections } اتصالات
    [many] { $connections } اتصالًا
   *[other] { $connections } اتصال
}
table-title-watch = البرامج التي استخدمت الشبكة بين { $start } و{ $end } UTC (عدد النظرات: { $looks }): { $programs ->
    [zero] لا توجد برامج
    [one] برنامج واحد
    [two] برنامجان
    [few] { $programs } برامج
    [many] { $programs } برنامجًا
   *[other] { $programs } برنامج
}، { $connections ->
    [zero] لا توجد اتصالات
    [one] اتصال واحد
    [two] اتصالان
    [few] { $connections } اتصالات
    [many] { $connections } اتصالًا
   *[other] { $connections } اتصال
}
table-nothing = لا يوجد برنامج يستخدم الشبكة الآن.
table-nothing-watch = لم يُرصد أي برنامج يستخدم الشبكة.
table-process = { $name } · PID { $pid }
table-user = المستخدم { $user }
table-parent = شغّله { $parent } (PID { $ppid })
table-name-unknown = (الاسم غير معروف)
table-runs-from = يعمل من { $exe }
table-runs-from-unknown = تعذّرت معرفة المكان الذي يعمل منه
table-known-as = معروف باسم: { $label }
table-connection = { $proto }  { $local } → { $remote } · { $state }
table-listening = { $proto }  على { $local } · { $state }
table-service = الخدمة: { $service }.
table-seen = رُصد { $times ->
    [one] مرة واحدة
    [two] مرتين
    [few] { $times } مرات
    [many] { $times } مرة
   *[other] { $times } مرة
}، أول مرة في { $first }، وآخر مرة في { $last } UTC.
table-unattributed-title = { $count ->
    [zero] لا يوجد اتصال تعذّر ربطه ببرنامج.
    [one] اتصال واحد تعذّر ربطه ببرنامج:
    [two] اتصالان تعذّر ربطهما ببرنامج:
    [few] { $count } اتصالات تعذّر ربطها ببرنامج:
    [many] { $count } اتصالًا تعذّر ربطها ببرنامج:
   *[other] { $count } اتصال تعذّر ربطها ببرنامج:
}

## Watching over time

progress-watching = المراقبة جارية: { $elapsed } من { $total } ثانية · { $programs ->
    [zero] لا توجد برامج
    [one] برنامج واحد
    [two] برنامجان
    [few] { $programs } برامج
    [many] { $programs } برنامجًا
   *[other] { $programs } برنامج
} · { $remotes ->
    [zero] لم يُتصل بأي عنوان
    [one] عنوان واحد تم الاتصال به
    [two] عنوانان تم الاتصال بهما
    [few] { $remotes } عناوين تم الاتصال بها
    [many] { $remotes } عنوانًا تم الاتصال بها
   *[other] { $remotes } عنوان تم الاتصال بها
} · Ctrl-C للإيقاف

## The guided check

wizard-no-terminal = الفحص الموجَّه يطرح أسئلة، لذلك يحتاج إلى نافذة طرفية (Terminal). لأخذ لقطة دون أسئلة، شغّل: netreview scan
practice-tag = (تدريب)
practice-banner = ◆ تدريب — كمبيوتر خيالي للتعلّم، وليس كمبيوترك. لا شيء هنا حقيقي.
wizard-step = الخطوة { $step } من 5 · { $title }
title-welcome = أهلًا بك
title-rights = صلاحيات المدير
title-close-apps = أغلق التطبيقات التي لا تحتاج إليها
title-watch = المراقبة لبعض الوقت
title-review = النظر في كل برنامج
title-summary = الملخص
welcome-body =
    يساعدك netreview على معرفة البرامج التي تتصل بالإنترنت أو بأجهزة أخرى على هذا الكمبيوتر، وهل يبدو ذلك طبيعيًا.

      1. تُغلق التطبيقات التي لا تحتاج إليها.
      2. يراقب netreview الاتصالات لبضع دقائق.
      3. تنظر في كل برنامج، واحدًا بعد الآخر، وتقول رأيك فيه.
      4. تحصل على ملف ترسله إلى شخص يساعدك.

    يستغرق ذلك من 10 إلى 20 دقيقة. يمكنك التوقف في أي وقت: إجاباتك تبقى محفوظة.
    كل شيء خاص: لا يخرج شيء من هذا الكمبيوتر إلا إذا وافقت على ذلك.
welcome-language = اللغة: { $language } (لتغييرها: netreview --lang …)
welcome-practice = وضع التدريب: ستنظر في كمبيوتر خيالي، لتتعلّم طريقة الفحص.
choice-start = ابدأ
choice-language = اختيار لغة أخرى
prompt-language = أي لغة تفضّل؟
welcome-language-source = { $source ->
    [asked] (اللغة التي طلبتها)
    [system] (لغة إعدادات هذا الكمبيوتر)
   *[default] (لا تتوفر لغة هذا الكمبيوتر في netreview بعد)
}
prompt-choose = ماذا تريد أن تفعل؟
pager-more = — المزيد في الأسفل: اضغط أي مفتاح —
language-name = العربية
choice-quit = خروج
resume-body = بدأت فحصًا في { $date } UTC ولم تُكمله. البرامج التي نظرت فيها: { $done } من أصل { $total }.
choice-resume = المتابعة من حيث توقفت
choice-start-over = بدء فحص جديد (يوضع الفحص غير المكتمل جانبًا، ولا يُحذف)
resume-unreadable = تعذّرت قراءة فحصك غير المكتمل، لذلك وُضع جانبًا باسم { $path }. سيبدأ الآن فحص جديد.
rights-choice-continue = المتابعة دون صلاحيات المدير
rights-choice-quit = الخروج، لأبدأ من جديد بصلاحيات المدير
close-apps-body = { $count ->
    [0] لا يوجد برنامج يستخدم الشبكة الآن.
    [one] يستخدم الشبكة الآن برنامج واحد:
    [two] يستخدم الشبكة الآن برنامجان:
    [few] يستخدم الشبكة الآن { $count } برامج:
    [many] يستخدم الشبكة الآن { $count } برنامجًا:
   *[other] يستخدم الشبكة الآن { $count } برنامج:
}
close-apps-line = { $name } · { $connections ->
    [zero] لا توجد اتصالات
    [one] اتصال واحد
    [two] اتصالان
    [few] { $connections } اتصالات
    [many] { $connections } اتصالًا
   *[other] { $connections } اتصال
}
close-apps-more = … و{ $count } غيرها
close-apps-ask = يُرجى إغلاق التطبيقات التي لا تحتاج إليها الآن (المتصفح، والدردشة، والموسيقى، والألعاب…). كلما قلّ عدد البرامج، صار الفحص أسرع وأوضح.
close-apps-closed = ما أُغلق منذ النظرة السابقة: { $names }
close-apps-new = ما هو جديد منذ النظرة السابقة: { $names }
close-apps-same = لم يتغير شيء منذ النظرة السابقة.
close-apps-practice = في وضع التدريب، لا يتغير الكمبيوتر الخيالي عندما تنظر مرة أخرى.
choice-look-again = أغلقت بعض التطبيقات: انظر مرة أخرى
choice-how-to-close = أرني كيف أغلق التطبيقات إغلاقًا كاملًا
choice-continue = متابعة
watch-body =
    بعض البرامج لا تتصل إلا من حين لآخر، مثلًا كل بضع دقائق. لرصدها، سيراقب netreview الاتصالات الآن لبعض الوقت.

    اترك الكمبيوتر كما هو أثناء المراقبة. يمكنك الإيقاف قبل النهاية.
watch-practice = في وضع التدريب، تستغرق المراقبة بضع ثوانٍ فقط: فقد سبقت مراقبة الكمبيوتر الخيالي لمدة دقيقتين.
watch-choice-2m = المراقبة لمدة دقيقتين (يُنصح بهذا)
watch-choice-5m = المراقبة لمدة 5 دقائق
watch-choice-30s = المراقبة لمدة 30 ثانية
watch-choice-skip = تخطي المراقبة
watch-progress = { $bar } { $elapsed } من { $total } ثانية · { $programs ->
    [zero] لا توجد برامج
    [one] برنامج واحد
    [two] برنامجان
    [few] { $programs } برامج
    [many] { $programs } برنامجًا
   *[other] { $programs } برنامج
} · { $remotes ->
    [zero] لا توجد عناوين
    [one] عنوان واحد
    [two] عنوانان
    [few] { $remotes } عناوين
    [many] { $remotes } عنوانًا
   *[other] { $remotes } عنوان
} · Enter للإيقاف
review-header = البرنامج { $index } من { $total }
review-name = الاسم: { $name } (رقم العملية { $pid })
review-known-as = ما هو: { $what }
review-unknown = ما هو: لا يعرف netreview هذا البرنامج. هذا وحده ليس أمرًا سيئًا: معظم البرامج ليست في قائمته.
review-why-title = لماذا تهمّ هذه العلامات عن { $name }:
review-why = لماذا يهمّ هذا: { $why }
review-owner = المالك: { $org } ({ $country })
review-owner-no-country = المالك: { $org }
review-owners-title = لمن تعود العناوين التي تحدّث إليها { $name }:
review-runs-from = يعمل من: { $exe }
review-runs-from-unknown = يعمل من: تعذّرت قراءة ذلك
review-parent = { $name } (رقم العملية { $pid })
review-started-by = شغّله: { $parent } · المستخدم: { $user }
review-running-since = يعمل منذ { $time } UTC
review-exited = أُغلق هذا البرنامج بعد أن رُصد؛ لكن ما زال بإمكانك الحكم على ما فعله.
review-talks-to = تحدّث إلى:
review-waits-on = ينتظر اتصالات:
review-conn = { $meaning } المنفذ { $port }، { $seen }.
review-conn-service = { $meaning } المنفذ { $port }: { $service }، { $seen }.
review-listen = المنفذ { $port } ({ $proto }): { $reach }
review-listen-service = المنفذ { $port } ({ $proto }) · { $service }: { $reach }
review-seen = رُصد { $times ->
    [one] مرة واحدة
    [two] مرتين
    [few] { $times } مرات
    [many] { $times } مرة
   *[other] { $times } مرة
}{ $connections ->
    [one] {""}
    [two] {" "}في اتصالين منفصلين
    [few] {" "}في { $connections } اتصالات منفصلة
    [many] {" "}في { $connections } اتصالًا منفصلًا
   *[other] {" "}في { $connections } اتصال منفصل
}
review-more-connections = … و{ $count } غيرها
review-question = ما رأيك في { $name }؟
review-choice-fine = يبدو سليمًا
review-choice-suspicious = مُريب
review-choice-unsure = لست متأكدًا
review-choice-more = أخبرني بالمزيد
review-choice-back = الرجوع إلى البرنامج السابق
review-note = ملاحظة للشخص الذي يساعدك (اختيارية؛ اضغط Enter للتخطي)
review-note-kept = ملاحظتك السابقة: { $note }
choice-back-to-program = الرجوع إلى البرنامج
verdict-looks-fine = يبدو سليمًا
verdict-suspicious = مُريب
verdict-unsure = غير متأكد
verdict-not-reviewed = لم يُنظر فيه
summary-counts = البرامج التي نظرت فيها: { $reviewed } من أصل { $total }. منها { $fine } تبدو سليمة، و{ $suspicious } مريبة، و{ $unsure } غير متأكد منها.
summary-flagged = البرامج التي وصفتها بأنها مريبة أو غير متأكد منها:
summary-flagged-line = { $name } (رقم العملية { $pid }): { $verdict }
summary-not-checked = ما لم يتمكن netreview من فحصه:
summary-unattributed = { $count ->
    [zero] لا يوجد اتصال تعذّر ربطه ببرنامج.
    [one] تعذّر ربط اتصال واحد ببرنامج.
    [two] تعذّر ربط اتصالين ببرنامج.
    [few] تعذّر ربط { $count } اتصالات ببرنامج.
    [many] تعذّر ربط { $count } اتصالًا ببرنامج.
   *[other] تعذّر ربط { $count } اتصال ببرنامج.
}
summary-no-rights = عمل netreview دون صلاحيات المدير، لذلك كانت برامج المستخدمين الآخرين مخفية.
summary-redact-ask = قبل حفظ الملف: ما الذي تريد إبقاءه خارجه؟ (زر المسافة Space يشغّل الخيار أو يلغيه، وزر Enter يؤكد.)
redact-hostname = اسم هذا الكمبيوتر
redact-user = اسم المستخدم الخاص بك
redact-home = مجلدك الرئيسي في مسارات الملفات (يظهر بالشكل ~)
summary-saved = حُفظ ملخصك هنا:
summary-before-sending = قبل أن ترسله، اقرأه مرة واحدة: فيه قائمة بالبرامج الموجودة على هذا الكمبيوتر والعناوين التي تحدثت إليها. احذف منه أي شيء لا تريد مشاركته.
summary-practice-saved = حُفظ ملخص التدريب هذا هنا (وهو يصف الكمبيوتر الخيالي):
interrupted-saved = توقف الفحص. إجاباتك حتى الآن محفوظة في { $path }. شغّل netreview مرة أخرى لتتابع من حيث توقفت.
interrupted-nothing = توقف الفحص. لم يكن هناك شيء يحتاج إلى الحفظ بعد.
choice-finish = إنهاء

## Unusual signs (signals): what was seen, and why it matters

signals-title = علامات غير معتادة:
signals-none = لم يلاحظ netreview شيئًا غير معتاد فيه. هذا لا يثبت أنه غير ضار.
signal-worth = ⚠ يستحق النظر
signal-info = ℹ للعلم
signal-line = { $severity }: { $what }
signal-exe-in-temp-dir = يعمل من مجلد مؤقت: { $detail }
signal-exe-in-temp-dir-why = البرامج المثبّتة لا تعمل من المجلدات المؤقتة؛ أما البرامج التي نُزّلت للتو، أو التي تحاول ألا يلاحظها أحد، فتفعل ذلك أحيانًا.
signal-exe-in-user-writable-dir = يعمل من مجلداتك أنت، لا من المكان الذي تُثبَّت فيه البرامج عادة: { $detail }
signal-exe-in-user-writable-dir-why = أي برنامج تشغّله يستطيع الكتابة هناك، لذلك ربما وضعه شيء ما هناك دون أن يسألك. بعض التطبيقات العادية تُثبَّت هناك أيضًا.
signal-exe-hidden-path = يعمل من مجلد مخفي: { $detail }
signal-exe-hidden-path-why = المجلدات التي تبدأ أسماؤها بنقطة تكون مخفية عن العرض العادي. برامج التجسس كثيرًا ما تختبئ بهذه الطريقة.
signal-exe-deleted = حُذف ملف البرنامج أو استُبدل بينما ظل البرنامج يعمل: { $detail }
signal-exe-deleted-why = يحدث هذا بعد التحديث (وإعادة تشغيل البرنامج تُزيله)، لكنه يحدث أيضًا عندما يمحو برنامج آثاره.
signal-name-mimics-system = اسمه يطابق اسم جزء من النظام أو يكاد يطابقه ({ $detail })، لكنه لا يعمل من مكان النظام.
signal-name-mimics-system-why = البرامج الضارة كثيرًا ما تستعير أسماء برامج النظام لتبدو بريئة.
signal-listens-on-network = تستطيع أجهزة أخرى الاتصال به ({ $detail }).
signal-listens-on-network-why = البرنامج الذي ينتظر اتصالات من الخارج يستطيع الآخرون الوصول إليه. كثير من هذه البرامج عادي، لكن من المفيد أن تعرف أيها يفعل ذلك.
signal-remote-access-port = يستخدم منفذًا للتحكم أو الدخول عن بُعد: { $detail }
signal-remote-access-port-why = الوصول عن بُعد يتيح لشخص آخر أن يرى هذا الكمبيوتر أو يتحكم فيه. هذا مفيد للدعم الفني، لكن من يراقبون غيرهم خفيةً يستخدمونه أيضًا.
signal-unusual-port = يتحدث إلى عناوين على الإنترنت عبر منافذ لا تستخدمها أي خدمة شائعة: { $detail }
signal-unusual-port-why = معظم التطبيقات تستخدم منافذ معروفة، مثل منفذ الويب الآمن. المنفذ غير المعتاد ليس سيئًا في حد ذاته، لكن برامج التجسس كثيرًا ما تستخدم منافذ كهذه.
signal-hosting-provider = يتحدث إلى خوادم مستأجرة من شركة استضافة: { $detail }
signal-hosting-provider-why = يستطيع أي شخص استئجار خادم هناك، لذلك لا يخبرك اسم الشركة بشيء عمّن تتحدث إليه حقًا.
signal-frequent-reconnects = يتصل مرة بعد مرة بالمكان نفسه: { $detail }
signal-frequent-reconnects-why = الاتصالات المنتظمة المتكررة قد تكون برنامجًا يرسل تقارير إلى من يتحكم فيه. برامج التحديث وتطبيقات الدردشة تفعل ذلك أيضًا.
signal-runs-as-admin = يعمل بصلاحيات المدير (باسم { $detail })، مع أن هذا النوع من البرامج لا يحتاج إليها عادة.
signal-runs-as-admin-why = بهذه الصلاحيات يستطيع البرنامج أن يرى كل شيء على الكمبيوتر وأن يغيّره.
signal-not-from-package-manager = لم يُثبَّت عن طريق مدير البرامج في النظام: { $detail }
signal-not-from-package-manager-why = هذا عادي للتطبيقات التي تُنزَّل من مواقع صانعيها، لكنه يعني أيضًا أن أحدًا لم يفحص هذا الملف نيابةً عنك.
signal-unknown = علامة غير معتادة لا يعرفها هذا الإصدار من netreview: { $detail }

## Known programs: what each one is (ids: known-<id> of data/known-programs.yaml)

known-firefox = Firefox متصفح ويب: يتصل بالمواقع التي تزورها.
known-google-chrome = Google Chrome متصفح ويب: يتصل بالمواقع التي تزورها وبشركة Google.
known-chromium = Chromium متصفح ويب (وهو الأساس المفتوح المصدر لمتصفح Chrome): يتصل بالمواقع التي تزورها.
known-microsoft-edge = Microsoft Edge متصفح ويب: يتصل بالمواقع التي تزورها وبشركة Microsoft.
known-edge-webview2 = جزء من Microsoft Edge تستخدمه تطبيقات أخرى (مثل Teams وOutlook وWidgets وغيرها) لعرض صفحات الويب، لذلك يتصل بالمواقع.
known-brave = Brave متصفح ويب يحجب الإعلانات: يتصل بالمواقع التي تزورها.
known-opera = Opera (وOpera GX) متصفح ويب: يتصل بالمواقع التي تزورها.
known-vivaldi = Vivaldi متصفح ويب: يتصل بالمواقع التي تزورها.
known-safari = Safari هو متصفح الويب الذي يأتي مع جهاز Mac: يتصل بالمواقع التي تزورها.
known-webkit-networking = برنامج مساعد لـ Safari ولتطبيقات Mac الأخرى التي تعرض صفحات الويب: يُنزّل الصفحات نيابةً عنها.
known-tor-browser = Tor Browser متصفح يحمي الخصوصية: يمرّر تصفحك عبر شبكة Tor حتى لا تعرف المواقع بسهولة أين أنت.
known-tor = Tor برنامج يخفي مصدر حركة الإنترنت الخاصة بك بتمريرها عبر عدة أجهزة كمبيوتر حول العالم.
known-librewolf = LibreWolf متصفح ويب يهتم بالخصوصية ومبني على Firefox: يتصل بالمواقع التي تزورها.
known-gnome-web = GNOME Web (ويسمى أيضًا Epiphany) متصفح ويب: يتصل بالمواقع التي تزورها.
known-webkitgtk-network = برنامج مساعد تستخدمه تطبيقات Linux التي تعرض صفحات الويب (مثل GNOME Web وEvolution والحسابات على الإنترنت) لتنزيل تلك الصفحات.
known-signal = Signal تطبيق مراسلة خاص: يتصل بخوادم Signal لإرسال رسائلك ومكالماتك واستقبالها.
known-whatsapp = WhatsApp تطبيق مراسلة: يتصل بخوادم WhatsApp لإرسال رسائلك ومكالماتك واستقبالها.
known-telegram = Telegram تطبيق مراسلة: يتصل بخوادم Telegram لإرسال رسائلك واستقبالها.
known-element = Element تطبيق مراسلة لشبكة Matrix: يتصل بخادم Matrix لإرسال الرسائل واستقبالها.
known-discord = Discord تطبيق دردشة ومحادثات صوتية للمجموعات والألعاب: يتصل بخوادم Discord.
known-slack = Slack تطبيق دردشة للعمل: يتصل بخوادم Slack لإرسال الرسائل واستقبالها.
known-microsoft-teams = Microsoft Teams تطبيق للدردشة واجتماعات الفيديو، غالبًا للعمل أو الدراسة: يتصل بخوادم Microsoft.
known-zoom = Zoom تطبيق لاجتماعات الفيديو: يتصل بخوادم Zoom أثناء المكالمات وللتحقق من وجود رسائل.
known-skype = Skype تطبيق قديم للمكالمات والدردشة أوقفته Microsoft سنة 2025؛ يتصل بخوادم Microsoft.
known-webex = Webex تطبيق لاجتماعات الفيديو والدردشة، غالبًا للعمل: يتصل بخوادم Webex التابعة لشركة Cisco.
known-jitsi-meet = Jitsi Meet تطبيق لاجتماعات الفيديو: يتصل بخادم Jitsi أثناء المكالمات.
known-wire = Wire تطبيق خاص للمراسلة والمكالمات: يتصل بخوادم Wire.
known-threema = Threema تطبيق مراسلة خاص: يتصل بخوادم Threema لإرسال الرسائل واستقبالها.
known-viber = Viber تطبيق للمراسلة والمكالمات: يتصل بخوادم Viber.
known-messenger = Messenger تطبيق الدردشة التابع لفيسبوك: يتصل بخوادم Meta لإرسال الرسائل والمكالمات واستقبالها.
known-apple-messages = Messages هو تطبيق Mac لرسائل iMessage والرسائل النصية: يتصل بشركة Apple لإرسالها واستقبالها.
known-facetime = FaceTime تطبيق Apple لمكالمات الفيديو والمكالمات الهاتفية: يتصل بشركة Apple وبالشخص الذي تتصل به.
known-phone-link = Phone Link يربط هذا الكمبيوتر بهاتف ليعرض رسائله النصية ومكالماته وصوره؛ تأكد أنه مربوط بهاتفك أنت فقط.
known-pidgin = Pidgin تطبيق دردشة يستطيع الدخول إلى عدة شبكات دردشة في الوقت نفسه: يتصل بخوادمها.
known-thunderbird = Thunderbird تطبيق بريد إلكتروني: يتصل بخوادم بريدك لجلب الرسائل وإرسالها.
known-outlook = Outlook تطبيق Microsoft للبريد الإلكتروني والتقويم: يتصل بخادم بريدك لجلب الرسائل وإرسالها.
known-outlook-new = Outlook الجديد هو تطبيق Microsoft للبريد الإلكتروني والتقويم على Windows: يتصل بخوادم بريدك عن طريق Microsoft.
known-apple-mail = Mail هو تطبيق البريد الإلكتروني في Mac: يتصل بخوادم بريدك لجلب الرسائل وإرسالها.
known-evolution = Evolution تطبيق للبريد الإلكتروني والتقويم: يتصل بخوادم بريدك وتقويمك.
known-geary = Geary تطبيق بريد إلكتروني: يتصل بخوادم بريدك لجلب الرسائل وإرسالها.
known-kmail = KMail تطبيق البريد الإلكتروني من KDE: يتصل بخوادم بريدك لجلب الرسائل وإرسالها.
known-windows-mail = تطبيق البريد والتقويم القديم في Windows: يتصل بحسابات بريدك وتقويمك ليبقيها محدّثة.
known-spotify = Spotify يشغّل الموسيقى والبودكاست: يتصل بخوادم Spotify لبثّها.
known-vlc = VLC يشغّل الفيديو والموسيقى؛ ولا يستخدم الشبكة إلا لتشغيل البث عبر الإنترنت أو للبحث عن صور الألبومات والتحديثات.
known-apple-music = Apple Music يشغّل الموسيقى: يتصل بشركة Apple لبث الأغاني ومزامنة مكتبتك.
known-itunes = iTunes يشغّل الموسيقى ويزامن أجهزة iPhone: يتصل بشركة Apple من أجل المتجر والبث والتحديثات.
known-apple-tv = تطبيق Apple TV يعرض الأفلام والمسلسلات: يتصل بشركة Apple لبثّها.
known-apple-podcasts = Podcasts يشغّل البودكاست: يتصل بالإنترنت لتنزيل الحلقات وبثّها.
known-plex-media-server = Plex Media Server يشارك أفلامك وموسيقاك مع أجهزتك الأخرى، ويتصل بخوادم Plex.
known-kodi = Kodi يشغّل الأفلام والموسيقى والتلفاز؛ ويستخدم الشبكة للإضافات والبث عبر الإنترنت والمجلدات المشتركة.
known-obs-studio = OBS Studio يسجّل الشاشة أو الكاميرا؛ ويستخدم الشبكة عندما يبث مباشرة إلى مواقع مثل Twitch أو YouTube.
known-dropbox = Dropbox يحتفظ بنسخة من ملفاتك على الإنترنت: يتصل بخوادم Dropbox لمزامنتها.
known-onedrive = OneDrive يحتفظ بنسخة من ملفاتك في سحابة Microsoft: يتصل بشركة Microsoft لمزامنتها.
known-google-drive = Google Drive لسطح المكتب يُبقي ملفاتك متزامنة مع حسابك في Google: يتصل بشركة Google.
known-icloud-bird = جزء من macOS (اسمه bird) يُبقي ملفات iCloud Drive متزامنة مع خوادم Apple.
known-icloud-cloudd = جزء من macOS (اسمه cloudd) يزامن بيانات التطبيقات، مثل الملاحظات وجهات الاتصال، مع iCloud.
known-icloud-windows = iCloud لنظام Windows يزامن الصور والملفات وكلمات المرور مع حسابك في Apple: يتصل بشركة Apple.
known-nextcloud = Nextcloud يُبقي ملفاتك متزامنة مع خادم Nextcloud (خادمك أنت أو خادم مؤسستك).
known-syncthing = Syncthing ينسخ المجلدات مباشرة بين أجهزتك أنت، لذلك يتصل بها وبخوادم مساعدة.
known-megasync = MEGA يحتفظ بنسخة من ملفاتك في سحابة MEGA: يتصل بـ MEGA لمزامنتها.
known-proton-drive = Proton Drive يحتفظ بنسخة مشفّرة من ملفاتك على الإنترنت: يتصل بخوادم Proton.
known-box-drive = Box Drive يعرض ملفاتك في سحابة Box على هذا الكمبيوتر: يتصل بـ Box لمزامنتها.
known-rclone = rclone أداة تنسخ الملفات من وإلى التخزين على الإنترنت، لذلك تتصل بتلك الخدمات.
known-libreoffice = LibreOffice لكتابة المستندات وجداول البيانات؛ ولا يستخدم الشبكة إلا للبحث عن تحديثات أو لفتح ملفات على الإنترنت.
known-microsoft-word = Word لكتابة المستندات؛ يتصل بشركة Microsoft من أجل الترخيص والملفات على الإنترنت والمشاركة والتحديثات.
known-microsoft-excel = Excel لعمل جداول البيانات؛ يتصل بشركة Microsoft من أجل الترخيص والملفات على الإنترنت والمشاركة والتحديثات.
known-microsoft-powerpoint = PowerPoint لعمل العروض التقديمية؛ يتصل بشركة Microsoft من أجل الترخيص والملفات على الإنترنت والمشاركة والتحديثات.
known-microsoft-onenote = OneNote تطبيق دفتر ملاحظات: يتصل بشركة Microsoft ليُبقي ملاحظاتك متزامنة.
known-notion = Notion تطبيق للملاحظات والتخطيط: يتصل بخوادم Notion حيث تُحفظ صفحاتك.
known-obsidian = Obsidian تطبيق ملاحظات؛ يستخدم الشبكة للتحديثات والإضافات وخدمة المزامنة الاختيارية.
known-evernote = Evernote تطبيق ملاحظات: يتصل بخوادم Evernote ليُبقي ملاحظاتك متزامنة.
known-adobe-acrobat = Adobe Acrobat يفتح ملفات PDF؛ يتصل بشركة Adobe من أجل تسجيل الدخول والمستندات على الإنترنت والتحديثات.
known-adobe-creative-cloud = Creative Cloud يثبّت تطبيقات Adobe مثل Photoshop ويحدّثها، ويتحقق من حسابك في Adobe عبر الإنترنت.
known-steam = Steam متجر ومشغّل للألعاب: يتصل بـ Steam لتنزيل الألعاب والدردشة واللعب عبر الإنترنت.
known-epic-games = Epic Games Launcher متجر ومشغّل للألعاب: يتصل بـ Epic لتنزيل الألعاب وتشغيلها.
known-battle-net = Battle.net مشغّل الألعاب من Blizzard: يتصل بـ Blizzard لتنزيل الألعاب وتحديثها واللعب.
known-ea-app = EA app مشغّل الألعاب من Electronic Arts: يتصل بـ EA لتنزيل الألعاب وتحديثها واللعب.
known-ubisoft-connect = Ubisoft Connect مشغّل الألعاب من Ubisoft: يتصل بـ Ubisoft لتنزيل الألعاب وتحديثها واللعب.
known-gog-galaxy = GOG Galaxy مشغّل ألعاب: يتصل بـ GOG لتنزيل الألعاب وتحديثها واللعب.
known-minecraft-launcher = Minecraft Launcher يسجّل دخولك ويُنزّل Minecraft: يتصل بشركتي Microsoft وMojang.
known-xbox-app = تطبيق Xbox هو متجر ومشغّل الألعاب من Microsoft على Windows: يتصل بخدمات Xbox.
known-gaming-services = خدمة في خلفية Windows تثبّت الألعاب من تطبيق Xbox ومن Microsoft Store وتشغّلها.
known-riot-client = Riot Client يشغّل ألعابًا مثل League of Legends وValorant: يتصل بخوادم Riot.
known-roblox = Roblox منصة ألعاب على الإنترنت: تتصل بخوادم Roblox للعب والدردشة.
known-bitwarden = Bitwarden يحفظ كلمات مرورك: يتصل بخادم Bitwarden ليُبقيها متزامنة.
known-1password = 1Password يحفظ كلمات مرورك: يتصل بخوادم 1Password ليُبقيها متزامنة.
known-keepassxc = KeePassXC يحفظ كلمات مرورك في ملف على هذا الكمبيوتر؛ ولا يتصل بالإنترنت إلا لجلب أيقونات المواقع أو للبحث عن تحديثات.
known-keepass = KeePass يحفظ كلمات مرورك في ملف على هذا الكمبيوتر؛ ولا يتصل بالإنترنت إلا للبحث عن تحديثات أو للإضافات.
known-proton-pass = Proton Pass يحفظ كلمات مرورك: يتصل بخوادم Proton ليُبقيها متزامنة.
known-protonvpn = Proton VPN يمرّر حركة الإنترنت الخاصة بك عبر خوادم Proton، حتى لا ترى المواقع التي تزورها عنوانك الحقيقي.
known-mullvad-vpn = Mullvad VPN يمرّر حركة الإنترنت الخاصة بك عبر خوادم Mullvad، حتى لا ترى المواقع التي تزورها عنوانك الحقيقي.
known-wireguard = WireGuard ينشئ نفقًا خاصًا (VPN) من هذا الكمبيوتر إلى شبكة أخرى أو إلى خدمة VPN.
known-openvpn = OpenVPN ينشئ نفقًا خاصًا (VPN) من هذا الكمبيوتر إلى خدمة VPN أو إلى شبكة العمل.
known-nordvpn = NordVPN يمرّر حركة الإنترنت الخاصة بك عبر خوادم NordVPN، حتى لا ترى المواقع التي تزورها عنوانك الحقيقي.
known-expressvpn = ExpressVPN يمرّر حركة الإنترنت الخاصة بك عبر خوادم ExpressVPN، حتى لا ترى المواقع التي تزورها عنوانك الحقيقي.
known-tailscale = Tailscale يربط أجهزتك في شبكة خاصة حتى تصل إلى بعضها من أي مكان.
known-cisco-secure-client = Cisco Secure Client (AnyConnect) يصل هذا الكمبيوتر بشبكة العمل أو الدراسة عن طريق VPN.
known-openconnect = OpenConnect يصل هذا الكمبيوتر بشبكة العمل أو الدراسة عن طريق VPN.
known-globalprotect = GlobalProtect يصل هذا الكمبيوتر بشبكة العمل أو الدراسة عن طريق VPN.
known-cloudflare-warp = Cloudflare WARP يمرّر حركة الإنترنت الخاصة بك عبر Cloudflare لحمايتها، مثل VPN.
known-zerotier = ZeroTier يربط أجهزتك في شبكة خاصة حتى تصل إلى بعضها من أي مكان.
known-teamviewer = TeamViewer يتيح لشخص ما أن يرى هذا الكمبيوتر ويتحكم فيه من بعيد، وهو مفيد للدعم الفني لكن من يراقبون غيرهم خفيةً يستخدمونه أيضًا: تأكد أنك أنت من ثبّته وأنك تعرف من يتصل به.
known-anydesk = AnyDesk يتيح لشخص ما أن يرى هذا الكمبيوتر ويتحكم فيه من بعيد، وهو مفيد للدعم الفني لكن من يراقبون غيرهم خفيةً يستخدمونه أيضًا: تأكد أنك أنت من ثبّته وأنك تعرف من يتصل به.
known-chrome-remote-desktop = Chrome Remote Desktop يتيح لشخص ما أن يرى هذا الكمبيوتر ويتحكم فيه من بعيد، وهو مفيد للدعم الفني لكن من يراقبون غيرهم خفيةً يستخدمونه أيضًا: تأكد أنك أنت من ثبّته وأنك تعرف من يتصل به.
known-rustdesk = RustDesk يتيح لشخص ما أن يرى هذا الكمبيوتر ويتحكم فيه من بعيد، وهو مفيد للدعم الفني لكن من يراقبون غيرهم خفيةً يستخدمونه أيضًا: تأكد أنك أنت من ثبّته وأنك تعرف من يتصل به.
known-splashtop = Splashtop يتيح لشخص ما أن يرى هذا الكمبيوتر ويتحكم فيه من بعيد، وهو مفيد للدعم الفني لكن من يراقبون غيرهم خفيةً يستخدمونه أيضًا: تأكد أنك أنت من ثبّته وأنك تعرف من يتصل به.
known-x11vnc = x11vnc يشارك هذه الشاشة (VNC) حتى يستطيع شخص ما أن يراها ويتحكم فيها من بعيد، وهو مفيد للدعم الفني لكن من يراقبون غيرهم خفيةً يستخدمونه أيضًا: تأكد أنك أنت من ثبّته وأنك تعرف من يتصل به.
known-tigervnc = TigerVNC يشارك شاشةً (VNC) حتى يستطيع شخص ما أن يراها ويتحكم فيها من بعيد، وهو مفيد للدعم الفني لكن من يراقبون غيرهم خفيةً يستخدمونه أيضًا: تأكد أنك أنت من ثبّته وأنك تعرف من يتصل به.
known-realvnc = RealVNC Server يتيح لشخص ما أن يرى هذا الكمبيوتر ويتحكم فيه من بعيد، وهو مفيد للدعم الفني لكن من يراقبون غيرهم خفيةً يستخدمونه أيضًا: تأكد أنك أنت من ثبّته وأنك تعرف من يتصل به.
known-tightvnc = TightVNC يتيح لشخص ما أن يرى هذا الكمبيوتر ويتحكم فيه من بعيد، وهو مفيد للدعم الفني لكن من يراقبون غيرهم خفيةً يستخدمونه أيضًا: تأكد أنك أنت من ثبّته وأنك تعرف من يتصل به.
known-ultravnc = UltraVNC يتيح لشخص ما أن يرى هذا الكمبيوتر ويتحكم فيه من بعيد، وهو مفيد للدعم الفني لكن من يراقبون غيرهم خفيةً يستخدمونه أيضًا: تأكد أنك أنت من ثبّته وأنك تعرف من يتصل به.
known-quick-assist = Quick Assist يتيح لشخص تعطيه رمزًا أن يرى هذا الكمبيوتر ويتحكم فيه، وهو مفيد للدعم الفني لكن من يراقبون غيرهم خفيةً يستخدمونه أيضًا: تأكد أنك أنت من ثبّته وأنك تعرف من يتصل به.
known-screenconnect = ScreenConnect يتيح لشخص ما أن يرى هذا الكمبيوتر ويتحكم فيه من بعيد، وهو مفيد للدعم الفني لكن من يراقبون غيرهم خفيةً يستخدمونه أيضًا: تأكد أنك أنت من ثبّته وأنك تعرف من يتصل به.
known-logmein = LogMeIn يتيح لشخص ما أن يرى هذا الكمبيوتر ويتحكم فيه من بعيد، وهو مفيد للدعم الفني لكن من يراقبون غيرهم خفيةً يستخدمونه أيضًا: تأكد أنك أنت من ثبّته وأنك تعرف من يتصل به.
known-parsec = Parsec يتيح لشخص ما أن يلعب على هذا الكمبيوتر أو يتحكم فيه من بعيد، وهو مفيد للدعم الفني لكن من يراقبون غيرهم خفيةً يستخدمونه أيضًا: تأكد أنك أنت من ثبّته وأنك تعرف من يتصل به.
known-macos-screen-sharing = Screen Sharing (مشاركة الشاشة)، وهو جزء من macOS، يتيح لشخص ما أن يرى جهاز Mac هذا ويتحكم فيه من بعيد، وهو مفيد للدعم الفني لكن من يراقبون غيرهم خفيةً يستخدمونه أيضًا: تأكد أنك أنت من شغّله وأنك تعرف من يتصل به.
known-windows-remote-desktop-client = Remote Desktop Connection يتيح لشخص هنا أن يتحكم في كمبيوتر آخر بعيد، وهو برنامج مشروع لكن من يراقبون غيرهم خفيةً يسيئون استخدام أدوات التحكم عن بُعد: تأكد أنك تعرف من يستخدمه.
known-windows-remote-assistance = Remote Assistance يتيح لشخص تدعوه أن يرى هذا الكمبيوتر ويتحكم فيه، وهو مفيد للدعم الفني لكن من يراقبون غيرهم خفيةً يستخدمونه أيضًا: تأكد أنك أنت من شغّله وأنك تعرف من يتصل به.
known-gnome-remote-desktop = GNOME Remote Desktop يتيح لشخص ما أن يرى هذا الكمبيوتر ويتحكم فيه من بعيد، وهو مفيد للدعم الفني لكن من يراقبون غيرهم خفيةً يستخدمونه أيضًا: تأكد أنك أنت من شغّله وأنك تعرف من يتصل به.
known-krfb = KDE Desktop Sharing يتيح لشخص ما أن يرى هذا الكمبيوتر ويتحكم فيه من بعيد، وهو مفيد للدعم الفني لكن من يراقبون غيرهم خفيةً يستخدمونه أيضًا: تأكد أنك أنت من شغّله وأنك تعرف من يتصل به.
known-xrdp = xrdp يتيح لشخص ما أن يدخل إلى سطح مكتب هذا الكمبيوتر من بعيد، وهو مفيد للدعم الفني لكن من يراقبون غيرهم خفيةً يستخدمونه أيضًا: تأكد أنك أنت من ثبّته وأنك تعرف من يتصل به.
known-nomachine = NoMachine يتيح لشخص ما أن يرى هذا الكمبيوتر ويتحكم فيه من بعيد، وهو مفيد للدعم الفني لكن من يراقبون غيرهم خفيةً يستخدمونه أيضًا: تأكد أنك أنت من ثبّته وأنك تعرف من يتصل به.
known-sshd = SSH يتيح لمن يملك كلمة مرور أو مفتاحًا أن يدخل إلى هذا الكمبيوتر من بعيد، وهو مفيد للدعم الفني لكن من يراقبون غيرهم خفيةً يستخدمونه أيضًا: تأكد أنك أنت من ثبّته وأنك تعرف من يتصل به.
known-microsoft-defender = Microsoft Defender هو برنامج مكافحة الفيروسات المدمج في Windows: يفحص الملفات ويجلب معلومات الفيروسات الجديدة من Microsoft.
known-defender-core-service = برنامج مساعد لـ Microsoft Defender، مكافح الفيروسات المدمج في Windows؛ يتواصل مع Microsoft بشأن التهديدات والتحديثات.
known-defender-network-inspection = جزء من Microsoft Defender يراقب حركة الشبكة بحثًا عن هجمات معروفة.
known-defender-update-tool = أداة من Microsoft Defender تُنزّل معلومات الفيروسات الجديدة وتُجري الفحوصات.
known-defender-for-endpoint = برنامج أمان يضعه صاحب العمل عادة على أجهزة العمل؛ يرسل تقارير عن نشاط هذا الكمبيوتر إلى فريق الأمان لديه.
known-smartscreen = SmartScreen فحص أمان في Windows: يسأل Microsoft هل التنزيلات والمواقع معروفة بأنها خطرة.
known-clamav-freshclam = freshclam يُنزّل معلومات الفيروسات الجديدة لبرنامج مكافحة الفيروسات ClamAV.
known-malwarebytes = Malwarebytes يبحث عن البرامج الضارة: يتصل بـ Malwarebytes من أجل التحديثات والترخيص.
known-avast = Avast برنامج لمكافحة الفيروسات: يتصل بـ Avast لجلب معلومات الفيروسات الجديدة وفحص الملفات.
known-avg = AVG برنامج لمكافحة الفيروسات: يتصل بـ AVG لجلب معلومات الفيروسات الجديدة وفحص الملفات.
known-kaspersky = Kaspersky برنامج لمكافحة الفيروسات: يتصل بـ Kaspersky لجلب معلومات الفيروسات الجديدة وفحص الملفات.
known-eset = ESET برنامج لمكافحة الفيروسات: يتصل بـ ESET لجلب معلومات الفيروسات الجديدة وفحص الملفات.
known-bitdefender = Bitdefender برنامج لمكافحة الفيروسات: يتصل بـ Bitdefender لجلب معلومات الفيروسات الجديدة وفحص الملفات.
known-crowdstrike-falcon = برنامج أمان يضعه صاحب العمل عادة على أجهزة العمل؛ يرسل تقارير عن نشاط هذا الكمبيوتر إلى فريق الأمان لديه.
known-little-snitch = Little Snitch يراقب التطبيقات التي تستخدم الشبكة على جهاز Mac هذا ويسألك قبل أن تتصل.
known-vscode = Visual Studio Code محرر للشيفرة البرمجية: يتصل من أجل الإضافات والتحديثات والشيفرة الموجودة على أجهزة أخرى.
known-git-remote-https = برنامج مساعد لـ Git، وهي أداة للشيفرة البرمجية: يُنزّل الشيفرة ويرفعها من مواقع مثل GitHub وإليها.
known-ssh-client = ssh يفتح اتصالًا آمنًا من هذا الكمبيوتر إلى كمبيوتر آخر، عادةً للعمل عليه أو لنسخ الملفات.
known-nodejs = Node.js يشغّل برامج مكتوبة بلغة JavaScript، وغالبًا ما يستخدمه المبرمجون؛ وما يتصل به يعتمد على البرنامج الذي يشغّله.
known-docker = Docker يشغّل البرامج في صناديق منفصلة (حاويات) للمبرمجين؛ يُنزّلها ويمرّر حركة بياناتها.
known-jetbrains-ides = محرر شيفرة برمجية من JetBrains (مثل IntelliJ IDEA أو PyCharm): يتصل من أجل الإضافات والتحديثات والتراخيص وأدوات البرمجة.
known-jetbrains-toolbox = JetBrains Toolbox يثبّت محررات الشيفرة من JetBrains ويحدّثها: يتصل بـ JetBrains لتنزيلها.
known-github-desktop = GitHub Desktop تطبيق للعمل على الشيفرة البرمجية في GitHub: يتصل بـ GitHub لتنزيل الشيفرة ورفعها.
known-visual-studio = Visual Studio أداة Microsoft لكتابة البرامج: يتصل من أجل تسجيل الدخول والتحديثات والإضافات والمساعدة.
known-curl = curl أداة صغيرة تُنزّل عنوان ويب واحدًا أو ترفع إليه؛ وكثيرًا ما تستخدمها البرامج والسكربتات.
known-google-updater = برنامج مساعد من Google يُبقي Chrome وتطبيقات Google الأخرى محدّثة بتنزيل الإصدارات الجديدة.
known-microsoft-edge-update = برنامج مساعد من Microsoft يُبقي متصفح Edge محدّثًا بتنزيل الإصدارات الجديدة.
known-office-click-to-run = خدمة من Microsoft تثبّت تطبيقات Office مثل Word وExcel وتحدّثها.
known-microsoft-autoupdate = برنامج مساعد من Microsoft يُبقي Office وTeams وتطبيقات Microsoft الأخرى على Mac محدّثة.
known-adobe-updater = برنامج مساعد من Adobe يُبقي Acrobat Reader وتطبيقات Adobe الأخرى محدّثة.
known-sparkle-updater = برنامج مساعد صغير مدمج في كثير من تطبيقات Mac، يبحث عن الإصدارات الجديدة من التطبيق ويُنزّلها.
known-squirrel-updater = برنامج مساعد صغير تستخدمه تطبيقات مثل Discord وSlack وTeams لتنزيل إصداراتها الجديدة.
known-windows-update-worker = جزء من Windows Update يبحث عن تحديثات Windows ويُنزّلها.
known-macos-software-update = جزء من macOS يبحث في خوادم Apple عن تحديثات النظام ويُنزّلها.
known-macos-app-store = App Store والبرامج المساعدة له تُنزّل التطبيقات من Apple وتحدّثها.
known-microsoft-store = Microsoft Store يُنزّل التطبيقات من Microsoft ويحدّثها.
known-apt-methods = جزء من أداة تثبيت البرامج في Debian وUbuntu يُنزّل البرامج والتحديثات.
known-unattended-upgrades = جزء من Debian وUbuntu يثبّت التحديثات الأمنية تلقائيًا في الخلفية.
known-dnf = أداة تثبيت البرامج في Fedora والأنظمة المشابهة له: تُنزّل البرامج والتحديثات.
known-packagekit = خدمة في Linux يستخدمها مركز البرامج للبحث عن التحديثات وتنزيلها.
known-gnome-software = GNOME Software متجر التطبيقات في سطح مكتب GNOME: يُنزّل التطبيقات والتحديثات.
known-plasma-discover = Discover متجر التطبيقات في سطح مكتب KDE: يُنزّل التطبيقات والتحديثات.
known-snapd = خدمة في Linux تثبّت تطبيقات snap وتُبقيها محدّثة.
known-snap-store = Ubuntu App Center يساعدك على إيجاد التطبيقات وتثبيتها؛ يتصل بـ Snap Store.
known-flatpak = Flatpak يثبّت التطبيقات ويحدّثها على Linux، لذلك يُنزّلها من متاجر تطبيقات مثل Flathub.
known-fwupd = خدمة في Linux تبحث عن تحديثات البرامج الثابتة (firmware) لقطع هذا الكمبيوتر وتثبّتها.
known-cups = خدمة الطباعة: ترسل مهام الطباعة إلى الطابعات، ومنها الطابعات الموجودة على شبكتك.
known-cups-browsed = برنامج مساعد في Linux يجد الطابعات على شبكتك حتى تتمكن من الطباعة عليها.
known-ipp-usb = برنامج مساعد في Linux يجعل طابعات وماسحات USB الحديثة تعمل كأنها طابعات شبكة، على هذا الكمبيوتر فقط.
known-windows-print-spooler = جزء من Windows يرسل مهام الطباعة إلى الطابعات، ومنها الطابعات الموجودة على شبكتك.
known-print-isolation-host = جزء من Windows يشغّل برامج تعريف الطابعات بأمان في مكان منفصل؛ وقد يتواصل مع طابعات الشبكة.
known-systemd = أول برنامج يشغّله Linux؛ يستطيع أن يحجز منافذ الشبكة لخدمات أخرى ويشغّلها عندما يتصل بها أحد.
known-systemd-resolved = جزء من Linux يبحث عن عناوين المواقع والخدمات (DNS) لكل البرامج.
known-systemd-networkd = جزء من Linux يُعِدّ اتصالات الشبكة ويطلب من الراوتر عنوانًا.
known-systemd-timesyncd = جزء من Linux يضبط ساعة الكمبيوتر بسؤال خوادم الوقت على الإنترنت.
known-networkmanager = جزء من Linux يصل هذا الكمبيوتر بشبكات Wi-Fi والشبكات السلكية ويتحقق من أن الإنترنت يعمل.
known-wpa-supplicant = جزء من Linux يدخل إلى شبكات Wi-Fi بكلمة مرورها.
known-iwd = جزء من Linux يصل هذا الكمبيوتر بشبكات Wi-Fi.
known-dhclient = جزء من Linux يطلب من الراوتر عنوانًا لهذا الكمبيوتر (DHCP).
known-dhcpcd = جزء من Linux يطلب من الراوتر عنوانًا لهذا الكمبيوتر (DHCP).
known-avahi-daemon = جزء من Linux يجد الطابعات والأجهزة الأخرى على شبكة بيتك، ويتيح لها أن تجد هذا الكمبيوتر.
known-chronyd = جزء من Linux يضبط ساعة الكمبيوتر بسؤال خوادم الوقت على الإنترنت.
known-ntpd = خدمة تضبط ساعة الكمبيوتر بسؤال خوادم الوقت على الإنترنت.
known-modemmanager = جزء من Linux يشغّل أجهزة مودم بيانات الجوال (شرائح SIM) إن كان في هذا الكمبيوتر واحد منها.
known-geoclue = جزء من Linux يحدد مكان الكمبيوتر، مستعينًا بشبكات Wi-Fi القريبة، للتطبيقات التي تسمح لها بذلك.
known-dnsmasq = برنامج مساعد صغير يوزّع العناوين ويبحث عن الأسماء للأجهزة الافتراضية أو نقاط الاتصال (hotspot) أو خدمة الشبكة.
known-rpcbind = برنامج مساعد في Linux لمشاركة المجلدات عبر الشبكة (NFS)؛ ينتظر أن تطلبه أجهزة كمبيوتر أخرى.
known-samba = Samba يشارك مجلدات هذا الكمبيوتر وطابعاته مع أجهزة Windows على الشبكة.
known-exim = برنامج بريد يثبّته Debian تلقائيًا لتوصيل رسائل النظام؛ وعادةً لا ينتظر الاتصالات إلا على هذا الكمبيوتر.
known-postfix = برنامج بريد يوصل رسائل النظام والبريد الإلكتروني؛ وعادةً لا ينتظر الاتصالات إلا على هذا الكمبيوتر.
known-gvfs-network = برامج مساعدة في سطح مكتب Linux تفتح لك المجلدات والملفات المشتركة على أجهزة أو خوادم أخرى.
known-goa-daemon = جزء من سطح مكتب GNOME يسجّل الدخول إلى حساباتك على الإنترنت (Google وNextcloud وغيرها) لصالح تطبيقات أخرى.
known-gsd-sharing = جزء من سطح مكتب GNOME يشغّل مشاركة الملفات والوسائط والشاشة أو يوقفها حسب ما هو مضبوط في الإعدادات.
known-kdeconnect = KDE Connect يربط هذا الكمبيوتر بهاتف على الشبكة نفسها لمشاركة الملفات والرسائل والإشعارات؛ تحقق من الهواتف المقترنة به.
known-whoopsie = جزء من Ubuntu يرسل تقارير الأعطال إلى مطوّري Ubuntu عندما يتعطل برنامج.
known-launchd = أول برنامج يشغّله macOS؛ يستطيع أن يحجز منافذ الشبكة لخدمات أخرى ويشغّلها عندما يتصل بها أحد.
known-mdnsresponder = جزء من macOS يبحث عن عناوين المواقع (DNS) ويجد الطابعات والأجهزة على شبكة بيتك.
known-rapportd = جزء من macOS يتيح لأجهزة Apple القريبة منك أن تعمل معًا، مثل Handoff والحافظة المشتركة.
known-apsd = جزء من macOS يُبقي اتصالًا مع Apple لاستقبال الإشعارات لتطبيقاتك.
known-trustd = جزء من macOS يتحقق من شهادات الأمان للمواقع والتطبيقات، ويسأل عبر الإنترنت أحيانًا.
known-nsurlsessiond = جزء من macOS يقوم بالتنزيل والرفع في الخلفية للتطبيقات ولـ iCloud.
known-identityservicesd = جزء من macOS يربط معرّف Apple ID الخاص بك بـ iMessage وFaceTime وأجهزتك الأخرى.
known-sharingd = جزء من macOS يشغّل AirDrop وHandoff وأنواع المشاركة الأخرى مع الأجهزة القريبة.
known-airplay-helper = جزء من macOS يرسل الصوت أو الشاشة إلى سماعات وأجهزة تلفاز AirPlay.
known-control-center = مركز التحكم في Mac؛ وهو أيضًا ينتظر اتصالات AirPlay حتى تعرض أجهزة Apple الأخرى أشياء على جهاز Mac هذا.
known-locationd = جزء من macOS يحدد مكان الكمبيوتر، مستعينًا بشبكات Wi-Fi القريبة، للتطبيقات التي تسمح لها بذلك.
known-macos-parsecd = جزء من macOS يجلب اقتراحات Siri وSpotlight من Apple عندما تبحث.
known-syspolicyd = جزء من macOS يتحقق مع Apple من أن التطبيقات التي تفتحها موقّعة وغير معروفة بأنها ضارة.
known-timed = جزء من macOS يضبط ساعة الكمبيوتر بسؤال خوادم الوقت لدى Apple.
known-netbiosd = جزء من macOS يجد أسماء أجهزة الكمبيوتر ويعلن عنها على الشبكات المنزلية من نوع Windows.
known-configd = جزء من macOS يُعِدّ اتصالات الشبكة ويطلب من الراوتر عنوانًا.
known-akd = جزء من macOS يسجّل دخولك إلى Apple ID ويُبقي هذا الدخول فعّالًا.
known-accountsd = جزء من macOS يُبقي حساباتك على الإنترنت (iCloud وGoogle وغيرها) مسجّلة الدخول لتطبيقات مثل Mail.
known-assistantd = جزء من macOS يرسل طلباتك إلى Siri وما تمليه صوتيًا إلى Apple.
known-networkserviceproxy = جزء من macOS يشغّل iCloud Private Relay وخدمات شبكة أخرى من Apple.
known-find-my = Find My يُظهر مكان أجهزة Apple الخاصة بك وأجهزة AirTag، ويستطيع مشاركة موقعك؛ تحقق ممن تشارك موقعك معهم.
known-macos-file-sharing = جزء من macOS يشارك مجلدات جهاز Mac هذا مع أجهزة أخرى على الشبكة عندما تكون مشاركة الملفات (File Sharing) مفعّلة.
known-windows-system = قلب نظام Windows نفسه؛ يتولى مشاركة الملفات والطابعات وبعض حركة الشبكة الأخرى للكمبيوتر كله.
known-windows-idle = ليس برنامجًا حقيقيًا: يعرض Windows تحته الاتصالات التي تُغلق للتو، لذلك رؤيته أمر طبيعي.
known-svchost = برنامج في Windows يشغّل كثيرًا من خدمات Windows نفسه؛ ومن الطبيعي أن تعمل منه نسخ كثيرة.
known-lsass = جزء من Windows يتحقق من تسجيلات الدخول وكلمات المرور؛ وفي شبكات العمل يتواصل مع خوادم الشركة.
known-windows-services = جزء من Windows يبدأ خدمات Windows ويوقفها؛ ويُبقي منفذًا مفتوحًا لاستخدام Windows نفسه.
known-wininit = جزء من Windows يبدأ تشغيل النظام؛ ويُبقي منفذًا مفتوحًا لاستخدام Windows نفسه، وهذا طبيعي.
known-windows-search = مربع البحث في Windows: يبحث على هذا الكمبيوتر وأيضًا على الإنترنت عبر Bing.
known-explorer = Windows Explorer يعرض سطح المكتب وشريط المهام وملفاتك؛ ويستخدم الشبكة للمجلدات المشتركة وبعض المحتوى.
known-wmiprvse = جزء من Windows يجيب عن أسئلة البرامج الأخرى حول الكمبيوتر، وأحيانًا عبر الشبكة.
known-taskhostw = جزء من Windows يشغّل المهام المجدولة في الخلفية، وبعضها يتصل بالإنترنت.
known-runtimebroker = جزء من Windows يتحقق مما يُسمح لتطبيقات Store بفعله؛ وقد يتصل بالإنترنت من أجلها.
known-backgroundtaskhost = جزء من Windows يشغّل مهام صغيرة في الخلفية للتطبيقات، مثل البحث عن الأخبار أو التحديثات.
known-dashost = جزء من Windows يجد الأجهزة على شبكتك، مثل الطابعات والتلفاز والسماعات، ويقرنها بالكمبيوتر.
known-compattelrunner = جزء من Windows يتحقق من البرامج المثبّتة ويرسل تقارير عنها إلى Microsoft.
known-windows-widgets = لوحة Widgets في Windows تعرض الأخبار والطقس وغيرها، وتُنزّلها من Microsoft.
known-start-menu = قائمة Start (ابدأ) في Windows؛ تتصل بالإنترنت لعرض تطبيقات مقترحة ونتائج من الويب.
known-wwahost = جزء من Windows يشغّل بعض تطبيقات Store المبنية مثل صفحات الويب، لذلك يتصل بالإنترنت من أجلها.
known-dllhost = برنامج مساعد في Windows يشغّل أجزاء صغيرة من برامج أخرى؛ ويتصل بالإنترنت أحيانًا من أجلها، مثلًا من أجل الصور.
known-rundll32 = برنامج مساعد في Windows يشغّل شيفرة محفوظة في ملفات أخرى؛ ونادرًا ما يحتاج إلى الشبكة، لذلك تستحق اتصالاته نظرة أقرب.
known-mshta = برنامج مساعد قديم في Windows يشغّل برامج صغيرة على شكل صفحات ويب؛ ونادرًا ما يُستخدم اليوم، لذلك تستحق اتصالاته نظرة أقرب.
known-powershell = PowerShell يشغّل الأوامر والسكربتات؛ ولا يتصل بالإنترنت إلا إذا طلب ذلك سكربت، لذلك تحقق مما شغّله.
known-sppsvc = جزء من Windows يتحقق مع Microsoft من أن نسختك من Windows مفعّلة.
known-family-safety = الرقابة الأبوية في Windows: تستطيع إرسال تقارير عن نشاط هذا الحساب إلى منظِّم العائلة؛ تحقق ممن هم في عائلتك على Microsoft.
known-bonjour-windows = Bonjour من Apple يجد الطابعات وأجهزة Apple على شبكة بيتك؛ ويثبّته iTunes وبعض تطبيقات الطابعات.
known-apple-mobile-device = برنامج مساعد من Apple يتيح لـ iTunes وتطبيقات أخرى التواصل مع iPhone أو iPad، بالكابل أو عبر Wi-Fi.
known-nvidia-app = البرامج المساعدة لبطاقة الرسومات من NVIDIA: تُنزّل تحديثات برامج التعريف ويمكنها تسجيل اللعب أو مشاركته.

## Who owns an address (the offline ownership database)

owner-line = المالك: { $org } (الشبكة AS{ $asn }؛ عناوينها مسجّلة في { $country }، وهذا ليس بالضرورة المكان الذي يوجد فيه الخادم).
owner-line-no-country = المالك: { $org } (الشبكة AS{ $asn }).
owner-unknown = المالك: غير موجود في قاعدة البيانات المحفوظة على هذا الكمبيوتر.
owner-kind-cdn = { $name } شبكة لتوصيل المحتوى: تستخدمها تطبيقات ومواقع كثيرة لإيصال محتواها بسرعة.
owner-kind-cloud = { $name } مزوّد خدمات سحابية: تستأجر الشركات أجهزة كمبيوتر هناك لتشغيل تطبيقاتها ومواقعها. يستطيع أي شخص استئجار خادم هنا، لذلك المالك ليس بالضرورة من تتحدث إليه.
owner-kind-hosting = { $name } شركة استضافة: تؤجّر الخوادم والمواقع. يستطيع أي شخص استئجار خادم هنا، لذلك المالك ليس بالضرورة من تتحدث إليه.
owner-kind-big-tech = { $name } شركة تقنية كبيرة: تطبيقاتها وخدماتها الخاصة تتصل بهذا المكان.
owner-kind-isp = { $name } مزوّد إنترنت: يصل البيوت والمكاتب والهواتف بالإنترنت.
owner-kind-vpn = { $name } يشغّل خدمة VPN، أو الشبكة التي تقف وراء إحداها: يمرّر حركة بيانات الناس، فترى المواقع عنوانه بدلًا من عناوينهم.
ownership-file-refused = تعذّر استخدام قاعدة بيانات الملكية التي نُزّلت ({ $path }: { $reason }). سيستخدم netreview بدلًا منها القاعدة المدمجة فيه.
ownership-none = هذه النسخة من netreview ليس فيها قاعدة بيانات للملكية، لذلك لا يظهر المالكون.

## netreview lookup

lookup-bad-address = «{ $input }» ليس عنوانًا على الإنترنت. اكتبه بهذا الشكل: 151.101.132.246 أو 2a04:4e42::1 أو 8.8.8.8:53 أو [2a04:4e42::1]:443.
lookup-some-failed = { $count ->
    [zero] تمت الإجابة عن كل العناصر.
    [one] تعذّر البحث عن عنصر واحد؛ وتمت الإجابة عن البقية.
    [two] تعذّر البحث عن عنصرين؛ وتمت الإجابة عن البقية.
    [few] تعذّر البحث عن { $count } عناصر؛ وتمت الإجابة عن البقية.
    [many] تعذّر البحث عن { $count } عنصرًا؛ وتمت الإجابة عن البقية.
   *[other] تعذّر البحث عن { $count } عنصر؛ وتمت الإجابة عن البقية.
}

## Online look-ups (RDAP), only with consent

online-consent = يستطيع netreview أن يبحث عن { $addresses } عبر الإنترنت، في السجلات العامة لهيئات تسجيل الإنترنت. ولفعل ذلك سيُنزّل قائمة هيئات التسجيل من { $host } (وهذا لا يرسل أي عنوان)، ثم يرسل كل عنوان إلى هيئة التسجيل المسؤولة عنه (ARIN أو RIPE NCC أو APNIC أو LACNIC أو AFRINIC). لن يُرسَل أي شيء آخر، لكن تلك الخوادم سترى عنوانك على الإنترنت. هل تريد البحث عبر الإنترنت؟ اكتب ن للموافقة («نعم»)، وأي شيء آخر يعني «لا»:
consent-yes-words = y, yes, ن, نعم
online-no-terminal = لم يتم البحث عبر الإنترنت: لا توجد نافذة طرفية (Terminal) لطلب إذنك. أضف --online للسماح بذلك.
online-refused = لم يتم البحث عبر الإنترنت، كما اخترت. الإجابات أعلاه مأخوذة من قاعدة البيانات المحفوظة على هذا الكمبيوتر.
online-rate-limited = تطلب هيئة التسجيل أن نُبطئ (عمليات بحث كثيرة جدًا). حاول مرة أخرى بعد بضع دقائق؛ أما الإجابة أعلاه، من قاعدة البيانات على هذا الكمبيوتر، فتبقى كما هي.
online-not-found = ليس لدى هيئة التسجيل أي سجل لهذا العنوان.
online-status = ردّت هيئة التسجيل بخطأ (HTTP { $code }). أما الإجابة أعلاه، من قاعدة البيانات على هذا الكمبيوتر، فتبقى كما هي.
online-timeout = تأخرت هيئة التسجيل كثيرًا في الرد. تحقق من اتصال الإنترنت وحاول مرة أخرى؛ أما الإجابة أعلاه، من قاعدة البيانات على هذا الكمبيوتر، فتبقى كما هي.
online-unreachable = تعذّر الوصول إلى هيئة التسجيل ({ $reason }). ربما هذا الكمبيوتر غير متصل بالإنترنت؛ أما الإجابة أعلاه، من قاعدة البيانات على هذا الكمبيوتر، فتبقى كما هي.
online-no-registry = لا توجد هيئة تسجيل مذكورة لهذا العنوان.
online-bad-answer = تعذّرت قراءة إجابة هيئة التسجيل.
online-unknown = غير معروف
online-record = سجل هيئة التسجيل من { $server } (جُلب في { $fetched }): الشبكة { $network }، يملكها { $org }، البلد { $country }، سُجّلت في { $registered }.

## netreview db update

db-update-consent = سيُنزّل netreview أحدث بيانات الملكية (عدة ملفات، بعشرات الميغابايت) من { $host }. هذا لا يرسل أي عنوان ولا أي شيء عن هذا الكمبيوتر، لكن ذلك الخادم سيرى عنوانك على الإنترنت. هل تريد التنزيل الآن؟ اكتب ن للموافقة («نعم»)، وأي شيء آخر يعني «لا»:
db-update-no-terminal = لم يُنزَّل أي شيء: لا توجد نافذة طرفية (Terminal) لطلب إذنك. شغّل «netreview --online db update» للسماح بذلك.
db-update-refused = لم يُنزَّل أي شيء، كما اخترت. سيواصل netreview استخدام بيانات الملكية الموجودة لديه.
db-update-no-folder = لم يُنزَّل أي شيء: لم يجد netreview مجلدًا لبياناته على هذا الكمبيوتر.
db-update-downloading = جارٍ التنزيل من { $host } …
db-update-failed = لم تُثبَّت بيانات الملكية الجديدة ({ $reason }). سيواصل netreview استخدام البيانات التي كانت لديه.
db-update-done = ثُبّت { $source }: عدد نطاقات IPv4: { $v4 }، وعدد نطاقات IPv6: { $v6 }، وهي محفوظة في { $path }. سيستخدمها netreview من الآن فصاعدًا.

## Countries (generated by tools/gen-countries.py from i18n-iso-countries 7.14.0, MIT; do not edit)
country-AD = أندورا
country-AE = الإمارات العربية المتحدة
country-AF = أفغانستان
country-AG = أنتيغوا وباربودا
country-AI = أنغويلا
country-AL = ألبانيا
country-AM = أرمينيا
country-AO = أنغولا
country-AQ = القارة القطبية الجنوبية
country-AR = الأرجنتين
country-AS = ساموا الأمريكية
country-AT = النمسا
country-AU = أستراليا
country-AW = أروبا
country-AX = جزر أولاند
country-AZ = أذربيجان
country-BA = البوسنة والهرسك
country-BB = باربادوس
country-BD = بنغلاديش
country-BE = بلجيكا
country-BF = بوركينا فاسو
country-BG = بلغاريا
country-BH = البحرين
country-BI = بوروندي
country-BJ = بنين
country-BL = سان بارتيلمي
country-BM = برمودا
country-BN = بروناي
country-BO = بوليفيا
country-BQ = الجزر الكاريبية الهولندية
country-BR = البرازيل
country-BS = باهاماس
country-BT = بوتان
country-BV = جزيرة بوفيه
country-BW = بوتسوانا
country-BY = روسيا البيضاء
country-BZ = بليز
country-CA = كندا
country-CC = جزر كوكوس
country-CD = جمهورية الكونغو الديمقراطية
country-CF = جمهورية أفريقيا الوسطى
country-CG = جمهورية الكونغو
country-CH = سويسرا
country-CI = ساحل العاج
country-CK = جزر كوك
country-CL = تشيلي
country-CM = الكاميرون
country-CN = الصين
country-CO = كولومبيا
country-CR = كوستاريكا
country-CU = كوبا
country-CV = الرأس الأخضر
country-CW = كوراساو
country-CX = جزيرة عيد الميلاد
country-CY = قبرص
country-CZ = جمهورية التشيك
country-DE = ألمانيا
country-DJ = جيبوتي
country-DK = الدنمارك
country-DM = دومينيكا
country-DO = جمهورية الدومينيكان
country-DZ = الجزائر
country-EC = الإكوادور
country-EE = إستونيا
country-EG = مصر
country-EH = الصحراء الغربية
country-ER = إريتريا
country-ES = إسبانيا
country-ET = إثيوبيا
country-FI = فنلندا
country-FJ = فيجي
country-FK = جزر فوكلاند
country-FM = ولايات ميكرونيسيا المتحدة
country-FO = جزر فارو
country-FR = فرنسا
country-GA = الغابون
country-GB = المملكة المتحدة
country-GD = غرينادا
country-GE = جورجيا
country-GF = غويانا الفرنسية
country-GG = غيرنزي
country-GH = غانا
country-GI = جبل طارق
country-GL = جرينلاند
country-GM = غامبيا
country-GN = غينيا
country-GP = غوادلوب
country-GQ = غينيا الاستوائية
country-GR = اليونان
country-GS = جورجيا الجنوبية وجزر ساندويتش الجنوبية
country-GT = غواتيمالا
country-GU = غوام
country-GW = غينيا بيساو
country-GY = غيانا
country-HK = هونغ كونغ
country-HM = جزيرة هيرد وجزر ماكدونالد
country-HN = هندوراس
country-HR = كرواتيا
country-HT = هايتي
country-HU = المجر
country-ID = إندونيسيا
country-IE = أيرلندا
country-IL = إسرائيل
country-IM = جزيرة مان
country-IN = الهند
country-IO = إقليم المحيط الهندي البريطاني
country-IQ = العراق
country-IR = إيران
country-IS = آيسلندا
country-IT = إيطاليا
country-JE = جيرزي
country-JM = جامايكا
country-JO = الأردن
country-JP = اليابان
country-KE = كينيا
country-KG = قيرغيزستان
country-KH = كمبوديا
country-KI = كيريباتي
country-KM = جزر القمر
country-KN = سانت كيتس ونيفيس
country-KP = كوريا الشمالية
country-KR = كوريا الجنوبية
country-KW = الكويت
country-KY = جزر كايمان
country-KZ = كازاخستان
country-LA = لاوس
country-LB = لبنان
country-LC = سانت لوسيا
country-LI = ليختنشتاين
country-LK = سريلانكا
country-LR = ليبيريا
country-LS = ليسوتو
country-LT = ليتوانيا
country-LU = لوكسمبورغ
country-LV = لاتفيا
country-LY = ليبيا
country-MA = المغرب
country-MC = موناكو
country-MD = مولدوفا
country-ME = الجبل الأسود
country-MF = سانت مارتن (الجزء الفرنسي)
country-MG = مدغشقر
country-MH = جزر مارشال
country-MK = مقدونيا الشمالية
country-ML = مالي
country-MM = بورما
country-MN = منغوليا
country-MO = ماكاو
country-MP = جزر ماريانا الشمالية
country-MQ = مارتينيك
country-MR = موريتانيا
country-MS = مونتسرات
country-MT = مالطا
country-MU = موريشيوس
country-MV = جزر المالديف
country-MW = مالاوي
country-MX = المكسيك
country-MY = ماليزيا
country-MZ = موزمبيق
country-NA = ناميبيا
country-NC = كاليدونيا الجديدة
country-NE = النيجر
country-NF = جزيرة نورفولك
country-NG = نيجيريا
country-NI = نيكاراغوا
country-NL = هولندا
country-NO = النرويج
country-NP = نيبال
country-NR = ناورو
country-NU = نييوي
country-NZ = نيوزيلندا
country-OM = عمان
country-PA = بنما
country-PE = بيرو
country-PF = بولينزيا الفرنسية
country-PG = بابوا غينيا الجديدة
country-PH = الفلبين
country-PK = باكستان
country-PL = بولندا
country-PM = سان بيير وميكلون
country-PN = جزر بيتكيرن
country-PR = بورتوريكو
country-PS = فلسطين
country-PT = البرتغال
country-PW = بالاو
country-PY = باراغواي
country-QA = قطر
country-RE = لا ريونيون
country-RO = رومانيا
country-RS = صربيا
country-RU = روسيا
country-RW = رواندا
country-SA = السعودية
country-SB = جزر سليمان
country-SC = سيشل
country-SD = السودان
country-SE = السويد
country-SG = سنغافورة
country-SH = سانت هيلينا وأسينشين وتريستان دا كونا
country-SI = سلوفينيا
country-SJ = سفالبارد ويان ماين
country-SK = سلوفاكيا
country-SL = سيراليون
country-SM = سان مارينو
country-SN = السنغال
country-SO = الصومال
country-SR = سورينام
country-SS = جنوب السودان
country-ST = ساو تومي وبرينسيب
country-SV = السلفادور
country-SX = سانت مارتن (الجزء الهولندي)
country-SY = سوريا
country-SZ = سوازيلاند
country-TC = جزر توركس وكايكوس
country-TD = تشاد
country-TF = أراض فرنسية جنوبية وأنتارتيكية
country-TG = توغو
country-TH = تايلاند
country-TJ = طاجيكستان
country-TK = توكيلاو
country-TL = تيمور الشرقية
country-TM = تركمانستان
country-TN = تونس
country-TO = تونغا
country-TR = تركيا
country-TT = ترينيداد وتوباغو
country-TV = توفالو
country-TW = تايوان
country-TZ = تانزانيا
country-UA = أوكرانيا
country-UG = أوغندا
country-UM = جزر الولايات المتحدة
country-US = الولايات المتحدة
country-UY = الأوروغواي
country-UZ = أوزبكستان
country-VA = الفاتيكان
country-VC = سانت فينسنت والغرينادين
country-VE = فنزويلا
country-VG = جزر العذراء البريطانية
country-VI = جزر العذراء الأمريكية
country-VN = فيتنام
country-VU = فانواتو
country-WF = والس وفوتونا
country-WS = ساموا
country-XK = كوسوفو
country-YE = اليمن
country-YT = مايوت
country-ZA = جنوب أفريقيا
country-ZM = زامبيا
country-ZW = زيمبابوي
## End of countries
