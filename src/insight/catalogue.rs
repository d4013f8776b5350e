//! The known-programs catalogue (`data/known-programs.yaml`, embedded): what a program is,
//! whether network use is expected, and where it is installed on each system. A process is
//! the known program only if its name *and* its location fit.

use serde::Deserialize;

pub const CATALOGUE_YAML: &str = include_str!("../../data/known-programs.yaml");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Browser,
    Chat,
    VideoCall,
    Email,
    MusicVideo,
    CloudSync,
    Office,
    Game,
    PasswordManager,
    Vpn,
    RemoteAccess,
    Security,
    Developer,
    SystemService,
    Updater,
    Printing,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Network {
    Expected,
    Sometimes,
    Unexpected,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub names: Vec<String>,
    /// Path prefixes (`*` is one path segment); empty means any location (kernel
    /// pseudo-processes such as Windows' "System", which have no file).
    pub paths: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    pub linux: Option<Rule>,
    pub macos: Option<Rule>,
    pub windows: Option<Rule>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub id: String,
    pub label: String,
    pub vendor: String,
    pub kind: Kind,
    pub network: Network,
    pub system: bool,
    pub admin: bool,
    #[serde(rename = "match")]
    pub rules: Rules,
}

impl Entry {
    pub fn rule(&self, os: &str) -> Option<&Rule> {
        match os {
            "linux" => self.rules.linux.as_ref(),
            "macos" => self.rules.macos.as_ref(),
            "windows" => self.rules.windows.as_ref(),
            _ => None,
        }
    }
}

pub struct Catalogue {
    pub entries: Vec<Entry>,
}

impl Catalogue {
    /// The embedded catalogue, parsed once per run. Its validity is a test; should it ever
    /// fail to parse, the catalogue is empty (every program "unknown") rather than a crash.
    pub fn embedded() -> &'static Catalogue {
        static EMBEDDED: std::sync::OnceLock<Catalogue> = std::sync::OnceLock::new();
        EMBEDDED.get_or_init(|| {
            Catalogue::parse(CATALOGUE_YAML).unwrap_or(Catalogue {
                entries: Vec::new(),
            })
        })
    }

    pub fn parse(yaml: &str) -> Result<Catalogue, String> {
        let entries: Vec<Entry> = serde_norway::from_str(yaml).map_err(|e| e.to_string())?;
        Ok(Catalogue { entries })
    }

    /// The entry whose name and location both fit, on `os`.
    pub fn identify(&self, os: &str, name: &str, exe: Option<&str>) -> Option<&Entry> {
        self.entries.iter().find(|e| {
            e.rule(os).is_some_and(|r| {
                names_match(os, &r.names, name)
                    && (r.paths.is_empty()
                        || exe.is_some_and(|x| r.paths.iter().any(|p| path_fits(os, p, x))))
            })
        })
    }

    pub fn by_label(&self, label: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.label == label)
    }

    /// Names of the operating system's own programs on `os`, for look-alike checks.
    pub fn system_names<'a>(
        &'a self,
        os: &'a str,
    ) -> impl Iterator<Item = (&'a Entry, &'a str)> + 'a {
        self.entries
            .iter()
            .filter(|e| e.system)
            .filter_map(move |e| Some((e, e.rule(os)?)))
            .flat_map(|(e, r)| r.names.iter().map(move |n| (e, n.as_str())))
    }
}

/// Names compare exactly on Linux, ignoring case on macOS and Windows.
pub fn names_match(os: &str, names: &[String], name: &str) -> bool {
    names.iter().any(|n| same_name(os, n, name))
}

pub fn same_name(os: &str, a: &str, b: &str) -> bool {
    if os == "linux" {
        a == b
    } else {
        a.eq_ignore_ascii_case(b)
    }
}

