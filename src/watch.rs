//! Looking once or repeatedly: drives a [`SnapshotSource`] and merges what it sees.

use std::time::{Duration, Instant};

use crate::collect::{CollectError, SnapshotSource};
use crate::summary::Observation;

/// Takes one look, or keeps looking every `interval` until `duration` has passed. `tick` is
/// called after each look with the observation so far and the seconds elapsed.
pub fn observe(
    source: &mut dyn SnapshotSource,
    duration: Option<Duration>,
    interval: Duration,
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
            std::thread::sleep(next - now);
        } else {
            // The look took longer than the interval: carry on at once, without a backlog.
            next = now;
        }
    }
    Ok(obs)
}
