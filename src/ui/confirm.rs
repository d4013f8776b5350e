//! Yes/no questions at the terminal, for consent to go online.

use std::io::IsTerminal;

use crate::fl;
use crate::i18n::Localizer;
use crate::ownership::gate::Asker;

pub struct TerminalAsker<'l> {
    l: &'l Localizer,
}

impl<'l> TerminalAsker<'l> {
    pub fn new(l: &'l Localizer) -> Self {
        TerminalAsker { l }
    }
}

impl Asker for TerminalAsker<'_> {
    /// None without a terminal on both standard input and standard error: no one to ask.
    fn ask(&mut self, question: &str) -> Option<bool> {
        if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
            return None;
        }
        let term = console::Term::stderr();
        term.write_line(question).ok()?;
        let answer = term.read_line().ok()?;
        Some(is_yes(&fl!(self.l, "consent-yes-words"), &answer))
    }
}

/// Whether `answer` is one of the comma-separated `words` (case-insensitive).
pub fn is_yes(words: &str, answer: &str) -> bool {
    let a = answer.trim().to_lowercase();
    !a.is_empty() && words.split(',').any(|w| w.trim().to_lowercase() == a)
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_listed_words_are_yes() {
        assert!(super::is_yes("y, yes", " Yes\n"));
        assert!(!super::is_yes("y, yes", ""));
        assert!(!super::is_yes("y, yes", "no"));
    }
}
