//! The only door to the network. Every request goes through a `Gate`, which opens no socket
//! until the person has said yes in this run (or passed `--online`), and counts what it
//! opens so that tests can prove nothing left the computer.

use std::cell::{Cell, OnceCell};
use std::time::Duration;

/// Asks the person a yes/no question. None means there is no one to ask (no terminal).
pub trait Asker {
    fn ask(&mut self, question: &str) -> Option<bool>;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Consent {
    /// Not asked yet in this run.
    NotAsked,
    Given,
    Refused,
    /// No terminal to ask and no `--online`: nothing is sent.
    NoTerminal,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum NetError {
    #[error("online look-ups were not allowed in this run")]
    NoConsent,
    #[error("the server asks us to slow down (HTTP 429)")]
    RateLimited,
    #[error("the server has no answer for this (HTTP 404)")]
    NotFound,
    #[error("the server answered with HTTP status {0}")]
    Status(u16),
    #[error("the server took too long to answer")]
    Timeout,
    #[error("could not reach the server: {0}")]
    Unreachable(String),
    #[error("the answer is larger than {0} bytes")]
    TooLarge(u64),
}

pub struct Gate {
    consent: Cell<Consent>,
    opened: Cell<usize>,
    agent: OnceCell<ureq::Agent>,
    timeout: Duration,
}

impl Gate {
    /// `online` is the `--online` flag: consent given up front.
    pub fn new(online: bool) -> Gate {
        Gate {
            consent: Cell::new(if online {
                Consent::Given
            } else {
                Consent::NotAsked
            }),
            opened: Cell::new(0),
            agent: OnceCell::new(),
            timeout: Duration::from_secs(15),
        }
    }

    pub fn with_timeout(mut self, t: Duration) -> Gate {
        self.timeout = t;
        self
    }

    /// Asks once per run; `question` must say exactly what is sent and to whom.
    pub fn ask(&self, asker: &mut dyn Asker, question: &str) -> Consent {
        if self.consent.get() == Consent::NotAsked {
            self.consent.set(match asker.ask(question) {
                Some(true) => Consent::Given,
                Some(false) => Consent::Refused,
                None => Consent::NoTerminal,
            });
        }
        self.consent.get()
    }

    pub fn consent(&self) -> Consent {
        self.consent.get()
    }

    /// How many requests this gate has let out.
    pub fn requests(&self) -> usize {
        self.opened.get()
    }

    /// GETs `url`, reading at most `limit` bytes. Refused without consent, before any
    /// socket is opened.
    pub fn get(&self, url: &str, limit: u64) -> Result<Vec<u8>, NetError> {
        if self.consent.get() != Consent::Given {
            return Err(NetError::NoConsent);
        }
        let agent = self.agent.get_or_init(|| {
            ureq::Agent::config_builder()
                .timeout_global(Some(self.timeout))
                .http_status_as_error(false)
                .user_agent(concat!("netreview/", env!("CARGO_PKG_VERSION")))
                .build()
                .into()
        });
        self.opened.set(self.opened.get() + 1);
        let mut resp = agent.get(url).call().map_err(net_error)?;
        match resp.status().as_u16() {
            200 => {}
            404 => return Err(NetError::NotFound),
            429 => return Err(NetError::RateLimited),
            s => return Err(NetError::Status(s)),
        }
        resp.body_mut()
            .with_config()
            .limit(limit)
            .read_to_vec()
            .map_err(|e| match e {
                ureq::Error::BodyExceedsLimit(_) => NetError::TooLarge(limit),
                other => net_error(other),
            })
    }
}

fn net_error(e: ureq::Error) -> NetError {
    match e {
        ureq::Error::Timeout(_) => NetError::Timeout,
        other => NetError::Unreachable(other.to_string()),
    }
}
