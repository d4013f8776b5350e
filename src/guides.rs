//! Longer texts, one Markdown file per guide and language under `guides/<lang>/`, embedded
//! in the binary. A language without a guide falls back to en-US.

use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "guides/"]
struct Guides;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Guide {
    CloseAppsLinux,
    CloseAppsMacos,
    CloseAppsWindows,
    ReviewHelp,
    NextSteps,
}

impl Guide {
    pub const ALL: &'static [Guide] = &[
        Guide::CloseAppsLinux,
        Guide::CloseAppsMacos,
        Guide::CloseAppsWindows,
        Guide::ReviewHelp,
        Guide::NextSteps,
    ];

    pub fn file_name(self) -> &'static str {
        match self {
            Guide::CloseAppsLinux => "close-apps-linux.md",
            Guide::CloseAppsMacos => "close-apps-macos.md",
            Guide::CloseAppsWindows => "close-apps-windows.md",
            Guide::ReviewHelp => "review-help.md",
            Guide::NextSteps => "next-steps.md",
        }
    }

    /// How to close apps fully on `os` (a `std::env::consts::OS` value).
    pub fn close_apps(os: &str) -> Guide {
        match os {
            "macos" => Guide::CloseAppsMacos,
            "windows" => Guide::CloseAppsWindows,
            _ => Guide::CloseAppsLinux,
        }
    }
}

/// The guide in `lang`, else in en-US; empty only if the binary was built without it,
/// which a test rules out.
pub fn text(lang: &str, guide: Guide) -> String {
    [lang, "en-US"]
        .iter()
        .find_map(|l| Guides::get(&format!("{l}/{}", guide.file_name())))
        .map(|f| String::from_utf8_lossy(&f.data).into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_guide_exists_and_fits_a_small_terminal() {
        for g in Guide::ALL {
            let t = text("en-US", *g);
            assert!(t.starts_with("# "), "{} has a title", g.file_name());
            assert!(t.lines().count() <= 17, "{} fits 80x24", g.file_name());
            assert!(
                t.lines().all(|l| l.chars().count() <= 78),
                "{}",
                g.file_name()
            );
        }
    }

    #[test]
    fn unknown_language_falls_back_to_english() {
        assert_eq!(
            text("xx", Guide::NextSteps),
            text("en-US", Guide::NextSteps)
        );
    }
}
