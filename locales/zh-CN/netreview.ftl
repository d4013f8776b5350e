# netreview — 简体中文 (Simplified Chinese).
# Translated from en-US. Keep words plain: a 12-year-old should follow every sentence.

## Command line

cli-about = 一步一步、不慌不忙地检查这台电脑上有哪些程序在使用网络。
cli-long-version = { $version }
    地址归属数据：{ $data }。
    其中包含来自 RouteViews（routeviews.org）、DB-IP.com（IP to ASN Lite，https://db-ip.com）和 NRO（nro.net）的数据，按照 Creative Commons Attribution 4.0 (CC BY 4.0)（知识共享署名 4.0 许可协议）使用，由 ip-location-db 整理发布。详见 data/PROVENANCE.md。
cli-no-data = 没有内置
cli-lang = 所有文字使用的语言，例如 en-US
cli-demo = 在一台虚构的电脑上练习引导式检查（用于培训课；不需要任何权限）
cli-scan-about = 记下此刻正在使用网络的程序，或者观察一段时间
cli-format = 结果的显示方式：table（表格，容易阅读）、yaml 或 json（摘要文件的格式）
cli-watch = 持续观察这么长时间（例如 30s、2m），以便发现那些偶尔才连接网络的程序
cli-interval = 观察期间两次查看之间的间隔（例如 1s、500ms）
cli-output = 把结果保存到这个文件，而不是显示出来
cli-from = 读取之前保存的快照或摘要文件，而不是检查这台电脑
cli-online = 在这次运行中允许在线查询，不再询问（地址会被发送给互联网注册机构）
cli-lookup-about = 解释地址：它是什么、某个端口用于什么服务、它归谁所有
cli-lookup-format = 答案的显示方式：text（文字，容易阅读）、yaml 或 json
cli-lookup-items = 要解释的地址，每个都可以带上端口：151.101.132.246、8.8.8.8:53、[2a04:4e42::1]:443
cli-db-about = 管理地址归属数据库（哪个互联网地址归谁所有）
cli-db-update-about = 从互联网下载最新的地址归属数据（会先问你）
error-heading = netreview 没能完成
bad-interval = 两次查看之间的间隔必须大于零。

## Address meanings: what the other end of a connection is

scope-loopback = { $addr } 是这台电脑在和自己通信：没有害处。
scope-this-computer = { $addr } 是这台电脑自己的地址之一：它在和自己通信。
scope-unspecified = { $addr } 表示“没有指定的地址”。
scope-private = { $addr } 是你自己网络里的一台设备（家里或办公室）。
scope-unique-local = { $addr } 是你自己网络里的一台设备（家里或办公室）。
scope-shared-cgnat = { $addr } 属于你的网络服务商自己的网络，位于你和互联网之间。
scope-link-local = { $addr } 是直接连着这台电脑的设备，用的是同一根网线或同一个 Wi-Fi。
scope-multicast = { $addr } 是一个群组地址：一条消息会送到附近所有在收听它的设备。
scope-broadcast = { $addr } 表示同时发给你本地网络上的所有设备。
scope-documentation = { $addr } 是留给书籍和说明书用的示例地址：真实的网络通信不应该用到它。
scope-benchmarking = { $addr } 是留给测试网络设备用的：在日常使用的电脑上很少见。
scope-reserved = { $addr } 是一个不应该被使用的保留地址：这很少见。
scope-public = { $addr } 在互联网上。

## Listening: who can reach a program that waits for connections

reach-this-computer = 只有这台电脑上的程序能连到它。
reach-your-network = 你自己网络里的设备能连到它。
reach-all-networks = 这台电脑所在的每个网络都能连到它，甚至可能包括互联网。
reach-anyone = 互联网上的任何人都可能连到它。
reach-unusual = 它在一个不常见的保留地址上等待连接。

## Services: what a port is usually used for

service-http = 网页（HTTP）
service-https = 安全网页（HTTPS）
service-dns = 查找网站的地址（DNS）
service-dns-over-tls = 私密地查找网站的地址（DNS over TLS）
service-mdns = 查找附近的设备（mDNS）
service-llmnr = 查找附近的电脑（LLMNR）
service-netbios = 旧式 Windows 网络名称（NetBIOS）
service-smb = 共享文件和文件夹（SMB）
service-ssh = 远程登录（SSH）
service-telnet = 旧式、没有保护的远程登录（Telnet）
service-ftp = 传输文件（FTP）
service-smtp = 服务器之间传送电子邮件（SMTP）
service-smtp-submission = 发送电子邮件（SMTP）
service-imap = 阅读电子邮件（IMAP）
service-pop3 = 下载电子邮件（POP3）
service-ntp = 校准时钟（NTP）
service-dhcp = 获取网络地址（DHCP）
service-dhcpv6 = 获取网络地址，新方式（DHCPv6）
service-ssdp = 查找电视、音箱等设备（SSDP）
service-ipp = 打印（IPP）
service-jetdirect = 直接发送到打印机打印（JetDirect）
service-ldap = 公司通讯录和登录（LDAP）
service-kerberos = 公司网络登录（Kerberos）
service-rdp = 远程桌面（RDP）
service-vnc = 屏幕共享（VNC）
service-teamviewer = 远程控制（TeamViewer）
service-anydesk = 远程控制（AnyDesk）
service-x11 = 显示另一台电脑上的窗口（X11）
service-winrm = Windows 远程管理（WinRM）
service-rpc = Windows 远程命令（RPC）
service-mysql = 数据库（MySQL）
service-postgres = 数据库（PostgreSQL）
service-redis = 快速数据存储（Redis）
service-mongodb = 数据库（MongoDB）
service-mqtt = 智能家居消息（MQTT）
service-xmpp = 聊天（XMPP）
service-irc = 聊天室（IRC）
service-sip = 网络电话（SIP）
service-stun-turn = 帮助通话顺利接通（STUN/TURN）
service-openvpn = 私密隧道（OpenVPN）
service-wireguard = 私密隧道（WireGuard）
service-ipsec = 私密隧道（IPsec）
service-socks = 流量中转（SOCKS 代理）
service-http-proxy = 网页中转（HTTP 代理）
service-tor = 隐藏来源的上网方式（Tor）
service-bittorrent = 文件分享（BitTorrent）
service-steam = 游戏（Steam）
service-spotify = 音乐（Spotify）
service-syncthing = 在你自己的设备之间同步文件（Syncthing）
service-kde-connect = 连接你的手机（KDE Connect）
service-apple-push = Apple 通知
service-airplay = 把声音和视频投到屏幕上（AirPlay）
service-snmp = 查看网络设备的状态（SNMP）
service-syslog = 发送日志消息（syslog）
service-git = 下载代码（Git）
service-rsync = 复制文件（rsync）

## Connection states

state-udp = 收发消息（UDP）
state-listen = 等待别人来连接
state-established = 已连接
state-syn-sent = 正在尝试连接
state-syn-received = 有人正在连接
state-closing = 正在关闭
state-unknown = 状态未知

## Connections no program could be tied to

