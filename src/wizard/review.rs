//! Step 4: one program at a time, most worth a look first; every judgement is saved to the
//! draft before the next screen shows.

use super::{screens, Stop, Wizard};
use crate::fl;
use crate::guides::{self, Guide};
use crate::model::{ProcessEntry, Summary, Verdict};
use crate::net::Scope;
use crate::summary::draft::Draft;

/// Programs most worth a look first: those with unusual signs, then unknown programs, then
/// known ones; within each, those reaching further (the internet, open to the network).
pub fn order(s: &mut Summary) {
    s.processes.sort_by_key(|p| {
        (
            std::cmp::Reverse(crate::insight::worth_a_look(p)),
            p.signals.is_empty(),
            p.known_as.is_some(),
            std::cmp::Reverse(reach(p)),
            p.name.to_lowercase(),
            p.pid,
        )
    });
}

/// How far a program's network use reaches: internet peers count most, then sockets open
/// to other computers.
fn reach(p: &ProcessEntry) -> usize {
    p.connections
        .iter()
        .map(|c| match (c.remote_address.is_some(), c.scope) {
            (true, Scope::Public) => 3,
            (false, Scope::Public | Scope::Unspecified) => 2,
            (true, Scope::Loopback | Scope::ThisComputer) | (false, Scope::Loopback) => 0,
            _ => 1,
        })
        .sum()
}

impl Wizard<'_> {
    pub(super) fn review_all(&mut self, d: &mut Draft) -> Result<(), Stop> {
        let l = self.l;
        let total = d.summary.processes.len();
        let ended = d.summary.scan.ended_at;
        while d.next < total {
            let i = d.next;
            let Some(p) = d.summary.processes.get(i) else {
                break;
            };
            // Seen last before the watch ended: it has closed since.
            let gone = p.connections.iter().all(|c| c.last_seen < ended);
            let body = screens::review(l, p, i, total, gone);
            self.screen(4, &fl!(l, "title-review"), &body)?;
            let mut items = vec![
                fl!(l, "review-choice-fine"),
                fl!(l, "review-choice-suspicious"),
                fl!(l, "review-choice-unsure"),
                fl!(l, "review-choice-more"),
            ];
            if i > 0 {
                items.push(fl!(l, "review-choice-back"));
            }
            let default = match p.verdict {
                Verdict::Suspicious => 1,
                Verdict::Unsure => 2,
                _ => 0,
            };
            let question = fl!(l, "review-question", name = screens::display_name(l, p));
            let verdict = match self.choose(&question, &items, default)? {
                0 => Verdict::LooksFine,
                1 => Verdict::Suspicious,
                2 => Verdict::Unsure,
                3 => {
                    if !p.signals.is_empty() {
                        let why = screens::why_signals(l, p);
                        self.screen(4, &fl!(l, "title-review"), &why)?;
                        self.choose("", &[fl!(l, "choice-continue")], 0)?;
                    }
                    if let Some(owners) = screens::owners_more(l, p) {
                        self.screen(4, &fl!(l, "title-review"), &owners)?;
                        self.choose("", &[fl!(l, "choice-continue")], 0)?;
                    }
                    let help = guides::text(&l.tag(), Guide::ReviewHelp);
                    self.screen(4, &fl!(l, "title-review"), &help)?;
                    self.choose("", &[fl!(l, "choice-back-to-program")], 0)?;
                    continue;
                }
                _ => {
                    d.next = i.saturating_sub(1);
                    self.save(d)?;
                    continue;
                }
            };
            if let Some(p) = d.summary.processes.get_mut(i) {
                p.verdict = verdict;
            }
            self.save(d)?;
            self.ask_note(d, i)?;
            d.next = i + 1;
            self.save(d)?;
        }
        Ok(())
    }

    /// An optional note; Enter alone keeps the earlier one (after "back").
    fn ask_note(&mut self, d: &mut Draft, i: usize) -> Result<(), Stop> {
        let l = self.l;
        let earlier = d.summary.processes.get(i).and_then(|p| p.note.clone());
        let mut prompt = fl!(l, "review-note");
        if let Some(n) = &earlier {
            prompt = format!(
                "{}\n{prompt}",
                fl!(l, "review-note-kept", note = crate::escape::escape(n))
            );
        }
        let typed = self.p.input(&prompt)?;
        let note = match typed.trim() {
            "" => earlier,
            t => Some(t.to_string()),
        };
        if let Some(p) = d.summary.processes.get_mut(i) {
            p.note = note;
        }
        self.save(d)
    }
}
