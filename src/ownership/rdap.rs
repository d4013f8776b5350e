//! Online look-ups with RDAP (RFC 9224 bootstrap, RFC 9083 answers): IANA's bootstrap file
//! says which registry manages an address; that registry's server says who holds it.
//! Every request goes through the `Gate`; answers are cached with the date they were fetched.

use std::cell::RefCell;
use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use time::OffsetDateTime;

use super::gate::{Gate, NetError};

/// IANA's bootstrap files live here; `NETREVIEW_RDAP_BOOTSTRAP` overrides it (tests).
pub const IANA_BOOTSTRAP: &str = "https://data.iana.org/rdap/";
/// Cached answers are used for this long.
pub const CACHE_FOR: Duration = Duration::from_secs(7 * 24 * 3600);
const LIMIT: u64 = 4 << 20;

/// What a registry says about the block that holds an address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RdapAnswer {
    pub network: Option<String>,
    pub handle: Option<String>,
    pub organisation: Option<String>,
    pub country: Option<String>,
    pub start_address: Option<String>,
    pub end_address: Option<String>,
    pub registered: Option<String>,
    pub last_changed: Option<String>,
    /// The registry's server that answered.
    pub server: String,
    #[serde(with = "time::serde::rfc3339")]
    pub fetched_at: OffsetDateTime,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum RdapError {
    #[error(transparent)]
    Net(#[from] NetError),
    #[error("no registry is listed for {0}")]
    NoRegistry(IpAddr),
    #[error("the answer from {0} could not be read")]
    BadAnswer(String),
}

/// One bootstrap entry: a prefix and the servers for it.
type Service = (u128, u8, Vec<String>);

pub struct Rdap<'g> {
    gate: &'g Gate,
    bootstrap: String,
    cache: Option<PathBuf>,
    services: RefCell<[Option<Vec<Service>>; 2]>,
}