unattributed-no-permission = { $count } 个连接属于其他用户的程序，没有管理员权限时 netreview 不能查看它们。
unattributed-time-wait = { $count } 个是已经结束的连接，系统会再保留一小会儿。这很正常。
unattributed-kernel = { $count } 个连接由操作系统本身使用。
unattributed-exited = { $count } 个连接属于在 netreview 查看期间关闭了的程序。

## Running without administrator rights

rights-hidden-linux = { $count ->
    [0] netreview 正在没有管理员权限的情况下运行，所以看不到属于其他用户的程序（例如系统服务）的详细信息。
   *[other] netreview 正在没有管理员权限的情况下运行：有 { $count } 个连接属于其他用户的程序，它无法查看这些程序。
}
rights-hidden-macos = netreview 正在没有管理员权限的情况下运行：属于其他用户的程序（例如系统服务）的连接完全不会显示。
rights-hidden-windows = netreview 正在没有管理员权限的情况下运行：有些系统程序是从哪里运行的，它无法读取。
rights-how-linux = 如果想看到全部内容，请用管理员权限重新运行：sudo { $command }
rights-how-macos = 如果想看到全部内容，请用管理员权限重新运行：sudo { $command }
rights-how-windows = 如果想看到全部内容，请关闭这个窗口，右键点击“终端”（Terminal）或“命令提示符”（Command Prompt），选择“以管理员身份运行”，然后再次运行 { $command }。

## The table printed by "netreview scan"

table-title = 正在使用网络的程序，{ $time } UTC：{ $programs } 个程序，{ $connections } 个连接
table-title-watch = 在 { $start } 到 { $end } UTC 之间使用过网络的程序（查看了 { $looks } 次）：{ $programs } 个程序，{ $connections } 个连接
table-nothing = 现在没有程序在使用网络。
table-nothing-watch = 没有看到任何程序使用网络。
table-process = { $name } · PID { $pid }
table-user = 用户 { $user }
table-parent = 由 { $parent }（PID { $ppid }）启动
table-name-unknown = （名称未知）
table-runs-from = 运行位置：{ $exe }
table-runs-from-unknown = 无法读取它是从哪里运行的
table-known-as = 识别为：{ $label }
table-connection = { $proto }  { $local } → { $remote } · { $state }
table-listening = { $proto }  在 { $local } 上 · { $state }
table-service = 服务：{ $service }。
table-seen = 出现了 { $times } 次，第一次在 { $first }，最后一次在 { $last } UTC。
table-unattributed-title = 有 { $count } 个连接无法对应到某个程序：

## Watching over time

progress-watching = 正在观察：{ $elapsed } / { $total } 秒 · { $programs } 个程序 · 联系过 { $remotes } 个地址 · 按 Ctrl-C 停止

## The guided check

wizard-no-terminal = 引导式检查需要问你一些问题，所以要在终端窗口里运行。如果只想记下此刻的情况、不回答问题，请运行：netreview scan
practice-tag = （练习）
practice-banner = ◆ 练习 — 这是一台用来学习的虚构电脑，不是你的电脑。这里的一切都不是真的。
wizard-step = 第 { $step } 步，共 5 步 · { $title }
title-welcome = 欢迎
title-rights = 管理员权限
title-close-apps = 关闭你不需要的应用
title-watch = 观察一段时间
title-review = 逐个查看程序
title-summary = 总结
welcome-body =
    netreview 帮你检查这台电脑上有哪些程序在和互联网或其他设备通信，以及这些看起来是否正常。

      1. 你先关闭不需要的应用。
      2. netreview 观察几分钟的网络连接。
      3. 你一个一个地查看每个程序，说说你的看法。
      4. 你会得到一个文件，可以发给帮助你的人。

    大约需要 10 到 20 分钟。你随时可以停下来：你的回答会被保存。
    保护隐私：除非你同意，否则任何内容都不会离开这台电脑。
welcome-language = 语言：{ $language }（如需更改：netreview --lang …）
welcome-practice = 练习模式：你将查看一台虚构的电脑，用来学习怎样检查。
choice-start = 开始
choice-language = 选择其他语言
prompt-language = 你想用哪种语言？
welcome-language-source = { $source ->
    [asked] （你选择的语言）
    [system] （这台电脑设置里的语言）
   *[default] （netreview 还没有这台电脑所用的语言）
}
prompt-choose = 你想做什么？
language-name = 简体中文
choice-quit = 退出
resume-body = 你在 { $date } UTC 开始了一次检查，但没有完成。当时你已经看了 { $total } 个程序中的 { $done } 个。
choice-resume = 从上次停下的地方继续
choice-start-over = 开始新的检查（没完成的那次会被放到一边，不会被删除）
resume-unreadable = 无法读取你没完成的那次检查，所以把它放到了一边，保存为 { $path }。现在开始新的检查。
rights-choice-continue = 不用管理员权限，继续
rights-choice-quit = 退出，我要用管理员权限重新开始
close-apps-body = { $count ->
    [0] 现在没有程序在使用网络。
   *[other] 现在有 { $count } 个程序在使用网络：
}
close-apps-line = { $name } · { $connections } 个连接
close-apps-more = … 还有 { $count } 个
close-apps-ask = 请关闭你现在不需要的应用（浏览器、聊天、音乐、游戏……）。程序越少，检查就越快、越清楚。
close-apps-closed = 上次查看之后关闭了：{ $names }
close-apps-new = 上次查看之后新出现：{ $names }
close-apps-same = 和上次查看时相比，没有变化。
close-apps-practice = 在练习模式中，再看一次时，这台虚构的电脑不会有变化。
choice-look-again = 我关掉了一些应用：再看一次
choice-how-to-close = 教我怎样彻底关闭应用
choice-continue = 继续
watch-body =
    有些程序只是偶尔连接网络，例如每隔几分钟一次。为了发现它们，netreview 现在会观察一段时间的网络连接。

    观察期间，请让电脑保持原样。你也可以提前停止。
