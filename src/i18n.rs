//! The Fluent loader: picks a language, loads the embedded `locales/` files, and offers the
//! crate's `fl!` macro, whose message ids and arguments are checked at compile time.

use i18n_embed::fluent::{fluent_language_loader, FluentLanguageLoader};
use i18n_embed::LanguageLoader;
use rust_embed::RustEmbed;
use unic_langid::LanguageIdentifier;

#[derive(RustEmbed)]
#[folder = "locales/"]
struct Localizations;

/// The languages shipped in `locales/`, source language first.
pub const AVAILABLE: &[&str] = &[
    "en-US", "fr", "es", "pt-BR", "ru", "uk", "ar", "fa", "zh-CN", "tr",
];

/// Languages written right to left: their placeables are isolated so that addresses, paths
/// and numbers are not reordered inside a sentence.
const RIGHT_TO_LEFT: &[&str] = &["ar", "fa"];

/// How the language was chosen, said in the welcome step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// `--lang`.
    Asked,
    /// The system's settings.
    System,
    /// Nothing usable was set: the source language.
    Default,
}

#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("unknown language {requested:?}; available: {available}")]
    Unknown {
        requested: String,
        available: String,
    },
    #[error("could not load the language files: {0}")]
    Load(String),
}

/// A loaded language. Cheap to pass by reference everywhere text is produced.
pub struct Localizer {
    loader: FluentLanguageLoader,
    lang: LanguageIdentifier,
    source: Source,
}

impl Localizer {
    /// Loads `requested` (a tag such as `fr` or `pt_BR.UTF-8`), or the source language
    /// when `None`; an unknown tag is an error that lists the languages there are.
    pub fn new(requested: Option<&str>) -> Result<Self, I18nError> {
        match requested {
            Some(r) => {
                let tag = pick(r).ok_or_else(|| I18nError::Unknown {
                    requested: r.to_string(),
                    available: AVAILABLE.join(", "),
                })?;
                Self::load(tag, Source::Asked)
            }
            None => Self::load(AVAILABLE[0], Source::Default),
        }
    }

    /// `--lang` if given, else the system's language if netreview has it, else English.
    pub fn detect(requested: Option<&str>) -> Result<Self, I18nError> {
        if requested.is_some() {
            return Self::new(requested);
        }
        match system_languages().iter().find_map(|l| pick(l)) {
            Some(tag) => Self::load(tag, Source::System),
            None => Self::load(AVAILABLE[0], Source::Default),
        }
    }

    fn load(tag: &str, source: Source) -> Result<Self, I18nError> {
        // i18n-embed panics on a language without a file; say so instead.
        if Localizations::get(&format!("{tag}/netreview.ftl")).is_none() {
            return Err(I18nError::Load(format!("no text for {tag} in this build")));
        }
        let lang: LanguageIdentifier = tag
            .parse()
            .map_err(|e| I18nError::Load(format!("{tag}: {e}")))?;
        let loader = fluent_language_loader!();
        loader
            .load_languages(&Localizations, std::slice::from_ref(&lang))
            .map_err(|e| I18nError::Load(e.to_string()))?;
        // Unicode isolation marks keep "192.168.1.20" whole inside right-to-left text; in
        // left-to-right terminals some print them as garbage.
        loader.set_use_isolating(RIGHT_TO_LEFT.contains(&tag));
        Ok(Localizer {
            loader,
            lang,
            source,
        })
    }

    pub fn loader(&self) -> &FluentLanguageLoader {
        &self.loader
    }

    /// The BCP 47 tag of the loaded language, as recorded in summaries.
    pub fn tag(&self) -> String {
        self.lang.to_string()
    }

    pub fn source(&self) -> Source {
        self.source
    }
}

/// A language's name in that language ("Français"), from its own Fluent file.
pub fn native_name(tag: &str) -> String {
    Localizer::load(tag, Source::Asked)
        .map(|l| crate::fl!(l, "language-name"))
        .unwrap_or_else(|_| tag.to_string())
}

