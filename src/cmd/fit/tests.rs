//! Unit tests of `fit`'s assessment: the fast path [`assess_chosen`]
//! against the plain [`assess`] it stands in for, on every checkpoint of
//! the built-in catalog and machines from too small for anything to large
//! enough for everything.

use super::{assess, assess_chosen};
use crate::estimate::Machine;

const GIB: u64 = 1 << 30;

#[test]
fn assess_chosen_chooses_as_assess() {
    let cat = crate::catalog::load::embedded();
    let machines = [
        (1, None, None),
        (8, None, Some(272)),
        (12, Some(32), Some(360)),
        (24, None, Some(1008)),
        (24, Some(64), None),
        (80, Some(512), Some(2039)),
        (100_000, None, Some(3350)),
    ];
    let (mut compared, mut verdicts) = (0, [0usize; 3]);
    for (vram, ram, bw) in machines {
        let m = Machine {
            vram: vram * GIB,
            ram: ram.map(|r| r * GIB),
        };
        for context in [None, Some(32_768)] {
            for f in cat.models.iter() {
                for v in f.variants.iter() {
                    let Some(params) = v.params else { continue };
                    let plain = assess(f, v, params, &m, context, None, bw);
                    let fast = assess_chosen(f, v, params, &m, context, bw);
                    let what = format!("{} {vram} GiB {context:?}", v.name);
                    assert_eq!(fast.chosen, plain.chosen, "{what}");
                    assert_eq!(fast.verdict, plain.verdict, "{what}");
                    assert_eq!(fast.speed, plain.speed, "{what}");
                    assert_eq!(fast.storage, plain.storage, "{what}");
                    assert_eq!(fast.capped_at_bound, plain.capped_at_bound, "{what}");
                    assert!(fast.tried.is_empty());
                    compared += 1;
                    verdicts[plain.verdict as usize] += 1;
                }
            }
        }
    }
    // Every verdict occurs, so each branch of the choice was compared.
    assert!(compared > 5000, "{compared}");
    assert!(verdicts.iter().all(|&n| n > 0), "{verdicts:?}");
}
