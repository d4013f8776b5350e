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
wizard-not-ready = The guided check is not part of this version yet. For now, "netreview scan" shows which programs are using the network.
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
reach-all-networks = It can be reached from every network this computer is on: by devices on your own network, and maybe by anyone on the internet if your router or firewall lets them through.
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
rights-how-linux = To see everything, run it again with administrator rights: sudo netreview scan
rights-how-macos = To see everything, run it again with administrator rights: sudo netreview scan
rights-how-windows = To see everything, close this window, right-click "Terminal" or "Command Prompt", choose "Run as administrator", and run netreview scan again.

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

## Who owns an address (the offline ownership database)

owner-line = Owner: { $org } (network AS{ $asn }; its addresses are registered in { $country }, which is not necessarily where the server is).
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
