//! This computer's own interface addresses, for the `this_computer` scope.

use crate::net::LocalAddresses;

/// Returns an empty set when the interfaces cannot be read: every address is then
/// classified by its range alone, which is still truthful.
pub fn local_addresses() -> LocalAddresses {
    let addrs = if_addrs::get_if_addrs().unwrap_or_default();
    LocalAddresses::new(addrs.into_iter().map(|i| i.ip()))
}
