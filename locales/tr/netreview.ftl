# netreview — Türkçe (en-US dosyasından çeviri).
# Sade kelimeler: 12 yaşında bir çocuk her cümleyi anlayabilmeli.

## Command line

cli-about = Bu bilgisayardaki hangi programların ağ ile konuştuğunu sakin sakin, adım adım kontrol eder.
cli-long-version = { $version }
    Sahiplik verileri: { $data }.
    RouteViews (routeviews.org), DB-IP.com (IP to ASN Lite, https://db-ip.com) ve NRO (nro.net) verilerini, ip-location-db tarafından yayımlandığı hâliyle, Creative Commons Attribution 4.0 (CC BY 4.0) lisansıyla içerir. Ayrıntılar: data/PROVENANCE.md.
cli-no-data = yerleşik veri yok
cli-lang = Tüm metinlerin dili, örneğin tr ya da en-US
cli-demo = Rehberli kontrolü uydurma bir bilgisayarda deneyin (atölyeler için; yetki gerekmez)
cli-scan-about = Şu anda ağı kullanan programların anlık görüntüsünü alın ya da bir süre izleyin
cli-format = Sonuç nasıl yazılsın: table (kolay okunur), yaml ya da json (özet biçimi)
cli-watch = Yalnızca ara sıra bağlanan programları yakalamak için bu kadar süre izlemeye devam et (örneğin 30s, 2m)
cli-interval = İzleme sırasında iki bakış arasındaki süre (örneğin 1s, 500ms)
cli-output = Sonucu ekrana yazmak yerine bu dosyaya kaydet
cli-from = Bu bilgisayar yerine kaydedilmiş bir anlık görüntüyü ya da özet dosyasını oku
cli-online = Bu çalıştırmada sormadan çevrim içi sorgulamaya izin ver (adresler internet kayıt kuruluşlarına gönderilir)
cli-lookup-about = Adresleri açıkla: ne olduklarını, bir portun hangi hizmet için olduğunu ve kime ait olduklarını
cli-lookup-format = Cevaplar nasıl yazılsın: text (kolay okunur), yaml ya da json
cli-lookup-items = Açıklanacak adresler, istenirse her biri bir portla: 151.101.132.246, 8.8.8.8:53, [2a04:4e42::1]:443
cli-db-about = Sahiplik veritabanını yönet (hangi internet adresinin kime ait olduğu)
cli-db-update-about = En yeni sahiplik verilerini internetten indir (önce sorar)
error-heading = netreview işini bitiremedi
bad-interval = İki bakış arasındaki süre sıfırdan büyük olmalı.

## Address meanings: what the other end of a connection is

scope-loopback = { $addr }: bu bilgisayar kendi kendisiyle konuşuyor. Zararsızdır.
scope-this-computer = { $addr }: bu bilgisayarın kendi adreslerinden biri. Bilgisayar kendi kendisiyle konuşuyor.
scope-unspecified = { $addr }: "belirli bir adres yok" demektir.
scope-private = { $addr }: kendi ağınızdaki (ev ya da iş yeri) bir cihaz.
scope-unique-local = { $addr }: kendi ağınızdaki (ev ya da iş yeri) bir cihaz.
scope-shared-cgnat = { $addr }: internet sağlayıcınızın kendi ağına ait. Bu ağ, sizinle internet arasında durur.
scope-link-local = { $addr }: aynı kablo ya da aynı Wi-Fi üzerinden doğrudan bu bilgisayara bağlı bir cihaz.
scope-multicast = { $addr }: bir grup adresi. Tek bir mesaj, onu dinleyen yakındaki bütün cihazlara ulaşır.
scope-broadcast = { $addr }: yerel ağınızdaki bütün cihazlar aynı anda demektir.
scope-documentation = { $addr }: kitaplar ve kılavuzlar için ayrılmış bir örnek adres. Gerçek trafik bunu hiç kullanmamalı.
scope-benchmarking = { $addr }: ağ cihazlarını denemek için ayrılmış bir adres. Her gün kullanılan bir bilgisayarda alışılmadık bir durum.
scope-reserved = { $addr }: kullanılmaması gereken, ayrılmış bir adres. Alışılmadık bir durum.
scope-public = { $addr }: internette bir adres.

## Listening: who can reach a program that waits for connections

reach-this-computer = Ona yalnızca bu bilgisayardaki programlar ulaşabilir.
reach-your-network = Kendi ağınızdaki cihazlar ona ulaşabilir.
reach-all-networks = Ona her ağdan ulaşılabilir: bu bilgisayarın bağlı olduğu bütün ağlardan, belki internetten bile.
reach-anyone = İnternetteki herkes ona ulaşabiliyor olabilir.
reach-unusual = Alışılmadık, ayrılmış bir adreste bekliyor.

## Services: what a port is usually used for

service-http = web sayfaları (HTTP)
service-https = güvenli web (HTTPS)
service-dns = ad sorgulama (DNS)
service-dns-over-tls = gizli ad sorgulama (DNS over TLS)
service-mdns = yakındaki cihazları bulma (mDNS)
service-llmnr = yakındaki bilgisayarları bulma (LLMNR)
service-netbios = eski Windows ağ adları (NetBIOS)
service-smb = paylaşılan dosya ve klasörler (SMB)
service-ssh = uzaktan oturum açma (SSH)
service-telnet = eski, korumasız uzaktan oturum açma (Telnet)
service-ftp = dosya aktarma (FTP)
service-smtp = sunucular arasında e-posta gönderme (SMTP)
service-smtp-submission = e-posta gönderme (SMTP)
service-imap = e-posta okuma (IMAP)
service-pop3 = e-posta indirme (POP3)
service-ntp = saati ayarlama (NTP)
service-dhcp = ağ adresi alma (DHCP)
service-dhcpv6 = ağ adresi alma, yeni yöntem (DHCPv6)
service-ssdp = TV ve hoparlör gibi cihazları bulma (SSDP)
service-ipp = yazdırma (IPP)
service-jetdirect = doğrudan yazıcıya yazdırma (JetDirect)
service-ldap = şirket adres defteri ve oturum açma (LDAP)
service-kerberos = şirket ağında oturum açma (Kerberos)
service-rdp = Uzak Masaüstü (RDP)
service-vnc = ekran paylaşma (VNC)
service-teamviewer = uzaktan kontrol (TeamViewer)
service-anydesk = uzaktan kontrol (AnyDesk)
service-x11 = başka bir bilgisayarın pencerelerini gösterme (X11)
service-winrm = Windows uzaktan yönetimi (WinRM)
service-rpc = Windows uzaktan komutları (RPC)
service-mysql = veritabanı (MySQL)
service-postgres = veritabanı (PostgreSQL)
service-redis = hızlı veri deposu (Redis)
service-mongodb = veritabanı (MongoDB)
service-mqtt = akıllı ev mesajları (MQTT)
service-xmpp = sohbet (XMPP)
service-irc = sohbet odaları (IRC)
service-sip = internet üzerinden telefon görüşmeleri (SIP)
service-stun-turn = görüşmelerin karşıya ulaşmasına yardım (STUN/TURN)
service-openvpn = özel tünel (OpenVPN)
service-wireguard = özel tünel (WireGuard)
service-ipsec = özel tünel (IPsec)
service-socks = trafik aktarıcı (SOCKS proxy)
service-http-proxy = web aktarıcı (HTTP proxy)
service-tor = gizli yönlendirme (Tor)
service-bittorrent = dosya paylaşımı (BitTorrent)
service-steam = oyunlar (Steam)
service-spotify = müzik (Spotify)
service-syncthing = cihazlarınız arasında dosya eşitleme (Syncthing)
service-kde-connect = telefonunuzu bağlama (KDE Connect)
service-apple-push = Apple bildirimleri
service-airplay = sesi ve görüntüyü bir ekrana gönderme (AirPlay)
service-snmp = ağ cihazlarını denetleme (SNMP)
service-syslog = kayıt mesajları gönderme (syslog)
service-git = kod indirme (Git)
service-rsync = dosya kopyalama (rsync)

## Connection states

state-udp = mesaj gönderip alıyor (UDP)
state-listen = başkalarının bağlanmasını bekliyor
state-established = bağlı
state-syn-sent = bağlanmaya çalışıyor
state-syn-received = biri bağlanıyor
state-closing = kapanıyor
state-unknown = durumu bilinmiyor

## Connections no program could be tied to

unattributed-no-permission = { $count ->
    [one] 1 tanesi başka bir kullanıcının programına ait. netreview, yönetici yetkileri olmadan bu programın ayrıntılarına bakamaz.
   *[other] { $count } tanesi başka kullanıcıların programlarına ait. netreview, yönetici yetkileri olmadan bu programların ayrıntılarına bakamaz.
}
unattributed-time-wait = { $count ->
    [one] 1 tanesi, sistemin kısa bir süre daha tuttuğu bitmiş bir bağlantı. Bu normaldir.
   *[other] { $count } tanesi, sistemin kısa bir süre daha tuttuğu bitmiş bağlantılar. Bu normaldir.
}
unattributed-kernel = { $count ->
    [one] 1 tanesini işletim sisteminin kendisi tutuyor.
   *[other] { $count } tanesini işletim sisteminin kendisi tutuyor.
}
unattributed-exited = { $count ->
    [one] 1 tanesi, netreview bakarken kapanan bir programa aitti.
   *[other] { $count } tanesi, netreview bakarken kapanan programlara aitti.
}

## Running without administrator rights

rights-hidden-linux = { $count ->
    [0] netreview yönetici yetkileri olmadan çalışıyor. Bu yüzden başka kullanıcılara ait programların (örneğin sistem hizmetlerinin) ayrıntılarını göremiyor.
    [one] netreview yönetici yetkileri olmadan çalışıyor: 1 bağlantı başka bir kullanıcının programına ait ve netreview bu programın ayrıntılarına bakamıyor.
   *[other] netreview yönetici yetkileri olmadan çalışıyor: { $count } bağlantı başka kullanıcıların programlarına ait ve netreview bu programların ayrıntılarına bakamıyor.
}
rights-hidden-macos = netreview yönetici yetkileri olmadan çalışıyor: başka kullanıcılara ait programların (örneğin sistem hizmetlerinin) bağlantıları hiç gösterilmiyor.
rights-hidden-windows = netreview yönetici yetkileri olmadan çalışıyor: bazı sistem programlarının nereden çalıştığı okunamıyor.
rights-how-linux = Her şeyi görmek için programı yönetici yetkileriyle yeniden çalıştırın: sudo { $command }
rights-how-macos = Her şeyi görmek için programı yönetici yetkileriyle yeniden çalıştırın: sudo { $command }
rights-how-windows = Her şeyi görmek için bu pencereyi kapatın, "Terminal" ya da "Komut İstemi" üzerine sağ tıklayın, "Yönetici olarak çalıştır" seçeneğini seçin ve { $command } komutunu yeniden çalıştırın.

## The table printed by "netreview scan"

table-title = Ağı kullanan programlar, { $time } UTC: { $programs ->
    [one] 1 program
   *[other] { $programs } program
}, { $connections ->
    [one] 1 bağlantı
   *[other] { $connections } bağlantı
}
table-title-watch = { $start } ile { $end } UTC arasında ağı kullanan programlar ({ $looks } bakış): { $programs ->
    [one] 1 program
   *[other] { $programs } program
}, { $connections ->
    [one] 1 bağlantı
   *[other] { $connections } bağlantı
}
table-nothing = Şu anda ağı kullanan hiçbir program yok.
table-nothing-watch = Ağı kullanan hiçbir program görülmedi.
table-process = { $name } · PID { $pid }
table-user = kullanıcı { $user }
table-parent = başlatan: { $parent } (PID { $ppid })
table-name-unknown = (adı bilinmiyor)
table-runs-from = çalıştığı yer: { $exe }
table-runs-from-unknown = nereden çalıştığı okunamadı
table-known-as = bilinen adı: { $label }
table-connection = { $proto }  { $local } → { $remote } · { $state }
table-listening = { $proto }  { $local } üzerinde · { $state }
table-service = Hizmet: { $service }.
table-seen = { $times ->
    [one] Bir kez
   *[other] { $times } kez
} görüldü; ilk kez { $first }, son kez { $last } UTC.
table-unattributed-title = { $count ->
    [one] 1 bağlantı hiçbir programla eşleştirilemedi:
   *[other] { $count } bağlantı hiçbir programla eşleştirilemedi:
}

## Watching over time

progress-watching = İzleniyor: { $elapsed } / { $total } sn · { $programs ->
    [one] 1 program
   *[other] { $programs } program
} · { $remotes ->
    [one] 1 adresle bağlantı kuruldu
   *[other] { $remotes } adresle bağlantı kuruldu
} · Ctrl-C durdurur

## The guided check

wizard-no-terminal = Rehberli kontrol size sorular sorar, bu yüzden bir terminal penceresi gerekir. Soru sormadan anlık görüntü almak için şunu çalıştırın: netreview scan
practice-tag = (alıştırma)
practice-banner = ◆ ALIŞTIRMA — öğrenmek için uydurma bir bilgisayar, sizin bilgisayarınız değil. Buradaki hiçbir şey gerçek değil.
wizard-step = Adım { $step } / 5 · { $title }
title-welcome = Hoş geldiniz
title-rights = Yönetici yetkileri
title-close-apps = Gerekmeyen uygulamaları kapatın
title-watch = Bir süre izleyin
title-review = Her programa bakın
title-summary = Özet
welcome-body =
    netreview, bu bilgisayardaki hangi programların internetle ya da başka cihazlarla konuştuğunu ve bunun doğru görünüp görünmediğini kontrol etmenize yardım eder.

      1. Gerekmeyen uygulamaları kapatırsınız.
      2. netreview birkaç dakika boyunca bağlantıları izler.
      3. Programlara tek tek bakar, her biri için ne düşündüğünüzü söylersiniz.
      4. Size yardım eden kişiye göndermek için bir dosya alırsınız.

    Bu iş 10 ila 20 dakika sürer. İstediğiniz zaman durabilirsiniz: cevaplarınız saklanır.
    Gizlilik: siz "evet" demedikçe hiçbir şey bu bilgisayarın dışına çıkmaz.
welcome-language = Dil: { $language } (değiştirmek için: netreview --lang …)
welcome-practice = Alıştırma modu: kontrolü öğrenmek için uydurma bir bilgisayara bakacaksınız.
choice-start = Başla
choice-language = Başka bir dil seç
prompt-language = Hangi dili istersiniz?
welcome-language-source = { $source ->
    [asked] (istediğiniz dil)
    [system] (bu bilgisayarın ayarlarındaki dil)
   *[default] (netreview bu bilgisayarın dilini henüz bilmiyor)
}
prompt-choose = Ne yapmak istersiniz?
pager-more = — devamı aşağıda: bir tuşa basın —
language-name = Türkçe
choice-quit = Çık
resume-body = { $date } UTC tarihinde bir kontrole başladınız ama bitirmediniz. { $total } programdan { $done } tanesine bakmıştınız.
choice-resume = Kaldığım yerden devam et
choice-start-over = Yeni bir kontrol başlat (bitmemiş olan silinmez, kenara konur)
resume-unreadable = Bitmemiş kontrolünüz okunamadı, bu yüzden { $path } adıyla kenara kondu. Yeni bir kontrol başlıyor.
rights-choice-continue = Yönetici yetkileri olmadan devam et
rights-choice-quit = Çık, yönetici yetkileriyle yeniden başlatacağım
close-apps-body = { $count ->
    [0] Şu anda ağı kullanan hiçbir program yok.
    [one] Şu anda bir program ağı kullanıyor:
   *[other] Şu anda { $count } program ağı kullanıyor:
}
close-apps-line = { $name } · { $connections ->
    [one] 1 bağlantı
   *[other] { $connections } bağlantı
}
close-apps-more = … ve { $count } tane daha
close-apps-ask = Lütfen şu anda gerekmeyen uygulamaları kapatın (tarayıcınız, sohbet, müzik, oyunlar…). Program ne kadar azsa, kontrol o kadar hızlı ve anlaşılır olur.
close-apps-closed = Son bakıştan beri kapananlar: { $names }
close-apps-new = Son bakıştan beri yeni gelenler: { $names }
close-apps-same = Son bakıştan beri hiçbir şey değişmedi.
close-apps-practice = Alıştırma modunda, yeniden baktığınızda uydurma bilgisayar değişmez.
choice-look-again = Bazı uygulamaları kapattım: yeniden bak
choice-how-to-close = Uygulamaları tamamen nasıl kapatacağımı göster
choice-continue = Devam et
watch-body =
    Bazı programlar yalnızca ara sıra bağlanır, örneğin birkaç dakikada bir. Onları yakalamak için netreview şimdi bağlantıları bir süre izleyecek.

    İzleme sürerken bilgisayarı olduğu gibi bırakın. İsterseniz daha erken durdurabilirsiniz.
watch-practice = Alıştırma modunda izleme birkaç saniye sürer: uydurma bilgisayar zaten 2 dakika boyunca izlendi.
watch-choice-2m = 2 dakika izle (önerilir)
watch-choice-5m = 5 dakika izle
watch-choice-30s = 30 saniye izle
watch-choice-skip = İzlemeyi atla
watch-progress = { $bar } { $elapsed } / { $total } sn · { $programs ->
    [one] 1 program
   *[other] { $programs } program
} · { $remotes ->
    [one] 1 adres
   *[other] { $remotes } adres
} · Enter durdurur
review-header = Program { $index } / { $total }
review-name = Adı: { $name } (işlem numarası { $pid })
review-known-as = Nedir: { $what }
review-unknown = Nedir: netreview bu programı tanımıyor. Bu tek başına kötü bir şey değil: çoğu program netreview listesinde yer almaz.
review-why-title = { $name } ile ilgili bu işaretler neden önemli:
review-why = Bu neden önemli: { $why }
review-owner = Sahibi: { $org } ({ $country })
review-owner-no-country = Sahibi: { $org }
review-owners-title = { $name } programının konuştuğu adresler kime ait:
review-runs-from = Çalıştığı yer: { $exe }
review-runs-from-unknown = Çalıştığı yer: okunamadı
review-parent = { $name } (işlem numarası { $pid })
review-started-by = Başlatan: { $parent } · kullanıcı: { $user }
review-running-since = Çalışmaya başladığı zaman: { $time } UTC
review-exited = Bu program görüldükten sonra kapandı. Yine de ne yaptığını değerlendirebilirsiniz.
review-talks-to = Konuştuğu yerler:
review-waits-on = Bağlantı beklediği yerler:
review-conn = { $meaning } Port { $port }, { $seen }.
review-conn-service = { $meaning } Port { $port }: { $service }, { $seen }.
review-listen = port { $port } ({ $proto }): { $reach }
review-listen-service = port { $port } ({ $proto }) · { $service }: { $reach }
review-seen = { $times ->
    [one] bir kez görüldü
   *[other] { $times } kez görüldü
}{ $connections ->
    [one] {""}
   *[other] {" "}({ $connections } ayrı bağlantıda)
}
review-more-connections = … ve { $count } tane daha
review-question = { $name } hakkında ne düşünüyorsunuz?
review-choice-fine = Sorunsuz görünüyor
review-choice-suspicious = Şüpheli
review-choice-unsure = Emin değilim
review-choice-more = Bana daha fazlasını anlat
review-choice-back = Önceki programa dön
review-note = Size yardım eden kişi için bir not (isteğe bağlı; geçmek için Enter tuşuna basın)
review-note-kept = Önceki notunuz: { $note }
choice-back-to-program = Programa dön
verdict-looks-fine = sorunsuz görünüyor
verdict-suspicious = şüpheli
verdict-unsure = emin değilim
verdict-not-reviewed = bakılmadı
summary-counts = { $total } programdan { $reviewed } tanesine baktınız: { $fine } tanesi sorunsuz görünüyor, { $suspicious } tanesi şüpheli, { $unsure } tanesinden emin değilsiniz.
summary-flagged = "Şüpheli" ya da "Emin değilim" diye işaretlediğiniz programlar:
summary-flagged-line = { $name } (işlem numarası { $pid }): { $verdict }
summary-not-checked = netreview şunları kontrol edemedi:
summary-unattributed = { $count ->
    [one] 1 bağlantı hiçbir programla eşleştirilemedi.
   *[other] { $count } bağlantı hiçbir programla eşleştirilemedi.
}
summary-no-rights = netreview yönetici yetkileri olmadan çalıştı, bu yüzden diğer kullanıcıların programları görünmedi.
summary-redact-ask = Dosya kaydedilmeden önce: içinden neler çıkarılsın? (Boşluk tuşu bir seçeneği açar ya da kapatır; Enter onaylar.)
redact-hostname = Bu bilgisayarın adı
redact-user = Kullanıcı adınız
redact-home = Dosya yollarındaki ev klasörünüz (~ olarak gösterilir)
summary-saved = Özetiniz buraya kaydedildi:
summary-before-sending = Göndermeden önce dosyayı bir kez okuyun: bu bilgisayardaki programları ve konuştukları adresleri listeler. Paylaşmak istemediğiniz her şeyi silin.
summary-practice-saved = Bu alıştırma özeti buraya kaydedildi (uydurma bilgisayarı anlatıyor):
interrupted-saved = Durduruldu. Şimdiye kadarki cevaplarınız { $path } dosyasına kaydedildi. Kaldığınız yerden devam etmek için netreview komutunu yeniden çalıştırın.
interrupted-nothing = Durduruldu. Henüz kaydedilecek bir şey yoktu.
choice-finish = Bitir

## Unusual signs (signals): what was seen, and why it matters

signals-title = Alışılmadık işaretler:
signals-none = netreview bu programda alışılmadık bir şey fark etmedi. Bu, programın zararsız olduğunu kanıtlamaz.
signal-worth = ⚠ bakmaya değer
signal-info = ℹ bilgi için
signal-line = { $severity }: { $what }
signal-exe-in-temp-dir = Geçici bir klasörden çalışıyor: { $detail }
signal-exe-in-temp-dir-why = Kurulu programlar geçici klasörlerden çalışmaz. Ama yeni indirilmiş programlar ya da fark edilmemeye çalışan programlar bazen oradan çalışır.
signal-exe-in-user-writable-dir = Programların genelde kurulduğu yerden değil, sizin kendi klasörlerinizden çalışıyor: { $detail }
signal-exe-in-user-writable-dir-why = Çalıştırdığınız her program oraya yazabilir, yani başka bir program onu size sormadan oraya koymuş olabilir. Bazı normal uygulamalar da oraya kurulur.
signal-exe-hidden-path = Gizli bir klasörden çalışıyor: { $detail }
signal-exe-hidden-path-why = Adı nokta ile başlayan klasörler normalde görünmez. Casus programlar çoğu zaman bu yolla saklanır.
signal-exe-deleted = Program çalışmaya devam ederken program dosyası silindi ya da değiştirildi: { $detail }
signal-exe-deleted-why = Bu, bir güncellemeden sonra olabilir (programı yeniden başlatınca düzelir). Ama bir program izlerini sildiğinde de olur.
signal-name-mimics-system = Adı, sistemin bir parçasının adıyla aynı ya da ona çok benziyor ({ $detail }), ama sistemin kendi yerinden çalışmıyor.
signal-name-mimics-system-why = Zararlı programlar masum görünmek için sık sık sistem programlarının adlarını kullanır.
signal-listens-on-network = Başka cihazlar ona bağlanabilir ({ $detail }).
signal-listens-on-network-why = Dışarıdan bağlantı bekleyen bir programa başkaları ulaşabilir. Bunların çoğu normaldir, ama hangi programların bunu yaptığını bilmek iyidir.
signal-remote-access-port = Uzaktan kontrol ya da uzaktan oturum açma için kullanılan bir port kullanıyor: { $detail }
signal-remote-access-port-why = Uzaktan erişim, başka birinin bu bilgisayarı görmesini ya da kontrol etmesini sağlar. Bu, destek için faydalıdır, ama insanları gizlice izleyen kişiler de bunu kullanır.
signal-unusual-port = İnternetteki adreslerle, yaygın hiçbir hizmetin kullanmadığı portlardan konuşuyor: { $detail }
signal-unusual-port-why = Çoğu uygulama, güvenli web portu gibi herkesin bildiği portları kullanır. Alışılmadık bir port tek başına kötü değildir, ama casus programlar sık sık böyle portlar kullanır.
signal-hosting-provider = Bir barındırma (hosting) şirketinden kiralanmış sunucularla konuşuyor: { $detail }
signal-hosting-provider-why = Orada herkes sunucu kiralayabilir. Bu yüzden şirketin adı, aslında kiminle konuştuğunuz hakkında hiçbir şey söylemez.
signal-frequent-reconnects = Aynı yere tekrar tekrar bağlanıyor: { $detail }
signal-frequent-reconnects-why = Düzenli, tekrar eden bağlantılar, bir programın onu yöneten kişiye haber vermesi olabilir. Güncelleme programları ve sohbet uygulamaları da bunu yapar.
signal-runs-as-admin = Yönetici yetkileriyle çalışıyor ({ $detail } olarak). Bu tür bir programın genelde buna ihtiyacı olmaz.
signal-runs-as-admin-why = Bu yetkilerle bir program, bilgisayardaki her şeyi görebilir ve değiştirebilir.
signal-not-from-package-manager = Sistemin yazılım yöneticisi tarafından kurulmadı: { $detail }
signal-not-from-package-manager-why = Yapımcısının web sitesinden indirilen uygulamalar için bu normaldir. Ama bu, dosyayı sizin için kimsenin kontrol etmediği anlamına da gelir.
signal-unknown = Bu netreview sürümünün tanımadığı alışılmadık bir işaret: { $detail }

## Known programs: what each one is (ids: known-<id> of data/known-programs.yaml)

known-firefox = Firefox bir web tarayıcısıdır: ziyaret ettiğiniz web sitelerine bağlanır.
known-google-chrome = Google Chrome bir web tarayıcısıdır: ziyaret ettiğiniz web sitelerine ve Google'a bağlanır.
known-chromium = Chromium bir web tarayıcısıdır (Chrome'un açık kaynaklı temeli): ziyaret ettiğiniz web sitelerine bağlanır.
known-microsoft-edge = Microsoft Edge bir web tarayıcısıdır: ziyaret ettiğiniz web sitelerine ve Microsoft'a bağlanır.
known-edge-webview2 = Microsoft Edge'in bir parçası: başka uygulamalar (Teams, Outlook, Widgets ve diğerleri) web sayfası göstermek için onu kullanır, bu yüzden web sitelerine bağlanır.
known-brave = Brave, reklamları engelleyen bir web tarayıcısıdır: ziyaret ettiğiniz web sitelerine bağlanır.
known-opera = Opera (ve Opera GX) bir web tarayıcısıdır: ziyaret ettiğiniz web sitelerine bağlanır.
known-vivaldi = Vivaldi bir web tarayıcısıdır: ziyaret ettiğiniz web sitelerine bağlanır.
known-safari = Safari, Mac ile birlikte gelen web tarayıcısıdır: ziyaret ettiğiniz web sitelerine bağlanır.
known-webkit-networking = Safari'nin ve web sayfası gösteren diğer Mac uygulamalarının bir yardımcısı: sayfaları onlar için indirir.
known-tor-browser = Tor Browser gizliliği koruyan bir tarayıcıdır: web siteleri nerede olduğunuzu kolayca göremesin diye gezinmenizi Tor ağı üzerinden gönderir.
known-tor = Tor, internet trafiğinizi dünyanın dört bir yanındaki birkaç bilgisayardan geçirerek nereden geldiğini gizleyen bir programdır.
known-librewolf = LibreWolf, Firefox'a dayanan ve gizliliğe önem veren bir web tarayıcısıdır: ziyaret ettiğiniz web sitelerine bağlanır.
known-gnome-web = GNOME Web (Epiphany olarak da bilinir) bir web tarayıcısıdır: ziyaret ettiğiniz web sitelerine bağlanır.
known-webkitgtk-network = Web sayfası gösteren Linux uygulamalarının (GNOME Web, Evolution, çevrim içi hesaplar) bu sayfaları indirmek için kullandığı bir yardımcı.
known-signal = Signal gizliliği koruyan bir mesajlaşma uygulamasıdır: mesajlarınızı ve aramalarınızı göndermek ve almak için Signal sunucularına bağlanır.
known-whatsapp = WhatsApp bir mesajlaşma uygulamasıdır: mesajlarınızı ve aramalarınızı göndermek ve almak için WhatsApp sunucularına bağlanır.
known-telegram = Telegram bir mesajlaşma uygulamasıdır: mesajlarınızı göndermek ve almak için Telegram sunucularına bağlanır.
known-element = Element, Matrix ağı için bir mesajlaşma uygulamasıdır: mesaj göndermek ve almak için bir Matrix sunucusuna bağlanır.
known-discord = Discord, topluluklar ve oyunlar için bir yazılı ve sesli sohbet uygulamasıdır: Discord sunucularına bağlanır.
known-slack = Slack iş için bir sohbet uygulamasıdır: mesaj göndermek ve almak için Slack sunucularına bağlanır.
known-microsoft-teams = Microsoft Teams, genellikle iş ya da okul için kullanılan bir sohbet ve görüntülü toplantı uygulamasıdır: Microsoft sunucularına bağlanır.
known-zoom = Zoom bir görüntülü toplantı uygulamasıdır: görüşmeler sırasında ve mesajları kontrol etmek için Zoom sunucularına bağlanır.
known-skype = Skype, Microsoft'un 2025'te kapattığı eski bir arama ve sohbet uygulamasıdır; Microsoft sunucularına bağlanır.
known-webex = Webex, genellikle iş için kullanılan bir görüntülü toplantı ve sohbet uygulamasıdır: Cisco'nun Webex sunucularına bağlanır.
known-jitsi-meet = Jitsi Meet bir görüntülü toplantı uygulamasıdır: görüşmeler sırasında bir Jitsi sunucusuna bağlanır.
known-wire = Wire gizliliği koruyan bir mesajlaşma ve arama uygulamasıdır: Wire sunucularına bağlanır.
known-threema = Threema gizliliği koruyan bir mesajlaşma uygulamasıdır: mesaj göndermek ve almak için Threema sunucularına bağlanır.
known-viber = Viber bir mesajlaşma ve arama uygulamasıdır: Viber sunucularına bağlanır.
known-messenger = Messenger, Facebook'un sohbet uygulamasıdır: mesaj ve aramaları göndermek ve almak için Meta sunucularına bağlanır.
known-apple-messages = Mesajlar (Messages), Mac'in iMessage ve kısa mesaj uygulamasıdır: bunları göndermek ve almak için Apple'a bağlanır.
known-facetime = FaceTime, Apple'ın görüntülü ve sesli arama uygulamasıdır: Apple'a ve aradığınız kişiye bağlanır.
known-phone-link = Phone Link (Telefon Bağlantısı), bu bilgisayarı bir telefona bağlayıp o telefonun mesajlarını, aramalarını ve fotoğraflarını gösterir; yalnızca kendi telefonunuza bağlı olduğunu kontrol edin.
known-pidgin = Pidgin, aynı anda birkaç sohbet ağında oturum açabilen bir sohbet uygulamasıdır: bu ağların sunucularına bağlanır.
known-thunderbird = Thunderbird bir e-posta uygulamasıdır: e-posta almak ve göndermek için posta sunucularınıza bağlanır.
known-outlook = Outlook, Microsoft'un e-posta ve takvim uygulamasıdır: e-posta almak ve göndermek için posta sunucunuza bağlanır.
known-outlook-new = Yeni Outlook, Microsoft'un Windows için e-posta ve takvim uygulamasıdır: posta sunucularınıza Microsoft üzerinden bağlanır.
known-apple-mail = Mail, Mac'in e-posta uygulamasıdır: e-posta almak ve göndermek için posta sunucularınıza bağlanır.
known-evolution = Evolution bir e-posta ve takvim uygulamasıdır: posta ve takvim sunucularınıza bağlanır.
known-geary = Geary bir e-posta uygulamasıdır: e-posta almak ve göndermek için posta sunucularınıza bağlanır.
known-kmail = KMail, KDE'nin e-posta uygulamasıdır: e-posta almak ve göndermek için posta sunucularınıza bağlanır.
known-windows-mail = Windows'un eski Posta ve Takvim uygulaması: onları güncel tutmak için e-posta ve takvim hesaplarınıza bağlanır.
known-spotify = Spotify müzik ve podcast çalar: bunları internetten çalmak için Spotify sunucularına bağlanır.
known-vlc = VLC video ve müzik oynatır; ağı yalnızca çevrim içi yayınları oynatmak ya da albüm kapaklarını ve güncellemeleri bulmak için kullanır.
known-apple-music = Apple Music müzik çalar: şarkıları internetten çalmak ve müzik arşivinizi eşitlemek için Apple'a bağlanır.
known-itunes = iTunes müzik çalar ve iPhone'ları eşitler: mağaza, internetten dinleme ve güncellemeler için Apple'a bağlanır.
known-apple-tv = Apple TV uygulaması film ve dizi oynatır: bunları internetten oynatmak için Apple'a bağlanır.
known-apple-podcasts = Podcasts uygulaması podcast oynatır: bölümleri indirmek ve internetten oynatmak için internete bağlanır.
known-plex-media-server = Plex Media Server, filmlerinizi ve müziklerinizi diğer cihazlarınızla paylaşır ve Plex sunucularına bağlanır.
known-kodi = Kodi film, müzik ve TV oynatır; ağı eklentiler, çevrim içi yayınlar ve paylaşılan klasörler için kullanır.
known-obs-studio = OBS Studio ekranı ya da kamerayı kaydeder; Twitch veya YouTube gibi sitelerde canlı yayın yaparken ağı kullanır.
known-dropbox = Dropbox dosyalarınızın bir kopyasını internette saklar: onları eşitlemek için Dropbox sunucularına bağlanır.
known-onedrive = OneDrive dosyalarınızın bir kopyasını Microsoft bulutunda saklar: onları eşitlemek için Microsoft'a bağlanır.
known-google-drive = Masaüstü için Google Drive, dosyalarınızı Google hesabınızla eşit tutar: Google'a bağlanır.
known-icloud-bird = macOS'un bir parçası (adı bird): iCloud Drive dosyalarını Apple sunucularıyla eşit tutar.
known-icloud-cloudd = macOS'un bir parçası (adı cloudd): notlar ve kişiler gibi uygulama verilerini iCloud ile eşitler.
known-icloud-windows = Windows için iCloud; fotoğrafları, dosyaları ve parolaları Apple hesabınızla eşitler: Apple'a bağlanır.
known-nextcloud = Nextcloud dosyalarınızı bir Nextcloud sunucusuyla (sizin ya da kurumunuzun sunucusu) eşit tutar.
known-syncthing = Syncthing klasörleri doğrudan kendi cihazlarınız arasında kopyalar, bu yüzden onlara ve yardımcı sunuculara bağlanır.
known-megasync = MEGA dosyalarınızın bir kopyasını MEGA bulutunda saklar: onları eşitlemek için MEGA sunucularına bağlanır.
known-proton-drive = Proton Drive dosyalarınızın şifreli bir kopyasını internette saklar: Proton sunucularına bağlanır.
known-box-drive = Box Drive, Box bulutundaki dosyalarınızı bu bilgisayarda gösterir: onları eşitlemek için Box sunucularına bağlanır.
known-rclone = rclone, internetteki depolama hizmetlerine dosya kopyalayan ve oradan dosya alan bir araçtır, bu yüzden bu hizmetlere bağlanır.
known-libreoffice = LibreOffice ile belge ve tablo hazırlanır; ağı yalnızca güncellemeleri kontrol etmek ya da çevrim içi dosyaları açmak için kullanır.
known-microsoft-word = Word ile belge yazılır; lisansınız, çevrim içi dosyalar, paylaşım ve güncellemeler için Microsoft'a bağlanır.
known-microsoft-excel = Excel ile tablo hazırlanır; lisansınız, çevrim içi dosyalar, paylaşım ve güncellemeler için Microsoft'a bağlanır.
known-microsoft-powerpoint = PowerPoint ile sunum hazırlanır; lisansınız, çevrim içi dosyalar, paylaşım ve güncellemeler için Microsoft'a bağlanır.
known-microsoft-onenote = OneNote bir not defteri uygulamasıdır: notlarınızı eşit tutmak için Microsoft'a bağlanır.
known-notion = Notion bir not ve planlama uygulamasıdır: sayfalarınızın saklandığı Notion sunucularına bağlanır.
known-obsidian = Obsidian bir not uygulamasıdır; ağı güncellemeler, eklentiler ve isteğe bağlı eşitleme hizmeti için kullanır.
known-evernote = Evernote bir not uygulamasıdır: notlarınızı eşit tutmak için Evernote sunucularına bağlanır.
known-adobe-acrobat = Adobe Acrobat PDF dosyalarını açar; oturum açma, çevrim içi belgeler ve güncellemeler için Adobe sunucularına bağlanır.
known-adobe-creative-cloud = Creative Cloud, Photoshop gibi Adobe uygulamalarını kurar ve günceller, ayrıca Adobe hesabınızı internet üzerinden kontrol eder.
known-steam = Steam bir oyun mağazası ve oyun başlatıcısıdır: oyun indirmek, sohbet etmek ve çevrim içi oynamak için Steam sunucularına bağlanır.
known-epic-games = Epic Games Launcher bir oyun mağazası ve oyun başlatıcısıdır: oyunları indirmek ve oynamak için Epic sunucularına bağlanır.
known-battle-net = Battle.net, Blizzard'ın oyun başlatıcısıdır: oyunları indirmek, güncellemek ve oynamak için Blizzard sunucularına bağlanır.
known-ea-app = EA app, Electronic Arts'ın oyun başlatıcısıdır: oyunları indirmek, güncellemek ve oynamak için EA sunucularına bağlanır.
known-ubisoft-connect = Ubisoft Connect, Ubisoft'un oyun başlatıcısıdır: oyunları indirmek, güncellemek ve oynamak için Ubisoft sunucularına bağlanır.
known-gog-galaxy = GOG Galaxy bir oyun başlatıcısıdır: oyunları indirmek, güncellemek ve oynamak için GOG sunucularına bağlanır.
known-minecraft-launcher = Minecraft Launcher oturumunuzu açar ve Minecraft'ı indirir: Microsoft ve Mojang sunucularına bağlanır.
known-xbox-app = Xbox uygulaması, Microsoft'un Windows için oyun mağazası ve oyun başlatıcısıdır: Xbox hizmetlerine bağlanır.
known-gaming-services = Xbox uygulamasından ve Microsoft Store'dan gelen oyunları kuran ve çalıştıran, arka planda çalışan bir Windows hizmeti.
known-riot-client = Riot Client, League of Legends ve Valorant gibi oyunları başlatır: Riot sunucularına bağlanır.
known-roblox = Roblox çevrim içi bir oyun platformudur: oynamak ve sohbet etmek için Roblox sunucularına bağlanır.
known-bitwarden = Bitwarden parolalarınızı saklar: onları eşit tutmak için bir Bitwarden sunucusuna bağlanır.
known-1password = 1Password parolalarınızı saklar: onları eşit tutmak için 1Password sunucularına bağlanır.
known-keepassxc = KeePassXC parolalarınızı bu bilgisayardaki bir dosyada saklar; internete yalnızca web sitesi simgeleri ya da güncelleme kontrolü için çıkar.
known-keepass = KeePass parolalarınızı bu bilgisayardaki bir dosyada saklar; internete yalnızca güncelleme kontrolü ya da eklentiler için çıkar.
known-proton-pass = Proton Pass parolalarınızı saklar: onları eşit tutmak için Proton sunucularına bağlanır.
known-protonvpn = Proton VPN internet trafiğinizi Proton sunucularından geçirir, böylece ziyaret ettiğiniz siteler gerçek adresinizi görmez.
known-mullvad-vpn = Mullvad VPN internet trafiğinizi Mullvad sunucularından geçirir, böylece ziyaret ettiğiniz siteler gerçek adresinizi görmez.
known-wireguard = WireGuard, bu bilgisayardan başka bir ağa ya da bir VPN hizmetine özel bir tünel (VPN) kurar.
known-openvpn = OpenVPN, bu bilgisayardan bir VPN hizmetine ya da bir iş ağına özel bir tünel (VPN) kurar.
known-nordvpn = NordVPN internet trafiğinizi NordVPN sunucularından geçirir, böylece ziyaret ettiğiniz siteler gerçek adresinizi görmez.
known-expressvpn = ExpressVPN internet trafiğinizi ExpressVPN sunucularından geçirir, böylece ziyaret ettiğiniz siteler gerçek adresinizi görmez.
known-tailscale = Tailscale cihazlarınızı özel bir ağda birleştirir, böylece her yerden birbirlerine ulaşabilirler.
known-cisco-secure-client = Cisco Secure Client (AnyConnect), bu bilgisayarı bir VPN üzerinden iş ya da okul ağına bağlar.
known-openconnect = OpenConnect, bu bilgisayarı bir VPN üzerinden iş ya da okul ağına bağlar.
known-globalprotect = GlobalProtect, bu bilgisayarı bir VPN üzerinden iş ya da okul ağına bağlar.
known-cloudflare-warp = Cloudflare WARP, internet trafiğinizi korumak için onu bir VPN gibi Cloudflare üzerinden geçirir.
known-zerotier = ZeroTier cihazlarınızı özel bir ağda birleştirir, böylece her yerden birbirlerine ulaşabilirler.
known-teamviewer = TeamViewer, birinin bu bilgisayarı uzaktan görmesini ve kontrol etmesini sağlar. Destek için faydalıdır, ama insanları gizlice izleyen kişiler de bunu kullanır: onu sizin kurduğunuzdan ve kimin bağlandığını bildiğinizden emin olun.
known-anydesk = AnyDesk, birinin bu bilgisayarı uzaktan görmesini ve kontrol etmesini sağlar. Destek için faydalıdır, ama insanları gizlice izleyen kişiler de bunu kullanır: onu sizin kurduğunuzdan ve kimin bağlandığını bildiğinizden emin olun.
known-chrome-remote-desktop = Chrome Remote Desktop, birinin bu bilgisayarı uzaktan görmesini ve kontrol etmesini sağlar. Destek için faydalıdır, ama insanları gizlice izleyen kişiler de bunu kullanır: onu sizin kurduğunuzdan ve kimin bağlandığını bildiğinizden emin olun.
known-rustdesk = RustDesk, birinin bu bilgisayarı uzaktan görmesini ve kontrol etmesini sağlar. Destek için faydalıdır, ama insanları gizlice izleyen kişiler de bunu kullanır: onu sizin kurduğunuzdan ve kimin bağlandığını bildiğinizden emin olun.
known-splashtop = Splashtop, birinin bu bilgisayarı uzaktan görmesini ve kontrol etmesini sağlar. Destek için faydalıdır, ama insanları gizlice izleyen kişiler de bunu kullanır: onu sizin kurduğunuzdan ve kimin bağlandığını bildiğinizden emin olun.
known-x11vnc = x11vnc bu ekranı paylaşır (VNC), böylece biri onu uzaktan izleyip kontrol edebilir. Destek için faydalıdır, ama insanları gizlice izleyen kişiler de bunu kullanır: onu sizin kurduğunuzdan ve kimin bağlandığını bildiğinizden emin olun.
known-tigervnc = TigerVNC bir ekranı paylaşır (VNC), böylece biri onu uzaktan izleyip kontrol edebilir. Destek için faydalıdır, ama insanları gizlice izleyen kişiler de bunu kullanır: onu sizin kurduğunuzdan ve kimin bağlandığını bildiğinizden emin olun.
known-realvnc = RealVNC Server, birinin bu bilgisayarı uzaktan görmesini ve kontrol etmesini sağlar. Destek için faydalıdır, ama insanları gizlice izleyen kişiler de bunu kullanır: onu sizin kurduğunuzdan ve kimin bağlandığını bildiğinizden emin olun.
known-tightvnc = TightVNC, birinin bu bilgisayarı uzaktan görmesini ve kontrol etmesini sağlar. Destek için faydalıdır, ama insanları gizlice izleyen kişiler de bunu kullanır: onu sizin kurduğunuzdan ve kimin bağlandığını bildiğinizden emin olun.
known-ultravnc = UltraVNC, birinin bu bilgisayarı uzaktan görmesini ve kontrol etmesini sağlar. Destek için faydalıdır, ama insanları gizlice izleyen kişiler de bunu kullanır: onu sizin kurduğunuzdan ve kimin bağlandığını bildiğinizden emin olun.
known-quick-assist = Quick Assist (Hızlı Yardım), kod verdiğiniz birinin bu bilgisayarı görmesini ve kontrol etmesini sağlar. Destek için faydalıdır, ama insanları gizlice izleyen kişiler de bunu kullanır: onu sizin kurduğunuzdan ve kimin bağlandığını bildiğinizden emin olun.
known-screenconnect = ScreenConnect, birinin bu bilgisayarı uzaktan görmesini ve kontrol etmesini sağlar. Destek için faydalıdır, ama insanları gizlice izleyen kişiler de bunu kullanır: onu sizin kurduğunuzdan ve kimin bağlandığını bildiğinizden emin olun.
known-logmein = LogMeIn, birinin bu bilgisayarı uzaktan görmesini ve kontrol etmesini sağlar. Destek için faydalıdır, ama insanları gizlice izleyen kişiler de bunu kullanır: onu sizin kurduğunuzdan ve kimin bağlandığını bildiğinizden emin olun.
known-parsec = Parsec, birinin bu bilgisayarda uzaktan oyun oynamasını ya da bilgisayarı kontrol etmesini sağlar. Destek için faydalıdır, ama insanları gizlice izleyen kişiler de bunu kullanır: onu sizin kurduğunuzdan ve kimin bağlandığını bildiğinizden emin olun.
known-macos-screen-sharing = macOS'un bir parçası olan Ekran Paylaşma (Screen Sharing), birinin bu Mac'i uzaktan görmesini ve kontrol etmesini sağlar. Destek için faydalıdır, ama insanları gizlice izleyen kişiler de bunu kullanır: onu sizin kurduğunuzdan ve kimin bağlandığını bildiğinizden emin olun.
known-windows-remote-desktop-client = Uzak Masaüstü Bağlantısı, buradaki birinin uzaktaki başka bir bilgisayarı kontrol etmesini sağlar. Meşru bir araçtır, ama insanları gizlice izleyen kişiler uzaktan erişim araçlarını kötüye kullanır: onu kimin kullandığını bildiğinizden emin olun.
known-windows-remote-assistance = Uzaktan Yardım (Remote Assistance), davet ettiğiniz birinin bu bilgisayarı görmesini ve kontrol etmesini sağlar. Destek için faydalıdır, ama insanları gizlice izleyen kişiler de bunu kullanır: onu sizin kurduğunuzdan ve kimin bağlandığını bildiğinizden emin olun.
known-gnome-remote-desktop = GNOME Remote Desktop, birinin bu bilgisayarı uzaktan görmesini ve kontrol etmesini sağlar. Destek için faydalıdır, ama insanları gizlice izleyen kişiler de bunu kullanır: onu sizin kurduğunuzdan ve kimin bağlandığını bildiğinizden emin olun.
known-krfb = KDE Masaüstü Paylaşımı (KDE Desktop Sharing), birinin bu bilgisayarı uzaktan görmesini ve kontrol etmesini sağlar. Destek için faydalıdır, ama insanları gizlice izleyen kişiler de bunu kullanır: onu sizin kurduğunuzdan ve kimin bağlandığını bildiğinizden emin olun.
known-xrdp = xrdp, birinin bu bilgisayarın masaüstünde uzaktan oturum açmasını sağlar. Destek için faydalıdır, ama insanları gizlice izleyen kişiler de bunu kullanır: onu sizin kurduğunuzdan ve kimin bağlandığını bildiğinizden emin olun.
known-nomachine = NoMachine, birinin bu bilgisayarı uzaktan görmesini ve kontrol etmesini sağlar. Destek için faydalıdır, ama insanları gizlice izleyen kişiler de bunu kullanır: onu sizin kurduğunuzdan ve kimin bağlandığını bildiğinizden emin olun.
known-sshd = SSH, parolası ya da anahtarı olan birinin bu bilgisayarda uzaktan oturum açmasını sağlar. Destek için faydalıdır, ama insanları gizlice izleyen kişiler de bunu kullanır: onu sizin kurduğunuzdan ve kimin bağlandığını bildiğinizden emin olun.
known-microsoft-defender = Microsoft Defender, Windows ile birlikte gelen virüs korumasıdır: dosyaları kontrol eder ve Microsoft'tan yeni virüs bilgileri alır.
known-defender-core-service = Windows ile birlikte gelen virüs koruması Microsoft Defender'ın bir yardımcısı; tehditler ve güncellemeler için Microsoft ile konuşur.
known-defender-network-inspection = Microsoft Defender'ın, bilinen saldırılara karşı ağ trafiğini izleyen bir parçası.
known-defender-update-tool = Microsoft Defender'ın yeni virüs bilgilerini indiren ve tarama yapan bir aracı.
known-defender-for-endpoint = Genellikle bir işverenin iş bilgisayarlarına kurduğu güvenlik yazılımı; bu bilgisayarda yapılanları işverenin güvenlik ekibine bildirir.
known-smartscreen = SmartScreen bir Windows güvenlik kontrolüdür: indirilen dosyaların ve web sitelerinin tehlikeli olarak bilinip bilinmediğini Microsoft'a sorar.
known-clamav-freshclam = freshclam, ClamAV virüs koruması için yeni virüs bilgilerini indirir.
known-malwarebytes = Malwarebytes zararlı programları arar: güncellemeler ve lisansınız için Malwarebytes sunucularına bağlanır.
known-avast = Avast bir virüs koruma programıdır: yeni virüs bilgileri almak ve dosyaları kontrol etmek için Avast sunucularına bağlanır.
known-avg = AVG bir virüs koruma programıdır: yeni virüs bilgileri almak ve dosyaları kontrol etmek için AVG sunucularına bağlanır.
known-kaspersky = Kaspersky bir virüs koruma programıdır: yeni virüs bilgileri almak ve dosyaları kontrol etmek için Kaspersky sunucularına bağlanır.
known-eset = ESET bir virüs koruma programıdır: yeni virüs bilgileri almak ve dosyaları kontrol etmek için ESET sunucularına bağlanır.
known-bitdefender = Bitdefender bir virüs koruma programıdır: yeni virüs bilgileri almak ve dosyaları kontrol etmek için Bitdefender sunucularına bağlanır.
known-crowdstrike-falcon = Genellikle bir işverenin iş bilgisayarlarına kurduğu güvenlik yazılımı; bu bilgisayarda yapılanları işverenin güvenlik ekibine bildirir.
known-little-snitch = Little Snitch, bu Mac'te hangi uygulamaların ağı kullandığını izler ve onlar bağlanmadan önce size sorar.
known-vscode = Visual Studio Code bir kod düzenleyicisidir: eklentiler, güncellemeler ve başka bilgisayarlardaki kodlar için bağlanır.
known-git-remote-https = Kod için kullanılan Git aracının bir yardımcısı: GitHub gibi sitelerden kod indirir ve bu sitelere kod yükler.
known-ssh-client = ssh, bu bilgisayardan başka bir bilgisayara güvenli bir bağlantı açar; genellikle orada çalışmak ya da dosya kopyalamak için kullanılır.
known-nodejs = Node.js, genellikle yazılımcılar için JavaScript ile yazılmış programları çalıştırır; nereye bağlanacağı, çalıştırdığı programa göre değişir.
known-docker = Docker, yazılımcılar için programları ayrı kutularda (konteynerlerde) çalıştırır; bu kutuları indirir ve onların trafiğini iletir.
known-jetbrains-ides = Bir JetBrains kod düzenleyicisi (IntelliJ IDEA ya da PyCharm gibi): eklentiler, güncellemeler, lisanslar ve kod araçları için bağlanır.
known-jetbrains-toolbox = JetBrains Toolbox, JetBrains kod düzenleyicilerini kurar ve günceller: onları indirmek için JetBrains sunucularına bağlanır.
known-github-desktop = GitHub Desktop, GitHub üzerindeki kodlarla çalışmak için bir uygulamadır: kod indirmek ve yüklemek için GitHub'a bağlanır.
known-visual-studio = Visual Studio, Microsoft'un program yazma aracıdır: oturum açma, güncellemeler, eklentiler ve yardım için bağlanır.
known-curl = curl, tek bir web adresinden indirme ya da o adrese yükleme yapan küçük bir araçtır; programlar ve betikler onu sık kullanır.
known-google-updater = Chrome'u ve diğer Google uygulamalarını, yeni sürümlerini indirerek güncel tutan bir Google yardımcısı.
known-microsoft-edge-update = Edge tarayıcısını, yeni sürümlerini indirerek güncel tutan bir Microsoft yardımcısı.
known-office-click-to-run = Word ve Excel gibi Office uygulamalarını kuran ve güncelleyen bir Microsoft hizmeti.
known-microsoft-autoupdate = Mac'teki Office, Teams ve diğer Microsoft uygulamalarını güncel tutan bir Microsoft yardımcısı.
known-adobe-updater = Acrobat Reader'ı ve diğer Adobe uygulamalarını güncel tutan bir Adobe yardımcısı.
known-sparkle-updater = Birçok Mac uygulamasının içinde bulunan ve o uygulamanın yeni sürümlerini arayıp indiren küçük bir yardımcı.
known-squirrel-updater = Discord, Slack ve Teams gibi uygulamaların kendi yeni sürümlerini indirmek için kullandığı küçük bir yardımcı.
known-windows-update-worker = Windows Update'in, Windows güncellemelerini arayıp indiren bir parçası.
known-macos-software-update = macOS'un, sistem güncellemeleri için Apple sunucularına bakan ve onları indiren bir parçası.
known-macos-app-store = App Store ve yardımcıları, Apple'dan uygulama indirir ve uygulamaları günceller.
known-microsoft-store = Microsoft Store, Microsoft'tan uygulama indirir ve uygulamaları günceller.
known-apt-methods = Debian ve Ubuntu yazılım yükleyicisinin, programları ve güncellemeleri indiren bir parçası.
known-unattended-upgrades = Debian ve Ubuntu'nun, güvenlik güncellemelerini arka planda kendiliğinden kuran bir parçası.
known-dnf = Fedora ve benzeri sistemlerin yazılım yükleyicisi: programları ve güncellemeleri indirir.
known-packagekit = Yazılım merkezinin güncellemeleri arayıp indirmek için kullandığı bir Linux hizmeti.
known-gnome-software = GNOME Software, GNOME masaüstünün uygulama mağazasıdır: uygulamaları ve güncellemeleri indirir.
known-plasma-discover = Discover, KDE masaüstünün uygulama mağazasıdır: uygulamaları ve güncellemeleri indirir.
known-snapd = Snap uygulamalarını kuran ve güncel tutan bir Linux hizmeti.
known-snap-store = Ubuntu App Center uygulama bulup kurmanızı sağlar; Snap Store'a bağlanır.
known-flatpak = Flatpak, Linux'ta uygulamaları kurar ve günceller, bu yüzden onları Flathub gibi uygulama mağazalarından indirir.
known-fwupd = Bu bilgisayarın parçaları için donanım yazılımı (firmware) güncellemelerini arayıp kuran bir Linux hizmeti.
known-cups = Yazdırma hizmeti: yazdırmak istediklerinizi, ağınızdaki yazıcılar da dahil olmak üzere yazıcılara gönderir.
known-cups-browsed = Ağınızdaki yazıcıları bulan bir Linux yardımcısı, böylece onlarla yazdırabilirsiniz.
known-ipp-usb = Yeni USB yazıcıların ve tarayıcıların ağ yazıcısı gibi çalışmasını sağlayan bir Linux yardımcısı; bu yalnızca bu bilgisayarın içinde olur.
known-windows-print-spooler = Windows'un, yazdırmak istediklerinizi ağınızdaki yazıcılar da dahil olmak üzere yazıcılara gönderen bir parçası.
known-print-isolation-host = Windows'un, yazıcı sürücülerini güvenli bir şekilde ayrı çalıştıran bir parçası; ağ yazıcılarıyla konuşabilir.
known-systemd = Linux'un başlattığı ilk program; diğer hizmetler adına ağ bağlantılarını bekleyebilir ve biri bağlandığında o hizmetleri başlatabilir.
known-systemd-resolved = Linux'un, bütün programlar için web sitelerinin ve hizmetlerin adreslerini bulan (DNS) bir parçası.
known-systemd-networkd = Linux'un, ağ bağlantılarını kuran ve modemden (yönlendiriciden) adres isteyen bir parçası.
known-systemd-timesyncd = Linux'un, internetteki saat sunucularına sorarak bilgisayarın saatini doğru tutan bir parçası.
known-networkmanager = Linux'un, bu bilgisayarı Wi-Fi ve kablolu ağlara bağlayan ve internetin çalışıp çalışmadığını kontrol eden bir parçası.
known-wpa-supplicant = Linux'un, Wi-Fi ağlarına parolalarıyla giriş yapan bir parçası.
known-iwd = Linux'un, bu bilgisayarı Wi-Fi ağlarına bağlayan bir parçası.
known-dhclient = Linux'un, bu bilgisayar için modemden (yönlendiriciden) adres isteyen bir parçası (DHCP).
known-dhcpcd = Linux'un, bu bilgisayar için modemden (yönlendiriciden) adres isteyen bir parçası (DHCP).
known-avahi-daemon = Linux'un, ev ağınızdaki yazıcıları ve diğer cihazları bulan ve onların da bu bilgisayarı bulmasını sağlayan bir parçası.
known-chronyd = Linux'un, internetteki saat sunucularına sorarak bilgisayarın saatini doğru tutan bir parçası.
known-ntpd = İnternetteki saat sunucularına sorarak bilgisayarın saatini doğru tutan bir hizmet.
known-modemmanager = Linux'un, bu bilgisayarda mobil veri modemi (SIM kart) varsa onu çalıştıran bir parçası.
known-geoclue = Linux'un, izin verdiğiniz uygulamalar için yakındaki Wi-Fi ağlarına bakarak bilgisayarın nerede olduğunu bulan bir parçası.
known-dnsmasq = Sanal makineler, mobil erişim noktaları (hotspot) ya da ağ hizmeti için adres dağıtan ve ad sorgulayan küçük bir yardımcı.
known-rpcbind = Ağ üzerinden klasör paylaşmak (NFS) için bir Linux yardımcısı; başka bilgisayarların ona başvurmasını bekler.
known-samba = Samba, bu bilgisayarın klasörlerini ve yazıcılarını ağdaki Windows bilgisayarlarıyla paylaşır.
known-exim = Debian'ın sistem mesajlarını iletmek için kendiliğinden kurduğu bir posta programı; genellikle yalnızca bu bilgisayarın içinde dinler.
known-postfix = Sistem mesajlarını ve e-postaları ileten bir posta programı; genellikle yalnızca bu bilgisayarın içinde dinler.
known-gvfs-network = Linux masaüstünün, başka bilgisayarlardaki ya da sunuculardaki paylaşılan klasörleri ve dosyaları sizin için açan yardımcıları.
known-goa-daemon = GNOME masaüstünün, diğer uygulamalar için çevrim içi hesaplarınızda (Google, Nextcloud ve diğerleri) oturum açan bir parçası.
known-gsd-sharing = GNOME masaüstünün, Ayarlar'da seçtiğiniz gibi dosya, medya ve ekran paylaşımını açıp kapatan bir parçası.
known-kdeconnect = KDE Connect, dosya, mesaj ve bildirim paylaşmak için bu bilgisayarı aynı ağdaki bir telefona bağlar; hangi telefonların eşleştirildiğini kontrol edin.
known-whoopsie = Ubuntu'nun, bir program çöktüğünde çökme raporlarını Ubuntu geliştiricilerine gönderen bir parçası.
known-launchd = macOS'un başlattığı ilk program; diğer hizmetler adına ağ bağlantılarını bekleyebilir ve biri bağlandığında o hizmetleri başlatabilir.
known-mdnsresponder = macOS'un, web sitesi adreslerini bulan (DNS) ve ev ağınızdaki yazıcıları ve cihazları bulan bir parçası.
known-rapportd = macOS'un, yakındaki Apple cihazlarınızın Handoff ve ortak pano gibi özelliklerle birlikte çalışmasını sağlayan bir parçası.
known-apsd = macOS'un, uygulamalarınıza bildirim gelebilmesi için Apple ile bir bağlantıyı açık tutan bir parçası.
known-trustd = macOS'un, web sitelerinin ve uygulamaların güvenlik sertifikalarını kontrol eden, bazen de bunu internetten soran bir parçası.
known-nsurlsessiond = macOS'un, uygulamalar ve iCloud için arka planda indirme ve yükleme yapan bir parçası.
known-identityservicesd = macOS'un, Apple kimliğinizi (Apple ID) iMessage, FaceTime ve diğer cihazlarınızla bağlayan bir parçası.
known-sharingd = macOS'un, yakındaki cihazlarla AirDrop, Handoff ve diğer paylaşımları yürüten bir parçası.
known-airplay-helper = macOS'un, sesi ya da ekranı AirPlay hoparlörlerine ve televizyonlara gönderen bir parçası.
known-control-center = Mac'in Denetim Merkezi; diğer Apple cihazları bu Mac'te bir şeyler gösterebilsin diye AirPlay bağlantılarını da bekler.
known-locationd = macOS'un, izin verdiğiniz uygulamalar için yakındaki Wi-Fi ağlarına bakarak bilgisayarın nerede olduğunu bulan bir parçası.
known-macos-parsecd = macOS'un, arama yaptığınızda Siri ve Spotlight önerilerini Apple'dan getiren bir parçası.
known-syspolicyd = macOS'un, açtığınız uygulamaların imzalı olduğunu ve zararlı olarak bilinmediğini Apple'a sorarak kontrol eden bir parçası.
known-timed = macOS'un, Apple saat sunucularına sorarak bilgisayarın saatini doğru tutan bir parçası.
known-netbiosd = macOS'un, Windows tarzı ev ağlarında bilgisayar adlarını bulan ve duyuran bir parçası.
known-configd = macOS'un, ağ bağlantılarını kuran ve modemden (yönlendiriciden) adres isteyen bir parçası.
known-akd = macOS'un, Apple kimliğinizle (Apple ID) oturum açan ve bu oturumun açık kalmasını sağlayan bir parçası.
known-accountsd = macOS'un, Mail gibi uygulamalar için internet hesaplarınızın (iCloud, Google ve diğerleri) oturumunu açık tutan bir parçası.
known-assistantd = macOS'un, Siri ve sesle yazdırma isteklerinizi Apple'a gönderen bir parçası.
known-networkserviceproxy = macOS'un, iCloud Özel Geçiş (iCloud Private Relay) ve diğer Apple ağ hizmetlerini yürüten bir parçası.
known-find-my = Bul (Find My), Apple cihazlarınızın ve AirTag'lerinizin nerede olduğunu gösterir ve konumunuzu paylaşabilir; konumunuzu kimlerle paylaştığınızı kontrol edin.
known-macos-file-sharing = macOS'un, Dosya Paylaşma açıkken bu Mac'in klasörlerini ağdaki diğer bilgisayarlarla paylaşan bir parçası.
known-windows-system = Windows'un kalbi; bütün bilgisayar için dosya ve yazıcı paylaşımını ve diğer bazı ağ trafiğini yönetir.
known-windows-idle = Gerçek bir program değil: Windows kapanmakta olan bağlantıları onun altında gösterir, bu yüzden onu görmek normaldir.
known-svchost = Windows'un kendi hizmetlerinin çoğunu çalıştıran bir Windows programı; aynı anda birçok kopyasının çalışması normaldir.
known-lsass = Windows'un, oturum açmaları ve parolaları kontrol eden bir parçası; iş ağlarında şirketin sunucularıyla konuşur.
known-windows-services = Windows'un, Windows hizmetlerini başlatıp durduran bir parçası; Windows'un kendi kullanımı için bir port açık tutar.
known-wininit = Windows'un, sistemi başlatan bir parçası; Windows'un kendi kullanımı için bir port açık tutar, bu normaldir.
known-windows-search = Windows'un arama kutusu: hem bu bilgisayarda hem de Bing ile internette arama yapar.
known-explorer = Windows Gezgini masaüstünü, görev çubuğunu ve dosyalarınızı gösterir; ağı paylaşılan klasörler ve bazı içerikler için kullanır.
known-wmiprvse = Windows'un, diğer programların bilgisayar hakkındaki sorularını yanıtlayan, bazen bunu ağ üzerinden yapan bir parçası.
known-taskhostw = Windows'un, zamanlanmış arka plan görevlerini çalıştıran bir parçası; bu görevlerin bazıları internete çıkar.
known-runtimebroker = Windows'un, Store uygulamalarının neler yapabileceğini kontrol eden bir parçası; onlar için internete çıkabilir.
known-backgroundtaskhost = Windows'un, haber ya da güncelleme kontrolü gibi küçük arka plan işlerini uygulamalar için çalıştıran bir parçası.
known-dashost = Windows'un, ağınızdaki yazıcı, TV ve hoparlör gibi cihazları bulan ve eşleştiren bir parçası.
known-compattelrunner = Windows'un, hangi programların kurulu olduğunu kontrol eden ve bununla ilgili raporları Microsoft'a gönderen bir parçası.
known-windows-widgets = Windows'un Pencere Öğeleri (Widgets) panosu haberleri, hava durumunu ve daha fazlasını gösterir; bunları Microsoft'tan indirir.
known-start-menu = Windows'un Başlat menüsü; önerilen uygulamaları ve web sonuçlarını göstermek için internete çıkar.
known-wwahost = Windows'un, web sayfası gibi yapılmış bazı Store uygulamalarını çalıştıran bir parçası, bu yüzden onlar için bağlanır.
known-dllhost = Başka programların küçük parçalarını çalıştıran bir Windows yardımcısı; bazen onlar için, örneğin resimler için, internete çıkar.
known-rundll32 = Başka dosyalarda saklanan kodları çalıştıran bir Windows yardımcısı; ağa nadiren ihtiyaç duyar, bu yüzden bağlantılarına daha yakından bakmak iyi olur.
known-mshta = Küçük web sayfası programlarını çalıştıran eski bir Windows yardımcısı; bugün nadiren kullanılır, bu yüzden bağlantılarına daha yakından bakmak iyi olur.
known-powershell = PowerShell komutları ve betikleri çalıştırır; yalnızca bir betik isterse internete çıkar, bu yüzden onu neyin başlattığını kontrol edin.
known-sppsvc = Windows'un, Windows kopyanızın etkinleştirilmiş olduğunu Microsoft ile kontrol eden bir parçası.
known-family-safety = Windows ebeveyn denetimleri: bu hesabın etkinliğini bir aile düzenleyicisine bildirebilir; Microsoft ailenizde kimlerin olduğunu kontrol edin.
known-bonjour-windows = Apple Bonjour, ev ağınızdaki yazıcıları ve Apple cihazlarını bulur; iTunes ve bazı yazıcı uygulamaları onu kurar.
known-apple-mobile-device = iTunes'un ve diğer uygulamaların bir iPhone ya da iPad ile kablo veya Wi-Fi üzerinden konuşmasını sağlayan bir Apple yardımcısı.
known-nvidia-app = NVIDIA ekran kartı yardımcıları: sürücü güncellemelerini indirir, oyun görüntülerini kaydedebilir ya da paylaşabilir.

## Who owns an address (the offline ownership database)

owner-line = Sahibi: { $org } (AS{ $asn } ağı; adreslerinin kayıtlı olduğu ülke: { $country }. Sunucunun bu ülkede olması şart değil).
owner-line-no-country = Sahibi: { $org } (AS{ $asn } ağı).
owner-unknown = Sahibi: bu bilgisayardaki veritabanında yok.
owner-kind-cdn = { $name } bir içerik dağıtım ağıdır (CDN): birçok uygulama ve web sitesi, içeriğini hızlıca ulaştırmak için onu kullanır.
owner-kind-cloud = { $name } bir bulut sağlayıcısıdır: şirketler, uygulamalarını ve web sitelerini çalıştırmak için orada bilgisayar kiralar. Burada herkes sunucu kiralayabilir, bu yüzden sahibi, gerçekte konuştuğunuz taraf olmayabilir.
owner-kind-hosting = { $name } bir barındırma (hosting) şirketidir: sunucuları ve web sitelerini kiraya verir. Burada herkes sunucu kiralayabilir, bu yüzden sahibi, gerçekte konuştuğunuz taraf olmayabilir.
owner-kind-big-tech = { $name } büyük bir teknoloji şirketidir: kendi uygulamaları ve hizmetleri buraya bağlanır.
owner-kind-isp = { $name } bir internet sağlayıcısıdır: evleri, iş yerlerini ve telefonları internete bağlar.
owner-kind-vpn = { $name } bir VPN hizmeti ya da böyle bir hizmetin arkasındaki ağı işletiyor: insanların trafiğini aktarır, bu yüzden web siteleri onların adresi yerine bunun adresini görür.
ownership-file-refused = İndirilen sahiplik veritabanı kullanılamadı ({ $path }: { $reason }). netreview onun yerine kendi içindeki veritabanını kullanıyor.
ownership-none = Bu netreview kopyasında sahiplik veritabanı yok, bu yüzden sahipler gösterilmiyor.

## netreview lookup

lookup-bad-address = "{ $input }" bir internet adresi değil. Şöyle yazın: 151.101.132.246, 2a04:4e42::1, 8.8.8.8:53 ya da [2a04:4e42::1]:443.
lookup-some-failed = { $count ->
    [one] 1 adres sorgulanamadı; diğerleri cevaplandı.
   *[other] { $count } adres sorgulanamadı; diğerleri cevaplandı.
}

## Online look-ups (RDAP), only with consent

online-consent = netreview şu adresleri internette, internet kayıt kuruluşlarının herkese açık kayıtlarında arayabilir: { $addresses }. Bunun için önce kayıt kuruluşlarının listesini { $host } adresinden indirir (bu sırada hiçbir adres gönderilmez), sonra her adresi onu yöneten kayıt kuruluşuna gönderir (ARIN, RIPE NCC, APNIC, LACNIC ya da AFRINIC). Başka hiçbir şey gönderilmez, ama bu sunucular sizin internet adresinizi görür. İnternette aransın mı? Evet için e, hayır için başka herhangi bir şey yazın:
consent-yes-words = y, yes, e, evet
online-no-terminal = İnternette aranmadı: izninizi sormak için bir terminal yok. İzin vermek için --online ekleyin.
online-refused = Seçiminiz üzerine internette aranmadı. Yukarıdaki cevaplar bu bilgisayardaki veritabanından geliyor.
online-rate-limited = Kayıt kuruluşu yavaşlamamızı istiyor (çok fazla sorgu). Birkaç dakika sonra yeniden deneyin; yukarıdaki, bu bilgisayardaki veritabanından gelen cevap geçerli kalıyor.
online-not-found = Kayıt kuruluşunda bu adres için bir kayıt yok.
online-status = Kayıt kuruluşu bir hatayla cevap verdi (HTTP { $code }). Yukarıdaki, bu bilgisayardaki veritabanından gelen cevap geçerli kalıyor.
online-timeout = Kayıt kuruluşunun cevap vermesi çok uzun sürdü. İnternet bağlantısını kontrol edip yeniden deneyin; yukarıdaki, bu bilgisayardaki veritabanından gelen cevap geçerli kalıyor.
online-unreachable = Kayıt kuruluşuna ulaşılamadı ({ $reason }). Bu bilgisayar internete bağlı olmayabilir; yukarıdaki, bu bilgisayardaki veritabanından gelen cevap geçerli kalıyor.
online-no-registry = Bu adres için listede hiçbir kayıt kuruluşu yok.
online-bad-answer = Kayıt kuruluşunun cevabı okunamadı.
online-unknown = bilinmiyor
online-record = { $server } sunucusundan kayıt kuruluşu kaydı ({ $fetched } tarihinde alındı): ağ { $network }, sahibi { $org }, ülke { $country }, kayıt tarihi { $registered }.

## netreview db update

db-update-consent = netreview en yeni sahiplik verilerini (birkaç dosya, onlarca megabayt) { $host } adresinden indirebilir. Bu sırada hiçbir adres ve bu bilgisayar hakkında hiçbir şey gönderilmez, ama o sunucu sizin internet adresinizi görür. Şimdi indirilsin mi? Evet için e, hayır için başka herhangi bir şey yazın:
db-update-no-terminal = Hiçbir şey indirilmedi: izninizi sormak için bir terminal yok. İzin vermek için "netreview --online db update" komutunu çalıştırın.
db-update-refused = Seçiminiz üzerine hiçbir şey indirilmedi. netreview elindeki sahiplik verilerini kullanmaya devam ediyor.
db-update-no-folder = Hiçbir şey indirilmedi: netreview bu bilgisayarda verileri için bir klasör bulamadı.
db-update-downloading = { $host } adresinden indiriliyor …
db-update-failed = Yeni sahiplik verileri kurulmadı ({ $reason }). netreview önceki verileri kullanmaya devam ediyor.
db-update-done = { $source } kuruldu: { $v4 } IPv4 ve { $v6 } IPv6 aralığı, { $path } içine kaydedildi. netreview bundan sonra bu verileri kullanacak.

## Countries (generated by tools/gen-countries.py from i18n-iso-countries 7.14.0, MIT; do not edit)
country-AD = Andorra
country-AE = Birleşik Arap Emirlikleri
country-AF = Afganistan
country-AG = Antigua ve Barbuda
country-AI = Anguilla
country-AL = Arnavutluk
country-AM = Ermenistan
country-AO = Angola
country-AQ = Antarktika
country-AR = Arjantin
country-AS = Amerikan Samoası
country-AT = Avusturya
country-AU = Avustralya
country-AW = Aruba
country-AX = Åland Adaları
country-AZ = Azerbaycan
country-BA = Bosna Hersek
country-BB = Barbados
country-BD = Bangladeş
country-BE = Belçika
country-BF = Burkina Faso
country-BG = Bulgaristan
country-BH = Bahreyn
country-BI = Burundi
country-BJ = Benin
country-BL = Saint Barthelemy
country-BM = Bermuda
country-BN = Brunei
country-BO = Bolivya
country-BQ = Karayip Hollanda
country-BR = Brezilya
country-BS = Bahamalar
country-BT = Butan
country-BV = Bouvet Adası
country-BW = Botsvana
country-BY = Beyaz Rusya
country-BZ = Belize
country-CA = Kanada
country-CC = Cocos (Keeling) Adaları
country-CD = Kongo - Kinşasa
country-CF = Orta Afrika Cumhuriyeti
country-CG = Kongo - Brazavil
country-CH = İsviçre
country-CI = Fildişi Sahili
country-CK = Cook Adaları
country-CL = Şili
country-CM = Kamerun
country-CN = Çin
country-CO = Kolombiya
country-CR = Kosta Rika
country-CU = Küba
country-CV = Cape Verde
country-CW = Curaçao
country-CX = Christmas Adası
country-CY = Güney Kıbrıs Rum Kesimi
country-CZ = Çek Cumhuriyeti
country-DE = Almanya
country-DJ = Cibuti
country-DK = Danimarka
country-DM = Dominika
country-DO = Dominik Cumhuriyeti
country-DZ = Cezayir
country-EC = Ekvador
country-EE = Estonya
country-EG = Mısır
country-EH = Batı Sahara
country-ER = Eritre
country-ES = İspanya
country-ET = Etiyopya
country-FI = Finlandiya
country-FJ = Fiji
country-FK = Falkland Adaları
country-FM = Mikronezya
country-FO = Faroe Adaları
country-FR = Fransa
country-GA = Gabon
country-GB = Birleşik Krallık
country-GD = Grenada
country-GE = Gürcistan
country-GF = Fransız Guyanası
country-GG = Guernsey
country-GH = Gana
country-GI = Cebelitarık
country-GL = Grönland
country-GM = Gambiya
country-GN = Gine
country-GP = Guadalupe
country-GQ = Ekvator Ginesi
country-GR = Yunanistan
country-GS = Güney Georgia ve Güney Sandwich Adaları
country-GT = Guatemala
country-GU = Guam
country-GW = Gine-Bissau
country-GY = Guyana
country-HK = Çin Hong Kong ÖYB
country-HM = Heard Adası ve McDonald Adaları
country-HN = Honduras
country-HR = Hırvatistan
country-HT = Haiti
country-HU = Macaristan
country-ID = Endonezya
country-IE = İrlanda
country-IL = İsrail
country-IM = Man Adası
country-IN = Hindistan
country-IO = Britanya Hint Okyanusu Toprakları
country-IQ = Irak
country-IR = İran
country-IS = İzlanda
country-IT = İtalya
country-JE = Jersey
country-JM = Jamaika
country-JO = Ürdün
country-JP = Japonya
country-KE = Kenya
country-KG = Kırgızistan
country-KH = Kamboçya
country-KI = Kiribati
country-KM = Komorlar
country-KN = Saint Kitts ve Nevis
country-KP = Kuzey Kore
country-KR = Güney Kore
country-KW = Kuveyt
country-KY = Cayman Adaları
country-KZ = Kazakistan
country-LA = Laos
country-LB = Lübnan
country-LC = Saint Lucia
country-LI = Liechtenstein
country-LK = Sri Lanka
country-LR = Liberya
country-LS = Lesoto
country-LT = Litvanya
country-LU = Lüksemburg
country-LV = Letonya
country-LY = Libya
country-MA = Fas
country-MC = Monako
country-MD = Moldova
country-ME = Karadağ
country-MF = Saint Martin
country-MG = Madagaskar
country-MH = Marshall Adaları
country-MK = Kuzey Makedonya
country-ML = Mali
country-MM = Myanmar (Burma)
country-MN = Moğolistan
country-MO = Çin Makao ÖYB
country-MP = Kuzey Mariana Adaları
country-MQ = Martinik
country-MR = Moritanya
country-MS = Montserrat
country-MT = Malta
country-MU = Mauritius
country-MV = Maldivler
country-MW = Malavi
country-MX = Meksika
country-MY = Malezya
country-MZ = Mozambik
country-NA = Namibya
country-NC = Yeni Kaledonya
country-NE = Nijer
country-NF = Norfolk Adası
country-NG = Nijerya
country-NI = Nikaragua
country-NL = Hollanda
country-NO = Norveç
country-NP = Nepal
country-NR = Nauru
country-NU = Niue
country-NZ = Yeni Zelanda
country-OM = Umman
country-PA = Panama
country-PE = Peru
country-PF = Fransız Polinezyası
country-PG = Papua Yeni Gine
country-PH = Filipinler
country-PK = Pakistan
country-PL = Polonya
country-PM = Saint Pierre ve Miquelon
country-PN = Pitcairn Adaları
country-PR = Porto Riko
country-PS = Filistin Bölgeleri
country-PT = Portekiz
country-PW = Palau
country-PY = Paraguay
country-QA = Katar
country-RE = Réunion
country-RO = Romanya
country-RS = Sırbistan
country-RU = Rusya
country-RW = Ruanda
country-SA = Suudi Arabistan
country-SB = Solomon Adaları
country-SC = Seyşeller
country-SD = Sudan
country-SE = İsveç
country-SG = Singapur
country-SH = Saint Helena
country-SI = Slovenya
country-SJ = Svalbard ve Jan Mayen Adaları
country-SK = Slovakya
country-SL = Sierra Leone
country-SM = San Marino
country-SN = Senegal
country-SO = Somali
country-SR = Surinam
country-SS = Güney Sudan
country-ST = São Tomé ve Príncipe
country-SV = El Salvador
country-SX = Sint Maarten
country-SY = Suriye
country-SZ = Svaziland
country-TC = Turks ve Caicos Adaları
country-TD = Çad
country-TF = Fransız Güney Toprakları
country-TG = Togo
country-TH = Tayland
country-TJ = Tacikistan
country-TK = Tokelau
country-TL = Timor-Leste
country-TM = Türkmenistan
country-TN = Tunus
country-TO = Tonga
country-TR = Türkiye
country-TT = Trinidad ve Tobago
country-TV = Tuvalu
country-TW = Tayvan
country-TZ = Tanzanya
country-UA = Ukrayna
country-UG = Uganda
country-UM = ABD Uzak Adaları
country-US = ABD
country-UY = Uruguay
country-UZ = Özbekistan
country-VA = Vatikan
country-VC = Saint Vincent ve Grenadinler
country-VE = Venezuela
country-VG = Britanya Virjin Adaları
country-VI = ABD Virjin Adaları
country-VN = Vietnam
country-VU = Vanuatu
country-WF = Wallis ve Futuna Adaları
country-WS = Samoa
country-XK = Kosova
country-YE = Yemen
country-YT = Mayotte
country-ZA = Güney Afrika
country-ZM = Zambiya
country-ZW = Zimbabve
## End of countries