watch-practice = 在练习模式中，观察只需要几秒钟：这台虚构的电脑已经被观察过 2 分钟了。
watch-choice-2m = 观察 2 分钟（推荐）
watch-choice-5m = 观察 5 分钟
watch-choice-30s = 观察 30 秒
watch-choice-skip = 跳过观察
watch-progress = { $bar } { $elapsed } / { $total } 秒 · { $programs } 个程序 · { $remotes } 个地址 · 按 Enter 停止
review-header = 第 { $index } 个程序，共 { $total } 个
review-name = 名称：{ $name }（进程号 { $pid }）
review-known-as = 它是什么：{ $what }
review-unknown = 它是什么：netreview 不认识这个程序。这本身并不是坏事：大多数程序都不在它的列表里。
review-why-title = 为什么 { $name } 的这些迹象值得注意：
review-why = 为什么值得注意：{ $why }
review-runs-from = 运行位置：{ $exe }
review-runs-from-unknown = 运行位置：无法读取
review-parent = { $name }（进程号 { $pid }）
review-started-by = 由谁启动：{ $parent } · 用户：{ $user }
review-running-since = 从 { $time } UTC 开始运行
review-exited = 这个程序在被看到之后已经关闭了；你仍然可以判断它做过什么。
review-talks-to = 它联系过：
review-waits-on = 它在等待连接：
review-conn = { $meaning } 端口 { $port }，{ $seen }。
review-conn-service = { $meaning } 端口 { $port }：{ $service }，{ $seen }。
review-listen = 端口 { $port }（{ $proto }）：{ $reach }
review-listen-service = 端口 { $port }（{ $proto }）· { $service }：{ $reach }
review-seen = 出现了 { $times } 次{ $connections ->
    [1] {""}
   *[other] ，分布在 { $connections } 个不同的连接里
}
review-more-connections = … 还有 { $count } 个
review-question = 你觉得 { $name } 怎么样？
review-choice-fine = 看起来没问题
review-choice-suspicious = 可疑
review-choice-unsure = 不确定
review-choice-more = 告诉我更多
review-choice-back = 回到上一个程序
review-note = 给帮助你的人留个备注（可以不写；按 Enter 跳过）
review-note-kept = 你之前的备注：{ $note }
choice-back-to-program = 回到这个程序
verdict-looks-fine = 看起来没问题
verdict-suspicious = 可疑
verdict-unsure = 不确定
verdict-not-reviewed = 还没看
summary-counts = 你看了 { $total } 个程序中的 { $reviewed } 个：{ $fine } 个看起来没问题，{ $suspicious } 个可疑，{ $unsure } 个不确定。
summary-flagged = 你标记为可疑或不确定的程序：
summary-flagged-line = { $name }（进程号 { $pid }）：{ $verdict }
summary-not-checked = netreview 没能检查的内容：
summary-unattributed = 有 { $count } 个连接无法对应到某个程序。
summary-no-rights = 它是在没有管理员权限的情况下运行的，所以看不到其他用户的程序。
summary-redact-ask = 保存文件之前：哪些内容不要写进去？（按空格键选中或取消；按 Enter 确认。）
redact-hostname = 这台电脑的名称
redact-user = 你的用户名
redact-home = 文件路径里你的个人文件夹（显示为 ~）
summary-saved = 你的总结保存在这里：
summary-before-sending = 发送之前，请先读一遍：里面列出了这台电脑上的程序和它们联系过的地址。不想分享的内容，可以删掉。
summary-practice-saved = 这份练习总结保存在这里（它描述的是那台虚构的电脑）：
interrupted-saved = 已停止。你到目前为止的回答保存在 { $path }。再次运行 netreview，就能从停下的地方继续。
interrupted-nothing = 已停止。还没有需要保存的内容。
choice-finish = 完成

## Unusual signs (signals): what was seen, and why it matters

signals-title = 不寻常的迹象：
signals-none = netreview 没有发现它有什么不寻常的地方。但这并不能证明它没有害处。
signal-worth = ⚠ 值得看一看
signal-info = ℹ 仅供参考
signal-line = { $severity }：{ $what }
signal-exe-in-temp-dir = 它是从一个临时文件夹运行的：{ $detail }
signal-exe-in-temp-dir-why = 已经安装好的程序不会从临时文件夹运行；刚下载的程序，或者不想被注意到的程序，有时会这样。
signal-exe-in-user-writable-dir = 它是从你自己的文件夹运行的，而不是从通常安装程序的地方：{ $detail }
signal-exe-in-user-writable-dir-why = 你运行的任何程序都能往那里写东西，所以有可能不经你同意就被放到了那里。也有一些正常的应用会装在那里。
signal-exe-hidden-path = 它是从一个隐藏文件夹运行的：{ $detail }
signal-exe-hidden-path-why = 名字以点（.）开头的文件夹平时是看不到的。间谍程序常常这样藏起来。
signal-exe-deleted = 它还在运行，但它的程序文件已经被删除或替换了：{ $detail }
signal-exe-deleted-why = 程序更新之后会出现这种情况（重新启动这个程序就好了），但程序在清除自己的痕迹时也会这样。
signal-name-mimics-system = 它的名字和系统的某个部分一样或几乎一样（{ $detail }），但它并不是从系统所在的位置运行的。
signal-name-mimics-system-why = 有害的程序常常借用系统程序的名字，让自己看起来无害。
signal-listens-on-network = 其他设备可以连到它（{ $detail }）。
signal-listens-on-network-why = 等待外部连接的程序，别人是可以连上的。很多这样的程序是正常的，但最好知道是哪些程序在这样做。
signal-remote-access-port = 它使用远程控制或远程登录的端口：{ $detail }
signal-remote-access-port-why = 远程访问能让别人看到或控制这台电脑。这对技术支持很有用，但也有人用它暗中监视别人。
signal-unusual-port = 它连接互联网地址时，用的端口不属于任何常见的服务：{ $detail }
signal-unusual-port-why = 大多数应用使用大家熟悉的端口，比如安全网页（HTTPS）用的端口。不常见的端口本身不代表有问题，但间谍程序常常会用。
signal-hosting-provider = 它连接的是从托管公司租来的服务器：{ $detail }
signal-hosting-provider-why = 任何人都可以在那里租服务器，所以公司的名字并不能说明你实际上在和谁通信。
signal-frequent-reconnects = 它一次又一次地连接同一个地方：{ $detail }
signal-frequent-reconnects-why = 有规律的、反复的连接，可能是程序在向控制它的人汇报。更新程序和聊天应用也会这样。
signal-runs-as-admin = 它以管理员权限运行（身份是 { $detail }），而这类程序通常不需要这样的权限。
signal-runs-as-admin-why = 有了这样的权限，程序可以查看和修改这台电脑上的一切。
signal-not-from-package-manager = 它不是通过系统的软件管理器安装的：{ $detail }
signal-not-from-package-manager-why = 从开发者网站下载的应用都是这样，这很正常，但这也意味着没有人替你检查过这个文件。
signal-unknown = 这个版本的 netreview 还不认识的一个不寻常迹象：{ $detail }

## Known programs: what each one is (ids: known-<id> of data/known-programs.yaml)

