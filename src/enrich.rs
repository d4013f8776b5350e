//! The enrich step between collecting and explaining: what each program is (catalogue),
//! what is unusual about it (signals), and, on the live system, its executable's SHA-256
//! and whether a package owns it.

use crate::collect::executables;
use crate::insight::{self, Catalogue};
use crate::model::{Owner, Summary};

/// Where the summary's programs are: on this computer (their files can be read) or only
/// in a file (a recorded snapshot, the practice scenario).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Live,
    Recorded,
}

pub fn enrich(s: &mut Summary, origin: Origin) {
    let catalogue = Catalogue::embedded();
    let facts = (origin == Origin::Live).then(|| {
        let programs: Vec<(u32, &str)> = s
            .processes
            .iter()
            .filter_map(|p| Some((p.pid, p.exe.as_deref()?)))
            .collect();
        executables::inspect(&programs)
    });
    if let Some(f) = &facts {
        for p in &mut s.processes {
            p.exe_sha256 = f.sha256.get(&p.pid).cloned();
        }
    }
    let unpackaged = facts.as_ref().and_then(|f| f.unpackaged.as_ref());
    insight::annotate_with(s, catalogue, unpackaged, &is_hosting);
}

/// Whether an owner rents servers to anyone (hosting and cloud companies).
fn is_hosting(owner: &Owner) -> bool {
    owner
        .asn
        .and_then(crate::ownership::kinds::kind_of)
        .is_some_and(|k| k.rents_servers())
}
