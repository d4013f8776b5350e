//! Looking once or repeatedly: drives a [`SnapshotSource`] and merges what it sees.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crate::collect::{CollectError, SnapshotSource};
use crate::summary::Observation;

/// Takes one look, or keeps looking every `interval` until `duration` has passed or `stop`
/// is set (Ctrl-C): what was seen until then is kept. `tick` is called after each look with
/// the observation so far and the seconds elapsed.
pub fn observe(
    source: &mut dyn SnapshotSource,
    duration: Option<Duration>,
    interval: Duration,
    stop: &AtomicBool,
    mut tick: impl FnMut(&Observation, u64),
) -> Result<Observation, CollectError> {
    let mut obs = Observation::new(u64::try_from(interval.as_millis()).unwrap_or(u64::MAX));
    let start = Instant::now();
    let end = duration.map(|d| start + d);
    let mut next = start;
    loop {
        obs.add(source.snapshot()?);
        tick(&obs, start.elapsed().as_secs());
        let Some(end) = end else { break };
        next += interval;
        let now = Instant::now();
        if next > end || now >= end {
            break;
        }
        if next > now {
            if sleep_unless_stopped(next - now, stop) {
                break;
            }
        } else if stop.load(Ordering::Relaxed) {
            break;
        } else {
            // The look took longer than the interval: carry on at once, without a backlog.
            next = now;
        }
    }
    Ok(obs)
}

/// Sleeps in short steps so that Ctrl-C ends a watch at once; true when stopped.
fn sleep_unless_stopped(total: Duration, stop: &AtomicBool) -> bool {
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
        let stop = AtomicBool::new(false);
        let obs = observe(
            &mut source(),
            None,
            Duration::from_secs(1),
            &stop,
            |_, _| {},
        )
        .unwrap();
        assert_eq!(
            obs.counts(),
            (2, 2),
            "spotify and evil; the CDN and the printer"
        );
    }

    #[test]
    fn a_stop_ends_the_watch_and_keeps_what_was_seen() {
        let stop = AtomicBool::new(false);
        let mut looks = 0;
        let started = Instant::now();
        let obs = observe(
            &mut source(),
            Some(Duration::from_secs(60)),
            Duration::from_millis(10),
            &stop,
            |_, _| {
                looks += 1;
                if looks == 3 {
                    stop.store(true, Ordering::Relaxed);
                }
            },
        )
        .unwrap();
        assert!(started.elapsed() < Duration::from_secs(5));
        assert_eq!(looks, 3);
        assert_eq!(
            obs.counts(),
            (2, 2),
            "spotify and evil; the CDN and the printer"
        );
    }
}
