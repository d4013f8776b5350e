//! Leaving identifying details out of a summary before it is sent: the computer's name, the
//! person's user name, and their home folder in paths (`/home/ana/x` → `~/x`).

use crate::model::Summary;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Redaction {
    pub hostname: bool,
    pub user: bool,
    pub home: bool,
}

impl Redaction {
    /// Everything is left out unless the person chooses to keep it.
    pub const DEFAULT: Redaction = Redaction {
        hostname: true,
        user: true,
        home: true,
    };
}

/// Applies `r`. `home` is the person's home folder as it appears in paths.
pub fn apply(s: &mut Summary, r: Redaction, home: Option<&str>) {
    let me = s.system.user.clone();
    if r.hostname {
        if let Some(host) = s.system.hostname.take() {
            replace_everywhere(s, &host, "[computer]");
        }
    }
    if r.home {
        if let Some(home) = home.filter(|h| h.len() > 1) {
            replace_everywhere(s, home, "~");
        }
    }
    if r.user {
        s.system.user = None;
        if let Some(me) = me.as_deref() {
            for p in &mut s.processes {
                if p.user.as_deref() == Some(me) {
                    p.user = None;
                }
            }
        }
    }
}

fn replace_everywhere(s: &mut Summary, from: &str, to: &str) {
    for p in &mut s.processes {
        if let Some(exe) = &mut p.exe {
            *exe = exe.replace(from, to);
        }
        for arg in &mut p.cmdline {
            *arg = arg.replace(from, to);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn practice() -> Summary {
        crate::summary::parse(include_str!("../../data/practice.yaml")).unwrap()
    }

    #[test]
    fn leaves_out_name_user_and_home_by_default() {
        let mut s = practice();
        apply(&mut s, Redaction::DEFAULT, Some("/home/ana"));
        assert_eq!(
            (s.system.hostname.as_deref(), s.system.user.as_deref()),
            (None, None)
        );
        let planted = s.processes.iter().find(|p| p.pid == 3017).unwrap();
        assert_eq!(
            planted.exe.as_deref(),
            Some("~/.local/share/.cache/dbus-update")
        );
        assert_eq!(planted.user, None);
        let avahi = s
            .processes
            .iter()
            .find(|p| p.name == "avahi-daemon")
            .unwrap();
        assert_eq!(
            avahi.user.as_deref(),
            Some("avahi"),
            "other accounts are kept"
        );
        assert_eq!(avahi.cmdline, ["avahi-daemon: running [[computer].local]"]);
    }

    #[test]
    fn keeps_what_the_person_chose_to_keep() {
        let mut s = practice();
        let keep = Redaction {
            hostname: false,
            user: false,
            home: false,
        };
        let before = s.clone();
        apply(&mut s, keep, Some("/home/ana"));
        assert_eq!(s, before);
    }
}
