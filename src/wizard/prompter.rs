//! What the wizard needs from whoever answers it: the person at a terminal (`ui::terminal`)
//! or a script (tests). Every prompt takes its text ready to show; answers are validated by
//! the wizard, the same way whichever side gave them.

use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum PromptError {
    /// Ctrl-C, or the terminal went away: stop, keeping what is saved.
    #[error("interrupted")]
    Interrupted,
    #[error("terminal error: {0}")]
    Io(String),
    /// A script ran out of answers (tests only).
    #[error("no scripted answer for: {0}")]
    Exhausted(String),
}

pub trait Prompter {
    /// Clears the screen (where that means something) and shows a screen's text.
    fn show(&mut self, text: &str) -> Result<(), PromptError>;
    /// One choice among `items`; returns its index.
    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> Result<usize, PromptError>;
    /// Several on/off choices; returns the new state of each.
    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        defaults: &[bool],
    ) -> Result<Vec<bool>, PromptError>;
    /// A line of free text; may be empty.
    fn input(&mut self, prompt: &str) -> Result<String, PromptError>;
    /// Shows a progress line: `done` of `total` steps and a text.
    fn progress(&mut self, done: u64, total: u64, text: &str) -> Result<(), PromptError>;
    /// Waits up to `wait`, returning early with `true` if the person asked to stop.
    fn wait_for_stop(&mut self, wait: Duration) -> Result<bool, PromptError>;
}
