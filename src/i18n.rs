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
pub const AVAILABLE: &[&str] = &["en-US"];

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
}

impl Localizer {
    /// Loads `requested` (a tag such as `en-US`), or the source language when `None`.
    pub fn new(requested: Option<&str>) -> Result<Self, I18nError> {
        let tag = match requested {
            Some(r) => pick(r).ok_or_else(|| I18nError::Unknown {
                requested: r.to_string(),
                available: AVAILABLE.join(", "),
            })?,
            None => AVAILABLE[0],
        };
        let lang: LanguageIdentifier = tag
            .parse()
            .map_err(|e| I18nError::Load(format!("{tag}: {e}")))?;
        let loader = fluent_language_loader!();
        loader
            .load_languages(&Localizations, std::slice::from_ref(&lang))
            .map_err(|e| I18nError::Load(e.to_string()))?;
        // Unicode isolation marks only help right-to-left scripts; in left-to-right
        // terminals some print them as garbage.
        loader.set_use_isolating(false);
        Ok(Localizer { loader, lang })
    }

    pub fn loader(&self) -> &FluentLanguageLoader {
        &self.loader
    }

    /// The BCP 47 tag of the loaded language, as recorded in summaries.
    pub fn tag(&self) -> String {
        self.lang.to_string()
    }
}

/// Matches a requested tag against the shipped languages, case-insensitively and by
/// primary language (`en` or `en_GB.UTF-8` → `en-US`).
fn pick(requested: &str) -> Option<&'static str> {
    let norm = requested
        .split('.')
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
    fn picks_by_primary_language() {
        assert_eq!(pick("en"), Some("en-US"));
        assert_eq!(pick("en_GB.UTF-8"), Some("en-US"));
        assert_eq!(pick("EN-us"), Some("en-US"));
        assert_eq!(pick("xx"), None);
    }

    #[test]
    fn unknown_language_lists_the_available_ones() {
        let err = Localizer::new(Some("klingon")).err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("unknown language \"klingon\"; available: en-US")
        );
    }
}
