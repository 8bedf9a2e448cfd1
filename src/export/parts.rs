//! Long sections of a file written in parts side by side on the pool's
//! threads, and copied out in order.
//!
//! Every format lists the documents, entities and relations one after the
//! other. A run of them can be written apart, into memory, when the text of
//! one run does not depend on the run before: the Turtle writer's subjects
//! never cross a run's edge, and an XML element is written the same at any
//! place in its list. A few parts are in flight at a time, so memory holds
//! only those; the file is the same bytes a single writer makes.

use std::io;
use std::ops::Range;
use std::sync::Mutex;

use rayon::prelude::*;

/// The runs of `0..count` whose `weight`s add up to about `size` (at least
/// one item each), in order.
pub(super) fn runs(
    count: usize,
    size: usize,
    weight: impl Fn(usize) -> usize,
) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let (mut start, mut total) = (0, 0usize);
    for i in 0..count {
        total = total.saturating_add(weight(i));
        if total >= size {
            runs.push(start..i + 1);
            (start, total) = (i + 1, 0);
        }
    }
    if start < count {
        runs.push(start..count);
    }
    runs
}

/// Writes `parts` side by side and hands their texts to `emit` in order.
///
/// Twice as many parts as the pool has threads are written at a time, each
/// by `write` with an idle writer: writers are made by `new_writer` when
/// none is idle and go back to the idle ones after each part, so a writer
/// that keeps state from part to part (what it has written before) makes
/// as few as the threads need.
pub(super) fn write_in_order<P: Sync, W: Send>(
    parts: &[P],
    new_writer: impl Fn() -> W + Sync,
    write: impl Fn(&mut W, &P) -> io::Result<Vec<u8>> + Sync,
    mut emit: impl FnMut(Vec<u8>) -> io::Result<()>,
) -> io::Result<()> {
    let in_flight = 2 * rayon::current_num_threads().max(1);
    let idle = Mutex::new(Vec::new());
    let write_group = |group: &[P]| -> Vec<io::Result<Vec<u8>>> {
        group
            .par_iter()
            .map(|part| {
                let taken = idle.lock().expect("no writer panicked").pop();
                let mut writer = taken.unwrap_or_else(&new_writer);
                let text = write(&mut writer, part);
                idle.lock().expect("no writer panicked").push(writer);
                text
            })
            .collect()
    };
    let mut emit_all = |texts: Vec<io::Result<Vec<u8>>>| -> io::Result<()> {
        texts.into_iter().try_for_each(|text| emit(text?))
    };
    // Each group's texts are copied out while the next group is written:
    // copying (into the system's page cache, mostly) is work for one thread
    // that the others need not wait for.
    let mut written = Vec::new();
    for group in parts.chunks(in_flight) {
        let mut next = Vec::new();
        let mut emitted = Ok(());
        rayon::in_place_scope(|scope| {
            scope.spawn(|_| next = write_group(group));
            emitted = emit_all(std::mem::take(&mut written));
        });
        emitted?;
        written = next;
    }
    emit_all(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_cover_every_item_once_in_order() {
        // Weights 0+1+2+3 = 6 ≥ 5, then 4+5, then 6, 7, 8, 9 alone.
        assert_eq!(
            runs(10, 5, |i| i),
            vec![0..4, 4..6, 6..7, 7..8, 8..9, 9..10]
        );
        let weights = [3, 1, 1, 5, 1, 1, 1, 9, 2];
        let by_weight = runs(weights.len(), 4, |i| weights[i]);
        assert_eq!(by_weight, vec![0..2, 2..4, 4..8, 8..9]);
        assert_eq!(runs(0, 4, |_| 1), Vec::<Range<usize>>::new());
        assert_eq!(runs(3, usize::MAX, |_| 1), vec![0..3]);
    }

    #[test]
    fn texts_come_out_in_part_order_and_writers_are_reused() {
        let parts: Vec<usize> = (0..100).collect();
        let made = std::sync::atomic::AtomicUsize::new(0);
        let mut out = Vec::new();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        pool.install(|| {
            write_in_order(
                &parts,
                || made.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
                |_, &p| Ok(format!("{p},").into_bytes()),
                |text| {
                    out.extend_from_slice(&text);
                    Ok(())
                },
            )
        })
        .unwrap();
        let expected: String = parts.iter().map(|p| format!("{p},")).collect();
        assert_eq!(String::from_utf8(out).unwrap(), expected);
        let made = made.into_inner();
        assert!((1..=2).contains(&made), "{made} writers for two threads");
    }

    #[test]
    fn the_first_error_stops_the_writing() {
        let parts: Vec<usize> = (0..50).collect();
        let mut emitted = 0;
        let result = write_in_order(
            &parts,
            || (),
            |_, &p| {
                if p == 30 {
                    Err(io::Error::other("disk full"))
                } else {
                    Ok(vec![b'x'])
                }
            },
            |_| {
                emitted += 1;
                Ok(())
            },
        );
        assert_eq!(result.unwrap_err().to_string(), "disk full");
        assert_eq!(emitted, 30, "every part before the failed one, none after");
    }
}
