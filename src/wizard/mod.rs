//! The guided check: a state machine over a [`Prompter`]. It orchestrates only: looks come
//! from `collect`, summaries from `summary`, words from `explain` and `screens`.

pub mod prompter;
mod review;
pub mod screens;
pub mod scripted;

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::collect::{CollectError, LiveSource, RecordedSource, SnapshotSource};
use crate::enrich::Origin;
use crate::fl;
use crate::guides::{self, Guide};
use crate::i18n::{native_name, Localizer, Source, AVAILABLE};
use crate::model::{Summary, Verdict};
use crate::summary::draft::{self, Draft, DRAFT_SCHEMA};
use crate::summary::redact::{self, Redaction};
use crate::summary::{Context, Observation, SummaryError};

pub use prompter::{PromptError, Prompter};

/// What the check looks at.
pub enum Input {
    Live(LiveSource),
    /// The bundled scenario: a recorded watch of a made-up laptop.
    Practice(RecordedSource),
}

impl Input {
    fn source(&mut self) -> &mut dyn SnapshotSource {
        match self {
            Input::Live(s) => s,
            Input::Practice(s) => s,
        }
    }

    fn context(&mut self, l: &Localizer) -> Context {
        let src = self.source();
        // A downloaded database that is damaged falls back to the embedded one quietly here;
        // `scan` reports it.
        let data = crate::ownership::data_dir();
        Context {
            system: src.system(),
            local: src.local_addresses(),
            language: l.tag(),
            ownership: crate::ownership::Ownership::open(data.as_deref()).ownership,
        }
    }

    /// One look now (for "close apps").
    fn look(&mut self, l: &Localizer) -> Result<Summary, CollectError> {
        let ctx = self.context(l);
        let mut obs = Observation::new(0);
        obs.add(self.source().snapshot()?);
        Ok(obs.into_summary(&ctx))
    }
}

pub struct Options {
    pub practice: bool,
    /// Where to save the summary; else a new file in `out_dir`.
    pub output: Option<PathBuf>,
    pub out_dir: PathBuf,
    pub draft: PathBuf,
    /// The person's home folder, to redact from paths.
    pub home: Option<String>,
}

