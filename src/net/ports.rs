//! Well-known ports → the service usually found on them.

use std::ops::RangeInclusive;

/// A network service recognised by its usual port.
// Keep variants in the same order as `ALL` (a test checks it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Service {
    Http,
    Https,
    Dns,
    DnsOverTls,
    Mdns,
    Llmnr,
    Netbios,
    Smb,
    Ssh,
    Telnet,
    Ftp,
    Smtp,
    SmtpSubmission,
    Imap,
    Pop3,
    Ntp,
    Dhcp,
    Dhcpv6,
    Ssdp,
    Ipp,
    Jetdirect,
    Ldap,
    Kerberos,
    Rdp,
    Vnc,
    Teamviewer,
    Anydesk,
    X11,
    Winrm,
    Rpc,
    Mysql,
    Postgres,
    Redis,
    Mongodb,
    Mqtt,
    Xmpp,
    Irc,
    Sip,
    StunTurn,
    Openvpn,
    Wireguard,
    Ipsec,
    Socks,
    HttpProxy,
    Tor,
    Bittorrent,
    Steam,
    Spotify,
    Syncthing,
    KdeConnect,
    ApplePush,
    Airplay,
    Snmp,
    Syslog,
    Git,
    Rsync,
}

/// The transport protocol a port belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transport {
    Tcp,
    Udp,
}

impl Service {
    /// All variants, for tests.
    pub const ALL: &'static [Service] = &[
        Service::Http,
        Service::Https,
        Service::Dns,
        Service::DnsOverTls,
        Service::Mdns,
        Service::Llmnr,
        Service::Netbios,
        Service::Smb,
        Service::Ssh,
        Service::Telnet,
        Service::Ftp,
        Service::Smtp,
        Service::SmtpSubmission,
        Service::Imap,
        Service::Pop3,
        Service::Ntp,
        Service::Dhcp,
        Service::Dhcpv6,
        Service::Ssdp,
        Service::Ipp,
        Service::Jetdirect,
        Service::Ldap,
        Service::Kerberos,
        Service::Rdp,
        Service::Vnc,
        Service::Teamviewer,
        Service::Anydesk,
        Service::X11,
        Service::Winrm,
        Service::Rpc,
        Service::Mysql,
        Service::Postgres,
        Service::Redis,
        Service::Mongodb,
        Service::Mqtt,
        Service::Xmpp,
        Service::Irc,
        Service::Sip,
        Service::StunTurn,
        Service::Openvpn,
        Service::Wireguard,
        Service::Ipsec,
        Service::Socks,
        Service::HttpProxy,
        Service::Tor,
        Service::Bittorrent,
        Service::Steam,
        Service::Spotify,
        Service::Syncthing,
        Service::KdeConnect,
        Service::ApplePush,
        Service::Airplay,
        Service::Snmp,
        Service::Syslog,
        Service::Git,
        Service::Rsync,
    ];

    /// Stable snake_case key written to summaries, e.g. "https", "dns", "rdp".
    pub fn key(self) -> &'static str {
        match self {
            Service::Http => "http",
            Service::Https => "https",
            Service::Dns => "dns",
            Service::DnsOverTls => "dns_over_tls",
            Service::Mdns => "mdns",
            Service::Llmnr => "llmnr",
            Service::Netbios => "netbios",
            Service::Smb => "smb",
            Service::Ssh => "ssh",
            Service::Telnet => "telnet",
            Service::Ftp => "ftp",
            Service::Smtp => "smtp",
            Service::SmtpSubmission => "smtp_submission",
            Service::Imap => "imap",
            Service::Pop3 => "pop3",
            Service::Ntp => "ntp",
            Service::Dhcp => "dhcp",
            Service::Dhcpv6 => "dhcpv6",
            Service::Ssdp => "ssdp",
            Service::Ipp => "ipp",
            Service::Jetdirect => "jetdirect",
            Service::Ldap => "ldap",
            Service::Kerberos => "kerberos",
            Service::Rdp => "rdp",
            Service::Vnc => "vnc",
            Service::Teamviewer => "teamviewer",
            Service::Anydesk => "anydesk",
            Service::X11 => "x11",
            Service::Winrm => "winrm",
            Service::Rpc => "rpc",
            Service::Mysql => "mysql",
            Service::Postgres => "postgres",
            Service::Redis => "redis",
            Service::Mongodb => "mongodb",
            Service::Mqtt => "mqtt",
            Service::Xmpp => "xmpp",
            Service::Irc => "irc",
            Service::Sip => "sip",
            Service::StunTurn => "stun_turn",
            Service::Openvpn => "openvpn",
            Service::Wireguard => "wireguard",
            Service::Ipsec => "ipsec",
            Service::Socks => "socks",
            Service::HttpProxy => "http_proxy",
            Service::Tor => "tor",
            Service::Bittorrent => "bittorrent",
            Service::Steam => "steam",
            Service::Spotify => "spotify",
            Service::Syncthing => "syncthing",
            Service::KdeConnect => "kde_connect",
            Service::ApplePush => "apple_push",
            Service::Airplay => "airplay",
            Service::Snmp => "snmp",
            Service::Syslog => "syslog",
            Service::Git => "git",
            Service::Rsync => "rsync",
        }
    }

    /// True for services that let someone control or log into this computer from elsewhere.
    pub fn is_remote_access(self) -> bool {
        matches!(
            self,
            Service::Ssh
                | Service::Telnet
                | Service::Rdp
                | Service::Vnc
                | Service::Teamviewer
                | Service::Anydesk
                | Service::X11
                | Service::Winrm
        )
    }
}

