//! What a program is and what is unusual about it: the known-programs catalogue and the
//! signals. Pure functions of the summary and a few facts read by `collect`.

pub mod catalogue;
pub mod signals;

use std::collections::BTreeSet;

pub use catalogue::Catalogue;
pub use signals::{Facts, SignalId};

use crate::model::{Owner, Severity, Summary};

/// Fills `known_as` and `signals` for every program.
pub fn annotate(s: &mut Summary, facts: &Facts) {
    for p in &mut s.processes {
        let known = facts
            .catalogue
            .identify(facts.os, &p.name, p.exe.as_deref());
        p.known_as = known.map(|e| e.label.clone());
        p.signals = signals::signals(p, known, facts);
    }
}

/// Annotates with the embedded catalogue, for the system the summary describes.
pub fn annotate_with(
    s: &mut Summary,
    catalogue: &Catalogue,
    unpackaged: Option<&BTreeSet<String>>,
    is_hosting: &dyn Fn(&Owner) -> bool,
) {
    let os = s.system.os.clone();
    let facts = Facts {
        os: &os,
        catalogue,
        unpackaged,
        is_hosting,
    };
    annotate(s, &facts);
}

/// How many signals worth a look a program has (the review shows those programs first).
pub fn worth_a_look(p: &crate::model::ProcessEntry) -> usize {
    p.signals
        .iter()
        .filter(|s| s.severity == Severity::WorthALook)
        .count()
}