known-firefox = Firefox 是一个网页浏览器：它会连接你访问的网站。
known-google-chrome = Google Chrome 是一个网页浏览器：它会连接你访问的网站，也会连接 Google。
known-chromium = Chromium 是一个网页浏览器（Chrome 所基于的开源版本）：它会连接你访问的网站。
known-microsoft-edge = Microsoft Edge 是一个网页浏览器：它会连接你访问的网站，也会连接 Microsoft。
known-edge-webview2 = Microsoft Edge 的一个组件，其他应用（Teams、Outlook、小组件等）用它来显示网页，所以它会连接网站。
known-brave = Brave 是一个会拦截广告的网页浏览器：它会连接你访问的网站。
known-opera = Opera（以及 Opera GX）是一个网页浏览器：它会连接你访问的网站。
known-vivaldi = Vivaldi 是一个网页浏览器：它会连接你访问的网站。
known-safari = Safari 是 Mac 自带的网页浏览器：它会连接你访问的网站。
known-webkit-networking = Safari 和其他显示网页的 Mac 应用的一个帮手程序：它替这些应用下载网页。
known-tor-browser = Tor Browser 是一个保护隐私的浏览器：它让你的上网内容经过 Tor 网络传送，这样网站就不容易看出你在哪里。
known-tor = Tor 这个程序会让你的网络通信经过世界各地的好几台电脑，从而隐藏它是从哪里来的。
known-librewolf = LibreWolf 是一个基于 Firefox、注重隐私的网页浏览器：它会连接你访问的网站。
known-gnome-web = GNOME Web（也叫 Epiphany）是一个网页浏览器：它会连接你访问的网站。
known-webkitgtk-network = 一个帮手程序，显示网页的 Linux 应用（GNOME Web、Evolution、在线账户）用它来下载这些网页。
known-signal = Signal 是一个私密的聊天应用：它连接 Signal 的服务器来收发你的消息和通话。
known-whatsapp = WhatsApp 是一个聊天应用：它连接 WhatsApp 的服务器来收发你的消息和通话。
known-telegram = Telegram 是一个聊天应用：它连接 Telegram 的服务器来收发你的消息。
known-element = Element 是 Matrix 网络的聊天应用：它连接一台 Matrix 服务器来收发消息。
known-discord = Discord 是一个面向社群和游戏的文字与语音聊天应用：它会连接 Discord 的服务器。
known-slack = Slack 是一个工作用的聊天应用：它连接 Slack 的服务器来收发消息。
known-microsoft-teams = Microsoft Teams 是一个聊天和视频会议应用，常用于工作或上学：它会连接 Microsoft 的服务器。
known-zoom = Zoom 是一个视频会议应用：通话时以及查看消息时，它会连接 Zoom 的服务器。
known-skype = Skype 是一个旧的通话和聊天应用，Microsoft 已在 2025 年停止了它的服务；它会连接 Microsoft 的服务器。
known-webex = Webex 是一个视频会议和聊天应用，常用于工作：它会连接 Cisco 的 Webex 服务器。
known-jitsi-meet = Jitsi Meet 是一个视频会议应用：通话时它会连接一台 Jitsi 服务器。
known-wire = Wire 是一个私密的聊天和通话应用：它会连接 Wire 的服务器。
known-threema = Threema 是一个私密的聊天应用：它连接 Threema 的服务器来收发消息。
known-viber = Viber 是一个聊天和通话应用：它会连接 Viber 的服务器。
known-messenger = Messenger 是 Facebook 的聊天应用：它连接 Meta 的服务器来收发消息和通话。
known-apple-messages = Messages（信息）是 Mac 上用来收发 iMessage 和短信的应用：它通过连接 Apple 来收发这些消息。
known-facetime = FaceTime 是 Apple 的视频和语音通话应用：它会连接 Apple，也会连接你呼叫的人。
known-phone-link = Phone Link（手机连接）把这台电脑和一部手机连起来，显示手机上的短信、来电和照片；请确认它只连着你自己的手机。
known-pidgin = Pidgin 是一个能同时登录好几个聊天网络的聊天应用：它会连接这些网络的服务器。
known-thunderbird = Thunderbird 是一个电子邮件应用：它连接你的邮件服务器来收发邮件。
known-outlook = Outlook 是 Microsoft 的邮件和日历应用：它连接你的邮件服务器来收发邮件。
known-outlook-new = 新版 Outlook 是 Microsoft 为 Windows 做的邮件和日历应用：它通过 Microsoft 连接你的邮件服务器。
known-apple-mail = Mail（邮件）是 Mac 上的电子邮件应用：它连接你的邮件服务器来收发邮件。
known-evolution = Evolution 是一个邮件和日历应用：它会连接你的邮件服务器和日历服务器。
known-geary = Geary 是一个电子邮件应用：它连接你的邮件服务器来收发邮件。
known-kmail = KMail 是 KDE 的电子邮件应用：它连接你的邮件服务器来收发邮件。
known-windows-mail = Windows 旧版的“邮件和日历”应用：它会连接你的邮箱和日历账户，让它们保持最新。
known-spotify = Spotify 用来播放音乐和播客：它连接 Spotify 的服务器来在线播放。
known-vlc = VLC 用来播放视频和音乐；它只在播放在线内容、查找专辑封面或检查更新时才使用网络。
known-apple-music = Apple Music 用来播放音乐：它连接 Apple 来在线播放歌曲、同步你的音乐库。
known-itunes = iTunes 用来播放音乐和同步 iPhone：它会为了商店、在线播放和更新而连接 Apple。
known-apple-tv = Apple TV 应用用来播放电影和节目：它连接 Apple 来在线播放。
known-apple-podcasts = Podcasts（播客）用来播放播客：它连接互联网来下载和在线播放节目。
known-plex-media-server = Plex Media Server 把你的电影和音乐分享给你的其他设备，也会连接 Plex 的服务器。
known-kodi = Kodi 用来播放电影、音乐和电视；它会为了插件、在线内容和共享文件夹而使用网络。
known-obs-studio = OBS Studio 用来录制屏幕或摄像头；在向 Twitch、YouTube 等网站直播时，它会使用网络。
known-dropbox = Dropbox 在网上保存你文件的副本：它连接 Dropbox 的服务器来同步这些文件。
known-onedrive = OneDrive 在 Microsoft 的云端保存你文件的副本：它连接 Microsoft 来同步这些文件。
known-google-drive = Google Drive 桌面版让你的文件和 Google 账户保持同步：它会连接 Google。
known-icloud-bird = macOS 的一部分（名叫 bird），让 iCloud 云盘里的文件和 Apple 的服务器保持同步。
known-icloud-cloudd = macOS 的一部分（名叫 cloudd），把应用的数据（比如备忘录和通讯录）和 iCloud 同步。
known-icloud-windows = iCloud for Windows 把照片、文件和密码与你的 Apple 账户同步：它会连接 Apple。
known-nextcloud = Nextcloud 让你的文件和一台 Nextcloud 服务器（你自己的或你所在机构的）保持同步。
known-syncthing = Syncthing 直接在你自己的设备之间复制文件夹，所以它会连接这些设备，以及一些辅助服务器。
known-megasync = MEGA 在 MEGA 的云端保存你文件的副本：它连接 MEGA 来同步这些文件。
known-proton-drive = Proton Drive 在网上保存你文件的加密副本：它会连接 Proton 的服务器。
known-box-drive = Box Drive 在这台电脑上显示你在 Box 云端的文件：它连接 Box 来同步这些文件。
known-rclone = rclone 是一个在网上存储空间和电脑之间复制文件的工具，所以它会连接这些服务。
known-libreoffice = LibreOffice 用来写文档和做表格；它只在检查更新或打开网上的文件时才使用网络。
known-microsoft-word = Word 用来写文档；它会为了许可证、网上的文件、共享和更新而连接 Microsoft。
known-microsoft-excel = Excel 用来做表格；它会为了许可证、网上的文件、共享和更新而连接 Microsoft。
known-microsoft-powerpoint = PowerPoint 用来做幻灯片；它会为了许可证、网上的文件、共享和更新而连接 Microsoft。
known-microsoft-onenote = OneNote 是一个笔记本应用：它连接 Microsoft 来同步你的笔记。
known-notion = Notion 是一个笔记和计划应用：它会连接 Notion 的服务器，你的页面就保存在那里。
known-obsidian = Obsidian 是一个笔记应用；它会为了更新、插件以及可选的同步服务而使用网络。
known-evernote = Evernote 是一个笔记应用：它连接 Evernote 的服务器来同步你的笔记。
known-adobe-acrobat = Adobe Acrobat 用来打开 PDF 文件；它会为了登录、网上的文档和更新而连接 Adobe。
known-adobe-creative-cloud = Creative Cloud 用来安装和更新 Photoshop 等 Adobe 应用，并在网上检查你的 Adobe 账户。
known-steam = Steam 是一个游戏商店和启动器：它连接 Steam 来下载游戏、聊天和在线游玩。
known-epic-games = Epic Games Launcher 是一个游戏商店和启动器：它连接 Epic 来下载和游玩游戏。
known-battle-net = Battle.net 是 Blizzard 的游戏启动器：它连接 Blizzard 来下载、更新和游玩游戏。
known-ea-app = EA app 是 Electronic Arts 的游戏启动器：它连接 EA 来下载、更新和游玩游戏。
known-ubisoft-connect = Ubisoft Connect 是 Ubisoft 的游戏启动器：它连接 Ubisoft 来下载、更新和游玩游戏。
known-gog-galaxy = GOG Galaxy 是一个游戏启动器：它连接 GOG 来下载、更新和游玩游戏。
known-minecraft-launcher = Minecraft Launcher 帮你登录并下载 Minecraft：它会连接 Microsoft 和 Mojang。
known-xbox-app = Xbox 应用是 Microsoft 在 Windows 上的游戏商店和启动器：它会连接 Xbox 的服务。
known-gaming-services = 一个 Windows 后台服务，用来安装和运行来自 Xbox 应用和 Microsoft Store 的游戏。
known-riot-client = Riot Client 用来启动 League of Legends、Valorant 等游戏：它会连接 Riot 的服务器。
known-roblox = Roblox 是一个在线游戏平台：它连接 Roblox 的服务器来游玩和聊天。
known-bitwarden = Bitwarden 帮你保管密码：它连接一台 Bitwarden 服务器来同步这些密码。
known-1password = 1Password 帮你保管密码：它连接 1Password 的服务器来同步这些密码。
known-keepassxc = KeePassXC 把你的密码保存在这台电脑上的一个文件里；它只在获取网站图标或检查更新时才上网。
known-keepass = KeePass 把你的密码保存在这台电脑上的一个文件里；它只在检查更新或使用插件时才上网。
known-proton-pass = Proton Pass 帮你保管密码：它连接 Proton 的服务器来同步这些密码。
known-protonvpn = Proton VPN 让你的网络通信经过 Proton 的服务器，这样你访问的网站就看不到你的真实地址。
known-mullvad-vpn = Mullvad VPN 让你的网络通信经过 Mullvad 的服务器，这样你访问的网站就看不到你的真实地址。
known-wireguard = WireGuard 在这台电脑和另一个网络或 VPN 服务之间建立一条私密隧道（VPN）。
known-openvpn = OpenVPN 在这台电脑和一个 VPN 服务或工作网络之间建立一条私密隧道（VPN）。
known-nordvpn = NordVPN 让你的网络通信经过 NordVPN 的服务器，这样你访问的网站就看不到你的真实地址。
known-expressvpn = ExpressVPN 让你的网络通信经过 ExpressVPN 的服务器，这样你访问的网站就看不到你的真实地址。
known-tailscale = Tailscale 把你的设备连成一个私密网络，让它们在任何地方都能互相连接。
known-cisco-secure-client = Cisco Secure Client（AnyConnect）通过 VPN 把这台电脑连到工作单位或学校的网络。
known-openconnect = OpenConnect 通过 VPN 把这台电脑连到工作单位或学校的网络。
known-globalprotect = GlobalProtect 通过 VPN 把这台电脑连到工作单位或学校的网络。
known-cloudflare-warp = Cloudflare WARP 让你的网络通信经过 Cloudflare 来保护它，和 VPN 类似。
known-zerotier = ZeroTier 把你的设备连成一个私密网络，让它们在任何地方都能互相连接。
known-teamviewer = TeamViewer 能让别人从远处查看和控制这台电脑。它可以用来提供技术帮助，但也有人用它暗中监视别人：请确认是你自己安装的，并且知道是谁在连接。
known-anydesk = AnyDesk 能让别人从远处查看和控制这台电脑。它可以用来提供技术帮助，但也有人用它暗中监视别人：请确认是你自己安装的，并且知道是谁在连接。
known-chrome-remote-desktop = Chrome Remote Desktop 能让别人从远处查看和控制这台电脑。它可以用来提供技术帮助，但也有人用它暗中监视别人：请确认是你自己安装的，并且知道是谁在连接。
known-rustdesk = RustDesk 能让别人从远处查看和控制这台电脑。它可以用来提供技术帮助，但也有人用它暗中监视别人：请确认是你自己安装的，并且知道是谁在连接。
known-splashtop = Splashtop 能让别人从远处查看和控制这台电脑。它可以用来提供技术帮助，但也有人用它暗中监视别人：请确认是你自己安装的，并且知道是谁在连接。
known-x11vnc = x11vnc 会共享这个屏幕（VNC），让别人可以从远处观看和控制它。它可以用来提供技术帮助，但也有人用它暗中监视别人：请确认是你自己安装的，并且知道是谁在连接。
known-tigervnc = TigerVNC 会共享一个屏幕（VNC），让别人可以从远处观看和控制它。它可以用来提供技术帮助，但也有人用它暗中监视别人：请确认是你自己安装的，并且知道是谁在连接。
known-realvnc = RealVNC Server 能让别人从远处查看和控制这台电脑。它可以用来提供技术帮助，但也有人用它暗中监视别人：请确认是你自己安装的，并且知道是谁在连接。
known-tightvnc = TightVNC 能让别人从远处查看和控制这台电脑。它可以用来提供技术帮助，但也有人用它暗中监视别人：请确认是你自己安装的，并且知道是谁在连接。
known-ultravnc = UltraVNC 能让别人从远处查看和控制这台电脑。它可以用来提供技术帮助，但也有人用它暗中监视别人：请确认是你自己安装的，并且知道是谁在连接。
known-quick-assist = Quick Assist（快速助手）能让你给了代码的人查看和控制这台电脑。它可以用来提供技术帮助，但也有人用它暗中监视别人：请确认是你自己安装的，并且知道是谁在连接。
known-screenconnect = ScreenConnect 能让别人从远处查看和控制这台电脑。它可以用来提供技术帮助，但也有人用它暗中监视别人：请确认是你自己安装的，并且知道是谁在连接。
known-logmein = LogMeIn 能让别人从远处查看和控制这台电脑。它可以用来提供技术帮助，但也有人用它暗中监视别人：请确认是你自己安装的，并且知道是谁在连接。
known-parsec = Parsec 能让别人从远处在这台电脑上玩游戏或控制它。它可以用来提供技术帮助，但也有人用它暗中监视别人：请确认是你自己安装的，并且知道是谁在连接。
known-macos-screen-sharing = Screen Sharing（屏幕共享）是 macOS 的一部分，能让别人从远处查看和控制这台 Mac。它可以用来提供技术帮助，但也有人用它暗中监视别人：请确认是你自己安装的，并且知道是谁在连接。
known-windows-remote-desktop-client = Remote Desktop Connection（远程桌面连接）能让这台电脑前的人控制远处的另一台电脑。它是正当的工具，但有人会滥用远程工具来暗中监视别人：请确认你知道是谁在用它。
known-windows-remote-assistance = Remote Assistance（远程协助）能让你邀请的人查看和控制这台电脑。它可以用来提供技术帮助，但也有人用它暗中监视别人：请确认是你自己安装的，并且知道是谁在连接。
known-gnome-remote-desktop = GNOME Remote Desktop 能让别人从远处查看和控制这台电脑。它可以用来提供技术帮助，但也有人用它暗中监视别人：请确认是你自己安装的，并且知道是谁在连接。
known-krfb = KDE Desktop Sharing 能让别人从远处查看和控制这台电脑。它可以用来提供技术帮助，但也有人用它暗中监视别人：请确认是你自己安装的，并且知道是谁在连接。
known-xrdp = xrdp 能让别人从远处登录这台电脑的桌面。它可以用来提供技术帮助，但也有人用它暗中监视别人：请确认是你自己安装的，并且知道是谁在连接。
known-nomachine = NoMachine 能让别人从远处查看和控制这台电脑。它可以用来提供技术帮助，但也有人用它暗中监视别人：请确认是你自己安装的，并且知道是谁在连接。
known-sshd = SSH 能让有密码或密钥的人从远处登录这台电脑。它可以用来提供技术帮助，但也有人用它暗中监视别人：请确认是你自己安装的，并且知道是谁在连接。
known-microsoft-defender = Microsoft Defender 是 Windows 自带的杀毒软件：它会检查文件，并从 Microsoft 获取新的病毒信息。
known-defender-core-service = Windows 自带的杀毒软件 Microsoft Defender 的一个帮手程序；它会就安全威胁和更新与 Microsoft 通信。
known-defender-network-inspection = Microsoft Defender 的一部分，它会查看网络通信，留意已知的攻击。
known-defender-update-tool = Microsoft Defender 的一个工具，用来下载新的病毒信息并进行扫描。
known-defender-for-endpoint = 通常是雇主装在工作电脑上的安全软件；它会把这台电脑上的活动报告给雇主的安全团队。
known-smartscreen = SmartScreen 是 Windows 的一项安全检查：它会向 Microsoft 询问下载的文件和网站是否已知有危险。
known-clamav-freshclam = freshclam 为 ClamAV 杀毒软件下载新的病毒信息。
known-malwarebytes = Malwarebytes 会查找有害的程序：它为了更新和你的许可证而连接 Malwarebytes。
known-avast = Avast 是一个杀毒软件：它连接 Avast 来获取新的病毒信息并检查文件。
known-avg = AVG 是一个杀毒软件：它连接 AVG 来获取新的病毒信息并检查文件。
known-kaspersky = Kaspersky 是一个杀毒软件：它连接 Kaspersky 来获取新的病毒信息并检查文件。
known-eset = ESET 是一个杀毒软件：它连接 ESET 来获取新的病毒信息并检查文件。
known-bitdefender = Bitdefender 是一个杀毒软件：它连接 Bitdefender 来获取新的病毒信息并检查文件。
known-crowdstrike-falcon = 通常是雇主装在工作电脑上的安全软件；它会把这台电脑上的活动报告给雇主的安全团队。
known-little-snitch = Little Snitch 会留意这台 Mac 上哪些应用在使用网络，并在它们连接之前先问你。
known-vscode = Visual Studio Code 是一个代码编辑器：它会为了扩展、更新以及其他电脑上的代码而连接网络。
known-git-remote-https = 代码工具 Git 的一个帮手程序：它从 GitHub 等网站下载代码，或把代码上传到那里。
known-ssh-client = ssh 从这台电脑向另一台电脑建立一个安全的连接，通常是为了在那台电脑上工作或复制文件。
known-nodejs = Node.js 用来运行用 JavaScript 写的程序，常给开发者使用；它连接哪里取决于它运行的是什么程序。
known-docker = Docker 把程序放在各自独立的盒子（容器）里运行，供开发者使用；它会下载这些程序，并转发它们的网络通信。
known-jetbrains-ides = 一个 JetBrains 代码编辑器（比如 IntelliJ IDEA 或 PyCharm）：它会为了插件、更新、许可证和代码工具而连接网络。
known-jetbrains-toolbox = JetBrains Toolbox 用来安装和更新 JetBrains 的代码编辑器：它连接 JetBrains 来下载这些编辑器。
known-github-desktop = GitHub Desktop 是一个在 GitHub 上处理代码的应用：它连接 GitHub 来下载和上传代码。
known-visual-studio = Visual Studio 是 Microsoft 用来编写程序的工具：它会为了登录、更新、扩展和帮助内容而连接网络。
known-curl = curl 是一个小工具，用来下载或上传一个网址的内容；程序和脚本经常会用到它。
known-google-updater = Google 的一个帮手程序，它通过下载新版本让 Chrome 和其他 Google 应用保持最新。
known-microsoft-edge-update = Microsoft 的一个帮手程序，它通过下载新版本让 Edge 浏览器保持最新。
known-office-click-to-run = Microsoft 的一项服务，用来安装和更新 Word、Excel 等 Office 应用。
known-microsoft-autoupdate = Microsoft 的一个帮手程序，让 Mac 上的 Office、Teams 和其他 Microsoft 应用保持最新。
known-adobe-updater = Adobe 的一个帮手程序，让 Acrobat Reader 和其他 Adobe 应用保持最新。
known-sparkle-updater = 许多 Mac 应用里自带的一个小帮手，它会检查并下载这个应用的新版本。
known-squirrel-updater = 一个小帮手，Discord、Slack、Teams 等应用用它来下载自己的新版本。
known-windows-update-worker = Windows 更新的一部分，用来检查并下载 Windows 的更新。
known-macos-software-update = macOS 的一部分，它会在 Apple 的服务器上检查系统更新并下载。
known-macos-app-store = App Store 和它的帮手程序会从 Apple 下载和更新应用。
known-microsoft-store = Microsoft Store 会从 Microsoft 下载和更新应用。
known-apt-methods = Debian 和 Ubuntu 软件安装器的一部分，用来下载程序和更新。
known-unattended-upgrades = Debian 和 Ubuntu 的一部分，会在后台自动安装安全更新。
known-dnf = Fedora 及类似系统的软件安装器：它会下载程序和更新。
known-packagekit = 一个 Linux 服务，软件中心用它来检查和下载更新。
known-gnome-software = GNOME Software 是 GNOME 桌面的应用商店：它会下载应用和更新。
known-plasma-discover = Discover 是 KDE 桌面的应用商店：它会下载应用和更新。
known-snapd = 一个 Linux 服务，用来安装 snap 应用并让它们保持最新。
known-snap-store = Ubuntu App Center 让你查找和安装应用；它会连接 Snap Store。
known-flatpak = Flatpak 在 Linux 上安装和更新应用，所以它会从 Flathub 等应用商店下载应用。
known-fwupd = 一个 Linux 服务，为这台电脑的各个部件检查并安装固件更新。
known-cups = 打印服务：它把你的打印任务发送到打印机，包括你网络上的打印机。
known-cups-browsed = 一个 Linux 帮手程序，它会找到你网络上的打印机，让你可以用它们打印。
known-ipp-usb = 一个 Linux 帮手程序，让较新的 USB 打印机和扫描仪像网络打印机一样工作，但只在这台电脑上。
known-windows-print-spooler = Windows 的一部分，它把你的打印任务发送到打印机，包括你网络上的打印机。
known-print-isolation-host = Windows 的一部分，它把打印机驱动程序隔开、安全地运行；它可能会和网络打印机通信。
known-systemd = Linux 启动的第一个程序；它可以替其他服务占着网络端口，等有人连接时再启动这些服务。
known-systemd-resolved = Linux 的一部分，它替所有程序查找网站和服务的地址（DNS）。
known-systemd-networkd = Linux 的一部分，它负责设置网络连接，并向路由器要一个地址。
known-systemd-timesyncd = Linux 的一部分，它通过询问互联网上的时间服务器，让电脑的时钟保持准确。
known-networkmanager = Linux 的一部分，它把这台电脑连到 Wi-Fi 和有线网络，并检查能不能上网。
known-wpa-supplicant = Linux 的一部分，它用密码登录 Wi-Fi 网络。
known-iwd = Linux 的一部分，它把这台电脑连到 Wi-Fi 网络。
known-dhclient = Linux 的一部分，它向路由器为这台电脑要一个地址（DHCP）。
known-dhcpcd = Linux 的一部分，它向路由器为这台电脑要一个地址（DHCP）。
known-avahi-daemon = Linux 的一部分，它会找到你家庭网络上的打印机和其他设备，也让这些设备能找到这台电脑。
known-chronyd = Linux 的一部分，它通过询问互联网上的时间服务器，让电脑的时钟保持准确。
known-ntpd = 一项服务，它通过询问互联网上的时间服务器，让电脑的时钟保持准确。
known-modemmanager = Linux 的一部分，如果这台电脑有移动数据调制解调器（SIM 卡），就由它来运行。
known-geoclue = Linux 的一部分，它利用附近的 Wi-Fi 网络算出这台电脑在哪里，提供给你允许的应用。
known-dnsmasq = 一个小帮手，为虚拟机、热点或网络服务分配地址并查找名称。
known-rpcbind = 一个用来通过网络共享文件夹（NFS）的 Linux 帮手程序；它会等待其他电脑来请求它。
known-samba = Samba 把这台电脑的文件夹和打印机共享给网络上的 Windows 电脑。
known-exim = Debian 默认安装的一个邮件程序，用来传送系统消息；通常它只在这台电脑上等待连接。
known-postfix = 一个用来传送系统消息和电子邮件的邮件程序；通常它只在这台电脑上等待连接。
known-gvfs-network = Linux 桌面的一些帮手程序，替你打开其他电脑或服务器上的共享文件夹和文件。
known-goa-daemon = GNOME 桌面的一部分，它替其他应用登录你的在线账户（Google、Nextcloud 等）。
known-gsd-sharing = GNOME 桌面的一部分，它按照“设置”里的选择，打开或关闭文件、媒体和屏幕共享。
known-kdeconnect = KDE Connect 把这台电脑和同一网络上的一部手机连起来，用来分享文件、短信和通知；请检查有哪些手机和它配对了。
known-whoopsie = Ubuntu 的一部分，当程序出错崩溃时，它会把崩溃报告发给 Ubuntu 的开发者。
known-launchd = macOS 启动的第一个程序；它可以替其他服务占着网络端口，等有人连接时再启动这些服务。
known-mdnsresponder = macOS 的一部分，它查找网站的地址（DNS），并找到你家庭网络上的打印机和设备。
known-rapportd = macOS 的一部分，它让你身边的 Apple 设备一起配合工作，比如接力（Handoff）和共享剪贴板。
known-apsd = macOS 的一部分，它和 Apple 保持连接，为你的应用接收通知。
known-trustd = macOS 的一部分，它检查网站和应用的安全证书，有时会上网查询。
known-nsurlsessiond = macOS 的一部分，它在后台替应用和 iCloud 下载和上传内容。
known-identityservicesd = macOS 的一部分，它把你的 Apple ID 和 iMessage、FaceTime 以及你的其他设备连起来。
known-sharingd = macOS 的一部分，它负责 AirDrop、接力（Handoff）以及和附近设备之间的其他共享。
known-airplay-helper = macOS 的一部分，它把声音或屏幕画面发送到 AirPlay 音箱和电视。
known-control-center = Mac 的控制中心（Control Center）；它也会等待 AirPlay 连接，让其他 Apple 设备能在这台 Mac 上显示内容。
known-locationd = macOS 的一部分，它利用附近的 Wi-Fi 网络算出这台电脑在哪里，提供给你允许的应用。
known-macos-parsecd = macOS 的一部分，你搜索时，它会从 Apple 获取 Siri 和 Spotlight 的建议。
known-syspolicyd = macOS 的一部分，它会向 Apple 确认你打开的应用有签名，而且没有已知的危害。
known-timed = macOS 的一部分，它通过询问 Apple 的时间服务器，让电脑的时钟保持准确。
known-netbiosd = macOS 的一部分，它在 Windows 式的家庭网络上查找和公布电脑的名称。
known-configd = macOS 的一部分，它负责设置网络连接，并向路由器要一个地址。
known-akd = macOS 的一部分，它帮你登录 Apple ID，并让登录状态保持有效。
known-accountsd = macOS 的一部分，它让你的互联网账户（iCloud、Google 等）为“邮件”等应用保持登录。
known-assistantd = macOS 的一部分，它把你对 Siri 的请求和听写内容发送给 Apple。
known-networkserviceproxy = macOS 的一部分，它负责 iCloud 专用代理（Private Relay）和其他 Apple 网络服务。
known-find-my = Find My（查找）显示你的 Apple 设备和 AirTag 在哪里，还可以共享你的位置；请检查你把位置共享给了谁。
known-macos-file-sharing = macOS 的一部分，打开“文件共享”后，它会把这台 Mac 的文件夹共享给网络上的其他电脑。
known-windows-system = Windows 本身的核心；它为整台电脑处理文件和打印机共享，以及其他一些网络通信。
known-windows-idle = 这不是一个真正的程序：Windows 会把正在关闭的连接列在它下面，所以看到它很正常。
known-svchost = 一个 Windows 程序，它运行着许多 Windows 自己的服务；同时运行好几个是正常的。
known-lsass = Windows 的一部分，它检查登录和密码；在工作网络上，它会和公司的服务器通信。
known-windows-services = Windows 的一部分，它负责启动和停止 Windows 服务；它会开着一个端口供 Windows 自己使用。
known-wininit = Windows 的一部分，它负责启动系统；它会开着一个端口供 Windows 自己使用，这是正常的。
known-windows-search = Windows 的搜索框：它会在这台电脑上搜索，也会用 Bing 在网上搜索。
known-explorer = Windows Explorer（文件资源管理器）显示桌面、任务栏和你的文件；它会为了共享文件夹和一些内容而使用网络。
known-wmiprvse = Windows 的一部分，它替其他程序回答有关这台电脑的问题，有时是通过网络。
known-taskhostw = Windows 的一部分，它运行计划好的后台任务，其中有些会上网。
known-runtimebroker = Windows 的一部分，它检查 Store 应用被允许做什么；它可能会替这些应用上网。
known-backgroundtaskhost = Windows 的一部分，它替应用运行一些后台小任务，比如查看新闻或更新。
known-dashost = Windows 的一部分，它会找到你网络上的打印机、电视、音箱等设备并与它们配对。
known-compattelrunner = Windows 的一部分，它检查装了哪些程序，并把相关报告发送给 Microsoft。
known-windows-widgets = Windows 的小组件面板，显示新闻、天气等内容，这些内容是从 Microsoft 下载的。
known-start-menu = Windows 的开始菜单；它会上网来显示推荐的应用和网页搜索结果。
known-wwahost = Windows 的一部分，它运行一些像网页一样构建的 Store 应用，所以会替它们连接网络。
known-dllhost = 一个 Windows 帮手程序，它运行其他程序的一些小部分；有时会替它们上网，比如为了图片。
known-rundll32 = 一个 Windows 帮手程序，它运行存放在其他文件里的代码；它很少需要用网络，所以它的连接值得仔细看一看。
known-mshta = 一个旧的 Windows 帮手程序，它运行像网页一样的小程序；现在已经很少有人用，所以它的连接值得仔细看一看。
known-powershell = PowerShell 用来运行命令和脚本；只有脚本要求时它才会上网，所以请看看是什么启动了它。
known-sppsvc = Windows 的一部分，它向 Microsoft 确认你的 Windows 已经激活。
known-family-safety = Windows 的家长控制：它可以把这个账户的活动报告给家庭组织者；请检查你的 Microsoft 家庭里有哪些人。
known-bonjour-windows = Apple 的 Bonjour 会找到你家庭网络上的打印机和 Apple 设备；iTunes 和一些打印机应用会安装它。
known-apple-mobile-device = Apple 的一个帮手程序，让 iTunes 和其他应用通过数据线或 Wi-Fi 与 iPhone 或 iPad 通信。
known-nvidia-app = NVIDIA 显卡的帮手程序：它们会下载驱动程序更新，还可以录制或分享游戏画面。