/// One row of the port table.
struct Row {
    ports: RangeInclusive<u16>,
    tcp: bool,
    udp: bool,
    service: Service,
}

const fn row(start: u16, end: u16, tcp: bool, udp: bool, service: Service) -> Row {
    Row {
        ports: start..=end,
        tcp,
        udp,
        service,
    }
}

const T: bool = true;
const F: bool = false;

// Columns: first port, last port, tcp, udp, service. No port/transport may appear twice.
#[rustfmt::skip]
static PORTS: &[Row] = &[
    row(20, 21, T, F, Service::Ftp),
    row(22, 22, T, F, Service::Ssh),
    row(23, 23, T, F, Service::Telnet),
    row(25, 25, T, F, Service::Smtp),
    row(53, 53, T, T, Service::Dns),
    row(67, 68, F, T, Service::Dhcp),
    row(80, 80, T, F, Service::Http),
    row(88, 88, T, T, Service::Kerberos),
    row(110, 110, T, F, Service::Pop3),
    row(123, 123, F, T, Service::Ntp),
    row(135, 135, T, T, Service::Rpc),
    row(137, 138, F, T, Service::Netbios), // name and datagram services
    row(139, 139, T, F, Service::Netbios), // session service
    row(143, 143, T, F, Service::Imap),
    row(161, 162, F, T, Service::Snmp),
    row(389, 389, T, T, Service::Ldap),
    row(443, 443, T, T, Service::Https), // UDP is QUIC / HTTP/3
    row(445, 445, T, F, Service::Smb),
    row(465, 465, T, F, Service::SmtpSubmission),
    row(500, 500, F, T, Service::Ipsec),
    row(514, 514, F, T, Service::Syslog),
    row(546, 547, F, T, Service::Dhcpv6),
    row(587, 587, T, F, Service::SmtpSubmission),
    row(631, 631, T, F, Service::Ipp),
    row(636, 636, T, F, Service::Ldap),
    row(853, 853, T, F, Service::DnsOverTls),
    row(873, 873, T, F, Service::Rsync),
    row(993, 993, T, F, Service::Imap),
    row(995, 995, T, F, Service::Pop3),
    row(1080, 1080, T, F, Service::Socks),
    row(1194, 1194, T, T, Service::Openvpn),
    row(1714, 1764, T, T, Service::KdeConnect),
    row(1883, 1883, T, F, Service::Mqtt),
    row(1900, 1900, F, T, Service::Ssdp),
    row(3128, 3128, T, F, Service::HttpProxy),
    row(3306, 3306, T, F, Service::Mysql),
    row(3389, 3389, T, T, Service::Rdp),
    row(3478, 3478, T, T, Service::StunTurn),
    row(3479, 3479, F, T, Service::StunTurn),
    row(4070, 4070, T, F, Service::Spotify),
    row(4500, 4500, F, T, Service::Ipsec), // NAT traversal
    row(5060, 5060, T, T, Service::Sip),
    row(5061, 5061, T, F, Service::Sip),
    row(5222, 5222, T, F, Service::Xmpp),
    row(5223, 5223, T, F, Service::ApplePush), // also legacy XMPP over TLS; Apple is far more common
    row(5269, 5269, T, F, Service::Xmpp),
    row(5353, 5353, F, T, Service::Mdns),
    row(5355, 5355, T, T, Service::Llmnr),
    row(5432, 5432, T, F, Service::Postgres),
    row(5900, 5903, T, F, Service::Vnc),
    row(5938, 5938, T, T, Service::Teamviewer),
    row(5985, 5986, T, F, Service::Winrm),
    row(6000, 6063, T, F, Service::X11),
    row(6379, 6379, T, F, Service::Redis),
    row(6667, 6667, T, F, Service::Irc),
    row(6697, 6697, T, F, Service::Irc),
    row(6881, 6889, T, T, Service::Bittorrent),
    row(7000, 7000, T, F, Service::Airplay),
    row(7070, 7070, T, F, Service::Anydesk),
    row(8080, 8080, T, F, Service::Http),
    row(8443, 8443, T, F, Service::Https),
    row(8883, 8883, T, F, Service::Mqtt),
    row(9001, 9001, T, F, Service::Tor),
    row(9050, 9050, T, F, Service::Tor),
    row(9100, 9100, T, F, Service::Jetdirect),
    row(9150, 9150, T, F, Service::Tor),
    row(9418, 9418, T, F, Service::Git),
    row(21027, 21027, F, T, Service::Syncthing), // local discovery
    row(22000, 22000, T, T, Service::Syncthing),
    row(27015, 27030, F, T, Service::Steam), // game traffic; TCP 27017 is MongoDB
    row(27017, 27017, T, F, Service::Mongodb),
    row(27036, 27036, T, T, Service::Steam), // Remote Play
    row(51820, 51820, F, T, Service::Wireguard),
];

/// The service usually found on `port` over `transport`, or None.
pub fn service_for_port(port: u16, transport: Transport) -> Option<Service> {
    PORTS
        .iter()
        .find(|r| {
            r.ports.contains(&port)
                && match transport {
                    Transport::Tcp => r.tcp,
                    Transport::Udp => r.udp,
                }
        })
        .map(|r| r.service)
}

#[cfg(test)]
#[path = "ports_tests.rs"]
mod tests;

impl Service {
    /// The service with this summary key, e.g. "https"; `None` for keys this version lacks.
    pub fn from_key(key: &str) -> Option<Service> {
        Service::ALL.iter().copied().find(|s| s.key() == key)
    }
}
