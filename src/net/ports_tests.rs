use super::*;
use std::collections::HashSet;
use Transport::{Tcp, Udp};

#[test]
fn known_ports() {
    // (label, port, transport, expected service, expected remote-access flag)
    let cases: &[(&str, u16, Transport, Option<Service>, bool)] = &[
        ("https tcp", 443, Tcp, Some(Service::Https), false),
        ("https quic", 443, Udp, Some(Service::Https), false),
        ("dns udp", 53, Udp, Some(Service::Dns), false),
        ("dns tcp", 53, Tcp, Some(Service::Dns), false),
        ("ssh", 22, Tcp, Some(Service::Ssh), true),
        ("rdp", 3389, Tcp, Some(Service::Rdp), true),
        ("rdp udp", 3389, Udp, Some(Service::Rdp), true),
        ("vnc :0", 5900, Tcp, Some(Service::Vnc), true),
        ("vnc :1", 5901, Tcp, Some(Service::Vnc), true),
        ("vnc :3", 5903, Tcp, Some(Service::Vnc), true),
        ("http", 80, Tcp, Some(Service::Http), false),
        ("http alt", 8080, Tcp, Some(Service::Http), false),
        ("mdns", 5353, Udp, Some(Service::Mdns), false),
        (
            "mongodb beats steam on tcp",
            27017,
            Tcp,
            Some(Service::Mongodb),
            false,
        ),
        ("steam udp", 27017, Udp, Some(Service::Steam), false),
        (
            "kde connect last",
            1764,
            Udp,
            Some(Service::KdeConnect),
            false,
        ),
        ("teamviewer", 5938, Tcp, Some(Service::Teamviewer), true),
        ("anydesk", 7070, Tcp, Some(Service::Anydesk), true),
        ("winrm https", 5986, Tcp, Some(Service::Winrm), true),
        ("x11", 6000, Tcp, Some(Service::X11), true),
        ("telnet", 23, Tcp, Some(Service::Telnet), true),
        ("ntp is udp only", 123, Tcp, None, false),
        ("metasploit default", 4444, Tcp, None, false),
        ("port 0", 0, Tcp, None, false),
        ("port 0 udp", 0, Udp, None, false),
        ("top port", 65535, Tcp, None, false),
        ("top port udp", 65535, Udp, None, false),
    ];
    for &(label, port, transport, want, remote) in cases {
        let got = service_for_port(port, transport);
        assert_eq!(got, want, "{label}: {port}/{transport:?}");
        assert_eq!(
            got.is_some_and(Service::is_remote_access),
            remote,
            "{label}: remote access"
        );
    }
}

#[test]
fn all_lists_every_variant_in_order() {
    // Discriminants are 0..n, so a gap or duplicate in ALL shows up here.
    for (i, s) in Service::ALL.iter().enumerate() {
        assert_eq!(*s as usize, i, "{s:?} out of place in ALL");
    }
    assert_eq!(
        Service::ALL.last(),
        Some(&Service::Rsync),
        "new variants go before Rsync or update this"
    );
}

#[test]
fn keys_unique_snake_case() {
    let mut seen = HashSet::new();
    for &s in Service::ALL {
        let k = s.key();
        assert!(!k.is_empty(), "{s:?} empty key");
        assert!(
            k.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                && !k.starts_with('_')
                && !k.ends_with('_')
                && !k.contains("__"),
            "{s:?} key {k:?} not snake_case"
        );
        assert!(seen.insert(k), "{s:?} duplicate key {k}");
    }
}

#[test]
fn every_service_has_a_port() {
    for &s in Service::ALL {
        assert!(
            PORTS.iter().any(|r| r.service == s),
            "{s:?} missing from port table"
        );
    }
}

#[test]
fn rows_are_well_formed_and_do_not_overlap() {
    for r in PORTS {
        assert!(
            r.ports.start() <= r.ports.end(),
            "{:?} empty range",
            r.service
        );
        assert!(r.tcp || r.udp, "{:?} row has no transport", r.service);
    }
    for port in 0..=u16::MAX {
        for (t, pick) in [
            (Tcp, (|r: &Row| r.tcp) as fn(&Row) -> bool),
            (Udp, |r: &Row| r.udp),
        ] {
            let hits: Vec<Service> = PORTS
                .iter()
                .filter(|r| r.ports.contains(&port) && pick(r))
                .map(|r| r.service)
                .collect();
            assert!(hits.len() <= 1, "{port}/{t:?} maps to {hits:?}");
        }
    }
}
