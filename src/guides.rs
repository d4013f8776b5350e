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

    /// Every language has every guide (no silent fallback), each fitting 80x24.
    #[test]
    fn every_guide_exists_in_every_language_and_fits_a_small_terminal() {
        for lang in crate::i18n::AVAILABLE {
            for g in Guide::ALL {
                let name = format!("{lang}/{}", g.file_name());
                let file = Guides::get(&name);
                assert!(file.is_some(), "missing guide {name}");
                let t = text(lang, *g);
                assert!(t.starts_with("# "), "{name} has a title");
                assert!(t.lines().count() <= 17, "{name} fits 80x24");
                // Display columns, not characters: CJK characters take two.
                let wide = t.lines().find(|l| console::measure_text_width(l) > 78);
                assert!(wide.is_none(), "{name}: {wide:?}");
            }
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