/// The languages the system asks for, most preferred first: `LC_ALL`, `LC_MESSAGES`,
/// `LANG` on Unix; the user's interface language on Windows and macOS.
fn system_languages() -> Vec<String> {
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        unix_languages(|k| std::env::var(k).ok())
    }
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    {
        sys_locale::get_locales().collect()
    }
}

/// POSIX order: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty
/// decides; "C" and "POSIX" mean no particular language.
#[cfg_attr(not(all(unix, not(target_os = "macos"))), allow(dead_code))]
fn unix_languages(get: impl Fn(&str) -> Option<String>) -> Vec<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| get(k).filter(|v| !v.is_empty()))
        .take(1)
        .filter(|v| v != "C" && v != "POSIX" && !v.starts_with("C."))
        .collect()
}

/// Matches a requested tag against the shipped languages: exactly, ignoring case and
/// `_`/`-` and any `.UTF-8` or `@modifier`; else by language (`pt_PT` → pt-BR, `es_MX` →
/// es, `zh_TW` → zh-CN, `en_GB` → en-US).
pub fn pick(requested: &str) -> Option<&'static str> {
    let norm = requested
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .replace('_', "-")
        .to_ascii_lowercase();
    if let Some(exact) = AVAILABLE.iter().find(|a| a.to_ascii_lowercase() == norm) {
        return Some(exact);
    }
    let primary = norm.split('-').next().unwrap_or_default();
    AVAILABLE
        .iter()
        .find(|a| {
            a.split('-')
                .next()
                .is_some_and(|p| p.eq_ignore_ascii_case(primary))
        })
        .copied()
}

/// `fl!(localizer, "message-id", arg = value, …)`: a translated string. The id and the
/// argument names are checked against `locales/en-US/netreview.ftl` at compile time.
#[macro_export]
macro_rules! fl {
    ($loc:expr, $id:literal) => {{
        i18n_embed_fl::fl!($loc.loader(), $id)
    }};
    ($loc:expr, $id:literal, $($args:tt)*) => {{
        i18n_embed_fl::fl!($loc.loader(), $id, $($args)*)
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_by_language_when_the_region_differs() {
        let rows = [
            ("en", Some("en-US")),
            ("en_GB.UTF-8", Some("en-US")),
            ("EN-us", Some("en-US")),
            ("pt_PT.UTF-8", Some("pt-BR")),
            ("pt_BR", Some("pt-BR")),
            ("es_MX", Some("es")),
            ("zh_TW.UTF-8", Some("zh-CN")),
            ("zh-Hans-CN", Some("zh-CN")),
            ("uk_UA.UTF-8", Some("uk")),
            ("fa_IR", Some("fa")),
            ("de_DE@euro", None),
            ("xx", None),
        ];
        for (asked, want) in rows {
            assert_eq!(pick(asked), want, "{asked}");
        }
    }

    #[test]
    fn unix_order_is_lc_all_then_lc_messages_then_lang() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                vars.iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            unix_languages(env(&[("LANG", "uk_UA.UTF-8")])),
            ["uk_UA.UTF-8"]
        );
        assert_eq!(
            unix_languages(env(&[("LANG", "fr_FR"), ("LC_MESSAGES", "es_ES")])),
            ["es_ES"]
        );
        assert_eq!(
            unix_languages(env(&[("LC_ALL", "ar_EG"), ("LANG", "fr_FR")])),
            ["ar_EG"]
        );
        assert_eq!(
            unix_languages(env(&[("LC_ALL", ""), ("LANG", "tr_TR")])),
            ["tr_TR"]
        );
        assert!(unix_languages(env(&[("LANG", "C.UTF-8")])).is_empty());
        assert!(unix_languages(env(&[])).is_empty());
    }

    #[test]
    fn unknown_language_lists_the_available_ones() {
        let err = Localizer::new(Some("klingon")).err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("unknown language \"klingon\"; available: en-US, fr, es, pt-BR, ru, uk, ar, fa, zh-CN, tr")
        );
    }
}
