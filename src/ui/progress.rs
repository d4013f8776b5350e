//! A one-line progress indicator for a watch, on standard error and only on a terminal.

use console::Term;

use crate::fl;
use crate::i18n::Localizer;

pub struct Progress {
    term: Option<Term>,
}

impl Progress {
    /// Shows nothing when standard error is not a terminal (a pipe, a file, CI).
    pub fn new() -> Self {
        let term = Term::stderr();
        Progress {
            term: term.is_term().then_some(term),
        }
    }

    pub fn update(&self, l: &Localizer, elapsed: u64, total: u64, programs: usize, remotes: usize) {
        if let Some(t) = &self.term {
            let text = fl!(
                l,
                "progress-watching",
                elapsed = elapsed,
                total = total,
                programs = programs,
                remotes = remotes
            );
            // A line longer than the terminal would wrap, and clearing it would then leave
            // the first half behind on every update.
            let width = usize::from(t.size().1).saturating_sub(1);
            let _ = t.clear_line();
            let _ = t.write_str(&console::truncate_str(&text, width, "…"));
        }
    }

    pub fn finish(&self) {
        if let Some(t) = &self.term {
            let _ = t.clear_line();
        }
    }
}

impl Default for Progress {
    fn default() -> Self {
        Self::new()
    }
}
