# netreview — português do Brasil.
# Todos os textos que a pessoa vê ficam aqui. Os ids são conferidos por `fl!`.
# Palavras simples: uma criança de 12 anos deve entender cada frase.

## Linha de comando

cli-about = Uma verificação calma, passo a passo, de quais programas deste computador se comunicam pela rede.
cli-long-version = { $version }
    Dados sobre os donos dos endereços: { $data }.
    Contém dados do RouteViews (routeviews.org), do DB-IP.com (IP to ASN Lite, https://db-ip.com) e do NRO (nro.net), sob a licença Creative Commons Attribution 4.0 (CC BY 4.0), do jeito que foram publicados pelo ip-location-db. Veja data/PROVENANCE.md.
cli-no-data = nenhum embutido no programa
cli-lang = Idioma de todos os textos, por exemplo pt-BR
cli-demo = Treinar a verificação guiada em um computador inventado (para oficinas; não precisa de permissões especiais)
cli-scan-about = Registrar os programas que estão usando a rede agora, ou observar por um tempo
cli-format = Como mostrar o resultado: table (fácil de ler), yaml ou json (o formato do resumo)
cli-watch = Continuar observando por este tempo (por exemplo 30s, 2m) para pegar programas que só se conectam de vez em quando
cli-interval = Tempo entre duas olhadas durante a observação (por exemplo 1s, 500ms)
cli-output = Salvar o resultado neste arquivo em vez de mostrá-lo na tela
cli-from = Ler um registro ou um arquivo de resumo salvo em vez deste computador
cli-online = Permitir consultas online nesta execução sem perguntar (os endereços são enviados aos registros da internet)
cli-lookup-about = Explicar endereços: o que eles são, para qual serviço uma porta serve e quem é o dono deles
cli-lookup-format = Como mostrar as respostas: text (fácil de ler), yaml ou json
cli-lookup-items = Endereços para explicar, cada um com uma porta se você quiser: 151.101.132.246, 8.8.8.8:53, [2a04:4e42::1]:443
cli-db-about = Cuidar do banco de dados de donos (quem é dono de cada endereço da internet)
cli-db-update-about = Baixar da internet os dados de donos mais recentes (pergunta antes)
error-heading = O netreview não conseguiu terminar
bad-interval = O tempo entre duas olhadas precisa ser maior que zero.

## Endereços: o que está do outro lado de uma conexão

scope-loopback = { $addr } é este computador falando com ele mesmo: inofensivo.
scope-this-computer = { $addr } é um dos endereços deste próprio computador: ele está falando com ele mesmo.
scope-unspecified = { $addr } quer dizer "nenhum endereço em particular".
scope-private = { $addr } é um aparelho da sua própria rede (de casa ou do trabalho).
scope-unique-local = { $addr } é um aparelho da sua própria rede (de casa ou do trabalho).
scope-shared-cgnat = { $addr } pertence à rede do seu provedor de internet, que fica entre você e a internet.
scope-link-local = { $addr } é um aparelho ligado direto a este, pelo mesmo cabo ou pelo mesmo Wi-Fi.
scope-multicast = { $addr } é um endereço de grupo: uma mensagem chega a todos os aparelhos por perto que estão esperando por ela.
scope-broadcast = { $addr } quer dizer todos os aparelhos da sua rede local ao mesmo tempo.
scope-documentation = { $addr } é um endereço de exemplo, reservado para livros e manuais: o tráfego de verdade nunca deveria usá-lo.
scope-benchmarking = { $addr } é reservado para testar equipamentos de rede: é incomum em um computador do dia a dia.
scope-reserved = { $addr } é um endereço reservado que não deveria ser usado: é incomum.
scope-public = { $addr } está na internet.

## Quem consegue chegar a um programa que espera conexões

reach-this-computer = Só programas deste computador conseguem acessá-lo.
reach-your-network = Aparelhos da sua própria rede conseguem acessá-lo.
reach-all-networks = Pode ser acessado de todas as redes em que este computador está, talvez até pela internet.
reach-anyone = Talvez qualquer pessoa na internet consiga acessá-lo.
reach-unusual = Ele espera conexões em um endereço incomum, que é reservado.

## Serviços: para que uma porta costuma ser usada

service-http = páginas da web (HTTP)
service-https = web segura (HTTPS)
service-dns = busca de nomes de sites (DNS)
service-dns-over-tls = busca privada de nomes de sites (DNS over TLS)
service-mdns = encontrar aparelhos por perto (mDNS)
service-llmnr = encontrar computadores por perto (LLMNR)
service-netbios = nomes de rede antigos do Windows (NetBIOS)
service-smb = arquivos e pastas compartilhados (SMB)
service-ssh = acesso remoto (SSH)
service-telnet = acesso remoto antigo e sem proteção (Telnet)
service-ftp = transferência de arquivos (FTP)
service-smtp = envio de e-mail entre servidores (SMTP)
service-smtp-submission = envio de e-mail (SMTP)
service-imap = leitura de e-mail (IMAP)
service-pop3 = download de e-mail (POP3)
service-ntp = acerto do relógio (NTP)
service-dhcp = receber um endereço de rede (DHCP)
service-dhcpv6 = receber um endereço de rede, versão nova (DHCPv6)
service-ssdp = encontrar aparelhos como TVs e caixas de som (SSDP)
service-ipp = impressão (IPP)
service-jetdirect = impressão direto na impressora (JetDirect)
service-ldap = lista de contatos e logins da empresa (LDAP)
service-kerberos = login na rede da empresa (Kerberos)
service-rdp = Área de Trabalho Remota (RDP)
service-vnc = compartilhamento de tela (VNC)
service-teamviewer = controle remoto (TeamViewer)
service-anydesk = controle remoto (AnyDesk)
service-x11 = mostrar janelas de outro computador (X11)
service-winrm = gerenciamento remoto do Windows (WinRM)
service-rpc = comandos remotos do Windows (RPC)
service-mysql = banco de dados (MySQL)
service-postgres = banco de dados (PostgreSQL)
service-redis = armazenamento rápido de dados (Redis)
service-mongodb = banco de dados (MongoDB)
service-mqtt = mensagens de casa inteligente (MQTT)
service-xmpp = bate-papo (XMPP)
service-irc = salas de bate-papo (IRC)
service-sip = ligações pela internet (SIP)
service-stun-turn = ajuda para as chamadas passarem (STUN/TURN)
service-openvpn = túnel privado (OpenVPN)
service-wireguard = túnel privado (WireGuard)
service-ipsec = túnel privado (IPsec)
service-socks = repasse de tráfego (proxy SOCKS)
service-http-proxy = repasse de tráfego da web (proxy HTTP)
service-tor = caminho escondido (Tor)
service-bittorrent = compartilhamento de arquivos (BitTorrent)
service-steam = jogos (Steam)
service-spotify = música (Spotify)
service-syncthing = sincronizar arquivos entre seus aparelhos (Syncthing)
service-kde-connect = conectar seu celular (KDE Connect)
service-apple-push = notificações da Apple
service-airplay = enviar som e vídeo para uma tela (AirPlay)
service-snmp = acompanhar aparelhos de rede (SNMP)
service-syslog = envio de mensagens de registro (syslog)
service-git = baixar código (Git)
service-rsync = cópia de arquivos (rsync)

## Estados das conexões

state-udp = envia e recebe mensagens (UDP)
state-listen = esperando alguém se conectar
state-established = conectado
state-syn-sent = tentando se conectar
state-syn-received = alguém está se conectando
state-closing = fechando
state-unknown = estado desconhecido

## Conexões que não puderam ser ligadas a nenhum programa

unattributed-no-permission = { $count ->
    [one] { $count } pertence a um programa de outro usuário, que o netreview não pode examinar sem permissões de administrador.
   *[other] { $count } pertencem a programas de outros usuários, que o netreview não pode examinar sem permissões de administrador.
}
unattributed-time-wait = { $count ->
    [one] { $count } é uma conexão já encerrada que o sistema guarda por pouco tempo. Isso é normal.
   *[other] { $count } são conexões já encerradas que o sistema guarda por pouco tempo. Isso é normal.
}
unattributed-kernel = { $count ->
    [one] { $count } é mantida pelo próprio sistema operacional.
   *[other] { $count } são mantidas pelo próprio sistema operacional.
}
unattributed-exited = { $count ->
    [one] { $count } pertencia a um programa que foi fechado enquanto o netreview olhava.
   *[other] { $count } pertenciam a programas que foram fechados enquanto o netreview olhava.
}

## Sem permissões de administrador

rights-hidden-linux = { $count ->
    [0] O netreview está rodando sem permissões de administrador, então não consegue ver os detalhes de programas que pertencem a outros usuários (como os serviços do sistema).
    [one] O netreview está rodando sem permissões de administrador: { $count } conexão pertence a um programa de outro usuário, que ele não consegue examinar.
   *[other] O netreview está rodando sem permissões de administrador: { $count } conexões pertencem a programas de outros usuários, que ele não consegue examinar.
}
rights-hidden-macos = O netreview está rodando sem permissões de administrador: as conexões de programas que pertencem a outros usuários (como os serviços do sistema) não aparecem.
rights-hidden-windows = O netreview está rodando sem permissões de administrador: para alguns programas do sistema, não dá para ler de onde eles rodam.
rights-how-linux = Para ver tudo, rode de novo com permissões de administrador: sudo { $command }
rights-how-macos = Para ver tudo, rode de novo com permissões de administrador: sudo { $command }
rights-how-windows = Para ver tudo, feche esta janela, clique com o botão direito em "Terminal" ou "Prompt de Comando", escolha "Executar como administrador" e rode { $command } de novo.

## A tabela mostrada por "netreview scan"

table-title = Programas usando a rede, { $time } UTC: { $programs ->
    [0] { $programs } programas
    [one] { $programs } programa
   *[other] { $programs } programas
}, { $connections ->
    [0] { $connections } conexões
    [one] { $connections } conexão
   *[other] { $connections } conexões
}
table-title-watch = Programas que usaram a rede entre { $start } e { $end } UTC ({ $looks } olhadas): { $programs ->
    [0] { $programs } programas
    [one] { $programs } programa
   *[other] { $programs } programas
}, { $connections ->
    [0] { $connections } conexões
    [one] { $connections } conexão
   *[other] { $connections } conexões
}
table-nothing = Nenhum programa está usando a rede agora.
table-nothing-watch = Nenhum programa foi visto usando a rede.
table-process = { $name } · PID { $pid }
table-user = usuário { $user }
table-parent = iniciado por { $parent } (PID { $ppid })
table-name-unknown = (nome desconhecido)
table-runs-from = roda a partir de { $exe }
table-runs-from-unknown = não foi possível ler de onde ele roda
table-known-as = conhecido como: { $label }
table-connection = { $proto }  { $local } → { $remote } · { $state }
table-listening = { $proto }  em { $local } · { $state }
table-service = Serviço: { $service }.
table-seen = Apareceu { $times ->
    [one] uma vez
   *[other] { $times } vezes
}, a primeira vez em { $first } e a última em { $last } UTC.
table-unattributed-title = { $count ->
    [one] Uma conexão não pôde ser ligada a nenhum programa:
   *[other] { $count } conexões não puderam ser ligadas a nenhum programa:
}

## Observando por um tempo

progress-watching = Observando: { $elapsed } de { $total } s · { $programs ->
    [0] { $programs } programas
    [one] { $programs } programa
   *[other] { $programs } programas
} · { $remotes ->
    [0] { $remotes } endereços contatados
    [one] { $remotes } endereço contatado
   *[other] { $remotes } endereços contatados
} · Ctrl-C para parar

## A verificação guiada

wizard-no-terminal = A verificação guiada faz perguntas, por isso precisa de uma janela de terminal. Para fazer um registro sem perguntas, rode: netreview scan
practice-tag = (treino)
practice-banner = ◆ TREINO — um computador inventado para aprender, não o seu. Nada aqui é real.
wizard-step = Passo { $step } de 5 · { $title }
title-welcome = Boas-vindas
title-rights = Permissões de administrador
title-close-apps = Feche os aplicativos de que você não precisa
title-watch = Observar por um tempo
title-review = Olhar cada programa
title-summary = Resumo
welcome-body =
    O netreview ajuda você a ver quais programas deste computador se comunicam com a internet ou com outros aparelhos, e se isso parece certo.

      1. Você fecha os aplicativos de que não precisa.
      2. O netreview observa as conexões por alguns minutos.
      3. Você olha cada programa, um de cada vez, e diz o que acha.
      4. Você recebe um arquivo para enviar a alguém que está ajudando você.

    Leva de 10 a 20 minutos. Você pode parar quando quiser: suas respostas ficam guardadas.
    É privado: nada sai deste computador sem você dizer que sim.
welcome-language = Idioma: { $language } (para mudar: netreview --lang …)
welcome-practice = Modo de treino: você vai olhar um computador inventado, para aprender a fazer a verificação.
choice-start = Começar
choice-language = Escolher outro idioma
prompt-language = Qual idioma você prefere?
welcome-language-source = { $source ->
    [asked] (o idioma que você pediu)
    [system] (o idioma das configurações deste computador)
   *[default] (o netreview ainda não tem o idioma deste computador)
}
prompt-choose = O que você quer fazer?
pager-more = — continua abaixo: pressione qualquer tecla —
language-name = Português (Brasil)
choice-quit = Sair
resume-body = Você começou uma verificação em { $date } UTC e não terminou. Você já tinha olhado { $done } de { $total } programas.
choice-resume = Continuar de onde parei
choice-start-over = Começar uma nova verificação (a que ficou pela metade é guardada à parte, não é apagada)
resume-unreadable = Não foi possível ler a verificação que ficou pela metade, então ela foi guardada à parte como { $path }. Começando uma nova verificação.
rights-choice-continue = Continuar sem permissões de administrador
rights-choice-quit = Sair, para eu começar de novo com permissões de administrador
close-apps-body = { $count ->
    [0] Nenhum programa está usando a rede agora.
    [one] Um programa está usando a rede agora:
   *[other] { $count } programas estão usando a rede agora:
}
close-apps-line = { $name } · { $connections ->
    [0] { $connections } conexões
    [one] { $connections } conexão
   *[other] { $connections } conexões
}
close-apps-more = … e mais { $count }
close-apps-ask = Feche agora os aplicativos de que você não precisa (navegador, bate-papo, música, jogos…). Com menos programas, a verificação fica mais rápida e mais clara.
close-apps-closed = Fechados desde a última olhada: { $names }
close-apps-new = Novos desde a última olhada: { $names }
close-apps-same = Nada mudou desde a última olhada.
close-apps-practice = No modo de treino, o computador inventado não muda quando você olha de novo.
choice-look-again = Fechei alguns aplicativos: olhar de novo
choice-how-to-close = Mostrar como fechar os aplicativos por completo
choice-continue = Continuar
watch-body =
    Alguns programas só se conectam de vez em quando, por exemplo a cada poucos minutos. Para pegar esses programas, o netreview agora vai observar as conexões por um tempo.

    Deixe o computador como está enquanto ele observa. Você pode parar antes do fim.
watch-practice = No modo de treino, a observação leva poucos segundos: o computador inventado já foi observado por 2 minutos.
watch-choice-2m = Observar por 2 minutos (recomendado)
watch-choice-5m = Observar por 5 minutos
watch-choice-30s = Observar por 30 segundos
watch-choice-skip = Pular a observação
watch-progress = { $bar } { $elapsed } de { $total } s · { $programs ->
    [0] { $programs } programas
    [one] { $programs } programa
   *[other] { $programs } programas
} · { $remotes ->
    [0] { $remotes } endereços
    [one] { $remotes } endereço
   *[other] { $remotes } endereços
} · Enter para parar
review-header = Programa { $index } de { $total }
review-name = Nome: { $name } (número do processo: { $pid })
review-known-as = O que é: { $what }
review-unknown = O que é: o netreview não conhece este programa. Só isso não é ruim: a maioria dos programas não está na lista dele.
review-why-title = Por que estes sinais sobre { $name } importam:
review-why = Por que isso importa: { $why }
review-owner = Dono: { $org } ({ $country })
review-owner-no-country = Dono: { $org }
review-owners-title = De quem são os endereços com que { $name } se comunicou:
review-runs-from = Roda a partir de: { $exe }
review-runs-from-unknown = Roda a partir de: não foi possível ler
review-parent = { $name } (número do processo: { $pid })
review-started-by = Iniciado por: { $parent } · usuário: { $user }
review-running-since = Rodando desde { $time } UTC
review-exited = Este programa foi fechado depois de ser visto; você ainda pode avaliar o que ele fez.
review-talks-to = Ele se comunicou com:
review-waits-on = Ele espera conexões:
review-conn = { $meaning } Porta { $port }, { $seen }.
review-conn-service = { $meaning } Porta { $port }: { $service }, { $seen }.
review-listen = porta { $port } ({ $proto }): { $reach }
review-listen-service = porta { $port } ({ $proto }) · { $service }: { $reach }
review-seen = apareceu { $times ->
    [one] uma vez
   *[other] { $times } vezes
}{ $connections ->
    [one] {""}
   *[other] {" "}em { $connections } conexões diferentes
}
review-more-connections = … e mais { $count }
review-question = O que você acha de { $name }?
review-choice-fine = Parece normal
review-choice-suspicious = Suspeito
review-choice-unsure = Não tenho certeza
review-choice-more = Quero saber mais
review-choice-back = Voltar ao programa anterior
review-note = Um recado para quem está ajudando você (opcional; aperte Enter para pular)
review-note-kept = Seu recado anterior: { $note }
choice-back-to-program = Voltar ao programa
verdict-looks-fine = parece normal
verdict-suspicious = suspeito
verdict-unsure = sem certeza
verdict-not-reviewed = não analisado
summary-counts = Você olhou { $reviewed } de { $total } programas. Parecem normais: { $fine }. Suspeitos: { $suspicious }. Sem certeza: { $unsure }.
summary-flagged = Programas que você marcou como suspeitos ou sem certeza:
summary-flagged-line = { $name } (número do processo: { $pid }): { $verdict }
summary-not-checked = O que o netreview não conseguiu verificar:
summary-unattributed = { $count ->
    [one] Uma conexão não pôde ser ligada a nenhum programa.
   *[other] { $count } conexões não puderam ser ligadas a nenhum programa.
}
summary-no-rights = Ele rodou sem permissões de administrador, então os programas de outros usuários ficaram escondidos.
summary-redact-ask = Antes de salvar o arquivo: o que deve ficar de fora dele? (A barra de espaço marca ou desmarca uma opção; Enter confirma.)
redact-hostname = O nome deste computador
redact-user = Seu nome de usuário
redact-home = Sua pasta pessoal nos caminhos de arquivos (aparece como ~)
summary-saved = Seu resumo foi salvo aqui:
summary-before-sending = Antes de enviar, leia o arquivo uma vez: ele lista os programas deste computador e os endereços com que eles se comunicaram. Tire tudo o que você não quiser compartilhar.
summary-practice-saved = Este resumo de treino foi salvo aqui (ele descreve o computador inventado):
interrupted-saved = Parado. Suas respostas até aqui estão salvas em { $path }. Rode o netreview de novo para continuar de onde parou.
interrupted-nothing = Parado. Ainda não havia nada para salvar.
choice-finish = Terminar

## Sinais incomuns: o que foi visto e por que isso importa

signals-title = Sinais incomuns:
signals-none = O netreview não notou nada de incomum nele. Isso não prova que ele é inofensivo.
signal-worth = ⚠ vale a pena olhar
signal-info = ℹ só para informação
signal-line = { $severity }: { $what }
signal-exe-in-temp-dir = Ele roda a partir de uma pasta temporária: { $detail }
signal-exe-in-temp-dir-why = Programas instalados não rodam de pastas temporárias; programas que acabaram de ser baixados, ou que tentam passar despercebidos, às vezes rodam.
signal-exe-in-user-writable-dir = Ele roda das suas próprias pastas, e não de onde os programas costumam ser instalados: { $detail }
signal-exe-in-user-writable-dir-why = Qualquer programa que você usa pode gravar ali, então algo pode ter colocado esse programa ali sem pedir. Alguns aplicativos normais também se instalam ali.
signal-exe-hidden-path = Ele roda a partir de uma pasta escondida: { $detail }
signal-exe-hidden-path-why = Pastas com nome que começa com um ponto ficam escondidas na visão normal. Programas espiões muitas vezes se escondem assim.
signal-exe-deleted = O arquivo do programa foi apagado ou trocado enquanto ele continuava rodando: { $detail }
signal-exe-deleted-why = Isso acontece depois de uma atualização (reiniciar o programa resolve), mas também quando um programa apaga os próprios rastros.
signal-name-mimics-system = O nome dele é igual ou quase igual ao de uma parte do sistema ({ $detail }), mas ele não roda do lugar do sistema.
signal-name-mimics-system-why = Programas nocivos muitas vezes usam nomes de programas do sistema para parecerem inocentes.
signal-listens-on-network = Outros aparelhos podem se conectar a ele ({ $detail }).
signal-listens-on-network-why = Um programa que espera conexões de fora pode ser acessado por outras pessoas. Muitos são normais, mas vale saber quais fazem isso.
signal-remote-access-port = Ele usa uma porta de controle remoto ou de acesso remoto: { $detail }
signal-remote-access-port-why = O acesso remoto deixa outra pessoa ver ou controlar este computador. Isso é útil para suporte, mas também é usado por quem persegue ou vigia outra pessoa.
signal-unusual-port = Ele se comunica com endereços da internet em portas que nenhum serviço comum usa: { $detail }
signal-unusual-port-why = A maioria dos aplicativos usa portas bem conhecidas, como a da web segura. Uma porta incomum não é ruim por si só, mas programas espiões costumam usar uma.
signal-hosting-provider = Ele se comunica com servidores alugados de uma empresa de hospedagem: { $detail }
signal-hosting-provider-why = Qualquer pessoa pode alugar um servidor lá, então o nome da empresa não diz nada sobre com quem você está falando de verdade.
signal-frequent-reconnects = Ele se conecta várias e várias vezes ao mesmo lugar: { $detail }
signal-frequent-reconnects-why = Conexões regulares e repetidas podem ser um programa dando notícias a quem o controla. Programas de atualização e de bate-papo também fazem isso.
signal-runs-as-admin = Ele roda com permissões de administrador (como { $detail }), e esse tipo de programa normalmente não precisa delas.
signal-runs-as-admin-why = Com essas permissões, um programa pode ver e mudar tudo no computador.
signal-not-from-package-manager = Ele não foi instalado pelo gerenciador de programas do sistema: { $detail }
signal-not-from-package-manager-why = Isso é normal para aplicativos baixados do site de quem os fez, mas também quer dizer que ninguém conferiu este arquivo para você.
signal-unknown = Um sinal incomum que esta versão do netreview não conhece: { $detail }

## Programas conhecidos: o que cada um é (ids: known-<id> de data/known-programs.yaml)

known-firefox = O Firefox é um navegador: ele se conecta aos sites que você visita.
known-google-chrome = O Google Chrome é um navegador: ele se conecta aos sites que você visita e ao Google.
known-chromium = O Chromium é um navegador (a base de código aberto do Chrome): ele se conecta aos sites que você visita.
known-microsoft-edge = O Microsoft Edge é um navegador: ele se conecta aos sites que você visita e à Microsoft.
known-edge-webview2 = Uma parte do Microsoft Edge que outros aplicativos (Teams, Outlook, Widgets e outros) usam para mostrar páginas da web, por isso ela se conecta a sites.
known-brave = O Brave é um navegador que bloqueia anúncios: ele se conecta aos sites que você visita.
known-opera = O Opera (e o Opera GX) é um navegador: ele se conecta aos sites que você visita.
known-vivaldi = O Vivaldi é um navegador: ele se conecta aos sites que você visita.
known-safari = O Safari é o navegador que vem com o Mac: ele se conecta aos sites que você visita.
known-webkit-networking = Um ajudante do Safari e de outros aplicativos do Mac que mostram páginas da web: ele baixa as páginas para eles.
known-tor-browser = O Tor Browser é um navegador que protege a privacidade: ele passa sua navegação pela rede Tor, para que os sites não vejam com facilidade onde você está.
known-tor = O Tor é um programa que esconde de onde vem o seu tráfego de internet, passando esse tráfego por vários computadores pelo mundo.
known-librewolf = O LibreWolf é um navegador focado em privacidade, baseado no Firefox: ele se conecta aos sites que você visita.
known-gnome-web = O GNOME Web (também chamado Epiphany) é um navegador: ele se conecta aos sites que você visita.
known-webkitgtk-network = Um ajudante que aplicativos do Linux que mostram páginas da web (GNOME Web, Evolution, contas online) usam para baixar essas páginas.
known-signal = O Signal é um aplicativo de mensagens privadas: ele se conecta aos servidores do Signal para enviar e receber suas mensagens e chamadas.
known-whatsapp = O WhatsApp é um aplicativo de mensagens: ele se conecta aos servidores do WhatsApp para enviar e receber suas mensagens e chamadas.
known-telegram = O Telegram é um aplicativo de mensagens: ele se conecta aos servidores do Telegram para enviar e receber suas mensagens.
known-element = O Element é um aplicativo de mensagens da rede Matrix: ele se conecta a um servidor Matrix para enviar e receber mensagens.
known-discord = O Discord é um aplicativo de bate-papo e voz para comunidades e jogos: ele se conecta aos servidores do Discord.
known-slack = O Slack é um aplicativo de bate-papo para o trabalho: ele se conecta aos servidores do Slack para enviar e receber mensagens.
known-microsoft-teams = O Microsoft Teams é um aplicativo de bate-papo e reuniões por vídeo, muitas vezes do trabalho ou da escola: ele se conecta aos servidores da Microsoft.
known-zoom = O Zoom é um aplicativo de reuniões por vídeo: ele se conecta aos servidores do Zoom durante as chamadas e para ver se há mensagens.
known-skype = O Skype é um aplicativo antigo de chamadas e bate-papo que a Microsoft encerrou em 2025; ele se conecta aos servidores da Microsoft.
known-webex = O Webex é um aplicativo de reuniões por vídeo e bate-papo, muitas vezes do trabalho: ele se conecta aos servidores Webex da Cisco.
known-jitsi-meet = O Jitsi Meet é um aplicativo de reuniões por vídeo: ele se conecta a um servidor Jitsi durante as chamadas.
known-wire = O Wire é um aplicativo de mensagens e chamadas privadas: ele se conecta aos servidores do Wire.
known-threema = O Threema é um aplicativo de mensagens privadas: ele se conecta aos servidores do Threema para enviar e receber mensagens.
known-viber = O Viber é um aplicativo de mensagens e chamadas: ele se conecta aos servidores do Viber.
known-messenger = O Messenger é o aplicativo de bate-papo do Facebook: ele se conecta aos servidores da Meta para enviar e receber mensagens e chamadas.
known-apple-messages = O Mensagens é o aplicativo do Mac para iMessage e SMS: ele se conecta à Apple para enviar e receber essas mensagens.
known-facetime = O FaceTime é o aplicativo de chamadas de vídeo e voz da Apple: ele se conecta à Apple e à pessoa para quem você liga.
known-phone-link = O Phone Link liga este computador a um celular para mostrar as mensagens, chamadas e fotos dele; confira se ele está ligado só ao seu próprio celular.
known-pidgin = O Pidgin é um aplicativo de bate-papo que pode entrar em várias redes de bate-papo ao mesmo tempo: ele se conecta aos servidores delas.
known-thunderbird = O Thunderbird é um aplicativo de e-mail: ele se conecta aos seus servidores de e-mail para receber e enviar e-mails.
known-outlook = O Outlook é o aplicativo de e-mail e agenda da Microsoft: ele se conecta ao seu servidor de e-mail para receber e enviar e-mails.
known-outlook-new = O novo Outlook é o aplicativo de e-mail e agenda da Microsoft para Windows: ele se conecta aos seus servidores de e-mail por meio da Microsoft.
known-apple-mail = O Mail é o aplicativo de e-mail do Mac: ele se conecta aos seus servidores de e-mail para receber e enviar e-mails.
known-evolution = O Evolution é um aplicativo de e-mail e agenda: ele se conecta aos seus servidores de e-mail e de agenda.
known-geary = O Geary é um aplicativo de e-mail: ele se conecta aos seus servidores de e-mail para receber e enviar e-mails.
known-kmail = O KMail é o aplicativo de e-mail do KDE: ele se conecta aos seus servidores de e-mail para receber e enviar e-mails.
known-windows-mail = O antigo aplicativo Email e Calendário do Windows: ele se conecta às suas contas de e-mail e agenda para mantê-las atualizadas.
known-spotify = O Spotify toca músicas e podcasts: ele se conecta aos servidores do Spotify para transmiti-los.
known-vlc = O VLC toca vídeos e músicas; ele só usa a rede para tocar transmissões online ou buscar capas de álbuns e atualizações.
known-apple-music = O Apple Music toca músicas: ele se conecta à Apple para transmitir as músicas e sincronizar sua biblioteca.
known-itunes = O iTunes toca músicas e sincroniza iPhones: ele se conecta à Apple para a loja, as transmissões e as atualizações.
known-apple-tv = O aplicativo Apple TV passa filmes e séries: ele se conecta à Apple para transmiti-los.
known-apple-podcasts = O Podcasts toca podcasts: ele se conecta à internet para baixar e transmitir os episódios.
known-plex-media-server = O Plex Media Server compartilha seus filmes e músicas com seus outros aparelhos e se conecta aos servidores do Plex.
known-kodi = O Kodi passa filmes, músicas e TV; ele usa a rede para complementos, transmissões online e pastas compartilhadas.
known-obs-studio = O OBS Studio grava a tela ou a câmera; ele usa a rede quando faz transmissões ao vivo para sites como Twitch ou YouTube.
known-dropbox = O Dropbox guarda uma cópia dos seus arquivos na internet: ele se conecta aos servidores do Dropbox para sincronizá-los.
known-onedrive = O OneDrive guarda uma cópia dos seus arquivos na nuvem da Microsoft: ele se conecta à Microsoft para sincronizá-los.
known-google-drive = O Google Drive para computador mantém seus arquivos sincronizados com sua conta do Google: ele se conecta ao Google.
known-icloud-bird = Uma parte do macOS (chamada bird) que mantém os arquivos do iCloud Drive sincronizados com os servidores da Apple.
known-icloud-cloudd = Uma parte do macOS (chamada cloudd) que sincroniza dados de aplicativos, como notas e contatos, com o iCloud.
known-icloud-windows = O iCloud para Windows sincroniza fotos, arquivos e senhas com sua conta da Apple: ele se conecta à Apple.
known-nextcloud = O Nextcloud mantém seus arquivos sincronizados com um servidor Nextcloud (seu ou da sua organização).
known-syncthing = O Syncthing copia pastas direto entre seus próprios aparelhos, por isso ele se conecta a eles e a servidores de apoio.
known-megasync = O MEGA guarda uma cópia dos seus arquivos na nuvem do MEGA: ele se conecta ao MEGA para sincronizá-los.
known-proton-drive = O Proton Drive guarda uma cópia criptografada dos seus arquivos na internet: ele se conecta aos servidores da Proton.
known-box-drive = O Box Drive mostra neste computador seus arquivos da nuvem do Box: ele se conecta ao Box para sincronizá-los.
known-rclone = O rclone é uma ferramenta que copia arquivos de e para serviços de armazenamento online, por isso ele se conecta a esses serviços.
known-libreoffice = O LibreOffice cria documentos e planilhas; ele só usa a rede para procurar atualizações ou abrir arquivos online.
known-microsoft-word = O Word cria documentos; ele se conecta à Microsoft para a sua licença, arquivos online, compartilhamento e atualizações.
known-microsoft-excel = O Excel cria planilhas; ele se conecta à Microsoft para a sua licença, arquivos online, compartilhamento e atualizações.
known-microsoft-powerpoint = O PowerPoint cria apresentações de slides; ele se conecta à Microsoft para a sua licença, arquivos online, compartilhamento e atualizações.
known-microsoft-onenote = O OneNote é um aplicativo de caderno de anotações: ele se conecta à Microsoft para manter suas anotações sincronizadas.
known-notion = O Notion é um aplicativo de anotações e planejamento: ele se conecta aos servidores do Notion, onde suas páginas ficam guardadas.
known-obsidian = O Obsidian é um aplicativo de anotações; ele usa a rede para atualizações, plugins e o serviço de sincronização opcional dele.
known-evernote = O Evernote é um aplicativo de anotações: ele se conecta aos servidores do Evernote para manter suas anotações sincronizadas.
known-adobe-acrobat = O Adobe Acrobat abre arquivos PDF; ele se conecta à Adobe para login, documentos online e atualizações.
known-adobe-creative-cloud = O Creative Cloud instala e atualiza aplicativos da Adobe, como o Photoshop, e confere sua conta da Adobe pela internet.
known-steam = O Steam é uma loja e um iniciador de jogos: ele se conecta ao Steam para baixar jogos, conversar e jogar online.
known-epic-games = O Epic Games Launcher é uma loja e um iniciador de jogos: ele se conecta à Epic para baixar os jogos e jogar.
known-battle-net = O Battle.net é o iniciador de jogos da Blizzard: ele se conecta à Blizzard para baixar, atualizar e jogar os jogos.
known-ea-app = O EA app é o iniciador de jogos da Electronic Arts: ele se conecta à EA para baixar, atualizar e jogar os jogos.
known-ubisoft-connect = O Ubisoft Connect é o iniciador de jogos da Ubisoft: ele se conecta à Ubisoft para baixar, atualizar e jogar os jogos.
known-gog-galaxy = O GOG Galaxy é um iniciador de jogos: ele se conecta ao GOG para baixar, atualizar e jogar os jogos.
known-minecraft-launcher = O Minecraft Launcher faz seu login e baixa o Minecraft: ele se conecta à Microsoft e à Mojang.
known-xbox-app = O aplicativo Xbox é a loja e o iniciador de jogos da Microsoft no Windows: ele se conecta aos serviços do Xbox.
known-gaming-services = Um serviço do Windows que roda em segundo plano e instala e roda jogos do aplicativo Xbox e da Microsoft Store.
known-riot-client = O Riot Client abre jogos como League of Legends e Valorant: ele se conecta aos servidores da Riot.
known-roblox = O Roblox é uma plataforma de jogos online: ele se conecta aos servidores do Roblox para jogar e conversar.
known-bitwarden = O Bitwarden guarda suas senhas: ele se conecta a um servidor do Bitwarden para mantê-las sincronizadas.
known-1password = O 1Password guarda suas senhas: ele se conecta aos servidores do 1Password para mantê-las sincronizadas.
known-keepassxc = O KeePassXC guarda suas senhas em um arquivo neste computador; ele só usa a internet para buscar ícones de sites ou procurar atualizações.
known-keepass = O KeePass guarda suas senhas em um arquivo neste computador; ele só usa a internet para procurar atualizações ou para plugins.
known-proton-pass = O Proton Pass guarda suas senhas: ele se conecta aos servidores da Proton para mantê-las sincronizadas.
known-protonvpn = O Proton VPN passa seu tráfego de internet pelos servidores da Proton, para que os sites que você visita não vejam seu endereço real.
known-mullvad-vpn = O Mullvad VPN passa seu tráfego de internet pelos servidores da Mullvad, para que os sites que você visita não vejam seu endereço real.
known-wireguard = O WireGuard cria um túnel privado (VPN) deste computador até outra rede ou um serviço de VPN.
known-openvpn = O OpenVPN cria um túnel privado (VPN) deste computador até um serviço de VPN ou uma rede de trabalho.
known-nordvpn = O NordVPN passa seu tráfego de internet pelos servidores do NordVPN, para que os sites que você visita não vejam seu endereço real.
known-expressvpn = O ExpressVPN passa seu tráfego de internet pelos servidores do ExpressVPN, para que os sites que você visita não vejam seu endereço real.
known-tailscale = O Tailscale junta seus aparelhos em uma rede privada, para que eles se alcancem de qualquer lugar.
known-cisco-secure-client = O Cisco Secure Client (AnyConnect) conecta este computador a uma rede do trabalho ou da escola por uma VPN.
known-openconnect = O OpenConnect conecta este computador a uma rede do trabalho ou da escola por uma VPN.
known-globalprotect = O GlobalProtect conecta este computador a uma rede do trabalho ou da escola por uma VPN.
known-cloudflare-warp = O Cloudflare WARP passa seu tráfego de internet pela Cloudflare para protegê-lo, como uma VPN.
known-zerotier = O ZeroTier junta seus aparelhos em uma rede privada, para que eles se alcancem de qualquer lugar.
known-teamviewer = O TeamViewer permite que alguém veja e controle este computador de longe. Isso é útil para suporte, mas também é usado por quem persegue ou vigia outra pessoa: confira se foi você que instalou e se sabe quem se conecta.
known-anydesk = O AnyDesk permite que alguém veja e controle este computador de longe. Isso é útil para suporte, mas também é usado por quem persegue ou vigia outra pessoa: confira se foi você que instalou e se sabe quem se conecta.
known-chrome-remote-desktop = O Chrome Remote Desktop permite que alguém veja e controle este computador de longe. Isso é útil para suporte, mas também é usado por quem persegue ou vigia outra pessoa: confira se foi você que instalou e se sabe quem se conecta.
known-rustdesk = O RustDesk permite que alguém veja e controle este computador de longe. Isso é útil para suporte, mas também é usado por quem persegue ou vigia outra pessoa: confira se foi você que instalou e se sabe quem se conecta.
known-splashtop = O Splashtop permite que alguém veja e controle este computador de longe. Isso é útil para suporte, mas também é usado por quem persegue ou vigia outra pessoa: confira se foi você que instalou e se sabe quem se conecta.
known-x11vnc = O x11vnc compartilha esta tela (VNC) para que alguém possa ver e controlar o computador de longe. Isso é útil para suporte, mas também é usado por quem persegue ou vigia outra pessoa: confira se foi você que instalou e se sabe quem se conecta.
known-tigervnc = O TigerVNC compartilha uma tela (VNC) para que alguém possa ver e controlar o computador de longe. Isso é útil para suporte, mas também é usado por quem persegue ou vigia outra pessoa: confira se foi você que instalou e se sabe quem se conecta.
known-realvnc = O RealVNC Server permite que alguém veja e controle este computador de longe. Isso é útil para suporte, mas também é usado por quem persegue ou vigia outra pessoa: confira se foi você que instalou e se sabe quem se conecta.
known-tightvnc = O TightVNC permite que alguém veja e controle este computador de longe. Isso é útil para suporte, mas também é usado por quem persegue ou vigia outra pessoa: confira se foi você que instalou e se sabe quem se conecta.
known-ultravnc = O UltraVNC permite que alguém veja e controle este computador de longe. Isso é útil para suporte, mas também é usado por quem persegue ou vigia outra pessoa: confira se foi você que instalou e se sabe quem se conecta.
known-quick-assist = A Assistência Rápida (Quick Assist) permite que alguém a quem você dá um código veja e controle este computador. Isso é útil para suporte, mas também é usado por quem persegue ou vigia outra pessoa: confira se foi você que instalou e se sabe quem se conecta.
known-screenconnect = O ScreenConnect permite que alguém veja e controle este computador de longe. Isso é útil para suporte, mas também é usado por quem persegue ou vigia outra pessoa: confira se foi você que instalou e se sabe quem se conecta.
known-logmein = O LogMeIn permite que alguém veja e controle este computador de longe. Isso é útil para suporte, mas também é usado por quem persegue ou vigia outra pessoa: confira se foi você que instalou e se sabe quem se conecta.
known-parsec = O Parsec permite que alguém jogue neste computador ou o controle de longe. Isso é útil para suporte, mas também é usado por quem persegue ou vigia outra pessoa: confira se foi você que instalou e se sabe quem se conecta.
known-macos-screen-sharing = O Compartilhamento de Tela (Screen Sharing), que faz parte do macOS, permite que alguém veja e controle este Mac de longe. Isso é útil para suporte, mas também é usado por quem persegue ou vigia outra pessoa: confira se foi você que ativou e se sabe quem se conecta.
known-windows-remote-desktop-client = A Conexão de Área de Trabalho Remota permite que alguém aqui controle outro computador que está longe. Ela é legítima, mas quem persegue ou vigia outra pessoa faz mau uso de ferramentas remotas: confira se você sabe quem a usa.
known-windows-remote-assistance = A Assistência Remota permite que alguém que você convida veja e controle este computador. Isso é útil para suporte, mas também é usado por quem persegue ou vigia outra pessoa: confira se foi você que instalou e se sabe quem se conecta.
known-gnome-remote-desktop = O GNOME Remote Desktop permite que alguém veja e controle este computador de longe. Isso é útil para suporte, mas também é usado por quem persegue ou vigia outra pessoa: confira se foi você que instalou e se sabe quem se conecta.
known-krfb = O Compartilhamento de Área de Trabalho do KDE (krfb) permite que alguém veja e controle este computador de longe. Isso é útil para suporte, mas também é usado por quem persegue ou vigia outra pessoa: confira se foi você que instalou e se sabe quem se conecta.
known-xrdp = O xrdp permite que alguém entre na área de trabalho deste computador de longe. Isso é útil para suporte, mas também é usado por quem persegue ou vigia outra pessoa: confira se foi você que instalou e se sabe quem se conecta.
known-nomachine = O NoMachine permite que alguém veja e controle este computador de longe. Isso é útil para suporte, mas também é usado por quem persegue ou vigia outra pessoa: confira se foi você que instalou e se sabe quem se conecta.
known-sshd = O SSH permite que alguém com uma senha ou chave entre neste computador de longe. Isso é útil para suporte, mas também é usado por quem persegue ou vigia outra pessoa: confira se foi você que instalou e se sabe quem se conecta.
known-microsoft-defender = O Microsoft Defender é o antivírus que vem no Windows: ele verifica arquivos e recebe informações novas sobre vírus da Microsoft.
known-defender-core-service = Um ajudante do Microsoft Defender, o antivírus que vem no Windows; ele fala com a Microsoft sobre ameaças e atualizações.
known-defender-network-inspection = Uma parte do Microsoft Defender que observa o tráfego da rede em busca de ataques conhecidos.
known-defender-update-tool = Uma ferramenta do Microsoft Defender que baixa informações novas sobre vírus e faz verificações.
known-defender-for-endpoint = Um programa de segurança que costuma ser instalado por empregadores em computadores de trabalho; ele informa a atividade deste computador à equipe de segurança deles.
known-smartscreen = O SmartScreen é uma verificação de segurança do Windows: ele pergunta à Microsoft se downloads e sites são conhecidos como perigosos.
known-clamav-freshclam = O freshclam baixa informações novas sobre vírus para o antivírus ClamAV.
known-malwarebytes = O Malwarebytes procura programas nocivos: ele se conecta à Malwarebytes para atualizações e para a sua licença.
known-avast = O Avast é um antivírus: ele se conecta à Avast para receber informações novas sobre vírus e verificar arquivos.
known-avg = O AVG é um antivírus: ele se conecta à AVG para receber informações novas sobre vírus e verificar arquivos.
known-kaspersky = O Kaspersky é um antivírus: ele se conecta à Kaspersky para receber informações novas sobre vírus e verificar arquivos.
known-eset = O ESET é um antivírus: ele se conecta à ESET para receber informações novas sobre vírus e verificar arquivos.
known-bitdefender = O Bitdefender é um antivírus: ele se conecta à Bitdefender para receber informações novas sobre vírus e verificar arquivos.
known-crowdstrike-falcon = Um programa de segurança que costuma ser instalado por empregadores em computadores de trabalho; ele informa a atividade deste computador à equipe de segurança deles.
known-little-snitch = O Little Snitch mostra quais aplicativos usam a rede neste Mac e pergunta a você antes que eles se conectem.
known-vscode = O Visual Studio Code é um editor de código: ele se conecta para extensões, atualizações e código em outros computadores.
known-git-remote-https = Um ajudante do Git, uma ferramenta para código: ele baixa e envia código de e para sites como o GitHub.
known-ssh-client = O ssh abre uma conexão segura deste computador para outro, em geral para trabalhar nele ou copiar arquivos.
known-nodejs = O Node.js roda programas escritos em JavaScript, muitas vezes para desenvolvedores; com o que ele se conecta depende do programa que ele roda.
known-docker = O Docker roda programas em caixas separadas (contêineres) para desenvolvedores; ele baixa essas caixas e passa o tráfego delas.
known-jetbrains-ides = Um editor de código da JetBrains (como IntelliJ IDEA ou PyCharm): ele se conecta para plugins, atualizações, licenças e ferramentas de código.
known-jetbrains-toolbox = O JetBrains Toolbox instala e atualiza os editores de código da JetBrains: ele se conecta à JetBrains para baixá-los.
known-github-desktop = O GitHub Desktop é um aplicativo para trabalhar com código no GitHub: ele se conecta ao GitHub para baixar e enviar código.
known-visual-studio = O Visual Studio é a ferramenta da Microsoft para escrever programas: ele se conecta para login, atualizações, extensões e ajuda.
known-curl = O curl é uma pequena ferramenta que baixa ou envia um endereço da web; programas e scripts costumam usá-la.
known-google-updater = Um ajudante do Google que mantém o Chrome e outros aplicativos do Google atualizados, baixando as versões novas.
known-microsoft-edge-update = Um ajudante da Microsoft que mantém o navegador Edge atualizado, baixando as versões novas.
known-office-click-to-run = Um serviço da Microsoft que instala e atualiza os aplicativos do Office, como Word e Excel.
known-microsoft-autoupdate = Um ajudante da Microsoft que mantém o Office, o Teams e outros aplicativos da Microsoft atualizados no Mac.
known-adobe-updater = Um ajudante da Adobe que mantém o Acrobat Reader e outros aplicativos da Adobe atualizados.
known-sparkle-updater = Um pequeno ajudante que vem dentro de muitos aplicativos do Mac e que procura e baixa versões novas desse aplicativo.
known-squirrel-updater = Um pequeno ajudante que aplicativos como Discord, Slack e Teams usam para baixar as próprias versões novas.
known-windows-update-worker = Uma parte do Windows Update que procura e baixa atualizações do Windows.
known-macos-software-update = Uma parte do macOS que procura atualizações do sistema nos servidores da Apple e as baixa.
known-macos-app-store = A App Store e seus ajudantes baixam e atualizam aplicativos da Apple.
known-microsoft-store = A Microsoft Store baixa e atualiza aplicativos da Microsoft.
known-apt-methods = Uma parte do instalador de programas do Debian e do Ubuntu que baixa programas e atualizações.
known-unattended-upgrades = Uma parte do Debian e do Ubuntu que instala atualizações de segurança sozinha, em segundo plano.
known-dnf = O instalador de programas do Fedora e de sistemas parecidos: ele baixa programas e atualizações.
known-packagekit = Um serviço do Linux que a central de programas usa para procurar e baixar atualizações.
known-gnome-software = O GNOME Software é a loja de aplicativos da área de trabalho GNOME: ele baixa aplicativos e atualizações.
known-plasma-discover = O Discover é a loja de aplicativos da área de trabalho KDE: ele baixa aplicativos e atualizações.
known-snapd = Um serviço do Linux que instala aplicativos snap e os mantém atualizados.
known-snap-store = O Ubuntu App Center ajuda você a encontrar e instalar aplicativos; ele se conecta à Snap Store.
known-flatpak = O Flatpak instala e atualiza aplicativos no Linux, por isso ele os baixa de lojas de aplicativos como o Flathub.
known-fwupd = Um serviço do Linux que procura e instala atualizações de firmware para peças deste computador.
known-cups = O serviço de impressão: ele manda o que você imprime para as impressoras, inclusive impressoras da sua rede.
known-cups-browsed = Um ajudante do Linux que encontra impressoras na sua rede para você poder imprimir nelas.
known-ipp-usb = Um ajudante do Linux que faz impressoras e scanners USB modernos funcionarem como se fossem impressoras de rede, só dentro deste computador.
known-windows-print-spooler = Uma parte do Windows que manda o que você imprime para as impressoras, inclusive impressoras da sua rede.
known-print-isolation-host = Uma parte do Windows que roda os drivers de impressora separados, com segurança; ela pode falar com impressoras da rede.
known-systemd = O primeiro programa que o Linux inicia; ele pode segurar conexões de rede para outros serviços e iniciá-los quando alguém se conecta.
known-systemd-resolved = Uma parte do Linux que busca os endereços de sites e serviços (DNS) para todos os programas.
known-systemd-networkd = Uma parte do Linux que configura as conexões de rede e pede um endereço ao roteador.
known-systemd-timesyncd = Uma parte do Linux que mantém o relógio do computador certo, perguntando a servidores de hora na internet.
known-networkmanager = Uma parte do Linux que conecta este computador ao Wi-Fi e a redes com cabo e confere se a internet funciona.
known-wpa-supplicant = Uma parte do Linux que entra nas redes Wi-Fi usando a senha delas.
known-iwd = Uma parte do Linux que conecta este computador a redes Wi-Fi.
known-dhclient = Uma parte do Linux que pede ao roteador um endereço para este computador (DHCP).
known-dhcpcd = Uma parte do Linux que pede ao roteador um endereço para este computador (DHCP).
known-avahi-daemon = Uma parte do Linux que encontra impressoras e outros aparelhos na sua rede de casa e deixa que eles encontrem este computador.
known-chronyd = Uma parte do Linux que mantém o relógio do computador certo, perguntando a servidores de hora na internet.
known-ntpd = Um serviço que mantém o relógio do computador certo, perguntando a servidores de hora na internet.
known-modemmanager = Uma parte do Linux que controla modems de dados móveis (com chip SIM), se este computador tiver um.
known-geoclue = Uma parte do Linux que descobre onde o computador está, usando as redes Wi-Fi por perto, para os aplicativos que você permitir.
known-dnsmasq = Um pequeno ajudante que distribui endereços e busca nomes para máquinas virtuais, pontos de acesso ou o serviço de rede.
known-rpcbind = Um ajudante do Linux para compartilhar pastas pela rede (NFS); ele espera que outros computadores peçam por ele.
known-samba = O Samba compartilha as pastas e impressoras deste computador com computadores Windows da rede.
known-exim = Um programa de e-mail que o Debian instala de fábrica para entregar mensagens do sistema; em geral ele só escuta dentro deste computador.
known-postfix = Um programa de e-mail que entrega mensagens do sistema e e-mails; em geral ele só escuta dentro deste computador.
known-gvfs-network = Ajudantes da área de trabalho do Linux que abrem para você pastas e arquivos compartilhados em outros computadores ou servidores.
known-goa-daemon = Uma parte da área de trabalho GNOME que entra nas suas contas online (Google, Nextcloud e outras) para outros aplicativos.
known-gsd-sharing = Uma parte da área de trabalho GNOME que liga ou desliga o compartilhamento de arquivos, mídia e tela conforme o que está nas Configurações.
known-kdeconnect = O KDE Connect liga este computador a um celular na mesma rede para compartilhar arquivos, mensagens e notificações; confira quais celulares estão pareados.
known-whoopsie = Uma parte do Ubuntu que envia relatórios de erro aos desenvolvedores do Ubuntu quando um programa trava.
known-launchd = O primeiro programa que o macOS inicia; ele pode segurar conexões de rede para outros serviços e iniciá-los quando alguém se conecta.
known-mdnsresponder = Uma parte do macOS que busca endereços de sites (DNS) e encontra impressoras e aparelhos na sua rede de casa.
known-rapportd = Uma parte do macOS que faz seus aparelhos Apple próximos funcionarem juntos, como no Handoff e na área de transferência compartilhada.
known-apsd = Uma parte do macOS que mantém uma conexão com a Apple para receber as notificações dos seus aplicativos.
known-trustd = Uma parte do macOS que confere os certificados de segurança de sites e aplicativos, às vezes perguntando pela internet.
known-nsurlsessiond = Uma parte do macOS que faz downloads e uploads em segundo plano para aplicativos e para o iCloud.
known-identityservicesd = Uma parte do macOS que liga seu Apple ID ao iMessage, ao FaceTime e aos seus outros aparelhos.
known-sharingd = Uma parte do macOS que cuida do AirDrop, do Handoff e de outros compartilhamentos com aparelhos por perto.
known-airplay-helper = Uma parte do macOS que envia o som ou a tela para caixas de som e TVs com AirPlay.
known-control-center = A Central de Controle do Mac; ela também espera conexões AirPlay para que outros aparelhos Apple possam mostrar coisas neste Mac.
known-locationd = Uma parte do macOS que descobre onde o computador está, usando as redes Wi-Fi por perto, para os aplicativos que você permitir.
known-macos-parsecd = Uma parte do macOS que busca sugestões da Siri e do Spotlight na Apple quando você faz uma pesquisa.
known-syspolicyd = Uma parte do macOS que confere com a Apple se os aplicativos que você abre são assinados e não são conhecidos como nocivos.
known-timed = Uma parte do macOS que mantém o relógio do computador certo, perguntando aos servidores de hora da Apple.
known-netbiosd = Uma parte do macOS que encontra e anuncia nomes de computadores em redes de casa no estilo do Windows.
known-configd = Uma parte do macOS que configura as conexões de rede e pede um endereço ao roteador.
known-akd = Uma parte do macOS que faz o login no seu Apple ID e mantém esse login funcionando.
known-accountsd = Uma parte do macOS que mantém suas contas de internet (iCloud, Google e outras) conectadas para aplicativos como o Mail.
known-assistantd = Uma parte do macOS que envia à Apple seus pedidos para a Siri e para o ditado.
known-networkserviceproxy = Uma parte do macOS que cuida da Retransmissão Privada do iCloud e de outros serviços de rede da Apple.
known-find-my = O Buscar (Find My) mostra onde estão seus aparelhos Apple e AirTags e pode compartilhar sua localização; confira com quem você compartilha.
known-macos-file-sharing = Uma parte do macOS que compartilha as pastas deste Mac com outros computadores da rede quando o Compartilhamento de Arquivos está ligado.
known-windows-system = O coração do próprio Windows; ele cuida do compartilhamento de arquivos e impressoras e de parte do tráfego de rede do computador inteiro.
known-windows-idle = Não é um programa de verdade: o Windows coloca ali as conexões que estão terminando, então é normal ver esse nome.
known-svchost = Um programa do Windows que roda muitos dos serviços do próprio Windows; é normal ver várias cópias dele rodando.
known-lsass = Uma parte do Windows que confere logins e senhas; em redes de trabalho, ela fala com os servidores da empresa.
known-windows-services = Uma parte do Windows que inicia e para os serviços do Windows; ela deixa uma porta aberta para uso do próprio Windows.
known-wininit = Uma parte do Windows que inicia o sistema; ela deixa uma porta aberta para uso do próprio Windows, e isso é normal.
known-windows-search = A caixa de pesquisa do Windows: ela procura neste computador e também na internet com o Bing.
known-explorer = O Explorador de Arquivos do Windows mostra a área de trabalho, a barra de tarefas e seus arquivos; ele usa a rede para pastas compartilhadas e alguns conteúdos.
known-wmiprvse = Uma parte do Windows que responde perguntas sobre o computador para outros programas, às vezes pela rede.
known-taskhostw = Uma parte do Windows que roda tarefas agendadas em segundo plano, e algumas delas usam a internet.
known-runtimebroker = Uma parte do Windows que confere o que os aplicativos da Store podem fazer; ela pode usar a internet para eles.
known-backgroundtaskhost = Uma parte do Windows que roda pequenas tarefas em segundo plano para aplicativos, como procurar notícias ou atualizações.
known-dashost = Uma parte do Windows que encontra e pareia aparelhos como impressoras, TVs e caixas de som na sua rede.
known-compattelrunner = Uma parte do Windows que vê quais programas estão instalados e envia relatórios sobre isso para a Microsoft.
known-windows-widgets = O painel de Widgets do Windows mostra notícias, previsão do tempo e mais, que ele baixa da Microsoft.
known-start-menu = O menu Iniciar do Windows; ele usa a internet para mostrar sugestões de aplicativos e resultados da web.
known-wwahost = Uma parte do Windows que roda alguns aplicativos da Store feitos como páginas da web, por isso ela se conecta para eles.
known-dllhost = Um ajudante do Windows que roda pequenas partes de outros programas; às vezes ele usa a internet para eles, por exemplo para imagens.
known-rundll32 = Um ajudante do Windows que roda código guardado em outros arquivos; ele quase nunca precisa da rede, então as conexões dele merecem um olhar mais atento.
known-mshta = Um ajudante antigo do Windows que roda pequenos programas feitos como páginas da web; quase ninguém usa isso hoje, então as conexões dele merecem um olhar mais atento.
known-powershell = O PowerShell roda comandos e scripts; ele só usa a internet quando um script pede, então confira o que o iniciou.
known-sppsvc = Uma parte do Windows que confere com a Microsoft se a sua cópia do Windows está ativada.
known-family-safety = O controle dos pais do Windows: ele pode informar a atividade desta conta a um organizador da família; confira quem está na sua família Microsoft.
known-bonjour-windows = O Bonjour da Apple encontra impressoras e aparelhos Apple na sua rede de casa; o iTunes e alguns aplicativos de impressora o instalam.
known-apple-mobile-device = Um ajudante da Apple que deixa o iTunes e outros aplicativos falarem com um iPhone ou iPad, por cabo ou pelo Wi-Fi.
known-nvidia-app = Os ajudantes da placa de vídeo da NVIDIA: eles baixam atualizações de driver e podem gravar ou compartilhar suas partidas.

## Quem é dono de um endereço (o banco de dados offline de donos)

owner-line = Dono: { $org } (rede AS{ $asn }; os endereços dela estão registrados no país { $country }, que não é necessariamente onde o servidor fica).
owner-line-no-country = Dono: { $org } (rede AS{ $asn }).
owner-unknown = Dono: não está no banco de dados offline.
owner-kind-cdn = { $name } é uma rede de entrega de conteúdo: muitos aplicativos e sites usam essa rede para entregar conteúdo rápido.
owner-kind-cloud = { $name } é um provedor de nuvem: empresas alugam computadores lá para rodar seus aplicativos e sites. Qualquer pessoa pode alugar um servidor aqui, então o dono não é necessariamente com quem você está falando.
owner-kind-hosting = { $name } é uma empresa de hospedagem: ela aluga servidores e sites. Qualquer pessoa pode alugar um servidor aqui, então o dono não é necessariamente com quem você está falando.
owner-kind-big-tech = { $name } é uma grande empresa de tecnologia: os próprios aplicativos e serviços dela se conectam aqui.
owner-kind-isp = { $name } é um provedor de internet: ele conecta casas, escritórios e celulares à internet.
owner-kind-vpn = { $name } oferece um serviço de VPN, ou a rede por trás de um: ele repassa o tráfego das pessoas, então os sites veem o endereço dele em vez do endereço delas.
ownership-file-refused = O banco de dados de donos que foi baixado não pôde ser usado ({ $path }: { $reason }). No lugar dele, o netreview usa o que já vem embutido no programa.
ownership-none = Esta cópia do netreview não tem banco de dados de donos, então os donos não aparecem.

## netreview lookup

lookup-bad-address = "{ $input }" não é um endereço da internet. Escreva assim: 151.101.132.246, 2a04:4e42::1, 8.8.8.8:53 ou [2a04:4e42::1]:443.
lookup-some-failed = { $count ->
    [one] { $count } item não pôde ser consultado; os outros tiveram resposta.
   *[other] { $count } itens não puderam ser consultados; os outros tiveram resposta.
}

## Consultas online (RDAP), só com a sua permissão

online-consent = O netreview pode consultar { $addresses } online, nos dados públicos dos registros da internet. Para isso, ele baixaria a lista de registros de { $host } (isso não envia nenhum endereço) e depois mandaria cada endereço para o registro que cuida dele (ARIN, RIPE NCC, APNIC, LACNIC ou AFRINIC). Nada mais é enviado, mas esses servidores vão ver o seu endereço de internet. Consultar online? Digite s para sim, ou qualquer outra coisa para não:
consent-yes-words = y, yes, s, sim
online-no-terminal = Nada foi consultado online: não há uma janela de terminal para pedir a sua permissão. Adicione --online para permitir.
online-refused = Nada foi consultado online, como você escolheu. As respostas acima vêm do banco de dados offline.
online-rate-limited = O registro pediu para irmos mais devagar (consultas demais). Tente de novo daqui a alguns minutos; a resposta offline acima continua valendo.
online-not-found = O registro não tem nenhuma ficha para este endereço.
online-status = O registro respondeu com um erro (HTTP { $code }). A resposta offline acima continua valendo.
online-timeout = O registro demorou demais para responder. Confira a conexão com a internet e tente de novo; a resposta offline acima continua valendo.
online-unreachable = Não foi possível falar com o registro ({ $reason }). Talvez este computador esteja sem internet; a resposta offline acima continua valendo.
online-no-registry = Nenhum registro aparece na lista para este endereço.
online-bad-answer = Não foi possível ler a resposta do registro.
online-unknown = desconhecido
online-record = Ficha do registro, vinda de { $server } (consultada em { $fetched }): rede { $network }, em nome de { $org }, país { $country }, data de registro { $registered }.

## netreview db update

db-update-consent = O netreview baixaria os dados de donos mais recentes (vários arquivos, dezenas de megabytes) de { $host }. Isso não envia nenhum endereço nem nada sobre este computador, mas esse servidor vai ver o seu endereço de internet. Baixar agora? Digite s para sim, ou qualquer outra coisa para não:
db-update-no-terminal = Nada foi baixado: não há uma janela de terminal para pedir a sua permissão. Rode "netreview --online db update" para permitir.
db-update-refused = Nada foi baixado, como você escolheu. O netreview continua usando os dados de donos que já tem.
db-update-no-folder = Nada foi baixado: o netreview não encontrou uma pasta para os dados dele neste computador.
db-update-downloading = Baixando de { $host } …
db-update-failed = Os novos dados de donos não foram instalados ({ $reason }). O netreview continua usando os dados que já tinha.
db-update-done = { $source } instalado: { $v4 } faixas de endereços IPv4 e { $v6 } faixas de endereços IPv6, salvas em { $path }. A partir de agora, o netreview usa esses dados.

## Countries (generated by tools/gen-countries.py from i18n-iso-countries 7.14.0, MIT; do not edit)
country-AD = Andorra
country-AE = Emirados Árabes Unidos
country-AF = Afeganistão
country-AG = Antígua e Barbuda
country-AI = Anguila
country-AL = Albânia
country-AM = Arménia
country-AO = Angola
country-AQ = Antártida
country-AR = Argentina
country-AS = Samoa Americana
country-AT = Áustria
country-AU = Austrália
country-AW = Aruba
country-AX = Ilhas Åland
country-AZ = Azerbaijão
country-BA = Bósnia-Herzegovina
country-BB = Barbados
country-BD = Bangladesh
country-BE = Bélgica
country-BF = Burkina Faso
country-BG = Bulgária
country-BH = Bahrein
country-BI = Burundi
country-BJ = Benim
country-BL = São Bartolomeu
country-BM = Bermudas
country-BN = Brunei
country-BO = Bolívia
country-BQ = Países Baixos Caribenhos
country-BR = Brasil
country-BS = Bahamas
country-BT = Butão
country-BV = Ilha Bouvet
country-BW = Botsuana
country-BY = Bielorrússia
country-BZ = Belize
country-CA = Canadá
country-CC = Ilhas Cocos (Keeling)
country-CD = República Popular do Congo
country-CF = República Centro-Africana
country-CG = República Democrática do Congo
country-CH = Suíça
country-CI = Costa do Marfim
country-CK = Ilhas Cook
country-CL = Chile
country-CM = Camarões
country-CN = China
country-CO = Colômbia
country-CR = Costa Rica
country-CU = Cuba
country-CV = Cabo Verde
country-CW = Curaçao
country-CX = Ilha de Natal
country-CY = Chipre
country-CZ = Chéquia
country-DE = Alemanha
country-DJ = Djibouti
country-DK = Dinamarca
country-DM = Dominica
country-DO = República Dominicana
country-DZ = Argélia
country-EC = Equador
country-EE = Estónia
country-EG = Egito
country-EH = Saara Ocidental
country-ER = Eritreia
country-ES = Espanha
country-ET = Etiópia
country-FI = Finlândia
country-FJ = Fiji
country-FK = Ilhas Malvinas
country-FM = Micronésia
country-FO = Ilhas Faroé
country-FR = França
country-GA = Gabão
country-GB = Reino Unido
country-GD = Granada
country-GE = Geórgia
country-GF = Guiana Francesa
country-GG = Guernsey
country-GH = Gana
country-GI = Gibraltar
country-GL = Gronelândia
country-GM = Gâmbia
country-GN = Guiné
country-GP = Guadalupe
country-GQ = Guiné Equatorial
country-GR = Grécia
country-GS = Geórgia do Sul e Ilhas Sandwich do Sul
country-GT = Guatemala
country-GU = Guam
country-GW = Guiné-Bissau
country-GY = Guiana
country-HK = Hong Kong
country-HM = Ilha Heard e Ilhas McDonald
country-HN = Honduras
country-HR = Croácia
country-HT = Haiti
country-HU = Hungria
country-ID = Indonésia
country-IE = Irlanda
country-IL = Israel
country-IM = Ilha de Man
country-IN = Índia
country-IO = Território Britânico do Oceano Índico
country-IQ = Iraque
country-IR = Irão
country-IS = Islândia
country-IT = Itália
country-JE = Jersey
country-JM = Jamaica
country-JO = Jordânia
country-JP = Japão
country-KE = Quénia
country-KG = Quirguistão
country-KH = Camboja
country-KI = Quiribati
country-KM = Comores
country-KN = São Cristóvão e Neves
country-KP = Coreia do Norte
country-KR = Coreia do Sul
country-KW = Koweit
country-KY = Ilhas Caimão
country-KZ = Cazaquistão
country-LA = Laos
country-LB = Líbano
country-LC = Santa Lúcia
country-LI = Liechtenstein
country-LK = Sri Lanka
country-LR = Libéria
country-LS = Lesoto
country-LT = Lituânia
country-LU = Luxemburgo
country-LV = Letónia
country-LY = Líbia
country-MA = Marrocos
country-MC = Mónaco
country-MD = Moldávia
country-ME = Montenegro
country-MF = São Martinho
country-MG = Madagáscar
country-MH = Ilhas Marshall
country-MK = Macedónia do Norte
country-ML = Mali
country-MM = Mianmar (Birmânia)
country-MN = Mongólia
country-MO = Macau
country-MP = Ilhas Marianas do Norte
country-MQ = Martinica
country-MR = Mauritânia
country-MS = Monserrate
country-MT = Malta
country-MU = Maurícia
country-MV = Maldivas
country-MW = Maláui
country-MX = México
country-MY = Malásia
country-MZ = Moçambique
country-NA = Namíbia
country-NC = Nova Caledónia
country-NE = Níger
country-NF = Ilha Norfolk
country-NG = Nigéria
country-NI = Nicarágua
country-NL = Países Baixos
country-NO = Noruega
country-NP = Nepal
country-NR = Nauru
country-NU = Niue
country-NZ = Nova Zelândia
country-OM = Omã
country-PA = Panamá
country-PE = Peru
country-PF = Polinésia Francesa
country-PG = Papua-Nova Guiné
country-PH = Filipinas
country-PK = Paquistão
country-PL = Polónia
country-PM = Saint Pierre e Miquelon
country-PN = Ilhas Pitcairn
country-PR = Porto Rico
country-PS = Territórios palestinos
country-PT = Portugal
country-PW = Palau
country-PY = Paraguai
country-QA = Qatar
country-RE = Reunião
country-RO = Roménia
country-RS = Sérvia
country-RU = Rússia
country-RW = Ruanda
country-SA = Arábia Saudita
country-SB = Ilhas Salomão
country-SC = Seychelles
country-SD = Sudão
country-SE = Suécia
country-SG = Singapura
country-SH = Santa Helena
country-SI = Eslovénia
country-SJ = Svalbard e Jan Mayen
country-SK = Eslováquia
country-SL = Serra Leoa
country-SM = San Marino
country-SN = Senegal
country-SO = Somália
country-SR = Suriname
country-SS = Sudão do Sul
country-ST = São Tomé e Príncipe
country-SV = El Salvador
country-SX = São Martinho
country-SY = Síria
country-SZ = Essuatíni
country-TC = Ilhas Turcas e Caicos
country-TD = Chade
country-TF = Terras Austrais e Antárticas Francesas
country-TG = Togo
country-TH = Tailândia
country-TJ = Tajiquistão
country-TK = Tokelau
country-TL = Timor-Leste
country-TM = Turquemenistão
country-TN = Tunísia
country-TO = Tonga
country-TR = Turquia
country-TT = Trindade e Tobago
country-TV = Tuvalu
country-TW = Taiwan
country-TZ = Tanzânia
country-UA = Ucrânia
country-UG = Uganda
country-UM = Ilhas Distantes dos EUA
country-US = Estados Unidos
country-UY = Uruguai
country-UZ = Uzbequistão
country-VA = Santa Sé
country-VC = São Vicente e Granadinas
country-VE = Venezuela
country-VG = Ilhas Virgens Britânicas
country-VI = Ilhas Virgens Americanas
country-VN = Vietname
country-VU = Vanuatu
country-WF = Wallis e Futuna
country-WS = Samoa
country-XK = Kosovo
country-YE = Iémen
country-YT = Mayotte
country-ZA = África do Sul
country-ZM = Zâmbia
country-ZW = Zimbábue
## End of countries
