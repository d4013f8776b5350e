//! A `Prompter` that answers from a list, for tests: synchronous, no terminal, and it keeps a
//! transcript of every screen and prompt so that tests can read what the person would see.

use std::collections::VecDeque;
use std::time::Duration;

use super::prompter::{PromptError, Prompter};

#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    /// Pick the item whose text starts with this (must be unique).
    Choose(&'static str),
    /// Pick the item at this position (for runs in any language).
    Pick(usize),
    Toggle(Vec<bool>),
    Text(String),
    /// Stop the watch at its next pause.
    StopWatch,
    /// Ctrl-C at the next prompt.
    Interrupt,
}

#[derive(Default)]
pub struct Scripted {
    answers: VecDeque<Answer>,
    pub transcript: String,
}

impl Scripted {
    pub fn new(answers: impl IntoIterator<Item = Answer>) -> Self {
        Scripted {
            answers: answers.into_iter().collect(),
            transcript: String::new(),
        }
    }

    pub fn remaining(&self) -> usize {
        self.answers.len()
    }

    fn next(&mut self, prompt: &str) -> Result<Answer, PromptError> {
        match self.answers.pop_front() {
            Some(Answer::Interrupt) => {
                self.transcript.push_str("[Ctrl-C]\n");
                Err(PromptError::Interrupted)
            }
            Some(a) => Ok(a),
            None => Err(PromptError::Exhausted(prompt.to_string())),
        }
    }
}

impl Prompter for Scripted {
    fn show(&mut self, text: &str) -> Result<(), PromptError> {
        self.transcript.push_str("──────── screen ────────\n");
        self.transcript.push_str(text);
        if !text.ends_with('\n') {
            self.transcript.push('\n');
        }
        Ok(())
    }

    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> Result<usize, PromptError> {
        self.transcript.push_str(&format!("? {prompt}\n"));
        for (i, item) in items.iter().enumerate() {
            let mark = if i == default { '>' } else { ' ' };
            self.transcript.push_str(&format!("  {mark} {item}\n"));
        }
        match self.next(prompt)? {
            Answer::Choose(start) => {
                let hits: Vec<usize> = (0..items.len())
                    .filter(|&i| items[i].starts_with(start))
                    .collect();
                match hits.as_slice() {
                    [one] => {
                        self.transcript.push_str(&format!("= {}\n", items[*one]));
                        Ok(*one)
                    }
                    _ => Err(PromptError::Exhausted(format!(
                        "{start:?} matches {} of {items:?}",
                        hits.len()
                    ))),
                }
            }
            Answer::Pick(i) if i < items.len() => {
                self.transcript.push_str(&format!("= {}\n", items[i]));
                Ok(i)
            }
            other => Err(PromptError::Exhausted(format!(
                "{prompt}: expected a choice, got {other:?}"
            ))),
        }
    }

    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        defaults: &[bool],
    ) -> Result<Vec<bool>, PromptError> {
        self.transcript.push_str(&format!("? {prompt}\n"));
        for (item, on) in items.iter().zip(defaults) {
            self.transcript
                .push_str(&format!("  [{}] {item}\n", if *on { 'x' } else { ' ' }));
        }
        match self.next(prompt)? {
            Answer::Toggle(v) if v.len() == items.len() => {
                self.transcript.push_str(&format!("= {v:?}\n"));
                Ok(v)
            }
            other => Err(PromptError::Exhausted(format!(
                "{prompt}: expected toggles, got {other:?}"
            ))),
        }
    }

    fn input(&mut self, prompt: &str) -> Result<String, PromptError> {
        self.transcript.push_str(&format!("? {prompt}\n"));
        match self.next(prompt)? {
            Answer::Text(t) => {
                self.transcript.push_str(&format!("= {t:?}\n"));
                Ok(t)
            }
            other => Err(PromptError::Exhausted(format!(
                "{prompt}: expected text, got {other:?}"
            ))),
        }
    }

    fn progress(&mut self, _done: u64, _total: u64, _text: &str) -> Result<(), PromptError> {
        // Progress lines depend on timing; transcripts stay stable without them.
        Ok(())
    }

    fn wait_for_stop(&mut self, wait: Duration) -> Result<bool, PromptError> {
        if self.answers.front() == Some(&Answer::StopWatch) {
            self.answers.pop_front();
            self.transcript.push_str("[watch stopped]\n");
            return Ok(true);
        }
        if self.answers.front() == Some(&Answer::Interrupt) {
            return self.next("watch").map(|_| true);
        }
        std::thread::sleep(wait);
        Ok(false)
    }
}
