# netreview — español.
# Traducción de locales/en-US/netreview.ftl. Palabras sencillas: un niño de 12 años debe entender cada frase.

## Command line

cli-about = Una revisión tranquila, paso a paso, de qué programas de esta computadora se comunican con la red.
cli-long-version = { $version }
    Datos de propietarios de direcciones: { $data }.
    Contiene datos de RouteViews (routeviews.org), DB-IP.com (IP to ASN Lite, https://db-ip.com) y el NRO (nro.net), bajo la licencia Creative Commons Attribution 4.0 (CC BY 4.0), tal como los publica ip-location-db. Consulta data/PROVENANCE.md.
cli-no-data = no hay datos incluidos
cli-lang = Idioma de todos los textos, por ejemplo es
cli-demo = Practicar la revisión guiada en una computadora inventada (para talleres; no necesita permisos)
cli-scan-about = Hacer un registro de los programas que usan la red ahora, u observar durante un rato
cli-format = Cómo mostrar el resultado: table (fácil de leer), yaml o json (el formato del resumen)
cli-watch = Seguir observando durante este tiempo (p. ej., 30s, 2m) para ver programas que se conectan solo de vez en cuando
cli-interval = Tiempo entre dos vistazos durante la observación (p. ej., 1s, 500ms)
cli-output = Guardar el resultado en este archivo en lugar de mostrarlo
cli-from = Leer un registro o un archivo de resumen guardado en lugar de esta computadora
cli-online = Permitir búsquedas en línea esta vez sin preguntar (las direcciones se envían a los registros de internet)
cli-lookup-about = Explicar direcciones: qué son, para qué servicio es un puerto y de quién son
cli-lookup-format = Cómo mostrar las respuestas: text (fácil de leer), yaml o json
cli-lookup-items = Direcciones que quieres explicar, cada una con un puerto si quieres: 151.101.132.246, 8.8.8.8:53, [2a04:4e42::1]:443
cli-db-about = Administrar la base de datos de propietarios (quién es dueño de cada dirección de internet)
cli-db-update-about = Descargar de internet los datos de propietarios más recientes (pregunta antes)
error-heading = netreview no pudo terminar
bad-interval = El tiempo entre dos vistazos tiene que ser mayor que cero.

## Address meanings: what the other end of a connection is

scope-loopback = { $addr } es esta computadora hablando consigo misma: no hace daño.
scope-this-computer = { $addr } es una de las direcciones propias de esta computadora: está hablando consigo misma.
scope-unspecified = { $addr } significa "ninguna dirección en particular".
scope-private = { $addr } es un dispositivo de tu propia red (de casa o de la oficina).
scope-unique-local = { $addr } es un dispositivo de tu propia red (de casa o de la oficina).
scope-shared-cgnat = { $addr } pertenece a la red de tu proveedor de internet, entre tú e internet.
scope-link-local = { $addr } es un dispositivo conectado directamente a este, por el mismo cable o la misma Wi-Fi.
scope-multicast = { $addr } es una dirección de grupo: un mismo mensaje llega a todos los dispositivos cercanos que lo esperan.
scope-broadcast = { $addr } significa todos los dispositivos de tu red local a la vez.
scope-documentation = { $addr } es una dirección de ejemplo reservada para libros y manuales: el tráfico real nunca debería usarla.
scope-benchmarking = { $addr } está reservada para probar equipos de red: es rara en una computadora de uso diario.
scope-reserved = { $addr } es una dirección reservada que no se debería usar: es algo raro.
scope-public = { $addr } está en internet.

## Listening: who can reach a program that waits for connections

reach-this-computer = Solo los programas de esta computadora pueden conectarse a él.
reach-your-network = Los dispositivos de tu propia red pueden conectarse a él.
reach-all-networks = Es posible conectarse a él desde cualquier red en la que esté esta computadora, quizá incluso desde internet.
reach-anyone = Cualquier persona en internet podría conectarse a él.
reach-unusual = Espera conexiones en una dirección reservada y poco común.

## Services: what a port is usually used for

service-http = páginas web (HTTP)
service-https = web segura (HTTPS)
service-dns = búsqueda de nombres (DNS)
service-dns-over-tls = búsqueda privada de nombres (DNS over TLS)
service-mdns = encontrar dispositivos cercanos (mDNS)
service-llmnr = encontrar computadoras cercanas (LLMNR)
service-netbios = nombres de red antiguos de Windows (NetBIOS)
service-smb = archivos y carpetas compartidos (SMB)
service-ssh = acceso remoto (SSH)
service-telnet = acceso remoto antiguo y sin protección (Telnet)
service-ftp = envío de archivos (FTP)
service-smtp = envío de correo entre servidores (SMTP)
service-smtp-submission = envío de correo (SMTP)
service-imap = lectura del correo (IMAP)
service-pop3 = descarga del correo (POP3)
service-ntp = ajuste del reloj (NTP)
service-dhcp = obtener una dirección de red (DHCP)
service-dhcpv6 = obtener una dirección de red, versión nueva (DHCPv6)
service-ssdp = encontrar dispositivos como televisores y altavoces (SSDP)
service-ipp = impresión (IPP)
service-jetdirect = imprimir directamente en una impresora (JetDirect)
service-ldap = libreta de direcciones e inicios de sesión de una empresa (LDAP)
service-kerberos = inicio de sesión en la red de una empresa (Kerberos)
service-rdp = Escritorio remoto (RDP)
service-vnc = compartir pantalla (VNC)
service-teamviewer = control remoto (TeamViewer)
service-anydesk = control remoto (AnyDesk)
service-x11 = mostrar ventanas de otra computadora (X11)
service-winrm = administración remota de Windows (WinRM)
service-rpc = órdenes remotas de Windows (RPC)
service-mysql = base de datos (MySQL)
service-postgres = base de datos (PostgreSQL)
service-redis = almacén rápido de datos (Redis)
service-mongodb = base de datos (MongoDB)
service-mqtt = mensajes de casa inteligente (MQTT)
service-xmpp = chat (XMPP)
service-irc = salas de chat (IRC)
service-sip = llamadas por internet (SIP)
service-stun-turn = ayuda para que las llamadas lleguen (STUN/TURN)
service-openvpn = túnel privado (OpenVPN)
service-wireguard = túnel privado (WireGuard)
service-ipsec = túnel privado (IPsec)
service-socks = reenvío de tráfico (proxy SOCKS)
service-http-proxy = reenvío web (proxy HTTP)
service-tor = rutas ocultas (Tor)
service-bittorrent = compartir archivos (BitTorrent)
service-steam = juegos (Steam)
service-spotify = música (Spotify)
service-syncthing = sincronizar archivos entre tus dispositivos (Syncthing)
service-kde-connect = vincular tu teléfono (KDE Connect)
service-apple-push = notificaciones de Apple
service-airplay = enviar sonido y video a una pantalla (AirPlay)
service-snmp = revisar dispositivos de red (SNMP)
service-syslog = envío de mensajes de registro (syslog)
service-git = descarga de código (Git)
service-rsync = copia de archivos (rsync)

## Connection states

state-udp = envía y recibe mensajes (UDP)
state-listen = esperando a que otros se conecten
state-established = conectado
state-syn-sent = intentando conectarse
state-syn-received = alguien se está conectando
state-closing = cerrándose
state-unknown = estado desconocido

## Connections no program could be tied to

unattributed-no-permission = { $count ->
    [one] Una pertenece a un programa de otro usuario, que netreview no puede revisar sin permisos de administrador.
   *[other] { $count } pertenecen a programas de otros usuarios, que netreview no puede revisar sin permisos de administrador.
}
unattributed-time-wait = { $count ->
    [one] Una es una conexión terminada que el sistema guarda un rato. Es normal.
   *[other] { $count } son conexiones terminadas que el sistema guarda un rato. Es normal.
}
unattributed-kernel = { $count ->
    [one] Una está en manos del propio sistema operativo.
   *[other] { $count } están en manos del propio sistema operativo.
}
unattributed-exited = { $count ->
    [one] Una pertenecía a un programa que se cerró mientras netreview miraba.
   *[other] { $count } pertenecían a programas que se cerraron mientras netreview miraba.
}

## Running without administrator rights

rights-hidden-linux = { $count ->
    [0] netreview funciona sin permisos de administrador, así que no puede ver los detalles de los programas de otros usuarios (como los servicios del sistema).
    [one] netreview funciona sin permisos de administrador: una conexión pertenece al programa de otro usuario, y no puede revisarlo.
   *[other] netreview funciona sin permisos de administrador: { $count } conexiones pertenecen a programas de otros usuarios, y no puede revisarlos.
}
rights-hidden-macos = netreview funciona sin permisos de administrador: las conexiones de los programas de otros usuarios (como los servicios del sistema) no se muestran en absoluto.
rights-hidden-windows = netreview funciona sin permisos de administrador: en algunos programas del sistema no se puede leer desde dónde se ejecutan.
rights-how-linux = Para verlo todo, vuelve a ejecutarlo con permisos de administrador: sudo { $command }
rights-how-macos = Para verlo todo, vuelve a ejecutarlo con permisos de administrador: sudo { $command }
rights-how-windows = Para verlo todo, cierra esta ventana, haz clic derecho en "Terminal" o "Símbolo del sistema", elige "Ejecutar como administrador" y vuelve a ejecutar { $command }.

## The table printed by "netreview scan"

table-title = Programas que usan la red, { $time } UTC: { $programs ->
    [one] 1 programa
   *[other] { $programs } programas
}, { $connections ->
    [one] 1 conexión
   *[other] { $connections } conexiones
}
table-title-watch = Programas que usaron la red entre { $start } y { $end } UTC ({ $looks } vistazos): { $programs ->
    [one] 1 programa
   *[other] { $programs } programas
}, { $connections ->
    [one] 1 conexión
   *[other] { $connections } conexiones
}
table-nothing = Ningún programa está usando la red en este momento.
table-nothing-watch = No se vio ningún programa usando la red.
table-process = { $name } · PID { $pid }
table-user = usuario { $user }
table-parent = iniciado por { $parent } (PID { $ppid })
table-name-unknown = (nombre desconocido)
table-runs-from = se ejecuta desde { $exe }
table-runs-from-unknown = no se pudo leer desde dónde se ejecuta
table-known-as = conocido como: { $label }
table-connection = { $proto }  { $local } → { $remote } · { $state }
table-listening = { $proto }  en { $local } · { $state }
table-service = Servicio: { $service }.
table-seen = Visto { $times ->
    [one] una vez
   *[other] { $times } veces
}; primera vez: { $first }, última vez: { $last } UTC.
table-unattributed-title = { $count ->
    [one] Una conexión no se pudo asociar a ningún programa:
   *[other] { $count } conexiones no se pudieron asociar a ningún programa:
}

## Watching over time

progress-watching = Observando: { $elapsed } de { $total } s · { $programs ->
    [one] 1 programa
   *[other] { $programs } programas
} · { $remotes ->
    [one] 1 dirección contactada
   *[other] { $remotes } direcciones contactadas
} · Ctrl-C para parar

## The guided check

wizard-no-terminal = La revisión guiada hace preguntas, así que necesita una ventana de terminal. Para hacer un registro sin preguntas, ejecuta: netreview scan
practice-tag = (práctica)
practice-banner = ◆ PRÁCTICA — una computadora inventada para aprender, no la tuya. Nada de esto es real.
wizard-step = Paso { $step } de 5 · { $title }
title-welcome = Bienvenida
title-rights = Permisos de administrador
title-close-apps = Cierra las aplicaciones que no necesitas
title-watch = Observa durante un rato
title-review = Mira cada programa
title-summary = Resumen
welcome-body =
    netreview te ayuda a ver qué programas de esta computadora se comunican con internet o con otros dispositivos, y si eso parece normal.

      1. Cierras las aplicaciones que no necesitas.
      2. netreview observa las conexiones durante un par de minutos.
      3. Miras cada programa, uno por uno, y dices qué te parece.
      4. Recibes un archivo para enviarlo a alguien que te ayuda.

    Tarda de 10 a 20 minutos. Puedes parar cuando quieras: tus respuestas se guardan.
    Es privado: nada sale de esta computadora si tú no dices que sí.
welcome-language = Idioma: { $language } (para cambiarlo: netreview --lang …)
welcome-practice = Modo de práctica: vas a mirar una computadora inventada, para aprender a hacer la revisión.
choice-start = Empezar
choice-language = Elegir otro idioma
prompt-language = ¿Qué idioma prefieres?
welcome-language-source = { $source ->
    [asked] (el idioma que pediste)
    [system] (el idioma de la configuración de esta computadora)
   *[default] (netreview todavía no tiene el idioma de esta computadora)
}
prompt-choose = ¿Qué quieres hacer?
pager-more = — sigue más abajo: presiona cualquier tecla —
language-name = Español
choice-quit = Salir
resume-body = Empezaste una revisión el { $date } UTC y no la terminaste. Habías mirado { $done } de { $total } programas.
choice-resume = Seguir donde lo dejé
choice-start-over = Empezar una revisión nueva (la que no terminé se guarda aparte, no se borra)
resume-unreadable = No se pudo leer tu revisión sin terminar, así que se guardó aparte como { $path }. Empezamos una revisión nueva.
rights-choice-continue = Seguir sin permisos de administrador
rights-choice-quit = Salir, para volver a empezar con permisos de administrador
close-apps-body = { $count ->
    [0] Ningún programa está usando la red en este momento.
    [one] Un programa está usando la red en este momento:
   *[other] { $count } programas están usando la red en este momento:
}
close-apps-line = { $name } · { $connections ->
    [one] 1 conexión
   *[other] { $connections } conexiones
}
close-apps-more = … y { $count } más
close-apps-ask = Por favor, cierra ahora las aplicaciones que no necesitas (el navegador, el chat, la música, los juegos…). Con menos programas, la revisión es más rápida y más clara.
close-apps-closed = Se cerraron desde el último vistazo: { $names }
close-apps-new = Nuevos desde el último vistazo: { $names }
close-apps-same = No cambió nada desde el último vistazo.
close-apps-practice = En el modo de práctica, la computadora inventada no cambia cuando vuelves a mirar.
choice-look-again = Cerré algunas aplicaciones: mirar otra vez
choice-how-to-close = Muéstrame cómo cerrar las aplicaciones del todo
choice-continue = Continuar
watch-body =
    Algunos programas se conectan solo de vez en cuando, por ejemplo cada pocos minutos. Para verlos, netreview va a observar las conexiones durante un rato.

    Deja la computadora como está mientras observa. Puedes pararlo antes.
watch-practice = En el modo de práctica, la observación dura unos segundos: la computadora inventada ya se observó durante 2 minutos.
watch-choice-2m = Observar 2 minutos (recomendado)
watch-choice-5m = Observar 5 minutos
watch-choice-30s = Observar 30 segundos
watch-choice-skip = No observar
watch-progress = { $bar } { $elapsed } de { $total } s · { $programs ->
    [one] 1 programa
   *[other] { $programs } programas
} · { $remotes ->
    [one] 1 dirección
   *[other] { $remotes } direcciones
} · Enter para parar
review-header = Programa { $index } de { $total }
review-name = Nombre: { $name } (número de proceso { $pid })
review-known-as = Qué es: { $what }
review-unknown = Qué es: netreview no conoce este programa. Eso solo no es malo: la mayoría de los programas no están en su lista.
review-why-title = Por qué importan estas señales sobre { $name }:
review-why = Por qué importa: { $why }
review-owner = Propietario: { $org } ({ $country })
review-owner-no-country = Propietario: { $org }
review-owners-title = De quién son las direcciones con las que se comunicó { $name }:
review-runs-from = Se ejecuta desde: { $exe }
review-runs-from-unknown = Se ejecuta desde: no se pudo leer
review-parent = { $name } (número de proceso { $pid })
review-started-by = Lo inició: { $parent } · usuario: { $user }
review-running-since = En marcha desde el { $time } UTC
review-exited = Este programa se cerró después de que se viera; aun así puedes valorar lo que hizo.
review-talks-to = Se comunicó con:
review-waits-on = Espera conexiones:
review-conn = { $meaning } Puerto { $port }, { $seen }.
review-conn-service = { $meaning } Puerto { $port }: { $service }, { $seen }.
review-listen = puerto { $port } ({ $proto }): { $reach }
review-listen-service = puerto { $port } ({ $proto }) · { $service }: { $reach }
review-seen = visto { $times ->
    [one] una vez
   *[other] { $times } veces
}{ $connections ->
    [one] {""}
   *[other] {" "}en { $connections } conexiones distintas
}
review-more-connections = … y { $count } más
review-question = ¿Qué te parece { $name }?
review-choice-fine = Parece bien
review-choice-suspicious = Sospechoso
review-choice-unsure = Tengo dudas
review-choice-more = Cuéntame más
review-choice-back = Volver al programa anterior
review-note = Una nota para la persona que te ayuda (opcional; presiona Enter para saltarla)
review-note-kept = Tu nota anterior: { $note }
choice-back-to-program = Volver al programa
verdict-looks-fine = parece bien
verdict-suspicious = sospechoso
verdict-unsure = con dudas
verdict-not-reviewed = sin revisar
summary-counts = Revisaste { $reviewed } de { $total } programas: { $fine } parecen bien, { $suspicious } sospechosos, { $unsure } con dudas.
summary-flagged = Programas que marcaste como sospechosos o con dudas:
summary-flagged-line = { $name } (número de proceso { $pid }): { $verdict }
summary-not-checked = Lo que netreview no pudo revisar:
summary-unattributed = { $count ->
    [one] Una conexión no se pudo asociar a ningún programa.
   *[other] { $count } conexiones no se pudieron asociar a ningún programa.
}
summary-no-rights = Funcionó sin permisos de administrador, así que los programas de otros usuarios quedaron ocultos.
summary-redact-ask = Antes de guardar el archivo: ¿qué quieres dejar fuera? (La barra espaciadora marca o desmarca una opción; Enter confirma).
redact-hostname = El nombre de esta computadora
redact-user = Tu nombre de usuario
redact-home = Tu carpeta personal en las rutas de archivos (se muestra como ~)
summary-saved = Tu resumen está guardado aquí:
summary-before-sending = Antes de enviarlo, léelo una vez: muestra los programas de esta computadora y las direcciones con las que se comunicaron. Quita todo lo que no quieras compartir.
summary-practice-saved = Este resumen de práctica está guardado aquí (describe la computadora inventada):
interrupted-saved = Detenido. Tus respuestas hasta ahora están guardadas en { $path }. Vuelve a ejecutar netreview para seguir donde lo dejaste.
interrupted-nothing = Detenido. Todavía no había nada que guardar.
choice-finish = Terminar

## Unusual signs (signals): what was seen, and why it matters

signals-title = Señales poco comunes:
signals-none = netreview no notó nada raro en él. Eso no demuestra que sea inofensivo.
signal-worth = ⚠ vale la pena mirarlo
signal-info = ℹ solo para información
signal-line = { $severity }: { $what }
signal-exe-in-temp-dir = Se ejecuta desde una carpeta temporal: { $detail }
signal-exe-in-temp-dir-why = Los programas instalados no se ejecutan desde carpetas temporales; los que se acaban de descargar, o los que intentan pasar desapercibidos, a veces sí.
signal-exe-in-user-writable-dir = Se ejecuta desde tus propias carpetas, no desde donde se suelen instalar los programas: { $detail }
signal-exe-in-user-writable-dir-why = Cualquier programa que abras puede escribir ahí, así que algo podría haberlo puesto ahí sin preguntar. Algunas aplicaciones normales también se instalan ahí.
signal-exe-hidden-path = Se ejecuta desde una carpeta oculta: { $detail }
signal-exe-hidden-path-why = Las carpetas cuyo nombre empieza con un punto no se ven normalmente. Los programas espía suelen esconderse así.
signal-exe-deleted = Su archivo de programa se borró o se reemplazó mientras seguía funcionando: { $detail }
signal-exe-deleted-why = Esto pasa después de una actualización (se arregla al reiniciar el programa), pero también cuando un programa borra sus huellas.
signal-name-mimics-system = Su nombre copia, o casi copia, el de una parte del sistema ({ $detail }), pero no se ejecuta desde el lugar del sistema.
signal-name-mimics-system-why = Los programas dañinos suelen usar nombres de programas del sistema para parecer inocentes.
signal-listens-on-network = Otros dispositivos pueden conectarse a él ({ $detail }).
signal-listens-on-network-why = Otros pueden llegar a un programa que espera conexiones de fuera. Muchos son normales, pero vale la pena saber cuáles lo hacen.
signal-remote-access-port = Usa un puerto de control remoto o de acceso remoto: { $detail }
signal-remote-access-port-why = El acceso remoto permite que otra persona vea o controle esta computadora. Es útil para recibir ayuda técnica, pero también lo usan personas que acosan o espían a otras.
signal-unusual-port = Se comunica con direcciones de internet en puertos que no usa ningún servicio común: { $detail }
signal-unusual-port-why = La mayoría de las aplicaciones usan puertos muy conocidos, como el de la web segura. Un puerto poco común no es malo en sí, pero los programas espía suelen usar uno.
signal-hosting-provider = Se comunica con servidores alquilados a una empresa de alojamiento: { $detail }
signal-hosting-provider-why = Cualquiera puede alquilar un servidor ahí, así que el nombre de la empresa no dice nada sobre con quién te comunicas de verdad.
signal-frequent-reconnects = Se conecta una y otra vez al mismo lugar: { $detail }
signal-frequent-reconnects-why = Las conexiones regulares y repetidas pueden ser un programa que informa a quien lo controla. Los programas que se actualizan solos y las aplicaciones de chat también lo hacen.
signal-runs-as-admin = Funciona con permisos de administrador (como { $detail }), y este tipo de programa no suele necesitarlos.
signal-runs-as-admin-why = Con estos permisos, un programa puede ver y cambiar todo en la computadora.
signal-not-from-package-manager = No lo instaló el gestor de software del sistema: { $detail }
signal-not-from-package-manager-why = Es normal en aplicaciones descargadas de la web de quien las hace, pero también significa que nadie ha revisado este archivo por ti.
signal-unknown = Una señal poco común que esta versión de netreview no conoce: { $detail }

## Known programs: what each one is (ids: known-<id> of data/known-programs.yaml)

known-firefox = Firefox es un navegador web: se conecta a las páginas web que visitas.
known-google-chrome = Google Chrome es un navegador web: se conecta a las páginas web que visitas y a Google.
known-chromium = Chromium es un navegador web (la base de código abierto de Chrome): se conecta a las páginas web que visitas.
known-microsoft-edge = Microsoft Edge es un navegador web: se conecta a las páginas web que visitas y a Microsoft.
known-edge-webview2 = Una pieza de Microsoft Edge que otras aplicaciones (Teams, Outlook, Widgets y más) usan para mostrar páginas web, así que se conecta a páginas web.
known-brave = Brave es un navegador web que bloquea anuncios: se conecta a las páginas web que visitas.
known-opera = Opera (y Opera GX) es un navegador web: se conecta a las páginas web que visitas.
known-vivaldi = Vivaldi es un navegador web: se conecta a las páginas web que visitas.
known-safari = Safari es el navegador web que viene con el Mac: se conecta a las páginas web que visitas.
known-webkit-networking = Un programa auxiliar de Safari y de otras aplicaciones del Mac que muestran páginas web: descarga las páginas para ellas.
known-tor-browser = Tor Browser es un navegador para la privacidad: envía lo que navegas a través de la red Tor para que las páginas web no puedan ver fácilmente dónde estás.
known-tor = Tor es un programa que oculta de dónde viene tu tráfico de internet, haciéndolo pasar por varias computadoras de todo el mundo.
known-librewolf = LibreWolf es un navegador web centrado en la privacidad y basado en Firefox: se conecta a las páginas web que visitas.
known-gnome-web = GNOME Web (también llamado Epiphany) es un navegador web: se conecta a las páginas web que visitas.
known-webkitgtk-network = Un programa auxiliar que usan las aplicaciones de Linux que muestran páginas web (GNOME Web, Evolution, cuentas en línea) para descargar esas páginas.
known-signal = Signal es una aplicación de mensajería privada: se conecta a los servidores de Signal para enviar y recibir tus mensajes y llamadas.
known-whatsapp = WhatsApp es una aplicación de mensajería: se conecta a los servidores de WhatsApp para enviar y recibir tus mensajes y llamadas.
known-telegram = Telegram es una aplicación de mensajería: se conecta a los servidores de Telegram para enviar y recibir tus mensajes.
known-element = Element es una aplicación de mensajería para la red Matrix: se conecta a un servidor de Matrix para enviar y recibir mensajes.
known-discord = Discord es una aplicación de chat y voz para comunidades y juegos: se conecta a los servidores de Discord.
known-slack = Slack es una aplicación de chat para el trabajo: se conecta a los servidores de Slack para enviar y recibir mensajes.
known-microsoft-teams = Microsoft Teams es una aplicación de chat y videollamadas, a menudo para el trabajo o la escuela: se conecta a los servidores de Microsoft.
known-zoom = Zoom es una aplicación de videollamadas: se conecta a los servidores de Zoom durante las llamadas y para ver si hay mensajes.
known-skype = Skype es una aplicación antigua de llamadas y chat que Microsoft cerró en 2025; se conecta a los servidores de Microsoft.
known-webex = Webex es una aplicación de videollamadas y chat, a menudo para el trabajo: se conecta a los servidores de Webex de Cisco.
known-jitsi-meet = Jitsi Meet es una aplicación de videollamadas: se conecta a un servidor de Jitsi durante las llamadas.
known-wire = Wire es una aplicación privada de mensajes y llamadas: se conecta a los servidores de Wire.
known-threema = Threema es una aplicación de mensajería privada: se conecta a los servidores de Threema para enviar y recibir mensajes.
known-viber = Viber es una aplicación de mensajes y llamadas: se conecta a los servidores de Viber.
known-messenger = Messenger es la aplicación de chat de Facebook: se conecta a los servidores de Meta para enviar y recibir mensajes y llamadas.
known-apple-messages = Mensajes es la aplicación del Mac para iMessage y SMS: se conecta a Apple para enviarlos y recibirlos.
known-facetime = FaceTime es la aplicación de Apple para videollamadas y llamadas: se conecta a Apple y a la persona a la que llamas.
known-phone-link = Phone Link conecta esta computadora con un teléfono para mostrar sus mensajes, llamadas y fotos; comprueba que solo esté vinculado a tu propio teléfono.
known-pidgin = Pidgin es una aplicación de chat que puede entrar en varias redes de chat a la vez: se conecta a sus servidores.
known-thunderbird = Thunderbird es una aplicación de correo: se conecta a tus servidores de correo para recibir y enviar correos.
known-outlook = Outlook es la aplicación de correo y calendario de Microsoft: se conecta a tu servidor de correo para recibir y enviar correos.
known-outlook-new = El nuevo Outlook es la aplicación de correo y calendario de Microsoft para Windows: se conecta a tus servidores de correo a través de Microsoft.
known-apple-mail = Mail es la aplicación de correo del Mac: se conecta a tus servidores de correo para recibir y enviar correos.
known-evolution = Evolution es una aplicación de correo y calendario: se conecta a tus servidores de correo y de calendario.
known-geary = Geary es una aplicación de correo: se conecta a tus servidores de correo para recibir y enviar correos.
known-kmail = KMail es la aplicación de correo de KDE: se conecta a tus servidores de correo para recibir y enviar correos.
known-windows-mail = La antigua aplicación Correo y Calendario de Windows: se conecta a tus cuentas de correo y de calendario para mantenerlas al día.
known-spotify = Spotify reproduce música y podcasts: se conecta a los servidores de Spotify para transmitirlos.
known-vlc = VLC reproduce videos y música; solo usa la red para reproducir transmisiones en línea o buscar portadas y actualizaciones.
known-apple-music = Apple Music reproduce música: se conecta a Apple para transmitir canciones y sincronizar tu biblioteca.
known-itunes = iTunes reproduce música y sincroniza iPhones: se conecta a Apple para la tienda, la música en línea y las actualizaciones.
known-apple-tv = La aplicación Apple TV reproduce películas y series: se conecta a Apple para transmitirlas.
known-apple-podcasts = Podcasts reproduce podcasts: se conecta a internet para descargar y transmitir episodios.
known-plex-media-server = Plex Media Server comparte tus películas y tu música con tus otros dispositivos, y se conecta a los servidores de Plex.
known-kodi = Kodi reproduce películas, música y televisión; usa la red para complementos, transmisiones en línea y carpetas compartidas.
known-obs-studio = OBS Studio graba la pantalla o la cámara; usa la red cuando transmite en directo a sitios como Twitch o YouTube.
known-dropbox = Dropbox guarda una copia de tus archivos en línea: se conecta a los servidores de Dropbox para sincronizarlos.
known-onedrive = OneDrive guarda una copia de tus archivos en la nube de Microsoft: se conecta a Microsoft para sincronizarlos.
known-google-drive = Google Drive para computadoras mantiene tus archivos sincronizados con tu cuenta de Google: se conecta a Google.
known-icloud-bird = Una parte de macOS (llamada bird) que mantiene los archivos de iCloud Drive sincronizados con los servidores de Apple.
known-icloud-cloudd = Una parte de macOS (llamada cloudd) que sincroniza con iCloud los datos de las aplicaciones, como notas y contactos.
known-icloud-windows = iCloud para Windows sincroniza fotos, archivos y contraseñas con tu cuenta de Apple: se conecta a Apple.
known-nextcloud = Nextcloud mantiene tus archivos sincronizados con un servidor de Nextcloud (tuyo o de tu organización).
known-syncthing = Syncthing copia carpetas directamente entre tus propios dispositivos, así que se conecta a ellos y a servidores de ayuda.
known-megasync = MEGA guarda una copia de tus archivos en la nube de MEGA: se conecta a MEGA para sincronizarlos.
known-proton-drive = Proton Drive guarda en línea una copia cifrada de tus archivos: se conecta a los servidores de Proton.
known-box-drive = Box Drive muestra en esta computadora tus archivos de la nube de Box: se conecta a Box para sincronizarlos.
known-rclone = rclone es una herramienta que copia archivos hacia y desde almacenamiento en línea, así que se conecta a esos servicios.
known-libreoffice = LibreOffice sirve para escribir documentos y hojas de cálculo; solo usa la red para buscar actualizaciones o abrir archivos en línea.
known-microsoft-word = Word sirve para escribir documentos; se conecta a Microsoft para tu licencia, los archivos en línea, compartir y las actualizaciones.
known-microsoft-excel = Excel sirve para hacer hojas de cálculo; se conecta a Microsoft para tu licencia, los archivos en línea, compartir y las actualizaciones.
known-microsoft-powerpoint = PowerPoint sirve para hacer presentaciones; se conecta a Microsoft para tu licencia, los archivos en línea, compartir y las actualizaciones.
known-microsoft-onenote = OneNote es una aplicación de cuadernos: se conecta a Microsoft para mantener tus notas sincronizadas.
known-notion = Notion es una aplicación de notas y planificación: se conecta a los servidores de Notion, donde se guardan tus páginas.
known-obsidian = Obsidian es una aplicación de notas; usa la red para actualizaciones, complementos y su servicio opcional de sincronización.
known-evernote = Evernote es una aplicación de notas: se conecta a los servidores de Evernote para mantener tus notas sincronizadas.
known-adobe-acrobat = Adobe Acrobat abre archivos PDF; se conecta a Adobe para iniciar sesión, para documentos en línea y para actualizaciones.
known-adobe-creative-cloud = Creative Cloud instala y actualiza aplicaciones de Adobe como Photoshop, y revisa tu cuenta de Adobe en línea.
known-steam = Steam es una tienda y un lanzador de juegos: se conecta a Steam para descargar juegos, chatear y jugar en línea.
known-epic-games = Epic Games Launcher es una tienda y un lanzador de juegos: se conecta a Epic para descargarlos y jugarlos.
known-battle-net = Battle.net es el lanzador de juegos de Blizzard: se conecta a Blizzard para descargar, actualizar y jugar juegos.
known-ea-app = La EA app es el lanzador de juegos de Electronic Arts: se conecta a EA para descargar, actualizar y jugar juegos.
known-ubisoft-connect = Ubisoft Connect es el lanzador de juegos de Ubisoft: se conecta a Ubisoft para descargar, actualizar y jugar juegos.
known-gog-galaxy = GOG Galaxy es un lanzador de juegos: se conecta a GOG para descargar, actualizar y jugar juegos.
known-minecraft-launcher = Minecraft Launcher inicia tu sesión y descarga Minecraft: se conecta a Microsoft y a Mojang.
known-xbox-app = La aplicación Xbox es la tienda y el lanzador de juegos de Microsoft en Windows: se conecta a los servicios de Xbox.
known-gaming-services = Un servicio de Windows que funciona en segundo plano e instala y ejecuta juegos de la aplicación Xbox y de Microsoft Store.
known-riot-client = Riot Client abre juegos como League of Legends y Valorant: se conecta a los servidores de Riot.
known-roblox = Roblox es una plataforma de juegos en línea: se conecta a los servidores de Roblox para jugar y chatear.
known-bitwarden = Bitwarden guarda tus contraseñas: se conecta a un servidor de Bitwarden para mantenerlas sincronizadas.
known-1password = 1Password guarda tus contraseñas: se conecta a los servidores de 1Password para mantenerlas sincronizadas.
known-keepassxc = KeePassXC guarda tus contraseñas en un archivo de esta computadora; solo se conecta para descargar iconos de páginas web o buscar actualizaciones.
known-keepass = KeePass guarda tus contraseñas en un archivo de esta computadora; solo se conecta para buscar actualizaciones o complementos.
known-proton-pass = Proton Pass guarda tus contraseñas: se conecta a los servidores de Proton para mantenerlas sincronizadas.
known-protonvpn = Proton VPN envía tu tráfico de internet a través de los servidores de Proton, así que las páginas que visitas no ven tu dirección real.
known-mullvad-vpn = Mullvad VPN envía tu tráfico de internet a través de los servidores de Mullvad, así que las páginas que visitas no ven tu dirección real.
known-wireguard = WireGuard crea un túnel privado (VPN) desde esta computadora hacia otra red o un servicio de VPN.
known-openvpn = OpenVPN crea un túnel privado (VPN) desde esta computadora hacia un servicio de VPN o la red de un trabajo.
known-nordvpn = NordVPN envía tu tráfico de internet a través de los servidores de NordVPN, así que las páginas que visitas no ven tu dirección real.
known-expressvpn = ExpressVPN envía tu tráfico de internet a través de los servidores de ExpressVPN, así que las páginas que visitas no ven tu dirección real.
known-tailscale = Tailscale une tus dispositivos en una red privada para que puedan comunicarse entre sí desde cualquier lugar.
known-cisco-secure-client = Cisco Secure Client (AnyConnect) conecta esta computadora a la red de un trabajo o una escuela mediante una VPN.
known-openconnect = OpenConnect conecta esta computadora a la red de un trabajo o una escuela mediante una VPN.
known-globalprotect = GlobalProtect conecta esta computadora a la red de un trabajo o una escuela mediante una VPN.
known-cloudflare-warp = Cloudflare WARP envía tu tráfico de internet a través de Cloudflare para protegerlo, como una VPN.
known-zerotier = ZeroTier une tus dispositivos en una red privada para que puedan comunicarse entre sí desde cualquier lugar.
known-teamviewer = TeamViewer permite que alguien vea y controle esta computadora desde lejos. Es útil para recibir ayuda técnica, pero también lo usan personas que acosan o espían a otras: asegúrate de que lo instalaste tú y de que sabes quién se conecta.
known-anydesk = AnyDesk permite que alguien vea y controle esta computadora desde lejos. Es útil para recibir ayuda técnica, pero también lo usan personas que acosan o espían a otras: asegúrate de que lo instalaste tú y de que sabes quién se conecta.
known-chrome-remote-desktop = Chrome Remote Desktop permite que alguien vea y controle esta computadora desde lejos. Es útil para recibir ayuda técnica, pero también lo usan personas que acosan o espían a otras: asegúrate de que lo instalaste tú y de que sabes quién se conecta.
known-rustdesk = RustDesk permite que alguien vea y controle esta computadora desde lejos. Es útil para recibir ayuda técnica, pero también lo usan personas que acosan o espían a otras: asegúrate de que lo instalaste tú y de que sabes quién se conecta.
known-splashtop = Splashtop permite que alguien vea y controle esta computadora desde lejos. Es útil para recibir ayuda técnica, pero también lo usan personas que acosan o espían a otras: asegúrate de que lo instalaste tú y de que sabes quién se conecta.
known-x11vnc = x11vnc comparte esta pantalla (VNC) para que alguien pueda verla y controlarla desde lejos. Es útil para recibir ayuda técnica, pero también lo usan personas que acosan o espían a otras: asegúrate de que lo instalaste tú y de que sabes quién se conecta.
known-tigervnc = TigerVNC comparte una pantalla (VNC) para que alguien pueda verla y controlarla desde lejos. Es útil para recibir ayuda técnica, pero también lo usan personas que acosan o espían a otras: asegúrate de que lo instalaste tú y de que sabes quién se conecta.
known-realvnc = RealVNC Server permite que alguien vea y controle esta computadora desde lejos. Es útil para recibir ayuda técnica, pero también lo usan personas que acosan o espían a otras: asegúrate de que lo instalaste tú y de que sabes quién se conecta.
known-tightvnc = TightVNC permite que alguien vea y controle esta computadora desde lejos. Es útil para recibir ayuda técnica, pero también lo usan personas que acosan o espían a otras: asegúrate de que lo instalaste tú y de que sabes quién se conecta.
known-ultravnc = UltraVNC permite que alguien vea y controle esta computadora desde lejos. Es útil para recibir ayuda técnica, pero también lo usan personas que acosan o espían a otras: asegúrate de que lo instalaste tú y de que sabes quién se conecta.
known-quick-assist = Quick Assist permite que la persona a quien le das un código vea y controle esta computadora. Es útil para recibir ayuda técnica, pero también lo usan personas que acosan o espían a otras: asegúrate de que lo instalaste tú y de que sabes quién se conecta.
known-screenconnect = ScreenConnect permite que alguien vea y controle esta computadora desde lejos. Es útil para recibir ayuda técnica, pero también lo usan personas que acosan o espían a otras: asegúrate de que lo instalaste tú y de que sabes quién se conecta.
known-logmein = LogMeIn permite que alguien vea y controle esta computadora desde lejos. Es útil para recibir ayuda técnica, pero también lo usan personas que acosan o espían a otras: asegúrate de que lo instalaste tú y de que sabes quién se conecta.
known-parsec = Parsec permite que alguien juegue en esta computadora o la controle desde lejos. Es útil para recibir ayuda técnica, pero también lo usan personas que acosan o espían a otras: asegúrate de que lo instalaste tú y de que sabes quién se conecta.
known-macos-screen-sharing = Screen Sharing (Compartir pantalla), que viene con macOS, permite que alguien vea y controle este Mac desde lejos. Es útil para recibir ayuda técnica, pero también lo usan personas que acosan o espían a otras: asegúrate de que lo activaste tú y de que sabes quién se conecta.
known-windows-remote-desktop-client = Remote Desktop Connection (Conexión a Escritorio remoto) permite que alguien aquí controle otra computadora que está lejos. Es un uso legítimo, pero quienes acosan o espían abusan de las herramientas remotas: asegúrate de que sabes quién lo usa.
known-windows-remote-assistance = Remote Assistance (Asistencia remota) permite que alguien a quien invitas vea y controle esta computadora. Es útil para recibir ayuda técnica, pero también lo usan personas que acosan o espían a otras: asegúrate de que lo activaste tú y de que sabes quién se conecta.
known-gnome-remote-desktop = GNOME Remote Desktop permite que alguien vea y controle esta computadora desde lejos. Es útil para recibir ayuda técnica, pero también lo usan personas que acosan o espían a otras: asegúrate de que lo instalaste tú y de que sabes quién se conecta.
known-krfb = KDE Desktop Sharing permite que alguien vea y controle esta computadora desde lejos. Es útil para recibir ayuda técnica, pero también lo usan personas que acosan o espían a otras: asegúrate de que lo instalaste tú y de que sabes quién se conecta.
known-xrdp = xrdp permite que alguien entre desde lejos al escritorio de esta computadora. Es útil para recibir ayuda técnica, pero también lo usan personas que acosan o espían a otras: asegúrate de que lo instalaste tú y de que sabes quién se conecta.
known-nomachine = NoMachine permite que alguien vea y controle esta computadora desde lejos. Es útil para recibir ayuda técnica, pero también lo usan personas que acosan o espían a otras: asegúrate de que lo instalaste tú y de que sabes quién se conecta.
known-sshd = SSH permite que alguien con una contraseña o una clave entre desde lejos en esta computadora. Es útil para recibir ayuda técnica, pero también lo usan personas que acosan o espían a otras: asegúrate de que lo instalaste tú y de que sabes quién se conecta.
known-microsoft-defender = Microsoft Defender es el antivirus que viene con Windows: revisa archivos y recibe de Microsoft información sobre virus nuevos.
known-defender-core-service = Un programa auxiliar de Microsoft Defender, el antivirus que viene con Windows; habla con Microsoft sobre amenazas y actualizaciones.
known-defender-network-inspection = Una parte de Microsoft Defender que vigila el tráfico de red para detectar ataques conocidos.
known-defender-update-tool = Una herramienta de Microsoft Defender que descarga información sobre virus nuevos y hace análisis.
known-defender-for-endpoint = Un programa de seguridad que suele poner un empleador en las computadoras del trabajo; informa de lo que pasa en esta computadora a su equipo de seguridad.
known-smartscreen = SmartScreen es una comprobación de seguridad de Windows: pregunta a Microsoft si las descargas y las páginas web son peligrosas conocidas.
known-clamav-freshclam = freshclam descarga información sobre virus nuevos para el antivirus ClamAV.
known-malwarebytes = Malwarebytes busca programas dañinos: se conecta a Malwarebytes para las actualizaciones y tu licencia.
known-avast = Avast es un antivirus: se conecta a Avast para recibir información sobre virus nuevos y revisar archivos.
known-avg = AVG es un antivirus: se conecta a AVG para recibir información sobre virus nuevos y revisar archivos.
known-kaspersky = Kaspersky es un antivirus: se conecta a Kaspersky para recibir información sobre virus nuevos y revisar archivos.
known-eset = ESET es un antivirus: se conecta a ESET para recibir información sobre virus nuevos y revisar archivos.
known-bitdefender = Bitdefender es un antivirus: se conecta a Bitdefender para recibir información sobre virus nuevos y revisar archivos.
known-crowdstrike-falcon = Un programa de seguridad que suele poner un empleador en las computadoras del trabajo; informa de lo que pasa en esta computadora a su equipo de seguridad.
known-little-snitch = Little Snitch vigila qué aplicaciones de este Mac usan la red y te pregunta antes de que se conecten.
known-vscode = Visual Studio Code es un editor de código: se conecta para extensiones, actualizaciones y código en otras computadoras.
known-git-remote-https = Un programa auxiliar de Git, una herramienta para código: descarga y sube código de sitios como GitHub.
known-ssh-client = ssh abre una conexión segura desde esta computadora hacia otra, normalmente para trabajar en ella o copiar archivos.
known-nodejs = Node.js ejecuta programas escritos en JavaScript, a menudo para desarrolladores; a qué se conecta depende del programa que ejecuta.
known-docker = Docker ejecuta programas en cajas separadas (contenedores) para desarrolladores; los descarga y deja pasar su tráfico.
known-jetbrains-ides = Un editor de código de JetBrains (como IntelliJ IDEA o PyCharm): se conecta para complementos, actualizaciones, licencias y herramientas de código.
known-jetbrains-toolbox = JetBrains Toolbox instala y actualiza los editores de código de JetBrains: se conecta a JetBrains para descargarlos.
known-github-desktop = GitHub Desktop es una aplicación para trabajar con código en GitHub: se conecta a GitHub para descargar y subir código.
known-visual-studio = Visual Studio es la herramienta de Microsoft para escribir programas: se conecta para iniciar sesión, actualizaciones, extensiones y ayuda.
known-curl = curl es una pequeña herramienta que descarga o sube una dirección web; los programas y los scripts la usan a menudo.
known-google-updater = Un programa auxiliar de Google que mantiene Chrome y otras aplicaciones de Google al día descargando versiones nuevas.
known-microsoft-edge-update = Un programa auxiliar de Microsoft que mantiene el navegador Edge al día descargando versiones nuevas.
known-office-click-to-run = Un servicio de Microsoft que instala y actualiza aplicaciones de Office como Word y Excel.
known-microsoft-autoupdate = Un programa auxiliar de Microsoft que mantiene al día Office, Teams y otras aplicaciones de Microsoft en el Mac.
known-adobe-updater = Un programa auxiliar de Adobe que mantiene al día Acrobat Reader y otras aplicaciones de Adobe.
known-sparkle-updater = Un pequeño programa auxiliar que viene dentro de muchas aplicaciones del Mac y busca y descarga versiones nuevas de esa aplicación.
known-squirrel-updater = Un pequeño programa auxiliar que usan aplicaciones como Discord, Slack y Teams para descargar sus propias versiones nuevas.
known-windows-update-worker = Una parte de Windows Update que busca y descarga actualizaciones de Windows.
known-macos-software-update = Una parte de macOS que busca actualizaciones del sistema en los servidores de Apple y las descarga.
known-macos-app-store = App Store y sus programas auxiliares descargan y actualizan aplicaciones de Apple.
known-microsoft-store = Microsoft Store descarga y actualiza aplicaciones de Microsoft.
known-apt-methods = Una parte del instalador de software de Debian y Ubuntu que descarga programas y actualizaciones.
known-unattended-upgrades = Una parte de Debian y Ubuntu que instala por sí sola las actualizaciones de seguridad en segundo plano.
known-dnf = El instalador de software de Fedora y sistemas parecidos: descarga programas y actualizaciones.
known-packagekit = Un servicio de Linux que usa el centro de software para buscar y descargar actualizaciones.
known-gnome-software = GNOME Software es la tienda de aplicaciones del escritorio GNOME: descarga aplicaciones y actualizaciones.
known-plasma-discover = Discover es la tienda de aplicaciones del escritorio KDE: descarga aplicaciones y actualizaciones.
known-snapd = Un servicio de Linux que instala aplicaciones snap y las mantiene al día.
known-snap-store = Ubuntu App Center te deja buscar e instalar aplicaciones; se conecta a Snap Store.
known-flatpak = Flatpak instala y actualiza aplicaciones en Linux, así que las descarga de tiendas de aplicaciones como Flathub.
known-fwupd = Un servicio de Linux que busca e instala actualizaciones de firmware (el software interno) de partes de esta computadora.
known-cups = El servicio de impresión: envía lo que imprimes a las impresoras, también a las impresoras de tu red.
known-cups-browsed = Un programa auxiliar de Linux que encuentra impresoras en tu red para que puedas imprimir en ellas.
known-ipp-usb = Un programa auxiliar de Linux que hace que las impresoras y escáneres USB modernos funcionen como impresoras de red, solo en esta computadora.
known-windows-print-spooler = Una parte de Windows que envía lo que imprimes a las impresoras, también a las impresoras de tu red.
known-print-isolation-host = Una parte de Windows que ejecuta los controladores de impresora por separado, de forma segura; puede comunicarse con impresoras de red.
known-systemd = El primer programa que inicia Linux; puede tener abiertos puertos de red para otros servicios e iniciarlos cuando alguien se conecta.
known-systemd-resolved = Una parte de Linux que busca las direcciones de páginas web y servicios (DNS) para todos los programas.
known-systemd-networkd = Una parte de Linux que configura las conexiones de red y le pide una dirección al router.
known-systemd-timesyncd = Una parte de Linux que mantiene en hora el reloj de la computadora preguntando a servidores de hora en internet.
known-networkmanager = Una parte de Linux que conecta esta computadora a redes Wi-Fi y por cable, y comprueba que internet funciona.
known-wpa-supplicant = Una parte de Linux que entra en las redes Wi-Fi con su contraseña.
known-iwd = Una parte de Linux que conecta esta computadora a redes Wi-Fi.
known-dhclient = Una parte de Linux que le pide al router una dirección para esta computadora (DHCP).
known-dhcpcd = Una parte de Linux que le pide al router una dirección para esta computadora (DHCP).
known-avahi-daemon = Una parte de Linux que encuentra impresoras y otros dispositivos en la red de tu casa, y deja que ellos encuentren esta computadora.
known-chronyd = Una parte de Linux que mantiene en hora el reloj de la computadora preguntando a servidores de hora en internet.
known-ntpd = Un servicio que mantiene en hora el reloj de la computadora preguntando a servidores de hora en internet.
known-modemmanager = Una parte de Linux que maneja los módems de datos móviles (tarjetas SIM), si esta computadora tiene uno.
known-geoclue = Una parte de Linux que calcula dónde está la computadora, usando las redes Wi-Fi cercanas, para las aplicaciones a las que das permiso.
known-dnsmasq = Un pequeño programa auxiliar que reparte direcciones y busca nombres para máquinas virtuales, puntos de acceso o el servicio de red.
known-rpcbind = Un programa auxiliar de Linux para compartir carpetas por la red (NFS); espera a que otras computadoras se lo pidan.
known-samba = Samba comparte las carpetas e impresoras de esta computadora con las computadoras Windows de la red.
known-exim = Un programa de correo que Debian instala por defecto para entregar mensajes del sistema; normalmente solo escucha en esta computadora.
known-postfix = Un programa de correo que entrega mensajes del sistema y correos; normalmente solo escucha en esta computadora.
known-gvfs-network = Programas auxiliares del escritorio de Linux que abren por ti carpetas y archivos compartidos de otras computadoras o servidores.
known-goa-daemon = Una parte del escritorio GNOME que inicia sesión en tus cuentas en línea (Google, Nextcloud y otras) para otras aplicaciones.
known-gsd-sharing = Una parte del escritorio GNOME que activa o desactiva el uso compartido de archivos, multimedia y pantalla según lo elegido en Configuración.
known-kdeconnect = KDE Connect vincula esta computadora con un teléfono de la misma red para compartir archivos, mensajes y notificaciones; revisa qué teléfonos están vinculados.
known-whoopsie = Una parte de Ubuntu que envía informes de errores a los desarrolladores de Ubuntu cuando un programa falla.
known-launchd = El primer programa que inicia macOS; puede tener abiertos puertos de red para otros servicios e iniciarlos cuando alguien se conecta.
known-mdnsresponder = Una parte de macOS que busca las direcciones de las páginas web (DNS) y encuentra impresoras y dispositivos en la red de tu casa.
known-rapportd = Una parte de macOS que permite que tus dispositivos Apple cercanos trabajen juntos, como con Handoff y el portapapeles compartido.
known-apsd = Una parte de macOS que mantiene una conexión con Apple para recibir las notificaciones de tus aplicaciones.
known-trustd = Una parte de macOS que revisa los certificados de seguridad de páginas web y aplicaciones, a veces preguntando en línea.
known-nsurlsessiond = Una parte de macOS que hace descargas y subidas en segundo plano para las aplicaciones y para iCloud.
known-identityservicesd = Una parte de macOS que conecta tu Apple ID con iMessage, FaceTime y tus otros dispositivos.
known-sharingd = Una parte de macOS que maneja AirDrop, Handoff y otras formas de compartir con dispositivos cercanos.
known-airplay-helper = Una parte de macOS que envía el sonido o la pantalla a altavoces y televisores con AirPlay.
known-control-center = El Centro de control del Mac; también espera conexiones de AirPlay para que otros dispositivos Apple puedan mostrar cosas en este Mac.
known-locationd = Una parte de macOS que calcula dónde está la computadora, usando las redes Wi-Fi cercanas, para las aplicaciones a las que das permiso.
known-macos-parsecd = Una parte de macOS que trae de Apple sugerencias de Siri y Spotlight cuando buscas.
known-syspolicyd = Una parte de macOS que comprueba con Apple que las aplicaciones que abres están firmadas y no se sabe que sean dañinas.
known-timed = Una parte de macOS que mantiene en hora el reloj de la computadora preguntando a los servidores de hora de Apple.
known-netbiosd = Una parte de macOS que encuentra y anuncia nombres de computadoras en redes domésticas de estilo Windows.
known-configd = Una parte de macOS que configura las conexiones de red y le pide una dirección al router.
known-akd = Una parte de macOS que inicia tu sesión en tu Apple ID y hace que siga funcionando.
known-accountsd = Una parte de macOS que mantiene abiertas tus cuentas de internet (iCloud, Google y otras) para aplicaciones como Mail.
known-assistantd = Una parte de macOS que envía a Apple lo que le pides a Siri y lo que dictas.
known-networkserviceproxy = Una parte de macOS que maneja iCloud Private Relay y otros servicios de red de Apple.
known-find-my = Find My (Encontrar) muestra dónde están tus dispositivos Apple y tus AirTags, y puede compartir tu ubicación; revisa con quién la compartes.
known-macos-file-sharing = Una parte de macOS que comparte las carpetas de este Mac con otras computadoras de la red cuando Compartir archivos está activado.
known-windows-system = El corazón del propio Windows; se encarga de compartir archivos e impresoras y de otro tráfico de red de toda la computadora.
known-windows-idle = No es un programa real: Windows pone en su lista las conexiones que se están cerrando, así que verlo es normal.
known-svchost = Un programa de Windows que ejecuta muchos de los servicios propios de Windows; es normal ver muchas copias funcionando.
known-lsass = Una parte de Windows que revisa los inicios de sesión y las contraseñas; en las redes de trabajo habla con los servidores de la empresa.
known-windows-services = Una parte de Windows que inicia y detiene los servicios de Windows; mantiene un puerto abierto para uso propio de Windows.
known-wininit = Una parte de Windows que pone en marcha el sistema; mantiene un puerto abierto para uso propio de Windows, y eso es normal.
known-windows-search = El cuadro de búsqueda de Windows: busca en esta computadora y también en internet con Bing.
known-explorer = El Explorador de Windows muestra el escritorio, la barra de tareas y tus archivos; usa la red para carpetas compartidas y algunos contenidos.
known-wmiprvse = Una parte de Windows que responde preguntas sobre la computadora a otros programas, a veces por la red.
known-taskhostw = Una parte de Windows que ejecuta tareas programadas en segundo plano; algunas se conectan a internet.
known-runtimebroker = Una parte de Windows que revisa lo que pueden hacer las aplicaciones de Microsoft Store; puede conectarse a internet para ellas.
known-backgroundtaskhost = Una parte de Windows que ejecuta pequeños trabajos en segundo plano para las aplicaciones, como buscar noticias o actualizaciones.
known-dashost = Una parte de Windows que encuentra y vincula dispositivos de tu red, como impresoras, televisores y altavoces.
known-compattelrunner = Una parte de Windows que revisa qué programas están instalados y envía informes sobre eso a Microsoft.
known-windows-widgets = El panel de Widgets de Windows muestra noticias, el tiempo y más, y lo descarga de Microsoft.
known-start-menu = El menú Inicio de Windows; se conecta a internet para mostrar aplicaciones sugeridas y resultados de la web.
known-wwahost = Una parte de Windows que ejecuta algunas aplicaciones de Microsoft Store hechas como páginas web, así que se conecta para ellas.
known-dllhost = Un programa auxiliar de Windows que ejecuta pequeñas partes de otros programas; a veces se conecta a internet para ellas, por ejemplo para imágenes.
known-rundll32 = Un programa auxiliar de Windows que ejecuta código guardado en otros archivos; casi nunca necesita la red, así que vale la pena mirar bien sus conexiones.
known-mshta = Un programa auxiliar antiguo de Windows que ejecuta pequeños programas hechos como páginas web; hoy casi no se usa, así que vale la pena mirar bien sus conexiones.
known-powershell = PowerShell ejecuta órdenes y scripts; solo se conecta a internet cuando un script se lo pide, así que revisa qué lo inició.
known-sppsvc = Una parte de Windows que comprueba con Microsoft que tu copia de Windows está activada.
known-family-safety = El control parental de Windows: puede informar de la actividad de esta cuenta a quien organiza la familia; revisa quién está en tu familia de Microsoft.
known-bonjour-windows = Bonjour de Apple encuentra impresoras y dispositivos Apple en la red de tu casa; lo instalan iTunes y algunas aplicaciones de impresoras.
known-apple-mobile-device = Un programa auxiliar de Apple que permite que iTunes y otras aplicaciones se comuniquen con un iPhone o iPad, por cable o por Wi-Fi.
known-nvidia-app = Los programas auxiliares de la tarjeta gráfica de NVIDIA: descargan actualizaciones de controladores y pueden grabar o compartir partidas de juegos.

## Who owns an address (the offline ownership database)

owner-line = Propietario: { $org } (red AS{ $asn }; sus direcciones están registradas en el país { $country }, que no es necesariamente donde está el servidor).
owner-line-no-country = Propietario: { $org } (red AS{ $asn }).
owner-unknown = Propietario: no está en la base de datos sin conexión.
owner-kind-cdn = { $name } es una red de distribución de contenido: muchas aplicaciones y sitios web la usan para entregar su contenido rápido.
owner-kind-cloud = { $name } es un proveedor de nube: las empresas alquilan computadoras ahí para hacer funcionar sus aplicaciones y sitios web. Cualquiera puede alquilar un servidor aquí, así que el propietario no es necesariamente con quien te estás comunicando.
owner-kind-hosting = { $name } es una empresa de alojamiento: alquila servidores y sitios web. Cualquiera puede alquilar un servidor aquí, así que el propietario no es necesariamente con quien te estás comunicando.
owner-kind-big-tech = { $name } es una gran empresa de tecnología: sus propias aplicaciones y servicios se conectan aquí.
owner-kind-isp = { $name } es un proveedor de internet: conecta casas, oficinas y teléfonos a internet.
owner-kind-vpn = { $name } ofrece un servicio de VPN, o la red que hay detrás de uno: hace pasar el tráfico de otras personas, así que los sitios web ven su dirección en lugar de la de ellas.
ownership-file-refused = No se pudo usar la base de datos de propietarios descargada ({ $path }: { $reason }). En su lugar, netreview usa la que trae incluida.
ownership-none = Esta copia de netreview no tiene base de datos de propietarios, así que no se muestran los propietarios.

## netreview lookup

lookup-bad-address = "{ $input }" no es una dirección de internet. Escríbela así: 151.101.132.246, 2a04:4e42::1, 8.8.8.8:53 o [2a04:4e42::1]:443.
lookup-some-failed = { $count ->
    [one] No se pudo buscar un elemento; los demás sí tienen respuesta.
   *[other] No se pudieron buscar { $count } elementos; los demás sí tienen respuesta.
}

## Online look-ups (RDAP), only with consent

online-consent = netreview puede buscar { $addresses } en línea, en los datos públicos de los registros de internet. Para eso, descargaría la lista de registros desde { $host } (esto no envía ninguna dirección) y luego enviaría cada dirección al registro que la administra (ARIN, RIPE NCC, APNIC, LACNIC o AFRINIC). No se envía nada más, pero esos servidores verán tu dirección de internet. ¿Buscar en línea? Escribe s para sí, o cualquier otra cosa para no:
consent-yes-words = y, yes, s, si, sí
online-no-terminal = No se buscó en línea: no hay una ventana de terminal para pedirte permiso. Añade --online para permitirlo.
online-refused = No se buscó en línea, como elegiste. Las respuestas de arriba vienen de la base de datos sin conexión.
online-rate-limited = El registro nos pide ir más despacio (demasiadas búsquedas). Vuelve a intentarlo en unos minutos; la respuesta sin conexión de arriba sigue siendo válida.
online-not-found = El registro no tiene datos de esta dirección.
online-status = El registro respondió con un error (HTTP { $code }). La respuesta sin conexión de arriba sigue siendo válida.
online-timeout = El registro tardó demasiado en responder. Revisa la conexión a internet y vuelve a intentarlo; la respuesta sin conexión de arriba sigue siendo válida.
online-unreachable = No se pudo llegar al registro ({ $reason }). Quizás esta computadora no tiene conexión a internet; la respuesta sin conexión de arriba sigue siendo válida.
online-no-registry = No hay ningún registro indicado para esta dirección.
online-bad-answer = No se pudo leer la respuesta del registro.
online-unknown = desconocido
online-record = Datos del registro, desde { $server } (obtenidos el { $fetched }): red { $network }, a nombre de { $org }, país { $country }, fecha de registro { $registered }.

## netreview db update

db-update-consent = netreview descargaría los datos de propietarios más recientes (varios archivos, decenas de megabytes) desde { $host }. Esto no envía ninguna dirección ni nada sobre esta computadora, pero ese servidor verá tu dirección de internet. ¿Descargar ahora? Escribe s para sí, o cualquier otra cosa para no:
db-update-no-terminal = No se descargó nada: no hay una ventana de terminal para pedirte permiso. Ejecuta "netreview --online db update" para permitirlo.
db-update-refused = No se descargó nada, como elegiste. netreview sigue usando los datos de propietarios que ya tiene.
db-update-no-folder = No se descargó nada: netreview no encontró una carpeta para sus datos en esta computadora.
db-update-downloading = Descargando desde { $host } …
db-update-failed = Los nuevos datos de propietarios no se instalaron ({ $reason }). netreview sigue usando los datos que tenía.
db-update-done = Se instaló { $source }: { $v4 } rangos de direcciones IPv4 y { $v6 } rangos de direcciones IPv6, guardados en { $path }. Desde ahora, netreview usa estos datos.

## Countries (generated by tools/gen-countries.py from i18n-iso-countries 7.14.0, MIT; do not edit)
country-AD = Andorra
country-AE = Emiratos Árabes Unidos
country-AF = Afganistán
country-AG = Antigua y Barbuda
country-AI = Anguila
country-AL = Albania
country-AM = Armenia
country-AO = Angola
country-AQ = Antártida
country-AR = Argentina
country-AS = Samoa Americana
country-AT = Austria
country-AU = Australia
country-AW = Aruba
country-AX = Islas Åland
country-AZ = Azerbaiyán
country-BA = Bosnia y Herzegovina
country-BB = Barbados
country-BD = Bangladesh
country-BE = Bélgica
country-BF = Burkina Faso
country-BG = Bulgaria
country-BH = Bahrein
country-BI = Burundi
country-BJ = Benin
country-BL = Saint Barthélemy
country-BM = Bermudas
country-BN = Brunei Darussalam
country-BO = Bolivia
country-BQ = Bonaire, San Eustaquio y Saba
country-BR = Brasil
country-BS = Bahamas
country-BT = Bután
country-BV = Isla Bouvet
country-BW = Botswana
country-BY = Bielorrusia
country-BZ = Belice
country-CA = Canadá
country-CC = Islas Cocos (Keeling)
country-CD = Congo (República Democrática del)
country-CF = República Centroafricana
country-CG = Congo
country-CH = Suiza
country-CI = Costa de Marfil
country-CK = Islas Cook
country-CL = Chile
country-CM = Camerún
country-CN = China
country-CO = Colombia
country-CR = Costa Rica
country-CU = Cuba
country-CV = Cabo Verde
country-CW = Curaçao
country-CX = Isla de Navidad
country-CY = Chipre
country-CZ = República Checa
country-DE = Alemania
country-DJ = Yibuti
country-DK = Dinamarca
country-DM = Dominica
country-DO = República Dominicana
country-DZ = Argelia
country-EC = Ecuador
country-EE = Estonia
country-EG = Egipto
country-EH = Sahara Occidental
country-ER = Eritrea
country-ES = España
country-ET = Etiopía
country-FI = Finlandia
country-FJ = Fiji
country-FK = Islas Malvinas
country-FM = Micronesia
country-FO = Islas Feroe
country-FR = Francia
country-GA = Gabón
country-GB = Reino Unido
country-GD = Granada
country-GE = Georgia
country-GF = Guayana Francesa
country-GG = Guernsey
country-GH = Ghana
country-GI = Gibraltar
country-GL = Groenlandia
country-GM = Gambia
country-GN = Guinea
country-GP = Guadalupe
country-GQ = Guinea Ecuatorial
country-GR = Grecia
country-GS = Georgia del Sur y las Islas Sandwich del Sur
country-GT = Guatemala
country-GU = Guam
country-GW = Guinea Bissau
country-GY = Guyana
country-HK = Hong Kong
country-HM = Heard e Islas McDonald
country-HN = Honduras
country-HR = Croacia
country-HT = Haití
country-HU = Hungría
country-ID = Indonesia
country-IE = Irlanda
country-IL = Israel
country-IM = Isla de Man
country-IN = India
country-IO = Territorio Británico del Océano Índico
country-IQ = Iraq
country-IR = Irán
country-IS = Islandia
country-IT = Italia
country-JE = Jersey
country-JM = Jamaica
country-JO = Jordania
country-JP = Japón
country-KE = Kenia
country-KG = Kirguistán
country-KH = Camboya
country-KI = Kiribati
country-KM = Comoras
country-KN = Saint Kitts y Nevis
country-KP = República Popular Democrática de Corea
country-KR = República de Corea
country-KW = Kuwait
country-KY = Islas Caimán
country-KZ = Kazajistán
country-LA = República Democrática Popular de Lao
country-LB = Líbano
country-LC = Santa Lucía
country-LI = Liechtenstein
country-LK = Sri Lanka
country-LR = Liberia
country-LS = Lesoto
country-LT = Lituania
country-LU = Luxemburgo
country-LV = Letonia
country-LY = Libia
country-MA = Marruecos
country-MC = Mónaco
country-MD = Moldavia
country-ME = Montenegro
country-MF = Saint Martin (francesa)
country-MG = Madagascar
country-MH = Islas Marshall
country-MK = Macedonia del Norte
country-ML = Malí
country-MM = Myanmar
country-MN = Mongolia
country-MO = Macao
country-MP = Islas Marianas del Norte
country-MQ = Martinica
country-MR = Mauritania
country-MS = Montserrat
country-MT = Malta
country-MU = Mauricio
country-MV = Maldivas
country-MW = Malaui
country-MX = México
country-MY = Malasia
country-MZ = Mozambique
country-NA = Namibia
country-NC = Nueva Caledonia
country-NE = Níger
country-NF = Isla Norfolk
country-NG = Nigeria
country-NI = Nicaragua
country-NL = Países Bajos
country-NO = Noruega
country-NP = Nepal
country-NR = Nauru
country-NU = Niue
country-NZ = Nueva Zelanda
country-OM = Omán
country-PA = Panamá
country-PE = Perú
country-PF = Polinesia Francesa
country-PG = Papua Nueva Guinea
country-PH = Filipinas
country-PK = Pakistán
country-PL = Polonia
country-PM = San Pedro y Miquelón
country-PN = Pitcairn
country-PR = Puerto Rico
country-PS = Palestina
country-PT = Portugal
country-PW = Palau
country-PY = Paraguay
country-QA = Catar
country-RE = Reunión
country-RO = Rumanía
country-RS = Serbia
country-RU = Rusia
country-RW = Ruanda
country-SA = Arabia Saudita
country-SB = Islas Salomón
country-SC = Seychelles
country-SD = Sudán
country-SE = Suecia
country-SG = Singapur
country-SH = Santa Helena, Ascensión y Tristán de Acuña
country-SI = Eslovenia
country-SJ = Svalbard y Jan Mayen
country-SK = Eslovaquia
country-SL = Sierra Leona
country-SM = San Marino
country-SN = Senegal
country-SO = Somalia
country-SR = Suriname
country-SS = Sudán del Sur
country-ST = Santo Tomé y Príncipe
country-SV = El Salvador
country-SX = Sint Maarten (neerlandesa)
country-SY = República Árabe Siria
country-SZ = Esuatini
country-TC = Islas Turcas y Caicos
country-TD = Chad
country-TF = Tierras Australes Francesas
country-TG = Togo
country-TH = Tailandia
country-TJ = Tayikistán
country-TK = Tokelau
country-TL = Timor-Leste
country-TM = Turkmenistán
country-TN = Túnez
country-TO = Tonga
country-TR = Turquía
country-TT = Trinidad y Tobago
country-TV = Tuvalu
country-TW = Taiwán
country-TZ = Tanzania
country-UA = Ucrania
country-UG = Uganda
country-UM = Islas Ultramarinas Menores de los Estados Unidos
country-US = Estados Unidos
country-UY = Uruguay
country-UZ = Uzbekistán
country-VA = Santa Sede
country-VC = San Vicente y las Granadinas
country-VE = Venezuela
country-VG = Islas Vírgenes británicas
country-VI = Islas Vírgenes de los Estados Unidos
country-VN = Vietnam
country-VU = Vanuatu
country-WF = Wallis y Futuna
country-WS = Samoa
country-XK = Kosovo
country-YE = Yemen
country-YT = Mayotte
country-ZA = Sudáfrica
country-ZM = Zambia
country-ZW = Zimbabue
## End of countries
