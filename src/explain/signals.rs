//! Signals in plain words: what was seen (with the measured detail) and why it matters.

use crate::escape::escape;
use crate::fl;
use crate::i18n::Localizer;
use crate::insight::SignalId;
use crate::model::{Severity, SignalEntry};

/// "⚠ worth a look" or "ℹ for information": a symbol and words, never colour alone.
pub fn severity(l: &Localizer, s: Severity) -> String {
    match s {
        Severity::WorthALook => fl!(l, "signal-worth"),
        Severity::Info => fl!(l, "signal-info"),
    }
}

/// "⚠ worth a look: it runs from a hidden folder: …", punctuated as the language does.
pub fn line(l: &Localizer, s: &SignalEntry) -> String {
    fl!(
        l,
        "signal-line",
        severity = severity(l, s.severity),
        what = what(l, s)
    )
}

/// What was seen.
pub fn what(l: &Localizer, s: &SignalEntry) -> String {
    let detail = escape(s.detail.as_deref().unwrap_or("-"));
    let Some(id) = SignalId::from_key(&s.id) else {
        let detail = format!("{} {detail}", escape(&s.id));
        return fl!(l, "signal-unknown", detail = detail);
    };
    match id {
        SignalId::ExeInTempDir => fl!(l, "signal-exe-in-temp-dir", detail = detail),
        SignalId::ExeInUserWritableDir => {
            fl!(l, "signal-exe-in-user-writable-dir", detail = detail)
        }
        SignalId::ExeHiddenPath => fl!(l, "signal-exe-hidden-path", detail = detail),
        SignalId::ExeDeleted => fl!(l, "signal-exe-deleted", detail = detail),
        SignalId::NameMimicsSystem => fl!(l, "signal-name-mimics-system", detail = detail),
        SignalId::ListensOnNetwork => fl!(l, "signal-listens-on-network", detail = detail),
        SignalId::RemoteAccessPort => fl!(l, "signal-remote-access-port", detail = detail),
        SignalId::UnusualPort => fl!(l, "signal-unusual-port", detail = detail),
        SignalId::HostingProvider => fl!(l, "signal-hosting-provider", detail = detail),
        SignalId::FrequentReconnects => fl!(l, "signal-frequent-reconnects", detail = detail),
        SignalId::RunsAsAdmin => fl!(l, "signal-runs-as-admin", detail = detail),
        SignalId::NotFromPackageManager => {
            fl!(l, "signal-not-from-package-manager", detail = detail)
        }
    }
}

/// Why it matters; `None` for a signal this version does not know.
pub fn why(l: &Localizer, s: &SignalEntry) -> Option<String> {
    Some(match SignalId::from_key(&s.id)? {
        SignalId::ExeInTempDir => fl!(l, "signal-exe-in-temp-dir-why"),
        SignalId::ExeInUserWritableDir => fl!(l, "signal-exe-in-user-writable-dir-why"),
        SignalId::ExeHiddenPath => fl!(l, "signal-exe-hidden-path-why"),
        SignalId::ExeDeleted => fl!(l, "signal-exe-deleted-why"),
        SignalId::NameMimicsSystem => fl!(l, "signal-name-mimics-system-why"),
        SignalId::ListensOnNetwork => fl!(l, "signal-listens-on-network-why"),
        SignalId::RemoteAccessPort => fl!(l, "signal-remote-access-port-why"),
        SignalId::UnusualPort => fl!(l, "signal-unusual-port-why"),
        SignalId::HostingProvider => fl!(l, "signal-hosting-provider-why"),
        SignalId::FrequentReconnects => fl!(l, "signal-frequent-reconnects-why"),
        SignalId::RunsAsAdmin => fl!(l, "signal-runs-as-admin-why"),
        SignalId::NotFromPackageManager => fl!(l, "signal-not-from-package-manager-why"),
    })
}

/// The sentence describing a known program (`locales/<lang>/netreview.ftl`, ids
/// `known-<catalogue id>`); `None` when this language lacks it.
pub fn known_program(l: &Localizer, catalogue_id: &str) -> Option<String> {
    let id = format!("known-{catalogue_id}");
    l.loader().has(&id).then(|| l.loader().get(&id))
}
