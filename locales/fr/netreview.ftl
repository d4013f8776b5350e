# netreview — français.
# Traduit depuis en-US. Mots simples : un enfant de 12 ans doit pouvoir tout suivre.

## Command line

cli-about = Une vérification calme, pas à pas, des programmes de cet ordinateur qui communiquent avec le réseau.
cli-long-version = { $version }
    Données sur les propriétaires des adresses : { $data }.
    Elles contiennent des données de RouteViews (routeviews.org), de DB-IP.com (IP to ASN Lite, https://db-ip.com) et du NRO (nro.net), sous la licence Creative Commons Attribution 4.0 (CC BY 4.0), telles que publiées par ip-location-db. Voir data/PROVENANCE.md.
cli-no-data = aucune intégrée
cli-lang = Langue de tous les textes, par exemple fr ou en-US
cli-demo = S'entraîner à la vérification guidée sur un ordinateur inventé (pour les ateliers ; aucun droit nécessaire)
cli-scan-about = Prendre une photo des programmes qui utilisent le réseau maintenant, ou les observer pendant un moment
cli-format = Comment afficher le résultat : table (facile à lire), yaml ou json (le format du résumé)
cli-watch = Observer pendant cette durée (par ex. 30s, 2m) pour repérer les programmes qui se connectent seulement de temps en temps
cli-interval = Temps entre deux coups d'œil pendant l'observation (par ex. 1s, 500ms)
cli-output = Enregistrer le résultat dans ce fichier au lieu de l'afficher
cli-from = Lire une photo ou un résumé déjà enregistré au lieu de cet ordinateur
cli-online = Autoriser les recherches en ligne pendant ce lancement, sans demander (les adresses sont envoyées aux registres d'internet)
cli-lookup-about = Expliquer des adresses : ce qu'elles sont, à quel service sert un port, et à qui elles appartiennent
cli-lookup-format = Comment afficher les réponses : text (facile à lire), yaml ou json
cli-lookup-items = Adresses à expliquer, chacune avec un port si vous voulez : 151.101.132.246, 8.8.8.8:53, [2a04:4e42::1]:443
cli-db-about = Gérer la base de données des propriétaires (à qui appartient chaque adresse internet)
cli-db-update-about = Télécharger depuis internet les données les plus récentes sur les propriétaires (demande d'abord)
error-heading = netreview n'a pas pu terminer
bad-interval = Le temps entre deux coups d'œil doit être plus grand que zéro.

## Address meanings: what the other end of a connection is

scope-loopback = { $addr }, c'est cet ordinateur qui se parle à lui-même : sans danger.
scope-this-computer = { $addr } est l'une des adresses de cet ordinateur : il se parle à lui-même.
scope-unspecified = { $addr } veut dire « aucune adresse en particulier ».
scope-private = { $addr } est un appareil de votre propre réseau (maison ou bureau).
scope-unique-local = { $addr } est un appareil de votre propre réseau (maison ou bureau).
scope-shared-cgnat = { $addr } fait partie du réseau de votre fournisseur d'accès, entre vous et internet.
scope-link-local = { $addr } est un appareil relié directement à celui-ci, par le même câble ou le même Wi-Fi.
scope-multicast = { $addr } est une adresse de groupe : un seul message arrive à tous les appareils proches qui l'écoutent.
scope-broadcast = { $addr } veut dire tous les appareils de votre réseau local en même temps.
scope-documentation = { $addr } est une adresse d'exemple, réservée aux livres et aux manuels : aucun vrai trafic ne devrait l'utiliser.
scope-benchmarking = { $addr } est réservée aux tests de matériel réseau : c'est inhabituel sur un ordinateur de tous les jours.
scope-reserved = { $addr } est une adresse réservée qui ne devrait pas servir : c'est inhabituel.
scope-public = { $addr } est sur internet.

## Listening: who can reach a program that waits for connections

reach-this-computer = Seuls les programmes de cet ordinateur peuvent le joindre.
reach-your-network = Les appareils de votre propre réseau peuvent le joindre.
reach-all-networks = On peut le joindre depuis tous les réseaux où se trouve cet ordinateur, peut-être même depuis internet.
reach-anyone = N'importe qui sur internet pourrait peut-être le joindre.
reach-unusual = Il attend sur une adresse réservée, inhabituelle.

## Services: what a port is usually used for

service-http = pages web (HTTP)
service-https = web sécurisé (HTTPS)
service-dns = recherche de noms (DNS)
service-dns-over-tls = recherche de noms privée (DNS over TLS)
service-mdns = recherche d'appareils proches (mDNS)
service-llmnr = recherche d'ordinateurs proches (LLMNR)
service-netbios = anciens noms de réseau Windows (NetBIOS)
service-smb = fichiers et dossiers partagés (SMB)
service-ssh = connexion à distance (SSH)
service-telnet = ancienne connexion à distance non protégée (Telnet)
service-ftp = transfert de fichiers (FTP)
service-smtp = envoi d'e-mails entre serveurs (SMTP)
service-smtp-submission = envoi d'e-mails (SMTP)
service-imap = lecture des e-mails (IMAP)
service-pop3 = téléchargement des e-mails (POP3)
service-ntp = réglage de l'heure (NTP)
service-dhcp = obtention d'une adresse réseau (DHCP)
service-dhcpv6 = obtention d'une adresse réseau, nouvelle version (DHCPv6)
service-ssdp = recherche d'appareils comme les télés et les enceintes (SSDP)
service-ipp = impression (IPP)
service-jetdirect = impression directe sur une imprimante (JetDirect)
service-ldap = annuaire et connexions d'entreprise (LDAP)
service-kerberos = connexion au réseau d'entreprise (Kerberos)
service-rdp = Bureau à distance (RDP)
service-vnc = partage d'écran (VNC)
service-teamviewer = contrôle à distance (TeamViewer)
service-anydesk = contrôle à distance (AnyDesk)
service-x11 = affichage des fenêtres d'un autre ordinateur (X11)
service-winrm = gestion à distance de Windows (WinRM)
service-rpc = commandes à distance de Windows (RPC)
service-mysql = base de données (MySQL)
service-postgres = base de données (PostgreSQL)
service-redis = stockage rapide de données (Redis)
service-mongodb = base de données (MongoDB)
service-mqtt = messages de maison connectée (MQTT)
service-xmpp = messagerie (XMPP)
service-irc = salons de discussion (IRC)
service-sip = appels téléphoniques par internet (SIP)
service-stun-turn = aide pour faire passer les appels (STUN/TURN)
service-openvpn = tunnel privé (OpenVPN)
service-wireguard = tunnel privé (WireGuard)
service-ipsec = tunnel privé (IPsec)
service-socks = relais de trafic (SOCKS proxy)
service-http-proxy = relais web (HTTP proxy)
service-tor = routage caché (Tor)
service-bittorrent = partage de fichiers (BitTorrent)
service-steam = jeux (Steam)
service-spotify = musique (Spotify)
service-syncthing = synchronisation de fichiers entre vos appareils (Syncthing)
service-kde-connect = lien avec votre téléphone (KDE Connect)
service-apple-push = notifications Apple
service-airplay = envoi du son et de la vidéo vers un écran (AirPlay)
service-snmp = surveillance des appareils réseau (SNMP)
service-syslog = envoi de messages de journal (syslog)
service-git = téléchargement de code (Git)
service-rsync = copie de fichiers (rsync)

## Connection states

state-udp = envoie et reçoit des messages (UDP)
state-listen = attend que d'autres se connectent
state-established = connecté
state-syn-sent = essaie de se connecter
state-syn-received = quelqu'un est en train de se connecter
state-closing = en train de se fermer
state-unknown = état inconnu

## Connections no program could be tied to

unattributed-no-permission = { $count ->
    [one] { $count } connexion appartient au programme d'un autre utilisateur, que netreview ne peut pas examiner sans droits d'administrateur.
   *[other] { $count } connexions appartiennent à des programmes d'autres utilisateurs, que netreview ne peut pas examiner sans droits d'administrateur.
}
unattributed-time-wait = { $count ->
    [one] { $count } connexion est terminée, mais le système la garde un petit moment. C'est normal.
   *[other] { $count } connexions sont terminées, mais le système les garde un petit moment. C'est normal.
}
unattributed-kernel = { $count ->
    [one] { $count } connexion est tenue par le système d'exploitation lui-même.
   *[other] { $count } connexions sont tenues par le système d'exploitation lui-même.
}
unattributed-exited = { $count ->
    [one] { $count } connexion appartenait à un programme qui s'est fermé pendant que netreview regardait.
   *[other] { $count } connexions appartenaient à des programmes qui se sont fermés pendant que netreview regardait.
}

## Running without administrator rights

rights-hidden-linux = { $count ->
    [0] netreview fonctionne sans droits d'administrateur : il ne peut donc pas voir les détails des programmes qui appartiennent à d'autres utilisateurs (comme les services du système).
    [one] netreview fonctionne sans droits d'administrateur : { $count } connexion appartient au programme d'un autre utilisateur, qu'il ne peut pas examiner.
   *[other] netreview fonctionne sans droits d'administrateur : { $count } connexions appartiennent à des programmes d'autres utilisateurs, qu'il ne peut pas examiner.
}
rights-hidden-macos = netreview fonctionne sans droits d'administrateur : les connexions des programmes qui appartiennent à d'autres utilisateurs (comme les services du système) ne sont pas du tout affichées.
rights-hidden-windows = netreview fonctionne sans droits d'administrateur : pour certains programmes du système, il ne peut pas lire l'endroit d'où ils fonctionnent.
rights-how-linux = Pour tout voir, relancez-le avec les droits d'administrateur : sudo { $command }
rights-how-macos = Pour tout voir, relancez-le avec les droits d'administrateur : sudo { $command }
rights-how-windows = Pour tout voir, fermez cette fenêtre, faites un clic droit sur « Terminal » ou « Invite de commandes », choisissez « Exécuter en tant qu'administrateur », puis relancez { $command }.

## The table printed by "netreview scan"

table-title = Programmes qui utilisent le réseau, { $time } UTC : { $programs ->
    [one] { $programs } programme
   *[other] { $programs } programmes
}, { $connections ->
    [one] { $connections } connexion
   *[other] { $connections } connexions
}
table-title-watch = Programmes qui ont utilisé le réseau entre { $start } et { $end } UTC ({ $looks ->
    [one] { $looks } coup d'œil
   *[other] { $looks } coups d'œil
}) : { $programs ->
    [one] { $programs } programme
   *[other] { $programs } programmes
}, { $connections ->
    [one] { $connections } connexion
   *[other] { $connections } connexions
}
table-nothing = Aucun programme n'utilise le réseau en ce moment.
table-nothing-watch = Aucun programme n'a été vu en train d'utiliser le réseau.
table-process = { $name } · PID { $pid }
table-user = utilisateur { $user }
table-parent = lancé par { $parent } (PID { $ppid })
table-name-unknown = (nom inconnu)
table-runs-from = fonctionne depuis { $exe }
table-runs-from-unknown = impossible de lire l'endroit d'où il fonctionne
table-known-as = connu comme : { $label }
table-connection = { $proto }  { $local } → { $remote } · { $state }
table-listening = { $proto }  sur { $local } · { $state }
table-service = Service : { $service }.
table-seen = Vu { $times ->
    [one] une fois
   *[other] { $times } fois
}, la première à { $first }, la dernière à { $last } UTC.
table-unattributed-title = { $count ->
    [one] { $count } connexion n'a pas pu être reliée à un programme :
   *[other] { $count } connexions n'ont pas pu être reliées à un programme :
}

## Watching over time

progress-watching = Observation : { $elapsed } sur { $total } s · { $programs ->
    [one] { $programs } programme
   *[other] { $programs } programmes
} · { $remotes ->
    [one] { $remotes } adresse contactée
   *[other] { $remotes } adresses contactées
} · Ctrl-C pour arrêter

## The guided check

wizard-no-terminal = La vérification guidée pose des questions : elle a besoin d'une fenêtre de terminal. Pour prendre une photo sans questions, lancez : netreview scan
practice-tag = (entraînement)
practice-banner = ◆ ENTRAÎNEMENT — un ordinateur inventé pour apprendre, pas le vôtre. Rien ici n'est réel.
wizard-step = Étape { $step } sur 5 · { $title }
title-welcome = Bienvenue
title-rights = Droits d'administrateur
title-close-apps = Fermez les applications dont vous n'avez pas besoin
title-watch = Observer pendant un moment
title-review = Regarder chaque programme
title-summary = Résumé
welcome-body =
    netreview vous aide à voir quels programmes de cet ordinateur communiquent avec internet ou avec d'autres appareils, et si cela semble normal.

      1. Vous fermez les applications dont vous n'avez pas besoin.
      2. netreview observe les connexions pendant quelques minutes.
      3. Vous regardez chaque programme, un par un, et dites ce que vous en pensez.
      4. Vous obtenez un fichier à envoyer à une personne qui vous aide.

    Cela prend de 10 à 20 minutes. Vous pouvez arrêter à tout moment : vos réponses sont gardées.
    Confidentiel : rien ne quitte cet ordinateur sans votre accord.
welcome-language = Langue : { $language } (pour la changer : netreview --lang …)
welcome-practice = Mode entraînement : vous allez regarder un ordinateur inventé, pour apprendre la vérification.
choice-start = Commencer
choice-language = Choisir une autre langue
prompt-language = Quelle langue voulez-vous ?
welcome-language-source = { $source ->
    [asked] (la langue que vous avez demandée)
    [system] (la langue des réglages de cet ordinateur)
   *[default] (netreview n'a pas encore la langue de cet ordinateur)
}
prompt-choose = Que voulez-vous faire ?
pager-more = — suite plus bas : appuyez sur une touche —
language-name = Français
choice-quit = Quitter
resume-body = Vous avez commencé une vérification le { $date } UTC sans la terminer. Vous aviez regardé { $done } programmes sur { $total }.
choice-resume = Reprendre là où je m'étais arrêté
choice-start-over = Commencer une nouvelle vérification (l'ancienne est mise de côté, pas supprimée)
resume-unreadable = Votre vérification non terminée n'a pas pu être lue : elle a été mise de côté dans { $path }. Une nouvelle vérification commence.
rights-choice-continue = Continuer sans droits d'administrateur
rights-choice-quit = Quitter, pour recommencer avec les droits d'administrateur
close-apps-body = { $count ->
    [0] Aucun programme n'utilise le réseau en ce moment.
    [one] { $count } programme utilise le réseau en ce moment :
   *[other] { $count } programmes utilisent le réseau en ce moment :
}
close-apps-line = { $name } · { $connections ->
    [one] { $connections } connexion
   *[other] { $connections } connexions
}
close-apps-more = … et { $count } de plus
close-apps-ask = Fermez maintenant les applications dont vous n'avez pas besoin (navigateur, messagerie, musique, jeux…). Avec moins de programmes, la vérification est plus rapide et plus claire.
close-apps-closed = Fermés depuis le dernier coup d'œil : { $names }
close-apps-new = Nouveaux depuis le dernier coup d'œil : { $names }
close-apps-same = Rien n'a changé depuis le dernier coup d'œil.
close-apps-practice = En mode entraînement, l'ordinateur inventé ne change pas quand vous regardez à nouveau.
choice-look-again = J'ai fermé des applications : regarder à nouveau
choice-how-to-close = Montrez-moi comment fermer complètement les applications
choice-continue = Continuer
watch-body =
    Certains programmes se connectent seulement de temps en temps, par exemple toutes les quelques minutes. Pour les repérer, netreview va maintenant observer les connexions pendant un moment.

    Laissez l'ordinateur tel quel pendant ce temps. Vous pouvez arrêter avant la fin.
watch-practice = En mode entraînement, l'observation dure quelques secondes : l'ordinateur inventé a déjà été observé pendant 2 minutes.
watch-choice-2m = Observer pendant 2 minutes (conseillé)
watch-choice-5m = Observer pendant 5 minutes
watch-choice-30s = Observer pendant 30 secondes
watch-choice-skip = Passer l'observation
watch-progress = { $bar } { $elapsed } sur { $total } s · { $programs ->
    [one] { $programs } programme
   *[other] { $programs } programmes
} · { $remotes ->
    [one] { $remotes } adresse
   *[other] { $remotes } adresses
} · Entrée pour arrêter
review-header = Programme { $index } sur { $total }
review-name = Nom : { $name } (numéro de processus { $pid })
review-known-as = Ce que c'est : { $what }
review-unknown = Ce que c'est : netreview ne connaît pas ce programme. Ce n'est pas mauvais en soi : la plupart des programmes ne sont pas dans sa liste.
review-why-title = Pourquoi ces signes sur { $name } comptent :
review-why = Pourquoi c'est important : { $why }
review-owner = Propriétaire : { $org } ({ $country })
review-owner-no-country = Propriétaire : { $org }
review-owners-title = À qui appartiennent les adresses avec lesquelles { $name } a communiqué :
review-runs-from = Fonctionne depuis : { $exe }
review-runs-from-unknown = Fonctionne depuis : impossible à lire
review-parent = { $name } (numéro de processus { $pid })
review-started-by = Lancé par : { $parent } · utilisateur : { $user }
review-running-since = En marche depuis { $time } UTC
review-exited = Ce programme s'est fermé depuis qu'il a été vu ; vous pouvez quand même juger ce qu'il a fait.
review-talks-to = Il a communiqué avec :
review-waits-on = Il attend des connexions :
review-conn = { $meaning } Port { $port }, { $seen }.
review-conn-service = { $meaning } Port { $port } : { $service }, { $seen }.
review-listen = port { $port } ({ $proto }) : { $reach }
review-listen-service = port { $port } ({ $proto }) · { $service } : { $reach }
review-seen = vu { $times ->
    [one] une fois
   *[other] { $times } fois
}{ $connections ->
    [one] {""}
   *[other] {" "}dans { $connections } connexions différentes
}
review-more-connections = … et { $count } de plus
review-question = Que pensez-vous de { $name } ?
review-choice-fine = Ça semble normal
review-choice-suspicious = Suspect
review-choice-unsure = Je ne sais pas
review-choice-more = Dites-m'en plus
review-choice-back = Revenir au programme précédent
review-note = Une note pour la personne qui vous aide (facultatif ; appuyez sur Entrée pour passer)
review-note-kept = Votre note précédente : { $note }
choice-back-to-program = Revenir au programme
verdict-looks-fine = semble normal
verdict-suspicious = suspect
verdict-unsure = je ne sais pas
verdict-not-reviewed = pas regardé
summary-counts = Vous avez regardé { $reviewed } programmes sur { $total } : { $fine ->
    [one] { $fine } semble normal
   *[other] { $fine } semblent normaux
}, { $suspicious ->
    [one] { $suspicious } suspect
   *[other] { $suspicious } suspects
}, { $unsure } « je ne sais pas ».
summary-flagged = Programmes que vous avez marqués « suspect » ou « je ne sais pas » :
summary-flagged-line = { $name } (numéro de processus { $pid }) : { $verdict }
summary-not-checked = Ce que netreview n'a pas pu vérifier :
summary-unattributed = { $count ->
    [one] { $count } connexion n'a pas pu être reliée à un programme.
   *[other] { $count } connexions n'ont pas pu être reliées à un programme.
}
summary-no-rights = Il a fonctionné sans droits d'administrateur : les programmes des autres utilisateurs étaient donc cachés.
summary-redact-ask = Avant d'enregistrer le fichier : que faut-il en retirer ? (Espace coche ou décoche un choix ; Entrée valide.)
redact-hostname = Le nom de cet ordinateur
redact-user = Votre nom d'utilisateur
redact-home = Votre dossier personnel dans les chemins de fichiers (affiché comme ~)
summary-saved = Votre résumé est enregistré ici :
summary-before-sending = Avant de l'envoyer, lisez-le une fois : il donne la liste des programmes de cet ordinateur et des adresses avec lesquelles ils ont communiqué. Retirez tout ce que vous ne voulez pas partager.
summary-practice-saved = Ce résumé d'entraînement est enregistré ici (il décrit l'ordinateur inventé) :
interrupted-saved = Arrêté. Vos réponses jusqu'ici sont enregistrées dans { $path }. Relancez netreview pour reprendre là où vous vous êtes arrêté.
interrupted-nothing = Arrêté. Il n'y avait encore rien à enregistrer.
choice-finish = Terminer

## Unusual signs (signals): what was seen, and why it matters

signals-title = Signes inhabituels :
signals-none = netreview n'a rien remarqué d'inhabituel. Cela ne prouve pas que ce programme est sans danger.
signal-worth = ⚠ à regarder de plus près
signal-info = ℹ pour information
signal-line = { $severity } : { $what }
signal-exe-in-temp-dir = Il fonctionne depuis un dossier temporaire : { $detail }
signal-exe-in-temp-dir-why = Les programmes installés ne fonctionnent pas depuis des dossiers temporaires ; les programmes qui viennent d'être téléchargés, ou qui essaient de passer inaperçus, le font parfois.
signal-exe-in-user-writable-dir = Il fonctionne depuis vos propres dossiers, et non depuis l'endroit où les programmes sont d'habitude installés : { $detail }
signal-exe-in-user-writable-dir-why = N'importe quel programme que vous lancez peut écrire là, donc quelque chose a pu le mettre là sans demander. Certaines applications normales s'installent aussi à cet endroit.
signal-exe-hidden-path = Il fonctionne depuis un dossier caché : { $detail }
signal-exe-hidden-path-why = Les dossiers dont le nom commence par un point sont cachés à la vue normale. Les logiciels espions se cachent souvent de cette façon.
signal-exe-deleted = Son fichier a été supprimé ou remplacé pendant qu'il continuait à fonctionner : { $detail }
signal-exe-deleted-why = Cela arrive après une mise à jour (relancer le programme règle cela), mais aussi quand un programme efface ses traces.
signal-name-mimics-system = Son nom copie, ou presque, celui d'une partie du système ({ $detail }), mais il ne fonctionne pas depuis l'endroit du système.
signal-name-mimics-system-why = Les programmes malveillants empruntent souvent le nom de programmes du système pour avoir l'air innocents.
signal-listens-on-network = D'autres appareils peuvent se connecter à lui ({ $detail }).
signal-listens-on-network-why = Un programme qui attend des connexions de l'extérieur peut être joint par d'autres. Beaucoup sont normaux, mais il est bon de savoir lesquels le font.
signal-remote-access-port = Il utilise un port de contrôle ou de connexion à distance : { $detail }
signal-remote-access-port-why = L'accès à distance permet à quelqu'un d'autre de voir ou de contrôler cet ordinateur. C'est utile pour se faire aider, mais des harceleurs s'en servent aussi.
signal-unusual-port = Il communique avec des adresses internet sur des ports qu'aucun service courant n'utilise : { $detail }
signal-unusual-port-why = La plupart des applications utilisent des ports bien connus, comme celui du web sécurisé. Un port inhabituel n'est pas mauvais en soi, mais les logiciels espions en utilisent souvent un.
signal-hosting-provider = Il communique avec des serveurs loués chez un hébergeur : { $detail }
signal-hosting-provider-why = N'importe qui peut louer un serveur là-bas : le nom de l'entreprise ne dit donc rien sur la personne avec qui vous communiquez vraiment.
signal-frequent-reconnects = Il se connecte encore et encore au même endroit : { $detail }
signal-frequent-reconnects-why = Des connexions régulières et répétées peuvent être un programme qui fait son rapport à la personne qui le contrôle. Les outils de mise à jour et les messageries le font aussi.
signal-runs-as-admin = Il fonctionne avec les droits d'administrateur (en tant que { $detail }), alors que ce genre de programme n'en a en général pas besoin.
signal-runs-as-admin-why = Avec ces droits, un programme peut tout voir et tout changer sur l'ordinateur.
signal-not-from-package-manager = Il n'a pas été installé par le gestionnaire de logiciels du système : { $detail }
signal-not-from-package-manager-why = C'est normal pour les applications téléchargées sur le site de leur créateur, mais cela veut aussi dire que personne n'a vérifié ce fichier pour vous.
signal-unknown = Un signe inhabituel que cette version de netreview ne connaît pas : { $detail }

## Known programs: what each one is (ids: known-<id> of data/known-programs.yaml)

known-firefox = Firefox est un navigateur web : il se connecte aux sites que vous visitez.
known-google-chrome = Google Chrome est un navigateur web : il se connecte aux sites que vous visitez et à Google.
known-chromium = Chromium est un navigateur web (la base libre de Chrome) : il se connecte aux sites que vous visitez.
known-microsoft-edge = Microsoft Edge est un navigateur web : il se connecte aux sites que vous visitez et à Microsoft.
known-edge-webview2 = Une partie de Microsoft Edge que d'autres applications (Teams, Outlook, Widgets et d'autres) utilisent pour afficher des pages web, donc elle se connecte à des sites.
known-brave = Brave est un navigateur web qui bloque les publicités : il se connecte aux sites que vous visitez.
known-opera = Opera (et Opera GX) est un navigateur web : il se connecte aux sites que vous visitez.
known-vivaldi = Vivaldi est un navigateur web : il se connecte aux sites que vous visitez.
known-safari = Safari est le navigateur web livré avec le Mac : il se connecte aux sites que vous visitez.
known-webkit-networking = Un assistant de Safari et d'autres applications Mac qui affichent des pages web : il télécharge les pages pour elles.
known-tor-browser = Tor Browser est un navigateur qui protège la vie privée : il fait passer votre navigation par le réseau Tor, pour que les sites ne voient pas facilement où vous êtes.
known-tor = Tor est un programme qui cache d'où vient votre trafic internet en le faisant passer par plusieurs ordinateurs dans le monde.
known-librewolf = LibreWolf est un navigateur web basé sur Firefox et centré sur la vie privée : il se connecte aux sites que vous visitez.
known-gnome-web = GNOME Web (aussi appelé Epiphany) est un navigateur web : il se connecte aux sites que vous visitez.
known-webkitgtk-network = Un assistant qu'utilisent les applications Linux qui affichent des pages web (GNOME Web, Evolution, comptes en ligne) pour télécharger ces pages.
known-signal = Signal est une messagerie privée : elle se connecte aux serveurs de Signal pour envoyer et recevoir vos messages et vos appels.
known-whatsapp = WhatsApp est une messagerie : elle se connecte aux serveurs de WhatsApp pour envoyer et recevoir vos messages et vos appels.
known-telegram = Telegram est une messagerie : elle se connecte aux serveurs de Telegram pour envoyer et recevoir vos messages.
known-element = Element est une messagerie pour le réseau Matrix : elle se connecte à un serveur Matrix pour envoyer et recevoir des messages.
known-discord = Discord est une application de discussion écrite et vocale pour les communautés et les jeux : elle se connecte aux serveurs de Discord.
known-slack = Slack est une messagerie pour le travail : elle se connecte aux serveurs de Slack pour envoyer et recevoir des messages.
known-microsoft-teams = Microsoft Teams est une application de discussion et de réunions vidéo, souvent pour le travail ou l'école : elle se connecte aux serveurs de Microsoft.
known-zoom = Zoom est une application de réunions vidéo : elle se connecte aux serveurs de Zoom pendant les appels et pour vérifier les messages.
known-skype = Skype est une ancienne application d'appels et de discussion que Microsoft a arrêtée en 2025 ; elle se connecte aux serveurs de Microsoft.
known-webex = Webex est une application de réunions vidéo et de discussion, souvent pour le travail : elle se connecte aux serveurs Webex de Cisco.
known-jitsi-meet = Jitsi Meet est une application de réunions vidéo : elle se connecte à un serveur Jitsi pendant les appels.
known-wire = Wire est une application privée de messages et d'appels : elle se connecte aux serveurs de Wire.
known-threema = Threema est une messagerie privée : elle se connecte aux serveurs de Threema pour envoyer et recevoir des messages.
known-viber = Viber est une application de messages et d'appels : elle se connecte aux serveurs de Viber.
known-messenger = Messenger est la messagerie de Facebook : elle se connecte aux serveurs de Meta pour envoyer et recevoir des messages et des appels.
known-apple-messages = Messages est l'application du Mac pour iMessage et les SMS : elle se connecte à Apple pour les envoyer et les recevoir.
known-facetime = FaceTime est l'application d'appels vidéo et téléphoniques d'Apple : elle se connecte à Apple et à la personne que vous appelez.
known-phone-link = Mobile connecté (Phone Link) relie cet ordinateur à un téléphone pour afficher ses SMS, appels et photos ; vérifiez qu'il est relié seulement à votre propre téléphone.
known-pidgin = Pidgin est une application de discussion qui peut se connecter à plusieurs réseaux de discussion à la fois : elle se connecte à leurs serveurs.
known-thunderbird = Thunderbird est une application d'e-mail : elle se connecte à vos serveurs de messagerie pour recevoir et envoyer vos e-mails.
known-outlook = Outlook est l'application d'e-mail et d'agenda de Microsoft : elle se connecte à votre serveur de messagerie pour recevoir et envoyer vos e-mails.
known-outlook-new = Le nouvel Outlook est l'application d'e-mail et d'agenda de Microsoft pour Windows : elle se connecte à vos serveurs de messagerie en passant par Microsoft.
known-apple-mail = Mail est l'application d'e-mail du Mac : elle se connecte à vos serveurs de messagerie pour recevoir et envoyer vos e-mails.
known-evolution = Evolution est une application d'e-mail et d'agenda : elle se connecte à vos serveurs de messagerie et d'agenda.
known-geary = Geary est une application d'e-mail : elle se connecte à vos serveurs de messagerie pour recevoir et envoyer vos e-mails.
known-kmail = KMail est l'application d'e-mail de KDE : elle se connecte à vos serveurs de messagerie pour recevoir et envoyer vos e-mails.
known-windows-mail = L'ancienne application Courrier et Calendrier de Windows : elle se connecte à vos comptes d'e-mail et d'agenda pour les tenir à jour.
known-spotify = Spotify joue de la musique et des podcasts : il se connecte aux serveurs de Spotify pour les diffuser.
known-vlc = VLC lit des vidéos et de la musique ; il n'utilise le réseau que pour lire des flux en ligne, chercher des pochettes ou des mises à jour.
known-apple-music = Apple Music joue de la musique : il se connecte à Apple pour diffuser les morceaux et synchroniser votre bibliothèque.
known-itunes = iTunes joue de la musique et synchronise les iPhone : il se connecte à Apple pour la boutique, l'écoute en ligne et les mises à jour.
known-apple-tv = L'application Apple TV lit des films et des séries : elle se connecte à Apple pour les diffuser.
known-apple-podcasts = Podcasts lit des podcasts : elle se connecte à internet pour télécharger et écouter les épisodes.
known-plex-media-server = Plex Media Server partage vos films et votre musique avec vos autres appareils, et se connecte aux serveurs de Plex.
known-kodi = Kodi lit des films, de la musique et la télé ; il utilise le réseau pour les extensions, les flux en ligne et les dossiers partagés.
known-obs-studio = OBS Studio enregistre l'écran ou la caméra ; il utilise le réseau quand il diffuse en direct sur des sites comme Twitch ou YouTube.
known-dropbox = Dropbox garde une copie de vos fichiers en ligne : il se connecte aux serveurs de Dropbox pour les synchroniser.
known-onedrive = OneDrive garde une copie de vos fichiers dans le cloud de Microsoft : il se connecte à Microsoft pour les synchroniser.
known-google-drive = Google Drive pour ordinateur synchronise vos fichiers avec votre compte Google : il se connecte à Google.
known-icloud-bird = Une partie de macOS (appelée bird) qui synchronise les fichiers d'iCloud Drive avec les serveurs d'Apple.
known-icloud-cloudd = Une partie de macOS (appelée cloudd) qui synchronise les données des applications, comme les notes et les contacts, avec iCloud.
known-icloud-windows = iCloud pour Windows synchronise photos, fichiers et mots de passe avec votre compte Apple : il se connecte à Apple.
known-nextcloud = Nextcloud synchronise vos fichiers avec un serveur Nextcloud (le vôtre ou celui de votre organisation).
known-syncthing = Syncthing copie des dossiers directement entre vos propres appareils : il se connecte donc à eux et à des serveurs d'aide.
known-megasync = MEGA garde une copie de vos fichiers dans le cloud de MEGA : il se connecte à MEGA pour les synchroniser.
known-proton-drive = Proton Drive garde une copie chiffrée de vos fichiers en ligne : il se connecte aux serveurs de Proton.
known-box-drive = Box Drive montre sur cet ordinateur vos fichiers du cloud Box : il se connecte à Box pour les synchroniser.
known-rclone = rclone est un outil qui copie des fichiers vers et depuis des espaces de stockage en ligne : il se connecte donc à ces services.
known-libreoffice = LibreOffice sert à écrire des documents et des tableaux ; il n'utilise le réseau que pour chercher des mises à jour ou ouvrir des fichiers en ligne.
known-microsoft-word = Word sert à écrire des documents ; il se connecte à Microsoft pour votre licence, les fichiers en ligne, le partage et les mises à jour.
known-microsoft-excel = Excel sert à faire des tableaux ; il se connecte à Microsoft pour votre licence, les fichiers en ligne, le partage et les mises à jour.
known-microsoft-powerpoint = PowerPoint sert à faire des présentations ; il se connecte à Microsoft pour votre licence, les fichiers en ligne, le partage et les mises à jour.
known-microsoft-onenote = OneNote est un bloc-notes : il se connecte à Microsoft pour synchroniser vos notes.
known-notion = Notion est une application de notes et d'organisation : elle se connecte aux serveurs de Notion, où vos pages sont gardées.
known-obsidian = Obsidian est une application de notes ; elle utilise le réseau pour les mises à jour, les extensions et son service de synchronisation facultatif.
known-evernote = Evernote est une application de notes : elle se connecte aux serveurs d'Evernote pour synchroniser vos notes.
known-adobe-acrobat = Adobe Acrobat ouvre les fichiers PDF ; il se connecte à Adobe pour la connexion à votre compte, les documents en ligne et les mises à jour.
known-adobe-creative-cloud = Creative Cloud installe et met à jour les applications Adobe comme Photoshop, et vérifie votre compte Adobe en ligne.
known-steam = Steam est une boutique et un lanceur de jeux : il se connecte à Steam pour télécharger des jeux, discuter et jouer en ligne.
known-epic-games = L'Epic Games Launcher est une boutique et un lanceur de jeux : il se connecte à Epic pour les télécharger et y jouer.
known-battle-net = Battle.net est le lanceur de jeux de Blizzard : il se connecte à Blizzard pour télécharger, mettre à jour et lancer les jeux.
known-ea-app = L'application EA est le lanceur de jeux d'Electronic Arts : elle se connecte à EA pour télécharger, mettre à jour et lancer les jeux.
known-ubisoft-connect = Ubisoft Connect est le lanceur de jeux d'Ubisoft : il se connecte à Ubisoft pour télécharger, mettre à jour et lancer les jeux.
known-gog-galaxy = GOG Galaxy est un lanceur de jeux : il se connecte à GOG pour télécharger, mettre à jour et lancer les jeux.
known-minecraft-launcher = Le Minecraft Launcher vous connecte à votre compte et télécharge Minecraft : il se connecte à Microsoft et à Mojang.
known-xbox-app = L'application Xbox est la boutique et le lanceur de jeux de Microsoft sur Windows : elle se connecte aux services Xbox.
known-gaming-services = Un service de Windows, en arrière-plan, qui installe et fait fonctionner les jeux de l'application Xbox et du Microsoft Store.
known-riot-client = Le Riot Client lance des jeux comme League of Legends et Valorant : il se connecte aux serveurs de Riot.
known-roblox = Roblox est une plateforme de jeux en ligne : il se connecte aux serveurs de Roblox pour jouer et discuter.
known-bitwarden = Bitwarden garde vos mots de passe : il se connecte à un serveur Bitwarden pour les synchroniser.
known-1password = 1Password garde vos mots de passe : il se connecte aux serveurs de 1Password pour les synchroniser.
known-keepassxc = KeePassXC garde vos mots de passe dans un fichier sur cet ordinateur ; il ne va en ligne que pour les icônes des sites ou pour chercher des mises à jour.
known-keepass = KeePass garde vos mots de passe dans un fichier sur cet ordinateur ; il ne va en ligne que pour chercher des mises à jour ou pour des extensions.
known-proton-pass = Proton Pass garde vos mots de passe : il se connecte aux serveurs de Proton pour les synchroniser.
known-protonvpn = Proton VPN fait passer votre trafic internet par les serveurs de Proton, pour que les sites que vous visitez ne voient pas votre vraie adresse.
known-mullvad-vpn = Mullvad VPN fait passer votre trafic internet par les serveurs de Mullvad, pour que les sites que vous visitez ne voient pas votre vraie adresse.
known-wireguard = WireGuard crée un tunnel privé (VPN) entre cet ordinateur et un autre réseau ou un service VPN.
known-openvpn = OpenVPN crée un tunnel privé (VPN) entre cet ordinateur et un service VPN ou un réseau de travail.
known-nordvpn = NordVPN fait passer votre trafic internet par les serveurs de NordVPN, pour que les sites que vous visitez ne voient pas votre vraie adresse.
known-expressvpn = ExpressVPN fait passer votre trafic internet par les serveurs d'ExpressVPN, pour que les sites que vous visitez ne voient pas votre vraie adresse.
known-tailscale = Tailscale relie vos appareils dans un réseau privé pour qu'ils puissent se joindre de n'importe où.
known-cisco-secure-client = Cisco Secure Client (AnyConnect) relie cet ordinateur à un réseau de travail ou d'école par un VPN.
known-openconnect = OpenConnect relie cet ordinateur à un réseau de travail ou d'école par un VPN.
known-globalprotect = GlobalProtect relie cet ordinateur à un réseau de travail ou d'école par un VPN.
known-cloudflare-warp = Cloudflare WARP fait passer votre trafic internet par Cloudflare pour le protéger, comme un VPN.
known-zerotier = ZeroTier relie vos appareils dans un réseau privé pour qu'ils puissent se joindre de n'importe où.
known-teamviewer = TeamViewer permet à quelqu'un de voir et de contrôler cet ordinateur à distance. C'est utile pour se faire aider, mais des harceleurs s'en servent aussi : vérifiez que c'est vous qui l'avez installé et que vous savez qui se connecte.
known-anydesk = AnyDesk permet à quelqu'un de voir et de contrôler cet ordinateur à distance. C'est utile pour se faire aider, mais des harceleurs s'en servent aussi : vérifiez que c'est vous qui l'avez installé et que vous savez qui se connecte.
known-chrome-remote-desktop = Chrome Remote Desktop permet à quelqu'un de voir et de contrôler cet ordinateur à distance. C'est utile pour se faire aider, mais des harceleurs s'en servent aussi : vérifiez que c'est vous qui l'avez installé et que vous savez qui se connecte.
known-rustdesk = RustDesk permet à quelqu'un de voir et de contrôler cet ordinateur à distance. C'est utile pour se faire aider, mais des harceleurs s'en servent aussi : vérifiez que c'est vous qui l'avez installé et que vous savez qui se connecte.
known-splashtop = Splashtop permet à quelqu'un de voir et de contrôler cet ordinateur à distance. C'est utile pour se faire aider, mais des harceleurs s'en servent aussi : vérifiez que c'est vous qui l'avez installé et que vous savez qui se connecte.
known-x11vnc = x11vnc partage cet écran (VNC) pour que quelqu'un puisse le regarder et le contrôler à distance. C'est utile pour se faire aider, mais des harceleurs s'en servent aussi : vérifiez que c'est vous qui l'avez installé et que vous savez qui se connecte.
known-tigervnc = TigerVNC partage un écran (VNC) pour que quelqu'un puisse le regarder et le contrôler à distance. C'est utile pour se faire aider, mais des harceleurs s'en servent aussi : vérifiez que c'est vous qui l'avez installé et que vous savez qui se connecte.
known-realvnc = RealVNC Server permet à quelqu'un de voir et de contrôler cet ordinateur à distance. C'est utile pour se faire aider, mais des harceleurs s'en servent aussi : vérifiez que c'est vous qui l'avez installé et que vous savez qui se connecte.
known-tightvnc = TightVNC permet à quelqu'un de voir et de contrôler cet ordinateur à distance. C'est utile pour se faire aider, mais des harceleurs s'en servent aussi : vérifiez que c'est vous qui l'avez installé et que vous savez qui se connecte.
known-ultravnc = UltraVNC permet à quelqu'un de voir et de contrôler cet ordinateur à distance. C'est utile pour se faire aider, mais des harceleurs s'en servent aussi : vérifiez que c'est vous qui l'avez installé et que vous savez qui se connecte.
known-quick-assist = Assistance rapide (Quick Assist) permet à une personne à qui vous donnez un code de voir et de contrôler cet ordinateur. C'est utile pour se faire aider, mais des harceleurs s'en servent aussi : vérifiez que c'est vous qui l'avez installé et que vous savez qui se connecte.
known-screenconnect = ScreenConnect permet à quelqu'un de voir et de contrôler cet ordinateur à distance. C'est utile pour se faire aider, mais des harceleurs s'en servent aussi : vérifiez que c'est vous qui l'avez installé et que vous savez qui se connecte.
known-logmein = LogMeIn permet à quelqu'un de voir et de contrôler cet ordinateur à distance. C'est utile pour se faire aider, mais des harceleurs s'en servent aussi : vérifiez que c'est vous qui l'avez installé et que vous savez qui se connecte.
known-parsec = Parsec permet à quelqu'un de jouer sur cet ordinateur ou de le contrôler à distance. C'est utile pour se faire aider, mais des harceleurs s'en servent aussi : vérifiez que c'est vous qui l'avez installé et que vous savez qui se connecte.
known-macos-screen-sharing = Partage d'écran, qui fait partie de macOS, permet à quelqu'un de voir et de contrôler ce Mac à distance. C'est utile pour se faire aider, mais des harceleurs s'en servent aussi : vérifiez que c'est vous qui l'avez activé et que vous savez qui se connecte.
known-windows-remote-desktop-client = Connexion Bureau à distance permet à quelqu'un, ici, de contrôler un autre ordinateur à distance. C'est un outil légitime, mais des harceleurs détournent les outils à distance : vérifiez que vous savez qui s'en sert.
known-windows-remote-assistance = Assistance à distance permet à une personne que vous invitez de voir et de contrôler cet ordinateur. C'est utile pour se faire aider, mais des harceleurs s'en servent aussi : vérifiez que c'est vous qui l'avez installé et que vous savez qui se connecte.
known-gnome-remote-desktop = GNOME Remote Desktop permet à quelqu'un de voir et de contrôler cet ordinateur à distance. C'est utile pour se faire aider, mais des harceleurs s'en servent aussi : vérifiez que c'est vous qui l'avez installé et que vous savez qui se connecte.
known-krfb = Le partage de bureau de KDE (KDE Desktop Sharing) permet à quelqu'un de voir et de contrôler cet ordinateur à distance. C'est utile pour se faire aider, mais des harceleurs s'en servent aussi : vérifiez que c'est vous qui l'avez installé et que vous savez qui se connecte.
known-xrdp = xrdp permet à quelqu'un de se connecter au bureau de cet ordinateur à distance. C'est utile pour se faire aider, mais des harceleurs s'en servent aussi : vérifiez que c'est vous qui l'avez installé et que vous savez qui se connecte.
known-nomachine = NoMachine permet à quelqu'un de voir et de contrôler cet ordinateur à distance. C'est utile pour se faire aider, mais des harceleurs s'en servent aussi : vérifiez que c'est vous qui l'avez installé et que vous savez qui se connecte.
known-sshd = SSH permet à une personne qui a un mot de passe ou une clé de se connecter à cet ordinateur à distance. C'est utile pour se faire aider, mais des harceleurs s'en servent aussi : vérifiez que c'est vous qui l'avez installé et que vous savez qui se connecte.
known-microsoft-defender = Microsoft Defender est l'antivirus intégré à Windows : il vérifie les fichiers et reçoit de Microsoft les nouvelles informations sur les virus.
known-defender-core-service = Un assistant de Microsoft Defender, l'antivirus intégré à Windows ; il échange avec Microsoft sur les menaces et les mises à jour.
known-defender-network-inspection = Une partie de Microsoft Defender qui surveille le trafic réseau pour repérer les attaques connues.
known-defender-update-tool = Un outil de Microsoft Defender qui télécharge les nouvelles informations sur les virus et lance des analyses.
known-defender-for-endpoint = Un logiciel de sécurité qu'un employeur installe en général sur les ordinateurs de travail ; il envoie l'activité de cet ordinateur à son équipe de sécurité.
known-smartscreen = SmartScreen est une vérification de sécurité de Windows : il demande à Microsoft si des téléchargements et des sites sont connus comme dangereux.
known-clamav-freshclam = freshclam télécharge les nouvelles informations sur les virus pour l'antivirus ClamAV.
known-malwarebytes = Malwarebytes cherche les programmes malveillants : il se connecte à Malwarebytes pour les mises à jour et votre licence.
known-avast = Avast est un antivirus : il se connecte à Avast pour recevoir les nouvelles informations sur les virus et vérifier des fichiers.
known-avg = AVG est un antivirus : il se connecte à AVG pour recevoir les nouvelles informations sur les virus et vérifier des fichiers.
known-kaspersky = Kaspersky est un antivirus : il se connecte à Kaspersky pour recevoir les nouvelles informations sur les virus et vérifier des fichiers.
known-eset = ESET est un antivirus : il se connecte à ESET pour recevoir les nouvelles informations sur les virus et vérifier des fichiers.
known-bitdefender = Bitdefender est un antivirus : il se connecte à Bitdefender pour recevoir les nouvelles informations sur les virus et vérifier des fichiers.
known-crowdstrike-falcon = Un logiciel de sécurité qu'un employeur installe en général sur les ordinateurs de travail ; il envoie l'activité de cet ordinateur à son équipe de sécurité.
known-little-snitch = Little Snitch surveille quelles applications utilisent le réseau sur ce Mac et vous demande votre accord avant qu'elles se connectent.
known-vscode = Visual Studio Code est un éditeur de code : il se connecte pour les extensions, les mises à jour et le code situé sur d'autres ordinateurs.
known-git-remote-https = Un assistant de Git, un outil pour le code : il télécharge et envoie du code vers des sites comme GitHub.
known-ssh-client = ssh ouvre une connexion sécurisée de cet ordinateur vers un autre, en général pour travailler dessus ou copier des fichiers.
known-nodejs = Node.js fait fonctionner des programmes écrits en JavaScript, souvent pour les développeurs ; ses connexions dépendent du programme qu'il fait tourner.
known-docker = Docker fait fonctionner des programmes dans des boîtes séparées (conteneurs) pour les développeurs ; il les télécharge et fait passer leur trafic.
known-jetbrains-ides = Un éditeur de code JetBrains (comme IntelliJ IDEA ou PyCharm) : il se connecte pour les extensions, les mises à jour, les licences et les outils de code.
known-jetbrains-toolbox = JetBrains Toolbox installe et met à jour les éditeurs de code JetBrains : il se connecte à JetBrains pour les télécharger.
known-github-desktop = GitHub Desktop est une application pour travailler sur du code sur GitHub : elle se connecte à GitHub pour télécharger et envoyer du code.
known-visual-studio = Visual Studio est l'outil de Microsoft pour écrire des programmes : il se connecte pour la connexion au compte, les mises à jour, les extensions et l'aide.
known-curl = curl est un petit outil qui télécharge ou envoie une adresse web ; les programmes et les scripts s'en servent souvent.
known-google-updater = Un assistant de Google qui tient Chrome et les autres applications Google à jour en téléchargeant les nouvelles versions.
known-microsoft-edge-update = Un assistant de Microsoft qui tient le navigateur Edge à jour en téléchargeant les nouvelles versions.
known-office-click-to-run = Un service de Microsoft qui installe et met à jour les applications Office comme Word et Excel.
known-microsoft-autoupdate = Un assistant de Microsoft qui tient à jour Office, Teams et les autres applications Microsoft sur le Mac.
known-adobe-updater = Un assistant d'Adobe qui tient à jour Acrobat Reader et les autres applications Adobe.
known-sparkle-updater = Un petit assistant intégré à beaucoup d'applications Mac, qui cherche et télécharge les nouvelles versions de cette application.
known-squirrel-updater = Un petit assistant qu'utilisent des applications comme Discord, Slack et Teams pour télécharger leurs propres nouvelles versions.
known-windows-update-worker = Une partie de Windows Update qui cherche et télécharge les mises à jour de Windows.
known-macos-software-update = Une partie de macOS qui cherche les mises à jour du système sur les serveurs d'Apple et les télécharge.
known-macos-app-store = L'App Store et ses assistants téléchargent et mettent à jour les applications d'Apple.
known-microsoft-store = Le Microsoft Store télécharge et met à jour les applications de Microsoft.
known-apt-methods = Une partie de l'installateur de logiciels de Debian et d'Ubuntu qui télécharge les programmes et les mises à jour.
known-unattended-upgrades = Une partie de Debian et d'Ubuntu qui installe toute seule les mises à jour de sécurité, en arrière-plan.
known-dnf = L'installateur de logiciels de Fedora et des systèmes proches : il télécharge les programmes et les mises à jour.
known-packagekit = Un service Linux que la logithèque utilise pour chercher et télécharger les mises à jour.
known-gnome-software = GNOME Logiciels (GNOME Software) est la boutique d'applications du bureau GNOME : il télécharge les applications et les mises à jour.
known-plasma-discover = Discover est la boutique d'applications du bureau KDE : il télécharge les applications et les mises à jour.
known-snapd = Un service Linux qui installe les applications snap et les tient à jour.
known-snap-store = Le Centre d'applications d'Ubuntu permet de trouver et d'installer des applications ; il se connecte au Snap Store.
known-flatpak = Flatpak installe et met à jour des applications sur Linux : il les télécharge donc depuis des boutiques comme Flathub.
known-fwupd = Un service Linux qui cherche et installe les mises à jour de micrologiciel (firmware) des composants de cet ordinateur.
known-cups = Le service d'impression : il envoie vos impressions aux imprimantes, y compris celles de votre réseau.
known-cups-browsed = Un assistant Linux qui trouve les imprimantes de votre réseau pour que vous puissiez imprimer dessus.
known-ipp-usb = Un assistant Linux qui fait marcher les imprimantes et scanners USB récents comme des imprimantes réseau, seulement sur cet ordinateur.
known-windows-print-spooler = Une partie de Windows qui envoie vos impressions aux imprimantes, y compris celles de votre réseau.
known-print-isolation-host = Une partie de Windows qui fait tourner les pilotes d'imprimante à part, en sécurité ; elle peut communiquer avec des imprimantes réseau.
known-systemd = Le premier programme que Linux lance ; il peut tenir des connexions réseau pour d'autres services et les démarrer quand quelqu'un se connecte.
known-systemd-resolved = Une partie de Linux qui cherche les adresses des sites et des services (DNS) pour tous les programmes.
known-systemd-networkd = Une partie de Linux qui met en place les connexions réseau et demande une adresse au routeur.
known-systemd-timesyncd = Une partie de Linux qui garde l'horloge de l'ordinateur à l'heure en interrogeant des serveurs de temps sur internet.
known-networkmanager = Une partie de Linux qui connecte cet ordinateur au Wi-Fi et aux réseaux filaires, et vérifie qu'internet fonctionne.
known-wpa-supplicant = Une partie de Linux qui se connecte aux réseaux Wi-Fi avec leur mot de passe.
known-iwd = Une partie de Linux qui connecte cet ordinateur aux réseaux Wi-Fi.
known-dhclient = Une partie de Linux qui demande au routeur une adresse pour cet ordinateur (DHCP).
known-dhcpcd = Une partie de Linux qui demande au routeur une adresse pour cet ordinateur (DHCP).
known-avahi-daemon = Une partie de Linux qui trouve les imprimantes et autres appareils de votre réseau à la maison, et leur permet de trouver cet ordinateur.
known-chronyd = Une partie de Linux qui garde l'horloge de l'ordinateur à l'heure en interrogeant des serveurs de temps sur internet.
known-ntpd = Un service qui garde l'horloge de l'ordinateur à l'heure en interrogeant des serveurs de temps sur internet.
known-modemmanager = Une partie de Linux qui fait fonctionner les modems de données mobiles (cartes SIM), si cet ordinateur en a un.
known-geoclue = Une partie de Linux qui trouve où se trouve l'ordinateur, grâce aux réseaux Wi-Fi proches, pour les applications que vous autorisez.
known-dnsmasq = Un petit assistant qui distribue des adresses et cherche des noms pour des machines virtuelles, des points d'accès Wi-Fi ou le service réseau.
known-rpcbind = Un assistant Linux pour partager des dossiers sur le réseau (NFS) ; il attend que d'autres ordinateurs le sollicitent.
known-samba = Samba partage les dossiers et les imprimantes de cet ordinateur avec les ordinateurs Windows du réseau.
known-exim = Un programme de courrier que Debian installe par défaut pour livrer les messages du système ; en général, il écoute seulement sur cet ordinateur.
known-postfix = Un programme de courrier qui livre les messages du système et les e-mails ; en général, il écoute seulement sur cet ordinateur.
known-gvfs-network = Des assistants du bureau Linux qui ouvrent pour vous les dossiers partagés et les fichiers situés sur d'autres ordinateurs ou serveurs.
known-goa-daemon = Une partie du bureau GNOME qui se connecte à vos comptes en ligne (Google, Nextcloud et d'autres) pour d'autres applications.
known-gsd-sharing = Une partie du bureau GNOME qui active ou désactive le partage de fichiers, de médias et d'écran selon les Paramètres.
known-kdeconnect = KDE Connect relie cet ordinateur à un téléphone du même réseau pour partager fichiers, SMS et notifications ; vérifiez quels téléphones sont associés.
known-whoopsie = Une partie d'Ubuntu qui envoie des rapports de plantage aux développeurs d'Ubuntu quand un programme plante.
known-launchd = Le premier programme que macOS lance ; il peut tenir des connexions réseau pour d'autres services et les démarrer quand quelqu'un se connecte.
known-mdnsresponder = Une partie de macOS qui cherche les adresses des sites (DNS) et trouve les imprimantes et les appareils de votre réseau à la maison.
known-rapportd = Une partie de macOS qui permet à vos appareils Apple proches de travailler ensemble, comme avec Handoff et le presse-papiers partagé.
known-apsd = Une partie de macOS qui garde une connexion avec Apple pour recevoir les notifications de vos applications.
known-trustd = Une partie de macOS qui vérifie les certificats de sécurité des sites et des applications, parfois en ligne.
known-nsurlsessiond = Une partie de macOS qui fait les téléchargements et les envois en arrière-plan pour les applications et iCloud.
known-identityservicesd = Une partie de macOS qui relie votre identifiant Apple à iMessage, FaceTime et vos autres appareils.
known-sharingd = Une partie de macOS qui fait fonctionner AirDrop, Handoff et les autres partages avec les appareils proches.
known-airplay-helper = Une partie de macOS qui envoie le son ou l'écran vers des enceintes et des télés AirPlay.
known-control-center = Le Centre de contrôle du Mac ; il écoute aussi AirPlay pour que d'autres appareils Apple puissent afficher des choses sur ce Mac.
known-locationd = Une partie de macOS qui trouve où se trouve l'ordinateur, grâce aux réseaux Wi-Fi proches, pour les applications que vous autorisez.
known-macos-parsecd = Une partie de macOS qui va chercher chez Apple les suggestions de Siri et de Spotlight quand vous faites une recherche.
known-syspolicyd = Une partie de macOS qui vérifie auprès d'Apple que les applications que vous ouvrez sont signées et pas connues comme dangereuses.
known-timed = Une partie de macOS qui garde l'horloge de l'ordinateur à l'heure en interrogeant les serveurs de temps d'Apple.
known-netbiosd = Une partie de macOS qui trouve et annonce les noms d'ordinateurs sur les réseaux domestiques de type Windows.
known-configd = Une partie de macOS qui met en place les connexions réseau et demande une adresse au routeur.
known-akd = Une partie de macOS qui vous connecte à votre identifiant Apple et garde cette connexion active.
known-accountsd = Une partie de macOS qui garde vos comptes internet (iCloud, Google et d'autres) connectés pour des applications comme Mail.
known-assistantd = Une partie de macOS qui envoie vos demandes à Siri et vos dictées à Apple.
known-networkserviceproxy = Une partie de macOS qui fait fonctionner le relais privé iCloud (iCloud Private Relay) et d'autres services réseau d'Apple.
known-find-my = Localiser montre où sont vos appareils Apple et vos AirTags, et peut partager votre position ; vérifiez avec qui vous la partagez.
known-macos-file-sharing = Une partie de macOS qui partage les dossiers de ce Mac avec d'autres ordinateurs du réseau quand le partage de fichiers est activé.
known-windows-system = Le cœur de Windows lui-même ; il gère le partage de fichiers et d'imprimantes, et une partie du trafic réseau de tout l'ordinateur.
known-windows-idle = Ce n'est pas un vrai programme : Windows range sous ce nom les connexions en train de se fermer, donc c'est normal de le voir.
known-svchost = Un programme de Windows qui fait tourner beaucoup des services de Windows lui-même ; il est normal d'en voir plusieurs copies.
known-lsass = Une partie de Windows qui vérifie les connexions aux comptes et les mots de passe ; sur un réseau de travail, elle communique avec les serveurs de l'entreprise.
known-windows-services = Une partie de Windows qui démarre et arrête les services de Windows ; elle garde un port ouvert pour l'usage de Windows lui-même.
known-wininit = Une partie de Windows qui démarre le système ; elle garde un port ouvert pour l'usage de Windows lui-même, ce qui est normal.
known-windows-search = La zone de recherche de Windows : elle cherche sur cet ordinateur et aussi en ligne avec Bing.
known-explorer = L'Explorateur Windows affiche le bureau, la barre des tâches et vos fichiers ; il utilise le réseau pour les dossiers partagés et certains contenus.
known-wmiprvse = Une partie de Windows qui répond aux questions d'autres programmes sur l'ordinateur, parfois par le réseau.
known-taskhostw = Une partie de Windows qui exécute des tâches planifiées en arrière-plan, dont certaines vont en ligne.
known-runtimebroker = Une partie de Windows qui vérifie ce que les applications du Store ont le droit de faire ; elle peut aller en ligne pour elles.
known-backgroundtaskhost = Une partie de Windows qui fait de petits travaux en arrière-plan pour les applications, comme chercher des actualités ou des mises à jour.
known-dashost = Une partie de Windows qui trouve et associe les appareils de votre réseau, comme les imprimantes, les télés et les enceintes.
known-compattelrunner = Une partie de Windows qui regarde quels programmes sont installés et envoie des rapports à ce sujet à Microsoft.
known-windows-widgets = Le panneau Widgets de Windows affiche les actualités, la météo et d'autres choses, qu'il télécharge chez Microsoft.
known-start-menu = Le menu Démarrer de Windows ; il va en ligne pour proposer des applications et des résultats web.
known-wwahost = Une partie de Windows qui fait tourner certaines applications du Store construites comme des pages web : elle se connecte donc pour elles.
known-dllhost = Un assistant de Windows qui fait tourner de petits morceaux d'autres programmes ; il va parfois en ligne pour eux, par exemple pour des images.
known-rundll32 = Un assistant de Windows qui exécute du code rangé dans d'autres fichiers ; il a rarement besoin du réseau, donc ses connexions méritent un examen plus attentif.
known-mshta = Un vieil assistant de Windows qui fait tourner de petits programmes en forme de page web ; il sert rarement aujourd'hui, donc ses connexions méritent un examen plus attentif.
known-powershell = PowerShell exécute des commandes et des scripts ; il va en ligne seulement quand un script le demande, alors regardez ce qui l'a lancé.
known-sppsvc = Une partie de Windows qui vérifie auprès de Microsoft que votre copie de Windows est activée.
known-family-safety = Le contrôle parental de Windows : il peut envoyer l'activité de ce compte à un organisateur de la famille ; vérifiez qui fait partie de votre famille Microsoft.
known-bonjour-windows = Bonjour, d'Apple, trouve les imprimantes et les appareils Apple de votre réseau à la maison ; iTunes et certaines applications d'imprimante l'installent.
known-apple-mobile-device = Un assistant d'Apple qui permet à iTunes et à d'autres applications de communiquer avec un iPhone ou un iPad, par câble ou par Wi-Fi.
known-nvidia-app = Les assistants de la carte graphique NVIDIA : ils téléchargent les mises à jour des pilotes et peuvent enregistrer ou partager vos parties de jeu.

## Who owns an address (the offline ownership database)

owner-line = Propriétaire : { $org } (réseau AS{ $asn } ; ses adresses sont enregistrées dans le pays { $country }, qui n'est pas forcément celui où se trouve le serveur).
owner-line-no-country = Propriétaire : { $org } (réseau AS{ $asn }).
owner-unknown = Propriétaire : absent de la base de données hors ligne.
owner-kind-cdn = { $name } est un réseau de diffusion de contenu : beaucoup d'applications et de sites web l'utilisent pour livrer leur contenu rapidement.
owner-kind-cloud = { $name } est un fournisseur de cloud : des entreprises y louent des ordinateurs pour faire fonctionner leurs applications et leurs sites web. N'importe qui peut louer un serveur ici : le propriétaire n'est donc pas forcément celui avec qui vous communiquez.
owner-kind-hosting = { $name } est un hébergeur : il loue des serveurs et des sites web. N'importe qui peut louer un serveur ici : le propriétaire n'est donc pas forcément celui avec qui vous communiquez.
owner-kind-big-tech = { $name } est une grande entreprise de technologie : ses propres applications et services se connectent ici.
owner-kind-isp = { $name } est un fournisseur d'accès à internet : il relie les maisons, les bureaux et les téléphones à internet.
owner-kind-vpn = { $name } gère un service VPN, ou le réseau qui se trouve derrière : il fait passer le trafic des gens, si bien que les sites web voient son adresse à lui au lieu de la leur.
ownership-file-refused = La base de données des propriétaires téléchargée n'a pas pu être utilisée ({ $path } : { $reason }). netreview utilise à la place celle qui est intégrée dans le programme.
ownership-none = Cette copie de netreview n'a pas de base de données des propriétaires : les propriétaires ne sont donc pas affichés.

## netreview lookup

lookup-bad-address = « { $input } » n'est pas une adresse internet. Écrivez-la comme ceci : 151.101.132.246, 2a04:4e42::1, 8.8.8.8:53 ou [2a04:4e42::1]:443.
lookup-some-failed = { $count ->
    [one] { $count } élément n'a pas pu être recherché ; les autres ont reçu une réponse.
   *[other] { $count } éléments n'ont pas pu être recherchés ; les autres ont reçu une réponse.
}

## Online look-ups (RDAP), only with consent

online-consent = netreview peut rechercher { $addresses } en ligne, dans les fiches publiques des registres d'internet. Pour cela, il téléchargerait la liste des registres depuis { $host } (cela n'envoie aucune adresse), puis enverrait chaque adresse au registre qui la gère (ARIN, RIPE NCC, APNIC, LACNIC ou AFRINIC). Rien d'autre n'est envoyé, mais ces serveurs verront votre adresse internet. Rechercher en ligne ? Tapez o pour oui, ou n'importe quoi d'autre pour non :
consent-yes-words = y, yes, o, oui
online-no-terminal = Pas de recherche en ligne : il n'y a pas de terminal pour vous demander votre accord. Ajoutez --online pour l'autoriser.
online-refused = Pas de recherche en ligne, comme vous l'avez choisi. Les réponses ci-dessus viennent de la base de données hors ligne.
online-rate-limited = Le registre nous demande de ralentir (trop de recherches). Réessayez dans quelques minutes ; la réponse hors ligne ci-dessus reste valable.
online-not-found = Le registre n'a aucune fiche pour cette adresse.
online-status = Le registre a répondu par une erreur (HTTP { $code }). La réponse hors ligne ci-dessus reste valable.
online-timeout = Le registre a mis trop de temps à répondre. Vérifiez la connexion à internet et réessayez ; la réponse hors ligne ci-dessus reste valable.
online-unreachable = Impossible de joindre le registre ({ $reason }). Cet ordinateur n'est peut-être pas connecté à internet ; la réponse hors ligne ci-dessus reste valable.
online-no-registry = Aucun registre n'est indiqué pour cette adresse.
online-bad-answer = La réponse du registre n'a pas pu être lue.
online-unknown = inconnu
online-record = Fiche du registre, venant de { $server } (obtenue le { $fetched }) : réseau { $network }, détenu par { $org }, pays { $country }, date d'enregistrement { $registered }.

## netreview db update

db-update-consent = netreview téléchargerait les données les plus récentes sur les propriétaires (plusieurs fichiers, quelques dizaines de mégaoctets) depuis { $host }. Cela n'envoie aucune adresse et rien sur cet ordinateur, mais ce serveur verra votre adresse internet. Télécharger maintenant ? Tapez o pour oui, ou n'importe quoi d'autre pour non :
db-update-no-terminal = Rien n'a été téléchargé : il n'y a pas de terminal pour vous demander votre accord. Lancez « netreview --online db update » pour l'autoriser.
db-update-refused = Rien n'a été téléchargé, comme vous l'avez choisi. netreview continue d'utiliser les données sur les propriétaires qu'il a déjà.
db-update-no-folder = Rien n'a été téléchargé : netreview n'a pas trouvé de dossier pour ses données sur cet ordinateur.
db-update-downloading = Téléchargement depuis { $host } …
db-update-failed = Les nouvelles données sur les propriétaires n'ont pas été installées ({ $reason }). netreview continue d'utiliser les données qu'il avait.
db-update-done = { $source } est installé : { $v4 } plages d'adresses IPv4 et { $v6 } plages d'adresses IPv6, enregistrées dans { $path }. netreview les utilise à partir de maintenant.

## Countries (generated by tools/gen-countries.py from i18n-iso-countries 7.14.0, MIT; do not edit)
country-AD = Andorre
country-AE = Émirats Arabes Unis
country-AF = Afghanistan
country-AG = Antigua-et-Barbuda
country-AI = Anguilla
country-AL = Albanie
country-AM = Arménie
country-AO = Angola
country-AQ = Antarctique
country-AR = Argentine
country-AS = Samoa américaines
country-AT = Autriche
country-AU = Australie
country-AW = Aruba
country-AX = Åland
country-AZ = Azerbaïdjan
country-BA = Bosnie-Herzégovine
country-BB = Barbade
country-BD = Bangladesh
country-BE = Belgique
country-BF = Burkina Faso
country-BG = Bulgarie
country-BH = Bahreïn
country-BI = Burundi
country-BJ = Bénin
country-BL = Saint-Barthélemy
country-BM = Bermudes
country-BN = Brunei Darussalam
country-BO = Bolivie
country-BQ = Bonaire, Saint-Eustache et Saba
country-BR = Brésil
country-BS = Bahamas
country-BT = Bhoutan
country-BV = Île Bouvet
country-BW = Botswana
country-BY = Biélorussie
country-BZ = Belize
country-CA = Canada
country-CC = Îles Cocos
country-CD = République démocratique du Congo
country-CF = République Centrafricaine
country-CG = République du Congo
country-CH = Suisse
country-CI = Côte-d'Ivoire
country-CK = Îles Cook
country-CL = Chili
country-CM = Cameroun
country-CN = Chine
country-CO = Colombie
country-CR = Costa Rica
country-CU = Cuba
country-CV = Cap-Vert
country-CW = Curaçao
country-CX = Île Christmas
country-CY = Chypre
country-CZ = République Tchèque
country-DE = Allemagne
country-DJ = Djibouti
country-DK = Danemark
country-DM = Dominique
country-DO = République Dominicaine
country-DZ = Algérie
country-EC = Équateur
country-EE = Estonie
country-EG = Égypte
country-EH = Sahara occidental
country-ER = Érythrée
country-ES = Espagne
country-ET = Éthiopie
country-FI = Finlande
country-FJ = Fidji
country-FK = Îles Malouines
country-FM = Micronésie
country-FO = Îles Féroé
country-FR = France
country-GA = Gabon
country-GB = Royaume-Uni
country-GD = Grenade
country-GE = Géorgie
country-GF = Guyane française
country-GG = Guernesey
country-GH = Ghana
country-GI = Gibraltar
country-GL = Groenland
country-GM = Gambie
country-GN = Guinée
country-GP = Guadeloupe
country-GQ = Guinée équatoriale
country-GR = Grèce
country-GS = Géorgie du Sud-et-les Îles Sandwich du Sud
country-GT = Guatemala
country-GU = Guam
country-GW = Guinée-Bissau
country-GY = Guyana
country-HK = Hong Kong
country-HM = Îles Heard-et-MacDonald
country-HN = Honduras
country-HR = Croatie
country-HT = Haïti
country-HU = Hongrie
country-ID = Indonésie
country-IE = Irlande
country-IL = Israël
country-IM = Île de Man
country-IN = Inde
country-IO = Océan Indien Britannique
country-IQ = Irak
country-IR = Iran
country-IS = Islande
country-IT = Italie
country-JE = Jersey
country-JM = Jamaïque
country-JO = Jordanie
country-JP = Japon
country-KE = Kenya
country-KG = Kirghizistan
country-KH = Cambodge
country-KI = Kiribati
country-KM = Comores
country-KN = Saint-Christophe-et-Niévès
country-KP = Corée du Nord
country-KR = Corée du Sud
country-KW = Koweït
country-KY = Îles Caïmans
country-KZ = Kazakhstan
country-LA = Laos
country-LB = Liban
country-LC = Sainte-Lucie
country-LI = Liechtenstein
country-LK = Sri Lanka
country-LR = Libéria
country-LS = Lesotho
country-LT = Lituanie
country-LU = Luxembourg
country-LV = Lettonie
country-LY = Libye
country-MA = Maroc
country-MC = Monaco
country-MD = Moldavie
country-ME = Monténégro
country-MF = Saint-Martin (partie française)
country-MG = Madagascar
country-MH = Îles Marshall
country-MK = Macédoine du Nord
country-ML = Mali
country-MM = Myanmar
country-MN = Mongolie
country-MO = Macao
country-MP = Îles Mariannes du Nord
country-MQ = Martinique
country-MR = Mauritanie
country-MS = Montserrat
country-MT = Malte
country-MU = Maurice
country-MV = Maldives
country-MW = Malawi
country-MX = Mexique
country-MY = Malaisie
country-MZ = Mozambique
country-NA = Namibie
country-NC = Nouvelle-Calédonie
country-NE = Niger
country-NF = Île Norfolk
country-NG = Nigéria
country-NI = Nicaragua
country-NL = Pays-Bas
country-NO = Norvège
country-NP = Népal
country-NR = Nauru
country-NU = Niué
country-NZ = Nouvelle-Zélande
country-OM = Oman
country-PA = Panama
country-PE = Pérou
country-PF = Polynésie française
country-PG = Papouasie-Nouvelle-Guinée
country-PH = Philippines
country-PK = Pakistan
country-PL = Pologne
country-PM = Saint-Pierre-et-Miquelon
country-PN = Îles Pitcairn
country-PR = Porto Rico
country-PS = Palestine
country-PT = Portugal
country-PW = Palaos
country-PY = Paraguay
country-QA = Qatar
country-RE = Réunion
country-RO = Roumanie
country-RS = Serbie
country-RU = Russie
country-RW = Rwanda
country-SA = Arabie Saoudite
country-SB = Îles Salomon
country-SC = Seychelles
country-SD = Soudan
country-SE = Suède
country-SG = Singapour
country-SH = Sainte-Hélène
country-SI = Slovénie
country-SJ = Svalbard et Île Jan Mayen
country-SK = Slovaquie
country-SL = Sierra Leone
country-SM = Saint-Marin
country-SN = Sénégal
country-SO = Somalie
country-SR = Suriname
country-SS = Soudan du Sud
country-ST = São Tomé-et-Principe
country-SV = El Salvador
country-SX = Saint-Martin (partie néerlandaise)
country-SY = Syrie
country-SZ = Royaume d'Eswatini
country-TC = Îles Turques-et-Caïques
country-TD = Tchad
country-TF = Terres australes françaises
country-TG = Togo
country-TH = Thaïlande
country-TJ = Tadjikistan
country-TK = Tokelau
country-TL = Timor-Leste
country-TM = Turkménistan
country-TN = Tunisie
country-TO = Tonga
country-TR = Turquie
country-TT = Trinité-et-Tobago
country-TV = Tuvalu
country-TW = Taïwan
country-TZ = République unie de Tanzanie
country-UA = Ukraine
country-UG = Ouganda
country-UM = Îles mineures éloignées des États-Unis
country-US = États-Unis d'Amérique
country-UY = Uruguay
country-UZ = Ouzbékistan
country-VA = Saint-Siège (Vatican)
country-VC = Saint-Vincent-et-les-Grenadines
country-VE = Venezuela
country-VG = Îles vierges britanniques
country-VI = Îles vierges américaines
country-VN = Vietnam
country-VU = Vanuatu
country-WF = Wallis-et-Futuna
country-WS = Samoa
country-XK = Kosovo
country-YE = Yémen
country-YT = Mayotte
country-ZA = Afrique du Sud
country-ZM = Zambie
country-ZW = Zimbabwe
## End of countries
