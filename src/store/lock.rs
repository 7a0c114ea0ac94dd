//! One writer at a time: an exclusive advisory lock on `STORE/.lock`, held
//! for the whole import. The operating system releases it when the process
//! ends, however it ends, so a killed import never leaves the store locked.

use anyhow::Context;
use std::fs::{File, OpenOptions, TryLockError};
use std::path::Path;

/// The held lock; released when dropped.
pub struct StoreLock {
    _file: File,
}

/// Takes the store's lock, waiting (and saying so) while another import holds it.
pub fn acquire(store: &Path) -> anyhow::Result<StoreLock> {
    let path = store.join(".lock");
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .with_context(|| format!("cannot open the store lock {}", path.display()))?;
    match file.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            eprintln!(
                "ntm: store: {} is being written by another import; waiting",
                store.display()
            );
            file.lock()
                .with_context(|| format!("cannot lock {}", path.display()))?;
        }
        Err(TryLockError::Error(e)) => {
            return Err(e).with_context(|| format!("cannot lock {}", path.display()));
        }
    }
    Ok(StoreLock { _file: file })
}
