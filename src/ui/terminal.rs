//! The person at a terminal: dialoguer prompts, screens wrapped to the terminal's width, and
//! a key check during the watch. Colours are decoration only (every choice is also marked by
//! a symbol and words), and are off with `NO_COLOR` or `TERM=dumb`.

use std::time::{Duration, Instant};

use console::Term;
use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use dialoguer::{Input, MultiSelect, Select};

use crate::wizard::{PromptError, Prompter};

pub struct TerminalPrompter {
    term: Term,
    theme: Box<dyn Theme>,
    /// Shown when a screen is taller than the terminal: "— more: press a key —".
    more: String,
}

/// Rows kept free under a screen's text for the question and its choices.
const MENU_ROWS: usize = 7;

impl TerminalPrompter {
    /// `more` is the pager's line, in the person's language.
    pub fn new(more: String) -> Self {
        let plain = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
            || std::env::var("TERM").is_ok_and(|t| t == "dumb");
        if plain {
            console::set_colors_enabled(false);
            console::set_colors_enabled_stderr(false);
        }
        let theme: Box<dyn Theme> = if plain {
            Box::new(SimpleTheme)
        } else {
            Box::new(ColorfulTheme::default())
        };
        TerminalPrompter {
            term: Term::stdout(),
            theme,
            more,
        }
    }

    fn width(&self) -> usize {
        usize::from(self.term.size().1).max(20)
    }
}

fn io(e: std::io::Error) -> PromptError {
    if e.kind() == std::io::ErrorKind::Interrupted {
        PromptError::Interrupted
    } else {
        PromptError::Io(e.to_string())
    }
}

fn dialog(e: dialoguer::Error) -> PromptError {
    match e {
        dialoguer::Error::IO(e) => io(e),
    }
}

impl Prompter for TerminalPrompter {
    fn show(&mut self, text: &str) -> Result<(), PromptError> {
        if self.term.is_term() {
            self.term.clear_screen().map_err(io)?;
        }
        let wrapped = super::text::wrap_all(text, self.width().saturating_sub(1));
        let rows = self.term.size_checked().map(|(r, _)| usize::from(r));
        let (first, rest) = super::text::split_page(&wrapped, rows, MENU_ROWS);
        self.term.write_str(first).map_err(io)?;
        if !rest.is_empty() {
            // Taller than the terminal: let the person read the top before it scrolls away.
            self.term.write_str(&self.more).map_err(io)?;
            let key = self.term.read_key().map_err(io)?;
            if key == console::Key::CtrlC {
                return Err(PromptError::Interrupted);
            }
            self.term.clear_line().map_err(io)?;
            self.term.write_str(rest).map_err(io)?;
        }
        self.term.write_line("").map_err(io)
    }

    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> Result<usize, PromptError> {
        let mut s = Select::with_theme(self.theme.as_ref());
        if !prompt.is_empty() {
            s = s.with_prompt(prompt);
        }
        s.items(items)
            .default(default)
            .interact_on(&self.term)
            .map_err(dialog)
    }

    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        defaults: &[bool],
    ) -> Result<Vec<bool>, PromptError> {
        let chosen = MultiSelect::with_theme(self.theme.as_ref())
            .with_prompt(prompt)
            .items(items)
            .defaults(defaults)
            .interact_on(&self.term)
            .map_err(dialog)?;
        Ok((0..items.len()).map(|i| chosen.contains(&i)).collect())
    }

    fn input(&mut self, prompt: &str) -> Result<String, PromptError> {
        Input::<String>::with_theme(self.theme.as_ref())
            .with_prompt(prompt)
            .allow_empty(true)
            .interact_text_on(&self.term)
            .map_err(dialog)
    }

    fn progress(&mut self, _done: u64, _total: u64, text: &str) -> Result<(), PromptError> {
        // Longer than the terminal, the line would wrap and clearing it would leave the
        // first half behind on every update.
        let line = console::truncate_str(text, self.width().saturating_sub(1), "…");
        self.term.clear_line().map_err(io)?;
        self.term.write_str(&line).map_err(io)
    }

    /// Enter, Esc, S or Q stop the watch; Ctrl-C stops the whole check.
    fn wait_for_stop(&mut self, wait: Duration) -> Result<bool, PromptError> {
        crossterm::terminal::enable_raw_mode().map_err(io)?;
        let result = poll_keys(wait);
        let _ = crossterm::terminal::disable_raw_mode();
        if result.as_ref().is_ok_and(|stop| *stop) {
            let _ = self.term.clear_line();
        }
        result
    }
}

fn poll_keys(wait: Duration) -> Result<bool, PromptError> {
    let end = Instant::now() + wait;
    loop {
        let left = end.saturating_duration_since(Instant::now());
        if left.is_zero() || !event::poll(left).map_err(io)? {
            return Ok(false);
        }
        if let Event::Key(KeyEvent {
            code,
            modifiers,
            kind: KeyEventKind::Press,
            ..
        }) = event::read().map_err(io)?
        {
            match code {
                KeyCode::Char('c') if modifiers.contains(KeyModifiers::CONTROL) => {
                    return Err(PromptError::Interrupted)
                }
                KeyCode::Enter | KeyCode::Esc | KeyCode::Char('s' | 'S' | 'q' | 'Q') => {
                    return Ok(true)
                }
                _ => {}
            }
        }
    }
}
