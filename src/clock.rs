//! Timestamps as summaries store them: UTC, whole seconds.

use time::macros::format_description;
use time::OffsetDateTime;

pub fn now() -> OffsetDateTime {
    let t = OffsetDateTime::now_utc();
    t.replace_nanosecond(0).unwrap_or(t)
}

/// Seconds since the Unix epoch as a timestamp; `None` for 0 (unknown) or out of range.
pub fn from_unix(secs: u64) -> Option<OffsetDateTime> {
    if secs == 0 {
        return None;
    }
    OffsetDateTime::from_unix_timestamp(i64::try_from(secs).ok()?).ok()
}

/// A timestamp as people read it: `2026-12-03 12:00:00` (UTC; the callers say so).
pub fn display(t: OffsetDateTime) -> String {
    let fmt = format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");
    t.format(&fmt).unwrap_or_else(|_| t.to_string())
}