#[derive(Debug, PartialEq)]
pub enum Outcome {
    Saved(PathBuf),
    Quit,
    /// Ctrl-C; the draft holds every judgement made, if any were.
    Interrupted(Option<PathBuf>),
    /// The person chose another language (a tag of `i18n::AVAILABLE`): start again in it.
    Language(&'static str),
}

#[derive(Debug, thiserror::Error)]
pub enum WizardError {
    #[error(transparent)]
    Collect(#[from] CollectError),
    #[error(transparent)]
    Save(#[from] SummaryError),
    #[error(transparent)]
    Prompt(PromptError),
}

/// Why the flow stopped early.
enum Stop {
    Interrupted,
    Quit,
    Language(&'static str),
    Failed(WizardError),
}

impl From<PromptError> for Stop {
    fn from(e: PromptError) -> Self {
        match e {
            PromptError::Interrupted => Stop::Interrupted,
            other => Stop::Failed(WizardError::Prompt(other)),
        }
    }
}

impl From<CollectError> for Stop {
    fn from(e: CollectError) -> Self {
        Stop::Failed(e.into())
    }
}

impl From<SummaryError> for Stop {
    fn from(e: SummaryError) -> Self {
        Stop::Failed(e.into())
    }
}

struct Wizard<'a> {
    l: &'a Localizer,
    p: &'a mut dyn Prompter,
    opts: &'a Options,
    /// Set once a draft holds judgements.
    draft_saved: bool,
}

pub fn run(
    l: &Localizer,
    p: &mut dyn Prompter,
    input: &mut Input,
    opts: &Options,
) -> Result<Outcome, WizardError> {
    let mut w = Wizard {
        l,
        p,
        opts,
        draft_saved: false,
    };
    match w.flow(input) {
        Ok(path) => Ok(Outcome::Saved(path)),
        Err(Stop::Quit) => Ok(Outcome::Quit),
        Err(Stop::Language(tag)) => Ok(Outcome::Language(tag)),
        Err(Stop::Interrupted) => Ok(Outcome::Interrupted(
            w.draft_saved.then(|| opts.draft.clone()),
        )),
        Err(Stop::Failed(e)) => Err(e),
    }
}

impl Wizard<'_> {
    fn flow(&mut self, input: &mut Input) -> Result<PathBuf, Stop> {
        let mut draft = match self.resume()? {
            Some(d) => d,
            None => {
                self.welcome()?;
                self.rights(input)?;
                self.close_apps(input)?;
                let mut summary = self.watch(input)?;
                review::order(&mut summary);
                Draft {
                    schema: DRAFT_SCHEMA.into(),
                    practice: self.opts.practice,
                    next: 0,
                    summary,
                }
            }
        };
        self.save(&draft)?;
        self.review_all(&mut draft)?;
        self.finish(draft)
    }

    /// A choice; in practice mode the prompt says so too, since a long screen can push the
    /// banner out of sight.
    fn choose(&mut self, prompt: &str, items: &[String], default: usize) -> Result<usize, Stop> {
        let prompt = if self.opts.practice {
            format!("{prompt} {}", fl!(self.l, "practice-tag"))
                .trim()
                .to_string()
        } else {
            prompt.to_string()
        };
        Ok(self.p.select(&prompt, items, default)?)
    }

    fn screen(&mut self, step: u8, title: &str, body: &str) -> Result<(), Stop> {
        let text = screens::header(self.l, self.opts.practice, step, title) + body;
        Ok(self.p.show(&text)?)
    }

    fn save(&mut self, d: &Draft) -> Result<(), Stop> {
        draft::save(&self.opts.draft, d)?;
        self.draft_saved = true;
        Ok(())
    }

    /// Offers to continue an unfinished check; sets aside a draft that cannot be read.
    fn resume(&mut self) -> Result<Option<Draft>, Stop> {
        let l = self.l;
        let found = match draft::load(&self.opts.draft) {
            Ok(found) => found,
            Err(_) => {
                let aside = draft::set_aside(&self.opts.draft)?;
                let msg = fl!(l, "resume-unreadable", path = aside.display().to_string());
                self.screen(1, &fl!(l, "title-welcome"), &msg)?;
                return Ok(None);
            }
        };
        let Some(d) = found.filter(|d| d.practice == self.opts.practice) else {
            return Ok(None);
        };
        let done = d
            .summary
            .processes
            .iter()
            .filter(|p| p.verdict != Verdict::NotReviewed)
            .count();
        let body = fl!(
            l,
            "resume-body",
            date = crate::clock::display(d.summary.created_at),
            done = done,
            total = d.summary.processes.len()
        );
        self.screen(1, &fl!(l, "title-welcome"), &body)?;
        let items = [fl!(l, "choice-resume"), fl!(l, "choice-start-over")];
        if self.choose(&fl!(l, "prompt-choose"), &items, 0)? == 0 {
            self.draft_saved = true;
            return Ok(Some(d));
        }
        draft::set_aside(&self.opts.draft)?;
        Ok(None)
    }

    fn welcome(&mut self) -> Result<(), Stop> {
        let l = self.l;
        let mut body = fl!(l, "welcome-body");
        body.push('\n');
        body.push_str(&fl!(
            l,
            "welcome-language",
            language = fl!(l, "language-name")
        ));
        let source = match l.source() {
            Source::Asked => "asked",
            Source::System => "system",
            Source::Default => "default",
        };
        body.push('\n');
        body.push_str(&fl!(l, "welcome-language-source", source = source));
        if self.opts.practice {
            body.push_str("\n\n");
            body.push_str(&fl!(l, "welcome-practice"));
        }
        self.screen(1, &fl!(l, "title-welcome"), &body)?;
        let items = [
            fl!(l, "choice-start"),
            fl!(l, "choice-language"),
            fl!(l, "choice-quit"),
        ];
        match self.choose(&fl!(l, "prompt-choose"), &items, 0)? {
            0 => Ok(()),
            1 => self.choose_language(),
            _ => Err(Stop::Quit),
        }
    }

    /// Each language offered in its own name.
    fn choose_language(&mut self) -> Result<(), Stop> {
        let names: Vec<String> = AVAILABLE.iter().map(|tag| native_name(tag)).collect();
        let current = AVAILABLE
            .iter()
            .position(|t| *t == self.l.tag())
            .unwrap_or(0);
        let prompt = fl!(self.l, "prompt-language");
        let i = self.choose(&prompt, &names, current)?;
        Err(Stop::Language(
            AVAILABLE.get(i).copied().unwrap_or(AVAILABLE[0]),
        ))
    }

    fn rights(&mut self, input: &mut Input) -> Result<(), Stop> {
        let system = input.source().system();
        if system.privileged || self.opts.practice {
            return Ok(());
        }
        let l = self.l;
        let body = crate::explain::rights_notice(l, &system.os, 0, "netreview");
        self.screen(1, &fl!(l, "title-rights"), &body)?;
        let items = [
            fl!(l, "rights-choice-continue"),
            fl!(l, "rights-choice-quit"),
        ];
        match self.choose(&fl!(l, "prompt-choose"), &items, 0)? {
            0 => Ok(()),
            _ => Err(Stop::Quit),
        }
    }

    fn close_apps(&mut self, input: &mut Input) -> Result<(), Stop> {
        let l = self.l;
        let os = input.source().system().os;
        let mut before = input.look(l)?;
        let mut changes = String::new();
        loop {
            let mut body = changes.clone();
            body.push_str(&screens::programs_now(l, &before));
            body.push('\n');
            body.push_str(&fl!(l, "close-apps-ask"));
            self.screen(2, &fl!(l, "title-close-apps"), &body)?;
            let items = [
                fl!(l, "choice-look-again"),
                fl!(l, "choice-how-to-close"),
                fl!(l, "choice-continue"),
            ];
            match self.choose(&fl!(l, "prompt-choose"), &items, 2)? {
                0 => {
                    let after = input.look(l)?;
                    changes = screens::changes(l, &before, &after);
                    if self.opts.practice {
                        changes.push_str(&fl!(l, "close-apps-practice"));
                        changes.push('\n');
                    }
                    changes.push('\n');
                    before = after;
                }
                1 => {
                    let guide = guides::text(&l.tag(), Guide::close_apps(&os));
                    self.screen(2, &fl!(l, "title-close-apps"), &guide)?;
                    self.choose("", &[fl!(l, "choice-continue")], 0)?;
                    changes.clear();
                }
                _ => return Ok(()),
            }
        }
    }

    fn watch(&mut self, input: &mut Input) -> Result<Summary, Stop> {
        let l = self.l;
        let mut body = fl!(l, "watch-body");
        if self.opts.practice {
            body.push_str("\n\n");
            body.push_str(&fl!(l, "watch-practice"));
        }
        self.screen(3, &fl!(l, "title-watch"), &body)?;
        let items = [
            fl!(l, "watch-choice-2m"),
            fl!(l, "watch-choice-5m"),
            fl!(l, "watch-choice-30s"),
            fl!(l, "watch-choice-skip"),
        ];
        let duration = match self.choose(&fl!(l, "prompt-choose"), &items, 0)? {
            0 => Some(Duration::from_secs(120)),
            1 => Some(Duration::from_secs(300)),
            2 => Some(Duration::from_secs(30)),
            _ => None,
        };
        let ctx = input.context(l);
        let obs = match input {
            Input::Practice(src) => {
                // The scenario was already watched; a few seconds show what a watch looks like.
                let mut obs = Observation::new(0);
                obs.add_summary(src.recorded());
                if duration.is_some() {
                    self.pause_loop(&obs, Duration::from_secs(3))?;
                }
                obs
            }
            Input::Live(src) => {
                let mut interrupted = false;
                let total = duration.map_or(0, |d| d.as_secs());
                let p = &mut *self.p;
                let obs = crate::watch::observe(
                    src,
                    duration,
                    Duration::from_secs(1),
                    |obs, elapsed, wait| {
                        let secs = elapsed.as_secs();
                        let text = screens::watch_progress(l, secs, total, obs.counts());
                        match p
                            .progress(secs, total, &text)
                            .and_then(|()| p.wait_for_stop(wait))
                        {
                            Ok(stop) => stop,
                            Err(_) => {
                                interrupted = true;
                                true
                            }
                        }
                    },
                )?;
                if interrupted {
                    return Err(Stop::Interrupted);
                }
                obs
            }
        };
        let mut summary = obs.into_summary(&ctx);
        let origin = match input {
            Input::Live(_) => Origin::Live,
            Input::Practice(_) => Origin::Recorded,
        };
        crate::enrich::enrich(&mut summary, origin);
        Ok(summary)
    }

    /// A short, simulated watch for practice mode, with the same progress line.
    fn pause_loop(&mut self, obs: &Observation, total: Duration) -> Result<(), Stop> {
        let steps = total.as_secs().max(1);
        for i in 0..steps {
            let text = screens::watch_progress(self.l, i, steps, obs.counts());
            self.p.progress(i, steps, &text)?;
            if self.p.wait_for_stop(Duration::from_secs(1))? {
                break;
            }
        }
        Ok(())
    }

    fn finish(&mut self, draft: Draft) -> Result<PathBuf, Stop> {
        let l = self.l;
        let mut summary = draft.summary;
        let body = screens::summary(l, &summary);
        self.screen(5, &fl!(l, "title-summary"), &body)?;
        let items = [
            fl!(l, "redact-hostname"),
            fl!(l, "redact-user"),
            fl!(l, "redact-home"),
        ];
        let d = Redaction::DEFAULT;
        let chosen = self.p.multi_select(
            &fl!(l, "summary-redact-ask"),
            &items,
            &[d.hostname, d.user, d.home],
        )?;
        let r = Redaction {
            hostname: chosen.first().copied().unwrap_or(true),
            user: chosen.get(1).copied().unwrap_or(true),
            home: chosen.get(2).copied().unwrap_or(true),
        };
        redact::apply(&mut summary, r, self.opts.home.as_deref());
        summary.created_at = crate::clock::now();
        let path = self.write_summary(&summary)?;
        draft::finish(&self.opts.draft);
        self.draft_saved = false;

        let saved = if self.opts.practice {
            fl!(l, "summary-practice-saved")
        } else {
            fl!(l, "summary-saved")
        };
        let body = format!(
            "{saved}\n  {}\n\n{}\n",
            path.display(),
            fl!(l, "summary-before-sending")
        );
        self.screen(5, &fl!(l, "title-summary"), &body)?;
        self.choose("", &[fl!(l, "choice-continue")], 0)?;
        let next_steps = guides::text(&l.tag(), Guide::NextSteps);
        self.screen(5, &fl!(l, "title-summary"), &next_steps)?;
        self.choose("", &[fl!(l, "choice-finish")], 0)?;
        Ok(path)
    }

    /// Saves the summary where asked, else in the output folder, else next to the draft.
    fn write_summary(&mut self, s: &Summary) -> Result<PathBuf, Stop> {
        let text = crate::summary::to_yaml(s)?;
        let name = summary_file_name(self.opts.practice);
        let candidates: Vec<PathBuf> = match &self.opts.output {
            Some(p) => vec![p.clone()],
            None => {
                let mut v = vec![unused(&self.opts.out_dir.join(&name))];
                if let Some(dir) = self.opts.draft.parent() {
                    v.push(unused(&dir.join(&name)));
                }
                v
            }
        };
        let mut last = None;
        for path in candidates {
            match crate::summary::write_atomic(&path, text.as_bytes()) {
                Ok(()) => return Ok(path),
                Err(e) => last = Some(e),
            }
        }
        Err(Stop::Failed(WizardError::Save(last.unwrap_or(
            SummaryError::Encode("no place to save".into()),
        ))))
    }
}

fn summary_file_name(practice: bool) -> String {
    let t = crate::clock::now();
    let stamp = format!(
        "{:04}-{:02}-{:02}-{:02}{:02}",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute()
    );
    if practice {
        format!("netreview-practice-{stamp}.yaml")
    } else {
        format!("netreview-summary-{stamp}.yaml")
    }
}

/// `path`, or `name-2.yaml`, `name-3.yaml`… if it exists: an earlier summary is never replaced.
fn unused(path: &Path) -> PathBuf {
    let mut candidate = path.to_path_buf();
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("netreview")
        .to_string();
    let mut n = 2;
    while candidate.exists() {
        candidate = path.with_file_name(format!("{stem}-{n}.yaml"));
        n += 1;
    }
    candidate
}