/// Whether `exe` lies under `pattern`, where `*` matches one path segment. Windows paths
/// compare without case and with either slash.
pub fn path_fits(os: &str, pattern: &str, exe: &str) -> bool {
    let sep = if os == "windows" { '\\' } else { '/' };
    let norm = |s: &str| {
        if os == "windows" {
            s.replace('/', "\\").to_lowercase()
        } else {
            s.to_string()
        }
    };
    let (pattern, exe) = (norm(pattern), norm(exe));
    let pat: Vec<&str> = pattern.split(sep).collect();
    let got: Vec<&str> = exe.split(sep).collect();
    // "a/b/" splits into [a, b, ""]: a folder prefix; "a/b" is a whole path.
    let (folder, pat) = match pat.split_last() {
        Some((&"", rest)) => (true, rest),
        _ => (false, pat.as_slice()),
    };
    if got.len() < pat.len()
        || (!folder && got.len() != pat.len())
        || (folder && got.len() == pat.len())
    {
        return false;
    }
    pat.iter().zip(&got).all(|(p, g)| *p == "*" || p == g)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_patterns() {
        let rows = [
            (
                "linux",
                "/usr/lib/firefox/",
                "/usr/lib/firefox/firefox",
                true,
            ),
            ("linux", "/usr/lib/firefox/", "/usr/lib/firefox", false),
            (
                "linux",
                "/usr/lib/firefox/",
                "/usr/lib/firefox-esr/firefox",
                false,
            ),
            (
                "linux",
                "/home/*/.local/share/Steam/",
                "/home/ana/.local/share/Steam/ubuntu12_32/steam",
                true,
            ),
            (
                "linux",
                "/home/*/.local/share/Steam/",
                "/home/.local/share/Steam",
                false,
            ),
            ("linux", "/usr/sbin/cupsd", "/usr/sbin/cupsd", true),
            ("linux", "/usr/sbin/cupsd", "/usr/sbin/cupsd2", false),
            ("linux", "/usr/bin/", "/usr/BIN/x", false),
            (
                "windows",
                "C:\\Windows\\System32\\",
                "c:\\windows\\system32\\svchost.exe",
                true,
            ),
            (
                "windows",
                "C:\\Windows\\System32\\",
                "C:\\Windows\\Temp\\svchost.exe",
                false,
            ),
            (
                "windows",
                "C:\\Users\\*\\AppData\\Local\\Discord\\",
                "C:/Users/ana/AppData/Local/Discord/app-1.0/Discord.exe",
                true,
            ),
            (
                "macos",
                "/Applications/Firefox.app/",
                "/Applications/Firefox.app/Contents/MacOS/firefox",
                true,
            ),
        ];
        for (os, pattern, exe, want) in rows {
            assert_eq!(path_fits(os, pattern, exe), want, "{os} {pattern} {exe}");
        }
    }

    #[test]
    fn the_embedded_catalogue_is_well_formed() {
        let cat = Catalogue::parse(CATALOGUE_YAML).expect("catalogue parses");
        assert!(cat.entries.len() >= 150, "{} entries", cat.entries.len());
        let mut ids = std::collections::BTreeSet::new();
        let mut labels = std::collections::BTreeSet::new();
        for e in &cat.entries {
            assert!(ids.insert(e.id.clone()), "duplicate id {}", e.id);
            assert!(
                labels.insert(e.label.clone()),
                "duplicate label {}",
                e.label
            );
            assert!(
                e.id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "id {}",
                e.id
            );
            let rules: Vec<(&str, &Rule)> = ["linux", "macos", "windows"]
                .into_iter()
                .filter_map(|os| Some((os, e.rule(os)?)))
                .collect();
            assert!(!rules.is_empty(), "{} matches on no system", e.id);
            for (os, r) in rules {
                assert!(
                    !r.names.is_empty() && r.names.iter().all(|n| !n.is_empty()),
                    "{} {os} names",
                    e.id
                );
                for p in &r.paths {
                    let sep = if os == "windows" { '\\' } else { '/' };
                    assert!(
                        p.starts_with(sep) || p.get(1..3) == Some(":\\"),
                        "{} {os} path {p}",
                        e.id
                    );
                }
            }
        }
    }

    #[test]
    fn name_and_place_must_both_fit() {
        let cat = Catalogue::embedded();
        let svchost = "C:\\Windows\\System32\\svchost.exe";
        assert!(cat
            .identify("windows", "svchost.exe", Some(svchost))
            .is_some());
        assert!(cat
            .identify("windows", "SVCHOST.EXE", Some(svchost))
            .is_some());
        assert!(cat
            .identify(
                "windows",
                "svchost.exe",
                Some("C:\\Users\\ana\\AppData\\svchost.exe")
            )
            .is_none());
        assert!(cat.identify("windows", "svchost.exe", None).is_none());
        assert!(cat
            .identify("linux", "cupsd", Some("/usr/sbin/cupsd"))
            .is_some());
        assert!(cat
            .identify("linux", "cupsd", Some("/home/ana/.cache/cupsd"))
            .is_none());
        assert!(cat
            .identify("linux", "CUPSD", Some("/usr/sbin/cupsd"))
            .is_none());
    }
}
