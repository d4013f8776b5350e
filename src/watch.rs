//! Looking once or repeatedly: drives a [`SnapshotSource`] and merges what it sees.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crate::collect::{CollectError, SnapshotSource};
use crate::summary::Observation;

/// Takes one look, or keeps looking every `interval` until `duration` has passed. Between
/// two looks, `pause(observation so far, time elapsed, time to wait)` waits (showing
/// progress, listening for a stop) and returns true to end the watch early; what was seen
/// until then is kept.
pub fn observe(
    source: &mut dyn SnapshotSource,
    duration: Option<Duration>,
    interval: Duration,
    mut pause: impl FnMut(&Observation, Duration, Duration) -> bool,
) -> Result<Observation, CollectError> {
    let mut obs = Observation::new(u64::try_from(interval.as_millis()).unwrap_or(u64::MAX));
    let start = Instant::now();
    let end = duration.map(|d| start + d);
    let mut next = start;
    loop {
        obs.add(source.snapshot()?);
        let Some(end) = end else { break };
        next += interval;
        let now = Instant::now();
        if next > end || now >= end {
            break;
        }
        // A look that took longer than the interval: carry on at once, without a backlog.
        next = next.max(now);
        if pause(&obs, now - start, next - now) {
            break;
        }
    }
    Ok(obs)
}

/// Sleeps in short steps so that Ctrl-C ends a watch at once; true when stopped.
pub fn sleep_unless_stopped(total: Duration, stop: &AtomicBool) -> bool {
    let step = Duration::from_millis(50);
    let end = Instant::now() + total;
    loop {
        if stop.load(Ordering::Relaxed) {
            return true;
        }
        let now = Instant::now();
        if now >= end {
            return false;
        }
        std::thread::sleep(step.min(end - now));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::collect::RecordedSource;

    fn source() -> RecordedSource {
        let text = include_str!("../tests/data/laptop.yaml");
        RecordedSource::from_summary(crate::summary::parse(text).unwrap())
    }

    #[test]
    fn one_look_without_a_watch() {
        let obs = observe(&mut source(), None, Duration::from_secs(1), |_, _, _| true).unwrap();
        assert_eq!(
            obs.counts(),
            (2, 2),
            "spotify and evil; the CDN and the printer"
        );
    }

    #[test]
    fn a_stop_ends_the_watch_and_keeps_what_was_seen() {
        let mut pauses = 0;
        let started = Instant::now();
        let obs = observe(
            &mut source(),
            Some(Duration::from_secs(60)),
            Duration::from_millis(10),
            |obs, _, wait| {
                pauses += 1;
                // This pause does not sleep, so the schedule runs ahead by an interval
                // per pause at most.
                assert!(wait <= Duration::from_millis(10) * pauses);
                assert_eq!(obs.counts().0, 2);
                pauses == 3
            },
        )
        .unwrap();
        assert!(started.elapsed() < Duration::from_secs(5));
        assert_eq!(pauses, 3);
        assert_eq!(obs.counts(), (2, 2));
    }

    #[test]
    fn sleeping_stops_at_once_when_asked() {
        let stop = AtomicBool::new(true);
        let started = Instant::now();
        assert!(sleep_unless_stopped(Duration::from_secs(30), &stop));
        assert!(started.elapsed() < Duration::from_secs(1));
        assert!(!sleep_unless_stopped(
            Duration::from_millis(1),
            &AtomicBool::new(false)
        ));
    }
}
