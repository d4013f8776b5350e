# netreview — English (source language).
# Every user-facing text lives here. Ids are checked at compile time by `fl!`.
# Keep words plain: a 12-year-old should follow every sentence.

## Command line

cli-about = A calm, step-by-step check of which programs on this computer talk to the network.
cli-long-version = { $version }
    Ownership data: { $data }.
    It contains data from RouteViews (routeviews.org), DB-IP.com (IP to ASN Lite, https://db-ip.com) and the NRO (nro.net), under the Creative Commons Attribution 4.0 licence (CC BY 4.0), as published by ip-location-db. See data/PROVENANCE.md.
cli-no-data = none built in
cli-lang = Language for all text, e.g. en-US
cli-demo = Practise the guided check on a made-up computer (for workshops; needs no rights)
cli-scan-about = Take a snapshot of the programs using the network now, or watch for a while
cli-format = How to print the result: table (easy to read), yaml or json (the summary format)
cli-watch = Keep watching for this long (e.g. 30s, 2m) to catch programs that connect only now and then
cli-interval = Time between two looks during a watch (e.g. 1s, 500ms)
cli-output = Save the result to this file instead of printing it
cli-from = Read a saved snapshot or summary file instead of this computer
cli-online = Allow online look-ups in this run without asking (addresses are sent to the internet registries)
cli-lookup-about = Explain addresses: what they are, which service a port is for, and who owns them
cli-lookup-format = How to print the answers: text (easy to read), yaml or json
cli-lookup-items = Addresses to explain, each optionally with a port: 151.101.132.246, 8.8.8.8:53, [2a04:4e42::1]:443
cli-db-about = Manage the ownership database (who owns which internet address)
cli-db-update-about = Download the newest ownership data from the internet (asks first)
error-heading = netreview could not finish
bad-interval = The time between two looks must be more than zero.

## Address meanings: what the other end of a connection is

scope-loopback = { $addr } is this computer talking to itself: harmless.
scope-this-computer = { $addr } is one of this computer's own addresses: it is talking to itself.
scope-unspecified = { $addr } means "no particular address".
scope-private = { $addr } is a device on your own network (home or office).
scope-unique-local = { $addr } is a device on your own network (home or office).
scope-shared-cgnat = { $addr } belongs to your internet provider's own network, between you and the internet.
scope-link-local = { $addr } is a device connected directly to this one, on the same cable or Wi-Fi.
scope-multicast = { $addr } is a group address: one message reaches every nearby device that listens for it.
scope-broadcast = { $addr } means every device on your local network at once.
scope-documentation = { $addr } is an example address kept for books and manuals: real traffic should never use it.
scope-benchmarking = { $addr } is kept for testing network equipment: unusual on an everyday computer.
scope-reserved = { $addr } is a reserved address that should not be used: unusual.
scope-public = { $addr } is on the internet.

## Listening: who can reach a program that waits for connections

reach-this-computer = Only programs on this computer can reach it.
reach-your-network = Devices on your own network can reach it.
reach-all-networks = It can be reached from every network this computer is on, maybe even from the internet.
reach-anyone = Anyone on the internet may be able to reach it.
reach-unusual = It waits on an unusual, reserved address.

## Services: what a port is usually used for

service-http = web pages (HTTP)
service-https = secure web (HTTPS)
service-dns = name look-ups (DNS)
service-dns-over-tls = private name look-ups (DNS over TLS)
service-mdns = finding devices nearby (mDNS)
service-llmnr = finding computers nearby (LLMNR)
service-netbios = old Windows network names (NetBIOS)
service-smb = shared files and folders (SMB)
service-ssh = remote login (SSH)
service-telnet = old unprotected remote login (Telnet)
service-ftp = file transfer (FTP)
service-smtp = sending email between servers (SMTP)
service-smtp-submission = sending email (SMTP)
service-imap = reading email (IMAP)
service-pop3 = downloading email (POP3)
service-ntp = setting the clock (NTP)
service-dhcp = getting a network address (DHCP)
service-dhcpv6 = getting a network address, new style (DHCPv6)
service-ssdp = finding devices like TVs and speakers (SSDP)
service-ipp = printing (IPP)
service-jetdirect = printing straight to a printer (JetDirect)
service-ldap = company address book and logins (LDAP)
service-kerberos = company network sign-in (Kerberos)
service-rdp = Remote Desktop (RDP)
service-vnc = screen sharing (VNC)
service-teamviewer = remote control (TeamViewer)
service-anydesk = remote control (AnyDesk)
service-x11 = showing windows from another computer (X11)
service-winrm = Windows remote management (WinRM)
service-rpc = Windows remote commands (RPC)
service-mysql = database (MySQL)
service-postgres = database (PostgreSQL)
service-redis = fast data store (Redis)
service-mongodb = database (MongoDB)
service-mqtt = smart-home messages (MQTT)
service-xmpp = chat (XMPP)
service-irc = chat rooms (IRC)
service-sip = internet phone calls (SIP)
service-stun-turn = helping calls get through (STUN/TURN)
service-openvpn = private tunnel (OpenVPN)
service-wireguard = private tunnel (WireGuard)
service-ipsec = private tunnel (IPsec)
service-socks = traffic relay (SOCKS proxy)
service-http-proxy = web relay (HTTP proxy)
service-tor = hidden routing (Tor)
service-bittorrent = file sharing (BitTorrent)
service-steam = games (Steam)
service-spotify = music (Spotify)
service-syncthing = syncing files between your devices (Syncthing)
service-kde-connect = linking your phone (KDE Connect)
service-apple-push = Apple notifications
service-airplay = sending sound and video to a screen (AirPlay)
service-snmp = checking on network devices (SNMP)
service-syslog = sending log messages (syslog)
service-git = downloading code (Git)
service-rsync = copying files (rsync)

## Connection states

state-udp = sends and receives messages (UDP)
state-listen = waiting for others to connect
state-established = connected
state-syn-sent = trying to connect
state-syn-received = someone is connecting
state-closing = closing
state-unknown = state unknown

## Connections no program could be tied to

unattributed-no-permission = { $count ->
    [one] 1 belongs to a program of another user, which netreview may not look into without administrator rights.
   *[other] { $count } belong to programs of other users, which netreview may not look into without administrator rights.
}
unattributed-time-wait = { $count ->
    [one] 1 is a finished connection that the system keeps for a short while. This is normal.
   *[other] { $count } are finished connections that the system keeps for a short while. This is normal.
}
unattributed-kernel = { $count ->
    [one] 1 is held by the operating system itself.
   *[other] { $count } are held by the operating system itself.
}
unattributed-exited = { $count ->
    [one] 1 belonged to a program that closed while netreview was looking.
   *[other] { $count } belonged to programs that closed while netreview was looking.
}

## Running without administrator rights

rights-hidden-linux = { $count ->
    [0] netreview is running without administrator rights, so it cannot see the details of programs that belong to other users (such as system services).
    [one] netreview is running without administrator rights: 1 connection belongs to another user's program that it cannot look into.
   *[other] netreview is running without administrator rights: { $count } connections belong to other users' programs that it cannot look into.
}
rights-hidden-macos = netreview is running without administrator rights: connections of programs that belong to other users (such as system services) are not shown at all.
rights-hidden-windows = netreview is running without administrator rights: for some system programs, where they run from cannot be read.
rights-how-linux = To see everything, run it again with administrator rights: sudo { $command }
rights-how-macos = To see everything, run it again with administrator rights: sudo { $command }
rights-how-windows = To see everything, close this window, right-click "Terminal" or "Command Prompt", choose "Run as administrator", and run { $command } again.

## The table printed by "netreview scan"

table-title = Programs using the network, { $time } UTC: { $programs ->
    [one] 1 program
   *[other] { $programs } programs
}, { $connections ->
    [one] 1 connection
   *[other] { $connections } connections
}
table-title-watch = Programs that used the network between { $start } and { $end } UTC ({ $looks } looks): { $programs ->
    [one] 1 program
   *[other] { $programs } programs
}, { $connections ->
    [one] 1 connection
   *[other] { $connections } connections
}
table-nothing = No program is using the network right now.
table-nothing-watch = No program was seen using the network.
table-process = { $name } · PID { $pid }
table-user = user { $user }
table-parent = started by { $parent } (PID { $ppid })
table-name-unknown = (name unknown)
table-runs-from = runs from { $exe }
table-runs-from-unknown = where it runs from could not be read
table-known-as = known as: { $label }
table-connection = { $proto }  { $local } → { $remote } · { $state }
table-listening = { $proto }  on { $local } · { $state }
table-service = Service: { $service }.
table-seen = Seen { $times ->
    [one] once
   *[other] { $times } times
}, first at { $first }, last at { $last } UTC.
table-unattributed-title = { $count ->
    [one] 1 connection could not be tied to a program:
   *[other] { $count } connections could not be tied to a program:
}

## Watching over time

progress-watching = Watching: { $elapsed } of { $total } s · { $programs ->
    [one] 1 program
   *[other] { $programs } programs
} · { $remotes ->
    [one] 1 address contacted
   *[other] { $remotes } addresses contacted
} · Ctrl-C stops

## The guided check

wizard-no-terminal = The guided check asks questions, so it needs a terminal window. To take a snapshot without questions, run: netreview scan
practice-tag = (practice)
practice-banner = ◆ PRACTICE — a made-up computer for learning, not yours. Nothing here is real.
wizard-step = Step { $step } of 5 · { $title }
title-welcome = Welcome
title-rights = Administrator rights
title-close-apps = Close the apps you do not need
title-watch = Watch for a while
title-review = Look at each program
title-summary = Summary
welcome-body =
    netreview helps you check which programs on this computer talk to the internet or to other devices, and whether that looks right.

      1. You close the apps you do not need.
      2. netreview watches the connections for a couple of minutes.
      3. You look at each program, one at a time, and say what you think.
      4. You get a file to send to someone who helps you.

    It takes 10 to 20 minutes. You can stop at any time: your answers are kept.
    Private: nothing leaves this computer unless you say yes.
welcome-language = Language: { $language } (to change it: netreview --lang …)
welcome-practice = Practice mode: you will look at a made-up computer, to learn the check.
choice-start = Start
choice-language = Choose another language
prompt-language = Which language would you like?
welcome-language-source = { $source ->
    [asked] (the language you asked for)
    [system] (the language of this computer's settings)
   *[default] (netreview does not have this computer's language yet)
}
prompt-choose = What would you like to do?
pager-more = — more below: press any key —
language-name = English
choice-quit = Quit
resume-body = You started a check on { $date } UTC and did not finish it. You had looked at { $done } of { $total } programs.
choice-resume = Continue where I stopped
choice-start-over = Start a new check (the unfinished one is put aside, not deleted)
resume-unreadable = Your unfinished check could not be read, so it was put aside as { $path }. Starting a new check.
rights-choice-continue = Continue without administrator rights
rights-choice-quit = Quit, so I can start again with administrator rights
close-apps-body = { $count ->
    [0] No program is using the network right now.
    [one] 1 program is using the network right now:
   *[other] { $count } programs are using the network right now:
}
close-apps-line = { $name } · { $connections ->
    [one] 1 connection
   *[other] { $connections } connections
}
close-apps-more = … and { $count } more
close-apps-ask = Please close the apps you do not need right now (your browser, chat, music, games…). Fewer programs make the check quicker and clearer.
close-apps-closed = Closed since the last look: { $names }
close-apps-new = New since the last look: { $names }
close-apps-same = Nothing changed since the last look.
close-apps-practice = In practice mode the made-up computer does not change when you look again.
choice-look-again = I closed some apps: look again
choice-how-to-close = Show me how to close apps fully
choice-continue = Continue
watch-body =
    Some programs connect only now and then, for example every few minutes. To catch them, netreview now watches the connections for a while.

    Leave the computer as it is while it watches. You can stop early.
watch-practice = In practice mode, the watch takes a few seconds: the made-up computer was already watched for 2 minutes.
watch-choice-2m = Watch for 2 minutes (recommended)
watch-choice-5m = Watch for 5 minutes
watch-choice-30s = Watch for 30 seconds
watch-choice-skip = Skip watching
watch-progress = { $bar } { $elapsed } of { $total } s · { $programs ->
    [one] 1 program
   *[other] { $programs } programs
} · { $remotes ->
    [one] 1 address
   *[other] { $remotes } addresses
} · Enter stops
review-header = Program { $index } of { $total }
review-name = Name: { $name } (process number { $pid })
review-known-as = What it is: { $what }
review-unknown = What it is: netreview does not know this program. That alone is not bad: most programs are not in its list.
review-why-title = Why these signs about { $name } matter:
review-why = Why this matters: { $why }
review-owner = Owner: { $org } ({ $country })
review-owner-no-country = Owner: { $org }
review-owners-title = Who owns the addresses { $name } talked to:
review-runs-from = Runs from: { $exe }
review-runs-from-unknown = Runs from: could not be read
review-parent = { $name } (process number { $pid })
review-started-by = Started by: { $parent } · user: { $user }
review-running-since = Running since { $time } UTC
review-exited = This program has closed since it was seen; you can still judge what it did.
review-talks-to = It talked to:
review-waits-on = It waits for connections:
review-conn = { $meaning } Port { $port }, { $seen }.
review-conn-service = { $meaning } Port { $port }: { $service }, { $seen }.
review-listen = port { $port } ({ $proto }): { $reach }
review-listen-service = port { $port } ({ $proto }) · { $service }: { $reach }
review-seen = seen { $times ->
    [one] once
   *[other] { $times } times
}{ $connections ->
    [one] {""}
   *[other] {" "}in { $connections } separate connections
}
review-more-connections = … and { $count } more
review-question = What do you think of { $name }?
review-choice-fine = Looks fine
review-choice-suspicious = Suspicious
review-choice-unsure = Not sure
review-choice-more = Tell me more
review-choice-back = Back to the previous program
review-note = A note for your helper (optional; press Enter to skip)
review-note-kept = Your earlier note: { $note }
choice-back-to-program = Back to the program
verdict-looks-fine = looks fine
verdict-suspicious = suspicious
verdict-unsure = not sure
verdict-not-reviewed = not looked at
summary-counts = You looked at { $reviewed } of { $total } programs: { $fine } look fine, { $suspicious } suspicious, { $unsure } not sure.
summary-flagged = Programs you marked suspicious or not sure:
summary-flagged-line = { $name } (process number { $pid }): { $verdict }
summary-not-checked = What netreview could not check:
summary-unattributed = { $count ->
    [one] 1 connection could not be tied to a program.
   *[other] { $count } connections could not be tied to a program.
}
summary-no-rights = It ran without administrator rights, so other users' programs were hidden.
summary-redact-ask = Before the file is saved: what should be left out of it? (Space turns a choice on or off; Enter confirms.)
redact-hostname = The name of this computer
redact-user = Your user name
redact-home = Your home folder in file paths (shown as ~)
summary-saved = Your summary is saved here:
summary-before-sending = Before you send it, read it once: it lists the programs on this computer and the addresses they talked to. Remove anything you do not want to share.
summary-practice-saved = This practice summary is saved here (it describes the made-up computer):
interrupted-saved = Stopped. Your answers so far are saved in { $path }. Run netreview again to continue where you stopped.
interrupted-nothing = Stopped. Nothing needed saving yet.
choice-finish = Finish

## Unusual signs (signals): what was seen, and why it matters

signals-title = Unusual signs:
signals-none = netreview noticed nothing unusual about it. That does not prove it is harmless.
signal-worth = ⚠ worth a look
signal-info = ℹ for information
signal-line = { $severity }: { $what }
signal-exe-in-temp-dir = It runs from a temporary folder: { $detail }
signal-exe-in-temp-dir-why = Installed programs do not run from temporary folders; programs that were just downloaded, or that try to stay unnoticed, sometimes do.
signal-exe-in-user-writable-dir = It runs from your own folders, not from where programs are usually installed: { $detail }
signal-exe-in-user-writable-dir-why = Any program you run can write there, so something could have put it there without asking. Some normal apps install there too.
signal-exe-hidden-path = It runs from a hidden folder: { $detail }
signal-exe-hidden-path-why = Folders whose names start with a dot are hidden from normal view. Spying programs often hide this way.
signal-exe-deleted = Its program file was deleted or replaced while it kept running: { $detail }
signal-exe-deleted-why = This happens after an update (restarting the program clears it), but also when a program removes its traces.
signal-name-mimics-system = Its name copies or nearly copies a part of the system ({ $detail }), but it does not run from the system's place.
signal-name-mimics-system-why = Harmful programs often borrow the names of system programs to look innocent.
signal-listens-on-network = Other devices can connect to it ({ $detail }).
signal-listens-on-network-why = A program that waits for connections from outside can be reached by others. Many are normal, but it is worth knowing which ones do.
signal-remote-access-port = It uses a remote-control or remote-login port: { $detail }
signal-remote-access-port-why = Remote access lets someone else see or control this computer. That is useful for support, but also used by stalkers.
signal-unusual-port = It talks to internet addresses on ports no common service uses: { $detail }
signal-unusual-port-why = Most apps use well-known ports, such as the secure web's. An unusual port is not bad in itself, but spying programs often use one.
signal-hosting-provider = It talks to servers rented from a hosting company: { $detail }
signal-hosting-provider-why = Anyone can rent a server there, so the company's name says nothing about who you are really talking to.
signal-frequent-reconnects = It connects again and again to the same place: { $detail }
signal-frequent-reconnects-why = Regular, repeated connections can be a program reporting in to whoever controls it. Updaters and chat apps also do this.
signal-runs-as-admin = It runs with administrator rights (as { $detail }), which this kind of program does not usually need.
signal-runs-as-admin-why = With these rights a program can see and change everything on the computer.
signal-not-from-package-manager = It was not installed by the system's software manager: { $detail }
signal-not-from-package-manager-why = That is normal for apps downloaded from their makers' websites, but it also means no one has checked this file for you.
signal-unknown = An unusual sign this version of netreview does not know: { $detail }

## Known programs: what each one is (ids: known-<id> of data/known-programs.yaml)

known-firefox = Firefox is a web browser: it connects to the websites you visit.
known-google-chrome = Google Chrome is a web browser: it connects to the websites you visit and to Google.
known-chromium = Chromium is a web browser (the open-source base of Chrome): it connects to the websites you visit.
known-microsoft-edge = Microsoft Edge is a web browser: it connects to the websites you visit and to Microsoft.
known-edge-webview2 = A piece of Microsoft Edge that other apps (Teams, Outlook, Widgets and more) use to show web pages, so it connects to websites.
known-brave = Brave is a web browser that blocks ads: it connects to the websites you visit.
known-opera = Opera (and Opera GX) is a web browser: it connects to the websites you visit.
known-vivaldi = Vivaldi is a web browser: it connects to the websites you visit.
known-safari = Safari is the web browser that comes with the Mac: it connects to the websites you visit.
known-webkit-networking = A helper of Safari and other Mac apps that show web pages: it downloads the pages for them.
known-tor-browser = Tor Browser is a privacy browser: it sends your browsing through the Tor network so websites cannot easily see where you are.
known-tor = Tor is a program that hides where your internet traffic comes from by passing it through several computers around the world.
known-librewolf = LibreWolf is a privacy-focused web browser based on Firefox: it connects to the websites you visit.
known-gnome-web = GNOME Web (also called Epiphany) is a web browser: it connects to the websites you visit.
known-webkitgtk-network = A helper that Linux apps showing web pages (GNOME Web, Evolution, online accounts) use to download those pages.
known-signal = Signal is a private messaging app: it connects to Signal's servers to send and receive your messages and calls.
known-whatsapp = WhatsApp is a messaging app: it connects to WhatsApp's servers to send and receive your messages and calls.
known-telegram = Telegram is a messaging app: it connects to Telegram's servers to send and receive your messages.
known-element = Element is a messaging app for the Matrix network: it connects to a Matrix server to send and receive messages.
known-discord = Discord is a chat and voice app for communities and gaming: it connects to Discord's servers.
known-slack = Slack is a chat app for work: it connects to Slack's servers to send and receive messages.
known-microsoft-teams = Microsoft Teams is a chat and video meeting app, often for work or school: it connects to Microsoft's servers.
known-zoom = Zoom is a video meeting app: it connects to Zoom's servers during calls and to check for messages.
known-skype = Skype is an old call and chat app that Microsoft shut down in 2025; it connects to Microsoft's servers.
known-webex = Webex is a video meeting and chat app, often for work: it connects to Cisco's Webex servers.
known-jitsi-meet = Jitsi Meet is a video meeting app: it connects to a Jitsi server during calls.
known-wire = Wire is a private messaging and call app: it connects to Wire's servers.
known-threema = Threema is a private messaging app: it connects to Threema's servers to send and receive messages.
known-viber = Viber is a messaging and call app: it connects to Viber's servers.
known-messenger = Messenger is Facebook's chat app: it connects to Meta's servers to send and receive messages and calls.
known-apple-messages = Messages is the Mac's app for iMessage and texts: it connects to Apple to send and receive them.
known-facetime = FaceTime is Apple's video and phone call app: it connects to Apple and to the person you call.
known-phone-link = Phone Link connects this computer to a phone to show its texts, calls and photos; check it is linked only to your own phone.
known-pidgin = Pidgin is a chat app that can log in to several chat networks at once: it connects to their servers.
known-thunderbird = Thunderbird is an email app: it connects to your mail servers to fetch and send email.
known-outlook = Outlook is Microsoft's email and calendar app: it connects to your mail server to fetch and send email.
known-outlook-new = The new Outlook is Microsoft's email and calendar app for Windows: it connects to your mail servers through Microsoft.
known-apple-mail = Mail is the Mac's email app: it connects to your mail servers to fetch and send email.
known-evolution = Evolution is an email and calendar app: it connects to your mail and calendar servers.
known-geary = Geary is an email app: it connects to your mail servers to fetch and send email.
known-kmail = KMail is KDE's email app: it connects to your mail servers to fetch and send email.
known-windows-mail = The old Mail and Calendar app of Windows: it connects to your email and calendar accounts to keep them up to date.
known-spotify = Spotify plays music and podcasts: it connects to Spotify's servers to stream them.
known-vlc = VLC plays videos and music; it only uses the network to play online streams or look up cover art and updates.
known-apple-music = Apple Music plays music: it connects to Apple to stream songs and sync your library.
known-itunes = iTunes plays music and syncs iPhones: it connects to Apple for the store, streaming and updates.
known-apple-tv = The Apple TV app plays films and shows: it connects to Apple to stream them.
known-apple-podcasts = Podcasts plays podcasts: it connects to the internet to download and stream episodes.
known-plex-media-server = Plex Media Server shares your films and music with your other devices, and connects to Plex's servers.
known-kodi = Kodi plays films, music and TV; it uses the network for add-ons, online streams and shared folders.
known-obs-studio = OBS Studio records the screen or camera; it uses the network when it streams live to sites like Twitch or YouTube.
known-dropbox = Dropbox keeps a copy of your files online: it connects to Dropbox's servers to sync them.
known-onedrive = OneDrive keeps a copy of your files in Microsoft's cloud: it connects to Microsoft to sync them.
known-google-drive = Google Drive for desktop keeps your files in sync with your Google account: it connects to Google.
known-icloud-bird = A part of macOS (called bird) that keeps iCloud Drive files in sync with Apple's servers.
known-icloud-cloudd = A part of macOS (called cloudd) that syncs apps' data, like notes and contacts, with iCloud.
known-icloud-windows = iCloud for Windows syncs photos, files and passwords with your Apple account: it connects to Apple.
known-nextcloud = Nextcloud keeps your files in sync with a Nextcloud server (yours or your organisation's).
known-syncthing = Syncthing copies folders directly between your own devices, so it connects to them and to helper servers.
known-megasync = MEGA keeps a copy of your files in MEGA's cloud: it connects to MEGA to sync them.
known-proton-drive = Proton Drive keeps an encrypted copy of your files online: it connects to Proton's servers.
known-box-drive = Box Drive shows your Box cloud files on this computer: it connects to Box to sync them.
known-rclone = rclone is a tool that copies files to and from online storage, so it connects to those services.
known-libreoffice = LibreOffice writes documents and spreadsheets; it uses the network only to check for updates or open online files.
known-microsoft-word = Word writes documents; it connects to Microsoft for your licence, online files, sharing and updates.
known-microsoft-excel = Excel makes spreadsheets; it connects to Microsoft for your licence, online files, sharing and updates.
known-microsoft-powerpoint = PowerPoint makes slide shows; it connects to Microsoft for your licence, online files, sharing and updates.
known-microsoft-onenote = OneNote is a notebook app: it connects to Microsoft to keep your notes in sync.
known-notion = Notion is a notes and planning app: it connects to Notion's servers, where your pages are kept.
known-obsidian = Obsidian is a notes app; it uses the network for updates, plugins and its optional sync service.
known-evernote = Evernote is a notes app: it connects to Evernote's servers to keep your notes in sync.
known-adobe-acrobat = Adobe Acrobat opens PDF files; it connects to Adobe for sign-in, online documents and updates.
known-adobe-creative-cloud = Creative Cloud installs and updates Adobe apps like Photoshop, and checks your Adobe account online.
known-steam = Steam is a store and launcher for games: it connects to Steam to download games, chat and play online.
known-epic-games = The Epic Games Launcher is a store and launcher for games: it connects to Epic to download and play them.
known-battle-net = Battle.net is Blizzard's game launcher: it connects to Blizzard to download, update and play games.
known-ea-app = The EA app is Electronic Arts' game launcher: it connects to EA to download, update and play games.
known-ubisoft-connect = Ubisoft Connect is Ubisoft's game launcher: it connects to Ubisoft to download, update and play games.
known-gog-galaxy = GOG Galaxy is a game launcher: it connects to GOG to download, update and play games.
known-minecraft-launcher = The Minecraft Launcher signs you in and downloads Minecraft: it connects to Microsoft and Mojang.
known-xbox-app = The Xbox app is Microsoft's game store and launcher on Windows: it connects to Xbox services.
known-gaming-services = A Windows background service that installs and runs games from the Xbox app and Microsoft Store.
known-riot-client = The Riot Client launches games like League of Legends and Valorant: it connects to Riot's servers.
known-roblox = Roblox is an online game platform: it connects to Roblox's servers to play and chat.
known-bitwarden = Bitwarden keeps your passwords: it connects to a Bitwarden server to keep them in sync.
known-1password = 1Password keeps your passwords: it connects to 1Password's servers to keep them in sync.
known-keepassxc = KeePassXC keeps your passwords in a file on this computer; it goes online only for website icons or update checks.
known-keepass = KeePass keeps your passwords in a file on this computer; it goes online only for update checks or plugins.
known-proton-pass = Proton Pass keeps your passwords: it connects to Proton's servers to keep them in sync.
known-protonvpn = Proton VPN sends your internet traffic through Proton's servers, so the sites you visit do not see your real address.
known-mullvad-vpn = Mullvad VPN sends your internet traffic through Mullvad's servers, so the sites you visit do not see your real address.
known-wireguard = WireGuard makes a private tunnel (VPN) from this computer to another network or VPN service.
known-openvpn = OpenVPN makes a private tunnel (VPN) from this computer to a VPN service or a work network.
known-nordvpn = NordVPN sends your internet traffic through NordVPN's servers, so the sites you visit do not see your real address.
known-expressvpn = ExpressVPN sends your internet traffic through ExpressVPN's servers, so the sites you visit do not see your real address.
known-tailscale = Tailscale links your devices into a private network so they can reach each other from anywhere.
known-cisco-secure-client = Cisco Secure Client (AnyConnect) connects this computer to a work or school network through a VPN.
known-openconnect = OpenConnect connects this computer to a work or school network through a VPN.
known-globalprotect = GlobalProtect connects this computer to a work or school network through a VPN.
known-cloudflare-warp = Cloudflare WARP sends your internet traffic through Cloudflare to protect it, like a VPN.
known-zerotier = ZeroTier links your devices into a private network so they can reach each other from anywhere.
known-teamviewer = TeamViewer lets someone see and control this computer from far away. It is useful for support, but stalkers also use it: make sure you installed it and know who connects.
known-anydesk = AnyDesk lets someone see and control this computer from far away. It is useful for support, but stalkers also use it: make sure you installed it and know who connects.
known-chrome-remote-desktop = Chrome Remote Desktop lets someone see and control this computer from far away. It is useful for support, but stalkers also use it: make sure you installed it and know who connects.
known-rustdesk = RustDesk lets someone see and control this computer from far away. It is useful for support, but stalkers also use it: make sure you installed it and know who connects.
known-splashtop = Splashtop lets someone see and control this computer from far away. It is useful for support, but stalkers also use it: make sure you installed it and know who connects.
known-x11vnc = x11vnc shares this screen (VNC) so someone can watch and control it from far away. It is useful for support, but stalkers also use it: make sure you installed it and know who connects.
known-tigervnc = TigerVNC shares a screen (VNC) so someone can watch and control it from far away. It is useful for support, but stalkers also use it: make sure you installed it and know who connects.
known-realvnc = RealVNC Server lets someone see and control this computer from far away. It is useful for support, but stalkers also use it: make sure you installed it and know who connects.
known-tightvnc = TightVNC lets someone see and control this computer from far away. It is useful for support, but stalkers also use it: make sure you installed it and know who connects.
known-ultravnc = UltraVNC lets someone see and control this computer from far away. It is useful for support, but stalkers also use it: make sure you installed it and know who connects.
known-quick-assist = Quick Assist lets someone you give a code see and control this computer. It is useful for support, but stalkers also use it: make sure you installed it and know who connects.
known-screenconnect = ScreenConnect lets someone see and control this computer from far away. It is useful for support, but stalkers also use it: make sure you installed it and know who connects.
known-logmein = LogMeIn lets someone see and control this computer from far away. It is useful for support, but stalkers also use it: make sure you installed it and know who connects.
known-parsec = Parsec lets someone play on or control this computer from far away. It is useful for support, but stalkers also use it: make sure you installed it and know who connects.
known-macos-screen-sharing = Screen Sharing, part of macOS, lets someone see and control this Mac from far away. It is useful for support, but stalkers also use it: make sure you installed it and know who connects.
known-windows-remote-desktop-client = Remote Desktop Connection lets someone here control another computer far away. It is legitimate, but stalkers misuse remote tools: make sure you know who uses it.
known-windows-remote-assistance = Remote Assistance lets someone you invite see and control this computer. It is useful for support, but stalkers also use it: make sure you installed it and know who connects.
known-gnome-remote-desktop = GNOME Remote Desktop lets someone see and control this computer from far away. It is useful for support, but stalkers also use it: make sure you installed it and know who connects.
known-krfb = KDE Desktop Sharing lets someone see and control this computer from far away. It is useful for support, but stalkers also use it: make sure you installed it and know who connects.
known-xrdp = xrdp lets someone log in to this computer's desktop from far away. It is useful for support, but stalkers also use it: make sure you installed it and know who connects.
known-nomachine = NoMachine lets someone see and control this computer from far away. It is useful for support, but stalkers also use it: make sure you installed it and know who connects.
known-sshd = SSH lets someone with a password or key log in to this computer from far away. It is useful for support, but stalkers also use it: make sure you installed it and know who connects.
known-microsoft-defender = Microsoft Defender is the antivirus built into Windows: it checks files and gets new virus information from Microsoft.
known-defender-core-service = A helper of Microsoft Defender, the antivirus built into Windows; it talks to Microsoft about threats and updates.
known-defender-network-inspection = A part of Microsoft Defender that watches network traffic for known attacks.
known-defender-update-tool = A tool of Microsoft Defender that downloads new virus information and runs scans.
known-defender-for-endpoint = Security software usually put on work computers by an employer; it reports this computer's activity to their security team.
known-smartscreen = SmartScreen is a Windows safety check: it asks Microsoft whether downloads and websites are known to be dangerous.
known-clamav-freshclam = freshclam downloads new virus information for the ClamAV antivirus.
known-malwarebytes = Malwarebytes looks for harmful programs: it connects to Malwarebytes for updates and your licence.
known-avast = Avast is an antivirus: it connects to Avast to get new virus information and check files.
known-avg = AVG is an antivirus: it connects to AVG to get new virus information and check files.
known-kaspersky = Kaspersky is an antivirus: it connects to Kaspersky to get new virus information and check files.
known-eset = ESET is an antivirus: it connects to ESET to get new virus information and check files.
known-bitdefender = Bitdefender is an antivirus: it connects to Bitdefender to get new virus information and check files.
known-crowdstrike-falcon = Security software usually put on work computers by an employer; it reports this computer's activity to their security team.
known-little-snitch = Little Snitch watches which apps use the network on this Mac and asks you before they connect.
known-vscode = Visual Studio Code is a code editor: it connects for extensions, updates, and code on other computers.
known-git-remote-https = A helper of Git, a tool for code: it downloads and uploads code from sites like GitHub.
known-ssh-client = ssh opens a secure connection from this computer to another one, usually to work on it or copy files.
known-nodejs = Node.js runs programs written in JavaScript, often for developers; what it connects to depends on the program it runs.
known-docker = Docker runs programs in separate boxes (containers) for developers; it downloads them and passes their traffic.
known-jetbrains-ides = A JetBrains code editor (like IntelliJ IDEA or PyCharm): it connects for plugins, updates, licences and code tools.
known-jetbrains-toolbox = JetBrains Toolbox installs and updates JetBrains code editors: it connects to JetBrains to download them.
known-github-desktop = GitHub Desktop is an app for working with code on GitHub: it connects to GitHub to download and upload code.
known-visual-studio = Visual Studio is Microsoft's tool for writing programs: it connects for sign-in, updates, extensions and help.
known-curl = curl is a small tool that downloads or uploads one web address; programs and scripts often use it.
known-google-updater = A Google helper that keeps Chrome and other Google apps up to date by downloading new versions.
known-microsoft-edge-update = A Microsoft helper that keeps the Edge browser up to date by downloading new versions.
known-office-click-to-run = A Microsoft service that installs and updates Office apps like Word and Excel.
known-microsoft-autoupdate = A Microsoft helper that keeps Office, Teams and other Microsoft apps on the Mac up to date.
known-adobe-updater = An Adobe helper that keeps Acrobat Reader and other Adobe apps up to date.
known-sparkle-updater = A small helper built into many Mac apps that checks for and downloads new versions of that app.
known-squirrel-updater = A small helper that apps like Discord, Slack and Teams use to download their own new versions.
known-windows-update-worker = A part of Windows Update that checks for and downloads updates for Windows.
known-macos-software-update = A part of macOS that checks Apple's servers for system updates and downloads them.
known-macos-app-store = The App Store and its helpers download and update apps from Apple.
known-microsoft-store = The Microsoft Store downloads and updates apps from Microsoft.
known-apt-methods = A part of Debian and Ubuntu's software installer that downloads programs and updates.
known-unattended-upgrades = A part of Debian and Ubuntu that installs security updates by itself in the background.
known-dnf = The software installer of Fedora and similar systems: it downloads programs and updates.
known-packagekit = A Linux service that the software center uses to check for and download updates.
known-gnome-software = GNOME Software is the app store of the GNOME desktop: it downloads apps and updates.
known-plasma-discover = Discover is the app store of the KDE desktop: it downloads apps and updates.
known-snapd = A Linux service that installs snap apps and keeps them up to date.
known-snap-store = The Ubuntu App Center lets you find and install apps; it connects to the Snap Store.
known-flatpak = Flatpak installs and updates apps on Linux, so it downloads them from app stores like Flathub.
known-fwupd = A Linux service that checks for and installs firmware updates for parts of this computer.
known-cups = The printing service: it sends your print jobs to printers, including printers on your network.
known-cups-browsed = A Linux helper that finds printers on your network so you can print to them.
known-ipp-usb = A Linux helper that lets modern USB printers and scanners work as if they were network printers, only on this computer.
known-windows-print-spooler = A part of Windows that sends your print jobs to printers, including printers on your network.
known-print-isolation-host = A part of Windows that runs printer drivers safely apart; it may talk to network printers.
known-systemd = The first program Linux starts; it can hold network sockets for other services and start them when someone connects.
known-systemd-resolved = A part of Linux that looks up the addresses of websites and services (DNS) for all programs.
known-systemd-networkd = A part of Linux that sets up network connections and asks the router for an address.
known-systemd-timesyncd = A part of Linux that keeps the computer's clock right by asking time servers on the internet.
known-networkmanager = A part of Linux that connects this computer to Wi-Fi and wired networks and checks that the internet works.
known-wpa-supplicant = A part of Linux that logs in to Wi-Fi networks with their password.
known-iwd = A part of Linux that connects this computer to Wi-Fi networks.
known-dhclient = A part of Linux that asks the router for an address for this computer (DHCP).
known-dhcpcd = A part of Linux that asks the router for an address for this computer (DHCP).
known-avahi-daemon = A part of Linux that finds printers and other devices on your home network, and lets them find this computer.
known-chronyd = A part of Linux that keeps the computer's clock right by asking time servers on the internet.
known-ntpd = A service that keeps the computer's clock right by asking time servers on the internet.
known-modemmanager = A part of Linux that runs mobile-data modems (SIM cards) if this computer has one.
known-geoclue = A part of Linux that works out where the computer is, using nearby Wi-Fi networks, for apps you allow.
known-dnsmasq = A small helper that hands out addresses and looks up names for virtual machines, hotspots or the network service.
known-rpcbind = A Linux helper for sharing folders over the network (NFS); it waits for other computers to ask for it.
known-samba = Samba shares this computer's folders and printers with Windows computers on the network.
known-exim = A mail program that Debian installs by default to deliver system messages; usually it only listens on this computer.
known-postfix = A mail program that delivers system messages and email; usually it only listens on this computer.
known-gvfs-network = Helpers of the Linux desktop that open shared folders and files on other computers or servers for you.
known-goa-daemon = A part of the GNOME desktop that signs in to your online accounts (Google, Nextcloud and others) for other apps.
known-gsd-sharing = A part of the GNOME desktop that turns file, media and screen sharing on or off as set in Settings.
known-kdeconnect = KDE Connect links this computer with a phone on the same network to share files, texts and notifications; check which phones are paired.
known-whoopsie = A part of Ubuntu that sends crash reports to Ubuntu's developers when a program breaks.
known-launchd = The first program macOS starts; it can hold network sockets for other services and start them when someone connects.
known-mdnsresponder = A part of macOS that looks up website addresses (DNS) and finds printers and devices on your home network.
known-rapportd = A part of macOS that lets your Apple devices nearby work together, like Handoff and the shared clipboard.
known-apsd = A part of macOS that keeps a connection to Apple to receive notifications for your apps.
known-trustd = A part of macOS that checks the security certificates of websites and apps, sometimes asking online.
known-nsurlsessiond = A part of macOS that does downloads and uploads in the background for apps and iCloud.
known-identityservicesd = A part of macOS that connects your Apple ID to iMessage, FaceTime and your other devices.
known-sharingd = A part of macOS that runs AirDrop, Handoff and other sharing with nearby devices.
known-airplay-helper = A part of macOS that sends sound or the screen to AirPlay speakers and TVs.
known-control-center = The Mac's Control Center; it also listens for AirPlay so other Apple devices can show things on this Mac.
known-locationd = A part of macOS that works out where the computer is, using nearby Wi-Fi networks, for apps you allow.
known-macos-parsecd = A part of macOS that fetches Siri and Spotlight suggestions from Apple when you search.
known-syspolicyd = A part of macOS that checks with Apple that apps you open are signed and not known to be harmful.
known-timed = A part of macOS that keeps the computer's clock right by asking Apple's time servers.
known-netbiosd = A part of macOS that finds and announces computer names on Windows-style home networks.
known-configd = A part of macOS that sets up network connections and asks the router for an address.
known-akd = A part of macOS that signs you in to your Apple ID and keeps that sign-in working.
known-accountsd = A part of macOS that keeps your internet accounts (iCloud, Google and others) signed in for apps like Mail.
known-assistantd = A part of macOS that sends your Siri and dictation requests to Apple.
known-networkserviceproxy = A part of macOS that runs iCloud Private Relay and other Apple network services.
known-find-my = Find My shows where your Apple devices and AirTags are and can share your location; check who you share it with.
known-macos-file-sharing = A part of macOS that shares this Mac's folders with other computers on the network when File Sharing is on.
known-windows-system = The heart of Windows itself; it handles file and printer sharing and some other network traffic for the whole computer.
known-windows-idle = Not a real program: Windows lists connections that are just closing under it, so seeing it is normal.
known-svchost = A Windows program that runs many of Windows' own services; many copies running is normal.
known-lsass = A part of Windows that checks sign-ins and passwords; on work networks it talks to the company's servers.
known-windows-services = A part of Windows that starts and stops Windows services; it keeps a port open for Windows' own use.
known-wininit = A part of Windows that starts the system; it keeps a port open for Windows' own use, which is normal.
known-windows-search = The search box of Windows: it looks on this computer and also online with Bing.
known-explorer = Windows Explorer shows the desktop, taskbar and your files; it uses the network for shared folders and some content.
known-wmiprvse = A part of Windows that answers questions about the computer for other programs, sometimes over the network.
known-taskhostw = A part of Windows that runs scheduled background tasks, some of which go online.
known-runtimebroker = A part of Windows that checks what Store apps are allowed to do; it may go online for them.
known-backgroundtaskhost = A part of Windows that runs small background jobs for apps, like checking for news or updates.
known-dashost = A part of Windows that finds and pairs devices like printers, TVs and speakers on your network.
known-compattelrunner = A part of Windows that checks which programs are installed and sends reports about it to Microsoft.
known-windows-widgets = The Widgets board of Windows shows news, weather and more, which it downloads from Microsoft.
known-start-menu = The Start menu of Windows; it goes online to show suggested apps and web results.
known-wwahost = A part of Windows that runs some Store apps that are built like web pages, so it connects for them.
known-dllhost = A Windows helper that runs small pieces of other programs; it sometimes goes online for them, for example for pictures.
known-rundll32 = A Windows helper that runs code stored in other files; it rarely needs the network, so its connections deserve a closer look.
known-mshta = An old Windows helper that runs small web-page programs; it is rarely used today, so its connections deserve a closer look.
known-powershell = PowerShell runs commands and scripts; it goes online only when a script asks, so check what started it.
known-sppsvc = A part of Windows that checks with Microsoft that your copy of Windows is activated.
known-family-safety = Windows parental controls: it can report this account's activity to a family organizer; check who is in your Microsoft family.
known-bonjour-windows = Apple's Bonjour finds printers and Apple devices on your home network; iTunes and some printer apps install it.
known-apple-mobile-device = An Apple helper that lets iTunes and other apps talk to an iPhone or iPad, by cable or over Wi-Fi.
known-nvidia-app = NVIDIA's graphics card helpers: they download driver updates and can record or share game play.

## Who owns an address (the offline ownership database)

owner-line = Owner: { $org } (network AS{ $asn }; its addresses are registered to this country: { $country }. That is not necessarily where the server is.)
owner-line-no-country = Owner: { $org } (network AS{ $asn }).
owner-unknown = Owner: not in the offline database.
owner-kind-cdn = { $name } is a content delivery network: many apps and websites use it to deliver content quickly.
owner-kind-cloud = { $name } is a cloud provider: companies rent computers there to run their apps and websites. Anyone can rent a server here, so the owner is not necessarily who you are talking to.
owner-kind-hosting = { $name } is a hosting company: it rents out servers and websites. Anyone can rent a server here, so the owner is not necessarily who you are talking to.
owner-kind-big-tech = { $name } is a large technology company: its own apps and services connect here.
owner-kind-isp = { $name } is an internet provider: it connects homes, offices and phones to the internet.
owner-kind-vpn = { $name } runs a VPN service, or the network behind one: it passes people's traffic on, so websites see its address instead of theirs.
ownership-file-refused = The downloaded ownership database could not be used ({ $path }: { $reason }). netreview uses the one built into it instead.
ownership-none = This copy of netreview has no ownership database, so owners are not shown.

## netreview lookup

lookup-bad-address = "{ $input }" is not an internet address. Write it like 151.101.132.246, 2a04:4e42::1, 8.8.8.8:53 or [2a04:4e42::1]:443.
lookup-some-failed = { $count ->
    [one] 1 item could not be looked up; the others were answered.
   *[other] { $count } items could not be looked up; the others were answered.
}

## Online look-ups (RDAP), only with consent

online-consent = netreview can look up { $addresses } online, in the public records of the internet registries. To do that it would download the list of registries from { $host } (this sends no address), then send each address to the registry that manages it (ARIN, RIPE NCC, APNIC, LACNIC or AFRINIC). Nothing else is sent, but those servers will see your internet address. Look up online? Type y for yes, anything else for no:
consent-yes-words = y, yes
online-no-terminal = Not looked up online: there is no terminal to ask for your permission. Add --online to allow it.
online-refused = Not looked up online, as you chose. The answers above come from the offline database.
online-rate-limited = The registry asks us to slow down (too many look-ups). Try again in a few minutes; the offline answer above stays.
online-not-found = The registry has no record for this address.
online-status = The registry answered with an error (HTTP { $code }). The offline answer above stays.
online-timeout = The registry took too long to answer. Check the internet connection and try again; the offline answer above stays.
online-unreachable = The registry could not be reached ({ $reason }). Perhaps this computer is offline; the offline answer above stays.
online-no-registry = No registry is listed for this address.
online-bad-answer = The registry's answer could not be read.
online-unknown = unknown
online-record = Registry record from { $server } (fetched { $fetched }): network { $network }, held by { $org }, country { $country }, registered { $registered }.

## netreview db update

db-update-consent = netreview would download the newest ownership data (several files, tens of megabytes) from { $host }. This sends no address and nothing about this computer, but that server will see your internet address. Download now? Type y for yes, anything else for no:
db-update-no-terminal = Nothing was downloaded: there is no terminal to ask for your permission. Run "netreview --online db update" to allow it.
db-update-refused = Nothing was downloaded, as you chose. netreview keeps using the ownership data it has.
db-update-no-folder = Nothing was downloaded: netreview could not find a folder for its data on this computer.
db-update-downloading = Downloading from { $host } …
db-update-failed = The new ownership data was not installed ({ $reason }). netreview keeps using the data it had.
db-update-done = Installed { $source }: { $v4 } IPv4 and { $v6 } IPv6 ranges, saved in { $path }. netreview uses it from now on.

## Countries (generated by tools/gen-countries.py from i18n-iso-countries 7.14.0, MIT; do not edit)
country-AD = Andorra
country-AE = United Arab Emirates
country-AF = Afghanistan
country-AG = Antigua and Barbuda
country-AI = Anguilla
country-AL = Albania
country-AM = Armenia
country-AO = Angola
country-AQ = Antarctica
country-AR = Argentina
country-AS = American Samoa
country-AT = Austria
country-AU = Australia
country-AW = Aruba
country-AX = Åland Islands
country-AZ = Azerbaijan
country-BA = Bosnia and Herzegovina
country-BB = Barbados
country-BD = Bangladesh
country-BE = Belgium
country-BF = Burkina Faso
country-BG = Bulgaria
country-BH = Bahrain
country-BI = Burundi
country-BJ = Benin
country-BL = Saint Barthélemy
country-BM = Bermuda
country-BN = Brunei Darussalam
country-BO = Bolivia
country-BQ = Bonaire, Sint Eustatius and Saba
country-BR = Brazil
country-BS = Bahamas
country-BT = Bhutan
country-BV = Bouvet Island
country-BW = Botswana
country-BY = Belarus
country-BZ = Belize
country-CA = Canada
country-CC = Cocos (Keeling) Islands
country-CD = Democratic Republic of the Congo
country-CF = Central African Republic
country-CG = Republic of the Congo
country-CH = Switzerland
country-CI = Cote d'Ivoire
country-CK = Cook Islands
country-CL = Chile
country-CM = Cameroon
country-CN = People's Republic of China
country-CO = Colombia
country-CR = Costa Rica
country-CU = Cuba
country-CV = Cape Verde
country-CW = Curaçao
country-CX = Christmas Island
country-CY = Cyprus
country-CZ = Czech Republic
country-DE = Germany
country-DJ = Djibouti
country-DK = Denmark
country-DM = Dominica
country-DO = Dominican Republic
country-DZ = Algeria
country-EC = Ecuador
country-EE = Estonia
country-EG = Egypt
country-EH = Western Sahara
country-ER = Eritrea
country-ES = Spain
country-ET = Ethiopia
country-FI = Finland
country-FJ = Fiji
country-FK = Falkland Islands (Malvinas)
country-FM = Micronesia, Federated States of
country-FO = Faroe Islands
country-FR = France
country-GA = Gabon
country-GB = United Kingdom
country-GD = Grenada
country-GE = Georgia
country-GF = French Guiana
country-GG = Guernsey
country-GH = Ghana
country-GI = Gibraltar
country-GL = Greenland
country-GM = Republic of The Gambia
country-GN = Guinea
country-GP = Guadeloupe
country-GQ = Equatorial Guinea
country-GR = Greece
country-GS = South Georgia and the South Sandwich Islands
country-GT = Guatemala
country-GU = Guam
country-GW = Guinea-Bissau
country-GY = Guyana
country-HK = Hong Kong
country-HM = Heard Island and McDonald Islands
country-HN = Honduras
country-HR = Croatia
country-HT = Haiti
country-HU = Hungary
country-ID = Indonesia
country-IE = Ireland
country-IL = Israel
country-IM = Isle of Man
country-IN = India
country-IO = British Indian Ocean Territory
country-IQ = Iraq
country-IR = Islamic Republic of Iran
country-IS = Iceland
country-IT = Italy
country-JE = Jersey
country-JM = Jamaica
country-JO = Jordan
country-JP = Japan
country-KE = Kenya
country-KG = Kyrgyzstan
country-KH = Cambodia
country-KI = Kiribati
country-KM = Comoros
country-KN = Saint Kitts and Nevis
country-KP = North Korea
country-KR = South Korea
country-KW = Kuwait
country-KY = Cayman Islands
country-KZ = Kazakhstan
country-LA = Lao People's Democratic Republic
country-LB = Lebanon
country-LC = Saint Lucia
country-LI = Liechtenstein
country-LK = Sri Lanka
country-LR = Liberia
country-LS = Lesotho
country-LT = Lithuania
country-LU = Luxembourg
country-LV = Latvia
country-LY = Libya
country-MA = Morocco
country-MC = Monaco
country-MD = Moldova, Republic of
country-ME = Montenegro
country-MF = Saint Martin (French part)
country-MG = Madagascar
country-MH = Marshall Islands
country-MK = The Republic of North Macedonia
country-ML = Mali
country-MM = Myanmar
country-MN = Mongolia
country-MO = Macao
country-MP = Northern Mariana Islands
country-MQ = Martinique
country-MR = Mauritania
country-MS = Montserrat
country-MT = Malta
country-MU = Mauritius
country-MV = Maldives
country-MW = Malawi
country-MX = Mexico
country-MY = Malaysia
country-MZ = Mozambique
country-NA = Namibia
country-NC = New Caledonia
country-NE = Niger
country-NF = Norfolk Island
country-NG = Nigeria
country-NI = Nicaragua
country-NL = Netherlands
country-NO = Norway
country-NP = Nepal
country-NR = Nauru
country-NU = Niue
country-NZ = New Zealand
country-OM = Oman
country-PA = Panama
country-PE = Peru
country-PF = French Polynesia
country-PG = Papua New Guinea
country-PH = Philippines
country-PK = Pakistan
country-PL = Poland
country-PM = Saint Pierre and Miquelon
country-PN = Pitcairn
country-PR = Puerto Rico
country-PS = State of Palestine
country-PT = Portugal
country-PW = Palau
country-PY = Paraguay
country-QA = Qatar
country-RE = Reunion
country-RO = Romania
country-RS = Serbia
country-RU = Russian Federation
country-RW = Rwanda
country-SA = Saudi Arabia
country-SB = Solomon Islands
country-SC = Seychelles
country-SD = Sudan
country-SE = Sweden
country-SG = Singapore
country-SH = Saint Helena
country-SI = Slovenia
country-SJ = Svalbard and Jan Mayen
country-SK = Slovakia
country-SL = Sierra Leone
country-SM = San Marino
country-SN = Senegal
country-SO = Somalia
country-SR = Suriname
country-SS = South Sudan
country-ST = Sao Tome and Principe
country-SV = El Salvador
country-SX = Sint Maarten (Dutch part)
country-SY = Syrian Arab Republic
country-SZ = Eswatini
country-TC = Turks and Caicos Islands
country-TD = Chad
country-TF = French Southern Territories
country-TG = Togo
country-TH = Thailand
country-TJ = Tajikistan
country-TK = Tokelau
country-TL = Timor-Leste
country-TM = Turkmenistan
country-TN = Tunisia
country-TO = Tonga
country-TR = Türkiye
country-TT = Trinidad and Tobago
country-TV = Tuvalu
country-TW = Taiwan, Province of China
country-TZ = United Republic of Tanzania
country-UA = Ukraine
country-UG = Uganda
country-UM = United States Minor Outlying Islands
country-US = United States of America
country-UY = Uruguay
country-UZ = Uzbekistan
country-VA = Holy See (Vatican City State)
country-VC = Saint Vincent and the Grenadines
country-VE = Venezuela
country-VG = Virgin Islands, British
country-VI = Virgin Islands, U.S.
country-VN = Vietnam
country-VU = Vanuatu
country-WF = Wallis and Futuna
country-WS = Samoa
country-XK = Kosovo
country-YE = Yemen
country-YT = Mayotte
country-ZA = South Africa
country-ZM = Zambia
country-ZW = Zimbabwe
## End of countries