## Who owns an address (the offline ownership database)

owner-line = 所有者：{ $org }（网络 AS{ $asn }；它的地址登记在 { $country }，但这不一定是服务器实际所在的地方）。
owner-line-no-country = 所有者：{ $org }（网络 AS{ $asn }）。
owner-unknown = 所有者：这台电脑上的离线数据库里没有记录。
owner-kind-cdn = { $name } 是一个内容分发网络（CDN）：很多应用和网站用它来快速传送内容。
owner-kind-cloud = { $name } 是一家云服务商：公司在那里租用电脑来运行自己的应用和网站。任何人都可以在这里租服务器，所以所有者不一定就是在和你通信的那一方。
owner-kind-hosting = { $name } 是一家托管公司：它出租服务器和网站空间。任何人都可以在这里租服务器，所以所有者不一定就是在和你通信的那一方。
owner-kind-big-tech = { $name } 是一家大型科技公司：它自己的应用和服务会连接到这里。
owner-kind-isp = { $name } 是一家互联网服务商：它让家庭、办公室和手机连上互联网。
owner-kind-vpn = { $name } 提供 VPN 服务，或者是某个 VPN 背后的网络：它替别人转发网络流量，所以网站看到的是它的地址，而不是那些人自己的地址。
ownership-file-refused = 下载的地址归属数据库无法使用（{ $path }：{ $reason }）。netreview 会改用它自带的数据库。
ownership-none = 这个版本的 netreview 没有地址归属数据库，所以不会显示所有者。

