//! An ordered parallel map with bounded memory.
//!
//! Items are taken from an iterator on a producer thread, worked on by a
//! rayon pool, and handed to a sink on the calling thread in input order, as
//! soon as each is next in line. At most `window` items are in flight or
//! waiting in the reorder buffer at any time, so memory is bounded by the
//! window, not by the number of items; the producer blocks until the sink
//! has taken the oldest one.

use std::collections::BTreeMap;
use std::sync::mpsc::{channel, sync_channel, Receiver};

/// Items in flight per worker thread. Large enough that while one worker
/// parses a long document (an 880 KB gazette among 15 KB reports), the others
/// keep going on the small ones after it instead of waiting for it to be
/// written; small enough that memory stays a few megabytes per worker.
const WINDOW_PER_JOB: usize = 32;

enum Message<R> {
    Done(usize, R),
    End(usize),
}

/// Map `work` over `items` on `jobs` threads, calling `sink` with the results
/// in input order.
pub(crate) fn ordered_map<T, R, I, W, S>(
    jobs: usize,
    items: I,
    work: W,
    sink: S,
) -> anyhow::Result<()>
where
    I: Iterator<Item = T> + Send,
    T: Send,
    R: Send,
    W: Fn(T) -> R + Sync,
    S: FnMut(R),
{
    let jobs = jobs.max(1);
    let window = jobs.saturating_mul(WINDOW_PER_JOB);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|i| format!("gongwen-worker-{i}"))
        .build()?;
    let (permit_tx, permit_rx) = sync_channel::<()>(window);
    let (done_tx, done_rx) = channel::<Message<R>>();
    let work = &work;
    pool.in_place_scope(|scope| {
        std::thread::scope(|threads| {
            threads.spawn(move || {
                let mut count = 0;
                for item in items {
                    // Blocks while `window` items are in flight or waiting.
                    if permit_tx.send(()).is_err() {
                        break;
                    }
                    let done_tx = done_tx.clone();
                    let index = count;
                    scope.spawn(move |_| {
                        let _ = done_tx.send(Message::Done(index, work(item)));
                    });
                    count += 1;
                }
                let _ = done_tx.send(Message::End(count));
            });
            drain(done_rx, permit_rx, sink);
        });
    });
    Ok(())
}

/// Hand results to the sink in order, freeing one permit per result taken.
fn drain<R>(done: Receiver<Message<R>>, permits: Receiver<()>, mut sink: impl FnMut(R)) {
    let mut waiting: BTreeMap<usize, R> = BTreeMap::new();
    let mut next = 0;
    let mut total = None;
    while total != Some(next) {
        match done.recv() {
            Ok(Message::Done(index, result)) => {
                waiting.insert(index, result);
            }
            Ok(Message::End(count)) => total = Some(count),
            Err(_) => break,
        }
        while let Some(result) = waiting.remove(&next) {
            sink(result);
            next += 1;
            let _ = permits.recv();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    #[test]
    fn keeps_input_order() {
        for jobs in [1, 2, 3, 8] {
            let mut seen = Vec::new();
            ordered_map(
                jobs,
                0..200u64,
                |i| {
                    // Later items finish first.
                    std::thread::sleep(Duration::from_micros((200 - i) * 10));
                    i * 2
                },
                |r| seen.push(r),
            )
            .unwrap();
            let expected: Vec<u64> = (0..200).map(|i| i * 2).collect();
            assert_eq!(seen, expected, "should keep input order with {jobs} jobs");
        }
    }

    #[test]
    fn bounds_items_in_flight() {
        let in_flight = AtomicUsize::new(0);
        let most = AtomicUsize::new(0);
        let jobs = 2;
        ordered_map(
            jobs,
            (0..1000).inspect(|_| {
                let now = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
                most.fetch_max(now, Ordering::SeqCst);
            }),
            |i| {
                std::thread::sleep(Duration::from_micros(200));
                i
            },
            |_| {
                in_flight.fetch_sub(1, Ordering::SeqCst);
            },
        )
        .unwrap();
        let most = most.load(Ordering::SeqCst);
        assert!(
            most <= jobs * WINDOW_PER_JOB + 1,
            "should hold at most the window of items, held {most}"
        );
    }

    #[test]
    fn empty_input() {
        let mut count = 0;
        ordered_map(2, std::iter::empty::<u8>(), |i| i, |_| count += 1).unwrap();
        assert_eq!(count, 0, "should call the sink for no item");
    }
}
