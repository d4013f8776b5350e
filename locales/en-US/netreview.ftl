# netreview — English (source language).
# Every user-facing text lives here. Ids are checked at compile time by `fl!`.
# Keep words plain: a 12-year-old should follow every sentence.

## Command line

cli-about = A calm, step-by-step check of which programs on this computer talk to the network.
cli-lang = Language for all text, e.g. en-US
cli-demo = Practise the guided check on a made-up computer (for workshops; needs no rights)
cli-scan-about = Take a snapshot of the programs using the network now, or watch for a while
cli-format = How to print the result: table (easy to read), yaml or json (the summary format)
cli-watch = Keep watching for this long (e.g. 30s, 2m) to catch programs that connect only now and then
cli-interval = Time between two looks during a watch (e.g. 1s, 500ms)
cli-output = Save the result to this file instead of printing it
cli-from = Read a saved snapshot or summary file instead of this computer
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
prompt-choose = What would you like to do?
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
review-question = What do you think?
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