impl<'g> Rdap<'g> {
    /// `bootstrap` is the folder holding `ipv4.json` and `ipv6.json`; `cache` the folder
    /// for answers (None: no cache).
    pub fn new(gate: &'g Gate, bootstrap: &str, cache: Option<PathBuf>) -> Rdap<'g> {
        let mut base = bootstrap.to_string();
        if !base.ends_with('/') {
            base.push('/');
        }
        Rdap {
            gate,
            bootstrap: base,
            cache,
            services: RefCell::new([None, None]),
        }
    }

    /// The default bootstrap (or `NETREVIEW_RDAP_BOOTSTRAP`) and the person's cache folder.
    pub fn from_env(gate: &'g Gate) -> Rdap<'g> {
        let base = std::env::var("NETREVIEW_RDAP_BOOTSTRAP")
            .unwrap_or_else(|_| IANA_BOOTSTRAP.to_string());
        Rdap::new(gate, &base, super::cache_dir().map(|d| d.join("rdap")))
    }

    /// The host of the bootstrap files, named when asking for consent.
    pub fn bootstrap_host(&self) -> String {
        let rest = self
            .bootstrap
            .split("://")
            .nth(1)
            .unwrap_or(&self.bootstrap);
        rest.split('/').next().unwrap_or(rest).to_string()
    }

    /// A cached answer younger than `CACHE_FOR`; reading it sends nothing.
    pub fn cached(&self, ip: IpAddr) -> Option<RdapAnswer> {
        let text = std::fs::read_to_string(self.cache_file(ip)?).ok()?;
        let a: RdapAnswer = serde_json::from_str(&text).ok()?;
        let age = crate::clock::now() - a.fetched_at;
        (age >= time::Duration::ZERO && age < CACHE_FOR).then_some(a)
    }

    /// The registry's answer for `ip`: from the cache, else online through the gate.
    pub fn lookup(&self, ip: IpAddr) -> Result<RdapAnswer, RdapError> {
        let ip = match ip {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
            v4 => v4,
        };
        if let Some(a) = self.cached(ip) {
            return Ok(a);
        }
        let server = self.server_for(ip)?;
        let url = format!("{server}ip/{ip}");
        let body = self.gate.get(&url, LIMIT)?;
        let json: Value =
            serde_json::from_slice(&body).map_err(|_| RdapError::BadAnswer(server.clone()))?;
        let answer = parse_answer(&json, &server, crate::clock::now());
        if let (Some(path), Ok(text)) = (self.cache_file(ip), serde_json::to_string(&answer)) {
            // A cache that cannot be written only costs a later look-up.
            if let Some(dir) = path.parent() {
                let _ = std::fs::create_dir_all(dir);
            }
            let _ = crate::summary::write_atomic(&path, text.as_bytes());
        }
        Ok(answer)
    }

    fn cache_file(&self, ip: IpAddr) -> Option<PathBuf> {
        let name = ip.to_string().replace(':', "_");
        self.cache.as_ref().map(|d| d.join(format!("{name}.json")))
    }

    /// The registry server for `ip`, from the bootstrap file (fetched once per run).
    fn server_for(&self, ip: IpAddr) -> Result<String, RdapError> {
        let (slot, addr, file) = match ip {
            IpAddr::V4(a) => (0, u128::from(u32::from(a)), "ipv4.json"),
            IpAddr::V6(a) => (1, u128::from(a), "ipv6.json"),
        };
        if self.services.borrow()[slot].is_none() {
            let url = format!("{}{file}", self.bootstrap);
            let body = self.gate.get(&url, LIMIT)?;
            let parsed = parse_bootstrap(&body, slot == 1).ok_or(RdapError::BadAnswer(url))?;
            self.services.borrow_mut()[slot] = Some(parsed);
        }
        let services = self.services.borrow();
        let bits = if slot == 0 { 32 } else { 128 };
        services[slot]
            .iter()
            .flatten()
            .filter(|(net, len, _)| contains(*net, *len, addr, bits))
            .max_by_key(|(_, len, _)| *len)
            .and_then(|(_, _, urls)| pick_url(urls))
            .ok_or(RdapError::NoRegistry(ip))
    }
}

fn contains(net: u128, len: u8, addr: u128, bits: u32) -> bool {
    let len = u32::from(len).min(bits);
    let host_bits = bits - len;
    let mask = if host_bits >= 128 {
        0
    } else {
        !0u128 << host_bits
    };
    (net & mask) == (addr & mask)
}

/// HTTPS first; the URL ends with a slash.
fn pick_url(urls: &[String]) -> Option<String> {
    let u = urls
        .iter()
        .find(|u| u.starts_with("https://"))
        .or_else(|| urls.first())?;
    Some(if u.ends_with('/') {
        u.clone()
    } else {
        format!("{u}/")
    })
}

/// RFC 9224: `{"services": [[["1.0.0.0/8", …], ["https://rdap.apnic.net/"]], …]}`.
fn parse_bootstrap(body: &[u8], v6: bool) -> Option<Vec<Service>> {
    let json: Value = serde_json::from_slice(body).ok()?;
    let mut out = Vec::new();
    for service in json.get("services")?.as_array()? {
        let prefixes = service.get(0)?.as_array()?;
        let urls: Vec<String> = service
            .get(1)?
            .as_array()?
            .iter()
            .filter_map(|u| u.as_str().map(str::to_string))
            .collect();
        for p in prefixes.iter().filter_map(Value::as_str) {
            let (net, len) = p.split_once('/')?;
            let net = match net.parse::<IpAddr>().ok()? {
                IpAddr::V4(a) if !v6 => u128::from(u32::from(a)),
                IpAddr::V6(a) if v6 => u128::from(a),
                _ => continue,
            };
            out.push((net, len.parse().ok()?, urls.clone()));
        }
    }
    Some(out)
}

fn text(v: &Value, key: &str) -> Option<String> {
    v.get(key)?.as_str().map(str::to_string)
}

/// The `fn` (full name) of a vCard: `["vcard", [["fn", {}, "text", "Google LLC"], …]]`.
fn vcard_name(entity: &Value) -> Option<String> {
    let props = entity.get("vcardArray")?.get(1)?.as_array()?;
    props
        .iter()
        .find(|p| p.get(0).and_then(Value::as_str) == Some("fn"))
        .and_then(|p| p.get(3)?.as_str().map(str::to_string))
}

fn has_role(entity: &Value, role: &str) -> bool {
    entity
        .get("roles")
        .and_then(Value::as_array)
        .is_some_and(|r| r.iter().any(|x| x.as_str() == Some(role)))
}

fn parse_answer(v: &Value, server: &str, now: OffsetDateTime) -> RdapAnswer {
    let entities: Vec<&Value> = v
        .get("entities")
        .and_then(Value::as_array)
        .map(|e| e.iter().collect())
        .unwrap_or_default();
    let organisation = entities
        .iter()
        .find(|e| has_role(e, "registrant"))
        .or_else(|| entities.first())
        .and_then(|e| vcard_name(e));
    let event = |action: &str| {
        v.get("events")?
            .as_array()?
            .iter()
            .find(|e| e.get("eventAction").and_then(Value::as_str) == Some(action))
            .and_then(|e| text(e, "eventDate"))
    };
    RdapAnswer {
        network: text(v, "name"),
        handle: text(v, "handle"),
        organisation,
        country: text(v, "country"),
        start_address: text(v, "startAddress"),
        end_address: text(v, "endAddress"),
        registered: event("registration"),
        last_changed: event("last changed"),
        server: server.to_string(),
        fetched_at: now,
    }
}