## netreview lookup

lookup-bad-address = “{ $input }”不是一个互联网地址。请这样写：151.101.132.246、2a04:4e42::1、8.8.8.8:53 或 [2a04:4e42::1]:443。
lookup-some-failed = 有 { $count } 项无法查询；其他的都已经有了答案。

## Online look-ups (RDAP), only with consent

online-consent = netreview 可以在线查询 { $addresses }，查的是互联网注册机构的公开记录。为此，它会先从 { $host } 下载注册机构的列表（这一步不会发送任何地址），然后把每个地址发给管理它的注册机构（ARIN、RIPE NCC、APNIC、LACNIC 或 AFRINIC）。除此之外不会发送任何内容，但这些服务器会看到你的互联网地址。要在线查询吗？输入 y 或“是”表示同意，输入其他任何内容都表示不同意：
consent-yes-words = y, yes, 是, 是的, 好
online-no-terminal = 没有在线查询：没有终端窗口可以征求你的同意。如果要允许，请加上 --online。
online-refused = 按照你的选择，没有在线查询。上面的答案来自这台电脑上的离线数据库。
online-rate-limited = 注册机构要求我们慢一点（查询次数太多了）。请过几分钟再试；上面的离线答案仍然有效。
online-not-found = 注册机构没有这个地址的记录。
online-status = 注册机构返回了一个错误（HTTP { $code }）。上面的离线答案仍然有效。
online-timeout = 注册机构太久没有回应。请检查网络连接后再试；上面的离线答案仍然有效。
online-unreachable = 无法连接到注册机构（{ $reason }）。可能这台电脑没有联网；上面的离线答案仍然有效。
online-no-registry = 列表里没有负责这个地址的注册机构。
online-bad-answer = 无法读懂注册机构的回答。
online-unknown = 未知
online-record = 来自 { $server } 的注册记录（获取于 { $fetched }）：网络 { $network }，持有者 { $org }，国家/地区 { $country }，登记于 { $registered }。

## netreview db update

db-update-consent = netreview 将从 { $host } 下载最新的地址归属数据（几个文件，共几十 MB）。这不会发送任何地址，也不会发送这台电脑的任何信息，但那台服务器会看到你的互联网地址。现在下载吗？输入 y 或“是”表示同意，输入其他任何内容都表示不同意：
db-update-no-terminal = 什么也没有下载：没有终端窗口可以征求你的同意。如果要允许，请运行“netreview --online db update”。
db-update-refused = 按照你的选择，什么也没有下载。netreview 会继续使用它现有的地址归属数据。
db-update-no-folder = 什么也没有下载：netreview 在这台电脑上找不到存放数据的文件夹。
db-update-downloading = 正在从 { $host } 下载……
db-update-failed = 新的地址归属数据没有安装（{ $reason }）。netreview 会继续使用原来的数据。
db-update-done = 已安装 { $source }：{ $v4 } 个 IPv4 地址段和 { $v6 } 个 IPv6 地址段，保存在 { $path }。从现在起 netreview 会使用它。
